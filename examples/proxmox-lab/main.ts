/**
 * A research lab on Proxmox VE, synthesized to Terraform.
 *
 *   npx cdktf synth                                   # or:
 *   npx ts-node --transpile-only --project ../../test/tsconfig.json main.ts [--outdir DIR]
 *
 * Writes `cdktf.out/stacks/proxmox-lab/cdk.tf.json`; then
 * `TF_VAR_proxmox_api_token=... terraform -chdir=cdktf.out/stacks/proxmox-lab apply`.
 *
 * The lab: a two-node cluster, two research users, a policy that allows at most proxied
 * egress, the lab's NFS share, and five workspaces: a Python/ML VM, an XFCE desktop with a
 * static address, a GPU VM (through a PCI resource mapping), a Debian VM without internet and
 * a light Rocky Linux container (Podman-ready LXC).
 */
import * as fs from 'fs';
import * as path from 'path';
import { App } from '../../src/constructs/terraform/cdktf';
import {
  EgressMode, ProxmoxDatacenterFirewall, ProxmoxLabStack, ProxmoxWorkspaceKind, UserRegistry, WorkspacePolicy, WorkspaceSize,
} from '../../src';

/** What to synthesize. */
export interface ProxmoxLabExampleOptions {
  /** Output folder. Default: CDKTF_OUTDIR, else `cdktf.out` beside this file. */
  readonly outdir?: string;
}

/** Result of a synthesis. */
export interface ProxmoxLabExampleResult {
  /** The cdktf output folder. */
  readonly outdir: string;
  /** The stack's folder (holds cdk.tf.json). */
  readonly stackDir: string;
  /** Stack name. */
  readonly stackName: string;
  /** Number of workspaces. */
  readonly workspaceCount: number;
}

/** The example lab's stack name. */
export const PROXMOX_LAB_STACK = 'proxmox-lab';

/** The example lab on an app (also used by the tests and the benchmark). */
export function proxmoxLabStack(app: App, workspaces: number | undefined = undefined): ProxmoxLabStack {
  const registry = UserRegistry.fromProps({
    sourceName: 'examples/proxmox-lab',
    groups: [{ name: 'genomics', description: 'Genomics project' }],
    users: [
      { name: 'alice', email: 'alice@example.edu', groups: ['genomics'] },
      { name: 'bob', email: 'bob@example.edu', groups: ['genomics'] },
    ],
  });
  const policy = new WorkspacePolicy({
    name: 'genomics-lab', source: 'examples/proxmox-lab/main.ts', allowedSizes: [WorkspaceSize.S, WorkspaceSize.M, WorkspaceSize.L, WorkspaceSize.GPU_S],
    requiredTags: ['project'], egress: EgressMode.PROXIED, maxWorkspacesPerUser: workspaces === undefined ? 3 : undefined,
  });
  const defined = [
    { name: 'alice-ml', template: 'python-ml', nodeName: 'pve1', owner: 'alice', project: 'genomics', size: WorkspaceSize.M },
    {
      name: 'bob-desktop', template: 'desktop-rdp', nodeName: 'pve2', owner: 'bob', project: 'genomics', size: WorkspaceSize.M,
      address: { address: '10.20.30.41/24', gateway: '10.20.30.1' },
    },
    { name: 'alice-gpu', template: 'gpu-deep-learning', nodeName: 'pve1', owner: 'alice', project: 'genomics', size: WorkspaceSize.GPU_S, diskGiB: 200 },
    // Egress none needs a static address (DHCP is itself a channel out; the IP filter pins the address).
    {
      name: 'bob-offline', template: 'debian-12', nodeName: 'pve2', owner: 'bob', project: 'genomics', size: WorkspaceSize.S, egress: EgressMode.NONE,
      address: { address: '10.20.30.42/24' },
    },
    { name: 'bob-podman', template: 'rocky-9', nodeName: 'pve2', owner: 'bob', project: 'genomics', size: WorkspaceSize.S, kind: ProxmoxWorkspaceKind.CONTAINER },
  ];
  // The benchmark asks for n copies of the first workspace instead.
  const list = workspaces === undefined ? defined
    : Array.from({ length: workspaces }, (_, i) => ({ ...defined[0], name: `ws-${String(i).padStart(4, '0')}`, nodeName: i % 2 ? 'pve2' : 'pve1' }));
  return new ProxmoxLabStack(app, PROXMOX_LAB_STACK, {
    labName: 'genomics',
    cluster: {
      nodes: ['pve1', 'pve2'],
      diskDatastoreId: 'local-zfs',
      snippetDatastoreId: 'snippets',
      imageDatastoreId: 'local',
      bridge: 'vmbr1',
      vlanId: 30,
      dnsServers: ['10.20.30.2'],
      ntpServers: ['10.20.30.3'],
      // Answers the site's own names only (no recursion): the one resolver egress none/proxied may ask.
      internalResolver: '10.20.30.53',
      // This stack keeps the datacenter firewall on (enabled, ebtables, input DROP); other stacks of the cluster say MANAGED_ELSEWHERE.
      datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED,
      // The DHCP server's range: DHCP workspaces may send only from it (the servers above are outside it).
      dhcpPool: ['10.20.30.128/25'],
    },
    registry,
    policy,
    storage: { server: '10.20.30.5', exportPath: '/export/genomics' },
    proxy: { address: '10.20.30.4', port: 3128 },
    accessCidrs: ['10.99.0.0/16'],
    sizeMappings: [{ size: WorkspaceSize.GPU_S, pciMappings: ['nvidia-l4'] }],
    api: { endpoint: 'https://pve1.example.org:8006/' },
    workspaces: list,
  });
}

/**
 * Synthesizes the example lab (in-process, no cdktf CLI) and returns where it went. The main
 * synth script calls this.
 */
export function synthProxmoxLab(options: ProxmoxLabExampleOptions = {}): ProxmoxLabExampleResult {
  const outdir = options.outdir ?? process.env.CDKTF_OUTDIR ?? path.join(__dirname, 'cdktf.out');
  fs.mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir, skipValidation: false });
  const stack = proxmoxLabStack(app);
  app.synth();
  return { outdir, stackDir: path.join(outdir, 'stacks', PROXMOX_LAB_STACK), stackName: PROXMOX_LAB_STACK, workspaceCount: stack.workspaces.length };
}

function parseArgs(argv: string[]): ProxmoxLabExampleOptions {
  let outdir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (flag !== '--outdir') throw new Error(`unknown argument ${argv[i]}: use --outdir DIR`);
    outdir = inline ?? argv[++i];
    if (!outdir) throw new Error('--outdir needs a value');
  }
  return { outdir };
}

if (require.main === module) {
  try {
    const r = synthProxmoxLab(parseArgs(process.argv.slice(2)));
    console.log(`${r.stackName}: ${r.workspaceCount} workspaces -> ${r.stackDir}`);
  } catch (e) {
    console.error(process.env.DEBUG ? e : (e as Error).message);
    process.exit(1);
  }
}
