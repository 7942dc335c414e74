import { LABEL_PREFIX } from '../kubernetes/private/names';
/** Prefix of the labels and annotations this library writes. */
export { LABEL_PREFIX };
export declare const LABELS: {
    readonly managedBy: "app.kubernetes.io/managed-by";
    readonly partOf: "app.kubernetes.io/part-of";
    readonly component: "app.kubernetes.io/component";
    readonly permitId: "cdk-research-workspaces.dev/permit-id";
    readonly eventId: "cdk-research-workspaces.dev/event-id";
    readonly status: "cdk-research-workspaces.dev/permit-status";
    readonly workspace: "cdk-research-workspaces.dev/workspace";
    readonly volume: "cdk-research-workspaces.dev/volume";
    readonly sensitive: "cdk-research-workspaces.dev/sensitive";
};
export declare const ANNOTATIONS: {
    readonly eventId: "cdk-research-workspaces.dev/event-id";
    readonly previousStatus: "cdk-research-workspaces.dev/previous-status";
    readonly entrypointSha256: "cdk-research-workspaces.dev/entrypoint-sha256";
    readonly configSha256: "cdk-research-workspaces.dev/config-sha256";
};
export declare const MANAGED_BY = "cdk-research-workspaces";
/** Whether a string is a valid Kubernetes label value (at most 63 characters). */
export declare function isLabelValue(s: string): boolean;
/** Whether a string is a valid label key: an optional DNS-subdomain prefix and a name of at most 63. */
export declare function isLabelKey(s: string): boolean;
/** Whether a string is a DNS-1123 label (names of namespaces, services, most objects). */
export declare function isDnsLabel(s: string): boolean;
/** Whether a string is a DNS-1123 subdomain (ConfigMap, Secret, RBAC object names). */
export declare function isDnsSubdomain(s: string): boolean;
/**
 * Turns any string (an event id) into a valid label value. Characters outside
 * `[A-Za-z0-9-_.]` become `-`, the ends are trimmed to letters or digits, and when anything
 * had to change (or the value is longer than 63) the first 10 hex digits of its SHA-256 are
 * appended, so two different ids never share a label. The exact id is kept in an annotation.
 */
export declare function sanitizeLabelValue(raw: string): string;
/** SHA-256 of a text, hex. */
export declare function sha256(text: string): string;
/**
 * The only capabilities the airlock container keeps (all others dropped, no privilege
 * escalation): useradd/chown at start (CHOWN, DAC_OVERRIDE, FOWNER), sshd's privilege
 * separation and per-user chroot (SETUID, SETGID, SYS_CHROOT, KILL, AUDIT_WRITE), port 22
 * (NET_BIND_SERVICE). The chroot test runs the entrypoint and sshd with exactly this set.
 */
export declare const AIRLOCK_CAPABILITIES: string[];
/**
 * The only capabilities the desktop container keeps (all others dropped, no privilege
 * escalation): useradd/chown/chpasswd at start (CHOWN, DAC_OVERRIDE, FOWNER, FSETID),
 * xrdp-sesman switching to the user (SETUID, SETGID), ending sessions (KILL), PAM's audit
 * records (AUDIT_WRITE). The chroot test runs the entrypoint with exactly this set.
 */
export declare const DESKTOP_CAPABILITIES: string[];
/** Private and special-purpose ranges the package proxy may never reach. */
export declare const PRIVATE_IPV4: string[];
export declare const PRIVATE_IPV6: string[];
/**
 * squid's `dstdomain` list for an allowlist: `pypi.org` allows exactly that host, `*.example.org`
 * becomes `.example.org` (the domain and every subdomain). Entries covered by a wildcard are
 * dropped (squid refuses a list with both), the rest sorted.
 */
export declare function squidDomains(domains: string[]): string[];
/** Folder of the package proxy's log pipes (an emptyDir in the pod). */
export declare const SQUID_LOG_DIR = "/var/log/squid";
/**
 * The package proxy's start script (`sh -c <script> squid-start <log dir> <squid.conf>`).
 * squid runs unprivileged, so it cannot reopen the container's stdout and stderr (pipes that
 * belong to the runtime's root): it logs into two FIFOs in the log folder that `cat` copies to
 * stdout (access log) and stderr (cache log); `kubectl logs` shows both.
 */
export declare const SQUID_START_SCRIPT: string;
/** squid.conf of a permit's (or a lab's) package proxy: only CONNECT to 443 and GET to 80 of allowlisted hosts. */
export declare function squidConfig(permitId: string, allowlistPath: string, port: number, owner?: 'permit' | 'lab', logDir?: string): string;
/**
 * A literal string as Terraform must see it in JSON configuration: `${` and `%{` start template
 * sequences there, so they are doubled (`$${`, `%%{`). Every free text that reaches the
 * configuration (scripts, configuration files, commands, the raw event id) goes through this:
 * an event id such as `${file("/etc/shadow")}` stays a string. Strings that hold cdktf tokens
 * (references) are left alone.
 */
export declare function tfLiteral(s: string): string;
