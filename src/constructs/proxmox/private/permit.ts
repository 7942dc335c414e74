/**
 * Helpers of the Proxmox permit construct: the address plan of a permit's network, the
 * storage server's export table, and the cloud-init configurations of the storage server,
 * the package proxy, the airlock and the desktops. Pure functions; not exported from the
 * package.
 */
import { stringify } from 'yaml';
import { sha256 } from './support';
import { IngressScanning } from '../../../workspaces/ingress';
import {
  MountAccess, PermitLifecycle, PermitProps, PermitStatus, PermitVolumeKind, PermitWorkspaceRole, PlannedMount, PlannedUser, PlannedVolume,
} from '../../../workspaces/permit';
import { PermitEntrypoint, PermitEntrypointMode } from '../../../workspaces/permit-entrypoint';
import { ReleaseCommand } from '../../../workspaces/release-script';
import { tfLiteral } from '../../terraform/permit-common';

/** Roles of the permit's infrastructure machines (beside the planned workspaces). */
export const STORAGE_ROLE = 'storage';
export const PROXY_ROLE = 'egress-proxy';

/** Host offsets in the permit's network, and VM id offsets from `vmIdBase`. */
export const HOSTS: Record<string, { host: number; vmId: number }> = {
  [STORAGE_ROLE]: { host: 10, vmId: 0 },
  [PROXY_ROLE]: { host: 11, vmId: 1 },
  [PermitWorkspaceRole.INGRESS_AIRLOCK]: { host: 20, vmId: 2 },
  [PermitWorkspaceRole.HDAB_PREPROCESSING]: { host: 21, vmId: 3 },
  [PermitWorkspaceRole.HDAB_REVIEW]: { host: 22, vmId: 4 },
  [PermitWorkspaceRole.RESEARCHER_SETUP]: { host: 23, vmId: 5 },
  [PermitWorkspaceRole.SETUP_REVIEW]: { host: 24, vmId: 6 },
  [PermitWorkspaceRole.ANALYSIS]: { host: 25, vmId: 7 },
};

/** The smallest network that holds every host (a /27). */
export const MIN_NETWORK_SIZE = 32;

/** Where the storage server mounts the volumes. */
export const EXPORT_ROOT = '/srv/permit';

/** Port of the package proxy. */
export const PROXY_PORT = 3128;

/** Private and special ranges the package proxy may never reach (IPv4 and IPv6). */
export const NOT_INTERNET = [
  '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16', '127.0.0.0/8', '0.0.0.0/8', '224.0.0.0/3',
  'fc00::/7', 'fe80::/10', '::1/128', 'ff00::/8',
];
/** The whole address space (ipset cannot hold /0). */
export const INTERNET = ['0.0.0.0/1', '128.0.0.0/1', '::/1', '8000::/1'];

/** Packages the permit's image needs (Debian/Ubuntu names; Rocky: nfs-utils, openssh-server, xrdp (EPEL), squid). */
export const IMAGE_PACKAGES = ['cloud-init', 'nfs-common', 'nfs-kernel-server', 'openssh-server', 'xrdp', 'xfce4', 'squid', 'clamav', 'clamav-daemon', 'clamav-freshclam'];

/** Disk serial (and ext4 label) of a volume: stable, at most 16 characters. */
export function volumeSerial(volume: string): string {
  return `pv-${sha256(volume).slice(0, 12)}`;
}

/**
 * The mounts every workspace role ever has, from the lifecycle model: each status planned for
 * a permit with the same data holders. The storage server's export table is built from it
 * once, so it does not change from phase to phase; which workspaces may reach the server in
 * a phase is the firewall's job.
 */
export function roleMountTable(volumes: PlannedVolume[]): Map<string, PlannedMount[]> {
  const holders = volumes.filter((v) => v.kind === PermitVolumeKind.UPLOAD).map((v) => v.dataHolder!);
  const table = new Map<string, PlannedMount[]>();
  if (holders.length === 0) return table;
  const base: PermitProps = {
    id: 'export-table',
    status: PermitStatus.AWAITING_INGRESS,
    dataHolders: holders.map((id) => ({ id, allowedCidrs: ['192.0.2.0/24'] })),
    // Stand-in members (only the mounts are used); names with "_", which no data holder id has.
    researchers: [{ name: 'rws_table_researcher', uid: 10001 }],
    hdabPreprocessor: { name: 'rws_table_preprocessor', uid: 10002 },
    hdabReviewer: { name: 'rws_table_reviewer', uid: 10003 },
    setupReviewer: { name: 'rws_table_setup_reviewer', uid: 10004 },
  };
  for (const status of Object.values(PermitStatus)) {
    for (const w of PermitLifecycle.plan({ ...base, status }).workspaces) table.set(w.role, w.mounts);
  }
  return table;
}

/** One line of the storage server's volume table. */
export interface StorageVolume {
  readonly name: string;
  /** The plan's kind; undefined for the release area, which the lifecycle model does not plan. */
  readonly kind?: PermitVolumeKind;
  readonly serial: string;
  readonly interface: string;
  readonly sizeGiB: number;
}

/**
 * The output release area (`rws-release`'s `/data/release`): a volume of the storage server
 * beside the planned ones, in every phase that has the storage server (so the server's
 * configuration never changes between events), mounted only by the analysis workspace.
 */
export const RELEASE_VOLUME = 'release';
/** Where the analysis workspace mounts the release area (`ReleaseCommand`'s default area). */
export const RELEASE_MOUNT = '/data/release';
/** Mode of the release area's root on a new disk: root's, readable by everyone, writable by root only. */
export const RELEASE_ROOT_MODE = '0755';

/**
 * The export of the release area to the analysis workspace: read-write, and root NOT squashed,
 * because the release service (`rws-release process`, root on the workspace) must create
 * root-owned snapshots (`chown root`, 0444/0555) that the researchers, who have no root there,
 * cannot change. Researchers reach it only as their own uid, which the files' modes keep out.
 */
export const RELEASE_EXPORT_OPTIONS = 'rw,sync,no_subtree_check,no_root_squash,sec=sys';
/**
 * The export of one request's snapshot to its review VM: read-only, every uid squashed to
 * nobody (the snapshot is world-readable; nobody there needs to be anyone), and
 * `subtree_check`, so that a file handle from outside `requests/<id>` (the rest of the release
 * file system: other requests, statuses, the work folder) is refused even if a client forges one.
 */
export const REVIEW_EXPORT_OPTIONS = 'ro,sync,subtree_check,all_squash,sec=sys';

/** A release request's snapshot exported to its review VM. */
export interface ReviewExport {
  readonly requestId: string;
  readonly address: string;
}

/** The exported folder of a request's snapshot on the storage server. */
export function reviewExportPath(requestId: string): string {
  return `${EXPORT_ROOT}/${RELEASE_VOLUME}/requests/${requestId}`;
}

/** A client of the storage server: its address and what it mounts how. */
export interface StorageClient {
  readonly role: string;
  readonly address: string;
  readonly mounts: PlannedMount[];
}

// No `users` key: cloud-init creates the image's default user, locked and without keys (the
// permit entrypoint also locks every account it did not create); `users: []` is invalid.
const HEADER = (permitId: string, what: string) =>
  `#cloud-config\n# Permit ${permitId}: ${what}.\n# Generated by cdk-research-workspaces (ProxmoxPermitEnvironment); do not edit.\n`;

function yaml(doc: object): string {
  return stringify(doc, { lineWidth: 0, blockQuote: 'literal' });
}

function unit(lines: Record<string, string[]>): string {
  return Object.entries(lines).map(([section, body]) => `[${section}]\n${body.join('\n')}\n`).join('\n');
}

/** The export options of one client's access. */
function exportOptions(access: MountAccess, airlock: boolean): string {
  // The airlock runs its SFTP server as root and must own each upload area's chroot:
  // no_root_squash for it alone; write-only is enforced by its SFTP server.
  if (airlock) return 'rw,sync,no_subtree_check,no_root_squash,sec=sys';
  return `${access === MountAccess.READ_ONLY ? 'ro' : 'rw'},sync,no_subtree_check,root_squash,sec=sys`;
}

/**
 * `/etc/exports.d/permit.exports`: each volume to each role that ever mounts it, with its
 * access; the release area to the analysis workspace (`release`), and each reviewed request's
 * snapshot to its review VM only.
 */
export function exportsFile(
  permitId: string, volumes: StorageVolume[], clients: StorageClient[], release?: { analysis: string; reviews: ReviewExport[] },
): string {
  const lines = [`# Permit ${permitId}: NFS exports of the data volumes, by workspace address. Generated; do not edit.`];
  for (const v of volumes) {
    if (v.name === RELEASE_VOLUME) {
      lines.push(release ? `${EXPORT_ROOT}/${v.name} ${release.analysis}(${RELEASE_EXPORT_OPTIONS})` : `# ${EXPORT_ROOT}/${v.name}: not exported`);
      for (const r of release?.reviews ?? []) lines.push(`${reviewExportPath(r.requestId)} ${r.address}(${REVIEW_EXPORT_OPTIONS})`);
      continue;
    }
    const who = clients.flatMap((c) => c.mounts.filter((m) => m.volume === v.name)
      .map((m) => `${c.address}(${exportOptions(m.access, c.role === PermitWorkspaceRole.INGRESS_AIRLOCK)})`));
    // A volume nobody mounts (yet) is exported to no one: the line keeps it visible.
    lines.push(who.length ? `${EXPORT_ROOT}/${v.name} ${who.join(' ')}` : `# ${EXPORT_ROOT}/${v.name}: not exported`);
  }
  return `${lines.join('\n')}\n`;
}

/** The storage server's set-up script (formats only empty disks, mounts, exports). */
export function storageScript(): string {
  return `#!/bin/bash
# permit-storage: data server of a permit, generated by cdk-research-workspaces; do not edit.
# For every line of /etc/permit/volumes.tsv (serial, volume, mode): waits for the disk with that
# serial, formats it ONLY when it carries no signature at all (a new, empty disk; never one
# with data), mounts it at ${EXPORT_ROOT}/<volume> (fstab, by UUID) and re-exports everything.
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
  dir="${EXPORT_ROOT}/$name"
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
export function storageCloudConfig(permitId: string, volumes: StorageVolume[], clients: StorageClient[], signatureMirrorUrl?: string,
  release?: { analysis: string; reviews: ReviewExport[] }): string {
  const mode = (v: StorageVolume) => (v.name === RELEASE_VOLUME ? RELEASE_ROOT_MODE : v.kind === PermitVolumeKind.UPLOAD ? '0755' : '1777');
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
      ...(volumes.some((v) => v.kind === PermitVolumeKind.UPLOAD) && ingressTriggerAddresses(clients)
        ? [['systemctl', 'enable', '--now', INGRESS_TRIGGER_TIMER]] : []),
      ['systemctl', 'enable', 'nfs-server.service'],
      ['systemctl', 'restart', 'nfs-server.service'],
    ],
  };
  return HEADER(permitId, 'data server (NFS) of the permit\'s volumes') + yaml(doc);
}

/** The service that scans the uploads and consolidates them into raw, started once at the move to DATA_PREPARATION_PENDING. */
export const INGRESS_SERVICE = 'permit-ingress.service';

/**
 * The storage server's ingress scanner (IngressScanning): the script, clamd's and freshclam's
 * configuration (freshclam only from the institution's mirror) and `permit-ingress.service`,
 * which refreshes the signatures (a failure leaves those of the image; the script still refuses
 * a scanner that misses the EICAR string), starts clamd for the run, and consolidates.
 */
/** The timer that starts the ingress service when the phase comes (INGRESS_TRIGGER_SCRIPT). */
export const INGRESS_TRIGGER_TIMER = 'permit-ingress-trigger.timer';
/** Where the trigger script is installed. */
export const INGRESS_TRIGGER_PATH = '/usr/local/sbin/permit-ingress-trigger';

/** The addresses the trigger watches: the preprocessing workspace and the airlock. */
export function ingressTriggerAddresses(clients: StorageClient[]): { preprocessing: string; airlock: string } | undefined {
  const preprocessing = clients.find((c) => c.role === PermitWorkspaceRole.HDAB_PREPROCESSING)?.address;
  const airlock = clients.find((c) => c.role === PermitWorkspaceRole.INGRESS_AIRLOCK)?.address;
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
export function ingressTriggerScript(raw: string, addresses: { preprocessing: string; airlock: string }): string {
  return `#!/bin/bash
# permit-ingress-trigger: starts ${INGRESS_SERVICE} once the preprocessing workspace is connected
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
echo "permit-ingress-trigger: the preprocessing workspace ($PREPROCESSING) is connected and raw has no manifest: starting ${INGRESS_SERVICE}"
"\${RWS_SYSTEMCTL:-systemctl}" start --no-block ${INGRESS_SERVICE}
`;
}

export function ingressFiles(
  permitId: string, volumes: StorageVolume[], signatureMirrorUrl?: string, trigger?: { preprocessing: string; airlock: string },
): Array<Record<string, string>> {
  const uploads: Record<string, string> = {};
  for (const v of volumes) if (v.kind === PermitVolumeKind.UPLOAD) uploads[v.name.replace(/^upload-/, '')] = `${EXPORT_ROOT}/${v.name}`;
  if (Object.keys(uploads).length === 0) return [];
  const args = IngressScanning.consolidationArguments(`${EXPORT_ROOT}/raw`, uploads);
  const socket = '/run/permit-ingress/clamd.ctl';
  return [
    { path: IngressScanning.SCRIPT_PATH, owner: 'root:root', permissions: '0755', content: IngressScanning.consolidationScript() },
    { path: '/etc/permit/ingress-clamd.conf', owner: 'root:root', permissions: '0644', content: IngressScanning.clamdConfig({ socket }) },
    ...(signatureMirrorUrl ? [{
      path: '/etc/permit/ingress-freshclam.conf', owner: 'root:root', permissions: '0644', content: IngressScanning.freshclamConfig({ url: signatureMirrorUrl }),
    }] : []),
    {
      path: `/etc/systemd/system/${INGRESS_SERVICE}`,
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
            + `${IngressScanning.SCRIPT_PATH} ${args.join(' ')}; rc=$$?; kill "$$pid"; exit "$$rc"'`,
          'TimeoutStartSec=12h',
        ],
      }),
    },
    ...(trigger ? [
      { path: INGRESS_TRIGGER_PATH, owner: 'root:root', permissions: '0755', content: ingressTriggerScript(`${EXPORT_ROOT}/raw`, trigger) },
      {
        path: '/etc/systemd/system/permit-ingress-trigger.service',
        owner: 'root:root',
        permissions: '0644',
        content: unit({
          Unit: [`Description=Permit ${permitId}: start the ingress consolidation when the preprocessing workspace connects (cdk-research-workspaces)`],
          Service: ['Type=oneshot', `ExecStart=${INGRESS_TRIGGER_PATH}`],
        }),
      },
      {
        path: `/etc/systemd/system/${INGRESS_TRIGGER_TIMER}`,
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
export function proxyCloudConfig(permitId: string, squidConf: string, allowlist: string): string {
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
export const passwordHashPlaceholder = (i: number) => `@@RWS_PASSWORD_HASH_${i}@@`;
export const HOST_KEY_PLACEHOLDER = '@@RWS_HOST_KEY_B64@@';

/** Where the accounts' password hashes are written on the machine (root, 0600). */
export const PASSWORD_HASHES_PATH = '/etc/permit/password-hashes';
/** The wrapper that gives the entrypoint one-time random passwords (it requires one per account). */
export const ONE_TIME_PASSWORDS_PATH = '/opt/permit/one-time-passwords.sh';

/** The accounts' environment file: names and ids only (no password, not even a hash). */
function accountsEnv(users: PlannedUser[], extra: Array<[string, string]>): string {
  const vars = PermitEntrypoint.userEnvironment(users);
  const lines = vars.map((v) => `${v.name}='${v.value}'`);
  for (const [k, v] of extra) lines.push(`${k}='${v}'`);
  return `# Accounts of this workspace (read by the permit entrypoint). Generated; do not edit.\n${lines.join('\n')}\n`;
}

/** `name:<bcrypt hash>` per account, for `chpasswd -e` (hashes as placeholders). */
function passwordHashes(users: PlannedUser[]): string {
  return `${users.map((u, i) => `${u.name}:${passwordHashPlaceholder(i + 1)}`).join('\n')}\n`;
}

/**
 * The permit entrypoint requires a password per account and sets it with chpasswd; the
 * machine must never hold the real one. This wrapper gives it a one-time random password per
 * account (never stored, never shown), then runs the command; the command first sets the
 * real passwords from their bcrypt hashes (`chpasswd -e`).
 */
export function oneTimePasswordsScript(): string {
  return `#!/bin/bash
# Permit accounts: one-time random passwords for the permit entrypoint (it requires one per
# account); the real ones are then set from their hashes (${PASSWORD_HASHES_PATH}).
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
function setHashesThen(then: string): string[] {
  return ['/bin/sh', '-c', `chpasswd -e <${PASSWORD_HASHES_PATH}${then ? ` && exec ${then}` : ''}`];
}

/** A systemd ExecStart line from words (quoted where needed). */
function execLine(words: string[]): string {
  return words.map((w) => {
    if (/^[A-Za-z0-9_./=-]+$/.test(w)) return w;
    if (/['\\$%]/.test(w)) throw new Error(`internal: ${w} cannot be quoted for systemd`);
    return `'${w}'`;
  }).join(' ');
}

/** fstab entries (cloud-init `mounts`) for a workspace's NFS mounts. */
function nfsMounts(storageAddress: string, mounts: PlannedMount[]): string[][] {
  return mounts.map((m) => [
    `${storageAddress}:${EXPORT_ROOT}/${m.volume}`, m.path, 'nfs4',
    `${m.access === MountAccess.READ_ONLY ? 'ro' : 'rw'},nfsvers=4.2,hard,noatime,_netdev,nofail,x-systemd.automount,x-systemd.mount-timeout=30`, '0', '0',
  ]);
}

/** What a desktop's cloud-config gets beside its accounts and planned mounts. */
export interface DesktopExtras {
  readonly files: Array<Record<string, string>>;
  readonly mounts: string[][];
  readonly runcmd: string[][];
}

/**
 * The researchers' spool, inside the release area (mode 1733 there): `rws-release process` takes
 * each entry with a rename, which keeps the entry's owner and link count only within one file
 * system. A spool on the workspace's own disk would make that rename a copy across file
 * systems, which resets the link count and so lets a researcher file a hard link to another
 * researcher's writable file as that researcher's request.
 */
export const RELEASE_SPOOL = '/data/release/spool';

/** Where the review VM shows the snapshot. */
export const REVIEW_MOUNT = '/review';

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
export function analysisReleaseExtras(permitId: string, storageAddress: string): DesktopExtras {
  const options = { permitId, areaPath: RELEASE_MOUNT, spoolPath: RELEASE_SPOOL };
  const units = ReleaseCommand.systemdUnits(options);
  // Neither the path unit nor the service may start before the area is mounted: the path unit
  // would watch the empty folder under the mount point, the service would snapshot onto the
  // workspace's own disk.
  const afterMount = unit({ Unit: [`RequiresMountsFor=${RELEASE_MOUNT}`, 'After=remote-fs.target'] });
  return {
    files: [
      { path: ReleaseCommand.INSTALL_PATH, owner: 'root:root', permissions: '0755', content: ReleaseCommand.script(options) },
      ...Object.entries(units).map(([name, content]) => ({ path: `/etc/systemd/system/${name}`, owner: 'root:root', permissions: '0644', content })),
      ...Object.keys(units).map((name) => ({ path: `/etc/systemd/system/${name}.d/permit.conf`, owner: 'root:root', permissions: '0644', content: afterMount })),
    ],
    mounts: [[`${storageAddress}:${EXPORT_ROOT}/${RELEASE_VOLUME}`, RELEASE_MOUNT, 'nfs4', `rw,${RELEASE_MOUNT_OPTIONS}`, '0', '0']],
    runcmd: [
      ['systemctl', 'daemon-reload'],
      // The area's folders and the spool, only on the mounted area (never onto the workspace's own disk).
      ['sh', '-c', `mountpoint -q ${RELEASE_MOUNT} || mount ${RELEASE_MOUNT}; if mountpoint -q ${RELEASE_MOUNT}; then ${ReleaseCommand.INSTALL_PATH} setup; `
        + 'else echo "permit: the release area is not mounted: rws-release takes requests once it is (rws-release.path waits for the mount)" >&2; fi'],
      ['systemctl', 'enable', '--now', 'rws-release.path'],
    ],
  };
}

/** The review VM's mount: one request's snapshot, read-only, at `/review`. */
export function reviewMount(storageAddress: string, requestId: string): string[] {
  return [`${storageAddress}:${reviewExportPath(requestId)}`, REVIEW_MOUNT, 'nfs4', `ro,${RELEASE_MOUNT_OPTIONS}`, '0', '0'];
}

/** cloud-config of a desktop workspace (XFCE + xrdp from the image; accounts by the permit entrypoint). */
export function desktopCloudConfig(o: {
  permitId: string;
  role: string;
  users: PlannedUser[];
  storageAddress: string;
  mounts: PlannedMount[];
  proxyUrl?: string;
  noProxy?: string;
  /** More files, mounts (fstab lines) and commands (the release command and its mounts). */
  extra?: DesktopExtras;
}): string {
  const extra: Array<[string, string]> = o.proxyUrl ? [['PERMIT_HTTP_PROXY', o.proxyUrl], ['PERMIT_NO_PROXY', o.noProxy ?? '']] : [];
  const doc: Record<string, unknown> = {
    ssh_pwauth: false,
    disable_root: true,
    package_update: false,
    package_upgrade: false,
    write_files: [
      { path: `/opt/permit/${PermitEntrypointMode.DESKTOP}.sh`, owner: 'root:root', permissions: '0555', content: PermitEntrypoint.script(PermitEntrypointMode.DESKTOP) },
      { path: '/etc/permit/accounts.env', owner: 'root:root', permissions: '0600', content: accountsEnv(o.users, extra) },
      { path: PASSWORD_HASHES_PATH, owner: 'root:root', permissions: '0600', content: passwordHashes(o.users) },
      { path: ONE_TIME_PASSWORDS_PATH, owner: 'root:root', permissions: '0555', content: oneTimePasswordsScript() },
      {
        path: '/etc/systemd/system/permit-accounts.service',
        owner: 'root:root',
        permissions: '0644',
        content: unit({
          Unit: ['Description=Permit accounts of this workspace (cdk-research-workspaces)', 'After=local-fs.target remote-fs.target network-online.target',
            'Wants=network-online.target', 'Before=xrdp.service xrdp-sesman.service'],
          Service: ['Type=oneshot', 'RemainAfterExit=yes', 'EnvironmentFile=/etc/permit/accounts.env',
            `ExecStart=${execLine(['/bin/bash', ONE_TIME_PASSWORDS_PATH, '/bin/bash', `/opt/permit/${PermitEntrypointMode.DESKTOP}.sh`, ...setHashesThen('')])}`],
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
  (doc.write_files as object[]).push(...(o.extra?.files ?? []));
  const mounts = [...nfsMounts(o.storageAddress, o.mounts), ...(o.extra?.mounts ?? [])];
  if (mounts.length) doc.mounts = mounts;
  return HEADER(o.permitId, `workspace ${o.role} (remote desktop)`) + yaml(doc);
}

/** cloud-config of the ingress airlock (write-only SFTP for the data holders). */
export function airlockCloudConfig(o: {
  permitId: string; users: PlannedUser[]; storageAddress: string; mounts: PlannedMount[]; port: number;
}): string {
  const keyDir = PermitEntrypoint.HOST_KEY_PATH.slice(0, PermitEntrypoint.HOST_KEY_PATH.lastIndexOf('/'));
  const doc = {
    ssh_pwauth: false,
    disable_root: true,
    package_update: false,
    package_upgrade: false,
    write_files: [
      { path: `/opt/permit/${PermitEntrypointMode.SFTP_AIRLOCK}.sh`, owner: 'root:root', permissions: '0555', content: PermitEntrypoint.script(PermitEntrypointMode.SFTP_AIRLOCK) },
      { path: '/etc/permit/accounts.env', owner: 'root:root', permissions: '0600', content: accountsEnv(o.users, []) },
      { path: PASSWORD_HASHES_PATH, owner: 'root:root', permissions: '0600', content: passwordHashes(o.users) },
      { path: ONE_TIME_PASSWORDS_PATH, owner: 'root:root', permissions: '0555', content: oneTimePasswordsScript() },
      { path: '/etc/permit/sshd/sshd_config', owner: 'root:root', permissions: '0644', content: PermitEntrypoint.sshdConfig(o.users.map((u) => u.name), o.port) },
      { path: PermitEntrypoint.HOST_KEY_PATH, owner: 'root:root', permissions: '0600', encoding: 'b64', content: HOST_KEY_PLACEHOLDER },
      {
        path: '/etc/systemd/system/permit-airlock.service',
        owner: 'root:root',
        permissions: '0644',
        content: unit({
          Unit: ['Description=Permit ingress airlock: write-only SFTP for the data holders (cdk-research-workspaces)',
            'After=network-online.target remote-fs.target', 'Wants=network-online.target',
            `RequiresMountsFor=${o.mounts.map((m) => m.path).join(' ')}`],
          Service: ['EnvironmentFile=/etc/permit/accounts.env',
            `ExecStart=${execLine(['/bin/bash', ONE_TIME_PASSWORDS_PATH, '/bin/bash', `/opt/permit/${PermitEntrypointMode.SFTP_AIRLOCK}.sh`,
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
export function withReferences(text: string, refs: Array<[string, string]>): string {
  let out = tfLiteral(text);
  for (const [placeholder, ref] of refs) {
    if (!out.includes(placeholder)) throw new Error(`internal: placeholder ${placeholder} not found`);
    out = out.split(placeholder).join(ref);
  }
  return out;
}
