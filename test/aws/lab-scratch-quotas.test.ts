/**
 * Lustre quotas in lab.yaml (`scratch:` user_quota_gib, user_quotas_gib, group_quota_gib,
 * group_quotas_gib, project_quota_gib, project_quotas_gib): read into the definition, passed to
 * SharedLustre, and set by the lab's Slurm cluster's login node: its quota list, computed by the
 * node's own awk program on the registry file its user-data carries, holds the registry's ids.
 * Bad values are refused with the file, the field, the value and the fix. (The node's run of
 * the list is executed in test/userdata/chroot-lustre-quotas.test.ts.)
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { App } from 'aws-cdk-lib';
import { LabStack } from '../../src';
import { errorMessageOf as errorOf } from '../helpers/errors';
import { cleanTempDirs, tempDir } from '../helpers/synth';

afterAll(() => cleanTempDirs());

const USERS = [
  'id_ranges: { users: { min: 10000, max: 10999 }, groups: { min: 11000, max: 11999 } }',
  'groups:',
  '  - { name: genomics, gid: 11001 }',
  '  - { name: climate, gid: 11002 }',
  'users:',
  '  - { name: alice, uid: 10001, groups: [genomics] }',
  '  - { name: bob, uid: 10002, groups: [climate] }',
  '  - { name: carol, uid: 10003, groups: [genomics, climate] }',
  '',
].join('\n');

const QUOTAS = [
  '  scratch:',
  '    user_quota_gib: 100',
  '    user_quotas_gib: { carol: 500, bob: 0 }',
  '    group_quotas_gib: { genomics: 1000 }',
  '    project_quota_gib: 50',
  '    project_quotas_gib: { genomics: 20000 }',
].join('\n');

function labFile(scratch: string, registry = true): string {
  const dir = tempDir('rws-scratch-quotas-');
  fs.writeFileSync(path.join(dir, 'users.yaml'), USERS);
  const file = path.join(dir, 'lab.yaml');
  fs.writeFileSync(file, [
    'name: quotas', ...(registry ? ['registry: ./users.yaml'] : []), 'workspaces: []', 'aws:', '  region: us-east-1', scratch,
    '  slurm: { ami: ami-0123456789abcdef0, login_node: true, queues: [{ name: cpu }] }', '',
  ].join('\n'));
  return file;
}

/** The node's quota list (`u <uid> <GiB>`, `g <gid> <GiB>`, `p <gid> <GiB>`): its awk line run on the registry file of its user-data. */
function quotaList(script: string): string[] {
  const blob = script.slice(script.indexOf("<<'RWS_REGISTRY'\n") + 17, script.indexOf('\nRWS_REGISTRY\n'));
  const dir = tempDir('rws-quota-list-');
  fs.writeFileSync(path.join(dir, 'registry.tsv'), zlib.gunzipSync(Buffer.from(blob.replace(/\n/g, ''), 'base64')));
  const line = script.split('\n').find((l) => l.startsWith("awk -F '\\t' -v ud="))!;
  const r = spawnSync('bash', ['-c', line.replace('/etc/research-workspace/registry.tsv >"$qwant"', path.join(dir, 'registry.tsv'))], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter((l) => l);
}

test('read into the scratch definition', () => {
  expect(LabStack.loadDefinition(labFile(QUOTAS)).scratch).toEqual({
    userQuotaGiB: 100,
    userQuotasGiB: { carol: 500, bob: 0 },
    groupQuotasGiB: { genomics: 1000 },
    projectQuotaGiB: 50,
    projectQuotasGiB: { genomics: 20000 },
  });
});

test('a lab.yaml with quotas: the cluster\'s login node sets them with the registry\'s ids; the compute nodes do not', () => {
  const lab = LabStack.fromFile(new App(), 'Quotas', labFile(QUOTAS));
  expect([lab.scratch!.userQuotaGiB('alice'), lab.scratch!.projectQuotaGiB('climate'), lab.scratch!.projectQuotaGiB('genomics')]).toEqual([100, 50, 20000]);
  const login = lab.cluster!.nodeUserData('login');
  expect(quotaList(login)).toEqual([
    'g 11001 1000', 'p 11001 20000', 'p 11002 50',
    'u 10001 100', 'u 10003 500',
  ]);
  expect(login).toContain('lfs_ project -p "$id" -s -r "$d"');
  expect(lab.cluster!.nodeUserData('cpu')).not.toContain('lfs_ setquota');
  // Without quota fields, no node sets any.
  const plain = LabStack.fromFile(new App(), 'Plain', labFile('  scratch: { capacity_gib: 1200 }'));
  expect(plain.cluster!.nodeUserData('login')).not.toContain('lfs_ setquota');
});

test('refused with the file, the field, the value and the fix', () => {
  const load = (scratch: string, registry = true) => errorOf(() => LabStack.loadDefinition(labFile(scratch, registry)));
  expect(load('  scratch:\n    user_quota_gib: 1.5')).toMatch(/lab\.yaml:7:\d+: error wrong-type: aws\.scratch\.user_quota_gib: expected a whole number.*1\.5/s);
  expect(load('  scratch:\n    project_quotas_gib: { genomics: -5 }')).toMatch(/lab\.yaml:7:\d+: error out-of-range: aws\.scratch\.project_quotas_gib\.genomics.*-5.*Fix: use a value from 0/s);
  expect(load('  scratch:\n    group_quotas_gib: [genomics]')).toMatch(/lab\.yaml:7:\d+: error wrong-type: aws\.scratch\.group_quotas_gib: expected a mapping/s);
  expect(load('  scratch:\n    user_quotas_gib: { carol: }')).toMatch(/scratch\.user_quotas_gib\.carol: expected a whole number of GiB, found nothing.*Fix: write carol: 100/s);
  expect(load('  scratch:\n    user_qouta_gib: 10')).toMatch(/lab\.yaml:7:\d+: error unknown-field: aws\.scratch\.user_qouta_gib/s);
  // No registry: the ids come from it.
  expect(load('  scratch:\n    user_quota_gib: 10', false)).toMatch(/lab\.yaml:6:\d+: error missing-registry: aws\.scratch\.user_quota_gib: scratch quotas are set by the registry's uids and gids.*Fix: add registry: \.\/users\.yaml/s);
  // Names not in the registry: the lab file and the field as it is written there.
  const build = (scratch: string) => errorOf(() => LabStack.fromFile(new App(), 'Bad', labFile(scratch)));
  expect(build('  scratch:\n    user_quotas_gib: { mallory: 10 }')).toMatch(/lab\.yaml: error unknown-name: aws\.scratch\.user_quotas_gib\.mallory: user "mallory" is not in the registry .*users\.yaml.*\(got 10\).*Fix: name a registry user \(alice, bob, carol\)/s);
  expect(build('  scratch:\n    project_quotas_gib: { alice: 10 }')).toMatch(/aws\.scratch\.project_quotas_gib\.alice: group "alice" is not in the registry.*Fix: name a registry group \(genomics, climate\)/s);
  expect(build(QUOTAS)).toBe('no error');
});
