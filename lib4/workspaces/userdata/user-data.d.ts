import { Diagnostic } from '../errors';
import { UserRegistry } from '../users';
import { ProvisioningPhase, RegistryParameter, RegistryPayload, UserDataPart, WorkspaceUserDataOptions } from './options';
/**
 * A script the generator wrote, for checking with shellcheck.
 */
export interface GeneratedScript {
    /** Name: a payload path or `provision.sh` / `bundle.sh`. */
    readonly name: string;
    /** Shell dialect: `bash` or `sh`. */
    readonly shell: string;
    /** The script. */
    readonly content: string;
}
/**
 * Boot provisioning of a research workspace: cloud-init user-data (a `#cloud-config` part that
 * writes the payload and a shell part that runs it) and the same provisioning as one bash
 * script for machines without cloud-init.
 *
 * The provisioning installs packages, mounts shared storage, creates the research users and
 * groups in one batch with their fixed ids and keys, lays out homes, project folders and
 * scratch, places the template's files, starts its services as the owner, installs the idle
 * agent and runs the template's post_install. Running it again changes nothing.
 *
 * @example
 * const ud = WorkspaceUserData.generate({
 *   template: catalog.resolve('python-ml'),
 *   registry: UserRegistry.fromFile('users.yaml'),
 *   owner: 'alice',
 *   storage: { source: StorageSource.efs({ fileSystemId: 'fs-0123456789abcdef0', region: 'us-east-1' }) },
 * });
 * ud.renderBase64(); // what EC2 receives
 */
export declare class WorkspaceUserData {
    /** EC2's user-data limit in bytes (of the data as sent, before base64). */
    static readonly EC2_LIMIT_BYTES = 16384;
    /**
     * Generates the user-data. Throws a WorkspaceInputError naming the field, value and fix when
     * an option is invalid, and when the user-data cannot fit the platform's limit.
     */
    static generate(options: WorkspaceUserDataOptions): WorkspaceUserData;
    /**
     * The registry file rws-sync-users reads (tab-separated G/U/K lines).
     * @param registry the registry
     * @param users names to include; every user when absent
     */
    static registryFile(registry: UserRegistry, users?: string[]): string;
    /** The standalone user sync script (`rws-sync-users [options] REGISTRY`), e.g. for an SSM document. */
    static syncUsersScript(): string;
    /**
     * The SSM parameters (standard tier) that carry the claim check of published services
     * (rws-gate), for `PublishedServiceGateway.codeParameterPrefix`: base64 of its gzip in pieces
     * of 4096 characters, named PREFIX/0, PREFIX/1, ...
     * @param prefix parameter name prefix, e.g. `/lab/web-gateway/code`
     */
    static gateCodeParameters(prefix: string): RegistryParameter[];
    /**
     * The SSM parameters (standard tier) that carry the user sync and the idle agent for
     * `toolsParameterPrefix`: base64 of each tool's gzip in pieces of 4096 characters.
     * @param prefix parameter name prefix, e.g. `/lab/rws-tools`
     */
    static toolParameters(prefix: string): RegistryParameter[];
    /** The standalone idle agent script. */
    static idleAgentScript(): string;
    /** Bytes of the multipart message before compression. */
    readonly rawSizeBytes: number;
    /** The limit the size was checked against. */
    readonly maxBytes: number;
    /**
     * The registry file and where it must be published (for fetched delivery).
     * @default - no research users
     */
    readonly registryPayload?: RegistryPayload;
    /** Warnings: ignored service settings, services listening beyond localhost, skipped template users. */
    readonly warnings: Diagnostic[];
    /**
     * Content hash (16 hex digits) of what the template installs on this platform: the bake
     * records it in the image (/etc/research-workspace/image.env), a boot on a baked image
     * checks it. The same for every workspace of the template, whatever its users and storage.
     */
    readonly imageContentHash: string;
    /** Part of the provisioning this user-data carries. */
    readonly phase: ProvisioningPhase;
    private readonly plan;
    /**
     * The rendering made by the constructor, until its first use. After that each use renders
     * again (the same text: rendering is deterministic), so that a workspace does not hold its
     * payload three times over (files, YAML, MIME) for the rest of a synthesis: a lab of 1,000
     * workspaces would keep about 100 MB.
     */
    private pending?;
    private gzLength?;
    private constructor();
    /**
     * The `#cloud-config` YAML (first part). Like `parts`, `renderMime()` and the scripts, it is
     * rendered again (the same text) at each request after the first: the object does not keep it.
     */
    get cloudConfig(): string;
    /** The parts of the multipart user-data, in order. */
    get parts(): UserDataPart[];
    /** Bytes EC2 (or the platform) receives: the gzip of the multipart message when smaller, else the message. */
    get sizeBytes(): number;
    /** Mount points whose disk use the CloudWatch agent publishes (`cloudWatchAgent`; empty without the agent). */
    get cloudWatchAgentDiskPaths(): string[];
    /** Whether the user-data is sent gzip-compressed. */
    get compressed(): boolean;
    /** The multipart MIME message (uncompressed). */
    renderMime(): string;
    /** Base64 of what the platform should receive: gzip when it is smaller, else the message. */
    renderBase64(): string;
    /**
     * The whole provisioning as one self-contained bash script (payload included), for machines
     * without cloud-init: Proxmox hook scripts, containers, tests. Run it as root; running it
     * again is safe.
     */
    provisioningScript(): string;
    /** Every shell script this user-data contains that the generator wrote (not the template author's scripts). */
    generatedScripts(): GeneratedScript[];
    /** The rendering: the constructor's on first use, a new one (the same text) after that. */
    private built;
    private gzipLength;
    private decide;
    private defaultFallback;
    private fetched;
    private largeFix;
    private checked;
    private build;
}
