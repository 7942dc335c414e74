/**
 * Homes on FSx for OpenZFS (`homes: { kind: openzfs }` in lab.yaml; `ResearchWorkspace.openZfsStorage`):
 * a lab from a lab file synthesized with no EFS at all, one OPENZFS file system with the
 * registry's ids in its quotas, every workstation tagged with the file system's DNS name and
 * admitted to NFS (and nothing else) by the file system's security group, no EFS grant in any
 * role; `openZfsProblems` checks those controls on the template and each mutation of the
 * template makes it fail. cfn-lint and the three cdk-nag packs on every template. The values
 * part of the user-data, run with a stand-in for IMDSv2, puts the DNS name in place of its
 * placeholder and refuses one of another shape. Bad input: one error naming the file, the field,
 * the value and the fix. (The workstation's boot with this storage runs in the Debian chroot:
 * test/userdata/chroot-openzfs-workstation.test.ts.) Not proven here: a real FSx mount, quotas
 * enforced by FSx (moto creates no FSx file system).
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { LabStack, ResearchWorkspace, SharedEfs, SharedOpenZfs, TemplateCatalog } from '../../src';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { DeployValuesRun } from '../helpers/deploy-values';
import { errorMessageOf as errorOf } from '../helpers/errors';
import { formatFindings, nagFindings } from '../helpers/nag';
import { cleanTempDirs, resourcesOfType, SynthesizedTemplate, synthTemplates, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

afterAll(cleanTempDirs);

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

const HOMES = '  homes: { kind: openzfs, capacity_gib: 128, throughput_mbps: 128, user_quota_gib: 100, user_quotas_gib: { carol: 500 }, group_quotas_gib: { genomics: 1000 } }';
const WORKSPACES = [
  'workspaces:',
  '  - { name: alice-py, template: python-ml, owner: alice, project: genomics, size: M }',
  '  - { name: bob-ssh, template: python-ml, owner: bob, size: M, ssh_cidrs: [10.20.0.0/16] }',
].join('\n');

function labFile(aws: string[], registry = true): string {
  const dir = tempDir('rws-openzfs-lab-');
  fs.writeFileSync(path.join(dir, 'users.yaml'), USERS);
  const file = path.join(dir, 'lab.yaml');
  fs.writeFileSync(file, ['name: zfs-lab', ...(registry ? ['registry: ./users.yaml'] : []), WORKSPACES, 'aws:', '  region: eu-north-1', ...aws, ''].join('\n'));
  return file;
}

const NFS_PORTS = ['tcp 111-111', 'tcp 2049-2049', 'tcp 20001-20003', 'udp 111-111', 'udp 2049-2049', 'udp 20001-20003'].sort();

/**
 * What must hold of a lab's templates with OpenZFS homes, one problem per broken control: no
 * EFS resource; one OPENZFS file system; its security group admitting NFS only, from
 * workstations' security groups only (no CIDR); every workstation group admitted and with
 * egress to it on 2049; every workstation tagged with the file system's DNS name; no role with
 * an EFS action.
 */
export function openZfsProblems(templates: any[]): string[] {
  const out: string[] = [];
  const all = templates.flatMap((t) => Object.entries<any>(t.Resources ?? {}));
  for (const [id, r] of all) if (r.Type.startsWith('AWS::EFS::')) out.push(`${id}: an EFS resource (${r.Type})`);
  const root = templates[0];
  const zfs = resourcesOfType(root, 'AWS::FSx::FileSystem').filter(([, r]) => r.Properties.FileSystemType === 'OPENZFS');
  if (zfs.length !== 1) return [...out, `expected one OpenZFS file system, found ${zfs.length}`];
  const [zfsId, fsRes] = zfs[0];
  const sg = fsRes.Properties.SecurityGroupIds[0]['Fn::GetAtt'][0];
  const ingress = resourcesOfType(root, 'AWS::EC2::SecurityGroupIngress').filter(([, r]) => r.Properties.GroupId?.['Fn::GetAtt']?.[0] === sg);
  const inline = root.Resources[sg].Properties.SecurityGroupIngress ?? [];
  if (inline.length) out.push(`${sg}: inline ingress ${JSON.stringify(inline)}`);
  // A security group as the root template names it: its own, or a nested stack's through that stack's output.
  const outputs = new Map<string, string>();
  for (const t of templates.slice(1)) for (const [name, o] of Object.entries<any>(t.Outputs ?? {})) outputs.set(name, o.Value?.['Fn::GetAtt']?.[0]);
  const groupOf = (v: any): string | undefined => {
    const [res, attr] = v?.['Fn::GetAtt'] ?? [];
    return typeof attr === 'string' && attr.startsWith('Outputs.') ? outputs.get(attr.slice(8)) : res;
  };
  const bySource = new Map<string, string[]>();
  for (const [id, r] of ingress) {
    const src = groupOf(r.Properties.SourceSecurityGroupId);
    if (!src) {
      out.push(`${id}: ingress to the file system from ${JSON.stringify(r.Properties.CidrIp ?? r.Properties.SourceSecurityGroupId)}, not a workstation`);
      continue;
    }
    const port = `${r.Properties.IpProtocol} ${r.Properties.FromPort}-${r.Properties.ToPort}`;
    if (!NFS_PORTS.includes(port)) out.push(`${id}: ${port} is not NFS`);
    bySource.set(src, [...(bySource.get(src) ?? []), port]);
  }
  const dns = (v: any) => JSON.stringify(v).includes(zfsId) || JSON.stringify(v).includes('Homes');
  const egress = templates.flatMap((t) => resourcesOfType(t, 'AWS::EC2::SecurityGroupEgress'));
  let workstations = 0;
  for (const t of templates) {
    for (const [id, r] of resourcesOfType(t, 'AWS::EC2::Instance')) {
      workstations++;
      const tags = Object.fromEntries((r.Properties.Tags as Array<{ Key: string; Value: any }>).map((x) => [x.Key, x.Value]));
      if (!tags['research:openzfs-dns'] || !dns(tags['research:openzfs-dns'])) out.push(`${id}: not tagged with the OpenZFS DNS name`);
      if (tags['research:file-system']) out.push(`${id}: tagged with an EFS id`);
    }
    for (const [id, r] of resourcesOfType(t, 'AWS::EC2::SecurityGroup')) {
      if (!/^Research workspaces? /.test(r.Properties.GroupDescription)) continue;
      const ports = (bySource.get(id) ?? []).sort();
      if (JSON.stringify(ports) !== JSON.stringify(NFS_PORTS)) out.push(`${id}: a workstation group admitted to ${ports.join(', ') || 'nothing'}`);
      // The workstations' groups have no default egress: NFS out to the file system must be a rule.
      const out2049 = egress.some(([, e]) => groupOf(e.Properties.GroupId) === id && groupOf(e.Properties.DestinationSecurityGroupId) === sg
        && e.Properties.IpProtocol === 'tcp' && e.Properties.FromPort === 2049);
      if (!out2049) out.push(`${id}: a workstation group without egress to the file system on NFS (2049)`);
    }
  }
  if (workstations === 0) out.push('no workstation');
  for (const t of templates) {
    for (const [id, r] of Object.entries<any>(t.Resources ?? {})) {
      // Policies given to roles (a permissions boundary grants nothing).
      if (!/AWS::IAM::(Policy|ManagedPolicy)/.test(r.Type) || !r.Properties.Roles) continue;
      if (JSON.stringify(r.Properties.PolicyDocument).includes('elasticfilesystem:')) out.push(`${id}: grants EFS actions`);
    }
  }
  return out;
}

describe('a lab with homes on FSx for OpenZFS (lab.yaml homes:)', () => {
  let app: App;
  let lab: LabStack;
  let templates: SynthesizedTemplate[];
  let root: any;

  beforeAll(() => {
    app = new App({ outdir: tempDir('rws-openzfs-out-'), builtinCloudFormationValidation: false });
    lab = LabStack.fromFile(app, 'ZfsLab', labFile([HOMES]));
    templates = synthTemplates(app);
    root = templates.find((t) => t.name === 'ZfsLab')!.template;
  });

  test('read into the definition', () => {
    expect(lab.definition.homes).toEqual({
      kind: 'openzfs', storageCapacityGiB: 128, throughputMBps: 128, userQuotaGiB: 100, userQuotasGiB: { carol: 500 }, groupQuotasGiB: { genomics: 1000 },
    });
  });

  test('no EFS; one OpenZFS file system with the registry\'s ids in its quotas, the lab key, retained', () => {
    expect(lab.storage).toBeUndefined();
    expect(lab.homes).toBeInstanceOf(SharedOpenZfs);
    const [, zfs] = resourcesOfType(root, 'AWS::FSx::FileSystem')[0];
    expect(zfs.Properties.StorageCapacity).toBe(128);
    expect(zfs.Properties.OpenZFSConfiguration.ThroughputCapacity).toBe(128);
    expect(zfs.Properties.OpenZFSConfiguration.RootVolumeConfiguration.UserAndGroupQuotas).toEqual([
      { Id: 10001, Type: 'USER', StorageCapacityQuotaGiB: 100 },
      { Id: 10002, Type: 'USER', StorageCapacityQuotaGiB: 100 },
      { Id: 10003, Type: 'USER', StorageCapacityQuotaGiB: 500 },
      { Id: 11001, Type: 'GROUP', StorageCapacityQuotaGiB: 1000 },
    ]);
    expect(zfs.Properties.KmsKeyId).toEqual({ Ref: lab.resolve((lab.key.node.defaultChild as any).logicalId) });
    expect(zfs.DeletionPolicy).toBe('Retain');
    expect(zfs.Properties.OpenZFSConfiguration.AutomaticBackupRetentionDays).toBe(30);
  });

  test('the controls hold (openZfsProblems), and each removed makes the check fail', () => {
    // The lab stack first, then its workspace stacks.
    const ts = [root, ...templates.filter((t) => t.template !== root).map((t) => t.template)];
    expect(openZfsProblems(ts)).toEqual([]);
    const mutate = (f: (t: any[]) => void) => {
      const copy = JSON.parse(JSON.stringify(ts));
      f(copy);
      return openZfsProblems(copy).join('\n');
    };
    const ingressOf = (t: any) => resourcesOfType(t, 'AWS::EC2::SecurityGroupIngress').filter(([, r]) => r.Properties.IpProtocol === 'tcp' && r.Properties.FromPort === 2049);
    expect(mutate((t) => {
      const [, r] = ingressOf(t[0])[0];
      delete r.Properties.SourceSecurityGroupId;
      r.Properties.CidrIp = '0.0.0.0/0';
    })).toMatch(/ingress to the file system from "0\.0\.0\.0\/0", not a workstation/);
    expect(mutate((t) => {
      const [, r] = ingressOf(t[0])[0];
      r.Properties.FromPort = 22;
      r.Properties.ToPort = 22;
    })).toMatch(/tcp 22-22 is not NFS/);
    expect(mutate((t) => {
      const [id] = ingressOf(t[0])[0];
      delete t[0].Resources[id];
    })).toMatch(/a workstation group admitted to/);
    expect(mutate((t) => {
      const nested = t.find((x) => resourcesOfType(x, 'AWS::EC2::Instance').length)!;
      const [, i] = resourcesOfType(nested, 'AWS::EC2::Instance')[0];
      i.Properties.Tags = i.Properties.Tags.filter((x: any) => x.Key !== 'research:openzfs-dns');
    })).toMatch(/not tagged with the OpenZFS DNS name/);
    expect(mutate((t) => {
      // bob-ssh's own group (in a workspace stack; the rule is in the lab stack, naming it through an output).
      const [id] = resourcesOfType(t[0], 'AWS::EC2::SecurityGroupEgress').find(([, r]) => r.Properties.IpProtocol === 'tcp' && r.Properties.FromPort === 2049
        && JSON.stringify(r.Properties.GroupId).includes('bobssh'))!;
      delete t[0].Resources[id];
    })).toMatch(/bobsshSecurityGroup\w+: a workstation group without egress to the file system on NFS \(2049\)/);
    expect(mutate((t) => {
      const [id] = resourcesOfType(t[0], 'AWS::EC2::SecurityGroupEgress').find(([, r]) => r.Properties.IpProtocol === 'tcp' && r.Properties.FromPort === 2049
        && JSON.stringify(r.Properties.GroupId).includes('WorkspaceSecurityGroup'))!;
      delete t[0].Resources[id];
    })).toMatch(/WorkspaceSecurityGroup\w+: a workstation group without egress to the file system on NFS \(2049\)/);
    expect(mutate((t) => {
      t[0].Resources.Extra = { Type: 'AWS::EFS::FileSystem', Properties: {} };
    })).toMatch(/Extra: an EFS resource/);
    expect(mutate((t) => {
      const p = t.flatMap((x) => Object.values<any>(x.Resources)).find((r) => r.Type === 'AWS::IAM::ManagedPolicy' && r.Properties.Roles)!;
      p.Properties.PolicyDocument.Statement.push({ Effect: 'Allow', Action: 'elasticfilesystem:ClientRootAccess', Resource: '*' });
    })).toMatch(/grants EFS actions/);
  });

  test('both workstations (the lab\'s shared group and one with its own for SSH) reach NFS; their user-data under 16 KB', () => {
    for (const ws of lab.workspaces) {
      expect(ws.userDataBytes).toBeLessThan(16384);
      expect(ws.userData.provisioningScript()).toContain('rws_mount nfs4 fs-00000000000000000000000000000000.fsx.rwszz-openzfs:/fsx /shared nfsvers=4.1,');
    }
    expect(new Set(lab.workspaces.map((w) => w.securityGroup)).size).toBe(2);
  });

  test('the values part puts the DNS name in place of its placeholder, and refuses one of another shape', () => {
    const ws = lab.workspace('alice-py');
    const v = new DeployValuesRun(ws, tempDir('rws-openzfs-values-'));
    const imds = (dns: string) => ({
      'tags/instance/research:service-secret': 'arn:aws:secretsmanager:eu-north-1:111122223333:secret:alice-py-AbCdEf',
      'tags/instance/research:openzfs-dns': dns,
      'placement/region': 'eu-north-1',
    });
    const before = v.provision;
    const r = v.imds(imds('fs-0123456789abcdef0.fsx.eu-north-1.amazonaws.com')).run();
    expect([r.status, r.stderr]).toEqual([0, '']);
    const after = v.provision;
    expect(after).not.toContain('rwszz');
    expect(after).toContain('rws_mount nfs4 fs-0123456789abcdef0.fsx.eu-north-1.amazonaws.com:/fsx /shared nfsvers=4.1,');
    v.provision = before;
    const bad = v.imds(imds('fs-1;reboot')).run();
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('rws-deploy-values: unexpected value fs-1;reboot');
    expect(v.provision).toBe(before);
  });

  test('cfn-lint finds nothing in any template', () => {
    if (!requireTool('cfn-lint', 'lints the synthesized CloudFormation templates')) return;
    expect(formatMatches(cfnLint(templates.map((t) => t.file)))).toBe('');
  });

  test('cdk-nag AwsSolutions, HIPAA Security and NIST 800-53 R5: no unacknowledged finding', () => {
    expect(formatFindings(nagFindings(app))).toBe('');
  });
});

describe('bad input: one error naming the file, the field, the value and the fix', () => {
  const load = (aws: string[], registry = true) => errorOf(() => LabStack.fromFile(new App(), 'Lab', labFile(aws, registry)));

  test('OpenZFS homes with Studio or the Slurm cluster, which mount the lab\'s EFS', () => {
    expect(load([HOMES, '  studio: {}'])).toMatch(/lab\.yaml.*aws\.homes\.kind.*SageMaker Studio mounts only EFS and FSx for Lustre.*openzfs.*Fix: keep the homes on EFS .* or remove studio/s);
    expect(load([HOMES, '  slurm: { ami: ami-0123456789abcdef0 }'])).toMatch(/lab\.yaml.*aws\.homes\.kind.*the Slurm cluster's nodes mount the lab's EFS.*Fix: keep the homes on EFS .* or remove slurm/s);
  });

  test('the fields of the homes', () => {
    expect(load(['  homes: { kind: lustre }'])).toMatch(/lab\.yaml.*aws\.homes\.kind.*not a kind of homes storage.*lustre.*Fix: write efs or openzfs/s);
    expect(load(['  homes: { capacity_gib: 64 }'])).toMatch(/lab\.yaml.*homes.*kind/s);
    expect(load(['  homes: { kind: openzfs, throughput_mbps: 100 }'])).toMatch(/lab\.yaml.*aws\.homes\.throughput_mbps.*not a throughput FSx for OpenZFS offers.*100.*Fix: use 64, 128/s);
    expect(load(['  homes: { kind: efs, user_quota_gib: 10 }'])).toMatch(/lab\.yaml.*aws\.homes\.user_quota_gib.*setting of OpenZFS homes.*Fix: set aws\.homes\.kind to openzfs, or remove it/s);
    expect(load(['  homes: { kind: openzfs, user_quotas_gib: { zed: 10 } }'])).toMatch(/lab\.yaml.*aws\.homes\.user_quotas_gib\.zed.*user "zed" is not in the registry.*Fix: name a registry user/s);
    expect(load(['  homes: { kind: openzfs, user_quota_gib: 10 }'], false)).toMatch(/lab\.yaml.*aws\.homes\.user_quota_gib.*no registry.*Fix: add registry/s);
    // EFS homes written out are the default: the lab renders as without homes:.
    expect(load(['  homes: { kind: efs }'])).toBe('no error');
  });

  test('a workspace given both the EFS and the OpenZFS storage', () => {
    const stack = new Stack(new App(), 'Lab', { env: { region: 'eu-north-1' } });
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'W', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const storage = new SharedEfs(stack, 'Efs', { vpc });
    const openZfsStorage = new SharedOpenZfs(stack, 'Zfs', { vpc });
    expect(errorOf(() => new ResearchWorkspace(stack, 'ws', { template: TemplateCatalog.bundled().resolve('python-ml'), vpc, storage, openZfsStorage })))
      .toMatch(/Lab\/ws.*openZfsStorage.*both storage \(EFS Lab\/Efs\) and openZfsStorage are given.*Fix: give one of them/s);
  });
});
