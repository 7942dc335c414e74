/**
 * What the three permit examples (AWS, Kubernetes, Proxmox VE) share: the example permit, how
 * its status and event are read from options, environment variables or arguments, and the
 * one-line report of a run.
 */
import * as fs from 'fs';
import { DataHolder, PermitLifecycle, PermitPlan, PermitProps, PermitStatus } from '../src';

/** What to synthesize. */
export interface PermitExampleOptions {
  /** Permit id. Default: PERMIT_ID or "p-001". */
  readonly permitId?: string;
  /** Status or event name. Default: PERMIT_STATUS or INGRESS_IN_PROGRESS. */
  readonly status?: string;
  /** Status before the event. Default: PREVIOUS_STATUS, else none. */
  readonly previousStatus?: string;
  /** Triggering event id. Default: EVENT_ID or "manual". */
  readonly eventId?: string;
  /** Audit timestamp. Default: AUDIT_TIMESTAMP, else now. */
  readonly timestamp?: string;
  /** Output folder. Default: the example's environment variable, else its `*.out` folder. */
  readonly outdir?: string;
}

/** Result of a Terraform (Kubernetes or Proxmox VE) permit example's synthesis. */
export interface TerraformPermitExampleResult {
  /** The cdktf output folder. */
  readonly outdir: string;
  /** The stack's folder (holds cdk.tf.json and audit.json). */
  readonly stackDir: string;
  /** Stack name, `permit-<id>`. */
  readonly stackName: string;
  /** The plan that was built. */
  readonly plan: PermitPlan;
}

/** The options with every default applied and the statuses parsed. */
export interface ResolvedPermitExample {
  readonly permitId: string;
  readonly status: PermitStatus;
  readonly previousStatus?: PermitStatus;
  readonly eventId: string;
  readonly timestamp?: string;
  /** The output folder (created). */
  readonly outdir: string;
}

/**
 * Applies the defaults: options first, then PERMIT_ID, PERMIT_STATUS, PREVIOUS_STATUS,
 * EVENT_ID, AUDIT_TIMESTAMP and `outdirVariable` from the environment, then `defaultOutdir`.
 */
export function resolvePermitExample(options: PermitExampleOptions, outdirVariable: string, defaultOutdir: string): ResolvedPermitExample {
  const env = process.env;
  const prevText = options.previousStatus ?? env.PREVIOUS_STATUS;
  const outdir = options.outdir ?? env[outdirVariable] ?? defaultOutdir;
  fs.mkdirSync(outdir, { recursive: true });
  return {
    permitId: options.permitId ?? env.PERMIT_ID ?? 'p-001',
    status: PermitLifecycle.parseStatus(options.status ?? env.PERMIT_STATUS ?? PermitStatus.INGRESS_IN_PROGRESS, 'PERMIT_STATUS'),
    previousStatus: prevText ? PermitLifecycle.parseStatus(prevText, 'PREVIOUS_STATUS') : undefined,
    eventId: options.eventId ?? env.EVENT_ID ?? 'manual',
    timestamp: options.timestamp ?? env.AUDIT_TIMESTAMP,
    outdir,
  };
}

/** The example's data holders; `ipv6: false` leaves out the IPv6 range of registry-b. */
export function exampleDataHolders(ipv6 = true): DataHolder[] {
  return [
    { id: 'hospital-a', allowedCidrs: ['203.0.113.0/24'] },
    { id: 'registry-b', allowedCidrs: ipv6 ? ['198.51.100.16/28', '2001:db8:100::/48'] : ['198.51.100.16/28'] },
  ];
}

/** The example permit: two data holders, two researchers, three HDAB staff members. */
export function examplePermit(
  id: string,
  status: PermitStatus,
  previousStatus?: PermitStatus,
  eventId?: string,
  dataHolders: DataHolder[] = exampleDataHolders(),
): PermitProps {
  return {
    id,
    status,
    previousStatus,
    eventId,
    dataHolders,
    researchers: [{ name: 'alice' }, { name: 'bob' }],
    hdabPreprocessor: { name: 'carol' },
    hdabReviewer: { name: 'dave' },
    setupReviewer: { name: 'erin' },
  };
}

/** Reads `--permit-id`, `--status`, `--previous-status`, `--event-id`, `--timestamp`, `--outdir` (`--flag value` or `--flag=value`). */
export function parsePermitExampleArgs(argv: string[]): PermitExampleOptions {
  const out: Record<string, string> = {};
  const keys: Record<string, string> = {
    '--permit-id': 'permitId', '--status': 'status', '--previous-status': 'previousStatus', '--event-id': 'eventId', '--timestamp': 'timestamp', '--outdir': 'outdir',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const key = keys[flag];
    if (!key) throw new Error(`unknown argument ${argv[i]}: use ${Object.keys(keys).join(', ')}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    out[key] = value;
  }
  return out;
}

/**
 * Runs an example from the command line: synthesizes with the arguments, prints one line
 * (stack, status, workspaces, volumes, where it went) or the error, and exits 1 on failure.
 */
export function runPermitExample(synth: (options: PermitExampleOptions) => { stackName: string; plan: PermitPlan; written: string }): void {
  try {
    const r = synth(parsePermitExampleArgs(process.argv.slice(2)));
    const running = r.plan.workspaces.map((w) => `${w.role} (${w.state})`).join(', ') || 'no workspaces';
    console.log(`${r.stackName}: ${r.plan.status}${r.plan.previousStatus ? ` from ${r.plan.previousStatus}` : ''}, ${running}; ${r.plan.volumes.length} volumes -> ${r.written}`);
  } catch (e) {
    console.error(process.env.DEBUG ? e : (e as Error).message);
    process.exit(1);
  }
}
