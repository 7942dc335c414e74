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
import * as crypto from 'crypto';
import * as zlib from 'zlib';
import { CloudFormationClient, CreateStackCommand, DescribeStackResourcesCommand, StackResource } from '@aws-sdk/client-cloudformation';
import {
  DescribeAddressesCommand, DescribeFlowLogsCommand, DescribeManagedPrefixListsCommand, DescribeInstancesCommand, DescribeInternetGatewaysCommand,
  DescribeLaunchTemplateVersionsCommand,
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
import { MOTO_CANNOT_CREATE, motoSubset, standIn, Subset } from '../helpers/moto-template';
import { cleanTempDirs, SynthesizedTemplate, synthTemplates, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

const MOTO_AMI = 'ami-785db401'; // an Ubuntu image moto knows
const AMI_PARAMETER = '/rws-moto/ami';

const LAB_TYPES = new Set([
  'AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::RouteTable', 'AWS::EC2::Route', 'AWS::EC2::InternetGateway', 'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::EIP', 'AWS::EC2::NatGateway', 'AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::VPCEndpoint', 'AWS::EC2::FlowLog', 'AWS::Logs::LogGroup', 'AWS::EFS::FileSystem', 'AWS::EFS::MountTarget', 'AWS::EFS::AccessPoint',
  'AWS::SSM::Parameter', 'AWS::SSM::Document', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::InstanceProfile', 'AWS::EC2::Instance',
  'AWS::Route53::HostedZone', 'AWS::Route53::RecordSet', 'AWS::EC2::LaunchTemplate',
]);
/** Kept resources moto creates without a physical id: read back through their own APIs. */
const NO_PHYSICAL_ID = new Set(['AWS::EC2::SecurityGroupIngress', 'AWS::EFS::AccessPoint']);
const WORKSPACE_TYPES = new Set([
  'AWS::SSM::Parameter', 'AWS::IAM::Role', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::InstanceProfile', 'AWS::EC2::LaunchTemplate', 'AWS::EC2::Instance',
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
  let prefixListId: string;
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

    // 1. The lab stack: network, registry parameters and document, permissions boundary, roles,
    //    the egress proxy (its image parameter pointed at an image moto knows). The S3 prefix
    //    list is looked up by a custom resource moto cannot run: moto's own list of the same
    //    name takes its place.
    await ssm.send(new PutParameterCommand({ Name: AMI_PARAMETER, Value: MOTO_AMI, Type: 'String' }));
    prefixListId = (await ec2.send(new DescribeManagedPrefixListsCommand({ Filters: [{ Name: 'prefix-list-name', Values: ['com.amazonaws.us-east-1.s3'] }] }))).PrefixLists![0].PrefixListId!;
    const labValues: Record<string, string> = {};
    for (const [name, p] of Object.entries<any>(root.Parameters ?? {})) {
      if (p.Type === 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>') labValues[name] = AMI_PARAMETER;
    }
    labSubset = withPrefixList(motoSubset(root, { keep: LAB_TYPES, parameters: labValues }));
    await cfn.send(new CreateStackCommand({
      StackName: 'small-lab',
      TemplateBody: JSON.stringify(labSubset.template),
      Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'],
      Parameters: Object.keys(labSubset.template.Parameters).map((k) => ({ ParameterKey: k, ParameterValue: labValues[k] })),
    }));
    for (const r of await resources('small-lab')) if (r.PhysicalResourceId) physical.set(r.LogicalResourceId!, r.PhysicalResourceId);

    // 2. The workspace stack, with the parameters the lab stack would pass (resolved to what
    //    moto created) and the image parameter pointed at an image moto knows.
    const values: Record<string, string> = {};
    for (const [name, p] of Object.entries<any>(nested.template.Parameters ?? {})) {
      if (p.Type === 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>') values[name] = AMI_PARAMETER;
      else if (name in nested.parameters) values[name] = resolveFromLab(nested.parameters[name]);
    }
    wsSubset = withPrefixList(motoSubset(nested.template, { keep: WORKSPACE_TYPES, parameters: values }));
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

  /** The subset with the stand-in of the looked-up S3 prefix list id replaced by moto's list. */
  function withPrefixList(subset: Subset): Subset {
    const lookup = Object.entries<any>(root.Resources).find(([, r]) => r.Type === 'Custom::AWS')!;
    const fake = standIn(lookup[0], 'Custom::AWS', 'PrefixLists.0.PrefixListId');
    return { ...subset, template: JSON.parse(JSON.stringify(subset.template).split(fake).join(prefixListId)) };
  }

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
      if (root.Resources[id]?.Type === 'Custom::AWS') return prefixListId;
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
    expect(labSubset.kept.filter((k) => !NO_PHYSICAL_ID.has(k.type) && !physical.get(k.logicalId))).toEqual([]);
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

  test('provisioning tools: the workspace stack\'s parameters, read back and reassembled, are the code its user-data checks for', async () => {
    const ws = lab.workspace('alice-jupyter');
    const userData = ws.userDataPartNames.map((n) => ws.userDataPart(n)).join('\n');
    const fetches = [...userData.matchAll(/rws_code_fetch ([0-9a-f]{64}) '?([^' ]+)'? (\d+) /g)];
    expect(fetches.map((m) => m[2].split('/').pop())).toEqual(expect.arrayContaining(['rws-sync-users', 'rws-idle-agent']));
    const kept = new Set(wsSubset.kept.filter((k) => k.type === 'AWS::SSM::Parameter').map((k) => nested.template.Resources[k.logicalId].Properties.Name));
    for (const [, sha, prefix, count] of fetches) {
      const pieces: string[] = [];
      for (let i = 0; i < Number(count); i++) {
        expect(kept.has(`${prefix}/${i}`)).toBe(true);
        pieces.push((await ssm.send(new GetParameterCommand({ Name: `${prefix}/${i}` }))).Parameter!.Value!);
      }
      const code = zlib.gunzipSync(Buffer.from(pieces.join(''), 'base64'));
      expect(crypto.createHash('sha256').update(code).digest('hex')).toBe(sha);
      expect(code.toString('utf8').startsWith('#!')).toBe(true);
    }
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
    // No AWS managed policy (AmazonSSMManagedInstanceCore would read every parameter of the account).
    expect(wsSubset.template.Resources[roleId].Properties.ManagedPolicyArns).toBeUndefined();
    const own = wsSubset.kept.filter((k) => k.type === 'AWS::IAM::ManagedPolicy').map((k) => wsPhysical.get(k.logicalId)!);
    expect(own).toHaveLength(3);
    for (const a of own) expect(attached).toContain(a);
    const statements: any[] = [];
    for (const a of own) {
      const p = (await iam.send(new GetPolicyCommand({ PolicyArn: a }))).Policy!;
      const v = (await iam.send(new GetPolicyVersionCommand({ PolicyArn: a, VersionId: p.DefaultVersionId! }))).PolicyVersion!;
      statements.push(...JSON.parse(decodeURIComponent(v.Document!)).Statement);
    }
    const actions = statements.flatMap((s) => [].concat(s.Action));
    expect(actions).toEqual(expect.arrayContaining(['ssm:GetParameter', 'secretsmanager:GetSecretValue', 'elasticfilesystem:ClientMount', 'ec2:StopInstances',
      'ssmmessages:OpenDataChannel', 'ec2messages:GetMessages', 'ssm:UpdateInstanceInformation']));
    const instanceId = wsPhysical.get(wsSubset.kept.find((k) => k.type === 'AWS::EC2::Instance')!.logicalId)!;
    const stop = statements.find((s) => [].concat(s.Action).includes('ec2:StopInstances' as never));
    expect(stop.Resource).toMatch(new RegExp(`:instance/${instanceId}$`));
    // Resource "*" only for the agent's channels and bookkeeping, never a read of parameters, secrets or files.
    for (const s of statements.filter((x) => [].concat(x.Resource).includes('*' as never))) {
      expect(s.Sid).toBe('AgentChannels');
      for (const a of [].concat(s.Action) as string[]) expect(a).toMatch(/^(ssmmessages|ec2messages):|^ssm:(UpdateInstanceInformation|ListAssociations|ListInstanceAssociations|DescribeAssociation|Update\w*AssociationStatus|PutInventory|PutComplianceItems)$/);
    }
    const reads = statements.filter((x) => [].concat(x.Action).includes('ssm:GetParameter' as never));
    expect(reads.flatMap((x) => [].concat(x.Resource))).toEqual(expect.arrayContaining([expect.stringMatching(/:parameter\/research-workspaces\/small-lab\/registry\/manifest$/)]));
    for (const r of reads.flatMap((x) => [].concat(x.Resource)) as string[]) expect(r).toMatch(/:parameter\/(research-workspaces\/small-lab\/registry\/[a-z0-9]+|rws-tools\/[0-9a-f]{16}\/[0-9a-f]{12}\/rws-[a-z-]+\/\d+)$/);
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
    // Only the proxy's subnets route to the NAT gateway; the workspace subnets have no route out.
    const tables = (part: string) => labSubset.kept.filter((k) => k.type === 'AWS::EC2::RouteTable' && k.logicalId.includes(part)).map((k) => physical.get(k.logicalId)!);
    const defaultsOf = (tableIds: string[]) => rts.filter((r) => tableIds.includes(r.RouteTableId!)).flatMap((r) => (r.Routes ?? []).filter((x) => x.DestinationCidrBlock === '0.0.0.0/0'));
    expect(tables('Workspaces')).toHaveLength(2);
    expect(defaultsOf(tables('Workspaces'))).toEqual([]);
    expect(defaultsOf(tables('Proxy')).map((r) => r.NatGatewayId)).toEqual([nat[0].NatGatewayId, nat[0].NatGatewayId]);
  });

  test('egress proxy: an instance in a proxy subnet, found by name through the lab\'s private zone', async () => {
    const proxyId = labSubset.kept.find((k) => k.type === 'AWS::EC2::Instance' && k.logicalId.includes('Proxy'))!.logicalId;
    const inst = (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [physical.get(proxyId)!] }))).Reservations![0].Instances![0];
    const proxySubnets = labSubset.kept.filter((k) => k.type === 'AWS::EC2::Subnet' && k.logicalId.includes('Proxy')).map((k) => physical.get(k.logicalId));
    expect(proxySubnets).toContain(inst.SubnetId);
    expect(inst.PublicIpAddress).toBeUndefined();
    const zoneId = physical.get(labSubset.kept.find((k) => k.type === 'AWS::Route53::HostedZone')!.logicalId)!;
    const rr = await motoRestCall(moto, 'route53', 'GET', `/2013-04-01/hostedzone/${zoneId.replace(/^\/?hostedzone\//, '')}/rrset`, 'xml');
    expect(rr).toContain('<Name>proxy.rws-egress.internal.</Name>');
    expect(rr).toContain(`<Value>${inst.PrivateIpAddress}</Value>`);
  });

  test('security groups: the proxy admits only the workspaces on its port, the endpoints only HTTPS from the VPC (egress rules: see the template checks)', async () => {
    // moto's CloudFormation ignores egress rules (the SecurityGroupEgress property and the
    // AWS::EC2::SecurityGroupEgress type): they are proved on the template by
    // test/aws/data-perimeter.test.ts; the ingress side of each path is read back here.
    const ids = (type: string) => labSubset.kept.filter((k) => k.type === type).map((k) => physical.get(k.logicalId)!);
    const sgs = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: ids('AWS::EC2::SecurityGroup') }))).SecurityGroups!;
    const byDesc = (re: RegExp) => sgs.find((g) => re.test(g.Description!))!;
    const ws = byDesc(/^Research workspaces of lab small-lab/);
    const endpoints = byDesc(/^HTTPS to the AWS service endpoints/);
    const proxy = byDesc(/^Egress proxy of the lab/);
    const ingress = (g: typeof ws) => (g.IpPermissions ?? []).flatMap((p) => [
      ...(p.IpRanges ?? []).map((r) => `${p.IpProtocol}/${p.FromPort} ${r.CidrIp}`),
      ...(p.UserIdGroupPairs ?? []).map((u) => `${p.IpProtocol}/${p.FromPort} ${u.GroupId}`),
    ]).sort();
    expect(ingress(proxy)).toEqual([`tcp/3128 ${ws.GroupId}`]);
    expect(ingress(endpoints)).toEqual(['tcp/443 10.80.0.0/16']);
    expect(ingress(ws)).toEqual([]);
  });

  test('VPC endpoint policies: read back, every one limited to the lab\'s account as principal and as resource owner', async () => {
    const ids = labSubset.kept.filter((k) => k.type === 'AWS::EC2::VPCEndpoint').map((k) => physical.get(k.logicalId)!);
    const eps = (await ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ids }))).VpcEndpoints!;
    expect(eps).toHaveLength(9);
    for (const ep of eps) {
      // moto returns the document as Python prints a dict (single quotes).
      const doc = JSON.parse(ep.PolicyDocument!.replace(/'/g, '"'));
      const own = doc.Statement.find((s: any) => s.Sid === 'LabPrincipalsToLabResources');
      expect([ep.ServiceName, own?.Condition]).toEqual([ep.ServiceName, { StringEquals: { 'aws:PrincipalAccount': '123456789012', 'aws:ResourceAccount': '123456789012' } }]);
      for (const s of doc.Statement.filter((x: any) => x.Sid !== 'LabPrincipalsToLabResources')) {
        expect([].concat(s.Action).every((a: string) => ['s3:GetObject', 'ssm:GetDocument', 'ssm:DescribeDocument'].includes(a))).toBe(true);
        for (const r of [].concat(s.Resource) as string[]) expect(r).toMatch(/^arn:aws:(s3:::[a-z0-9.-]+\/\*|ssm:us-east-1::document\/\*)$/);
      }
    }
  });

  test('EFS access points: each user\'s home and each group\'s project folder with the registry\'s POSIX ids and permissions', async () => {
    const fsId = physical.get(labSubset.kept.find((k) => k.type === 'AWS::EFS::FileSystem')!.logicalId)!;
    const aps: any[] = (await motoRestCall(moto, 'elasticfilesystem', 'GET', `/2015-02-01/access-points?FileSystemId=${fsId}`)).AccessPoints;
    const registry = lab.users!.registry;
    expect(aps).toHaveLength(registry.users.length + registry.groups.length + 1);
    const byPath = new Map(aps.map((a) => [a.RootDirectory.Path, a]));
    for (const u of registry.users) {
      const ap = byPath.get(`${lab.storage!.homesPath}/${u.name}`);
      expect({ user: u.name, posix: ap?.PosixUser, root: ap?.RootDirectory.CreationInfo }).toEqual({
        user: u.name,
        posix: {
          Uid: String(u.uid), Gid: String(u.gid), ...(u.groups.length ? { SecondaryGids: u.groups.map((g) => String(registry.group(g).gid)) } : {}),
        },
        root: { OwnerUid: String(u.uid), OwnerGid: String(u.gid), Permissions: '0750' },
      });
    }
    for (const g of registry.groups) {
      const ap = byPath.get(`${lab.storage!.projectsPath}/${g.name}`);
      // No POSIX user: whoever mounts a project folder keeps their own ids (moto answers {}).
      expect({ group: g.name, uid: ap?.PosixUser?.Uid, root: ap?.RootDirectory.CreationInfo }).toEqual({
        group: g.name, uid: undefined, root: { OwnerUid: '0', OwnerGid: String(g.gid), Permissions: '2770' },
      });
    }
    expect(byPath.get(lab.storage!.scratchPath)?.RootDirectory.CreationInfo).toEqual({ OwnerUid: '0', OwnerGid: '0', Permissions: '1777' });
    // Two users never share a home, a uid or an access point.
    const uids = aps.filter((a) => a.PosixUser?.Uid !== undefined).map((a) => a.PosixUser.Uid);
    expect(new Set(uids).size).toBe(registry.users.length);
    expect(uids).toHaveLength(registry.users.length);
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
