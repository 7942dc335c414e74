/**
 * Runs a generated provisioning inside a test chroot the way a machine would: the bundle
 * (`provisioningScript()`) as root, with every cloud-only command replaced by a logger.
 */
import * as fs from 'fs';
import { FAKE_CLOUD_ENV, RunResult, TestChroot } from './chroot';
import { PWNED } from './fixtures';
import { WorkspaceUserData } from '../../../src/workspaces/userdata';

export interface ProvisionRun extends RunResult {
  /** The provisioning log after the run. */
  readonly log: string;
  /** Wall time in seconds. */
  readonly seconds: number;
}

/** Writes the bundle into the chroot and runs it. */
export function provision(c: TestChroot, ud: WorkspaceUserData, env: Record<string, string> = {}, logFile = '/var/log/research-workspace/provision.log'): ProvisionRun {
  c.write('/root/provision.sh', ud.provisioningScript(), 0o700);
  const t0 = Date.now();
  const r = c.runScript('/root/provision.sh', { ...FAKE_CLOUD_ENV, ...env });
  const seconds = (Date.now() - t0) / 1000;
  const log = c.exists(logFile) ? c.read(logFile) : '';
  return { ...r, log, seconds };
}

/** Explains a failed run in a test failure message. */
export function explain(r: ProvisionRun): string {
  return `exit ${r.status}\n--- console ---\n${r.stdout}\n${r.stderr}\n--- log (last 60 lines) ---\n${r.log.split('\n').slice(-60).join('\n')}`;
}

/** Marker files an injection would have created, inside the chroot or on the host. */
export function pwnedFiles(c: TestChroot): string[] {
  return PWNED.flatMap((p) => [c.exists(p) ? `chroot:${p}` : '', fs.existsSync(p) ? `host:${p}` : '']).filter((x) => x);
}

/** Calls the fake cloud commands received, one line each ("fake-mount nfs4 ..."). */
export function fakeCalls(c: TestChroot): string[] {
  return c.exists('/var/log/rws-fake.log') ? c.read('/var/log/rws-fake.log').split('\n').filter((l) => l) : [];
}

/** Calls the systemctl stub received. */
export function systemctlCalls(c: TestChroot): string[] {
  return c.exists('/var/log/systemctl.log') ? c.read('/var/log/systemctl.log').split('\n').filter((l) => l) : [];
}

/** Parses a systemd unit file into section -> key -> values. */
export function parseUnit(text: string): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  let section = '';
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const m = /^\[(.+)\]$/.exec(t);
    if (m) {
      section = m[1];
      out[section] = out[section] ?? {};
      continue;
    }
    const i = t.indexOf('=');
    const k = t.slice(0, i);
    (out[section][k] = out[section][k] ?? []).push(t.slice(i + 1));
  }
  return out;
}
