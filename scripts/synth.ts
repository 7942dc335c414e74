/**
 * `npm run synth`: the project's main job. Resolves the bundled template catalog, then
 * synthesizes every example app (AWS labs to `cdk.out/`, Terraform permits and labs to
 * `cdktf.out/`) and prints a summary of each. No AWS credentials, cluster or network needed.
 *
 * `npm run synth -- <section>...` runs only the named sections (catalog, permit-kubernetes, ...).
 */
import * as fs from 'fs';
import * as path from 'path';
import { TemplateCatalog, WorkspaceSizing } from '../src';
import { formatTable } from '../src/workspaces/private/table';

const ROOT = path.resolve(__dirname, '..');
const CDKTF_OUT = path.join(ROOT, 'cdktf.out');
const CDK_OUT = path.join(ROOT, 'cdk.out');

interface Section {
  readonly name: string;
  readonly title: string;
  run(): string | Promise<string>;
}

function catalogReport(): string {
  const catalog = TemplateCatalog.bundled();
  const rows = catalog.resolveAll().map((t) => {
    const s = WorkspaceSizing.of(t);
    return [
      t.slug,
      t.os,
      t.connectionType,
      t.packageManager,
      s.size,
      s.instanceType,
      s.hourlyCost === undefined ? undefined : `$${s.hourlyCost.toFixed(4)}`,
      t.inheritanceChain.slice(0, -1).join(' > ') || undefined,
    ];
  });
  return `${TemplateCatalog.bundledDirectory()}\n\n${formatTable(['template', 'base', 'connection', 'packages', 'size', 'instance', 'cost/h', 'inherits'], rows)}`;
}

/** Counts resources by type in a cdktf stack's JSON. */
function terraformSummary(stackDir: string): { resources: number } {
  const json = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
  const counts = new Map<string, number>();
  for (const [type, items] of Object.entries<Record<string, unknown>>(json.resource ?? {})) {
    counts.set(type, Object.keys(items).length);
  }
  const resources = [...counts.values()].reduce((a, b) => a + b, 0);
  return { resources };
}

function permitKubernetes(): string {
  // Loaded lazily: the cdktf provider bindings are only needed here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ex = require('../examples/permit-kubernetes/main');
  const rows: Array<Array<string | number>> = [];
  // Two permits of one institution, each at its current phase, as a pipeline would leave them.
  const permits: Array<[string, string, string]> = [
    ['p-001', 'ANALYSIS_ACTIVE', 'WORKSPACE_SETUP_REVIEW_PENDING'],
    ['p-002', 'INGRESS_IN_PROGRESS', 'AWAITING_INGRESS'],
  ];
  for (const [id, status, previousStatus] of permits) {
    const r = ex.synthPermitKubernetes({ permitId: id, status, previousStatus, eventId: `evt-${id}-${status.toLowerCase()}`, outdir: CDKTF_OUT });
    const s = terraformSummary(r.stackDir);
    const running = r.plan.workspaces.map((w: any) => `${w.role}(${w.state})`).join(', ') || '-';
    rows.push([r.stackName, status, s.resources, running, path.relative(ROOT, r.stackDir)]);
  }
  return formatTable(['stack', 'status', 'resources', 'workspaces', 'output'], rows, ['l', 'l', 'r', 'l', 'l']);
}

/** The synth warnings of an app (nested stacks included), one line each: construct path and message. */
function synthWarnings(app: { node: { findAll(): Array<{ node: { path: string; metadata: Array<{ type: string; data: unknown }> } }> } }): string[] {
  const out: string[] = [];
  for (const c of app.node.findAll()) {
    for (const m of c.node.metadata) {
      if (m.type === 'aws:cdk:warning') out.push(`${c.node.path}: ${String(m.data).replace(/\s+/g, ' ').slice(0, 200)}`);
    }
  }
  return out;
}

function awsLab(modulePath: string, build: string, stackConst: string, outName: string): () => string {
  return () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ex = require(modulePath);
    const outdir = path.join(CDK_OUT, outName);
    fs.rmSync(outdir, { recursive: true, force: true });
    const app = ex[build](outdir);
    app.synth();
    const lab = app.node.findChild(ex[stackConst]);
    const usage = lab.stackUsage() as Array<{ stack: string; resources: number; outputs: number; templateBytes: number; workspaces: number }>;
    const row = (u: typeof usage[number]) => [u.stack, u.workspaces, u.resources, u.outputs, `${(u.templateBytes / 1024).toFixed(1)} KiB`];
    let rows = usage.map(row);
    if (usage.length > 8) {
      // Many nested workspace stacks: the root stack plus the range over the others.
      const rest = usage.slice(1);
      const range = (f: (u: typeof usage[number]) => number, fmtN: (n: number) => string = String) =>
        `${fmtN(Math.min(...rest.map(f)))}-${fmtN(Math.max(...rest.map(f)))}`;
      rows = [row(usage[0]), [`${rest.length} workspace stacks`, range((u) => u.workspaces), range((u) => u.resources), range((u) => u.outputs),
        range((u) => u.templateBytes, (n) => `${(n / 1024).toFixed(0)}`) + ' KiB']];
    }
    const table = formatTable(['stack', 'workspaces', 'resources', 'outputs', 'template'], rows, ['l', 'r', 'r', 'r', 'r']);
    const warnings = synthWarnings(app);
    const totals = `lab ${lab.labName}: ${usage.length} stacks, ${usage.reduce((a, u) => a + u.resources, 0)} resources, `
      + `${lab.workspaces.length} workspaces, ${lab.users?.userCount ?? 0} users, estimated $${lab.estimatedHourlyCost.toFixed(2)}/h when all run, `
      + `${warnings.length} synth warning${warnings.length === 1 ? '' : 's'} -> ${path.relative(ROOT, outdir)}`;
    return `${totals}\n\n${table}${warnings.length ? `\n\n${warnings.map((w) => `warning: ${w}`).join('\n')}` : ''}`;
  };
}

function permitAws(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ex = require('../examples/permit-aws/main');
  const outdir = path.join(CDK_OUT, 'permit-aws');
  fs.rmSync(outdir, { recursive: true, force: true });
  const r = ex.synthPermitAws({ permitId: 'p-201', status: 'WORKSPACE_SETUP_PENDING', previousStatus: 'DATA_PREPARATION_REVIEW_PENDING', eventId: 'evt-p-201-setup', outdir });
  const template = JSON.parse(fs.readFileSync(r.templateFile, 'utf8'));
  const resources = Object.keys(template.Resources ?? {}).length;
  const ws = r.plan.workspaces.map((w: any) => `${w.role}(${w.state})`).join(', ') || '-';
  return formatTable(['stack', 'status', 'resources', 'workspaces', 'output'], [[r.stackName, r.plan.status, resources, ws, path.relative(ROOT, r.templateFile)]], ['l', 'l', 'r', 'l', 'l']);
}

function proxmoxLab(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ex = require('../examples/proxmox-lab/main');
  const r = ex.synthProxmoxLab({ outdir: CDKTF_OUT });
  const s = terraformSummary(r.stackDir);
  return formatTable(['stack', 'workspaces', 'resources', 'output'], [[r.stackName, r.workspaceCount, s.resources, path.relative(ROOT, r.stackDir)]], ['l', 'r', 'r', 'l']);
}

function kubernetesLab(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ex = require('../examples/kubernetes-lab/main');
  const r = ex.synthKubernetesLab({ outdir: CDKTF_OUT });
  const s = terraformSummary(r.stackDir);
  const ws = r.stack.workspaces as Array<{ workspaceName: string; egress: string; started: boolean }>;
  const running = ws.map((w) => `${w.workspaceName}(${w.egress}${w.started ? '' : ', stopped'})`).join(', ');
  return formatTable(['stack', 'namespace', 'workspaces', 'resources', 'output'],
    [[r.stackName, r.stack.namespace, ws.length, s.resources, path.relative(ROOT, r.stackDir)]], ['l', 'l', 'r', 'r', 'l'])
    + `\n\n${running}`;
}

function permitProxmox(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ex = require('../examples/permit-proxmox/main');
  const r = ex.synthPermitProxmox({ permitId: 'p-101', status: 'DATA_PREPARATION_REVIEW_PENDING', previousStatus: 'DATA_PREPARATION_PENDING', eventId: 'evt-p-101-review', outdir: CDKTF_OUT });
  const s = terraformSummary(r.stackDir);
  const ws = r.plan.workspaces.map((w: any) => `${w.role}(${w.state})`).join(', ') || '-';
  return formatTable(['stack', 'status', 'resources', 'workspaces', 'output'], [[r.stackName, r.plan.status, s.resources, ws, path.relative(ROOT, r.stackDir)]], ['l', 'l', 'r', 'l', 'l']);
}

async function permitRelease(): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ex = require('../examples/permit-release/main');
  const r = await ex.buildReleaseExample(path.join(CDK_OUT, 'permit-release'));
  const approvals = r.request.approvals.map((a: any) => a.reviewer).join(', ');
  return formatTable(['request', 'state', 'requester', 'files', 'approved by', 'audit', 'store', 'review access'],
    [[r.request.id, r.request.state, r.request.requester, r.request.files.length, approvals, r.auditEntries, path.relative(ROOT, r.storeDir), path.relative(ROOT, r.templateFile)]]);
}

function institution(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ex = require('../examples/institution/main');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildInstitutionDiagram } = require('../src/cli/institution');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { toMermaid, toSvg } = require('../src/cli/lab-diagram');
  const outdir = path.join(CDK_OUT, 'institution');
  fs.rmSync(outdir, { recursive: true, force: true });
  const app = ex.buildInstitution(outdir);
  const asm = app.synth();
  const inst = app.node.findChild(ex.INSTITUTION_ID);
  const stacks = asm.stacks.map((s: any) => [s.stackName, Object.keys(s.template.Resources ?? {}).length, path.relative(ROOT, path.join(outdir, s.templateFile))]);
  const graph = buildInstitutionDiagram(inst.definition, inst);
  fs.writeFileSync(path.join(outdir, 'institution.mmd'), toMermaid(graph));
  fs.writeFileSync(path.join(outdir, 'institution.svg'), toSvg(graph));
  const usage = inst.usage().map((u: any) => [u.tenant, u.labs.join(', '), u.workspaces, u.vcpus, u.gpus, u.storageGiB, `$${u.hourlyCost.toFixed(4)}`, `$${u.monthlySpend.toFixed(2)}`, u.users]);
  return `${formatTable(['stack', 'resources', 'template'], stacks, ['l', 'r', 'l'])}\n\n`
    + `${formatTable(['tenant', 'labs', 'workspaces', 'vcpus', 'gpus', 'storage GiB', 'cost/h', `cost/month (${inst.definition.spendHoursPerMonth ?? 730} h)`, 'users'], usage,
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'])}\n\n`
    + `diagram: ${path.relative(ROOT, path.join(outdir, 'institution.svg'))} (and institution.mmd)`;
}

const SECTIONS: Section[] = [
  { name: 'catalog', title: 'Template catalog', run: catalogReport },
  { name: 'small-lab', title: 'Small lab on AWS (CloudFormation, examples/small-lab)', run: awsLab('../examples/small-lab/main', 'buildSmallLab', 'SMALL_LAB_STACK', 'small-lab') },
  {
    name: 'institution-lab', title: 'Institution lab on AWS (CloudFormation, examples/institution-lab)',
    run: awsLab('../examples/institution-lab/main', 'buildInstitutionLab', 'INSTITUTION_LAB_STACK', 'institution-lab'),
  },
  {
    name: 'research-computing-lab', title: 'Lab with SageMaker Studio and Lustre scratch on AWS (CloudFormation, examples/research-computing-lab)',
    run: awsLab('../examples/research-computing-lab/main', 'buildResearchComputingLab', 'RESEARCH_COMPUTING_LAB_STACK', 'research-computing-lab'),
  },
  {
    name: 'offline-lab', title: 'Offline lab on AWS: every bundled template booted from its baked image (CloudFormation, examples/offline-lab)',
    run: awsLab('../examples/offline-lab/main', 'buildOfflineLab', 'OFFLINE_LAB_STACK', 'offline-lab'),
  },
  { name: 'permit-kubernetes', title: 'Permits on Kubernetes (Terraform, examples/permit-kubernetes)', run: permitKubernetes },
  { name: 'permit-aws', title: 'Permit on AWS (CloudFormation, examples/permit-aws)', run: permitAws },
  { name: 'proxmox-lab', title: 'Lab on Proxmox VE (Terraform, examples/proxmox-lab)', run: proxmoxLab },
  { name: 'permit-proxmox', title: 'Permit on Proxmox VE (Terraform, examples/permit-proxmox)', run: permitProxmox },
  { name: 'kubernetes-lab', title: 'Lab on Kubernetes with KubeVirt (Terraform, examples/kubernetes-lab)', run: kubernetesLab },
  { name: 'permit-release', title: 'A permit\'s output release in review (examples/permit-release)', run: permitRelease },
  { name: 'institution', title: 'Institution on AWS: two tenants, three labs, an organization (CloudFormation, examples/institution)', run: institution },
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
  if (unknown.length) {
    console.error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  for (const s of SECTIONS.filter((x) => wanted.length === 0 || wanted.includes(x.name))) {
    const t0 = Date.now();
    console.log(`\n== ${s.title}\n`);
    console.log(await s.run());
    console.log(`\n(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
