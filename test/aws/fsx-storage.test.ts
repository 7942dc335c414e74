/**
 * SharedOpenZfs (homes with per-user and per-group quotas from the registry) and SharedLustre
 * (scratch or persistent, linked to a bucket): cfn-lint and the three cdk-nag packs on a stack
 * with each kind, the registry's ids in the quotas, the retention and encryption defaults, the
 * security groups, and bad input refused with one error.
 */
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { LustreDeployment, SharedLustre, SharedOpenZfs, UserRegistry } from '../../src';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { formatFindings, nagFindings } from '../helpers/nag';
import { cleanTempDirs, resourcesOfType, synthTemplates, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

afterAll(cleanTempDirs);

const registry = UserRegistry.fromProps({
  users: [{ name: 'alice', groups: ['genomics'] }, { name: 'bob', groups: ['climate'] }, { name: 'carol', uid: 12345 }],
  groups: [{ name: 'genomics' }, { name: 'climate', gid: 13000 }],
  userIdRange: { min: 10000, max: 19999 },
  groupIdRange: { min: 11000, max: 14999 },
});

function stack(outdir?: string) {
  // aws-cdk-lib's own template validation adds nothing to cfn-lint here.
  const app = new App({ ...(outdir ? { outdir } : {}), builtinCloudFormationValidation: false });
  const s = new Stack(app, 'Storage', { env: { region: 'us-east-1' } });
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'W', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  const clients = new ec2.SecurityGroup(s, 'Clients', { vpc, allowAllOutbound: false });
  return { app, s, vpc, clients };
}

describe('a stack with OpenZFS homes and Lustre scratch and persistent storage', () => {
  const { app, s, vpc, clients } = stack(tempDir('rws-fsx-'));
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  const homes = new SharedOpenZfs(s, 'Homes', { vpc, registry, userQuotaGiB: 100, userQuotasGiB: { carol: 500, bob: 0 }, groupQuotasGiB: { genomics: 1000 }, encryptionKey: key });
  homes.allowFrom(clients);
  const scratch = new SharedLustre(s, 'Scratch', { vpc, dataRepository: s3.Bucket.fromBucketName(s, 'Data', 'lab-data-111122223333'), dataRepositoryPrefix: 'runs' });
  scratch.allowFrom(clients);
  const persistent = new SharedLustre(s, 'Projects', { vpc, deployment: LustreDeployment.PERSISTENT_2, storageCapacityGiB: 2400, encryptionKey: key });
  persistent.allowFrom(clients);
  const templates = synthTemplates(app);
  const t = templates[0].template;
  const byLogical = (c: any) => s.resolve(c.fileSystem.logicalId);

  test('OpenZFS quotas are the registry\'s uids and gids: a default for everyone, overrides by name, 0 for none', () => {
    const fs = t.Resources[byLogical(homes)];
    const q = fs.Properties.OpenZFSConfiguration.RootVolumeConfiguration.UserAndGroupQuotas;
    expect(q).toEqual([
      { Id: registry.user('alice').uid, Type: 'USER', StorageCapacityQuotaGiB: 100 },
      { Id: 12345, Type: 'USER', StorageCapacityQuotaGiB: 500 },
      { Id: registry.group('genomics').gid, Type: 'GROUP', StorageCapacityQuotaGiB: 1000 },
    ]);
    expect(homes.userQuotaGiB('bob')).toBeUndefined();
    expect(fs.DeletionPolicy).toBe('Retain');
    expect(fs.Properties.KmsKeyId).toBeDefined();
    expect(fs.Properties.OpenZFSConfiguration.AutomaticBackupRetentionDays).toBe(30);
  });

  test('Lustre: retained, scratch linked to the bucket, persistent with the key and backups; only the clients and the servers get in', () => {
    const sc = t.Resources[byLogical(scratch)];
    const pe = t.Resources[byLogical(persistent)];
    expect([sc.DeletionPolicy, pe.DeletionPolicy]).toEqual(['Retain', 'Retain']);
    expect(pe.Properties.KmsKeyId).toBeDefined();
    expect(pe.Properties.LustreConfiguration).toMatchObject({ DeploymentType: 'PERSISTENT_2', PerUnitStorageThroughput: 125, AutomaticBackupRetentionDays: 7 });
    const [, dra] = resourcesOfType(t, 'AWS::FSx::DataRepositoryAssociation')[0];
    expect(dra.Properties.DataRepositoryPath).toBe('s3://lab-data-111122223333/runs/');
    const sg = sc.Properties.SecurityGroupIds[0]['Fn::GetAtt'][0];
    const ingress = resourcesOfType(t, 'AWS::EC2::SecurityGroupIngress').filter(([, r]) => r.Properties.GroupId['Fn::GetAtt']?.[0] === sg);
    const c = s.resolve((clients.node.defaultChild as ec2.CfnSecurityGroup).logicalId);
    expect(ingress.map(([, r]) => [r.Properties.SourceSecurityGroupId['Fn::GetAtt'][0], r.Properties.FromPort, r.Properties.ToPort]).sort()).toEqual([
      [c, 1018, 1023], [c, 988, 988],
      [sg, 1018, 1023], [sg, 988, 988],
    ].sort());
  });

  test('cfn-lint finds nothing (it knows AWS::FSx::FileSystem and DataRepositoryAssociation)', () => {
    if (!requireTool('cfn-lint', 'lints the synthesized CloudFormation templates')) return;
    expect(formatMatches(cfnLint(templates.map((x) => x.file)))).toBe('');
  });

  test('cdk-nag AwsSolutions, HIPAA Security and NIST 800-53 R5: no unacknowledged finding on the file systems', () => {
    const findings = [homes, scratch, persistent].flatMap((c) => nagFindings(c));
    expect(formatFindings(findings)).toBe('');
  });
});

describe('bad input', () => {
  test('quotas name registry users and groups, with whole GiB; quotas need a registry', () => {
    const { s, vpc } = stack();
    expect(() => new SharedOpenZfs(s, 'A', { vpc, registry, userQuotasGiB: { zed: 10 } })).toThrow(/Storage\/A: error invalid-prop: userQuotasGiB\.zed: user "zed" is not in the registry .*Fix: name a registry user or group/);
    expect(() => new SharedOpenZfs(s, 'B', { vpc, registry, groupQuotasGiB: { genomics: 1.5 } })).toThrow(/groupQuotasGiB\.genomics: a quota is a whole number of GiB/);
    expect(() => new SharedOpenZfs(s, 'C', { vpc, userQuotaGiB: 10 })).toThrow(/userQuotaGiB: quotas come from the registry's ids, and none was given .*Fix: pass registry/);
    // Named quotas without a registry are refused too (they were ignored before: the same rule as SharedLustre's).
    expect(() => new SharedOpenZfs(s, 'E', { vpc, userQuotasGiB: { alice: 10 } })).toThrow(/Storage\/E: error invalid-prop: userQuotasGiB: quotas come from the registry's ids, and none was given .*Fix: pass registry/);
    expect(() => new SharedOpenZfs(s, 'F', { vpc, groupQuotasGiB: { genomics: 10 } })).toThrow(/Storage\/F: error invalid-prop: groupQuotasGiB: quotas come from the registry's ids.*Fix: pass registry/);
    expect(() => new SharedLustre(s, 'G', { vpc, groupQuotasGiB: { genomics: 10 } })).toThrow(/Storage\/G: error invalid-prop: groupQuotasGiB: quotas come from the registry's ids.*Fix: pass registry/);
    // A fractional default: the same words for both kinds.
    expect(() => new SharedOpenZfs(s, 'H', { vpc, registry, userQuotaGiB: 2.5 })).toThrow(/Storage\/H: error invalid-prop: userQuotaGiB: a quota is a whole number of GiB .*Fix: write e\.g\. 100/);
    expect(() => new SharedOpenZfs(s, 'D', { vpc, throughputMBps: 100 })).toThrow(/throughputMBps: not a throughput FSx for OpenZFS offers .*\(got 100\)/);
  });

  test('Lustre: capacity steps, scratch takes no key, throughput or backups, a prefix needs a bucket', () => {
    const { s, vpc } = stack();
    const key = new kms.Key(s, 'K', { removalPolicy: RemovalPolicy.DESTROY });
    expect(() => new SharedLustre(s, 'A', { vpc, storageCapacityGiB: 2000 })).toThrow(/storageCapacityGiB: FSx for Lustre \(SSD\) takes 1200 or 2400 GiB.*\(got 2000\)\. Fix: use 1200, 2400, 4800/);
    expect(() => new SharedLustre(s, 'B', { vpc, encryptionKey: key })).toThrow(/encryptionKey: scratch file systems are encrypted with an AWS managed key/);
    expect(() => new SharedLustre(s, 'C', { vpc, backupRetentionDays: 7 })).toThrow(/backupRetentionDays: scratch file systems have no backups/);
    expect(() => new SharedLustre(s, 'D', { vpc, dataRepositoryPrefix: 'x' })).toThrow(/dataRepository: dataRepositoryPrefix and dataRepositoryPath need a bucket/);
    expect(() => new SharedLustre(s, 'E', { vpc, deployment: LustreDeployment.PERSISTENT_2, throughputPerTiB: 300 })).toThrow(/throughputPerTiB: not a PERSISTENT_2 throughput/);
  });
});
