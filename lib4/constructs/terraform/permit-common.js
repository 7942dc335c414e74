"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.SQUID_START_SCRIPT = exports.SQUID_LOG_DIR = exports.PRIVATE_IPV6 = exports.PRIVATE_IPV4 = exports.DESKTOP_CAPABILITIES = exports.AIRLOCK_CAPABILITIES = exports.MANAGED_BY = exports.ANNOTATIONS = exports.LABELS = exports.LABEL_PREFIX = void 0;
exports.isLabelValue = isLabelValue;
exports.isLabelKey = isLabelKey;
exports.isDnsLabel = isDnsLabel;
exports.isDnsSubdomain = isDnsSubdomain;
exports.sanitizeLabelValue = sanitizeLabelValue;
exports.sha256 = sha256;
exports.squidDomains = squidDomains;
exports.squidConfig = squidConfig;
exports.tfLiteral = tfLiteral;
/**
 * Helpers of the Kubernetes permit construct: label and name rules, the package proxy's
 * configuration, quantities. Pure functions; not exported from the package.
 */
const crypto = __importStar(require("crypto"));
const cdktf_1 = require("./cdktf");
const names_1 = require("../kubernetes/private/names");
Object.defineProperty(exports, "LABEL_PREFIX", { enumerable: true, get: function () { return names_1.LABEL_PREFIX; } });
exports.LABELS = {
    managedBy: 'app.kubernetes.io/managed-by',
    partOf: 'app.kubernetes.io/part-of',
    component: 'app.kubernetes.io/component',
    permitId: `${names_1.LABEL_PREFIX}/permit-id`,
    eventId: `${names_1.LABEL_PREFIX}/event-id`,
    status: `${names_1.LABEL_PREFIX}/permit-status`,
    workspace: `${names_1.LABEL_PREFIX}/workspace`,
    volume: `${names_1.LABEL_PREFIX}/volume`,
    sensitive: `${names_1.LABEL_PREFIX}/sensitive`,
};
exports.ANNOTATIONS = {
    eventId: `${names_1.LABEL_PREFIX}/event-id`,
    previousStatus: `${names_1.LABEL_PREFIX}/previous-status`,
    entrypointSha256: `${names_1.LABEL_PREFIX}/entrypoint-sha256`,
    configSha256: `${names_1.LABEL_PREFIX}/config-sha256`,
};
exports.MANAGED_BY = 'cdk-research-workspaces';
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Whether a string is a valid Kubernetes label value (at most 63 characters). */
function isLabelValue(s) {
    return s.length <= 63 && LABEL_VALUE.test(s);
}
/** Whether a string is a valid label key: an optional DNS-subdomain prefix and a name of at most 63. */
function isLabelKey(s) {
    const slash = s.lastIndexOf('/');
    const prefix = slash >= 0 ? s.slice(0, slash) : undefined;
    const name = slash >= 0 ? s.slice(slash + 1) : s;
    if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)))
        return false;
    return name.length > 0 && name.length <= 63 && /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/.test(name);
}
/** Whether a string is a DNS-1123 label (names of namespaces, services, most objects). */
function isDnsLabel(s) {
    return s.length <= 63 && DNS_LABEL.test(s);
}
/** Whether a string is a DNS-1123 subdomain (ConfigMap, Secret, RBAC object names). */
function isDnsSubdomain(s) {
    return s.length <= 253 && DNS_SUBDOMAIN.test(s);
}
/**
 * Turns any string (an event id) into a valid label value. Characters outside
 * `[A-Za-z0-9-_.]` become `-`, the ends are trimmed to letters or digits, and when anything
 * had to change (or the value is longer than 63) the first 10 hex digits of its SHA-256 are
 * appended, so two different ids never share a label. The exact id is kept in an annotation.
 */
function sanitizeLabelValue(raw) {
    if (isLabelValue(raw) && raw.length > 0)
        return raw;
    const hash = crypto.createHash('sha256').update(raw).digest('hex').slice(0, 10);
    const cleaned = raw.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').replace(/[^A-Za-z0-9]+$/, '');
    const head = cleaned.slice(0, 52).replace(/[^A-Za-z0-9]+$/, '');
    return head ? `${head}-${hash}` : hash;
}
/** SHA-256 of a text, hex. */
function sha256(text) {
    return crypto.createHash('sha256').update(text).digest('hex');
}
/**
 * The only capabilities the airlock container keeps (all others dropped, no privilege
 * escalation): useradd/chown at start (CHOWN, DAC_OVERRIDE, FOWNER), sshd's privilege
 * separation and per-user chroot (SETUID, SETGID, SYS_CHROOT, KILL, AUDIT_WRITE), port 22
 * (NET_BIND_SERVICE). The chroot test runs the entrypoint and sshd with exactly this set.
 */
exports.AIRLOCK_CAPABILITIES = ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'KILL', 'NET_BIND_SERVICE', 'SETGID', 'SETUID', 'SYS_CHROOT'];
/**
 * The only capabilities the desktop container keeps (all others dropped, no privilege
 * escalation): useradd/chown/chpasswd at start (CHOWN, DAC_OVERRIDE, FOWNER, FSETID),
 * xrdp-sesman switching to the user (SETUID, SETGID), ending sessions (KILL), PAM's audit
 * records (AUDIT_WRITE). The chroot test runs the entrypoint with exactly this set.
 */
exports.DESKTOP_CAPABILITIES = ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID'];
/** Private and special-purpose ranges the package proxy may never reach. */
exports.PRIVATE_IPV4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16', '127.0.0.0/8', '0.0.0.0/8'];
exports.PRIVATE_IPV6 = ['fc00::/7', 'fe80::/10', '::1/128'];
/**
 * squid's `dstdomain` list for an allowlist: `pypi.org` allows exactly that host, `*.example.org`
 * becomes `.example.org` (the domain and every subdomain). Entries covered by a wildcard are
 * dropped (squid refuses a list with both), the rest sorted.
 */
function squidDomains(domains) {
    const wild = new Set(domains.filter((d) => d.startsWith('*.')).map((d) => d.slice(2).toLowerCase()));
    const covered = (host) => [...wild].some((w) => host === w || host.endsWith(`.${w}`));
    const out = new Set();
    for (const w of wild) {
        if (![...wild].some((o) => o !== w && w.endsWith(`.${o}`)))
            out.add(`.${w}`);
    }
    for (const d of domains.filter((x) => !x.startsWith('*.')).map((x) => x.toLowerCase())) {
        if (!covered(d))
            out.add(d);
    }
    return [...out].sort();
}
/** Folder of the package proxy's log pipes (an emptyDir in the pod). */
exports.SQUID_LOG_DIR = '/var/log/squid';
/**
 * The package proxy's start script (`sh -c <script> squid-start <log dir> <squid.conf>`).
 * squid runs unprivileged, so it cannot reopen the container's stdout and stderr (pipes that
 * belong to the runtime's root): it logs into two FIFOs in the log folder that `cat` copies to
 * stdout (access log) and stderr (cache log); `kubectl logs` shows both.
 */
exports.SQUID_START_SCRIPT = [
    'set -eu',
    'rm -f "$1/access.pipe" "$1/cache.pipe"',
    'mkfifo -m 0600 "$1/access.pipe" "$1/cache.pipe"',
    'cat "$1/access.pipe" &',
    'cat "$1/cache.pipe" >&2 &',
    'exec squid -N -d 1 -f "$2"',
].join('\n');
/** squid.conf of a permit's (or a lab's) package proxy: only CONNECT to 443 and GET to 80 of allowlisted hosts. */
function squidConfig(permitId, allowlistPath, port, owner = 'permit', logDir = exports.SQUID_LOG_DIR) {
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
function tfLiteral(s) {
    // A string holding cdktf tokens (variables, references) is passed through untouched.
    if (cdktf_1.Token.isUnresolved(s))
        return s;
    return s.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVybWl0LWNvbW1vbi5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL3RlcnJhZm9ybS9wZXJtaXQtY29tbW9uLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQXFDQSxvQ0FFQztBQUdELGdDQU1DO0FBR0QsZ0NBRUM7QUFHRCx3Q0FFQztBQVFELGdEQU1DO0FBR0Qsd0JBRUM7QUEyQkQsb0NBV0M7QUFxQkQsa0NBMEJDO0FBU0QsOEJBSUM7QUEvS0Q7OztHQUdHO0FBQ0gsK0NBQWlDO0FBQ2pDLG1DQUFnQztBQUNoQyx1REFBMkQ7QUFHbEQsNkZBSEEsb0JBQVksT0FHQTtBQUVSLFFBQUEsTUFBTSxHQUFHO0lBQ3BCLFNBQVMsRUFBRSw4QkFBOEI7SUFDekMsTUFBTSxFQUFFLDJCQUEyQjtJQUNuQyxTQUFTLEVBQUUsNkJBQTZCO0lBQ3hDLFFBQVEsRUFBRSxHQUFHLG9CQUFZLFlBQVk7SUFDckMsT0FBTyxFQUFFLEdBQUcsb0JBQVksV0FBVztJQUNuQyxNQUFNLEVBQUUsR0FBRyxvQkFBWSxnQkFBZ0I7SUFDdkMsU0FBUyxFQUFFLEdBQUcsb0JBQVksWUFBWTtJQUN0QyxNQUFNLEVBQUUsR0FBRyxvQkFBWSxTQUFTO0lBQ2hDLFNBQVMsRUFBRSxHQUFHLG9CQUFZLFlBQVk7Q0FDOUIsQ0FBQztBQUVFLFFBQUEsV0FBVyxHQUFHO0lBQ3pCLE9BQU8sRUFBRSxHQUFHLG9CQUFZLFdBQVc7SUFDbkMsY0FBYyxFQUFFLEdBQUcsb0JBQVksa0JBQWtCO0lBQ2pELGdCQUFnQixFQUFFLEdBQUcsb0JBQVksb0JBQW9CO0lBQ3JELFlBQVksRUFBRSxHQUFHLG9CQUFZLGdCQUFnQjtDQUNyQyxDQUFDO0FBRUUsUUFBQSxVQUFVLEdBQUcseUJBQXlCLENBQUM7QUFFcEQsTUFBTSxXQUFXLEdBQUcsK0NBQStDLENBQUM7QUFDcEUsTUFBTSxTQUFTLEdBQUcsaUNBQWlDLENBQUM7QUFDcEQsTUFBTSxhQUFhLEdBQUcsbUVBQW1FLENBQUM7QUFFMUYsa0ZBQWtGO0FBQ2xGLFNBQWdCLFlBQVksQ0FBQyxDQUFTO0lBQ3BDLE9BQU8sQ0FBQyxDQUFDLE1BQU0sSUFBSSxFQUFFLElBQUksV0FBVyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUMvQyxDQUFDO0FBRUQsd0dBQXdHO0FBQ3hHLFNBQWdCLFVBQVUsQ0FBQyxDQUFTO0lBQ2xDLE1BQU0sS0FBSyxHQUFHLENBQUMsQ0FBQyxXQUFXLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDakMsTUFBTSxNQUFNLEdBQUcsS0FBSyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztJQUMxRCxNQUFNLElBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEtBQUssR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ2pELElBQUksTUFBTSxLQUFLLFNBQVMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQztRQUFFLE9BQU8sS0FBSyxDQUFDO0lBQy9GLE9BQU8sSUFBSSxDQUFDLE1BQU0sR0FBRyxDQUFDLElBQUksSUFBSSxDQUFDLE1BQU0sSUFBSSxFQUFFLElBQUksNENBQTRDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0FBQ3pHLENBQUM7QUFFRCwwRkFBMEY7QUFDMUYsU0FBZ0IsVUFBVSxDQUFDLENBQVM7SUFDbEMsT0FBTyxDQUFDLENBQUMsTUFBTSxJQUFJLEVBQUUsSUFBSSxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQzdDLENBQUM7QUFFRCx1RkFBdUY7QUFDdkYsU0FBZ0IsY0FBYyxDQUFDLENBQVM7SUFDdEMsT0FBTyxDQUFDLENBQUMsTUFBTSxJQUFJLEdBQUcsSUFBSSxhQUFhLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ2xELENBQUM7QUFFRDs7Ozs7R0FLRztBQUNILFNBQWdCLGtCQUFrQixDQUFDLEdBQVc7SUFDNUMsSUFBSSxZQUFZLENBQUMsR0FBRyxDQUFDLElBQUksR0FBRyxDQUFDLE1BQU0sR0FBRyxDQUFDO1FBQUUsT0FBTyxHQUFHLENBQUM7SUFDcEQsTUFBTSxJQUFJLEdBQUcsTUFBTSxDQUFDLFVBQVUsQ0FBQyxRQUFRLENBQUMsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDaEYsTUFBTSxPQUFPLEdBQUcsR0FBRyxDQUFDLE9BQU8sQ0FBQyxtQkFBbUIsRUFBRSxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsZ0JBQWdCLEVBQUUsRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLGdCQUFnQixFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ2xILE1BQU0sSUFBSSxHQUFHLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxnQkFBZ0IsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNoRSxPQUFPLElBQUksQ0FBQyxDQUFDLENBQUMsR0FBRyxJQUFJLElBQUksSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztBQUN6QyxDQUFDO0FBRUQsOEJBQThCO0FBQzlCLFNBQWdCLE1BQU0sQ0FBQyxJQUFZO0lBQ2pDLE9BQU8sTUFBTSxDQUFDLFVBQVUsQ0FBQyxRQUFRLENBQUMsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxDQUFDO0FBQ2hFLENBQUM7QUFFRDs7Ozs7R0FLRztBQUNVLFFBQUEsb0JBQW9CLEdBQUcsQ0FBQyxhQUFhLEVBQUUsT0FBTyxFQUFFLGNBQWMsRUFBRSxRQUFRLEVBQUUsTUFBTSxFQUFFLGtCQUFrQixFQUFFLFFBQVEsRUFBRSxRQUFRLEVBQUUsWUFBWSxDQUFDLENBQUM7QUFFcko7Ozs7O0dBS0c7QUFDVSxRQUFBLG9CQUFvQixHQUFHLENBQUMsYUFBYSxFQUFFLE9BQU8sRUFBRSxjQUFjLEVBQUUsUUFBUSxFQUFFLFFBQVEsRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLFFBQVEsQ0FBQyxDQUFDO0FBRTdILDRFQUE0RTtBQUMvRCxRQUFBLFlBQVksR0FBRyxDQUFDLFlBQVksRUFBRSxlQUFlLEVBQUUsZ0JBQWdCLEVBQUUsZUFBZSxFQUFFLGdCQUFnQixFQUFFLGFBQWEsRUFBRSxXQUFXLENBQUMsQ0FBQztBQUNoSSxRQUFBLFlBQVksR0FBRyxDQUFDLFVBQVUsRUFBRSxXQUFXLEVBQUUsU0FBUyxDQUFDLENBQUM7QUFFakU7Ozs7R0FJRztBQUNILFNBQWdCLFlBQVksQ0FBQyxPQUFpQjtJQUM1QyxNQUFNLElBQUksR0FBRyxJQUFJLEdBQUcsQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUNyRyxNQUFNLE9BQU8sR0FBRyxDQUFDLElBQVksRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBSSxLQUFLLENBQUMsSUFBSSxJQUFJLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQzlGLE1BQU0sR0FBRyxHQUFHLElBQUksR0FBRyxFQUFVLENBQUM7SUFDOUIsS0FBSyxNQUFNLENBQUMsSUFBSSxJQUFJLEVBQUUsQ0FBQztRQUNyQixJQUFJLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQy9FLENBQUM7SUFDRCxLQUFLLE1BQU0sQ0FBQyxJQUFJLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDLEVBQUUsQ0FBQztRQUN2RixJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQztZQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDOUIsQ0FBQztJQUNELE9BQU8sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDO0FBQ3pCLENBQUM7QUFFRCx3RUFBd0U7QUFDM0QsUUFBQSxhQUFhLEdBQUcsZ0JBQWdCLENBQUM7QUFFOUM7Ozs7O0dBS0c7QUFDVSxRQUFBLGtCQUFrQixHQUFHO0lBQ2hDLFNBQVM7SUFDVCx3Q0FBd0M7SUFDeEMsaURBQWlEO0lBQ2pELHdCQUF3QjtJQUN4QiwyQkFBMkI7SUFDM0IsNEJBQTRCO0NBQzdCLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0FBRWIsbUhBQW1IO0FBQ25ILFNBQWdCLFdBQVcsQ0FBQyxRQUFnQixFQUFFLGFBQXFCLEVBQUUsSUFBWSxFQUFFLFFBQTBCLFFBQVEsRUFBRSxTQUFpQixxQkFBYTtJQUNuSixPQUFPO1FBQ0wsc0JBQXNCLEtBQUssSUFBSSxRQUFRLG9EQUFvRDtRQUMzRixzREFBc0Q7UUFDdEQsYUFBYSxJQUFJLEVBQUU7UUFDbkIsb0NBQW9DLGFBQWEsR0FBRztRQUNwRCx3QkFBd0I7UUFDeEIsd0JBQXdCO1FBQ3hCLHlCQUF5QjtRQUN6Qiw0QkFBNEI7UUFDNUIsOEJBQThCO1FBQzlCLHFDQUFxQztRQUNyQyxrQ0FBa0M7UUFDbEMsc0JBQXNCO1FBQ3RCLGdCQUFnQjtRQUNoQixzQkFBc0I7UUFDdEIsa0NBQWtDO1FBQ2xDLGlDQUFpQyxLQUFLLElBQUksUUFBUSxFQUFFO1FBQ3BELG9CQUFvQixNQUFNLGNBQWM7UUFDeEMsbUJBQW1CLE1BQU0sYUFBYTtRQUN0QyxtQkFBbUI7UUFDbkIsK0VBQStFO1FBQy9FLG1CQUFtQjtRQUNuQiw2QkFBNkI7UUFDN0IsRUFBRTtLQUNILENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0FBQ2YsQ0FBQztBQUVEOzs7Ozs7R0FNRztBQUNILFNBQWdCLFNBQVMsQ0FBQyxDQUFTO0lBQ2pDLHFGQUFxRjtJQUNyRixJQUFJLGFBQUssQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDO1FBQUUsT0FBTyxDQUFDLENBQUM7SUFDcEMsT0FBTyxDQUFDLENBQUMsT0FBTyxDQUFDLE9BQU8sRUFBRSxHQUFHLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxPQUFPLENBQUMsTUFBTSxFQUFFLEdBQUcsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDO0FBQ3RFLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIEhlbHBlcnMgb2YgdGhlIEt1YmVybmV0ZXMgcGVybWl0IGNvbnN0cnVjdDogbGFiZWwgYW5kIG5hbWUgcnVsZXMsIHRoZSBwYWNrYWdlIHByb3h5J3NcbiAqIGNvbmZpZ3VyYXRpb24sIHF1YW50aXRpZXMuIFB1cmUgZnVuY3Rpb25zOyBub3QgZXhwb3J0ZWQgZnJvbSB0aGUgcGFja2FnZS5cbiAqL1xuaW1wb3J0ICogYXMgY3J5cHRvIGZyb20gJ2NyeXB0byc7XG5pbXBvcnQgeyBUb2tlbiB9IGZyb20gJy4vY2RrdGYnO1xuaW1wb3J0IHsgTEFCRUxfUFJFRklYIH0gZnJvbSAnLi4va3ViZXJuZXRlcy9wcml2YXRlL25hbWVzJztcblxuLyoqIFByZWZpeCBvZiB0aGUgbGFiZWxzIGFuZCBhbm5vdGF0aW9ucyB0aGlzIGxpYnJhcnkgd3JpdGVzLiAqL1xuZXhwb3J0IHsgTEFCRUxfUFJFRklYIH07XG5cbmV4cG9ydCBjb25zdCBMQUJFTFMgPSB7XG4gIG1hbmFnZWRCeTogJ2FwcC5rdWJlcm5ldGVzLmlvL21hbmFnZWQtYnknLFxuICBwYXJ0T2Y6ICdhcHAua3ViZXJuZXRlcy5pby9wYXJ0LW9mJyxcbiAgY29tcG9uZW50OiAnYXBwLmt1YmVybmV0ZXMuaW8vY29tcG9uZW50JyxcbiAgcGVybWl0SWQ6IGAke0xBQkVMX1BSRUZJWH0vcGVybWl0LWlkYCxcbiAgZXZlbnRJZDogYCR7TEFCRUxfUFJFRklYfS9ldmVudC1pZGAsXG4gIHN0YXR1czogYCR7TEFCRUxfUFJFRklYfS9wZXJtaXQtc3RhdHVzYCxcbiAgd29ya3NwYWNlOiBgJHtMQUJFTF9QUkVGSVh9L3dvcmtzcGFjZWAsXG4gIHZvbHVtZTogYCR7TEFCRUxfUFJFRklYfS92b2x1bWVgLFxuICBzZW5zaXRpdmU6IGAke0xBQkVMX1BSRUZJWH0vc2Vuc2l0aXZlYCxcbn0gYXMgY29uc3Q7XG5cbmV4cG9ydCBjb25zdCBBTk5PVEFUSU9OUyA9IHtcbiAgZXZlbnRJZDogYCR7TEFCRUxfUFJFRklYfS9ldmVudC1pZGAsXG4gIHByZXZpb3VzU3RhdHVzOiBgJHtMQUJFTF9QUkVGSVh9L3ByZXZpb3VzLXN0YXR1c2AsXG4gIGVudHJ5cG9pbnRTaGEyNTY6IGAke0xBQkVMX1BSRUZJWH0vZW50cnlwb2ludC1zaGEyNTZgLFxuICBjb25maWdTaGEyNTY6IGAke0xBQkVMX1BSRUZJWH0vY29uZmlnLXNoYTI1NmAsXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgY29uc3QgTUFOQUdFRF9CWSA9ICdjZGstcmVzZWFyY2gtd29ya3NwYWNlcyc7XG5cbmNvbnN0IExBQkVMX1ZBTFVFID0gL14oKFtBLVphLXowLTldWy1BLVphLXowLTlfLl0qKT9bQS1aYS16MC05XSk/JC87XG5jb25zdCBETlNfTEFCRUwgPSAvXlthLXowLTldKFstYS16MC05XSpbYS16MC05XSk/JC87XG5jb25zdCBETlNfU1VCRE9NQUlOID0gL15bYS16MC05XShbLWEtejAtOV0qW2EtejAtOV0pPyhcXC5bYS16MC05XShbLWEtejAtOV0qW2EtejAtOV0pPykqJC87XG5cbi8qKiBXaGV0aGVyIGEgc3RyaW5nIGlzIGEgdmFsaWQgS3ViZXJuZXRlcyBsYWJlbCB2YWx1ZSAoYXQgbW9zdCA2MyBjaGFyYWN0ZXJzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0xhYmVsVmFsdWUoczogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBzLmxlbmd0aCA8PSA2MyAmJiBMQUJFTF9WQUxVRS50ZXN0KHMpO1xufVxuXG4vKiogV2hldGhlciBhIHN0cmluZyBpcyBhIHZhbGlkIGxhYmVsIGtleTogYW4gb3B0aW9uYWwgRE5TLXN1YmRvbWFpbiBwcmVmaXggYW5kIGEgbmFtZSBvZiBhdCBtb3N0IDYzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzTGFiZWxLZXkoczogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IHNsYXNoID0gcy5sYXN0SW5kZXhPZignLycpO1xuICBjb25zdCBwcmVmaXggPSBzbGFzaCA+PSAwID8gcy5zbGljZSgwLCBzbGFzaCkgOiB1bmRlZmluZWQ7XG4gIGNvbnN0IG5hbWUgPSBzbGFzaCA+PSAwID8gcy5zbGljZShzbGFzaCArIDEpIDogcztcbiAgaWYgKHByZWZpeCAhPT0gdW5kZWZpbmVkICYmIChwcmVmaXgubGVuZ3RoID4gMjUzIHx8ICFETlNfU1VCRE9NQUlOLnRlc3QocHJlZml4KSkpIHJldHVybiBmYWxzZTtcbiAgcmV0dXJuIG5hbWUubGVuZ3RoID4gMCAmJiBuYW1lLmxlbmd0aCA8PSA2MyAmJiAvXihbQS1aYS16MC05XVstQS1aYS16MC05Xy5dKik/W0EtWmEtejAtOV0kLy50ZXN0KG5hbWUpO1xufVxuXG4vKiogV2hldGhlciBhIHN0cmluZyBpcyBhIEROUy0xMTIzIGxhYmVsIChuYW1lcyBvZiBuYW1lc3BhY2VzLCBzZXJ2aWNlcywgbW9zdCBvYmplY3RzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0Ruc0xhYmVsKHM6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gcy5sZW5ndGggPD0gNjMgJiYgRE5TX0xBQkVMLnRlc3Qocyk7XG59XG5cbi8qKiBXaGV0aGVyIGEgc3RyaW5nIGlzIGEgRE5TLTExMjMgc3ViZG9tYWluIChDb25maWdNYXAsIFNlY3JldCwgUkJBQyBvYmplY3QgbmFtZXMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzRG5zU3ViZG9tYWluKHM6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gcy5sZW5ndGggPD0gMjUzICYmIEROU19TVUJET01BSU4udGVzdChzKTtcbn1cblxuLyoqXG4gKiBUdXJucyBhbnkgc3RyaW5nIChhbiBldmVudCBpZCkgaW50byBhIHZhbGlkIGxhYmVsIHZhbHVlLiBDaGFyYWN0ZXJzIG91dHNpZGVcbiAqIGBbQS1aYS16MC05LV8uXWAgYmVjb21lIGAtYCwgdGhlIGVuZHMgYXJlIHRyaW1tZWQgdG8gbGV0dGVycyBvciBkaWdpdHMsIGFuZCB3aGVuIGFueXRoaW5nXG4gKiBoYWQgdG8gY2hhbmdlIChvciB0aGUgdmFsdWUgaXMgbG9uZ2VyIHRoYW4gNjMpIHRoZSBmaXJzdCAxMCBoZXggZGlnaXRzIG9mIGl0cyBTSEEtMjU2IGFyZVxuICogYXBwZW5kZWQsIHNvIHR3byBkaWZmZXJlbnQgaWRzIG5ldmVyIHNoYXJlIGEgbGFiZWwuIFRoZSBleGFjdCBpZCBpcyBrZXB0IGluIGFuIGFubm90YXRpb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzYW5pdGl6ZUxhYmVsVmFsdWUocmF3OiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAoaXNMYWJlbFZhbHVlKHJhdykgJiYgcmF3Lmxlbmd0aCA+IDApIHJldHVybiByYXc7XG4gIGNvbnN0IGhhc2ggPSBjcnlwdG8uY3JlYXRlSGFzaCgnc2hhMjU2JykudXBkYXRlKHJhdykuZGlnZXN0KCdoZXgnKS5zbGljZSgwLCAxMCk7XG4gIGNvbnN0IGNsZWFuZWQgPSByYXcucmVwbGFjZSgvW15BLVphLXowLTkuXy1dKy9nLCAnLScpLnJlcGxhY2UoL15bXkEtWmEtejAtOV0rLywgJycpLnJlcGxhY2UoL1teQS1aYS16MC05XSskLywgJycpO1xuICBjb25zdCBoZWFkID0gY2xlYW5lZC5zbGljZSgwLCA1MikucmVwbGFjZSgvW15BLVphLXowLTldKyQvLCAnJyk7XG4gIHJldHVybiBoZWFkID8gYCR7aGVhZH0tJHtoYXNofWAgOiBoYXNoO1xufVxuXG4vKiogU0hBLTI1NiBvZiBhIHRleHQsIGhleC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzaGEyNTYodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGNyeXB0by5jcmVhdGVIYXNoKCdzaGEyNTYnKS51cGRhdGUodGV4dCkuZGlnZXN0KCdoZXgnKTtcbn1cblxuLyoqXG4gKiBUaGUgb25seSBjYXBhYmlsaXRpZXMgdGhlIGFpcmxvY2sgY29udGFpbmVyIGtlZXBzIChhbGwgb3RoZXJzIGRyb3BwZWQsIG5vIHByaXZpbGVnZVxuICogZXNjYWxhdGlvbik6IHVzZXJhZGQvY2hvd24gYXQgc3RhcnQgKENIT1dOLCBEQUNfT1ZFUlJJREUsIEZPV05FUiksIHNzaGQncyBwcml2aWxlZ2VcbiAqIHNlcGFyYXRpb24gYW5kIHBlci11c2VyIGNocm9vdCAoU0VUVUlELCBTRVRHSUQsIFNZU19DSFJPT1QsIEtJTEwsIEFVRElUX1dSSVRFKSwgcG9ydCAyMlxuICogKE5FVF9CSU5EX1NFUlZJQ0UpLiBUaGUgY2hyb290IHRlc3QgcnVucyB0aGUgZW50cnlwb2ludCBhbmQgc3NoZCB3aXRoIGV4YWN0bHkgdGhpcyBzZXQuXG4gKi9cbmV4cG9ydCBjb25zdCBBSVJMT0NLX0NBUEFCSUxJVElFUyA9IFsnQVVESVRfV1JJVEUnLCAnQ0hPV04nLCAnREFDX09WRVJSSURFJywgJ0ZPV05FUicsICdLSUxMJywgJ05FVF9CSU5EX1NFUlZJQ0UnLCAnU0VUR0lEJywgJ1NFVFVJRCcsICdTWVNfQ0hST09UJ107XG5cbi8qKlxuICogVGhlIG9ubHkgY2FwYWJpbGl0aWVzIHRoZSBkZXNrdG9wIGNvbnRhaW5lciBrZWVwcyAoYWxsIG90aGVycyBkcm9wcGVkLCBubyBwcml2aWxlZ2VcbiAqIGVzY2FsYXRpb24pOiB1c2VyYWRkL2Nob3duL2NocGFzc3dkIGF0IHN0YXJ0IChDSE9XTiwgREFDX09WRVJSSURFLCBGT1dORVIsIEZTRVRJRCksXG4gKiB4cmRwLXNlc21hbiBzd2l0Y2hpbmcgdG8gdGhlIHVzZXIgKFNFVFVJRCwgU0VUR0lEKSwgZW5kaW5nIHNlc3Npb25zIChLSUxMKSwgUEFNJ3MgYXVkaXRcbiAqIHJlY29yZHMgKEFVRElUX1dSSVRFKS4gVGhlIGNocm9vdCB0ZXN0IHJ1bnMgdGhlIGVudHJ5cG9pbnQgd2l0aCBleGFjdGx5IHRoaXMgc2V0LlxuICovXG5leHBvcnQgY29uc3QgREVTS1RPUF9DQVBBQklMSVRJRVMgPSBbJ0FVRElUX1dSSVRFJywgJ0NIT1dOJywgJ0RBQ19PVkVSUklERScsICdGT1dORVInLCAnRlNFVElEJywgJ0tJTEwnLCAnU0VUR0lEJywgJ1NFVFVJRCddO1xuXG4vKiogUHJpdmF0ZSBhbmQgc3BlY2lhbC1wdXJwb3NlIHJhbmdlcyB0aGUgcGFja2FnZSBwcm94eSBtYXkgbmV2ZXIgcmVhY2guICovXG5leHBvcnQgY29uc3QgUFJJVkFURV9JUFY0ID0gWycxMC4wLjAuMC84JywgJzE3Mi4xNi4wLjAvMTInLCAnMTkyLjE2OC4wLjAvMTYnLCAnMTAwLjY0LjAuMC8xMCcsICcxNjkuMjU0LjAuMC8xNicsICcxMjcuMC4wLjAvOCcsICcwLjAuMC4wLzgnXTtcbmV4cG9ydCBjb25zdCBQUklWQVRFX0lQVjYgPSBbJ2ZjMDA6Oi83JywgJ2ZlODA6Oi8xMCcsICc6OjEvMTI4J107XG5cbi8qKlxuICogc3F1aWQncyBgZHN0ZG9tYWluYCBsaXN0IGZvciBhbiBhbGxvd2xpc3Q6IGBweXBpLm9yZ2AgYWxsb3dzIGV4YWN0bHkgdGhhdCBob3N0LCBgKi5leGFtcGxlLm9yZ2BcbiAqIGJlY29tZXMgYC5leGFtcGxlLm9yZ2AgKHRoZSBkb21haW4gYW5kIGV2ZXJ5IHN1YmRvbWFpbikuIEVudHJpZXMgY292ZXJlZCBieSBhIHdpbGRjYXJkIGFyZVxuICogZHJvcHBlZCAoc3F1aWQgcmVmdXNlcyBhIGxpc3Qgd2l0aCBib3RoKSwgdGhlIHJlc3Qgc29ydGVkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc3F1aWREb21haW5zKGRvbWFpbnM6IHN0cmluZ1tdKTogc3RyaW5nW10ge1xuICBjb25zdCB3aWxkID0gbmV3IFNldChkb21haW5zLmZpbHRlcigoZCkgPT4gZC5zdGFydHNXaXRoKCcqLicpKS5tYXAoKGQpID0+IGQuc2xpY2UoMikudG9Mb3dlckNhc2UoKSkpO1xuICBjb25zdCBjb3ZlcmVkID0gKGhvc3Q6IHN0cmluZykgPT4gWy4uLndpbGRdLnNvbWUoKHcpID0+IGhvc3QgPT09IHcgfHwgaG9zdC5lbmRzV2l0aChgLiR7d31gKSk7XG4gIGNvbnN0IG91dCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBmb3IgKGNvbnN0IHcgb2Ygd2lsZCkge1xuICAgIGlmICghWy4uLndpbGRdLnNvbWUoKG8pID0+IG8gIT09IHcgJiYgdy5lbmRzV2l0aChgLiR7b31gKSkpIG91dC5hZGQoYC4ke3d9YCk7XG4gIH1cbiAgZm9yIChjb25zdCBkIG9mIGRvbWFpbnMuZmlsdGVyKCh4KSA9PiAheC5zdGFydHNXaXRoKCcqLicpKS5tYXAoKHgpID0+IHgudG9Mb3dlckNhc2UoKSkpIHtcbiAgICBpZiAoIWNvdmVyZWQoZCkpIG91dC5hZGQoZCk7XG4gIH1cbiAgcmV0dXJuIFsuLi5vdXRdLnNvcnQoKTtcbn1cblxuLyoqIEZvbGRlciBvZiB0aGUgcGFja2FnZSBwcm94eSdzIGxvZyBwaXBlcyAoYW4gZW1wdHlEaXIgaW4gdGhlIHBvZCkuICovXG5leHBvcnQgY29uc3QgU1FVSURfTE9HX0RJUiA9ICcvdmFyL2xvZy9zcXVpZCc7XG5cbi8qKlxuICogVGhlIHBhY2thZ2UgcHJveHkncyBzdGFydCBzY3JpcHQgKGBzaCAtYyA8c2NyaXB0PiBzcXVpZC1zdGFydCA8bG9nIGRpcj4gPHNxdWlkLmNvbmY+YCkuXG4gKiBzcXVpZCBydW5zIHVucHJpdmlsZWdlZCwgc28gaXQgY2Fubm90IHJlb3BlbiB0aGUgY29udGFpbmVyJ3Mgc3Rkb3V0IGFuZCBzdGRlcnIgKHBpcGVzIHRoYXRcbiAqIGJlbG9uZyB0byB0aGUgcnVudGltZSdzIHJvb3QpOiBpdCBsb2dzIGludG8gdHdvIEZJRk9zIGluIHRoZSBsb2cgZm9sZGVyIHRoYXQgYGNhdGAgY29waWVzIHRvXG4gKiBzdGRvdXQgKGFjY2VzcyBsb2cpIGFuZCBzdGRlcnIgKGNhY2hlIGxvZyk7IGBrdWJlY3RsIGxvZ3NgIHNob3dzIGJvdGguXG4gKi9cbmV4cG9ydCBjb25zdCBTUVVJRF9TVEFSVF9TQ1JJUFQgPSBbXG4gICdzZXQgLWV1JyxcbiAgJ3JtIC1mIFwiJDEvYWNjZXNzLnBpcGVcIiBcIiQxL2NhY2hlLnBpcGVcIicsXG4gICdta2ZpZm8gLW0gMDYwMCBcIiQxL2FjY2Vzcy5waXBlXCIgXCIkMS9jYWNoZS5waXBlXCInLFxuICAnY2F0IFwiJDEvYWNjZXNzLnBpcGVcIiAmJyxcbiAgJ2NhdCBcIiQxL2NhY2hlLnBpcGVcIiA+JjIgJicsXG4gICdleGVjIHNxdWlkIC1OIC1kIDEgLWYgXCIkMlwiJyxcbl0uam9pbignXFxuJyk7XG5cbi8qKiBzcXVpZC5jb25mIG9mIGEgcGVybWl0J3MgKG9yIGEgbGFiJ3MpIHBhY2thZ2UgcHJveHk6IG9ubHkgQ09OTkVDVCB0byA0NDMgYW5kIEdFVCB0byA4MCBvZiBhbGxvd2xpc3RlZCBob3N0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcXVpZENvbmZpZyhwZXJtaXRJZDogc3RyaW5nLCBhbGxvd2xpc3RQYXRoOiBzdHJpbmcsIHBvcnQ6IG51bWJlciwgb3duZXI6ICdwZXJtaXQnIHwgJ2xhYicgPSAncGVybWl0JywgbG9nRGlyOiBzdHJpbmcgPSBTUVVJRF9MT0dfRElSKTogc3RyaW5nIHtcbiAgcmV0dXJuIFtcbiAgICBgIyBQYWNrYWdlIHByb3h5IG9mICR7b3duZXJ9ICR7cGVybWl0SWR9OiBvbmx5IHRoZSBhbGxvd2xpc3RlZCByZXBvc2l0b3JpZXMgYXJlIHJlYWNoYWJsZS5gLFxuICAgICcjIEdlbmVyYXRlZCBieSBjZGstcmVzZWFyY2gtd29ya3NwYWNlczsgZG8gbm90IGVkaXQuJyxcbiAgICBgaHR0cF9wb3J0ICR7cG9ydH1gLFxuICAgIGBhY2wgcGVybWl0X2FsbG93ZWQgZHN0ZG9tYWluIC1uIFwiJHthbGxvd2xpc3RQYXRofVwiYCxcbiAgICAnYWNsIFNTTF9wb3J0cyBwb3J0IDQ0MycsXG4gICAgJ2FjbCBTYWZlX3BvcnRzIHBvcnQgODAnLFxuICAgICdhY2wgU2FmZV9wb3J0cyBwb3J0IDQ0MycsXG4gICAgJ2FjbCBDT05ORUNUIG1ldGhvZCBDT05ORUNUJyxcbiAgICAnaHR0cF9hY2Nlc3MgZGVueSAhU2FmZV9wb3J0cycsXG4gICAgJ2h0dHBfYWNjZXNzIGRlbnkgQ09OTkVDVCAhU1NMX3BvcnRzJyxcbiAgICAnaHR0cF9hY2Nlc3MgYWxsb3cgcGVybWl0X2FsbG93ZWQnLFxuICAgICdodHRwX2FjY2VzcyBkZW55IGFsbCcsXG4gICAgJ2NhY2hlIGRlbnkgYWxsJyxcbiAgICAnZm9yd2FyZGVkX2ZvciBkZWxldGUnLFxuICAgICdodHRwZF9zdXBwcmVzc192ZXJzaW9uX3N0cmluZyBvbicsXG4gICAgYHZpc2libGVfaG9zdG5hbWUgZWdyZXNzLXByb3h5LiR7b3duZXJ9LSR7cGVybWl0SWR9YCxcbiAgICBgYWNjZXNzX2xvZyBzdGRpbzoke2xvZ0Rpcn0vYWNjZXNzLnBpcGVgLFxuICAgIGBjYWNoZV9sb2cgc3RkaW86JHtsb2dEaXJ9L2NhY2hlLnBpcGVgLFxuICAgICdwaWRfZmlsZW5hbWUgbm9uZScsXG4gICAgLy8gVGhlIElDTVAgcGluZ2VyIG5lZWRzIENBUF9ORVRfUkFXLCB3aGljaCB0aGUgdW5wcml2aWxlZ2VkIHBvZCBkb2VzIG5vdCBoYXZlLlxuICAgICdwaW5nZXJfZW5hYmxlIG9mZicsXG4gICAgJ3NodXRkb3duX2xpZmV0aW1lIDMgc2Vjb25kcycsXG4gICAgJycsXG4gIF0uam9pbignXFxuJyk7XG59XG5cbi8qKlxuICogQSBsaXRlcmFsIHN0cmluZyBhcyBUZXJyYWZvcm0gbXVzdCBzZWUgaXQgaW4gSlNPTiBjb25maWd1cmF0aW9uOiBgJHtgIGFuZCBgJXtgIHN0YXJ0IHRlbXBsYXRlXG4gKiBzZXF1ZW5jZXMgdGhlcmUsIHNvIHRoZXkgYXJlIGRvdWJsZWQgKGAkJHtgLCBgJSV7YCkuIEV2ZXJ5IGZyZWUgdGV4dCB0aGF0IHJlYWNoZXMgdGhlXG4gKiBjb25maWd1cmF0aW9uIChzY3JpcHRzLCBjb25maWd1cmF0aW9uIGZpbGVzLCBjb21tYW5kcywgdGhlIHJhdyBldmVudCBpZCkgZ29lcyB0aHJvdWdoIHRoaXM6XG4gKiBhbiBldmVudCBpZCBzdWNoIGFzIGAke2ZpbGUoXCIvZXRjL3NoYWRvd1wiKX1gIHN0YXlzIGEgc3RyaW5nLiBTdHJpbmdzIHRoYXQgaG9sZCBjZGt0ZiB0b2tlbnNcbiAqIChyZWZlcmVuY2VzKSBhcmUgbGVmdCBhbG9uZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRmTGl0ZXJhbChzOiBzdHJpbmcpOiBzdHJpbmcge1xuICAvLyBBIHN0cmluZyBob2xkaW5nIGNka3RmIHRva2VucyAodmFyaWFibGVzLCByZWZlcmVuY2VzKSBpcyBwYXNzZWQgdGhyb3VnaCB1bnRvdWNoZWQuXG4gIGlmIChUb2tlbi5pc1VucmVzb2x2ZWQocykpIHJldHVybiBzO1xuICByZXR1cm4gcy5yZXBsYWNlKC9cXCRcXHsvZywgKCkgPT4gJyQkeycpLnJlcGxhY2UoLyVcXHsvZywgKCkgPT4gJyUleycpO1xufVxuIl19