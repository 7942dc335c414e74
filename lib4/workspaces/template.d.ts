/**
 * How researchers reach a workspace.
 */
export declare enum ConnectionType {
    /** Terminal over SSH (through Session Manager on AWS). */
    SSH = "ssh",
    /** A browser service: Jupyter, RStudio Server, code-server, Streamlit. */
    WEB = "web",
    /** A remote desktop (NICE DCV or RDP). */
    DCV = "dcv",
    /** Every interface the template offers. */
    ALL = "all",
    /** Decided from the template's services and packages when it is resolved. */
    AUTO = "auto"
}
/**
 * The primary package manager of a template.
 */
export declare enum PackageManager {
    /** Debian and Ubuntu packages. */
    APT = "apt",
    /** Rocky, RHEL and Amazon Linux packages. */
    DNF = "dnf",
    /** conda packages through Miniforge (conda-forge by default). */
    CONDA = "conda",
    /** Spack environments for HPC software. */
    SPACK = "spack",
    /** Nothing is installed at boot: the machine image already holds the software. */
    AMI = "ami"
}
/**
 * Operating systems a template can be based on.
 */
export declare enum OperatingSystem {
    /** Ubuntu 22.04 LTS (jammy). */
    UBUNTU_22_04 = "ubuntu-22.04",
    /** Ubuntu 24.04 LTS (noble). */
    UBUNTU_24_04 = "ubuntu-24.04",
    /** Debian 12 (bookworm). */
    DEBIAN_12 = "debian-12",
    /** Rocky Linux 9. */
    ROCKY_9 = "rocky-9",
    /** Amazon Linux 2023. */
    AMAZON_LINUX_2023 = "amazonlinux-2023",
    /** A prebuilt machine image named in `ami_config`. */
    AMI_BASED = "ami-based"
}
/**
 * Kind of a template parameter.
 */
export declare enum ParameterType {
    /** Free text, optionally checked with a pattern. */
    STRING = "string",
    /** A whole number, optionally between min and max. */
    INT = "int",
    /** true or false. */
    BOOL = "bool",
    /** One of a fixed list of choices. */
    CHOICE = "choice"
}
/**
 * Packages to install, by manager. Lists are installed in order.
 */
export interface TemplatePackages {
    /**
     * Operating system packages (apt or dnf, whichever the base uses).
     * @default []
     */
    readonly system?: string[];
    /**
     * conda packages, `name`, `name=version` or `channel::name`.
     * @default []
     */
    readonly conda?: string[];
    /**
     * pip packages, installed into the conda base or a system virtualenv.
     * @default []
     */
    readonly pip?: string[];
    /**
     * Spack specs.
     * @default []
     */
    readonly spack?: string[];
}
/**
 * A long-running service the workspace offers, run as a systemd unit.
 */
export interface TemplateService {
    /** Service name: `jupyter`, `rstudio-server`, `code-server`, `streamlit`, `mlflow`, or your own. */
    readonly name: string;
    /**
     * TCP port the service listens on.
     * @default - no port (not a network service)
     */
    readonly port?: number;
    /**
     * Configuration lines for the service (for Jupyter: `c.ServerApp...` lines).
     * @default []
     */
    readonly config?: string[];
    /**
     * Whether the service starts at boot.
     * @default true when a port is set, otherwise false
     */
    readonly enable?: boolean;
    /**
     * Address the service binds to.
     * @default "127.0.0.1" (reach it through a Session Manager port forward or the lab's load balancer)
     */
    readonly bindAddress?: string;
    /**
     * Command line for a service that is not one of the known kinds.
     * @default - derived from the service name
     */
    readonly command?: string;
}
/**
 * A local account the template itself asks for (separate from the lab's research users).
 */
export interface TemplateUser {
    /** Login name. */
    readonly name: string;
    /**
     * Supplementary groups, e.g. `sudo` or `docker`.
     * @default []
     */
    readonly groups?: string[];
    /**
     * Login shell.
     * @default "/bin/bash"
     */
    readonly shell?: string;
}
/**
 * A file placed on the workspace at boot.
 */
export interface TemplateFile {
    /** Absolute path on the workspace. */
    readonly destination: string;
    /**
     * Inline content.
     * @default - the file comes from `source`
     */
    readonly content?: string;
    /**
     * Where to fetch the file from: `s3://bucket/key` or an `https://` URL.
     * @default - the file is written from `content`
     */
    readonly source?: string;
    /**
     * Owner user.
     * @default "root"
     */
    readonly owner?: string;
    /**
     * Owner group.
     * @default - the owner's primary group
     */
    readonly group?: string;
    /**
     * Octal mode, e.g. `"0644"`.
     * @default "0644"
     */
    readonly permissions?: string;
    /**
     * Fail the boot when the file cannot be fetched.
     * @default true
     */
    readonly required?: boolean;
    /**
     * Human description.
     * @default - none
     */
    readonly description?: string;
}
/**
 * When an idle workspace stops itself.
 */
export interface IdleDetection {
    /**
     * Whether the idle agent runs.
     * @default true
     */
    readonly enabled?: boolean;
    /**
     * Minutes without activity before the workspace is stopped.
     * @default 30
     */
    readonly idleThresholdMinutes?: number;
    /**
     * Minutes without activity before the workspace hibernates instead (when hibernation is enabled).
     * @default - the idle threshold
     */
    readonly hibernateThresholdMinutes?: number;
    /**
     * Minutes between checks.
     * @default 5
     */
    readonly checkIntervalMinutes?: number;
    /**
     * CPU use (percent) below which the machine counts as idle.
     * @default 10
     */
    readonly cpuThresholdPercent?: number;
}
/**
 * Estimated on-demand cost per hour, by architecture, in US dollars.
 */
export interface EstimatedCost {
    /**
     * Cost on x86_64 (YAML key `x86_64`).
     * @default - unknown
     */
    readonly x86?: number;
    /**
     * Cost on arm64.
     * @default - unknown
     */
    readonly arm64?: number;
}
/**
 * Instance settings the template suggests.
 */
export interface InstanceDefaults {
    /**
     * Instance type, e.g. `t3.large`.
     * @default - from the requested size
     */
    readonly type?: string;
    /**
     * Ports the template expects to be reachable.
     * @default []
     */
    readonly ports?: number[];
    /**
     * Root volume size in GiB.
     * @default 30
     */
    readonly rootVolumeGb?: number;
    /**
     * The template author's cost estimate.
     * @default - from the bundled price table
     */
    readonly estimatedCostPerHour?: EstimatedCost;
    /**
     * Instance types the author prefers, in order.
     * @default []
     */
    readonly instanceTypePreference?: string[];
}
/**
 * A value a user can choose when launching from a template; `{{.name}}` in the template is replaced by it.
 */
export interface TemplateParameter {
    /** Parameter name, as used in `{{.name}}`. */
    readonly name: string;
    /**
     * Kind of value.
     * @default ParameterType.STRING (or the parent's type when a child overrides a parent's parameter)
     */
    readonly type?: ParameterType;
    /**
     * Default value, as text.
     * @default - none: the parameter must be given when `required`, otherwise it is empty
     */
    readonly default?: string;
    /**
     * Allowed values of a choice parameter.
     * @default []
     */
    readonly choices?: string[];
    /**
     * Lowest allowed value of an int parameter.
     * @default - no lower bound
     */
    readonly min?: number;
    /**
     * Highest allowed value of an int parameter.
     * @default - no upper bound
     */
    readonly max?: number;
    /**
     * Regular expression a string value must match.
     * @default - any value of safe characters
     */
    readonly pattern?: string;
    /**
     * Whether a value must be given.
     * @default false
     */
    readonly required?: boolean;
    /**
     * Human description.
     * @default - none
     */
    readonly description?: string;
    /**
     * Label for forms.
     * @default - the name
     */
    readonly displayName?: string;
    /**
     * Accept values that start with `-` (YAML `allow_leading_dash`). Most commands read such a
     * value as an option (`--checkpoint-action=exec=...` given to tar runs a program), so it is
     * refused unless the parameter is meant to carry options.
     * @default false
     */
    readonly allowLeadingDash?: boolean;
}
/**
 * How the lab's research users are provisioned on a workspace of this template.
 */
export interface ResearchUserSettings {
    /**
     * Create the lab's research users at boot.
     * @default true
     */
    readonly autoCreate?: boolean;
    /**
     * Refuse to start without shared storage.
     * @default false
     */
    readonly requireEfs?: boolean;
    /**
     * Mount point of the shared file system.
     * @default "/shared"
     */
    readonly efsMountPoint?: string;
    /**
     * Sub-directory of the shared file system that holds homes.
     * @default "home"
     */
    readonly efsHomeSubdirectory?: string;
    /**
     * Install each user's SSH public keys.
     * @default true
     */
    readonly installSshKeys?: boolean;
    /**
     * Shell for users that have none.
     * @default "/bin/bash"
     */
    readonly defaultShell?: string;
    /**
     * Groups every research user joins on this workspace.
     * @default []
     */
    readonly defaultGroups?: string[];
    /**
     * Environment variables for research users' sessions.
     * @default {}
     */
    readonly defaultEnvironment?: {
        [name: string]: string;
    };
}
/**
 * Machine image settings of an `ami-based` template.
 */
export interface AmiSettings {
    /**
     * Image ids by region, then by architecture (`x86_64`, `arm64`).
     * @default {}
     */
    readonly amis?: {
        [region: string]: {
            [architecture: string]: string;
        };
    };
    /**
     * Login user of the image.
     * @default - the image's default
     */
    readonly sshUser?: string;
    /**
     * Shell script run at first boot.
     * @default - none
     */
    readonly userDataScript?: string;
    /**
     * Instance types by architecture.
     * @default {}
     */
    readonly instanceTypes?: {
        [architecture: string]: string;
    };
}
/**
 * A workstation template as written in a Prism/CloudWorkstation-compatible YAML file,
 * with snake_case keys turned into camelCase. Before resolution, `{{.name}}` references
 * are still in place and inherited values are not yet merged.
 */
export interface TemplateDefinition {
    /** Display name, unique within a catalog. */
    readonly name: string;
    /** Short identifier, unique within a catalog (generated from the name when absent). */
    readonly slug: string;
    /** One-line description. */
    readonly description: string;
    /**
     * Longer description.
     * @default - none
     */
    readonly longDescription?: string;
    /**
     * Base operating system (`ubuntu-22.04`, `ubuntu-24.04`, `debian-12`, `rocky-9`, `amazonlinux-2023`, `ami-based`).
     * @default - inherited from a parent
     */
    readonly base?: string;
    /**
     * Parent templates, by slug or name, merged left to right before this template.
     * @default []
     */
    readonly inherits?: string[];
    /**
     * How users connect.
     * @default ConnectionType.AUTO
     */
    readonly connectionType?: ConnectionType;
    /**
     * Primary package manager.
     * @default - inherited, or the base system's manager
     */
    readonly packageManager?: PackageManager;
    /**
     * Packages by manager.
     * @default - none
     */
    readonly packages?: TemplatePackages;
    /**
     * Services.
     * @default []
     */
    readonly services?: TemplateService[];
    /**
     * Template accounts.
     * @default []
     */
    readonly users?: TemplateUser[];
    /**
     * Shell script run as root after packages are installed.
     * @default - none
     */
    readonly postInstall?: string;
    /**
     * Files placed at boot.
     * @default []
     */
    readonly files?: TemplateFile[];
    /**
     * Raw user-data script appended to the generated provisioning.
     * @default - none
     */
    readonly userData?: string;
    /**
     * Idle auto-stop settings.
     * @default - the idle agent's defaults
     */
    readonly idleDetection?: IdleDetection;
    /**
     * Instance defaults.
     * @default - from the requested size
     */
    readonly instanceDefaults?: InstanceDefaults;
    /**
     * Smallest workspace size the template works on (`XS`, `S`, `M`, `L`, `XL`, `GPU-S`, `GPU-M`, `GPU-L`).
     * @default - any size
     */
    readonly minimumSize?: string;
    /**
     * Parameters.
     * @default []
     */
    readonly parameters?: TemplateParameter[];
    /**
     * Fixed variables usable as `{{.NAME}}`.
     * @default {}
     */
    readonly variables?: {
        [name: string]: string;
    };
    /**
     * Research user provisioning.
     * @default - research users are created with the defaults
     */
    readonly researchUser?: ResearchUserSettings;
    /**
     * Machine image settings (for `ami-based` templates).
     * @default - none
     */
    readonly amiConfig?: AmiSettings;
    /**
     * Template version.
     * @default - none
     */
    readonly version?: string;
    /**
     * Free-form tags.
     * @default {}
     */
    readonly tags?: {
        [key: string]: string;
    };
    /**
     * Maintainer.
     * @default - none
     */
    readonly maintainer?: string;
    /**
     * Icon (an emoji or URL).
     * @default - none
     */
    readonly icon?: string;
    /**
     * Display colour.
     * @default - none
     */
    readonly color?: string;
    /**
     * Category, e.g. `Machine Learning`.
     * @default - none
     */
    readonly category?: string;
    /**
     * Research domain, e.g. `ml`.
     * @default - none
     */
    readonly domain?: string;
    /**
     * Complexity: `simple`, `moderate` or `advanced`.
     * @default - none
     */
    readonly complexity?: string;
    /**
     * Shown among popular templates.
     * @default false
     */
    readonly popular?: boolean;
    /**
     * Shown among featured templates.
     * @default false
     */
    readonly featured?: boolean;
    /** File the template was read from, or a label for templates defined in code. */
    readonly source: string;
}
