import type { LabDefinition } from '../stacks/aws/lab-stack';
import type { KubernetesLabFile } from '../stacks/kubernetes/kubernetes-lab-file';
import type { ProxmoxLabFile } from '../stacks/proxmox/proxmox-lab-file';
import { EgressMode } from '../workspaces/policy';
import { WorkspaceInputError } from '../workspaces/private/error';
import { YamlSource } from '../workspaces/private/yaml-source';
import { Architecture, WorkspaceSize } from '../workspaces/sizes';
import { ResearchGroup, ResearchUser } from '../workspaces/users';
/**
 * A lab file read into one backend-neutral picture: what `rws lab cost`, `rws lab diagram` and
 * the summary of `rws lab synth` show. The AWS file is `LabStack`'s lab.yaml (read by
 * `LabStack.loadDefinition`); the Proxmox file is read by `readProxmoxLabFile`, the Kubernetes
 * file by `readKubernetesLabFile`. The readers (and so aws-cdk-lib and cdktf) are loaded only
 * when a command needs them.
 */
/** Backends a lab file can be for. */
export declare const LAB_BACKENDS: readonly ["aws", "kubernetes", "proxmox"];
export type LabBackend = 'aws' | 'kubernetes' | 'proxmox';
/** How a person reaches a workspace (`kubernetes-api`: `virtctl ssh` and `virtctl port-forward` through the API server). */
export type LabAccess = 'session-manager' | 'web-gateway' | 'ssh' | 'remote-access' | 'kubernetes-api';
/** One workspace, sized and priced. */
export interface LabWorkspaceView {
    readonly name: string;
    /** Template slug. */
    readonly template: string;
    readonly templateName: string;
    /** The template's connection type (ssh, web, dcv, all). */
    readonly connection: string;
    readonly size: WorkspaceSize;
    readonly architecture: Architecture;
    /** The EC2 instance type (on Proxmox and Kubernetes: the equivalent type, for the price). */
    readonly instanceType: string;
    readonly vcpus: number;
    readonly memoryMiB: number;
    readonly gpus: number;
    /** On-demand USD per hour, when known. */
    readonly hourlyCost?: number;
    /** Where the price came from. */
    readonly costSource: string;
    readonly owner?: string;
    readonly project?: string;
    /** Registry users with an account: a list, or every user of the registry. */
    readonly accounts: string[] | 'all';
    /** How people reach it. */
    readonly access: LabAccess[];
    /** Template services published behind the web gateway. */
    readonly webServices: string[];
    /** Internet access. */
    readonly egress: EgressMode;
    readonly spot: boolean;
    readonly hibernation: boolean;
    /** Minutes of idleness after which it stops itself (undefined: idle stop off). */
    readonly idleStopMinutes?: number;
    /** Whether it mounts the lab's shared storage. */
    readonly sharedStorage: boolean;
    /** Proxmox node. */
    readonly node?: string;
    /** Proxmox kind: vm or lxc. */
    readonly kind?: string;
    /** Root disk in GiB (Kubernetes). */
    readonly diskGiB?: number;
    /** Whether it runs (Kubernetes: `started`). */
    readonly started?: boolean;
}
/** The lab's network. */
export interface LabNetworkView {
    /** `vpc` (AWS), `proxmox` or `kubernetes` (the lab's namespace). */
    readonly kind: 'vpc' | 'proxmox' | 'kubernetes';
    /** One-line description. */
    readonly summary: string;
    /** Further lines (endpoints, DNS, proxy, ...). */
    readonly details: string[];
    /** How the egress works, one line. */
    readonly egressPath: string;
    /** AWS VPC endpoints (interface and gateway). */
    readonly endpoints: string[];
    /** Networks allowed in (SSH on AWS and Kubernetes, SSH/remote desktop on Proxmox). */
    readonly accessCidrs: string[];
    /** The lab's package proxy, when it runs one (Kubernetes: squid in the namespace): lines of text. */
    readonly proxy?: string[];
}
/** The lab's shared storage. */
export interface LabStorageView {
    /** `efs` or `nfs`. */
    readonly kind: 'efs' | 'nfs';
    /** One-line description. */
    readonly summary: string;
    readonly mountPoint: string;
    readonly homes: string;
    readonly projects: string;
    readonly scratch: string;
}
/** One notebook app (a user profile's default app, or a shared space), priced. */
export interface LabNotebookView {
    /** `profile` (one per user) or `space` (a shared project space). */
    readonly kind: 'profile' | 'space';
    /** User profile (registry user) or space name. */
    readonly name: string;
    /** Who is charged: the user, or the space's owner. */
    readonly owner: string;
    /** Project of a space. */
    readonly project?: string;
    readonly instanceType: string;
    /** On-demand USD per hour, when known. */
    readonly hourlyCost?: number;
    /** Minutes of idleness after which SageMaker shuts the app down. */
    readonly idleStopMinutes: number;
}
/** A lab, backend-neutral. */
export interface LabView {
    readonly backend: LabBackend;
    /** The lab file, as given. */
    readonly file: string;
    readonly name: string;
    readonly region?: string;
    /** The lab's namespace (Kubernetes). */
    readonly namespace?: string;
    /** The lab's egress mode (on Proxmox and Kubernetes: the default of its workspaces). */
    readonly egress: EgressMode;
    /** Domains a proxied workspace may reach. */
    readonly egressAllowedDomains: string[];
    readonly policyName?: string;
    readonly policyFile?: string;
    readonly registryFile?: string;
    readonly users: ResearchUser[];
    readonly groups: ResearchGroup[];
    readonly workspaces: LabWorkspaceView[];
    readonly network: LabNetworkView;
    readonly storage?: LabStorageView;
    /** The web gateway (AWS). */
    readonly web?: {
        readonly domain: string;
        readonly issuer: string;
        readonly allowedCidrs: string[];
    };
    /** The price table used. */
    readonly prices: {
        readonly description: string;
        readonly region: string;
        readonly date: string;
    };
    /** SageMaker Studio apps (AWS), one per user profile and shared space. */
    readonly notebooks?: LabNotebookView[];
    /** What the lab's Slurm cluster (AWS, `slurm:`) costs, one line for `rws lab cost`. */
    readonly slurmNote?: string;
    /** Things the synthesis would refuse or that look wrong (owners not in the registry, ...). */
    readonly warnings: string[];
}
/** A loaded lab: the view and what the synthesis needs. */
export interface LoadedLab {
    readonly view: LabView;
    /** The AWS definition (LabStack). */
    readonly definition?: LabDefinition;
    /** The Proxmox file (ProxmoxLabStack). */
    readonly proxmox?: ProxmoxLabFile;
    /** The Kubernetes file (KubernetesLabStack). */
    readonly kubernetes?: KubernetesLabFile;
    /** The parsed lab file. */
    readonly source: YamlSource;
}
/**
 * The backend of a lab file: `--backend` when given, else the backend whose section the file has
 * (`kubernetes:`; `proxmox:`, or `cluster:` in lab files written before the sections; `aws:`),
 * else `aws`. A backend that does not fit the file is an error that says so.
 */
export declare function labBackend(file: string, given: string | undefined, commandName: string): {
    backend: LabBackend;
    source: YamlSource;
};
/** Reads a lab file of any backend. */
export declare function loadLab(file: string, backend: LabBackend, source: YamlSource): Promise<LoadedLab>;
/** Points a lab stack's problems (which name definition fields) at lines of the lab file. */
export declare function locateLabError(e: WorkspaceInputError, lab: LoadedLab): WorkspaceInputError;
