/**
 * Synthesis of permit stacks for the airlock tests, and readers of the synthesized templates
 * that know nothing of the construct: they work from tags, references and policy documents,
 * so that what they find is what CloudFormation would deploy.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { EXAMPLE_DATA_HOLDER_KEYS, examplePermit } from '../../examples/permit-aws/main';
import { PermitLifecycle, PermitProps, PermitStack, PermitStackProps, PermitStatus, ResolvedTemplate, TemplateCatalog } from '../../src';

const S = PermitStatus;

/** The happy path through every status, with the status before each (ANALYSIS_STOPPED and back included). */
export const HAPPY_PATH: Array<[PermitStatus, PermitStatus | undefined]> = [
  [S.AWAITING_INGRESS, undefined],
  [S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS],
  [S.DATA_PREPARATION_PENDING, S.INGRESS_IN_PROGRESS],
  [S.DATA_PREPARATION_REVIEW_PENDING, S.DATA_PREPARATION_PENDING],
  [S.DATA_PREPARATION_REWORK, S.DATA_PREPARATION_REVIEW_PENDING],
  [S.WORKSPACE_SETUP_PENDING, S.DATA_PREPARATION_REVIEW_PENDING],
  [S.WORKSPACE_SETUP_REVIEW_PENDING, S.WORKSPACE_SETUP_PENDING],
  [S.WORKSPACE_SETUP_REWORK, S.WORKSPACE_SETUP_REVIEW_PENDING],
  [S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING],
  [S.ANALYSIS_STOPPED, S.ANALYSIS_ACTIVE],
  [S.ARCHIVED, S.ANALYSIS_STOPPED],
  [S.DELETED, S.ARCHIVED],
];

let template: ResolvedTemplate | undefined;
/** The desktop template, resolved once per test file. */
export function desktopTemplate(): ResolvedTemplate {
  template ??= TemplateCatalog.bundled().resolve('secure-analysis-desktop');
  return template;
}

const made: string[] = [];
/** A temporary folder, removed by `cleanTemp()`. */
export function tempDir(prefix = 'rws-airlock-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}
export function cleanTemp(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** A synthesized permit stack. */
export interface Synth {
  readonly app: App;
  readonly stack: PermitStack;
  readonly template: any;
  readonly file: string;
  readonly outdir: string;
}

/** Options of the test stacks (besides the permit). */
export type StackOptions = Partial<Omit<PermitStackProps, 'permit'>>;

/**
 * Synthesizes a permit stack into a temporary folder. aws-cdk-lib's built-in validation is off
 * (cfn-lint runs on the templates instead), which keeps a synthesis near one second.
 */
export function synthPermit(permit: PermitProps, options: StackOptions = {}): Synth {
  const outdir = tempDir();
  const app = new App({ outdir, builtinCloudFormationValidation: false });
  const stack = new PermitStack(app, PermitStack.stackNameOf(permit.id), {
    permit,
    auditTimestamp: '2025-06-01T00:00:00.000Z',
    template: desktopTemplate(),
    machineImage: ec2.MachineImage.fromSsmParameter('/rws-test/desktop-image'),
    dataHolderKeys: permit.dataHolders.some((h) => h.id === 'hospital-a') ? EXAMPLE_DATA_HOLDER_KEYS.filter((k) => permit.dataHolders.some((h) => h.id === k.dataHolderId)) : undefined,
    s3PrefixListId: undefined,
    ...options,
  });
  app.synth();
  const file = path.join(outdir, `${stack.artifactId}.template.json`);
  return { app, stack, template: JSON.parse(fs.readFileSync(file, 'utf8')), file, outdir };
}

/** The example permit at a status. */
export function examplePhase(status: PermitStatus, previous?: PermitStatus, eventId = `evt-${status.toLowerCase()}`, options: StackOptions = {}): Synth {
  return synthPermit(examplePermit('p-001', status, previous, eventId), options);
}

/** The plan of the example permit at a status. */
export function examplePlan(status: PermitStatus, previous?: PermitStatus) {
  return PermitLifecycle.plan(examplePermit('p-001', status, previous));
}

// ---------------------------------------------------------------------------------------------
// Template readers

export type Resource = { Type: string; Properties?: any; DependsOn?: any; DeletionPolicy?: string; UpdateReplacePolicy?: string; Metadata?: any };

/** [logicalId, resource] of a type. */
export function ofType(t: any, type: string): Array<[string, Resource]> {
  return Object.entries<Resource>(t.Resources ?? {}).filter(([, r]) => r.Type === type);
}

/** A tag value of a resource (Tags as a list or a map). */
export function tag(r: Resource, key: string): string | undefined {
  const tags = r.Properties?.Tags;
  if (Array.isArray(tags)) return tags.find((x: any) => x.Key === key)?.Value;
  if (tags && typeof tags === 'object') return tags[key];
  return undefined;
}

/** The logical id an expression refers to (Ref or Fn::GetAtt), if any. */
export function refOf(x: any): string | undefined {
  if (x && typeof x === 'object') {
    if (typeof x.Ref === 'string') return x.Ref;
    if (Array.isArray(x['Fn::GetAtt'])) return x['Fn::GetAtt'][0];
  }
  return undefined;
}

/** Every logical id referenced anywhere inside a value (pseudo parameters left out). */
export function refsIn(x: any, out = new Set<string>()): Set<string> {
  if (Array.isArray(x)) {x.forEach((y) => refsIn(y, out));} else if (x && typeof x === 'object') {
    const r = refOf(x);
    if (r && !r.startsWith('AWS::')) out.add(r);
    for (const v of Object.values(x)) refsIn(v, out);
  }
  return out;
}

/** Buckets by their `permit:volume` tag. */
export function bucketsByVolume(t: any): Map<string, string> {
  return new Map(ofType(t, 'AWS::S3::Bucket').filter(([, r]) => tag(r, 'permit:volume')).map(([id, r]) => [tag(r, 'permit:volume')!, id]));
}

/** What a role stands for: `workspace:<role>`, `sftp:<holder>`, `auto-delete`, or its logical id. */
export function principalName(t: any, roleId: string): string {
  const r = t.Resources[roleId];
  if (!r) return roleId;
  const ws = tag(r, 'permit:workspace');
  if (ws) return `workspace:${ws}`;
  const holder = tag(r, 'permit:data-holder');
  if (holder) return `sftp:${holder}`;
  const service = tag(r, 'permit:service');
  if (service) return service;
  if (roleId.startsWith('CustomS3AutoDeleteObjectsCustomResourceProviderRole')) return 'auto-delete';
  return roleId;
}

type Statement = { Effect: string; Action: string | string[]; Resource?: any; Principal?: any; Condition?: any };

function arr<T>(x: T | T[] | undefined): T[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`, 'i');
  return re.test(action);
}

/** Whether a resource expression names the bucket `bucketId` (itself or its objects); `*` names everything. */
function resourceCovers(res: any, bucketId: string, objects: boolean): boolean {
  if (res === '*') return true;
  if (typeof res === 'string') return /^arn:[^:]*:s3:::\*/.test(res);
  if (refOf(res) === bucketId) return !objects;
  const join = res?.['Fn::Join'];
  if (Array.isArray(join)) {
    const parts = join[1] as any[];
    if (parts.some((p) => refOf(p) === bucketId)) {
      const tail = parts.filter((p) => typeof p === 'string').join('');
      return objects ? /\/\*$/.test(tail) || /\/.+/.test(tail) : !tail.includes('/');
    }
  }
  return false;
}

function principalCovers(principal: any, roleId: string): boolean {
  if (principal === '*' || principal?.AWS === '*') return true;
  return arr(principal?.AWS).some((p) => refOf(p) === roleId);
}

/**
 * Whether a Deny's condition applies to a request by `roleId` over TLS 1.2+ without encryption
 * headers. Unknown conditions count as not applying, so the result over-approximates access.
 */
function denyApplies(cond: any, roleId: string): boolean {
  if (!cond) return true;
  for (const [op, body] of Object.entries<any>(cond)) {
    if (op === 'ArnNotEquals' && body['aws:PrincipalArn']) {
      if (arr(body['aws:PrincipalArn']).some((p) => refOf(p) === roleId)) return false;
      continue;
    }
    return false;
  }
  return true;
}

/** The statements of the identity policies attached to a role (managed and inline). */
export function identityStatements(t: any, roleId: string): Statement[] {
  const out: Statement[] = [];
  for (const [, p] of [...ofType(t, 'AWS::IAM::ManagedPolicy'), ...ofType(t, 'AWS::IAM::Policy')]) {
    if (arr(p.Properties?.Roles).some((r) => refOf(r) === roleId)) out.push(...arr<Statement>(p.Properties.PolicyDocument.Statement));
  }
  for (const inline of arr<any>(t.Resources[roleId]?.Properties?.Policies)) out.push(...arr<Statement>(inline.PolicyDocument.Statement));
  return out;
}

/** The bucket policy statements of a bucket. */
export function bucketPolicy(t: any, bucketId: string): Statement[] {
  const p = ofType(t, 'AWS::S3::BucketPolicy').find(([, r]) => refOf(r.Properties.Bucket) === bucketId);
  return p ? arr<Statement>(p[1].Properties.PolicyDocument.Statement) : [];
}

/**
 * Whether `roleId` may perform `action` on the bucket (or its objects) in this template, as
 * S3 decides within one account: an Allow in the identity policy or the bucket policy, and no
 * Deny in either.
 */
export function mayDo(t: any, roleId: string, bucketId: string, action: string): boolean {
  const objects = !/^s3:List/.test(action);
  const idStatements = identityStatements(t, roleId);
  const bp = bucketPolicy(t, bucketId);
  const covers = (s: Statement) => arr(s.Action).some((a) => actionMatches(a, action))
    && arr(s.Resource).some((r) => resourceCovers(r, bucketId, objects));
  const allowed = idStatements.some((s) => s.Effect === 'Allow' && covers(s))
    || bp.some((s) => s.Effect === 'Allow' && covers(s) && principalCovers(s.Principal, roleId));
  const denied = idStatements.some((s) => s.Effect === 'Deny' && covers(s))
    || bp.some((s) => s.Effect === 'Deny' && covers(s) && principalCovers(s.Principal, roleId) && denyApplies(s.Condition, roleId));
  return allowed && !denied;
}

/** Roles of the template. */
export function roles(t: any): string[] {
  return ofType(t, 'AWS::IAM::Role').map(([id]) => id);
}

/** Access of every role to every tagged bucket: `principal -> volume -> {read, write, delete}`. */
export function accessTable(t: any): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  const buckets = bucketsByVolume(t);
  for (const roleId of roles(t)) {
    for (const [volume, bucketId] of buckets) {
      const r = mayDo(t, roleId, bucketId, 's3:GetObject') ? 'r' : '';
      const w = mayDo(t, roleId, bucketId, 's3:PutObject') ? 'w' : '';
      const d = mayDo(t, roleId, bucketId, 's3:DeleteObject') ? 'd' : '';
      const l = mayDo(t, roleId, bucketId, 's3:ListBucket') ? 'l' : '';
      if (r || w || d || l) (out[principalName(t, roleId)] ??= {})[volume] = `${r}${l}${w}${d}`;
    }
  }
  return out;
}

/** Security groups of the workspace instances, by `permit:workspace` tag of the instance. */
export function instancesByWorkspace(t: any): Map<string, [string, Resource]> {
  return new Map(ofType(t, 'AWS::EC2::Instance').filter(([, r]) => tag(r, 'permit:workspace')).map(([id, r]) => [tag(r, 'permit:workspace')!, [id, r]]));
}

/** The security groups of an instance (from its launch template). */
export function securityGroupsOf(t: any, instance: Resource): string[] {
  const lt = t.Resources[refOf(instance.Properties.LaunchTemplate.LaunchTemplateId)!];
  return arr<any>(lt.Properties.LaunchTemplateData.SecurityGroupIds).map((g) => refOf(g)!);
}

/** Egress rules of a security group: inline and separate, as plain objects. */
export function egressRules(t: any, sgId: string): any[] {
  const inline = arr<any>(t.Resources[sgId].Properties.SecurityGroupEgress);
  const separate = ofType(t, 'AWS::EC2::SecurityGroupEgress').filter(([, r]) => refOf(r.Properties.GroupId) === sgId).map(([, r]) => r.Properties);
  return [...inline, ...separate];
}

/** Whether an egress rule is CDK's placeholder that matches no traffic. */
export function isNoTraffic(rule: any): boolean {
  return rule.CidrIp === '255.255.255.255/32' && rule.IpProtocol === 'icmp' && rule.FromPort === 252 && rule.ToPort === 86;
}

/** An existing lab VPC (isolated and private subnets in two zones), as a permit in a lab's VPC sees it. */
export function labVpc(scope: Construct): ec2.IVpc {
  return ec2.Vpc.fromVpcAttributes(scope, 'LabVpc', {
    vpcId: 'vpc-0123456789abcdef0',
    availabilityZones: ['eu-west-1a', 'eu-west-1b'],
    vpcCidrBlock: '10.80.0.0/16',
    isolatedSubnetIds: ['subnet-0aaaaaaaaaaaaaaa1', 'subnet-0aaaaaaaaaaaaaaa2'],
    isolatedSubnetRouteTableIds: ['rtb-0aaaaaaaaaaaaaaa1', 'rtb-0aaaaaaaaaaaaaaa2'],
    privateSubnetIds: ['subnet-0bbbbbbbbbbbbbbb1', 'subnet-0bbbbbbbbbbbbbbb2'],
    privateSubnetRouteTableIds: ['rtb-0bbbbbbbbbbbbbbb1', 'rtb-0bbbbbbbbbbbbbbb2'],
  });
}
