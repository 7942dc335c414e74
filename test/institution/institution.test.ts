/**
 * The example institution (examples/institution: two tenants, three labs, an organization),
 * synthesized once and judged from its templates: tenant isolation, every dashboard and alarm
 * metric resolved to a resource, the service control policies and the tenant trail, cfn-lint and
 * the three cdk-nag packs. Then institution.yaml's errors: one line with file:line:column,
 * field, value and fix.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { App } from 'aws-cdk-lib';
import { agentConfigOf, isolationProblems, metricProblems, Templates } from './checks';
import { buildInstitution, INSTITUTION_ID } from '../../examples/institution/main';
import { Institution } from '../../src';
import { main } from '../../src/cli/main';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { formatFindings, nagFindings } from '../helpers/nag';
import { cleanTempDirs, SynthesizedTemplate, synthTemplates, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

const NAME = 'example-university';
let app: App;
let synthesized: SynthesizedTemplate[];
let templates: Templates;

afterAll(cleanTempDirs);

const copy = (x: any) => JSON.parse(JSON.stringify(x));

describe('the example institution', () => {
  beforeAll(() => {
    app = buildInstitution(tempDir('rws-institution-'));
    synthesized = synthTemplates(app);
    templates = Object.fromEntries(synthesized.map((t) => [t.name, t.template]));
  });

  test('a stack per lab and per tenant, and the organization stack; usage per tenant from the model', () => {
    expect(Object.keys(templates).filter((n) => !n.endsWith('.nested')).sort()).toEqual([
      `${NAME}--organization`,
      `${NAME}-biology--genomics`, `${NAME}-biology--tenant`,
      `${NAME}-physics--astro`, `${NAME}-physics--particles`, `${NAME}-physics--tenant`,
    ]);
    const inst = app.node.findChild(INSTITUTION_ID) as Institution;
    const usage = inst.usage();
    expect(usage.map((u) => [u.tenant, u.labs, u.workspaces, u.vcpus, u.gpus])).toEqual([
      ['physics', ['astro', 'particles'], 3, 12, 0],
      ['biology', ['genomics'], 2, 6, 0],
    ]);
    // 176 h a month (spend_hours_per_month) at the workspaces' hourly prices.
    for (const u of usage) expect(u.monthlySpend).toBeCloseTo(u.hourlyCost * 176, 1);
  });

  test('no tenant uses another tenant\'s key, network or bucket; every resource carries its tenant', () => {
    expect(isolationProblems(NAME, templates)).toEqual([]);
  });

  test('the isolation check fails when a control is removed', () => {
    const astro = `${NAME}-physics--astro`;
    const boundaryId = Object.entries<any>(templates[astro].Resources).find(([, r]) => r.Type === 'AWS::IAM::ManagedPolicy'
      && r.Properties.PolicyDocument.Statement.some((s: any) => s.Sid === 'TenantResourcesOnly'))![0];
    // 1. The boundary without the statement that keeps other tenants' keys, networks and file systems out.
    const noDeny = copy(templates);
    const doc = noDeny[astro].Resources[boundaryId].Properties.PolicyDocument;
    doc.Statement = doc.Statement.filter((s: any) => s.Sid !== 'TenantResourcesOnly');
    expect(isolationProblems(NAME, noDeny).join('\n')).toMatch(/does not deny the keys, networks and file systems of other tenants/);
    // 2. Without the deny on the other tenants' buckets.
    const noBuckets = copy(templates);
    const doc2 = noBuckets[astro].Resources[boundaryId].Properties.PolicyDocument;
    doc2.Statement = doc2.Statement.filter((s: any) => s.Sid !== 'TenantBucketsOnly');
    expect(isolationProblems(NAME, noBuckets).join('\n')).toMatch(/does not deny the buckets of example-university-biology--\*/);
    // 3. A key without the tenant tag.
    const untagged = copy(templates);
    const keyId = Object.entries<any>(untagged[astro].Resources).find(([, r]) => r.Type === 'AWS::KMS::Key')![0];
    const key = untagged[astro].Resources[keyId];
    key.Properties.Tags = (key.Properties.Tags ?? []).filter((t: any) => t.Key !== 'research:tenant');
    expect(isolationProblems(NAME, untagged).join('\n')).toMatch(new RegExp(`${keyId} \\(AWS::KMS::Key\\): tag research:tenant is missing`));
    // 4. A lab of physics using a value biology's genomics lab exports.
    const crossing = copy(templates);
    crossing[`${NAME}-biology--genomics`].Outputs = { ...crossing[`${NAME}-biology--genomics`].Outputs, Vpc: { Value: 'x', Export: { Name: 'genomics-vpc' } } };
    crossing[astro].Resources.Leak = { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: { 'Fn::ImportValue': 'genomics-vpc' } } };
    expect(isolationProblems(NAME, crossing).join('\n')).toMatch(/physics--astro \(tenant physics\) uses a value of example-university-biology--genomics/);
    // 5. A role of physics allowed onto biology's buckets by name.
    const named = copy(templates);
    named[astro].Resources.Grant = {
      Type: 'AWS::IAM::Policy',
      Properties: { PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-university-biology--genomics-bucket/*' }] } },
    };
    expect(isolationProblems(NAME, named).join('\n')).toMatch(/names tenant biology's resources/);
  });

  test('every dashboard widget\'s and alarm\'s metric dimensions resolve to a resource of the synthesized stacks', () => {
    const r = metricProblems(templates);
    expect(r.problems).toEqual([]);
    // 5 workspaces x 2 status checks, 3 file systems' I/O limit alarms; 3 lab and 2 tenant dashboards.
    // genomics keeps its workspaces in nested stacks: their instances resolve through the nested stacks' outputs.
    expect(Object.keys(templates).filter((n) => n.startsWith('exampleuniversitybiologygenomics') && n.endsWith('.nested'))).toHaveLength(2);
    expect(r.alarms).toBeGreaterThanOrEqual(13);
    expect(r.widgets).toBeGreaterThanOrEqual(20);
    expect(r.dimensions).toBeGreaterThanOrEqual(40);
    // The disk alarm of every workspace and the dashboards' disk and memory graphs: the CloudWatch agent's metrics.
    expect(r.agentMetrics).toBeGreaterThanOrEqual(15);
    // A dimension naming the wrong resource is caught.
    const broken = copy(templates);
    const astro = broken[`${NAME}-physics--astro`];
    const [alarmId] = Object.entries<any>(astro.Resources).find(([, x]) => x.Type === 'AWS::CloudWatch::Alarm' && x.Properties.MetricName === 'StatusCheckFailed_System')!;
    const keyId = Object.entries<any>(astro.Resources).find(([, x]) => x.Type === 'AWS::KMS::Key')![0];
    astro.Resources[alarmId].Properties.Dimensions[0].Value = { Ref: keyId };
    expect(metricProblems(broken).problems.join('\n')).toMatch(/dimension InstanceId resolves to AWS::KMS::Key/);
  });

  test('the disk alarm names exactly what the instance\'s CloudWatch agent publishes; a mismatch is caught', () => {
    const astro = `${NAME}-physics--astro`;
    const diskAlarm = (t: Templates) => Object.entries<any>(t[astro].Resources).find(([, x]) => x.Type === 'AWS::CloudWatch::Alarm' && x.Properties.MetricName === 'disk_used_percent')!;
    const [alarmId, alarm] = diskAlarm(templates);
    expect(alarm.Properties).toMatchObject({ Namespace: 'CWAgent', Threshold: 90, EvaluationPeriods: 3, Period: 300, Statistic: 'Maximum', TreatMissingData: 'notBreaching' });
    expect(alarm.Properties.Dimensions.map((d: any) => d.Name)).toEqual(['InstanceId', 'path']);
    const instanceId = alarm.Properties.Dimensions[0].Value.Ref;
    const config = agentConfigOf(templates[astro].Resources[instanceId]);
    expect(config.metrics.metrics_collected.disk.resources).toEqual(['/']);
    // 1. A mount point the agent does not watch.
    const otherPath = copy(templates);
    otherPath[astro].Resources[alarmId].Properties.Dimensions[1].Value = '/data';
    expect(metricProblems(otherPath).problems.join('\n')).toMatch(/its agent does not watch the disk at "\/data" \(it watches \/\)/);
    // 2. A dimension the aggregated metric does not have (the agent's raw metric also has fstype).
    const extra = copy(templates);
    extra[astro].Resources[alarmId].Properties.Dimensions.push({ Name: 'fstype', Value: 'ext4' });
    expect(metricProblems(extra).problems.join('\n')).toMatch(/disk_used_percent with dimensions InstanceId, fstype, path: the agent publishes it with exactly InstanceId, path/);
    // 3. An instance whose agent publishes into another namespace, or that has no agent.
    const recode = (t: Templates, edit: (mime: string) => string) => {
      const inst = t[astro].Resources[instanceId];
      const mime = zlib.gunzipSync(Buffer.from(inst.Properties.UserData, 'base64')).toString('utf8');
      inst.Properties.UserData = zlib.gzipSync(Buffer.from(edit(mime), 'utf8')).toString('base64');
    };
    const namespace = copy(templates);
    recode(namespace, (m) => m.replace('"namespace":"CWAgent"', '"namespace":"Elsewhere"'));
    expect(metricProblems(namespace).problems.join('\n')).toMatch(/its agent publishes into Elsewhere, not CWAgent/);
    const noAgent = copy(templates);
    recode(noAgent, (m) => m.replace('/payload/cloudwatch-agent.json', '/payload/other.json'));
    expect(metricProblems(noAgent).problems.join('\n')).toMatch(/runs no CloudWatch agent/);
    // 4. A role without the permission to publish the metrics.
    const noPermission = copy(templates);
    const role = noPermission[astro].Resources[noPermission[astro].Resources[instanceId].Properties.IamInstanceProfile.Ref].Properties.Roles[0].Ref;
    const [policyId] = Object.entries<any>(noPermission[astro].Resources).find(([, x]) => x.Type === 'AWS::IAM::ManagedPolicy'
      && JSON.stringify(x.Properties.PolicyDocument).includes('cloudwatch:namespace') && (x.Properties.Roles ?? []).some((y: any) => y.Ref === role))!;
    const anyNamespace = copy(noPermission);
    delete noPermission[astro].Resources[policyId];
    expect(metricProblems(noPermission).problems.join('\n')).toMatch(/its role may not publish into CWAgent/);
    // 5. Least privilege: the namespace condition removed, the role could write any namespace's metrics.
    delete anyNamespace[astro].Resources[policyId].Properties.PolicyDocument.Statement[0].Condition;
    expect(metricProblems(anyNamespace).problems.join('\n')).toMatch(/its role may publish metrics into any namespace/);
  });

  test('alarms: status checks per workspace, storage, budget alerts to the lab topic and the named contacts', () => {
    const astro = templates[`${NAME}-physics--astro`];
    const alarms = Object.values<any>(astro.Resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm').map((r) => r.Properties);
    const status = alarms.filter((a) => /^StatusCheckFailed_/.test(a.MetricName));
    expect(status.length).toBe(4);
    for (const a of status) {
      expect(a).toMatchObject({ Threshold: 1, EvaluationPeriods: 2, Period: 300, TreatMissingData: 'notBreaching' });
      expect(a.AlarmActions).toHaveLength(1);
    }
    expect(alarms.find((a) => a.MetricName === 'PercentIOLimit')).toMatchObject({ Threshold: 90, Namespace: 'AWS/EFS' });
    // The services published through astro's web gateway (Jupyter of both workspaces): unhealthy targets and availability (SLA).
    const unhealthy = alarms.filter((a) => a.MetricName === 'UnHealthyHostCount');
    expect(unhealthy.length).toBeGreaterThanOrEqual(2);
    for (const a of unhealthy) expect(a).toMatchObject({ Namespace: 'AWS/ApplicationELB', Threshold: 1, EvaluationPeriods: 3, Period: 60 });
    const sla = alarms.filter((a) => a.Metrics?.some((m: any) => /IF\(h\d+ > 0, 1, 0\)/.test(m.Expression ?? '')));
    expect(sla).toHaveLength(unhealthy.length);
    for (const a of sla) expect(a).toMatchObject({ Threshold: 99.5, EvaluationPeriods: 60, DatapointsToAlarm: 1, ComparisonOperator: 'LessThanThreshold' });
    const topic = Object.entries<any>(astro.Resources).find(([, r]) => r.Type === 'AWS::SNS::Topic')!;
    expect(topic[1].Properties.KmsMasterKeyId).toBeDefined();
    const subs = Object.values<any>(astro.Resources).filter((r) => r.Type === 'AWS::SNS::Subscription').map((r) => r.Properties.Endpoint).sort();
    expect(subs).toEqual(['lise@physics.example.edu', 'rc@example.edu']);
    // genomics asks for monitoring in its lab file (monitoring: emails): its own contact and the tenant's, once each.
    const genomics = templates[`${NAME}-biology--genomics`];
    expect(Object.values<any>(genomics.Resources).filter((r) => r.Type === 'AWS::SNS::Subscription').map((r) => r.Properties.Endpoint).sort())
      .toEqual(['genomics-lab@biology.example.edu', 'rosalind@biology.example.edu']);
    expect(Object.values<any>(genomics.Resources).filter((r) => r.Type === 'AWS::CloudWatch::Dashboard')).toHaveLength(1);
    const tenant = templates[`${NAME}-physics--tenant`];
    const budget = Object.values<any>(tenant.Resources).find((r) => r.Type === 'AWS::Budgets::Budget')!.Properties;
    expect(budget.Budget.CostFilters).toEqual({ TagKeyValue: ['user:research:tenant$physics'] });
    const forecast = budget.NotificationsWithSubscribers.find((n: any) => n.Notification.NotificationType === 'FORECASTED');
    expect(forecast.Subscribers.map((s: any) => s.Address)).toContain('lise@physics.example.edu');
    expect(forecast.Subscribers.some((s: any) => s.SubscriptionType === 'SNS')).toBe(true);
  });

  test('organization: an OU and a service control policy per tenant; biology\'s account is retained', () => {
    const org = templates[`${NAME}--organization`].Resources;
    const ous = Object.values<any>(org).filter((r) => r.Type === 'AWS::Organizations::OrganizationalUnit');
    expect(ous.map((o) => o.Properties.Name).sort()).toEqual(['example-university-biology', 'example-university-physics']);
    const scps = Object.values<any>(org).filter((r) => r.Type === 'AWS::Organizations::Policy');
    expect(scps).toHaveLength(2);
    for (const p of scps) {
      expect(p.Properties.Type).toBe('SERVICE_CONTROL_POLICY');
      expect(JSON.stringify(p.Properties.Content).length).toBeLessThanOrEqual(5120);
      const sids = p.Properties.Content.Statement.map((s: any) => s.Sid);
      expect(sids).toEqual(expect.arrayContaining(['NoBoundaryRemoval', 'RolesOnlyWithTheBoundary', 'AuditKeptOn', 'OnlyAllowedRegions']));
      expect(p.Properties.TargetIds).toHaveLength(1);
    }
    const account = Object.values<any>(org).find((r) => r.Type === 'AWS::Organizations::Account');
    expect(account).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain', Properties: { Email: 'aws-biology@example.edu' } });
    // The boundary names the SCP requires.
    const astro = templates[`${NAME}-physics--astro`].Resources;
    const boundary = Object.values<any>(astro).find((r) => r.Type === 'AWS::IAM::ManagedPolicy' && r.Properties.ManagedPolicyName);
    expect(boundary.Properties.ManagedPolicyName).toBe('rws-boundary-physics-astro');
  });

  test('the tenant with its own account has a trail into a retained, versioned, KMS-encrypted bucket', () => {
    const bio = templates[`${NAME}-biology--tenant`].Resources;
    const trail = Object.values<any>(bio).find((r) => r.Type === 'AWS::CloudTrail::Trail')!.Properties;
    expect(trail).toMatchObject({ IsMultiRegionTrail: true, EnableLogFileValidation: true, IncludeGlobalServiceEvents: true });
    expect(trail.KMSKeyId).toBeDefined();
    const bucketId = trail.S3BucketName.Ref;
    const bucket = bio[bucketId];
    expect(bucket).toMatchObject({ DeletionPolicy: 'Retain', Properties: { VersioningConfiguration: { Status: 'Enabled' } } });
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms');
    // Physics shares the institution's account: no trail of its own (it would record every tenant's events).
    expect(Object.values<any>(templates[`${NAME}-physics--tenant`].Resources).some((r) => r.Type === 'AWS::CloudTrail::Trail')).toBe(false);
  });

  test('the egress audit the pipeline runs (rws audit cdk.out) passes on every lab of the institution', async () => {
    let stdout = '';
    let stderr = '';
    const code = await main(['audit', path.dirname(synthesized[0].file), '--json'], {
      stdout: { write: (t: string) => { stdout += t; return true; } },
      stderr: { write: (t: string) => { stderr += t; return true; } },
      env: {},
      cwd: process.cwd(),
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const doc = JSON.parse(stdout);
    expect(doc.ok).toBe(true);
    expect(doc.findings).toEqual([]);
    // The three labs, and the tenant and organization stacks (no workspaces: nothing to reach).
    expect(doc.units.filter((u: any) => u.workspaces.length > 0).map((u: any) => u.name).sort()).toEqual(['astro', 'genomics', 'particles']);
    expect(doc.units.flatMap((u: any) => u.workspaces).length).toBe(5);
  });

  test('cfn-lint finds nothing in any template', () => {
    if (!requireTool('cfn-lint', 'lints the synthesized CloudFormation templates')) return;
    expect(formatMatches(cfnLint(synthesized.map((t) => t.file)))).toBe('');
  });

  test('cdk-nag AwsSolutions, HIPAA Security and NIST 800-53 R5: no unacknowledged finding', () => {
    expect(formatFindings(nagFindings(app))).toBe('');
  });
});

describe('institution.yaml errors', () => {
  const example = path.join(__dirname, '..', '..', 'examples', 'institution');

  function withFile(edit: (text: string) => string): string {
    const dir = tempDir('rws-institution-file-');
    fs.cpSync(example, dir, { recursive: true });
    const file = path.join(dir, 'institution.yaml');
    fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
    // The labs share ../users.yaml: in the repository its root allows that; here the copy's folder does.
    process.env.RWS_ALLOWED_ROOTS = dir;
    return file;
  }
  afterEach(() => {
    delete process.env.RWS_ALLOWED_ROOTS;
  });

  function errorOf(f: () => unknown): string {
    try {
      f();
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('no error');
  }

  test('a quota exceeded across a tenant\'s labs: one line with file:line:column, field, value and fix', () => {
    const file = withFile((t) => t.replace('quota: { workspaces: 6, vcpus: 24', 'quota: { workspaces: 6, vcpus: 10'));
    const msg = errorOf(() => Institution.fromFile(new App(), 'uni', file));
    expect(msg.split('\n')).toHaveLength(1);
    // Line and column of the quota's value in the file.
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('vcpus: 10')) + 1;
    const column = lines[line - 1].indexOf('vcpus: 10') + 'vcpus: '.length + 1;
    expect(msg.startsWith(`${file}:${line}:${column}: error quota-exceeded: tenants[0].quota.vcpus: tenant "physics" asks for 12 vCPUs`)).toBe(true);
    expect(msg).toContain('(astro 8, particles 4)');
    expect(msg).toContain('(got 10). Fix: raise quota.vcpus to at least 12');
  });

  test('an unknown key, an unknown contact and an account without an organization', () => {
    const unknown = withFile((t) => t.replace('    quota: { workspaces: 4', '    quotas: { workspaces: 4'));
    expect(errorOf(() => Institution.loadDefinition(unknown))).toMatch(/institution\.yaml:\d+:\d+: error unknown-field: tenants\[1\]\.quotas: unknown field "quotas".*did you mean "quota"/);
    const contact = withFile((t) => t.replace('notify: [Rosalind Franklin]', 'notify: [Rosalind]'));
    expect(errorOf(() => Institution.fromFile(new App(), 'uni', contact))).toMatch(
      /institution\.yaml:\d+:\d+: error unknown-contact: tenants\[1\]\.budget\.notify\[0\]: "Rosalind" is not a contact of tenant biology \(got "Rosalind"\)\. Fix: .*Rosalind Franklin/);
    const noOrg = withFile((t) => t.replace(/organization:\n {2}parent_id: r-a1b2\n/, ''));
    expect(errorOf(() => Institution.fromFile(new App(), 'uni', noOrg))).toMatch(/error invalid-institution: tenants\[1\]\.account: an account of its own needs the institution's organization/);
  });
});
