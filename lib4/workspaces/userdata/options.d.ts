import { ResolvedTemplate } from '../catalog';
import { EgressMode, WorkspacePolicy } from '../policy';
import { UserRegistry } from '../users';
/**
 * Where the workspace runs. It decides the user-data size limit, how the idle agent stops the
 * machine and where a large registry is fetched from by default.
 */
export declare enum WorkspacePlatform {
    /** An EC2 instance: 16 KB user-data, hibernation through the EC2 API, S3/SSM/Secrets Manager. */
    AWS = "aws",
    /** A KubeVirt virtual machine (or a pod running the provisioning script): registry from a ConfigMap file. */
    KUBERNETES = "kubernetes",
    /** A Proxmox VE virtual machine with a cloud-init snippet. */
    PROXMOX = "proxmox",
    /** Any other cloud-init machine. */
    GENERIC = "generic"
}
/**
 * Which part of the provisioning a user-data (or script) carries: everything, only what the
 * template installs (baked into a machine image once), or only what each workspace needs at
 * boot (on an image baked from the same template). The two parts come from the same plan, so
 * baking then booting ends in the same state as the full provisioning.
 */
export declare enum ProvisioningPhase {
    /** Everything at boot: packages, software, accounts, storage, files, services (no baked image). */
    FULL = "full",
    /**
     * What the template installs, for an image builder: system packages, the tools every
     * workspace may need (sudo, NFS and ACL tools, shells, nftables, python3; on AWS also
     * amazon-efs-utils, the AWS CLI and the SSM agent), Miniforge, conda, pip and spack packages,
     * code-server and RStudio Server, and the template's post_install. It ends by recording the
     * bake's content hash in /etc/research-workspace/image.env.
     */
    BAKE = "bake",
    /**
     * What each workspace needs at boot on an image baked from the same template: the image
     * check (the recorded content hash must match), accounts and keys, storage mounts and
     * layout, files, services started as the owner, the idle agent, developer options and
     * the template's user_data. Nothing is downloaded for the template.
     */
    BOOT = "boot"
}
/**
 * How research users share the storage (the three strategies of the multi-user plan).
 */
export declare enum StorageLayout {
    /**
     * Homes at `<mount>/home/<user>` (0700, the user's), group project folders at
     * `<mount>/projects/<group>` (2770, root:group, setgid so files keep the group) and a
     * scratch folder (1777, sticky).
     */
    USER_SUBDIRECTORIES = "user-subdirectories",
    /**
     * As user subdirectories, plus the whole share belongs to one lab group (2775, setgid),
     * every research user is in it, and sessions use umask 002 so files stay group-writable.
     */
    GROUP_SHARED = "group-shared",
    /**
     * As user subdirectories, plus POSIX ACLs on project folders (`setfacl`, with default ACLs
     * that new files inherit). Needs a file system with POSIX ACLs: not EFS.
     */
    POSIX_ACL = "posix-acl"
}
/**
 * What the idle agent does to an idle workspace.
 */
export declare enum IdleAction {
    /** Power off (an EC2 instance with the default shutdown behaviour stops). */
    STOP = "stop",
    /** Hibernate (EC2: through the API, falling back to stop when hibernation is not enabled). */
    HIBERNATE = "hibernate"
}
/**
 * Language toolchains a developer workspace can have (installed from the distribution).
 */
export declare enum DeveloperLanguage {
    /** python3 with venv and pip. */
    PYTHON = "python",
    /** Node.js and npm. */
    NODE = "node",
    /** Go. */
    GO = "go",
    /** Rust (rustc and cargo). */
    RUST = "rust"
}
/**
 * How the registry reaches the machine.
 */
export declare enum RegistryDeliveryMode {
    /** Inline when it fits, otherwise the fallback. */
    AUTO = "auto",
    /** Written into the user-data. */
    INLINE = "inline",
    /** Fetched from SSM Parameter Store parameters `<prefix>/0..n-1` (base64 of the gzip file). */
    SSM_PARAMETERS = "ssm-parameters",
    /** Fetched from an S3 object (the gzip file). */
    S3 = "s3",
    /** Fetched from an https:// URL (the gzip file). */
    HTTP_URL = "http-url",
    /** Read from a file on the machine, e.g. a Kubernetes ConfigMap mounted into the VM or pod (the gzip file). */
    FILE = "file"
}
/**
 * Options of SSM parameter delivery.
 */
export interface SsmParameterDeliveryOptions {
    /**
     * Largest value of one parameter, in characters: 4096 for the standard tier, 8192 for advanced.
     * @default 4096
     */
    readonly maxParameterLength?: number;
    /**
     * Most parameters the registry may be split into.
     * @default 100
     */
    readonly maxParameters?: number;
}
/**
 * Where the research user registry comes from at boot. Whatever the delivery, the user-data
 * carries the registry's SHA-256 and the machine refuses a registry that does not match it.
 */
export declare class RegistryDelivery {
    /**
     * Inline when the user-data then fits its limit, otherwise `fallback`.
     * @param fallback where to fetch the registry when it does not fit; by default SSM parameters
     * under `/research-workspaces/<template>/registry` on AWS and a ConfigMap file on Kubernetes
     */
    static auto(fallback?: RegistryDelivery): RegistryDelivery;
    /** Always inline; generation fails when the user-data then exceeds its limit. */
    static inline(): RegistryDelivery;
    /**
     * SSM Parameter Store parameters `<prefix>/0`, `<prefix>/1`, ... (publish `registryPayload.parameters`).
     * @param prefix parameter name prefix, starting with `/`
     */
    static ssmParameters(prefix: string, options?: SsmParameterDeliveryOptions): RegistryDelivery;
    /**
     * An S3 object holding the gzip registry (publish `registryPayload.gzipBase64`).
     * @param bucket bucket name
     * @param key object key
     */
    static s3(bucket: string, key: string): RegistryDelivery;
    /**
     * An https:// URL serving the gzip registry.
     * @param url the address, https only
     */
    static httpUrl(url: string): RegistryDelivery;
    /**
     * A file on the machine holding the gzip registry, e.g. a ConfigMap mounted into a KubeVirt VM.
     * @param path absolute path
     */
    static file(path: string): RegistryDelivery;
    /** The delivery mode. */
    readonly mode: RegistryDeliveryMode;
    /**
     * Location: parameter prefix, `s3://bucket/key`, URL or path.
     * @default - none (inline and auto)
     */
    readonly location?: string;
    /**
     * Where `auto` fetches from when the registry does not fit.
     * @default - the platform's default
     */
    readonly fallback?: RegistryDelivery;
    /**
     * SSM options.
     * @default - standard tier: 4096 characters, at most 100 parameters
     */
    readonly ssmOptions?: SsmParameterDeliveryOptions;
    private constructor();
}
/**
 * Where a secret (a token or password) is kept. The machine reads it at boot; it is never
 * written into the user-data.
 */
export declare class SecretReference {
    /**
     * An AWS Secrets Manager secret whose secret string is the value.
     * @param arn the secret's full ARN (the region is taken from it)
     */
    static secretsManager(arn: string): SecretReference;
    /**
     * An SSM Parameter Store SecureString.
     * @param name parameter name, starting with `/`
     */
    static ssmParameter(name: string): SecretReference;
    /**
     * A file on the machine (a Kubernetes Secret mount, a Proxmox snippet the image provides).
     * @param path absolute path
     */
    static file(path: string): SecretReference;
    /** Kind: `secretsmanager`, `ssm` or `file`. */
    readonly kind: string;
    /** ARN, parameter name or path. */
    readonly location: string;
    private constructor();
}
/**
 * An Amazon EFS file system.
 */
export interface EfsStorageProps {
    /** File system id, `fs-...`. */
    readonly fileSystemId: string;
    /** Region of the file system, e.g. `us-east-1`. */
    readonly region: string;
    /**
     * Authenticate with the instance role (`iam` mount option; the file system policy must allow it).
     * @default false
     */
    readonly iam?: boolean;
    /**
     * Mount through this access point, `fsap-...`.
     * @default - the file system root
     */
    readonly accessPointId?: string;
    /**
     * When the machine has no internet (`egress: EgressMode.NONE`) and its image has no
     * amazon-efs-utils (`mount.efs`; Amazon Linux 2023 installs it from its own repositories),
     * mount with plain NFSv4.1 through the mount target (`<id>.efs.<region>.amazonaws.com`)
     * instead of failing. There is then neither TLS nor IAM authorization: allowed only with
     * `iam: false` and no access point, and the file system policy must not require encryption
     * in transit (`aws:SecureTransport`).
     * @default false - without efs-utils an offline machine fails at boot with the reason and the fix
     */
    readonly plainNfsFallback?: boolean;
}
/**
 * An NFSv4.1 export (on-premises storage).
 */
export interface NfsStorageProps {
    /** Server host name or IP address. */
    readonly server: string;
    /** Exported path, e.g. `/export/lab`. */
    readonly exportPath: string;
    /**
     * Mount options.
     * @default "nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport,_netdev"
     */
    readonly mountOptions?: string;
}
/**
 * The file system behind the shared storage.
 */
export declare class StorageSource {
    /** Amazon EFS through amazon-efs-utils, with TLS (and IAM authentication when asked). */
    static efs(props: EfsStorageProps): StorageSource;
    /** An NFSv4.1 server. */
    static nfs(props: NfsStorageProps): StorageSource;
    /**
     * Storage that is already mounted at the mount point when provisioning runs (a Kubernetes
     * volume, a Proxmox disk, FSx mounted by the image): only the folder layout is applied.
     */
    static preMounted(): StorageSource;
    /** Kind: `efs`, `nfs` or `pre-mounted`. */
    readonly kind: string;
    /**
     * EFS settings.
     * @default - not EFS
     */
    readonly efsSettings?: EfsStorageProps;
    /**
     * NFS settings.
     * @default - not NFS
     */
    readonly nfsSettings?: NfsStorageProps;
    private constructor();
}
/**
 * An FSx for Lustre file system as a workspace mounts it (`<dnsName>@tcp:/<mountName>`).
 */
export interface WorkspaceLustreOptions {
    /** DNS name of the file system, e.g. `fs-0123456789abcdef0.fsx.us-east-1.amazonaws.com`. */
    readonly dnsName: string;
    /** Lustre mount name of the file system (FSx gives it), e.g. `abcdefgh`. */
    readonly mountName: string;
    /**
     * Mount point, the same on every machine of the lab.
     * @default "/scratch"
     */
    readonly mountPoint?: string;
}
/**
 * Shared storage of a workspace.
 */
export interface WorkspaceStorageOptions {
    /** The file system. */
    readonly source: StorageSource;
    /**
     * Mount point, the same on every machine of the lab.
     * @default - the template's `research_user.efs_mount_point`, else "/shared"
     */
    readonly mountPoint?: string;
    /**
     * Permission strategy.
     * @default StorageLayout.USER_SUBDIRECTORIES
     */
    readonly layout?: StorageLayout;
    /**
     * Put research users' homes on the shared storage (`<mount>/<home subdirectory>/<user>`), so
     * a home is the same on every machine.
     * @default true
     */
    readonly homesOnSharedStorage?: boolean;
    /**
     * Folder of the homes below the mount point.
     * @default - the template's `research_user.efs_home_subdirectory`, else "home"
     */
    readonly homeSubdirectory?: string;
    /**
     * Registry groups that get a project folder `<mount>/projects/<group>`.
     * @default - every group of the registry
     */
    readonly projectGroups?: string[];
    /**
     * Create `<mount>/scratch` (1777, sticky).
     * @default true
     */
    readonly scratch?: boolean;
    /**
     * The lab group that owns the share in the GROUP_SHARED layout (a registry group).
     * @default - required for GROUP_SHARED
     */
    readonly sharedGroup?: string;
}
/**
 * Idle auto-stop settings; each falls back to the template's `idle_detection`.
 */
export interface IdleOptions {
    /**
     * Run the idle agent.
     * @default - the template's setting, else true
     */
    readonly enabled?: boolean;
    /**
     * What to do when idle.
     * @default IdleAction.STOP
     */
    readonly action?: IdleAction;
    /**
     * Minutes without activity before the action.
     * @default - the template's hibernate threshold for HIBERNATE, its idle threshold for STOP, else 30
     */
    readonly thresholdMinutes?: number;
    /**
     * Minutes between checks.
     * @default - the template's, else 5
     */
    readonly checkIntervalMinutes?: number;
    /**
     * CPU use (percent) at or above which the machine is active.
     * @default - the template's, else 10
     */
    readonly cpuThresholdPercent?: number;
    /**
     * GPU use (percent) at or above which the machine is active.
     * @default 5
     */
    readonly gpuThresholdPercent?: number;
    /**
     * Network traffic (KB/s, in and out) at or above which the machine is active.
     * @default 50
     */
    readonly networkThresholdKbps?: number;
}
/**
 * The Amazon CloudWatch agent on an EC2 workspace: it publishes the disk use of the given mount
 * points (`disk_used_percent`) and the memory use (`mem_used_percent`) every minute, which
 * EC2's own metrics do not have. Metrics only: no log files are sent.
 *
 * The metrics carry the dimension `InstanceId` (from the instance metadata); the disk metrics
 * are also published with exactly `InstanceId` and `path` (the agent's aggregation), so an
 * alarm can name them without knowing the file system type or device.
 */
export interface CloudWatchAgentOptions {
    /**
     * CloudWatch namespace of the metrics (the instance role may publish to this one only).
     * @default "CWAgent"
     */
    readonly namespace?: string;
    /**
     * Mount points whose disk use is published.
     * @default - "/" (and the shared storage's mount point when it is an NFS export; Amazon EFS
     * reports a size of 8 EiB, so its use in percent says nothing)
     */
    readonly diskPaths?: string[];
    /**
     * Seconds between samples.
     * @default 60
     */
    readonly intervalSeconds?: number;
}
/**
 * Where the workspace's secrets are.
 */
export interface WorkspaceSecrets {
    /**
     * Token of Jupyter services.
     * @default - a random token generated at first boot, readable by the owner in ~/.config/research-workspace/jupyter.token
     */
    readonly jupyterToken?: SecretReference;
    /**
     * Password of code-server and of RStudio Server (checked by the workspace's RStudio
     * authentication helper for the owner; it is not a login password of the account).
     * @default - each gets a random password, readable by the owner in ~/.config/research-workspace/SERVICE.token
     */
    readonly servicePassword?: SecretReference;
    /**
     * GitHub token for the GitHub CLI (`~/.config/gh/hosts.yml`) of the owner.
     * @default - no GitHub credentials
     */
    readonly githubToken?: SecretReference;
}
/**
 * Developer conveniences for the workspace owner.
 */
export interface DeveloperOptions {
    /**
     * Install zsh and make it the owner's login shell.
     * @default false
     */
    readonly zsh?: boolean;
    /**
     * Dotfiles repository cloned with yadm into the owner's home (https:// only); its yadm bootstrap runs too.
     * @default - no dotfiles
     */
    readonly dotfilesRepository?: string;
    /**
     * A bash script run once as the owner, in the home, after everything else is installed.
     * @default - none
     */
    readonly bootstrapScript?: string;
    /**
     * Language toolchains to install.
     * @default []
     */
    readonly languages?: DeveloperLanguage[];
}
/**
 * The load balancer that publishes a workspace's services (an AWS Application Load Balancer
 * with OpenID Connect sign-in), as the claim check on the machine needs it: it admits a request
 * only with an `x-amzn-oidc-data` token this load balancer signed (ES256, the region's public
 * keys), not expired, from the issuer, for one of the allowed identities.
 */
export interface PublishedServiceGateway {
    /** ARN of the load balancer (the `signer` the tokens must name). */
    readonly signerArn: string;
    /** Region of the load balancer (its public keys are at `https://public-keys.auth.elb.<region>.amazonaws.com/<kid>`). */
    readonly region: string;
    /**
     * Issuer of the identity provider the load balancer signs users in with.
     * @default - the issuer is not checked (the signer is)
     */
    readonly issuer?: string;
    /**
     * Email addresses admitted (the `email` claim, unless the provider marks it unverified).
     * @default - the owner's `email` in the registry
     */
    readonly allowedEmails?: string[];
    /**
     * Subjects admitted (the `sub` claim, e.g. a Globus identity id).
     * @default - the owner's `globus_id` and `external_id` in the registry
     */
    readonly allowedSubjects?: string[];
    /**
     * Prefix of the SSM parameters that hold the claim check's code
     * (`WorkspaceUserData.gateCodeParameters(prefix)`; `WorkspaceWebGateway` publishes them): the
     * machine reads them at boot and checks the code's SHA-256, which keeps about 5 KB out of
     * EC2's 16 KB user-data.
     * @default - the code is part of the user-data
     */
    readonly codeParameterPrefix?: string;
}
/**
 * Everything a workspace's boot provisioning is generated from.
 */
export interface WorkspaceUserDataOptions {
    /** The resolved template. */
    readonly template: ResolvedTemplate;
    /**
     * The lab's research users.
     * @default - no research users
     */
    readonly registry?: UserRegistry;
    /**
     * Names of the registry users this workspace gets.
     * @default - every user of the registry (none when the template sets research_user.auto_create: false)
     */
    readonly users?: string[];
    /**
     * The user the services run as (a selected registry user or a template user). Never root.
     * @default - the template's first user, else the first selected registry user
     */
    readonly owner?: string;
    /**
     * Shared storage.
     * @default - no shared storage; homes in /home
     */
    readonly storage?: WorkspaceStorageOptions;
    /**
     * The lab's FSx for Lustre scratch, mounted beside the shared storage, with a folder
     * `<mountPoint>/<user>` (0700) per research user of the machine, owned by their registry ids.
     * @default - no Lustre scratch
     */
    readonly lustre?: WorkspaceLustreOptions;
    /**
     * Idle agent settings.
     * @default - the template's idle_detection, action STOP
     */
    readonly idle?: IdleOptions;
    /**
     * How the registry reaches the machine.
     * @default RegistryDelivery.auto()
     */
    readonly registryDelivery?: RegistryDelivery;
    /**
     * Where secrets are kept.
     * @default - generated tokens, no GitHub credentials
     */
    readonly secrets?: WorkspaceSecrets;
    /**
     * Developer conveniences.
     * @default - none
     */
    readonly developer?: DeveloperOptions;
    /**
     * Where the workspace runs.
     * @default WorkspacePlatform.AWS
     */
    readonly platform?: WorkspacePlatform;
    /**
     * Internet access of the machine. With `NONE` the provisioning never downloads from the
     * internet: amazon-efs-utils comes from the image (or Amazon Linux 2023's repositories,
     * reachable through an S3 gateway endpoint), the AWS CLI must be on the image, the SSM
     * agent comes from the region's S3 bucket, and anything else that needs the internet
     * (Miniforge, conda, pip, spack, code-server, RStudio Server, dotfiles) fails at once with
     * the reason and the fix (generation warns about it), unless `RWS_NETINSTALL_CMD` provides
     * an installer that uses a mirror inside the network.
     * @default EgressMode.OPEN - the machine can reach the sites it installs from
     */
    readonly egress?: EgressMode;
    /**
     * Install and start the Amazon CloudWatch agent (AWS only): disk and memory use as metrics
     * for alarms. The agent comes from the image when it has one (a baked image does), else from
     * Amazon Linux's repositories or the region's `amazoncloudwatch-agent-<region>` bucket, both
     * through the S3 gateway endpoint, so it installs without internet too. The machine's role
     * needs `cloudwatch:PutMetricData` for the namespace, and a lab without internet the
     * `monitoring` VPC endpoint (ResearchWorkspace adds both with `cloudWatchAgent: true`).
     * @default - no agent
     */
    readonly cloudWatchAgent?: CloudWatchAgentOptions;
    /**
     * The lab's policy: its `allowed_privileged_groups` and `allowed_privileged_paths` are the only
     * privileged groups template accounts may join and the only privileged paths the template may
     * write (files, set-id modes, post_install and user_data lines).
     * @default - no privileged groups or paths are allowed
     */
    readonly policy?: WorkspacePolicy;
    /**
     * Names of the template's services published behind an authenticating gateway (a load
     * balancer with OpenID Connect sign-in). Each gets a claim check on the machine (rws-gate) on
     * every IPv4 address (`0.0.0.0`) at the service's port: it verifies the load balancer's
     * signed `x-amzn-oidc-data` (see `gateway`) and forwards to the service, which moves to
     * 127.0.0.1 on the port plus 10000. The network must still admit only the gateway. Services
     * the provisioning does not run itself (operating system services, custom commands) cannot be
     * put behind the check, and publishing them is an error.
     * @default - none: every service listens where the template says (127.0.0.1 unless bind_address)
     */
    readonly publishedServices?: string[];
    /**
     * The load balancer that publishes `publishedServices`, for the claim check on the machine.
     * Required when services are published.
     * @default - none (no service may be published)
     */
    readonly gateway?: PublishedServiceGateway;
    /**
     * The registry users a later `rws-sync-users` run against the lab's whole registry selects on
     * this machine (`-u` in `/etc/research-workspace/sync-users.args`, which the SSM sync document
     * reads). For a machine provisioned with a part of the registry (e.g. only its owner's record)
     * that must later get more users than it had at boot, but not every user of the lab. It must
     * include every user this provisioning creates.
     * @default - the selected `users` when they are a subset of the registry, else no selection (every user of the registry)
     */
    readonly syncSelection?: string[];
    /**
     * Log file of the provisioning.
     * @default "/var/log/research-workspace/provision.log"
     */
    readonly logFile?: string;
    /**
     * SSM parameter prefix that holds the user sync and the idle agent (see
     * `WorkspaceUserData.toolParameters`): the provisioning fetches them at boot, checked against
     * the SHA-256 they were generated with, instead of carrying them in the user-data (about 7.5 KB
     * of EC2's 16 KB). The machine's role must read the parameters.
     * @default - the tools travel in the user-data
     */
    readonly toolsParameterPrefix?: string;
    /**
     * Largest user-data, in bytes, after compression.
     * @default 16384 on AWS (EC2's limit), 1048576 elsewhere (a ConfigMap or snippet)
     */
    readonly maxUserDataBytes?: number;
    /**
     * Part of the provisioning to generate (see `ProvisioningPhase`).
     * @default ProvisioningPhase.FULL
     */
    readonly phase?: ProvisioningPhase;
    /**
     * Name used in error messages (a construct path, a file).
     * @default - the template's slug
     */
    readonly where?: string;
}
/**
 * One part of the multipart user-data.
 */
export interface UserDataPart {
    /** File name of the part (cloud-init logs it). */
    readonly name: string;
    /** MIME type: `text/cloud-config` or `text/x-shellscript`. */
    readonly contentType: string;
    /** The part's text. */
    readonly content: string;
}
/**
 * One SSM parameter of a registry delivered through Parameter Store.
 */
export interface RegistryParameter {
    /** Parameter name. */
    readonly name: string;
    /** Value (a piece of the base64 of the gzip registry). */
    readonly value: string;
}
/**
 * The registry file this user-data expects, and where it must be published.
 */
export interface RegistryPayload {
    /** How the registry reaches the machine (never AUTO: the decision made). */
    readonly mode: RegistryDeliveryMode;
    /** The registry file (tab-separated G/U/K lines, see docs/user-data.md). */
    readonly content: string;
    /** SHA-256 of `content`, hex; the machine checks it. */
    readonly sha256: string;
    /** gzip of `content`, base64: the object to publish for S3, HTTP URL and FILE delivery. */
    readonly gzipBase64: string;
    /**
     * Where the machine fetches it.
     * @default - inline
     */
    readonly location?: string;
    /** Parameters to create for SSM delivery (empty otherwise). */
    readonly parameters: RegistryParameter[];
    /** Number of users in the file. */
    readonly userCount: number;
}
