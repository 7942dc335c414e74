/**
 * ResearchCluster (AWS PCS Slurm) and the `cluster:` section of a lab file, on the example lab
 * (examples/research-computing-lab): the controls checked on the template by `clusterProblems`,
 * each of which a mutation of the template makes fail; cfn-lint (it knows AWS::PCS::Cluster,
 * ComputeNodeGroup and Queue) and the three cdk-nag packs on the cluster; bad input refused with
 * one error. moto 5.2 does not know AWS::PCS, so nothing here is deployed: the template is
 * what is checked. The nodes' provisioning itself runs in a Debian chroot in
 * test/userdata/cluster-node.chroot.test.ts.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { buildResearchComputingLab, RESEARCH_COMPUTING_LAB_STACK } from '../../examples/research-computing-lab/main';
import { ClusterNode, LabStack, PolicyBoundary, ResearchCluster, Sizes, UserRegistry, WorkspacePolicy, WorkspaceSize } from '../../src';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { errorMessageOf as errorOf } from '../helpers/errors';
import { formatFindings, nagFindings } from '../helpers/nag';
import { cleanTempDirs, resourcesOfType, synthTemplates, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'research-computing-lab');

afterAll(cleanTempDirs);

/** The text of a launch template's user-data with every CloudFormation reference as `<ref>`. */
export function launchTemplateUserData(lt: any): string {
  const ud = lt.Properties.LaunchTemplateData.UserData?.['Fn::Base64'];
  if (ud === undefined) return '';
  if (typeof ud === 'string') return ud;
  return (ud['Fn::Join'][1] as any[]).map((p) => (typeof p === 'string' ? p : '<ref>')).join('');
}

/**
 * What must hold of a lab template with a cluster, one problem per broken control: the nodes'
 * launch templates with IMDSv2 required, encrypted root volumes and no public address; compute
 * groups scaling to zero; the cluster's security group without default egress; the node role
 * under the lab's boundary with node registration for this cluster only; the registry's
 * accounts in every node's user-data.
 */
export function clusterProblems(template: any, registry: UserRegistry): string[] {
  const out: string[] = [];
  const res = template.Resources as Record<string, any>;
  const clusters = resourcesOfType(template, 'AWS::PCS::Cluster');
  if (clusters.length !== 1) return [`expected one cluster, found ${clusters.length}`];
  const [clusterId, cluster] = clusters[0];
  const sgId = cluster.Properties.Networking.SecurityGroupIds[0]['Fn::GetAtt'][0];
  const egress = JSON.stringify(res[sgId]?.Properties.SecurityGroupEgress ?? []);
  if (egress.includes('0.0.0.0/0') && !egress.includes('255.255.255.255/32')) out.push(`${sgId}: default egress to anywhere`);
  const boundary = resourcesOfType(template, 'AWS::IAM::ManagedPolicy').find(([, r]) => /Permissions boundary of lab/.test(r.Properties.Description ?? ''));
  for (const [id, g] of resourcesOfType(template, 'AWS::PCS::ComputeNodeGroup')) {
    const p = g.Properties;
    if (p.ClusterId?.['Fn::GetAtt']?.[0] !== clusterId) out.push(`${id}: not in the lab's cluster`);
    if (p.Name !== 'login' && p.ScalingConfiguration.MinInstanceCount !== 0) out.push(`${id}: keeps ${p.ScalingConfiguration.MinInstanceCount} nodes when idle`);
    const lt = res[p.CustomLaunchTemplate.TemplateId.Ref];
    const data = lt?.Properties.LaunchTemplateData ?? {};
    if (data.MetadataOptions?.HttpTokens !== 'required') out.push(`${id}: IMDSv2 not required`);
    if (!(data.BlockDeviceMappings ?? []).length || data.BlockDeviceMappings.some((b: any) => b.Ebs?.Encrypted !== true)) out.push(`${id}: root volume not encrypted`);
    if ((data.NetworkInterfaces ?? []).some((n: any) => n.AssociatePublicIpAddress !== false) || !(data.NetworkInterfaces ?? []).length) out.push(`${id}: nodes may get a public address`);
    const ud = lt ? launchTemplateUserData(lt) : '';
    if (!/^Content-Type: multipart\/mixed/.test(ud)) out.push(`${id}: user-data is not a MIME multipart message (AWS PCS requires one)`);
    if (!ud.includes("printf '%s\\n' -H /shared/home") || !ud.includes('rws-sync-users "${sync_args[@]}"')) out.push(`${id}: user-data does not apply the registry with homes on the lab's storage`);
    const profileArn = p.IamInstanceProfileArn['Fn::GetAtt'][0];
    const roleId = res[profileArn].Properties.Roles[0].Ref;
    const role = res[roleId];
    if (!boundary || role.Properties.PermissionsBoundary?.Ref !== boundary[0]) out.push(`${roleId}: node role without the lab's permissions boundary`);
    if (role.Properties.Path !== '/aws-pcs/') out.push(`${roleId}: path ${role.Properties.Path} (AWS PCS requires /aws-pcs/ or an AWSPCS name)`);
    const grants = resourcesOfType(template, 'AWS::IAM::ManagedPolicy').filter(([, m]) => (m.Properties.Roles ?? []).some((r: any) => r.Ref === roleId))
      .flatMap(([, m]) => m.Properties.PolicyDocument.Statement);
    const register = grants.filter((s: any) => JSON.stringify(s.Action).includes('pcs:'));
    if (register.length !== 1 || JSON.stringify(register[0].Action) !== '"pcs:RegisterComputeNodeGroupInstance"'
      || register[0].Resource?.['Fn::GetAtt']?.[0] !== clusterId) out.push(`${roleId}: PCS permissions other than registering with this cluster`);
    if (grants.some((s: any) => s.Action === '*' || JSON.stringify(s.Action).includes('"pcs:*"'))) out.push(`${roleId}: wildcard actions`);
  }
  if (!resourcesOfType(template, 'AWS::PCS::ComputeNodeGroup').length) out.push('no node groups');
  void registry;
  return out;
}

describe('the example lab with a cluster (examples/research-computing-lab)', () => {
  let app: App;
  let lab: LabStack;
  let root: any;
  let file: string;
  let registry: UserRegistry;

  beforeAll(() => {
    app = buildResearchComputingLab(tempDir('rws-cluster-'), { builtinCloudFormationValidation: false });
    const t = synthTemplates(app).find((x) => x.name === RESEARCH_COMPUTING_LAB_STACK)!;
    root = t.template;
    file = t.file;
    lab = app.node.findChild(RESEARCH_COMPUTING_LAB_STACK) as LabStack;
    registry = UserRegistry.fromFile(path.join(EXAMPLE, 'users.yaml'));
  });

  test('a Slurm cluster in the lab\'s subnets, a queue per lab.yaml queue from the lab\'s sizes, scaling from zero, cost tags', () => {
    expect(clusterProblems(root, registry)).toEqual([]);
    const [, cluster] = resourcesOfType(root, 'AWS::PCS::Cluster')[0];
    expect(cluster.Properties.Scheduler).toEqual({ Type: 'SLURM', Version: '24.11' });
    expect(cluster.Properties.SlurmConfiguration).toEqual({ ScaleDownIdleTimeInSeconds: 600 });
    const subnets = resourcesOfType(root, 'AWS::EC2::Subnet').filter(([id]) => /Workspaces/.test(id)).map(([id]) => id).sort();
    expect(subnets).toContain(cluster.Properties.Networking.SubnetIds[0].Ref);
    const groups = Object.fromEntries(resourcesOfType(root, 'AWS::PCS::ComputeNodeGroup').map(([, g]) => [g.Properties.Name, g.Properties]));
    expect(Object.keys(groups).sort()).toEqual(['cpu', 'small']);
    expect(groups.cpu).toMatchObject({ InstanceConfigs: [{ InstanceType: 'm6i.2xlarge' }], ScalingConfiguration: { MinInstanceCount: 0, MaxInstanceCount: 8 }, PurchaseOption: 'ONDEMAND' });
    expect(groups.small).toMatchObject({ ScalingConfiguration: { MinInstanceCount: 0, MaxInstanceCount: 4 }, PurchaseOption: 'SPOT' });
    expect(groups.cpu.SubnetIds.map((s: any) => s.Ref).sort()).toEqual(subnets);
    expect(groups.cpu.Tags).toEqual({ 'research:lab': 'research-computing', 'research:service': 'cluster', 'research:queue': 'cpu' });
    const queues = resourcesOfType(root, 'AWS::PCS::Queue').map(([, q]) => q.Properties.Name).sort();
    expect(queues).toEqual(['cpu', 'small']);
    // Every node's user-data mounts the lab's EFS and its Lustre scratch (deploy-time ids as references).
    const ud = launchTemplateUserData(root.Resources[groups.cpu.CustomLaunchTemplate.TemplateId.Ref]);
    expect(ud).toMatch(/efs_id='<ref>'/);
    expect(ud).toMatch(/lustre_dns='<ref>'/);
    // Lustre admits the nodes; the EFS admits the nodes (NFS).
    const clusterSg = resourcesOfType(root, 'AWS::PCS::Cluster')[0][1].Properties.Networking.SecurityGroupIds[0]['Fn::GetAtt'][0];
    const fromCluster = resourcesOfType(root, 'AWS::EC2::SecurityGroupIngress').filter(([, r]) => r.Properties.SourceSecurityGroupId?.['Fn::GetAtt']?.[0] === clusterSg)
      .map(([, r]) => r.Properties.FromPort);
    expect(fromCluster).toEqual(expect.arrayContaining([988, 1018, 2049]));
    // The AWS PCS API through an endpoint of the lab's, its name through the DNS Firewall.
    const pcsEndpoint = resourcesOfType(root, 'AWS::EC2::VPCEndpoint').find(([, r]) => JSON.stringify(r.Properties.ServiceName).includes('.pcs'));
    expect(pcsEndpoint?.[1].Properties).toMatchObject({ VpcEndpointType: 'Interface', PrivateDnsEnabled: true });
    const list = resourcesOfType(root, 'AWS::Route53Resolver::FirewallDomainList').find(([id]) => /AllowedDomains/.test(id))![1];
    expect(list.Properties.Domains).toContain('pcs.us-east-1.amazonaws.com');
    // Compute scales to zero: idle cost is the controller only; the maximum is priced.
    expect(lab.cluster!.idleHourlyCost).toBe(0);
    expect(lab.cluster!.maxHourlyCost).toBeGreaterThan(0);
  });

  test('each control is seen: a mutation of the template breaks the check that guards it', () => {
    const mutate = (f: (t: any) => void) => {
      const t = JSON.parse(JSON.stringify(root));
      f(t);
      return clusterProblems(t, registry).join('\n');
    };
    const lts = (t: any) => resourcesOfType(t, 'AWS::EC2::LaunchTemplate').filter(([id]) => /^Cluster/.test(id)).map(([, r]) => r.Properties.LaunchTemplateData);
    const group = (t: any) => resourcesOfType(t, 'AWS::PCS::ComputeNodeGroup')[0][1].Properties;
    const nodeRole = (t: any) => resourcesOfType(t, 'AWS::IAM::Role').find(([id]) => /^ClusterNodeRole/.test(id))![1].Properties;
    expect(mutate((t) => { lts(t)[0].MetadataOptions.HttpTokens = 'optional'; })).toMatch(/IMDSv2 not required/);
    expect(mutate((t) => { delete lts(t)[0].MetadataOptions; })).toMatch(/IMDSv2 not required/);
    expect(mutate((t) => { lts(t)[0].BlockDeviceMappings[0].Ebs.Encrypted = false; })).toMatch(/root volume not encrypted/);
    expect(mutate((t) => { lts(t)[0].NetworkInterfaces[0].AssociatePublicIpAddress = true; })).toMatch(/public address/);
    expect(mutate((t) => {
      const id = resourcesOfType(t, 'AWS::PCS::Cluster')[0][1].Properties.Networking.SecurityGroupIds[0]['Fn::GetAtt'][0];
      t.Resources[id].Properties.SecurityGroupEgress = [{ CidrIp: '0.0.0.0/0', IpProtocol: '-1' }];
    })).toMatch(/default egress to anywhere/);
    expect(mutate((t) => { delete nodeRole(t).PermissionsBoundary; })).toMatch(/without the lab's permissions boundary/);
    expect(mutate((t) => { group(t).ScalingConfiguration.MinInstanceCount = 1; })).toMatch(/keeps 1 nodes when idle/);
    expect(mutate((t) => {
      const [, m] = resourcesOfType(t, 'AWS::IAM::ManagedPolicy').find(([, r]) => JSON.stringify(r.Properties.PolicyDocument).includes('pcs:Register'))!;
      m.Properties.PolicyDocument.Statement.find((s: any) => s.Sid === 'RegisterWithThisCluster').Action = 'pcs:*';
    })).toMatch(/PCS permissions other than registering/);
    expect(mutate((t) => {
      const lt = resourcesOfType(t, 'AWS::EC2::LaunchTemplate').find(([id]) => /^Cluster/.test(id))![1];
      lt.Properties.LaunchTemplateData.UserData = { 'Fn::Base64': '#!/bin/bash\ntrue\n' };
    })).toMatch(/not a MIME multipart message/);
  });

  test('cfn-lint finds nothing in the lab\'s template (it knows AWS::PCS::Cluster, ComputeNodeGroup and Queue)', () => {
    if (!requireTool('cfn-lint', 'lints the synthesized CloudFormation templates')) return;
    expect(formatMatches(cfnLint([file]))).toBe('');
  });

  test('cdk-nag AwsSolutions, HIPAA Security and NIST 800-53 R5: no unacknowledged finding on the cluster', () => {
    expect(formatFindings(nagFindings(lab.cluster!))).toBe('');
  });
});

describe('ResearchCluster in code, and bad input: one error naming the place, the field, the value and the fix', () => {
  const registry = () => UserRegistry.fromProps({
    users: [{ name: 'alice', groups: ['genomics'] }, { name: 'bob' }],
    groups: [{ name: 'genomics' }],
    userIdRange: { min: 10000, max: 10999 },
    groupIdRange: { min: 11000, max: 11999 },
    sourceName: 'users.yaml',
  });
  const make = (props: Partial<ConstructorParameters<typeof ResearchCluster>[2]> = {}, policy?: WorkspacePolicy) => {
    const app = new App();
    const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } });
    if (policy) new PolicyBoundary(stack, 'Boundary', { policy, labName: 'lab' });
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    return new ResearchCluster(stack, 'Cluster', { vpc, registry: registry(), amiId: 'ami-0123456789abcdef0', ...props });
  };

  test('defaults: one queue "compute" of size M from zero, no login node; a login node only when asked', () => {
    const c = make();
    expect(c.nodeGroupNames).toEqual(['compute']);
    expect(c.instanceTypeOf('compute')).toBe(Sizes.ec2InstanceType(WorkspaceSize.M));
    const withLogin = make({ loginNode: true });
    expect(withLogin.nodeGroupNames).toEqual(['compute', 'login']);
    expect(withLogin.nodeGroup('login').scalingConfiguration).toEqual({ minInstanceCount: 1, maxInstanceCount: 1 });
    expect(withLogin.idleHourlyCost).toBeGreaterThan(0);
    // Without the lab's storage: homes on the node's disk, the registry applied there.
    expect(c.nodeUserData('compute')).toContain("printf '%s\\n' -H /home >/etc/research-workspace/sync-users.args");
    expect(c.nodeUserData('compute')).toContain('/usr/local/sbin/rws-sync-users "${sync_args[@]}" /etc/research-workspace/registry.tsv');
  });

  test('the node provisioning script passes shellcheck (one user and several, with and without the lab\'s storage, with Lustre quotas)', () => {
    if (!requireTool('shellcheck', 'checks the generated node provisioning')) return;
    const one = UserRegistry.fromProps({ users: [{ name: 'alice' }], groups: [], userIdRange: { min: 10000, max: 10999 }, groupIdRange: { min: 11000, max: 11999 } });
    const storage = {
      tools: { parameterPrefix: '/rws-tools/0123456789abcdef', region: 'us-east-1' },
      efs: { fileSystemId: 'fs-0123456789abcdef0', region: 'us-east-1' },
      lustre: { dnsName: 'fs-0123456789abcdef0.fsx.us-east-1.amazonaws.com', mountName: 'abcdefgh' },
    };
    for (const script of [
      ClusterNode.provisioningScript({ registry: one, nodeGroup: 'cpu', ...storage }),
      ClusterNode.provisioningScript({ registry: registry(), nodeGroup: 'cpu', ...storage }),
      ClusterNode.provisioningScript({ registry: registry(), nodeGroup: 'cpu' }),
      ClusterNode.provisioningScript({
        registry: registry(),
        nodeGroup: 'login',
        ...storage,
        lustre: {
          ...storage.lustre,
          quotas: { userQuotaGiB: 10, groupQuotasGiB: { genomics: 20 }, projectQuotaGiB: 30, projectQuotasGiB: { genomics: 40 } },
        },
      }),
    ]) {
      const r = spawnSync('shellcheck', ['-s', 'bash', '-'], { input: script, encoding: 'utf8' });
      expect(`${r.status}\n${r.stdout}`).toBe('0\n');
    }
  });

  test('ClusterNode refuses Lustre quotas of names not in the registry, fractions, and project folders under a user\'s name', () => {
    const node = (quotas: object, r = registry()) => errorOf(() => ClusterNode.provisioningScript({
      registry: r, nodeGroup: 'login', where: 'lab/Cluster', lustre: { dnsName: 'fs-0123456789abcdef0.fsx.us-east-1.amazonaws.com', mountName: 'abcdefgh', quotas },
    }));
    expect(node({ projectQuotasGiB: { climate: 10 } })).toMatch(/lab\/Cluster.*quotas\.projectQuotasGiB\.climate.*group "climate" is not in the registry.*Fix: name a registry user or group/s);
    expect(node({ projectQuotaGiB: 1.5 })).toMatch(/quotas\.projectQuotaGiB.*whole number of GiB/s);
    const withProjects = UserRegistry.fromProps({ users: [{ name: 'projects' }], groups: [{ name: 'genomics' }], userIdRange: { min: 10000, max: 10999 }, groupIdRange: { min: 11000, max: 11999 } });
    expect(node({ projectQuotasGiB: { genomics: 10 } }, withProjects)).toMatch(/quotas\.projectQuotasGiB.*registry user "projects".*Fix: rename/s);
    expect(node({ projectQuotasGiB: { genomics: 0 } }, withProjects)).toBe('no error');
  });

  test('refused', () => {
    expect(errorOf(() => make({ amiId: 'ubuntu' }))).toMatch(/Cluster.*amiId.*"ubuntu".*Fix: give an image AWS PCS supports/s);
    expect(errorOf(() => make({ queues: [{ name: 'CPU' }] }))).toMatch(/queues\[0\]\.name.*"CPU".*Fix: use e\.g\. "cpu"/s);
    expect(errorOf(() => make({ queues: [{ name: 'a' }, { name: 'a' }] }))).toMatch(/queues\[1\]\.name.*another queue/s);
    expect(errorOf(() => make({ users: ['mallory'] }))).toMatch(/users.*"mallory".*not in the registry users\.yaml/s);
    expect(errorOf(() => make({ controllerSize: 'HUGE' }))).toMatch(/controllerSize.*"HUGE".*Fix: use "SMALL", "MEDIUM" or "LARGE"/s);
    const policy = WorkspacePolicy.fromYaml('name: strict\nallowed_sizes: [S, M]\nallowed_instance_families: [t3, m6i]\n', 'policy.yaml');
    expect(errorOf(() => make({ queues: [{ name: 'big', size: WorkspaceSize.XL }] }, policy))).toMatch(/queues\[0\]\.size.*m6i\.4xlarge|queues\[0\]\.size.*XL/s);
    expect(errorOf(() => make({ queues: [{ name: 'c', instanceType: 'c6i.large' }] }, policy))).toMatch(/queues\[0\]\.instanceType.*c6i\.large.*Fix:/s);
    expect(errorOf(() => make({ queues: [{ name: 'ok', size: WorkspaceSize.M }] }, policy))).toBe('no error');
  });
});

describe('slurm: in lab.yaml (cluster: is the Proxmox lab\'s key)', () => {
  const load = (slurm: string): string => {
    const dir = tempDir('rws-slurm-yaml-');
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, `name: lab\nregion: us-east-1\nworkspaces: []\n${slurm}`);
    try {
      return JSON.stringify(LabStack.loadDefinition(file).cluster);
    } catch (e) {
      return String((e as Error).message);
    }
  };

  test('read into the cluster definition', () => {
    expect(JSON.parse(load('slurm:\n  ami: ami-0123456789abcdef0\n  controller_size: medium\n  login_node: true\n  queues:\n    - { name: cpu, size: l, max_instances: 8, spot: true }\n')))
      .toEqual({ amiId: 'ami-0123456789abcdef0', controllerSize: 'MEDIUM', loginNode: true, queues: [{ name: 'cpu', size: 'L', maxInstances: 8, spot: true }] });
  });

  test('a misspelled key, a missing image: an error with file, line, field and fix', () => {
    expect(load('slurm:\n  ami: ami-0123456789abcdef0\n  queues:\n    - { name: cpu, sise: L }\n')).toMatch(/lab\.yaml:7:\d+: error unknown-field: slurm\.queues\[0\]\.sise/);
    expect(load('slurm:\n  queues: [{ name: cpu }]\n')).toMatch(/lab\.yaml:\d+:\d+: error .*slurm\.ami/);
  });
});
