import * as fs from 'fs';
import { Command, CommandGroup, Context, EXIT_OK, Input, UsageError } from './command';
import { REGISTRY_OPTION, userPath } from './sources';
import { Diagnostic } from '../workspaces/errors';
import { DataHolder, NetworkMode, PermitLifecycle, PermitMember, PermitPlan, PermitProps, PermitStatus } from '../workspaces/permit';
import { WorkspaceInputError } from '../workspaces/private/error';
import { FieldReader } from '../workspaces/private/fields';
import { YamlPath, YamlSource } from '../workspaces/private/yaml-source';
import { UserRegistry } from '../workspaces/users';

/** The permit `rws permit plan` uses when no --permit file is given. */
export const DEMO_PERMIT: Omit<PermitProps, 'status'> = {
  id: 'demo-001',
  dataHolders: [
    { id: 'hospital-a', allowedCidrs: ['203.0.113.0/24'] },
    { id: 'registry-b', allowedCidrs: ['198.51.100.0/24'] },
  ],
  researchers: [{ name: 'alice' }, { name: 'bob' }],
  hdabPreprocessor: { name: 'hdab-prep' },
  hdabReviewer: { name: 'hdab-review' },
  setupReviewer: { name: 'hdab-setup' },
};

const PERMIT_KEYS = new Set(['id', 'data_holders', 'researchers', 'hdab_preprocessor', 'hdab_reviewer', 'setup_reviewer', 'egress_allowed_domains']);
const HOLDER_KEYS = new Set(['id', 'allowed_cidrs', 'display_name', 'uid']);
const MEMBER_KEYS = new Set(['name', 'uid']);

/** A permit file read from YAML, with its source for locating the model's messages. */
interface PermitFile {
  readonly permit: Omit<PermitProps, 'status'>;
  readonly source: YamlSource;
}

/** Reads a permit YAML file (snake_case keys; people as a name or { name, uid }). */
export function readPermitFile(file: string): PermitFile {
  const src = YamlSource.fromFile(file);
  const r = new FieldReader(src, file);
  const d: any = src.data ?? {};
  if (typeof d !== 'object' || Array.isArray(d)) {
    r.expect([], d, 'a mapping with id:, data_holders:, researchers: and hdab_preprocessor:');
    r.throwIfErrors('');
  }
  r.unknownKeys(d, PERMIT_KEYS, []);
  const member = (v: any, p: YamlPath): PermitMember | undefined => {
    if (typeof v === 'string') return { name: v };
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      r.expect(p, v, 'a name, or a mapping with name: and uid:');
      return undefined;
    }
    r.unknownKeys(v, MEMBER_KEYS, p);
    const name = r.str(v, 'name', p, { required: true });
    return name === undefined ? undefined : { name, ...(v.uid !== undefined ? { uid: r.int(v, 'uid', p) } : {}) };
  };
  const memberAt = (key: string, required: boolean): PermitMember | undefined => {
    if (d[key] === undefined || d[key] === null) {
      if (required) r.error([key], 'missing-field', `required field "${key}" is missing`, undefined, `add ${key}: <login name>`);
      return undefined;
    }
    return member(d[key], [key]);
  };
  const holders = (r.list(d, 'data_holders', []) ?? []).flatMap((h, i): DataHolder[] => {
    const p: YamlPath = ['data_holders', i];
    if (!h || typeof h !== 'object' || Array.isArray(h)) {
      r.expect(p, h, 'a data holder (id, allowed_cidrs)');
      return [];
    }
    r.unknownKeys(h, HOLDER_KEYS, p);
    const id = r.str(h, 'id', p, { required: true });
    if (id === undefined) return [];
    const displayName = r.str(h, 'display_name', p);
    const uid = r.int(h, 'uid', p);
    return [{ id, allowedCidrs: r.strList(h, 'allowed_cidrs', p) ?? [], ...(displayName ? { displayName } : {}), ...(uid !== undefined ? { uid } : {}) }];
  });
  const researchers = (r.list(d, 'researchers', []) ?? []).map((m, i) => member(m, ['researchers', i])).filter((m): m is PermitMember => !!m);
  const id = r.str(d, 'id', [], { required: true });
  const hdabPreprocessor = memberAt('hdab_preprocessor', true);
  const hdabReviewer = memberAt('hdab_reviewer', false);
  const setupReviewer = memberAt('setup_reviewer', false);
  const egressAllowedDomains = r.strList(d, 'egress_allowed_domains', []);
  r.throwIfErrors(`${file}: ${r.errors.length} problems in the permit`);
  return {
    source: src,
    permit: {
      id: id!,
      dataHolders: holders,
      researchers,
      hdabPreprocessor: hdabPreprocessor!,
      ...(hdabReviewer ? { hdabReviewer } : {}),
      ...(setupReviewer ? { setupReviewer } : {}),
      ...(egressAllowedDomains ? { egressAllowedDomains } : {}),
    },
  };
}

/** `dataHolders[0].allowedCidrs[1]` -> ['data_holders', 0, 'allowed_cidrs', 1]. */
function yamlPathOf(field: string): YamlPath {
  const out: Array<string | number> = [];
  for (const m of field.matchAll(/([A-Za-z_]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(m[1].replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
  }
  return out;
}

/** Points the model's permit diagnostics (which name fields of PermitProps) at lines of the permit file. */
function locateInFile(e: WorkspaceInputError, src: YamlSource): WorkspaceInputError {
  let moved = false;
  const diagnostics = e.diagnostics.map((d): Diagnostic => {
    if (!d.field || !d.location?.file?.startsWith('permit ')) return d;
    const p = yamlPathOf(d.field);
    if (p.length === 0 || src.node([p[0]]) === undefined) return d;
    moved = true;
    const field = p.map((x, i) => (typeof x === 'number' ? `[${x}]` : i === 0 ? x : `.${x}`)).join('');
    return { ...d, field, location: src.locate(p) };
  });
  if (!moved) return e;
  return new WorkspaceInputError(diagnostics, diagnostics.length > 1 ? `${src.file}: ${diagnostics.length} problems in the permit` : undefined);
}

/** The registry named by --registry; with a real permit (not the demo), ./users.yaml when present. */
function registryFor(ctx: Context, input: Input, demo: boolean): UserRegistry | undefined {
  const given = input.str('registry');
  const file = userPath(ctx, given ?? 'users.yaml');
  if (given === undefined && (demo || !fs.existsSync(file))) return undefined;
  const registry = UserRegistry.fromFile(file);
  ctx.out.note(`uids of registry users from ${file}`);
  return registry;
}

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
  summary: 'Plan the phases of a data permit (secure processing environment)',
  description: 'Synthesis of a permit\'s stack ("rws permit synth") comes with the permit stacks; "plan" needs no cloud libraries.',
  commands: [plan],
};
