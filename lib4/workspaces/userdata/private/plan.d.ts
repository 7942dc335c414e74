import { ResolvedTemplate } from '../../catalog';
import { Diagnostic } from '../../errors';
import { PackageManager, TemplateFile, TemplateService } from '../../template';
import { ResearchGroup, ResearchUser, UserRegistry } from '../../users';
import { DeveloperLanguage, IdleAction, ProvisioningPhase, RegistryDelivery, SecretReference, StorageLayout, WorkspacePlatform, WorkspaceUserDataOptions } from '../options';
import { PlannedCloudWatchAgent } from './cloudwatch-agent';
/** Default log file of the provisioning. */
export declare const DEFAULT_LOG_FILE = "/var/log/research-workspace/provision.log";
/** Default log file of a bake (kept in the image). */
export declare const BAKE_LOG_FILE = "/var/log/research-workspace/bake.log";
/** EC2's user-data limit (bytes, before base64). */
export declare const EC2_LIMIT = 16384;
/** Default limit elsewhere: a Kubernetes ConfigMap or Secret. */
export declare const OTHER_LIMIT = 1048576;
/** The kinds of service the generator knows how to run. */
export declare enum ServiceKind {
    JUPYTER = "jupyter",
    RSTUDIO = "rstudio",
    CODE_SERVER = "code-server",
    STREAMLIT = "streamlit",
    MLFLOW = "mlflow",
    CUSTOM = "custom",
    SYSTEM = "system"
}
/** A service after validation. */
export interface PlannedService {
    readonly name: string;
    readonly kind: ServiceKind;
    readonly unit: string;
    readonly port?: number;
    readonly bindAddress: string;
    /** Published behind the gateway: rws-gate checks the claim on 0.0.0.0:port, the service moves to 127.0.0.1:internalPort. */
    readonly published: boolean;
    /** The port the service itself listens on (the port, or port + 10000 when published). */
    readonly internalPort?: number;
    readonly enable: boolean;
    readonly command?: string;
    readonly config: string[];
}
/** A template file after validation. */
export interface PlannedFile {
    readonly file: TemplateFile;
    readonly destination: string;
    readonly owner: string;
    readonly group: string;
    readonly mode: string;
}
/** Storage after validation. */
export interface PlannedStorage {
    readonly kind: 'efs' | 'nfs' | 'pre-mounted';
    readonly mountPoint: string;
    readonly fstabSource?: string;
    readonly fstabType?: string;
    readonly options?: string;
    readonly layout: StorageLayout;
    readonly homeBase?: string;
    readonly projectGroups: string[];
    readonly scratch: boolean;
    readonly sharedGroup?: string;
    readonly efsRegion?: string;
    readonly efsId?: string;
    /** Offline without efs-utils: plain NFSv4.1 through the mount target. */
    readonly plainNfsFallback?: boolean;
}
/** The Lustre scratch after checks. */
export interface PlannedLustre {
    readonly dnsName: string;
    readonly mountName: string;
    readonly mountPoint: string;
}
/** Idle settings after defaults. */
export interface PlannedIdle {
    readonly action: IdleAction;
    readonly minutes: number;
    readonly intervalMinutes: number;
    readonly cpuPercent: number;
    readonly gpuPercent: number;
    readonly netKbps: number;
}
/** The claim check of published services (rws-gate), as its configuration needs it. */
export interface PlannedGate {
    readonly signer: string;
    readonly region: string;
    readonly issuer?: string;
    readonly emails: string[];
    readonly subjects: string[];
    readonly codeParameterPrefix?: string;
}
/** Owner of the services. */
export interface PlannedOwner {
    readonly name: string;
    readonly group: string;
    readonly home: string;
    readonly fromRegistry: boolean;
}
/**
 * Options objects whose caller wraps the generated parts into its own message and checks that
 * message's compressed size against the limit (module-private: not part of the public options).
 */
export declare const SIZE_CHECKED_BY_CALLER: WeakSet<object>;
/** Everything decided before any text is written. */
export interface Plan {
    readonly template: ResolvedTemplate;
    readonly where: string;
    readonly platform: WorkspacePlatform;
    /** No internet (egress NONE). */
    readonly offline: boolean;
    /** Part of the provisioning generated (everything, the bake, or the boot on a baked image). */
    readonly phase: ProvisioningPhase;
    /** Install the SSM agent at boot when the image lacks it (AWS, Debian 12 and Rocky 9). */
    readonly ssmAgent: boolean;
    /** `-u` of later syncs against the whole registry (undefined: every user). */
    readonly syncSelection?: string[];
    /** The boot's registry is part of what later syncs apply (syncSelection given): the boot sync is `-P`. */
    readonly partialBootRegistry: boolean;
    readonly logFile: string;
    readonly maxBytes: number;
    /**
     * The caller sends the parts inside a larger message and checks that message's compressed
     * size itself (the AWS adapter): the generator then compresses its own message only when asked.
     */
    readonly sizeCheckedByCaller: boolean;
    readonly registry?: UserRegistry;
    readonly users: ResearchUser[];
    readonly allUsersSelected: boolean;
    readonly groups: ResearchGroup[];
    readonly templateUsers: Array<{
        name: string;
        shell: string;
        groups: string[];
        sudo: boolean;
    }>;
    readonly owner?: PlannedOwner;
    readonly homeBase: string;
    readonly installKeys: boolean;
    readonly extraGroups: string[];
    readonly shellOverrides: string[];
    readonly environment: Array<[string, string]>;
    readonly systemPackages: string[];
    readonly conda: string[];
    readonly pip: string[];
    readonly spack: string[];
    readonly packageManager: PackageManager;
    readonly services: PlannedService[];
    readonly files: PlannedFile[];
    readonly storage?: PlannedStorage;
    readonly lustre?: PlannedLustre;
    readonly idle?: PlannedIdle;
    readonly delivery: RegistryDelivery;
    readonly secrets: {
        jupyter?: SecretReference;
        password?: SecretReference;
        github?: SecretReference;
    };
    /** The claim check of published services (present when a service is published). */
    readonly gate?: PlannedGate;
    /** SSM parameter prefix of the tools fetched at boot (sync, idle agent), when they do not travel in the user-data. */
    readonly toolsPrefix?: string;
    /** The CloudWatch agent (disk and memory metrics), when asked for. */
    readonly cloudWatchAgent?: PlannedCloudWatchAgent;
    readonly zsh: boolean;
    readonly dotfiles?: string;
    readonly bootstrap?: string;
    readonly languages: DeveloperLanguage[];
    readonly postInstall?: string;
    readonly userData?: string;
    readonly warnings: Diagnostic[];
}
/** Recognises a known service by its name. */
export declare function serviceKind(s: TemplateService): ServiceKind;
/**
 * Validates the options against the template and registry and decides every default. All
 * problems are reported together, each with where, field, value and fix.
 */
export declare function makePlan(o: WorkspaceUserDataOptions): Plan;
