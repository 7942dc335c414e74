import { TerraformOutput, TerraformStack } from './cdktf';
import { PermitPlan } from '../../workspaces/permit';
import type { KubernetesPermitConnection } from '../kubernetes/kubernetes-permit-workspace';
import type { ProxmoxPermitConnection } from '../proxmox/proxmox-permit-environment';

/** One account's connection, as either Terraform backend describes it. */
export type PermitTerraformConnection = KubernetesPermitConnection | ProxmoxPermitConnection;

/**
 * The outputs every Terraform permit stack has: `permit_status`, `workspace_status`,
 * `workspaces` (connection details without passwords, per role), `connections` (sensitive,
 * passwords included) and, while the airlock exists, `airlock_host_key_fingerprint`.
 * `extra` runs after `workspace_status`, so backend-specific outputs keep their place.
 */
export function addPermitConnectionOutputs(
  stack: TerraformStack,
  plan: PermitPlan,
  connections: readonly PermitTerraformConnection[],
  airlockHostKeyFingerprint: string | undefined,
  extra?: () => void,
): void {
  new TerraformOutput(stack, 'permit_status', { value: plan.status, description: 'Status this configuration was built for' });
  new TerraformOutput(stack, 'workspace_status', {
    value: Object.fromEntries(plan.workspaces.map((w) => [w.role, w.state])),
    description: 'Each workspace of this phase: running or stopped',
  });
  extra?.();
  const byRole = new Map<string, { protocol: string; host: string; port: number; state: string; usernames: string[] }>();
  for (const c of connections) {
    const entry = byRole.get(c.workspace) ?? { protocol: c.protocol, host: c.host, port: c.port, state: c.state, usernames: [] };
    entry.usernames.push(c.username);
    byRole.set(c.workspace, entry);
  }
  new TerraformOutput(stack, 'workspaces', { value: Object.fromEntries(byRole), description: 'Connection details without passwords, per workspace' });
  new TerraformOutput(stack, 'connections', {
    value: connections.map((c) => ({
      workspace: c.workspace, state: c.state, protocol: c.protocol, host: c.host, port: c.port, username: c.username, password: c.password,
    })),
    sensitive: true,
    description: 'What the Guacamole gateway (or a data holder) needs per account, passwords included',
  });
  if (airlockHostKeyFingerprint) {
    new TerraformOutput(stack, 'airlock_host_key_fingerprint', { value: airlockHostKeyFingerprint, description: 'SHA-256 fingerprint of the airlock\'s SSH host key' });
  }
}
