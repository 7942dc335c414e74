/**
 * The permit desktop's account set-up as the Proxmox snippet ships it, run for real in a Debian
 * 12 chroot: the systemd unit's ExecStart (one-time passwords, the permit entrypoint, then
 * `chpasswd -e` from the hash file) with the unit's EnvironmentFile. The snippet holds only
 * bcrypt hashes; the test checks that the accounts end up with exactly those hashes (no
 * one-time password left) and that Debian's libcrypt verifies the password against them.
 */
import * as fs from 'fs';
import { cleanTemp, cloudConfig, permit, synthPermit, userDataOf, vm, writtenFile } from './helpers';
import { PermitStatus } from '../../src';
import { ONE_TIME_PASSWORDS_PATH, PASSWORD_HASHES_PATH } from '../../src/constructs/proxmox/private/permit';
import { permitRootfs, Sandbox } from '../permit/helpers/chroot';

afterAll(cleanTemp);

// A bcrypt test vector (crypt_blowfish's): password "U*U". Terraform's random_password.bcrypt_hash is $2a$ too.
const PASSWORD = 'U*U';
const HASH = '$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW';

/** Splits a systemd ExecStart value into words (single quotes only, as the construct writes them). */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2]);
  return out;
}

/** KEY='value' lines of an environment file. */
function envFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const l of text.split('\n')) {
    const m = /^([A-Z_][A-Z0-9_]*)='([^']*)'$/.exec(l);
    if (m) env[m[1]] = m[2];
  }
  return env;
}

describe('permit desktop accounts from password hashes, in a Debian 12 chroot', () => {
  const p = synthPermit(permit(PermitStatus.ANALYSIS_ACTIVE, PermitStatus.WORKSPACE_SETUP_REVIEW_PENDING));
  const cfg = cloudConfig(userDataOf(p.json, vm(p.json, 'p-042-analysis')!.body));
  const unit = writtenFile(cfg, '/etc/systemd/system/permit-accounts.service');
  const execStart = /^ExecStart=(.*)$/m.exec(unit)![1];
  let rootfs: string | undefined;
  let box: Sandbox | undefined;

  beforeAll(() => {
    rootfs = permitRootfs();
    if (!rootfs) return;
    box = Sandbox.create(rootfs);
    for (const f of cfg.write_files) {
      if (f.path.startsWith('/etc/systemd/')) continue;
      const content = f.path === PASSWORD_HASHES_PATH ? f.content.replace(/\$2a\$10\$[./A-Za-z0-9]{53}/g, HASH) : f.content;
      box.write(f.path, content, parseInt(f.permissions, 8));
    }
  }, 900_000);
  afterAll(async () => box?.destroy());

  test('the unit runs: accounts exist with exactly the shipped hashes, and the password verifies', () => {
    if (!box) return;
    expect(words(execStart).slice(0, 2)).toEqual(['/bin/bash', ONE_TIME_PASSWORDS_PATH]);
    const env = envFile(box.read('/etc/permit/accounts.env'));
    expect(Object.keys(env).some((k) => k.includes('PASSWORD'))).toBe(false);
    const r = box.run(words(execStart), env);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: expect.stringContaining('account alice ready') });
    const shadow = box.read('/etc/shadow').split('\n');
    for (const name of ['alice', 'bob']) {
      const entry = shadow.find((l) => l.startsWith(`${name}:`))!.split(':');
      // The one-time password the entrypoint set is gone: the shadow entry is the shipped hash.
      expect(entry[1]).toBe(HASH);
      const check = box.run(['/usr/bin/perl', '-e', 'print crypt($ARGV[0], $ARGV[1]) eq $ARGV[1] ? "match" : "no match"', PASSWORD, entry[1]]);
      expect(check.stdout).toBe('match');
      const wrong = box.run(['/usr/bin/perl', '-e', 'print crypt($ARGV[0], $ARGV[1]) eq $ARGV[1] ? "match" : "no match"', 'U*U2', entry[1]]);
      expect(wrong.stdout).toBe('no match');
    }
  }, 120_000);

  test('without the hash file the unit fails, and the accounts keep only an unknown one-time password', () => {
    if (!box) return;
    const env = envFile(box.read('/etc/permit/accounts.env'));
    const saved = box.read(PASSWORD_HASHES_PATH);
    fs.rmSync(box.path(PASSWORD_HASHES_PATH));
    const r = box.run(words(execStart), env);
    expect(r.status).not.toBe(0);
    const entry = box.read('/etc/shadow').split('\n').find((l) => l.startsWith('alice:'))!.split(':')[1];
    expect(entry).not.toBe(HASH);
    expect(entry).toMatch(/^\$(y|6|5|2[aby])\$/);
    box.write(PASSWORD_HASHES_PATH, saved, 0o600);
  }, 120_000);
});
