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
exports.templatesGroup = void 0;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const command_1 = require("./command");
const output_1 = require("./output");
const sources_1 = require("./sources");
const errors_1 = require("../workspaces/errors");
const linter_1 = require("../workspaces/linter");
const policy_1 = require("../workspaces/policy");
const sizes_1 = require("../workspaces/sizes");
const sizing_1 = require("../workspaces/sizing");
const template_1 = require("../workspaces/template");
/** Reports files that could not be loaded, on stderr (list and show still print the rest). */
function reportRejected(out, catalog) {
    const failures = catalog.check().failures;
    for (const f of failures)
        out.warn(`${f.file}: not loaded: ${f.diagnostics.map((d) => d.message).join('; ')}`);
    if (failures.length > 0)
        out.warn(`${failures.length} template${failures.length > 1 ? 's' : ''} could not be loaded; run "rws templates validate" for details`);
}
function sizeText(t) {
    return t.minimumSize && t.minimumSize !== t.defaultSize ? `${t.defaultSize} (min ${t.minimumSize})` : t.defaultSize;
}
const list = {
    name: 'list',
    summary: 'List the catalog: slug, name, base, connection, size, estimated cost, category',
    description: `The catalog is the bundled templates plus every --dir folder (default ./templates when present).
The size is the template's default size; the cost is the on-demand price of that size's
instance type from the bundled price table (us-east-1), in USD per hour.
Files that cannot be loaded are reported on stderr and left out; "rws templates validate" explains them.`,
    options: [
        ...sources_1.TEMPLATE_OPTIONS,
        { name: 'category', value: 'name', help: 'only templates of this category (case-insensitive)' },
        { name: 'domain', value: 'name', help: 'only templates of this research domain' },
        { name: 'connection', value: 'type', help: 'only templates offering this connection type (ssh, web, dcv)' },
        { name: 'os', value: 'base', help: `only templates on this base (${Object.values(template_1.OperatingSystem).join(', ')})` },
    ],
    examples: ['rws templates list', 'rws templates list --dir ./templates --connection web --json'],
    run(ctx, input) {
        const catalog = (0, sources_1.loadCatalog)((0, sources_1.templateFolders)(ctx, input));
        const connection = input.str('connection');
        if (connection !== undefined && !Object.values(template_1.ConnectionType).includes(connection)) {
            throw new command_1.UsageError(`--connection must be one of ${Object.values(template_1.ConnectionType).join(', ')} (got "${connection}")`, ctx.commandName);
        }
        const os = input.str('os');
        if (os !== undefined && !Object.values(template_1.OperatingSystem).includes(os)) {
            throw new command_1.UsageError(`--os must be one of ${Object.values(template_1.OperatingSystem).join(', ')} (got "${os}")`, ctx.commandName);
        }
        const templates = catalog.check().resolved.filter((t) => matches(t, {
            category: input.str('category'), domain: input.str('domain'), connection: connection, os: os,
        }));
        reportRejected(ctx.out, catalog);
        const rows = templates.map((t) => ({ t, sizing: sizing_1.WorkspaceSizing.of(t) }));
        if (ctx.out.json) {
            ctx.out.printJson(rows.map(({ t, sizing }) => ({
                slug: t.slug,
                name: t.name,
                description: t.definition.description,
                base: t.os,
                connectionType: t.connectionType,
                packageManager: t.packageManager,
                defaultSize: t.defaultSize,
                minimumSize: t.minimumSize,
                instanceType: sizing.instanceType,
                hourlyCost: sizing.hourlyCost,
                category: t.definition.category,
                domain: t.definition.domain,
                source: t.definition.source,
                inheritanceChain: t.inheritanceChain,
            })));
            return command_1.EXIT_OK;
        }
        ctx.out.table(['SLUG', 'NAME', 'BASE', 'CONNECTION', 'SIZE', 'EST. $/H', 'CATEGORY'], rows.map(({ t, sizing }) => [
            t.slug, t.name, t.os, t.connectionType, sizeText(t), (0, output_1.money)(sizing.hourlyCost), t.definition.category,
        ]));
        return command_1.EXIT_OK;
    },
};
function matches(t, q) {
    const eq = (a, b) => b === undefined || (a ?? '').toLowerCase() === b.toLowerCase();
    return eq(t.definition.category, q.category) && eq(t.definition.domain, q.domain)
        && (q.os === undefined || t.os === q.os)
        && (q.connection === undefined || t.connectionType === q.connection || t.connectionType === template_1.ConnectionType.ALL);
}
const show = {
    name: 'show',
    summary: 'Show one template resolved: inheritance chain, parameters, packages, services, warnings',
    description: `Resolves the template the way a workspace would use it: parents merged, parameters checked and
substituted (defaults unless --param gives a value), connection type and package manager decided.`,
    args: [{ name: 'slug', help: 'slug or name of the template' }],
    options: [
        ...sources_1.TEMPLATE_OPTIONS,
        { name: 'param', value: 'key=value', repeat: true, help: 'a parameter value to resolve with' },
        { name: 'size', value: 'size', help: `size to estimate the cost for (${sizes_1.Sizes.all().join(', ')}; default: the template's)` },
    ],
    examples: ['rws templates show python-ml', 'rws templates show python-ml --param python_version=3.11 --json'],
    run(ctx, input) {
        const catalog = (0, sources_1.loadCatalog)((0, sources_1.templateFolders)(ctx, input));
        const params = (0, sources_1.keyValues)(input.list('param'), 'param', (m) => new command_1.UsageError(m, ctx.commandName));
        const sizeArg = input.str('size');
        const t = catalog.resolve(input.args[0], params);
        const sizing = sizing_1.WorkspaceSizing.of(t, { size: sizeArg !== undefined ? sizes_1.Sizes.parse(sizeArg, '--size') : undefined });
        const parameters = (t.definition.parameters ?? []).map((p) => ({
            name: p.name,
            type: p.type,
            value: t.parameterValues[p.name],
            default: p.default,
            required: p.required ?? false,
            choices: p.choices,
            min: p.min,
            max: p.max,
            pattern: p.pattern,
            description: p.description,
        }));
        if (ctx.out.json) {
            ctx.out.printJson({
                slug: t.slug,
                name: t.name,
                description: t.definition.description,
                source: t.definition.source,
                inheritanceChain: t.inheritanceChain,
                base: t.os,
                connectionType: t.connectionType,
                packageManager: t.packageManager,
                minimumSize: t.minimumSize,
                defaultSize: t.defaultSize,
                sizing,
                parameters,
                parameterValues: t.parameterValues,
                packages: t.definition.packages ?? {},
                services: t.definition.services ?? [],
                users: t.definition.users ?? [],
                files: (t.definition.files ?? []).map((f) => f.destination),
                warnings: t.warnings.map(output_1.diagnosticJson),
                definition: t.definition,
            });
            return command_1.EXIT_OK;
        }
        const out = ctx.out;
        const d = t.definition;
        out.heading(`${t.slug}: ${t.name}`);
        if (d.description)
            out.line(`  ${d.description}`);
        out.line();
        const facts = [
            ['source', d.source],
            ['inherits', t.inheritanceChain.join(' -> ')],
            ['base', t.os],
            ['connection', t.connectionType],
            ['packages via', t.packageManager],
            ['size', `${sizing.size}${t.minimumSize ? ` (minimum ${t.minimumSize})` : ''}: ${sizing.instanceType}, ${sizing.vcpus} vCPU, `
                    + `${sizing.memoryMiB / 1024} GiB${sizing.gpus ? `, ${sizing.gpus} GPU` : ''}, ${sizing.rootVolumeGiB} GiB disk`],
            ['est. cost', sizing.hourlyCost === undefined ? 'unknown' : `${(0, output_1.money)(sizing.hourlyCost)}/h (${sizing.costSource})`],
            ['category', [d.category, d.domain && `domain ${d.domain}`, d.complexity].filter(Boolean).join(', ') || undefined],
            ['version', d.version],
        ];
        for (const [k, v] of facts)
            if (v !== undefined)
                out.line(`${k.padEnd(13)}${v}`);
        if (parameters.length) {
            out.line();
            out.heading('Parameters');
            out.table(['NAME', 'TYPE', 'VALUE', 'DEFAULT', 'ALLOWED', 'REQUIRED'], parameters.map((p) => [
                p.name, p.type, p.value === '' ? '""' : p.value, p.default, allowed(p), p.required ? 'yes' : 'no',
            ]));
        }
        const pk = d.packages ?? {};
        const pkLines = ['system', 'conda', 'pip', 'spack'].filter((k) => pk[k]?.length).map((k) => `  ${k}: ${pk[k].join(' ')}`);
        if (pkLines.length) {
            out.line();
            out.heading('Packages');
            pkLines.forEach((l) => out.line(l));
        }
        if (d.services?.length) {
            out.line();
            out.heading('Services');
            out.table(['NAME', 'PORT', 'BIND', 'ENABLED'], d.services.map((s) => [
                s.name, s.port, s.bindAddress ?? '127.0.0.1', (s.enable ?? s.port !== undefined) ? 'yes' : 'no',
            ]));
        }
        if (d.users?.length) {
            out.line();
            out.heading('Template accounts');
            d.users.forEach((u) => out.line(`  ${u.name}${u.groups?.length ? ` (groups ${u.groups.join(', ')})` : ''}`));
        }
        if (d.files?.length) {
            out.line();
            out.heading('Files');
            d.files.forEach((f) => out.line(`  ${f.destination}${f.permissions ? ` (${f.permissions})` : ''}`));
        }
        if (t.warnings.length) {
            out.line();
            out.heading('Warnings');
            t.warnings.forEach((w) => out.diagnostic(w));
        }
        reportRejected(out, catalog);
        return command_1.EXIT_OK;
    },
};
function allowed(p) {
    if (p.choices?.length)
        return p.choices.join(', ');
    if (p.min !== undefined || p.max !== undefined)
        return `${p.min ?? ''}..${p.max ?? ''}`;
    if (p.pattern)
        return `/${p.pattern}/`;
    return p.type === 'bool' ? 'true, false' : undefined;
}
/** Folders to check, and whether a template or file is in scope. */
function scope(ctx, input) {
    const f = (0, sources_1.templateFolders)(ctx, input, input.args);
    for (const d of f.folders) {
        if (!fs.existsSync(d) || !fs.statSync(d).isDirectory()) {
            throw new command_1.UsageError(`template folder "${d}" does not exist`, ctx.commandName);
        }
    }
    const checked = f.explicit ? f.folders : (0, sources_1.allFolders)(f);
    const files = [...new Set(checked.flatMap(sources_1.listYamlFiles))];
    return { f, files, inScope: (file) => checked.some((d) => (0, sources_1.isInside)(file, d)) };
}
function byPlace(a, b) {
    const fa = a.location?.file ?? '';
    const fb = b.location?.file ?? '';
    if (fa !== fb)
        return fa < fb ? -1 : 1;
    return (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0);
}
function uniqueDiagnostics(findings) {
    const seen = new Set();
    return findings.filter((d) => {
        const k = (0, errors_1.formatDiagnostic)(d);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function count(findings, s) {
    return findings.filter((d) => d.severity === s).length;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function report(ctx, files, findings, failOn, what) {
    const errors = count(findings, errors_1.DiagnosticSeverity.ERROR);
    const warnings = count(findings, errors_1.DiagnosticSeverity.WARNING);
    const infos = count(findings, errors_1.DiagnosticSeverity.INFO);
    const failed = findings.some((d) => failOn.includes(d.severity));
    if (ctx.out.json) {
        ctx.out.printJson({ ok: !failed, files, errors, warnings, infos, findings: findings.map(output_1.diagnosticJson) });
    }
    else {
        findings.forEach((d) => ctx.out.diagnostic(d));
        const summary = `${what} ${plural(files.length, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos ? `, ${infos} info` : ''}`;
        ctx.out.line(failed ? summary : ctx.out.paint(summary, 'green'));
    }
    return failed ? command_1.EXIT_FINDINGS : command_1.EXIT_OK;
}
const validate = {
    name: 'validate',
    summary: 'Load and resolve templates; report every error and warning with file:line',
    description: `Checks every template file in the folders: YAML syntax, fields and types, inheritance (missing
parents, cycles, base conflicts), parameters and their defaults. Templates may inherit from the
bundled catalog. With no folder given, ./templates (when present) and the bundled catalog are checked.
Each finding is one line: file:line:col: severity code: field: message (got value). Fix: how to fix it.
Exits 1 when any error is found (warnings alone exit 0; "rws templates lint" fails on warnings).`,
    args: [{ name: 'dir', variadic: true, help: 'folders to check (same as --dir)' }],
    options: sources_1.TEMPLATE_OPTIONS,
    examples: ['rws templates validate templates/', 'rws templates validate --dir a --dir b --json'],
    exitCodes: '  0  no errors (warnings may be printed)\n  1  at least one error\n  2  usage or input error (e.g. a folder does not exist)',
    run(ctx, input) {
        const { f, files, inScope } = scope(ctx, input);
        const catalog = (0, sources_1.loadCatalog)(f);
        const check = catalog.check();
        const findings = [];
        for (const failure of check.failures) {
            if (inScope(failure.file))
                findings.push(...failure.diagnostics);
        }
        for (const t of check.resolved) {
            if (inScope(t.definition.source))
                findings.push(...t.warnings);
        }
        return report(ctx, files, uniqueDiagnostics(findings).sort(byPlace), [errors_1.DiagnosticSeverity.ERROR], 'validated');
    },
};
const lint = {
    name: 'lint',
    summary: 'Check templates for unsafe practice; report each finding with file:line and a fix',
    description: `Rules: clear-text passwords and tokens, unauthenticated services on 0.0.0.0, scripts fetched
over http and piped into a shell, disabled TLS checks, world-writable paths, unpinned conda
channels, secrets in variables ("--rules" lists them). Files that do not parse are reported as errors.
With no folder given, ./templates (when present) and the bundled catalog are linted.
Privileged grants (accounts in sudo/docker/... groups, writes to sudoers, /root, cron, systemd,
/etc/ssh, PAM, set-id modes) are errors unless --policy names a policy that allows them by name.
Exits 1 when any error or warning is found (info findings are advice and do not fail).`,
    args: [{ name: 'dir', variadic: true, help: 'folders to lint (same as --dir)' }],
    options: [...sources_1.TEMPLATE_OPTIONS, { name: 'rules', help: 'list the rules and exit' },
        { name: 'policy', value: 'file', help: 'the lab\'s policy: its allowed_privileged_groups and allowed_privileged_paths allow those grants' }],
    examples: ['rws templates lint templates/', 'rws templates lint templates/ --policy policy.yaml', 'rws templates lint --rules'],
    exitCodes: '  0  no errors or warnings\n  1  at least one error or warning\n  2  usage or input error (e.g. a folder does not exist)',
    run(ctx, input) {
        if (input.flag('rules')) {
            const rules = linter_1.TemplateLinter.rules();
            if (ctx.out.json)
                ctx.out.printJson(rules);
            else
                ctx.out.table(['RULE', 'SEVERITY', 'FINDS'], rules.map((r) => [r.id, r.severity, r.description]));
            return command_1.EXIT_OK;
        }
        const policyFile = input.str('policy');
        const policy = policyFile === undefined ? undefined : policy_1.WorkspacePolicy.fromFile(path.resolve(ctx.cwd, policyFile));
        const { files } = scope(ctx, input);
        const findings = files.flatMap((file) => linter_1.TemplateLinter.lintFile(file, { policy }));
        return report(ctx, files, uniqueDiagnostics(findings).sort(byPlace), [errors_1.DiagnosticSeverity.ERROR, errors_1.DiagnosticSeverity.WARNING], 'linted');
    },
};
exports.templatesGroup = {
    name: 'templates',
    summary: 'List, show, validate and lint workspace templates',
    description: `Every command reads the bundled catalog plus the --dir folders (default: ./templates when present).
A folder's template replaces a bundled one with the same slug.`,
    commands: [list, show, validate, lint],
};
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidGVtcGxhdGVzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL2NsaS90ZW1wbGF0ZXMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsdUNBQXlCO0FBQ3pCLDJDQUE2QjtBQUM3Qix1Q0FBc0c7QUFDdEcscUNBQXlEO0FBQ3pELHVDQUE0STtBQUU1SSxpREFBd0Y7QUFDeEYsaURBQXNEO0FBQ3RELGlEQUF1RDtBQUN2RCwrQ0FBNEM7QUFDNUMsaURBQXVEO0FBQ3ZELHFEQUF5RTtBQUV6RSw4RkFBOEY7QUFDOUYsU0FBUyxjQUFjLENBQUMsR0FBVyxFQUFFLE9BQXdCO0lBQzNELE1BQU0sUUFBUSxHQUFHLE9BQU8sQ0FBQyxLQUFLLEVBQUUsQ0FBQyxRQUFRLENBQUM7SUFDMUMsS0FBSyxNQUFNLENBQUMsSUFBSSxRQUFRO1FBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLGlCQUFpQixDQUFDLENBQUMsV0FBVyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDL0csSUFBSSxRQUFRLENBQUMsTUFBTSxHQUFHLENBQUM7UUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsUUFBUSxDQUFDLE1BQU0sWUFBWSxRQUFRLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLGdFQUFnRSxDQUFDLENBQUM7QUFDbEssQ0FBQztBQUVELFNBQVMsUUFBUSxDQUFDLENBQW1CO0lBQ25DLE9BQU8sQ0FBQyxDQUFDLFdBQVcsSUFBSSxDQUFDLENBQUMsV0FBVyxLQUFLLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLFdBQVcsU0FBUyxDQUFDLENBQUMsV0FBVyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUM7QUFDdEgsQ0FBQztBQUVELE1BQU0sSUFBSSxHQUFZO0lBQ3BCLElBQUksRUFBRSxNQUFNO0lBQ1osT0FBTyxFQUFFLGdGQUFnRjtJQUN6RixXQUFXLEVBQUU7Ozt5R0FHMEY7SUFDdkcsT0FBTyxFQUFFO1FBQ1AsR0FBRywwQkFBZ0I7UUFDbkIsRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLG9EQUFvRCxFQUFFO1FBQy9GLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSx3Q0FBd0MsRUFBRTtRQUNqRixFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsOERBQThELEVBQUU7UUFDM0csRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLGdDQUFnQyxNQUFNLENBQUMsTUFBTSxDQUFDLDBCQUFlLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRTtLQUNsSDtJQUNELFFBQVEsRUFBRSxDQUFDLG9CQUFvQixFQUFFLDhEQUE4RCxDQUFDO0lBQ2hHLEdBQUcsQ0FBQyxHQUFHLEVBQUUsS0FBSztRQUNaLE1BQU0sT0FBTyxHQUFHLElBQUEscUJBQVcsRUFBQyxJQUFBLHlCQUFlLEVBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUM7UUFDekQsTUFBTSxVQUFVLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxZQUFZLENBQUMsQ0FBQztRQUMzQyxJQUFJLFVBQVUsS0FBSyxTQUFTLElBQUksQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLHlCQUFjLENBQUMsQ0FBQyxRQUFRLENBQUMsVUFBNEIsQ0FBQyxFQUFFLENBQUM7WUFDdEcsTUFBTSxJQUFJLG9CQUFVLENBQUMsK0JBQStCLE1BQU0sQ0FBQyxNQUFNLENBQUMseUJBQWMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsVUFBVSxVQUFVLElBQUksRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7UUFDekksQ0FBQztRQUNELE1BQU0sRUFBRSxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDM0IsSUFBSSxFQUFFLEtBQUssU0FBUyxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQywwQkFBZSxDQUFDLENBQUMsUUFBUSxDQUFDLEVBQXFCLENBQUMsRUFBRSxDQUFDO1lBQ3hGLE1BQU0sSUFBSSxvQkFBVSxDQUFDLHVCQUF1QixNQUFNLENBQUMsTUFBTSxDQUFDLDBCQUFlLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVUsRUFBRSxJQUFJLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQzFILENBQUM7UUFDRCxNQUFNLFNBQVMsR0FBRyxPQUFPLENBQUMsS0FBSyxFQUFFLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRTtZQUNsRSxRQUFRLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsRUFBRSxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsRUFBRSxVQUFVLEVBQUUsVUFBd0MsRUFBRSxFQUFFLEVBQUUsRUFBaUM7U0FDMUosQ0FBQyxDQUFDLENBQUM7UUFDSixjQUFjLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQztRQUNqQyxNQUFNLElBQUksR0FBRyxTQUFTLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLE1BQU0sRUFBRSx3QkFBZSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUMxRSxJQUFJLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDakIsR0FBRyxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLE1BQU0sRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDO2dCQUM3QyxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7Z0JBQ1osSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJO2dCQUNaLFdBQVcsRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLFdBQVc7Z0JBQ3JDLElBQUksRUFBRSxDQUFDLENBQUMsRUFBRTtnQkFDVixjQUFjLEVBQUUsQ0FBQyxDQUFDLGNBQWM7Z0JBQ2hDLGNBQWMsRUFBRSxDQUFDLENBQUMsY0FBYztnQkFDaEMsV0FBVyxFQUFFLENBQUMsQ0FBQyxXQUFXO2dCQUMxQixXQUFXLEVBQUUsQ0FBQyxDQUFDLFdBQVc7Z0JBQzFCLFlBQVksRUFBRSxNQUFNLENBQUMsWUFBWTtnQkFDakMsVUFBVSxFQUFFLE1BQU0sQ0FBQyxVQUFVO2dCQUM3QixRQUFRLEVBQUUsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxRQUFRO2dCQUMvQixNQUFNLEVBQUUsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxNQUFNO2dCQUMzQixNQUFNLEVBQUUsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxNQUFNO2dCQUMzQixnQkFBZ0IsRUFBRSxDQUFDLENBQUMsZ0JBQWdCO2FBQ3JDLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDTCxPQUFPLGlCQUFPLENBQUM7UUFDakIsQ0FBQztRQUNELEdBQUcsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsTUFBTSxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsWUFBWSxFQUFFLE1BQU0sRUFBRSxVQUFVLEVBQUUsVUFBVSxDQUFDLEVBQUUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLE1BQU0sRUFBRSxFQUFFLEVBQUUsQ0FBQztZQUNoSCxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsY0FBYyxFQUFFLFFBQVEsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFBLGNBQUssRUFBQyxNQUFNLENBQUMsVUFBVSxDQUFDLEVBQUUsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxRQUFRO1NBQ3JHLENBQUMsQ0FBQyxDQUFDO1FBQ0osT0FBTyxpQkFBTyxDQUFDO0lBQ2pCLENBQUM7Q0FDRixDQUFDO0FBRUYsU0FBUyxPQUFPLENBQUMsQ0FBbUIsRUFBRSxDQUE0RjtJQUNoSSxNQUFNLEVBQUUsR0FBRyxDQUFDLENBQXFCLEVBQUUsQ0FBcUIsRUFBRSxFQUFFLENBQUMsQ0FBQyxLQUFLLFNBQVMsSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxXQUFXLEVBQUUsS0FBSyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUM7SUFDNUgsT0FBTyxFQUFFLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxRQUFRLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDO1dBQzVFLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxTQUFTLElBQUksQ0FBQyxDQUFDLEVBQUUsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDO1dBQ3JDLENBQUMsQ0FBQyxDQUFDLFVBQVUsS0FBSyxTQUFTLElBQUksQ0FBQyxDQUFDLGNBQWMsS0FBSyxDQUFDLENBQUMsVUFBVSxJQUFJLENBQUMsQ0FBQyxjQUFjLEtBQUsseUJBQWMsQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUNwSCxDQUFDO0FBRUQsTUFBTSxJQUFJLEdBQVk7SUFDcEIsSUFBSSxFQUFFLE1BQU07SUFDWixPQUFPLEVBQUUseUZBQXlGO0lBQ2xHLFdBQVcsRUFBRTtrR0FDbUY7SUFDaEcsSUFBSSxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSw4QkFBOEIsRUFBRSxDQUFDO0lBQzlELE9BQU8sRUFBRTtRQUNQLEdBQUcsMEJBQWdCO1FBQ25CLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLG1DQUFtQyxFQUFFO1FBQzlGLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxrQ0FBa0MsYUFBSyxDQUFDLEdBQUcsRUFBRSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsNEJBQTRCLEVBQUU7S0FDNUg7SUFDRCxRQUFRLEVBQUUsQ0FBQyw4QkFBOEIsRUFBRSxpRUFBaUUsQ0FBQztJQUM3RyxHQUFHLENBQUMsR0FBRyxFQUFFLEtBQUs7UUFDWixNQUFNLE9BQU8sR0FBRyxJQUFBLHFCQUFXLEVBQUMsSUFBQSx5QkFBZSxFQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDO1FBQ3pELE1BQU0sTUFBTSxHQUFHLElBQUEsbUJBQVMsRUFBQyxLQUFLLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBSSxvQkFBVSxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQztRQUNsRyxNQUFNLE9BQU8sR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDO1FBQ2xDLE1BQU0sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxNQUFNLENBQUMsQ0FBQztRQUNqRCxNQUFNLE1BQU0sR0FBRyx3QkFBZSxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUUsT0FBTyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsYUFBSyxDQUFDLEtBQUssQ0FBQyxPQUFPLEVBQUUsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUM7UUFDbkgsTUFBTSxVQUFVLEdBQUcsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLFVBQVUsSUFBSSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7WUFDN0QsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJO1lBQ1osSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJO1lBQ1osS0FBSyxFQUFFLENBQUMsQ0FBQyxlQUFlLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztZQUNoQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU87WUFDbEIsUUFBUSxFQUFFLENBQUMsQ0FBQyxRQUFRLElBQUksS0FBSztZQUM3QixPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU87WUFDbEIsR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHO1lBQ1YsR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHO1lBQ1YsT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPO1lBQ2xCLFdBQVcsRUFBRSxDQUFDLENBQUMsV0FBVztTQUMzQixDQUFDLENBQUMsQ0FBQztRQUNKLElBQUksR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNqQixHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQztnQkFDaEIsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJO2dCQUNaLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSTtnQkFDWixXQUFXLEVBQUUsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxXQUFXO2dCQUNyQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxNQUFNO2dCQUMzQixnQkFBZ0IsRUFBRSxDQUFDLENBQUMsZ0JBQWdCO2dCQUNwQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEVBQUU7Z0JBQ1YsY0FBYyxFQUFFLENBQUMsQ0FBQyxjQUFjO2dCQUNoQyxjQUFjLEVBQUUsQ0FBQyxDQUFDLGNBQWM7Z0JBQ2hDLFdBQVcsRUFBRSxDQUFDLENBQUMsV0FBVztnQkFDMUIsV0FBVyxFQUFFLENBQUMsQ0FBQyxXQUFXO2dCQUMxQixNQUFNO2dCQUNOLFVBQVU7Z0JBQ1YsZUFBZSxFQUFFLENBQUMsQ0FBQyxlQUFlO2dCQUNsQyxRQUFRLEVBQUUsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxRQUFRLElBQUksRUFBRTtnQkFDckMsUUFBUSxFQUFFLENBQUMsQ0FBQyxVQUFVLENBQUMsUUFBUSxJQUFJLEVBQUU7Z0JBQ3JDLEtBQUssRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLEtBQUssSUFBSSxFQUFFO2dCQUMvQixLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLEtBQUssSUFBSSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUM7Z0JBQzNELFFBQVEsRUFBRSxDQUFDLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyx1QkFBYyxDQUFDO2dCQUN4QyxVQUFVLEVBQUUsQ0FBQyxDQUFDLFVBQVU7YUFDekIsQ0FBQyxDQUFDO1lBQ0gsT0FBTyxpQkFBTyxDQUFDO1FBQ2pCLENBQUM7UUFDRCxNQUFNLEdBQUcsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDO1FBQ3BCLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxVQUFVLENBQUM7UUFDdkIsR0FBRyxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7UUFDcEMsSUFBSSxDQUFDLENBQUMsV0FBVztZQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQztRQUNsRCxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDWCxNQUFNLEtBQUssR0FBd0M7WUFDakQsQ0FBQyxRQUFRLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQztZQUNwQixDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUMsZ0JBQWdCLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDO1lBQzdDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDZCxDQUFDLFlBQVksRUFBRSxDQUFDLENBQUMsY0FBYyxDQUFDO1lBQ2hDLENBQUMsY0FBYyxFQUFFLENBQUMsQ0FBQyxjQUFjLENBQUM7WUFDbEMsQ0FBQyxNQUFNLEVBQUUsR0FBRyxNQUFNLENBQUMsSUFBSSxHQUFHLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxDQUFDLFdBQVcsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxDQUFDLFlBQVksS0FBSyxNQUFNLENBQUMsS0FBSyxTQUFTO3NCQUMxSCxHQUFHLE1BQU0sQ0FBQyxTQUFTLEdBQUcsSUFBSSxPQUFPLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEtBQUssTUFBTSxDQUFDLElBQUksTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxDQUFDLGFBQWEsV0FBVyxDQUFDO1lBQ25ILENBQUMsV0FBVyxFQUFFLE1BQU0sQ0FBQyxVQUFVLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEdBQUcsSUFBQSxjQUFLLEVBQUMsTUFBTSxDQUFDLFVBQVUsQ0FBQyxPQUFPLE1BQU0sQ0FBQyxVQUFVLEdBQUcsQ0FBQztZQUNuSCxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUMsQ0FBQyxRQUFRLEVBQUUsQ0FBQyxDQUFDLE1BQU0sSUFBSSxVQUFVLENBQUMsQ0FBQyxNQUFNLEVBQUUsRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxTQUFTLENBQUM7WUFDbEgsQ0FBQyxTQUFTLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQztTQUN2QixDQUFDO1FBQ0YsS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLEtBQUs7WUFBRSxJQUFJLENBQUMsS0FBSyxTQUFTO2dCQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDakYsSUFBSSxVQUFVLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDdEIsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO1lBQ1gsR0FBRyxDQUFDLE9BQU8sQ0FBQyxZQUFZLENBQUMsQ0FBQztZQUMxQixHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsTUFBTSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxVQUFVLENBQUMsRUFBRSxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztnQkFDM0YsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxLQUFLLEtBQUssRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLE9BQU8sRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxJQUFJO2FBQ2xHLENBQUMsQ0FBQyxDQUFDO1FBQ04sQ0FBQztRQUNELE1BQU0sRUFBRSxHQUFHLENBQUMsQ0FBQyxRQUFRLElBQUksRUFBRSxDQUFDO1FBQzVCLE1BQU0sT0FBTyxHQUFJLENBQUMsUUFBUSxFQUFFLE9BQU8sRUFBRSxLQUFLLEVBQUUsT0FBTyxDQUFXLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxLQUFLLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFFLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUN0SSxJQUFJLE9BQU8sQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUNuQixHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDWCxHQUFHLENBQUMsT0FBTyxDQUFDLFVBQVUsQ0FBQyxDQUFDO1lBQ3hCLE9BQU8sQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUN0QyxDQUFDO1FBQ0QsSUFBSSxDQUFDLENBQUMsUUFBUSxFQUFFLE1BQU0sRUFBRSxDQUFDO1lBQ3ZCLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNYLEdBQUcsQ0FBQyxPQUFPLENBQUMsVUFBVSxDQUFDLENBQUM7WUFDeEIsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLE1BQU0sRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLFNBQVMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztnQkFDbkUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxXQUFXLElBQUksV0FBVyxFQUFFLENBQUMsQ0FBQyxDQUFDLE1BQU0sSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLElBQUk7YUFDaEcsQ0FBQyxDQUFDLENBQUM7UUFDTixDQUFDO1FBQ0QsSUFBSSxDQUFDLENBQUMsS0FBSyxFQUFFLE1BQU0sRUFBRSxDQUFDO1lBQ3BCLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNYLEdBQUcsQ0FBQyxPQUFPLENBQUMsbUJBQW1CLENBQUMsQ0FBQztZQUNqQyxDQUFDLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQy9HLENBQUM7UUFDRCxJQUFJLENBQUMsQ0FBQyxLQUFLLEVBQUUsTUFBTSxFQUFFLENBQUM7WUFDcEIsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO1lBQ1gsR0FBRyxDQUFDLE9BQU8sQ0FBQyxPQUFPLENBQUMsQ0FBQztZQUNyQixDQUFDLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxXQUFXLEdBQUcsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsV0FBVyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUN0RyxDQUFDO1FBQ0QsSUFBSSxDQUFDLENBQUMsUUFBUSxDQUFDLE1BQU0sRUFBRSxDQUFDO1lBQ3RCLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNYLEdBQUcsQ0FBQyxPQUFPLENBQUMsVUFBVSxDQUFDLENBQUM7WUFDeEIsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMvQyxDQUFDO1FBQ0QsY0FBYyxDQUFDLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQztRQUM3QixPQUFPLGlCQUFPLENBQUM7SUFDakIsQ0FBQztDQUNGLENBQUM7QUFFRixTQUFTLE9BQU8sQ0FBQyxDQUFzRjtJQUNyRyxJQUFJLENBQUMsQ0FBQyxPQUFPLEVBQUUsTUFBTTtRQUFFLE9BQU8sQ0FBQyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDbkQsSUFBSSxDQUFDLENBQUMsR0FBRyxLQUFLLFNBQVMsSUFBSSxDQUFDLENBQUMsR0FBRyxLQUFLLFNBQVM7UUFBRSxPQUFPLEdBQUcsQ0FBQyxDQUFDLEdBQUcsSUFBSSxFQUFFLEtBQUssQ0FBQyxDQUFDLEdBQUcsSUFBSSxFQUFFLEVBQUUsQ0FBQztJQUN4RixJQUFJLENBQUMsQ0FBQyxPQUFPO1FBQUUsT0FBTyxJQUFJLENBQUMsQ0FBQyxPQUFPLEdBQUcsQ0FBQztJQUN2QyxPQUFPLENBQUMsQ0FBQyxJQUFJLEtBQUssTUFBTSxDQUFDLENBQUMsQ0FBQyxhQUFhLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztBQUN2RCxDQUFDO0FBRUQsb0VBQW9FO0FBQ3BFLFNBQVMsS0FBSyxDQUFDLEdBQVksRUFBRSxLQUFZO0lBQ3ZDLE1BQU0sQ0FBQyxHQUFHLElBQUEseUJBQWUsRUFBQyxHQUFHLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNsRCxLQUFLLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQztRQUMxQixJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLEVBQUUsQ0FBQztZQUN2RCxNQUFNLElBQUksb0JBQVUsQ0FBQyxvQkFBb0IsQ0FBQyxrQkFBa0IsRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7UUFDakYsQ0FBQztJQUNILENBQUM7SUFDRCxNQUFNLE9BQU8sR0FBRyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxJQUFBLG9CQUFVLEVBQUMsQ0FBQyxDQUFDLENBQUM7SUFDdkQsTUFBTSxLQUFLLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLE9BQU8sQ0FBQyxPQUFPLENBQUMsdUJBQWEsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMzRCxPQUFPLEVBQUUsQ0FBQyxFQUFFLEtBQUssRUFBRSxPQUFPLEVBQUUsQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUEsa0JBQVEsRUFBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0FBQ2pGLENBQUM7QUFFRCxTQUFTLE9BQU8sQ0FBQyxDQUFhLEVBQUUsQ0FBYTtJQUMzQyxNQUFNLEVBQUUsR0FBRyxDQUFDLENBQUMsUUFBUSxFQUFFLElBQUksSUFBSSxFQUFFLENBQUM7SUFDbEMsTUFBTSxFQUFFLEdBQUcsQ0FBQyxDQUFDLFFBQVEsRUFBRSxJQUFJLElBQUksRUFBRSxDQUFDO0lBQ2xDLElBQUksRUFBRSxLQUFLLEVBQUU7UUFBRSxPQUFPLEVBQUUsR0FBRyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDdkMsT0FBTyxDQUFDLENBQUMsQ0FBQyxRQUFRLEVBQUUsSUFBSSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLFFBQVEsRUFBRSxJQUFJLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsUUFBUSxFQUFFLE1BQU0sSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxRQUFRLEVBQUUsTUFBTSxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQ3BILENBQUM7QUFFRCxTQUFTLGlCQUFpQixDQUFDLFFBQXNCO0lBQy9DLE1BQU0sSUFBSSxHQUFHLElBQUksR0FBRyxFQUFVLENBQUM7SUFDL0IsT0FBTyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUU7UUFDM0IsTUFBTSxDQUFDLEdBQUcsSUFBQSx5QkFBZ0IsRUFBQyxDQUFDLENBQUMsQ0FBQztRQUM5QixJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO1lBQUUsT0FBTyxLQUFLLENBQUM7UUFDOUIsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNaLE9BQU8sSUFBSSxDQUFDO0lBQ2QsQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQsU0FBUyxLQUFLLENBQUMsUUFBc0IsRUFBRSxDQUFxQjtJQUMxRCxPQUFPLFFBQVEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxRQUFRLEtBQUssQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDO0FBQ3pELENBQUM7QUFFRCxTQUFTLE1BQU0sQ0FBQyxDQUFTLEVBQUUsSUFBWTtJQUNyQyxPQUFPLEdBQUcsQ0FBQyxJQUFJLElBQUksR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsRUFBRSxDQUFDO0FBQzdDLENBQUM7QUFFRCxTQUFTLE1BQU0sQ0FBQyxHQUFZLEVBQUUsS0FBZSxFQUFFLFFBQXNCLEVBQUUsTUFBNEIsRUFBRSxJQUFZO0lBQy9HLE1BQU0sTUFBTSxHQUFHLEtBQUssQ0FBQyxRQUFRLEVBQUUsMkJBQWtCLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDekQsTUFBTSxRQUFRLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSwyQkFBa0IsQ0FBQyxPQUFPLENBQUMsQ0FBQztJQUM3RCxNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsUUFBUSxFQUFFLDJCQUFrQixDQUFDLElBQUksQ0FBQyxDQUFDO0lBQ3ZELE1BQU0sTUFBTSxHQUFHLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLE1BQU0sQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUM7SUFDakUsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ2pCLEdBQUcsQ0FBQyxHQUFHLENBQUMsU0FBUyxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsTUFBTSxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxRQUFRLEVBQUUsUUFBUSxDQUFDLEdBQUcsQ0FBQyx1QkFBYyxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQzdHLENBQUM7U0FBTSxDQUFDO1FBQ04sUUFBUSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMvQyxNQUFNLE9BQU8sR0FBRyxHQUFHLElBQUksSUFBSSxNQUFNLENBQUMsS0FBSyxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsS0FBSyxNQUFNLENBQUMsTUFBTSxFQUFFLE9BQU8sQ0FBQyxLQUFLLE1BQU0sQ0FBQyxRQUFRLEVBQUUsU0FBUyxDQUFDLEdBQUcsS0FBSyxDQUFDLENBQUMsQ0FBQyxLQUFLLEtBQUssT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztRQUN2SixHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUM7SUFDbkUsQ0FBQztJQUNELE9BQU8sTUFBTSxDQUFDLENBQUMsQ0FBQyx1QkFBYSxDQUFDLENBQUMsQ0FBQyxpQkFBTyxDQUFDO0FBQzFDLENBQUM7QUFFRCxNQUFNLFFBQVEsR0FBWTtJQUN4QixJQUFJLEVBQUUsVUFBVTtJQUNoQixPQUFPLEVBQUUsMkVBQTJFO0lBQ3BGLFdBQVcsRUFBRTs7OztpR0FJa0Y7SUFDL0YsSUFBSSxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLGtDQUFrQyxFQUFFLENBQUM7SUFDakYsT0FBTyxFQUFFLDBCQUFnQjtJQUN6QixRQUFRLEVBQUUsQ0FBQyxtQ0FBbUMsRUFBRSwrQ0FBK0MsQ0FBQztJQUNoRyxTQUFTLEVBQUUsNkhBQTZIO0lBQ3hJLEdBQUcsQ0FBQyxHQUFHLEVBQUUsS0FBSztRQUNaLE1BQU0sRUFBRSxDQUFDLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxHQUFHLEtBQUssQ0FBQyxHQUFHLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDaEQsTUFBTSxPQUFPLEdBQUcsSUFBQSxxQkFBVyxFQUFDLENBQUMsQ0FBQyxDQUFDO1FBQy9CLE1BQU0sS0FBSyxHQUFHLE9BQU8sQ0FBQyxLQUFLLEVBQUUsQ0FBQztRQUM5QixNQUFNLFFBQVEsR0FBaUIsRUFBRSxDQUFDO1FBQ2xDLEtBQUssTUFBTSxPQUFPLElBQUksS0FBSyxDQUFDLFFBQVEsRUFBRSxDQUFDO1lBQ3JDLElBQUksT0FBTyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUM7Z0JBQUUsUUFBUSxDQUFDLElBQUksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxXQUFXLENBQUMsQ0FBQztRQUNuRSxDQUFDO1FBQ0QsS0FBSyxNQUFNLENBQUMsSUFBSSxLQUFLLENBQUMsUUFBUSxFQUFFLENBQUM7WUFDL0IsSUFBSSxPQUFPLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxNQUFNLENBQUM7Z0JBQUUsUUFBUSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUNqRSxDQUFDO1FBQ0QsT0FBTyxNQUFNLENBQUMsR0FBRyxFQUFFLEtBQUssRUFBRSxpQkFBaUIsQ0FBQyxRQUFRLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQywyQkFBa0IsQ0FBQyxLQUFLLENBQUMsRUFBRSxXQUFXLENBQUMsQ0FBQztJQUNoSCxDQUFDO0NBQ0YsQ0FBQztBQUVGLE1BQU0sSUFBSSxHQUFZO0lBQ3BCLElBQUksRUFBRSxNQUFNO0lBQ1osT0FBTyxFQUFFLG1GQUFtRjtJQUM1RixXQUFXLEVBQUU7Ozs7Ozt1RkFNd0U7SUFDckYsSUFBSSxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLGlDQUFpQyxFQUFFLENBQUM7SUFDaEYsT0FBTyxFQUFFLENBQUMsR0FBRywwQkFBZ0IsRUFBRSxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLHlCQUF5QixFQUFFO1FBQy9FLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxrR0FBa0csRUFBRSxDQUFDO0lBQzlJLFFBQVEsRUFBRSxDQUFDLCtCQUErQixFQUFFLG9EQUFvRCxFQUFFLDRCQUE0QixDQUFDO0lBQy9ILFNBQVMsRUFBRSwwSEFBMEg7SUFDckksR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLO1FBQ1osSUFBSSxLQUFLLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7WUFDeEIsTUFBTSxLQUFLLEdBQUcsdUJBQWMsQ0FBQyxLQUFLLEVBQUUsQ0FBQztZQUNyQyxJQUFJLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSTtnQkFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQyxLQUFLLENBQUMsQ0FBQzs7Z0JBQ3RDLEdBQUcsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsTUFBTSxFQUFFLFVBQVUsRUFBRSxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3ZHLE9BQU8saUJBQU8sQ0FBQztRQUNqQixDQUFDO1FBQ0QsTUFBTSxVQUFVLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUN2QyxNQUFNLE1BQU0sR0FBRyxVQUFVLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLHdCQUFlLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDO1FBQ2xILE1BQU0sRUFBRSxLQUFLLEVBQUUsR0FBRyxLQUFLLENBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQ3BDLE1BQU0sUUFBUSxHQUFHLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDLHVCQUFjLENBQUMsUUFBUSxDQUFDLElBQUksRUFBRSxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQztRQUNwRixPQUFPLE1BQU0sQ0FBQyxHQUFHLEVBQUUsS0FBSyxFQUFFLGlCQUFpQixDQUFDLFFBQVEsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDLDJCQUFrQixDQUFDLEtBQUssRUFBRSwyQkFBa0IsQ0FBQyxPQUFPLENBQUMsRUFBRSxRQUFRLENBQUMsQ0FBQztJQUN6SSxDQUFDO0NBQ0YsQ0FBQztBQUVXLFFBQUEsY0FBYyxHQUFpQjtJQUMxQyxJQUFJLEVBQUUsV0FBVztJQUNqQixPQUFPLEVBQUUsbURBQW1EO0lBQzVELFdBQVcsRUFBRTsrREFDZ0Q7SUFDN0QsUUFBUSxFQUFFLENBQUMsSUFBSSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsSUFBSSxDQUFDO0NBQ3ZDLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgKiBhcyBmcyBmcm9tICdmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ3BhdGgnO1xuaW1wb3J0IHsgQ29tbWFuZCwgQ29tbWFuZEdyb3VwLCBDb250ZXh0LCBFWElUX0ZJTkRJTkdTLCBFWElUX09LLCBJbnB1dCwgVXNhZ2VFcnJvciB9IGZyb20gJy4vY29tbWFuZCc7XG5pbXBvcnQgeyBkaWFnbm9zdGljSnNvbiwgbW9uZXksIE91dHB1dCB9IGZyb20gJy4vb3V0cHV0JztcbmltcG9ydCB7IGFsbEZvbGRlcnMsIGlzSW5zaWRlLCBrZXlWYWx1ZXMsIGxpc3RZYW1sRmlsZXMsIGxvYWRDYXRhbG9nLCBURU1QTEFURV9PUFRJT05TLCB0ZW1wbGF0ZUZvbGRlcnMsIFRlbXBsYXRlRm9sZGVycyB9IGZyb20gJy4vc291cmNlcyc7XG5pbXBvcnQgeyBSZXNvbHZlZFRlbXBsYXRlLCBUZW1wbGF0ZUNhdGFsb2cgfSBmcm9tICcuLi93b3Jrc3BhY2VzL2NhdGFsb2cnO1xuaW1wb3J0IHsgRGlhZ25vc3RpYywgRGlhZ25vc3RpY1NldmVyaXR5LCBmb3JtYXREaWFnbm9zdGljIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9lcnJvcnMnO1xuaW1wb3J0IHsgVGVtcGxhdGVMaW50ZXIgfSBmcm9tICcuLi93b3Jrc3BhY2VzL2xpbnRlcic7XG5pbXBvcnQgeyBXb3Jrc3BhY2VQb2xpY3kgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3BvbGljeSc7XG5pbXBvcnQgeyBTaXplcyB9IGZyb20gJy4uL3dvcmtzcGFjZXMvc2l6ZXMnO1xuaW1wb3J0IHsgV29ya3NwYWNlU2l6aW5nIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9zaXppbmcnO1xuaW1wb3J0IHsgQ29ubmVjdGlvblR5cGUsIE9wZXJhdGluZ1N5c3RlbSB9IGZyb20gJy4uL3dvcmtzcGFjZXMvdGVtcGxhdGUnO1xuXG4vKiogUmVwb3J0cyBmaWxlcyB0aGF0IGNvdWxkIG5vdCBiZSBsb2FkZWQsIG9uIHN0ZGVyciAobGlzdCBhbmQgc2hvdyBzdGlsbCBwcmludCB0aGUgcmVzdCkuICovXG5mdW5jdGlvbiByZXBvcnRSZWplY3RlZChvdXQ6IE91dHB1dCwgY2F0YWxvZzogVGVtcGxhdGVDYXRhbG9nKTogdm9pZCB7XG4gIGNvbnN0IGZhaWx1cmVzID0gY2F0YWxvZy5jaGVjaygpLmZhaWx1cmVzO1xuICBmb3IgKGNvbnN0IGYgb2YgZmFpbHVyZXMpIG91dC53YXJuKGAke2YuZmlsZX06IG5vdCBsb2FkZWQ6ICR7Zi5kaWFnbm9zdGljcy5tYXAoKGQpID0+IGQubWVzc2FnZSkuam9pbignOyAnKX1gKTtcbiAgaWYgKGZhaWx1cmVzLmxlbmd0aCA+IDApIG91dC53YXJuKGAke2ZhaWx1cmVzLmxlbmd0aH0gdGVtcGxhdGUke2ZhaWx1cmVzLmxlbmd0aCA+IDEgPyAncycgOiAnJ30gY291bGQgbm90IGJlIGxvYWRlZDsgcnVuIFwicndzIHRlbXBsYXRlcyB2YWxpZGF0ZVwiIGZvciBkZXRhaWxzYCk7XG59XG5cbmZ1bmN0aW9uIHNpemVUZXh0KHQ6IFJlc29sdmVkVGVtcGxhdGUpOiBzdHJpbmcge1xuICByZXR1cm4gdC5taW5pbXVtU2l6ZSAmJiB0Lm1pbmltdW1TaXplICE9PSB0LmRlZmF1bHRTaXplID8gYCR7dC5kZWZhdWx0U2l6ZX0gKG1pbiAke3QubWluaW11bVNpemV9KWAgOiB0LmRlZmF1bHRTaXplO1xufVxuXG5jb25zdCBsaXN0OiBDb21tYW5kID0ge1xuICBuYW1lOiAnbGlzdCcsXG4gIHN1bW1hcnk6ICdMaXN0IHRoZSBjYXRhbG9nOiBzbHVnLCBuYW1lLCBiYXNlLCBjb25uZWN0aW9uLCBzaXplLCBlc3RpbWF0ZWQgY29zdCwgY2F0ZWdvcnknLFxuICBkZXNjcmlwdGlvbjogYFRoZSBjYXRhbG9nIGlzIHRoZSBidW5kbGVkIHRlbXBsYXRlcyBwbHVzIGV2ZXJ5IC0tZGlyIGZvbGRlciAoZGVmYXVsdCAuL3RlbXBsYXRlcyB3aGVuIHByZXNlbnQpLlxuVGhlIHNpemUgaXMgdGhlIHRlbXBsYXRlJ3MgZGVmYXVsdCBzaXplOyB0aGUgY29zdCBpcyB0aGUgb24tZGVtYW5kIHByaWNlIG9mIHRoYXQgc2l6ZSdzXG5pbnN0YW5jZSB0eXBlIGZyb20gdGhlIGJ1bmRsZWQgcHJpY2UgdGFibGUgKHVzLWVhc3QtMSksIGluIFVTRCBwZXIgaG91ci5cbkZpbGVzIHRoYXQgY2Fubm90IGJlIGxvYWRlZCBhcmUgcmVwb3J0ZWQgb24gc3RkZXJyIGFuZCBsZWZ0IG91dDsgXCJyd3MgdGVtcGxhdGVzIHZhbGlkYXRlXCIgZXhwbGFpbnMgdGhlbS5gLFxuICBvcHRpb25zOiBbXG4gICAgLi4uVEVNUExBVEVfT1BUSU9OUyxcbiAgICB7IG5hbWU6ICdjYXRlZ29yeScsIHZhbHVlOiAnbmFtZScsIGhlbHA6ICdvbmx5IHRlbXBsYXRlcyBvZiB0aGlzIGNhdGVnb3J5IChjYXNlLWluc2Vuc2l0aXZlKScgfSxcbiAgICB7IG5hbWU6ICdkb21haW4nLCB2YWx1ZTogJ25hbWUnLCBoZWxwOiAnb25seSB0ZW1wbGF0ZXMgb2YgdGhpcyByZXNlYXJjaCBkb21haW4nIH0sXG4gICAgeyBuYW1lOiAnY29ubmVjdGlvbicsIHZhbHVlOiAndHlwZScsIGhlbHA6ICdvbmx5IHRlbXBsYXRlcyBvZmZlcmluZyB0aGlzIGNvbm5lY3Rpb24gdHlwZSAoc3NoLCB3ZWIsIGRjdiknIH0sXG4gICAgeyBuYW1lOiAnb3MnLCB2YWx1ZTogJ2Jhc2UnLCBoZWxwOiBgb25seSB0ZW1wbGF0ZXMgb24gdGhpcyBiYXNlICgke09iamVjdC52YWx1ZXMoT3BlcmF0aW5nU3lzdGVtKS5qb2luKCcsICcpfSlgIH0sXG4gIF0sXG4gIGV4YW1wbGVzOiBbJ3J3cyB0ZW1wbGF0ZXMgbGlzdCcsICdyd3MgdGVtcGxhdGVzIGxpc3QgLS1kaXIgLi90ZW1wbGF0ZXMgLS1jb25uZWN0aW9uIHdlYiAtLWpzb24nXSxcbiAgcnVuKGN0eCwgaW5wdXQpIHtcbiAgICBjb25zdCBjYXRhbG9nID0gbG9hZENhdGFsb2codGVtcGxhdGVGb2xkZXJzKGN0eCwgaW5wdXQpKTtcbiAgICBjb25zdCBjb25uZWN0aW9uID0gaW5wdXQuc3RyKCdjb25uZWN0aW9uJyk7XG4gICAgaWYgKGNvbm5lY3Rpb24gIT09IHVuZGVmaW5lZCAmJiAhT2JqZWN0LnZhbHVlcyhDb25uZWN0aW9uVHlwZSkuaW5jbHVkZXMoY29ubmVjdGlvbiBhcyBDb25uZWN0aW9uVHlwZSkpIHtcbiAgICAgIHRocm93IG5ldyBVc2FnZUVycm9yKGAtLWNvbm5lY3Rpb24gbXVzdCBiZSBvbmUgb2YgJHtPYmplY3QudmFsdWVzKENvbm5lY3Rpb25UeXBlKS5qb2luKCcsICcpfSAoZ290IFwiJHtjb25uZWN0aW9ufVwiKWAsIGN0eC5jb21tYW5kTmFtZSk7XG4gICAgfVxuICAgIGNvbnN0IG9zID0gaW5wdXQuc3RyKCdvcycpO1xuICAgIGlmIChvcyAhPT0gdW5kZWZpbmVkICYmICFPYmplY3QudmFsdWVzKE9wZXJhdGluZ1N5c3RlbSkuaW5jbHVkZXMob3MgYXMgT3BlcmF0aW5nU3lzdGVtKSkge1xuICAgICAgdGhyb3cgbmV3IFVzYWdlRXJyb3IoYC0tb3MgbXVzdCBiZSBvbmUgb2YgJHtPYmplY3QudmFsdWVzKE9wZXJhdGluZ1N5c3RlbSkuam9pbignLCAnKX0gKGdvdCBcIiR7b3N9XCIpYCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgICB9XG4gICAgY29uc3QgdGVtcGxhdGVzID0gY2F0YWxvZy5jaGVjaygpLnJlc29sdmVkLmZpbHRlcigodCkgPT4gbWF0Y2hlcyh0LCB7XG4gICAgICBjYXRlZ29yeTogaW5wdXQuc3RyKCdjYXRlZ29yeScpLCBkb21haW46IGlucHV0LnN0cignZG9tYWluJyksIGNvbm5lY3Rpb246IGNvbm5lY3Rpb24gYXMgQ29ubmVjdGlvblR5cGUgfCB1bmRlZmluZWQsIG9zOiBvcyBhcyBPcGVyYXRpbmdTeXN0ZW0gfCB1bmRlZmluZWQsXG4gICAgfSkpO1xuICAgIHJlcG9ydFJlamVjdGVkKGN0eC5vdXQsIGNhdGFsb2cpO1xuICAgIGNvbnN0IHJvd3MgPSB0ZW1wbGF0ZXMubWFwKCh0KSA9PiAoeyB0LCBzaXppbmc6IFdvcmtzcGFjZVNpemluZy5vZih0KSB9KSk7XG4gICAgaWYgKGN0eC5vdXQuanNvbikge1xuICAgICAgY3R4Lm91dC5wcmludEpzb24ocm93cy5tYXAoKHsgdCwgc2l6aW5nIH0pID0+ICh7XG4gICAgICAgIHNsdWc6IHQuc2x1ZyxcbiAgICAgICAgbmFtZTogdC5uYW1lLFxuICAgICAgICBkZXNjcmlwdGlvbjogdC5kZWZpbml0aW9uLmRlc2NyaXB0aW9uLFxuICAgICAgICBiYXNlOiB0Lm9zLFxuICAgICAgICBjb25uZWN0aW9uVHlwZTogdC5jb25uZWN0aW9uVHlwZSxcbiAgICAgICAgcGFja2FnZU1hbmFnZXI6IHQucGFja2FnZU1hbmFnZXIsXG4gICAgICAgIGRlZmF1bHRTaXplOiB0LmRlZmF1bHRTaXplLFxuICAgICAgICBtaW5pbXVtU2l6ZTogdC5taW5pbXVtU2l6ZSxcbiAgICAgICAgaW5zdGFuY2VUeXBlOiBzaXppbmcuaW5zdGFuY2VUeXBlLFxuICAgICAgICBob3VybHlDb3N0OiBzaXppbmcuaG91cmx5Q29zdCxcbiAgICAgICAgY2F0ZWdvcnk6IHQuZGVmaW5pdGlvbi5jYXRlZ29yeSxcbiAgICAgICAgZG9tYWluOiB0LmRlZmluaXRpb24uZG9tYWluLFxuICAgICAgICBzb3VyY2U6IHQuZGVmaW5pdGlvbi5zb3VyY2UsXG4gICAgICAgIGluaGVyaXRhbmNlQ2hhaW46IHQuaW5oZXJpdGFuY2VDaGFpbixcbiAgICAgIH0pKSk7XG4gICAgICByZXR1cm4gRVhJVF9PSztcbiAgICB9XG4gICAgY3R4Lm91dC50YWJsZShbJ1NMVUcnLCAnTkFNRScsICdCQVNFJywgJ0NPTk5FQ1RJT04nLCAnU0laRScsICdFU1QuICQvSCcsICdDQVRFR09SWSddLCByb3dzLm1hcCgoeyB0LCBzaXppbmcgfSkgPT4gW1xuICAgICAgdC5zbHVnLCB0Lm5hbWUsIHQub3MsIHQuY29ubmVjdGlvblR5cGUsIHNpemVUZXh0KHQpLCBtb25leShzaXppbmcuaG91cmx5Q29zdCksIHQuZGVmaW5pdGlvbi5jYXRlZ29yeSxcbiAgICBdKSk7XG4gICAgcmV0dXJuIEVYSVRfT0s7XG4gIH0sXG59O1xuXG5mdW5jdGlvbiBtYXRjaGVzKHQ6IFJlc29sdmVkVGVtcGxhdGUsIHE6IHsgY2F0ZWdvcnk/OiBzdHJpbmc7IGRvbWFpbj86IHN0cmluZzsgY29ubmVjdGlvbj86IENvbm5lY3Rpb25UeXBlOyBvcz86IE9wZXJhdGluZ1N5c3RlbSB9KTogYm9vbGVhbiB7XG4gIGNvbnN0IGVxID0gKGE6IHN0cmluZyB8IHVuZGVmaW5lZCwgYjogc3RyaW5nIHwgdW5kZWZpbmVkKSA9PiBiID09PSB1bmRlZmluZWQgfHwgKGEgPz8gJycpLnRvTG93ZXJDYXNlKCkgPT09IGIudG9Mb3dlckNhc2UoKTtcbiAgcmV0dXJuIGVxKHQuZGVmaW5pdGlvbi5jYXRlZ29yeSwgcS5jYXRlZ29yeSkgJiYgZXEodC5kZWZpbml0aW9uLmRvbWFpbiwgcS5kb21haW4pXG4gICAgJiYgKHEub3MgPT09IHVuZGVmaW5lZCB8fCB0Lm9zID09PSBxLm9zKVxuICAgICYmIChxLmNvbm5lY3Rpb24gPT09IHVuZGVmaW5lZCB8fCB0LmNvbm5lY3Rpb25UeXBlID09PSBxLmNvbm5lY3Rpb24gfHwgdC5jb25uZWN0aW9uVHlwZSA9PT0gQ29ubmVjdGlvblR5cGUuQUxMKTtcbn1cblxuY29uc3Qgc2hvdzogQ29tbWFuZCA9IHtcbiAgbmFtZTogJ3Nob3cnLFxuICBzdW1tYXJ5OiAnU2hvdyBvbmUgdGVtcGxhdGUgcmVzb2x2ZWQ6IGluaGVyaXRhbmNlIGNoYWluLCBwYXJhbWV0ZXJzLCBwYWNrYWdlcywgc2VydmljZXMsIHdhcm5pbmdzJyxcbiAgZGVzY3JpcHRpb246IGBSZXNvbHZlcyB0aGUgdGVtcGxhdGUgdGhlIHdheSBhIHdvcmtzcGFjZSB3b3VsZCB1c2UgaXQ6IHBhcmVudHMgbWVyZ2VkLCBwYXJhbWV0ZXJzIGNoZWNrZWQgYW5kXG5zdWJzdGl0dXRlZCAoZGVmYXVsdHMgdW5sZXNzIC0tcGFyYW0gZ2l2ZXMgYSB2YWx1ZSksIGNvbm5lY3Rpb24gdHlwZSBhbmQgcGFja2FnZSBtYW5hZ2VyIGRlY2lkZWQuYCxcbiAgYXJnczogW3sgbmFtZTogJ3NsdWcnLCBoZWxwOiAnc2x1ZyBvciBuYW1lIG9mIHRoZSB0ZW1wbGF0ZScgfV0sXG4gIG9wdGlvbnM6IFtcbiAgICAuLi5URU1QTEFURV9PUFRJT05TLFxuICAgIHsgbmFtZTogJ3BhcmFtJywgdmFsdWU6ICdrZXk9dmFsdWUnLCByZXBlYXQ6IHRydWUsIGhlbHA6ICdhIHBhcmFtZXRlciB2YWx1ZSB0byByZXNvbHZlIHdpdGgnIH0sXG4gICAgeyBuYW1lOiAnc2l6ZScsIHZhbHVlOiAnc2l6ZScsIGhlbHA6IGBzaXplIHRvIGVzdGltYXRlIHRoZSBjb3N0IGZvciAoJHtTaXplcy5hbGwoKS5qb2luKCcsICcpfTsgZGVmYXVsdDogdGhlIHRlbXBsYXRlJ3MpYCB9LFxuICBdLFxuICBleGFtcGxlczogWydyd3MgdGVtcGxhdGVzIHNob3cgcHl0aG9uLW1sJywgJ3J3cyB0ZW1wbGF0ZXMgc2hvdyBweXRob24tbWwgLS1wYXJhbSBweXRob25fdmVyc2lvbj0zLjExIC0tanNvbiddLFxuICBydW4oY3R4LCBpbnB1dCkge1xuICAgIGNvbnN0IGNhdGFsb2cgPSBsb2FkQ2F0YWxvZyh0ZW1wbGF0ZUZvbGRlcnMoY3R4LCBpbnB1dCkpO1xuICAgIGNvbnN0IHBhcmFtcyA9IGtleVZhbHVlcyhpbnB1dC5saXN0KCdwYXJhbScpLCAncGFyYW0nLCAobSkgPT4gbmV3IFVzYWdlRXJyb3IobSwgY3R4LmNvbW1hbmROYW1lKSk7XG4gICAgY29uc3Qgc2l6ZUFyZyA9IGlucHV0LnN0cignc2l6ZScpO1xuICAgIGNvbnN0IHQgPSBjYXRhbG9nLnJlc29sdmUoaW5wdXQuYXJnc1swXSwgcGFyYW1zKTtcbiAgICBjb25zdCBzaXppbmcgPSBXb3Jrc3BhY2VTaXppbmcub2YodCwgeyBzaXplOiBzaXplQXJnICE9PSB1bmRlZmluZWQgPyBTaXplcy5wYXJzZShzaXplQXJnLCAnLS1zaXplJykgOiB1bmRlZmluZWQgfSk7XG4gICAgY29uc3QgcGFyYW1ldGVycyA9ICh0LmRlZmluaXRpb24ucGFyYW1ldGVycyA/PyBbXSkubWFwKChwKSA9PiAoe1xuICAgICAgbmFtZTogcC5uYW1lLFxuICAgICAgdHlwZTogcC50eXBlLFxuICAgICAgdmFsdWU6IHQucGFyYW1ldGVyVmFsdWVzW3AubmFtZV0sXG4gICAgICBkZWZhdWx0OiBwLmRlZmF1bHQsXG4gICAgICByZXF1aXJlZDogcC5yZXF1aXJlZCA/PyBmYWxzZSxcbiAgICAgIGNob2ljZXM6IHAuY2hvaWNlcyxcbiAgICAgIG1pbjogcC5taW4sXG4gICAgICBtYXg6IHAubWF4LFxuICAgICAgcGF0dGVybjogcC5wYXR0ZXJuLFxuICAgICAgZGVzY3JpcHRpb246IHAuZGVzY3JpcHRpb24sXG4gICAgfSkpO1xuICAgIGlmIChjdHgub3V0Lmpzb24pIHtcbiAgICAgIGN0eC5vdXQucHJpbnRKc29uKHtcbiAgICAgICAgc2x1ZzogdC5zbHVnLFxuICAgICAgICBuYW1lOiB0Lm5hbWUsXG4gICAgICAgIGRlc2NyaXB0aW9uOiB0LmRlZmluaXRpb24uZGVzY3JpcHRpb24sXG4gICAgICAgIHNvdXJjZTogdC5kZWZpbml0aW9uLnNvdXJjZSxcbiAgICAgICAgaW5oZXJpdGFuY2VDaGFpbjogdC5pbmhlcml0YW5jZUNoYWluLFxuICAgICAgICBiYXNlOiB0Lm9zLFxuICAgICAgICBjb25uZWN0aW9uVHlwZTogdC5jb25uZWN0aW9uVHlwZSxcbiAgICAgICAgcGFja2FnZU1hbmFnZXI6IHQucGFja2FnZU1hbmFnZXIsXG4gICAgICAgIG1pbmltdW1TaXplOiB0Lm1pbmltdW1TaXplLFxuICAgICAgICBkZWZhdWx0U2l6ZTogdC5kZWZhdWx0U2l6ZSxcbiAgICAgICAgc2l6aW5nLFxuICAgICAgICBwYXJhbWV0ZXJzLFxuICAgICAgICBwYXJhbWV0ZXJWYWx1ZXM6IHQucGFyYW1ldGVyVmFsdWVzLFxuICAgICAgICBwYWNrYWdlczogdC5kZWZpbml0aW9uLnBhY2thZ2VzID8/IHt9LFxuICAgICAgICBzZXJ2aWNlczogdC5kZWZpbml0aW9uLnNlcnZpY2VzID8/IFtdLFxuICAgICAgICB1c2VyczogdC5kZWZpbml0aW9uLnVzZXJzID8/IFtdLFxuICAgICAgICBmaWxlczogKHQuZGVmaW5pdGlvbi5maWxlcyA/PyBbXSkubWFwKChmKSA9PiBmLmRlc3RpbmF0aW9uKSxcbiAgICAgICAgd2FybmluZ3M6IHQud2FybmluZ3MubWFwKGRpYWdub3N0aWNKc29uKSxcbiAgICAgICAgZGVmaW5pdGlvbjogdC5kZWZpbml0aW9uLFxuICAgICAgfSk7XG4gICAgICByZXR1cm4gRVhJVF9PSztcbiAgICB9XG4gICAgY29uc3Qgb3V0ID0gY3R4Lm91dDtcbiAgICBjb25zdCBkID0gdC5kZWZpbml0aW9uO1xuICAgIG91dC5oZWFkaW5nKGAke3Quc2x1Z306ICR7dC5uYW1lfWApO1xuICAgIGlmIChkLmRlc2NyaXB0aW9uKSBvdXQubGluZShgICAke2QuZGVzY3JpcHRpb259YCk7XG4gICAgb3V0LmxpbmUoKTtcbiAgICBjb25zdCBmYWN0czogQXJyYXk8W3N0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkXT4gPSBbXG4gICAgICBbJ3NvdXJjZScsIGQuc291cmNlXSxcbiAgICAgIFsnaW5oZXJpdHMnLCB0LmluaGVyaXRhbmNlQ2hhaW4uam9pbignIC0+ICcpXSxcbiAgICAgIFsnYmFzZScsIHQub3NdLFxuICAgICAgWydjb25uZWN0aW9uJywgdC5jb25uZWN0aW9uVHlwZV0sXG4gICAgICBbJ3BhY2thZ2VzIHZpYScsIHQucGFja2FnZU1hbmFnZXJdLFxuICAgICAgWydzaXplJywgYCR7c2l6aW5nLnNpemV9JHt0Lm1pbmltdW1TaXplID8gYCAobWluaW11bSAke3QubWluaW11bVNpemV9KWAgOiAnJ306ICR7c2l6aW5nLmluc3RhbmNlVHlwZX0sICR7c2l6aW5nLnZjcHVzfSB2Q1BVLCBgXG4gICAgICAgICsgYCR7c2l6aW5nLm1lbW9yeU1pQiAvIDEwMjR9IEdpQiR7c2l6aW5nLmdwdXMgPyBgLCAke3NpemluZy5ncHVzfSBHUFVgIDogJyd9LCAke3NpemluZy5yb290Vm9sdW1lR2lCfSBHaUIgZGlza2BdLFxuICAgICAgWydlc3QuIGNvc3QnLCBzaXppbmcuaG91cmx5Q29zdCA9PT0gdW5kZWZpbmVkID8gJ3Vua25vd24nIDogYCR7bW9uZXkoc2l6aW5nLmhvdXJseUNvc3QpfS9oICgke3NpemluZy5jb3N0U291cmNlfSlgXSxcbiAgICAgIFsnY2F0ZWdvcnknLCBbZC5jYXRlZ29yeSwgZC5kb21haW4gJiYgYGRvbWFpbiAke2QuZG9tYWlufWAsIGQuY29tcGxleGl0eV0uZmlsdGVyKEJvb2xlYW4pLmpvaW4oJywgJykgfHwgdW5kZWZpbmVkXSxcbiAgICAgIFsndmVyc2lvbicsIGQudmVyc2lvbl0sXG4gICAgXTtcbiAgICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBmYWN0cykgaWYgKHYgIT09IHVuZGVmaW5lZCkgb3V0LmxpbmUoYCR7ay5wYWRFbmQoMTMpfSR7dn1gKTtcbiAgICBpZiAocGFyYW1ldGVycy5sZW5ndGgpIHtcbiAgICAgIG91dC5saW5lKCk7XG4gICAgICBvdXQuaGVhZGluZygnUGFyYW1ldGVycycpO1xuICAgICAgb3V0LnRhYmxlKFsnTkFNRScsICdUWVBFJywgJ1ZBTFVFJywgJ0RFRkFVTFQnLCAnQUxMT1dFRCcsICdSRVFVSVJFRCddLCBwYXJhbWV0ZXJzLm1hcCgocCkgPT4gW1xuICAgICAgICBwLm5hbWUsIHAudHlwZSwgcC52YWx1ZSA9PT0gJycgPyAnXCJcIicgOiBwLnZhbHVlLCBwLmRlZmF1bHQsIGFsbG93ZWQocCksIHAucmVxdWlyZWQgPyAneWVzJyA6ICdubycsXG4gICAgICBdKSk7XG4gICAgfVxuICAgIGNvbnN0IHBrID0gZC5wYWNrYWdlcyA/PyB7fTtcbiAgICBjb25zdCBwa0xpbmVzID0gKFsnc3lzdGVtJywgJ2NvbmRhJywgJ3BpcCcsICdzcGFjayddIGFzIGNvbnN0KS5maWx0ZXIoKGspID0+IHBrW2tdPy5sZW5ndGgpLm1hcCgoaykgPT4gYCAgJHtrfTogJHtwa1trXSEuam9pbignICcpfWApO1xuICAgIGlmIChwa0xpbmVzLmxlbmd0aCkge1xuICAgICAgb3V0LmxpbmUoKTtcbiAgICAgIG91dC5oZWFkaW5nKCdQYWNrYWdlcycpO1xuICAgICAgcGtMaW5lcy5mb3JFYWNoKChsKSA9PiBvdXQubGluZShsKSk7XG4gICAgfVxuICAgIGlmIChkLnNlcnZpY2VzPy5sZW5ndGgpIHtcbiAgICAgIG91dC5saW5lKCk7XG4gICAgICBvdXQuaGVhZGluZygnU2VydmljZXMnKTtcbiAgICAgIG91dC50YWJsZShbJ05BTUUnLCAnUE9SVCcsICdCSU5EJywgJ0VOQUJMRUQnXSwgZC5zZXJ2aWNlcy5tYXAoKHMpID0+IFtcbiAgICAgICAgcy5uYW1lLCBzLnBvcnQsIHMuYmluZEFkZHJlc3MgPz8gJzEyNy4wLjAuMScsIChzLmVuYWJsZSA/PyBzLnBvcnQgIT09IHVuZGVmaW5lZCkgPyAneWVzJyA6ICdubycsXG4gICAgICBdKSk7XG4gICAgfVxuICAgIGlmIChkLnVzZXJzPy5sZW5ndGgpIHtcbiAgICAgIG91dC5saW5lKCk7XG4gICAgICBvdXQuaGVhZGluZygnVGVtcGxhdGUgYWNjb3VudHMnKTtcbiAgICAgIGQudXNlcnMuZm9yRWFjaCgodSkgPT4gb3V0LmxpbmUoYCAgJHt1Lm5hbWV9JHt1Lmdyb3Vwcz8ubGVuZ3RoID8gYCAoZ3JvdXBzICR7dS5ncm91cHMuam9pbignLCAnKX0pYCA6ICcnfWApKTtcbiAgICB9XG4gICAgaWYgKGQuZmlsZXM/Lmxlbmd0aCkge1xuICAgICAgb3V0LmxpbmUoKTtcbiAgICAgIG91dC5oZWFkaW5nKCdGaWxlcycpO1xuICAgICAgZC5maWxlcy5mb3JFYWNoKChmKSA9PiBvdXQubGluZShgICAke2YuZGVzdGluYXRpb259JHtmLnBlcm1pc3Npb25zID8gYCAoJHtmLnBlcm1pc3Npb25zfSlgIDogJyd9YCkpO1xuICAgIH1cbiAgICBpZiAodC53YXJuaW5ncy5sZW5ndGgpIHtcbiAgICAgIG91dC5saW5lKCk7XG4gICAgICBvdXQuaGVhZGluZygnV2FybmluZ3MnKTtcbiAgICAgIHQud2FybmluZ3MuZm9yRWFjaCgodykgPT4gb3V0LmRpYWdub3N0aWModykpO1xuICAgIH1cbiAgICByZXBvcnRSZWplY3RlZChvdXQsIGNhdGFsb2cpO1xuICAgIHJldHVybiBFWElUX09LO1xuICB9LFxufTtcblxuZnVuY3Rpb24gYWxsb3dlZChwOiB7IHR5cGU/OiBzdHJpbmc7IGNob2ljZXM/OiBzdHJpbmdbXTsgbWluPzogbnVtYmVyOyBtYXg/OiBudW1iZXI7IHBhdHRlcm4/OiBzdHJpbmcgfSk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmIChwLmNob2ljZXM/Lmxlbmd0aCkgcmV0dXJuIHAuY2hvaWNlcy5qb2luKCcsICcpO1xuICBpZiAocC5taW4gIT09IHVuZGVmaW5lZCB8fCBwLm1heCAhPT0gdW5kZWZpbmVkKSByZXR1cm4gYCR7cC5taW4gPz8gJyd9Li4ke3AubWF4ID8/ICcnfWA7XG4gIGlmIChwLnBhdHRlcm4pIHJldHVybiBgLyR7cC5wYXR0ZXJufS9gO1xuICByZXR1cm4gcC50eXBlID09PSAnYm9vbCcgPyAndHJ1ZSwgZmFsc2UnIDogdW5kZWZpbmVkO1xufVxuXG4vKiogRm9sZGVycyB0byBjaGVjaywgYW5kIHdoZXRoZXIgYSB0ZW1wbGF0ZSBvciBmaWxlIGlzIGluIHNjb3BlLiAqL1xuZnVuY3Rpb24gc2NvcGUoY3R4OiBDb250ZXh0LCBpbnB1dDogSW5wdXQpOiB7IGY6IFRlbXBsYXRlRm9sZGVyczsgZmlsZXM6IHN0cmluZ1tdOyBpblNjb3BlOiAoZmlsZTogc3RyaW5nKSA9PiBib29sZWFuIH0ge1xuICBjb25zdCBmID0gdGVtcGxhdGVGb2xkZXJzKGN0eCwgaW5wdXQsIGlucHV0LmFyZ3MpO1xuICBmb3IgKGNvbnN0IGQgb2YgZi5mb2xkZXJzKSB7XG4gICAgaWYgKCFmcy5leGlzdHNTeW5jKGQpIHx8ICFmcy5zdGF0U3luYyhkKS5pc0RpcmVjdG9yeSgpKSB7XG4gICAgICB0aHJvdyBuZXcgVXNhZ2VFcnJvcihgdGVtcGxhdGUgZm9sZGVyIFwiJHtkfVwiIGRvZXMgbm90IGV4aXN0YCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgICB9XG4gIH1cbiAgY29uc3QgY2hlY2tlZCA9IGYuZXhwbGljaXQgPyBmLmZvbGRlcnMgOiBhbGxGb2xkZXJzKGYpO1xuICBjb25zdCBmaWxlcyA9IFsuLi5uZXcgU2V0KGNoZWNrZWQuZmxhdE1hcChsaXN0WWFtbEZpbGVzKSldO1xuICByZXR1cm4geyBmLCBmaWxlcywgaW5TY29wZTogKGZpbGUpID0+IGNoZWNrZWQuc29tZSgoZCkgPT4gaXNJbnNpZGUoZmlsZSwgZCkpIH07XG59XG5cbmZ1bmN0aW9uIGJ5UGxhY2UoYTogRGlhZ25vc3RpYywgYjogRGlhZ25vc3RpYyk6IG51bWJlciB7XG4gIGNvbnN0IGZhID0gYS5sb2NhdGlvbj8uZmlsZSA/PyAnJztcbiAgY29uc3QgZmIgPSBiLmxvY2F0aW9uPy5maWxlID8/ICcnO1xuICBpZiAoZmEgIT09IGZiKSByZXR1cm4gZmEgPCBmYiA/IC0xIDogMTtcbiAgcmV0dXJuIChhLmxvY2F0aW9uPy5saW5lID8/IDApIC0gKGIubG9jYXRpb24/LmxpbmUgPz8gMCkgfHwgKGEubG9jYXRpb24/LmNvbHVtbiA/PyAwKSAtIChiLmxvY2F0aW9uPy5jb2x1bW4gPz8gMCk7XG59XG5cbmZ1bmN0aW9uIHVuaXF1ZURpYWdub3N0aWNzKGZpbmRpbmdzOiBEaWFnbm9zdGljW10pOiBEaWFnbm9zdGljW10ge1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIHJldHVybiBmaW5kaW5ncy5maWx0ZXIoKGQpID0+IHtcbiAgICBjb25zdCBrID0gZm9ybWF0RGlhZ25vc3RpYyhkKTtcbiAgICBpZiAoc2Vlbi5oYXMoaykpIHJldHVybiBmYWxzZTtcbiAgICBzZWVuLmFkZChrKTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfSk7XG59XG5cbmZ1bmN0aW9uIGNvdW50KGZpbmRpbmdzOiBEaWFnbm9zdGljW10sIHM6IERpYWdub3N0aWNTZXZlcml0eSk6IG51bWJlciB7XG4gIHJldHVybiBmaW5kaW5ncy5maWx0ZXIoKGQpID0+IGQuc2V2ZXJpdHkgPT09IHMpLmxlbmd0aDtcbn1cblxuZnVuY3Rpb24gcGx1cmFsKG46IG51bWJlciwgd29yZDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke259ICR7d29yZH0ke24gPT09IDEgPyAnJyA6ICdzJ31gO1xufVxuXG5mdW5jdGlvbiByZXBvcnQoY3R4OiBDb250ZXh0LCBmaWxlczogc3RyaW5nW10sIGZpbmRpbmdzOiBEaWFnbm9zdGljW10sIGZhaWxPbjogRGlhZ25vc3RpY1NldmVyaXR5W10sIHdoYXQ6IHN0cmluZyk6IG51bWJlciB7XG4gIGNvbnN0IGVycm9ycyA9IGNvdW50KGZpbmRpbmdzLCBEaWFnbm9zdGljU2V2ZXJpdHkuRVJST1IpO1xuICBjb25zdCB3YXJuaW5ncyA9IGNvdW50KGZpbmRpbmdzLCBEaWFnbm9zdGljU2V2ZXJpdHkuV0FSTklORyk7XG4gIGNvbnN0IGluZm9zID0gY291bnQoZmluZGluZ3MsIERpYWdub3N0aWNTZXZlcml0eS5JTkZPKTtcbiAgY29uc3QgZmFpbGVkID0gZmluZGluZ3Muc29tZSgoZCkgPT4gZmFpbE9uLmluY2x1ZGVzKGQuc2V2ZXJpdHkpKTtcbiAgaWYgKGN0eC5vdXQuanNvbikge1xuICAgIGN0eC5vdXQucHJpbnRKc29uKHsgb2s6ICFmYWlsZWQsIGZpbGVzLCBlcnJvcnMsIHdhcm5pbmdzLCBpbmZvcywgZmluZGluZ3M6IGZpbmRpbmdzLm1hcChkaWFnbm9zdGljSnNvbikgfSk7XG4gIH0gZWxzZSB7XG4gICAgZmluZGluZ3MuZm9yRWFjaCgoZCkgPT4gY3R4Lm91dC5kaWFnbm9zdGljKGQpKTtcbiAgICBjb25zdCBzdW1tYXJ5ID0gYCR7d2hhdH0gJHtwbHVyYWwoZmlsZXMubGVuZ3RoLCAnZmlsZScpfTogJHtwbHVyYWwoZXJyb3JzLCAnZXJyb3InKX0sICR7cGx1cmFsKHdhcm5pbmdzLCAnd2FybmluZycpfSR7aW5mb3MgPyBgLCAke2luZm9zfSBpbmZvYCA6ICcnfWA7XG4gICAgY3R4Lm91dC5saW5lKGZhaWxlZCA/IHN1bW1hcnkgOiBjdHgub3V0LnBhaW50KHN1bW1hcnksICdncmVlbicpKTtcbiAgfVxuICByZXR1cm4gZmFpbGVkID8gRVhJVF9GSU5ESU5HUyA6IEVYSVRfT0s7XG59XG5cbmNvbnN0IHZhbGlkYXRlOiBDb21tYW5kID0ge1xuICBuYW1lOiAndmFsaWRhdGUnLFxuICBzdW1tYXJ5OiAnTG9hZCBhbmQgcmVzb2x2ZSB0ZW1wbGF0ZXM7IHJlcG9ydCBldmVyeSBlcnJvciBhbmQgd2FybmluZyB3aXRoIGZpbGU6bGluZScsXG4gIGRlc2NyaXB0aW9uOiBgQ2hlY2tzIGV2ZXJ5IHRlbXBsYXRlIGZpbGUgaW4gdGhlIGZvbGRlcnM6IFlBTUwgc3ludGF4LCBmaWVsZHMgYW5kIHR5cGVzLCBpbmhlcml0YW5jZSAobWlzc2luZ1xucGFyZW50cywgY3ljbGVzLCBiYXNlIGNvbmZsaWN0cyksIHBhcmFtZXRlcnMgYW5kIHRoZWlyIGRlZmF1bHRzLiBUZW1wbGF0ZXMgbWF5IGluaGVyaXQgZnJvbSB0aGVcbmJ1bmRsZWQgY2F0YWxvZy4gV2l0aCBubyBmb2xkZXIgZ2l2ZW4sIC4vdGVtcGxhdGVzICh3aGVuIHByZXNlbnQpIGFuZCB0aGUgYnVuZGxlZCBjYXRhbG9nIGFyZSBjaGVja2VkLlxuRWFjaCBmaW5kaW5nIGlzIG9uZSBsaW5lOiBmaWxlOmxpbmU6Y29sOiBzZXZlcml0eSBjb2RlOiBmaWVsZDogbWVzc2FnZSAoZ290IHZhbHVlKS4gRml4OiBob3cgdG8gZml4IGl0LlxuRXhpdHMgMSB3aGVuIGFueSBlcnJvciBpcyBmb3VuZCAod2FybmluZ3MgYWxvbmUgZXhpdCAwOyBcInJ3cyB0ZW1wbGF0ZXMgbGludFwiIGZhaWxzIG9uIHdhcm5pbmdzKS5gLFxuICBhcmdzOiBbeyBuYW1lOiAnZGlyJywgdmFyaWFkaWM6IHRydWUsIGhlbHA6ICdmb2xkZXJzIHRvIGNoZWNrIChzYW1lIGFzIC0tZGlyKScgfV0sXG4gIG9wdGlvbnM6IFRFTVBMQVRFX09QVElPTlMsXG4gIGV4YW1wbGVzOiBbJ3J3cyB0ZW1wbGF0ZXMgdmFsaWRhdGUgdGVtcGxhdGVzLycsICdyd3MgdGVtcGxhdGVzIHZhbGlkYXRlIC0tZGlyIGEgLS1kaXIgYiAtLWpzb24nXSxcbiAgZXhpdENvZGVzOiAnICAwICBubyBlcnJvcnMgKHdhcm5pbmdzIG1heSBiZSBwcmludGVkKVxcbiAgMSAgYXQgbGVhc3Qgb25lIGVycm9yXFxuICAyICB1c2FnZSBvciBpbnB1dCBlcnJvciAoZS5nLiBhIGZvbGRlciBkb2VzIG5vdCBleGlzdCknLFxuICBydW4oY3R4LCBpbnB1dCkge1xuICAgIGNvbnN0IHsgZiwgZmlsZXMsIGluU2NvcGUgfSA9IHNjb3BlKGN0eCwgaW5wdXQpO1xuICAgIGNvbnN0IGNhdGFsb2cgPSBsb2FkQ2F0YWxvZyhmKTtcbiAgICBjb25zdCBjaGVjayA9IGNhdGFsb2cuY2hlY2soKTtcbiAgICBjb25zdCBmaW5kaW5nczogRGlhZ25vc3RpY1tdID0gW107XG4gICAgZm9yIChjb25zdCBmYWlsdXJlIG9mIGNoZWNrLmZhaWx1cmVzKSB7XG4gICAgICBpZiAoaW5TY29wZShmYWlsdXJlLmZpbGUpKSBmaW5kaW5ncy5wdXNoKC4uLmZhaWx1cmUuZGlhZ25vc3RpY3MpO1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IHQgb2YgY2hlY2sucmVzb2x2ZWQpIHtcbiAgICAgIGlmIChpblNjb3BlKHQuZGVmaW5pdGlvbi5zb3VyY2UpKSBmaW5kaW5ncy5wdXNoKC4uLnQud2FybmluZ3MpO1xuICAgIH1cbiAgICByZXR1cm4gcmVwb3J0KGN0eCwgZmlsZXMsIHVuaXF1ZURpYWdub3N0aWNzKGZpbmRpbmdzKS5zb3J0KGJ5UGxhY2UpLCBbRGlhZ25vc3RpY1NldmVyaXR5LkVSUk9SXSwgJ3ZhbGlkYXRlZCcpO1xuICB9LFxufTtcblxuY29uc3QgbGludDogQ29tbWFuZCA9IHtcbiAgbmFtZTogJ2xpbnQnLFxuICBzdW1tYXJ5OiAnQ2hlY2sgdGVtcGxhdGVzIGZvciB1bnNhZmUgcHJhY3RpY2U7IHJlcG9ydCBlYWNoIGZpbmRpbmcgd2l0aCBmaWxlOmxpbmUgYW5kIGEgZml4JyxcbiAgZGVzY3JpcHRpb246IGBSdWxlczogY2xlYXItdGV4dCBwYXNzd29yZHMgYW5kIHRva2VucywgdW5hdXRoZW50aWNhdGVkIHNlcnZpY2VzIG9uIDAuMC4wLjAsIHNjcmlwdHMgZmV0Y2hlZFxub3ZlciBodHRwIGFuZCBwaXBlZCBpbnRvIGEgc2hlbGwsIGRpc2FibGVkIFRMUyBjaGVja3MsIHdvcmxkLXdyaXRhYmxlIHBhdGhzLCB1bnBpbm5lZCBjb25kYVxuY2hhbm5lbHMsIHNlY3JldHMgaW4gdmFyaWFibGVzIChcIi0tcnVsZXNcIiBsaXN0cyB0aGVtKS4gRmlsZXMgdGhhdCBkbyBub3QgcGFyc2UgYXJlIHJlcG9ydGVkIGFzIGVycm9ycy5cbldpdGggbm8gZm9sZGVyIGdpdmVuLCAuL3RlbXBsYXRlcyAod2hlbiBwcmVzZW50KSBhbmQgdGhlIGJ1bmRsZWQgY2F0YWxvZyBhcmUgbGludGVkLlxuUHJpdmlsZWdlZCBncmFudHMgKGFjY291bnRzIGluIHN1ZG8vZG9ja2VyLy4uLiBncm91cHMsIHdyaXRlcyB0byBzdWRvZXJzLCAvcm9vdCwgY3Jvbiwgc3lzdGVtZCxcbi9ldGMvc3NoLCBQQU0sIHNldC1pZCBtb2RlcykgYXJlIGVycm9ycyB1bmxlc3MgLS1wb2xpY3kgbmFtZXMgYSBwb2xpY3kgdGhhdCBhbGxvd3MgdGhlbSBieSBuYW1lLlxuRXhpdHMgMSB3aGVuIGFueSBlcnJvciBvciB3YXJuaW5nIGlzIGZvdW5kIChpbmZvIGZpbmRpbmdzIGFyZSBhZHZpY2UgYW5kIGRvIG5vdCBmYWlsKS5gLFxuICBhcmdzOiBbeyBuYW1lOiAnZGlyJywgdmFyaWFkaWM6IHRydWUsIGhlbHA6ICdmb2xkZXJzIHRvIGxpbnQgKHNhbWUgYXMgLS1kaXIpJyB9XSxcbiAgb3B0aW9uczogWy4uLlRFTVBMQVRFX09QVElPTlMsIHsgbmFtZTogJ3J1bGVzJywgaGVscDogJ2xpc3QgdGhlIHJ1bGVzIGFuZCBleGl0JyB9LFxuICAgIHsgbmFtZTogJ3BvbGljeScsIHZhbHVlOiAnZmlsZScsIGhlbHA6ICd0aGUgbGFiXFwncyBwb2xpY3k6IGl0cyBhbGxvd2VkX3ByaXZpbGVnZWRfZ3JvdXBzIGFuZCBhbGxvd2VkX3ByaXZpbGVnZWRfcGF0aHMgYWxsb3cgdGhvc2UgZ3JhbnRzJyB9XSxcbiAgZXhhbXBsZXM6IFsncndzIHRlbXBsYXRlcyBsaW50IHRlbXBsYXRlcy8nLCAncndzIHRlbXBsYXRlcyBsaW50IHRlbXBsYXRlcy8gLS1wb2xpY3kgcG9saWN5LnlhbWwnLCAncndzIHRlbXBsYXRlcyBsaW50IC0tcnVsZXMnXSxcbiAgZXhpdENvZGVzOiAnICAwICBubyBlcnJvcnMgb3Igd2FybmluZ3NcXG4gIDEgIGF0IGxlYXN0IG9uZSBlcnJvciBvciB3YXJuaW5nXFxuICAyICB1c2FnZSBvciBpbnB1dCBlcnJvciAoZS5nLiBhIGZvbGRlciBkb2VzIG5vdCBleGlzdCknLFxuICBydW4oY3R4LCBpbnB1dCkge1xuICAgIGlmIChpbnB1dC5mbGFnKCdydWxlcycpKSB7XG4gICAgICBjb25zdCBydWxlcyA9IFRlbXBsYXRlTGludGVyLnJ1bGVzKCk7XG4gICAgICBpZiAoY3R4Lm91dC5qc29uKSBjdHgub3V0LnByaW50SnNvbihydWxlcyk7XG4gICAgICBlbHNlIGN0eC5vdXQudGFibGUoWydSVUxFJywgJ1NFVkVSSVRZJywgJ0ZJTkRTJ10sIHJ1bGVzLm1hcCgocikgPT4gW3IuaWQsIHIuc2V2ZXJpdHksIHIuZGVzY3JpcHRpb25dKSk7XG4gICAgICByZXR1cm4gRVhJVF9PSztcbiAgICB9XG4gICAgY29uc3QgcG9saWN5RmlsZSA9IGlucHV0LnN0cigncG9saWN5Jyk7XG4gICAgY29uc3QgcG9saWN5ID0gcG9saWN5RmlsZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogV29ya3NwYWNlUG9saWN5LmZyb21GaWxlKHBhdGgucmVzb2x2ZShjdHguY3dkLCBwb2xpY3lGaWxlKSk7XG4gICAgY29uc3QgeyBmaWxlcyB9ID0gc2NvcGUoY3R4LCBpbnB1dCk7XG4gICAgY29uc3QgZmluZGluZ3MgPSBmaWxlcy5mbGF0TWFwKChmaWxlKSA9PiBUZW1wbGF0ZUxpbnRlci5saW50RmlsZShmaWxlLCB7IHBvbGljeSB9KSk7XG4gICAgcmV0dXJuIHJlcG9ydChjdHgsIGZpbGVzLCB1bmlxdWVEaWFnbm9zdGljcyhmaW5kaW5ncykuc29ydChieVBsYWNlKSwgW0RpYWdub3N0aWNTZXZlcml0eS5FUlJPUiwgRGlhZ25vc3RpY1NldmVyaXR5LldBUk5JTkddLCAnbGludGVkJyk7XG4gIH0sXG59O1xuXG5leHBvcnQgY29uc3QgdGVtcGxhdGVzR3JvdXA6IENvbW1hbmRHcm91cCA9IHtcbiAgbmFtZTogJ3RlbXBsYXRlcycsXG4gIHN1bW1hcnk6ICdMaXN0LCBzaG93LCB2YWxpZGF0ZSBhbmQgbGludCB3b3Jrc3BhY2UgdGVtcGxhdGVzJyxcbiAgZGVzY3JpcHRpb246IGBFdmVyeSBjb21tYW5kIHJlYWRzIHRoZSBidW5kbGVkIGNhdGFsb2cgcGx1cyB0aGUgLS1kaXIgZm9sZGVycyAoZGVmYXVsdDogLi90ZW1wbGF0ZXMgd2hlbiBwcmVzZW50KS5cbkEgZm9sZGVyJ3MgdGVtcGxhdGUgcmVwbGFjZXMgYSBidW5kbGVkIG9uZSB3aXRoIHRoZSBzYW1lIHNsdWcuYCxcbiAgY29tbWFuZHM6IFtsaXN0LCBzaG93LCB2YWxpZGF0ZSwgbGludF0sXG59O1xuIl19