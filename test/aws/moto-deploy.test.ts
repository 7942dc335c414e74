/**
 * Deploys the small lab into a local moto_server through the CloudFormation API and reads
 * every created resource back through the service APIs. moto's CloudFormation is partial and
 * reports success for resources it did not create, so nothing here trusts a stack status:
 * only what GetParameter, GetDocument, GetRole, GetPolicyVersion, DescribeInstances,
 * DescribeLaunchTemplateVersions (and friends) return.
 *
 * What moto cannot create is left out by test/helpers/moto-template.ts, which lists it with
 * the reason (docs/aws.md repeats the list).
 */
import { CloudFormationClient, CreateStackCommand, DescribeStackResourcesCommand, StackResource } from '@aws-sdk/client-cloudformation';
import {
  DescribeAddressesCommand, DescribeFlowLogsCommand, DescribeInstancesCommand, DescribeInternetGatewaysCommand, DescribeLaunchTemplateVersionsCommand,
  DescribeNatGatewaysCommand, DescribeRouteTablesCommand, DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeVpcEndpointsCommand,
  DescribeVpcsCommand, EC2Client,
} from '@aws-sdk/client-ec2';
import {
  GetInstanceProfileCommand, GetPolicyCommand, GetPolicyVersionCommand, GetRoleCommand, IAMClient, ListAttachedRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { CfnElement, NestedStack } from 'aws-cdk-lib';
import { buildSmallLab, SMALL_LAB_STACK } from '../../examples/small-lab/main';
import { LabStack } from '../../src';
import { clientConfig, MotoServer, motoJsonCall, motoRestCall, startMoto } from '../helpers/moto';
import { MOTO_CANNOT_CREATE, motoSubset, Subset } from '../helpers/moto-template';
import { cleanTempDirs, SynthesizedTemplate, synthTemplates, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

const MOTO_AMI = 'ami-785db401'; // an Ubuntu image moto knows
const AMI_PARAMETER = '/rws-moto/ami';

const LAB_TYPES = new Set([
  'AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::RouteTable', 'AWS::EC2::Route', 'AWS::EC2::InternetGateway', 'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::EIP', 'AWS::EC2::NatGateway', 'AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::VPCEndpoint', 'AWS::EC2::FlowLog',
  'AWS::Logs::LogGroup', 'AWS::EFS::FileSystem', 'AWS::EFS::MountTarget', 'AWS::SSM::Parameter', 'AWS::SSM::Document', 'AWS::IAM::ManagedPolicy',
  'AWS::IAM::Role',
]);
const WORKSPACE_TYPES = new Set([
  'AWS::IAM::Role', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::InstanceProfile', 'AWS::EC2::LaunchTemplate', 'AWS::EC2::Instance',
]);

const haveMoto = requireTool('moto_server', 'the deploy test runs the lab against a local AWS emulator');
const maybe = haveMoto ? describe : describe.skip;

maybe('deploy into moto_server', () => {
  let moto: MotoServer;
  let cfn: CloudFormationClient;
  let ssm: SSMClient;
  let iam: IAMClient;
  let ec2: EC2Client;
  let templates: SynthesizedTemplate[];
  let lab: LabStack;
  let root: any;
  let nested: { name: string; template: any; parameters: Record<string, any> };
  let labSubset: Subset;
  let wsSubset: Subset;
  const physical = new Map<string, string>(); // logicalId -> physical id (both stacks)
  const wsPhysical = new Map<string, string>();

  beforeAll(async () => {
    const app = buildSmallLab(tempDir('rws-moto-'));
    templates = synthTemplates(app);
    lab = app.node.findChild(SMALL_LAB_STACK) as LabStack;
    root = templates.find((t) => t.name === SMALL_LAB_STACK)!.template;
    // The workspace stack of alice-jupyter, and what the lab stack passes it.
    const wsStack = lab.workspace('alice-jupyter').node.scope as NestedStack;
    const nestedRes = root.Resources[lab.getLogicalId(wsStack.nestedStackResource as CfnElement)];
    nested = {
      name: wsStack.templateFile,
      template: templates.find((t) => `${t.name}.template.json` === wsStack.templateFile)!.template,
      parameters: nestedRes.Properties.Parameters ?? {},
    };

    moto = await startMoto();
    const cfg = clientConfig(moto);
    cfn = new CloudFormationClient(cfg);
    ssm = new SSMClient(cfg);
    iam = new IAMClient(cfg);
    ec2 = new EC2Client(cfg);

    // 1. The lab stack: network, registry parameters and document, permissions boundary, roles.
    labSubset = motoSubset(root, { keep: LAB_TYPES });
    await cfn.send(new CreateStackCommand({ StackName: 'small-lab', TemplateBody: JSON.stringify(labSubset.template), Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'] }));
    for (const r of await resources('small-lab')) if (r.PhysicalResourceId) physical.set(r.LogicalResourceId!, r.PhysicalResourceId);

    // 2. The workspace stack, with the parameters the lab stack would pass (resolved to what
    //    moto created) and the image parameter pointed at an image moto knows.
    await ssm.send(new PutParameterCommand({ Name: AMI_PARAMETER, Value: MOTO_AMI, Type: 'String' }));
    const values: Record<string, string> = {};
    for (const [name, p] of Object.entries<any>(nested.template.Parameters ?? {})) {
      if (p.Type === 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>') values[name] = AMI_PARAMETER;
      else if (name in nested.parameters) values[name] = resolveFromLab(nested.parameters[name]);
    }
    wsSubset = motoSubset(nested.template, { keep: WORKSPACE_TYPES, parameters: values });
    await cfn.send(new CreateStackCommand({
      StackName: 'small-lab-alice-jupyter',
      TemplateBody: JSON.stringify(wsSubset.template),
      Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'],
      Parameters: Object.keys(wsSubset.template.Parameters).map((k) => ({ ParameterKey: k, ParameterValue: values[k] })),
    }));
    for (const r of await resources('small-lab-alice-jupyter')) if (r.PhysicalResourceId) wsPhysical.set(r.LogicalResourceId!, r.PhysicalResourceId);
  }, 120_000);

  afterAll(async () => {
    await moto?.stop();
    cleanTempDirs();
  });

  async function resources(stack: string): Promise<StackResource[]> {
    return (await cfn.send(new DescribeStackResourcesCommand({ StackName: stack }))).StackResources ?? [];
  }

  /** What a lab-stack expression passed to the nested stack is, in moto. */
  function resolveFromLab(expr: any): string {
    if (expr?.Ref && physical.has(expr.Ref)) return physical.get(expr.Ref)!;
    if (expr?.['Fn::GetAtt']) {
      const [id, attr] = expr['Fn::GetAtt'];
      if (physical.has(id) && root.Resources[id].Type === 'AWS::EFS::FileSystem' && attr === 'Arn') {
        return `arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/${physical.get(id)}`;
      }
      if (physical.has(id) && (attr === 'GroupId' || attr === 'Arn')) return physical.get(id)!;
      return motoStandIn(id, attr);
    }
    if (expr?.Ref) return motoStandIn(expr.Ref);
    return typeof expr === 'string' ? expr : JSON.stringify(expr);
  }
  function motoStandIn(id: string, attr?: string): string {
    const type = root.Resources[id]?.Type ?? 'AWS::Unknown::Thing';
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../helpers/moto-template').standIn(id, type, attr);
  }

  test('only the types moto cannot create were left out, each listed with its reason', () => {
    const dropped = new Set([...labSubset.dropped, ...wsSubset.dropped].map((d) => d.type));
    const undocumented = [...dropped].filter((t) => !(t in MOTO_CANNOT_CREATE));
    expect(undocumented).toEqual([]);
    expect(labSubset.kept.length).toBeGreaterThan(20);
  });

  test('moto created every kept resource (a physical id for each; ingress rules are read from their group)', () => {
    expect(labSubset.kept.filter((k) => k.type !== 'AWS::EC2::SecurityGroupIngress' && !physical.get(k.logicalId))).toEqual([]);
    expect(wsSubset.kept.filter((k) => !wsPhysical.get(k.logicalId))).toEqual([]);
  });

  test('registry parameters: read back with exactly the synthesized values', async () => {
    const params = labSubset.kept.filter((k) => k.type === 'AWS::SSM::Parameter');
    expect(params.length).toBe(lab.users!.parameterNames.length + 1);
    for (const p of params) {
      const want = root.Resources[p.logicalId].Properties;
      const got = (await ssm.send(new GetParameterCommand({ Name: want.Name }))).Parameter!;
      expect({ name: got.Name, value: got.Value, type: got.Type }).toEqual({ name: want.Name, value: want.Value, type: 'String' });
    }
    const manifest = JSON.parse((await ssm.send(new GetParameterCommand({ Name: '/research-workspaces/small-lab/registry/manifest' }))).Parameter!.Value!);
    expect(manifest).toMatchObject({ sha256: lab.users!.sha256, users: 5, groups: 2 });
  });

  test('sync document: read back as a Command document with the synthesized content', async () => {
    const doc = labSubset.kept.find((k) => k.type === 'AWS::SSM::Document')!;
    const name = physical.get(doc.logicalId)!;
    // moto keeps a template-created document's Content as a JSON object where the API has a
    // string: the SDK cannot deserialize its GetDocument answer (and DescribeDocument fails
    // inside moto), so the raw answer is read.
    const raw = await motoJsonCall(moto, 'ssm', 'AmazonSSM.GetDocument', { Name: name });
    expect(raw.DocumentType).toBe('Command');
    const want = root.Resources[doc.logicalId].Properties.Content;
    const content = typeof raw.Content === 'string' ? JSON.parse(raw.Content) : raw.Content;
    expect(content).toEqual(want);
  });

  test('permissions boundary: read back, and attached to every role', async () => {
    const id = labSubset.kept.find((k) => k.logicalId.startsWith('PolicyPermissionsBoundary'))!.logicalId;
    const arn = physical.get(id)!;
    const policy = (await iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy!;
    const version = (await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: policy.DefaultVersionId! }))).PolicyVersion!;
    const doc = JSON.parse(decodeURIComponent(version.Document!));
    expect(doc.Statement.map((s: any) => s.Sid)).toEqual(root.Resources[id].Properties.PolicyDocument.Statement.map((s: any) => s.Sid));
    const roles = [
      ...labSubset.kept.filter((k) => k.type === 'AWS::IAM::Role').map((k) => physical.get(k.logicalId)!),
      ...wsSubset.kept.filter((k) => k.type === 'AWS::IAM::Role').map((k) => wsPhysical.get(k.logicalId)!),
    ];
    expect(roles.length).toBeGreaterThanOrEqual(3);
    for (const name of roles) {
      const role = (await iam.send(new GetRoleCommand({ RoleName: name }))).Role!;
      expect(role.PermissionsBoundary?.PermissionsBoundaryArn).toBe(arn);
    }
  });

  test('workspace role: Session Manager, its own policies, nothing else; the instance profile holds it', async () => {
    const roleId = wsSubset.kept.find((k) => k.type === 'AWS::IAM::Role')!.logicalId;
    const roleName = wsPhysical.get(roleId)!;
    const role = (await iam.send(new GetRoleCommand({ RoleName: roleName }))).Role!;
    const trust = JSON.parse(decodeURIComponent(role.AssumeRolePolicyDocument!));
    expect(trust.Statement[0].Principal).toEqual({ Service: 'ec2.amazonaws.com' });
    const attached = (await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: roleName }))).AttachedPolicies!.map((p) => p.PolicyArn);
    // moto ignores a role's ManagedPolicyArns (the AWS managed AmazonSSMManagedInstanceCore):
    // that part is checked in the template only.
    expect(JSON.stringify(wsSubset.template.Resources[roleId].Properties.ManagedPolicyArns)).toContain(':iam::aws:policy/AmazonSSMManagedInstanceCore');
    const own = wsSubset.kept.filter((k) => k.type === 'AWS::IAM::ManagedPolicy').map((k) => wsPhysical.get(k.logicalId)!);
    expect(own).toHaveLength(2);
    for (const a of own) expect(attached).toContain(a);
    const statements: any[] = [];
    for (const a of own) {
      const p = (await iam.send(new GetPolicyCommand({ PolicyArn: a }))).Policy!;
      const v = (await iam.send(new GetPolicyVersionCommand({ PolicyArn: a, VersionId: p.DefaultVersionId! }))).PolicyVersion!;
      statements.push(...JSON.parse(decodeURIComponent(v.Document!)).Statement);
    }
    const actions = statements.flatMap((s) => [].concat(s.Action));
    expect(actions).toEqual(expect.arrayContaining(['ssm:GetParameter', 'secretsmanager:GetSecretValue', 'elasticfilesystem:ClientMount', 'ec2:StopInstances']));
    const instanceId = wsPhysical.get(wsSubset.kept.find((k) => k.type === 'AWS::EC2::Instance')!.logicalId)!;
    const stop = statements.find((s) => [].concat(s.Action).includes('ec2:StopInstances' as never));
    expect(stop.Resource).toMatch(new RegExp(`:instance/${instanceId}$`));
    for (const s of statements) expect(s.Resource).not.toBe('*');
    const profileId = wsSubset.kept.find((k) => k.type === 'AWS::IAM::InstanceProfile')!.logicalId;
    const profile = (await iam.send(new GetInstanceProfileCommand({ InstanceProfileName: wsPhysical.get(profileId)! }))).InstanceProfile!;
    expect(profile.Roles!.map((r) => r.RoleName)).toEqual([roleName]);
  });

  test('launch template: IMDSv2 required, encrypted gp3 root volume, the lab\'s tags', async () => {
    const ltId = wsPhysical.get(wsSubset.kept.find((k) => k.type === 'AWS::EC2::LaunchTemplate')!.logicalId)!;
    const v = (await ec2.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: ltId }))).LaunchTemplateVersions![0];
    const data = v.LaunchTemplateData!;
    expect(data.MetadataOptions).toMatchObject({ HttpTokens: 'required', HttpPutResponseHopLimit: 1, InstanceMetadataTags: 'enabled' });
    expect(data.BlockDeviceMappings).toEqual([expect.objectContaining({ DeviceName: '/dev/sda1', Ebs: expect.objectContaining({ Encrypted: true, VolumeType: 'gp3', VolumeSize: 30 }) })]);
    const tags = Object.fromEntries((data.TagSpecifications ?? []).find((t) => t.ResourceType === 'instance')!.Tags!.map((t) => [t.Key, t.Value]));
    expect(tags).toMatchObject({ 'research:lab': 'small-lab', 'research:owner': 'alice', 'research:project': 'genomics', 'research:template': 'jupyter-lab' });
  });

  test('workspace instance: type, private subnet, no public address, profile and cost-allocation tags', async () => {
    const instanceId = wsPhysical.get(wsSubset.kept.find((k) => k.type === 'AWS::EC2::Instance')!.logicalId)!;
    const inst = (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }))).Reservations![0].Instances![0];
    expect(inst.InstanceType).toBe('t3.medium');
    expect(inst.ImageId).toBe(MOTO_AMI);
    expect(inst.PublicIpAddress).toBeUndefined();
    const workspaceSubnets = labSubset.kept.filter((k) => k.type === 'AWS::EC2::Subnet' && k.logicalId.includes('Workspaces')).map((k) => physical.get(k.logicalId));
    expect(workspaceSubnets).toContain(inst.SubnetId);
    expect(inst.IamInstanceProfile?.Arn).toContain(wsPhysical.get(wsSubset.kept.find((k) => k.type === 'AWS::IAM::InstanceProfile')!.logicalId)!);
    const tags = Object.fromEntries(inst.Tags!.map((t) => [t.Key, t.Value]));
    expect(tags).toMatchObject({
      'Name': 'alice-jupyter',
      'research:lab': 'small-lab',
      'research:owner': 'alice',
      'research:project': 'genomics',
      'research:template': 'jupyter-lab',
      'research:workspace': 'alice-jupyter',
    });
    expect(tags['research:service-secret']).toMatch(/^arn:aws:secretsmanager:/);
    expect(tags['research:file-system']).toBe(physical.get(labSubset.kept.find((k) => k.type === 'AWS::EFS::FileSystem')!.logicalId));
  });

  test('proxied egress path: internet gateway, NAT gateway with its address, default routes of the workspace subnets', async () => {
    const ids = (type: string) => labSubset.kept.filter((k) => k.type === type).map((k) => physical.get(k.logicalId)!);
    const vpcId = ids('AWS::EC2::VPC')[0];
    const igw = (await ec2.send(new DescribeInternetGatewaysCommand({ InternetGatewayIds: ids('AWS::EC2::InternetGateway') }))).InternetGateways!;
    expect(igw[0].Attachments).toEqual([expect.objectContaining({ VpcId: vpcId })]);
    const nat = (await ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: ids('AWS::EC2::NatGateway') }))).NatGateways!;
    expect(nat).toHaveLength(1);
    const eip = (await ec2.send(new DescribeAddressesCommand({ PublicIps: ids('AWS::EC2::EIP') }))).Addresses!;
    expect(nat[0].NatGatewayAddresses![0].AllocationId).toBe(eip[0].AllocationId);
    const publicSubnets = labSubset.kept.filter((k) => k.type === 'AWS::EC2::Subnet' && k.logicalId.includes('Egress')).map((k) => physical.get(k.logicalId));
    expect(publicSubnets).toContain(nat[0].SubnetId);
    const rts = (await ec2.send(new DescribeRouteTablesCommand({ RouteTableIds: ids('AWS::EC2::RouteTable') }))).RouteTables!;
    const defaults = rts.flatMap((r) => (r.Routes ?? []).filter((x) => x.DestinationCidrBlock === '0.0.0.0/0'));
    expect(defaults.filter((r) => r.NatGatewayId === nat[0].NatGatewayId)).toHaveLength(2);
    expect(defaults.filter((r) => r.GatewayId === igw[0].InternetGatewayId)).toHaveLength(2);
  });

  test('flow logs of all traffic into the lab\'s log group, kept a year', async () => {
    const ids = (type: string) => labSubset.kept.filter((k) => k.type === type).map((k) => physical.get(k.logicalId)!);
    const fl = (await ec2.send(new DescribeFlowLogsCommand({ FlowLogIds: ids('AWS::EC2::FlowLog') }))).FlowLogs!;
    expect(fl[0]).toMatchObject({ ResourceId: ids('AWS::EC2::VPC')[0], TrafficType: 'ALL', LogGroupName: ids('AWS::Logs::LogGroup')[0] });
    const groups = await motoJsonCall(moto, 'logs', 'Logs_20140328.DescribeLogGroups', { logGroupNamePrefix: ids('AWS::Logs::LogGroup')[0] });
    expect(groups.logGroups[0]).toMatchObject({ logGroupName: ids('AWS::Logs::LogGroup')[0], retentionInDays: 365 });
  });

  test('shared file system: encrypted, with a mount target per workspace subnet behind its security group', async () => {
    const ids = (type: string) => labSubset.kept.filter((k) => k.type === type).map((k) => physical.get(k.logicalId)!);
    const fsId = ids('AWS::EFS::FileSystem')[0];
    const fsys = (await motoRestCall(moto, 'elasticfilesystem', 'GET', `/2015-02-01/file-systems?FileSystemId=${fsId}`)).FileSystems;
    expect(fsys[0]).toMatchObject({ FileSystemId: fsId, Encrypted: true, ThroughputMode: 'elastic' });
    const mts = (await motoRestCall(moto, 'elasticfilesystem', 'GET', `/2015-02-01/mount-targets?FileSystemId=${fsId}`)).MountTargets;
    const workspaceSubnets = labSubset.kept.filter((k) => k.type === 'AWS::EC2::Subnet' && k.logicalId.includes('Workspaces')).map((k) => physical.get(k.logicalId));
    expect(mts.map((m: any) => m.SubnetId).sort()).toEqual([...workspaceSubnets].sort());
  });

  test('network: VPC, subnets, route tables, endpoints and security groups read back', async () => {
    const ids = (type: string) => labSubset.kept.filter((k) => k.type === type).map((k) => physical.get(k.logicalId)!);
    expect((await ec2.send(new DescribeVpcsCommand({ VpcIds: ids('AWS::EC2::VPC') }))).Vpcs).toHaveLength(1);
    const subnets = (await ec2.send(new DescribeSubnetsCommand({ SubnetIds: ids('AWS::EC2::Subnet') }))).Subnets!;
    expect(subnets).toHaveLength(ids('AWS::EC2::Subnet').length);
    for (const s of subnets) expect(s.MapPublicIpOnLaunch).toBe(false);
    const rts = (await ec2.send(new DescribeRouteTablesCommand({ RouteTableIds: ids('AWS::EC2::RouteTable') }))).RouteTables!;
    expect(rts.map((r) => r.VpcId)).toEqual(rts.map(() => ids('AWS::EC2::VPC')[0]));
    const eps = (await ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ids('AWS::EC2::VPCEndpoint') }))).VpcEndpoints!;
    expect(eps.map((e) => e.ServiceName!.split('.').pop()).sort()).toEqual(['ec2', 'ec2messages', 'elasticfilesystem', 'kms', 'logs', 's3', 'secretsmanager', 'ssm', 'ssmmessages']);
    const sgs = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: ids('AWS::EC2::SecurityGroup') }))).SecurityGroups!;
    expect(sgs).toHaveLength(ids('AWS::EC2::SecurityGroup').length);
    const workspaceSg = sgs.find((g) => g.Description!.startsWith('Research workspaces of lab small-lab'))!;
    expect(workspaceSg.IpPermissions ?? []).toEqual([]);
    const efsSg = sgs.find((g) => g.Description!.startsWith('NFS for'))!;
    expect(efsSg.IpPermissions!.map((p) => [p.FromPort, p.UserIdGroupPairs?.[0]?.GroupId])).toEqual([[2049, workspaceSg.GroupId]]);
  });
});
