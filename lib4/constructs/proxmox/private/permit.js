"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REVIEW_MOUNT = exports.RELEASE_SPOOL = exports.ONE_TIME_PASSWORDS_PATH = exports.PASSWORD_HASHES_PATH = exports.HOST_KEY_PLACEHOLDER = exports.passwordHashPlaceholder = exports.INGRESS_TRIGGER_PATH = exports.INGRESS_TRIGGER_TIMER = exports.INGRESS_SERVICE = exports.REVIEW_EXPORT_OPTIONS = exports.RELEASE_EXPORT_OPTIONS = exports.RELEASE_ROOT_MODE = exports.RELEASE_MOUNT = exports.RELEASE_VOLUME = exports.IMAGE_PACKAGES = exports.INTERNET = exports.NOT_INTERNET = exports.PROXY_PORT = exports.EXPORT_ROOT = exports.MIN_NETWORK_SIZE = exports.HOSTS = exports.PROXY_ROLE = exports.STORAGE_ROLE = void 0;
exports.volumeSerial = volumeSerial;
exports.roleMountTable = roleMountTable;
exports.reviewExportPath = reviewExportPath;
exports.exportsFile = exportsFile;
exports.storageScript = storageScript;
exports.storageCloudConfig = storageCloudConfig;
exports.ingressTriggerAddresses = ingressTriggerAddresses;
exports.ingressTriggerScript = ingressTriggerScript;
exports.ingressFiles = ingressFiles;
exports.proxyCloudConfig = proxyCloudConfig;
exports.oneTimePasswordsScript = oneTimePasswordsScript;
exports.analysisReleaseExtras = analysisReleaseExtras;
exports.reviewMount = reviewMount;
exports.desktopCloudConfig = desktopCloudConfig;
exports.airlockCloudConfig = airlockCloudConfig;
exports.withReferences = withReferences;
/**
 * Helpers of the Proxmox permit construct: the address plan of a permit's network, the
 * storage server's export table, and the cloud-init configurations of the storage server,
 * the package proxy, the airlock and the desktops. Pure functions; not exported from the
 * package.
 */
const yaml_1 = require("yaml");
const support_1 = require("./support");
const ingress_1 = require("../../../workspaces/ingress");
const permit_1 = require("../../../workspaces/permit");
const permit_entrypoint_1 = require("../../../workspaces/permit-entrypoint");
const release_script_1 = require("../../../workspaces/release-script");
const permit_common_1 = require("../../terraform/permit-common");
/** Roles of the permit's infrastructure machines (beside the planned workspaces). */
exports.STORAGE_ROLE = 'storage';
exports.PROXY_ROLE = 'egress-proxy';
/** Host offsets in the permit's network, and VM id offsets from `vmIdBase`. */
exports.HOSTS = {
    [exports.STORAGE_ROLE]: { host: 10, vmId: 0 },
    [exports.PROXY_ROLE]: { host: 11, vmId: 1 },
    [permit_1.PermitWorkspaceRole.INGRESS_AIRLOCK]: { host: 20, vmId: 2 },
    [permit_1.PermitWorkspaceRole.HDAB_PREPROCESSING]: { host: 21, vmId: 3 },
    [permit_1.PermitWorkspaceRole.HDAB_REVIEW]: { host: 22, vmId: 4 },
    [permit_1.PermitWorkspaceRole.RESEARCHER_SETUP]: { host: 23, vmId: 5 },
    [permit_1.PermitWorkspaceRole.SETUP_REVIEW]: { host: 24, vmId: 6 },
    [permit_1.PermitWorkspaceRole.ANALYSIS]: { host: 25, vmId: 7 },
};
/** The smallest network that holds every host (a /27). */
exports.MIN_NETWORK_SIZE = 32;
/** Where the storage server mounts the volumes. */
exports.EXPORT_ROOT = '/srv/permit';
/** Port of the package proxy. */
exports.PROXY_PORT = 3128;
/** Private and special ranges the package proxy may never reach (IPv4 and IPv6). */
exports.NOT_INTERNET = [
    '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16', '127.0.0.0/8', '0.0.0.0/8', '224.0.0.0/3',
    'fc00::/7', 'fe80::/10', '::1/128', 'ff00::/8',
];
/** The whole address space (ipset cannot hold /0). */
exports.INTERNET = ['0.0.0.0/1', '128.0.0.0/1', '::/1', '8000::/1'];
/** Packages the permit's image needs (Debian/Ubuntu names; Rocky: nfs-utils, openssh-server, xrdp (EPEL), squid). */
exports.IMAGE_PACKAGES = ['cloud-init', 'nfs-common', 'nfs-kernel-server', 'openssh-server', 'xrdp', 'xfce4', 'squid', 'clamav', 'clamav-daemon', 'clamav-freshclam'];
/** Disk serial (and ext4 label) of a volume: stable, at most 16 characters. */
function volumeSerial(volume) {
    return `pv-${(0, support_1.sha256)(volume).slice(0, 12)}`;
}
/**
 * The mounts every workspace role ever has, from the lifecycle model: each status planned for
 * a permit with the same data holders. The storage server's export table is built from it
 * once, so it does not change from phase to phase; which workspaces may reach the server in
 * a phase is the firewall's job.
 */
function roleMountTable(volumes) {
    const holders = volumes.filter((v) => v.kind === permit_1.PermitVolumeKind.UPLOAD).map((v) => v.dataHolder);
    const table = new Map();
    if (holders.length === 0)
        return table;
    const base = {
        id: 'export-table',
        status: permit_1.PermitStatus.AWAITING_INGRESS,
        dataHolders: holders.map((id) => ({ id, allowedCidrs: ['192.0.2.0/24'] })),
        // Stand-in members (only the mounts are used); names with "_", which no data holder id has.
        researchers: [{ name: 'rws_table_researcher', uid: 10001 }],
        hdabPreprocessor: { name: 'rws_table_preprocessor', uid: 10002 },
        hdabReviewer: { name: 'rws_table_reviewer', uid: 10003 },
        setupReviewer: { name: 'rws_table_setup_reviewer', uid: 10004 },
    };
    for (const status of Object.values(permit_1.PermitStatus)) {
        for (const w of permit_1.PermitLifecycle.plan({ ...base, status }).workspaces)
            table.set(w.role, w.mounts);
    }
    return table;
}
/**
 * The output release area (`rws-release`'s `/data/release`): a volume of the storage server
 * beside the planned ones, in every phase that has the storage server (so the server's
 * configuration never changes between events), mounted only by the analysis workspace.
 */
exports.RELEASE_VOLUME = 'release';
/** Where the analysis workspace mounts the release area (`ReleaseCommand`'s default area). */
exports.RELEASE_MOUNT = '/data/release';
/** Mode of the release area's root on a new disk: root's, readable by everyone, writable by root only. */
exports.RELEASE_ROOT_MODE = '0755';
/**
 * The export of the release area to the analysis workspace: read-write, and root NOT squashed,
 * because the release service (`rws-release process`, root on the workspace) must create
 * root-owned snapshots (`chown root`, 0444/0555) that the researchers, who have no root there,
 * cannot change. Researchers reach it only as their own uid, which the files' modes keep out.
 */
exports.RELEASE_EXPORT_OPTIONS = 'rw,sync,no_subtree_check,no_root_squash,sec=sys';
/**
 * The export of one request's snapshot to its review VM: read-only, every uid squashed to
 * nobody (the snapshot is world-readable; nobody there needs to be anyone), and
 * `subtree_check`, so that a file handle from outside `requests/<id>` (the rest of the release
 * file system: other requests, statuses, the work folder) is refused even if a client forges one.
 */
exports.REVIEW_EXPORT_OPTIONS = 'ro,sync,subtree_check,all_squash,sec=sys';
/** The exported folder of a request's snapshot on the storage server. */
function reviewExportPath(requestId) {
    return `${exports.EXPORT_ROOT}/${exports.RELEASE_VOLUME}/requests/${requestId}`;
}
// No `users` key: cloud-init creates the image's default user, locked and without keys (the
// permit entrypoint also locks every account it did not create); `users: []` is invalid.
const HEADER = (permitId, what) => `#cloud-config\n# Permit ${permitId}: ${what}.\n# Generated by cdk-research-workspaces (ProxmoxPermitEnvironment); do not edit.\n`;
function yaml(doc) {
    return (0, yaml_1.stringify)(doc, { lineWidth: 0, blockQuote: 'literal' });
}
function unit(lines) {
    return Object.entries(lines).map(([section, body]) => `[${section}]\n${body.join('\n')}\n`).join('\n');
}
/** The export options of one client's access. */
function exportOptions(access, airlock) {
    // The airlock runs its SFTP server as root and must own each upload area's chroot:
    // no_root_squash for it alone; write-only is enforced by its SFTP server.
    if (airlock)
        return 'rw,sync,no_subtree_check,no_root_squash,sec=sys';
    return `${access === permit_1.MountAccess.READ_ONLY ? 'ro' : 'rw'},sync,no_subtree_check,root_squash,sec=sys`;
}
/**
 * `/etc/exports.d/permit.exports`: each volume to each role that ever mounts it, with its
 * access; the release area to the analysis workspace (`release`), and each reviewed request's
 * snapshot to its review VM only.
 */
function exportsFile(permitId, volumes, clients, release) {
    const lines = [`# Permit ${permitId}: NFS exports of the data volumes, by workspace address. Generated; do not edit.`];
    for (const v of volumes) {
        if (v.name === exports.RELEASE_VOLUME) {
            lines.push(release ? `${exports.EXPORT_ROOT}/${v.name} ${release.analysis}(${exports.RELEASE_EXPORT_OPTIONS})` : `# ${exports.EXPORT_ROOT}/${v.name}: not exported`);
            for (const r of release?.reviews ?? [])
                lines.push(`${reviewExportPath(r.requestId)} ${r.address}(${exports.REVIEW_EXPORT_OPTIONS})`);
            continue;
        }
        const who = clients.flatMap((c) => c.mounts.filter((m) => m.volume === v.name)
            .map((m) => `${c.address}(${exportOptions(m.access, c.role === permit_1.PermitWorkspaceRole.INGRESS_AIRLOCK)})`));
        // A volume nobody mounts (yet) is exported to no one: the line keeps it visible.
        lines.push(who.length ? `${exports.EXPORT_ROOT}/${v.name} ${who.join(' ')}` : `# ${exports.EXPORT_ROOT}/${v.name}: not exported`);
    }
    return `${lines.join('\n')}\n`;
}
/** The storage server's set-up script (formats only empty disks, mounts, exports). */
function storageScript() {
    return `#!/bin/bash
# permit-storage: data server of a permit, generated by cdk-research-workspaces; do not edit.
# For every line of /etc/permit/volumes.tsv (serial, volume, mode): waits for the disk with that
# serial, formats it ONLY when it carries no signature at all (a new, empty disk; never one
# with data), mounts it at ${exports.EXPORT_ROOT}/<volume> (fstab, by UUID) and re-exports everything.
# Runs at every boot; running it again changes nothing.
set -euo pipefail
export LC_ALL=C
table=/etc/permit/volumes.tsv
say() { printf 'permit-storage: %s\\n' "$1" >&2; }
command -v exportfs >/dev/null 2>&1 || { say "exportfs is missing: the image needs an NFS server (nfs-kernel-server or nfs-utils)"; exit 1; }
command -v mkfs.ext4 >/dev/null 2>&1 || { say "mkfs.ext4 is missing: the image needs e2fsprogs"; exit 1; }
while IFS=$'\\t' read -r serial name mode; do
  case $serial in '' | '#'*) continue ;; esac
  if ! [[ $serial =~ ^pv-[0-9a-f]{12}$ && $name =~ ^[a-z0-9][a-z0-9-]{0,62}$ && $mode =~ ^[0-7]{4}$ ]]; then
    say "bad line in $table: $serial $name $mode"
    exit 1
  fi
  dev="/dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_$serial"
  for _ in $(seq 1 30); do
    if [ -e "$dev" ]; then break; fi
    sleep 2
  done
  [ -e "$dev" ] || { say "the disk of volume $name (serial $serial) is not attached"; exit 1; }
  dir="${exports.EXPORT_ROOT}/$name"
  rc=0
  blkid -p "$dev" >/dev/null 2>&1 || rc=$?
  fresh=0
  if [ "$rc" -eq 2 ]; then
    say "volume $name: new empty disk, creating its file system"
    mkfs.ext4 -q -L "$serial" -m 0 "$dev"
    fresh=1
  elif [ "$rc" -ne 0 ]; then
    say "volume $name: blkid could not probe $dev (status $rc); not touching it"
    exit 1
  fi
  uuid=$(blkid -s UUID -o value "$dev")
  [ -n "$uuid" ] || { say "volume $name: $dev holds no file system with a UUID (a partition table?); not touching it"; exit 1; }
  install -d -m 0755 "$dir"
  if ! grep -q "^UUID=$uuid " /etc/fstab; then
    printf 'UUID=%s %s ext4 defaults,nofail,x-systemd.device-timeout=60 0 2\\n' "$uuid" "$dir" >>/etc/fstab
  fi
  mountpoint -q "$dir" || mount "$dir"
  if [ "$fresh" = 1 ]; then chmod "$mode" "$dir"; fi
  say "volume $name mounted at $dir"
done <"$table"
# A reviewed request whose snapshot does not exist (yet) must not keep the volumes from being exported.
exportfs -ra || say "exportfs reported problems (a release review of a request that does not exist?); the exports below are in force"
say "exports: $(exportfs -v | tr -s ' \\n' ' ')"
`;
}
/** cloud-config of the storage server. */
function storageCloudConfig(permitId, volumes, clients, signatureMirrorUrl, release) {
    const mode = (v) => (v.name === exports.RELEASE_VOLUME ? exports.RELEASE_ROOT_MODE : v.kind === permit_1.PermitVolumeKind.UPLOAD ? '0755' : '1777');
    const table = volumes.map((v) => `${v.serial}\t${v.name}\t${mode(v)}`).join('\n');
    const doc = {
        ssh_pwauth: false,
        disable_root: true,
        package_update: false,
        package_upgrade: false,
        write_files: [
            { path: '/etc/permit/volumes.tsv', owner: 'root:root', permissions: '0600', content: `# serial\tvolume\tmode of a new volume's root\n${table}\n` },
            { path: '/etc/exports.d/permit.exports', owner: 'root:root', permissions: '0644', content: exportsFile(permitId, volumes, clients, release) },
            { path: '/etc/nfs.conf.d/permit.conf', owner: 'root:root', permissions: '0644', content: '# NFSv4 only: the firewall opens TCP 2049 and nothing else.\n[nfsd]\nvers3=n\n' },
            { path: '/usr/local/sbin/permit-storage', owner: 'root:root', permissions: '0755', content: storageScript() },
            {
                path: '/etc/systemd/system/permit-storage.service',
                owner: 'root:root',
                permissions: '0644',
                content: unit({
                    Unit: ['Description=Permit data volumes: format new disks, mount, export (cdk-research-workspaces)', 'After=local-fs.target', 'Before=nfs-server.service'],
                    Service: ['Type=oneshot', 'RemainAfterExit=yes', 'ExecStart=/usr/local/sbin/permit-storage'],
                    Install: ['WantedBy=multi-user.target'],
                }),
            },
            ...ingressFiles(permitId, volumes, signatureMirrorUrl, ingressTriggerAddresses(clients)),
        ],
        runcmd: [
            ['systemctl', 'daemon-reload'],
            ['systemctl', 'enable', '--now', 'permit-storage.service'],
            ...(volumes.some((v) => v.kind === permit_1.PermitVolumeKind.UPLOAD) && ingressTriggerAddresses(clients)
                ? [['systemctl', 'enable', '--now', exports.INGRESS_TRIGGER_TIMER]] : []),
            ['systemctl', 'enable', 'nfs-server.service'],
            ['systemctl', 'restart', 'nfs-server.service'],
        ],
    };
    return HEADER(permitId, 'data server (NFS) of the permit\'s volumes') + yaml(doc);
}
/** The service that scans the uploads and consolidates them into raw, started once at the move to DATA_PREPARATION_PENDING. */
exports.INGRESS_SERVICE = 'permit-ingress.service';
/**
 * The storage server's ingress scanner (IngressScanning): the script, clamd's and freshclam's
 * configuration (freshclam only from the institution's mirror) and `permit-ingress.service`,
 * which refreshes the signatures (a failure leaves those of the image; the script still refuses
 * a scanner that misses the EICAR string), starts clamd for the run, and consolidates.
 */
/** The timer that starts the ingress service when the phase comes (INGRESS_TRIGGER_SCRIPT). */
exports.INGRESS_TRIGGER_TIMER = 'permit-ingress-trigger.timer';
/** Where the trigger script is installed. */
exports.INGRESS_TRIGGER_PATH = '/usr/local/sbin/permit-ingress-trigger';
/** The addresses the trigger watches: the preprocessing workspace and the airlock. */
function ingressTriggerAddresses(clients) {
    const preprocessing = clients.find((c) => c.role === permit_1.PermitWorkspaceRole.HDAB_PREPROCESSING)?.address;
    const airlock = clients.find((c) => c.role === permit_1.PermitWorkspaceRole.INGRESS_AIRLOCK)?.address;
    return preprocessing && airlock ? { preprocessing, airlock } : undefined;
}
/**
 * `permit-ingress-trigger`: the storage server cannot be told the phase (its configuration is the
 * same in every phase), but it sees its NFS clients. The preprocessing workspace exists only in
 * DATA_PREPARATION_PENDING and DATA_PREPARATION_REWORK, after the airlock is gone; so when the
 * preprocessing workspace holds an NFS connection, the airlock none, and raw has no manifest yet,
 * the uploads are complete and the service is started. It is run by a timer every 2 minutes; the
 * service is rerunnable, and once the manifest exists the trigger does nothing. `RWS_SS`,
 * `RWS_SYSTEMCTL` and `RWS_RAW` replace `ss`, `systemctl` and raw's folder in tests.
 */
function ingressTriggerScript(raw, addresses) {
    return `#!/bin/bash
# permit-ingress-trigger: starts ${exports.INGRESS_SERVICE} once the preprocessing workspace is connected
# and the airlock is not (the move to DATA_PREPARATION_PENDING). Generated; do not edit.
set -euo pipefail
PREPROCESSING='${addresses.preprocessing}'
AIRLOCK='${addresses.airlock}'
raw=\${RWS_RAW:-${raw}}
[ ! -e "$raw/ingress/MANIFEST.tsv" ] || exit 0
peers=()
while read -r _ _ _ peer _; do
  peer=\${peer%:*}
  peer=\${peer#[}
  peer=\${peer%]}
  peers+=("\${peer#::ffff:}")
done < <("\${RWS_SS:-ss}" -Htn state established '( sport = :2049 )')
seen() {
  local p
  for p in "\${peers[@]}"; do [ "$p" != "$1" ] || return 0; done
  return 1
}
if seen "$AIRLOCK"; then
  echo "permit-ingress-trigger: the airlock ($AIRLOCK) is still connected: uploads may be under way; not starting"
  exit 0
fi
seen "$PREPROCESSING" || exit 0
echo "permit-ingress-trigger: the preprocessing workspace ($PREPROCESSING) is connected and raw has no manifest: starting ${exports.INGRESS_SERVICE}"
"\${RWS_SYSTEMCTL:-systemctl}" start --no-block ${exports.INGRESS_SERVICE}
`;
}
function ingressFiles(permitId, volumes, signatureMirrorUrl, trigger) {
    const uploads = {};
    for (const v of volumes)
        if (v.kind === permit_1.PermitVolumeKind.UPLOAD)
            uploads[v.name.replace(/^upload-/, '')] = `${exports.EXPORT_ROOT}/${v.name}`;
    if (Object.keys(uploads).length === 0)
        return [];
    const args = ingress_1.IngressScanning.consolidationArguments(`${exports.EXPORT_ROOT}/raw`, uploads);
    const socket = '/run/permit-ingress/clamd.ctl';
    return [
        { path: ingress_1.IngressScanning.SCRIPT_PATH, owner: 'root:root', permissions: '0755', content: ingress_1.IngressScanning.consolidationScript() },
        { path: '/etc/permit/ingress-clamd.conf', owner: 'root:root', permissions: '0644', content: ingress_1.IngressScanning.clamdConfig({ socket }) },
        ...(signatureMirrorUrl ? [{
                path: '/etc/permit/ingress-freshclam.conf', owner: 'root:root', permissions: '0644', content: ingress_1.IngressScanning.freshclamConfig({ url: signatureMirrorUrl }),
            }] : []),
        {
            path: `/etc/systemd/system/${exports.INGRESS_SERVICE}`,
            owner: 'root:root',
            permissions: '0644',
            content: unit({
                Unit: [
                    `Description=Permit ${permitId}: scan the uploads with ClamAV and consolidate the clean ones into raw (cdk-research-workspaces)`,
                    'After=permit-storage.service', 'Requires=permit-storage.service',
                ],
                Service: [
                    'Type=oneshot',
                    'RuntimeDirectory=permit-ingress',
                    ...(signatureMirrorUrl ? ['ExecStartPre=-/usr/bin/freshclam --config-file=/etc/permit/ingress-freshclam.conf --foreground'] : []),
                    `ExecStart=/bin/sh -c 'clamd --config-file=/etc/permit/ingress-clamd.conf & pid=$$!; i=0; until [ -S ${socket} ]; do i=$$((i + 1)); `
                        + '[ "$$i" -lt 600 ] || exit 1; sleep 1; done; RWS_SCANNER=clamdscan RWS_CLAMD_CONF=/etc/permit/ingress-clamd.conf '
                        + `${ingress_1.IngressScanning.SCRIPT_PATH} ${args.join(' ')}; rc=$$?; kill "$$pid"; exit "$$rc"'`,
                    'TimeoutStartSec=12h',
                ],
            }),
        },
        ...(trigger ? [
            { path: exports.INGRESS_TRIGGER_PATH, owner: 'root:root', permissions: '0755', content: ingressTriggerScript(`${exports.EXPORT_ROOT}/raw`, trigger) },
            {
                path: '/etc/systemd/system/permit-ingress-trigger.service',
                owner: 'root:root',
                permissions: '0644',
                content: unit({
                    Unit: [`Description=Permit ${permitId}: start the ingress consolidation when the preprocessing workspace connects (cdk-research-workspaces)`],
                    Service: ['Type=oneshot', `ExecStart=${exports.INGRESS_TRIGGER_PATH}`],
                }),
            },
            {
                path: `/etc/systemd/system/${exports.INGRESS_TRIGGER_TIMER}`,
                owner: 'root:root',
                permissions: '0644',
                content: unit({
                    Unit: ['Description=Permit ingress trigger, every 2 minutes'],
                    Timer: ['OnBootSec=2min', 'OnUnitActiveSec=2min'],
                    Install: ['WantedBy=timers.target'],
                }),
            },
        ] : []),
    ];
}
/** cloud-config of the package proxy (squid with the permit's domain allowlist). */
function proxyCloudConfig(permitId, squidConf, allowlist) {
    const doc = {
        ssh_pwauth: false,
        disable_root: true,
        package_update: false,
        package_upgrade: false,
        write_files: [
            { path: '/etc/squid/permit/squid.conf', owner: 'root:root', permissions: '0644', content: squidConf },
            { path: '/etc/squid/permit/allowed-domains.txt', owner: 'root:root', permissions: '0644', content: allowlist },
            {
                path: '/etc/systemd/system/permit-proxy.service',
                owner: 'root:root',
                permissions: '0644',
                content: unit({
                    Unit: ['Description=Permit package proxy: only the allowlisted repositories (cdk-research-workspaces)', 'After=network-online.target', 'Wants=network-online.target'],
                    Service: ['ExecStart=/usr/sbin/squid -N -d 1 -f /etc/squid/permit/squid.conf', 'Restart=on-failure', 'RestartSec=5'],
                    Install: ['WantedBy=multi-user.target'],
                }),
            },
        ],
        runcmd: [
            ['sh', '-c', 'command -v squid >/dev/null || { echo "permit: the image needs squid" >&2; exit 1; }'],
            ['systemctl', 'disable', '--now', 'squid.service'],
            ['systemctl', 'daemon-reload'],
            ['systemctl', 'enable', '--now', 'permit-proxy.service'],
        ],
    };
    return HEADER(permitId, 'package proxy of the setup phase') + yaml(doc);
}
/**
 * Placeholders the construct replaces with Terraform references after the text is escaped:
 * the bcrypt hash of account i's generated password (never the password), the airlock's host key.
 */
const passwordHashPlaceholder = (i) => `@@RWS_PASSWORD_HASH_${i}@@`;
exports.passwordHashPlaceholder = passwordHashPlaceholder;
exports.HOST_KEY_PLACEHOLDER = '@@RWS_HOST_KEY_B64@@';
/** Where the accounts' password hashes are written on the machine (root, 0600). */
exports.PASSWORD_HASHES_PATH = '/etc/permit/password-hashes';
/** The wrapper that gives the entrypoint one-time random passwords (it requires one per account). */
exports.ONE_TIME_PASSWORDS_PATH = '/opt/permit/one-time-passwords.sh';
/** The accounts' environment file: names and ids only (no password, not even a hash). */
function accountsEnv(users, extra) {
    const vars = permit_entrypoint_1.PermitEntrypoint.userEnvironment(users);
    const lines = vars.map((v) => `${v.name}='${v.value}'`);
    for (const [k, v] of extra)
        lines.push(`${k}='${v}'`);
    return `# Accounts of this workspace (read by the permit entrypoint). Generated; do not edit.\n${lines.join('\n')}\n`;
}
/** `name:<bcrypt hash>` per account, for `chpasswd -e` (hashes as placeholders). */
function passwordHashes(users) {
    return `${users.map((u, i) => `${u.name}:${(0, exports.passwordHashPlaceholder)(i + 1)}`).join('\n')}\n`;
}
/**
 * The permit entrypoint requires a password per account and sets it with chpasswd; the
 * machine must never hold the real one. This wrapper gives it a one-time random password per
 * account (never stored, never shown), then runs the command; the command first sets the
 * real passwords from their bcrypt hashes (`chpasswd -e`).
 */
function oneTimePasswordsScript() {
    return `#!/bin/bash
# Permit accounts: one-time random passwords for the permit entrypoint (it requires one per
# account); the real ones are then set from their hashes (${exports.PASSWORD_HASHES_PATH}).
# Generated by cdk-research-workspaces; do not edit.
set -euo pipefail
count=\${USER_COUNT:-1}
if ! [[ $count =~ ^[0-9]{1,2}$ ]]; then
  echo "permit: USER_COUNT must be a number" >&2
  exit 1
fi
for ((i = 1; i <= count; i++)); do
  if [ "$i" -eq 1 ]; then var=USER_PASSWORD; else var="USER_PASSWORD_$i"; fi
  one_time=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)
  export "$var=$one_time"
done
exec "$@"
`;
}
/** The command the entrypoint ends with: the real password hashes, then \`then\` (if any). */
function setHashesThen(then) {
    return ['/bin/sh', '-c', `chpasswd -e <${exports.PASSWORD_HASHES_PATH}${then ? ` && exec ${then}` : ''}`];
}
/** A systemd ExecStart line from words (quoted where needed). */
function execLine(words) {
    return words.map((w) => {
        if (/^[A-Za-z0-9_./=-]+$/.test(w))
            return w;
        if (/['\\$%]/.test(w))
            throw new Error(`internal: ${w} cannot be quoted for systemd`);
        return `'${w}'`;
    }).join(' ');
}
/** fstab entries (cloud-init `mounts`) for a workspace's NFS mounts. */
function nfsMounts(storageAddress, mounts) {
    return mounts.map((m) => [
        `${storageAddress}:${exports.EXPORT_ROOT}/${m.volume}`, m.path, 'nfs4',
        `${m.access === permit_1.MountAccess.READ_ONLY ? 'ro' : 'rw'},nfsvers=4.2,hard,noatime,_netdev,nofail,x-systemd.automount,x-systemd.mount-timeout=30`, '0', '0',
    ]);
}
/**
 * The researchers' spool, inside the release area (mode 1733 there): `rws-release process` takes
 * each entry with a rename, which keeps the entry's owner and link count only within one file
 * system. A spool on the workspace's own disk would make that rename a copy across file
 * systems, which resets the link count and so lets a researcher file a hard link to another
 * researcher's writable file as that researcher's request.
 */
exports.RELEASE_SPOOL = '/data/release/spool';
/** Where the review VM shows the snapshot. */
exports.REVIEW_MOUNT = '/review';
/** NFS options of the release area's mounts: never a device, a set-uid file or a program from there. */
const RELEASE_MOUNT_OPTIONS = 'nosuid,nodev,noexec,nfsvers=4.2,hard,noatime,_netdev,nofail,x-systemd.mount-timeout=30';
/**
 * The analysis workspace's part of the output release: `rws-release` (ReleaseCommand) at its
 * install path, its path and service units (the service is root, started whenever the spool
 * changes), a drop-in that keeps the service from running unless the release area is mounted
 * (else it would snapshot onto the workspace's own disk), and the release area from the storage
 * server at `/data/release` (read-write for root on this workspace; the files decide the rest).
 * The spool is `/data/release/spool` (1733, see RELEASE_SPOOL), created by `rws-release setup`.
 */
function analysisReleaseExtras(permitId, storageAddress) {
    const options = { permitId, areaPath: exports.RELEASE_MOUNT, spoolPath: exports.RELEASE_SPOOL };
    const units = release_script_1.ReleaseCommand.systemdUnits(options);
    // Neither the path unit nor the service may start before the area is mounted: the path unit
    // would watch the empty folder under the mount point, the service would snapshot onto the
    // workspace's own disk.
    const afterMount = unit({ Unit: [`RequiresMountsFor=${exports.RELEASE_MOUNT}`, 'After=remote-fs.target'] });
    return {
        files: [
            { path: release_script_1.ReleaseCommand.INSTALL_PATH, owner: 'root:root', permissions: '0755', content: release_script_1.ReleaseCommand.script(options) },
            ...Object.entries(units).map(([name, content]) => ({ path: `/etc/systemd/system/${name}`, owner: 'root:root', permissions: '0644', content })),
            ...Object.keys(units).map((name) => ({ path: `/etc/systemd/system/${name}.d/permit.conf`, owner: 'root:root', permissions: '0644', content: afterMount })),
        ],
        mounts: [[`${storageAddress}:${exports.EXPORT_ROOT}/${exports.RELEASE_VOLUME}`, exports.RELEASE_MOUNT, 'nfs4', `rw,${RELEASE_MOUNT_OPTIONS}`, '0', '0']],
        runcmd: [
            ['systemctl', 'daemon-reload'],
            // The area's folders and the spool, only on the mounted area (never onto the workspace's own disk).
            ['sh', '-c', `mountpoint -q ${exports.RELEASE_MOUNT} || mount ${exports.RELEASE_MOUNT}; if mountpoint -q ${exports.RELEASE_MOUNT}; then ${release_script_1.ReleaseCommand.INSTALL_PATH} setup; `
                    + 'else echo "permit: the release area is not mounted: rws-release takes requests once it is (rws-release.path waits for the mount)" >&2; fi'],
            ['systemctl', 'enable', '--now', 'rws-release.path'],
        ],
    };
}
/** The review VM's mount: one request's snapshot, read-only, at `/review`. */
function reviewMount(storageAddress, requestId) {
    return [`${storageAddress}:${reviewExportPath(requestId)}`, exports.REVIEW_MOUNT, 'nfs4', `ro,${RELEASE_MOUNT_OPTIONS}`, '0', '0'];
}
/** cloud-config of a desktop workspace (XFCE + xrdp from the image; accounts by the permit entrypoint). */
function desktopCloudConfig(o) {
    const extra = o.proxyUrl ? [['PERMIT_HTTP_PROXY', o.proxyUrl], ['PERMIT_NO_PROXY', o.noProxy ?? '']] : [];
    const doc = {
        ssh_pwauth: false,
        disable_root: true,
        package_update: false,
        package_upgrade: false,
        write_files: [
            { path: `/opt/permit/${permit_entrypoint_1.PermitEntrypointMode.DESKTOP}.sh`, owner: 'root:root', permissions: '0555', content: permit_entrypoint_1.PermitEntrypoint.script(permit_entrypoint_1.PermitEntrypointMode.DESKTOP) },
            { path: '/etc/permit/accounts.env', owner: 'root:root', permissions: '0600', content: accountsEnv(o.users, extra) },
            { path: exports.PASSWORD_HASHES_PATH, owner: 'root:root', permissions: '0600', content: passwordHashes(o.users) },
            { path: exports.ONE_TIME_PASSWORDS_PATH, owner: 'root:root', permissions: '0555', content: oneTimePasswordsScript() },
            {
                path: '/etc/systemd/system/permit-accounts.service',
                owner: 'root:root',
                permissions: '0644',
                content: unit({
                    Unit: ['Description=Permit accounts of this workspace (cdk-research-workspaces)', 'After=local-fs.target remote-fs.target network-online.target',
                        'Wants=network-online.target', 'Before=xrdp.service xrdp-sesman.service'],
                    Service: ['Type=oneshot', 'RemainAfterExit=yes', 'EnvironmentFile=/etc/permit/accounts.env',
                        `ExecStart=${execLine(['/bin/bash', exports.ONE_TIME_PASSWORDS_PATH, '/bin/bash', `/opt/permit/${permit_entrypoint_1.PermitEntrypointMode.DESKTOP}.sh`, ...setHashesThen('')])}`],
                    Install: ['WantedBy=multi-user.target'],
                }),
            },
        ],
        runcmd: [
            ['sh', '-c', 'command -v xrdp >/dev/null || { echo "permit: the image needs xrdp and a desktop (XFCE)" >&2; exit 1; }'],
            ['systemctl', 'daemon-reload'],
            ['systemctl', 'enable', '--now', 'permit-accounts.service'],
            ['systemctl', 'enable', 'xrdp.service'],
            ['systemctl', 'restart', 'xrdp.service'],
            ...(o.extra?.runcmd ?? []),
        ],
    };
    doc.write_files.push(...(o.extra?.files ?? []));
    const mounts = [...nfsMounts(o.storageAddress, o.mounts), ...(o.extra?.mounts ?? [])];
    if (mounts.length)
        doc.mounts = mounts;
    return HEADER(o.permitId, `workspace ${o.role} (remote desktop)`) + yaml(doc);
}
/** cloud-config of the ingress airlock (write-only SFTP for the data holders). */
function airlockCloudConfig(o) {
    const keyDir = permit_entrypoint_1.PermitEntrypoint.HOST_KEY_PATH.slice(0, permit_entrypoint_1.PermitEntrypoint.HOST_KEY_PATH.lastIndexOf('/'));
    const doc = {
        ssh_pwauth: false,
        disable_root: true,
        package_update: false,
        package_upgrade: false,
        write_files: [
            { path: `/opt/permit/${permit_entrypoint_1.PermitEntrypointMode.SFTP_AIRLOCK}.sh`, owner: 'root:root', permissions: '0555', content: permit_entrypoint_1.PermitEntrypoint.script(permit_entrypoint_1.PermitEntrypointMode.SFTP_AIRLOCK) },
            { path: '/etc/permit/accounts.env', owner: 'root:root', permissions: '0600', content: accountsEnv(o.users, []) },
            { path: exports.PASSWORD_HASHES_PATH, owner: 'root:root', permissions: '0600', content: passwordHashes(o.users) },
            { path: exports.ONE_TIME_PASSWORDS_PATH, owner: 'root:root', permissions: '0555', content: oneTimePasswordsScript() },
            { path: '/etc/permit/sshd/sshd_config', owner: 'root:root', permissions: '0644', content: permit_entrypoint_1.PermitEntrypoint.sshdConfig(o.users.map((u) => u.name), o.port) },
            { path: permit_entrypoint_1.PermitEntrypoint.HOST_KEY_PATH, owner: 'root:root', permissions: '0600', encoding: 'b64', content: exports.HOST_KEY_PLACEHOLDER },
            {
                path: '/etc/systemd/system/permit-airlock.service',
                owner: 'root:root',
                permissions: '0644',
                content: unit({
                    Unit: ['Description=Permit ingress airlock: write-only SFTP for the data holders (cdk-research-workspaces)',
                        'After=network-online.target remote-fs.target', 'Wants=network-online.target',
                        `RequiresMountsFor=${o.mounts.map((m) => m.path).join(' ')}`],
                    Service: ['EnvironmentFile=/etc/permit/accounts.env',
                        `ExecStart=${execLine(['/bin/bash', exports.ONE_TIME_PASSWORDS_PATH, '/bin/bash', `/opt/permit/${permit_entrypoint_1.PermitEntrypointMode.SFTP_AIRLOCK}.sh`,
                            ...setHashesThen('/usr/sbin/sshd -D -e -f /etc/permit/sshd/sshd_config')])}`,
                        'Restart=on-failure', 'RestartSec=5'],
                    Install: ['WantedBy=multi-user.target'],
                }),
            },
        ],
        mounts: nfsMounts(o.storageAddress, o.mounts),
        runcmd: [
            ['sh', '-c', 'test -x /usr/sbin/sshd || { echo "permit: the image needs openssh-server" >&2; exit 1; }'],
            ['chmod', '0700', keyDir],
            // The distribution's sshd would hold port 22: only the airlock's runs here.
            ['sh', '-c', 'systemctl disable --now ssh.socket ssh.service sshd.service 2>/dev/null; systemctl mask ssh.service sshd.service ssh.socket 2>/dev/null; true'],
            ['systemctl', 'daemon-reload'],
            ['systemctl', 'enable', '--now', 'permit-airlock.service'],
        ],
    };
    return HEADER(o.permitId, 'ingress airlock') + yaml(doc);
}
/**
 * Escapes a cloud-config for Terraform, then puts the Terraform references in place of the
 * placeholders (`${` inside the text stays literal; the references are interpolated).
 */
function withReferences(text, refs) {
    let out = (0, permit_common_1.tfLiteral)(text);
    for (const [placeholder, ref] of refs) {
        if (!out.includes(placeholder))
            throw new Error(`internal: placeholder ${placeholder} not found`);
        out = out.split(placeholder).join(ref);
    }
    return out;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVybWl0LmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMvcHJveG1veC9wcml2YXRlL3Blcm1pdC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7QUFxREEsb0NBRUM7QUFRRCx3Q0FrQkM7QUE2Q0QsNENBRUM7QUFtQ0Qsa0NBZ0JDO0FBR0Qsc0NBbURDO0FBR0QsZ0RBb0NDO0FBaUJELDBEQUlDO0FBV0Qsb0RBNkJDO0FBRUQsb0NBeURDO0FBR0QsNENBNEJDO0FBaUNELHdEQWtCQztBQXNERCxzREFzQkM7QUFHRCxrQ0FFQztBQUdELGdEQWdEQztBQUdELGdEQTJDQztBQU1ELHdDQU9DO0FBenBCRDs7Ozs7R0FLRztBQUNILCtCQUFpQztBQUNqQyx1Q0FBbUM7QUFDbkMseURBQThEO0FBQzlELHVEQUVvQztBQUNwQyw2RUFBK0Y7QUFDL0YsdUVBQW9FO0FBQ3BFLGlFQUEwRDtBQUUxRCxxRkFBcUY7QUFDeEUsUUFBQSxZQUFZLEdBQUcsU0FBUyxDQUFDO0FBQ3pCLFFBQUEsVUFBVSxHQUFHLGNBQWMsQ0FBQztBQUV6QywrRUFBK0U7QUFDbEUsUUFBQSxLQUFLLEdBQW1EO0lBQ25FLENBQUMsb0JBQVksQ0FBQyxFQUFFLEVBQUUsSUFBSSxFQUFFLEVBQUUsRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFO0lBQ3JDLENBQUMsa0JBQVUsQ0FBQyxFQUFFLEVBQUUsSUFBSSxFQUFFLEVBQUUsRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFO0lBQ25DLENBQUMsNEJBQW1CLENBQUMsZUFBZSxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUUsRUFBRSxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUU7SUFDNUQsQ0FBQyw0QkFBbUIsQ0FBQyxrQkFBa0IsQ0FBQyxFQUFFLEVBQUUsSUFBSSxFQUFFLEVBQUUsRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFO0lBQy9ELENBQUMsNEJBQW1CLENBQUMsV0FBVyxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUUsRUFBRSxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUU7SUFDeEQsQ0FBQyw0QkFBbUIsQ0FBQyxnQkFBZ0IsQ0FBQyxFQUFFLEVBQUUsSUFBSSxFQUFFLEVBQUUsRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFO0lBQzdELENBQUMsNEJBQW1CLENBQUMsWUFBWSxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUUsRUFBRSxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUU7SUFDekQsQ0FBQyw0QkFBbUIsQ0FBQyxRQUFRLENBQUMsRUFBRSxFQUFFLElBQUksRUFBRSxFQUFFLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRTtDQUN0RCxDQUFDO0FBRUYsMERBQTBEO0FBQzdDLFFBQUEsZ0JBQWdCLEdBQUcsRUFBRSxDQUFDO0FBRW5DLG1EQUFtRDtBQUN0QyxRQUFBLFdBQVcsR0FBRyxhQUFhLENBQUM7QUFFekMsaUNBQWlDO0FBQ3BCLFFBQUEsVUFBVSxHQUFHLElBQUksQ0FBQztBQUUvQixvRkFBb0Y7QUFDdkUsUUFBQSxZQUFZLEdBQUc7SUFDMUIsWUFBWSxFQUFFLGVBQWUsRUFBRSxnQkFBZ0IsRUFBRSxlQUFlLEVBQUUsZ0JBQWdCLEVBQUUsYUFBYSxFQUFFLFdBQVcsRUFBRSxhQUFhO0lBQzdILFVBQVUsRUFBRSxXQUFXLEVBQUUsU0FBUyxFQUFFLFVBQVU7Q0FDL0MsQ0FBQztBQUNGLHNEQUFzRDtBQUN6QyxRQUFBLFFBQVEsR0FBRyxDQUFDLFdBQVcsRUFBRSxhQUFhLEVBQUUsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDO0FBRXpFLHFIQUFxSDtBQUN4RyxRQUFBLGNBQWMsR0FBRyxDQUFDLFlBQVksRUFBRSxZQUFZLEVBQUUsbUJBQW1CLEVBQUUsZ0JBQWdCLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLGVBQWUsRUFBRSxrQkFBa0IsQ0FBQyxDQUFDO0FBRTNLLCtFQUErRTtBQUMvRSxTQUFnQixZQUFZLENBQUMsTUFBYztJQUN6QyxPQUFPLE1BQU0sSUFBQSxnQkFBTSxFQUFDLE1BQU0sQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUM3QyxDQUFDO0FBRUQ7Ozs7O0dBS0c7QUFDSCxTQUFnQixjQUFjLENBQUMsT0FBd0I7SUFDckQsTUFBTSxPQUFPLEdBQUcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyx5QkFBZ0IsQ0FBQyxNQUFNLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxVQUFXLENBQUMsQ0FBQztJQUNwRyxNQUFNLEtBQUssR0FBRyxJQUFJLEdBQUcsRUFBMEIsQ0FBQztJQUNoRCxJQUFJLE9BQU8sQ0FBQyxNQUFNLEtBQUssQ0FBQztRQUFFLE9BQU8sS0FBSyxDQUFDO0lBQ3ZDLE1BQU0sSUFBSSxHQUFnQjtRQUN4QixFQUFFLEVBQUUsY0FBYztRQUNsQixNQUFNLEVBQUUscUJBQVksQ0FBQyxnQkFBZ0I7UUFDckMsV0FBVyxFQUFFLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLEVBQUUsWUFBWSxFQUFFLENBQUMsY0FBYyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQzFFLDRGQUE0RjtRQUM1RixXQUFXLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxzQkFBc0IsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFLENBQUM7UUFDM0QsZ0JBQWdCLEVBQUUsRUFBRSxJQUFJLEVBQUUsd0JBQXdCLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRTtRQUNoRSxZQUFZLEVBQUUsRUFBRSxJQUFJLEVBQUUsb0JBQW9CLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRTtRQUN4RCxhQUFhLEVBQUUsRUFBRSxJQUFJLEVBQUUsMEJBQTBCLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRTtLQUNoRSxDQUFDO0lBQ0YsS0FBSyxNQUFNLE1BQU0sSUFBSSxNQUFNLENBQUMsTUFBTSxDQUFDLHFCQUFZLENBQUMsRUFBRSxDQUFDO1FBQ2pELEtBQUssTUFBTSxDQUFDLElBQUksd0JBQWUsQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLElBQUksRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDLFVBQVU7WUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQ3BHLENBQUM7SUFDRCxPQUFPLEtBQUssQ0FBQztBQUNmLENBQUM7QUFZRDs7OztHQUlHO0FBQ1UsUUFBQSxjQUFjLEdBQUcsU0FBUyxDQUFDO0FBQ3hDLDhGQUE4RjtBQUNqRixRQUFBLGFBQWEsR0FBRyxlQUFlLENBQUM7QUFDN0MsMEdBQTBHO0FBQzdGLFFBQUEsaUJBQWlCLEdBQUcsTUFBTSxDQUFDO0FBRXhDOzs7OztHQUtHO0FBQ1UsUUFBQSxzQkFBc0IsR0FBRyxpREFBaUQsQ0FBQztBQUN4Rjs7Ozs7R0FLRztBQUNVLFFBQUEscUJBQXFCLEdBQUcsMENBQTBDLENBQUM7QUFRaEYseUVBQXlFO0FBQ3pFLFNBQWdCLGdCQUFnQixDQUFDLFNBQWlCO0lBQ2hELE9BQU8sR0FBRyxtQkFBVyxJQUFJLHNCQUFjLGFBQWEsU0FBUyxFQUFFLENBQUM7QUFDbEUsQ0FBQztBQVNELDRGQUE0RjtBQUM1Rix5RkFBeUY7QUFDekYsTUFBTSxNQUFNLEdBQUcsQ0FBQyxRQUFnQixFQUFFLElBQVksRUFBRSxFQUFFLENBQ2hELDJCQUEyQixRQUFRLEtBQUssSUFBSSxzRkFBc0YsQ0FBQztBQUVySSxTQUFTLElBQUksQ0FBQyxHQUFXO0lBQ3ZCLE9BQU8sSUFBQSxnQkFBUyxFQUFDLEdBQUcsRUFBRSxFQUFFLFNBQVMsRUFBRSxDQUFDLEVBQUUsVUFBVSxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUM7QUFDakUsQ0FBQztBQUVELFNBQVMsSUFBSSxDQUFDLEtBQStCO0lBQzNDLE9BQU8sTUFBTSxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLE9BQU8sRUFBRSxJQUFJLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBSSxPQUFPLE1BQU0sSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0FBQ3pHLENBQUM7QUFFRCxpREFBaUQ7QUFDakQsU0FBUyxhQUFhLENBQUMsTUFBbUIsRUFBRSxPQUFnQjtJQUMxRCxtRkFBbUY7SUFDbkYsMEVBQTBFO0lBQzFFLElBQUksT0FBTztRQUFFLE9BQU8saURBQWlELENBQUM7SUFDdEUsT0FBTyxHQUFHLE1BQU0sS0FBSyxvQkFBVyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLDRDQUE0QyxDQUFDO0FBQ3ZHLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBZ0IsV0FBVyxDQUN6QixRQUFnQixFQUFFLE9BQXdCLEVBQUUsT0FBd0IsRUFBRSxPQUF1RDtJQUU3SCxNQUFNLEtBQUssR0FBRyxDQUFDLFlBQVksUUFBUSxrRkFBa0YsQ0FBQyxDQUFDO0lBQ3ZILEtBQUssTUFBTSxDQUFDLElBQUksT0FBTyxFQUFFLENBQUM7UUFDeEIsSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLHNCQUFjLEVBQUUsQ0FBQztZQUM5QixLQUFLLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsR0FBRyxtQkFBVyxJQUFJLENBQUMsQ0FBQyxJQUFJLElBQUksT0FBTyxDQUFDLFFBQVEsSUFBSSw4QkFBc0IsR0FBRyxDQUFDLENBQUMsQ0FBQyxLQUFLLG1CQUFXLElBQUksQ0FBQyxDQUFDLElBQUksZ0JBQWdCLENBQUMsQ0FBQztZQUM3SSxLQUFLLE1BQU0sQ0FBQyxJQUFJLE9BQU8sRUFBRSxPQUFPLElBQUksRUFBRTtnQkFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLEdBQUcsZ0JBQWdCLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxPQUFPLElBQUksNkJBQXFCLEdBQUcsQ0FBQyxDQUFDO1lBQzlILFNBQVM7UUFDWCxDQUFDO1FBQ0QsTUFBTSxHQUFHLEdBQUcsT0FBTyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxNQUFNLEtBQUssQ0FBQyxDQUFDLElBQUksQ0FBQzthQUMzRSxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLE9BQU8sSUFBSSxhQUFhLENBQUMsQ0FBQyxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsSUFBSSxLQUFLLDRCQUFtQixDQUFDLGVBQWUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO1FBQzNHLGlGQUFpRjtRQUNqRixLQUFLLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEdBQUcsbUJBQVcsSUFBSSxDQUFDLENBQUMsSUFBSSxJQUFJLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsS0FBSyxtQkFBVyxJQUFJLENBQUMsQ0FBQyxJQUFJLGdCQUFnQixDQUFDLENBQUM7SUFDcEgsQ0FBQztJQUNELE9BQU8sR0FBRyxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7QUFDakMsQ0FBQztBQUVELHNGQUFzRjtBQUN0RixTQUFnQixhQUFhO0lBQzNCLE9BQU87Ozs7NkJBSW9CLG1CQUFXOzs7Ozs7Ozs7Ozs7Ozs7Ozs7OztTQW9CL0IsbUJBQVc7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Q0F5Qm5CLENBQUM7QUFDRixDQUFDO0FBRUQsMENBQTBDO0FBQzFDLFNBQWdCLGtCQUFrQixDQUFDLFFBQWdCLEVBQUUsT0FBd0IsRUFBRSxPQUF3QixFQUFFLGtCQUEyQixFQUNsSSxPQUF1RDtJQUN2RCxNQUFNLElBQUksR0FBRyxDQUFDLENBQWdCLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxzQkFBYyxDQUFDLENBQUMsQ0FBQyx5QkFBaUIsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyx5QkFBZ0IsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDMUksTUFBTSxLQUFLLEdBQUcsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQyxJQUFJLEtBQUssSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDbEYsTUFBTSxHQUFHLEdBQUc7UUFDVixVQUFVLEVBQUUsS0FBSztRQUNqQixZQUFZLEVBQUUsSUFBSTtRQUNsQixjQUFjLEVBQUUsS0FBSztRQUNyQixlQUFlLEVBQUUsS0FBSztRQUN0QixXQUFXLEVBQUU7WUFDWCxFQUFFLElBQUksRUFBRSx5QkFBeUIsRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLFdBQVcsRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLGtEQUFrRCxLQUFLLElBQUksRUFBRTtZQUNsSixFQUFFLElBQUksRUFBRSwrQkFBK0IsRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLFdBQVcsRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLFdBQVcsQ0FBQyxRQUFRLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxPQUFPLENBQUMsRUFBRTtZQUM3SSxFQUFFLElBQUksRUFBRSw2QkFBNkIsRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLFdBQVcsRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLGdGQUFnRixFQUFFO1lBQzNLLEVBQUUsSUFBSSxFQUFFLGdDQUFnQyxFQUFFLEtBQUssRUFBRSxXQUFXLEVBQUUsV0FBVyxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsYUFBYSxFQUFFLEVBQUU7WUFDN0c7Z0JBQ0UsSUFBSSxFQUFFLDRDQUE0QztnQkFDbEQsS0FBSyxFQUFFLFdBQVc7Z0JBQ2xCLFdBQVcsRUFBRSxNQUFNO2dCQUNuQixPQUFPLEVBQUUsSUFBSSxDQUFDO29CQUNaLElBQUksRUFBRSxDQUFDLDRGQUE0RixFQUFFLHVCQUF1QixFQUFFLDJCQUEyQixDQUFDO29CQUMxSixPQUFPLEVBQUUsQ0FBQyxjQUFjLEVBQUUscUJBQXFCLEVBQUUsMENBQTBDLENBQUM7b0JBQzVGLE9BQU8sRUFBRSxDQUFDLDRCQUE0QixDQUFDO2lCQUN4QyxDQUFDO2FBQ0g7WUFDRCxHQUFHLFlBQVksQ0FBQyxRQUFRLEVBQUUsT0FBTyxFQUFFLGtCQUFrQixFQUFFLHVCQUF1QixDQUFDLE9BQU8sQ0FBQyxDQUFDO1NBQ3pGO1FBQ0QsTUFBTSxFQUFFO1lBQ04sQ0FBQyxXQUFXLEVBQUUsZUFBZSxDQUFDO1lBQzlCLENBQUMsV0FBVyxFQUFFLFFBQVEsRUFBRSxPQUFPLEVBQUUsd0JBQXdCLENBQUM7WUFDMUQsR0FBRyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUsseUJBQWdCLENBQUMsTUFBTSxDQUFDLElBQUksdUJBQXVCLENBQUMsT0FBTyxDQUFDO2dCQUM3RixDQUFDLENBQUMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLDZCQUFxQixDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ25FLENBQUMsV0FBVyxFQUFFLFFBQVEsRUFBRSxvQkFBb0IsQ0FBQztZQUM3QyxDQUFDLFdBQVcsRUFBRSxTQUFTLEVBQUUsb0JBQW9CLENBQUM7U0FDL0M7S0FDRixDQUFDO0lBQ0YsT0FBTyxNQUFNLENBQUMsUUFBUSxFQUFFLDRDQUE0QyxDQUFDLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQ3BGLENBQUM7QUFFRCwrSEFBK0g7QUFDbEgsUUFBQSxlQUFlLEdBQUcsd0JBQXdCLENBQUM7QUFFeEQ7Ozs7O0dBS0c7QUFDSCwrRkFBK0Y7QUFDbEYsUUFBQSxxQkFBcUIsR0FBRyw4QkFBOEIsQ0FBQztBQUNwRSw2Q0FBNkM7QUFDaEMsUUFBQSxvQkFBb0IsR0FBRyx3Q0FBd0MsQ0FBQztBQUU3RSxzRkFBc0Y7QUFDdEYsU0FBZ0IsdUJBQXVCLENBQUMsT0FBd0I7SUFDOUQsTUFBTSxhQUFhLEdBQUcsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyw0QkFBbUIsQ0FBQyxrQkFBa0IsQ0FBQyxFQUFFLE9BQU8sQ0FBQztJQUN0RyxNQUFNLE9BQU8sR0FBRyxPQUFPLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLDRCQUFtQixDQUFDLGVBQWUsQ0FBQyxFQUFFLE9BQU8sQ0FBQztJQUM3RixPQUFPLGFBQWEsSUFBSSxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsYUFBYSxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7QUFDM0UsQ0FBQztBQUVEOzs7Ozs7OztHQVFHO0FBQ0gsU0FBZ0Isb0JBQW9CLENBQUMsR0FBVyxFQUFFLFNBQXFEO0lBQ3JHLE9BQU87bUNBQzBCLHVCQUFlOzs7aUJBR2pDLFNBQVMsQ0FBQyxhQUFhO1dBQzdCLFNBQVMsQ0FBQyxPQUFPO2tCQUNWLEdBQUc7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7NEhBbUJ1Ryx1QkFBZTtrREFDekYsdUJBQWU7Q0FDaEUsQ0FBQztBQUNGLENBQUM7QUFFRCxTQUFnQixZQUFZLENBQzFCLFFBQWdCLEVBQUUsT0FBd0IsRUFBRSxrQkFBMkIsRUFBRSxPQUFvRDtJQUU3SCxNQUFNLE9BQU8sR0FBMkIsRUFBRSxDQUFDO0lBQzNDLEtBQUssTUFBTSxDQUFDLElBQUksT0FBTztRQUFFLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyx5QkFBZ0IsQ0FBQyxNQUFNO1lBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLFVBQVUsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLEdBQUcsbUJBQVcsSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDdEksSUFBSSxNQUFNLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLE1BQU0sS0FBSyxDQUFDO1FBQUUsT0FBTyxFQUFFLENBQUM7SUFDakQsTUFBTSxJQUFJLEdBQUcseUJBQWUsQ0FBQyxzQkFBc0IsQ0FBQyxHQUFHLG1CQUFXLE1BQU0sRUFBRSxPQUFPLENBQUMsQ0FBQztJQUNuRixNQUFNLE1BQU0sR0FBRywrQkFBK0IsQ0FBQztJQUMvQyxPQUFPO1FBQ0wsRUFBRSxJQUFJLEVBQUUseUJBQWUsQ0FBQyxXQUFXLEVBQUUsS0FBSyxFQUFFLFdBQVcsRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSx5QkFBZSxDQUFDLG1CQUFtQixFQUFFLEVBQUU7UUFDOUgsRUFBRSxJQUFJLEVBQUUsZ0NBQWdDLEVBQUUsS0FBSyxFQUFFLFdBQVcsRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSx5QkFBZSxDQUFDLFdBQVcsQ0FBQyxFQUFFLE1BQU0sRUFBRSxDQUFDLEVBQUU7UUFDckksR0FBRyxDQUFDLGtCQUFrQixDQUFDLENBQUMsQ0FBQyxDQUFDO2dCQUN4QixJQUFJLEVBQUUsb0NBQW9DLEVBQUUsS0FBSyxFQUFFLFdBQVcsRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSx5QkFBZSxDQUFDLGVBQWUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxrQkFBa0IsRUFBRSxDQUFDO2FBQzNKLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ1I7WUFDRSxJQUFJLEVBQUUsdUJBQXVCLHVCQUFlLEVBQUU7WUFDOUMsS0FBSyxFQUFFLFdBQVc7WUFDbEIsV0FBVyxFQUFFLE1BQU07WUFDbkIsT0FBTyxFQUFFLElBQUksQ0FBQztnQkFDWixJQUFJLEVBQUU7b0JBQ0osc0JBQXNCLFFBQVEsa0dBQWtHO29CQUNoSSw4QkFBOEIsRUFBRSxpQ0FBaUM7aUJBQ2xFO2dCQUNELE9BQU8sRUFBRTtvQkFDUCxjQUFjO29CQUNkLGlDQUFpQztvQkFDakMsR0FBRyxDQUFDLGtCQUFrQixDQUFDLENBQUMsQ0FBQyxDQUFDLGdHQUFnRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztvQkFDakksdUdBQXVHLE1BQU0sd0JBQXdCOzBCQUNqSSxrSEFBa0g7MEJBQ2xILEdBQUcseUJBQWUsQ0FBQyxXQUFXLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsc0NBQXNDO29CQUMxRixxQkFBcUI7aUJBQ3RCO2FBQ0YsQ0FBQztTQUNIO1FBQ0QsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7WUFDWixFQUFFLElBQUksRUFBRSw0QkFBb0IsRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLFdBQVcsRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLG9CQUFvQixDQUFDLEdBQUcsbUJBQVcsTUFBTSxFQUFFLE9BQU8sQ0FBQyxFQUFFO1lBQ3JJO2dCQUNFLElBQUksRUFBRSxvREFBb0Q7Z0JBQzFELEtBQUssRUFBRSxXQUFXO2dCQUNsQixXQUFXLEVBQUUsTUFBTTtnQkFDbkIsT0FBTyxFQUFFLElBQUksQ0FBQztvQkFDWixJQUFJLEVBQUUsQ0FBQyxzQkFBc0IsUUFBUSx1R0FBdUcsQ0FBQztvQkFDN0ksT0FBTyxFQUFFLENBQUMsY0FBYyxFQUFFLGFBQWEsNEJBQW9CLEVBQUUsQ0FBQztpQkFDL0QsQ0FBQzthQUNIO1lBQ0Q7Z0JBQ0UsSUFBSSxFQUFFLHVCQUF1Qiw2QkFBcUIsRUFBRTtnQkFDcEQsS0FBSyxFQUFFLFdBQVc7Z0JBQ2xCLFdBQVcsRUFBRSxNQUFNO2dCQUNuQixPQUFPLEVBQUUsSUFBSSxDQUFDO29CQUNaLElBQUksRUFBRSxDQUFDLHFEQUFxRCxDQUFDO29CQUM3RCxLQUFLLEVBQUUsQ0FBQyxnQkFBZ0IsRUFBRSxzQkFBc0IsQ0FBQztvQkFDakQsT0FBTyxFQUFFLENBQUMsd0JBQXdCLENBQUM7aUJBQ3BDLENBQUM7YUFDSDtTQUNGLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztLQUNSLENBQUM7QUFDSixDQUFDO0FBRUQsb0ZBQW9GO0FBQ3BGLFNBQWdCLGdCQUFnQixDQUFDLFFBQWdCLEVBQUUsU0FBaUIsRUFBRSxTQUFpQjtJQUNyRixNQUFNLEdBQUcsR0FBRztRQUNWLFVBQVUsRUFBRSxLQUFLO1FBQ2pCLFlBQVksRUFBRSxJQUFJO1FBQ2xCLGNBQWMsRUFBRSxLQUFLO1FBQ3JCLGVBQWUsRUFBRSxLQUFLO1FBQ3RCLFdBQVcsRUFBRTtZQUNYLEVBQUUsSUFBSSxFQUFFLDhCQUE4QixFQUFFLEtBQUssRUFBRSxXQUFXLEVBQUUsV0FBVyxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFO1lBQ3JHLEVBQUUsSUFBSSxFQUFFLHVDQUF1QyxFQUFFLEtBQUssRUFBRSxXQUFXLEVBQUUsV0FBVyxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFO1lBQzlHO2dCQUNFLElBQUksRUFBRSwwQ0FBMEM7Z0JBQ2hELEtBQUssRUFBRSxXQUFXO2dCQUNsQixXQUFXLEVBQUUsTUFBTTtnQkFDbkIsT0FBTyxFQUFFLElBQUksQ0FBQztvQkFDWixJQUFJLEVBQUUsQ0FBQywrRkFBK0YsRUFBRSw2QkFBNkIsRUFBRSw2QkFBNkIsQ0FBQztvQkFDckssT0FBTyxFQUFFLENBQUMsbUVBQW1FLEVBQUUsb0JBQW9CLEVBQUUsY0FBYyxDQUFDO29CQUNwSCxPQUFPLEVBQUUsQ0FBQyw0QkFBNEIsQ0FBQztpQkFDeEMsQ0FBQzthQUNIO1NBQ0Y7UUFDRCxNQUFNLEVBQUU7WUFDTixDQUFDLElBQUksRUFBRSxJQUFJLEVBQUUsc0ZBQXNGLENBQUM7WUFDcEcsQ0FBQyxXQUFXLEVBQUUsU0FBUyxFQUFFLE9BQU8sRUFBRSxlQUFlLENBQUM7WUFDbEQsQ0FBQyxXQUFXLEVBQUUsZUFBZSxDQUFDO1lBQzlCLENBQUMsV0FBVyxFQUFFLFFBQVEsRUFBRSxPQUFPLEVBQUUsc0JBQXNCLENBQUM7U0FDekQ7S0FDRixDQUFDO0lBQ0YsT0FBTyxNQUFNLENBQUMsUUFBUSxFQUFFLGtDQUFrQyxDQUFDLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQzFFLENBQUM7QUFFRDs7O0dBR0c7QUFDSSxNQUFNLHVCQUF1QixHQUFHLENBQUMsQ0FBUyxFQUFFLEVBQUUsQ0FBQyx1QkFBdUIsQ0FBQyxJQUFJLENBQUM7QUFBdEUsUUFBQSx1QkFBdUIsMkJBQStDO0FBQ3RFLFFBQUEsb0JBQW9CLEdBQUcsc0JBQXNCLENBQUM7QUFFM0QsbUZBQW1GO0FBQ3RFLFFBQUEsb0JBQW9CLEdBQUcsNkJBQTZCLENBQUM7QUFDbEUscUdBQXFHO0FBQ3hGLFFBQUEsdUJBQXVCLEdBQUcsbUNBQW1DLENBQUM7QUFFM0UseUZBQXlGO0FBQ3pGLFNBQVMsV0FBVyxDQUFDLEtBQW9CLEVBQUUsS0FBOEI7SUFDdkUsTUFBTSxJQUFJLEdBQUcsb0NBQWdCLENBQUMsZUFBZSxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQ3JELE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUksS0FBSyxDQUFDLENBQUMsS0FBSyxHQUFHLENBQUMsQ0FBQztJQUN4RCxLQUFLLE1BQU0sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksS0FBSztRQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUN0RCxPQUFPLDBGQUEwRixLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7QUFDeEgsQ0FBQztBQUVELG9GQUFvRjtBQUNwRixTQUFTLGNBQWMsQ0FBQyxLQUFvQjtJQUMxQyxPQUFPLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUksSUFBSSxJQUFBLCtCQUF1QixFQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7QUFDOUYsQ0FBQztBQUVEOzs7OztHQUtHO0FBQ0gsU0FBZ0Isc0JBQXNCO0lBQ3BDLE9BQU87OzREQUVtRCw0QkFBb0I7Ozs7Ozs7Ozs7Ozs7O0NBYy9FLENBQUM7QUFDRixDQUFDO0FBRUQsOEZBQThGO0FBQzlGLFNBQVMsYUFBYSxDQUFDLElBQVk7SUFDakMsT0FBTyxDQUFDLFNBQVMsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLDRCQUFvQixHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsWUFBWSxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztBQUNwRyxDQUFDO0FBRUQsaUVBQWlFO0FBQ2pFLFNBQVMsUUFBUSxDQUFDLEtBQWU7SUFDL0IsT0FBTyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUU7UUFDckIsSUFBSSxxQkFBcUIsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO1lBQUUsT0FBTyxDQUFDLENBQUM7UUFDNUMsSUFBSSxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztZQUFFLE1BQU0sSUFBSSxLQUFLLENBQUMsYUFBYSxDQUFDLCtCQUErQixDQUFDLENBQUM7UUFDdEYsT0FBTyxJQUFJLENBQUMsR0FBRyxDQUFDO0lBQ2xCLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUNmLENBQUM7QUFFRCx3RUFBd0U7QUFDeEUsU0FBUyxTQUFTLENBQUMsY0FBc0IsRUFBRSxNQUFzQjtJQUMvRCxPQUFPLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO1FBQ3ZCLEdBQUcsY0FBYyxJQUFJLG1CQUFXLElBQUksQ0FBQyxDQUFDLE1BQU0sRUFBRSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsTUFBTTtRQUM5RCxHQUFHLENBQUMsQ0FBQyxNQUFNLEtBQUssb0JBQVcsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSx5RkFBeUYsRUFBRSxHQUFHLEVBQUUsR0FBRztLQUN2SixDQUFDLENBQUM7QUFDTCxDQUFDO0FBU0Q7Ozs7OztHQU1HO0FBQ1UsUUFBQSxhQUFhLEdBQUcscUJBQXFCLENBQUM7QUFFbkQsOENBQThDO0FBQ2pDLFFBQUEsWUFBWSxHQUFHLFNBQVMsQ0FBQztBQUV0Qyx3R0FBd0c7QUFDeEcsTUFBTSxxQkFBcUIsR0FBRyx3RkFBd0YsQ0FBQztBQUV2SDs7Ozs7OztHQU9HO0FBQ0gsU0FBZ0IscUJBQXFCLENBQUMsUUFBZ0IsRUFBRSxjQUFzQjtJQUM1RSxNQUFNLE9BQU8sR0FBRyxFQUFFLFFBQVEsRUFBRSxRQUFRLEVBQUUscUJBQWEsRUFBRSxTQUFTLEVBQUUscUJBQWEsRUFBRSxDQUFDO0lBQ2hGLE1BQU0sS0FBSyxHQUFHLCtCQUFjLENBQUMsWUFBWSxDQUFDLE9BQU8sQ0FBQyxDQUFDO0lBQ25ELDRGQUE0RjtJQUM1RiwwRkFBMEY7SUFDMUYsd0JBQXdCO0lBQ3hCLE1BQU0sVUFBVSxHQUFHLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLHFCQUFxQixxQkFBYSxFQUFFLEVBQUUsd0JBQXdCLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDcEcsT0FBTztRQUNMLEtBQUssRUFBRTtZQUNMLEVBQUUsSUFBSSxFQUFFLCtCQUFjLENBQUMsWUFBWSxFQUFFLEtBQUssRUFBRSxXQUFXLEVBQUUsV0FBVyxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsK0JBQWMsQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLEVBQUU7WUFDdkgsR0FBRyxNQUFNLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLE9BQU8sQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLHVCQUF1QixJQUFJLEVBQUUsRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLFdBQVcsRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQztZQUM5SSxHQUFHLE1BQU0sQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLHVCQUF1QixJQUFJLGdCQUFnQixFQUFFLEtBQUssRUFBRSxXQUFXLEVBQUUsV0FBVyxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsVUFBVSxFQUFFLENBQUMsQ0FBQztTQUMzSjtRQUNELE1BQU0sRUFBRSxDQUFDLENBQUMsR0FBRyxjQUFjLElBQUksbUJBQVcsSUFBSSxzQkFBYyxFQUFFLEVBQUUscUJBQWEsRUFBRSxNQUFNLEVBQUUsTUFBTSxxQkFBcUIsRUFBRSxFQUFFLEdBQUcsRUFBRSxHQUFHLENBQUMsQ0FBQztRQUNoSSxNQUFNLEVBQUU7WUFDTixDQUFDLFdBQVcsRUFBRSxlQUFlLENBQUM7WUFDOUIsb0dBQW9HO1lBQ3BHLENBQUMsSUFBSSxFQUFFLElBQUksRUFBRSxpQkFBaUIscUJBQWEsYUFBYSxxQkFBYSxzQkFBc0IscUJBQWEsVUFBVSwrQkFBYyxDQUFDLFlBQVksVUFBVTtzQkFDbkosMklBQTJJLENBQUM7WUFDaEosQ0FBQyxXQUFXLEVBQUUsUUFBUSxFQUFFLE9BQU8sRUFBRSxrQkFBa0IsQ0FBQztTQUNyRDtLQUNGLENBQUM7QUFDSixDQUFDO0FBRUQsOEVBQThFO0FBQzlFLFNBQWdCLFdBQVcsQ0FBQyxjQUFzQixFQUFFLFNBQWlCO0lBQ25FLE9BQU8sQ0FBQyxHQUFHLGNBQWMsSUFBSSxnQkFBZ0IsQ0FBQyxTQUFTLENBQUMsRUFBRSxFQUFFLG9CQUFZLEVBQUUsTUFBTSxFQUFFLE1BQU0scUJBQXFCLEVBQUUsRUFBRSxHQUFHLEVBQUUsR0FBRyxDQUFDLENBQUM7QUFDN0gsQ0FBQztBQUVELDJHQUEyRztBQUMzRyxTQUFnQixrQkFBa0IsQ0FBQyxDQVVsQztJQUNDLE1BQU0sS0FBSyxHQUE0QixDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsbUJBQW1CLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxFQUFFLENBQUMsaUJBQWlCLEVBQUUsQ0FBQyxDQUFDLE9BQU8sSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7SUFDbkksTUFBTSxHQUFHLEdBQTRCO1FBQ25DLFVBQVUsRUFBRSxLQUFLO1FBQ2pCLFlBQVksRUFBRSxJQUFJO1FBQ2xCLGNBQWMsRUFBRSxLQUFLO1FBQ3JCLGVBQWUsRUFBRSxLQUFLO1FBQ3RCLFdBQVcsRUFBRTtZQUNYLEVBQUUsSUFBSSxFQUFFLGVBQWUsd0NBQW9CLENBQUMsT0FBTyxLQUFLLEVBQUUsS0FBSyxFQUFFLFdBQVcsRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxvQ0FBZ0IsQ0FBQyxNQUFNLENBQUMsd0NBQW9CLENBQUMsT0FBTyxDQUFDLEVBQUU7WUFDbkssRUFBRSxJQUFJLEVBQUUsMEJBQTBCLEVBQUUsS0FBSyxFQUFFLFdBQVcsRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxXQUFXLENBQUMsQ0FBQyxDQUFDLEtBQUssRUFBRSxLQUFLLENBQUMsRUFBRTtZQUNuSCxFQUFFLElBQUksRUFBRSw0QkFBb0IsRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLFdBQVcsRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLGNBQWMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEVBQUU7WUFDekcsRUFBRSxJQUFJLEVBQUUsK0JBQXVCLEVBQUUsS0FBSyxFQUFFLFdBQVcsRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxzQkFBc0IsRUFBRSxFQUFFO1lBQzdHO2dCQUNFLElBQUksRUFBRSw2Q0FBNkM7Z0JBQ25ELEtBQUssRUFBRSxXQUFXO2dCQUNsQixXQUFXLEVBQUUsTUFBTTtnQkFDbkIsT0FBTyxFQUFFLElBQUksQ0FBQztvQkFDWixJQUFJLEVBQUUsQ0FBQyx5RUFBeUUsRUFBRSw4REFBOEQ7d0JBQzlJLDZCQUE2QixFQUFFLHlDQUF5QyxDQUFDO29CQUMzRSxPQUFPLEVBQUUsQ0FBQyxjQUFjLEVBQUUscUJBQXFCLEVBQUUsMENBQTBDO3dCQUN6RixhQUFhLFFBQVEsQ0FBQyxDQUFDLFdBQVcsRUFBRSwrQkFBdUIsRUFBRSxXQUFXLEVBQUUsZUFBZSx3Q0FBb0IsQ0FBQyxPQUFPLEtBQUssRUFBRSxHQUFHLGFBQWEsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztvQkFDdkosT0FBTyxFQUFFLENBQUMsNEJBQTRCLENBQUM7aUJBQ3hDLENBQUM7YUFDSDtTQUNGO1FBQ0QsTUFBTSxFQUFFO1lBQ04sQ0FBQyxJQUFJLEVBQUUsSUFBSSxFQUFFLHlHQUF5RyxDQUFDO1lBQ3ZILENBQUMsV0FBVyxFQUFFLGVBQWUsQ0FBQztZQUM5QixDQUFDLFdBQVcsRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLHlCQUF5QixDQUFDO1lBQzNELENBQUMsV0FBVyxFQUFFLFFBQVEsRUFBRSxjQUFjLENBQUM7WUFDdkMsQ0FBQyxXQUFXLEVBQUUsU0FBUyxFQUFFLGNBQWMsQ0FBQztZQUN4QyxHQUFHLENBQUMsQ0FBQyxDQUFDLEtBQUssRUFBRSxNQUFNLElBQUksRUFBRSxDQUFDO1NBQzNCO0tBQ0YsQ0FBQztJQUNELEdBQUcsQ0FBQyxXQUF3QixDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEtBQUssRUFBRSxLQUFLLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQztJQUM5RCxNQUFNLE1BQU0sR0FBRyxDQUFDLEdBQUcsU0FBUyxDQUFDLENBQUMsQ0FBQyxjQUFjLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsS0FBSyxFQUFFLE1BQU0sSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQ3RGLElBQUksTUFBTSxDQUFDLE1BQU07UUFBRSxHQUFHLENBQUMsTUFBTSxHQUFHLE1BQU0sQ0FBQztJQUN2QyxPQUFPLE1BQU0sQ0FBQyxDQUFDLENBQUMsUUFBUSxFQUFFLGFBQWEsQ0FBQyxDQUFDLElBQUksbUJBQW1CLENBQUMsR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUM7QUFDaEYsQ0FBQztBQUVELGtGQUFrRjtBQUNsRixTQUFnQixrQkFBa0IsQ0FBQyxDQUVsQztJQUNDLE1BQU0sTUFBTSxHQUFHLG9DQUFnQixDQUFDLGFBQWEsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLG9DQUFnQixDQUFDLGFBQWEsQ0FBQyxXQUFXLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztJQUN4RyxNQUFNLEdBQUcsR0FBRztRQUNWLFVBQVUsRUFBRSxLQUFLO1FBQ2pCLFlBQVksRUFBRSxJQUFJO1FBQ2xCLGNBQWMsRUFBRSxLQUFLO1FBQ3JCLGVBQWUsRUFBRSxLQUFLO1FBQ3RCLFdBQVcsRUFBRTtZQUNYLEVBQUUsSUFBSSxFQUFFLGVBQWUsd0NBQW9CLENBQUMsWUFBWSxLQUFLLEVBQUUsS0FBSyxFQUFFLFdBQVcsRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxvQ0FBZ0IsQ0FBQyxNQUFNLENBQUMsd0NBQW9CLENBQUMsWUFBWSxDQUFDLEVBQUU7WUFDN0ssRUFBRSxJQUFJLEVBQUUsMEJBQTBCLEVBQUUsS0FBSyxFQUFFLFdBQVcsRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxXQUFXLENBQUMsQ0FBQyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsRUFBRTtZQUNoSCxFQUFFLElBQUksRUFBRSw0QkFBb0IsRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLFdBQVcsRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLGNBQWMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEVBQUU7WUFDekcsRUFBRSxJQUFJLEVBQUUsK0JBQXVCLEVBQUUsS0FBSyxFQUFFLFdBQVcsRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxzQkFBc0IsRUFBRSxFQUFFO1lBQzdHLEVBQUUsSUFBSSxFQUFFLDhCQUE4QixFQUFFLEtBQUssRUFBRSxXQUFXLEVBQUUsV0FBVyxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsb0NBQWdCLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFO1lBQzNKLEVBQUUsSUFBSSxFQUFFLG9DQUFnQixDQUFDLGFBQWEsRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLFdBQVcsRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxPQUFPLEVBQUUsNEJBQW9CLEVBQUU7WUFDakk7Z0JBQ0UsSUFBSSxFQUFFLDRDQUE0QztnQkFDbEQsS0FBSyxFQUFFLFdBQVc7Z0JBQ2xCLFdBQVcsRUFBRSxNQUFNO2dCQUNuQixPQUFPLEVBQUUsSUFBSSxDQUFDO29CQUNaLElBQUksRUFBRSxDQUFDLG9HQUFvRzt3QkFDekcsOENBQThDLEVBQUUsNkJBQTZCO3dCQUM3RSxxQkFBcUIsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztvQkFDL0QsT0FBTyxFQUFFLENBQUMsMENBQTBDO3dCQUNsRCxhQUFhLFFBQVEsQ0FBQyxDQUFDLFdBQVcsRUFBRSwrQkFBdUIsRUFBRSxXQUFXLEVBQUUsZUFBZSx3Q0FBb0IsQ0FBQyxZQUFZLEtBQUs7NEJBQzdILEdBQUcsYUFBYSxDQUFDLHNEQUFzRCxDQUFDLENBQUMsQ0FBQyxFQUFFO3dCQUM5RSxvQkFBb0IsRUFBRSxjQUFjLENBQUM7b0JBQ3ZDLE9BQU8sRUFBRSxDQUFDLDRCQUE0QixDQUFDO2lCQUN4QyxDQUFDO2FBQ0g7U0FDRjtRQUNELE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxDQUFDLGNBQWMsRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDO1FBQzdDLE1BQU0sRUFBRTtZQUNOLENBQUMsSUFBSSxFQUFFLElBQUksRUFBRSwwRkFBMEYsQ0FBQztZQUN4RyxDQUFDLE9BQU8sRUFBRSxNQUFNLEVBQUUsTUFBTSxDQUFDO1lBQ3pCLDRFQUE0RTtZQUM1RSxDQUFDLElBQUksRUFBRSxJQUFJLEVBQUUsK0lBQStJLENBQUM7WUFDN0osQ0FBQyxXQUFXLEVBQUUsZUFBZSxDQUFDO1lBQzlCLENBQUMsV0FBVyxFQUFFLFFBQVEsRUFBRSxPQUFPLEVBQUUsd0JBQXdCLENBQUM7U0FDM0Q7S0FDRixDQUFDO0lBQ0YsT0FBTyxNQUFNLENBQUMsQ0FBQyxDQUFDLFFBQVEsRUFBRSxpQkFBaUIsQ0FBQyxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUMzRCxDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsU0FBZ0IsY0FBYyxDQUFDLElBQVksRUFBRSxJQUE2QjtJQUN4RSxJQUFJLEdBQUcsR0FBRyxJQUFBLHlCQUFTLEVBQUMsSUFBSSxDQUFDLENBQUM7SUFDMUIsS0FBSyxNQUFNLENBQUMsV0FBVyxFQUFFLEdBQUcsQ0FBQyxJQUFJLElBQUksRUFBRSxDQUFDO1FBQ3RDLElBQUksQ0FBQyxHQUFHLENBQUMsUUFBUSxDQUFDLFdBQVcsQ0FBQztZQUFFLE1BQU0sSUFBSSxLQUFLLENBQUMseUJBQXlCLFdBQVcsWUFBWSxDQUFDLENBQUM7UUFDbEcsR0FBRyxHQUFHLEdBQUcsQ0FBQyxLQUFLLENBQUMsV0FBVyxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ3pDLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIEhlbHBlcnMgb2YgdGhlIFByb3htb3ggcGVybWl0IGNvbnN0cnVjdDogdGhlIGFkZHJlc3MgcGxhbiBvZiBhIHBlcm1pdCdzIG5ldHdvcmssIHRoZVxuICogc3RvcmFnZSBzZXJ2ZXIncyBleHBvcnQgdGFibGUsIGFuZCB0aGUgY2xvdWQtaW5pdCBjb25maWd1cmF0aW9ucyBvZiB0aGUgc3RvcmFnZSBzZXJ2ZXIsXG4gKiB0aGUgcGFja2FnZSBwcm94eSwgdGhlIGFpcmxvY2sgYW5kIHRoZSBkZXNrdG9wcy4gUHVyZSBmdW5jdGlvbnM7IG5vdCBleHBvcnRlZCBmcm9tIHRoZVxuICogcGFja2FnZS5cbiAqL1xuaW1wb3J0IHsgc3RyaW5naWZ5IH0gZnJvbSAneWFtbCc7XG5pbXBvcnQgeyBzaGEyNTYgfSBmcm9tICcuL3N1cHBvcnQnO1xuaW1wb3J0IHsgSW5ncmVzc1NjYW5uaW5nIH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy9pbmdyZXNzJztcbmltcG9ydCB7XG4gIE1vdW50QWNjZXNzLCBQZXJtaXRMaWZlY3ljbGUsIFBlcm1pdFByb3BzLCBQZXJtaXRTdGF0dXMsIFBlcm1pdFZvbHVtZUtpbmQsIFBlcm1pdFdvcmtzcGFjZVJvbGUsIFBsYW5uZWRNb3VudCwgUGxhbm5lZFVzZXIsIFBsYW5uZWRWb2x1bWUsXG59IGZyb20gJy4uLy4uLy4uL3dvcmtzcGFjZXMvcGVybWl0JztcbmltcG9ydCB7IFBlcm1pdEVudHJ5cG9pbnQsIFBlcm1pdEVudHJ5cG9pbnRNb2RlIH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy9wZXJtaXQtZW50cnlwb2ludCc7XG5pbXBvcnQgeyBSZWxlYXNlQ29tbWFuZCB9IGZyb20gJy4uLy4uLy4uL3dvcmtzcGFjZXMvcmVsZWFzZS1zY3JpcHQnO1xuaW1wb3J0IHsgdGZMaXRlcmFsIH0gZnJvbSAnLi4vLi4vdGVycmFmb3JtL3Blcm1pdC1jb21tb24nO1xuXG4vKiogUm9sZXMgb2YgdGhlIHBlcm1pdCdzIGluZnJhc3RydWN0dXJlIG1hY2hpbmVzIChiZXNpZGUgdGhlIHBsYW5uZWQgd29ya3NwYWNlcykuICovXG5leHBvcnQgY29uc3QgU1RPUkFHRV9ST0xFID0gJ3N0b3JhZ2UnO1xuZXhwb3J0IGNvbnN0IFBST1hZX1JPTEUgPSAnZWdyZXNzLXByb3h5JztcblxuLyoqIEhvc3Qgb2Zmc2V0cyBpbiB0aGUgcGVybWl0J3MgbmV0d29yaywgYW5kIFZNIGlkIG9mZnNldHMgZnJvbSBgdm1JZEJhc2VgLiAqL1xuZXhwb3J0IGNvbnN0IEhPU1RTOiBSZWNvcmQ8c3RyaW5nLCB7IGhvc3Q6IG51bWJlcjsgdm1JZDogbnVtYmVyIH0+ID0ge1xuICBbU1RPUkFHRV9ST0xFXTogeyBob3N0OiAxMCwgdm1JZDogMCB9LFxuICBbUFJPWFlfUk9MRV06IHsgaG9zdDogMTEsIHZtSWQ6IDEgfSxcbiAgW1Blcm1pdFdvcmtzcGFjZVJvbGUuSU5HUkVTU19BSVJMT0NLXTogeyBob3N0OiAyMCwgdm1JZDogMiB9LFxuICBbUGVybWl0V29ya3NwYWNlUm9sZS5IREFCX1BSRVBST0NFU1NJTkddOiB7IGhvc3Q6IDIxLCB2bUlkOiAzIH0sXG4gIFtQZXJtaXRXb3Jrc3BhY2VSb2xlLkhEQUJfUkVWSUVXXTogeyBob3N0OiAyMiwgdm1JZDogNCB9LFxuICBbUGVybWl0V29ya3NwYWNlUm9sZS5SRVNFQVJDSEVSX1NFVFVQXTogeyBob3N0OiAyMywgdm1JZDogNSB9LFxuICBbUGVybWl0V29ya3NwYWNlUm9sZS5TRVRVUF9SRVZJRVddOiB7IGhvc3Q6IDI0LCB2bUlkOiA2IH0sXG4gIFtQZXJtaXRXb3Jrc3BhY2VSb2xlLkFOQUxZU0lTXTogeyBob3N0OiAyNSwgdm1JZDogNyB9LFxufTtcblxuLyoqIFRoZSBzbWFsbGVzdCBuZXR3b3JrIHRoYXQgaG9sZHMgZXZlcnkgaG9zdCAoYSAvMjcpLiAqL1xuZXhwb3J0IGNvbnN0IE1JTl9ORVRXT1JLX1NJWkUgPSAzMjtcblxuLyoqIFdoZXJlIHRoZSBzdG9yYWdlIHNlcnZlciBtb3VudHMgdGhlIHZvbHVtZXMuICovXG5leHBvcnQgY29uc3QgRVhQT1JUX1JPT1QgPSAnL3Nydi9wZXJtaXQnO1xuXG4vKiogUG9ydCBvZiB0aGUgcGFja2FnZSBwcm94eS4gKi9cbmV4cG9ydCBjb25zdCBQUk9YWV9QT1JUID0gMzEyODtcblxuLyoqIFByaXZhdGUgYW5kIHNwZWNpYWwgcmFuZ2VzIHRoZSBwYWNrYWdlIHByb3h5IG1heSBuZXZlciByZWFjaCAoSVB2NCBhbmQgSVB2NikuICovXG5leHBvcnQgY29uc3QgTk9UX0lOVEVSTkVUID0gW1xuICAnMTAuMC4wLjAvOCcsICcxNzIuMTYuMC4wLzEyJywgJzE5Mi4xNjguMC4wLzE2JywgJzEwMC42NC4wLjAvMTAnLCAnMTY5LjI1NC4wLjAvMTYnLCAnMTI3LjAuMC4wLzgnLCAnMC4wLjAuMC84JywgJzIyNC4wLjAuMC8zJyxcbiAgJ2ZjMDA6Oi83JywgJ2ZlODA6Oi8xMCcsICc6OjEvMTI4JywgJ2ZmMDA6Oi84Jyxcbl07XG4vKiogVGhlIHdob2xlIGFkZHJlc3Mgc3BhY2UgKGlwc2V0IGNhbm5vdCBob2xkIC8wKS4gKi9cbmV4cG9ydCBjb25zdCBJTlRFUk5FVCA9IFsnMC4wLjAuMC8xJywgJzEyOC4wLjAuMC8xJywgJzo6LzEnLCAnODAwMDo6LzEnXTtcblxuLyoqIFBhY2thZ2VzIHRoZSBwZXJtaXQncyBpbWFnZSBuZWVkcyAoRGViaWFuL1VidW50dSBuYW1lczsgUm9ja3k6IG5mcy11dGlscywgb3BlbnNzaC1zZXJ2ZXIsIHhyZHAgKEVQRUwpLCBzcXVpZCkuICovXG5leHBvcnQgY29uc3QgSU1BR0VfUEFDS0FHRVMgPSBbJ2Nsb3VkLWluaXQnLCAnbmZzLWNvbW1vbicsICduZnMta2VybmVsLXNlcnZlcicsICdvcGVuc3NoLXNlcnZlcicsICd4cmRwJywgJ3hmY2U0JywgJ3NxdWlkJywgJ2NsYW1hdicsICdjbGFtYXYtZGFlbW9uJywgJ2NsYW1hdi1mcmVzaGNsYW0nXTtcblxuLyoqIERpc2sgc2VyaWFsIChhbmQgZXh0NCBsYWJlbCkgb2YgYSB2b2x1bWU6IHN0YWJsZSwgYXQgbW9zdCAxNiBjaGFyYWN0ZXJzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZvbHVtZVNlcmlhbCh2b2x1bWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgcHYtJHtzaGEyNTYodm9sdW1lKS5zbGljZSgwLCAxMil9YDtcbn1cblxuLyoqXG4gKiBUaGUgbW91bnRzIGV2ZXJ5IHdvcmtzcGFjZSByb2xlIGV2ZXIgaGFzLCBmcm9tIHRoZSBsaWZlY3ljbGUgbW9kZWw6IGVhY2ggc3RhdHVzIHBsYW5uZWQgZm9yXG4gKiBhIHBlcm1pdCB3aXRoIHRoZSBzYW1lIGRhdGEgaG9sZGVycy4gVGhlIHN0b3JhZ2Ugc2VydmVyJ3MgZXhwb3J0IHRhYmxlIGlzIGJ1aWx0IGZyb20gaXRcbiAqIG9uY2UsIHNvIGl0IGRvZXMgbm90IGNoYW5nZSBmcm9tIHBoYXNlIHRvIHBoYXNlOyB3aGljaCB3b3Jrc3BhY2VzIG1heSByZWFjaCB0aGUgc2VydmVyIGluXG4gKiBhIHBoYXNlIGlzIHRoZSBmaXJld2FsbCdzIGpvYi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJvbGVNb3VudFRhYmxlKHZvbHVtZXM6IFBsYW5uZWRWb2x1bWVbXSk6IE1hcDxzdHJpbmcsIFBsYW5uZWRNb3VudFtdPiB7XG4gIGNvbnN0IGhvbGRlcnMgPSB2b2x1bWVzLmZpbHRlcigodikgPT4gdi5raW5kID09PSBQZXJtaXRWb2x1bWVLaW5kLlVQTE9BRCkubWFwKCh2KSA9PiB2LmRhdGFIb2xkZXIhKTtcbiAgY29uc3QgdGFibGUgPSBuZXcgTWFwPHN0cmluZywgUGxhbm5lZE1vdW50W10+KCk7XG4gIGlmIChob2xkZXJzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHRhYmxlO1xuICBjb25zdCBiYXNlOiBQZXJtaXRQcm9wcyA9IHtcbiAgICBpZDogJ2V4cG9ydC10YWJsZScsXG4gICAgc3RhdHVzOiBQZXJtaXRTdGF0dXMuQVdBSVRJTkdfSU5HUkVTUyxcbiAgICBkYXRhSG9sZGVyczogaG9sZGVycy5tYXAoKGlkKSA9PiAoeyBpZCwgYWxsb3dlZENpZHJzOiBbJzE5Mi4wLjIuMC8yNCddIH0pKSxcbiAgICAvLyBTdGFuZC1pbiBtZW1iZXJzIChvbmx5IHRoZSBtb3VudHMgYXJlIHVzZWQpOyBuYW1lcyB3aXRoIFwiX1wiLCB3aGljaCBubyBkYXRhIGhvbGRlciBpZCBoYXMuXG4gICAgcmVzZWFyY2hlcnM6IFt7IG5hbWU6ICdyd3NfdGFibGVfcmVzZWFyY2hlcicsIHVpZDogMTAwMDEgfV0sXG4gICAgaGRhYlByZXByb2Nlc3NvcjogeyBuYW1lOiAncndzX3RhYmxlX3ByZXByb2Nlc3NvcicsIHVpZDogMTAwMDIgfSxcbiAgICBoZGFiUmV2aWV3ZXI6IHsgbmFtZTogJ3J3c190YWJsZV9yZXZpZXdlcicsIHVpZDogMTAwMDMgfSxcbiAgICBzZXR1cFJldmlld2VyOiB7IG5hbWU6ICdyd3NfdGFibGVfc2V0dXBfcmV2aWV3ZXInLCB1aWQ6IDEwMDA0IH0sXG4gIH07XG4gIGZvciAoY29uc3Qgc3RhdHVzIG9mIE9iamVjdC52YWx1ZXMoUGVybWl0U3RhdHVzKSkge1xuICAgIGZvciAoY29uc3QgdyBvZiBQZXJtaXRMaWZlY3ljbGUucGxhbih7IC4uLmJhc2UsIHN0YXR1cyB9KS53b3Jrc3BhY2VzKSB0YWJsZS5zZXQody5yb2xlLCB3Lm1vdW50cyk7XG4gIH1cbiAgcmV0dXJuIHRhYmxlO1xufVxuXG4vKiogT25lIGxpbmUgb2YgdGhlIHN0b3JhZ2Ugc2VydmVyJ3Mgdm9sdW1lIHRhYmxlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTdG9yYWdlVm9sdW1lIHtcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICAvKiogVGhlIHBsYW4ncyBraW5kOyB1bmRlZmluZWQgZm9yIHRoZSByZWxlYXNlIGFyZWEsIHdoaWNoIHRoZSBsaWZlY3ljbGUgbW9kZWwgZG9lcyBub3QgcGxhbi4gKi9cbiAgcmVhZG9ubHkga2luZD86IFBlcm1pdFZvbHVtZUtpbmQ7XG4gIHJlYWRvbmx5IHNlcmlhbDogc3RyaW5nO1xuICByZWFkb25seSBpbnRlcmZhY2U6IHN0cmluZztcbiAgcmVhZG9ubHkgc2l6ZUdpQjogbnVtYmVyO1xufVxuXG4vKipcbiAqIFRoZSBvdXRwdXQgcmVsZWFzZSBhcmVhIChgcndzLXJlbGVhc2VgJ3MgYC9kYXRhL3JlbGVhc2VgKTogYSB2b2x1bWUgb2YgdGhlIHN0b3JhZ2Ugc2VydmVyXG4gKiBiZXNpZGUgdGhlIHBsYW5uZWQgb25lcywgaW4gZXZlcnkgcGhhc2UgdGhhdCBoYXMgdGhlIHN0b3JhZ2Ugc2VydmVyIChzbyB0aGUgc2VydmVyJ3NcbiAqIGNvbmZpZ3VyYXRpb24gbmV2ZXIgY2hhbmdlcyBiZXR3ZWVuIGV2ZW50cyksIG1vdW50ZWQgb25seSBieSB0aGUgYW5hbHlzaXMgd29ya3NwYWNlLlxuICovXG5leHBvcnQgY29uc3QgUkVMRUFTRV9WT0xVTUUgPSAncmVsZWFzZSc7XG4vKiogV2hlcmUgdGhlIGFuYWx5c2lzIHdvcmtzcGFjZSBtb3VudHMgdGhlIHJlbGVhc2UgYXJlYSAoYFJlbGVhc2VDb21tYW5kYCdzIGRlZmF1bHQgYXJlYSkuICovXG5leHBvcnQgY29uc3QgUkVMRUFTRV9NT1VOVCA9ICcvZGF0YS9yZWxlYXNlJztcbi8qKiBNb2RlIG9mIHRoZSByZWxlYXNlIGFyZWEncyByb290IG9uIGEgbmV3IGRpc2s6IHJvb3QncywgcmVhZGFibGUgYnkgZXZlcnlvbmUsIHdyaXRhYmxlIGJ5IHJvb3Qgb25seS4gKi9cbmV4cG9ydCBjb25zdCBSRUxFQVNFX1JPT1RfTU9ERSA9ICcwNzU1JztcblxuLyoqXG4gKiBUaGUgZXhwb3J0IG9mIHRoZSByZWxlYXNlIGFyZWEgdG8gdGhlIGFuYWx5c2lzIHdvcmtzcGFjZTogcmVhZC13cml0ZSwgYW5kIHJvb3QgTk9UIHNxdWFzaGVkLFxuICogYmVjYXVzZSB0aGUgcmVsZWFzZSBzZXJ2aWNlIChgcndzLXJlbGVhc2UgcHJvY2Vzc2AsIHJvb3Qgb24gdGhlIHdvcmtzcGFjZSkgbXVzdCBjcmVhdGVcbiAqIHJvb3Qtb3duZWQgc25hcHNob3RzIChgY2hvd24gcm9vdGAsIDA0NDQvMDU1NSkgdGhhdCB0aGUgcmVzZWFyY2hlcnMsIHdobyBoYXZlIG5vIHJvb3QgdGhlcmUsXG4gKiBjYW5ub3QgY2hhbmdlLiBSZXNlYXJjaGVycyByZWFjaCBpdCBvbmx5IGFzIHRoZWlyIG93biB1aWQsIHdoaWNoIHRoZSBmaWxlcycgbW9kZXMga2VlcCBvdXQuXG4gKi9cbmV4cG9ydCBjb25zdCBSRUxFQVNFX0VYUE9SVF9PUFRJT05TID0gJ3J3LHN5bmMsbm9fc3VidHJlZV9jaGVjayxub19yb290X3NxdWFzaCxzZWM9c3lzJztcbi8qKlxuICogVGhlIGV4cG9ydCBvZiBvbmUgcmVxdWVzdCdzIHNuYXBzaG90IHRvIGl0cyByZXZpZXcgVk06IHJlYWQtb25seSwgZXZlcnkgdWlkIHNxdWFzaGVkIHRvXG4gKiBub2JvZHkgKHRoZSBzbmFwc2hvdCBpcyB3b3JsZC1yZWFkYWJsZTsgbm9ib2R5IHRoZXJlIG5lZWRzIHRvIGJlIGFueW9uZSksIGFuZFxuICogYHN1YnRyZWVfY2hlY2tgLCBzbyB0aGF0IGEgZmlsZSBoYW5kbGUgZnJvbSBvdXRzaWRlIGByZXF1ZXN0cy88aWQ+YCAodGhlIHJlc3Qgb2YgdGhlIHJlbGVhc2VcbiAqIGZpbGUgc3lzdGVtOiBvdGhlciByZXF1ZXN0cywgc3RhdHVzZXMsIHRoZSB3b3JrIGZvbGRlcikgaXMgcmVmdXNlZCBldmVuIGlmIGEgY2xpZW50IGZvcmdlcyBvbmUuXG4gKi9cbmV4cG9ydCBjb25zdCBSRVZJRVdfRVhQT1JUX09QVElPTlMgPSAncm8sc3luYyxzdWJ0cmVlX2NoZWNrLGFsbF9zcXVhc2gsc2VjPXN5cyc7XG5cbi8qKiBBIHJlbGVhc2UgcmVxdWVzdCdzIHNuYXBzaG90IGV4cG9ydGVkIHRvIGl0cyByZXZpZXcgVk0uICovXG5leHBvcnQgaW50ZXJmYWNlIFJldmlld0V4cG9ydCB7XG4gIHJlYWRvbmx5IHJlcXVlc3RJZDogc3RyaW5nO1xuICByZWFkb25seSBhZGRyZXNzOiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgZXhwb3J0ZWQgZm9sZGVyIG9mIGEgcmVxdWVzdCdzIHNuYXBzaG90IG9uIHRoZSBzdG9yYWdlIHNlcnZlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXZpZXdFeHBvcnRQYXRoKHJlcXVlc3RJZDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke0VYUE9SVF9ST09UfS8ke1JFTEVBU0VfVk9MVU1FfS9yZXF1ZXN0cy8ke3JlcXVlc3RJZH1gO1xufVxuXG4vKiogQSBjbGllbnQgb2YgdGhlIHN0b3JhZ2Ugc2VydmVyOiBpdHMgYWRkcmVzcyBhbmQgd2hhdCBpdCBtb3VudHMgaG93LiAqL1xuZXhwb3J0IGludGVyZmFjZSBTdG9yYWdlQ2xpZW50IHtcbiAgcmVhZG9ubHkgcm9sZTogc3RyaW5nO1xuICByZWFkb25seSBhZGRyZXNzOiBzdHJpbmc7XG4gIHJlYWRvbmx5IG1vdW50czogUGxhbm5lZE1vdW50W107XG59XG5cbi8vIE5vIGB1c2Vyc2Aga2V5OiBjbG91ZC1pbml0IGNyZWF0ZXMgdGhlIGltYWdlJ3MgZGVmYXVsdCB1c2VyLCBsb2NrZWQgYW5kIHdpdGhvdXQga2V5cyAodGhlXG4vLyBwZXJtaXQgZW50cnlwb2ludCBhbHNvIGxvY2tzIGV2ZXJ5IGFjY291bnQgaXQgZGlkIG5vdCBjcmVhdGUpOyBgdXNlcnM6IFtdYCBpcyBpbnZhbGlkLlxuY29uc3QgSEVBREVSID0gKHBlcm1pdElkOiBzdHJpbmcsIHdoYXQ6IHN0cmluZykgPT5cbiAgYCNjbG91ZC1jb25maWdcXG4jIFBlcm1pdCAke3Blcm1pdElkfTogJHt3aGF0fS5cXG4jIEdlbmVyYXRlZCBieSBjZGstcmVzZWFyY2gtd29ya3NwYWNlcyAoUHJveG1veFBlcm1pdEVudmlyb25tZW50KTsgZG8gbm90IGVkaXQuXFxuYDtcblxuZnVuY3Rpb24geWFtbChkb2M6IG9iamVjdCk6IHN0cmluZyB7XG4gIHJldHVybiBzdHJpbmdpZnkoZG9jLCB7IGxpbmVXaWR0aDogMCwgYmxvY2tRdW90ZTogJ2xpdGVyYWwnIH0pO1xufVxuXG5mdW5jdGlvbiB1bml0KGxpbmVzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmdbXT4pOiBzdHJpbmcge1xuICByZXR1cm4gT2JqZWN0LmVudHJpZXMobGluZXMpLm1hcCgoW3NlY3Rpb24sIGJvZHldKSA9PiBgWyR7c2VjdGlvbn1dXFxuJHtib2R5LmpvaW4oJ1xcbicpfVxcbmApLmpvaW4oJ1xcbicpO1xufVxuXG4vKiogVGhlIGV4cG9ydCBvcHRpb25zIG9mIG9uZSBjbGllbnQncyBhY2Nlc3MuICovXG5mdW5jdGlvbiBleHBvcnRPcHRpb25zKGFjY2VzczogTW91bnRBY2Nlc3MsIGFpcmxvY2s6IGJvb2xlYW4pOiBzdHJpbmcge1xuICAvLyBUaGUgYWlybG9jayBydW5zIGl0cyBTRlRQIHNlcnZlciBhcyByb290IGFuZCBtdXN0IG93biBlYWNoIHVwbG9hZCBhcmVhJ3MgY2hyb290OlxuICAvLyBub19yb290X3NxdWFzaCBmb3IgaXQgYWxvbmU7IHdyaXRlLW9ubHkgaXMgZW5mb3JjZWQgYnkgaXRzIFNGVFAgc2VydmVyLlxuICBpZiAoYWlybG9jaykgcmV0dXJuICdydyxzeW5jLG5vX3N1YnRyZWVfY2hlY2ssbm9fcm9vdF9zcXVhc2gsc2VjPXN5cyc7XG4gIHJldHVybiBgJHthY2Nlc3MgPT09IE1vdW50QWNjZXNzLlJFQURfT05MWSA/ICdybycgOiAncncnfSxzeW5jLG5vX3N1YnRyZWVfY2hlY2sscm9vdF9zcXVhc2gsc2VjPXN5c2A7XG59XG5cbi8qKlxuICogYC9ldGMvZXhwb3J0cy5kL3Blcm1pdC5leHBvcnRzYDogZWFjaCB2b2x1bWUgdG8gZWFjaCByb2xlIHRoYXQgZXZlciBtb3VudHMgaXQsIHdpdGggaXRzXG4gKiBhY2Nlc3M7IHRoZSByZWxlYXNlIGFyZWEgdG8gdGhlIGFuYWx5c2lzIHdvcmtzcGFjZSAoYHJlbGVhc2VgKSwgYW5kIGVhY2ggcmV2aWV3ZWQgcmVxdWVzdCdzXG4gKiBzbmFwc2hvdCB0byBpdHMgcmV2aWV3IFZNIG9ubHkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleHBvcnRzRmlsZShcbiAgcGVybWl0SWQ6IHN0cmluZywgdm9sdW1lczogU3RvcmFnZVZvbHVtZVtdLCBjbGllbnRzOiBTdG9yYWdlQ2xpZW50W10sIHJlbGVhc2U/OiB7IGFuYWx5c2lzOiBzdHJpbmc7IHJldmlld3M6IFJldmlld0V4cG9ydFtdIH0sXG4pOiBzdHJpbmcge1xuICBjb25zdCBsaW5lcyA9IFtgIyBQZXJtaXQgJHtwZXJtaXRJZH06IE5GUyBleHBvcnRzIG9mIHRoZSBkYXRhIHZvbHVtZXMsIGJ5IHdvcmtzcGFjZSBhZGRyZXNzLiBHZW5lcmF0ZWQ7IGRvIG5vdCBlZGl0LmBdO1xuICBmb3IgKGNvbnN0IHYgb2Ygdm9sdW1lcykge1xuICAgIGlmICh2Lm5hbWUgPT09IFJFTEVBU0VfVk9MVU1FKSB7XG4gICAgICBsaW5lcy5wdXNoKHJlbGVhc2UgPyBgJHtFWFBPUlRfUk9PVH0vJHt2Lm5hbWV9ICR7cmVsZWFzZS5hbmFseXNpc30oJHtSRUxFQVNFX0VYUE9SVF9PUFRJT05TfSlgIDogYCMgJHtFWFBPUlRfUk9PVH0vJHt2Lm5hbWV9OiBub3QgZXhwb3J0ZWRgKTtcbiAgICAgIGZvciAoY29uc3QgciBvZiByZWxlYXNlPy5yZXZpZXdzID8/IFtdKSBsaW5lcy5wdXNoKGAke3Jldmlld0V4cG9ydFBhdGgoci5yZXF1ZXN0SWQpfSAke3IuYWRkcmVzc30oJHtSRVZJRVdfRVhQT1JUX09QVElPTlN9KWApO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGNvbnN0IHdobyA9IGNsaWVudHMuZmxhdE1hcCgoYykgPT4gYy5tb3VudHMuZmlsdGVyKChtKSA9PiBtLnZvbHVtZSA9PT0gdi5uYW1lKVxuICAgICAgLm1hcCgobSkgPT4gYCR7Yy5hZGRyZXNzfSgke2V4cG9ydE9wdGlvbnMobS5hY2Nlc3MsIGMucm9sZSA9PT0gUGVybWl0V29ya3NwYWNlUm9sZS5JTkdSRVNTX0FJUkxPQ0spfSlgKSk7XG4gICAgLy8gQSB2b2x1bWUgbm9ib2R5IG1vdW50cyAoeWV0KSBpcyBleHBvcnRlZCB0byBubyBvbmU6IHRoZSBsaW5lIGtlZXBzIGl0IHZpc2libGUuXG4gICAgbGluZXMucHVzaCh3aG8ubGVuZ3RoID8gYCR7RVhQT1JUX1JPT1R9LyR7di5uYW1lfSAke3doby5qb2luKCcgJyl9YCA6IGAjICR7RVhQT1JUX1JPT1R9LyR7di5uYW1lfTogbm90IGV4cG9ydGVkYCk7XG4gIH1cbiAgcmV0dXJuIGAke2xpbmVzLmpvaW4oJ1xcbicpfVxcbmA7XG59XG5cbi8qKiBUaGUgc3RvcmFnZSBzZXJ2ZXIncyBzZXQtdXAgc2NyaXB0IChmb3JtYXRzIG9ubHkgZW1wdHkgZGlza3MsIG1vdW50cywgZXhwb3J0cykuICovXG5leHBvcnQgZnVuY3Rpb24gc3RvcmFnZVNjcmlwdCgpOiBzdHJpbmcge1xuICByZXR1cm4gYCMhL2Jpbi9iYXNoXG4jIHBlcm1pdC1zdG9yYWdlOiBkYXRhIHNlcnZlciBvZiBhIHBlcm1pdCwgZ2VuZXJhdGVkIGJ5IGNkay1yZXNlYXJjaC13b3Jrc3BhY2VzOyBkbyBub3QgZWRpdC5cbiMgRm9yIGV2ZXJ5IGxpbmUgb2YgL2V0Yy9wZXJtaXQvdm9sdW1lcy50c3YgKHNlcmlhbCwgdm9sdW1lLCBtb2RlKTogd2FpdHMgZm9yIHRoZSBkaXNrIHdpdGggdGhhdFxuIyBzZXJpYWwsIGZvcm1hdHMgaXQgT05MWSB3aGVuIGl0IGNhcnJpZXMgbm8gc2lnbmF0dXJlIGF0IGFsbCAoYSBuZXcsIGVtcHR5IGRpc2s7IG5ldmVyIG9uZVxuIyB3aXRoIGRhdGEpLCBtb3VudHMgaXQgYXQgJHtFWFBPUlRfUk9PVH0vPHZvbHVtZT4gKGZzdGFiLCBieSBVVUlEKSBhbmQgcmUtZXhwb3J0cyBldmVyeXRoaW5nLlxuIyBSdW5zIGF0IGV2ZXJ5IGJvb3Q7IHJ1bm5pbmcgaXQgYWdhaW4gY2hhbmdlcyBub3RoaW5nLlxuc2V0IC1ldW8gcGlwZWZhaWxcbmV4cG9ydCBMQ19BTEw9Q1xudGFibGU9L2V0Yy9wZXJtaXQvdm9sdW1lcy50c3ZcbnNheSgpIHsgcHJpbnRmICdwZXJtaXQtc3RvcmFnZTogJXNcXFxcbicgXCIkMVwiID4mMjsgfVxuY29tbWFuZCAtdiBleHBvcnRmcyA+L2Rldi9udWxsIDI+JjEgfHwgeyBzYXkgXCJleHBvcnRmcyBpcyBtaXNzaW5nOiB0aGUgaW1hZ2UgbmVlZHMgYW4gTkZTIHNlcnZlciAobmZzLWtlcm5lbC1zZXJ2ZXIgb3IgbmZzLXV0aWxzKVwiOyBleGl0IDE7IH1cbmNvbW1hbmQgLXYgbWtmcy5leHQ0ID4vZGV2L251bGwgMj4mMSB8fCB7IHNheSBcIm1rZnMuZXh0NCBpcyBtaXNzaW5nOiB0aGUgaW1hZ2UgbmVlZHMgZTJmc3Byb2dzXCI7IGV4aXQgMTsgfVxud2hpbGUgSUZTPSQnXFxcXHQnIHJlYWQgLXIgc2VyaWFsIG5hbWUgbW9kZTsgZG9cbiAgY2FzZSAkc2VyaWFsIGluICcnIHwgJyMnKikgY29udGludWUgOzsgZXNhY1xuICBpZiAhIFtbICRzZXJpYWwgPX4gXnB2LVswLTlhLWZdezEyfSQgJiYgJG5hbWUgPX4gXlthLXowLTldW2EtejAtOS1dezAsNjJ9JCAmJiAkbW9kZSA9fiBeWzAtN117NH0kIF1dOyB0aGVuXG4gICAgc2F5IFwiYmFkIGxpbmUgaW4gJHRhYmxlOiAkc2VyaWFsICRuYW1lICRtb2RlXCJcbiAgICBleGl0IDFcbiAgZmlcbiAgZGV2PVwiL2Rldi9kaXNrL2J5LWlkL3Njc2ktMFFFTVVfUUVNVV9IQVJERElTS18kc2VyaWFsXCJcbiAgZm9yIF8gaW4gJChzZXEgMSAzMCk7IGRvXG4gICAgaWYgWyAtZSBcIiRkZXZcIiBdOyB0aGVuIGJyZWFrOyBmaVxuICAgIHNsZWVwIDJcbiAgZG9uZVxuICBbIC1lIFwiJGRldlwiIF0gfHwgeyBzYXkgXCJ0aGUgZGlzayBvZiB2b2x1bWUgJG5hbWUgKHNlcmlhbCAkc2VyaWFsKSBpcyBub3QgYXR0YWNoZWRcIjsgZXhpdCAxOyB9XG4gIGRpcj1cIiR7RVhQT1JUX1JPT1R9LyRuYW1lXCJcbiAgcmM9MFxuICBibGtpZCAtcCBcIiRkZXZcIiA+L2Rldi9udWxsIDI+JjEgfHwgcmM9JD9cbiAgZnJlc2g9MFxuICBpZiBbIFwiJHJjXCIgLWVxIDIgXTsgdGhlblxuICAgIHNheSBcInZvbHVtZSAkbmFtZTogbmV3IGVtcHR5IGRpc2ssIGNyZWF0aW5nIGl0cyBmaWxlIHN5c3RlbVwiXG4gICAgbWtmcy5leHQ0IC1xIC1MIFwiJHNlcmlhbFwiIC1tIDAgXCIkZGV2XCJcbiAgICBmcmVzaD0xXG4gIGVsaWYgWyBcIiRyY1wiIC1uZSAwIF07IHRoZW5cbiAgICBzYXkgXCJ2b2x1bWUgJG5hbWU6IGJsa2lkIGNvdWxkIG5vdCBwcm9iZSAkZGV2IChzdGF0dXMgJHJjKTsgbm90IHRvdWNoaW5nIGl0XCJcbiAgICBleGl0IDFcbiAgZmlcbiAgdXVpZD0kKGJsa2lkIC1zIFVVSUQgLW8gdmFsdWUgXCIkZGV2XCIpXG4gIFsgLW4gXCIkdXVpZFwiIF0gfHwgeyBzYXkgXCJ2b2x1bWUgJG5hbWU6ICRkZXYgaG9sZHMgbm8gZmlsZSBzeXN0ZW0gd2l0aCBhIFVVSUQgKGEgcGFydGl0aW9uIHRhYmxlPyk7IG5vdCB0b3VjaGluZyBpdFwiOyBleGl0IDE7IH1cbiAgaW5zdGFsbCAtZCAtbSAwNzU1IFwiJGRpclwiXG4gIGlmICEgZ3JlcCAtcSBcIl5VVUlEPSR1dWlkIFwiIC9ldGMvZnN0YWI7IHRoZW5cbiAgICBwcmludGYgJ1VVSUQ9JXMgJXMgZXh0NCBkZWZhdWx0cyxub2ZhaWwseC1zeXN0ZW1kLmRldmljZS10aW1lb3V0PTYwIDAgMlxcXFxuJyBcIiR1dWlkXCIgXCIkZGlyXCIgPj4vZXRjL2ZzdGFiXG4gIGZpXG4gIG1vdW50cG9pbnQgLXEgXCIkZGlyXCIgfHwgbW91bnQgXCIkZGlyXCJcbiAgaWYgWyBcIiRmcmVzaFwiID0gMSBdOyB0aGVuIGNobW9kIFwiJG1vZGVcIiBcIiRkaXJcIjsgZmlcbiAgc2F5IFwidm9sdW1lICRuYW1lIG1vdW50ZWQgYXQgJGRpclwiXG5kb25lIDxcIiR0YWJsZVwiXG4jIEEgcmV2aWV3ZWQgcmVxdWVzdCB3aG9zZSBzbmFwc2hvdCBkb2VzIG5vdCBleGlzdCAoeWV0KSBtdXN0IG5vdCBrZWVwIHRoZSB2b2x1bWVzIGZyb20gYmVpbmcgZXhwb3J0ZWQuXG5leHBvcnRmcyAtcmEgfHwgc2F5IFwiZXhwb3J0ZnMgcmVwb3J0ZWQgcHJvYmxlbXMgKGEgcmVsZWFzZSByZXZpZXcgb2YgYSByZXF1ZXN0IHRoYXQgZG9lcyBub3QgZXhpc3Q/KTsgdGhlIGV4cG9ydHMgYmVsb3cgYXJlIGluIGZvcmNlXCJcbnNheSBcImV4cG9ydHM6ICQoZXhwb3J0ZnMgLXYgfCB0ciAtcyAnIFxcXFxuJyAnICcpXCJcbmA7XG59XG5cbi8qKiBjbG91ZC1jb25maWcgb2YgdGhlIHN0b3JhZ2Ugc2VydmVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0b3JhZ2VDbG91ZENvbmZpZyhwZXJtaXRJZDogc3RyaW5nLCB2b2x1bWVzOiBTdG9yYWdlVm9sdW1lW10sIGNsaWVudHM6IFN0b3JhZ2VDbGllbnRbXSwgc2lnbmF0dXJlTWlycm9yVXJsPzogc3RyaW5nLFxuICByZWxlYXNlPzogeyBhbmFseXNpczogc3RyaW5nOyByZXZpZXdzOiBSZXZpZXdFeHBvcnRbXSB9KTogc3RyaW5nIHtcbiAgY29uc3QgbW9kZSA9ICh2OiBTdG9yYWdlVm9sdW1lKSA9PiAodi5uYW1lID09PSBSRUxFQVNFX1ZPTFVNRSA/IFJFTEVBU0VfUk9PVF9NT0RFIDogdi5raW5kID09PSBQZXJtaXRWb2x1bWVLaW5kLlVQTE9BRCA/ICcwNzU1JyA6ICcxNzc3Jyk7XG4gIGNvbnN0IHRhYmxlID0gdm9sdW1lcy5tYXAoKHYpID0+IGAke3Yuc2VyaWFsfVxcdCR7di5uYW1lfVxcdCR7bW9kZSh2KX1gKS5qb2luKCdcXG4nKTtcbiAgY29uc3QgZG9jID0ge1xuICAgIHNzaF9wd2F1dGg6IGZhbHNlLFxuICAgIGRpc2FibGVfcm9vdDogdHJ1ZSxcbiAgICBwYWNrYWdlX3VwZGF0ZTogZmFsc2UsXG4gICAgcGFja2FnZV91cGdyYWRlOiBmYWxzZSxcbiAgICB3cml0ZV9maWxlczogW1xuICAgICAgeyBwYXRoOiAnL2V0Yy9wZXJtaXQvdm9sdW1lcy50c3YnLCBvd25lcjogJ3Jvb3Q6cm9vdCcsIHBlcm1pc3Npb25zOiAnMDYwMCcsIGNvbnRlbnQ6IGAjIHNlcmlhbFxcdHZvbHVtZVxcdG1vZGUgb2YgYSBuZXcgdm9sdW1lJ3Mgcm9vdFxcbiR7dGFibGV9XFxuYCB9LFxuICAgICAgeyBwYXRoOiAnL2V0Yy9leHBvcnRzLmQvcGVybWl0LmV4cG9ydHMnLCBvd25lcjogJ3Jvb3Q6cm9vdCcsIHBlcm1pc3Npb25zOiAnMDY0NCcsIGNvbnRlbnQ6IGV4cG9ydHNGaWxlKHBlcm1pdElkLCB2b2x1bWVzLCBjbGllbnRzLCByZWxlYXNlKSB9LFxuICAgICAgeyBwYXRoOiAnL2V0Yy9uZnMuY29uZi5kL3Blcm1pdC5jb25mJywgb3duZXI6ICdyb290OnJvb3QnLCBwZXJtaXNzaW9uczogJzA2NDQnLCBjb250ZW50OiAnIyBORlN2NCBvbmx5OiB0aGUgZmlyZXdhbGwgb3BlbnMgVENQIDIwNDkgYW5kIG5vdGhpbmcgZWxzZS5cXG5bbmZzZF1cXG52ZXJzMz1uXFxuJyB9LFxuICAgICAgeyBwYXRoOiAnL3Vzci9sb2NhbC9zYmluL3Blcm1pdC1zdG9yYWdlJywgb3duZXI6ICdyb290OnJvb3QnLCBwZXJtaXNzaW9uczogJzA3NTUnLCBjb250ZW50OiBzdG9yYWdlU2NyaXB0KCkgfSxcbiAgICAgIHtcbiAgICAgICAgcGF0aDogJy9ldGMvc3lzdGVtZC9zeXN0ZW0vcGVybWl0LXN0b3JhZ2Uuc2VydmljZScsXG4gICAgICAgIG93bmVyOiAncm9vdDpyb290JyxcbiAgICAgICAgcGVybWlzc2lvbnM6ICcwNjQ0JyxcbiAgICAgICAgY29udGVudDogdW5pdCh7XG4gICAgICAgICAgVW5pdDogWydEZXNjcmlwdGlvbj1QZXJtaXQgZGF0YSB2b2x1bWVzOiBmb3JtYXQgbmV3IGRpc2tzLCBtb3VudCwgZXhwb3J0IChjZGstcmVzZWFyY2gtd29ya3NwYWNlcyknLCAnQWZ0ZXI9bG9jYWwtZnMudGFyZ2V0JywgJ0JlZm9yZT1uZnMtc2VydmVyLnNlcnZpY2UnXSxcbiAgICAgICAgICBTZXJ2aWNlOiBbJ1R5cGU9b25lc2hvdCcsICdSZW1haW5BZnRlckV4aXQ9eWVzJywgJ0V4ZWNTdGFydD0vdXNyL2xvY2FsL3NiaW4vcGVybWl0LXN0b3JhZ2UnXSxcbiAgICAgICAgICBJbnN0YWxsOiBbJ1dhbnRlZEJ5PW11bHRpLXVzZXIudGFyZ2V0J10sXG4gICAgICAgIH0pLFxuICAgICAgfSxcbiAgICAgIC4uLmluZ3Jlc3NGaWxlcyhwZXJtaXRJZCwgdm9sdW1lcywgc2lnbmF0dXJlTWlycm9yVXJsLCBpbmdyZXNzVHJpZ2dlckFkZHJlc3NlcyhjbGllbnRzKSksXG4gICAgXSxcbiAgICBydW5jbWQ6IFtcbiAgICAgIFsnc3lzdGVtY3RsJywgJ2RhZW1vbi1yZWxvYWQnXSxcbiAgICAgIFsnc3lzdGVtY3RsJywgJ2VuYWJsZScsICctLW5vdycsICdwZXJtaXQtc3RvcmFnZS5zZXJ2aWNlJ10sXG4gICAgICAuLi4odm9sdW1lcy5zb21lKCh2KSA9PiB2LmtpbmQgPT09IFBlcm1pdFZvbHVtZUtpbmQuVVBMT0FEKSAmJiBpbmdyZXNzVHJpZ2dlckFkZHJlc3NlcyhjbGllbnRzKVxuICAgICAgICA/IFtbJ3N5c3RlbWN0bCcsICdlbmFibGUnLCAnLS1ub3cnLCBJTkdSRVNTX1RSSUdHRVJfVElNRVJdXSA6IFtdKSxcbiAgICAgIFsnc3lzdGVtY3RsJywgJ2VuYWJsZScsICduZnMtc2VydmVyLnNlcnZpY2UnXSxcbiAgICAgIFsnc3lzdGVtY3RsJywgJ3Jlc3RhcnQnLCAnbmZzLXNlcnZlci5zZXJ2aWNlJ10sXG4gICAgXSxcbiAgfTtcbiAgcmV0dXJuIEhFQURFUihwZXJtaXRJZCwgJ2RhdGEgc2VydmVyIChORlMpIG9mIHRoZSBwZXJtaXRcXCdzIHZvbHVtZXMnKSArIHlhbWwoZG9jKTtcbn1cblxuLyoqIFRoZSBzZXJ2aWNlIHRoYXQgc2NhbnMgdGhlIHVwbG9hZHMgYW5kIGNvbnNvbGlkYXRlcyB0aGVtIGludG8gcmF3LCBzdGFydGVkIG9uY2UgYXQgdGhlIG1vdmUgdG8gREFUQV9QUkVQQVJBVElPTl9QRU5ESU5HLiAqL1xuZXhwb3J0IGNvbnN0IElOR1JFU1NfU0VSVklDRSA9ICdwZXJtaXQtaW5ncmVzcy5zZXJ2aWNlJztcblxuLyoqXG4gKiBUaGUgc3RvcmFnZSBzZXJ2ZXIncyBpbmdyZXNzIHNjYW5uZXIgKEluZ3Jlc3NTY2FubmluZyk6IHRoZSBzY3JpcHQsIGNsYW1kJ3MgYW5kIGZyZXNoY2xhbSdzXG4gKiBjb25maWd1cmF0aW9uIChmcmVzaGNsYW0gb25seSBmcm9tIHRoZSBpbnN0aXR1dGlvbidzIG1pcnJvcikgYW5kIGBwZXJtaXQtaW5ncmVzcy5zZXJ2aWNlYCxcbiAqIHdoaWNoIHJlZnJlc2hlcyB0aGUgc2lnbmF0dXJlcyAoYSBmYWlsdXJlIGxlYXZlcyB0aG9zZSBvZiB0aGUgaW1hZ2U7IHRoZSBzY3JpcHQgc3RpbGwgcmVmdXNlc1xuICogYSBzY2FubmVyIHRoYXQgbWlzc2VzIHRoZSBFSUNBUiBzdHJpbmcpLCBzdGFydHMgY2xhbWQgZm9yIHRoZSBydW4sIGFuZCBjb25zb2xpZGF0ZXMuXG4gKi9cbi8qKiBUaGUgdGltZXIgdGhhdCBzdGFydHMgdGhlIGluZ3Jlc3Mgc2VydmljZSB3aGVuIHRoZSBwaGFzZSBjb21lcyAoSU5HUkVTU19UUklHR0VSX1NDUklQVCkuICovXG5leHBvcnQgY29uc3QgSU5HUkVTU19UUklHR0VSX1RJTUVSID0gJ3Blcm1pdC1pbmdyZXNzLXRyaWdnZXIudGltZXInO1xuLyoqIFdoZXJlIHRoZSB0cmlnZ2VyIHNjcmlwdCBpcyBpbnN0YWxsZWQuICovXG5leHBvcnQgY29uc3QgSU5HUkVTU19UUklHR0VSX1BBVEggPSAnL3Vzci9sb2NhbC9zYmluL3Blcm1pdC1pbmdyZXNzLXRyaWdnZXInO1xuXG4vKiogVGhlIGFkZHJlc3NlcyB0aGUgdHJpZ2dlciB3YXRjaGVzOiB0aGUgcHJlcHJvY2Vzc2luZyB3b3Jrc3BhY2UgYW5kIHRoZSBhaXJsb2NrLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGluZ3Jlc3NUcmlnZ2VyQWRkcmVzc2VzKGNsaWVudHM6IFN0b3JhZ2VDbGllbnRbXSk6IHsgcHJlcHJvY2Vzc2luZzogc3RyaW5nOyBhaXJsb2NrOiBzdHJpbmcgfSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHByZXByb2Nlc3NpbmcgPSBjbGllbnRzLmZpbmQoKGMpID0+IGMucm9sZSA9PT0gUGVybWl0V29ya3NwYWNlUm9sZS5IREFCX1BSRVBST0NFU1NJTkcpPy5hZGRyZXNzO1xuICBjb25zdCBhaXJsb2NrID0gY2xpZW50cy5maW5kKChjKSA9PiBjLnJvbGUgPT09IFBlcm1pdFdvcmtzcGFjZVJvbGUuSU5HUkVTU19BSVJMT0NLKT8uYWRkcmVzcztcbiAgcmV0dXJuIHByZXByb2Nlc3NpbmcgJiYgYWlybG9jayA/IHsgcHJlcHJvY2Vzc2luZywgYWlybG9jayB9IDogdW5kZWZpbmVkO1xufVxuXG4vKipcbiAqIGBwZXJtaXQtaW5ncmVzcy10cmlnZ2VyYDogdGhlIHN0b3JhZ2Ugc2VydmVyIGNhbm5vdCBiZSB0b2xkIHRoZSBwaGFzZSAoaXRzIGNvbmZpZ3VyYXRpb24gaXMgdGhlXG4gKiBzYW1lIGluIGV2ZXJ5IHBoYXNlKSwgYnV0IGl0IHNlZXMgaXRzIE5GUyBjbGllbnRzLiBUaGUgcHJlcHJvY2Vzc2luZyB3b3Jrc3BhY2UgZXhpc3RzIG9ubHkgaW5cbiAqIERBVEFfUFJFUEFSQVRJT05fUEVORElORyBhbmQgREFUQV9QUkVQQVJBVElPTl9SRVdPUkssIGFmdGVyIHRoZSBhaXJsb2NrIGlzIGdvbmU7IHNvIHdoZW4gdGhlXG4gKiBwcmVwcm9jZXNzaW5nIHdvcmtzcGFjZSBob2xkcyBhbiBORlMgY29ubmVjdGlvbiwgdGhlIGFpcmxvY2sgbm9uZSwgYW5kIHJhdyBoYXMgbm8gbWFuaWZlc3QgeWV0LFxuICogdGhlIHVwbG9hZHMgYXJlIGNvbXBsZXRlIGFuZCB0aGUgc2VydmljZSBpcyBzdGFydGVkLiBJdCBpcyBydW4gYnkgYSB0aW1lciBldmVyeSAyIG1pbnV0ZXM7IHRoZVxuICogc2VydmljZSBpcyByZXJ1bm5hYmxlLCBhbmQgb25jZSB0aGUgbWFuaWZlc3QgZXhpc3RzIHRoZSB0cmlnZ2VyIGRvZXMgbm90aGluZy4gYFJXU19TU2AsXG4gKiBgUldTX1NZU1RFTUNUTGAgYW5kIGBSV1NfUkFXYCByZXBsYWNlIGBzc2AsIGBzeXN0ZW1jdGxgIGFuZCByYXcncyBmb2xkZXIgaW4gdGVzdHMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpbmdyZXNzVHJpZ2dlclNjcmlwdChyYXc6IHN0cmluZywgYWRkcmVzc2VzOiB7IHByZXByb2Nlc3Npbmc6IHN0cmluZzsgYWlybG9jazogc3RyaW5nIH0pOiBzdHJpbmcge1xuICByZXR1cm4gYCMhL2Jpbi9iYXNoXG4jIHBlcm1pdC1pbmdyZXNzLXRyaWdnZXI6IHN0YXJ0cyAke0lOR1JFU1NfU0VSVklDRX0gb25jZSB0aGUgcHJlcHJvY2Vzc2luZyB3b3Jrc3BhY2UgaXMgY29ubmVjdGVkXG4jIGFuZCB0aGUgYWlybG9jayBpcyBub3QgKHRoZSBtb3ZlIHRvIERBVEFfUFJFUEFSQVRJT05fUEVORElORykuIEdlbmVyYXRlZDsgZG8gbm90IGVkaXQuXG5zZXQgLWV1byBwaXBlZmFpbFxuUFJFUFJPQ0VTU0lORz0nJHthZGRyZXNzZXMucHJlcHJvY2Vzc2luZ30nXG5BSVJMT0NLPScke2FkZHJlc3Nlcy5haXJsb2NrfSdcbnJhdz1cXCR7UldTX1JBVzotJHtyYXd9fVxuWyAhIC1lIFwiJHJhdy9pbmdyZXNzL01BTklGRVNULnRzdlwiIF0gfHwgZXhpdCAwXG5wZWVycz0oKVxud2hpbGUgcmVhZCAtciBfIF8gXyBwZWVyIF87IGRvXG4gIHBlZXI9XFwke3BlZXIlOip9XG4gIHBlZXI9XFwke3BlZXIjW31cbiAgcGVlcj1cXCR7cGVlciVdfVxuICBwZWVycys9KFwiXFwke3BlZXIjOjpmZmZmOn1cIilcbmRvbmUgPCA8KFwiXFwke1JXU19TUzotc3N9XCIgLUh0biBzdGF0ZSBlc3RhYmxpc2hlZCAnKCBzcG9ydCA9IDoyMDQ5ICknKVxuc2VlbigpIHtcbiAgbG9jYWwgcFxuICBmb3IgcCBpbiBcIlxcJHtwZWVyc1tAXX1cIjsgZG8gWyBcIiRwXCIgIT0gXCIkMVwiIF0gfHwgcmV0dXJuIDA7IGRvbmVcbiAgcmV0dXJuIDFcbn1cbmlmIHNlZW4gXCIkQUlSTE9DS1wiOyB0aGVuXG4gIGVjaG8gXCJwZXJtaXQtaW5ncmVzcy10cmlnZ2VyOiB0aGUgYWlybG9jayAoJEFJUkxPQ0spIGlzIHN0aWxsIGNvbm5lY3RlZDogdXBsb2FkcyBtYXkgYmUgdW5kZXIgd2F5OyBub3Qgc3RhcnRpbmdcIlxuICBleGl0IDBcbmZpXG5zZWVuIFwiJFBSRVBST0NFU1NJTkdcIiB8fCBleGl0IDBcbmVjaG8gXCJwZXJtaXQtaW5ncmVzcy10cmlnZ2VyOiB0aGUgcHJlcHJvY2Vzc2luZyB3b3Jrc3BhY2UgKCRQUkVQUk9DRVNTSU5HKSBpcyBjb25uZWN0ZWQgYW5kIHJhdyBoYXMgbm8gbWFuaWZlc3Q6IHN0YXJ0aW5nICR7SU5HUkVTU19TRVJWSUNFfVwiXG5cIlxcJHtSV1NfU1lTVEVNQ1RMOi1zeXN0ZW1jdGx9XCIgc3RhcnQgLS1uby1ibG9jayAke0lOR1JFU1NfU0VSVklDRX1cbmA7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpbmdyZXNzRmlsZXMoXG4gIHBlcm1pdElkOiBzdHJpbmcsIHZvbHVtZXM6IFN0b3JhZ2VWb2x1bWVbXSwgc2lnbmF0dXJlTWlycm9yVXJsPzogc3RyaW5nLCB0cmlnZ2VyPzogeyBwcmVwcm9jZXNzaW5nOiBzdHJpbmc7IGFpcmxvY2s6IHN0cmluZyB9LFxuKTogQXJyYXk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4ge1xuICBjb25zdCB1cGxvYWRzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge307XG4gIGZvciAoY29uc3QgdiBvZiB2b2x1bWVzKSBpZiAodi5raW5kID09PSBQZXJtaXRWb2x1bWVLaW5kLlVQTE9BRCkgdXBsb2Fkc1t2Lm5hbWUucmVwbGFjZSgvXnVwbG9hZC0vLCAnJyldID0gYCR7RVhQT1JUX1JPT1R9LyR7di5uYW1lfWA7XG4gIGlmIChPYmplY3Qua2V5cyh1cGxvYWRzKS5sZW5ndGggPT09IDApIHJldHVybiBbXTtcbiAgY29uc3QgYXJncyA9IEluZ3Jlc3NTY2FubmluZy5jb25zb2xpZGF0aW9uQXJndW1lbnRzKGAke0VYUE9SVF9ST09UfS9yYXdgLCB1cGxvYWRzKTtcbiAgY29uc3Qgc29ja2V0ID0gJy9ydW4vcGVybWl0LWluZ3Jlc3MvY2xhbWQuY3RsJztcbiAgcmV0dXJuIFtcbiAgICB7IHBhdGg6IEluZ3Jlc3NTY2FubmluZy5TQ1JJUFRfUEFUSCwgb3duZXI6ICdyb290OnJvb3QnLCBwZXJtaXNzaW9uczogJzA3NTUnLCBjb250ZW50OiBJbmdyZXNzU2Nhbm5pbmcuY29uc29saWRhdGlvblNjcmlwdCgpIH0sXG4gICAgeyBwYXRoOiAnL2V0Yy9wZXJtaXQvaW5ncmVzcy1jbGFtZC5jb25mJywgb3duZXI6ICdyb290OnJvb3QnLCBwZXJtaXNzaW9uczogJzA2NDQnLCBjb250ZW50OiBJbmdyZXNzU2Nhbm5pbmcuY2xhbWRDb25maWcoeyBzb2NrZXQgfSkgfSxcbiAgICAuLi4oc2lnbmF0dXJlTWlycm9yVXJsID8gW3tcbiAgICAgIHBhdGg6ICcvZXRjL3Blcm1pdC9pbmdyZXNzLWZyZXNoY2xhbS5jb25mJywgb3duZXI6ICdyb290OnJvb3QnLCBwZXJtaXNzaW9uczogJzA2NDQnLCBjb250ZW50OiBJbmdyZXNzU2Nhbm5pbmcuZnJlc2hjbGFtQ29uZmlnKHsgdXJsOiBzaWduYXR1cmVNaXJyb3JVcmwgfSksXG4gICAgfV0gOiBbXSksXG4gICAge1xuICAgICAgcGF0aDogYC9ldGMvc3lzdGVtZC9zeXN0ZW0vJHtJTkdSRVNTX1NFUlZJQ0V9YCxcbiAgICAgIG93bmVyOiAncm9vdDpyb290JyxcbiAgICAgIHBlcm1pc3Npb25zOiAnMDY0NCcsXG4gICAgICBjb250ZW50OiB1bml0KHtcbiAgICAgICAgVW5pdDogW1xuICAgICAgICAgIGBEZXNjcmlwdGlvbj1QZXJtaXQgJHtwZXJtaXRJZH06IHNjYW4gdGhlIHVwbG9hZHMgd2l0aCBDbGFtQVYgYW5kIGNvbnNvbGlkYXRlIHRoZSBjbGVhbiBvbmVzIGludG8gcmF3IChjZGstcmVzZWFyY2gtd29ya3NwYWNlcylgLFxuICAgICAgICAgICdBZnRlcj1wZXJtaXQtc3RvcmFnZS5zZXJ2aWNlJywgJ1JlcXVpcmVzPXBlcm1pdC1zdG9yYWdlLnNlcnZpY2UnLFxuICAgICAgICBdLFxuICAgICAgICBTZXJ2aWNlOiBbXG4gICAgICAgICAgJ1R5cGU9b25lc2hvdCcsXG4gICAgICAgICAgJ1J1bnRpbWVEaXJlY3Rvcnk9cGVybWl0LWluZ3Jlc3MnLFxuICAgICAgICAgIC4uLihzaWduYXR1cmVNaXJyb3JVcmwgPyBbJ0V4ZWNTdGFydFByZT0tL3Vzci9iaW4vZnJlc2hjbGFtIC0tY29uZmlnLWZpbGU9L2V0Yy9wZXJtaXQvaW5ncmVzcy1mcmVzaGNsYW0uY29uZiAtLWZvcmVncm91bmQnXSA6IFtdKSxcbiAgICAgICAgICBgRXhlY1N0YXJ0PS9iaW4vc2ggLWMgJ2NsYW1kIC0tY29uZmlnLWZpbGU9L2V0Yy9wZXJtaXQvaW5ncmVzcy1jbGFtZC5jb25mICYgcGlkPSQkITsgaT0wOyB1bnRpbCBbIC1TICR7c29ja2V0fSBdOyBkbyBpPSQkKChpICsgMSkpOyBgXG4gICAgICAgICAgICArICdbIFwiJCRpXCIgLWx0IDYwMCBdIHx8IGV4aXQgMTsgc2xlZXAgMTsgZG9uZTsgUldTX1NDQU5ORVI9Y2xhbWRzY2FuIFJXU19DTEFNRF9DT05GPS9ldGMvcGVybWl0L2luZ3Jlc3MtY2xhbWQuY29uZiAnXG4gICAgICAgICAgICArIGAke0luZ3Jlc3NTY2FubmluZy5TQ1JJUFRfUEFUSH0gJHthcmdzLmpvaW4oJyAnKX07IHJjPSQkPzsga2lsbCBcIiQkcGlkXCI7IGV4aXQgXCIkJHJjXCInYCxcbiAgICAgICAgICAnVGltZW91dFN0YXJ0U2VjPTEyaCcsXG4gICAgICAgIF0sXG4gICAgICB9KSxcbiAgICB9LFxuICAgIC4uLih0cmlnZ2VyID8gW1xuICAgICAgeyBwYXRoOiBJTkdSRVNTX1RSSUdHRVJfUEFUSCwgb3duZXI6ICdyb290OnJvb3QnLCBwZXJtaXNzaW9uczogJzA3NTUnLCBjb250ZW50OiBpbmdyZXNzVHJpZ2dlclNjcmlwdChgJHtFWFBPUlRfUk9PVH0vcmF3YCwgdHJpZ2dlcikgfSxcbiAgICAgIHtcbiAgICAgICAgcGF0aDogJy9ldGMvc3lzdGVtZC9zeXN0ZW0vcGVybWl0LWluZ3Jlc3MtdHJpZ2dlci5zZXJ2aWNlJyxcbiAgICAgICAgb3duZXI6ICdyb290OnJvb3QnLFxuICAgICAgICBwZXJtaXNzaW9uczogJzA2NDQnLFxuICAgICAgICBjb250ZW50OiB1bml0KHtcbiAgICAgICAgICBVbml0OiBbYERlc2NyaXB0aW9uPVBlcm1pdCAke3Blcm1pdElkfTogc3RhcnQgdGhlIGluZ3Jlc3MgY29uc29saWRhdGlvbiB3aGVuIHRoZSBwcmVwcm9jZXNzaW5nIHdvcmtzcGFjZSBjb25uZWN0cyAoY2RrLXJlc2VhcmNoLXdvcmtzcGFjZXMpYF0sXG4gICAgICAgICAgU2VydmljZTogWydUeXBlPW9uZXNob3QnLCBgRXhlY1N0YXJ0PSR7SU5HUkVTU19UUklHR0VSX1BBVEh9YF0sXG4gICAgICAgIH0pLFxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgcGF0aDogYC9ldGMvc3lzdGVtZC9zeXN0ZW0vJHtJTkdSRVNTX1RSSUdHRVJfVElNRVJ9YCxcbiAgICAgICAgb3duZXI6ICdyb290OnJvb3QnLFxuICAgICAgICBwZXJtaXNzaW9uczogJzA2NDQnLFxuICAgICAgICBjb250ZW50OiB1bml0KHtcbiAgICAgICAgICBVbml0OiBbJ0Rlc2NyaXB0aW9uPVBlcm1pdCBpbmdyZXNzIHRyaWdnZXIsIGV2ZXJ5IDIgbWludXRlcyddLFxuICAgICAgICAgIFRpbWVyOiBbJ09uQm9vdFNlYz0ybWluJywgJ09uVW5pdEFjdGl2ZVNlYz0ybWluJ10sXG4gICAgICAgICAgSW5zdGFsbDogWydXYW50ZWRCeT10aW1lcnMudGFyZ2V0J10sXG4gICAgICAgIH0pLFxuICAgICAgfSxcbiAgICBdIDogW10pLFxuICBdO1xufVxuXG4vKiogY2xvdWQtY29uZmlnIG9mIHRoZSBwYWNrYWdlIHByb3h5IChzcXVpZCB3aXRoIHRoZSBwZXJtaXQncyBkb21haW4gYWxsb3dsaXN0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwcm94eUNsb3VkQ29uZmlnKHBlcm1pdElkOiBzdHJpbmcsIHNxdWlkQ29uZjogc3RyaW5nLCBhbGxvd2xpc3Q6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGRvYyA9IHtcbiAgICBzc2hfcHdhdXRoOiBmYWxzZSxcbiAgICBkaXNhYmxlX3Jvb3Q6IHRydWUsXG4gICAgcGFja2FnZV91cGRhdGU6IGZhbHNlLFxuICAgIHBhY2thZ2VfdXBncmFkZTogZmFsc2UsXG4gICAgd3JpdGVfZmlsZXM6IFtcbiAgICAgIHsgcGF0aDogJy9ldGMvc3F1aWQvcGVybWl0L3NxdWlkLmNvbmYnLCBvd25lcjogJ3Jvb3Q6cm9vdCcsIHBlcm1pc3Npb25zOiAnMDY0NCcsIGNvbnRlbnQ6IHNxdWlkQ29uZiB9LFxuICAgICAgeyBwYXRoOiAnL2V0Yy9zcXVpZC9wZXJtaXQvYWxsb3dlZC1kb21haW5zLnR4dCcsIG93bmVyOiAncm9vdDpyb290JywgcGVybWlzc2lvbnM6ICcwNjQ0JywgY29udGVudDogYWxsb3dsaXN0IH0sXG4gICAgICB7XG4gICAgICAgIHBhdGg6ICcvZXRjL3N5c3RlbWQvc3lzdGVtL3Blcm1pdC1wcm94eS5zZXJ2aWNlJyxcbiAgICAgICAgb3duZXI6ICdyb290OnJvb3QnLFxuICAgICAgICBwZXJtaXNzaW9uczogJzA2NDQnLFxuICAgICAgICBjb250ZW50OiB1bml0KHtcbiAgICAgICAgICBVbml0OiBbJ0Rlc2NyaXB0aW9uPVBlcm1pdCBwYWNrYWdlIHByb3h5OiBvbmx5IHRoZSBhbGxvd2xpc3RlZCByZXBvc2l0b3JpZXMgKGNkay1yZXNlYXJjaC13b3Jrc3BhY2VzKScsICdBZnRlcj1uZXR3b3JrLW9ubGluZS50YXJnZXQnLCAnV2FudHM9bmV0d29yay1vbmxpbmUudGFyZ2V0J10sXG4gICAgICAgICAgU2VydmljZTogWydFeGVjU3RhcnQ9L3Vzci9zYmluL3NxdWlkIC1OIC1kIDEgLWYgL2V0Yy9zcXVpZC9wZXJtaXQvc3F1aWQuY29uZicsICdSZXN0YXJ0PW9uLWZhaWx1cmUnLCAnUmVzdGFydFNlYz01J10sXG4gICAgICAgICAgSW5zdGFsbDogWydXYW50ZWRCeT1tdWx0aS11c2VyLnRhcmdldCddLFxuICAgICAgICB9KSxcbiAgICAgIH0sXG4gICAgXSxcbiAgICBydW5jbWQ6IFtcbiAgICAgIFsnc2gnLCAnLWMnLCAnY29tbWFuZCAtdiBzcXVpZCA+L2Rldi9udWxsIHx8IHsgZWNobyBcInBlcm1pdDogdGhlIGltYWdlIG5lZWRzIHNxdWlkXCIgPiYyOyBleGl0IDE7IH0nXSxcbiAgICAgIFsnc3lzdGVtY3RsJywgJ2Rpc2FibGUnLCAnLS1ub3cnLCAnc3F1aWQuc2VydmljZSddLFxuICAgICAgWydzeXN0ZW1jdGwnLCAnZGFlbW9uLXJlbG9hZCddLFxuICAgICAgWydzeXN0ZW1jdGwnLCAnZW5hYmxlJywgJy0tbm93JywgJ3Blcm1pdC1wcm94eS5zZXJ2aWNlJ10sXG4gICAgXSxcbiAgfTtcbiAgcmV0dXJuIEhFQURFUihwZXJtaXRJZCwgJ3BhY2thZ2UgcHJveHkgb2YgdGhlIHNldHVwIHBoYXNlJykgKyB5YW1sKGRvYyk7XG59XG5cbi8qKlxuICogUGxhY2Vob2xkZXJzIHRoZSBjb25zdHJ1Y3QgcmVwbGFjZXMgd2l0aCBUZXJyYWZvcm0gcmVmZXJlbmNlcyBhZnRlciB0aGUgdGV4dCBpcyBlc2NhcGVkOlxuICogdGhlIGJjcnlwdCBoYXNoIG9mIGFjY291bnQgaSdzIGdlbmVyYXRlZCBwYXNzd29yZCAobmV2ZXIgdGhlIHBhc3N3b3JkKSwgdGhlIGFpcmxvY2sncyBob3N0IGtleS5cbiAqL1xuZXhwb3J0IGNvbnN0IHBhc3N3b3JkSGFzaFBsYWNlaG9sZGVyID0gKGk6IG51bWJlcikgPT4gYEBAUldTX1BBU1NXT1JEX0hBU0hfJHtpfUBAYDtcbmV4cG9ydCBjb25zdCBIT1NUX0tFWV9QTEFDRUhPTERFUiA9ICdAQFJXU19IT1NUX0tFWV9CNjRAQCc7XG5cbi8qKiBXaGVyZSB0aGUgYWNjb3VudHMnIHBhc3N3b3JkIGhhc2hlcyBhcmUgd3JpdHRlbiBvbiB0aGUgbWFjaGluZSAocm9vdCwgMDYwMCkuICovXG5leHBvcnQgY29uc3QgUEFTU1dPUkRfSEFTSEVTX1BBVEggPSAnL2V0Yy9wZXJtaXQvcGFzc3dvcmQtaGFzaGVzJztcbi8qKiBUaGUgd3JhcHBlciB0aGF0IGdpdmVzIHRoZSBlbnRyeXBvaW50IG9uZS10aW1lIHJhbmRvbSBwYXNzd29yZHMgKGl0IHJlcXVpcmVzIG9uZSBwZXIgYWNjb3VudCkuICovXG5leHBvcnQgY29uc3QgT05FX1RJTUVfUEFTU1dPUkRTX1BBVEggPSAnL29wdC9wZXJtaXQvb25lLXRpbWUtcGFzc3dvcmRzLnNoJztcblxuLyoqIFRoZSBhY2NvdW50cycgZW52aXJvbm1lbnQgZmlsZTogbmFtZXMgYW5kIGlkcyBvbmx5IChubyBwYXNzd29yZCwgbm90IGV2ZW4gYSBoYXNoKS4gKi9cbmZ1bmN0aW9uIGFjY291bnRzRW52KHVzZXJzOiBQbGFubmVkVXNlcltdLCBleHRyYTogQXJyYXk8W3N0cmluZywgc3RyaW5nXT4pOiBzdHJpbmcge1xuICBjb25zdCB2YXJzID0gUGVybWl0RW50cnlwb2ludC51c2VyRW52aXJvbm1lbnQodXNlcnMpO1xuICBjb25zdCBsaW5lcyA9IHZhcnMubWFwKCh2KSA9PiBgJHt2Lm5hbWV9PScke3YudmFsdWV9J2ApO1xuICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBleHRyYSkgbGluZXMucHVzaChgJHtrfT0nJHt2fSdgKTtcbiAgcmV0dXJuIGAjIEFjY291bnRzIG9mIHRoaXMgd29ya3NwYWNlIChyZWFkIGJ5IHRoZSBwZXJtaXQgZW50cnlwb2ludCkuIEdlbmVyYXRlZDsgZG8gbm90IGVkaXQuXFxuJHtsaW5lcy5qb2luKCdcXG4nKX1cXG5gO1xufVxuXG4vKiogYG5hbWU6PGJjcnlwdCBoYXNoPmAgcGVyIGFjY291bnQsIGZvciBgY2hwYXNzd2QgLWVgIChoYXNoZXMgYXMgcGxhY2Vob2xkZXJzKS4gKi9cbmZ1bmN0aW9uIHBhc3N3b3JkSGFzaGVzKHVzZXJzOiBQbGFubmVkVXNlcltdKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3VzZXJzLm1hcCgodSwgaSkgPT4gYCR7dS5uYW1lfToke3Bhc3N3b3JkSGFzaFBsYWNlaG9sZGVyKGkgKyAxKX1gKS5qb2luKCdcXG4nKX1cXG5gO1xufVxuXG4vKipcbiAqIFRoZSBwZXJtaXQgZW50cnlwb2ludCByZXF1aXJlcyBhIHBhc3N3b3JkIHBlciBhY2NvdW50IGFuZCBzZXRzIGl0IHdpdGggY2hwYXNzd2Q7IHRoZVxuICogbWFjaGluZSBtdXN0IG5ldmVyIGhvbGQgdGhlIHJlYWwgb25lLiBUaGlzIHdyYXBwZXIgZ2l2ZXMgaXQgYSBvbmUtdGltZSByYW5kb20gcGFzc3dvcmQgcGVyXG4gKiBhY2NvdW50IChuZXZlciBzdG9yZWQsIG5ldmVyIHNob3duKSwgdGhlbiBydW5zIHRoZSBjb21tYW5kOyB0aGUgY29tbWFuZCBmaXJzdCBzZXRzIHRoZVxuICogcmVhbCBwYXNzd29yZHMgZnJvbSB0aGVpciBiY3J5cHQgaGFzaGVzIChgY2hwYXNzd2QgLWVgKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG9uZVRpbWVQYXNzd29yZHNTY3JpcHQoKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAjIS9iaW4vYmFzaFxuIyBQZXJtaXQgYWNjb3VudHM6IG9uZS10aW1lIHJhbmRvbSBwYXNzd29yZHMgZm9yIHRoZSBwZXJtaXQgZW50cnlwb2ludCAoaXQgcmVxdWlyZXMgb25lIHBlclxuIyBhY2NvdW50KTsgdGhlIHJlYWwgb25lcyBhcmUgdGhlbiBzZXQgZnJvbSB0aGVpciBoYXNoZXMgKCR7UEFTU1dPUkRfSEFTSEVTX1BBVEh9KS5cbiMgR2VuZXJhdGVkIGJ5IGNkay1yZXNlYXJjaC13b3Jrc3BhY2VzOyBkbyBub3QgZWRpdC5cbnNldCAtZXVvIHBpcGVmYWlsXG5jb3VudD1cXCR7VVNFUl9DT1VOVDotMX1cbmlmICEgW1sgJGNvdW50ID1+IF5bMC05XXsxLDJ9JCBdXTsgdGhlblxuICBlY2hvIFwicGVybWl0OiBVU0VSX0NPVU5UIG11c3QgYmUgYSBudW1iZXJcIiA+JjJcbiAgZXhpdCAxXG5maVxuZm9yICgoaSA9IDE7IGkgPD0gY291bnQ7IGkrKykpOyBkb1xuICBpZiBbIFwiJGlcIiAtZXEgMSBdOyB0aGVuIHZhcj1VU0VSX1BBU1NXT1JEOyBlbHNlIHZhcj1cIlVTRVJfUEFTU1dPUkRfJGlcIjsgZmlcbiAgb25lX3RpbWU9JChoZWFkIC1jIDQ4IC9kZXYvdXJhbmRvbSB8IGJhc2U2NCB8IHRyIC1kYyAnQS1aYS16MC05JyB8IGhlYWQgLWMgMzIpXG4gIGV4cG9ydCBcIiR2YXI9JG9uZV90aW1lXCJcbmRvbmVcbmV4ZWMgXCIkQFwiXG5gO1xufVxuXG4vKiogVGhlIGNvbW1hbmQgdGhlIGVudHJ5cG9pbnQgZW5kcyB3aXRoOiB0aGUgcmVhbCBwYXNzd29yZCBoYXNoZXMsIHRoZW4gXFxgdGhlblxcYCAoaWYgYW55KS4gKi9cbmZ1bmN0aW9uIHNldEhhc2hlc1RoZW4odGhlbjogc3RyaW5nKTogc3RyaW5nW10ge1xuICByZXR1cm4gWycvYmluL3NoJywgJy1jJywgYGNocGFzc3dkIC1lIDwke1BBU1NXT1JEX0hBU0hFU19QQVRIfSR7dGhlbiA/IGAgJiYgZXhlYyAke3RoZW59YCA6ICcnfWBdO1xufVxuXG4vKiogQSBzeXN0ZW1kIEV4ZWNTdGFydCBsaW5lIGZyb20gd29yZHMgKHF1b3RlZCB3aGVyZSBuZWVkZWQpLiAqL1xuZnVuY3Rpb24gZXhlY0xpbmUod29yZHM6IHN0cmluZ1tdKTogc3RyaW5nIHtcbiAgcmV0dXJuIHdvcmRzLm1hcCgodykgPT4ge1xuICAgIGlmICgvXltBLVphLXowLTlfLi89LV0rJC8udGVzdCh3KSkgcmV0dXJuIHc7XG4gICAgaWYgKC9bJ1xcXFwkJV0vLnRlc3QodykpIHRocm93IG5ldyBFcnJvcihgaW50ZXJuYWw6ICR7d30gY2Fubm90IGJlIHF1b3RlZCBmb3Igc3lzdGVtZGApO1xuICAgIHJldHVybiBgJyR7d30nYDtcbiAgfSkuam9pbignICcpO1xufVxuXG4vKiogZnN0YWIgZW50cmllcyAoY2xvdWQtaW5pdCBgbW91bnRzYCkgZm9yIGEgd29ya3NwYWNlJ3MgTkZTIG1vdW50cy4gKi9cbmZ1bmN0aW9uIG5mc01vdW50cyhzdG9yYWdlQWRkcmVzczogc3RyaW5nLCBtb3VudHM6IFBsYW5uZWRNb3VudFtdKTogc3RyaW5nW11bXSB7XG4gIHJldHVybiBtb3VudHMubWFwKChtKSA9PiBbXG4gICAgYCR7c3RvcmFnZUFkZHJlc3N9OiR7RVhQT1JUX1JPT1R9LyR7bS52b2x1bWV9YCwgbS5wYXRoLCAnbmZzNCcsXG4gICAgYCR7bS5hY2Nlc3MgPT09IE1vdW50QWNjZXNzLlJFQURfT05MWSA/ICdybycgOiAncncnfSxuZnN2ZXJzPTQuMixoYXJkLG5vYXRpbWUsX25ldGRldixub2ZhaWwseC1zeXN0ZW1kLmF1dG9tb3VudCx4LXN5c3RlbWQubW91bnQtdGltZW91dD0zMGAsICcwJywgJzAnLFxuICBdKTtcbn1cblxuLyoqIFdoYXQgYSBkZXNrdG9wJ3MgY2xvdWQtY29uZmlnIGdldHMgYmVzaWRlIGl0cyBhY2NvdW50cyBhbmQgcGxhbm5lZCBtb3VudHMuICovXG5leHBvcnQgaW50ZXJmYWNlIERlc2t0b3BFeHRyYXMge1xuICByZWFkb25seSBmaWxlczogQXJyYXk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj47XG4gIHJlYWRvbmx5IG1vdW50czogc3RyaW5nW11bXTtcbiAgcmVhZG9ubHkgcnVuY21kOiBzdHJpbmdbXVtdO1xufVxuXG4vKipcbiAqIFRoZSByZXNlYXJjaGVycycgc3Bvb2wsIGluc2lkZSB0aGUgcmVsZWFzZSBhcmVhIChtb2RlIDE3MzMgdGhlcmUpOiBgcndzLXJlbGVhc2UgcHJvY2Vzc2AgdGFrZXNcbiAqIGVhY2ggZW50cnkgd2l0aCBhIHJlbmFtZSwgd2hpY2gga2VlcHMgdGhlIGVudHJ5J3Mgb3duZXIgYW5kIGxpbmsgY291bnQgb25seSB3aXRoaW4gb25lIGZpbGVcbiAqIHN5c3RlbS4gQSBzcG9vbCBvbiB0aGUgd29ya3NwYWNlJ3Mgb3duIGRpc2sgd291bGQgbWFrZSB0aGF0IHJlbmFtZSBhIGNvcHkgYWNyb3NzIGZpbGVcbiAqIHN5c3RlbXMsIHdoaWNoIHJlc2V0cyB0aGUgbGluayBjb3VudCBhbmQgc28gbGV0cyBhIHJlc2VhcmNoZXIgZmlsZSBhIGhhcmQgbGluayB0byBhbm90aGVyXG4gKiByZXNlYXJjaGVyJ3Mgd3JpdGFibGUgZmlsZSBhcyB0aGF0IHJlc2VhcmNoZXIncyByZXF1ZXN0LlxuICovXG5leHBvcnQgY29uc3QgUkVMRUFTRV9TUE9PTCA9ICcvZGF0YS9yZWxlYXNlL3Nwb29sJztcblxuLyoqIFdoZXJlIHRoZSByZXZpZXcgVk0gc2hvd3MgdGhlIHNuYXBzaG90LiAqL1xuZXhwb3J0IGNvbnN0IFJFVklFV19NT1VOVCA9ICcvcmV2aWV3JztcblxuLyoqIE5GUyBvcHRpb25zIG9mIHRoZSByZWxlYXNlIGFyZWEncyBtb3VudHM6IG5ldmVyIGEgZGV2aWNlLCBhIHNldC11aWQgZmlsZSBvciBhIHByb2dyYW0gZnJvbSB0aGVyZS4gKi9cbmNvbnN0IFJFTEVBU0VfTU9VTlRfT1BUSU9OUyA9ICdub3N1aWQsbm9kZXYsbm9leGVjLG5mc3ZlcnM9NC4yLGhhcmQsbm9hdGltZSxfbmV0ZGV2LG5vZmFpbCx4LXN5c3RlbWQubW91bnQtdGltZW91dD0zMCc7XG5cbi8qKlxuICogVGhlIGFuYWx5c2lzIHdvcmtzcGFjZSdzIHBhcnQgb2YgdGhlIG91dHB1dCByZWxlYXNlOiBgcndzLXJlbGVhc2VgIChSZWxlYXNlQ29tbWFuZCkgYXQgaXRzXG4gKiBpbnN0YWxsIHBhdGgsIGl0cyBwYXRoIGFuZCBzZXJ2aWNlIHVuaXRzICh0aGUgc2VydmljZSBpcyByb290LCBzdGFydGVkIHdoZW5ldmVyIHRoZSBzcG9vbFxuICogY2hhbmdlcyksIGEgZHJvcC1pbiB0aGF0IGtlZXBzIHRoZSBzZXJ2aWNlIGZyb20gcnVubmluZyB1bmxlc3MgdGhlIHJlbGVhc2UgYXJlYSBpcyBtb3VudGVkXG4gKiAoZWxzZSBpdCB3b3VsZCBzbmFwc2hvdCBvbnRvIHRoZSB3b3Jrc3BhY2UncyBvd24gZGlzayksIGFuZCB0aGUgcmVsZWFzZSBhcmVhIGZyb20gdGhlIHN0b3JhZ2VcbiAqIHNlcnZlciBhdCBgL2RhdGEvcmVsZWFzZWAgKHJlYWQtd3JpdGUgZm9yIHJvb3Qgb24gdGhpcyB3b3Jrc3BhY2U7IHRoZSBmaWxlcyBkZWNpZGUgdGhlIHJlc3QpLlxuICogVGhlIHNwb29sIGlzIGAvZGF0YS9yZWxlYXNlL3Nwb29sYCAoMTczMywgc2VlIFJFTEVBU0VfU1BPT0wpLCBjcmVhdGVkIGJ5IGByd3MtcmVsZWFzZSBzZXR1cGAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbmFseXNpc1JlbGVhc2VFeHRyYXMocGVybWl0SWQ6IHN0cmluZywgc3RvcmFnZUFkZHJlc3M6IHN0cmluZyk6IERlc2t0b3BFeHRyYXMge1xuICBjb25zdCBvcHRpb25zID0geyBwZXJtaXRJZCwgYXJlYVBhdGg6IFJFTEVBU0VfTU9VTlQsIHNwb29sUGF0aDogUkVMRUFTRV9TUE9PTCB9O1xuICBjb25zdCB1bml0cyA9IFJlbGVhc2VDb21tYW5kLnN5c3RlbWRVbml0cyhvcHRpb25zKTtcbiAgLy8gTmVpdGhlciB0aGUgcGF0aCB1bml0IG5vciB0aGUgc2VydmljZSBtYXkgc3RhcnQgYmVmb3JlIHRoZSBhcmVhIGlzIG1vdW50ZWQ6IHRoZSBwYXRoIHVuaXRcbiAgLy8gd291bGQgd2F0Y2ggdGhlIGVtcHR5IGZvbGRlciB1bmRlciB0aGUgbW91bnQgcG9pbnQsIHRoZSBzZXJ2aWNlIHdvdWxkIHNuYXBzaG90IG9udG8gdGhlXG4gIC8vIHdvcmtzcGFjZSdzIG93biBkaXNrLlxuICBjb25zdCBhZnRlck1vdW50ID0gdW5pdCh7IFVuaXQ6IFtgUmVxdWlyZXNNb3VudHNGb3I9JHtSRUxFQVNFX01PVU5UfWAsICdBZnRlcj1yZW1vdGUtZnMudGFyZ2V0J10gfSk7XG4gIHJldHVybiB7XG4gICAgZmlsZXM6IFtcbiAgICAgIHsgcGF0aDogUmVsZWFzZUNvbW1hbmQuSU5TVEFMTF9QQVRILCBvd25lcjogJ3Jvb3Q6cm9vdCcsIHBlcm1pc3Npb25zOiAnMDc1NScsIGNvbnRlbnQ6IFJlbGVhc2VDb21tYW5kLnNjcmlwdChvcHRpb25zKSB9LFxuICAgICAgLi4uT2JqZWN0LmVudHJpZXModW5pdHMpLm1hcCgoW25hbWUsIGNvbnRlbnRdKSA9PiAoeyBwYXRoOiBgL2V0Yy9zeXN0ZW1kL3N5c3RlbS8ke25hbWV9YCwgb3duZXI6ICdyb290OnJvb3QnLCBwZXJtaXNzaW9uczogJzA2NDQnLCBjb250ZW50IH0pKSxcbiAgICAgIC4uLk9iamVjdC5rZXlzKHVuaXRzKS5tYXAoKG5hbWUpID0+ICh7IHBhdGg6IGAvZXRjL3N5c3RlbWQvc3lzdGVtLyR7bmFtZX0uZC9wZXJtaXQuY29uZmAsIG93bmVyOiAncm9vdDpyb290JywgcGVybWlzc2lvbnM6ICcwNjQ0JywgY29udGVudDogYWZ0ZXJNb3VudCB9KSksXG4gICAgXSxcbiAgICBtb3VudHM6IFtbYCR7c3RvcmFnZUFkZHJlc3N9OiR7RVhQT1JUX1JPT1R9LyR7UkVMRUFTRV9WT0xVTUV9YCwgUkVMRUFTRV9NT1VOVCwgJ25mczQnLCBgcncsJHtSRUxFQVNFX01PVU5UX09QVElPTlN9YCwgJzAnLCAnMCddXSxcbiAgICBydW5jbWQ6IFtcbiAgICAgIFsnc3lzdGVtY3RsJywgJ2RhZW1vbi1yZWxvYWQnXSxcbiAgICAgIC8vIFRoZSBhcmVhJ3MgZm9sZGVycyBhbmQgdGhlIHNwb29sLCBvbmx5IG9uIHRoZSBtb3VudGVkIGFyZWEgKG5ldmVyIG9udG8gdGhlIHdvcmtzcGFjZSdzIG93biBkaXNrKS5cbiAgICAgIFsnc2gnLCAnLWMnLCBgbW91bnRwb2ludCAtcSAke1JFTEVBU0VfTU9VTlR9IHx8IG1vdW50ICR7UkVMRUFTRV9NT1VOVH07IGlmIG1vdW50cG9pbnQgLXEgJHtSRUxFQVNFX01PVU5UfTsgdGhlbiAke1JlbGVhc2VDb21tYW5kLklOU1RBTExfUEFUSH0gc2V0dXA7IGBcbiAgICAgICAgKyAnZWxzZSBlY2hvIFwicGVybWl0OiB0aGUgcmVsZWFzZSBhcmVhIGlzIG5vdCBtb3VudGVkOiByd3MtcmVsZWFzZSB0YWtlcyByZXF1ZXN0cyBvbmNlIGl0IGlzIChyd3MtcmVsZWFzZS5wYXRoIHdhaXRzIGZvciB0aGUgbW91bnQpXCIgPiYyOyBmaSddLFxuICAgICAgWydzeXN0ZW1jdGwnLCAnZW5hYmxlJywgJy0tbm93JywgJ3J3cy1yZWxlYXNlLnBhdGgnXSxcbiAgICBdLFxuICB9O1xufVxuXG4vKiogVGhlIHJldmlldyBWTSdzIG1vdW50OiBvbmUgcmVxdWVzdCdzIHNuYXBzaG90LCByZWFkLW9ubHksIGF0IGAvcmV2aWV3YC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXZpZXdNb3VudChzdG9yYWdlQWRkcmVzczogc3RyaW5nLCByZXF1ZXN0SWQ6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIFtgJHtzdG9yYWdlQWRkcmVzc306JHtyZXZpZXdFeHBvcnRQYXRoKHJlcXVlc3RJZCl9YCwgUkVWSUVXX01PVU5ULCAnbmZzNCcsIGBybywke1JFTEVBU0VfTU9VTlRfT1BUSU9OU31gLCAnMCcsICcwJ107XG59XG5cbi8qKiBjbG91ZC1jb25maWcgb2YgYSBkZXNrdG9wIHdvcmtzcGFjZSAoWEZDRSArIHhyZHAgZnJvbSB0aGUgaW1hZ2U7IGFjY291bnRzIGJ5IHRoZSBwZXJtaXQgZW50cnlwb2ludCkuICovXG5leHBvcnQgZnVuY3Rpb24gZGVza3RvcENsb3VkQ29uZmlnKG86IHtcbiAgcGVybWl0SWQ6IHN0cmluZztcbiAgcm9sZTogc3RyaW5nO1xuICB1c2VyczogUGxhbm5lZFVzZXJbXTtcbiAgc3RvcmFnZUFkZHJlc3M6IHN0cmluZztcbiAgbW91bnRzOiBQbGFubmVkTW91bnRbXTtcbiAgcHJveHlVcmw/OiBzdHJpbmc7XG4gIG5vUHJveHk/OiBzdHJpbmc7XG4gIC8qKiBNb3JlIGZpbGVzLCBtb3VudHMgKGZzdGFiIGxpbmVzKSBhbmQgY29tbWFuZHMgKHRoZSByZWxlYXNlIGNvbW1hbmQgYW5kIGl0cyBtb3VudHMpLiAqL1xuICBleHRyYT86IERlc2t0b3BFeHRyYXM7XG59KTogc3RyaW5nIHtcbiAgY29uc3QgZXh0cmE6IEFycmF5PFtzdHJpbmcsIHN0cmluZ10+ID0gby5wcm94eVVybCA/IFtbJ1BFUk1JVF9IVFRQX1BST1hZJywgby5wcm94eVVybF0sIFsnUEVSTUlUX05PX1BST1hZJywgby5ub1Byb3h5ID8/ICcnXV0gOiBbXTtcbiAgY29uc3QgZG9jOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHtcbiAgICBzc2hfcHdhdXRoOiBmYWxzZSxcbiAgICBkaXNhYmxlX3Jvb3Q6IHRydWUsXG4gICAgcGFja2FnZV91cGRhdGU6IGZhbHNlLFxuICAgIHBhY2thZ2VfdXBncmFkZTogZmFsc2UsXG4gICAgd3JpdGVfZmlsZXM6IFtcbiAgICAgIHsgcGF0aDogYC9vcHQvcGVybWl0LyR7UGVybWl0RW50cnlwb2ludE1vZGUuREVTS1RPUH0uc2hgLCBvd25lcjogJ3Jvb3Q6cm9vdCcsIHBlcm1pc3Npb25zOiAnMDU1NScsIGNvbnRlbnQ6IFBlcm1pdEVudHJ5cG9pbnQuc2NyaXB0KFBlcm1pdEVudHJ5cG9pbnRNb2RlLkRFU0tUT1ApIH0sXG4gICAgICB7IHBhdGg6ICcvZXRjL3Blcm1pdC9hY2NvdW50cy5lbnYnLCBvd25lcjogJ3Jvb3Q6cm9vdCcsIHBlcm1pc3Npb25zOiAnMDYwMCcsIGNvbnRlbnQ6IGFjY291bnRzRW52KG8udXNlcnMsIGV4dHJhKSB9LFxuICAgICAgeyBwYXRoOiBQQVNTV09SRF9IQVNIRVNfUEFUSCwgb3duZXI6ICdyb290OnJvb3QnLCBwZXJtaXNzaW9uczogJzA2MDAnLCBjb250ZW50OiBwYXNzd29yZEhhc2hlcyhvLnVzZXJzKSB9LFxuICAgICAgeyBwYXRoOiBPTkVfVElNRV9QQVNTV09SRFNfUEFUSCwgb3duZXI6ICdyb290OnJvb3QnLCBwZXJtaXNzaW9uczogJzA1NTUnLCBjb250ZW50OiBvbmVUaW1lUGFzc3dvcmRzU2NyaXB0KCkgfSxcbiAgICAgIHtcbiAgICAgICAgcGF0aDogJy9ldGMvc3lzdGVtZC9zeXN0ZW0vcGVybWl0LWFjY291bnRzLnNlcnZpY2UnLFxuICAgICAgICBvd25lcjogJ3Jvb3Q6cm9vdCcsXG4gICAgICAgIHBlcm1pc3Npb25zOiAnMDY0NCcsXG4gICAgICAgIGNvbnRlbnQ6IHVuaXQoe1xuICAgICAgICAgIFVuaXQ6IFsnRGVzY3JpcHRpb249UGVybWl0IGFjY291bnRzIG9mIHRoaXMgd29ya3NwYWNlIChjZGstcmVzZWFyY2gtd29ya3NwYWNlcyknLCAnQWZ0ZXI9bG9jYWwtZnMudGFyZ2V0IHJlbW90ZS1mcy50YXJnZXQgbmV0d29yay1vbmxpbmUudGFyZ2V0JyxcbiAgICAgICAgICAgICdXYW50cz1uZXR3b3JrLW9ubGluZS50YXJnZXQnLCAnQmVmb3JlPXhyZHAuc2VydmljZSB4cmRwLXNlc21hbi5zZXJ2aWNlJ10sXG4gICAgICAgICAgU2VydmljZTogWydUeXBlPW9uZXNob3QnLCAnUmVtYWluQWZ0ZXJFeGl0PXllcycsICdFbnZpcm9ubWVudEZpbGU9L2V0Yy9wZXJtaXQvYWNjb3VudHMuZW52JyxcbiAgICAgICAgICAgIGBFeGVjU3RhcnQ9JHtleGVjTGluZShbJy9iaW4vYmFzaCcsIE9ORV9USU1FX1BBU1NXT1JEU19QQVRILCAnL2Jpbi9iYXNoJywgYC9vcHQvcGVybWl0LyR7UGVybWl0RW50cnlwb2ludE1vZGUuREVTS1RPUH0uc2hgLCAuLi5zZXRIYXNoZXNUaGVuKCcnKV0pfWBdLFxuICAgICAgICAgIEluc3RhbGw6IFsnV2FudGVkQnk9bXVsdGktdXNlci50YXJnZXQnXSxcbiAgICAgICAgfSksXG4gICAgICB9LFxuICAgIF0sXG4gICAgcnVuY21kOiBbXG4gICAgICBbJ3NoJywgJy1jJywgJ2NvbW1hbmQgLXYgeHJkcCA+L2Rldi9udWxsIHx8IHsgZWNobyBcInBlcm1pdDogdGhlIGltYWdlIG5lZWRzIHhyZHAgYW5kIGEgZGVza3RvcCAoWEZDRSlcIiA+JjI7IGV4aXQgMTsgfSddLFxuICAgICAgWydzeXN0ZW1jdGwnLCAnZGFlbW9uLXJlbG9hZCddLFxuICAgICAgWydzeXN0ZW1jdGwnLCAnZW5hYmxlJywgJy0tbm93JywgJ3Blcm1pdC1hY2NvdW50cy5zZXJ2aWNlJ10sXG4gICAgICBbJ3N5c3RlbWN0bCcsICdlbmFibGUnLCAneHJkcC5zZXJ2aWNlJ10sXG4gICAgICBbJ3N5c3RlbWN0bCcsICdyZXN0YXJ0JywgJ3hyZHAuc2VydmljZSddLFxuICAgICAgLi4uKG8uZXh0cmE/LnJ1bmNtZCA/PyBbXSksXG4gICAgXSxcbiAgfTtcbiAgKGRvYy53cml0ZV9maWxlcyBhcyBvYmplY3RbXSkucHVzaCguLi4oby5leHRyYT8uZmlsZXMgPz8gW10pKTtcbiAgY29uc3QgbW91bnRzID0gWy4uLm5mc01vdW50cyhvLnN0b3JhZ2VBZGRyZXNzLCBvLm1vdW50cyksIC4uLihvLmV4dHJhPy5tb3VudHMgPz8gW10pXTtcbiAgaWYgKG1vdW50cy5sZW5ndGgpIGRvYy5tb3VudHMgPSBtb3VudHM7XG4gIHJldHVybiBIRUFERVIoby5wZXJtaXRJZCwgYHdvcmtzcGFjZSAke28ucm9sZX0gKHJlbW90ZSBkZXNrdG9wKWApICsgeWFtbChkb2MpO1xufVxuXG4vKiogY2xvdWQtY29uZmlnIG9mIHRoZSBpbmdyZXNzIGFpcmxvY2sgKHdyaXRlLW9ubHkgU0ZUUCBmb3IgdGhlIGRhdGEgaG9sZGVycykuICovXG5leHBvcnQgZnVuY3Rpb24gYWlybG9ja0Nsb3VkQ29uZmlnKG86IHtcbiAgcGVybWl0SWQ6IHN0cmluZzsgdXNlcnM6IFBsYW5uZWRVc2VyW107IHN0b3JhZ2VBZGRyZXNzOiBzdHJpbmc7IG1vdW50czogUGxhbm5lZE1vdW50W107IHBvcnQ6IG51bWJlcjtcbn0pOiBzdHJpbmcge1xuICBjb25zdCBrZXlEaXIgPSBQZXJtaXRFbnRyeXBvaW50LkhPU1RfS0VZX1BBVEguc2xpY2UoMCwgUGVybWl0RW50cnlwb2ludC5IT1NUX0tFWV9QQVRILmxhc3RJbmRleE9mKCcvJykpO1xuICBjb25zdCBkb2MgPSB7XG4gICAgc3NoX3B3YXV0aDogZmFsc2UsXG4gICAgZGlzYWJsZV9yb290OiB0cnVlLFxuICAgIHBhY2thZ2VfdXBkYXRlOiBmYWxzZSxcbiAgICBwYWNrYWdlX3VwZ3JhZGU6IGZhbHNlLFxuICAgIHdyaXRlX2ZpbGVzOiBbXG4gICAgICB7IHBhdGg6IGAvb3B0L3Blcm1pdC8ke1Blcm1pdEVudHJ5cG9pbnRNb2RlLlNGVFBfQUlSTE9DS30uc2hgLCBvd25lcjogJ3Jvb3Q6cm9vdCcsIHBlcm1pc3Npb25zOiAnMDU1NScsIGNvbnRlbnQ6IFBlcm1pdEVudHJ5cG9pbnQuc2NyaXB0KFBlcm1pdEVudHJ5cG9pbnRNb2RlLlNGVFBfQUlSTE9DSykgfSxcbiAgICAgIHsgcGF0aDogJy9ldGMvcGVybWl0L2FjY291bnRzLmVudicsIG93bmVyOiAncm9vdDpyb290JywgcGVybWlzc2lvbnM6ICcwNjAwJywgY29udGVudDogYWNjb3VudHNFbnYoby51c2VycywgW10pIH0sXG4gICAgICB7IHBhdGg6IFBBU1NXT1JEX0hBU0hFU19QQVRILCBvd25lcjogJ3Jvb3Q6cm9vdCcsIHBlcm1pc3Npb25zOiAnMDYwMCcsIGNvbnRlbnQ6IHBhc3N3b3JkSGFzaGVzKG8udXNlcnMpIH0sXG4gICAgICB7IHBhdGg6IE9ORV9USU1FX1BBU1NXT1JEU19QQVRILCBvd25lcjogJ3Jvb3Q6cm9vdCcsIHBlcm1pc3Npb25zOiAnMDU1NScsIGNvbnRlbnQ6IG9uZVRpbWVQYXNzd29yZHNTY3JpcHQoKSB9LFxuICAgICAgeyBwYXRoOiAnL2V0Yy9wZXJtaXQvc3NoZC9zc2hkX2NvbmZpZycsIG93bmVyOiAncm9vdDpyb290JywgcGVybWlzc2lvbnM6ICcwNjQ0JywgY29udGVudDogUGVybWl0RW50cnlwb2ludC5zc2hkQ29uZmlnKG8udXNlcnMubWFwKCh1KSA9PiB1Lm5hbWUpLCBvLnBvcnQpIH0sXG4gICAgICB7IHBhdGg6IFBlcm1pdEVudHJ5cG9pbnQuSE9TVF9LRVlfUEFUSCwgb3duZXI6ICdyb290OnJvb3QnLCBwZXJtaXNzaW9uczogJzA2MDAnLCBlbmNvZGluZzogJ2I2NCcsIGNvbnRlbnQ6IEhPU1RfS0VZX1BMQUNFSE9MREVSIH0sXG4gICAgICB7XG4gICAgICAgIHBhdGg6ICcvZXRjL3N5c3RlbWQvc3lzdGVtL3Blcm1pdC1haXJsb2NrLnNlcnZpY2UnLFxuICAgICAgICBvd25lcjogJ3Jvb3Q6cm9vdCcsXG4gICAgICAgIHBlcm1pc3Npb25zOiAnMDY0NCcsXG4gICAgICAgIGNvbnRlbnQ6IHVuaXQoe1xuICAgICAgICAgIFVuaXQ6IFsnRGVzY3JpcHRpb249UGVybWl0IGluZ3Jlc3MgYWlybG9jazogd3JpdGUtb25seSBTRlRQIGZvciB0aGUgZGF0YSBob2xkZXJzIChjZGstcmVzZWFyY2gtd29ya3NwYWNlcyknLFxuICAgICAgICAgICAgJ0FmdGVyPW5ldHdvcmstb25saW5lLnRhcmdldCByZW1vdGUtZnMudGFyZ2V0JywgJ1dhbnRzPW5ldHdvcmstb25saW5lLnRhcmdldCcsXG4gICAgICAgICAgICBgUmVxdWlyZXNNb3VudHNGb3I9JHtvLm1vdW50cy5tYXAoKG0pID0+IG0ucGF0aCkuam9pbignICcpfWBdLFxuICAgICAgICAgIFNlcnZpY2U6IFsnRW52aXJvbm1lbnRGaWxlPS9ldGMvcGVybWl0L2FjY291bnRzLmVudicsXG4gICAgICAgICAgICBgRXhlY1N0YXJ0PSR7ZXhlY0xpbmUoWycvYmluL2Jhc2gnLCBPTkVfVElNRV9QQVNTV09SRFNfUEFUSCwgJy9iaW4vYmFzaCcsIGAvb3B0L3Blcm1pdC8ke1Blcm1pdEVudHJ5cG9pbnRNb2RlLlNGVFBfQUlSTE9DS30uc2hgLFxuICAgICAgICAgICAgICAuLi5zZXRIYXNoZXNUaGVuKCcvdXNyL3NiaW4vc3NoZCAtRCAtZSAtZiAvZXRjL3Blcm1pdC9zc2hkL3NzaGRfY29uZmlnJyldKX1gLFxuICAgICAgICAgICAgJ1Jlc3RhcnQ9b24tZmFpbHVyZScsICdSZXN0YXJ0U2VjPTUnXSxcbiAgICAgICAgICBJbnN0YWxsOiBbJ1dhbnRlZEJ5PW11bHRpLXVzZXIudGFyZ2V0J10sXG4gICAgICAgIH0pLFxuICAgICAgfSxcbiAgICBdLFxuICAgIG1vdW50czogbmZzTW91bnRzKG8uc3RvcmFnZUFkZHJlc3MsIG8ubW91bnRzKSxcbiAgICBydW5jbWQ6IFtcbiAgICAgIFsnc2gnLCAnLWMnLCAndGVzdCAteCAvdXNyL3NiaW4vc3NoZCB8fCB7IGVjaG8gXCJwZXJtaXQ6IHRoZSBpbWFnZSBuZWVkcyBvcGVuc3NoLXNlcnZlclwiID4mMjsgZXhpdCAxOyB9J10sXG4gICAgICBbJ2NobW9kJywgJzA3MDAnLCBrZXlEaXJdLFxuICAgICAgLy8gVGhlIGRpc3RyaWJ1dGlvbidzIHNzaGQgd291bGQgaG9sZCBwb3J0IDIyOiBvbmx5IHRoZSBhaXJsb2NrJ3MgcnVucyBoZXJlLlxuICAgICAgWydzaCcsICctYycsICdzeXN0ZW1jdGwgZGlzYWJsZSAtLW5vdyBzc2guc29ja2V0IHNzaC5zZXJ2aWNlIHNzaGQuc2VydmljZSAyPi9kZXYvbnVsbDsgc3lzdGVtY3RsIG1hc2sgc3NoLnNlcnZpY2Ugc3NoZC5zZXJ2aWNlIHNzaC5zb2NrZXQgMj4vZGV2L251bGw7IHRydWUnXSxcbiAgICAgIFsnc3lzdGVtY3RsJywgJ2RhZW1vbi1yZWxvYWQnXSxcbiAgICAgIFsnc3lzdGVtY3RsJywgJ2VuYWJsZScsICctLW5vdycsICdwZXJtaXQtYWlybG9jay5zZXJ2aWNlJ10sXG4gICAgXSxcbiAgfTtcbiAgcmV0dXJuIEhFQURFUihvLnBlcm1pdElkLCAnaW5ncmVzcyBhaXJsb2NrJykgKyB5YW1sKGRvYyk7XG59XG5cbi8qKlxuICogRXNjYXBlcyBhIGNsb3VkLWNvbmZpZyBmb3IgVGVycmFmb3JtLCB0aGVuIHB1dHMgdGhlIFRlcnJhZm9ybSByZWZlcmVuY2VzIGluIHBsYWNlIG9mIHRoZVxuICogcGxhY2Vob2xkZXJzIChgJHtgIGluc2lkZSB0aGUgdGV4dCBzdGF5cyBsaXRlcmFsOyB0aGUgcmVmZXJlbmNlcyBhcmUgaW50ZXJwb2xhdGVkKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdpdGhSZWZlcmVuY2VzKHRleHQ6IHN0cmluZywgcmVmczogQXJyYXk8W3N0cmluZywgc3RyaW5nXT4pOiBzdHJpbmcge1xuICBsZXQgb3V0ID0gdGZMaXRlcmFsKHRleHQpO1xuICBmb3IgKGNvbnN0IFtwbGFjZWhvbGRlciwgcmVmXSBvZiByZWZzKSB7XG4gICAgaWYgKCFvdXQuaW5jbHVkZXMocGxhY2Vob2xkZXIpKSB0aHJvdyBuZXcgRXJyb3IoYGludGVybmFsOiBwbGFjZWhvbGRlciAke3BsYWNlaG9sZGVyfSBub3QgZm91bmRgKTtcbiAgICBvdXQgPSBvdXQuc3BsaXQocGxhY2Vob2xkZXIpLmpvaW4ocmVmKTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIl19