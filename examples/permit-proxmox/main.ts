/**
 * One permit's Proxmox VE environment at a chosen status, synthesized to Terraform.
 *
 *   PERMIT_STATUS=ANALYSIS_ACTIVE PREVIOUS_STATUS=WORKSPACE_SETUP_REVIEW_PENDING EVENT_ID=evt-42 npx cdktf synth
 *   npx ts-node --transpile-only --project ../../test/tsconfig.json main.ts --status permit.ingress.initiated --previous-status AWAITING_INGRESS
 *
 * Writes `cdktf.out/stacks/permit-<id>/cdk.tf.json` and `audit.json` beside it; then
 * `terraform -chdir=cdktf.out/stacks/permit-<id> apply` (with the permit's state) makes it so.
 * Variables: PERMIT_ID (default p-001), PERMIT_STATUS (a status or an event name; default
 * INGRESS_IN_PROGRESS), PREVIOUS_STATUS, EVENT_ID (default "manual"), AUDIT_TIMESTAMP; the
 * same as --permit-id, --status, --previous-status, --event-id, --timestamp, --outdir.
 */
import * as path from 'path';
import { App } from '../../src/constructs/terraform/cdktf';
import { ProxmoxCloudImage, ProxmoxDatacenterFirewall, ProxmoxPermitOptions, ProxmoxPermitStack } from '../../src';
import { examplePermit, PermitExampleOptions, resolvePermitExample, runPermitExample, TerraformPermitExampleResult } from '../permit-common';

/** What to synthesize. */
export type PermitProxmoxExampleOptions = PermitExampleOptions;

/** Result of a synthesis. */
export type PermitProxmoxExampleResult = TerraformPermitExampleResult;

export { examplePermit };

/** The example's Proxmox options: one node, a /24 for the permit, a prepared template VM. */
export const EXAMPLE_PROXMOX_OPTIONS: ProxmoxPermitOptions = {
  cluster: {
    nodes: ['pve1', 'pve2'], diskDatastoreId: 'local-zfs', snippetDatastoreId: 'snippets', dnsServers: ['10.20.0.2'],
    // One stack per permit: the lab's stack (examples/proxmox-lab) keeps the datacenter firewall on.
    datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED_ELSEWHERE,
  },
  nodeName: 'pve1',
  network: { cidr: '10.42.7.0/24', bridge: 'vmbr2', vlanId: 407 },
  // Ubuntu 24.04 cloud image with cloud-init, NFS, openssh-server, xrdp + XFCE and squid (docs/proxmox.md).
  image: ProxmoxCloudImage.fromTemplateVm({ vmId: 9000, diskGiB: 12 }),
  gatewayCidrs: ['10.20.5.0/28'],
  vmIdBase: 4200,
};

/**
 * Synthesizes one permit at one status (in-process, no cdktf CLI) and returns where it went.
 * The main synth script calls this.
 */
export function synthPermitProxmox(options: PermitProxmoxExampleOptions = {}): PermitProxmoxExampleResult {
  const { permitId, status, previousStatus, eventId, timestamp, outdir } = resolvePermitExample(options, 'CDKTF_OUTDIR', path.join(__dirname, 'cdktf.out'));
  const app = new App({ outdir, skipValidation: false });
  const stackName = ProxmoxPermitStack.stackNameOf(permitId);
  const stack = new ProxmoxPermitStack(app, stackName, {
    ...EXAMPLE_PROXMOX_OPTIONS,
    permit: examplePermit(permitId, status, previousStatus, eventId),
    auditTimestamp: timestamp,
    api: { endpoint: 'https://pve1.example.org:8006/' },
  });
  app.synth();
  return { outdir, stackDir: path.join(outdir, 'stacks', stackName), stackName, plan: stack.plan };
}

if (require.main === module) {
  runPermitExample((o) => {
    const r = synthPermitProxmox(o);
    return { ...r, written: r.stackDir };
  });
}
