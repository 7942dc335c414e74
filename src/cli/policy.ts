import * as fs from 'fs';
import { Command, CommandGroup, Context, EXIT_FINDINGS, EXIT_OK, Input, OptionSpec, UsageError } from './command';
import { money } from './output';
import { keyValues, loadCatalog, TEMPLATE_OPTIONS, templateFolders, userPath } from './sources';
import { ResolvedTemplate } from '../workspaces/catalog';
import { EgressMode, PolicyViolation, WorkspacePolicy, WorkspaceRequest } from '../workspaces/policy';
import { PriceTable } from '../workspaces/pricing';
import { problem, WorkspaceInputError } from '../workspaces/private/error';
import { Architecture, Sizes, WorkspaceSize } from '../workspaces/sizes';
import { Sizing, WorkspaceSizing } from '../workspaces/sizing';

const POLICY_OPTION: OptionSpec = { name: 'policy', value: 'file', help: 'the policy file (default: ./policy.yaml)' };

function loadPolicy(ctx: Context, input: Input): { policy: WorkspacePolicy; file: string } {
  const file = userPath(ctx, input.str('policy') ?? 'policy.yaml');
  if (!fs.existsSync(file)) {
    throw new WorkspaceInputError([problem({
      code: 'no-policy',
      message: 'policy file does not exist',
      location: { file },
      fix: 'write one (see docs/cli.md and the README\'s Policy section), or pass --policy <file>',
    })]);
  }
  return { policy: WorkspacePolicy.fromFile(file), file };
}

const any = (v: unknown[] | undefined) => (v === undefined ? 'any' : v.length === 0 ? 'none' : v.join(', '));

/** One row per size: whether the policy allows it on each architecture, and why not. */
/** A size on an architecture, and whether the policy allows it. */
interface SizeRow {
  readonly size: WorkspaceSize;
  readonly architecture: Architecture;
  readonly instanceType: string;
  readonly hourlyCost?: number;
  readonly allowed: boolean;
  readonly why: string;
}

function sizeRows(policy: WorkspacePolicy): SizeRow[] {
  const prices = PriceTable.bundled();
  return Sizes.all().flatMap((size) => [Architecture.X86_64, Architecture.ARM64].map((architecture) => {
    const instanceType = Sizes.ec2InstanceType(size, architecture);
    const v = policy.evaluate({ name: 'probe', template: '*', size, architecture, instanceType }, prices)
      .filter((x) => ['size-not-allowed', 'instance-family-denied', 'instance-family-not-allowed', 'cost-too-high', 'cost-unknown'].includes(x.rule));
    return { size, architecture, instanceType, hourlyCost: prices.hourly(instanceType), allowed: v.length === 0, why: v.map((x) => x.rule).join(', ') };
  }));
}

const show: Command = {
  name: 'show',
  summary: 'Show what a policy allows: rules, sizes and instance types, matching templates',
  description: `Prints each rule ("any" when the policy does not restrict it), the sizes and instance types it
allows with their on-demand price (bundled us-east-1 table), and the catalog's templates it allows.`,
  options: [POLICY_OPTION, ...TEMPLATE_OPTIONS],
  examples: ['rws policy show', 'rws policy show --policy lab/policy.yaml --json'],
  run(ctx, input) {
    const { policy, file } = loadPolicy(ctx, input);
    const catalog = loadCatalog(templateFolders(ctx, input));
    const p = policy.props;
    const slugs = catalog.slugs();
    const templatesAllowed = slugs.filter((slug) => policy.evaluate({ name: 'probe', template: slug })
      .every((v) => v.rule !== 'template-not-allowed' && v.rule !== 'template-denied'));
    const sizes = sizeRows(policy);
    if (ctx.out.json) {
      const domains = policy.egressAllowedDomains;
      ctx.out.printJson({ file, name: policy.name, rules: p, egress: policy.egress, egressAllowedDomains: domains, templatesAllowed, sizes });
      return EXIT_OK;
    }
    const out = ctx.out;
    out.heading(`policy ${policy.name} (${file})`);
    const rows: Array<[string, string]> = [
      ['templates', any(p.allowedTemplates)],
      ['denied templates', p.deniedTemplates ? any(p.deniedTemplates) : 'none'],
      ['sizes', any(p.allowedSizes)],
      ['instance families', any(p.allowedInstanceFamilies)],
      ['denied families', p.deniedInstanceFamilies ? any(p.deniedInstanceFamilies) : 'none'],
      ['max hourly cost', p.maxHourlyCost === undefined ? 'no limit' : `${money(p.maxHourlyCost)}/h per workspace`],
      ['regions', any(p.allowedRegions)],
      ['required tags', p.requiredTags ? any(p.requiredTags) : 'none'],
      ['per user', p.maxWorkspacesPerUser === undefined ? 'no limit' : `at most ${p.maxWorkspacesPerUser} workspaces`],
      ['connections', any(p.allowedConnectionTypes)],
      ['egress', policy.egress === EgressMode.PROXIED ? `proxied (${policy.egressAllowedDomains.join(', ')})` : policy.egress],
      ['monthly budget', p.monthlyBudget === undefined ? 'none' : `$${p.monthlyBudget.toFixed(2)}`],
    ];
    rows.forEach(([k, v]) => out.line(`  ${k.padEnd(19)}${v}`));
    out.line();
    out.heading('Sizes (bundled on-demand prices, us-east-1)');
    out.table(['SIZE', 'ARCH', 'INSTANCE TYPE', '$/H', 'ALLOWED'], sizes.map((s) => [s.size, s.architecture, s.instanceType, money(s.hourlyCost), s.allowed ? 'yes' : `no (${s.why})`]));
    out.line();
    out.heading('Templates in the catalog it allows');
    out.line(`  ${templatesAllowed.join(', ') || '(none)'}`);
    return EXIT_OK;
  },
};

function sizingFor(ctx: Context, input: Input, template: ResolvedTemplate, name: string): { sizing?: Sizing; violation?: PolicyViolation } {
  const sizeArg = input.str('size');
  const arch = input.str('arch');
  if (arch !== undefined && !Object.values(Architecture).includes(arch as Architecture)) {
    throw new UsageError(`--arch must be ${Object.values(Architecture).join(' or ')} (got "${arch}")`, ctx.commandName);
  }
  try {
    return {
      sizing: WorkspaceSizing.of(template, {
        size: sizeArg === undefined ? undefined : Sizes.parse(sizeArg, '--size'),
        instanceType: input.str('type'),
        architecture: arch as Architecture | undefined,
      }, name),
    };
  } catch (e) {
    if (!WorkspaceInputError.isWorkspaceInputError(e) || e.diagnostics[0]?.code !== 'below-minimum-size') throw e;
    // Too small for the template: the proposal fails, like a policy rule; the policy still
    // judges the size that was asked for.
    const d = e.diagnostics[0];
    const size = Sizes.parse(sizeArg!, '--size');
    const type = input.str('type');
    const architecture = (arch as Architecture | undefined) ?? (type ? Sizes.architectureOf(type) : Architecture.X86_64);
    const instanceType = type ?? Sizes.ec2InstanceType(size, architecture);
    const spec = Sizes.spec(size);
    const prices = PriceTable.bundled();
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

const test: Command = {
  name: 'test',
  summary: 'Check a proposed workspace against the policy; print every violation',
  description: `Resolves the template from the catalog, sizes the workspace (--size, or --type for an exact
instance type; default the template's size) and evaluates every rule of the policy. A size below
the template's minimum counts as a violation too. Exits 1 when anything is violated.`,
  options: [
    POLICY_OPTION,
    { name: 'template', value: 'slug', help: 'template of the workspace (required)' },
    { name: 'size', value: 'size', help: `${Sizes.all().join(', ')} (default: the template's size)` },
    { name: 'type', value: 'instance-type', help: 'an exact EC2 instance type (wins over --size for the type)' },
    { name: 'arch', value: 'arch', help: 'x86_64 or arm64 (default: that of the type, or x86_64)' },
    { name: 'region', value: 'region', help: 'region to deploy to' },
    { name: 'tag', value: 'key=value', repeat: true, help: 'a tag the workspace carries' },
    { name: 'owner', value: 'user', help: 'owner of the workspace (a research user name)' },
    { name: 'name', value: 'name', help: 'workspace name for messages (default: <owner>-<template>)' },
    { name: 'egress', value: 'mode', help: `internet access asked for: ${Object.values(EgressMode).join(', ')}` },
    ...TEMPLATE_OPTIONS,
  ],
  examples: [
    'rws policy test --template python-ml --size M --region us-east-1 --tag project=genomics --tag owner=alice',
    'rws policy test --template gpu-deep-learning --size GPU-M --json',
  ],
  exitCodes: '  0  the workspace passes every rule\n  1  at least one violation (each is printed)\n  2  usage or input error (unknown template, bad size, missing policy)',
  run(ctx, input) {
    const slug = input.str('template');
    if (!slug) throw new UsageError('--template is required', ctx.commandName);
    const egress = input.str('egress');
    if (egress !== undefined && !Object.values(EgressMode).includes(egress as EgressMode)) {
      throw new UsageError(`--egress must be one of ${Object.values(EgressMode).join(', ')} (got "${egress}")`, ctx.commandName);
    }
    const tags = keyValues(input.list('tag'), 'tag', (m) => new UsageError(m, ctx.commandName));
    const { policy, file } = loadPolicy(ctx, input);
    const template = loadCatalog(templateFolders(ctx, input)).resolve(slug);
    const owner = input.str('owner');
    const name = input.str('name') ?? (owner ? `${owner}-${template.slug}` : template.slug);
    const { sizing, violation } = sizingFor(ctx, input, template, name);
    const request: WorkspaceRequest = {
      name,
      template: template.slug,
      size: sizing?.size,
      architecture: sizing?.architecture,
      instanceType: sizing?.instanceType,
      region: input.str('region'),
      tags,
      owner,
      connectionType: template.connectionType,
      egress: egress as EgressMode | undefined,
      hourlyCost: sizing?.hourlyCost,
    };
    const violations = [...(violation ? [violation] : []), ...policy.evaluate(request)];
    if (ctx.out.json) {
      ctx.out.printJson({ pass: violations.length === 0, policy: policy.name, file, request, sizing, violations });
      return violations.length ? EXIT_FINDINGS : EXIT_OK;
    }
    const what = sizing ? `${template.slug}, ${sizing.size} ${sizing.instanceType}${sizing.hourlyCost !== undefined ? ` ${money(sizing.hourlyCost)}/h` : ''}` : template.slug;
    if (violations.length === 0) {
      ctx.out.line(ctx.out.paint(`pass: workspace "${name}" (${what}) meets policy "${policy.name}" (${file})`, 'green'));
      return EXIT_OK;
    }
    ctx.out.line(`fail: workspace "${name}" (${what}) breaks ${violations.length} rule${violations.length > 1 ? 's' : ''} of policy "${policy.name}" (${file}):`);
    violations.forEach((v) => ctx.out.line(`  ${ctx.out.paint(v.rule, 'red')}: ${v.message}`));
    return EXIT_FINDINGS;
  },
};

export const policyGroup: CommandGroup = {
  name: 'policy',
  summary: 'Show a policy and test proposed workspaces against it',
  description: 'The policy file is --policy (default ./policy.yaml); templates come from the bundled catalog and --dir folders.',
  commands: [show, test],
};
