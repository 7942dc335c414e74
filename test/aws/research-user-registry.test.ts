import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { RegistryStorage, ResearchUserRegistry, UserRegistry } from '../../src';
import { WorkspaceUserData } from '../../src/workspaces/userdata';
import { ed25519 } from '../helpers/keys';
import { cleanTempDirs, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOFjo1NzEpb9BDrAR/nU1oUQ+u4HGNtjhGu7RnKzemyX alice@laptop';

function registry(n: number): UserRegistry {
  const users = Array.from({ length: n }, (_, i) => ({ name: `u${String(i).padStart(4, '0')}`, groups: [`g${i % 3}`], sshKeys: i === 0 ? [KEY] : [ed25519(i)] }));
  return UserRegistry.fromProps({
    users,
    groups: [{ name: 'g0' }, { name: 'g1' }, { name: 'g2' }],
    userIdRange: { min: 10000, max: 10000 + 2 * n },
    groupIdRange: { min: 50000, max: 50010 },
  });
}

function build(n: number, storage?: RegistryStorage) {
  const stack = new Stack(new App(), 'S');
  const reg = registry(n);
  const users = new ResearchUserRegistry(stack, 'Users', { registry: reg, labName: 'lab1', storage });
  let template: Template | undefined;
  return { stack, users, reg, get t() { return (template ??= Template.fromStack(stack)); } };
}

afterAll(cleanTempDirs);

describe('ResearchUserRegistry', () => {
  test('a small registry goes into standard-tier parameters that reassemble to the sync file', () => {
    const { users, reg, t } = build(5);
    expect(users.storage).toBe(RegistryStorage.STANDARD_PARAMETERS);
    const params = t.findResources('AWS::SSM::Parameter');
    const pieces = Object.values<any>(params).filter((p) => /\/registry\/\d+$/.test(p.Properties.Name))
      .sort((a, b) => a.Properties.Name.localeCompare(b.Properties.Name));
    expect(pieces.length).toBe(users.parameterNames.length);
    for (const p of pieces) {
      expect(p.Properties.Tier).toBe('Standard');
      expect(p.Properties.Value.length).toBeLessThanOrEqual(4096);
    }
    const file = zlib.gunzipSync(Buffer.from(pieces.map((p) => p.Properties.Value).join(''), 'base64')).toString('utf8');
    expect(file).toBe(WorkspaceUserData.registryFile(reg));
    expect(file).toContain(KEY);
    // Public keys only: nothing that looks like a private key or a password.
    expect(file).not.toMatch(/PRIVATE KEY|password/i);
  });

  test('the manifest names the pieces and the SHA-256', () => {
    const { users, t } = build(5);
    t.hasResourceProperties('AWS::SSM::Parameter', {
      Name: '/research-workspaces/lab1/registry/manifest',
      Value: Match.serializedJson(Match.objectLike({ sha256: users.sha256, storage: 'standard-parameters', pieces: users.parameterNames.length, users: 5 })),
    });
  });

  test('a larger registry uses advanced-tier parameters, a very large one S3', () => {
    const mid = build(500);
    expect(mid.users.storage).toBe(RegistryStorage.ADVANCED_PARAMETERS);
    mid.t.hasResourceProperties('AWS::SSM::Parameter', { Name: '/research-workspaces/lab1/registry/0', Tier: 'Advanced' });
    const big = build(1500);
    expect(big.users.storage).toBe(RegistryStorage.S3);
    expect(big.users.asset).toBeDefined();
    expect(big.users.parameterNames).toEqual([]);
    big.t.hasResourceProperties('AWS::SSM::Association', {
      Parameters: Match.objectLike({ registryUrl: [Match.anyValue()], registryFileName: [Match.stringLikeRegexp('\\.gz$')] }),
    });
    big.t.hasResourceProperties('AWS::SSM::Document', {
      Content: Match.objectLike({ mainSteps: Match.arrayWith([Match.objectLike({ action: 'aws:downloadContent' })]) }),
    });
  });

  test('the document verifies the SHA-256, waits for boot provisioning and runs rws-sync-users', () => {
    const { t } = build(5);
    const doc = Object.values<any>(t.findResources('AWS::SSM::Document'))[0];
    expect(doc.Properties.DocumentType).toBe('Command');
    const c = doc.Properties.Content;
    expect(c.schemaVersion).toBe('2.2');
    expect(c.parameters.registrySha256.allowedPattern).toBe('^[0-9a-f]{64}$');
    expect(c.parameters.piece0.allowedPattern).toBe('^[A-Za-z0-9+/=]*$');
    const script: string = c.mainSteps[0].inputs.runCommand[0];
    expect(script).toContain('sha256sum -c');
    expect(script).toContain('/var/lib/research-workspace/status');
    expect(script).toContain(WorkspaceUserData.syncUsersScript().split('\n')[1]);
    expect(script).toContain('exec bash "$d/rws-sync-users"');
  });

  test('the document uses the sync arguments the machine recorded (root-owned), refuses a failed boot without them, else the lab default', () => {
    const stack = new Stack(new App(), 'S');
    new ResearchUserRegistry(stack, 'Users', { registry: registry(3), labName: 'lab1', defaultHomeBase: '/shared/home' });
    const doc = Object.values<any>(Template.fromStack(stack).findResources('AWS::SSM::Document'))[0];
    const script: string = doc.Properties.Content.mainSteps[0].inputs.runCommand[0];
    const own = script.slice(script.indexOf('chmod 0700 "$d/rws-sync-users"'));
    expect(own).toContain('args=/etc/research-workspace/sync-users.args');
    expect(own).toContain('[ "$(stat -c %u "$args")" != 0 ] || [ -n "$(find "$args" -perm /022)" ]');
    expect(own).toContain('the boot provisioning failed before it recorded this machine\'s sync arguments');
    expect(own).toContain('  set -- -H /shared/home\n');
    expect(own.trim().split('\n').pop()).toBe('exec bash "$d/rws-sync-users" "$@" "$d/registry.tsv"');
    if (!requireTool('shellcheck', 'checks the sync document\'s script')) return;
    // The document's own lines as sh (the embedded rws-sync-users is checked with the generator's scripts).
    const body = script.replace(/(<<'(RWS_SYNC_USERS_EOF[_0-9]*)'\n)[\s\S]*?\n\2\n/, '$1\n$2\n').replace(/\{\{ (\w+) \}\}/g, 'X$1');
    const file = path.join(tempDir(), 'sync-document.sh');
    fs.writeFileSync(file, body);
    const r = spawnSync('shellcheck', ['-s', 'sh', '-S', 'style', file], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('the association targets the lab tag and changes with the registry', () => {
    const a = build(5);
    a.t.hasResourceProperties('AWS::SSM::Association', {
      Name: { Ref: Match.anyValue() },
      Targets: [{ Key: 'tag:research:lab', Values: ['lab1'] }],
      Parameters: { registrySha256: [a.users.sha256], piece0: ['{{ssm:/research-workspaces/lab1/registry/0}}'] },
      Tags: Match.absent(),
    });
    const b = build(6);
    expect(b.users.sha256).not.toBe(a.users.sha256);
  });

  test('grantRead allows reading exactly the manifest and the pieces', () => {
    const { stack, users } = build(5);
    const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    users.grantRead(role);
    const t = Template.fromStack(stack);
    const policy = Object.values<any>(t.findResources('AWS::IAM::Policy'))[0];
    const st = policy.Properties.PolicyDocument.Statement[0];
    expect(st.Action).toEqual(['ssm:GetParameter', 'ssm:GetParameters']);
    expect(st.Resource).toHaveLength(1 + users.parameterNames.length);
    expect(JSON.stringify(st.Resource)).not.toContain('*');
    // Each ARN names its parameter literally (regression: the manifest's ARN once held a token's text).
    const arns = JSON.stringify(st.Resource);
    expect(arns).not.toContain('{Token');
    expect(arns).toContain(`:parameter${users.parameterPrefix}/manifest`);
    for (const name of users.parameterNames) expect(arns).toContain(`:parameter${name}`);
  });

  test.each([
    [{ labName: 'bad lab' }, /labName: a lab name may hold only letters/],
    [{ parameterPrefix: 'no-slash' }, /parameterPrefix: not a usable parameter path/],
    [{ parameterPrefix: '/aws/reserved' }, /parameterPrefix: not a usable parameter path/],
    [{ defaultHomeBase: 'home' }, /defaultHomeBase: not an absolute path/],
  ])('rejects %j', (props, message) => {
    const stack = new Stack(new App(), 'S');
    expect(() => new ResearchUserRegistry(stack, 'Users', { registry: registry(2), labName: 'lab1', ...props })).toThrow(message);
    expect(() => new ResearchUserRegistry(new Stack(new App(), 'S2'), 'Users', { registry: registry(2), labName: 'lab1', ...props })).toThrow(/S2\/Users/);
  });

  test('forced standard tier on a registry too large for 40 parameters fails with the fix', () => {
    expect(() => build(3000, RegistryStorage.STANDARD_PARAMETERS)).toThrow(/use RegistryStorage.S3/);
  });
});
