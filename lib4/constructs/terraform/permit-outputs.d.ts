import { TerraformStack } from './cdktf';
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
export declare function addPermitConnectionOutputs(stack: TerraformStack, plan: PermitPlan, connections: readonly PermitTerraformConnection[], airlockHostKeyFingerprint: string | undefined, extra?: () => void): void;
