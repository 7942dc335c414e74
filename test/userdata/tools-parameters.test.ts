/**
 * The user sync and the idle agent fetched at boot from SSM parameters (toolsParameterPrefix):
 * they leave the user-data (EC2's 16 KB), and the machine installs only the code it was
 * generated with. The fetch function is taken from the generated provisioning and run in bash
 * against a directory that plays Parameter Store.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { labRegistry, template } from './helpers/fixtures';
import { scriptFunctions } from './helpers/tools';
import { WorkspacePlatform, WorkspaceUserData } from '../../src';

const PREFIX = '/rws-tools/0123456789abcdef';

function generate(prefix?: string): WorkspaceUserData {
  return WorkspaceUserData.generate({ template: template('lab-jupyter'), registry: labRegistry(), owner: 'alice', platform: WorkspacePlatform.AWS, toolsParameterPrefix: prefix });
}

function payloadNames(ud: WorkspaceUserData): string[] {
  return [...ud.provisioningScript().matchAll(/"\$d\/([^"]+)"/g)].map((m) => m[1]);
}

/** The main provisioning script (rws-provision) of a user-data. */
function mainScript(ud: WorkspaceUserData): string {
  return ud.generatedScripts().find((s) => s.name === 'bin/rws-provision')!.content;
}

describe('tools from SSM parameters', () => {
  test('without a prefix the tools travel in the user-data; with one they do not, and it is smaller', () => {
    const inline = generate();
    const fetched = generate(PREFIX);
    expect(payloadNames(inline)).toEqual(expect.arrayContaining(['bin/rws-sync-users', 'bin/rws-idle-agent']));
    expect(payloadNames(fetched)).not.toContain('bin/rws-sync-users');
    expect(payloadNames(fetched)).not.toContain('bin/rws-idle-agent');
    expect(fetched.sizeBytes).toBeLessThan(inline.sizeBytes - 5000);
    const main = mainScript(fetched);
    for (const tool of ['rws-sync-users', 'rws-idle-agent']) {
      const params = WorkspaceUserData.toolParameters(PREFIX).filter((p) => p.name.includes(`/${tool}/`));
      expect(params.length).toBeGreaterThan(0);
      // Fetched before it is installed.
      const fetchAt = main.search(new RegExp(`rws_code_fetch [0-9a-f]{64} '?${PREFIX}/[0-9a-f]{12}/${tool}'? ${params.length} "\\$RWS_PAYLOAD/bin/${tool}"`));
      const installAt = main.indexOf(`rws_install_file "$RWS_PAYLOAD/bin/${tool}"`);
      expect(fetchAt).toBeGreaterThan(0);
      expect(installAt).toBeGreaterThan(fetchAt);
    }
  });

  test('parameters fit the standard tier and name the code version', () => {
    const params = WorkspaceUserData.toolParameters(PREFIX);
    for (const p of params) {
      expect(p.value.length).toBeLessThanOrEqual(4096);
      expect(p.name).toMatch(/^\/rws-tools\/0123456789abcdef\/[0-9a-f]{12}\/rws-(sync-users|idle-agent)\/\d+$/);
    }
  });

  describe('the boot fetch installs only the code it was generated with', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-tools-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const main = mainScript(generate(PREFIX));
    // rws_code_fetch and the parts fetch it calls, which gives each part to RWS_FETCH_CMD when set
    // (here: a folder that plays Parameter Store; ssm-fetch-cli.test.ts runs the real AWS CLI).
    const fn = scriptFunctions(main, ['rws_fetch_parts', 'rws_code_fetch']);
    const call = /^rws_code_fetch ([0-9a-f]{64}) '?([^' ]+)'? (\d+) "\$RWS_PAYLOAD\/bin\/rws-sync-users"$/m.exec(main)!;

    function run(tamper: boolean): { status: number | null; out: string; stderr: string } {
      const store = path.join(dir, tamper ? 'tampered' : 'good');
      for (const p of WorkspaceUserData.toolParameters(PREFIX)) {
        const file = path.join(store, p.name);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, tamper && p.name.endsWith('rws-sync-users/0') ? p.value.slice(0, -8) + 'AAAAAAAA' : p.value);
      }
      const dest = path.join(store, 'rws-sync-users');
      const script = [
        'set -euo pipefail',
        'RWS_FETCH_CMD=cp-from-store',
        `rws_fetch() { cp -- "${store}\${1#ssm:}" "$2"; }`,
        'rws_fail() { echo "FAIL: $*" >&2; exit 3; }',
        'rws_context() { :; }',
        fn,
        `rws_code_fetch ${call[1]} '${call[2]}' ${call[3]} '${dest}'`,
        `cat '${dest}'`,
      ].join('\n');
      const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      return { status: r.status, out: r.stdout, stderr: r.stderr };
    }

    test('the right pieces give exactly the generated tool', () => {
      const r = run(false);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(crypto.createHash('sha256').update(r.out).digest('hex')).toBe(call[1]);
      expect(r.out).toMatch(/^#!\/bin\/bash/);
      expect(r.out.length).toBeGreaterThan(5000);
    });

    test('a changed piece is refused by its SHA-256', () => {
      const r = run(true);
      expect(r.status).toBe(3);
      expect(r.stderr).toMatch(/FAIL: the code in \/rws-tools\/0123456789abcdef\/[0-9a-f]{12}\/rws-sync-users is not the one generated with/);
    });
  });
});
