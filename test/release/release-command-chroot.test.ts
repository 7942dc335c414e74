/**
 * `rws-release`, the in-workspace request command, for real: shellcheck, then in a Debian 12
 * chroot as an unprivileged researcher and the root release service. It snapshots the files
 * with their hashes, the researcher cannot change the snapshot afterwards, and links, path
 * tricks and spool tricks cannot bring any other file into a request.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { ReleaseCommand } from '../../src';
import { requireTool } from '../helpers/tools';
import { permitRootfs, Sandbox } from '../permit/helpers/chroot';

const SCRIPT = ReleaseCommand.script({ permitId: 'p-001' });
const ALICE = 5001;
const BOB = 5002;
const SECRET = 'TOP-SECRET-MARKER-7f3a9c';

const sha = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');

test('the generated command passes shellcheck (every severity) and evaluates nothing', () => {
  expect(SCRIPT).toMatch(/^set -euo pipefail$/m);
  expect(SCRIPT).not.toMatch(/\beval\b|\bsource\b|^\s*\.\s/m);
  if (!requireTool('shellcheck', 'the release command is checked with shellcheck')) return;
  const r = spawnSync('shellcheck', ['--shell=bash', '--severity=style', '-'], { input: SCRIPT, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

test('bad options are one clear error each', () => {
  expect(() => ReleaseCommand.script({ permitId: 'P 1' })).toThrow(/permitId: permit id must be 1-40 lower-case.*\(got "P 1"\)\. Fix:/);
  expect(() => ReleaseCommand.script({ permitId: 'p-1', areaPath: '/data/outputs/requests' })).toThrow(/areaPath: the request area must not be inside outputs/);
  expect(() => ReleaseCommand.script({ permitId: 'p-1', spoolPath: '/var/$(id)' })).toThrow(/spoolPath: not a plain absolute path/);
});

test('the systemd units run the snapshot service as root whenever the spool changes, without network', () => {
  const units = ReleaseCommand.systemdUnits({ permitId: 'p-001', spoolPath: '/var/spool/rws-release' });
  expect(units['rws-release.path']).toMatch(/^PathChanged=\/var\/spool\/rws-release$/m);
  expect(units['rws-release.service']).toMatch(/^ExecStartPre=\/usr\/local\/bin\/rws-release setup$/m);
  expect(units['rws-release.service']).toMatch(/^ExecStart=\/usr\/local\/bin\/rws-release process$/m);
  expect(units['rws-release.service']).toMatch(/^PrivateNetwork=yes$/m);
  expect(units['rws-release.service']).not.toMatch(/^User=/m);
});

describe('in a Debian 12 chroot', () => {
  let box: Sandbox | undefined;
  beforeAll(() => {
    const rootfs = permitRootfs();
    if (!rootfs) return;
    box = Sandbox.create(rootfs);
    box.write(ReleaseCommand.INSTALL_PATH, SCRIPT, 0o755);
    const setup = box.run(['/bin/bash', '-c', [
      'set -e',
      'groupadd -g 5000 researchers',
      `useradd -m -u ${ALICE} -U -G researchers alice`,
      `useradd -m -u ${BOB} -U -G researchers bob`,
      'install -d -o root -g researchers -m 2775 /data/outputs /data/outputs/results',
      `printf '%s\\n' '${SECRET}' >/root/secret.txt && chmod 0600 /root/secret.txt`,
      `printf '%s\\n' '${SECRET}' >/data/outputs/root-only.txt && chmod 0600 /data/outputs/root-only.txt`,
      `${ReleaseCommand.INSTALL_PATH} setup`,
    ].join('\n')]);
    expect(setup.stderr).toBe('');
    expect(setup.status).toBe(0);
    // Alice's results, written as alice.
    const asAlice = box.run(['setpriv', `--reuid=${ALICE}`, `--regid=${ALICE}`, '--init-groups', '/bin/bash', '-c', [
      'set -e',
      'umask 002',
      'printf "id,estimate\\n1,0.42\\n2,0.17\\n" >/data/outputs/results/table.csv',
      'printf "aggregate results, n >= 10 per cell\\n" >/data/outputs/summary.txt',
      'head -c 65536 /dev/urandom >/data/outputs/results/figure.bin',
    ].join('\n')]);
    expect(asAlice.status).toBe(0);
  }, 900_000);
  afterAll(async () => box?.destroy());

  const as = (uid: number, cmd: string[]) => box!.run(['setpriv', `--reuid=${uid}`, `--regid=${uid}`, '--init-groups', ...cmd]);
  const shAs = (uid: number, script: string) => as(uid, ['/bin/bash', '-c', script]);
  const request = (uid: number, ...args: string[]) => as(uid, [ReleaseCommand.INSTALL_PATH, 'request', ...args]);
  const processSpool = () => box!.run([ReleaseCommand.INSTALL_PATH, 'process']);
  const requests = () => fs.readdirSync(box!.path('/data/release/requests')).sort();
  /** Every byte under the request area, to look for smuggled content. */
  const areaText = () => {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.isFile()) out.push(fs.readFileSync(p, 'latin1'));
      }
    };
    walk(box!.path('/data/release'));
    return out.join('\n');
  };
  /** Requests as alice, runs the service, returns alice's status line. */
  const requestAndProcess = (uid: number, ...args: string[]) => {
    const r = request(uid, ...args);
    const token = /request ([0-9a-f]{16}) queued/.exec(r.stdout)?.[1];
    if (!token) return { request: r, status: '', token: '' };
    const p = processSpool();
    expect(p.status).toBe(0);
    const st = as(uid, [ReleaseCommand.INSTALL_PATH, 'status', token]);
    return { request: r, status: st.stdout.trim(), token };
  };

  let accepted = '';

  test('a researcher requests two files: the service snapshots them with their hashes, owned by root and read-only', () => {
    if (!box) return;
    const before = requests();
    const r = requestAndProcess(ALICE, '-m', 'Table 2 and the summary of the paper', 'results/table.csv', '/data/outputs/summary.txt');
    expect(r.request.status).toBe(0);
    expect(r.status).toMatch(/^accepted rq-\d{14}-[0-9a-f]{6} \(2 files, \d+ bytes\)$/);
    accepted = /accepted (\S+)/.exec(r.status)![1];
    expect(requests()).toEqual([...before, accepted].sort());
    const dir = `/data/release/requests/${accepted}`;
    const req = JSON.parse(box.read(`${dir}/request.json`));
    const original = (p: string) => fs.readFileSync(box!.path(`/data/outputs/${p}`));
    expect(req).toMatchObject({ id: accepted, permitId: 'p-001', requester: 'alice', requesterUid: ALICE, justification: 'Table 2 and the summary of the paper' });
    expect(req.files).toEqual([
      { path: 'results/table.csv', size: original('results/table.csv').length, sha256: sha(original('results/table.csv')) },
      { path: 'summary.txt', size: original('summary.txt').length, sha256: sha(original('summary.txt')) },
    ]);
    // The copies are the content, and SHA256SUMS verifies with sha256sum itself.
    expect(fs.readFileSync(box.path(`${dir}/files/results/table.csv`))).toEqual(original('results/table.csv'));
    const check = box.run(['/bin/bash', '-c', `cd ${dir} && sha256sum -c SHA256SUMS`]);
    expect(check.stdout).toBe('files/results/table.csv: OK\nfiles/summary.txt: OK\n');
    // Nothing else was copied.
    expect(fs.readdirSync(box.path(`${dir}/files`)).sort()).toEqual(['results', 'summary.txt']);
    for (const p of ['', '/files', '/files/results']) {
      const s = fs.statSync(box.path(`${dir}${p}`));
      // eslint-disable-next-line no-bitwise
      expect([s.uid, s.mode & 0o7777]).toEqual([0, 0o555]);
    }
    for (const p of ['/request.json', '/SHA256SUMS', '/files/summary.txt', '/files/results/table.csv']) {
      const s = fs.statSync(box.path(`${dir}${p}`));
      // eslint-disable-next-line no-bitwise
      expect([s.uid, s.mode & 0o7777]).toEqual([0, 0o444]);
    }
  });

  test('the researcher cannot change the snapshot afterwards, and changing outputs does not change it', () => {
    if (!box || !accepted) return;
    const dir = `/data/release/requests/${accepted}`;
    const before = box.read(`${dir}/files/summary.txt`);
    const attempts = [
      `echo forged >>${dir}/files/summary.txt`,
      `echo forged >${dir}/files/summary.txt`,
      `rm -f ${dir}/files/summary.txt`,
      `mv ${dir}/files/summary.txt ${dir}/files/other.txt`,
      `chmod 0666 ${dir}/files/summary.txt`,
      `touch ${dir}/files/added.txt`,
      `rm -rf ${dir}`,
      `mv ${dir} /data/release/requests/gone`,
      `echo '{}' >${dir}/request.json`,
      `truncate -s 0 ${dir}/SHA256SUMS`,
      'mkdir /data/release/requests/rq-forged',
      `echo 'accepted rq-forged' >/data/release/status/${ALICE}-0000000000000000`,
    ];
    for (const a of attempts) {
      const r = shAs(ALICE, a);
      expect([a, r.status]).not.toEqual([a, 0]);
    }
    shAs(ALICE, 'echo changed-after-request >>/data/outputs/summary.txt');
    expect(box.read(`${dir}/files/summary.txt`)).toBe(before);
    expect(box.run(['/bin/bash', '-c', `cd ${dir} && sha256sum -c --quiet SHA256SUMS`]).status).toBe(0);
    expect(requests()).not.toContain('rq-forged');
    expect(requests()).not.toContain('gone');
  });

  test('a symlink to a file outside outputs is refused; nothing of the target reaches the area', () => {
    if (!box) return;
    expect(shAs(ALICE, 'ln -s /root/secret.txt /data/outputs/leak.txt && ln -s /etc/shadow /data/outputs/results/shadow.csv').status).toBe(0);
    const before = requests();
    const r = requestAndProcess(ALICE, '-m', 'harmless', 'summary.txt', 'leak.txt');
    expect(r.status).toBe('refused: refused: leak.txt: /data/outputs/leak.txt is a symbolic link (links are never followed out of outputs)');
    const r2 = requestAndProcess(ALICE, '-m', 'harmless', 'results/shadow.csv');
    expect(r2.status).toMatch(/^refused: .*shadow\.csv is a symbolic link/);
    expect(requests()).toEqual(before);
    expect(areaText()).not.toContain(SECRET);
    expect(areaText()).not.toMatch(/^root:/m);
  });

  test('a symlinked folder and "..": refused; a link inside outputs to another output file too', () => {
    if (!box) return;
    expect(shAs(ALICE, 'ln -s /root /data/outputs/home && ln -s results/table.csv /data/outputs/alias.csv').status).toBe(0);
    const before = requests();
    expect(requestAndProcess(ALICE, '-m', 'x', 'home/secret.txt').status).toMatch(/^refused: .*\/data\/outputs\/home is a symbolic link/);
    expect(requestAndProcess(ALICE, '-m', 'x', 'alias.csv').status).toMatch(/^refused: .*alias\.csv is a symbolic link/);
    // The command refuses ".." itself; a hand-written spool entry is refused by the service.
    const dots = request(ALICE, '-m', 'x', '../../root/secret.txt');
    expect([dots.status, dots.stderr.trim()]).toEqual([64, 'rws-release: not a plain path inside /data/outputs: ../../root/secret.txt']);
    const abs = request(ALICE, '-m', 'x', '/root/secret.txt');
    expect(abs.status).toBe(64);
    expect(shAs(ALICE, "printf 'justification x\\nfile ../../root/secret.txt\\n' >/var/spool/rws-release/00000000000000aa.req").status).toBe(0);
    expect(processSpool().status).toBe(0);
    expect(as(ALICE, [ReleaseCommand.INSTALL_PATH, 'status', '00000000000000aa']).stdout).toMatch(/^refused: not a plain path inside outputs: \.\.\/\.\.\/root\/secret\.txt/);
    expect(requests()).toEqual(before);
    expect(areaText()).not.toContain(SECRET);
  });

  test('files are read with the requester\'s own rights: a root-only file in outputs is refused', () => {
    if (!box) return;
    const before = requests();
    expect(requestAndProcess(ALICE, '-m', 'x', 'root-only.txt').status).toMatch(/^refused: .*root-only\.txt cannot be read by alice/);
    expect(requests()).toEqual(before);
    expect(areaText()).not.toContain(SECRET);
  });

  test('spool tricks: a link or a folder posing as a request is discarded, its target untouched; the requester is the entry\'s owner', () => {
    if (!box) return;
    const before = requests();
    expect(shAs(ALICE, 'ln -s /root/secret.txt /var/spool/rws-release/00000000000000bb.req && mkdir /var/spool/rws-release/00000000000000cc.req').status).toBe(0);
    const p = processSpool();
    expect(p.status).toBe(0);
    expect(p.stderr).toMatch(/discarded spool entry 00000000000000bb\.req/);
    expect(p.stderr).toMatch(/discarded spool entry 00000000000000cc\.req/);
    expect(box.read('/root/secret.txt')).toBe(`${SECRET}\n`);
    expect(requests()).toEqual(before);
    expect(areaText()).not.toContain(SECRET);
    // The spool: researchers can drop files but not list or remove other people's.
    expect(shAs(BOB, 'ls /var/spool/rws-release').status).not.toBe(0);
    expect(shAs(ALICE, "printf 'justification mine\\nfile summary.txt\\n' >/var/spool/rws-release/00000000000000dd.req").status).toBe(0);
    expect(shAs(BOB, 'rm -f /var/spool/rws-release/00000000000000dd.req').status).not.toBe(0);
    // Bob requests alice's file (the group may read it): the request is bob's, not alice's.
    const r = requestAndProcess(BOB, '-m', 'bob asks', 'results/table.csv');
    const id = /accepted (\S+)/.exec(r.status)![1];
    expect(JSON.parse(box.read(`/data/release/requests/${id}/request.json`)).requester).toBe('bob');
    // Alice's hand-written entry was processed with the same run and is alice's.
    const aliceStatus = as(ALICE, [ReleaseCommand.INSTALL_PATH, 'status', '00000000000000dd']).stdout;
    const aliceId = /accepted (\S+)/.exec(aliceStatus)![1];
    expect(JSON.parse(box.read(`/data/release/requests/${aliceId}/request.json`)).requester).toBe('alice');
  });

  test('root cannot make requests in a researcher\'s name; process refuses to run unprivileged', () => {
    if (!box) return;
    expect(box.run([ReleaseCommand.INSTALL_PATH, 'request', '-m', 'x', 'summary.txt']).status).toBe(64);
    expect(as(ALICE, [ReleaseCommand.INSTALL_PATH, 'process']).status).toBe(64);
  });
});

/**
 * Each control removed from the script, one at a time: the attack it stops then succeeds, so
 * the tests above would fail without it.
 */
describe('mutations: without each control the attack works', () => {
  const mutate = (from: RegExp, to: string) => {
    const m = SCRIPT.replace(from, to);
    expect(m).not.toBe(SCRIPT);
    return m;
  };
  const scenario = (script: string, attack: string[], requestArgs: string[]) => {
    const rootfs = permitRootfs();
    if (!rootfs) return undefined;
    const box = Sandbox.create(rootfs);
    try {
      box.write(ReleaseCommand.INSTALL_PATH, script, 0o755);
      const setup = box.run(['/bin/bash', '-c', [
        'set -e', `useradd -m -u ${ALICE} -U alice`, `install -d -o ${ALICE} -g ${ALICE} -m 0755 /data/outputs`,
        `printf '%s\\n' '${SECRET}' >/data/outputs/root-only.txt && chmod 0600 /data/outputs/root-only.txt`,
        `${ReleaseCommand.INSTALL_PATH} setup`,
      ].join('\n')]);
      expect(setup.status).toBe(0);
      const as = (cmd: string[]) => box.run(['setpriv', `--reuid=${ALICE}`, `--regid=${ALICE}`, '--init-groups', ...cmd]);
      for (const a of attack) expect(as(['/bin/bash', '-c', a]).status).toBe(0);
      const token = /request ([0-9a-f]{16}) queued/.exec(as([ReleaseCommand.INSTALL_PATH, 'request', '-m', 'x', ...requestArgs]).stdout)![1];
      expect(box.run([ReleaseCommand.INSTALL_PATH, 'process']).status).toBe(0);
      const status = as([ReleaseCommand.INSTALL_PATH, 'status', token]).stdout.trim();
      const id = /accepted (\S+)/.exec(status)?.[1];
      const tamper = id ? as(['/bin/bash', '-c', `echo forged >>/data/release/requests/${id}/request.json`]).status : undefined;
      const files = id ? fs.readdirSync(box.path(`/data/release/requests/${id}/files`)).map((f) => box.read(`/data/release/requests/${id}/files/${f}`)).join('') : '';
      return { status, files, tamper };
    } finally {
      void box.destroy();
    }
  };

  test('the unmutated script refuses all three attacks', () => {
    const link = scenario(SCRIPT, ['ln -s /etc/passwd /data/outputs/users.csv'], ['users.csv']);
    if (!link) return;
    expect(link.status).toMatch(/^refused: .*symbolic link/);
    expect(scenario(SCRIPT, [], ['root-only.txt'])!.status).toMatch(/^refused: .*cannot be read by alice/);
  }, 120_000);

  test('without the link check, the containment check and O_NOFOLLOW (three layers), a link smuggles /etc/passwd into the request', () => {
    const r = scenario(mutate(/if \[ -L "\$p" \]; then[^\n]*\n/, '').replace(/case \$real in[^\n]*\n/, '').replace('iflag=nofollow,nonblock', 'iflag=nonblock'), ['ln -s /etc/passwd /data/outputs/users.csv'], ['users.csv']);
    if (!r) return;
    expect(r.status).toMatch(/^accepted/);
    expect(r.files).toMatch(/^root:x:0:0:/m);
  }, 120_000);

  test('without reading as the requester, a root-only file in outputs is copied', () => {
    const r = scenario(mutate(/timeout 600 setpriv --reuid="\$uid" --regid="\$gid" --init-groups -- \\\n\s*/, ''), [], ['root-only.txt']);
    if (!r) return;
    expect(r.status).toMatch(/^accepted/);
    expect(r.files).toContain(SECRET);
  }, 120_000);

  test('without root ownership of the snapshot, the researcher can change it', () => {
    const r = scenario(mutate(/chown -R root:root -- "\$work"/, 'chown -R "$uid:$gid" -- "$work"').replace(/find "\$work" -type d -exec chmod 0555 \{\} \+/, 'find "$work" -type d -exec chmod 0755 {} +')
      .replace(/find "\$work" -type f -exec chmod 0444 \{\} \+/, 'find "$work" -type f -exec chmod 0644 {} +'), ['echo data >/data/outputs/ok.txt'], ['ok.txt']);
    if (!r) return;
    expect(r.status).toMatch(/^accepted/);
    expect(r.tamper).toBe(0);
  }, 120_000);
});
