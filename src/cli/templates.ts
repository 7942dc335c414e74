import * as fs from 'fs';
import * as path from 'path';
import { Command, CommandGroup, Context, EXIT_FINDINGS, EXIT_OK, Input, UsageError } from './command';
import { diagnosticJson, money, Output } from './output';
import { allFolders, isInside, keyValues, listYamlFiles, loadCatalog, TEMPLATE_OPTIONS, templateFolders, TemplateFolders } from './sources';
import { ResolvedTemplate, TemplateCatalog } from '../workspaces/catalog';
import { Diagnostic, DiagnosticSeverity, formatDiagnostic } from '../workspaces/errors';
import { TemplateLinter } from '../workspaces/linter';
import { WorkspacePolicy } from '../workspaces/policy';
import { Sizes } from '../workspaces/sizes';
import { WorkspaceSizing } from '../workspaces/sizing';
import { ConnectionType, OperatingSystem } from '../workspaces/template';

/** Reports files that could not be loaded, on stderr (list and show still print the rest). */
function reportRejected(out: Output, catalog: TemplateCatalog): void {
  const failures = catalog.check().failures;
  for (const f of failures) out.warn(`${f.file}: not loaded: ${f.diagnostics.map((d) => d.message).join('; ')}`);
  if (failures.length > 0) out.warn(`${failures.length} template${failures.length > 1 ? 's' : ''} could not be loaded; run "rws templates validate" for details`);
}

function sizeText(t: ResolvedTemplate): string {
  return t.minimumSize && t.minimumSize !== t.defaultSize ? `${t.defaultSize} (min ${t.minimumSize})` : t.defaultSize;
}

const list: Command = {
  name: 'list',
  summary: 'List the catalog: slug, name, base, connection, size, estimated cost, category',
  description: `The catalog is the bundled templates plus every --dir folder (default ./templates when present).
The size is the template's default size; the cost is the on-demand price of that size's
instance type from the bundled price table (us-east-1), in USD per hour.
Files that cannot be loaded are reported on stderr and left out; "rws templates validate" explains them.`,
  options: [
    ...TEMPLATE_OPTIONS,
    { name: 'category', value: 'name', help: 'only templates of this category (case-insensitive)' },
    { name: 'domain', value: 'name', help: 'only templates of this research domain' },
    { name: 'connection', value: 'type', help: 'only templates offering this connection type (ssh, web, dcv)' },
    { name: 'os', value: 'base', help: `only templates on this base (${Object.values(OperatingSystem).join(', ')})` },
  ],
  examples: ['rws templates list', 'rws templates list --dir ./templates --connection web --json'],
  run(ctx, input) {
    const catalog = loadCatalog(templateFolders(ctx, input));
    const connection = input.str('connection');
    if (connection !== undefined && !Object.values(ConnectionType).includes(connection as ConnectionType)) {
      throw new UsageError(`--connection must be one of ${Object.values(ConnectionType).join(', ')} (got "${connection}")`, ctx.commandName);
    }
    const os = input.str('os');
    if (os !== undefined && !Object.values(OperatingSystem).includes(os as OperatingSystem)) {
      throw new UsageError(`--os must be one of ${Object.values(OperatingSystem).join(', ')} (got "${os}")`, ctx.commandName);
    }
    const templates = catalog.check().resolved.filter((t) => matches(t, {
      category: input.str('category'), domain: input.str('domain'), connection: connection as ConnectionType | undefined, os: os as OperatingSystem | undefined,
    }));
    reportRejected(ctx.out, catalog);
    const rows = templates.map((t) => ({ t, sizing: WorkspaceSizing.of(t) }));
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
      return EXIT_OK;
    }
    ctx.out.table(['SLUG', 'NAME', 'BASE', 'CONNECTION', 'SIZE', 'EST. $/H', 'CATEGORY'], rows.map(({ t, sizing }) => [
      t.slug, t.name, t.os, t.connectionType, sizeText(t), money(sizing.hourlyCost), t.definition.category,
    ]));
    return EXIT_OK;
  },
};

function matches(t: ResolvedTemplate, q: { category?: string; domain?: string; connection?: ConnectionType; os?: OperatingSystem }): boolean {
  const eq = (a: string | undefined, b: string | undefined) => b === undefined || (a ?? '').toLowerCase() === b.toLowerCase();
  return eq(t.definition.category, q.category) && eq(t.definition.domain, q.domain)
    && (q.os === undefined || t.os === q.os)
    && (q.connection === undefined || t.connectionType === q.connection || t.connectionType === ConnectionType.ALL);
}

const show: Command = {
  name: 'show',
  summary: 'Show one template resolved: inheritance chain, parameters, packages, services, warnings',
  description: `Resolves the template the way a workspace would use it: parents merged, parameters checked and
substituted (defaults unless --param gives a value), connection type and package manager decided.`,
  args: [{ name: 'slug', help: 'slug or name of the template' }],
  options: [
    ...TEMPLATE_OPTIONS,
    { name: 'param', value: 'key=value', repeat: true, help: 'a parameter value to resolve with' },
    { name: 'size', value: 'size', help: `size to estimate the cost for (${Sizes.all().join(', ')}; default: the template's)` },
  ],
  examples: ['rws templates show python-ml', 'rws templates show python-ml --param python_version=3.11 --json'],
  run(ctx, input) {
    const catalog = loadCatalog(templateFolders(ctx, input));
    const params = keyValues(input.list('param'), 'param', (m) => new UsageError(m, ctx.commandName));
    const sizeArg = input.str('size');
    const t = catalog.resolve(input.args[0], params);
    const sizing = WorkspaceSizing.of(t, { size: sizeArg !== undefined ? Sizes.parse(sizeArg, '--size') : undefined });
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
        warnings: t.warnings.map(diagnosticJson),
        definition: t.definition,
      });
      return EXIT_OK;
    }
    const out = ctx.out;
    const d = t.definition;
    out.heading(`${t.slug}: ${t.name}`);
    if (d.description) out.line(`  ${d.description}`);
    out.line();
    const facts: Array<[string, string | undefined]> = [
      ['source', d.source],
      ['inherits', t.inheritanceChain.join(' -> ')],
      ['base', t.os],
      ['connection', t.connectionType],
      ['packages via', t.packageManager],
      ['size', `${sizing.size}${t.minimumSize ? ` (minimum ${t.minimumSize})` : ''}: ${sizing.instanceType}, ${sizing.vcpus} vCPU, `
        + `${sizing.memoryMiB / 1024} GiB${sizing.gpus ? `, ${sizing.gpus} GPU` : ''}, ${sizing.rootVolumeGiB} GiB disk`],
      ['est. cost', sizing.hourlyCost === undefined ? 'unknown' : `${money(sizing.hourlyCost)}/h (${sizing.costSource})`],
      ['category', [d.category, d.domain && `domain ${d.domain}`, d.complexity].filter(Boolean).join(', ') || undefined],
      ['version', d.version],
    ];
    for (const [k, v] of facts) if (v !== undefined) out.line(`${k.padEnd(13)}${v}`);
    if (parameters.length) {
      out.line();
      out.heading('Parameters');
      out.table(['NAME', 'TYPE', 'VALUE', 'DEFAULT', 'ALLOWED', 'REQUIRED'], parameters.map((p) => [
        p.name, p.type, p.value === '' ? '""' : p.value, p.default, allowed(p), p.required ? 'yes' : 'no',
      ]));
    }
    const pk = d.packages ?? {};
    const pkLines = (['system', 'conda', 'pip', 'spack'] as const).filter((k) => pk[k]?.length).map((k) => `  ${k}: ${pk[k]!.join(' ')}`);
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
    return EXIT_OK;
  },
};

function allowed(p: { type?: string; choices?: string[]; min?: number; max?: number; pattern?: string }): string | undefined {
  if (p.choices?.length) return p.choices.join(', ');
  if (p.min !== undefined || p.max !== undefined) return `${p.min ?? ''}..${p.max ?? ''}`;
  if (p.pattern) return `/${p.pattern}/`;
  return p.type === 'bool' ? 'true, false' : undefined;
}

/** Folders to check, and whether a template or file is in scope. */
function scope(ctx: Context, input: Input): { f: TemplateFolders; files: string[]; inScope: (file: string) => boolean } {
  const f = templateFolders(ctx, input, input.args);
  for (const d of f.folders) {
    if (!fs.existsSync(d) || !fs.statSync(d).isDirectory()) {
      throw new UsageError(`template folder "${d}" does not exist`, ctx.commandName);
    }
  }
  const checked = f.explicit ? f.folders : allFolders(f);
  const files = [...new Set(checked.flatMap(listYamlFiles))];
  return { f, files, inScope: (file) => checked.some((d) => isInside(file, d)) };
}

function byPlace(a: Diagnostic, b: Diagnostic): number {
  const fa = a.location?.file ?? '';
  const fb = b.location?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0);
}

function uniqueDiagnostics(findings: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return findings.filter((d) => {
    const k = formatDiagnostic(d);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function count(findings: Diagnostic[], s: DiagnosticSeverity): number {
  return findings.filter((d) => d.severity === s).length;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function report(ctx: Context, files: string[], findings: Diagnostic[], failOn: DiagnosticSeverity[], what: string): number {
  const errors = count(findings, DiagnosticSeverity.ERROR);
  const warnings = count(findings, DiagnosticSeverity.WARNING);
  const infos = count(findings, DiagnosticSeverity.INFO);
  const failed = findings.some((d) => failOn.includes(d.severity));
  if (ctx.out.json) {
    ctx.out.printJson({ ok: !failed, files, errors, warnings, infos, findings: findings.map(diagnosticJson) });
  } else {
    findings.forEach((d) => ctx.out.diagnostic(d));
    const summary = `${what} ${plural(files.length, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos ? `, ${infos} info` : ''}`;
    ctx.out.line(failed ? summary : ctx.out.paint(summary, 'green'));
  }
  return failed ? EXIT_FINDINGS : EXIT_OK;
}

const validate: Command = {
  name: 'validate',
  summary: 'Load and resolve templates; report every error and warning with file:line',
  description: `Checks every template file in the folders: YAML syntax, fields and types, inheritance (missing
parents, cycles, base conflicts), parameters and their defaults. Templates may inherit from the
bundled catalog. With no folder given, ./templates (when present) and the bundled catalog are checked.
Each finding is one line: file:line:col: severity code: field: message (got value). Fix: how to fix it.
Exits 1 when any error is found (warnings alone exit 0; "rws templates lint" fails on warnings).`,
  args: [{ name: 'dir', variadic: true, help: 'folders to check (same as --dir)' }],
  options: TEMPLATE_OPTIONS,
  examples: ['rws templates validate templates/', 'rws templates validate --dir a --dir b --json'],
  exitCodes: '  0  no errors (warnings may be printed)\n  1  at least one error\n  2  usage or input error (e.g. a folder does not exist)',
  run(ctx, input) {
    const { f, files, inScope } = scope(ctx, input);
    const catalog = loadCatalog(f);
    const check = catalog.check();
    const findings: Diagnostic[] = [];
    for (const failure of check.failures) {
      if (inScope(failure.file)) findings.push(...failure.diagnostics);
    }
    for (const t of check.resolved) {
      if (inScope(t.definition.source)) findings.push(...t.warnings);
    }
    return report(ctx, files, uniqueDiagnostics(findings).sort(byPlace), [DiagnosticSeverity.ERROR], 'validated');
  },
};

const lint: Command = {
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
  options: [...TEMPLATE_OPTIONS, { name: 'rules', help: 'list the rules and exit' },
    { name: 'policy', value: 'file', help: 'the lab\'s policy: its allowed_privileged_groups and allowed_privileged_paths allow those grants' }],
  examples: ['rws templates lint templates/', 'rws templates lint templates/ --policy policy.yaml', 'rws templates lint --rules'],
  exitCodes: '  0  no errors or warnings\n  1  at least one error or warning\n  2  usage or input error (e.g. a folder does not exist)',
  run(ctx, input) {
    if (input.flag('rules')) {
      const rules = TemplateLinter.rules();
      if (ctx.out.json) ctx.out.printJson(rules);
      else ctx.out.table(['RULE', 'SEVERITY', 'FINDS'], rules.map((r) => [r.id, r.severity, r.description]));
      return EXIT_OK;
    }
    const policyFile = input.str('policy');
    const policy = policyFile === undefined ? undefined : WorkspacePolicy.fromFile(path.resolve(ctx.cwd, policyFile));
    const { files } = scope(ctx, input);
    const findings = files.flatMap((file) => TemplateLinter.lintFile(file, { policy }));
    return report(ctx, files, uniqueDiagnostics(findings).sort(byPlace), [DiagnosticSeverity.ERROR, DiagnosticSeverity.WARNING], 'linted');
  },
};

export const templatesGroup: CommandGroup = {
  name: 'templates',
  summary: 'List, show, validate and lint workspace templates',
  description: `Every command reads the bundled catalog plus the --dir folders (default: ./templates when present).
A folder's template replaces a bundled one with the same slug.`,
  commands: [list, show, validate, lint],
};
