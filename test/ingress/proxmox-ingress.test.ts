/**
 * The ingress scan on Proxmox: the storage server (which holds every volume) gets the scanner,
 * ClamAV's configuration (signatures only from the institution's mirror) and
 * `permit-ingress.service`; its firewall lets it reach the mirror and nothing else; raw is
 * exported read-only to every workspace. cloud-init schema, shellcheck and tf-validate.
 */
import { spawnSync } from 'child_process';
import { IngressScanning, PermitStatus, ProxmoxPermitEnvironment } from '../../src';
import { INGRESS_SERVICE } from '../../src/constructs/proxmox/private/permit';
import { requireTool } from '../helpers/tools';
import {
  cleanTemp, cloudConfig, cloudInitSchema, firewallOf, permit, resources, synthPermit, tfValidateAll, userDataOf, writtenFile,
} from '../proxmox/helpers';

const S = PermitStatus;
const MIRROR = { signatureMirrorUrl: 'https://clamav-mirror.hdab.example/clamav', signatureMirrorCidrs: ['10.20.0.5/32'] };
afterAll(cleanTemp);

const pending = synthPermit(permit(S.DATA_PREPARATION_PENDING, S.INGRESS_IN_PROGRESS), MIRROR);
const storageVm = (json: any) => resources(json, 'proxmox_virtual_environment_vm').find((r) => r.body.name.endsWith('-storage'))!;
const storageConfig = (json: any) => userDataOf(json, storageVm(json).body);

test('the storage server carries the tested scanner, clamd and freshclam from the mirror, and the service', () => {
  const text = storageConfig(pending.json);
  const c = cloudConfig(text);
  expect(writtenFile(c, IngressScanning.SCRIPT_PATH)).toBe(IngressScanning.consolidationScript());
  expect(writtenFile(c, '/etc/permit/ingress-freshclam.conf')).toContain('PrivateMirror https://clamav-mirror.hdab.example/clamav');
  expect(writtenFile(c, '/etc/permit/ingress-clamd.conf')).toContain('AlertEncrypted yes');
  const unit = writtenFile(c, `/etc/systemd/system/${INGRESS_SERVICE}`);
  expect(unit).toContain('ExecStartPre=-/usr/bin/freshclam --config-file=/etc/permit/ingress-freshclam.conf');
  expect(unit).toContain(`${IngressScanning.SCRIPT_PATH} consolidate /srv/permit/raw hospital-a=/srv/permit/upload-hospital-a lab-b=/srv/permit/upload-lab-b`);
  expect(ProxmoxPermitEnvironment.IMAGE_PACKAGES).toEqual(expect.arrayContaining(['clamav', 'clamav-daemon', 'clamav-freshclam']));
  // Started on purpose at the move, never at boot: no [Install] section, not in runcmd.
  expect(unit).not.toContain('[Install]');
  expect(JSON.stringify(c.runcmd)).not.toContain(INGRESS_SERVICE);
  const r = cloudInitSchema(text);
  if (r) expect(r).toMatchObject({ status: 0 });
});

test('the service\'s shell command (systemd $$ unescaped) passes shellcheck as POSIX sh', () => {
  if (!requireTool('shellcheck', 'generated shell is checked with shellcheck')) return;
  const unit = writtenFile(cloudConfig(storageConfig(pending.json)), `/etc/systemd/system/${INGRESS_SERVICE}`);
  const exec = /^ExecStart=\/bin\/sh -c '(.*)'$/m.exec(unit)![1].replace(/\$\$/g, '$');
  const r = spawnSync('shellcheck', ['-s', 'sh', '-'], { input: `#!/bin/sh\n${exec}\n`, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
});

test('the storage server may reach the mirror on 80 and 443 and nothing else; without a mirror, nothing at all', () => {
  const fw = firewallOf(pending.json, storageVm(pending.json));
  expect(fw.options.output_policy).toBe('DROP');
  const out = fw.rules.filter((r: any) => r.type === 'out');
  expect(out.map((r: any) => [r.dest, r.proto, r.dport])).toEqual([['10.20.0.5/32', 'tcp', '80'], ['10.20.0.5/32', 'tcp', '443']]);
  const plain = synthPermit(permit(S.DATA_PREPARATION_PENDING, S.INGRESS_IN_PROGRESS));
  expect(firewallOf(plain.json, storageVm(plain.json)).rules.filter((r: any) => r.type === 'out')).toEqual([]);
  expect(writtenFile(cloudConfig(storageConfig(plain.json)), `/etc/systemd/system/${INGRESS_SERVICE}`)).not.toContain('freshclam');
});

test('the storage server\'s configuration is the same in every phase (it is never re-provisioned), and raw is exported read-only', () => {
  const ingress = synthPermit(permit(S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS), MIRROR);
  expect(storageConfig(ingress.json)).toBe(storageConfig(pending.json));
  const exports = writtenFile(cloudConfig(storageConfig(pending.json)), '/etc/exports.d/permit.exports');
  const raw = exports.split('\n').find((l) => l.startsWith('/srv/permit/raw '))!;
  const options = raw.split(' ').slice(1).map((c) => /\((.*)\)/.exec(c)![1]);
  expect(options.length).toBeGreaterThan(0);
  for (const o of options) expect(o.split(',')[0]).toBe('ro');
});

test('a mirror without networks is one clear error; the stacks pass tf-validate', async () => {
  expect(() => synthPermit(permit(S.DATA_PREPARATION_PENDING, S.INGRESS_IN_PROGRESS), { signatureMirrorUrl: MIRROR.signatureMirrorUrl }))
    .toThrow(/signatureMirrorCidrs.*10\.20\.0\.5\/32/s);
  const results = await tfValidateAll([pending.dir]);
  if (results) expect(results.map((r) => ({ status: r.status, output: r.status ? r.output : '' }))).toEqual([{ status: 0, output: '' }]);
}, 120_000);
