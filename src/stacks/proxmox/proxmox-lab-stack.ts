import { Construct } from 'constructs';
import { readProxmoxLabFile } from './proxmox-lab-file';
import { VirtualEnvironmentPool } from '../../constructs/proxmox/generated/virtual-environment-pool.generated';
import { proxmoxProviderWithVariables } from '../../constructs/proxmox/private/support';
import {
  ProxmoxApiSettings, ProxmoxCloudImage, ProxmoxClusterSettings, ProxmoxEndpoint, ProxmoxSizeMapping, ProxmoxStaticAddress,
} from '../../constructs/proxmox/proxmox-cluster';
import { ProxmoxWorkspace, ProxmoxWorkspaceKind } from '../../constructs/proxmox/proxmox-workspace';
import { TerraformOutput, TerraformStack } from '../../constructs/terraform/cdktf';
import { addTerraformEgressAudit } from '../../constructs/terraform/egress-audit-hooks';
import { perOwnerLimitProblems } from '../../constructs/terraform/lab-checks';
import { prepareStackTokens, renderStackTokens } from '../../constructs/terraform/prepare';
import { applyStateBackend } from '../../constructs/terraform/state-backend';
import { pauseTokenTraces } from '../../constructs/terraform/token-traces';
import { checkKnownProps } from '../../private/known-props';
import { TemplateCatalog } from '../../workspaces/catalog';
import { Diagnostic } from '../../workspaces/errors';
import { EgressMode, WorkspacePolicy } from '../../workspaces/policy';
import { problem, WorkspaceInputError } from '../../workspaces/private/error';
import { WorkspaceSize } from '../../workspaces/sizes';
import { DeveloperOptions, NfsStorageProps, StorageLayout, StorageSource } from '../../workspaces/userdata';
import { UserRegistry } from '../../workspaces/users';
import { TerraformStateBackend } from '../terraform/terraform-state-backend';

/**
 * One workspace of a Proxmox lab.
 */
export interface ProxmoxLabWorkspace {
  /** Workspace name (VM name and host name; also the construct id). */
  readonly name: string;
  /** Template slug (or name) in the lab's catalog. */
  readonly template: string;
  /**
   * Template parameters.
   * @default - the template's defaults
   */
  readonly parameters?: { [name: string]: string };
  /** Node it runs on. */
  readonly nodeName: string;
  /**
   * Size.
   * @default - the template's default size
   */
  readonly size?: WorkspaceSize;
  /**
   * Owner (a registry user).
   * @default - the template's first user, else the first registry user
   */
  readonly owner?: string;
  /**
   * Registry users with an account.
   * @default - every user of the registry
   */
  readonly users?: string[];
  /**
   * Project tag.
   * @default - none
   */
  readonly project?: string;
  /**
   * VM or container.
   * @default ProxmoxWorkspaceKind.VIRTUAL_MACHINE
   */
  readonly kind?: ProxmoxWorkspaceKind;
  /**
   * Boot disk in GiB.
   * @default - the template's, at least the image's
   */
  readonly diskGiB?: number;
  /**
   * Boot disk source.
   * @default - the official cloud image of the template's base
   */
  readonly image?: ProxmoxCloudImage;
  /**
   * Static address.
   * @default - DHCP
   */
  readonly address?: ProxmoxStaticAddress;
  /**
   * VM id.
   * @default - the next free id
   */
  readonly vmId?: number;
  /**
   * Egress mode (at most the policy's).
   * @default - the policy's egress mode
   */
  readonly egress?: EgressMode;
  /**
   * Whether it runs.
   * @default true
   */
  readonly started?: boolean;
  /**
   * Further tags.
   * @default - none
   */
  readonly tags?: { [key: string]: string };
  /**
   * Developer conveniences for the owner.
   * @default - none
   */
  readonly developer?: DeveloperOptions;
}

/**
 * A lab on Proxmox VE: its cluster, templates, users, policy and workspaces.
 */
export interface ProxmoxLabStackProps {
  /**
   * Where Terraform keeps this stack's state (it holds the generated passwords and keys).
   * @default - a local state file, with a warning at synthesis
   */
  readonly stateBackend?: TerraformStateBackend;
  /** Lab name: the pool id (letters, digits, `-`, `_`) and the `lab-<name>` tag. */
  readonly labName: string;
  /** The cluster: nodes, datastores (the storage pools of the workspaces' disks, snippets and images), network. */
  readonly cluster: ProxmoxClusterSettings;
  /** The workspaces. */
  readonly workspaces: ProxmoxLabWorkspace[];
  /**
   * Template catalog.
   * @default TemplateCatalog.bundled()
   */
  readonly catalog?: TemplateCatalog;
  /**
   * The lab's research users.
   * @default - no research users
   */
  readonly registry?: UserRegistry;
  /**
   * The lab's policy; every workspace is checked against it and takes its egress mode.
   * @default - no policy (open egress)
   */
  readonly policy?: WorkspacePolicy;
  /**
   * The lab's NFS share (homes, project folders, scratch) mounted on every VM.
   * @default - no shared storage
   */
  readonly storage?: NfsStorageProps;
  /**
   * Permission strategy of the share.
   * @default StorageLayout.USER_SUBDIRECTORIES
   */
  readonly storageLayout?: StorageLayout;
  /**
   * The HTTP proxy of `proxied` egress.
   * @default - none (required when a workspace's egress is proxied)
   */
  readonly proxy?: ProxmoxEndpoint;
  /**
   * Further destinations allowed with egress none or proxied.
   * @default - none
   */
  readonly allowedEndpoints?: ProxmoxEndpoint[];
  /**
   * Networks that may reach SSH and remote-desktop ports.
   * @default - none
   */
  readonly accessCidrs?: string[];
  /**
   * Proxmox resources per size (GPU sizes need one).
   * @default - CPU sizes with their vCPUs and memory
   */
  readonly sizeMappings?: ProxmoxSizeMapping[];
  /**
   * How Terraform reaches the API.
   * @default - endpoint and token from PROXMOX_VE_ENDPOINT / PROXMOX_VE_API_TOKEN, SSH as root
   */
  readonly api?: ProxmoxApiSettings;
}

/**
 * A lab's Terraform stack on Proxmox VE: the bpg/proxmox provider (configured by variables),
 * a resource pool named after the lab, and one `ProxmoxWorkspace` per workspace of the lab
 * definition, each checked against the lab's policy (also the per-user limit) with every
 * problem of every workspace reported in one error.
 *
 * Outputs: `workspaces` (name -> node, kind, template, size, egress, VM id).
 *
 * @example
 * new ProxmoxLabStack(app, 'genomics-lab', {
 *   labName: 'genomics', cluster: { nodes: ['pve1', 'pve2'] }, registry, policy,
 *   workspaces: [{ name: 'alice-ml', template: 'python-ml', nodeName: 'pve1', owner: 'alice' }],
 * });
 */
export class ProxmoxLabStack extends TerraformStack {
  /**
   * The lab stack of a Proxmox VE lab file (YAML with `cluster:`), read with every problem
   * reported at once (file, line, column, field, value and fix); paths in it are relative to
   * the file. `rws lab synth` reads the same file.
   * @param scope the app
   * @param id the stack name
   * @param file path of the lab file
   */
  public static fromFile(scope: Construct, id: string, file: string): ProxmoxLabStack {
    return new ProxmoxLabStack(scope, id, readProxmoxLabFile(file).props);
  }

  /** The lab's pool. */
  public readonly poolId: string;
  /** The workspaces, in the order of the lab definition. */
  public readonly workspaces: ProxmoxWorkspace[];

  constructor(scope: Construct, id: string, props: ProxmoxLabStackProps) {
    super(scope, id);
    // cdktf's token stack traces are not formatted while the kit builds the stack (token-traces.ts).
    const traces = pauseTokenTraces();
    try {
      checkKnownProps(this, 'ProxmoxLabStackProps', props);
      applyStateBackend(this, props.stateBackend);
      addTerraformEgressAudit(this, 'proxmox');
      const errors: Diagnostic[] = [];
      const location = { file: `construct ${this.node.path}` };
      if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/.test(props.labName)) {
        errors.push(problem({
          code: 'invalid-name',
          field: 'labName',
          message: 'the lab name is the pool id: letters, digits, "-" and "_", at most 63',
          value: props.labName,
          fix: 'use e.g. "genomics-lab"',
          location,
        }));
      }
      const names = new Set<string>();
      props.workspaces.forEach((w, i) => {
        if (names.has(w.name)) errors.push(problem({ code: 'duplicate-name', field: `workspaces[${i}].name`, message: 'workspace listed twice', value: w.name, fix: 'give each workspace its own name', location }));
        names.add(w.name);
      });
      if (errors.length) throw new WorkspaceInputError(errors);

      proxmoxProviderWithVariables(this, props.api ?? {});
      const pool = new VirtualEnvironmentPool(this, 'Pool', { poolId: props.labName, comment: `Research lab ${props.labName} (cdk-research-workspaces)` });
      this.poolId = props.labName;
      const catalog = props.catalog ?? TemplateCatalog.bundled();
      const workspaces: ProxmoxWorkspace[] = [];
      props.workspaces.forEach((w, i) => {
        try {
          const template = catalog.resolve(w.template, w.parameters);
          workspaces.push(new ProxmoxWorkspace(this, w.name, {
            template,
            cluster: props.cluster,
            nodeName: w.nodeName,
            workspaceName: w.name,
            kind: w.kind,
            labName: props.labName,
            poolId: pool.poolId,
            size: w.size,
            sizeMappings: props.sizeMappings,
            diskGiB: w.diskGiB,
            image: w.image,
            vmId: w.vmId,
            address: w.address,
            registry: props.registry,
            users: w.users,
            owner: w.owner,
            project: w.project,
            developer: w.developer,
            storage: props.storage && (w.kind ?? ProxmoxWorkspaceKind.VIRTUAL_MACHINE) === ProxmoxWorkspaceKind.VIRTUAL_MACHINE
              ? { source: StorageSource.nfs(props.storage), layout: props.storageLayout } : undefined,
            policy: props.policy,
            egress: w.egress,
            proxy: props.proxy,
            allowedEndpoints: props.allowedEndpoints,
            accessCidrs: props.accessCidrs,
            tags: w.tags,
            started: w.started,
          }));
        } catch (e) {
          if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
          for (const d of e.diagnostics) errors.push({ ...d, field: `workspaces[${i}] (${w.name})${d.field ? `.${d.field}` : ''}`, location: d.location ?? location });
        }
      });
      errors.push(...perOwnerLimitProblems(props.policy, props.workspaces, location));
      if (errors.length) {
        throw new WorkspaceInputError(errors, errors.length > 1 ? `${this.node.path}: ${errors.length} problems in the lab ${props.labName}` : undefined);
      }
      this.workspaces = workspaces;

      new TerraformOutput(this, 'workspaces', {
        description: 'Workspaces of the lab: node, kind, template, size, egress and VM id',
        value: Object.fromEntries(workspaces.map((w) => [w.workspaceName, {
          node: w.nodeName, kind: w.kind, template: w.template.slug, size: w.size, egress: w.egress, vm_id: w.vmId, started: w.started,
        }])),
      });
    } finally {
      traces.resume();
    }
  }

  /**
   * cdktf's preparing pass before synthesis, resolving only the parts of the stack's
   * configuration that may hold tokens (the same effects, such as cross-stack references, for
   * a fraction of the time).
   */
  public prepareStack(): void {
    prepareStackTokens(this);
  }

  /**
   * The stack's Terraform JSON as cdktf renders it, with only the parts that may hold tokens
   * resolved (the same JSON for a fraction of the time).
   */
  public toTerraform(): any {
    return renderStackTokens(this);
  }
}
