import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { App, Annotations as CoreAnnotations, SecretValue, Stack, Tags } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import {
  Architecture, EgressMode, PolicyBoundary, ResearchUserRegistry, ResearchWorkspace, ResearchWorkspaceProps, SharedEfs, SharedLustre, TemplateCatalog,
  UserRegistry, WorkspacePolicy, WorkspaceSize, WorkspaceWebGateway,
} from '../../src';
import { WorkspaceUserData } from '../../src/workspaces/userdata';
import { DeployValuesRun } from '../helpers/deploy-values';
import { ed25519 } from '../helpers/keys';
import { cleanTempDirs, tempDir } from '../helpers/synth';
import { hasTool, requireTool } from '../helpers/tools';
import { templateFrom } from '../userdata/helpers/fixtures';

const catalog = TemplateCatalog.bundled();

interface Fixture {
  readonly app: App;
  readonly stack: Stack;
  readonly vpc: ec2.Vpc;
  readonly users: ResearchUserRegistry;
  readonly storage: SharedEfs;
}

function fixture(region?: string): Fixture {
  const app = new App();
  const stack = new Stack(app, 'Lab', region ? { env: { region } } : undefined);
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    restrictDefaultSecurityGroup: false,
    subnetConfiguration: [{ name: 'Workspaces', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  const registry = UserRegistry.fromProps({
    users: [{ name: 'alice', groups: ['genomics'], sshKeys: [ed25519('alice')], email: 'alice@example.edu' }, { name: 'bob', sshKeys: [ed25519('bob')] }],
    groups: [{ name: 'genomics' }],
  });
  const users = new ResearchUserRegistry(stack, 'Users', { registry, labName: 'lab1' });
  const storage = new SharedEfs(stack, 'Storage', { vpc, registry });
  return { app, stack, vpc, users, storage };
}

function workspace(f: Fixture, props: Partial<ResearchWorkspaceProps> = {}, id = 'alice-ml'): ResearchWorkspace {
  return new ResearchWorkspace(f.stack, id, {
    template: catalog.resolve('jupyter-lab'), vpc: f.vpc, owner: 'alice', project: 'genomics', userRegistry: f.users, storage: f.storage, ...props,
  });
}

/** The only resource of a type in the workspace's stack. */
function only(t: Template, type: string): any {
  const all = Object.values<any>(t.findResources(type));
  expect(all).toHaveLength(1);
  return all[0];
}

afterAll(cleanTempDirs);

describe('ResearchWorkspace', () => {
  test('launch template: IMDSv2 required, hop limit 1, tags in metadata, encrypted gp3 root volume', () => {
    const f = fixture();
    workspace(f);
    const t = Template.fromStack(f.stack);
    t.hasResourceProperties('AWS::EC2::LaunchTemplate', {
      LaunchTemplateData: Match.objectLike({
        MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1, InstanceMetadataTags: 'enabled' },
        BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Ebs: { Encrypted: true, VolumeType: 'gp3', VolumeSize: 30, DeleteOnTermination: true } }],
        IamInstanceProfile: Match.anyValue(),
      }),
    });
  });

  test('provisioning tools: one set of SSM parameters per stack, read by each workspace role by exact name (no wildcard)', () => {
    const f = fixture('us-east-1');
    const a = workspace(f);
    workspace(f, { owner: 'bob' }, 'bob-ml');
    const t = Template.fromStack(f.stack);
    const params = Object.values<any>(t.findResources('AWS::SSM::Parameter')).filter((p) => String(p.Properties.Name).startsWith('/rws-tools/'));
    const names = params.map((p) => p.Properties.Name as string);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(2);
    const fetched = [...a.userDataPartNames.map((n) => a.userDataPart(n)).join('\n').matchAll(/rws_code_fetch [0-9a-f]{64} '?([^' ]+)'? (\d+) /g)]
      .flatMap((m) => Array.from({ length: Number(m[2]) }, (_, i) => `${m[1]}/${i}`));
    expect(fetched.sort()).toEqual([...names].sort());
    const policies = [...Object.values<any>(t.findResources('AWS::IAM::Policy')), ...Object.values<any>(t.findResources('AWS::IAM::ManagedPolicy'))];
    expect(policies.length).toBeGreaterThanOrEqual(2);
    let readers = 0;
    for (const pol of policies) {
      const reads = pol.Properties.PolicyDocument.Statement.filter((st: any) => JSON.stringify(st.Resource ?? '').includes('rws-tools'));
      if (!reads.length) continue;
      readers++;
      for (const st of reads) {
        // GetParameters: the boot reads the pieces ten names to a call; GetParameter: a provisioning
        // generated before that change reads them one by one.
        expect(st.Action).toEqual(['ssm:GetParameter', 'ssm:GetParameters']);
        const arns = [].concat(st.Resource).map((r) => JSON.stringify(r));
        for (const arn of arns) expect(arn).not.toContain('*');
        for (const n of names) expect(arns.some((arn) => arn.includes(`parameter${n}"`))).toBe(true);
      }
    }
    expect(readers).toBe(2);
  });

  test('the instance has no public address and sits in a private subnet, built from the launch template', () => {
    const f = fixture();
    const ws = workspace(f);
    const t = Template.fromStack(f.stack);
    const inst = only(t, 'AWS::EC2::Instance');
    expect(inst.Properties.NetworkInterfaces).toBeUndefined();
    const subnetIds = f.vpc.isolatedSubnets.map((s) => f.stack.resolve(s.subnetId));
    expect(subnetIds).toContainEqual(inst.Properties.SubnetId);
    expect(inst.Properties.LaunchTemplate.LaunchTemplateId).toEqual(f.stack.resolve(ws.launchTemplate.launchTemplateId));
    const lt = only(t, 'AWS::EC2::LaunchTemplate');
    expect(JSON.stringify(lt)).not.toContain('AssociatePublicIpAddress');
  });

  test.each([
    [WorkspaceSize.S, Architecture.X86_64, 't3.medium'],
    [WorkspaceSize.M, Architecture.X86_64, 't3.xlarge'],
    [WorkspaceSize.M, Architecture.ARM64, 't4g.xlarge'],
    [WorkspaceSize.L, Architecture.ARM64, 'm7g.2xlarge'],
  ])('size %s on %s is %s', (size, architecture, type) => {
    const f = fixture();
    const ws = workspace(f, { size, architecture });
    expect(ws.sizing.instanceType).toBe(type);
    Template.fromStack(f.stack).hasResourceProperties('AWS::EC2::Instance', { InstanceType: type });
  });

  test.each([
    ['ubuntu-24-04', Architecture.X86_64, '/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id'],
    ['ubuntu-22-04', Architecture.ARM64, '/aws/service/canonical/ubuntu/server/22.04/stable/current/arm64/hvm/ebs-gp2/ami-id'],
    ['debian-12', Architecture.X86_64, '/aws/service/debian/release/12/latest/amd64'],
    ['debian-12', Architecture.ARM64, '/aws/service/debian/release/12/latest/arm64'],
    ['amazon-linux-2023', Architecture.X86_64, '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64'],
    ['amazon-linux-2023', Architecture.ARM64, '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-arm64'],
  ])('template %s on %s boots the public image %s', (slug, architecture, parameter) => {
    const f = fixture();
    workspace(f, { template: catalog.resolve(slug), architecture });
    const params = Template.fromStack(f.stack).toJSON().Parameters;
    const ami = Object.values<any>(params).filter((p) => p.Type === 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>');
    expect(ami.map((p) => p.Default)).toEqual([parameter]);
  });

  test('root device name follows the image family', () => {
    const f = fixture();
    workspace(f, { template: catalog.resolve('debian-12') }, 'deb');
    Template.fromStack(f.stack).hasResourceProperties('AWS::EC2::LaunchTemplate', {
      LaunchTemplateData: Match.objectLike({ BlockDeviceMappings: [Match.objectLike({ DeviceName: '/dev/xvda' })] }),
    });
  });

  test('Rocky Linux without machineImage fails naming the workspace, the field and the fix', () => {
    const f = fixture();
    expect(() => workspace(f, { template: catalog.resolve('rocky-9') }, 'rocky-ws'))
      .toThrow(/Lab\/rocky-ws: error machine-image-required: machineImage: template "rocky-9" is based on Rocky Linux 9.*Fix: pass machineImage/);
    const g = fixture();
    workspace(g, { template: catalog.resolve('rocky-9'), machineImage: ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-0123456789abcdef0' }) }, 'rocky-ws');
  });

  test('no inbound rule unless sshCidrs; sshCidrs opens port 22 to those networks only', () => {
    const f = fixture();
    workspace(f);
    const t = Template.fromStack(f.stack);
    const sg = Object.entries<any>(t.findResources('AWS::EC2::SecurityGroup')).find(([k]) => k.startsWith('alicemlSecurityGroup'))![1];
    expect(sg.Properties.SecurityGroupIngress).toBeUndefined();
    expect(Object.keys(t.findResources('AWS::EC2::SecurityGroupIngress')).filter((k) => k.startsWith('alicemlSecurityGroup'))).toEqual([]);
    const g = fixture();
    workspace(g, { sshCidrs: ['10.20.0.0/16'] });
    const ingress = Object.values<any>(Template.fromStack(g.stack).findResources('AWS::EC2::SecurityGroupIngress')).map((r) => r.Properties)
      .filter((p) => JSON.stringify(p.GroupId).includes('alicemlSecurityGroup'));
    expect(ingress).toEqual([expect.objectContaining({ CidrIp: '10.20.0.0/16', FromPort: 22, ToPort: 22, IpProtocol: 'tcp' })]);
  });

  test('without a lab network, the workspace\'s own group has no default egress: HTTPS out and NFS to the storage only', () => {
    const f = fixture();
    workspace(f);
    const t = Template.fromStack(f.stack);
    const [id, sg] = Object.entries<any>(t.findResources('AWS::EC2::SecurityGroup')).find(([k]) => k.startsWith('alicemlSecurityGroup'))!;
    expect(sg.Properties.SecurityGroupEgress).toEqual([expect.objectContaining({ CidrIp: '255.255.255.255/32', IpProtocol: 'icmp' })]);
    const egress = Object.values<any>(t.findResources('AWS::EC2::SecurityGroupEgress')).map((r) => r.Properties)
      .filter((p) => p.GroupId['Fn::GetAtt'][0] === id).map((p) => `${p.IpProtocol}/${p.FromPort} ${p.CidrIp ?? p.DestinationSecurityGroupId['Fn::GetAtt'][0].replace(/[0-9A-F]{8}$/, '')}`);
    expect(egress.sort()).toEqual(['tcp/2049 StorageSecurityGroup', 'tcp/443 0.0.0.0/0']);
  });

  test('the role has Session Manager, its own secret, the registry, the file system and stopping itself, nothing wider', () => {
    const f = fixture();
    const ws = workspace(f);
    const t = Template.fromStack(f.stack);
    t.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: Match.objectLike({ Statement: [Match.objectLike({ Principal: { Service: 'ec2.amazonaws.com' } })] }),
      // No AmazonSSMManagedInstanceCore: it reads every SSM parameter of the account.
      ManagedPolicyArns: Match.absent(),
    });
    const policies = Object.values<any>(t.findResources('AWS::IAM::ManagedPolicy'));
    const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement);
    const byAction = (a: string) => statements.filter((s) => [].concat(s.Action).includes(a as never));
    expect(byAction('secretsmanager:GetSecretValue')[0].Resource).toEqual(f.stack.resolve(ws.serviceSecret.secretArn));
    expect(byAction('ssm:GetParameter')[0].Resource).toHaveLength(1 + f.users.parameterNames.length);
    expect(byAction('elasticfilesystem:ClientRootAccess')[0].Condition).toEqual({ Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } });
    const stop = byAction('ec2:StopInstances')[0];
    expect(JSON.stringify(stop.Resource)).toContain(JSON.stringify(f.stack.resolve(ws.instance.ref)));
    // Resource "*" only for the Systems Manager agent's channels and bookkeeping (no resource types).
    for (const s of statements.filter((x) => x.Resource === '*')) {
      expect(s.Sid).toBe('AgentChannels');
      for (const a of [].concat(s.Action) as string[]) expect(a).not.toMatch(/^ssm:Get|^secretsmanager:|^kms:|^s3:/);
    }
    expect(byAction('ssmmessages:OpenDataChannel')).toHaveLength(1);
    expect(Object.keys(t.findResources('AWS::IAM::Policy')).filter((k) => k.startsWith('alice'))).toEqual([]);
  });

  test('hibernation: configured in the launch template, root volume holds the memory', () => {
    const f = fixture();
    const ws = workspace(f, { size: WorkspaceSize.L, hibernation: true });
    expect(ws.rootVolumeGiB).toBe(40);
    Template.fromStack(f.stack).hasResourceProperties('AWS::EC2::LaunchTemplate', {
      LaunchTemplateData: Match.objectLike({
        HibernationOptions: { Configured: true },
        BlockDeviceMappings: [Match.objectLike({ Ebs: Match.objectLike({ VolumeSize: 40, Encrypted: true }) })],
      }),
    });
  });

  test('spot: a persistent request that stops on interruption (hibernates with hibernation)', () => {
    const f = fixture();
    workspace(f, { spot: true });
    workspace(f, { spot: true, hibernation: true, spotMaxPrice: 0.05 }, 'h');
    const t = Template.fromStack(f.stack);
    t.hasResourceProperties('AWS::EC2::LaunchTemplate', {
      LaunchTemplateData: Match.objectLike({ InstanceMarketOptions: { MarketType: 'spot', SpotOptions: { SpotInstanceType: 'persistent', InstanceInterruptionBehavior: 'stop' } } }),
    });
    t.hasResourceProperties('AWS::EC2::LaunchTemplate', {
      LaunchTemplateData: Match.objectLike({ InstanceMarketOptions: { MarketType: 'spot', SpotOptions: { SpotInstanceType: 'persistent', InstanceInterruptionBehavior: 'hibernate', MaxPrice: '0.05' } } }),
    });
  });

  test('the idle alarm stops the instance after the template idle minutes of low CPU (plus one period)', () => {
    const f = fixture();
    const ws = workspace(f);
    Template.fromStack(f.stack).hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'CPUUtilization',
      Namespace: 'AWS/EC2',
      ComparisonOperator: 'LessThanThreshold',
      Statistic: 'Maximum',
      Period: 300,
      EvaluationPeriods: 7,
      Threshold: 10,
      Dimensions: [{ Name: 'InstanceId', Value: f.stack.resolve(ws.instance.ref) }],
      AlarmActions: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':automate:', { Ref: 'AWS::Region' }, ':ec2:stop']] }],
    });
    const g = fixture();
    workspace(g, { idleAlarm: false });
    Template.fromStack(g.stack).resourceCountIs('AWS::CloudWatch::Alarm', 0);
  });

  test('cost-allocation tags and the deploy-time values are on the instance', () => {
    const f = fixture();
    workspace(f);
    const tags = only(Template.fromStack(f.stack), 'AWS::EC2::Instance').Properties.Tags as Array<{ Key: string; Value: any }>;
    const byKey = Object.fromEntries(tags.map((x) => [x.Key, x.Value]));
    expect(byKey).toMatchObject({
      'research:project': 'genomics', 'research:owner': 'alice', 'research:template': 'jupyter-lab', 'research:workspace': 'alice-ml', 'Name': 'alice-ml',
    });
    expect(byKey['research:file-system']).toEqual(f.stack.resolve(f.storage.fileSystem.fileSystemId));
    expect(byKey['research:service-secret']).toEqual({ Ref: expect.stringMatching(/^alicemlServiceSecret/) });
  });

  test('outputs: instance id, the Session Manager command and a port forward per service', () => {
    const f = fixture();
    workspace(f);
    const out = Template.fromStack(f.stack).toJSON().Outputs;
    const values = Object.values<any>(out).map((o) => JSON.stringify(f.stack.resolve(o.Value)));
    expect(values.some((v) => v.includes('aws ssm start-session --target') && !v.includes('PortForwarding'))).toBe(true);
    expect(values.some((v) => v.includes('--document-name AWS-StartPortForwardingSession --parameters portNumber=8888,localPortNumber=8888'))).toBe(true);
    expect(Object.keys(out).length).toBe(3);
  });

  test('no secret value in the template: the secret is generated by Secrets Manager', () => {
    const f = fixture();
    workspace(f);
    const t = Template.fromStack(f.stack);
    t.hasResourceProperties('AWS::SecretsManager::Secret', { GenerateSecretString: Match.objectLike({ PasswordLength: 40 }) });
    expect(JSON.stringify(t.toJSON())).not.toMatch(/"SecretString"/);
  });

  test('user-data: gzip MIME with our values part first, within EC2\'s 16 KB', () => {
    const f = fixture();
    const ws = workspace(f);
    const inst = only(Template.fromStack(f.stack), 'AWS::EC2::Instance');
    const raw = Buffer.from(inst.Properties.UserData, 'base64');
    expect(raw.length).toBe(ws.userDataBytes);
    expect(raw.length).toBeLessThanOrEqual(16384);
    const mime = zlib.gunzipSync(raw).toString('utf8');
    expect(ws.userDataPartNames).toEqual(['00-rws-deploy-values.sh', 'cloud-config.yaml', 'provision.sh']);
    expect(mime.indexOf('00-rws-deploy-values.sh')).toBeLessThan(mime.indexOf('provision.sh'));
    const values = ws.userDataPart('00-rws-deploy-values.sh');
    expect(values).toContain('tag research:file-system');
    expect(values).toContain('tag research:service-secret');
    // The owner only, and no keys: the user-data does not change when someone else joins.
    const cc = ws.userDataPart('cloud-config.yaml');
    expect(cc).not.toContain(ed25519('bob'));
    expect(cc).not.toContain(ed25519('alice'));
  });

  test('developer options reach the user-data', () => {
    const f = fixture();
    const ws = workspace(f, { developer: { zsh: true } });
    expect(ws.userData.cloudConfig).toContain('zsh');
    expect(ws.userData).toBeDefined();
  });

  test('the deploy-time values script passes shellcheck', () => {
    if (!requireTool('shellcheck', 'checks the user-data values script')) return;
    const f = fixture();
    const ws = workspace(f);
    const file = path.join(tempDir(), 'values.sh');
    fs.writeFileSync(file, ws.userDataPart('00-rws-deploy-values.sh'));
    const r = spawnSync('shellcheck', ['-s', 'sh', '-S', 'style', file], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('cloud-init reads the user-data: three parts, the cloud-config decompressed', () => {
    if (!requireTool('cloud-init', 'parses the generated user-data')) return;
    const f = fixture();
    workspace(f);
    const inst = only(Template.fromStack(f.stack), 'AWS::EC2::Instance');
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ud.b64'), inst.Properties.UserData);
    const py = [
      'import base64, sys',
      'from cloudinit import user_data, helpers',
      `ud = base64.b64decode(open(${JSON.stringify(path.join(dir, 'ud.b64'))}).read())`,
      `msg = user_data.UserDataProcessor(helpers.Paths({"cloud_dir": ${JSON.stringify(dir)}})).process(ud)`,
      'for p in msg.walk():',
      '    if p.get_content_maintype() != "multipart": print(p.get_content_type(), p.get_filename())',
    ].join('\n');
    const r = spawnSync('/usr/bin/python3', ['-c', py], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual([
      'text/x-shellscript 00-rws-deploy-values.sh', 'text/cloud-config cloud-config.yaml', 'text/x-shellscript provision.sh',
    ]);
  });

  test('a registry change does not change the user-data of a workspace whose owner is unchanged', () => {
    const a = fixture();
    const before = workspace(a);
    const app = new App();
    const stack = new Stack(app, 'Lab');
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'Workspaces', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const registry = UserRegistry.fromProps({
      users: [{ name: 'alice', groups: ['genomics'], sshKeys: [ed25519('alice')] }, { name: 'bob', sshKeys: [ed25519('bob')] }, { name: 'carol', sshKeys: [ed25519('carol')] }],
      groups: [{ name: 'genomics' }, { name: 'imaging' }],
    });
    const users = new ResearchUserRegistry(stack, 'Users', { registry, labName: 'lab1' });
    const storage = new SharedEfs(stack, 'Storage', { vpc, registry });
    const after = new ResearchWorkspace(stack, 'alice-ml', { template: catalog.resolve('jupyter-lab'), vpc, owner: 'alice', project: 'genomics', userRegistry: users, storage });
    expect(users.sha256).not.toBe(a.users.sha256);
    expect(after.userDataPart('cloud-config.yaml')).toBe(before.userDataPart('cloud-config.yaml'));
  });

  test('is a policy subject: tags are read at validation time', () => {
    const f = fixture('us-east-1');
    new PolicyBoundary(f.stack, 'Policy', { policy: new WorkspacePolicy({ name: 'p', requiredTags: ['cost-center'] }) });
    const ws = workspace(f);
    expect(() => f.app.synth()).toThrow(/alice-ml.*missing-tags|required tag cost-center missing/s);
    const g = fixture('us-east-1');
    new PolicyBoundary(g.stack, 'Policy', { policy: new WorkspacePolicy({ name: 'p', requiredTags: ['cost-center'] }) });
    workspace(g);
    Tags.of(g.stack).add('cost-center', '1234');
    expect(() => g.app.synth()).not.toThrow();
    expect(ws.policyRequest()).toMatchObject({ name: 'alice-ml', template: 'jupyter-lab', size: 'S', instanceType: 't3.medium', region: 'us-east-1', owner: 'alice' });
  });

  test.each<[string, Partial<ResearchWorkspaceProps>, RegExp]>([
    ['bad name', { workspaceName: '1-bad name' }, /workspaceName: a workspace name starts with a letter.*\(got "1-bad name"\)/],
    ['bad instance type', { instanceType: 'large' }, /instanceType: not an EC2 instance type \(got "large"\)/],
    ['tiny root volume', { rootVolumeGiB: 4 }, /rootVolumeGiB: must be a whole number from 8 to 16384 \(got 4\)/],
    ['idle minutes', { idleMinutes: 1 }, /idleMinutes: must be a whole number from 5 to 1440/],
    ['hop limit', { imdsHopLimit: 0 }, /imdsHopLimit: must be a whole number from 1 to 64/],
    ['ssh from anywhere', { sshCidrs: ['0.0.0.0/0'] }, /sshCidrs\[0\]: opening SSH to every address is not allowed.*Fix: list the networks/],
    // Issue 13.2: the union, not the literal /0.
    ['ssh from anywhere in two halves', { sshCidrs: ['0.0.0.0/1', '128.0.0.0/1'] }, /cidr-whole-internet: sshCidrs: opening SSH to every address is not allowed: together these networks cover every IPv4 address/],
    ['ssh from anywhere as IPv4-mapped IPv6', { sshCidrs: ['::ffff:0:0/96'] }, /cidr-whole-internet: sshCidrs\[0\]: opening SSH to every address is not allowed/],
    ['ssh not a cidr', { sshCidrs: ['campus'] }, /sshCidrs: not a CIDR block \(got "campus"\)/],
    ['unknown owner', { owner: 'mallory' }, /owner: user "mallory" is not in the registry/],
    ['owner without registry', { userRegistry: undefined }, /owner: an owner needs a user registry.*Fix: pass userRegistry/],
    ['users without the owner', { users: ['bob'] }, /users: the owner "alice" is not among the users/],
    ['spot price without spot', { spotMaxPrice: 0.1 }, /spotMaxPrice: is only used with spot: true/],
    ['hibernating GPU', { template: catalog.resolve('gpu-deep-learning'), hibernation: true }, /hibernation: instance type g4dn.xlarge \(accelerated computing\) does not support hibernation/],
    ['hibernation, small root', { size: WorkspaceSize.L, hibernation: true, rootVolumeGiB: 20 }, /rootVolumeGiB: hibernation writes the memory \(32 GiB\).*use at least 40 GiB/],
    ['below minimum size', { template: catalog.resolve('r-rstudio'), size: WorkspaceSize.S }, /size: template "r-rstudio" needs at least size M.*Fix: use size M or larger/],
    ['aws: tag', { tags: { 'aws:foo': 'x' } }, /tags.aws:foo: not a valid tag/],
  ])('rejects %s', (_name, props, message) => {
    const f = fixture();
    expect(() => workspace(f, props)).toThrow(message);
    expect(() => workspace(fixture(), props)).toThrow(/^Lab\/alice-ml: error /);
  });

  describe('web gateway', () => {
    const oidc = {
      issuer: 'https://auth.globus.org',
      authorizationEndpoint: 'https://auth.globus.org/v2/oauth2/authorize',
      tokenEndpoint: 'https://auth.globus.org/v2/oauth2/token',
      userInfoEndpoint: 'https://auth.globus.org/v2/oauth2/userinfo',
      clientId: 'client',
      clientSecret: SecretValue.secretsManager('lab/oidc'),
    };
    function gateway(f: Fixture, over: any = {}): WorkspaceWebGateway {
      return new WorkspaceWebGateway(f.stack, 'Web', {
        vpc: f.vpc, domainName: 'lab.example.edu', certificate: elbv2.ListenerCertificate.fromArn('arn:aws:acm:us-east-1:111122223333:certificate/abc'), oidc, ...over,
      });
    }

    test('publishes Jupyter behind an internal ALB with OIDC sign-in on its own host name', () => {
      const f = fixture('us-east-1');
      const gw = gateway(f);
      const ws = workspace(f, { webGateway: gw });
      expect(ws.webUrls).toEqual(['https://alice-ml-jupyter.lab.example.edu/']);
      const t = Template.fromStack(f.stack);
      t.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', { Scheme: 'internal' });
      t.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', { Protocol: 'HTTPS', Port: 443 });
      t.hasResourceProperties('AWS::ElasticLoadBalancingV2::ListenerRule', {
        Conditions: [{ Field: 'host-header', HostHeaderConfig: { Values: ['alice-ml-jupyter.lab.example.edu'] } }],
        Actions: [
          Match.objectLike({ Type: 'authenticate-oidc', AuthenticateOidcConfig: Match.objectLike({ Issuer: 'https://auth.globus.org', ClientSecret: '{{resolve:secretsmanager:lab/oidc:SecretString:::}}' }) }),
          Match.objectLike({ Type: 'forward' }),
        ],
      });
      t.hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', {
        Port: 8888, Protocol: 'HTTP', Targets: [{ Id: f.stack.resolve(ws.instance.ref), Port: 8888 }], HealthCheckPath: '/.rws-gate/health',
      });
    });

    test('the instance checks the claim: the load balancer\'s ARN reaches it as a tag, the claim check\'s code from SSM parameters its role may read', () => {
      const f = fixture('us-east-1');
      const gw = gateway(f);
      const ws = workspace(f, { webGateway: gw });
      const t = Template.fromStack(f.stack);
      const inst = only(t, 'AWS::EC2::Instance');
      expect(inst.Properties.Tags).toContainEqual({ Key: 'research:web-gateway', Value: f.stack.resolve(gw.loadBalancer.loadBalancerArn) });
      const cc = ws.userDataPart('cloud-config.yaml');
      expect(cc).toContain('"signer":"arn:aws:elasticloadbalancing:zz-rwsplaceholder-9:000000000000:loadbalancer/app/rws-placeholder/feedfacefeedface"');
      expect(cc).toContain('"allow":{"email":["alice@example.edu"],"sub":[]}');
      expect(cc).toContain('"issuer":"https://auth.globus.org"');
      expect(ws.userDataPart('00-rws-deploy-values.sh')).toContain('tag research:web-gateway');
      const params = WorkspaceUserData.gateCodeParameters(gw.codeParameterPrefix);
      for (const p of params) t.hasResourceProperties('AWS::SSM::Parameter', { Name: p.name, Value: p.value, Type: 'String' });
      expect(ws.userDataPart('cloud-config.yaml')).toContain('rws_gate_fetch ');
      const grants = JSON.stringify([t.findResources('AWS::IAM::Policy'), t.findResources('AWS::IAM::ManagedPolicy'), t.findResources('AWS::IAM::Role')]);
      for (const p of gw.codeParameters) {
        expect(grants).toContain(`":parameter",{"Ref":"${f.stack.getLogicalId((p as any).node.defaultChild)}"}`);
      }
    });

    test('a published service sits behind the claim check on 0.0.0.0 (the service on 127.0.0.1), and the workspace admits its port only from the gateway\'s security group', () => {
      const f = fixture('us-east-1');
      const gw = gateway(f);
      const ws = workspace(f, { webGateway: gw });
      const cc = ws.userDataPart('cloud-config.yaml');
      expect(cc).toContain('--ServerApp.ip=127.0.0.1 --ServerApp.port=18888');
      expect(cc).toContain('"port":8888,"backendPort":18888');
      expect(cc).toContain('--ServerApp.trust_xheaders=True');
      expect(workspace(fixture(), {}, 'other').userDataPart('cloud-config.yaml')).toContain('--ServerApp.ip=127.0.0.1');
      const t = Template.fromStack(f.stack);
      const wsGroup = f.stack.resolve((ws.securityGroup as ec2.SecurityGroup).securityGroupId);
      const albGroup = f.stack.resolve(gw.loadBalancer.connections.securityGroups[0].securityGroupId);
      const inbound = [
        ...Object.values<any>(t.findResources('AWS::EC2::SecurityGroupIngress')).map((r) => r.Properties).filter((p) => JSON.stringify(p.GroupId) === JSON.stringify(wsGroup)),
        ...(Object.entries<any>(t.findResources('AWS::EC2::SecurityGroup')).find(([k]) => k.startsWith('alicemlSecurityGroup'))![1].Properties.SecurityGroupIngress ?? []),
      ];
      expect(inbound).toEqual([expect.objectContaining({ IpProtocol: 'tcp', FromPort: 8888, ToPort: 8888, SourceSecurityGroupId: albGroup })]);
      expect(JSON.stringify(inbound)).not.toContain('CidrIp');
      // The gateway's group may reach the workspace on that port (its egress is closed otherwise).
      t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', { GroupId: albGroup, DestinationSecurityGroupId: wsGroup, FromPort: 8888, ToPort: 8888 });
    });

    test('RStudio Server published: it authenticates (no --auth-none), and no warning is needed', () => {
      const f = fixture('us-east-1');
      // (the bundled r-rstudio template's own post_install is too large for EC2's 16 KB once published: see docs/security.md)
      const t = templateFrom('name: R\nslug: r\ndescription: x\nbase: amazonlinux-2023\nservices:\n  - { name: rstudio, port: 8787 }\n', 'r');
      const ws = workspace(f, { template: t, size: WorkspaceSize.M, webGateway: gateway(f) });
      const cc = ws.userDataPart('cloud-config.yaml');
      expect(cc).toContain('--www-address=127.0.0.1 --www-port=18787');
      expect(cc).toContain('--auth-none=0 --auth-pam-helper-path=');
      expect(cc).not.toMatch(/--auth-none=1/);
      Annotations.fromStack(f.stack).hasNoWarning('/Lab/alice-ml', Match.stringLikeRegexp('published-without-auth'));
    });

    test('publishing a service that cannot authenticate is a synth error with the construct path, the service, the template and the fix', () => {
      const f = fixture('us-east-1');
      const t = templateFrom('name: Dash\nslug: dash\ndescription: x\nbase: amazonlinux-2023\nservices:\n  - { name: jupyter, port: 8888 }\n  - { name: dashboard, port: 8050, command: "python3 -m http.server $RWS_PORT" }\n', 'dash');
      expect(() => workspace(f, { template: t, webGateway: gateway(f) })).toThrow(
        /^Lab\/alice-ml: error published-without-auth: .*service "dashboard" of template "dash" cannot authenticate: it is the template's own command.*Fix: publish a service the workspace runs/s);
    });

    test('the gateway refuses to publish a service whose instance does not check the claim', () => {
      const f = fixture('us-east-1');
      const gw = gateway(f);
      const ws = workspace(f, {}, 'bare');
      expect(() => gw.addService(ws, { workspaceName: 'bare', serviceName: 'nginx', port: 80, instanceId: ws.instanceId, connections: ws, vpc: f.vpc, templateName: 'web' }))
        .toThrow(/^Lab\/bare: error published-without-auth: claimCheckOnInstance: service "nginx" of template "web" cannot authenticate the load balancer's users on the instance: .*listener rules cannot test claims.*Fix: publish it through ResearchWorkspace/s);
      const n = Object.keys(Template.fromStack(f.stack).findResources('AWS::ElasticLoadBalancingV2::ListenerRule')).length;
      expect(n).toBe(0);
    });

    test.each<[string, any, RegExp]>([
      ['plaintext client secret', { oidc: { ...oidc, clientSecret: SecretValue.unsafePlainText('s3cret') } }, /oidc.clientSecret: the client secret is a plain string.*SecretValue.secretsManager/],
      ['http issuer', { oidc: { ...oidc, issuer: 'http://idp' } }, /oidc.issuer: must be an https:\/\/ URL/],
      ['open to the world', { allowedCidrs: ['0.0.0.0/0'] }, /allowedCidrs: the gateway is internal/],
      ['bad domain', { domainName: 'not a domain' }, /domainName: not a domain name/],
    ])('rejects %s', (_n, over, message) => {
      expect(() => gateway(fixture('us-east-1'), over)).toThrow(message);
    });

    test('needs an explicit region (access logs)', () => {
      expect(() => gateway(fixture())).toThrow(/Lab\/Web: error invalid-prop: env.region: .*Fix: give the stack an explicit region/);
    });

    test('a template without web services cannot be published', () => {
      const f = fixture('us-east-1');
      expect(() => workspace(f, { template: catalog.resolve('ubuntu-24-04'), webGateway: gateway(f) }))
        .toThrow(/webGateway: template "ubuntu-24-04" has no web service to publish/);
    });
  });

  describe('boot provisioning', () => {
    test('an offline lab on a public image other than Amazon Linux 2023: an acknowledgeable warning naming what is missing and the fix', () => {
      const f = fixture();
      workspace(f, { template: catalog.resolve('debian-12'), egress: EgressMode.NONE }, 'deb');
      Annotations.fromStack(f.stack).hasWarning('/Lab/deb', Match.stringLikeRegexp(
        'Lab/deb: the lab has no internet \\(egress none\\) and template "debian-12" boots the public debian-12 image, which lacks amazon-efs-utils .* and the AWS CLI .*Fix: use an Amazon Linux 2023 template.*rws:offline-image'));
      // Not with Amazon Linux 2023, an image of one's own, or egress.
      const g = fixture();
      workspace(g, { template: catalog.resolve('amazon-linux-2023'), egress: EgressMode.NONE }, 'al');
      workspace(g, { template: catalog.resolve('debian-12'), egress: EgressMode.NONE, machineImage: ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-0123456789abcdef0' }) }, 'own');
      workspace(g, { template: catalog.resolve('debian-12'), egress: EgressMode.PROXIED }, 'proxied');
      Annotations.fromStack(g.stack).hasNoWarning('*', Match.stringLikeRegexp('rws:offline-image'));
      // Acknowledged (the image has both).
      const h = fixture();
      const ws = workspace(h, { template: catalog.resolve('debian-12'), egress: EgressMode.NONE }, 'deb');
      CoreAnnotations.of(ws).acknowledgeWarning('rws:offline-image', 'the AMI bakes amazon-efs-utils and the AWS CLI v2');
      Annotations.fromStack(h.stack).hasNoWarning('*', Match.stringLikeRegexp('rws:offline-image'));
    });

    test('an offline template that installs from the internet is flagged at synth time', () => {
      const f = fixture();
      workspace(f, { template: catalog.resolve('python-ml'), egress: EgressMode.NONE, size: WorkspaceSize.M }, 'py');
      Annotations.fromStack(f.stack).hasWarning('/Lab/py', Match.stringLikeRegexp('the machine has no internet \\(egress none\\), and the template installs from it: .*rws:offline-needs-internet'));
    });

    test('users: the boot creates the owner; the recorded sync arguments select the workspace\'s users for the lab\'s sync', () => {
      const f = fixture();
      const ws = workspace(f, { users: ['alice', 'bob'] });
      const cc = ws.userDataPart('cloud-config.yaml');
      expect(cc).toContain('rws_sync_args -H /shared/home -u alice,bob\n');
      expect(cc).toContain('rws_sync_users -H /shared/home -P "$RWS_PAYLOAD/registry.tsv"');
      const all = workspace(fixture()).userDataPart('cloud-config.yaml');
      expect(all).toContain('rws_sync_args -H /shared/home\n');
      // Without an owner nobody is created at boot, but the selection is recorded all the same.
      const shared = workspace(fixture(), { template: catalog.resolve('debian-12'), owner: undefined, users: ['alice', 'bob'] }, 'shared').userDataPart('cloud-config.yaml');
      expect(shared).toContain('rws_sync_args -H /shared/home -u alice,bob\n');
      expect(shared).not.toContain('rws_sync_users ');
    });

    test('Debian 12 and Rocky 9 install the SSM agent at boot (from the region\'s bucket); Ubuntu and Amazon Linux have it', () => {
      const f = fixture();
      expect(workspace(f, { template: catalog.resolve('debian-12') }, 'deb').userDataPart('cloud-config.yaml')).toContain('rws_step ssm_agent rws_s_ssm_agent');
      expect(workspace(f, { template: catalog.resolve('rocky-9'), machineImage: ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-0123456789abcdef0' }) }, 'rocky')
        .userDataPart('cloud-config.yaml')).toContain('rws_ssm_agent_url "$RWS_REGION" "$RWS_PKG" "$(uname -m)"');
      expect(workspace(f, { template: catalog.resolve('ubuntu-24-04') }, 'ubu').userDataPart('cloud-config.yaml')).not.toContain('rws_ssm_agent');
      expect(workspace(f, { template: catalog.resolve('amazon-linux-2023') }, 'al').userDataPart('cloud-config.yaml')).not.toContain('rws_ssm_agent');
    });

    test('the deploy-time values part puts the instance tags and region (read over IMDSv2) in place of every placeholder', () => {
      const f = fixture(); // no region at synth time: the region is a placeholder too
      const ws = workspace(f);
      const v = new DeployValuesRun(ws, tempDir());
      const before = v.provision;
      expect(before).toMatch(/zz-rwsplaceholder-9/);
      // curl stands in for IMDSv2: a token for PUT, the values only with the token.
      const imds = {
        'tags/instance/research:file-system': 'fs-0fedcba9876543210',
        'tags/instance/research:service-secret': 'arn:aws:secretsmanager:eu-north-1:111122223333:secret:alice-ml-AbCdEf',
        'placement/region': 'eu-north-1',
      };
      const r = v.imds(imds).run();
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const after = v.provision;
      expect(after).not.toMatch(/zz-rwsplaceholder-9|feedface|rws-deploy-time-placeholder/);
      expect(after).toContain('rws_mount_efs fs-0fedcba9876543210 eu-north-1 /shared _netdev,noresvport,tls,iam 0');
      expect(after).toContain('rws_service_secret jupyter JUPYTER_TOKEN secretsmanager arn:aws:secretsmanager:eu-north-1:111122223333:secret:alice-ml-AbCdEf');
      // A tag that does not look like what it should is refused before anything is replaced.
      v.provision = before;
      const bad = v.imds({ ...imds, 'tags/instance/research:file-system': 'fs-x;reboot' }).run();
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('rws-deploy-values: unexpected value fs-x;reboot');
      expect(v.provision).toBe(before);
    });
  });

  test('the lab\'s Lustre scratch: its DNS and mount names as instance tags put in place at boot, the Lustre ports (only) from the workspace', () => {
    const f = fixture('eu-north-1');
    const scratch = new SharedLustre(f.stack, 'Scratch', { vpc: f.vpc });
    const ws = workspace(f, { scratch });
    const t = Template.fromStack(f.stack);
    const tags = Object.fromEntries((only(t, 'AWS::EC2::Instance').Properties.Tags as Array<{ Key: string; Value: any }>).map((x) => [x.Key, x.Value]));
    expect(tags['research:lustre-dns']).toEqual(f.stack.resolve(scratch.dnsName));
    expect(tags['research:lustre-mount-name']).toEqual(f.stack.resolve(scratch.mountName));
    const fsSg = f.stack.resolve(scratch.securityGroup.securityGroupId)['Fn::GetAtt'][0];
    const wsSg = f.stack.resolve(ws.connections.securityGroups[0].securityGroupId)['Fn::GetAtt'][0];
    const ingress = Object.values<any>(t.findResources('AWS::EC2::SecurityGroupIngress'))
      .filter((r) => r.Properties.GroupId['Fn::GetAtt']?.[0] === fsSg && r.Properties.SourceSecurityGroupId?.['Fn::GetAtt']?.[0] === wsSg)
      .map((r) => `${r.Properties.IpProtocol} ${r.Properties.FromPort}-${r.Properties.ToPort}`).sort();
    expect(ingress).toEqual(['tcp 1018-1023', 'tcp 988-988']);

    // The values part, run with curl standing in for IMDSv2, puts the tags in place of the placeholders.
    const v = new DeployValuesRun(ws, tempDir());
    expect(v.provision).toContain('rws_mount_lustre fs-00000000000000000000000000000000.fsx.rwszz-lustre rwszzmnt /scratch');
    const imds = (dns: string) => ({
      'tags/instance/research:file-system': 'fs-0fedcba9876543210',
      'tags/instance/research:service-secret': 'arn:aws:secretsmanager:eu-north-1:111122223333:secret:alice-ml-AbCdEf',
      'tags/instance/research:lustre-dns': dns,
      'tags/instance/research:lustre-mount-name': 'xyz12abc',
      'placement/region': 'eu-north-1',
    });
    const before = v.provision;
    const r = v.imds(imds('fs-0123456789abcdef0.fsx.eu-north-1.amazonaws.com')).run();
    expect([r.status, r.stderr]).toEqual([0, '']);
    const after = v.provision;
    expect(after).not.toContain('rwszz');
    expect(after).toContain('rws_mount_lustre fs-0123456789abcdef0.fsx.eu-north-1.amazonaws.com xyz12abc /scratch');
    // A DNS tag of another shape is refused before anything is replaced.
    v.provision = before;
    const bad = v.imds(imds('fs-1;reboot')).run();
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('rws-deploy-values: unexpected value fs-1;reboot');
    expect(v.provision).toBe(before);
  });

  test('the docs keep shellcheck optional only outside CI', () => {
    expect(typeof hasTool('shellcheck')).toBe('boolean');
  });
});
