/**
 * User-data benchmark: size of the generated user-data for labs of 10 to 10,000 users, and the
 * time to provision 1,000 users in a Debian 12 chroot against a naive one-useradd-per-user loop
 * measured in the same run.
 */
import { execFileSync } from 'child_process';
import * as zlib from 'zlib';
import { RegistryDelivery, WorkspaceUserData } from '../src/workspaces/userdata';
import { FAKE_CLOUD_ENV, TestChroot } from '../test/userdata/helpers/chroot';
import { bigRegistry, template } from '../test/userdata/helpers/fixtures';
import { hasCommand } from '../test/userdata/helpers/tools';
import { BenchTable, fmt } from './harness';

export async function run(): Promise<BenchTable[]> {
  return [sizeTable(), chrootTable()];
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

function chrootTable(): BenchTable {
  const title = 'Provisioning 1,000 users in a Debian 12 chroot (debootstrap, cached)';
  const headers = ['method', 'first run (s)', 'second run (s)', 'ratio naive / this'];
  const canRun = process.platform === 'linux' && process.getuid?.() === 0 && hasCommand('debootstrap') && hasCommand('chroot');
  if (!canRun) {
    return { title, headers, rows: [['(not run: needs Linux, root and debootstrap)', '-', '-', '-']] };
  }
  const reg = bigRegistry(1000);
  const tsv = WorkspaceUserData.registryFile(reg);

  // This library: the whole generated provisioning (template "minimal", registry inline),
  // run twice, and the user sync alone.
  const ud = WorkspaceUserData.generate({ template: template('minimal'), registry: reg, registryDelivery: RegistryDelivery.inline(), maxUserDataBytes: 1e9 });
  let first = NaN;
  let second = NaN;
  let syncOnly = NaN;
  let syncSecond = NaN;
  const syncRoot = TestChroot.create('bench-sync');
  try {
    syncRoot.write('/root/registry.tsv', tsv);
    syncRoot.write('/usr/local/sbin/rws-sync-users', WorkspaceUserData.syncUsersScript(), 0o755);
    syncRoot.write('/root/sync.sh', 'exec /usr/local/sbin/rws-sync-users -H /home /root/registry.tsv\n');
    syncOnly = timed(() => check(syncRoot.runScript('/root/sync.sh')));
    syncSecond = timed(() => check(syncRoot.runScript('/root/sync.sh')));
  } finally {
    syncRoot.destroy();
  }
  const ours = TestChroot.create('bench-ours');
  try {
    ours.write('/root/provision.sh', ud.provisioningScript(), 0o700);
    first = timed(() => check(ours.runScript('/root/provision.sh', FAKE_CLOUD_ENV)));
    second = timed(() => check(ours.runScript('/root/provision.sh', FAKE_CLOUD_ENV)));
  } finally {
    ours.destroy();
  }

  // Naive: one groupadd/useradd per user and per-user key files, in a fresh copy.
  const naive = TestChroot.create('bench-naive');
  let naiveFirst = NaN;
  let naiveSecond = NaN;
  try {
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
    naive.write('/root/naive.sh', lines.join('\n') + '\n', 0o700);
    naiveFirst = timed(() => check(naive.runScript('/root/naive.sh')));
    naiveSecond = timed(() => check(naive.runScript('/root/naive.sh')));
  } finally {
    naive.destroy();
  }
  return {
    title,
    headers,
    rows: [
      ['this library: whole provisioning (bundle)', fmt.ms(first), fmt.ms(second), fmt.ratio(naiveFirst / first)],
      ['this library: rws-sync-users alone', fmt.ms(syncOnly), fmt.ms(syncSecond), fmt.ratio(naiveFirst / syncOnly)],
      ['naive: useradd -m + key files, one user at a time', fmt.ms(naiveFirst), fmt.ms(naiveSecond), '1.00x'],
    ],
    notes: [
      'Same registry (1,000 users, 20 groups, one key each), same cached root filesystem, fresh copies, measured in this run.',
      'Both create homes with /etc/skel (3 files) and an authorized_keys file per user: file creation dominates the first run here.',
      'The library creates missing groups and users in one systemd-sysusers batch, sets "*" passwords with one chpasswd -e, writes keys',
      'with shell builtins and checks owners and modes with one stat pass; a second run only checks.',
    ],
  };
}

/** Wall time of fn in seconds, after flushing the page cache's dirty pages (the copies are large). */
function timed(fn: () => void): number {
  execFileSync('sync');
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function check(r: { status: number; stdout: string; stderr: string }): void {
  if (r.status !== 0) throw new Error(`benchmark run failed (${r.status}): ${r.stdout.slice(-2000)} ${r.stderr.slice(-2000)}`);
}
