/**
 * ResearchStudio and the `studio:` section of a lab file: the example lab with notebooks
 * (examples/research-computing-lab) checked with cfn-lint, the three cdk-nag packs and the
 * perimeter check; the identity, network and boundary controls checked on the template by
 * `studioProblems`, each of which a mutation of the template makes fail; bad input refused
 * with one error naming the place, the field, the value and the fix (`rws lab cost`:
 * test/cli/lab-studio.test.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { perimeterProblems } from './perimeter-check';
import { buildResearchComputingLab, RESEARCH_COMPUTING_LAB_STACK } from '../../examples/research-computing-lab/main';
import { LabStack, Notebooks, ResearchStudio, UserRegistry, WorkspacePolicy } from '../../src';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { formatFindings, nagFindings } from '../helpers/nag';
import { cleanTempDirs, resourcesOfType, SynthesizedTemplate, synthTemplates, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'research-computing-lab');

afterAll(cleanTempDirs);

/**
 * What must hold of a lab template with Studio, one problem per broken control:
 * VPC-only mode in the lab's subnets; every user profile with its registry uid/gid and the lab's
 * file system; every execution role under the lab's permissions boundary; the boundary refusing
 * other instance types; the apps' security group without default egress.
 */
export function studioProblems(template: any, registry: UserRegistry, allowedTypes: string[]): string[] {
  const out: string[] = [];
  const res = template.Resources as Record<string, any>;
  const domains = resourcesOfType(template, 'AWS::SageMaker::Domain');
  if (domains.length !== 1) return [`expected one domain, found ${domains.length}`];
  const [domainId, domain] = domains[0];
  const p = domain.Properties;
  if (p.AppNetworkAccessType !== 'VpcOnly') out.push(`domain network access is ${p.AppNetworkAccessType}, not VpcOnly`);
  const efs = resourcesOfType(template, 'AWS::EFS::FileSystem')[0]?.[0];
  const mountsLabEfs = (configs: any[] | undefined) => (configs ?? []).some((c) => c.EFSFileSystemConfig?.FileSystemId?.Ref === efs);
  for (const [id, r] of resourcesOfType(template, 'AWS::SageMaker::UserProfile')) {
    const owner = (r.Properties.Tags ?? []).find((t: any) => t.Key === 'research:owner')?.Value;
    const u = registry.users.find((x) => x.name === owner);
    if (!u) {
      out.push(`${id}: no registry owner tag`);
      continue;
    }
    const s = r.Properties.UserSettings ?? {};
    const posix = s.CustomPosixUserConfig ?? {};
    if (posix.Uid !== u.uid || posix.Gid !== u.gid) out.push(`${id}: runs as ${posix.Uid}/${posix.Gid}, registry says ${u.uid}/${u.gid}`);
    if (r.Properties.UserProfileName !== Notebooks.profileName(registry, u.name)) out.push(`${id}: profile name ${r.Properties.UserProfileName}`);
    if (!mountsLabEfs(s.CustomFileSystemConfigs)) out.push(`${id}: does not mount the lab's file system`);
    if (r.Properties.DomainId?.['Fn::GetAtt']?.[0] !== domainId) out.push(`${id}: not in the lab's domain`);
    const role = s.ExecutionRole?.['Fn::GetAtt']?.[0];
    if (!res[role]) out.push(`${id}: execution role is not the lab's`);
  }
  const boundary = resourcesOfType(template, 'AWS::IAM::ManagedPolicy').find(([, r]) => /Permissions boundary of lab/.test(r.Properties.Description ?? ''));
  for (const [id, r] of resourcesOfType(template, 'AWS::IAM::Role')) {
    const principal = JSON.stringify(r.Properties.AssumeRolePolicyDocument);
    if (!principal.includes('sagemaker.amazonaws.com')) continue;
    if (!boundary || r.Properties.PermissionsBoundary?.Ref !== boundary[0]) out.push(`${id}: SageMaker execution role without the lab's permissions boundary`);
  }
  const deny = (boundary?.[1].Properties.PolicyDocument.Statement ?? []).find((st: any) => st.Sid === 'StudioOnlyAllowedInstanceTypes');
  const denied = deny?.Condition?.['ForAnyValue:StringNotEquals']?.['sagemaker:InstanceTypes'];
  if (!deny || deny.Effect !== 'Deny' || JSON.stringify(denied) !== JSON.stringify([...allowedTypes].sort())) {
    out.push(`the boundary does not refuse instance types other than ${allowedTypes.join(', ')}`);
  }
  const sgId = p.DefaultUserSettings?.SecurityGroups?.[0]?.['Fn::GetAtt']?.[0];
  const sg = res[sgId];
  if (!sg) {out.push('the apps have no security group of the lab');} else if (JSON.stringify(sg.Properties.SecurityGroupEgress ?? []).includes('0.0.0.0/0') && !JSON.stringify(sg.Properties.SecurityGroupEgress).includes('255.255.255.255/32')) {
    out.push(`${sgId}: default egress to anywhere`);
  }
  return out;
}

describe('the example lab with notebooks (examples/research-computing-lab)', () => {
  let app: App;
  let templates: SynthesizedTemplate[];
  let lab: LabStack;
  let registry: UserRegistry;
  let root: any;

  beforeAll(() => {
    // cfn-lint checks the templates below; aws-cdk-lib's own validation would only repeat it.
    app = buildResearchComputingLab(tempDir('rws-studio-'), { builtinCloudFormationValidation: false });
    templates = synthTemplates(app);
    lab = app.node.findChild(RESEARCH_COMPUTING_LAB_STACK) as LabStack;
    registry = UserRegistry.fromFile(path.join(EXAMPLE, 'users.yaml'));
    root = templates.find((t) => t.name === RESEARCH_COMPUTING_LAB_STACK)!.template;
  });

  test('a VPC-only domain in the workspace subnets, a profile per listed user with their registry uid and gid, the lab\'s storage in each', () => {
    expect(studioProblems(root, registry, ['ml.t3.medium', 'ml.t3.xlarge'])).toEqual([]);
    const [, domain] = resourcesOfType(root, 'AWS::SageMaker::Domain')[0];
    const subnets = resourcesOfType(root, 'AWS::EC2::Subnet').filter(([id]) => /Workspaces/.test(id)).map(([id]) => id).sort();
    expect(domain.Properties.SubnetIds.map((s: any) => s.Ref).sort()).toEqual(subnets);
    expect(resourcesOfType(root, 'AWS::SageMaker::UserProfile').map(([, r]) => r.Properties.UserProfileName).sort())
      .toEqual(['alice', 'bob', 'carol', 'genomics-nb']);
    // The same numbers as the workstation's users.lock.json and the EFS access points.
    const lock = JSON.parse(fs.readFileSync(path.join(EXAMPLE, 'users.lock.json'), 'utf8'));
    for (const [id, r] of resourcesOfType(root, 'AWS::SageMaker::UserProfile')) {
      const user = r.Properties.Tags.find((t: any) => t.Key === 'research:owner').Value;
      expect([id, r.Properties.UserSettings.CustomPosixUserConfig.Uid]).toEqual([id, lock.users[user]]);
      const ap = resourcesOfType(root, 'AWS::EFS::AccessPoint').find(([, a]) => a.Properties.RootDirectory.Path === `/home/${user}`)![1];
      expect(ap.Properties.PosixUser.Uid).toBe(String(lock.users[user]));
    }
    // Idle shutdown, one setting for JupyterLab and Code Editor, users may only shorten it.
    const idle = domain.Properties.DefaultUserSettings.JupyterLabAppSettings.AppLifecycleManagement.IdleSettings;
    expect(idle).toEqual({ LifecycleManagement: 'ENABLED', IdleTimeoutInMinutes: 60, MinIdleTimeoutInMinutes: 60, MaxIdleTimeoutInMinutes: 60 });
    expect(domain.Properties.DefaultUserSettings.CodeEditorAppSettings.AppLifecycleManagement.IdleSettings).toEqual(idle);
    expect(domain.Properties.DefaultUserSettings.AutoMountHomeEFS).toBe('Disabled');
    expect(domain.Properties.KmsKeyId).toBeDefined();
  });

  test('the shared space runs as the space user, whose primary group is the project\'s; cost tags on profiles and spaces', () => {
    const [, domain] = resourcesOfType(root, 'AWS::SageMaker::Domain')[0];
    const nb = registry.user('genomics-nb');
    expect(nb.gid).toBe(registry.group('genomics').gid);
    expect(domain.Properties.DefaultSpaceSettings.CustomPosixUserConfig).toEqual({ Uid: nb.uid, Gid: nb.gid });
    const spaces = resourcesOfType(root, 'AWS::SageMaker::Space');
    expect(spaces).toHaveLength(1);
    const s = spaces[0][1];
    expect(s.Properties.SpaceSharingSettings).toEqual({ SharingType: 'Shared' });
    expect(s.Properties.OwnershipSettings).toEqual({ OwnerUserProfileName: 'alice' });
    expect(s.Properties.Tags).toEqual(expect.arrayContaining([{ Key: 'research:project', Value: 'genomics' }, { Key: 'research:lab', Value: 'research-computing' }]));
    for (const [, p] of resourcesOfType(root, 'AWS::SageMaker::UserProfile')) {
      expect(p.Properties.Tags).toEqual(expect.arrayContaining([{ Key: 'research:lab', Value: 'research-computing' }]));
    }
  });

  test('Lustre scratch: linked to the lab\'s bucket, mounted in every profile, admitting only the Studio apps, the cluster nodes and the workstations, retained', () => {
    const [fsId, lustre] = resourcesOfType(root, 'AWS::FSx::FileSystem')[0];
    expect(lustre.DeletionPolicy).toBe('Retain');
    expect(lustre.Properties.LustreConfiguration.DeploymentType).toBe('SCRATCH_2');
    const [, dra] = resourcesOfType(root, 'AWS::FSx::DataRepositoryAssociation')[0];
    expect(dra.Properties).toMatchObject({ FileSystemPath: '/data', DataRepositoryPath: 's3://research-computing-data-111122223333/genomics/', FileSystemId: { Ref: fsId } });
    for (const [, p] of resourcesOfType(root, 'AWS::SageMaker::UserProfile')) {
      expect(p.Properties.UserSettings.CustomFileSystemConfigs).toContainEqual({ FSxLustreFileSystemConfig: { FileSystemId: { Ref: fsId }, FileSystemPath: '/' } });
    }
    const fsSg = lustre.Properties.SecurityGroupIds[0]['Fn::GetAtt'][0];
    const [, domain] = resourcesOfType(root, 'AWS::SageMaker::Domain')[0];
    const studioSg = domain.Properties.DefaultUserSettings.SecurityGroups[0]['Fn::GetAtt'][0];
    const sources = resourcesOfType(root, 'AWS::EC2::SecurityGroupIngress').filter(([, r]) => r.Properties.GroupId['Fn::GetAtt']?.[0] === fsSg)
      .map(([, r]) => r.Properties.SourceSecurityGroupId['Fn::GetAtt'][0]);
    // The lab's Slurm cluster (slurm: in lab.yaml) mounts it too (test/aws/research-cluster.test.ts), and so do the workstations.
    const clusterSg = resourcesOfType(root, 'AWS::PCS::Cluster')[0][1].Properties.Networking.SecurityGroupIds[0]['Fn::GetAtt'][0];
    expect(new Set(sources)).toEqual(new Set([fsSg, studioSg, clusterSg, 'WorkspaceSecurityGroupF0FFB956']));
    // From the workstations: the Lustre ports only (988 and 1018-1023, TCP), as from the cluster.
    const ports = (sg: string) => resourcesOfType(root, 'AWS::EC2::SecurityGroupIngress')
      .filter(([, r]) => r.Properties.GroupId['Fn::GetAtt']?.[0] === fsSg && r.Properties.SourceSecurityGroupId['Fn::GetAtt'][0] === sg)
      .map(([, r]) => `${r.Properties.IpProtocol} ${r.Properties.FromPort}-${r.Properties.ToPort}`).sort();
    expect(ports('WorkspaceSecurityGroupF0FFB956')).toEqual(['tcp 1018-1023', 'tcp 988-988']);
    expect(ports(clusterSg)).toEqual(['tcp 1018-1023', 'tcp 988-988']);
  });

  test('workstations mount the scratch: its DNS and mount names reach them as instance tags; the user-data stays under EC2\'s 16 KB', () => {
    const [fsId] = resourcesOfType(root, 'AWS::FSx::FileSystem')[0];
    for (const ws of lab.workspaces) {
      // The nested stack's parameters carry the file system's attributes to the instance tags.
      const stack = templates.find((t) => JSON.stringify(t.template.Resources).includes(`"${ws.workspaceName}"`) && t.name !== RESEARCH_COMPUTING_LAB_STACK)!;
      const text = JSON.stringify(stack.template);
      expect(text).toContain('research:lustre-dns');
      expect(text).toContain('research:lustre-mount-name');
      // Measured: about 9.6 and 10.2 KB of gzip with the scratch, 0.5 KB more than without it.
      const bytes = Buffer.from(ws.instance.userData as string, 'base64').length;
      expect(bytes).toBeLessThan(16384);
    }
    const rootText = JSON.stringify(root);
    expect(rootText).toContain(`"${fsId}","DNSName"`);
    expect(rootText).toContain(`"${fsId}","LustreMountName"`);
  });

  test('SageMaker API, runtime and STS endpoints with the lab\'s endpoint policy, their names through the DNS Firewall', () => {
    const eps = resourcesOfType(root, 'AWS::EC2::VPCEndpoint').map(([, r]) => JSON.stringify(r.Properties.ServiceName));
    for (const s of ['sagemaker.api', 'sagemaker.runtime', '.sts']) expect(eps.some((e) => e.includes(s))).toBe(true);
    const list = resourcesOfType(root, 'AWS::Route53Resolver::FirewallDomainList').find(([id]) => /AllowedDomains/.test(id))![1];
    expect(list.Properties.Domains).toEqual(expect.arrayContaining(['api.sagemaker.us-east-1.amazonaws.com', 'runtime.sagemaker.us-east-1.amazonaws.com']));
    expect(perimeterProblems(templates.map((t) => t.template), 'proxied', [])).toEqual([]);
  });

  test('each control is seen: a mutation of the template breaks exactly the check that guards it', () => {
    const types = ['ml.t3.medium', 'ml.t3.xlarge'];
    const mutate = (f: (t: any) => void) => {
      const t = JSON.parse(JSON.stringify(root));
      f(t);
      return studioProblems(t, registry, types).join('\n');
    };
    const domain = (t: any) => resourcesOfType(t, 'AWS::SageMaker::Domain')[0][1].Properties;
    const profile = (t: any) => resourcesOfType(t, 'AWS::SageMaker::UserProfile')[0][1].Properties;
    expect(mutate((t) => { domain(t).AppNetworkAccessType = 'PublicInternetOnly'; })).toMatch(/not VpcOnly/);
    expect(mutate((t) => { profile(t).UserSettings.CustomPosixUserConfig.Uid += 1; })).toMatch(/registry says/);
    expect(mutate((t) => { delete profile(t).UserSettings.CustomFileSystemConfigs; })).toMatch(/does not mount the lab's file system/);
    expect(mutate((t) => {
      for (const [, r] of resourcesOfType(t, 'AWS::IAM::Role')) if (JSON.stringify(r).includes('sagemaker.amazonaws.com')) delete r.Properties.PermissionsBoundary;
    })).toMatch(/without the lab's permissions boundary/);
    expect(mutate((t) => {
      const [, b] = resourcesOfType(t, 'AWS::IAM::ManagedPolicy').find(([, r]) => /Permissions boundary/.test(r.Properties.Description))!;
      b.Properties.PolicyDocument.Statement = b.Properties.PolicyDocument.Statement.filter((s: any) => s.Sid !== 'StudioOnlyAllowedInstanceTypes');
    })).toMatch(/does not refuse instance types/);
    expect(mutate((t) => {
      const sgId = domain(t).DefaultUserSettings.SecurityGroups[0]['Fn::GetAtt'][0];
      t.Resources[sgId].Properties.SecurityGroupEgress = [{ CidrIp: '0.0.0.0/0', IpProtocol: '-1' }];
    })).toMatch(/default egress to anywhere/);
  });

  test('cfn-lint finds nothing in any template (it knows AWS::SageMaker::Domain, UserProfile and Space)', () => {
    if (!requireTool('cfn-lint', 'lints the synthesized CloudFormation templates')) return;
    expect(formatMatches(cfnLint(templates.map((t) => t.file)))).toBe('');
  });

  test('cdk-nag AwsSolutions, HIPAA Security and NIST 800-53 R5: no unacknowledged finding', () => {
    expect(formatFindings(nagFindings(app))).toBe('');
  });

  test('the lab\'s estimated cost includes one app per user profile and the shared space', () => {
    const ws = lab.workspaces.reduce((a, w) => a + (w.hourlyCost ?? 0), 0);
    expect(lab.studio!.estimatedHourlyCost).toBeCloseTo(5 * Notebooks.hourlyPrice('ml.t3.medium')!, 9);
    expect(lab.estimatedHourlyCost).toBeCloseTo(ws + lab.studio!.estimatedHourlyCost, 9);
  });
});

describe('bad input: one error naming the place, the field, the value and the fix', () => {
  const registry = (min = 10000) => UserRegistry.fromProps({
    users: [{ name: 'alice', groups: ['genomics'] }, { name: 'nb', primaryGroup: 'genomics' }, { name: 'bob' }],
    groups: [{ name: 'genomics' }],
    userIdRange: { min, max: min + 999 },
    groupIdRange: { min: min + 1000, max: min + 1999 },
  });
  const build = (props: Partial<ConstructorParameters<typeof ResearchStudio>[2]>, policy?: WorkspacePolicy) => {
    const stack = new Stack(new App(), 'Lab', { env: { region: 'us-east-1' } });
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'W', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    return () => new ResearchStudio(stack, 'Studio', { vpc, registry: registry(), policy, ...props });
  };
  const policy = (yaml: string) => WorkspacePolicy.fromYaml(yaml, 'policy.yaml');

  test('a policy that denies Studio', () => {
    expect(build({}, policy('name: p\nallow_studio: false\n'))).toThrow(
      /^Lab\/Studio: error policy-studio-not-allowed: studio: notebooks "Lab\/Studio": notebooks are not allowed in this lab .*policy "p" \(policy\.yaml:2:\d+\).* Fix: remove studio: from the lab, or set allow_studio: true in the policy$/);
  });

  test('an instance type of a family, size or cost the policy does not allow', () => {
    expect(build({ instanceTypes: ['ml.g5.xlarge'] }, policy('name: p\nallowed_instance_families: [t3]\n'))).toThrow(
      /error policy-instance-family-not-allowed: instanceTypes: .*instance family g5 is not allowed .*\(got "ml\.g5\.xlarge"\)\. Fix: choose a notebook type of ml\.t3/);
    expect(build({ instanceType: 'ml.m5.large' }, policy('name: p\nallowed_sizes: [S, M]\n'))).toThrow(/size-unknown: instanceType: .*ml\.m5\.large.*Fix: use the notebook type of an allowed size \(ml\.t3\.medium, ml\.t3\.xlarge\)/);
    expect(build({ instanceTypes: ['ml.t3.2xlarge'] }, policy('name: p\nmax_hourly_cost: 0.3\n'))).toThrow(/policy-cost-too-high: instanceTypes: .*\$0\.3990\/h/);
    expect(build({ instanceTypes: ['ml.t3.xlarge'] }, policy('name: p\nallowed_sizes: [S, M]\nmax_hourly_cost: 0.3\n'))).not.toThrow();
    expect(build({ instanceType: 't3.medium' })).toThrow(/instanceType: not a SageMaker notebook instance type \(got "t3\.medium"\)\. Fix: write e\.g\. "ml\.t3\.medium"/);
  });

  test('registry ids below what SageMaker runs: refused, never mapped to other numbers', () => {
    const stack = new Stack(new App(), 'Lab');
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'W', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    expect(() => new ResearchStudio(stack, 'Studio', { vpc, registry: registry(5000) })).toThrow(
      /Lab\/Studio: error invalid-prop: users: SageMaker Studio runs notebooks only as uid 10000-4000000 .*"alice" cannot keep their registry identity there \(got "alice \(uid 5000, gid \d+\)"\)\. Fix: for a new lab, take ids from 10000/);
  });

  test('shared spaces: a space user is required, and their primary group must be the project\'s', () => {
    const space = { name: 'genomics-nb', project: 'genomics', owner: 'alice' };
    expect(build({ spaces: [space] })).toThrow(/spaceUser: shared spaces need the registry user they run as .*Fix: set spaceUser to a registry user whose primary group is "genomics"/);
    expect(build({ spaces: [space], spaceUser: 'bob' })).toThrow(/spaces\[0\]\.project: shared spaces run as "bob" .*could not write \/projects\/genomics .*Fix: make "genomics" the primary group of "bob"/);
    expect(build({ spaces: [space], spaceUser: 'nb' })).not.toThrow();
    expect(build({ spaces: [{ ...space, owner: 'zed' }], spaceUser: 'nb' })).toThrow(/spaces\[0\]\.owner: the owner has no Studio user profile \(got "zed"\)/);
    expect(build({ idleMinutes: 30 })).toThrow(/idleMinutes: must be a whole number from 60 to 525600 \(got 30\)\. Fix: use 60 or more/);
  });

  test('past 25 users the profiles go into nested stacks by uid (a profile never moves when others come and go)', () => {
    const many = UserRegistry.fromProps({
      users: Array.from({ length: 30 }, (_, i) => ({ name: `u${i}`, uid: 10000 + i * 7 })),
      userIdRange: { min: 10000, max: 10999 },
      groupIdRange: { min: 11000, max: 11999 },
    });
    const stack = new Stack(new App(), 'Lab');
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'W', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const studio = new ResearchStudio(stack, 'Studio', { vpc, registry: many, profilesPerStack: 50 });
    for (const u of many.users) {
      const holder = Stack.of(studio.userProfile(u.name));
      expect([u.name, holder.node.id]).toEqual([u.name, `Profiles${Math.floor(u.uid / 50)}`]);
      expect(Stack.of(studio.executionRoleOf(u.name))).toBe(holder);
    }
  });

  test('lab.yaml: a misspelled key of studio: is an error with its line; a studio without a registry is refused', () => {
    const dir = tempDir('rws-studio-file-');
    for (const f of ['users.yaml', 'users.lock.json', 'policy.yaml']) fs.copyFileSync(path.join(EXAMPLE, f), path.join(dir, f));
    const base = 'name: x\nregion: us-east-1\nregistry: ./users.yaml\npolicy: ./policy.yaml\nworkspaces: []\n';
    fs.writeFileSync(path.join(dir, 'lab.yaml'), `${base}studio:\n  instance_typ: ml.t3.medium\n`);
    expect(() => LabStack.loadDefinition(path.join(dir, 'lab.yaml'))).toThrow(/lab\.yaml:7:3: error unknown-field: studio\.instance_typ: .*did you mean "instance_type"/);
    fs.writeFileSync(path.join(dir, 'lab.yaml'), 'name: x\nregion: us-east-1\nworkspaces: []\nstudio: { idle_minutes: 60 }\n');
    expect(() => LabStack.fromFile(new App(), 'X', path.join(dir, 'lab.yaml'))).toThrow(/error invalid-definition: studio: Studio's user profiles come from the lab's user registry/);
  });
});
