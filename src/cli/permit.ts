import { permitAuditCommand } from './audit';
import { Command, CommandGroup, Context, EXIT_OK, UsageError } from './command';
import { DEMO_PERMIT, locateInFile, readPermitFile, registryFor } from './permit-file';
import { permitRelease } from './permit-release';
import { permitApi, permitPublish, permitWorker } from './permit-service/commands';
import { permitSynth } from './permit-synth';
import { REGISTRY_OPTION, userPath } from './sources';
import { NetworkMode, PermitLifecycle, PermitPlan, PermitProps, PermitStatus } from '../workspaces/permit';
import { WorkspaceInputError } from '../workspaces/private/error';

export { DEMO_PERMIT, readPermitFile } from './permit-file';

function networkText(w: PermitPlan['workspaces'][number]): string {
  return w.network === NetworkMode.INGRESS_ALLOWLIST ? `${w.network} (${w.ingressCidrs.join(', ')})` : w.network;
}

const plan: Command = {
  name: 'plan',
  summary: 'Show the plan of a permit phase: workspaces, mounts, users, network, changes',
  description: `Computes the desired state of a permit's environment in a status: which workspaces exist and
whether they run, each mount with its access (ro read-only, rw read-write, wo write-only), the
accounts, the network mode, and what changes from --previous. Statuses are case-insensitive
and may be written as the event that leads to them (permit.ingress.initiated,
permit.workspace.stop_requested, permit.workspace.start_requested, permit.deleted). An illegal
transition from --previous is an error (exit 2) naming both statuses.

Without --permit a built-in demo permit is used (id demo-001, two data holders, researchers
alice and bob). A permit file is YAML:
  id: p-2025-001
  data_holders:
    - { id: hospital-a, allowed_cidrs: [203.0.113.0/24] }
  researchers: [alice, { name: bob, uid: 5001 }]
  hdab_preprocessor: hdab-anna
  hdab_reviewer: hdab-ben          # default: the preprocessor
  setup_reviewer: hdab-cleo        # default: the reviewer
  egress_allowed_domains: [pypi.org, cran.r-project.org]   # default: PyPI, CRAN, conda-forge
uids come from the file, then --registry (with a permit file, ./users.yaml when present), then a
stable hash of the name.`,
  options: [
    { name: 'status', value: 'S', help: `the status to plan for (required): ${Object.values(PermitStatus).join(', ')}` },
    { name: 'previous', value: 'S', help: 'the status before; the transition is checked and the changes listed' },
    { name: 'permit', value: 'file', help: 'the permit (YAML); default: the built-in demo permit' },
    { name: 'event-id', value: 'id', help: 'id of the triggering event, recorded in the plan (default "manual")' },
    { ...REGISTRY_OPTION, help: 'user registry to take uids from (default with --permit: ./users.yaml when present)' },
  ],
  examples: [
    'rws permit plan --status WORKSPACE_SETUP_PENDING --previous DATA_PREPARATION_REVIEW_PENDING',
    'rws permit plan --status permit.workspace.stop_requested --previous ANALYSIS_ACTIVE --permit permits/p-001.yaml --json',
  ],
  run(ctx, input) {
    const statusText = input.str('status');
    if (statusText === undefined) throw new UsageError('--status is required', ctx.commandName);
    const status = PermitLifecycle.parseStatus(statusText, '--status');
    const previousText = input.str('previous');
    const previousStatus = previousText === undefined ? undefined : PermitLifecycle.parseStatus(previousText, '--previous');
    const permitFile = input.str('permit');
    const loaded = permitFile !== undefined ? readPermitFile(userPath(ctx, permitFile)) : undefined;
    if (!loaded) ctx.out.note('using the built-in demo permit (pass --permit <file.yaml> for a real one)');
    const props: PermitProps = {
      ...(loaded?.permit ?? DEMO_PERMIT),
      status,
      ...(previousStatus !== undefined ? { previousStatus } : {}),
      ...(input.str('event-id') !== undefined ? { eventId: input.str('event-id') } : {}),
    };
    let result: PermitPlan;
    try {
      result = PermitLifecycle.plan(props, registryFor(ctx, input, loaded === undefined));
    } catch (e) {
      if (loaded && WorkspaceInputError.isWorkspaceInputError(e)) throw locateInFile(e, loaded.source);
      throw e;
    }
    if (ctx.out.json) {
      ctx.out.printJson(result);
      return EXIT_OK;
    }
    printPlan(ctx, result);
    return EXIT_OK;
  },
};

function printPlan(ctx: Context, p: PermitPlan): void {
  const out = ctx.out;
  out.heading(`permit ${p.permitId}: ${p.status}${p.previousStatus ? ` (from ${p.previousStatus})` : ''}, event ${p.eventId}`);
  out.line();
  if (p.workspaces.length === 0) {
    out.line('No workspaces in this phase.');
  } else {
    out.table(['WORKSPACE', 'STATE', 'MOUNTS', 'USERS', 'NETWORK', 'ACCESS'], p.workspaces.map((w) => [
      w.role, w.state, w.mounts.map((m) => `${m.volume}:${m.path}:${m.access}`).join(', ') || 'none',
      w.users.map((u) => `${u.name}(${u.uid})`).join(', '), networkText(w), `${w.protocol}:${w.port}`,
    ]));
  }
  out.line();
  if (p.volumes.length) out.line(`Volumes: ${p.volumes.map((v) => v.name).join(', ')} (${p.volumes.every((v) => v.protect) ? 'all protected from destruction' : 'some unprotected'})`);
  if (p.volumesToDelete.length) out.line(`Volumes to destroy: ${p.volumesToDelete.join(', ')}`);
  if (p.workspaces.some((w) => w.network === NetworkMode.EGRESS_PROXY)) out.line(`Package proxy allows: ${p.egressAllowedDomains.join(', ')}`);
  out.line();
  if (p.replay) {
    out.line('Replayed status: nothing changes.');
  } else if (p.changes.length === 0) {
    out.line('No changes.');
  } else {
    out.heading('Changes');
    out.table(['SUBJECT', 'NAME', 'CHANGE', 'DETAIL'], p.changes.map((c) => [c.subject, c.name, c.change, c.detail]));
  }
}

export const permitGroup: CommandGroup = {
  name: 'permit',
  summary: 'Plan and synthesize the phases of a data permit (secure processing environment)',
  description: '"plan" shows what a phase contains and needs no cloud libraries; "synth" writes the phase\'s stack (Kubernetes, Proxmox or AWS) for a pipeline.',
  commands: [plan, permitSynth, permitAuditCommand(permitSynth), permitWorker, permitApi, permitPublish, permitRelease],
};
