/**
 * The Kubernetes issue's safety invariants, on AWS, over random legal event sequences (walks
 * follow PermitLifecycle.next; illegal events are skipped):
 *
 * - a researcher never gets write (or delete) access to raw or prepared data;
 * - nothing in the setup phases reaches sensitive data;
 * - the analysis has no egress at all (no gateway, NAT, firewall, proxy or default route; its
 *   security group reaches only the VPC endpoints; DNS answers only AWS names);
 * - no bucket is deletable (DeletionPolicy Retain) except after permit.deleted;
 * - stop, archive and rework keep every bucket at the same logical id.
 *
 * They are checked on the access matrix of random permits (cheap: hundreds of runs) and on the
 * synthesized CloudFormation of every step of random walks for two fixed permits. A template
 * depends on the permit and its status only (the event id and previous status are tags and the
 * audit record: tested below), so each (permit, status) is synthesized once and reused.
 */
import * as fc from 'fast-check';
import {
  bucketsByVolume, cleanTemp, egressRules, HAPPY_PATH, instancesByWorkspace, isNoTraffic, mayDo, ofType, refOf, roles, securityGroupsOf,
  synthPermit, tag,
} from './helpers';
import {
  NetworkMode, PermitEventType, PermitLifecycle, PermitProps, PermitStatus, PermitVolumeKind, PermitWorkspaceRole,
} from '../../src';
import { accessMatrix } from '../../src/constructs/aws/private/airlock-access';

const S = PermitStatus;
const SETUP = new Set([S.WORKSPACE_SETUP_PENDING, S.WORKSPACE_SETUP_REVIEW_PENDING, S.WORKSPACE_SETUP_REWORK]);
const KEEP_EVERYTHING = new Set([S.ANALYSIS_STOPPED, S.ARCHIVED, S.DATA_PREPARATION_REWORK, S.WORKSPACE_SETUP_REWORK]);

const step = fc.record({
  event: fc.oneof(
    { arbitrary: fc.constant(PermitEventType.STATUS_UPDATED), weight: 6 },
    { arbitrary: fc.constantFrom(...Object.values(PermitEventType)), weight: 4 },
  ),
  carried: fc.constantFrom(...Object.values(PermitStatus)),
  aim: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
  pick: fc.nat({ max: 11 }),
});
type Step = { event: PermitEventType; carried: PermitStatus; aim: boolean; pick: number };

/** A legal walk from AWAITING_INGRESS; aimed updates mostly move forward, 1 in 12 deletes, 1 in 12 replays. */
function walk(steps: Step[]): Array<{ from?: PermitStatus; to: PermitStatus }> {
  const out: Array<{ from?: PermitStatus; to: PermitStatus }> = [{ to: S.AWAITING_INGRESS }];
  let cur: PermitStatus = S.AWAITING_INGRESS;
  for (const s of steps) {
    const forward = PermitLifecycle.allowedNext(cur).filter((x) => x !== S.DELETED);
    const aimed = s.pick === 0 || forward.length === 0 ? S.DELETED : s.pick === 1 ? cur : forward[s.pick % forward.length];
    let next: PermitStatus;
    try {
      next = PermitLifecycle.next(cur, s.event, s.aim ? aimed : s.carried);
    } catch {
      continue;
    }
    out.push({ from: cur, to: next });
    cur = next;
  }
  return out;
}

const NAMES = ['alice', 'bob', 'chen', 'dana'];
const HOLDERS = ['hospital-a', 'lab-b', 'registry-c'];
const cidr = fc.tuple(fc.integer({ min: 1, max: 223 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map(([a, b, c]) => `${a}.${b}.${c}.0/24`);
const permitArb = fc.record({
  researchers: fc.subarray(NAMES, { minLength: 1 }),
  holders: fc.subarray(HOLDERS, { minLength: 1 }),
  cidrs: fc.array(cidr, { minLength: 1, maxLength: 2 }),
  domains: fc.option(fc.subarray(['pypi.org', '*.r-project.org', 'conda.anaconda.org', 'cran.r-project.org'], { minLength: 1 }), { nil: undefined }),
  reviewers: fc.nat({ max: 2 }),
});
type PermitShape = { researchers: string[]; holders: string[]; cidrs: string[]; domains?: string[] };

function permitOf(shape: PermitShape, status: PermitStatus, previousStatus?: PermitStatus, eventId = 'evt'): PermitProps {
  return {
    id: 'p-prop',
    status,
    previousStatus,
    eventId,
    dataHolders: shape.holders.map((id) => ({ id, allowedCidrs: shape.cidrs })),
    researchers: shape.researchers.map((name) => ({ name })),
    hdabPreprocessor: { name: 'hpe-staff' },
    hdabReviewer: { name: 'hre-staff' },
    setupReviewer: { name: 'setup-staff' },
    egressAllowedDomains: shape.domains,
  };
}

const RESEARCHER_WORKSPACES = new Set<string>([PermitWorkspaceRole.RESEARCHER_SETUP, PermitWorkspaceRole.ANALYSIS]);

test('access matrix of random permits: the invariants hold at every step of random walks', () => {
  fc.assert(fc.property(permitArb, fc.array(step, { minLength: 10, maxLength: 60 }), (shape, steps) => {
    let previous: string[] | undefined;
    for (const s of walk(steps)) {
      const plan = PermitLifecycle.plan(permitOf(shape, s.to, s.from));
      const matrix = accessMatrix(plan, shape.reviewers);
      const v: string[] = [];
      for (const b of matrix) {
        const researcherWriters = [...b.writers, ...b.deleters].filter((k) => RESEARCHER_WORKSPACES.has(k.replace(/^workspace:/, '')));
        const protectedKind = [PermitVolumeKind.RAW, PermitVolumeKind.PREPARED, PermitVolumeKind.UPLOAD].includes(b.kind);
        if (protectedKind && researcherWriters.length) {
          v.push(`researcher writes ${b.volume}`);
        }
        if (SETUP.has(s.to) && b.sensitive && [...b.readers, ...b.writers, ...b.deleters].length) v.push(`setup reaches ${b.volume}`);
        if ([...b.readers, ...b.writers].some((k) => k === 'workspace:researcher-setup' || k === 'workspace:setup-review') && b.sensitive) v.push(`setup workspace reaches ${b.volume}`);
        if (!b.retained && s.to !== S.DELETED) v.push(`${b.volume} deletable at ${s.to}`);
        if (b.purgers.length && s.to !== S.DELETED) v.push(`${b.volume} purgeable at ${s.to}`);
      }
      for (const w of plan.workspaces) {
        if (w.state === 'stopped' && matrix.some((b) => [...b.readers, ...b.writers].includes(`workspace:${w.role}`))) v.push(`stopped ${w.role} has access`);
        if (w.role === PermitWorkspaceRole.ANALYSIS && w.network !== NetworkMode.NONE) v.push('analysis network');
      }
      expect({ step: s, v }).toEqual({ step: s, v: [] });
      const names = matrix.map((b) => b.volume).sort();
      // A replayed DELETED plans nothing left to delete (the first DELETED did): the only step
      // allowed to lose buckets.
      const completesDeletion = s.from === S.DELETED && s.to === S.DELETED;
      if (previous?.length && s.from !== undefined && !completesDeletion && (KEEP_EVERYTHING.has(s.to) || s.to === S.DELETED)) {
        expect({ step: s, names }).toEqual({ step: s, names: previous });
      }
      if (previous?.length && s.to !== S.DELETED) expect(names).toEqual(previous);
      previous = names;
    }
  }), { numRuns: 300 });
});

// ---------------------------------------------------------------------------------------------
// The synthesized templates.

const SYNTH_SHAPES: PermitShape[] = [
  { researchers: ['alice'], holders: ['hospital-a'], cidrs: ['203.0.113.0/24'] },
  { researchers: ['bob', 'chen', 'dana'], holders: ['hospital-a', 'lab-b', 'registry-c'], cidrs: ['198.51.100.0/24', '192.0.2.0/24'], domains: ['*.r-project.org', 'pypi.org'] },
];

const cache = new Map<string, { template: any; violations: string[] }>();
afterAll(cleanTemp);

/** The template of a permit at a status, synthesized once, with its invariant violations. */
function phaseOf(shapeIndex: number, status: PermitStatus, from?: PermitStatus): { template: any; violations: string[] } {
  // DELETED is the one status whose plan depends on the one before: from AWAITING_INGRESS (no
  // storage yet) or replayed (already deleted), there is nothing left to delete.
  const nothingLeft = status === S.DELETED && (from === S.AWAITING_INGRESS || from === S.DELETED);
  const key = `${shapeIndex}:${status}${nothingLeft ? ':nothing-left' : ''}`;
  if (!cache.has(key)) {
    const template = synthPermit(permitOf(SYNTH_SHAPES[shapeIndex], status, from), { s3PrefixListId: undefined }).template;
    cache.set(key, { template, violations: templateViolations(template, status) });
  }
  return cache.get(key)!;
}

const PERMIT_BUCKET = (r: any) => tag(r, 'permit:volume') !== undefined;

/** The invariants read from a template alone (tags, references, policies). */
function templateViolations(t: any, status: PermitStatus): string[] {
  const v: string[] = [];
  const buckets = bucketsByVolume(t);
  const sensitive = [...buckets].filter(([, id]) => tag(t.Resources[id], 'permit:sensitive') === 'true');
  const roleMembers = (roleId: string) => tag(t.Resources[roleId], 'permit:members') ?? '';
  const roleWorkspace = (roleId: string) => tag(t.Resources[roleId], 'permit:workspace');
  for (const roleId of roles(t)) {
    const researcher = roleMembers(roleId).split(' ').includes('researcher');
    for (const [volume, bucketId] of buckets) {
      const kind = tag(t.Resources[bucketId], 'permit:volume')!;
      const write = mayDo(t, roleId, bucketId, 's3:PutObject') || mayDo(t, roleId, bucketId, 's3:DeleteObject');
      if (researcher && write && (kind === 'raw' || kind === 'prepared' || kind.startsWith('upload-'))) v.push(`researcher role ${roleId} may write ${volume}`);
    }
    const setupRole = roleWorkspace(roleId) === 'researcher-setup' || roleWorkspace(roleId) === 'setup-review';
    if (SETUP.has(status) || setupRole) {
      for (const [volume, bucketId] of sensitive) {
        if (['s3:GetObject', 's3:ListBucket', 's3:PutObject', 's3:DeleteObject'].some((a) => mayDo(t, roleId, bucketId, a))) v.push(`setup: ${roleId} reaches ${volume}`);
      }
    }
  }
  const analysis = instancesByWorkspace(t).get(PermitWorkspaceRole.ANALYSIS);
  if (analysis) {
    for (const type of ['AWS::EC2::InternetGateway', 'AWS::EC2::VPCGatewayAttachment', 'AWS::EC2::NatGateway', 'AWS::EC2::EIP', 'AWS::NetworkFirewall::Firewall', 'AWS::EC2::EgressOnlyInternetGateway']) {
      if (ofType(t, type).length) v.push(`analysis phase has ${type}`);
    }
    if (ofType(t, 'AWS::EC2::Instance').some(([, r]) => !tag(r, 'permit:workspace'))) v.push('analysis phase has a non-workspace instance (proxy)');
    for (const [id, r] of ofType(t, 'AWS::EC2::Route')) {
      if (r.Properties.DestinationCidrBlock === '0.0.0.0/0' || r.Properties.DestinationIpv6CidrBlock === '::/0') v.push(`default route ${id} in analysis`);
    }
    const endpointSgs = new Set(ofType(t, 'AWS::EC2::VPCEndpoint').flatMap(([, r]) => (r.Properties.SecurityGroupIds ?? []).map(refOf)));
    for (const sg of securityGroupsOf(t, analysis[1])) {
      for (const rule of egressRules(t, sg).filter((x) => !isNoTraffic(x))) {
        const toEndpoint = rule.DestinationSecurityGroupId && endpointSgs.has(refOf(rule.DestinationSecurityGroupId));
        const toS3 = rule.DestinationPrefixListId && (typeof rule.DestinationPrefixListId === 'string' || t.Resources[refOf(rule.DestinationPrefixListId)!]?.Type === 'Custom::AWS');
        if (!(toEndpoint || toS3) || rule.FromPort !== 443 || rule.ToPort !== 443) v.push(`analysis egress rule ${JSON.stringify(rule)}`);
      }
    }
    for (const [, r] of ofType(t, 'AWS::Route53Resolver::FirewallDomainList')) {
      const extra = r.Properties.Domains.filter((d: string) => d !== '*' && !/^(\*\.)?amazonaws\.com$/.test(d));
      if (extra.length) v.push(`analysis resolves ${extra}`);
    }
  }
  for (const [id, r] of [...ofType(t, 'AWS::S3::Bucket'), ...ofType(t, 'AWS::KMS::Key'), ...ofType(t, 'AWS::Logs::LogGroup')]) {
    const keep = r.DeletionPolicy === 'Retain' && r.UpdateReplacePolicy === 'Retain';
    const permitData = (r.Type === 'AWS::S3::Bucket' && PERMIT_BUCKET(r)) || id.startsWith('AirlockDataKey');
    if (status !== S.DELETED && !keep) v.push(`${id} is not retained at ${status}`);
    if (status === S.DELETED && permitData && keep) v.push(`${id} is kept after permit.deleted`);
    if (status === S.DELETED && !permitData && !keep) v.push(`audit resource ${id} is deleted with the permit`);
  }
  if (status !== S.DELETED && ofType(t, 'Custom::S3AutoDeleteObjects').length) v.push('buckets are emptied before permit.deleted');
  for (const [role, [id]] of instancesByWorkspace(t)) {
    const stopped = ofType(t, 'AWS::SSM::Association').some(([, a]) => a.Properties.Name === 'AWS-StopEC2Instance' && refOf(a.Properties.Targets[0].Values[0]) === id);
    if (stopped !== (tag(t.Resources[id], 'permit:workspace-state') === 'stopped')) v.push(`${role}: stop association does not match its state`);
  }
  return v;
}

test('synthesized templates keep the invariants at every step; stop, archive and rework keep every bucket at the same logical id', () => {
  fc.assert(fc.property(fc.constantFrom(0, 1), fc.array(step, { minLength: 10, maxLength: 30 }), (shapeIndex, steps) => {
    let previous: { status: PermitStatus; buckets: string[] } | undefined;
    for (const s of walk(steps)) {
      const { template, violations } = phaseOf(shapeIndex, s.to, s.from);
      expect({ step: s, violations }).toEqual({ step: s, violations: [] });
      const buckets = [...bucketsByVolume(template).values()].sort();
      // A replayed DELETED plans nothing: the buckets leave the template and CloudFormation, which
      // the first DELETED deploy set to delete and empty them, does. Every other step keeps them.
      const completesDeletion = s.from === S.DELETED && s.to === S.DELETED;
      if (previous && previous.buckets.length && !completesDeletion && (KEEP_EVERYTHING.has(s.to) || s.to === S.DELETED || s.from === s.to)) {
        expect({ step: s, buckets }).toEqual({ step: s, buckets: previous.buckets });
      }
      if (previous && previous.buckets.length && !completesDeletion) {
        expect({ step: s, lost: previous.buckets.filter((b) => !buckets.includes(b)) }).toEqual({ step: s, lost: [] });
      }
      previous = { status: s.to, buckets };
    }
  }), { numRuns: 40 });
  // Every status of both permits, whatever the random walks reached.
  for (const shapeIndex of [0, 1]) {
    for (const [status, from] of HAPPY_PATH) {
      expect({ shapeIndex, status, v: phaseOf(shapeIndex, status, from).violations }).toEqual({ shapeIndex, status, v: [] });
    }
  }
  expect(cache.size).toBeGreaterThanOrEqual(2 * Object.values(PermitStatus).length);
});

test('a template depends on the permit and its status only: the event id and previous status change tags and the audit record', () => {
  // Token numbers are left in the template by ResearchUserRegistry.grantRead (a known issue,
  // airlock-phases.test.ts) and differ between two syntheses: they are masked.
  const strip = (t: any) => JSON.parse(JSON.stringify(t, (k, val) => {
    if (k === 'Tags' && Array.isArray(val)) return val.filter((x: any) => x.Key !== 'permit:event-id');
    if (k === 'permit:event-id' || k === 'PermitEventId') return undefined;
    return typeof val === 'string' ? val.replace(/\{Token\[TOKEN\.\d+\]\}/g, '{Token}') : val;
  }));
  /** Paths where two JSON values differ. */
  const diff = (a: any, b: any, at = ''): string[] => {
    if (JSON.stringify(a) === JSON.stringify(b)) return [];
    if (a && b && typeof a === 'object' && typeof b === 'object') return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) => diff(a[k], b[k], `${at}/${k}`));
    return [`${at}: ${JSON.stringify(a)?.slice(0, 80)} != ${JSON.stringify(b)?.slice(0, 80)}`];
  };
  for (const [status, a, b] of [
    [S.DATA_PREPARATION_REVIEW_PENDING, S.DATA_PREPARATION_PENDING, S.DATA_PREPARATION_REWORK],
    [S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING, S.ANALYSIS_STOPPED],
    [S.ANALYSIS_STOPPED, S.ANALYSIS_ACTIVE, S.ANALYSIS_STOPPED],
  ] as const) {
    const one = synthPermit(permitOf(SYNTH_SHAPES[1], status, a, 'evt-one')).template;
    const two = synthPermit(permitOf(SYNTH_SHAPES[1], status, b, 'evt-two')).template;
    expect(diff(strip(one), strip(two))).toEqual([]);
    expect(JSON.stringify(one)).toContain('evt-one');
  }
});

test('the checkers catch broken templates (so a passing property means something)', () => {
  const { template } = phaseOf(0, S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING);
  expect(templateViolations(template, S.ANALYSIS_ACTIVE)).toEqual([]);
  const broken = (mutate: (t: any) => void, status: PermitStatus = S.ANALYSIS_ACTIVE) => {
    const copy = JSON.parse(JSON.stringify(template));
    mutate(copy);
    return templateViolations(copy, status);
  };
  const bucketId = (t: any, v: string) => bucketsByVolume(t).get(v)!;
  const analysisRole = (t: any) => roles(t).find((r) => tag(t.Resources[r], 'permit:workspace') === 'analysis')!;
  // A researcher allowed to write prepared: an Allow in the bucket policy and the Deny lifted for it.
  expect(broken((t) => {
    const policy = ofType(t, 'AWS::S3::BucketPolicy').find(([, r]) => refOf(r.Properties.Bucket) === bucketId(t, 'prepared'))![1];
    const st = policy.Properties.PolicyDocument.Statement;
    st.push({ Effect: 'Allow', Principal: { AWS: { 'Fn::GetAtt': [analysisRole(t), 'Arn'] } }, Action: 's3:PutObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId(t, 'prepared'), 'Arn'] }, '/*']] } });
    st.find((s: any) => s.Sid === 'DenyWritesOutsideThePlan').Condition = { ArnNotEquals: { 'aws:PrincipalArn': [{ 'Fn::GetAtt': [analysisRole(t), 'Arn'] }] } };
  })).toEqual([expect.stringMatching(/^researcher role .* may write prepared$/)]);
  // A NAT gateway and a default route in the analysis phase.
  expect(broken((t) => {
    t.Resources.Nat = { Type: 'AWS::EC2::NatGateway', Properties: {} };
    t.Resources.Default = { Type: 'AWS::EC2::Route', Properties: { DestinationCidrBlock: '0.0.0.0/0' } };
  })).toEqual(['analysis phase has AWS::EC2::NatGateway', 'default route Default in analysis']);
  // An open egress rule on the analysis security group.
  expect(broken((t) => {
    const [, inst] = instancesByWorkspace(t).get(PermitWorkspaceRole.ANALYSIS)!;
    t.Resources.Open = { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: { 'Fn::GetAtt': [securityGroupsOf(t, inst)[0], 'GroupId'] }, CidrIp: '0.0.0.0/0', IpProtocol: '-1' } };
  })).toEqual([expect.stringMatching(/^analysis egress rule/)]);
  // A bucket that would be deleted with the stack before permit.deleted.
  expect(broken((t) => { t.Resources[bucketId(t, 'raw')].DeletionPolicy = 'Delete'; })).toEqual([expect.stringMatching(/is not retained at ANALYSIS_ACTIVE$/)]);
  // The setup phase reaching raw data: the same template read as a setup phase, with an Allow for the role.
  expect(broken((t) => {
    const policy = ofType(t, 'AWS::S3::BucketPolicy').find(([, r]) => refOf(r.Properties.Bucket) === bucketId(t, 'raw'))![1];
    policy.Properties.PolicyDocument.Statement = [{ Effect: 'Allow', Principal: { AWS: { 'Fn::GetAtt': [analysisRole(t), 'Arn'] } }, Action: 's3:GetObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId(t, 'raw'), 'Arn'] }, '/*']] } }];
  }, S.WORKSPACE_SETUP_PENDING)).toContainEqual(expect.stringMatching(/^setup: .* reaches raw$/));
});
