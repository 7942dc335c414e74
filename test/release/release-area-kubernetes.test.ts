/**
 * The output release request area wired into the Kubernetes permit (issue 15): the `release`
 * claim, the analysis pod's `rws-release` and its root sidecar. On the synthesized Terraform JSON
 * (what is mounted where, read-only or not, the sidecar's privileges, its account files), each
 * control removed in turn and caught; then the sidecar run for real in a Debian 12 chroot with
 * exactly the capabilities the template gives it (setpriv's bounding set), from the template's own
 * ConfigMap: a researcher's request becomes a root-owned snapshot, and without each capability it
 * does not.
 */
import * as fs from 'fs';
import { PermitEntrypoint, PermitStatus, ReleaseCommand } from '../../src';
import {
  RELEASE_AREA_PATH, RELEASE_CAPABILITIES, RELEASE_CLAIM, RELEASE_CONFIG_MAP, RELEASE_SPOOL_PATH,
} from '../../src/constructs/kubernetes/private/release-area';
import { permitRootfs, Sandbox } from '../permit/helpers/chroot';
import { basePermit, byName, cleanSynthRoot, podSpec, resources, synth, tfValidate, workspace } from '../permit/helpers/synth';

const S = PermitStatus;
afterAll(() => cleanSynthRoot());

/** Capabilities Pod Security "baseline" lets a container add (Kubernetes Pod Security Standards). */
const BASELINE_CAPABILITIES = ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT'];

/** What Terraform makes of a literal in JSON configuration: `$${` is `${`, `%%{` is `%{`. */
const terraformString = (s: string) => s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');

const analysis = synth(basePermit(S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING));

const containers = (json: any) => podSpec(workspace(json, 'analysis')).container as any[];
const desktop = (json: any) => containers(json).find((c) => c.name === 'desktop');
const sidecar = (json: any) => containers(json).find((c) => c.name === 'release-service');
const podVolume = (json: any, name: string) => (podSpec(workspace(json, 'analysis')).volume as any[]).find((v) => v.name === name);
const mountOf = (c: any, path: string) => (c?.volume_mount as any[] ?? []).find((m) => m.mount_path === path);

/**
 * What is wrong with the release wiring of an analysis-phase template (empty when nothing is):
 * researchers may only read the area and write the spool; the sidecar is root with the release
 * capabilities only, reads outputs, writes the area, and names requesters by the permit's accounts.
 */
function releaseProblems(json: any): string[] {
  const p: string[] = [];
  const claim = byName(json, 'kubernetes_persistent_volume_claim_v1', RELEASE_CLAIM);
  if (!claim) return ['no release claim'];
  if (JSON.stringify(claim.lifecycle) !== JSON.stringify({ prevent_destroy: true })) p.push('release claim: not protected');
  if (!claim.spec.access_modes.includes('ReadWriteMany')) p.push('release claim: not ReadWriteMany (review pods mount it while the workspace runs)');
  const d = desktop(json);
  const area = mountOf(d, RELEASE_AREA_PATH);
  if (!area || area.name !== RELEASE_CLAIM || area.read_only !== true) p.push('desktop: the release area is not mounted read-only');
  // The spool: the claim's spool folder, writable, inside the area (the same file system as the
  // service's work folder: taking an entry is a rename, never a copy that resets its link count).
  const spool = mountOf(d, RELEASE_SPOOL_PATH);
  if (!spool || spool.name !== RELEASE_CLAIM || spool.sub_path !== 'spool' || !RELEASE_SPOOL_PATH.startsWith(`${RELEASE_AREA_PATH}/`)) {
    p.push('desktop: the spool is not the claim\'s spool folder inside the area');
  }
  if (mountOf(d, ReleaseCommand.INSTALL_PATH)?.read_only !== true) p.push('desktop: rws-release is not a read-only mount');
  for (const m of d.volume_mount) {
    if (m.name === RELEASE_CLAIM && m.mount_path !== RELEASE_AREA_PATH && !(m.mount_path === RELEASE_SPOOL_PATH && m.sub_path === 'spool')) {
      p.push(`desktop: the release claim is also mounted at ${m.mount_path}`);
    }
  }
  const s = sidecar(json);
  if (!s) return [...p, 'no release sidecar'];
  const sc = s.security_context;
  if (sc.run_as_user !== '0') p.push('sidecar: not root');
  if (sc.allow_privilege_escalation !== false || sc.privileged !== false) p.push('sidecar: may escalate privileges');
  if (sc.read_only_root_filesystem !== true) p.push('sidecar: writable root filesystem');
  if (JSON.stringify(sc.capabilities.drop) !== '["ALL"]') p.push('sidecar: capabilities not dropped');
  const extra = sc.capabilities.add.filter((c: string) => !RELEASE_CAPABILITIES.includes(c));
  if (extra.length) p.push(`sidecar: extra capabilities ${extra.join(',')}`);
  const beyond = sc.capabilities.add.filter((c: string) => !BASELINE_CAPABILITIES.includes(c));
  if (beyond.length) p.push(`sidecar: capabilities beyond Pod Security baseline ${beyond.join(',')}`);
  if (sc.seccomp_profile?.type !== 'RuntimeDefault') p.push('sidecar: no RuntimeDefault seccomp');
  const outputs = mountOf(s, '/data/outputs');
  if (!outputs || outputs.read_only !== true) p.push('sidecar: outputs not read-only');
  const sArea = mountOf(s, RELEASE_AREA_PATH);
  if (!sArea || sArea.name !== RELEASE_CLAIM || sArea.read_only === true || sArea.sub_path) p.push('sidecar: cannot write the release area');
  if ((s.volume_mount as any[]).some((m) => m.mount_path.startsWith(`${RELEASE_AREA_PATH}/`))) p.push('sidecar: a second mount inside the area (the spool must be in the same mount)');
  for (const f of ['passwd', 'group']) {
    const m = mountOf(s, `/etc/${f}`);
    if (!m || m.name !== 'rws-release' || m.sub_path !== f || m.read_only !== true) p.push(`sidecar: /etc/${f} is not the permit's accounts`);
  }
  if (podVolume(json, RELEASE_CLAIM)?.persistent_volume_claim?.claim_name !== RELEASE_CLAIM) p.push('pod: no release claim volume');
  return p;
}

describe('on the synthesized Terraform JSON', () => {
  test('the analysis pod has the release area, the spool, rws-release and the sidecar, as designed', () => {
    expect(releaseProblems(analysis.json)).toEqual([]);
    const cm = byName(analysis.json, 'kubernetes_config_map_v1', RELEASE_CONFIG_MAP);
    expect(terraformString(cm.data['rws-release'])).toBe(ReleaseCommand.script({ permitId: 'p-042', areaPath: RELEASE_AREA_PATH, spoolPath: RELEASE_SPOOL_PATH }));
    // The sidecar's accounts are the desktop's: the same names, uids and gids as its entrypoint's environment.
    const env = Object.fromEntries((desktop(analysis.json).env as any[]).filter((e) => e.value !== undefined).map((e) => [e.name, e.value]));
    const users = Array.from({ length: Number(env.USER_COUNT) }, (_, i) => {
      const v = (n: string) => env[PermitEntrypoint[n as 'usernameVariable'](i + 1)];
      return `${v('usernameVariable')}:x:${v('uidVariable')}:${v('gidVariable')}::/home/${v('usernameVariable')}:/usr/sbin/nologin`;
    });
    expect(users.length).toBe(2);
    expect(cm.data.passwd.trim().split('\n').slice(1).sort()).toEqual(users.sort());
    expect(cm.data.passwd.split('\n')[0]).toBe('root:x:0:0:root:/root:/usr/sbin/nologin');
    // The quota counts the claim: nobody else can add one.
    const quota = resources(analysis.json, 'kubernetes_resource_quota_v1')[0];
    expect(quota.spec.hard.persistentvolumeclaims).toBe(String(resources(analysis.json, 'kubernetes_persistent_volume_claim_v1').length));
  });

  test('the area exists (protected) in every phase with storage, the sidecar only where the analysis workspace is', () => {
    const phases = [[S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS], [S.ANALYSIS_STOPPED, S.ANALYSIS_ACTIVE], [S.ARCHIVED, S.ANALYSIS_STOPPED]] as const;
    for (const [status, previous] of phases) {
      const json = synth(basePermit(status, previous)).json;
      const claim = byName(json, 'kubernetes_persistent_volume_claim_v1', RELEASE_CLAIM);
      expect({ status, protect: claim?.lifecycle }).toEqual({ status, protect: { prevent_destroy: true } });
      const pods = resources(json, 'kubernetes_stateful_set_v1').map((w) => [w.metadata.name, podSpec(w).container.map((c: any) => c.name)]);
      expect({ status, pods }).toEqual({ status, pods: status === S.ANALYSIS_STOPPED ? [['analysis', ['desktop', 'release-service']]] : pods.filter(([n]) => n !== 'analysis') });
    }
    const deleted = synth(basePermit(S.DELETED, S.ARCHIVED)).json;
    expect(byName(deleted, 'kubernetes_persistent_volume_claim_v1', RELEASE_CLAIM)).toBeUndefined();
  });

  test('the checks catch each control removed', () => {
    const mutate = (f: (json: any) => void) => { const c = JSON.parse(JSON.stringify(analysis.json)); f(c); return releaseProblems(c).join('\n'); };
    expect(mutate((j) => { mountOf(desktop(j), RELEASE_AREA_PATH).read_only = false; })).toContain('not mounted read-only');
    expect(mutate((j) => { desktop(j).volume_mount.push({ name: RELEASE_CLAIM, mount_path: '/home/alice/release' }); })).toContain('also mounted at /home/alice/release');
    expect(mutate((j) => { sidecar(j).security_context.capabilities.add.push('SYS_ADMIN'); })).toMatch(/extra capabilities SYS_ADMIN[\s\S]*beyond Pod Security baseline SYS_ADMIN/);
    expect(mutate((j) => { sidecar(j).security_context.capabilities.add.push('DAC_READ_SEARCH'); })).toContain('beyond Pod Security baseline DAC_READ_SEARCH');
    expect(mutate((j) => { sidecar(j).security_context.allow_privilege_escalation = true; })).toContain('may escalate');
    expect(mutate((j) => { sidecar(j).security_context.read_only_root_filesystem = false; })).toContain('writable root filesystem');
    expect(mutate((j) => { mountOf(sidecar(j), '/data/outputs').read_only = false; })).toContain('outputs not read-only');
    expect(mutate((j) => { sidecar(j).volume_mount = sidecar(j).volume_mount.filter((m: any) => m.mount_path !== '/etc/passwd'); })).toContain('/etc/passwd is not');
    expect(mutate((j) => { delete byName(j, 'kubernetes_persistent_volume_claim_v1', RELEASE_CLAIM).lifecycle; })).toContain('not protected');
    // The spool on another file system (an emptyDir, as a first version had it).
    expect(mutate((j) => {
      podSpec(workspace(j, 'analysis')).volume.push({ name: 'spool', empty_dir: {} });
      mountOf(desktop(j), RELEASE_SPOOL_PATH).name = 'spool';
      sidecar(j).volume_mount.push({ name: 'spool', mount_path: RELEASE_SPOOL_PATH });
    })).toMatch(/spool is not the claim's spool folder[\s\S]*second mount inside the area/);
  });

  test('tf-validate accepts the analysis stack', () => {
    const r = tfValidate([analysis.dir]);
    if (!r) return;
    expect(r.output).toMatch(/^VALID /m);
    expect(r.status).toBe(0);
  });
});

const rootfs = permitRootfs();
(rootfs ? describe : describe.skip)('the sidecar in a Debian 12 chroot, with the template\'s capabilities only', () => {
  let box: Sandbox;
  const ALICE = 'alice';
  const cm = byName(analysis.json, 'kubernetes_config_map_v1', RELEASE_CONFIG_MAP).data;
  const caps: string[] = sidecar(analysis.json).security_context.capabilities.add;
  const aliceUid = Number(/^alice:x:(\d+):/m.exec(cm.passwd)![1]);

  beforeAll(() => {
    box = Sandbox.create(rootfs!);
    // The pod's files, from the template: the script, and the sidecar's accounts (researchers'
    // containers get the same accounts from the entrypoint).
    box.write(ReleaseCommand.INSTALL_PATH, terraformString(cm['rws-release']), 0o755);
    box.write('/etc/passwd', cm.passwd);
    box.write('/etc/group', cm.group);
    fs.mkdirSync(box.path('/data/outputs'), { recursive: true });
    box.write('/data/outputs/table.csv', 'id,estimate\n1,0.42\n', 0o600);
    fs.chownSync(box.path('/data/outputs/table.csv'), aliceUid, aliceUid);
    fs.chmodSync(box.path('/data/outputs'), 0o1777);
  }, 900_000);
  afterAll(async () => box?.destroy());

  /** Runs the sidecar's setup and one process pass as root limited to `withCaps`. */
  const service = (withCaps: string[]) => box!.run(['setpriv', `--bounding-set=-all${withCaps.map((c) => `,+${c.toLowerCase()}`).join('')}`, '--inh-caps=-all', '--',
    '/bin/bash', '-c', `${ReleaseCommand.INSTALL_PATH} setup && ${ReleaseCommand.INSTALL_PATH} process`]);
  const request = () => box!.run(['setpriv', `--reuid=${aliceUid}`, `--regid=${aliceUid}`, '--init-groups', ReleaseCommand.INSTALL_PATH,
    'request', '-m', 'aggregate table', '/data/outputs/table.csv']);
  const fresh = (owner: number) => {
    fs.rmSync(box!.path(RELEASE_AREA_PATH), { recursive: true, force: true });
    fs.rmSync(box!.path(RELEASE_SPOOL_PATH), { recursive: true, force: true });
    // The claim's root folder as a storage provisioner may hand it over: another owner.
    fs.mkdirSync(box!.path(RELEASE_AREA_PATH), { recursive: true, mode: 0o777 });
    fs.chownSync(box!.path(RELEASE_AREA_PATH), owner, owner);
  };
  const snapshots = () => (fs.existsSync(box!.path(`${RELEASE_AREA_PATH}/requests`)) ? fs.readdirSync(box!.path(`${RELEASE_AREA_PATH}/requests`)) : []);

  /** One researcher request through the sidecar with `withCaps`; the snapshot's request id, or the service's output. */
  const roundTrip = (withCaps: string[], areaOwner = 65534): { ok: boolean; detail: string } => {
    fresh(areaOwner);
    const setup = service(withCaps);
    if (setup.status !== 0) return { ok: false, detail: `setup: ${setup.stderr}` };
    const r = request();
    if (r.status !== 0) return { ok: false, detail: `request: ${r.stderr}` };
    const p = service(withCaps);
    const made = snapshots();
    return { ok: p.status === 0 && made.length === 1, detail: `${p.stderr} ${made.join(',')}` };
  };

  test('with exactly the capabilities of the template, a request becomes a root-owned, read-only snapshot', () => {
    expect([...caps].sort()).toEqual([...RELEASE_CAPABILITIES].sort());
    const r = roundTrip(caps);
    expect(r.detail).toMatch(/request rq-\d{14}-[0-9a-f]{6} accepted/);
    expect(r.ok).toBe(true);
    const [id] = snapshots();
    const file = box.path(`${RELEASE_AREA_PATH}/requests/${id}/files/table.csv`);
    expect(fs.readFileSync(file, 'utf8')).toBe('id,estimate\n1,0.42\n');
    const st = fs.statSync(file);
    expect([st.uid, (st.mode % 0o1000).toString(8)]).toEqual([0, '444']);
    expect(JSON.parse(box.read(`${RELEASE_AREA_PATH}/requests/${id}/request.json`)).requester).toBe(ALICE);
  });

  test.each(RELEASE_CAPABILITIES)('without %s it does not work (every capability is needed)', (cap) => {
    const r = roundTrip(caps.filter((c) => c !== cap));
    expect({ cap, ok: r.ok }).toEqual({ cap, ok: false });
  });
});
