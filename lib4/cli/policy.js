"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.policyGroup = void 0;
const fs = __importStar(require("fs"));
const command_1 = require("./command");
const output_1 = require("./output");
const sources_1 = require("./sources");
const policy_1 = require("../workspaces/policy");
const pricing_1 = require("../workspaces/pricing");
const error_1 = require("../workspaces/private/error");
const sizes_1 = require("../workspaces/sizes");
const sizing_1 = require("../workspaces/sizing");
const POLICY_OPTION = { name: 'policy', value: 'file', help: 'the policy file (default: ./policy.yaml)' };
function loadPolicy(ctx, input) {
    const file = (0, sources_1.userPath)(ctx, input.str('policy') ?? 'policy.yaml');
    if (!fs.existsSync(file)) {
        throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                code: 'no-policy',
                message: 'policy file does not exist',
                location: { file },
                fix: 'write one (see docs/cli.md and the README\'s Policy section), or pass --policy <file>',
            })]);
    }
    return { policy: policy_1.WorkspacePolicy.fromFile(file), file };
}
const any = (v) => (v === undefined ? 'any' : v.length === 0 ? 'none' : v.join(', '));
function sizeRows(policy) {
    const prices = pricing_1.PriceTable.bundled();
    return sizes_1.Sizes.all().flatMap((size) => [sizes_1.Architecture.X86_64, sizes_1.Architecture.ARM64].map((architecture) => {
        const instanceType = sizes_1.Sizes.ec2InstanceType(size, architecture);
        const v = policy.evaluate({ name: 'probe', template: '*', size, architecture, instanceType }, prices)
            .filter((x) => ['size-not-allowed', 'instance-family-denied', 'instance-family-not-allowed', 'cost-too-high', 'cost-unknown'].includes(x.rule));
        return { size, architecture, instanceType, hourlyCost: prices.hourly(instanceType), allowed: v.length === 0, why: v.map((x) => x.rule).join(', ') };
    }));
}
const show = {
    name: 'show',
    summary: 'Show what a policy allows: rules, sizes and instance types, matching templates',
    description: `Prints each rule ("any" when the policy does not restrict it), the sizes and instance types it
allows with their on-demand price (bundled us-east-1 table), and the catalog's templates it allows.`,
    options: [POLICY_OPTION, ...sources_1.TEMPLATE_OPTIONS],
    examples: ['rws policy show', 'rws policy show --policy lab/policy.yaml --json'],
    run(ctx, input) {
        const { policy, file } = loadPolicy(ctx, input);
        const catalog = (0, sources_1.loadCatalog)((0, sources_1.templateFolders)(ctx, input));
        const p = policy.props;
        const slugs = catalog.slugs();
        const templatesAllowed = slugs.filter((slug) => policy.evaluate({ name: 'probe', template: slug })
            .every((v) => v.rule !== 'template-not-allowed' && v.rule !== 'template-denied'));
        const sizes = sizeRows(policy);
        if (ctx.out.json) {
            const domains = policy.egressAllowedDomains;
            ctx.out.printJson({ file, name: policy.name, rules: p, egress: policy.egress, egressAllowedDomains: domains, templatesAllowed, sizes });
            return command_1.EXIT_OK;
        }
        const out = ctx.out;
        out.heading(`policy ${policy.name} (${file})`);
        const rows = [
            ['templates', any(p.allowedTemplates)],
            ['denied templates', p.deniedTemplates ? any(p.deniedTemplates) : 'none'],
            ['sizes', any(p.allowedSizes)],
            ['instance families', any(p.allowedInstanceFamilies)],
            ['denied families', p.deniedInstanceFamilies ? any(p.deniedInstanceFamilies) : 'none'],
            ['max hourly cost', p.maxHourlyCost === undefined ? 'no limit' : `${(0, output_1.money)(p.maxHourlyCost)}/h per workspace`],
            ['regions', any(p.allowedRegions)],
            ['required tags', p.requiredTags ? any(p.requiredTags) : 'none'],
            ['per user', p.maxWorkspacesPerUser === undefined ? 'no limit' : `at most ${p.maxWorkspacesPerUser} workspaces`],
            ['connections', any(p.allowedConnectionTypes)],
            ['egress', policy.egress === policy_1.EgressMode.PROXIED ? `proxied (${policy.egressAllowedDomains.join(', ')})` : policy.egress],
            ['monthly budget', p.monthlyBudget === undefined ? 'none' : `$${p.monthlyBudget.toFixed(2)}`],
        ];
        rows.forEach(([k, v]) => out.line(`  ${k.padEnd(19)}${v}`));
        out.line();
        out.heading('Sizes (bundled on-demand prices, us-east-1)');
        out.table(['SIZE', 'ARCH', 'INSTANCE TYPE', '$/H', 'ALLOWED'], sizes.map((s) => [s.size, s.architecture, s.instanceType, (0, output_1.money)(s.hourlyCost), s.allowed ? 'yes' : `no (${s.why})`]));
        out.line();
        out.heading('Templates in the catalog it allows');
        out.line(`  ${templatesAllowed.join(', ') || '(none)'}`);
        return command_1.EXIT_OK;
    },
};
function sizingFor(ctx, input, template, name) {
    const sizeArg = input.str('size');
    const arch = input.str('arch');
    if (arch !== undefined && !Object.values(sizes_1.Architecture).includes(arch)) {
        throw new command_1.UsageError(`--arch must be ${Object.values(sizes_1.Architecture).join(' or ')} (got "${arch}")`, ctx.commandName);
    }
    try {
        return {
            sizing: sizing_1.WorkspaceSizing.of(template, {
                size: sizeArg === undefined ? undefined : sizes_1.Sizes.parse(sizeArg, '--size'),
                instanceType: input.str('type'),
                architecture: arch,
            }, name),
        };
    }
    catch (e) {
        if (!error_1.WorkspaceInputError.isWorkspaceInputError(e) || e.diagnostics[0]?.code !== 'below-minimum-size')
            throw e;
        // Too small for the template: the proposal fails, like a policy rule; the policy still
        // judges the size that was asked for.
        const d = e.diagnostics[0];
        const size = sizes_1.Sizes.parse(sizeArg, '--size');
        const type = input.str('type');
        const architecture = arch ?? (type ? sizes_1.Sizes.architectureOf(type) : sizes_1.Architecture.X86_64);
        const instanceType = type ?? sizes_1.Sizes.ec2InstanceType(size, architecture);
        const spec = sizes_1.Sizes.spec(size);
        const prices = pricing_1.PriceTable.bundled();
        return {
            sizing: {
                size,
                architecture,
                instanceType,
                vcpus: spec.vcpus,
                memoryMiB: spec.memoryMiB,
                gpus: spec.gpus,
                rootVolumeGiB: spec.rootVolumeGiB,
                hourlyCost: prices.hourly(instanceType),
                costSource: prices.description,
            },
            violation: {
                rule: 'below-minimum-size',
                workspace: name,
                requested: `size ${d.value}`,
                allowed: `template minimum ${template.minimumSize}`,
                message: `workspace "${name}": ${d.message} (requested size ${d.value}). Fix: ${d.fix}`,
                fix: d.fix ?? '',
            },
        };
    }
}
const test = {
    name: 'test',
    summary: 'Check a proposed workspace against the policy; print every violation',
    description: `Resolves the template from the catalog, sizes the workspace (--size, or --type for an exact
instance type; default the template's size) and evaluates every rule of the policy. A size below
the template's minimum counts as a violation too. Exits 1 when anything is violated.`,
    options: [
        POLICY_OPTION,
        { name: 'template', value: 'slug', help: 'template of the workspace (required)' },
        { name: 'size', value: 'size', help: `${sizes_1.Sizes.all().join(', ')} (default: the template's size)` },
        { name: 'type', value: 'instance-type', help: 'an exact EC2 instance type (wins over --size for the type)' },
        { name: 'arch', value: 'arch', help: 'x86_64 or arm64 (default: that of the type, or x86_64)' },
        { name: 'region', value: 'region', help: 'region to deploy to' },
        { name: 'tag', value: 'key=value', repeat: true, help: 'a tag the workspace carries' },
        { name: 'owner', value: 'user', help: 'owner of the workspace (a research user name)' },
        { name: 'name', value: 'name', help: 'workspace name for messages (default: <owner>-<template>)' },
        { name: 'egress', value: 'mode', help: `internet access asked for: ${Object.values(policy_1.EgressMode).join(', ')}` },
        ...sources_1.TEMPLATE_OPTIONS,
    ],
    examples: [
        'rws policy test --template python-ml --size M --region us-east-1 --tag project=genomics --tag owner=alice',
        'rws policy test --template gpu-deep-learning --size GPU-M --json',
    ],
    exitCodes: '  0  the workspace passes every rule\n  1  at least one violation (each is printed)\n  2  usage or input error (unknown template, bad size, missing policy)',
    run(ctx, input) {
        const slug = input.str('template');
        if (!slug)
            throw new command_1.UsageError('--template is required', ctx.commandName);
        const egress = input.str('egress');
        if (egress !== undefined && !Object.values(policy_1.EgressMode).includes(egress)) {
            throw new command_1.UsageError(`--egress must be one of ${Object.values(policy_1.EgressMode).join(', ')} (got "${egress}")`, ctx.commandName);
        }
        const tags = (0, sources_1.keyValues)(input.list('tag'), 'tag', (m) => new command_1.UsageError(m, ctx.commandName));
        const { policy, file } = loadPolicy(ctx, input);
        const template = (0, sources_1.loadCatalog)((0, sources_1.templateFolders)(ctx, input)).resolve(slug);
        const owner = input.str('owner');
        const name = input.str('name') ?? (owner ? `${owner}-${template.slug}` : template.slug);
        const { sizing, violation } = sizingFor(ctx, input, template, name);
        const request = {
            name,
            template: template.slug,
            size: sizing?.size,
            architecture: sizing?.architecture,
            instanceType: sizing?.instanceType,
            region: input.str('region'),
            tags,
            owner,
            connectionType: template.connectionType,
            egress: egress,
            hourlyCost: sizing?.hourlyCost,
        };
        const violations = [...(violation ? [violation] : []), ...policy.evaluate(request)];
        if (ctx.out.json) {
            ctx.out.printJson({ pass: violations.length === 0, policy: policy.name, file, request, sizing, violations });
            return violations.length ? command_1.EXIT_FINDINGS : command_1.EXIT_OK;
        }
        const what = sizing ? `${template.slug}, ${sizing.size} ${sizing.instanceType}${sizing.hourlyCost !== undefined ? ` ${(0, output_1.money)(sizing.hourlyCost)}/h` : ''}` : template.slug;
        if (violations.length === 0) {
            ctx.out.line(ctx.out.paint(`pass: workspace "${name}" (${what}) meets policy "${policy.name}" (${file})`, 'green'));
            return command_1.EXIT_OK;
        }
        ctx.out.line(`fail: workspace "${name}" (${what}) breaks ${violations.length} rule${violations.length > 1 ? 's' : ''} of policy "${policy.name}" (${file}):`);
        violations.forEach((v) => ctx.out.line(`  ${ctx.out.paint(v.rule, 'red')}: ${v.message}`));
        return command_1.EXIT_FINDINGS;
    },
};
exports.policyGroup = {
    name: 'policy',
    summary: 'Show a policy and test proposed workspaces against it',
    description: 'The policy file is --policy (default ./policy.yaml); templates come from the bundled catalog and --dir folders.',
    commands: [show, test],
};
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicG9saWN5LmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL2NsaS9wb2xpY3kudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsdUNBQXlCO0FBQ3pCLHVDQUFrSDtBQUNsSCxxQ0FBaUM7QUFDakMsdUNBQWdHO0FBRWhHLGlEQUFzRztBQUN0RyxtREFBbUQ7QUFDbkQsdURBQTJFO0FBQzNFLCtDQUF5RTtBQUN6RSxpREFBK0Q7QUFFL0QsTUFBTSxhQUFhLEdBQWUsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLDBDQUEwQyxFQUFFLENBQUM7QUFFdEgsU0FBUyxVQUFVLENBQUMsR0FBWSxFQUFFLEtBQVk7SUFDNUMsTUFBTSxJQUFJLEdBQUcsSUFBQSxrQkFBUSxFQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxJQUFJLGFBQWEsQ0FBQyxDQUFDO0lBQ2pFLElBQUksQ0FBQyxFQUFFLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7UUFDekIsTUFBTSxJQUFJLDJCQUFtQixDQUFDLENBQUMsSUFBQSxlQUFPLEVBQUM7Z0JBQ3JDLElBQUksRUFBRSxXQUFXO2dCQUNqQixPQUFPLEVBQUUsNEJBQTRCO2dCQUNyQyxRQUFRLEVBQUUsRUFBRSxJQUFJLEVBQUU7Z0JBQ2xCLEdBQUcsRUFBRSx1RkFBdUY7YUFDN0YsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNQLENBQUM7SUFDRCxPQUFPLEVBQUUsTUFBTSxFQUFFLHdCQUFlLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDO0FBQzFELENBQUM7QUFFRCxNQUFNLEdBQUcsR0FBRyxDQUFDLENBQXdCLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7QUFhN0csU0FBUyxRQUFRLENBQUMsTUFBdUI7SUFDdkMsTUFBTSxNQUFNLEdBQUcsb0JBQVUsQ0FBQyxPQUFPLEVBQUUsQ0FBQztJQUNwQyxPQUFPLGFBQUssQ0FBQyxHQUFHLEVBQUUsQ0FBQyxPQUFPLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDLENBQUMsb0JBQVksQ0FBQyxNQUFNLEVBQUUsb0JBQVksQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxZQUFZLEVBQUUsRUFBRTtRQUNsRyxNQUFNLFlBQVksR0FBRyxhQUFLLENBQUMsZUFBZSxDQUFDLElBQUksRUFBRSxZQUFZLENBQUMsQ0FBQztRQUMvRCxNQUFNLENBQUMsR0FBRyxNQUFNLENBQUMsUUFBUSxDQUFDLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsWUFBWSxFQUFFLEVBQUUsTUFBTSxDQUFDO2FBQ2xHLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxrQkFBa0IsRUFBRSx3QkFBd0IsRUFBRSw2QkFBNkIsRUFBRSxlQUFlLEVBQUUsY0FBYyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO1FBQ2xKLE9BQU8sRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLFlBQVksRUFBRSxVQUFVLEVBQUUsTUFBTSxDQUFDLE1BQU0sQ0FBQyxZQUFZLENBQUMsRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLE1BQU0sS0FBSyxDQUFDLEVBQUUsR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztJQUN0SixDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ04sQ0FBQztBQUVELE1BQU0sSUFBSSxHQUFZO0lBQ3BCLElBQUksRUFBRSxNQUFNO0lBQ1osT0FBTyxFQUFFLGdGQUFnRjtJQUN6RixXQUFXLEVBQUU7b0dBQ3FGO0lBQ2xHLE9BQU8sRUFBRSxDQUFDLGFBQWEsRUFBRSxHQUFHLDBCQUFnQixDQUFDO0lBQzdDLFFBQVEsRUFBRSxDQUFDLGlCQUFpQixFQUFFLGlEQUFpRCxDQUFDO0lBQ2hGLEdBQUcsQ0FBQyxHQUFHLEVBQUUsS0FBSztRQUNaLE1BQU0sRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLEdBQUcsVUFBVSxDQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUNoRCxNQUFNLE9BQU8sR0FBRyxJQUFBLHFCQUFXLEVBQUMsSUFBQSx5QkFBZSxFQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDO1FBQ3pELE1BQU0sQ0FBQyxHQUFHLE1BQU0sQ0FBQyxLQUFLLENBQUM7UUFDdkIsTUFBTSxLQUFLLEdBQUcsT0FBTyxDQUFDLEtBQUssRUFBRSxDQUFDO1FBQzlCLE1BQU0sZ0JBQWdCLEdBQUcsS0FBSyxDQUFDLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsTUFBTSxDQUFDLFFBQVEsQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxDQUFDO2FBQy9GLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxzQkFBc0IsSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLGlCQUFpQixDQUFDLENBQUMsQ0FBQztRQUNwRixNQUFNLEtBQUssR0FBRyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUM7UUFDL0IsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO1lBQ2pCLE1BQU0sT0FBTyxHQUFHLE1BQU0sQ0FBQyxvQkFBb0IsQ0FBQztZQUM1QyxHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsTUFBTSxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLE1BQU0sRUFBRSxNQUFNLENBQUMsTUFBTSxFQUFFLG9CQUFvQixFQUFFLE9BQU8sRUFBRSxnQkFBZ0IsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDO1lBQ3hJLE9BQU8saUJBQU8sQ0FBQztRQUNqQixDQUFDO1FBQ0QsTUFBTSxHQUFHLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQztRQUNwQixHQUFHLENBQUMsT0FBTyxDQUFDLFVBQVUsTUFBTSxDQUFDLElBQUksS0FBSyxJQUFJLEdBQUcsQ0FBQyxDQUFDO1FBQy9DLE1BQU0sSUFBSSxHQUE0QjtZQUNwQyxDQUFDLFdBQVcsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLGdCQUFnQixDQUFDLENBQUM7WUFDdEMsQ0FBQyxrQkFBa0IsRUFBRSxDQUFDLENBQUMsZUFBZSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLGVBQWUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUM7WUFDekUsQ0FBQyxPQUFPLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQztZQUM5QixDQUFDLG1CQUFtQixFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsdUJBQXVCLENBQUMsQ0FBQztZQUNyRCxDQUFDLGlCQUFpQixFQUFFLENBQUMsQ0FBQyxzQkFBc0IsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxzQkFBc0IsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUM7WUFDdEYsQ0FBQyxpQkFBaUIsRUFBRSxDQUFDLENBQUMsYUFBYSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxHQUFHLElBQUEsY0FBSyxFQUFDLENBQUMsQ0FBQyxhQUFhLENBQUMsa0JBQWtCLENBQUM7WUFDN0csQ0FBQyxTQUFTLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQyxjQUFjLENBQUMsQ0FBQztZQUNsQyxDQUFDLGVBQWUsRUFBRSxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUM7WUFDaEUsQ0FBQyxVQUFVLEVBQUUsQ0FBQyxDQUFDLG9CQUFvQixLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxvQkFBb0IsYUFBYSxDQUFDO1lBQ2hILENBQUMsYUFBYSxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsc0JBQXNCLENBQUMsQ0FBQztZQUM5QyxDQUFDLFFBQVEsRUFBRSxNQUFNLENBQUMsTUFBTSxLQUFLLG1CQUFVLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxZQUFZLE1BQU0sQ0FBQyxvQkFBb0IsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQztZQUN4SCxDQUFDLGdCQUFnQixFQUFFLENBQUMsQ0FBQyxhQUFhLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLGFBQWEsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztTQUM5RixDQUFDO1FBQ0YsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDNUQsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ1gsR0FBRyxDQUFDLE9BQU8sQ0FBQyw2Q0FBNkMsQ0FBQyxDQUFDO1FBQzNELEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQyxNQUFNLEVBQUUsTUFBTSxFQUFFLGVBQWUsRUFBRSxLQUFLLEVBQUUsU0FBUyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxZQUFZLEVBQUUsQ0FBQyxDQUFDLFlBQVksRUFBRSxJQUFBLGNBQUssRUFBQyxDQUFDLENBQUMsVUFBVSxDQUFDLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNyTCxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDWCxHQUFHLENBQUMsT0FBTyxDQUFDLG9DQUFvQyxDQUFDLENBQUM7UUFDbEQsR0FBRyxDQUFDLElBQUksQ0FBQyxLQUFLLGdCQUFnQixDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxRQUFRLEVBQUUsQ0FBQyxDQUFDO1FBQ3pELE9BQU8saUJBQU8sQ0FBQztJQUNqQixDQUFDO0NBQ0YsQ0FBQztBQUVGLFNBQVMsU0FBUyxDQUFDLEdBQVksRUFBRSxLQUFZLEVBQUUsUUFBMEIsRUFBRSxJQUFZO0lBQ3JGLE1BQU0sT0FBTyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDbEMsTUFBTSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQztJQUMvQixJQUFJLElBQUksS0FBSyxTQUFTLElBQUksQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLG9CQUFZLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBb0IsQ0FBQyxFQUFFLENBQUM7UUFDdEYsTUFBTSxJQUFJLG9CQUFVLENBQUMsa0JBQWtCLE1BQU0sQ0FBQyxNQUFNLENBQUMsb0JBQVksQ0FBQyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsVUFBVSxJQUFJLElBQUksRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7SUFDdEgsQ0FBQztJQUNELElBQUksQ0FBQztRQUNILE9BQU87WUFDTCxNQUFNLEVBQUUsd0JBQWUsQ0FBQyxFQUFFLENBQUMsUUFBUSxFQUFFO2dCQUNuQyxJQUFJLEVBQUUsT0FBTyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxhQUFLLENBQUMsS0FBSyxDQUFDLE9BQU8sRUFBRSxRQUFRLENBQUM7Z0JBQ3hFLFlBQVksRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQztnQkFDL0IsWUFBWSxFQUFFLElBQWdDO2FBQy9DLEVBQUUsSUFBSSxDQUFDO1NBQ1QsQ0FBQztJQUNKLENBQUM7SUFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1FBQ1gsSUFBSSxDQUFDLDJCQUFtQixDQUFDLHFCQUFxQixDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxLQUFLLG9CQUFvQjtZQUFFLE1BQU0sQ0FBQyxDQUFDO1FBQzlHLHVGQUF1RjtRQUN2RixzQ0FBc0M7UUFDdEMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMzQixNQUFNLElBQUksR0FBRyxhQUFLLENBQUMsS0FBSyxDQUFDLE9BQVEsRUFBRSxRQUFRLENBQUMsQ0FBQztRQUM3QyxNQUFNLElBQUksR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDO1FBQy9CLE1BQU0sWUFBWSxHQUFJLElBQWlDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLGFBQUssQ0FBQyxjQUFjLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLG9CQUFZLENBQUMsTUFBTSxDQUFDLENBQUM7UUFDckgsTUFBTSxZQUFZLEdBQUcsSUFBSSxJQUFJLGFBQUssQ0FBQyxlQUFlLENBQUMsSUFBSSxFQUFFLFlBQVksQ0FBQyxDQUFDO1FBQ3ZFLE1BQU0sSUFBSSxHQUFHLGFBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDOUIsTUFBTSxNQUFNLEdBQUcsb0JBQVUsQ0FBQyxPQUFPLEVBQUUsQ0FBQztRQUNwQyxPQUFPO1lBQ0wsTUFBTSxFQUFFO2dCQUNOLElBQUk7Z0JBQ0osWUFBWTtnQkFDWixZQUFZO2dCQUNaLEtBQUssRUFBRSxJQUFJLENBQUMsS0FBSztnQkFDakIsU0FBUyxFQUFFLElBQUksQ0FBQyxTQUFTO2dCQUN6QixJQUFJLEVBQUUsSUFBSSxDQUFDLElBQUk7Z0JBQ2YsYUFBYSxFQUFFLElBQUksQ0FBQyxhQUFhO2dCQUNqQyxVQUFVLEVBQUUsTUFBTSxDQUFDLE1BQU0sQ0FBQyxZQUFZLENBQUM7Z0JBQ3ZDLFVBQVUsRUFBRSxNQUFNLENBQUMsV0FBVzthQUMvQjtZQUNELFNBQVMsRUFBRTtnQkFDVCxJQUFJLEVBQUUsb0JBQW9CO2dCQUMxQixTQUFTLEVBQUUsSUFBSTtnQkFDZixTQUFTLEVBQUUsUUFBUSxDQUFDLENBQUMsS0FBSyxFQUFFO2dCQUM1QixPQUFPLEVBQUUsb0JBQW9CLFFBQVEsQ0FBQyxXQUFXLEVBQUU7Z0JBQ25ELE9BQU8sRUFBRSxjQUFjLElBQUksTUFBTSxDQUFDLENBQUMsT0FBTyxvQkFBb0IsQ0FBQyxDQUFDLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRyxFQUFFO2dCQUN2RixHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUcsSUFBSSxFQUFFO2FBQ2pCO1NBQ0YsQ0FBQztJQUNKLENBQUM7QUFDSCxDQUFDO0FBRUQsTUFBTSxJQUFJLEdBQVk7SUFDcEIsSUFBSSxFQUFFLE1BQU07SUFDWixPQUFPLEVBQUUsc0VBQXNFO0lBQy9FLFdBQVcsRUFBRTs7cUZBRXNFO0lBQ25GLE9BQU8sRUFBRTtRQUNQLGFBQWE7UUFDYixFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsc0NBQXNDLEVBQUU7UUFDakYsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLEdBQUcsYUFBSyxDQUFDLEdBQUcsRUFBRSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsaUNBQWlDLEVBQUU7UUFDakcsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLEtBQUssRUFBRSxlQUFlLEVBQUUsSUFBSSxFQUFFLDREQUE0RCxFQUFFO1FBQzVHLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSx3REFBd0QsRUFBRTtRQUMvRixFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUscUJBQXFCLEVBQUU7UUFDaEUsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsNkJBQTZCLEVBQUU7UUFDdEYsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLCtDQUErQyxFQUFFO1FBQ3ZGLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSwyREFBMkQsRUFBRTtRQUNsRyxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsOEJBQThCLE1BQU0sQ0FBQyxNQUFNLENBQUMsbUJBQVUsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFO1FBQzdHLEdBQUcsMEJBQWdCO0tBQ3BCO0lBQ0QsUUFBUSxFQUFFO1FBQ1IsMkdBQTJHO1FBQzNHLGtFQUFrRTtLQUNuRTtJQUNELFNBQVMsRUFBRSw2SkFBNko7SUFDeEssR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLO1FBQ1osTUFBTSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsQ0FBQztRQUNuQyxJQUFJLENBQUMsSUFBSTtZQUFFLE1BQU0sSUFBSSxvQkFBVSxDQUFDLHdCQUF3QixFQUFFLEdBQUcsQ0FBQyxXQUFXLENBQUMsQ0FBQztRQUMzRSxNQUFNLE1BQU0sR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxDQUFDO1FBQ25DLElBQUksTUFBTSxLQUFLLFNBQVMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsbUJBQVUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxNQUFvQixDQUFDLEVBQUUsQ0FBQztZQUN0RixNQUFNLElBQUksb0JBQVUsQ0FBQywyQkFBMkIsTUFBTSxDQUFDLE1BQU0sQ0FBQyxtQkFBVSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxVQUFVLE1BQU0sSUFBSSxFQUFFLEdBQUcsQ0FBQyxXQUFXLENBQUMsQ0FBQztRQUM3SCxDQUFDO1FBQ0QsTUFBTSxJQUFJLEdBQUcsSUFBQSxtQkFBUyxFQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLG9CQUFVLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxXQUFXLENBQUMsQ0FBQyxDQUFDO1FBQzVGLE1BQU0sRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLEdBQUcsVUFBVSxDQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUNoRCxNQUFNLFFBQVEsR0FBRyxJQUFBLHFCQUFXLEVBQUMsSUFBQSx5QkFBZSxFQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUN4RSxNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBQ2pDLE1BQU0sSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLEdBQUcsS0FBSyxJQUFJLFFBQVEsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ3hGLE1BQU0sRUFBRSxNQUFNLEVBQUUsU0FBUyxFQUFFLEdBQUcsU0FBUyxDQUFDLEdBQUcsRUFBRSxLQUFLLEVBQUUsUUFBUSxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ3BFLE1BQU0sT0FBTyxHQUFxQjtZQUNoQyxJQUFJO1lBQ0osUUFBUSxFQUFFLFFBQVEsQ0FBQyxJQUFJO1lBQ3ZCLElBQUksRUFBRSxNQUFNLEVBQUUsSUFBSTtZQUNsQixZQUFZLEVBQUUsTUFBTSxFQUFFLFlBQVk7WUFDbEMsWUFBWSxFQUFFLE1BQU0sRUFBRSxZQUFZO1lBQ2xDLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQztZQUMzQixJQUFJO1lBQ0osS0FBSztZQUNMLGNBQWMsRUFBRSxRQUFRLENBQUMsY0FBYztZQUN2QyxNQUFNLEVBQUUsTUFBZ0M7WUFDeEMsVUFBVSxFQUFFLE1BQU0sRUFBRSxVQUFVO1NBQy9CLENBQUM7UUFDRixNQUFNLFVBQVUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEdBQUcsTUFBTSxDQUFDLFFBQVEsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDO1FBQ3BGLElBQUksR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNqQixHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQyxFQUFFLElBQUksRUFBRSxVQUFVLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxNQUFNLEVBQUUsTUFBTSxDQUFDLElBQUksRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxVQUFVLEVBQUUsQ0FBQyxDQUFDO1lBQzdHLE9BQU8sVUFBVSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsdUJBQWEsQ0FBQyxDQUFDLENBQUMsaUJBQU8sQ0FBQztRQUNyRCxDQUFDO1FBQ0QsTUFBTSxJQUFJLEdBQUcsTUFBTSxDQUFDLENBQUMsQ0FBQyxHQUFHLFFBQVEsQ0FBQyxJQUFJLEtBQUssTUFBTSxDQUFDLElBQUksSUFBSSxNQUFNLENBQUMsWUFBWSxHQUFHLE1BQU0sQ0FBQyxVQUFVLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUEsY0FBSyxFQUFDLE1BQU0sQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQztRQUMxSyxJQUFJLFVBQVUsQ0FBQyxNQUFNLEtBQUssQ0FBQyxFQUFFLENBQUM7WUFDNUIsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsb0JBQW9CLElBQUksTUFBTSxJQUFJLG1CQUFtQixNQUFNLENBQUMsSUFBSSxNQUFNLElBQUksR0FBRyxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUM7WUFDcEgsT0FBTyxpQkFBTyxDQUFDO1FBQ2pCLENBQUM7UUFDRCxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxvQkFBb0IsSUFBSSxNQUFNLElBQUksWUFBWSxVQUFVLENBQUMsTUFBTSxRQUFRLFVBQVUsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsZUFBZSxNQUFNLENBQUMsSUFBSSxNQUFNLElBQUksSUFBSSxDQUFDLENBQUM7UUFDOUosVUFBVSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsS0FBSyxHQUFHLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxLQUFLLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDM0YsT0FBTyx1QkFBYSxDQUFDO0lBQ3ZCLENBQUM7Q0FDRixDQUFDO0FBRVcsUUFBQSxXQUFXLEdBQWlCO0lBQ3ZDLElBQUksRUFBRSxRQUFRO0lBQ2QsT0FBTyxFQUFFLHVEQUF1RDtJQUNoRSxXQUFXLEVBQUUsaUhBQWlIO0lBQzlILFFBQVEsRUFBRSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUM7Q0FDdkIsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGZzIGZyb20gJ2ZzJztcbmltcG9ydCB7IENvbW1hbmQsIENvbW1hbmRHcm91cCwgQ29udGV4dCwgRVhJVF9GSU5ESU5HUywgRVhJVF9PSywgSW5wdXQsIE9wdGlvblNwZWMsIFVzYWdlRXJyb3IgfSBmcm9tICcuL2NvbW1hbmQnO1xuaW1wb3J0IHsgbW9uZXkgfSBmcm9tICcuL291dHB1dCc7XG5pbXBvcnQgeyBrZXlWYWx1ZXMsIGxvYWRDYXRhbG9nLCBURU1QTEFURV9PUFRJT05TLCB0ZW1wbGF0ZUZvbGRlcnMsIHVzZXJQYXRoIH0gZnJvbSAnLi9zb3VyY2VzJztcbmltcG9ydCB7IFJlc29sdmVkVGVtcGxhdGUgfSBmcm9tICcuLi93b3Jrc3BhY2VzL2NhdGFsb2cnO1xuaW1wb3J0IHsgRWdyZXNzTW9kZSwgUG9saWN5VmlvbGF0aW9uLCBXb3Jrc3BhY2VQb2xpY3ksIFdvcmtzcGFjZVJlcXVlc3QgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3BvbGljeSc7XG5pbXBvcnQgeyBQcmljZVRhYmxlIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wcmljaW5nJztcbmltcG9ydCB7IHByb2JsZW0sIFdvcmtzcGFjZUlucHV0RXJyb3IgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3ByaXZhdGUvZXJyb3InO1xuaW1wb3J0IHsgQXJjaGl0ZWN0dXJlLCBTaXplcywgV29ya3NwYWNlU2l6ZSB9IGZyb20gJy4uL3dvcmtzcGFjZXMvc2l6ZXMnO1xuaW1wb3J0IHsgU2l6aW5nLCBXb3Jrc3BhY2VTaXppbmcgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3NpemluZyc7XG5cbmNvbnN0IFBPTElDWV9PUFRJT046IE9wdGlvblNwZWMgPSB7IG5hbWU6ICdwb2xpY3knLCB2YWx1ZTogJ2ZpbGUnLCBoZWxwOiAndGhlIHBvbGljeSBmaWxlIChkZWZhdWx0OiAuL3BvbGljeS55YW1sKScgfTtcblxuZnVuY3Rpb24gbG9hZFBvbGljeShjdHg6IENvbnRleHQsIGlucHV0OiBJbnB1dCk6IHsgcG9saWN5OiBXb3Jrc3BhY2VQb2xpY3k7IGZpbGU6IHN0cmluZyB9IHtcbiAgY29uc3QgZmlsZSA9IHVzZXJQYXRoKGN0eCwgaW5wdXQuc3RyKCdwb2xpY3knKSA/PyAncG9saWN5LnlhbWwnKTtcbiAgaWYgKCFmcy5leGlzdHNTeW5jKGZpbGUpKSB7XG4gICAgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoW3Byb2JsZW0oe1xuICAgICAgY29kZTogJ25vLXBvbGljeScsXG4gICAgICBtZXNzYWdlOiAncG9saWN5IGZpbGUgZG9lcyBub3QgZXhpc3QnLFxuICAgICAgbG9jYXRpb246IHsgZmlsZSB9LFxuICAgICAgZml4OiAnd3JpdGUgb25lIChzZWUgZG9jcy9jbGkubWQgYW5kIHRoZSBSRUFETUVcXCdzIFBvbGljeSBzZWN0aW9uKSwgb3IgcGFzcyAtLXBvbGljeSA8ZmlsZT4nLFxuICAgIH0pXSk7XG4gIH1cbiAgcmV0dXJuIHsgcG9saWN5OiBXb3Jrc3BhY2VQb2xpY3kuZnJvbUZpbGUoZmlsZSksIGZpbGUgfTtcbn1cblxuY29uc3QgYW55ID0gKHY6IHVua25vd25bXSB8IHVuZGVmaW5lZCkgPT4gKHYgPT09IHVuZGVmaW5lZCA/ICdhbnknIDogdi5sZW5ndGggPT09IDAgPyAnbm9uZScgOiB2LmpvaW4oJywgJykpO1xuXG4vKiogT25lIHJvdyBwZXIgc2l6ZTogd2hldGhlciB0aGUgcG9saWN5IGFsbG93cyBpdCBvbiBlYWNoIGFyY2hpdGVjdHVyZSwgYW5kIHdoeSBub3QuICovXG4vKiogQSBzaXplIG9uIGFuIGFyY2hpdGVjdHVyZSwgYW5kIHdoZXRoZXIgdGhlIHBvbGljeSBhbGxvd3MgaXQuICovXG5pbnRlcmZhY2UgU2l6ZVJvdyB7XG4gIHJlYWRvbmx5IHNpemU6IFdvcmtzcGFjZVNpemU7XG4gIHJlYWRvbmx5IGFyY2hpdGVjdHVyZTogQXJjaGl0ZWN0dXJlO1xuICByZWFkb25seSBpbnN0YW5jZVR5cGU6IHN0cmluZztcbiAgcmVhZG9ubHkgaG91cmx5Q29zdD86IG51bWJlcjtcbiAgcmVhZG9ubHkgYWxsb3dlZDogYm9vbGVhbjtcbiAgcmVhZG9ubHkgd2h5OiBzdHJpbmc7XG59XG5cbmZ1bmN0aW9uIHNpemVSb3dzKHBvbGljeTogV29ya3NwYWNlUG9saWN5KTogU2l6ZVJvd1tdIHtcbiAgY29uc3QgcHJpY2VzID0gUHJpY2VUYWJsZS5idW5kbGVkKCk7XG4gIHJldHVybiBTaXplcy5hbGwoKS5mbGF0TWFwKChzaXplKSA9PiBbQXJjaGl0ZWN0dXJlLlg4Nl82NCwgQXJjaGl0ZWN0dXJlLkFSTTY0XS5tYXAoKGFyY2hpdGVjdHVyZSkgPT4ge1xuICAgIGNvbnN0IGluc3RhbmNlVHlwZSA9IFNpemVzLmVjMkluc3RhbmNlVHlwZShzaXplLCBhcmNoaXRlY3R1cmUpO1xuICAgIGNvbnN0IHYgPSBwb2xpY3kuZXZhbHVhdGUoeyBuYW1lOiAncHJvYmUnLCB0ZW1wbGF0ZTogJyonLCBzaXplLCBhcmNoaXRlY3R1cmUsIGluc3RhbmNlVHlwZSB9LCBwcmljZXMpXG4gICAgICAuZmlsdGVyKCh4KSA9PiBbJ3NpemUtbm90LWFsbG93ZWQnLCAnaW5zdGFuY2UtZmFtaWx5LWRlbmllZCcsICdpbnN0YW5jZS1mYW1pbHktbm90LWFsbG93ZWQnLCAnY29zdC10b28taGlnaCcsICdjb3N0LXVua25vd24nXS5pbmNsdWRlcyh4LnJ1bGUpKTtcbiAgICByZXR1cm4geyBzaXplLCBhcmNoaXRlY3R1cmUsIGluc3RhbmNlVHlwZSwgaG91cmx5Q29zdDogcHJpY2VzLmhvdXJseShpbnN0YW5jZVR5cGUpLCBhbGxvd2VkOiB2Lmxlbmd0aCA9PT0gMCwgd2h5OiB2Lm1hcCgoeCkgPT4geC5ydWxlKS5qb2luKCcsICcpIH07XG4gIH0pKTtcbn1cblxuY29uc3Qgc2hvdzogQ29tbWFuZCA9IHtcbiAgbmFtZTogJ3Nob3cnLFxuICBzdW1tYXJ5OiAnU2hvdyB3aGF0IGEgcG9saWN5IGFsbG93czogcnVsZXMsIHNpemVzIGFuZCBpbnN0YW5jZSB0eXBlcywgbWF0Y2hpbmcgdGVtcGxhdGVzJyxcbiAgZGVzY3JpcHRpb246IGBQcmludHMgZWFjaCBydWxlIChcImFueVwiIHdoZW4gdGhlIHBvbGljeSBkb2VzIG5vdCByZXN0cmljdCBpdCksIHRoZSBzaXplcyBhbmQgaW5zdGFuY2UgdHlwZXMgaXRcbmFsbG93cyB3aXRoIHRoZWlyIG9uLWRlbWFuZCBwcmljZSAoYnVuZGxlZCB1cy1lYXN0LTEgdGFibGUpLCBhbmQgdGhlIGNhdGFsb2cncyB0ZW1wbGF0ZXMgaXQgYWxsb3dzLmAsXG4gIG9wdGlvbnM6IFtQT0xJQ1lfT1BUSU9OLCAuLi5URU1QTEFURV9PUFRJT05TXSxcbiAgZXhhbXBsZXM6IFsncndzIHBvbGljeSBzaG93JywgJ3J3cyBwb2xpY3kgc2hvdyAtLXBvbGljeSBsYWIvcG9saWN5LnlhbWwgLS1qc29uJ10sXG4gIHJ1bihjdHgsIGlucHV0KSB7XG4gICAgY29uc3QgeyBwb2xpY3ksIGZpbGUgfSA9IGxvYWRQb2xpY3koY3R4LCBpbnB1dCk7XG4gICAgY29uc3QgY2F0YWxvZyA9IGxvYWRDYXRhbG9nKHRlbXBsYXRlRm9sZGVycyhjdHgsIGlucHV0KSk7XG4gICAgY29uc3QgcCA9IHBvbGljeS5wcm9wcztcbiAgICBjb25zdCBzbHVncyA9IGNhdGFsb2cuc2x1Z3MoKTtcbiAgICBjb25zdCB0ZW1wbGF0ZXNBbGxvd2VkID0gc2x1Z3MuZmlsdGVyKChzbHVnKSA9PiBwb2xpY3kuZXZhbHVhdGUoeyBuYW1lOiAncHJvYmUnLCB0ZW1wbGF0ZTogc2x1ZyB9KVxuICAgICAgLmV2ZXJ5KCh2KSA9PiB2LnJ1bGUgIT09ICd0ZW1wbGF0ZS1ub3QtYWxsb3dlZCcgJiYgdi5ydWxlICE9PSAndGVtcGxhdGUtZGVuaWVkJykpO1xuICAgIGNvbnN0IHNpemVzID0gc2l6ZVJvd3MocG9saWN5KTtcbiAgICBpZiAoY3R4Lm91dC5qc29uKSB7XG4gICAgICBjb25zdCBkb21haW5zID0gcG9saWN5LmVncmVzc0FsbG93ZWREb21haW5zO1xuICAgICAgY3R4Lm91dC5wcmludEpzb24oeyBmaWxlLCBuYW1lOiBwb2xpY3kubmFtZSwgcnVsZXM6IHAsIGVncmVzczogcG9saWN5LmVncmVzcywgZWdyZXNzQWxsb3dlZERvbWFpbnM6IGRvbWFpbnMsIHRlbXBsYXRlc0FsbG93ZWQsIHNpemVzIH0pO1xuICAgICAgcmV0dXJuIEVYSVRfT0s7XG4gICAgfVxuICAgIGNvbnN0IG91dCA9IGN0eC5vdXQ7XG4gICAgb3V0LmhlYWRpbmcoYHBvbGljeSAke3BvbGljeS5uYW1lfSAoJHtmaWxlfSlgKTtcbiAgICBjb25zdCByb3dzOiBBcnJheTxbc3RyaW5nLCBzdHJpbmddPiA9IFtcbiAgICAgIFsndGVtcGxhdGVzJywgYW55KHAuYWxsb3dlZFRlbXBsYXRlcyldLFxuICAgICAgWydkZW5pZWQgdGVtcGxhdGVzJywgcC5kZW5pZWRUZW1wbGF0ZXMgPyBhbnkocC5kZW5pZWRUZW1wbGF0ZXMpIDogJ25vbmUnXSxcbiAgICAgIFsnc2l6ZXMnLCBhbnkocC5hbGxvd2VkU2l6ZXMpXSxcbiAgICAgIFsnaW5zdGFuY2UgZmFtaWxpZXMnLCBhbnkocC5hbGxvd2VkSW5zdGFuY2VGYW1pbGllcyldLFxuICAgICAgWydkZW5pZWQgZmFtaWxpZXMnLCBwLmRlbmllZEluc3RhbmNlRmFtaWxpZXMgPyBhbnkocC5kZW5pZWRJbnN0YW5jZUZhbWlsaWVzKSA6ICdub25lJ10sXG4gICAgICBbJ21heCBob3VybHkgY29zdCcsIHAubWF4SG91cmx5Q29zdCA9PT0gdW5kZWZpbmVkID8gJ25vIGxpbWl0JyA6IGAke21vbmV5KHAubWF4SG91cmx5Q29zdCl9L2ggcGVyIHdvcmtzcGFjZWBdLFxuICAgICAgWydyZWdpb25zJywgYW55KHAuYWxsb3dlZFJlZ2lvbnMpXSxcbiAgICAgIFsncmVxdWlyZWQgdGFncycsIHAucmVxdWlyZWRUYWdzID8gYW55KHAucmVxdWlyZWRUYWdzKSA6ICdub25lJ10sXG4gICAgICBbJ3BlciB1c2VyJywgcC5tYXhXb3Jrc3BhY2VzUGVyVXNlciA9PT0gdW5kZWZpbmVkID8gJ25vIGxpbWl0JyA6IGBhdCBtb3N0ICR7cC5tYXhXb3Jrc3BhY2VzUGVyVXNlcn0gd29ya3NwYWNlc2BdLFxuICAgICAgWydjb25uZWN0aW9ucycsIGFueShwLmFsbG93ZWRDb25uZWN0aW9uVHlwZXMpXSxcbiAgICAgIFsnZWdyZXNzJywgcG9saWN5LmVncmVzcyA9PT0gRWdyZXNzTW9kZS5QUk9YSUVEID8gYHByb3hpZWQgKCR7cG9saWN5LmVncmVzc0FsbG93ZWREb21haW5zLmpvaW4oJywgJyl9KWAgOiBwb2xpY3kuZWdyZXNzXSxcbiAgICAgIFsnbW9udGhseSBidWRnZXQnLCBwLm1vbnRobHlCdWRnZXQgPT09IHVuZGVmaW5lZCA/ICdub25lJyA6IGAkJHtwLm1vbnRobHlCdWRnZXQudG9GaXhlZCgyKX1gXSxcbiAgICBdO1xuICAgIHJvd3MuZm9yRWFjaCgoW2ssIHZdKSA9PiBvdXQubGluZShgICAke2sucGFkRW5kKDE5KX0ke3Z9YCkpO1xuICAgIG91dC5saW5lKCk7XG4gICAgb3V0LmhlYWRpbmcoJ1NpemVzIChidW5kbGVkIG9uLWRlbWFuZCBwcmljZXMsIHVzLWVhc3QtMSknKTtcbiAgICBvdXQudGFibGUoWydTSVpFJywgJ0FSQ0gnLCAnSU5TVEFOQ0UgVFlQRScsICckL0gnLCAnQUxMT1dFRCddLCBzaXplcy5tYXAoKHMpID0+IFtzLnNpemUsIHMuYXJjaGl0ZWN0dXJlLCBzLmluc3RhbmNlVHlwZSwgbW9uZXkocy5ob3VybHlDb3N0KSwgcy5hbGxvd2VkID8gJ3llcycgOiBgbm8gKCR7cy53aHl9KWBdKSk7XG4gICAgb3V0LmxpbmUoKTtcbiAgICBvdXQuaGVhZGluZygnVGVtcGxhdGVzIGluIHRoZSBjYXRhbG9nIGl0IGFsbG93cycpO1xuICAgIG91dC5saW5lKGAgICR7dGVtcGxhdGVzQWxsb3dlZC5qb2luKCcsICcpIHx8ICcobm9uZSknfWApO1xuICAgIHJldHVybiBFWElUX09LO1xuICB9LFxufTtcblxuZnVuY3Rpb24gc2l6aW5nRm9yKGN0eDogQ29udGV4dCwgaW5wdXQ6IElucHV0LCB0ZW1wbGF0ZTogUmVzb2x2ZWRUZW1wbGF0ZSwgbmFtZTogc3RyaW5nKTogeyBzaXppbmc/OiBTaXppbmc7IHZpb2xhdGlvbj86IFBvbGljeVZpb2xhdGlvbiB9IHtcbiAgY29uc3Qgc2l6ZUFyZyA9IGlucHV0LnN0cignc2l6ZScpO1xuICBjb25zdCBhcmNoID0gaW5wdXQuc3RyKCdhcmNoJyk7XG4gIGlmIChhcmNoICE9PSB1bmRlZmluZWQgJiYgIU9iamVjdC52YWx1ZXMoQXJjaGl0ZWN0dXJlKS5pbmNsdWRlcyhhcmNoIGFzIEFyY2hpdGVjdHVyZSkpIHtcbiAgICB0aHJvdyBuZXcgVXNhZ2VFcnJvcihgLS1hcmNoIG11c3QgYmUgJHtPYmplY3QudmFsdWVzKEFyY2hpdGVjdHVyZSkuam9pbignIG9yICcpfSAoZ290IFwiJHthcmNofVwiKWAsIGN0eC5jb21tYW5kTmFtZSk7XG4gIH1cbiAgdHJ5IHtcbiAgICByZXR1cm4ge1xuICAgICAgc2l6aW5nOiBXb3Jrc3BhY2VTaXppbmcub2YodGVtcGxhdGUsIHtcbiAgICAgICAgc2l6ZTogc2l6ZUFyZyA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogU2l6ZXMucGFyc2Uoc2l6ZUFyZywgJy0tc2l6ZScpLFxuICAgICAgICBpbnN0YW5jZVR5cGU6IGlucHV0LnN0cigndHlwZScpLFxuICAgICAgICBhcmNoaXRlY3R1cmU6IGFyY2ggYXMgQXJjaGl0ZWN0dXJlIHwgdW5kZWZpbmVkLFxuICAgICAgfSwgbmFtZSksXG4gICAgfTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmICghV29ya3NwYWNlSW5wdXRFcnJvci5pc1dvcmtzcGFjZUlucHV0RXJyb3IoZSkgfHwgZS5kaWFnbm9zdGljc1swXT8uY29kZSAhPT0gJ2JlbG93LW1pbmltdW0tc2l6ZScpIHRocm93IGU7XG4gICAgLy8gVG9vIHNtYWxsIGZvciB0aGUgdGVtcGxhdGU6IHRoZSBwcm9wb3NhbCBmYWlscywgbGlrZSBhIHBvbGljeSBydWxlOyB0aGUgcG9saWN5IHN0aWxsXG4gICAgLy8ganVkZ2VzIHRoZSBzaXplIHRoYXQgd2FzIGFza2VkIGZvci5cbiAgICBjb25zdCBkID0gZS5kaWFnbm9zdGljc1swXTtcbiAgICBjb25zdCBzaXplID0gU2l6ZXMucGFyc2Uoc2l6ZUFyZyEsICctLXNpemUnKTtcbiAgICBjb25zdCB0eXBlID0gaW5wdXQuc3RyKCd0eXBlJyk7XG4gICAgY29uc3QgYXJjaGl0ZWN0dXJlID0gKGFyY2ggYXMgQXJjaGl0ZWN0dXJlIHwgdW5kZWZpbmVkKSA/PyAodHlwZSA/IFNpemVzLmFyY2hpdGVjdHVyZU9mKHR5cGUpIDogQXJjaGl0ZWN0dXJlLlg4Nl82NCk7XG4gICAgY29uc3QgaW5zdGFuY2VUeXBlID0gdHlwZSA/PyBTaXplcy5lYzJJbnN0YW5jZVR5cGUoc2l6ZSwgYXJjaGl0ZWN0dXJlKTtcbiAgICBjb25zdCBzcGVjID0gU2l6ZXMuc3BlYyhzaXplKTtcbiAgICBjb25zdCBwcmljZXMgPSBQcmljZVRhYmxlLmJ1bmRsZWQoKTtcbiAgICByZXR1cm4ge1xuICAgICAgc2l6aW5nOiB7XG4gICAgICAgIHNpemUsXG4gICAgICAgIGFyY2hpdGVjdHVyZSxcbiAgICAgICAgaW5zdGFuY2VUeXBlLFxuICAgICAgICB2Y3B1czogc3BlYy52Y3B1cyxcbiAgICAgICAgbWVtb3J5TWlCOiBzcGVjLm1lbW9yeU1pQixcbiAgICAgICAgZ3B1czogc3BlYy5ncHVzLFxuICAgICAgICByb290Vm9sdW1lR2lCOiBzcGVjLnJvb3RWb2x1bWVHaUIsXG4gICAgICAgIGhvdXJseUNvc3Q6IHByaWNlcy5ob3VybHkoaW5zdGFuY2VUeXBlKSxcbiAgICAgICAgY29zdFNvdXJjZTogcHJpY2VzLmRlc2NyaXB0aW9uLFxuICAgICAgfSxcbiAgICAgIHZpb2xhdGlvbjoge1xuICAgICAgICBydWxlOiAnYmVsb3ctbWluaW11bS1zaXplJyxcbiAgICAgICAgd29ya3NwYWNlOiBuYW1lLFxuICAgICAgICByZXF1ZXN0ZWQ6IGBzaXplICR7ZC52YWx1ZX1gLFxuICAgICAgICBhbGxvd2VkOiBgdGVtcGxhdGUgbWluaW11bSAke3RlbXBsYXRlLm1pbmltdW1TaXplfWAsXG4gICAgICAgIG1lc3NhZ2U6IGB3b3Jrc3BhY2UgXCIke25hbWV9XCI6ICR7ZC5tZXNzYWdlfSAocmVxdWVzdGVkIHNpemUgJHtkLnZhbHVlfSkuIEZpeDogJHtkLmZpeH1gLFxuICAgICAgICBmaXg6IGQuZml4ID8/ICcnLFxuICAgICAgfSxcbiAgICB9O1xuICB9XG59XG5cbmNvbnN0IHRlc3Q6IENvbW1hbmQgPSB7XG4gIG5hbWU6ICd0ZXN0JyxcbiAgc3VtbWFyeTogJ0NoZWNrIGEgcHJvcG9zZWQgd29ya3NwYWNlIGFnYWluc3QgdGhlIHBvbGljeTsgcHJpbnQgZXZlcnkgdmlvbGF0aW9uJyxcbiAgZGVzY3JpcHRpb246IGBSZXNvbHZlcyB0aGUgdGVtcGxhdGUgZnJvbSB0aGUgY2F0YWxvZywgc2l6ZXMgdGhlIHdvcmtzcGFjZSAoLS1zaXplLCBvciAtLXR5cGUgZm9yIGFuIGV4YWN0XG5pbnN0YW5jZSB0eXBlOyBkZWZhdWx0IHRoZSB0ZW1wbGF0ZSdzIHNpemUpIGFuZCBldmFsdWF0ZXMgZXZlcnkgcnVsZSBvZiB0aGUgcG9saWN5LiBBIHNpemUgYmVsb3dcbnRoZSB0ZW1wbGF0ZSdzIG1pbmltdW0gY291bnRzIGFzIGEgdmlvbGF0aW9uIHRvby4gRXhpdHMgMSB3aGVuIGFueXRoaW5nIGlzIHZpb2xhdGVkLmAsXG4gIG9wdGlvbnM6IFtcbiAgICBQT0xJQ1lfT1BUSU9OLFxuICAgIHsgbmFtZTogJ3RlbXBsYXRlJywgdmFsdWU6ICdzbHVnJywgaGVscDogJ3RlbXBsYXRlIG9mIHRoZSB3b3Jrc3BhY2UgKHJlcXVpcmVkKScgfSxcbiAgICB7IG5hbWU6ICdzaXplJywgdmFsdWU6ICdzaXplJywgaGVscDogYCR7U2l6ZXMuYWxsKCkuam9pbignLCAnKX0gKGRlZmF1bHQ6IHRoZSB0ZW1wbGF0ZSdzIHNpemUpYCB9LFxuICAgIHsgbmFtZTogJ3R5cGUnLCB2YWx1ZTogJ2luc3RhbmNlLXR5cGUnLCBoZWxwOiAnYW4gZXhhY3QgRUMyIGluc3RhbmNlIHR5cGUgKHdpbnMgb3ZlciAtLXNpemUgZm9yIHRoZSB0eXBlKScgfSxcbiAgICB7IG5hbWU6ICdhcmNoJywgdmFsdWU6ICdhcmNoJywgaGVscDogJ3g4Nl82NCBvciBhcm02NCAoZGVmYXVsdDogdGhhdCBvZiB0aGUgdHlwZSwgb3IgeDg2XzY0KScgfSxcbiAgICB7IG5hbWU6ICdyZWdpb24nLCB2YWx1ZTogJ3JlZ2lvbicsIGhlbHA6ICdyZWdpb24gdG8gZGVwbG95IHRvJyB9LFxuICAgIHsgbmFtZTogJ3RhZycsIHZhbHVlOiAna2V5PXZhbHVlJywgcmVwZWF0OiB0cnVlLCBoZWxwOiAnYSB0YWcgdGhlIHdvcmtzcGFjZSBjYXJyaWVzJyB9LFxuICAgIHsgbmFtZTogJ293bmVyJywgdmFsdWU6ICd1c2VyJywgaGVscDogJ293bmVyIG9mIHRoZSB3b3Jrc3BhY2UgKGEgcmVzZWFyY2ggdXNlciBuYW1lKScgfSxcbiAgICB7IG5hbWU6ICduYW1lJywgdmFsdWU6ICduYW1lJywgaGVscDogJ3dvcmtzcGFjZSBuYW1lIGZvciBtZXNzYWdlcyAoZGVmYXVsdDogPG93bmVyPi08dGVtcGxhdGU+KScgfSxcbiAgICB7IG5hbWU6ICdlZ3Jlc3MnLCB2YWx1ZTogJ21vZGUnLCBoZWxwOiBgaW50ZXJuZXQgYWNjZXNzIGFza2VkIGZvcjogJHtPYmplY3QudmFsdWVzKEVncmVzc01vZGUpLmpvaW4oJywgJyl9YCB9LFxuICAgIC4uLlRFTVBMQVRFX09QVElPTlMsXG4gIF0sXG4gIGV4YW1wbGVzOiBbXG4gICAgJ3J3cyBwb2xpY3kgdGVzdCAtLXRlbXBsYXRlIHB5dGhvbi1tbCAtLXNpemUgTSAtLXJlZ2lvbiB1cy1lYXN0LTEgLS10YWcgcHJvamVjdD1nZW5vbWljcyAtLXRhZyBvd25lcj1hbGljZScsXG4gICAgJ3J3cyBwb2xpY3kgdGVzdCAtLXRlbXBsYXRlIGdwdS1kZWVwLWxlYXJuaW5nIC0tc2l6ZSBHUFUtTSAtLWpzb24nLFxuICBdLFxuICBleGl0Q29kZXM6ICcgIDAgIHRoZSB3b3Jrc3BhY2UgcGFzc2VzIGV2ZXJ5IHJ1bGVcXG4gIDEgIGF0IGxlYXN0IG9uZSB2aW9sYXRpb24gKGVhY2ggaXMgcHJpbnRlZClcXG4gIDIgIHVzYWdlIG9yIGlucHV0IGVycm9yICh1bmtub3duIHRlbXBsYXRlLCBiYWQgc2l6ZSwgbWlzc2luZyBwb2xpY3kpJyxcbiAgcnVuKGN0eCwgaW5wdXQpIHtcbiAgICBjb25zdCBzbHVnID0gaW5wdXQuc3RyKCd0ZW1wbGF0ZScpO1xuICAgIGlmICghc2x1ZykgdGhyb3cgbmV3IFVzYWdlRXJyb3IoJy0tdGVtcGxhdGUgaXMgcmVxdWlyZWQnLCBjdHguY29tbWFuZE5hbWUpO1xuICAgIGNvbnN0IGVncmVzcyA9IGlucHV0LnN0cignZWdyZXNzJyk7XG4gICAgaWYgKGVncmVzcyAhPT0gdW5kZWZpbmVkICYmICFPYmplY3QudmFsdWVzKEVncmVzc01vZGUpLmluY2x1ZGVzKGVncmVzcyBhcyBFZ3Jlc3NNb2RlKSkge1xuICAgICAgdGhyb3cgbmV3IFVzYWdlRXJyb3IoYC0tZWdyZXNzIG11c3QgYmUgb25lIG9mICR7T2JqZWN0LnZhbHVlcyhFZ3Jlc3NNb2RlKS5qb2luKCcsICcpfSAoZ290IFwiJHtlZ3Jlc3N9XCIpYCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgICB9XG4gICAgY29uc3QgdGFncyA9IGtleVZhbHVlcyhpbnB1dC5saXN0KCd0YWcnKSwgJ3RhZycsIChtKSA9PiBuZXcgVXNhZ2VFcnJvcihtLCBjdHguY29tbWFuZE5hbWUpKTtcbiAgICBjb25zdCB7IHBvbGljeSwgZmlsZSB9ID0gbG9hZFBvbGljeShjdHgsIGlucHV0KTtcbiAgICBjb25zdCB0ZW1wbGF0ZSA9IGxvYWRDYXRhbG9nKHRlbXBsYXRlRm9sZGVycyhjdHgsIGlucHV0KSkucmVzb2x2ZShzbHVnKTtcbiAgICBjb25zdCBvd25lciA9IGlucHV0LnN0cignb3duZXInKTtcbiAgICBjb25zdCBuYW1lID0gaW5wdXQuc3RyKCduYW1lJykgPz8gKG93bmVyID8gYCR7b3duZXJ9LSR7dGVtcGxhdGUuc2x1Z31gIDogdGVtcGxhdGUuc2x1Zyk7XG4gICAgY29uc3QgeyBzaXppbmcsIHZpb2xhdGlvbiB9ID0gc2l6aW5nRm9yKGN0eCwgaW5wdXQsIHRlbXBsYXRlLCBuYW1lKTtcbiAgICBjb25zdCByZXF1ZXN0OiBXb3Jrc3BhY2VSZXF1ZXN0ID0ge1xuICAgICAgbmFtZSxcbiAgICAgIHRlbXBsYXRlOiB0ZW1wbGF0ZS5zbHVnLFxuICAgICAgc2l6ZTogc2l6aW5nPy5zaXplLFxuICAgICAgYXJjaGl0ZWN0dXJlOiBzaXppbmc/LmFyY2hpdGVjdHVyZSxcbiAgICAgIGluc3RhbmNlVHlwZTogc2l6aW5nPy5pbnN0YW5jZVR5cGUsXG4gICAgICByZWdpb246IGlucHV0LnN0cigncmVnaW9uJyksXG4gICAgICB0YWdzLFxuICAgICAgb3duZXIsXG4gICAgICBjb25uZWN0aW9uVHlwZTogdGVtcGxhdGUuY29ubmVjdGlvblR5cGUsXG4gICAgICBlZ3Jlc3M6IGVncmVzcyBhcyBFZ3Jlc3NNb2RlIHwgdW5kZWZpbmVkLFxuICAgICAgaG91cmx5Q29zdDogc2l6aW5nPy5ob3VybHlDb3N0LFxuICAgIH07XG4gICAgY29uc3QgdmlvbGF0aW9ucyA9IFsuLi4odmlvbGF0aW9uID8gW3Zpb2xhdGlvbl0gOiBbXSksIC4uLnBvbGljeS5ldmFsdWF0ZShyZXF1ZXN0KV07XG4gICAgaWYgKGN0eC5vdXQuanNvbikge1xuICAgICAgY3R4Lm91dC5wcmludEpzb24oeyBwYXNzOiB2aW9sYXRpb25zLmxlbmd0aCA9PT0gMCwgcG9saWN5OiBwb2xpY3kubmFtZSwgZmlsZSwgcmVxdWVzdCwgc2l6aW5nLCB2aW9sYXRpb25zIH0pO1xuICAgICAgcmV0dXJuIHZpb2xhdGlvbnMubGVuZ3RoID8gRVhJVF9GSU5ESU5HUyA6IEVYSVRfT0s7XG4gICAgfVxuICAgIGNvbnN0IHdoYXQgPSBzaXppbmcgPyBgJHt0ZW1wbGF0ZS5zbHVnfSwgJHtzaXppbmcuc2l6ZX0gJHtzaXppbmcuaW5zdGFuY2VUeXBlfSR7c2l6aW5nLmhvdXJseUNvc3QgIT09IHVuZGVmaW5lZCA/IGAgJHttb25leShzaXppbmcuaG91cmx5Q29zdCl9L2hgIDogJyd9YCA6IHRlbXBsYXRlLnNsdWc7XG4gICAgaWYgKHZpb2xhdGlvbnMubGVuZ3RoID09PSAwKSB7XG4gICAgICBjdHgub3V0LmxpbmUoY3R4Lm91dC5wYWludChgcGFzczogd29ya3NwYWNlIFwiJHtuYW1lfVwiICgke3doYXR9KSBtZWV0cyBwb2xpY3kgXCIke3BvbGljeS5uYW1lfVwiICgke2ZpbGV9KWAsICdncmVlbicpKTtcbiAgICAgIHJldHVybiBFWElUX09LO1xuICAgIH1cbiAgICBjdHgub3V0LmxpbmUoYGZhaWw6IHdvcmtzcGFjZSBcIiR7bmFtZX1cIiAoJHt3aGF0fSkgYnJlYWtzICR7dmlvbGF0aW9ucy5sZW5ndGh9IHJ1bGUke3Zpb2xhdGlvbnMubGVuZ3RoID4gMSA/ICdzJyA6ICcnfSBvZiBwb2xpY3kgXCIke3BvbGljeS5uYW1lfVwiICgke2ZpbGV9KTpgKTtcbiAgICB2aW9sYXRpb25zLmZvckVhY2goKHYpID0+IGN0eC5vdXQubGluZShgICAke2N0eC5vdXQucGFpbnQodi5ydWxlLCAncmVkJyl9OiAke3YubWVzc2FnZX1gKSk7XG4gICAgcmV0dXJuIEVYSVRfRklORElOR1M7XG4gIH0sXG59O1xuXG5leHBvcnQgY29uc3QgcG9saWN5R3JvdXA6IENvbW1hbmRHcm91cCA9IHtcbiAgbmFtZTogJ3BvbGljeScsXG4gIHN1bW1hcnk6ICdTaG93IGEgcG9saWN5IGFuZCB0ZXN0IHByb3Bvc2VkIHdvcmtzcGFjZXMgYWdhaW5zdCBpdCcsXG4gIGRlc2NyaXB0aW9uOiAnVGhlIHBvbGljeSBmaWxlIGlzIC0tcG9saWN5IChkZWZhdWx0IC4vcG9saWN5LnlhbWwpOyB0ZW1wbGF0ZXMgY29tZSBmcm9tIHRoZSBidW5kbGVkIGNhdGFsb2cgYW5kIC0tZGlyIGZvbGRlcnMuJyxcbiAgY29tbWFuZHM6IFtzaG93LCB0ZXN0XSxcbn07XG4iXX0=