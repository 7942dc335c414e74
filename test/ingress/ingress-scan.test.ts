/**
 * The ingress scanner and consolidation, for real: the generated script runs as root in a
 * temporary folder with Debian's ClamAV (clamscan, and clamd with clamdscan) and a signature
 * database made by the test (a body signature for the EICAR string; nothing is downloaded).
 * Clean files reach raw with a manifest whose hashes are checked here; the test signature, an
 * archive holding it and an encrypted archive are quarantined with a record; raw is read-only
 * afterwards (checked as an unprivileged user); a killed run and a run out of space lose nothing
 * and a rerun gives the same result.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import {
  consolidate, EICAR, listFiles, rmTree, sha256, signatureDatabase, tarGz, tempDir, TEST_SIGNATURE, Upload, writeScript, writeUploads, zip,
} from './helpers';
import { IngressScanning, IngressVerdict } from '../../src/workspaces/ingress';
import { requireTool } from '../helpers/tools';

const SCRIPT = IngressScanning.consolidationScript();
const isRoot = process.getuid?.() === 0;
const engine = () => requireTool('clamscan', 'the ingress scanner runs ClamAV (Debian package clamav)') && requireTool('zip', 'the encrypted archive is made with zip')
  && (isRoot || requireTool('root', 'the consolidation runs as root (file owners, read-only checks as another user)'));

function sampleUploads(dir: string): Upload[] {
  const virus = Buffer.from(EICAR);
  return [
    { holder: 'hospital-a', rel: 'cohort.csv', content: Buffer.from('id,age\n1,40\n2,51\n') },
    { holder: 'hospital-a', rel: 'images/scan 01: left.dcm', content: Buffer.from('DICM-not-really\u0000\u0001binary') },
    { holder: 'hospital-a', rel: 'eicar.com', content: virus },
    { holder: 'hospital-b', rel: 'labs/results.tsv', content: Buffer.from('a\tb\n1\t2\n') },
    { holder: 'hospital-b', rel: 'bundle.tar.gz', content: tarGz(dir, 'inner.txt', virus) },
    { holder: 'hospital-b', rel: 'bundle.zip', content: zip(dir, 'inner.txt', virus) },
    { holder: 'hospital-b', rel: 'secret.zip', content: zip(dir, 'notes.txt', Buffer.from('harmless but hidden'), 'pw-1234') },
  ];
}

const CLEAN = ['hospital-a/cohort.csv', 'hospital-a/images/scan 01: left.dcm', 'hospital-b/labs/results.tsv'];
const HELD = [
  ['hospital-a/eicar.com', IngressVerdict.INFECTED, TEST_SIGNATURE],
  ['hospital-b/bundle.tar.gz', IngressVerdict.INFECTED, TEST_SIGNATURE],
  ['hospital-b/bundle.zip', IngressVerdict.INFECTED, TEST_SIGNATURE],
  ['hospital-b/secret.zip', IngressVerdict.UNSCANNABLE, 'Heuristics.Encrypted.Zip'],
];

/** The manifest without the scan times (the only column a rerun changes). */
function timeless(file: string): string {
  return fs.readFileSync(file, 'utf8').split('\n').map((l) => l.split('\t').slice(0, 6).join('\t')).join('\n');
}

test('the script passes shellcheck as POSIX sh and never evaluates input', () => {
  if (!requireTool('shellcheck', 'generated scripts are checked with shellcheck')) return;
  const r = spawnSync('shellcheck', ['--shell=sh', '--severity=style', '-'], { input: SCRIPT, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(SCRIPT).not.toMatch(/\beval\b|^\s*\.\s/m);
  // The EICAR string never appears whole in the script (it would make the script a test file).
  expect(SCRIPT).not.toContain('EICAR-STANDARD-ANTIVIRUS-TEST-FILE');
});

describe('scan and consolidate with clamscan', () => {
  let dir: string;
  let volumes: Record<string, string>;
  let uploads: Upload[];
  let first: ReturnType<typeof consolidate>;
  let db: string;
  let script: string;
  let ok = false;

  beforeAll(() => {
    if (!engine()) return;
    ok = true;
    dir = tempDir('scan');
    db = signatureDatabase(dir);
    script = writeScript(dir);
    uploads = sampleUploads(dir);
    volumes = writeUploads(dir, uploads);
    first = consolidate(script, dir, volumes, { RWS_CLAM_DATABASE: db });
  });
  afterAll(() => { if (dir) rmTree(dir); });

  test('clean files reach raw with a manifest whose sizes and SHA-256 match the uploads', () => {
    if (!ok) return;
    expect(first.stderr).toContain('consolidated 3 clean file(s)');
    expect(first.status).toBe(0);
    const final = path.join(dir, 'raw', 'ingress');
    const manifest = IngressScanning.parseManifest(fs.readFileSync(path.join(final, 'MANIFEST.tsv'), 'utf8'));
    expect(manifest.map((e) => e.path)).toEqual(CLEAN);
    for (const e of manifest) {
      const up = uploads.find((u) => `${u.holder}/${u.rel}` === e.path)!;
      expect(e).toMatchObject({ holder: up.holder, verdict: IngressVerdict.CLEAN, detail: '-', size: up.content.length, sha256: sha256(up.content) });
      expect(sha256(fs.readFileSync(path.join(final, e.path)))).toBe(e.sha256);
      expect(e.scannedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    expect(listFiles(final)).toEqual(['MANIFEST.tsv', 'QUARANTINE.tsv', 'SHA256SUMS', ...CLEAN].sort());
    // Nothing is left half-done in raw.
    expect(fs.readdirSync(path.join(dir, 'raw'))).toEqual(['ingress']);
  });

  test('the test signature, archives holding it and an encrypted archive are quarantined with a record', () => {
    if (!ok) return;
    const held = IngressScanning.parseManifest(fs.readFileSync(path.join(dir, 'raw', 'ingress', 'QUARANTINE.tsv'), 'utf8'));
    expect(held.map((e) => [e.path, e.verdict, e.detail])).toEqual(HELD);
    for (const e of held) {
      const up = uploads.find((u) => `${u.holder}/${u.rel}` === e.path)!;
      const vol = volumes[up.holder];
      expect(e.sha256).toBe(sha256(up.content));
      // Moved out of incoming, into the holder's quarantine, never into raw.
      expect(fs.existsSync(path.join(vol, 'incoming', up.rel))).toBe(false);
      expect(sha256(fs.readFileSync(path.join(vol, 'quarantine', 'files', up.rel)))).toBe(e.sha256);
      expect(fs.existsSync(path.join(dir, 'raw', 'ingress', e.path))).toBe(false);
      expect(fs.readFileSync(path.join(vol, 'quarantine', 'records.tsv'), 'utf8')).toContain(`${e.path}\t${e.size}\t${e.sha256}\t${up.holder}\t${e.verdict}\t${e.detail}\t`);
    }
  });

  test('raw is read-only afterwards: modes 0444/0555, and an unprivileged user can change nothing', () => {
    if (!ok) return;
    const raw = path.join(dir, 'raw');
    const writable = spawnSync('find', [raw, '-perm', '/222'], { encoding: 'utf8' }).stdout;
    expect(writable).toBe('');
    const v = spawnSync('sh', [script, 'verify', raw], { encoding: 'utf8' });
    expect(v.stderr).toContain('3 file(s) match the manifest, all read-only');
    expect(v.status).toBe(0);
    // As nobody: no new file, no change, no removal, no rename (the whole folder is world-readable).
    fs.chmodSync(dir, 0o755);
    const attempts = [
      `echo x >> "${raw}/ingress/hospital-a/cohort.csv"`,
      `echo x > "${raw}/ingress/new.csv"`,
      `rm -f "${raw}/ingress/hospital-b/labs/results.tsv"`,
      `mv "${raw}/ingress" "${raw}/moved"`,
      `echo x > "${raw}/beside.csv"`,
    ];
    const succeeded = attempts.filter((attempt) =>
      spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'sh', '-c', attempt], { encoding: 'utf8' }).status === 0);
    expect(succeeded).toEqual([]);
    expect(spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'cat', `${raw}/ingress/hospital-a/cohort.csv`]).status).toBe(0);
  });

  test('verify catches a file changed after consolidation (the check can fail)', () => {
    if (!ok) return;
    const copy = tempDir('verify');
    try {
      spawnSync('cp', ['-a', path.join(dir, 'raw'), copy]);
      const f = path.join(copy, 'raw', 'ingress', 'hospital-a', 'cohort.csv');
      fs.chmodSync(f, 0o644);
      fs.appendFileSync(f, '3,99\n');
      const r = spawnSync('sh', [script, 'verify', path.join(copy, 'raw')], { encoding: 'utf8' });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('does not match its manifest');
    } finally {
      rmTree(copy);
    }
  });

  test('a second run changes nothing', () => {
    if (!ok) return;
    const before = timeless(path.join(dir, 'raw', 'ingress', 'MANIFEST.tsv'));
    const r = consolidate(script, dir, volumes, { RWS_CLAM_DATABASE: db });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('consolidated already');
    expect(timeless(path.join(dir, 'raw', 'ingress', 'MANIFEST.tsv'))).toBe(before);
  });
});

describe('failures lose nothing', () => {
  let ok = false;
  beforeAll(() => { ok = engine(); });

  test('a scanner without the EICAR signature stops the run before anything moves', () => {
    if (!ok) return;
    const dir = tempDir('nosig');
    try {
      const script = writeScript(dir);
      const volumes = writeUploads(dir, sampleUploads(dir));
      const r = consolidate(script, dir, volumes, { RWS_CLAM_DATABASE: signatureDatabase(path.join(dir, 'other'), false) });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('does not detect the EICAR test string');
      expect(fs.readdirSync(path.join(dir, 'raw'))).toEqual([]);
      expect(listFiles(volumes['hospital-a'])).toEqual(['incoming/cohort.csv', 'incoming/eicar.com', 'incoming/images/scan 01: left.dcm']);
    } finally {
      rmTree(dir);
    }
  });

  test('a run killed midway, then rerun, gives the result of an uninterrupted run', () => {
    if (!ok) return;
    const dir = tempDir('kill');
    try {
      const db = signatureDatabase(dir);
      const script = writeScript(dir);
      const uploads = sampleUploads(dir);
      const volumes = writeUploads(dir, uploads);
      // A clamscan that kills the whole run (its process group) on its fifth call: the two
      // preflight scans, two files of hospital-a, then death in the middle of the third.
      const bin = path.join(dir, 'bin');
      fs.mkdirSync(bin);
      const counter = path.join(dir, 'calls');
      fs.writeFileSync(path.join(bin, 'clamscan'), `#!/bin/sh\necho x >> "${counter}"\nif [ "$(wc -l < "${counter}")" -eq 5 ]; then kill -KILL 0; fi\nexec /usr/bin/clamscan "$@"\n`, { mode: 0o755 });
      const args = IngressScanning.consolidationArguments(path.join(dir, 'raw'), volumes);
      const killed = spawnSync('setsid', ['-w', 'sh', script, ...args], {
        encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH}`, RWS_SCANNER: 'clamscan', RWS_CLAM_DATABASE: db }, timeout: 60_000,
      });
      expect(killed.status).not.toBe(0);
      expect(fs.existsSync(path.join(dir, 'raw', 'ingress'))).toBe(false);
      // Every upload is still in incoming or in quarantine with its record.
      for (const u of uploads) {
        const vol = volumes[u.holder];
        const inIncoming = fs.existsSync(path.join(vol, 'incoming', u.rel));
        const inQuarantine = fs.existsSync(path.join(vol, 'quarantine', 'files', u.rel));
        expect({ file: u.rel, kept: inIncoming !== inQuarantine }).toEqual({ file: u.rel, kept: true });
      }
      const rerun = consolidate(script, dir, volumes, { RWS_CLAM_DATABASE: db });
      expect(rerun.status).toBe(0);

      // The reference: the same uploads, never interrupted.
      const ref = tempDir('ref');
      try {
        const refVolumes = writeUploads(ref, uploads);
        expect(consolidate(writeScript(ref), ref, refVolumes, { RWS_CLAM_DATABASE: db }).status).toBe(0);
        for (const f of ['MANIFEST.tsv', 'QUARANTINE.tsv']) {
          expect(timeless(path.join(dir, 'raw', 'ingress', f))).toBe(timeless(path.join(ref, 'raw', 'ingress', f)));
        }
        expect(listFiles(path.join(dir, 'raw'))).toEqual(listFiles(path.join(ref, 'raw')));
      } finally {
        rmTree(ref);
      }
    } finally {
      rmTree(dir);
    }
  });

  test('a run out of space fails, leaves the uploads where they were and a rerun completes', () => {
    if (!ok) return;
    const dir = tempDir('full');
    try {
      const db = signatureDatabase(dir);
      const script = writeScript(dir);
      const big = Buffer.alloc(64 * 1024, 'a');
      const uploads: Upload[] = [
        { holder: 'hospital-a', rel: 'a-small.csv', content: Buffer.from('1,2\n') },
        { holder: 'hospital-a', rel: 'b-big.csv', content: big },
      ];
      const volumes = writeUploads(dir, uploads);
      // No file larger than 16 KiB can be written (the copy into raw fails with "File too large").
      const args = IngressScanning.consolidationArguments(path.join(dir, 'raw'), volumes);
      const full = spawnSync('sh', ['-c', 'ulimit -f 32; exec sh "$@"', 'sh', script, ...args], {
        encoding: 'utf8', env: { PATH: process.env.PATH!, RWS_SCANNER: 'clamscan', RWS_CLAM_DATABASE: db }, timeout: 60_000,
      });
      expect(full.status).not.toBe(0);
      expect(fs.existsSync(path.join(dir, 'raw', 'ingress'))).toBe(false);
      expect(listFiles(volumes['hospital-a'])).toEqual(['incoming/a-small.csv', 'incoming/b-big.csv']);
      const rerun = consolidate(script, dir, volumes, { RWS_CLAM_DATABASE: db });
      expect(rerun.status).toBe(0);
      const manifest = IngressScanning.parseManifest(fs.readFileSync(path.join(dir, 'raw', 'ingress', 'MANIFEST.tsv'), 'utf8'));
      expect(manifest.map((e) => [e.path, e.sha256])).toEqual(uploads.map((u) => [`hospital-a/${u.rel}`, sha256(u.content)]));
      expect(fs.readdirSync(path.join(dir, 'raw'))).toEqual(['ingress']);
    } finally {
      rmTree(dir);
    }
  });

  test('names with control characters and non-regular files are held back as unscannable', () => {
    if (!ok) return;
    const dir = tempDir('names');
    try {
      const db = signatureDatabase(dir);
      const script = writeScript(dir);
      const volumes = writeUploads(dir, [{ holder: 'hospital-a', rel: 'ok.csv', content: Buffer.from('x\n') }]);
      const inc = path.join(volumes['hospital-a'], 'incoming');
      fs.chmodSync(inc, 0o700);
      fs.writeFileSync(path.join(inc, 'two\nlines.csv'), 'y\n');
      fs.symlinkSync('/etc/shadow', path.join(inc, 'link'));
      const r = consolidate(script, dir, volumes, { RWS_CLAM_DATABASE: db });
      expect(r.status).toBe(0);
      const held = IngressScanning.parseManifest(fs.readFileSync(path.join(dir, 'raw', 'ingress', 'QUARANTINE.tsv'), 'utf8'));
      expect(held.map((e) => [e.path, e.verdict, e.detail])).toEqual([
        ['hospital-a/link', IngressVerdict.UNSCANNABLE, 'not-a-regular-file'],
        ['hospital-a/two?lines.csv', IngressVerdict.UNSCANNABLE, 'name-has-control-characters'],
      ]);
      expect(IngressScanning.parseManifest(fs.readFileSync(path.join(dir, 'raw', 'ingress', 'MANIFEST.tsv'), 'utf8')).map((e) => e.path)).toEqual(['hospital-a/ok.csv']);
    } finally {
      rmTree(dir);
    }
  });
});

describe('clamd with the generated configuration', () => {
  let dir: string;
  let clamd: ChildProcess | undefined;
  let ok = false;

  beforeAll(async () => {
    if (!engine() || !requireTool('clamd', 'the daemon path runs clamd (Debian package clamav-daemon)')) return;
    ok = true;
    dir = tempDir('clamd');
    const db = signatureDatabase(dir);
    const socket = path.join(dir, 'clamd.sock');
    const conf = path.join(dir, 'clamd.conf');
    fs.writeFileSync(conf, IngressScanning.clamdConfig({ socket, databaseDirectory: db }).replace('LogFile /dev/stderr\n', ''));
    clamd = spawn('clamd', ['--config-file', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const up = await new Promise<boolean>((resolve) => {
        const c = net.connect(socket, () => { c.end(); resolve(true); });
        c.on('error', () => resolve(false));
      });
      if (up) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('clamd did not open its socket within 30 s');
  }, 40_000);
  afterAll(() => {
    clamd?.kill('SIGTERM');
    if (dir) rmTree(dir);
  });

  test('clamdscan --fdpass gives the same verdicts as clamscan', () => {
    if (!ok) return;
    const script = writeScript(dir);
    const volumes = writeUploads(dir, sampleUploads(dir));
    const r = consolidate(script, dir, volumes, { RWS_SCANNER: 'clamdscan', RWS_CLAMD_CONF: path.join(dir, 'clamd.conf') });
    expect(r.stderr).toContain('consolidated 3 clean file(s)');
    expect(r.status).toBe(0);
    const held = IngressScanning.parseManifest(fs.readFileSync(path.join(dir, 'raw', 'ingress', 'QUARANTINE.tsv'), 'utf8'));
    expect(held.map((e) => [e.path, e.verdict, e.detail])).toEqual(HELD);
  });
});

describe('signatures from the institution\'s mirror', () => {
  test('freshclam with the generated configuration asks only the named mirror (a local server here; nothing is downloaded)', async () => {
    if (!requireTool('freshclam', 'the mirror configuration is checked with freshclam (Debian package clamav-freshclam)')) return;
    const dir = tempDir('mirror');
    const requests: string[] = [];
    const server = http.createServer((req, res) => { requests.push(req.url ?? ''); res.statusCode = 404; res.end(); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as net.AddressInfo).port;
      const db = path.join(dir, 'db');
      fs.mkdirSync(db);
      // freshclam drops to the clamav user (DatabaseOwner): it must reach its folder.
      fs.chmodSync(dir, 0o755);
      spawnSync('chown', ['clamav', db]);
      const conf = path.join(dir, 'freshclam.conf');
      // One attempt instead of three (each retry waits 5 s); the rest exactly as generated.
      fs.writeFileSync(conf, IngressScanning.freshclamConfig({ url: `http://127.0.0.1:${port}/clamav/`, databaseDirectory: db }).replace('MaxAttempts 3', 'MaxAttempts 1'));
      const out = await new Promise<{ status: number | null; text: string }>((resolve) => {
        const p = spawn('freshclam', [`--config-file=${conf}`], { stdio: ['ignore', 'pipe', 'pipe'] });
        let text = '';
        p.stdout.on('data', (d) => { text += d; });
        p.stderr.on('data', (d) => { text += d; });
        p.on('close', (status) => resolve({ status, text }));
      });
      expect(out.status).not.toBe(0);
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.every((r) => /^\/clamav\/(daily|main|bytecode)\.c[vl]d$/.test(r))).toBe(true);
      expect(out.text).toContain(`http://127.0.0.1:${port}/clamav/daily.cvd`);
      expect(out.text).not.toMatch(/database\.clamav\.net|current\.cvd\.clamav\.net/);
    } finally {
      server.close();
      rmTree(dir);
    }
  }, 30_000);

  test('a mirror URL that could inject configuration is refused with the field and a fix', () => {
    expect(() => IngressScanning.freshclamConfig({ url: 'http://mirror.example.org/clamav\nPrivateMirror http://evil.example' }))
      .toThrow(/url.*invalid-mirror|signature mirror must be an http\(s\) URL/s);
    expect(() => IngressScanning.freshclamConfig({ url: 'ftp://mirror.example.org' })).toThrow(/clamav-mirror\.example\.org/);
    expect(() => IngressScanning.clamdConfig({ maxFileMiB: 5000 })).toThrow(/1 to 4000/);
    expect(() => IngressScanning.consolidationArguments('/data/raw', { 'hospital-a': '/uploads/a; rm -rf /' })).toThrow(/uploads\.hospital-a/);
  });
});
