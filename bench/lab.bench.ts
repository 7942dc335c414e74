/**
 * Lab synthesis benchmark: labs of 10, 100 and 1,000 workspaces with 1,000 research users,
 * synthesized with aws-cdk-lib's built-in CloudFormation validation on and off, against the
 * same number of bare `ec2.Instance` + `ec2.LaunchTemplate` constructs synthesized in the
 * same process (spread over stacks of 100 instances, as CloudFormation's 500-resource limit
 * requires). Times include building the construct tree: what `cdk synth` does.
 *
 * The built-in validation is turned off with `new App({ builtinCloudFormationValidation: false })`
 * (the same as `cdk synth --no-validation` or CDK_VALIDATION=false).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { LabStack, LabWorkspaceDefinition, TemplateCatalog, UserRegistry, WorkspaceSize } from '../src';
import { BenchTable, fmt, measure } from './harness';

const USERS = 1000;

function key(i: number): string {
  const str = (b: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
  };
  const k = crypto.createHash('sha256').update(`bench-${i}`).digest();
  return `ssh-ed25519 ${Buffer.concat([str(Buffer.from('ssh-ed25519')), str(k)]).toString('base64')} u${i}@bench`;
}

function registry(): UserRegistry {
  const groups = Array.from({ length: 10 }, (_, i) => ({ name: `group${i}` }));
  const users = Array.from({ length: USERS }, (_, i) => ({ name: `u${String(i).padStart(4, '0')}`, groups: [`group${i % 10}`], sshKeys: [key(i)] }));
  return UserRegistry.fromProps({ users, groups, userIdRange: { min: 10000, max: 19999 }, groupIdRange: { min: 20000, max: 20100 } });
}

function workspaces(n: number): LabWorkspaceDefinition[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `ws${String(i).padStart(4, '0')}`, template: i % 2 ? 'jupyter-lab' : 'ubuntu-24-04', owner: `u${String(i % USERS).padStart(4, '0')}`,
    project: `group${i % 10}`, size: WorkspaceSize.S,
  }));
}

/**
 * Both sides synthesize without creation stack traces (what LabStack does for its own subtree
 * and the CLI for its apps; CDK_DEBUG=true brings them back): the same setting on both sides.
 */
const CONTEXT = { 'aws:cdk:disable-creation-stack-traces': true };

function labApp(outdir: string, n: number, validation: boolean, users: UserRegistry, catalog: TemplateCatalog): App {
  const app = new App({ outdir, builtinCloudFormationValidation: validation, context: CONTEXT });
  new LabStack(app, 'BenchLab', { definition: { name: 'bench-lab', region: 'us-east-1', registry: users, catalog, workspaces: workspaces(n) } });
  return app;
}

function baselineApp(outdir: string, n: number, validation: boolean): App {
  const app = new App({ outdir, builtinCloudFormationValidation: validation, context: CONTEXT });
  // The imported VPC names its zone; the validator's advice about that is noise here.
  Validations.of(app).acknowledge({ id: 'CloudFormation-Validate::W3010', reason: 'benchmark baseline with an imported VPC' });
  const perStack = 100;
  const image = ec2.MachineImage.fromSsmParameter('/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id');
  for (let s = 0; s * perStack < n; s++) {
    const stack = new Stack(app, `Baseline${s}`, { env: { region: 'us-east-1' } });
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-0123456789abcdef0', availabilityZones: ['us-east-1a'], privateSubnetIds: ['subnet-0123456789abcdef0'] });
    const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0');
    const role = iam.Role.fromRoleName(stack, 'Role', 'workspace-role');
    for (let i = s * perStack; i < Math.min(n, (s + 1) * perStack); i++) {
      new ec2.LaunchTemplate(stack, `Lt${i}`, { requireImdsv2: true, machineImage: image, instanceType: new ec2.InstanceType('t3.medium') });
      new ec2.Instance(stack, `Instance${i}`, {
        vpc, securityGroup: sg, role, instanceType: new ec2.InstanceType('t3.medium'), machineImage: image, requireImdsv2: true,
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
        blockDevices: [{ deviceName: '/dev/sda1', volume: ec2.BlockDeviceVolume.ebs(30, { encrypted: true, volumeType: ec2.EbsDeviceVolumeType.GP3 }) }],
      });
    }
  }
  return app;
}

function synthIn(build: (outdir: string) => App): { ms: number; cpuMs: number; peakHeapMiB: number; stacks: number } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-bench-'));
  let stacks = 0;
  try {
    const m = measure(() => {
      const asm = build(outdir).synth();
      stacks = fs.readdirSync(asm.directory).filter((f) => f.endsWith('.template.json')).length;
    });
    return { ...m, stacks };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchTable[]> {
  const users = registry();
  const catalog = TemplateCatalog.bundled();
  // Warm-up: module loading and the validator's engine are not part of any row.
  synthIn((o) => labApp(o, 2, true, users, catalog));
  synthIn((o) => baselineApp(o, 2, true));
  const sizes = (process.env.RWS_BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
  const rows: Array<Array<string | number>> = [];
  for (const n of sizes) {
    for (const validation of [true, false]) {
      const ours = synthIn((o) => labApp(o, n, validation, users, catalog));
      const base = synthIn((o) => baselineApp(o, n, validation));
      rows.push([
        n, validation ? 'on' : 'off', ours.stacks, fmt.ms(ours.ms), fmt.ms(ours.cpuMs), fmt.mib(ours.peakHeapMiB),
        base.stacks, fmt.ms(base.ms), fmt.ms(base.cpuMs), fmt.mib(base.peakHeapMiB),
        fmt.ratio(ours.ms / base.ms), fmt.ratio(ours.cpuMs / base.cpuMs),
      ]);
    }
  }
  return [{
    title: `Lab synthesis (${USERS} research users; construct tree + synth, one run each)`,
    headers: [
      'workspaces', 'built-in validation', 'lab stacks', 'lab ms', 'lab CPU ms', 'lab peak heap MiB',
      'baseline stacks', 'baseline ms', 'baseline CPU ms', 'baseline peak heap MiB', 'ratio (wall)', 'ratio (CPU)',
    ],
    rows,
    notes: [
      'Baseline: the same number of bare ec2.Instance + ec2.LaunchTemplate (IMDSv2, encrypted gp3 root), 100 per stack.',
      'A lab workspace here is 12 resources (role, 3 managed policies, instance profile, secret, launch template, instance, alarm, 3 SSM parameters),',
      'a generated 12-13 KB user-data, tags and outputs; the lab adds the VPC, endpoints, EFS, 1,010 access points, registry and boundary.',
      'Built-in validation: aws-cdk-lib 2.276\'s CloudFormation validation plugin; off = new App({ builtinCloudFormationValidation: false }).',
      'It validates top-level templates only: the lab\'s nested workspace stacks are not validated by it, the baseline\'s stacks all are.',
      'Peak heap is the growth of the V8 heap sampled every 5 ms while synthesizing (run with --expose-gc).',
      'CPU ms: user + system time of the process during the case (every thread, garbage collection included); on a shared machine the CPU ratio is the steadier one.',
      'Creation stack traces are off on both sides (LabStack turns them off for its subtree; the baseline App sets the same context).',
    ],
  }];
}
