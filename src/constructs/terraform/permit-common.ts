/**
 * Helpers of the Kubernetes permit construct: label and name rules, the package proxy's
 * configuration, quantities. Pure functions; not exported from the package.
 */
import * as crypto from 'crypto';
import { Token } from './cdktf';
import { LABEL_PREFIX } from '../kubernetes/private/names';

/** Prefix of the labels and annotations this library writes. */
export { LABEL_PREFIX };

export const LABELS = {
  managedBy: 'app.kubernetes.io/managed-by',
  partOf: 'app.kubernetes.io/part-of',
  component: 'app.kubernetes.io/component',
  permitId: `${LABEL_PREFIX}/permit-id`,
  eventId: `${LABEL_PREFIX}/event-id`,
  status: `${LABEL_PREFIX}/permit-status`,
  workspace: `${LABEL_PREFIX}/workspace`,
  volume: `${LABEL_PREFIX}/volume`,
  sensitive: `${LABEL_PREFIX}/sensitive`,
} as const;

export const ANNOTATIONS = {
  eventId: `${LABEL_PREFIX}/event-id`,
  previousStatus: `${LABEL_PREFIX}/previous-status`,
  entrypointSha256: `${LABEL_PREFIX}/entrypoint-sha256`,
  configSha256: `${LABEL_PREFIX}/config-sha256`,
} as const;

export const MANAGED_BY = 'cdk-research-workspaces';

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Whether a string is a valid Kubernetes label value (at most 63 characters). */
export function isLabelValue(s: string): boolean {
  return s.length <= 63 && LABEL_VALUE.test(s);
}

/** Whether a string is a valid label key: an optional DNS-subdomain prefix and a name of at most 63. */
export function isLabelKey(s: string): boolean {
  const slash = s.lastIndexOf('/');
  const prefix = slash >= 0 ? s.slice(0, slash) : undefined;
  const name = slash >= 0 ? s.slice(slash + 1) : s;
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return false;
  return name.length > 0 && name.length <= 63 && /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/.test(name);
}

/** Whether a string is a DNS-1123 label (names of namespaces, services, most objects). */
export function isDnsLabel(s: string): boolean {
  return s.length <= 63 && DNS_LABEL.test(s);
}

/** Whether a string is a DNS-1123 subdomain (ConfigMap, Secret, RBAC object names). */
export function isDnsSubdomain(s: string): boolean {
  return s.length <= 253 && DNS_SUBDOMAIN.test(s);
}

/**
 * Turns any string (an event id) into a valid label value. Characters outside
 * `[A-Za-z0-9-_.]` become `-`, the ends are trimmed to letters or digits, and when anything
 * had to change (or the value is longer than 63) the first 10 hex digits of its SHA-256 are
 * appended, so two different ids never share a label. The exact id is kept in an annotation.
 */
export function sanitizeLabelValue(raw: string): string {
  if (isLabelValue(raw) && raw.length > 0) return raw;
  const hash = crypto.createHash('sha256').update(raw).digest('hex').slice(0, 10);
  const cleaned = raw.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').replace(/[^A-Za-z0-9]+$/, '');
  const head = cleaned.slice(0, 52).replace(/[^A-Za-z0-9]+$/, '');
  return head ? `${head}-${hash}` : hash;
}

/** SHA-256 of a text, hex. */
export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

/**
 * The only capabilities the airlock container keeps (all others dropped, no privilege
 * escalation): useradd/chown at start (CHOWN, DAC_OVERRIDE, FOWNER), sshd's privilege
 * separation and per-user chroot (SETUID, SETGID, SYS_CHROOT, KILL, AUDIT_WRITE), port 22
 * (NET_BIND_SERVICE). The chroot test runs the entrypoint and sshd with exactly this set.
 */
export const AIRLOCK_CAPABILITIES = ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'KILL', 'NET_BIND_SERVICE', 'SETGID', 'SETUID', 'SYS_CHROOT'];

/**
 * The only capabilities the desktop container keeps (all others dropped, no privilege
 * escalation): useradd/chown/chpasswd at start (CHOWN, DAC_OVERRIDE, FOWNER, FSETID),
 * xrdp-sesman switching to the user (SETUID, SETGID), ending sessions (KILL), PAM's audit
 * records (AUDIT_WRITE). The chroot test runs the entrypoint with exactly this set.
 */
export const DESKTOP_CAPABILITIES = ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID'];

/** Private and special-purpose ranges the package proxy may never reach. */
export const PRIVATE_IPV4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16', '127.0.0.0/8', '0.0.0.0/8'];
export const PRIVATE_IPV6 = ['fc00::/7', 'fe80::/10', '::1/128'];

/**
 * squid's `dstdomain` list for an allowlist: `pypi.org` allows exactly that host, `*.example.org`
 * becomes `.example.org` (the domain and every subdomain). Entries covered by a wildcard are
 * dropped (squid refuses a list with both), the rest sorted.
 */
export function squidDomains(domains: string[]): string[] {
  const wild = new Set(domains.filter((d) => d.startsWith('*.')).map((d) => d.slice(2).toLowerCase()));
  const covered = (host: string) => [...wild].some((w) => host === w || host.endsWith(`.${w}`));
  const out = new Set<string>();
  for (const w of wild) {
    if (![...wild].some((o) => o !== w && w.endsWith(`.${o}`))) out.add(`.${w}`);
  }
  for (const d of domains.filter((x) => !x.startsWith('*.')).map((x) => x.toLowerCase())) {
    if (!covered(d)) out.add(d);
  }
  return [...out].sort();
}

/** Folder of the package proxy's log pipes (an emptyDir in the pod). */
export const SQUID_LOG_DIR = '/var/log/squid';

/**
 * The package proxy's start script (`sh -c <script> squid-start <log dir> <squid.conf>`).
 * squid runs unprivileged, so it cannot reopen the container's stdout and stderr (pipes that
 * belong to the runtime's root): it logs into two FIFOs in the log folder that `cat` copies to
 * stdout (access log) and stderr (cache log); `kubectl logs` shows both.
 */
export const SQUID_START_SCRIPT = [
  'set -eu',
  'rm -f "$1/access.pipe" "$1/cache.pipe"',
  'mkfifo -m 0600 "$1/access.pipe" "$1/cache.pipe"',
  'cat "$1/access.pipe" &',
  'cat "$1/cache.pipe" >&2 &',
  'exec squid -N -d 1 -f "$2"',
].join('\n');

/** squid.conf of a permit's (or a lab's) package proxy: only CONNECT to 443 and GET to 80 of allowlisted hosts. */
export function squidConfig(permitId: string, allowlistPath: string, port: number, owner: 'permit' | 'lab' = 'permit', logDir: string = SQUID_LOG_DIR): string {
  return [
    `# Package proxy of ${owner} ${permitId}: only the allowlisted repositories are reachable.`,
    '# Generated by cdk-research-workspaces; do not edit.',
    `http_port ${port}`,
    `acl permit_allowed dstdomain -n "${allowlistPath}"`,
    'acl SSL_ports port 443',
    'acl Safe_ports port 80',
    'acl Safe_ports port 443',
    'acl CONNECT method CONNECT',
    'http_access deny !Safe_ports',
    'http_access deny CONNECT !SSL_ports',
    'http_access allow permit_allowed',
    'http_access deny all',
    'cache deny all',
    'forwarded_for delete',
    'httpd_suppress_version_string on',
    `visible_hostname egress-proxy.${owner}-${permitId}`,
    `access_log stdio:${logDir}/access.pipe`,
    `cache_log stdio:${logDir}/cache.pipe`,
    'pid_filename none',
    // The ICMP pinger needs CAP_NET_RAW, which the unprivileged pod does not have.
    'pinger_enable off',
    'shutdown_lifetime 3 seconds',
    '',
  ].join('\n');
}

/**
 * A literal string as Terraform must see it in JSON configuration: `${` and `%{` start template
 * sequences there, so they are doubled (`$${`, `%%{`). Every free text that reaches the
 * configuration (scripts, configuration files, commands, the raw event id) goes through this:
 * an event id such as `${file("/etc/shadow")}` stays a string. Strings that hold cdktf tokens
 * (references) are left alone.
 */
export function tfLiteral(s: string): string {
  // A string holding cdktf tokens (variables, references) is passed through untouched.
  if (Token.isUnresolved(s)) return s;
  return s.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}
