/**
 * Detection of the real tools the user-data tests drive (shellcheck, cloud-init, debootstrap,
 * chroot as root). Locally a missing tool is reported LOUDLY and only the checks that need it
 * return early; with CI=true a missing tool fails the test.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';

const warned = new Set<string>();

/** Whether the tests run in CI, where nothing may be skipped. */
export const IN_CI = process.env.CI === 'true';

function loud(lines: string[]): void {
  const bar = '!'.repeat(78);
  // eslint-disable-next-line no-console
  console.warn(`\n${bar}\n${lines.map((l) => `!! ${l}`).join('\n')}\n${bar}\n`);
}

/** Whether a command is on the PATH. */
export function hasCommand(name: string): boolean {
  return spawnSync('bash', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

/**
 * Returns true when `tool` can be used. Otherwise: under CI throws, locally prints a loud
 * warning (once per tool and reason) and returns false so the caller returns early.
 */
export function requireTool(tool: string, what: string): boolean {
  if (hasCommand(tool)) return true;
  return missing(`${tool} is not installed`, what, `install it: apt-get install -y ${tool === 'cloud-init' ? 'cloud-init' : tool}`);
}

/** Whether the chroot tests can run here: Linux, root, debootstrap, chroot and mount. */
export function canChroot(what: string): boolean {
  if (process.platform !== 'linux') return missing('not Linux', what, 'run the tests on Linux');
  if (process.getuid && process.getuid() !== 0) return missing('not running as root', what, 'run npm test as root (a chroot needs it)');
  for (const tool of ['debootstrap', 'chroot', 'mount', 'umount', 'flock']) {
    if (!hasCommand(tool)) return missing(`${tool} is not installed`, what, `apt-get install -y ${tool === 'debootstrap' ? 'debootstrap' : 'util-linux coreutils'}`);
  }
  return true;
}

/**
 * For a check that cannot run for a reason other than a missing tool (no network to a mirror):
 * under CI throws, locally warns loudly (once) and returns false.
 */
export function cannotRun(reason: string, what: string, fix: string): false {
  return missing(reason, what, fix);
}

function missing(reason: string, what: string, fix: string): false {
  if (IN_CI) {
    throw new Error(`CI=true and ${reason}: ${what} cannot run, so this test fails instead of skipping. Fix: ${fix}`);
  }
  const key = `${reason}|${what}`;
  if (!warned.has(key)) {
    warned.add(key);
    loud([`${reason}: SKIPPING ${what}.`, `Fix: ${fix}. With CI=true this is a failure.`]);
  }
  return false;
}

/** A valid OpenSSH ed25519 public key line with the given comment. */
export function sshKey(comment?: string): string {
  const { publicKey } = crypto.generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const type = Buffer.from('ssh-ed25519');
  const len = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const blob = Buffer.concat([len(type.length), type, len(raw.length), raw]);
  return `ssh-ed25519 ${blob.toString('base64')}${comment ? ` ${comment}` : ''}`;
}

/** The whole text of the named functions of a generated bash script, in the order named. */
export function scriptFunctions(script: string, names: string[]): string {
  return names.map((name) => {
    const m = new RegExp(`^${name}\\(\\) \\{[\\s\\S]*?^\\}$`, 'm').exec(script);
    if (!m) throw new Error(`${name} is not in the generated script`);
    return m[0];
  }).join('\n');
}
