import * as fs from 'fs';
import * as path from 'path';
import { CliInputError, Command, CommandGroup, Context, EXIT_OK, Input, UsageError } from './command';
import { CurCosts, readCurCosts } from './cur-report';
import { githubWorkflow, gitlabCi, PipelineStack } from './institution-pipeline';
import { DiagramEdge, DiagramGroup, LabDiagram, toMermaid, toSvg } from './lab-diagram';
import { outputFailure, prepareOutputFile } from './out-path';
import { shownPath, userPath } from './sources';
import type { Institution, InstitutionDefinition } from '../stacks/aws/institution';

/**
 * `rws institution`: an institution file (institution.yaml: tenants, their labs, quotas, budgets)
 * reported (`report`), drawn (`diagram`) and shipped (`pipeline`). aws-cdk-lib is loaded inside
 * run(), so `rws --help` never loads it.
 */

interface LoadedInstitution {
  readonly file: string;
  readonly definition: InstitutionDefinition;
  readonly institution: Institution;
}

/** Reads the file and builds the Institution (quotas are checked here), without synthesizing. */
async function loadInstitution(ctx: Context, input: Input): Promise<LoadedInstitution> {
  const file = userPath(ctx, input.args[0]);
  if (!fs.existsSync(file)) throw new CliInputError(`${file}: the institution file does not exist`);
  ctx.out.progress(`reading ${file}...`);
  try {
    // Loaded here, not at the top: \`rws --help\` and the other groups never load aws-cdk-lib.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { App } = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Institution: InstitutionClass } = require('../stacks/aws/institution') as typeof import('../stacks/aws/institution');
    const definition = InstitutionClass.loadDefinition(file);
    const institution = new InstitutionClass(new App(), definition.name, { definition });
    return { file, definition, institution };
  } finally {
    ctx.out.progressDone();
  }
}

function money(n: number, digits: number): string {
  return `$${n.toFixed(digits)}`;
}

const report: Command = {
  name: 'report',
  summary: 'Usage per tenant: workspaces, vCPUs, GPUs, storage, hours, estimated cost and users, against the quotas',
  description: `Builds the institution from its file (every lab file it names; quotas and policies are checked as
at synth) and prints per tenant and per lab: workspaces, vCPUs, GPUs, root volume storage, the
hours a month counted (spend_hours_per_month, or --hours), the estimated cost an hour and a month
at on-demand prices, the research users with an account and the workspace owners, each against the
tenant's quota. Only instances are priced (as rws lab cost). Nothing is deployed or looked up.

With --cur, the actual cost beside the estimate: the lines of an AWS Cost and Usage Report (the
CSV, or .csv.gz, AWS delivers) summed by their research:tenant and research:lab tags
(lineItem/UnblendedCost of resourceTags/user:research:tenant and user:research:lab; activate both
as cost allocation tags), with the period the lines cover and the cost no tenant tag claims.`,
  args: [{ name: 'institution.yaml', help: 'the institution file' }],
  options: [
    { name: 'hours', value: 'N', help: 'hours a month a workspace runs (default: the file\'s spend_hours_per_month, else 730)' },
    { name: 'cur', value: 'file.csv', help: 'a Cost and Usage Report (CSV or .csv.gz): the actual cost per tenant and lab beside the estimate' },
  ],
  examples: ['rws institution report institution.yaml', 'rws institution report institution.yaml --hours 176 --json',
    'rws institution report institution.yaml --cur 2025-06-cur.csv.gz'],
  exitCodes: '  0  the report was printed\n  2  usage or input error: a missing or invalid institution or lab file, a quota exceeded',
  async run(ctx, input) {
    const hoursOpt = input.int('hours');
    if (hoursOpt !== undefined && (hoursOpt < 1 || hoursOpt > 744)) throw new UsageError(`--hours must be from 1 to 744 (got ${hoursOpt})`, ctx.commandName);
    const curFile = input.str('cur');
    const loaded = await loadInstitution(ctx, input);
    const cur: CurCosts | undefined = curFile === undefined ? undefined : await readCurCosts(userPath(ctx, curFile));
    const hours = hoursOpt ?? loaded.definition.spendHoursPerMonth ?? 730;
    const tenants = loaded.institution.usage().map((u, i) => {
      const t = loaded.definition.tenants[i];
      const labs = loaded.institution.labsOf(u.tenant).map((lab) => ({
        lab: lab.labName,
        stack: lab.stackName,
        workspaces: lab.workspaces.length,
        vcpus: lab.workspaces.reduce((n, w) => n + w.sizing.vcpus, 0),
        gpus: lab.workspaces.reduce((n, w) => n + w.sizing.gpus, 0),
        storageGiB: lab.workspaces.reduce((n, w) => n + w.rootVolumeGiB, 0),
        hourlyCost: lab.estimatedHourlyCost,
        monthlyCost: lab.estimatedHourlyCost * hours,
      }));
      const actual = cur?.tenants.find((x) => x.tenant === u.tenant);
      return {
        ...u,
        monthlyCost: u.hourlyCost * hours,
        hoursPerMonth: hours,
        quota: t.quota ?? {},
        budget: t.budget?.monthlyUsd,
        ...(cur ? { actualCost: actual?.cost ?? 0 } : {}),
        labsDetail: cur ? labs.map((l) => ({ ...l, actualCost: actual?.labs.find((x) => x.lab === l.lab)?.cost ?? 0 })) : labs,
      };
    });
    const known = new Set(tenants.map((t) => t.tenant));
    const curSummary = cur ? {
      file: cur.file,
      lines: cur.lines,
      currency: cur.currency,
      start: cur.start,
      end: cur.end,
      total: cur.total,
      untagged: cur.untagged,
      // Tagged with a tenant the file does not have (removed, renamed, or another institution's).
      otherTenants: cur.tenants.filter((x) => !known.has(x.tenant)).map((x) => ({ tenant: x.tenant, cost: x.cost })),
      // The tenants' lines without a lab tag (the tenant stacks: key, topic, trail).
      tenantStacks: cur.tenants.filter((x) => known.has(x.tenant)).map((x) => ({ tenant: x.tenant, cost: x.unlabelled })),
      labColumn: cur.hasLabColumn,
    } : undefined;
    if (ctx.out.json) {
      ctx.out.printJson({
        institution: loaded.definition.name,
        file: shownPath(loaded.file),
        hoursPerMonth: hours,
        tenants: tenants.map(({ labsDetail, ...rest }) => ({ ...rest, labs: labsDetail })),
        total: {
          workspaces: tenants.reduce((n, t) => n + t.workspaces, 0),
          hourlyCost: tenants.reduce((n, t) => n + t.hourlyCost, 0),
          monthlyCost: tenants.reduce((n, t) => n + t.monthlyCost, 0),
        },
        ...(curSummary ? { cur: curSummary } : {}),
      });
      return EXIT_OK;
    }
    const of = (used: number, limit: number | undefined) => (limit === undefined ? String(used) : `${used}/${limit}`);
    ctx.out.heading(`institution ${loaded.definition.name} (${shownPath(loaded.file)}): ${tenants.length} tenants, ${hours} h a month`);
    ctx.out.table(['TENANT', 'LABS', 'WORKSPACES', 'VCPUS', 'GPUS', 'STORAGE GIB', '$/HOUR', `$/MONTH (${hours} H)`, 'BUDGET', 'USERS', 'OWNERS'], tenants.map((t) => [
      t.tenant, t.labs.length, of(t.workspaces, t.quota.workspaces), of(t.vcpus, t.quota.vcpus), of(t.gpus, t.quota.gpus),
      of(t.storageGiB, t.quota.storageGiB),
      money(t.hourlyCost, 4), t.quota.monthlySpend === undefined ? money(t.monthlyCost, 2) : `${money(t.monthlyCost, 2)}/${money(t.quota.monthlySpend, 0)}`,
      t.budget === undefined ? undefined : money(t.budget, 0), t.users, t.owners.length,
    ]), ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']);
    ctx.out.line();
    ctx.out.table(['TENANT', 'LAB', 'STACK', 'WORKSPACES', 'VCPUS', 'GPUS', 'STORAGE GIB', '$/HOUR', `$/MONTH (${hours} H)`], tenants.flatMap((t) => t.labsDetail.map((l) => [
      t.tenant, l.lab, l.stack, l.workspaces, l.vcpus, l.gpus, l.storageGiB, money(l.hourlyCost, 4), money(l.monthlyCost, 2),
    ])), ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r']);
    ctx.out.line();
    ctx.out.line('used/quota where the tenant has a quota. Only instances are priced (on-demand, bundled us-east-1 table): storage, NAT, endpoints and data transfer are not.');
    if (cur && curSummary) {
      const c = cur.currency === 'USD' ? '$' : `${cur.currency} `;
      const amount = (n: number) => `${c}${n.toFixed(2)}`;
      const period = cur.start && cur.end ? `${cur.start} to ${cur.end}` : 'period not in the report';
      ctx.out.line();
      ctx.out.heading(`actual cost from ${cur.file} (${cur.lines} lines, ${period})`);
      ctx.out.table(['TENANT', 'LAB', `ESTIMATE $/MONTH (${hours} H)`, 'ACTUAL'], [
        ...tenants.flatMap((t) => [
          ...t.labsDetail.map((l) => [t.tenant, l.lab, money(l.monthlyCost, 2), cur.hasLabColumn ? amount((l as { actualCost?: number }).actualCost ?? 0) : '-']),
          [t.tenant, '(tenant stack, no lab tag)', '', amount(curSummary.tenantStacks.find((x) => x.tenant === t.tenant)?.cost ?? 0)],
          [t.tenant, 'total', money(t.monthlyCost, 2), amount(t.actualCost ?? 0)],
        ]),
        ...curSummary.otherTenants.map((x) => [x.tenant, '(not a tenant of this file)', '', amount(x.cost)]),
        ['(no tenant tag)', '', '', amount(cur.untagged)],
        ['all lines', '', '', amount(cur.total)],
      ], ['l', 'l', 'r', 'r']);
      ctx.out.line();
      ctx.out.line('actual: lineItem/UnblendedCost of the lines by their research:tenant and research:lab tags; the estimate prices instances only, the report everything.');
      if (!cur.hasLabColumn) ctx.out.line('the report has no column resourceTags/user:research:lab: activate research:lab as a cost allocation tag for the cost per lab.');
    }
    return EXIT_OK;
  },
};

/** The institution as a graph: organization, tenants with their isolation and labs. */
export function buildInstitutionDiagram(def: InstitutionDefinition, inst: Institution): LabDiagram {
  const groups: DiagramGroup[] = [];
  const edges: DiagramEdge[] = [];
  const id = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '_');
  if (def.organization) {
    groups.push({
      id: 'org',
      title: `AWS Organization (under ${def.organization.parentId})`,
      column: 0,
      nodes: def.tenants.map((t) => ({
        id: `ou_${id(t.name)}`,
        lines: [`OU ${def.name}-${t.name}`, 'service control policy: boundary kept, audit kept on, no leaving', ...(t.allowedRegions ? [`regions: ${t.allowedRegions.join(', ')}`] : []),
          t.account ? `own account (${t.account.email})` : 'no account of its own'],
        kind: 'network' as const,
      })),
    });
  }
  def.tenants.forEach((t, i) => {
    const labs = inst.labsOf(t.name);
    const tenantNode = `tenant_${id(t.name)}`;
    groups.push({
      id: `g_${id(t.name)}`,
      title: `Tenant ${t.name}`,
      column: i + 1,
      nodes: [
        {
          id: tenantNode,
          lines: [`${t.name}: tenant stack`, 'KMS key, alert topic, dashboard', t.budget ? `budget ${t.budget.monthlyUsd} USD a month` : 'no budget',
            ...(t.account ? ['CloudTrail: all regions, encrypted, retained'] : []), ...(t.contacts ?? []).map((c) => `contact: ${c.name}`)],
          kind: 'group',
        },
        ...labs.map((lab) => ({
          id: `lab_${id(lab.labName)}`,
          lines: [`lab ${lab.labName}`, `${lab.workspaces.length} workspace${lab.workspaces.length === 1 ? '' : 's'}, egress ${lab.egress}`, 'own key, VPC and boundary', `boundary rws-boundary-${t.name}-${lab.labName}`],
          kind: 'workspace' as const,
        })),
      ],
    });
    if (def.organization) edges.push({ from: `ou_${id(t.name)}`, to: tenantNode, label: 'SCP', style: 'dashed' });
    for (const lab of labs) edges.push({ from: tenantNode, to: `lab_${id(lab.labName)}`, label: 'tenant', style: 'solid' });
  });
  return {
    title: `Institution ${def.name}`,
    subtitle: `${def.tenants.length} tenants, ${inst.labStacks.length} labs; no tenant can use another's keys, networks or buckets`,
    groups,
    edges,
  };
}

async function writeOrPrint(ctx: Context, outFile: string | undefined, text: string): Promise<void> {
  if (outFile === undefined) {
    ctx.out.write(text);
    return;
  }
  const file = path.resolve(ctx.cwd, outFile);
  prepareOutputFile(file, outFile);
  try {
    fs.writeFileSync(file, text);
  } catch (e) {
    throw outputFailure(e, outFile) ?? e;
  }
  ctx.out.note(`wrote ${shownPath(file)}`);
}

const diagram: Command = {
  name: 'diagram',
  summary: 'Draw an institution: organization, tenants with their isolation, and labs (Mermaid or SVG)',
  args: [{ name: 'institution.yaml', help: 'the institution file' }],
  options: [
    { name: 'format', value: 'mermaid|svg', help: 'mermaid (default) or svg' },
    { name: 'out', value: 'file', help: 'write the diagram to this file instead of stdout' },
  ],
  examples: ['rws institution diagram institution.yaml --format svg --out institution.svg'],
  exitCodes: '  0  the diagram was written\n  2  usage or input error',
  async run(ctx, input) {
    const format = (input.str('format') ?? 'mermaid').toLowerCase();
    if (format !== 'mermaid' && format !== 'svg') throw new UsageError(`--format must be mermaid or svg (got "${input.str('format')}")`, ctx.commandName);
    const loaded = await loadInstitution(ctx, input);
    const graph = buildInstitutionDiagram(loaded.definition, loaded.institution);
    await writeOrPrint(ctx, input.str('out'), format === 'svg' ? toSvg(graph) : toMermaid(graph));
    return EXIT_OK;
  },
};

/** Stacks of an institution in deployment order: organization, labs, tenant stacks (their dashboards name the labs' alarms). */
export function pipelineStacks(inst: Institution): PipelineStack[] {
  const out: PipelineStack[] = [];
  if (inst.organizationStack) out.push({ stack: inst.organizationStack.stackName, tenant: 'organization' });
  for (const t of inst.definition.tenants) for (const lab of inst.labsOf(t.name)) out.push({ stack: lab.stackName, tenant: t.name });
  for (const [i, s] of inst.tenantStacks.entries()) out.push({ stack: s.stackName, tenant: inst.definition.tenants[i].name });
  return out;
}

const pipeline: Command = {
  name: 'pipeline',
  summary: 'Write the delivery pipeline: a GitHub Actions workflow and a GitLab CI file (synth, audit, diff, deploy with approval)',
  description: `Writes .github/workflows/institution.yml and .gitlab-ci.yml under --out (default: the current folder).
Both synthesize every lab (quotas checked), run the egress audit (rws audit cdk.out), diff every stack
against what is deployed, and on a merge to --branch deploy every stack in order (organization, labs,
tenant stacks) after a manual approval: the "production" environment's reviewers on GitHub, the manual
job approve-production on GitLab. Each stack is deployed with its tenant's role, from the CI variable
DEPLOY_ROLE_<TENANT> (DEPLOY_ROLE_ORGANIZATION for the organization stack), through OIDC.`,
  args: [{ name: 'institution.yaml', help: 'the institution file' }],
  options: [
    { name: 'out', value: 'dir', help: 'repository root to write into (default: the current folder)' },
    { name: 'branch', value: 'name', help: 'branch that deploys (default main)' },
  ],
  examples: ['rws institution pipeline institution.yaml', 'rws institution pipeline institution.yaml --branch production --out .'],
  exitCodes: '  0  the files were written\n  2  usage or input error',
  async run(ctx, input) {
    const branch = input.str('branch') ?? 'main';
    if (!/^[A-Za-z0-9._/-]{1,100}$/.test(branch)) throw new UsageError(`--branch must be a branch name (got "${branch}")`, ctx.commandName);
    const loaded = await loadInstitution(ctx, input);
    const root = path.resolve(ctx.cwd, input.str('out') ?? '.');
    const options = {
      institution: loaded.definition.name,
      stacks: pipelineStacks(loaded.institution),
      file: path.relative(root, loaded.file) || path.basename(loaded.file),
      branch,
      nodeVersion: '20',
    };
    const files: Array<[string, string]> = [
      [path.join(root, '.github', 'workflows', 'institution.yml'), githubWorkflow(options)],
      [path.join(root, '.gitlab-ci.yml'), gitlabCi(options)],
    ];
    for (const [file, text] of files) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await writeOrPrint(ctx, path.relative(ctx.cwd, file), text);
    }
    if (ctx.out.json) ctx.out.printJson({ institution: options.institution, stacks: options.stacks, files: files.map(([f]) => shownPath(f)) });
    return EXIT_OK;
  },
};

export const institutionGroup: CommandGroup = {
  name: 'institution',
  summary: 'Report, draw and ship an institution: tenants, their labs, quotas and budgets',
  description: `An institution file (institution.yaml, see docs/institution.md) names tenants (departments), each with its
lab files, contacts, quotas, budget and optionally an AWS account of its own in an organization.`,
  commands: [report, diagram, pipeline],
};
