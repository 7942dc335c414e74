/**
 * The output release on Proxmox VE: the request area on the permit's storage server, wired into
 * the analysis workspace (rws-release, its units, the mount), and the review VM of one request
 * (ProxmoxReleaseReview). Checked on the synthesized Terraform JSON and the cloud-configs inside
 * its snippets, with `cloud-init schema`, shellcheck and tf-validate (offline terraform validate);
 * each control is removed in turn and the checks are shown to catch it: the release-specific
 * checks below, and the library's own Proxmox isolation check for the firewalls.
 */
import { spawnSync } from 'child_process';
import {
  PermitLifecycle, PermitStatus, ProxmoxPermitEnvironment, ProxmoxReleaseReview, ProxmoxReleaseReviewOptions, ReleaseCommand,
} from '../../src';
import { checkProxmoxIsolation, isolationDeclarationsOf } from '../../src/constructs/proxmox/private/isolation';
import { TerraformStack } from '../../src/constructs/terraform/cdktf';
import { requireTool } from '../helpers/tools';
import {
  cleanTemp, cloudConfig, cloudInitSchema, firewallOf, PERMIT_OPTIONS, permit, resources, shellcheck, synthApp, synthPermit, tfValidateAll,
  userDataOf, vm, writtenFile,
} from '../proxmox/helpers';

afterAll(cleanTemp);

const S = PermitStatus;
const REQUEST = 'rq-20260105100000-0a1b2c';
const OTHER = 'rq-20260106090000-ffee01';
const STORAGE = '10.42.7.10';
const ANALYSIS = '10.42.7.25';
const REVIEW = '10.42.7.26';
const REVIEWS: ProxmoxReleaseReviewOptions[] = [{ requestId: REQUEST, reviewers: [{ name: 'hdab-ben' }, { name: 'hdab-cleo', uid: 30002 }] }];
const clone = (j: any) => JSON.parse(JSON.stringify(j));

const active = synthPermit(permit(S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING), { releaseReviews: REVIEWS });
const plainActive = synthPermit(permit(S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING));
const stopped = synthPermit(permit(S.ANALYSIS_STOPPED, S.ANALYSIS_ACTIVE), {
  releaseReviews: [...REVIEWS, { requestId: OTHER, reviewers: [{ name: 'hdab-dan' }, { name: 'hdab-cleo', uid: 30002 }], hostNumber: 40 }],
});
const plainStopped = synthPermit(permit(S.ANALYSIS_STOPPED, S.ANALYSIS_ACTIVE));
const archived = synthPermit(permit(S.ARCHIVED, S.ANALYSIS_ACTIVE));
const ingress = synthPermit(permit(S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS));
const deleted = synthPermit(permit(S.DELETED, S.ARCHIVED));

const configOf = (json: any, vmName: string) => cloudConfig(userDataOf(json, vm(json, vmName)!.body));
const exportsOf = (json: any) => writtenFile(configOf(json, 'p-042-storage'), '/etc/exports.d/permit.exports')
  .split('\n').filter((l) => l.startsWith('/'))
  .map((l) => { const [dir, ...clients] = l.split(' '); return { dir, clients }; });

/**
 * The release controls, as the problems found: the release area is exported to the analysis
 * workspace alone; each reviewed request's snapshot only to its review VM, read-only, all uids
 * squashed, subtree-checked; the analysis workspace mounts the area without set-uid, devices or
 * programs and runs the release service only while the area is mounted; a review VM mounts only
 * its request, read-only, and nothing else.
 */
function releaseProblems(json: any, reviews: Array<{ requestId: string; address: string; vmName: string }>): string[] {
  const out: string[] = [];
  const exported = exportsOf(json);
  const area = exported.filter((e) => e.dir === '/srv/permit/release');
  if (area.length !== 1 || area[0].clients.length !== 1 || !area[0].clients[0].startsWith(`${ANALYSIS}(`)) out.push(`the release area is exported to ${area.flatMap((e) => e.clients).join(' ') || 'nobody'}`);
  for (const e of exported.filter((x) => x.dir.startsWith('/srv/permit/release/'))) {
    const r = reviews.find((x) => e.dir === `/srv/permit/release/requests/${x.requestId}`);
    if (!r) { out.push(`${e.dir} is exported, but no review of it exists`); continue; }
    if (e.clients.length !== 1) out.push(`${e.dir} is exported to ${e.clients.length} clients`);
    for (const c of e.clients) {
      const m = /^([^(]+)\(([^)]*)\)$/.exec(c);
      const opts = (m?.[2] ?? '').split(',');
      if (m?.[1] !== r.address) out.push(`${e.dir} is exported to ${m?.[1]}, not only the review VM ${r.address}`);
      if (!opts.includes('ro') || opts.includes('rw')) out.push(`${e.dir} is exported writable`);
      if (!opts.includes('all_squash')) out.push(`${e.dir} does not squash every uid`);
      if (!opts.includes('subtree_check') || opts.includes('no_subtree_check')) out.push(`${e.dir} is exported without subtree_check (file handles from outside the request pass)`);
    }
  }
  for (const r of reviews) {
    if (!exported.some((e) => e.dir === `/srv/permit/release/requests/${r.requestId}`)) out.push(`the snapshot of ${r.requestId} is not exported to its review VM`);
    for (const e of exported.filter((x) => x.dir !== `/srv/permit/release/requests/${r.requestId}`)) {
      if (e.clients.some((c) => c.startsWith(`${r.address}(`))) out.push(`${e.dir} is exported to the review VM of ${r.requestId}`);
    }
    const cfg = configOf(json, r.vmName);
    const mounts: string[][] = cfg.mounts ?? [];
    if (mounts.length !== 1) out.push(`the review VM of ${r.requestId} has ${mounts.length} mounts`);
    for (const m of mounts) {
      if (m[0] !== `${STORAGE}:/srv/permit/release/requests/${r.requestId}`) out.push(`the review VM of ${r.requestId} mounts ${m[0]}`);
      const opts = m[3].split(',');
      if (!opts.includes('ro') || opts.includes('rw')) out.push(`the review VM of ${r.requestId} mounts it writable`);
    }
  }
  const analysis = vm(json, 'p-042-analysis');
  if (analysis) {
    const cfg = cloudConfig(userDataOf(json, analysis.body));
    const m = (cfg.mounts ?? []).find((x: string[]) => x[1] === '/data/release');
    if (!m || m[0] !== `${STORAGE}:/srv/permit/release`) out.push('the analysis workspace does not mount the release area from the storage server');
    else for (const o of ['nosuid', 'nodev', 'noexec']) if (!m[3].split(',').includes(o)) out.push(`the release area is mounted without ${o}`);
    for (const [unit, why] of [['service', 'snapshots onto the workspace\'s own disk'], ['path', 'watches the empty folder under the mount point']]) {
      const dropIn = (cfg.write_files ?? []).find((f: any) => f.path === `/etc/systemd/system/rws-release.${unit}.d/permit.conf`);
      if (!dropIn || !/^RequiresMountsFor=\/data\/release$/m.test(dropIn.content)) out.push(`the release ${unit} unit may start without the release area mounted (${why})`);
    }
    const spool = /^SPOOL='([^']*)'$/m.exec(writtenFile(cfg, ReleaseCommand.INSTALL_PATH))?.[1];
    if (!spool?.startsWith('/data/release/')) out.push(`the spool ${spool} is not on the release area's file system (a hard link could file a request in another researcher's name)`);
  }
  return out;
}

const REVIEWED = [{ requestId: REQUEST, address: REVIEW, vmName: 'p-042-review-26' }];

describe('the request area in the analysis workspace', () => {
  const cfg = configOf(active.json, 'p-042-analysis');

  test('rws-release at its install path, its path and service units, the drop-in, and the area from the storage server', () => {
    const options = { permitId: 'p-042', areaPath: '/data/release', spoolPath: '/data/release/spool' };
    expect(writtenFile(cfg, ReleaseCommand.INSTALL_PATH)).toBe(ReleaseCommand.script(options));
    expect(cfg.write_files.find((f: any) => f.path === ReleaseCommand.INSTALL_PATH)).toMatchObject({ owner: 'root:root', permissions: '0755' });
    for (const [unit, text] of Object.entries(ReleaseCommand.systemdUnits(options))) {
      expect(writtenFile(cfg, `/etc/systemd/system/${unit}`)).toBe(text);
      expect(writtenFile(cfg, `/etc/systemd/system/${unit}.d/permit.conf`)).toMatch(/^\[Unit\]\nRequiresMountsFor=\/data\/release\n/);
    }
    expect(cfg.mounts).toContainEqual([`${STORAGE}:/srv/permit/release`, '/data/release', 'nfs4', expect.stringMatching(/^rw,nosuid,nodev,noexec,nfsvers=4\.2,hard/), '0', '0']);
    expect(cfg.runcmd).toContainEqual(['systemctl', 'enable', '--now', 'rws-release.path']);
    // The area (and the spool in it) is set up only when it is mounted.
    const line = cfg.runcmd.find((c: string[]) => c[0] === 'sh' && c[2].includes('rws-release setup'))[2];
    expect(line).toMatch(/if mountpoint -q \/data\/release; then \/usr\/local\/bin\/rws-release setup;/);
    expect(releaseProblems(active.json, REVIEWED)).toEqual([]);
    expect(releaseProblems(plainActive.json, [])).toEqual([]);
  });

  test('only the analysis workspace gets it, and it is the same while the analysis is stopped (kept, not re-provisioned)', () => {
    expect(userDataOf(plainStopped.json, vm(plainStopped.json, 'p-042-analysis')!.body)).toBe(userDataOf(plainActive.json, vm(plainActive.json, 'p-042-analysis')!.body));
    for (const s of [active, ingress, archived]) {
      for (const r of resources(s.json, 'proxmox_virtual_environment_vm').filter((x) => !['p-042-analysis', 'p-042-storage'].includes(x.body.name))) {
        expect(userDataOf(s.json, r.body)).not.toContain('rws-release');
      }
    }
  });

  test('the release area is a disk of the storage server from the first phase with volumes until the permit is deleted; root-owned 0755', () => {
    for (const s of [ingress, plainActive, archived]) {
      const storage = vm(s.json, 'p-042-storage')!.body;
      expect(storage.disk.at(-1)).toMatchObject({ interface: 'scsi7', size: 20, backup: true, replicate: true });
      expect(storage.lifecycle).toEqual({ prevent_destroy: true });
      expect(writtenFile(configOf(s.json, 'p-042-storage'), '/etc/permit/volumes.tsv')).toMatch(/pv-[0-9a-f]{12}\trelease\t0755\n/);
    }
    // The storage server's configuration does not depend on the phase (no re-provisioning at ANALYSIS_ACTIVE).
    expect(userDataOf(archived.json, vm(archived.json, 'p-042-storage')!.body)).toBe(userDataOf(ingress.json, vm(ingress.json, 'p-042-storage')!.body));
    expect(vm(deleted.json, 'p-042-storage')).toBeUndefined();
    expect(PermitLifecycle.plan(permit(S.DELETED, S.ARCHIVED)).volumesToDelete.length).toBeGreaterThan(0);
  });

  test('the storage server takes NFS from the analysis workspace only while it runs', () => {
    const rules = (json: any) => firewallOf(json, vm(json, 'p-042-storage')!).rules.map((r) => r.source);
    expect(rules(plainActive.json)).toEqual([ANALYSIS]);
    expect(rules(plainStopped.json)).toEqual([]);
    expect(vm(plainStopped.json, 'p-042-storage')!.body.started).toBe(false);
  });
});

describe('the review VM of one request', () => {
  const review = vm(active.json, 'p-042-review-26')!;
  const analysis = vm(active.json, 'p-042-analysis')!;

  test('cloned like the desktops, in the permit\'s pool, tagged, with an account per reviewer (bcrypt hashes only)', () => {
    expect(review.body.clone).toEqual(analysis.body.clone);
    expect(review.body.pool_id).toBe(analysis.body.pool_id);
    expect(review.body.tags).toEqual(expect.arrayContaining(['rws', 'permit-p-042', 'role-release-review', 'sensitive']));
    expect(review.body.started).toBe(true);
    expect(review.body.initialization.ip_config).toEqual([{ ipv4: { address: `${REVIEW}/24`, gateway: '10.42.7.1' } }]);
    const cfg = configOf(active.json, 'p-042-review-26');
    const env = writtenFile(cfg, '/etc/permit/accounts.env');
    expect(env).toMatch(/^USERNAME='hdab-ben'$/m);
    expect(env).toMatch(/^USERNAME_2='hdab-cleo'$/m);
    expect(env).toMatch(/^USER_UID_2='30002'$/m);
    expect(writtenFile(cfg, '/etc/permit/password-hashes')).toMatch(/^hdab-ben:\$2a\$10\$/);
    const raw = resources(active.json, 'proxmox_virtual_environment_file').map((r) => r.body.source_raw.data as string).join('\n');
    expect(raw).not.toMatch(/random_password\.[^}]*\.result/);
    expect(active.json.output.release_review_connections).toMatchObject({ sensitive: true });
    expect(active.json.output.release_review_connections.value.map((c: any) => [c.host, c.port, c.username])).toEqual([[REVIEW, 3389, 'hdab-ben'], [REVIEW, 3389, 'hdab-cleo']]);
  });

  test('it mounts only requests/<id>, read-only; the storage server exports that folder to it alone (ro, all_squash, subtree_check)', () => {
    expect(configOf(active.json, 'p-042-review-26').mounts).toEqual([
      [`${STORAGE}:/srv/permit/release/requests/${REQUEST}`, '/review', 'nfs4', expect.stringMatching(/^ro,nosuid,nodev,noexec,/), '0', '0'],
    ]);
    expect(exportsOf(active.json).filter((e) => e.dir.startsWith('/srv/permit/release'))).toEqual([
      { dir: '/srv/permit/release', clients: [`${ANALYSIS}(rw,sync,no_subtree_check,no_root_squash,sec=sys)`] },
      { dir: `/srv/permit/release/requests/${REQUEST}`, clients: [`${REVIEW}(ro,sync,subtree_check,all_squash,sec=sys)`] },
    ]);
  });

  test('firewall: RDP only from the gateway, out only NFS to the storage server; the storage server admits it', () => {
    const fw = firewallOf(active.json, review);
    expect(fw.options).toMatchObject({ enabled: true, input_policy: 'DROP', output_policy: 'DROP', ipfilter: true, macfilter: true, dhcp: false });
    expect(fw.rules.map((r) => [r.type, r.action, r.proto, r.dport, r.source ?? r.dest])).toEqual([
      ['in', 'ACCEPT', 'tcp', '3389', '+rws-gateway'],
      ['out', 'ACCEPT', 'tcp', '2049', STORAGE],
    ]);
    expect(Object.fromEntries(fw.ipSets.map((s) => [s.name, s.cidr.map((c: any) => c.name)]))).toEqual({ 'ipfilter-net0': [REVIEW], 'rws-gateway': PERMIT_OPTIONS.gatewayCidrs });
    const storageRules = firewallOf(active.json, vm(active.json, 'p-042-storage')!).rules;
    expect(storageRules.map((r) => [r.type, r.dport, r.source])).toEqual([['in', '2049', ANALYSIS], ['in', '2049', REVIEW]]);
  });

  test('after the analysis stopped: the storage server runs for the reviews; two reviews, each its own request and address', () => {
    expect(vm(stopped.json, 'p-042-storage')!.body.started).toBe(true);
    expect(vm(stopped.json, 'p-042-analysis')!.body.started).toBe(false);
    const reviews = [...REVIEWED, { requestId: OTHER, address: '10.42.7.40', vmName: 'p-042-review-40' }];
    expect(releaseProblems(stopped.json, reviews)).toEqual([]);
    expect(firewallOf(stopped.json, vm(stopped.json, 'p-042-storage')!).rules.map((r) => r.source)).toEqual([REVIEW, '10.42.7.40']);
    expect(checkProxmoxIsolation(stopped.json, isolationDeclarationsOf(stopped.stack))).toEqual([]);
  });
});

describe('each control removed is caught', () => {
  const declared = isolationDeclarationsOf(active.stack);
  const storageData = (j: any) => j.resource.proxmox_virtual_environment_file[
    /^\$\{proxmox_virtual_environment_file\.([^.]+)\./.exec(vm(j, 'p-042-storage')!.body.initialization.user_data_file_id)![1]].source_raw;
  const userData = (j: any, vmName: string) => j.resource.proxmox_virtual_environment_file[
    /^\$\{proxmox_virtual_environment_file\.([^.]+)\./.exec(vm(j, vmName)!.body.initialization.user_data_file_id)![1]].source_raw;
  const editExports = (j: any, from: string, to: string) => { const s = storageData(j); s.data = s.data.split(from).join(to); };
  const editUserData = (j: any, vmName: string, from: RegExp | string, to: string) => {
    const s = userData(j, vmName);
    const before = s.data;
    s.data = s.data.replace(from, to);
    if (s.data === before) throw new Error(`mutation did not apply: ${from}`);
  };

  test('the unmodified output passes both checks', () => {
    expect(releaseProblems(active.json, REVIEWED)).toEqual([]);
    expect(checkProxmoxIsolation(active.json, declared)).toEqual([]);
  });

  const releaseMutations: Array<[string, (j: any) => void, RegExp]> = [
    ['the review mount made writable', (j) => editUserData(j, 'p-042-review-26', /- ro,nosuid/, '- rw,nosuid'), /mounts it writable/],
    ['the review VM mounts the whole release area', (j) => editUserData(j, 'p-042-review-26', `/srv/permit/release/requests/${REQUEST}`, '/srv/permit/release'), /mounts 10\.42\.7\.10:\/srv\/permit\/release$/m],
    ['the snapshot exported writable', (j) => editExports(j, `${REVIEW}(ro,`, `${REVIEW}(rw,`), /exported writable/],
    ['the snapshot exported to the whole network', (j) => editExports(j, `${REVIEW}(ro,`, '10.42.7.0/24(ro,'), /not only the review VM/],
    ['the snapshot exported to another machine too', (j) => editExports(j, `${REVIEW}(ro,sync,subtree_check,all_squash,sec=sys)`,
      `${REVIEW}(ro,sync,subtree_check,all_squash,sec=sys) 10.42.7.21(ro,sync,subtree_check,all_squash,sec=sys)`), /exported to 2 clients/],
    ['the snapshot exported without subtree_check', (j) => editExports(j, `${REVIEW}(ro,sync,subtree_check`, `${REVIEW}(ro,sync,no_subtree_check`), /without subtree_check/],
    ['uids not squashed on the snapshot', (j) => editExports(j, 'subtree_check,all_squash', 'subtree_check,root_squash'), /does not squash every uid/],
    ['the whole release area exported to the review VM', (j) => editExports(j, `${ANALYSIS}(rw,sync,no_subtree_check,no_root_squash,sec=sys)`,
      `${ANALYSIS}(rw,sync,no_subtree_check,no_root_squash,sec=sys) ${REVIEW}(ro,sync,no_subtree_check,root_squash,sec=sys)`), /release area is exported to .*10\.42\.7\.26/],
    ['the release area exported to the whole network', (j) => editExports(j, `${ANALYSIS}(rw,`, '10.42.7.0/24(rw,'), /release area is exported to 10\.42\.7\.0\/24/],
    ['the release area mounted with set-uid files allowed', (j) => editUserData(j, 'p-042-analysis', 'rw,nosuid,nodev,noexec', 'rw,nodev,noexec'), /mounted without nosuid/],
    ['the release area mounted with programs allowed', (j) => editUserData(j, 'p-042-analysis', 'rw,nosuid,nodev,noexec', 'rw,nosuid,nodev'), /mounted without noexec/],
    ['the release service no longer waits for the area', (j) => editUserData(j, 'p-042-analysis', /(rws-release\.service\.d[^]*?)RequiresMountsFor=/, '$1After='),
      /release service unit may start without the release area mounted/],
    ['the path unit no longer waits for the area', (j) => editUserData(j, 'p-042-analysis', /(rws-release\.path\.d[^]*?)RequiresMountsFor=/, '$1After='),
      /release path unit may start without the release area mounted/],
    ['the spool on the workspace\'s own disk', (j) => editUserData(j, 'p-042-analysis', "SPOOL='/data/release/spool'", "SPOOL='/var/spool/rws-release'"),
      /spool \/var\/spool\/rws-release is not on the release area's file system/],
  ];
  test.each(releaseMutations)('%s', (_, mutate, expected) => {
    const j = clone(active.json);
    mutate(j);
    expect(releaseProblems(j, REVIEWED).join('\n')).toMatch(expected);
  });

  const VMS = 'proxmox_virtual_environment_vm';
  const fwOf = (j: any, type: string, vmName: string) => {
    const id = Object.entries<any>(j.resource[VMS]).find(([, b]) => b.name === vmName)![0];
    return Object.values<any>(j.resource[type]).find((b) => b.vm_id === `\${${VMS}.${id}.vm_id}`);
  };
  const isolationMutations: Array<[string, (j: any) => void, RegExp]> = [
    ['the review VM gets a way out', (j) => fwOf(j, 'proxmox_virtual_environment_firewall_rules', 'p-042-review-26').rule.push(
      { type: 'out', action: 'ACCEPT', proto: 'tcp', dport: '443', dest: '0.0.0.0/0', enabled: true }), /release review.*rule out ACCEPT tcp port 443 to 0\.0\.0\.0\/0 was not declared/],
    ['the review VM\'s output policy opened', (j) => { fwOf(j, 'proxmox_virtual_environment_firewall_options', 'p-042-review-26').output_policy = 'ACCEPT'; }, /release review.*output_policy is "ACCEPT"/],
    ['RDP to the review VM from anywhere', (j) => { delete fwOf(j, 'proxmox_virtual_environment_firewall_rules', 'p-042-review-26').rule[0].source; },
      /release review.*rule in ACCEPT tcp port 3389 was not declared/],
    ['SSH to the review VM', (j) => fwOf(j, 'proxmox_virtual_environment_firewall_rules', 'p-042-review-26').rule.push(
      { type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '22', source: '+rws-gateway', enabled: true }), /release review.*rule in ACCEPT tcp port 22 from \+rws-gateway was not declared/],
    ['the review VM\'s IP filter off (it could send as the analysis workspace)', (j) => { fwOf(j, 'proxmox_virtual_environment_firewall_options', 'p-042-review-26').ipfilter = false; },
      /release review.*ipfilter is false/],
    ['the storage server takes NFS from the whole network', (j) => { fwOf(j, 'proxmox_virtual_environment_firewall_rules', 'p-042-storage').rule[1].source = '10.42.7.0/24'; },
      /storage server.*rule in ACCEPT tcp port 2049 from 10\.42\.7\.0\/24 was not declared/],
  ];
  test.each(isolationMutations)('%s', (_, mutate, expected) => {
    const j = clone(active.json);
    mutate(j);
    expect(checkProxmoxIsolation(j, declared).join('\n')).toMatch(expected);
  });
});

describe('validators', () => {
  test('every cloud-config passes cloud-init schema; the scripts pass shellcheck', () => {
    const configs = [
      userDataOf(active.json, vm(active.json, 'p-042-analysis')!.body),
      userDataOf(active.json, vm(active.json, 'p-042-review-26')!.body),
      userDataOf(active.json, vm(active.json, 'p-042-storage')!.body),
    ];
    for (const c of configs) {
      const r = cloudInitSchema(c);
      if (r) expect(r).toMatchObject({ status: 0 });
    }
    const sc = shellcheck(ReleaseCommand.script({ permitId: 'p-042' }));
    if (sc) expect(sc).toMatchObject({ status: 0 });
    if (requireTool('shellcheck', 'the analysis workspace\'s release set-up line is checked with shellcheck')) {
      for (const c of cloudConfig(configs[0]).runcmd.filter((x: string[]) => x[0] === 'sh')) {
        const r = spawnSync('shellcheck', ['-s', 'sh', '-'], { input: `#!/bin/sh\n${c[2]}\n`, encoding: 'utf8' });
        expect(`${r.stdout}${r.stderr}`).toBe('');
      }
    }
  });

  test('tf-validate accepts the stacks with reviews', async () => {
    const results = await tfValidateAll([active.dir, stopped.dir]);
    if (results) for (const r of results) expect({ dir: r.dir, status: r.status, output: r.status ? r.output : '' }).toEqual({ dir: r.dir, status: 0, output: '' });
  }, 120_000);
});

describe('bad input: one error naming the construct path, field, value and fix', () => {
  const attempt = (status: PermitStatus, releaseReviews: ProxmoxReleaseReviewOptions[]) => () => {
    synthPermit(permit(status, undefined), { releaseReviews });
  };
  const ok = REVIEWS[0].reviewers;
  test.each<[string, PermitStatus, ProxmoxReleaseReviewOptions[], RegExp]>([
    ['a request id that is not one', S.ANALYSIS_ACTIVE, [{ requestId: 'RQ 1', reviewers: ok }],
      /construct permit-p-042\/permit: error invalid-request-id: releaseReviews\[0\]\.requestId: request id must be 1-63 lower-case letters.*\(got "RQ 1"\)\. Fix: use the id "rws permit release list" shows/],
    ['one reviewer', S.ANALYSIS_ACTIVE, [{ requestId: REQUEST, reviewers: [{ name: 'hdab-ben' }] }], /error too-few-reviewers: releaseReviews\[0\]\.reviewers: two different reviewers must approve/],
    ['the same reviewer twice', S.ANALYSIS_ACTIVE, [{ requestId: REQUEST, reviewers: [{ name: 'hdab-ben' }, { name: 'hdab-ben' }] }],
      /error duplicate-reviewer: releaseReviews\[0\]\.reviewers\[1\]\.name: hdab-ben is listed twice.*Fix: name each output checker once/],
    ['a researcher as reviewer', S.ANALYSIS_ACTIVE, [{ requestId: REQUEST, reviewers: [{ name: 'hdab-ben' }, { name: 'alice' }] }],
      /error role-conflict: releaseReviews\[0\]\.reviewers\[1\]\.name: "alice" is a researcher of the permit and cannot check its outputs \(got "alice"\)/],
    ['a reserved name', S.ANALYSIS_ACTIVE, [{ requestId: REQUEST, reviewers: [{ name: 'hdab-ben' }, { name: 'root' }] }], /error invalid-name: releaseReviews\[0\]\.reviewers\[1\]\.name: not a valid, non-reserved login name \(got "root"\)/],
    ['a uid outside the lab range', S.ANALYSIS_ACTIVE, [{ requestId: REQUEST, reviewers: [{ name: 'hdab-ben', uid: 0 }, { name: 'hdab-cleo' }] }], /error invalid-id: releaseReviews\[0\]\.reviewers\[0\]\.uid/],
    ['the same request twice', S.ANALYSIS_ACTIVE, [REVIEWS[0], REVIEWS[0]], /error duplicate-review: releaseReviews\[1\]\.requestId: the same request is reviewed twice/],
    ['a review on a permit machine\'s address', S.ANALYSIS_ACTIVE, [{ ...REVIEWS[0], hostNumber: 25 }], /error invalid-host-number: releaseReviews\[0\]\.hostNumber: a review VM takes a host number from 26 to 254.*\(got 25\)/],
    ['two reviews on one address', S.ANALYSIS_ACTIVE, [{ ...REVIEWS[0], hostNumber: 30 }, { requestId: OTHER, reviewers: ok, hostNumber: 30 }], /error duplicate-host-number: releaseReviews\[1\]\.hostNumber/],
    ['a review before there is a release area', S.DATA_PREPARATION_PENDING, REVIEWS,
      /error review-without-release-area: releaseReviews: in DATA_PREPARATION_PENDING there is no release area to review.*Fix: drop releaseReviews, or review in ANALYSIS_ACTIVE, ANALYSIS_STOPPED, ARCHIVED/],
  ])('%s', (_, status, reviews, expected) => {
    expect(attempt(status, reviews)).toThrow(expected);
  });

  test('a review VM id beyond Proxmox\'s range', () => {
    expect(() => synthPermit(permit(S.ANALYSIS_ACTIVE), { vmIdBase: 999999990, releaseReviews: [{ ...REVIEWS[0], hostNumber: 30 }] })).toThrow(
      /error invalid-vm-id: releaseReviews\[0\]\.hostNumber: the review VM's id \(vmIdBase \+ 8 \+ 4\) would exceed 999999999 \(got 30\)/);
    const ids = synthPermit(permit(S.ANALYSIS_ACTIVE), { vmIdBase: 4200, releaseReviews: [{ ...REVIEWS[0], hostNumber: 30 }] });
    expect(vm(ids.json, 'p-042-review-30')!.body.vm_id).toBe(4212);
    expect(vm(ids.json, 'p-042-analysis')!.body.vm_id).toBe(4207);
  });

  test('a review VM for a request the environment does not export, twice for one request, or none for an exported one', () => {
    const build = (add: (env: ProxmoxPermitEnvironment, stack: TerraformStack) => void, reviews = REVIEWS) => () => synthApp((app) => {
      const stack = new TerraformStack(app, 'permit-p-042');
      const plan = PermitLifecycle.plan(permit(S.ANALYSIS_ACTIVE));
      const env = new ProxmoxPermitEnvironment(stack, 'permit', { ...PERMIT_OPTIONS, plan, releaseReviews: reviews });
      add(env, stack);
      return stack;
    });
    expect(build((env, stack) => new ProxmoxReleaseReview(stack, 'Review', { environment: env, requestId: REQUEST }))).not.toThrow();
    expect(build((env, stack) => new ProxmoxReleaseReview(stack, 'Review', { environment: env, requestId: OTHER }))).toThrow(
      /construct permit-p-042\/Review: error review-not-exported: requestId: the permit environment does not export this request's snapshot.*\(got "rq-20260106090000-ffee01"\)\. Fix: add \{ requestId: 'rq-20260106090000-ffee01'/);
    expect(build((env, stack) => {
      new ProxmoxReleaseReview(stack, 'Review', { environment: env, requestId: REQUEST });
      new ProxmoxReleaseReview(stack, 'Again', { environment: env, requestId: REQUEST });
    })).toThrow(/construct permit-p-042\/Again: error duplicate-review: requestId: permit-p-042\/Review already reviews this request/);
    expect(build((env, stack) => new ProxmoxReleaseReview(stack, 'Review', { environment: env, requestId: REQUEST, reviewers: [{ name: 'alice' }, { name: 'hdab-ben' }] }))).toThrow(
      /construct permit-p-042\/Review: error role-conflict: reviewers\[0\]\.name: "alice" is a researcher/);
    expect(build(() => undefined)).toThrow(/error review-without-vm: releaseReviews: the storage server exports requests\/rq-20260105100000-0a1b2c to 10\.42\.7\.26, but no ProxmoxReleaseReview builds that VM/);
  });
});
