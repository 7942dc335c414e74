/**
 * The CloudWatch agent on the workspaces of a monitored lab (`monitoring:`), from the
 * synthesized templates: the role may publish into the agent's namespace only (no managed
 * CloudWatchAgentServerPolicy), a lab without internet of its own gets the `monitoring` VPC
 * endpoint (limited to the lab's account, its name let through the DNS Firewall) and the S3
 * endpoint admits the agent's package bucket; a lab with open egress gets no endpoint; a lab
 * without monitoring gets nothing of it. The disk alarm's threshold comes from the lab file.
 * cdk-nag (three packs) and the perimeter check stay clean.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { flat, perimeterProblems } from './perimeter-check';
import { EgressMode, LabDefinition, LabStack, UserRegistry, WorkspaceSize } from '../../src';
import { ed25519 } from '../helpers/keys';
import { formatFindings, nagFindings } from '../helpers/nag';
import { cleanTempDirs, synthTemplates, tempDir } from '../helpers/synth';

const registry = UserRegistry.fromProps({ users: [{ name: 'alice', groups: ['lab'], sshKeys: [ed25519('alice')] }], groups: [{ name: 'lab' }] });

function lab(egress: EgressMode, extra: Partial<LabDefinition> = {}): { lab: LabStack; t: any } {
  const app = new App({ outdir: tempDir('rws-cwagent-') });
  const stack = new LabStack(app, 'Lab', {
    definition: {
      name: 'metrics',
      region: 'eu-west-1',
      egress,
      registry,
      workspaces: [{ name: 'alice-ws', template: 'amazon-linux-2023', owner: 'alice', size: WorkspaceSize.S }],
      monitoring: { emails: ['pi@example.edu'] },
      // The workspace in the lab's own template (no nested stacks), to read it in one place.
      workspaceStackCount: 0,
      ...extra,
    },
  });
  const templates = synthTemplates(app);
  return { lab: stack, t: templates.find((x) => x.name === 'Lab')!.template };
}

const ofType = (t: any, type: string) => Object.entries<any>(t.Resources).filter(([, r]) => r.Type === type);

afterAll(cleanTempDirs);

describe('the CloudWatch agent of a monitored lab', () => {
  let none: { lab: LabStack; t: any };
  beforeAll(() => {
    none = lab(EgressMode.NONE);
  });

  test('the role publishes into CWAgent only: one statement with the namespace condition, no managed agent policy', () => {
    const t = none.t;
    const agent = ofType(t, 'AWS::IAM::ManagedPolicy').filter(([, r]) => JSON.stringify(r.Properties.PolicyDocument).includes('cloudwatch:PutMetricData')
      && r.Properties.Roles);
    expect(agent).toHaveLength(1);
    expect(agent[0][1].Properties.PolicyDocument.Statement).toEqual([{
      Sid: 'PublishAgentMetrics', Effect: 'Allow', Action: 'cloudwatch:PutMetricData', Resource: '*', Condition: { StringEquals: { 'cloudwatch:namespace': 'CWAgent' } },
    }]);
    expect(JSON.stringify(t)).not.toContain('CloudWatchAgentServerPolicy');
    const w = none.lab.workspace('alice-ws');
    expect(w.cloudWatchAgent).toBe(true);
    expect(w.userData.cloudWatchAgentDiskPaths).toEqual(['/']);
    // The alarm on the agent's metric, 90% by default.
    const [, alarm] = ofType(t, 'AWS::CloudWatch::Alarm').find(([, r]) => r.Properties.MetricName === 'disk_used_percent')!;
    expect(alarm.Properties).toMatchObject({ Namespace: 'CWAgent', Threshold: 90, Dimensions: [{ Name: 'InstanceId', Value: { Ref: expect.any(String) } }, { Name: 'path', Value: '/' }] });
  });

  test('egress none: the monitoring endpoint (lab account only, private DNS), its name through the DNS Firewall, the package bucket through the S3 endpoint', () => {
    const t = none.t;
    const eps = ofType(t, 'AWS::EC2::VPCEndpoint');
    const monitoring = eps.find(([, r]) => flat(r.Properties.ServiceName).endsWith('.monitoring'));
    expect(monitoring).toBeDefined();
    expect(monitoring![1].Properties).toMatchObject({ VpcEndpointType: 'Interface', PrivateDnsEnabled: true });
    expect(monitoring![1].Properties.PolicyDocument.Statement.map((s: any) => s.Sid)).toEqual(['LabPrincipalsToLabResources']);
    const domains = ofType(t, 'AWS::Route53Resolver::FirewallDomainList').flatMap(([, r]) => r.Properties.Domains ?? []).map(flat);
    expect(domains).toContain('monitoring.eu-west-1.amazonaws.com');
    const s3 = eps.find(([, r]) => r.Properties.VpcEndpointType === 'Gateway')![1];
    const owned = s3.Properties.PolicyDocument.Statement.find((s: any) => s.Sid === 'ReadAwsOwnedPackageAndAgentBuckets');
    expect([].concat(owned.Resource).map(flat)).toContain('arn:<AWS::Partition>:s3:::amazoncloudwatch-agent-<AWS::Region>/*');
    expect(perimeterProblems([t], 'none')).toEqual([]);
  });

  test('cdk-nag (AwsSolutions, HIPAA Security, NIST 800-53 R5): the agent adds no unacknowledged finding', () => {
    expect(formatFindings(nagFindings(none.lab))).toBe('');
  });

  test('egress open: no monitoring endpoint (CloudWatch through the NAT gateway), the agent all the same; egress proxied: the endpoint (the agent does not use the proxy)', () => {
    const monitoringEndpoints = (t: any) => ofType(t, 'AWS::EC2::VPCEndpoint').filter(([, r]) => flat(r.Properties.ServiceName).endsWith('.monitoring'));
    const { lab: open, t } = lab(EgressMode.OPEN);
    expect(monitoringEndpoints(t)).toEqual([]);
    expect(open.workspace('alice-ws').cloudWatchAgent).toBe(true);
    expect(monitoringEndpoints(lab(EgressMode.PROXIED).t)).toHaveLength(1);
  });

  test('a lab without monitoring: no agent, no permission, no endpoint, no disk alarm; the disk metric cannot be asked for', () => {
    const { lab: plain, t } = lab(EgressMode.NONE, { monitoring: undefined });
    const w = plain.workspace('alice-ws');
    expect(w.cloudWatchAgent).toBe(false);
    expect(w.userData.cloudWatchAgentDiskPaths).toEqual([]);
    expect(JSON.stringify(t)).not.toContain('cloudwatch:namespace');
    expect(JSON.stringify(t)).not.toContain('disk_used_percent');
    expect(ofType(t, 'AWS::EC2::VPCEndpoint').filter(([, r]) => flat(r.Properties.ServiceName).endsWith('.monitoring'))).toEqual([]);
    expect(() => w.metricDiskUsedPercent()).toThrow(/Lab\/alice-ws: the CloudWatch agent is not on this workspace, so nothing publishes its disk use. Fix: create it with cloudWatchAgent: true/);
    expect(() => none.lab.workspace('alice-ws').metricDiskUsedPercent('/data')).toThrow(/does not watch "\/data" \(it watches \/\). Fix: use one of those/);
  });

  test('the lab file\'s monitoring.disk_full_percent sets the threshold; a percentage out of range is refused', () => {
    const dir = tempDir('rws-cwagent-file-');
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, 'name: metrics\nregion: eu-west-1\nmonitoring: { disk_full_percent: 80 }\nworkspaces: []\n');
    expect(LabStack.loadDefinition(file).monitoring).toEqual({ diskFullPercent: 80 });
    const { t } = lab(EgressMode.OPEN, { monitoring: { diskFullPercent: 80 } });
    const [, alarm] = ofType(t, 'AWS::CloudWatch::Alarm').find(([, r]) => r.Properties.MetricName === 'disk_used_percent')!;
    expect(alarm.Properties.Threshold).toBe(80);
    expect(() => lab(EgressMode.OPEN, { monitoring: { diskFullPercent: 120 } })).toThrow(/Lab\/Monitoring: diskFullPercent must be a percentage above 0 and at most 100 \(got 120\). Fix: use e.g. 90/);
  });
});
