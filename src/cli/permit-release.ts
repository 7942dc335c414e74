import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliInputError, Command, Context, EXIT_FINDINGS, EXIT_OK, Input, UsageError } from './command';
import { locateInFile, readPermitFile } from './permit-file';
import { deliver } from './release-delivery';
import { importFromBucket, importFromFolder } from './release-import';
import { ReleaseStore, removeSnapshot, sealSnapshot, snapshotFiles } from './release-store';
import { userPath } from './sources';
import { PermitLifecycle } from '../workspaces/permit';
import { WorkspaceInputError } from '../workspaces/private/error';
import { ReleaseAction, ReleaseLifecycle, ReleaseParticipants, ReleaseRequest, ReleaseSettings, ReleaseState } from '../workspaces/release';

/**
 * `rws permit release <action>`: the operator's side of output release. The store is a folder
 * (`--store`, one per permit; docs/airlock-transfers.md); the permit file names the reviewers
 * and the destination (`release:`).
 */

const ACTIONS = ['request', 'import', 'submit', 'scan', 'list', 'show', 'approve', 'reject', 'revoke', 'release', 'audit'] as const;

interface Loaded {
  readonly store: ReleaseStore;
  readonly settings: ReleaseSettings;
  readonly actor: string;
}

function load(ctx: Context, input: Input): Loaded {
  const permitFile = input.str('permit') ?? ctx.env.RWS_PERMIT_FILE;
  if (!permitFile) throw new UsageError('--permit <file.yaml> is required: it names the reviewers and the destination (release:)', ctx.commandName);
  const storeDir = input.str('store') ?? ctx.env.RWS_RELEASE_STORE;
  if (!storeDir) throw new UsageError('--store <dir> is required (or RWS_RELEASE_STORE): the permit\'s release store', ctx.commandName);
  const file = userPath(ctx, permitFile);
  const loaded = readPermitFile(file);
  const settings = loaded.release;
  if (!settings) {
    throw new CliInputError(`${file}: the permit has no release: section, so nothing can be released. Fix: add release: { reviewers: [two or more output checkers], destination: { kind: folder, path: /srv/released/${loaded.permit.id} } }`);
  }
  const researchers = loaded.permit.researchers.map((m) => m.name);
  try {
    ReleaseLifecycle.checkSettings(settings, researchers, `permit ${loaded.permit.id}`);
  } catch (e) {
    if (WorkspaceInputError.isWorkspaceInputError(e)) throw locateInFile(e, loaded.source);
    throw e;
  }
  const participants: ReleaseParticipants = { reviewers: settings.reviewers, researchers };
  const store = new ReleaseStore(path.resolve(ctx.cwd, storeDir), loaded.permit.id, participants);
  return { store, settings, actor: actorOf(input) };
}

/**
 * Who runs the command: the login name of the process. `--as` names someone else and is
 * accepted only from root (the permit service acting for a scanner, an operator's automation).
 */
function actorOf(input: Input): string {
  const given = input.str('as');
  const me = os.userInfo().username;
  if (given === undefined) return me;
  if (process.getuid && process.getuid() !== 0 && given !== me) {
    throw new CliInputError(`--as ${given}: only root may act in someone else's name; run the command as ${given} (every move is recorded with the login that made it)`);
  }
  return given;
}

function requestId(): string {
  const t = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `rq-${t}-${crypto.randomBytes(3).toString('hex')}`;
}

function stateOf(text: string): ReleaseState {
  const up = text.toUpperCase().replace(/[-\s]/g, '_');
  const s = Object.values(ReleaseState).find((x) => x === up);
  if (!s) throw new CliInputError(`--state ${text}: unknown release state; use one of ${Object.values(ReleaseState).join(', ')}`);
  return s;
}

function printRequest(ctx: Context, store: ReleaseStore, r: ReleaseRequest): void {
  const out = ctx.out;
  out.heading(`release request ${r.id} (permit ${r.permitId}): ${r.state}`);
  out.line(`requester: ${r.requester}    created: ${r.createdAt}    updated: ${r.updatedAt}`);
  out.line(`justification: ${r.justification}`);
  if (r.approvals.length) out.line(`approved by: ${r.approvals.map((a) => `${a.reviewer} (${a.at})`).join(', ')}`);
  if (r.reason) out.line(`reason: ${r.reason}`);
  if (r.releasedTo) out.line(`released to: ${r.releasedTo}`);
  out.line(`snapshot (read-only): ${store.filesOf(r.id)}`);
  out.line();
  out.table(['FILE', 'SIZE', 'SHA-256'], r.files.map((f) => [f.path, f.size, f.sha256]));
  const next = ReleaseLifecycle.allowedActions(r.state);
  out.line();
  out.line(next.length ? `next: ${next.join(', ')}` : 'final: nothing can follow');
}

export const permitRelease: Command = {
  name: 'release',
  summary: 'Output release: request, scan, review (two different reviewers), revoke and deliver results',
  description: `Actions (the first argument):
  request -m WHY --outputs DIR --permit-status S FILE...  snapshot files from outputs (the requester is you)
  import --from DIR|s3://BUCKET/requests/   bring the workspace's snapshots (rws-release) into the store and record them
  submit ID                 submit a request made with --draft
  scan ID --verdict clean|blocked [--reason R]   record a scanner's verdict, or
  scan ID --command CMD...  run a scanner on the snapshot folder (exit 0 clean, 1 found, other: unscannable = blocked)
  list [--state S]          the permit's requests (requests made in the workspace are recorded first)
  show ID                   one request, its files, hashes and audit lines
  approve ID                approve (a reviewer; never the requester; two different reviewers are needed)
  reject ID --reason R      reject (a reviewer)
  revoke ID --reason R      revoke an approved request before it is delivered (a reviewer or the requester)
  release ID                deliver an approved request to the permit's destination, and record it
  audit                     check the hash chain of the audit log and print it
The permit file's release: section names the reviewers and the destination:
  release:
    reviewers: [hdab-ben, hdab-cleo]
    destination: { kind: folder, path: /srv/released/p-001 }   # or bucket (bucket, prefix, region), sftp (host, port, user, path)
You act as your login name; --as NAME is for root only (the service, e.g. svc:clamav).`,
  args: [{ name: 'action', help: ACTIONS.join(' | ') }, { name: 'args', optional: true, variadic: true, help: 'request id, or files for request' }],
  options: [
    { name: 'permit', value: 'file', help: 'the permit (YAML) with its release: section (RWS_PERMIT_FILE)' },
    { name: 'store', value: 'dir', help: 'the permit\'s release store (RWS_RELEASE_STORE)' },
    { name: 'as', value: 'name', help: 'act as this login or svc:<name> (root only)' },
    { name: 'reason', value: 'text', help: 'why (reject, revoke, a blocked scan)' },
    { name: 'message', short: 'm', value: 'text', help: 'the justification of a request' },
    { name: 'outputs', value: 'dir', help: 'the outputs folder to snapshot from (request)' },
    { name: 'permit-status', value: 'S', help: 'the permit\'s status now (request): requests are made only in ANALYSIS_ACTIVE' },
    { name: 'draft', help: 'request: keep the request as a draft (submit it later)' },
    { name: 'verdict', value: 'v', help: 'scan: clean or blocked' },
    { name: 'command', value: 'cmd', repeat: true, help: 'scan: the scanner command and its arguments (repeat), the snapshot folder is added last' },
    { name: 'state', value: 'S', help: 'list: only requests in this state' },
    { name: 'from', value: 'src', help: 'import: the request area (a folder, or its requests/ folder) or s3://<egress-review bucket>/requests/' },
  ],
  examples: [
    'rws permit release request --permit p-001.yaml --store /srv/releases/p-001 --outputs /mnt/p-001/outputs --permit-status ANALYSIS_ACTIVE -m "Table 2" results/table2.csv',
    'rws permit release scan rq-20260105120000-a1b2c3 --permit p-001.yaml --store /srv/releases/p-001 --command clamdscan --command --fdpass',
    'rws permit release approve rq-20260105120000-a1b2c3 --permit p-001.yaml --store /srv/releases/p-001',
    'rws permit release list --state IN_REVIEW --permit p-001.yaml --store /srv/releases/p-001 --json',
  ],
  exitCodes: '  0  done\n  1  import: some requests were not imported (each is listed)\n  2  refused (an illegal move, someone who may not make it, a changed snapshot) or bad input: nothing changed',
  async run(ctx, input) {
    const action = input.args[0];
    if (!action || !(ACTIONS as readonly string[]).includes(action)) throw new UsageError(`give an action: ${ACTIONS.join(', ')}`, ctx.commandName);
    const { store, settings, actor } = load(ctx, input);
    const id = () => {
      const v = input.args[1];
      if (!v) throw new UsageError(`${action} needs the request id (see "rws permit release list")`, ctx.commandName);
      return v;
    };
    const done = (r: ReleaseRequest, what: string) => {
      if (ctx.out.json) ctx.out.printJson(r);
      else ctx.out.line(`${r.id}: ${what}; now ${r.state}`);
      return EXIT_OK;
    };
    const adopted = await store.adopt();
    if (!ctx.out.json) {
      for (const a of adopted.adopted) ctx.out.note(`recorded workspace request ${a}`);
    }
    for (const r of adopted.refused) ctx.out.warn(`not recorded: ${r}`);
    switch (action) {
      case 'request': {
        const outputs = input.str('outputs');
        const why = input.str('message');
        const statusText = input.str('permit-status');
        if (!outputs || !why || !statusText) throw new UsageError('request needs --outputs <dir>, -m "<why>" and --permit-status <status>', ctx.commandName);
        const files = input.args.slice(1);
        if (files.length === 0) throw new UsageError('name the files (relative to --outputs) to release', ctx.commandName);
        const permitStatus = PermitLifecycle.parseStatus(statusText, '--permit-status');
        const rid = requestId();
        const dir = path.join(store.requestsDir, rid);
        // Checked before anything is copied: who asks, in which phase.
        ReleaseLifecycle.create({ id: rid, permitId: store.permitId, permitStatus, requester: actor, files: [{ path: 'x', size: 0, sha256: '0'.repeat(64) }], justification: why },
          store.participants, ReleaseLifecycle.GENESIS_HASH, 1);
        let recorded: ReleaseRequest;
        try {
          const snap = snapshotFiles(path.resolve(ctx.cwd, outputs), files, path.join(dir, 'files'));
          fs.writeFileSync(path.join(dir, 'request.json'), `${JSON.stringify({ id: rid, permitId: store.permitId, requester: actor, justification: why, createdAt: new Date().toISOString(), files: snap })}\n`);
          fs.writeFileSync(path.join(dir, 'SHA256SUMS'), snap.map((f) => `${f.sha256}  files/${f.path}\n`).join(''));
          sealSnapshot(dir);
          recorded = await store.create({ id: rid, permitId: store.permitId, permitStatus, requester: actor, files: snap, justification: why }, input.flag('draft') === true);
        } catch (e) {
          removeSnapshot(dir);
          throw e;
        }
        return done(recorded, `snapshot of ${recorded.files.length} file(s) taken`);
      }
      case 'import': {
        const from = input.str('from');
        if (!from) throw new UsageError('import needs --from <request area folder> or --from s3://<bucket>/requests/', ctx.commandName);
        const got = from.startsWith('s3://')
          ? await importFromBucket(store, from, ctx.env)
          : await importFromFolder(store, path.resolve(ctx.cwd, from));
        const recorded = await store.adopt();
        // A copied request whose files do not match its request.json is not kept in the store.
        for (const rid of got.copied.filter((x) => !recorded.adopted.includes(x))) removeSnapshot(path.join(store.requestsDir, rid));
        for (const r of [...got.refused, ...recorded.refused]) ctx.out.warn(`not imported: ${r}`);
        if (ctx.out.json) {
          const refused = [...got.refused, ...recorded.refused];
          ctx.out.printJson({ permitId: store.permitId, copied: got.copied, recorded: recorded.adopted, skipped: got.skipped, refused });
        } else {
          ctx.out.line(`${got.copied.length} request(s) copied, ${recorded.adopted.length} recorded, ${got.skipped.length} already in the store, ${got.refused.length + recorded.refused.length} refused`);
        }
        return got.refused.length + recorded.refused.length ? EXIT_FINDINGS : EXIT_OK;
      }
      case 'submit':
        return done(await store.move(id(), { action: ReleaseAction.SUBMIT, actor }), 'submitted');
      case 'scan': {
        const rid = id();
        const command = input.list('command');
        const verdict = input.str('verdict');
        if ((command.length === 0) === (verdict === undefined)) throw new UsageError('scan needs --verdict clean|blocked or --command <scanner> (not both)', ctx.commandName);
        let clean: boolean;
        let reason = input.str('reason');
        let detail: string;
        if (verdict !== undefined) {
          if (verdict !== 'clean' && verdict !== 'blocked') throw new UsageError(`--verdict ${verdict}: use clean or blocked`, ctx.commandName);
          clean = verdict === 'clean';
          detail = `verdict ${verdict} given by ${actor}`;
        } else {
          await store.move(rid, { action: ReleaseAction.START_SCAN, actor, detail: `scanner ${command[0]}` });
          const res = spawnSync(command[0], [...command.slice(1), store.filesOf(rid)], { encoding: 'utf8', timeout: 3_600_000 });
          const said = `${res.stdout ?? ''}${res.stderr ?? ''}`.trim().split('\n').filter((l) => l && !/: OK$/.test(l)).slice(-3).join(' | ');
          clean = res.status === 0;
          const unscannable = `unscannable (exit ${res.status ?? res.signal}): ${said || String(res.error ?? '')}`;
          reason = clean ? undefined : res.status === 1 ? `found: ${said || 'the scanner reported a finding'}` : unscannable;
          detail = `scanner ${command[0]} exit ${res.status ?? res.signal}`;
        }
        if (verdict !== undefined) await store.move(rid, { action: ReleaseAction.START_SCAN, actor, detail });
        const outcome = clean ? ReleaseAction.SCAN_CLEAN : ReleaseAction.SCAN_BLOCKED;
        const r = await store.move(rid, { action: outcome, actor, ...(reason ? { reason } : {}), detail });
        return done(r, clean ? 'scan clean' : `blocked by the scan (${reason})`);
      }
      case 'approve':
        return done(await store.move(id(), { action: ReleaseAction.APPROVE, actor }), `approved by ${actor}`);
      case 'reject':
        return done(await store.move(id(), { action: ReleaseAction.REJECT, actor, reason: input.str('reason') }), `rejected by ${actor}`);
      case 'revoke':
        return done(await store.move(id(), { action: ReleaseAction.REVOKE, actor, reason: input.str('reason') }), `revoked by ${actor}`);
      case 'release': {
        const send = (req: ReleaseRequest, files: string) => deliver(settings.destination, req, files, ctx.env);
        const r = await store.move(id(), { action: ReleaseAction.RELEASE, actor }, send);
        return done(r, `delivered to ${r.releasedTo}`);
      }
      case 'list': {
        const want = input.str('state');
        const only = want === undefined ? undefined : stateOf(want);
        const items = store.list().filter((r) => !only || r.state === only);
        if (ctx.out.json) {
          ctx.out.printJson({ permitId: store.permitId, requests: items });
          return EXIT_OK;
        }
        if (items.length === 0) ctx.out.line('No release requests.');
        else ctx.out.table(['REQUEST', 'STATE', 'REQUESTER', 'FILES', 'APPROVALS', 'UPDATED'], items.map((r) => [r.id, r.state, r.requester, r.files.length, r.approvals.map((a) => a.reviewer).join(', ') || '-', r.updatedAt]));
        return EXIT_OK;
      }
      case 'show': {
        const r = store.get(id());
        const audit = store.audit().filter((e) => e.requestId === r.id);
        if (ctx.out.json) {
          ctx.out.printJson({ request: r, snapshot: store.filesOf(r.id), audit });
          return EXIT_OK;
        }
        printRequest(ctx, store, r);
        ctx.out.line();
        ctx.out.table(['#', 'WHEN', 'WHO', 'ACTION', 'FROM', 'TO', 'WHY'], audit.map((e) => [e.seq, e.at, e.actor, e.action, e.from ?? '-', e.to, e.reason ?? '']));
        return EXIT_OK;
      }
      case 'audit': {
        const audit = store.audit();
        if (ctx.out.json) {
          ctx.out.printJson({ permitId: store.permitId, verified: true, entries: audit });
          return EXIT_OK;
        }
        ctx.out.table(['#', 'WHEN', 'REQUEST', 'WHO', 'ACTION', 'FROM', 'TO', 'WHY'], audit.map((e) => [e.seq, e.at, e.requestId, e.actor, e.action, e.from ?? '-', e.to, e.reason ?? '']));
        ctx.out.line();
        ctx.out.line(`${audit.length} entries; hash chain verified (last ${audit.length ? audit[audit.length - 1].hash : ReleaseLifecycle.GENESIS_HASH})`);
        return EXIT_OK;
      }
    }
    return EXIT_OK;
  },
};
