/**
 * The output release request area on the AWS permit (issue 15): what the analysis workspace's
 * user-data carries (rws-release with its spool inside the area, the units, the upload service),
 * the metadata guard on every permit desktop, executed in a network namespace the test makes, and
 * the egress-review bucket taking writes under `requests/` only. Each control is removed in turn
 * and the check that should catch it is shown to fail.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { PermitStatus, PermitWorkspaceRole, ReleaseCommand } from '../../src';
import {
  analysisReleasePart, IMDS_GUARD_PATH, imdsGuardScript, RELEASE_BUCKET_TAG, RELEASE_KEY_TAG, RELEASE_SPOOL, UPLOAD_PATH,
} from '../../src/constructs/aws/private/permit-release';
import { bucketPolicy, bucketsByVolume, cleanTemp, examplePhase, instancesByWorkspace, principalName, roles, Synth, tempDir } from '../airlock/helpers';
import { requireTool } from '../helpers/tools';

const S = PermitStatus;
let active: Synth;
let stopped: Synth;
let preparation: Synth;

beforeAll(() => {
  active = examplePhase(S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING);
  stopped = examplePhase(S.ANALYSIS_STOPPED, S.ANALYSIS_ACTIVE);
  preparation = examplePhase(S.DATA_PREPARATION_PENDING, S.INGRESS_IN_PROGRESS);
}, 120_000);
afterAll(cleanTemp);

const analysisOf = (s: Synth) => s.stack.airlock.workspace(PermitWorkspaceRole.ANALYSIS);
const GUARD_PART = '00-rws-imds-guard.boothook';
const RELEASE_PART = '02-rws-permit-release.sh';

/** The files a shell part writes with its here-documents: path -> content. */
function filesOf(part: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of part.matchAll(/^cat >'([^']+)\.rws-new' <<'RWS_FILE_EOF'\n([\s\S]*?)^RWS_FILE_EOF$/gm)) out.set(m[1], m[2]);
  return out;
}

function shellcheck(name: string, text: string, shell: string): string {
  const f = path.join(tempDir('rws-awsrel-sc-'), name);
  fs.writeFileSync(f, text);
  const r = spawnSync('shellcheck', ['-s', shell, '-S', 'style', f], { encoding: 'utf8' });
  return `${r.status}${r.stdout}${r.stderr}`;
}

describe('what the analysis workspace gets', () => {
  test('rws-release with its spool inside the area, its units, the upload service; the same while stopped', () => {
    const ws = analysisOf(active);
    expect(ws.userDataPartNames).toEqual(['00-rws-deploy-values.sh', GUARD_PART, RELEASE_PART, 'cloud-config.yaml', 'provision.sh']);
    // Exactly the part the chroot test (release-upload-aws.test.ts) executes.
    expect(ws.userDataPart(RELEASE_PART)).toBe(analysisReleasePart('p-001').content);
    const files = filesOf(ws.userDataPart(RELEASE_PART));
    const script = files.get(ReleaseCommand.INSTALL_PATH)!;
    expect(script).toBe(ReleaseCommand.script({ permitId: 'p-001', areaPath: '/data/release', spoolPath: '/data/release/spool' }));
    expect(script).toMatch(/^AREA='\/data\/release'$/m);
    expect(script).toMatch(/^SPOOL='\/data\/release\/spool'$/m);
    expect(RELEASE_SPOOL.startsWith('/data/release/')).toBe(true);
    expect([...files.keys()].sort()).toEqual([
      '/etc/sysctl.d/60-rws-release.conf',
      '/etc/systemd/system/rws-release-upload.path', '/etc/systemd/system/rws-release-upload.service', '/etc/systemd/system/rws-release-upload.timer',
      '/etc/systemd/system/rws-release.path', '/etc/systemd/system/rws-release.service',
      ReleaseCommand.INSTALL_PATH, UPLOAD_PATH,
    ].sort());
    expect(files.get('/etc/systemd/system/rws-release.path')).toMatch(/^PathChanged=\/data\/release\/spool$/m);
    expect(files.get('/etc/systemd/system/rws-release-upload.path')).toMatch(/^PathChanged=\/data\/release\/requests$/m);
    // The upload runs only with the guard in place, as root (no User=).
    const upload = files.get('/etc/systemd/system/rws-release-upload.service')!;
    expect(upload).toMatch(/^Requires=rws-imds-guard\.service$/m);
    expect(upload).not.toMatch(/^User=/m);
    expect(ws.userDataPart(RELEASE_PART)).toMatch(/^systemctl enable --now rws-release\.path rws-release-upload\.path rws-release-upload\.timer$/m);
    // Stopped, the workspace keeps the same boot (it is stopped, never re-provisioned).
    const [, instanceActive] = instancesByWorkspace(active.template).get('analysis')!;
    const [, instanceStopped] = instancesByWorkspace(stopped.template).get('analysis')!;
    expect(instanceStopped.Properties.UserData).toEqual(instanceActive.Properties.UserData);
    expect(analysisOf(stopped).userDataPart(RELEASE_PART)).toBe(ws.userDataPart(RELEASE_PART));
  });

  test('the upload service finds the egress-review bucket and the permit key in instance tags', () => {
    const t = active.template;
    const [, instance] = instancesByWorkspace(t).get('analysis')!;
    const tags = new Map<string, any>(instance.Properties.Tags.map((x: any) => [x.Key, x.Value]));
    expect(tags.get(RELEASE_BUCKET_TAG)).toEqual({ Ref: bucketsByVolume(t).get('egress-review') });
    const keyId = Object.entries<any>(t.Resources).find(([, r]) => r.Type === 'AWS::KMS::Key' && /buckets, root volumes/.test(r.Properties.Description))![0];
    expect(tags.get(RELEASE_KEY_TAG)).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
  });

  test('other permit desktops get the metadata guard and nothing of the release', () => {
    for (const w of preparation.stack.airlock.workspaces) {
      expect(w.workspace.userDataPartNames).toContain(GUARD_PART);
      expect(w.workspace.userDataPartNames).not.toContain(RELEASE_PART);
    }
    expect(preparation.stack.airlock.workspaces.length).toBeGreaterThan(0);
  });

  test('the guard is a boothook (every boot, early) and a unit ordered before the network, for sysinit', () => {
    const part = analysisOf(active).userDataPart(GUARD_PART);
    expect(part.split('\n').slice(0, 2)).toEqual(['#cloud-boothook', '#!/bin/sh']);
    const files = filesOf(part);
    expect(files.get(IMDS_GUARD_PATH)).toBe(imdsGuardScript());
    const unit = files.get('/etc/systemd/system/rws-imds-guard.service')!;
    expect(unit).toMatch(/^DefaultDependencies=no$/m);
    expect(unit).toMatch(/^Before=network-pre\.target .*amazon-ssm-agent\.service/m);
    expect(unit).toMatch(/^WantedBy=sysinit\.target$/m);
    expect(part).toMatch(/^ln -sf \.\.\/rws-imds-guard\.service \/etc\/systemd\/system\/sysinit\.target\.wants\/rws-imds-guard\.service$/m);
    expect(part.trimEnd().split('\n').pop()).toBe(IMDS_GUARD_PATH);
    // What EC2 receives: the part is declared a boothook in the compressed MIME message.
    const [, instance] = instancesByWorkspace(active.template).get('analysis')!;
    const mime = zlib.gunzipSync(Buffer.from(instance.Properties.UserData, 'base64')).toString('utf8');
    expect(mime).toMatch(new RegExp(`Content-Type: text/cloud-boothook; charset="utf-8"\\n(?:.*\\n){2}Content-Disposition: attachment; filename="${GUARD_PART}"`));
    expect(mime).toMatch(new RegExp(`Content-Type: text/x-shellscript; charset="utf-8"\\n(?:.*\\n){2}Content-Disposition: attachment; filename="${RELEASE_PART}"`));
  });

  test('shellcheck: both parts and the scripts they install', () => {
    if (!requireTool('shellcheck', 'checks the release boot parts')) return;
    const guard = analysisOf(active).userDataPart(GUARD_PART);
    const release = analysisOf(active).userDataPart(RELEASE_PART);
    expect(shellcheck('guard-part.sh', guard.split('\n').slice(1).join('\n'), 'sh')).toBe('0');
    expect(shellcheck('release-part.sh', release, 'sh')).toBe('0');
    expect(shellcheck('rws-imds-guard', imdsGuardScript(), 'sh')).toBe('0');
    expect(shellcheck('rws-release-upload', filesOf(release).get(UPLOAD_PATH)!, 'bash')).toBe('0');
    expect(shellcheck('rws-release', filesOf(release).get(ReleaseCommand.INSTALL_PATH)!, 'bash')).toBe('0');
  });

  test('cloud-init schema: the workspace\'s cloud-config is still valid beside the new parts', () => {
    if (!requireTool('cloud-init', 'validates the cloud-config')) return;
    const f = path.join(tempDir('rws-awsrel-cc-'), 'cloud-config.yaml');
    fs.writeFileSync(f, analysisOf(active).userDataPart('cloud-config.yaml'));
    const r = spawnSync('cloud-init', ['schema', '--config-file', f], { encoding: 'utf8' });
    expect(`${r.status} ${r.stdout}${r.stderr}`).toMatch(/^0 .*Valid/s);
  });
});

// ---------------------------------------------------------------------------------------------
// The metadata guard, executed

/**
 * Three network namespaces the test makes: `imds` holds the metadata addresses (a web server on
 * each, as root), `inst` is the workspace (routes to them, forwards for `ctr`), `ctr` a container
 * whose traffic the workspace forwards. The guard is applied in `inst`; then curl as root, as
 * `nobody` and as uid 5001 in `inst`, and as root in `ctr`.
 */
function probeGuards(guards: Record<string, string>): Record<string, Record<string, string>> {
  const dir = tempDir('rws-awsrel-netns-');
  for (const [name, guard] of Object.entries(guards)) fs.writeFileSync(path.join(dir, `${name}.sh`), guard);
  fs.writeFileSync(path.join(dir, 'latest'), 'metadata\n');
  fs.chmodSync(dir, 0o755);
  const n = `rws${process.pid % 100000}`;
  const script = `
set -u
I=${n}i; M=${n}m; C=${n}c
# Every process started in a namespace (the metadata stand-ins) is stopped before it is deleted.
trap 'for ns in $I $M $C; do ip netns pids $ns 2>/dev/null | xargs -r kill 2>/dev/null; ip netns del $ns 2>/dev/null; done' EXIT
ip netns add $I && ip netns add $M && ip netns add $C
ip link add ${n}a netns $I type veth peer name ${n}b netns $M
ip link add ${n}c netns $I type veth peer name ${n}d netns $C
inI() { ip netns exec $I "$@"; }; inM() { ip netns exec $M "$@"; }; inC() { ip netns exec $C "$@"; }
for ns in $I $M $C; do ip -n $ns link set lo up; done
inI ip link set ${n}a up; inI ip link set ${n}c up; inM ip link set ${n}b up; inC ip link set ${n}d up
inI ip addr add 10.99.0.1/30 dev ${n}a; inM ip addr add 10.99.0.2/30 dev ${n}b
inI ip -6 addr add fd99::1/64 dev ${n}a nodad; inM ip -6 addr add fd99::2/64 dev ${n}b nodad
inI ip addr add 10.99.1.1/30 dev ${n}c; inC ip addr add 10.99.1.2/30 dev ${n}d
inM ip addr add 169.254.169.254/32 dev lo; inM ip -6 addr add fd00:ec2::254/128 dev lo nodad
inI ip route add 169.254.169.254/32 via 10.99.0.2; inI ip -6 route add fd00:ec2::254/128 via fd99::2
inM ip route add default via 10.99.0.1; inM ip -6 route add default via fd99::1
inC ip route add default via 10.99.1.1
inI sysctl -q -w net.ipv4.ip_forward=1
inM /usr/bin/python3 -m http.server --bind 169.254.169.254 80 --directory ${dir} >/dev/null 2>&1 & a=$!
inM /usr/bin/python3 -m http.server --bind fd00:ec2::254 80 --directory ${dir} >/dev/null 2>&1 & b=$!
for _ in $(seq 100); do inI curl -fsS -m 1 -o /dev/null http://169.254.169.254/latest 2>/dev/null && inI curl -fsS -m 1 -o /dev/null 'http://[fd00:ec2::254]/latest' 2>/dev/null && break; sleep 0.1; done
probe() { if "\${@:2}" curl -fsS -m 2 -o /dev/null "$1" 2>/dev/null; then echo open; else echo closed; fi; }
for g in ${Object.keys(guards).join(' ')}; do
  inI nft flush ruleset
  inI sh ${dir}/$g.sh >/dev/null 2>&1; echo "$g guard=$?"
  for u in http://169.254.169.254/latest 'http://[fd00:ec2::254]/latest'; do
    v=4; case $u in *fd00*) v=6 ;; esac
    echo "$g root$v=$(probe "$u" ip netns exec $I)"
    echo "$g nobody$v=$(probe "$u" ip netns exec $I setpriv --reuid=65534 --regid=65534 --clear-groups)"
    echo "$g researcher$v=$(probe "$u" ip netns exec $I setpriv --reuid=5001 --regid=5001 --clear-groups)"
  done
  echo "$g container4=$(probe http://169.254.169.254/latest ip netns exec $C)"
done
kill $a $b
`;
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr).toBe('');
  // Nothing the test started is left running.
  expect(spawnSync('pgrep', ['-f', `http.server --bind .* --directory ${dir}`]).status).toBe(1);
  const out: Record<string, Record<string, string>> = {};
  for (const line of r.stdout.trim().split('\n')) {
    const m = /^(\S+) (\w+)=(\w+)$/.exec(line)!;
    (out[m[1]] ??= {})[m[2]] = m[3];
  }
  return out;
}

describe('the metadata guard in a network namespace', () => {
  const ready = () => requireTool('nft', 'runs the metadata guard') && requireTool('ip', 'makes the network namespaces') && requireTool('curl', 'probes the metadata address');
  const SHIPPED = { guard: '0', root4: 'open', nobody4: 'closed', researcher4: 'closed', root6: 'open', nobody6: 'closed', researcher6: 'closed', container4: 'closed' };

  let r: Record<string, Record<string, string>> = {};
  beforeAll(() => {
    if (!ready()) return;
    const shipped = imdsGuardScript();
    r = probeGuards({
      none: 'exit 0\n',
      shipped,
      twice: `${shipped}\n${shipped.replace(/^#!.*\n/, '')}`,
      noreject: shipped.replace(/^.*counter reject\n/gm, ''),
      noforward: shipped.replace(/^.*counter drop\n/gm, ''),
    });
  }, 120_000);

  test('as shipped: root reaches the metadata service, nobody else does (IPv4 and IPv6), nor a container; applying it twice is fine', () => {
    if (!ready()) return;
    expect(r.shipped).toEqual(SHIPPED);
    expect(r.twice).toEqual(SHIPPED);
  });

  test('before the guard everyone reaches it (the probe can see an open service)', () => {
    if (!ready()) return;
    expect(Object.values(r.none).filter((v) => v === 'open')).toHaveLength(7);
  });

  test('control removed (no rejection for other users): a researcher reaches the role\'s credentials', () => {
    if (!ready()) return;
    expect(imdsGuardScript().replace(/^.*counter reject\n/gm, '')).not.toBe(imdsGuardScript());
    expect(r.noreject).toEqual({ ...SHIPPED, nobody4: 'open', researcher4: 'open', nobody6: 'open', researcher6: 'open' });
  });

  test('control removed (no forward chain): a container on the workspace reaches it', () => {
    if (!ready()) return;
    expect(r.noforward).toEqual({ ...SHIPPED, container4: 'open' });
  });

  test('without nft on the image the guard fails loudly (the upload service, which Requires= it, does not run)', () => {
    const run = spawnSync('env', ['-i', 'PATH=/nonexistent', '/bin/sh', '-c', imdsGuardScript()], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/nft \(package nftables\) is not on this image/);
  });
});

// ---------------------------------------------------------------------------------------------
// The egress-review bucket takes release requests only

const list = (x: any) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const glob = (pattern: string, s: string) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(s);
/** GetAtt X.Arn -> "arn:X", Ref X -> "X", joins joined. */
function render(v: any): any {
  if (Array.isArray(v)) return v.map(render);
  if (v && typeof v === 'object') {
    if (v['Fn::Join']) return v['Fn::Join'][1].map(render).join(v['Fn::Join'][0]);
    if (v['Fn::GetAtt']) return `arn:${v['Fn::GetAtt'][0]}`;
    if (v.Ref) return v.Ref;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, render(x)]));
  }
  return v;
}

/**
 * Whether the bucket policy lets `role` put an object at `key` (with the right encryption
 * headers, which the encryption Denies ask for): an explicit Deny wins.
 */
function mayPut(statements: any[], bucketId: string, roleArn: string, key: string): boolean {
  const resource = `arn:${bucketId}/${key}`;
  const acts = (st: any) => list(st.Action).some((a: string) => glob(a, 's3:PutObject'));
  const matchesAny = (patterns: any) => list(patterns).some((r: string) => glob(r, resource));
  const covers = (st: any) => (st.NotResource !== undefined ? !matchesAny(st.NotResource) : matchesAny(st.Resource));
  const principal = (st: any) => st.Principal === '*' || list(st.Principal?.AWS).some((p: string) => p === '*' || p === roleArn);
  const applies = (st: any) => {
    if (!st.Condition) return true;
    if (st.Condition.ArnNotEquals) return !list(st.Condition.ArnNotEquals['aws:PrincipalArn']).includes(roleArn);
    return false; // the encryption conditions: the upload sends aws:kms with the permit's key
  };
  if (statements.some((st) => st.Effect === 'Deny' && acts(st) && covers(st) && principal(st) && applies(st))) return false;
  return statements.some((st) => st.Effect === 'Allow' && acts(st) && covers(st) && principal(st));
}

describe('the egress-review bucket', () => {
  function judge(statements: any[], t: any): string[] {
    const bucketId = bucketsByVolume(t).get('egress-review')!;
    const role = roles(t).find((r) => principalName(t, r) === 'workspace:analysis')!;
    const arn = `arn:${role}`;
    const out: string[] = [];
    if (!mayPut(statements, bucketId, arn, 'requests/rq-20260105100000-0a1b2c/files/table.csv')) out.push('the analysis role cannot submit a request');
    if (!mayPut(statements, bucketId, arn, 'requests/rq-20260105100000-0a1b2c/request.json')) out.push('the analysis role cannot submit request.json');
    for (const k of ['outputs/table.csv', 'table.csv', 'request/rq-1/files/a', 'requestsx/a']) {
      if (mayPut(statements, bucketId, arn, k)) out.push(`the analysis role may write ${k}`);
    }
    if (mayPut(statements, bucketId, 'arn:SomeoneElse', 'requests/rq-20260105100000-0a1b2c/request.json')) out.push('another principal may write a request');
    return out;
  }

  test('the analysis role writes under requests/ only; nobody else writes at all', () => {
    const t = active.template;
    const statements = render(bucketPolicy(t, bucketsByVolume(t).get('egress-review')!));
    expect(judge(statements, t)).toEqual([]);
  });

  test('control removed (no DenyWritesOutsideReleaseRequests): the role may write anywhere in the bucket', () => {
    const t = active.template;
    const statements = render(bucketPolicy(t, bucketsByVolume(t).get('egress-review')!));
    const without = statements.filter((s: any) => s.Sid !== 'DenyWritesOutsideReleaseRequests');
    expect(without.length).toBe(statements.length - 1);
    expect(judge(without, t)).toEqual(expect.arrayContaining(['the analysis role may write outputs/table.csv', 'the analysis role may write table.csv']));
  });

  test('while stopped and after the archive nobody writes the bucket, requests/ included', () => {
    for (const s of [stopped, examplePhase(S.ARCHIVED, S.ANALYSIS_STOPPED)]) {
      const t = s.template;
      const statements = render(bucketPolicy(t, bucketsByVolume(t).get('egress-review')!));
      const role = roles(t).find((r) => principalName(t, r) === 'workspace:analysis');
      expect(mayPut(statements, bucketsByVolume(t).get('egress-review')!, `arn:${role ?? 'gone'}`, 'requests/rq-20260105100000-0a1b2c/request.json')).toBe(false);
    }
  });
});
