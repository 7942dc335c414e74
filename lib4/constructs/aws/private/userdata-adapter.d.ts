import * as iam from 'aws-cdk-lib/aws-iam';
import { IConstruct } from 'constructs';
import { ResolvedTemplate } from '../../../workspaces/catalog';
import { EgressMode, WorkspacePolicy } from '../../../workspaces/policy';
import { CloudWatchAgentOptions, DeveloperOptions, ProvisioningPhase, WorkspaceUserData } from '../../../workspaces/userdata';
import { UserRegistry } from '../../../workspaces/users';
/** The registry as published: the file, its hash and the gzip. */
export interface PublishedRegistry {
    /** The registry file rws-sync-users reads. */
    readonly content: string;
    /** SHA-256 of `content`, hex. */
    readonly sha256: string;
    /** gzip of the content. */
    readonly gzip: Buffer;
    /** base64 of the gzip. */
    readonly gzipBase64: string;
    /** Number of users. */
    readonly userCount: number;
}
/** The registry file of every user and group, as the user-data's sync script reads it. */
export declare function publishedRegistry(registry: UserRegistry): PublishedRegistry;
/** Splits text into pieces of at most `size` characters. */
export declare function chunk(text: string, size: number): string[];
/** The standalone, idempotent user sync script (bash) of the user-data generator. */
export declare function syncUsersScript(): string;
/**
 * More user-data parts for a workspace, keyed by the props object it is created with: how a
 * construct of this library (AirlockWorkspace) adds boot pieces to the ResearchWorkspace it
 * builds without a public prop.
 */
export declare const EXTRA_BOOT_PARTS: WeakMap<object, {
    name: string;
    content: string;
    contentType?: string;
}[]>;
/** Folder the generator's cloud-config part writes the provisioning payload to. */
export declare const PAYLOAD_DIR = "/var/lib/research-workspace/payload";
/** Written by the provisioning when it ends (ok or failed). */
export declare const PROVISION_STATUS = "/var/lib/research-workspace/status";
/** Where LabStack mounts the shared file system on every workspace. */
export declare const LAB_MOUNT_POINT = "/shared";
/** Folder of the homes below the mount point. */
export declare const LAB_HOME_SUBDIRECTORY = "home";
/** Instance tag carrying the file system id. */
export declare const FILE_SYSTEM_TAG = "research:file-system";
/** Instance tag carrying the service secret's ARN. */
export declare const SECRET_TAG = "research:service-secret";
/** Instance tag with the ARN of the load balancer whose signed claims the claim check accepts. */
export declare const WEB_GATEWAY_TAG = "research:web-gateway";
/** Instance tags carrying the Lustre scratch's DNS name and mount name. */
export declare const LUSTRE_DNS_TAG = "research:lustre-dns";
export declare const LUSTRE_MOUNT_NAME_TAG = "research:lustre-mount-name";
/** Instance tag carrying the FSx for OpenZFS file system's DNS name (the NFS server of the lab's storage). */
export declare const OPENZFS_DNS_TAG = "research:openzfs-dns";
/** Export of the OpenZFS root volume the workspaces mount. */
export declare const OPENZFS_EXPORT = "/fsx";
/** What a workspace's user-data is generated from. */
export interface WorkspaceUserDataRequest {
    readonly scope: IConstruct;
    readonly template: ResolvedTemplate;
    /** The lab's policy: its allowed privileged groups and paths (none without a policy). */
    readonly policy?: WorkspacePolicy;
    /**
     * The machine's role: when given, the user sync and the idle agent are fetched at boot from
     * SSM parameters of the workspace's stack (read access granted to this role) instead of
     * travelling in the user-data.
     */
    readonly toolsReader?: iam.IGrantable;
    readonly registry?: UserRegistry;
    readonly owner?: string;
    readonly users?: string[];
    /** EFS id (a token at synth time) when the workspace mounts the lab's file system. */
    readonly fileSystemId?: string;
    /** The lab's Lustre scratch (DNS and mount names: tokens at synth time), mounted at /scratch. */
    readonly lustre?: {
        readonly dnsName: string;
        readonly mountName: string;
    };
    readonly iamAuthorization?: boolean;
    /** DNS name (a token at synth time) of the FSx for OpenZFS file system mounted instead of EFS. */
    readonly openZfsDnsName?: string;
    readonly hibernate: boolean;
    /** ARN of the workspace's service secret (a token). */
    readonly secretArn: string;
    /** Stack region (may be a token). */
    readonly region: string;
    readonly developer?: DeveloperOptions;
    readonly idleMinutes?: number;
    readonly idleCpuThresholdPercent?: number;
    /** Internet access of the workspace. */
    readonly egress?: EgressMode;
    /** Services published behind the web gateway (rws-gate checks the claims on 0.0.0.0). */
    readonly publishedServices?: string[];
    /** The web gateway that publishes them: its load balancer ARN (a token), issuer and claim check code. */
    readonly gateway?: {
        readonly signerArn: string;
        readonly issuer?: string;
        readonly codeParameterPrefix: string;
    };
    /**
     * Shell parts run right after the deploy values, before the provisioning (e.g. the egress proxy
     * set-up); `contentType` (default `text/x-shellscript`) may make one a `text/cloud-boothook`.
     */
    readonly extraParts?: Array<{
        name: string;
        content: string;
        contentType?: string;
    }>;
    /** Part of the provisioning (BOOT on an image baked from the template). */
    readonly phase?: ProvisioningPhase;
    /** The CloudWatch agent (disk and memory metrics). */
    readonly cloudWatchAgent?: CloudWatchAgentOptions;
}
/** The user-data for EC2. */
export interface WorkspaceUserDataResult {
    /** Base64 of what EC2 receives (gzip of the MIME message). */
    readonly base64: string;
    /** The MIME message before compression. */
    readonly mime: string;
    /** Bytes EC2 receives. */
    readonly sizeBytes: number;
    /** Instance tags the values script reads (name to value, values may be tokens). */
    readonly tags: {
        [key: string]: string;
    };
    /** The generator's result. */
    readonly generated: WorkspaceUserData;
    /** Every MIME part (ours first, then the generator's). */
    readonly parts: Array<{
        name: string;
        contentType: string;
        content: string;
    }>;
    /** Our MIME parts only (the deploy values and the extra parts): the generator's follow them. */
    readonly ownParts: Array<{
        name: string;
        contentType: string;
        content: string;
    }>;
    /** Home base the boot sync used, for the registry's sync document. */
    readonly homeBase: string;
}
/**
 * The owner's record only (fixed ids, groups, shell, sudo; no keys), so the boot user-data
 * does not depend on anyone else's entry.
 */
export declare function ownerRegistry(registry: UserRegistry, owner: string): UserRegistry;
/**
 * The stack's SSM parameters that carry the provisioning tools (created once per stack, named
 * after the stack's path so two stacks never share a name), read access granted to `reader`.
 * Returns the parameter prefix.
 */
export declare function toolsParameters(scope: IConstruct, reader: iam.IGrantable): string;
/** Generates the workspace's user-data (see the module comment). */
export declare function workspaceUserData(r: WorkspaceUserDataRequest): WorkspaceUserDataResult;
