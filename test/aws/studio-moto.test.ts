/**
 * The lab stack of the example with notebooks (examples/research-computing-lab) deployed into a
 * local moto_server, and what moto creates of Studio read back through the service APIs: the
 * SageMaker execution roles (trust, the lab's permissions boundary, their policies), the
 * boundary's Studio statements, the SageMaker and STS endpoints with the lab's endpoint policy,
 * and the security-group rules of the Studio apps and the Lustre scratch. Stack statuses are
 * never trusted.
 *
 * moto 5.2 cannot create these from a template, so they are proved on the template only
 * (test/aws/research-studio.test.ts): AWS::SageMaker::Domain, UserProfile and Space (moto has
 * the SageMaker domain API but no CloudFormation type for them), AWS::FSx::FileSystem and
 * DataRepositoryAssociation (the same for FSx), AWS::PCS::* (moto has no AWS PCS): the cluster's
 * security group is read back here.
 */
import { CloudFormationClient, CreateStackCommand, DescribeStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import { DescribeManagedPrefixListsCommand, DescribeSecurityGroupsCommand, DescribeVpcEndpointsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetPolicyCommand, GetPolicyVersionCommand, GetRoleCommand, IAMClient, ListAttachedRolePoliciesCommand } from '@aws-sdk/client-iam';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { buildResearchComputingLab, RESEARCH_COMPUTING_LAB_STACK } from '../../examples/research-computing-lab/main';
import { clientConfig, MotoServer, startMoto } from '../helpers/moto';
import { MOTO_CANNOT_CREATE, motoSubset, standIn, Subset } from '../helpers/moto-template';
import { cleanTempDirs, resourcesOfType, synthTemplates, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

/** What moto 5.2 cannot create of Studio and FSx, with the reason. */
const STUDIO_MOTO_CANNOT_CREATE: Record<string, string> = {
  'AWS::SageMaker::Domain': 'moto has CreateDomain in its SageMaker API but no CloudFormation type for it',
  'AWS::SageMaker::UserProfile': 'no moto CloudFormation type (nor a UserProfile API)',
  'AWS::SageMaker::Space': 'no moto CloudFormation type (nor a Space API)',
  'AWS::FSx::FileSystem': 'moto has an FSx API but no CloudFormation type for file systems',
  'AWS::FSx::DataRepositoryAssociation': 'no moto CloudFormation type',
  'AWS::PCS::Cluster': 'moto 5.2 has no AWS PCS (neither an API nor CloudFormation types); the cluster is proved on the template (research-cluster.test.ts)',
  'AWS::PCS::ComputeNodeGroup': 'moto 5.2 has no AWS PCS',
  'AWS::PCS::Queue': 'moto 5.2 has no AWS PCS',
};

const KEEP = new Set([
  'AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::RouteTable', 'AWS::EC2::Route', 'AWS::EC2::InternetGateway', 'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::EIP', 'AWS::EC2::NatGateway', 'AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::VPCEndpoint',
  'AWS::EFS::FileSystem', 'AWS::EFS::MountTarget', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role',
]);
/** Lab resources that moto creates and the small lab's deploy test (moto-deploy.test.ts) reads back: not deployed again here. */
const READ_BACK_ELSEWHERE = new Set([
  'AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::IAM::InstanceProfile', 'AWS::Logs::LogGroup', 'AWS::EC2::FlowLog', 'AWS::EFS::AccessPoint',
  'AWS::SSM::Parameter', 'AWS::SSM::Document', 'AWS::Route53::HostedZone', 'AWS::Route53::RecordSet',
]);
const MOTO_AMI = 'ami-785db401';
const AMI_PARAMETER = '/rws-moto/ami';

const haveMoto = requireTool('moto_server', 'the Studio deploy test runs the lab against a local AWS emulator');
const maybe = haveMoto ? describe : describe.skip;

maybe('the lab with notebooks, deployed into moto_server', () => {
  let moto: MotoServer;
  let iam: IAMClient;
  let ec2: EC2Client;
  let root: any;
  let subset: Subset;
  const physical = new Map<string, string>();

  beforeAll(async () => {
    // aws-cdk-lib's own template validation adds nothing here (cfn-lint runs in research-studio.test.ts).
    const app = buildResearchComputingLab(tempDir('rws-studio-moto-'), { builtinCloudFormationValidation: false });
    root = synthTemplates(app).find((t) => t.name === RESEARCH_COMPUTING_LAB_STACK)!.template;
    moto = await startMoto();
    const cfg = clientConfig(moto);
    iam = new IAMClient(cfg);
    ec2 = new EC2Client(cfg);
    // One attempt: a retried CreateStack would only say that the stack exists.
    const cfn = new CloudFormationClient({ ...cfg, maxAttempts: 1 });
    await new SSMClient(cfg).send(new PutParameterCommand({ Name: AMI_PARAMETER, Value: MOTO_AMI, Type: 'String' }));
    const prefixList = (await ec2.send(new DescribeManagedPrefixListsCommand({ Filters: [{ Name: 'prefix-list-name', Values: ['com.amazonaws.us-east-1.s3'] }] })))
      .PrefixLists![0].PrefixListId!;
    const values: Record<string, string> = {};
    for (const [name, p] of Object.entries<any>(root.Parameters ?? {})) {
      if (p.Type === 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>') values[name] = AMI_PARAMETER;
    }
    subset = motoSubset(root, { keep: KEEP, parameters: values });
    // The S3 prefix list is looked up by a custom resource moto cannot run: moto's own list takes its place.
    const lookup = Object.entries<any>(root.Resources).find(([, r]) => r.Type === 'Custom::AWS')!;
    let text = JSON.stringify(subset.template).split(standIn(lookup[0], 'Custom::AWS', 'PrefixLists.0.PrefixListId')).join(prefixList);
    // moto cannot resolve GetAtt <EFS>.Arn (docs/aws.md); the equivalent Fn::Sub works.
    for (const [id] of resourcesOfType(root, 'AWS::EFS::FileSystem')) {
      text = text.split(JSON.stringify({ 'Fn::GetAtt': [id, 'Arn'] }))
        .join(JSON.stringify({ 'Fn::Sub': `arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:file-system/\${${id}}` }));
    }
    // The domain is not created: its ARN's stand-in gets an ARN's shape (IAM checks resources).
    for (const [id] of resourcesOfType(root, 'AWS::SageMaker::Domain')) {
      text = text.split(standIn(id, 'AWS::SageMaker::Domain', 'DomainArn')).join('arn:aws:sagemaker:us-east-1:123456789012:domain/d-standin');
    }
    const template = JSON.parse(text);
    await cfn.send(new CreateStackCommand({
      StackName: 'research-computing',
      TemplateBody: JSON.stringify(template),
      Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'],
      Parameters: Object.keys(template.Parameters ?? {}).map((k) => ({ ParameterKey: k, ParameterValue: values[k] })),
    }));
    for (const r of (await cfn.send(new DescribeStackResourcesCommand({ StackName: 'research-computing' }))).StackResources ?? []) {
      if (r.PhysicalResourceId) physical.set(r.LogicalResourceId!, r.PhysicalResourceId);
    }
  }, 120_000);

  afterAll(async () => {
    await moto?.stop();
    cleanTempDirs();
  });

  test('only types moto cannot create were left out, each with its reason; Studio\'s and FSx\'s are among them', () => {
    const dropped = new Set(subset.dropped.map((d) => d.type));
    expect([...dropped].filter((t) => !(t in MOTO_CANNOT_CREATE) && !(t in STUDIO_MOTO_CANNOT_CREATE) && !READ_BACK_ELSEWHERE.has(t))).toEqual([]);
    for (const t of Object.keys(STUDIO_MOTO_CANNOT_CREATE)) expect(dropped.has(t)).toBe(true);
  });

  async function policyDocument(arn: string, version: string): Promise<any> {
    const v = (await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: version }))).PolicyVersion!;
    return JSON.parse(decodeURIComponent(v.Document!));
  }

  test('every SageMaker execution role exists, trusts SageMaker only and carries the lab\'s permissions boundary', async () => {
    const boundaryId = subset.kept.find((k) => k.logicalId.startsWith('PolicyPermissionsBoundary'))!.logicalId;
    const boundaryArn = physical.get(boundaryId)!;
    const roles = resourcesOfType(root, 'AWS::IAM::Role').filter(([, r]) => JSON.stringify(r.Properties.AssumeRolePolicyDocument).includes('sagemaker.amazonaws.com'));
    expect(roles).toHaveLength(5); // four user profiles and the shared spaces
    for (const [id] of roles) {
      const role = (await iam.send(new GetRoleCommand({ RoleName: physical.get(id)! }))).Role!;
      expect([id, role.PermissionsBoundary?.PermissionsBoundaryArn]).toEqual([id, boundaryArn]);
      const trust = JSON.parse(decodeURIComponent(role.AssumeRolePolicyDocument!));
      expect(trust.Statement.map((s: any) => s.Principal.Service)).toEqual(['sagemaker.amazonaws.com']);
      const attached = (await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: physical.get(id)! }))).AttachedPolicies ?? [];
      expect(attached).toHaveLength(1);
      const p = (await iam.send(new GetPolicyCommand({ PolicyArn: attached[0].PolicyArn! }))).Policy!;
      const doc = await policyDocument(p.Arn!, p.DefaultVersionId!);
      const actions = doc.Statement.flatMap((s: any) => [].concat(s.Action));
      expect(actions).toEqual(expect.arrayContaining(['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite']));
      expect(actions.filter((a: string) => !/^elasticfilesystem:Client(Mount|Write)$|^sagemaker:Describe(UserProfile|Domain)$/.test(a))).toEqual([]);
    }
    const policy = (await iam.send(new GetPolicyCommand({ PolicyArn: boundaryArn }))).Policy!;
    const doc = await policyDocument(boundaryArn, policy.DefaultVersionId!);
    const deny = doc.Statement.find((s: any) => s.Sid === 'StudioOnlyAllowedInstanceTypes');
    expect(deny).toMatchObject({ Effect: 'Deny', Condition: { 'ForAnyValue:StringNotEquals': { 'sagemaker:InstanceTypes': ['ml.t3.medium', 'ml.t3.xlarge'] } } });
  });

  test('SageMaker API, runtime and STS endpoints exist in the lab VPC, each limited to the lab\'s account', async () => {
    const eps = (await ec2.send(new DescribeVpcEndpointsCommand({}))).VpcEndpoints ?? [];
    for (const service of ['sagemaker.api', 'sagemaker.runtime', 'sts']) {
      const ep = eps.find((e) => e.ServiceName === `com.amazonaws.us-east-1.${service}`);
      expect([service, ep?.VpcEndpointType]).toEqual([service, 'Interface']);
      // moto returns the policy as Python prints a dict.
      const text = ep!.PolicyDocument!.replace(/'/g, '"').replace(/\bTrue\b/g, 'true').replace(/\bFalse\b/g, 'false');
      const policy = JSON.parse(text);
      expect(JSON.stringify(policy)).toMatch(/aws:PrincipalAccount.*aws:ResourceAccount|aws:ResourceAccount.*aws:PrincipalAccount/);
    }
  });

  test('the Studio apps admit only each other; the Lustre scratch admits only the Studio apps, the cluster, the workstations and its own servers', async () => {
    const [, domain] = resourcesOfType(root, 'AWS::SageMaker::Domain')[0];
    const studioSg = physical.get(domain.Properties.DefaultUserSettings.SecurityGroups[0]['Fn::GetAtt'][0])!;
    const [, fsx] = resourcesOfType(root, 'AWS::FSx::FileSystem')[0];
    const fsxSg = physical.get(fsx.Properties.SecurityGroupIds[0]['Fn::GetAtt'][0])!;
    const groups = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [studioSg, fsxSg] }))).SecurityGroups!;
    const rules = (id: string) => groups.find((g) => g.GroupId === id)!.IpPermissions!
      .map((p) => [p.FromPort, p.ToPort, ...(p.UserIdGroupPairs ?? []).map((u) => u.GroupId!).sort(), ...(p.IpRanges ?? []).map((r) => r.CidrIp)]);
    expect(rules(studioSg)).toEqual([[8192, 65535, studioSg]]);
    // The lab's Slurm cluster (slurm: in lab.yaml) and its workstations mount the scratch too.
    const [, cluster] = resourcesOfType(root, 'AWS::PCS::Cluster')[0];
    const clusterSg = physical.get(cluster.Properties.Networking.SecurityGroupIds[0]['Fn::GetAtt'][0])!;
    const workspaceSg = physical.get('WorkspaceSecurityGroupF0FFB956')!;
    const peers = [fsxSg, studioSg, clusterSg, workspaceSg].sort();
    expect(rules(fsxSg).map((r) => JSON.stringify(r)).sort()).toEqual([
      [988, 988, ...peers], [1018, 1023, ...peers],
    ].map((r) => JSON.stringify(r)).sort());
  });

  test('the Slurm cluster\'s security group admits only its own members (its egress: on the template, research-cluster.test.ts)', async () => {
    const [, cluster] = resourcesOfType(root, 'AWS::PCS::Cluster')[0];
    const clusterSg = physical.get(cluster.Properties.Networking.SecurityGroupIds[0]['Fn::GetAtt'][0])!;
    const g = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [clusterSg] }))).SecurityGroups![0];
    const ingress = g.IpPermissions!.map((p) => [
      p.IpProtocol, ...(p.UserIdGroupPairs ?? []).map((u) => u.GroupId), ...(p.IpRanges ?? []).map((r) => r.CidrIp),
    ]);
    expect(ingress).toEqual([['-1', clusterSg]]);
    // moto reports an egress rule to 0.0.0.0/0 that the template does not have (the template's
    // SecurityGroupEgress replaces EC2's default rule): egress is checked on the template.
  });
});
