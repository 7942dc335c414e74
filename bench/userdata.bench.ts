/**
 * User-data benchmark: size of the generated user-data for labs of 10 to 10,000 users, and the
 * time and peak RSS to provision 1,000 and 10,000 users in a Debian 12 chroot, first run and
 * re-run, against a naive one-useradd-per-user loop measured in the same run; once with the copies
 * on the disk and once on a tmpfs.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { RegistryDelivery, WorkspacePlatform, WorkspaceUserData } from '../src/workspaces/userdata';
import { FAKE_CLOUD_ENV, fakeKey, TestChroot } from '../test/userdata/helpers/chroot';
import { bigRegistry, template } from '../test/userdata/helpers/fixtures';
import { hasCommand } from '../test/userdata/helpers/tools';
import { BenchTable, fmt } from './harness';

export async function run(): Promise<BenchTable[]> {
  return [sizeTable(), chrootTable('disk'), chrootTable('tmpfs')];
}

function sizeTable(): BenchTable {
  const rows: Array<Array<string | number>> = [];
  for (const n of [10, 100, 1000, 10000]) {
    const reg = bigRegistry(n);
    const t = template('lab-jupyter');
    const owner = reg.users[0].name;
    const auto = WorkspaceUserData.generate({ template: t, registry: reg, owner, registryDelivery: RegistryDelivery.auto(RegistryDelivery.s3('lab-bucket', 'registry/users.tsv.gz')) });
    // What the same user-data would be with the registry inline (no limit), for comparison.
    const inline = WorkspaceUserData.generate({ template: t, registry: reg, owner, registryDelivery: RegistryDelivery.inline(), maxUserDataBytes: 1e9 });
    const registryRaw = Buffer.byteLength(auto.registryPayload!.content);
    const registryGz = zlib.gzipSync(auto.registryPayload!.content, { level: 9 }).length;
    rows.push([
      n, registryRaw, registryGz, inline.rawSizeBytes, inline.sizeBytes,
      auto.registryPayload!.mode, auto.rawSizeBytes, auto.sizeBytes, auto.sizeBytes <= WorkspaceUserData.EC2_LIMIT_BYTES ? 'yes' : 'NO',
    ]);
  }
  return {
    title: 'User-data size (template lab-jupyter: Jupyter, Streamlit, a custom service, files, post_install; one ed25519 key per user)',
    headers: ['users', 'registry raw (B)', 'registry gzip (B)', 'inline raw (B)', 'inline gzip (B)', 'AUTO delivery', 'user-data raw (B)', 'user-data sent (B)', '<= 16 KB'],
    rows,
    notes: [
      'AUTO keeps the registry inline while the gzip user-data fits 16,384 bytes and fetches it otherwise (here from S3, checked against its SHA-256).',
      '"sent" is what EC2 receives: the gzip of the MIME message (cloud-init decompresses it).',
    ],
  };
}

/** Users measured by the chroot table (RWS_BENCH_USERS, comma-separated; default 1000,10000). */
function userCounts(): number[] {
  return (process.env.RWS_BENCH_USERS ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
}

/** The naive loop is measured up to this many users (RWS_BENCH_NAIVE_MAX; at 10,000 it takes many minutes). */
function naiveMax(): number {
  return Number(process.env.RWS_BENCH_NAIVE_MAX ?? 1000);
}

interface Timed {
  readonly s: number;
  /** Peak RSS of the largest process of the run (GNU time's %M), KiB; NaN without /usr/bin/time. */
  readonly rssKiB: number;
}

/**
 * The chroot table, its copies on this machine's disk (under .cache/chroots) or on a tmpfs mounted
 * for the table: the disk's state (allocating new folders, discards of removed copies) swung the
 * first runs here by 2x and more from one hour to the next; in memory, both sides measure their
 * own work.
 */
function chrootTable(where: 'disk' | 'tmpfs'): BenchTable {
  const counts = userCounts();
  const title = `Provisioning ${counts.map((n) => n.toLocaleString('en-US')).join(' and ')} users in a Debian 12 chroot (debootstrap, cached), ${where === 'disk' ? 'on this machine\'s disk' : 'on a tmpfs (in memory)'}`;
  const headers = ['users', 'method', 'first run (s)', 'peak RSS (MiB)', 're-run (s)', 'peak RSS (MiB)', 'naive / this, first', 'naive / this, re-run'];
  const canRun = process.platform === 'linux' && process.getuid?.() === 0 && hasCommand('debootstrap') && hasCommand('chroot');
  if (!canRun) {
    return { title, headers, rows: [['-', '(not run: needs Linux, root and debootstrap)', '-', '-', '-', '-', '-', '-']] };
  }
  const rows: Array<Array<string | number>> = [];
  const repeats = Number(process.env.RWS_BENCH_REPEATS ?? 3);
  const memory = where === 'tmpfs' ? fs.mkdtempSync('/tmp/rws-bench-tmpfs-') : undefined;
  try {
    if (memory) execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=12g,mode=0755', 'rws-bench', memory]);
    chrootBase = memory;
    measure(counts, repeats, rows);
  } finally {
    removeCopies();
    chrootBase = undefined;
    if (memory) {
      spawnSync('umount', [memory]);
      fs.rmdirSync(memory);
    }
  }
  return {
    title,
    headers,
    rows,
    notes: [
      where === 'disk'
        ? 'The copies live on this machine\'s root file system (ext4, mounted with discard), as in the tests.'
        : 'The copies live on a tmpfs mounted for this table: no disk, so file creation costs what the kernel spends in memory, on both sides.',
      `Same registry per row group (N users, 20 groups, one ed25519 key each), same cached root filesystem, a fresh copy per measurement, all in this run.`,
      'The copies are removed after the last measurement (removing one made the next measurement wait for the disk\'s discards).',
      `Ours: median of ${repeats} fresh copies (min-max in brackets); naive: one copy. Ratios: naive median over ours median.`,
      'Both create homes with /etc/skel (3 files) and an authorized_keys file per user: creating files dominates the first run.',
      'Peak RSS: the largest single process of the run (GNU time %M), not the sum of the processes.',
      'rws-sync-users: one systemd-sysusers batch, one chpasswd, new homes in one perl process (the copy a user-data carries',
      'inline: shell builtins and one perl chown), one stat pass over',
      'homes, ~/.ssh and authorized_keys; a re-run skips the homes whose keys files are as it recorded them (keys-state),',
      'and stops after one hash when nothing it reads changed since a run recorded it (the fast record). A user-data that may',
      'exceed 16 KB (Kubernetes, Proxmox) carries the whole tools; AWS lab workspaces fetch them from SSM parameters',
      '(toolsParameterPrefix; here from the chroot\'s stand-in of SSM); an EC2 user-data without them carries the 16 KB copy',
      '(no fast record, no perl home creation): its re-run is a whole run.',
      `The naive loop is measured up to RWS_BENCH_NAIVE_MAX users (${naiveMax()} here; useradd rewrites /etc/passwd and friends per user).`,
    ],
  };
}

/** Measures each user count's rows into `rows` (the copies stay until the caller removes them). */
function measure(counts: number[], repeats: number, rows: Array<Array<string | number>>): void {
  for (const n of counts) {
    const reg = bigRegistry(n);
    const tsv = WorkspaceUserData.registryFile(reg);
    // rws-sync-users alone, as the boot and the SSM document run it: fresh copies, first run and re-run.
    const sync = repeat(repeats, () => inChroot('bench-sync', (c) => {
      c.write('/root/registry.tsv', tsv);
      c.write('/usr/local/sbin/rws-sync-users', WorkspaceUserData.syncUsersScript(), 0o755);
      c.write('/root/sync.sh', 'exec /usr/local/sbin/rws-sync-users -H /home /root/registry.tsv\n');
      return [runTimed(c, '/root/sync.sh'), runTimed(c, '/root/sync.sh')];
    }));
    // The whole generated provisioning (template "minimal", registry inline), for 1,000 users:
    // a Kubernetes workspace's (the user-data may exceed 16 KB: whole tools; no SSM agent).
    const bundle = n > 1000 ? undefined : repeat(repeats, () => inChroot('bench-ours', (c) => {
      const ud = WorkspaceUserData.generate({ template: template('minimal'), registry: reg, registryDelivery: RegistryDelivery.inline(), platform: WorkspacePlatform.KUBERNETES });
      c.write('/root/provision.sh', ud.provisioningScript(), 0o700);
      return [runTimed(c, '/root/provision.sh', FAKE_CLOUD_ENV), runTimed(c, '/root/provision.sh', FAKE_CLOUD_ENV)];
    }));
    // The same, with the tools fetched from SSM parameters as an AWS lab's workspaces get them
    // (toolsParameterPrefix): the whole tools, the fast record of rws-sync-users included.
    const fetched = n > 1000 ? undefined : repeat(repeats, () => inChroot('bench-fetched', (c) => {
      for (const p of WorkspaceUserData.toolParameters(TOOLS_PREFIX)) c.write(`/srv/fake-cloud/${fakeKey(`ssm:${p.name}`)}`, p.value);
      const ud = WorkspaceUserData.generate({
        template: template('minimal'), registry: reg, registryDelivery: RegistryDelivery.inline(), maxUserDataBytes: 1e9, toolsParameterPrefix: TOOLS_PREFIX,
      });
      c.write('/root/provision.sh', ud.provisioningScript(), 0o700);
      return [runTimed(c, '/root/provision.sh', FAKE_CLOUD_ENV), runTimed(c, '/root/provision.sh', FAKE_CLOUD_ENV)];
    }));
    // As an EC2 workspace without toolsParameterPrefix gets it: the tools' 16 KB copy inline, the
    // registry fetched from S3 (the chroot's stand-in serves it).
    const ec2 = n > 1000 ? undefined : repeat(repeats, () => inChroot('bench-ec2', (c) => {
      const ud = WorkspaceUserData.generate({ template: template('minimal'), registry: reg, registryDelivery: RegistryDelivery.s3('lab-bucket', 'registry/users.tsv.gz') });
      c.write(`/srv/fake-cloud/${fakeKey('s3://lab-bucket/registry/users.tsv.gz')}`, Buffer.from(ud.registryPayload!.gzipBase64, 'base64'));
      c.write('/root/provision.sh', ud.provisioningScript(), 0o700);
      return [runTimed(c, '/root/provision.sh', FAKE_CLOUD_ENV), runTimed(c, '/root/provision.sh', FAKE_CLOUD_ENV)];
    }));
    // Naive: one groupadd/useradd per user and per-user key files, in a fresh copy, once.
    const naive = n > naiveMax() ? undefined : inChroot('bench-naive', (c) => {
      c.write('/root/naive.sh', naiveScript(reg), 0o700);
      return [runTimed(c, '/root/naive.sh'), runTimed(c, '/root/naive.sh')];
    });
    const row = (method: string, t: Timed[][] | undefined) => {
      if (!t) return;
      const [first, second] = [median(t.map((x) => x[0])), median(t.map((x) => x[1]))];
      rows.push([n, method, secs(t.map((x) => x[0])), mib(first.rssKiB), secs(t.map((x) => x[1])), mib(second.rssKiB),
        naive ? fmt.ratio(naive[0].s / first.s) : '(not run)', naive ? fmt.ratio(naive[1].s / second.s) : '(not run)']);
    };
    row('rws-sync-users alone', sync);
    row('whole provisioning (bundle), Kubernetes: tools inline, whole', bundle);
    row('whole provisioning (bundle), tools from SSM parameters (AWS labs)', fetched);
    row('whole provisioning, 16 KB user-data (EC2 without SSM tools; registry from S3)', ec2);
    if (naive) rows.push([n, 'naive: useradd -m + key files, one user at a time', fmt.ms(naive[0].s), mib(naive[0].rssKiB), fmt.ms(naive[1].s), mib(naive[1].rssKiB), '1.00x', '1.00x']);
  }
}

/** Where the tools-from-parameters rows keep the tools (the chroot's stand-in of SSM serves them). */
const TOOLS_PREFIX = '/research-workspaces/bench/tools';

function naiveScript(reg: ReturnType<typeof bigRegistry>): string {
  const lines: string[] = ['set -e'];
  for (const g of reg.groups) lines.push(`getent group ${g.name} >/dev/null || groupadd -g ${g.gid} ${g.name}`);
  for (const u of reg.users) {
    lines.push(
      `if ! id ${u.name} >/dev/null 2>&1; then useradd -m -u ${u.uid} -U -G ${u.groups.join(',')} -s ${u.shell} ${u.name}; fi`,
      `install -d -m 0700 -o ${u.name} -g ${u.name} /home/${u.name}/.ssh`,
      `printf '%s\\n' '${u.sshKeys.map((k) => k.line).join("' '")}' > /home/${u.name}/.ssh/authorized_keys`,
      `chown ${u.name}:${u.name} /home/${u.name}/.ssh/authorized_keys && chmod 0600 /home/${u.name}/.ssh/authorized_keys`,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * The copies measured so far, removed only when the table is done: removing a 225 MB tree makes
 * the file system discard its blocks (the root file system here is mounted with `discard`), which
 * stalled the file creation of the next measurement for seconds when it ran right after.
 */
const used: TestChroot[] = [];

/** Where the current table's copies go (undefined: .cache/chroots on the disk). */
let chrootBase: string | undefined;

/** A fresh copy of the cached root filesystem for fn, removed at the end of the table. */
function inChroot<T>(label: string, fn: (c: TestChroot) => T): T {
  const c = TestChroot.create(label, chrootBase);
  used.push(c);
  return fn(c);
}

function removeCopies(): void {
  for (const c of used.splice(0)) c.destroy();
}

function repeat<T>(times: number, fn: () => T): T[] {
  return Array.from({ length: Math.max(1, times) }, fn);
}

/**
 * Runs a script in the chroot as TestChroot.runScript does, under GNU time when the host has it
 * (peak RSS); wall time measured here, after flushing dirty pages (the copies are large).
 */
function runTimed(c: TestChroot, script: string, env: Record<string, string> = {}): Timed {
  const vars = Object.entries({ PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', LANG: 'C.UTF-8', ...env }).map(([k, v]) => `${k}=${v}`);
  const cmd = ['chroot', c.root, '/usr/bin/env', '-i', ...vars, '/bin/bash', script];
  const gnuTime = fs.existsSync('/usr/bin/time');
  const rssFile = path.join(c.root, 'tmp', '.rws-bench-rss');
  execFileSync('sync');
  const t0 = process.hrtime.bigint();
  const r = gnuTime ? spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, ...cmd], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`benchmark run failed (${r.status}): ${String(r.stdout).slice(-2000)} ${String(r.stderr).slice(-2000)}`);
  const rssKiB = gnuTime ? Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
  return { s, rssKiB };
}

function median(xs: Timed[]): Timed {
  return [...xs].sort((a, b) => a.s - b.s)[Math.floor(xs.length / 2)];
}

function secs(xs: Timed[]): string {
  const v = xs.map((x) => x.s).sort((a, b) => a - b);
  const m = fmt.ms(v[Math.floor(v.length / 2)]);
  return v.length > 1 ? `${m} [${fmt.ms(v[0])}-${fmt.ms(v[v.length - 1])}]` : m;
}

function mib(kib: number): string {
  return Number.isNaN(kib) ? '-' : fmt.mib(kib / 1024);
}
