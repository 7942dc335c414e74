import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import {
  PolicyBoundary, ResearchUserRegistry, ResearchWorkspace, SharedEfs, TemplateCatalog, UserRegistry, WorkspacePolicy, WorkspaceSize,
} from '../../src';
import { ed25519 } from '../helpers/keys';

const registry = UserRegistry.fromProps({
  users: [{ name: 'alice', groups: ['genomics'], sshKeys: [ed25519('a')] }, { name: 'bob', groups: ['genomics'], sshKeys: [ed25519('b')] }],
  groups: [{ name: 'genomics' }],
});

function vpcStack(region = 'us-east-1') {
  const app = new App();
  const stack = new Stack(app, 'Lab', { env: { region } });
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'W', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  return { app, stack, vpc };
}

describe('SharedEfs', () => {
  test('encrypted with a rotated customer key, TLS enforced, retained, backed up, IA lifecycle', () => {
    const { stack, vpc } = vpcStack();
    new SharedEfs(stack, 'Storage', { vpc, registry });
    const t = Template.fromStack(stack);
    t.hasResource('AWS::EFS::FileSystem', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        Encrypted: true,
        KmsKeyId: Match.anyValue(),
        LifecyclePolicies: Match.arrayWith([{ TransitionToIA: 'AFTER_30_DAYS' }]),
        FileSystemPolicy: Match.objectLike({ Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) }),
      }),
    });
    t.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    t.resourceCountIs('AWS::Backup::BackupPlan', 1);
    t.hasResourceProperties('AWS::Backup::BackupSelection', Match.anyValue());
  });

  test('one access point per user (their ids, 0750) and per group (setgid 2770), plus scratch', () => {
    const { stack, vpc } = vpcStack();
    new SharedEfs(stack, 'Storage', { vpc, registry });
    const t = Template.fromStack(stack);
    const alice = registry.user('alice');
    t.hasResourceProperties('AWS::EFS::AccessPoint', {
      RootDirectory: { Path: '/home/alice', CreationInfo: { OwnerUid: String(alice.uid), OwnerGid: String(alice.gid), Permissions: '0750' } },
      PosixUser: Match.objectLike({ Uid: String(alice.uid) }),
    });
    t.hasResourceProperties('AWS::EFS::AccessPoint', { RootDirectory: { Path: '/projects/genomics', CreationInfo: Match.objectLike({ Permissions: '2770' }) } });
    t.hasResourceProperties('AWS::EFS::AccessPoint', { RootDirectory: { Path: '/scratch', CreationInfo: Match.objectLike({ Permissions: '1777' }) } });
    t.resourceCountIs('AWS::EFS::AccessPoint', 4);
  });

  test('NFS only from the workspaces it is opened to; grants go to the principal only', () => {
    const { stack, vpc } = vpcStack();
    const efs = new SharedEfs(stack, 'Storage', { vpc, registry });
    const sg = new ec2.SecurityGroup(stack, 'Ws', { vpc });
    const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    efs.allowFrom(sg);
    efs.grantRootAccess(role);
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { FromPort: 2049, ToPort: 2049, SourceSecurityGroupId: stack.resolve(sg.securityGroupId) });
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [Match.objectLike({ Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'] })] },
    });
    const fsPolicy = JSON.stringify(Object.values<any>(t.findResources('AWS::EFS::FileSystem'))[0].Properties.FileSystemPolicy);
    expect(fsPolicy).not.toContain(JSON.stringify(stack.resolve(role.roleArn)));
  });

  test('deletion only when asked', () => {
    const { stack, vpc } = vpcStack();
    new SharedEfs(stack, 'Storage', { vpc, removalPolicy: RemovalPolicy.DESTROY });
    Template.fromStack(stack).hasResource('AWS::EFS::FileSystem', { DeletionPolicy: 'Delete' });
  });

  test.each<[string, any, RegExp]>([
    ['relative homes path', { homesPath: 'home' }, /homesPath must be an absolute path/],
    ['access points per stack', { accessPointsPerStack: 0 }, /accessPointsPerStack must be a whole number from 1 to 400/],
  ])('rejects %s', (_n, props, message) => {
    const { stack, vpc } = vpcStack();
    expect(() => new SharedEfs(stack, 'Storage', { vpc, ...props })).toThrow(message);
  });
});

describe('PolicyBoundary', () => {
  const catalog = TemplateCatalog.bundled();

  function lab(policy: WorkspacePolicy, region = 'us-east-1') {
    const { app, stack, vpc } = vpcStack(region);
    const boundary = new PolicyBoundary(stack, 'Policy', { policy, labName: 'lab1' });
    const users = new ResearchUserRegistry(stack, 'Users', { registry, labName: 'lab1' });
    return { app, stack, vpc, boundary, users };
  }

  test('the permissions boundary caps every role in the scope and denies IAM changes', () => {
    const { stack, vpc, users, boundary } = lab(new WorkspacePolicy({ name: 'p', allowedSizes: [WorkspaceSize.S, WorkspaceSize.M], requiredTags: ['research:project'] }));
    new ResearchWorkspace(stack, 'alice-ml', { template: catalog.resolve('jupyter-lab'), vpc, owner: 'alice', userRegistry: users, project: 'x' });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::IAM::Role', { PermissionsBoundary: stack.resolve(boundary.permissionsBoundary.managedPolicyArn) });
    const doc = t.findResources('AWS::IAM::ManagedPolicy');
    const b = Object.entries<any>(doc).find(([k]) => k.startsWith('PolicyPermissionsBoundary'))![1];
    const sids = b.Properties.PolicyDocument.Statement.map((s: any) => s.Sid);
    expect(sids).toEqual(expect.arrayContaining(['WorkspaceServices', 'NoIdentityChanges', 'OnlyAllowedInstanceTypes', 'RequireTagresearchproject']));
  });

  test('every ARN of the boundary is in the stack\'s partition (aws-cn, aws-us-gov work too), never a literal arn:aws:', () => {
    const { stack } = lab(new WorkspacePolicy({
      name: 'p', allowedSizes: [WorkspaceSize.S], deniedInstanceFamilies: ['p4d'], requiredTags: ['research:project'],
    }));
    const doc = Object.entries<any>(Template.fromStack(stack).findResources('AWS::IAM::ManagedPolicy')).find(([k]) => k.startsWith('PolicyPermissionsBoundary'))![1];
    const statements = doc.Properties.PolicyDocument.Statement;
    expect(JSON.stringify(statements)).not.toContain('arn:aws:');
    const arns = statements.filter((x: any) => x.Resource !== '*').flatMap((x: any) => [].concat(x.Resource));
    expect(arns.length).toBeGreaterThanOrEqual(4);
    for (const r of arns) expect(r).toEqual({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, expect.stringMatching(/^:ec2:\*:\*:(instance|volume)\/\*$/)]] });
  });

  test('a region the policy does not allow fails at construction, with the fix', () => {
    expect(() => lab(new WorkspacePolicy({ name: 'p', allowedRegions: ['eu-west-1'] }))).toThrow(/stack region us-east-1 is not allowed by policy "p".*Fix: deploy to eu-west-1/);
  });

  test('a policy violation makes synth fail naming the workspace, the rule and the fix', () => {
    const policy = WorkspacePolicy.fromYaml([
      'name: strict',
      'allowed_templates: [jupyter-lab]',
      'allowed_sizes: [S]',
      'max_workspaces_per_user: 1',
    ].join('\n'), 'policy.yaml');
    const { app, stack, vpc, users } = lab(policy);
    new ResearchWorkspace(stack, 'alice-rstudio', { template: catalog.resolve('r-rstudio'), vpc, owner: 'alice', userRegistry: users });
    new ResearchWorkspace(stack, 'alice-jupyter', { template: catalog.resolve('jupyter-lab'), vpc, owner: 'alice', userRegistry: users });
    let message = '';
    try {
      app.synth();
    } catch (e: any) {
      message = e.message;
    }
    expect(message).toMatch(/policy violation \[template-not-allowed\]: workspace "Lab\/alice-rstudio": template "r-rstudio" is not allowed.*policy.yaml:2.*Fix: choose one of jupyter-lab/);
    expect(message).toMatch(/policy violation \[size-not-allowed\]: workspace "Lab\/alice-rstudio": size M is not allowed.*Fix: use S/);
    expect(message).toMatch(/policy violation \[too-many-workspaces\]: user "alice" would own 2 workspaces.*Fix: remove 1 of them/);
  });

  test('a compliant lab synthesizes', () => {
    const { app, stack, vpc, users } = lab(new WorkspacePolicy({ name: 'p', allowedTemplates: ['jupyter-lab'] }));
    new ResearchWorkspace(stack, 'alice-jupyter', { template: catalog.resolve('jupyter-lab'), vpc, owner: 'alice', userRegistry: users });
    expect(() => app.synth()).not.toThrow();
  });
});
