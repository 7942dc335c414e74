/**
 * Boot provisioning of Slurm cluster nodes (backend-neutral: no cloud library here).
 *
 * A node gets the lab's research accounts from the registry, with the registry's uids and gids,
 * through the same `rws-sync-users` the workstations run; the lab's shared file system (homes
 * at `<mount point>/home/<user>`, as on every workstation) and, when the lab has one, the
 * Lustre scratch with a `/scratch/<user>` folder per account owned by its registry uid and gid.
 *
 * Deploy-time values (file system id, Lustre DNS and mount names, region) may be placeholders
 * that the caller's template language resolves (e.g. CloudFormation tokens): the script keeps
 * them in plain text at its top and checks their shape at boot, while the bulky parts (the user
 * sync, unless fetched from SSM parameters, and the registry file) travel as base64 of gzip.
 */
import * as crypto from 'crypto';
import * as zlib from 'zlib';
import { fail } from './private/error';
import { MAX_QUOTA_GIB, PROJECTS_FOLDER } from './private/storage-quotas';
import { WorkspaceUserData } from './userdata';
import { UserRegistry } from './users';

/**
 * `ssm_values REGION NAME...`: the values of SSM parameters, one a line in the order named. The
 * AWS CLI reads them ten names to a GetParameters call (one start of the CLI, most of a second of
 * CPU, per ten pieces instead of per piece); RWS_SSM_CMD (tests) gets one call a name.
 */
const SSM_VALUES = [
  'ssm_values() {',
  '  local region=$1 n v got',
  '  declare -A val=()',
  '  shift',
  '  if [ -n "${RWS_SSM_CMD:-}" ]; then for n; do "$RWS_SSM_CMD" "$n" || fail "cannot read SSM parameter $n"; done; return 0; fi',
  '  got=$(while (($#)); do aws ssm get-parameters --region "$region" --names "${@:1:10}" --query \'Parameters[].[Name,Value]\' --output text || exit 1; shift $(($# < 10 ? $# : 10)); done) ||',
  '    fail "cannot read the SSM parameters $*. Fix: the node role must read them (ssm:GetParameters), and the AWS CLI and an SSM endpoint must be reachable"',
  '  while IFS=$\'\\t\' read -r n v; do [ -z "$n" ] || val[$n]=$v; done <<<"$got"',
  '  for n; do [ -n "${val[$n]:-}" ] || fail "SSM parameter $n was not returned. Fix: deploy the stack that holds it"; printf \'%s\\n\' "${val[$n]}"; done',
  '}',
];

/** The lab's shared file system as a cluster node mounts it. */
export interface ClusterNodeEfs {
  /** EFS file system id (may be a deploy-time placeholder). */
  readonly fileSystemId: string;
  /** Region of the file system (may be a deploy-time placeholder). */
  readonly region: string;
  /**
   * Mount point.
   * @default "/shared"
   */
  readonly mountPoint?: string;
  /**
   * Folder of the homes below the mount point.
   * @default "home"
   */
  readonly homeSubdirectory?: string;
  /**
   * Mount with IAM authorization (amazon-efs-utils `iam`); TLS is always on.
   * @default true
   */
  readonly iam?: boolean;
}

/** An FSx for Lustre file system as a cluster node mounts it. */
export interface ClusterNodeLustre {
  /** DNS name of the file system (may be a deploy-time placeholder). */
  readonly dnsName: string;
  /** Lustre mount name (may be a deploy-time placeholder). */
  readonly mountName: string;
  /**
   * Mount point; every account gets `<mountPoint>/<user>`.
   * @default "/scratch"
   */
  readonly mountPoint?: string;
  /**
   * Quotas this node sets on the file system after mounting it (`lfs setquota`), with the ids
   * of the registry file it applies. Give them to one node group (e.g. the login node).
   * @default - no quotas set by this node
   */
  readonly quotas?: LustreQuotas;
}

/**
 * Block quotas from the registry, by name (the ids are the registry's uids and gids, so a quota
 * follows the same number that owns the files everywhere): a default for every user or group,
 * unless named (0: no quota). Names not in the registry and fractional GiB are refused at synth.
 */
export interface RegistryQuotas {
  /**
   * Quota of every registry user, in GiB (over the whole file system: their home and what they
   * own in project folders and scratch).
   * @default - no default quota
   */
  readonly userQuotaGiB?: number;
  /**
   * Quotas of named users in GiB (0: none), over `userQuotaGiB`.
   * @default - none
   */
  readonly userQuotasGiB?: { [user: string]: number };
  /**
   * Quota of every registry group, in GiB.
   * @default - no default quota
   */
  readonly groupQuotaGiB?: number;
  /**
   * Quotas of named groups in GiB (0: none), over `groupQuotaGiB`.
   * @default - none
   */
  readonly groupQuotasGiB?: { [group: string]: number };
}

/**
 * Lustre block quotas from the registry: users', groups' and groups' project folders'. Lustre
 * takes quotas from a client: a node of the lab's Slurm cluster sets them (`lfs setquota`).
 */
export interface LustreQuotas extends RegistryQuotas {
  /**
   * Block quota of every registry group's project folder `<mountPoint>/projects/<group>` (a
   * Lustre project whose id is the group's gid, set with inheritance), in GiB.
   * @default - no default quota
   */
  readonly projectQuotaGiB?: number;
  /**
   * Project quotas of named groups in GiB (0: none), over `projectQuotaGiB`.
   * @default - none
   */
  readonly projectQuotasGiB?: { [group: string]: number };
}

/** Where a cluster node fetches the user sync script at boot (instead of carrying it). */
export interface ClusterNodeTools {
  /** Prefix of the SSM parameters of `WorkspaceUserData.toolParameters(prefix)`. */
  readonly parameterPrefix: string;
  /** Region of the parameters (may be a deploy-time placeholder). */
  readonly region: string;
}

/**
 * The lab's publication of its whole registry (the one workstations are synced from), which a
 * cluster node fetches at boot when the registry does not fit in its user-data. Give exactly one
 * of `parameterNames` and `s3Url`. The node checks the fetched file against the SHA-256 of the
 * registry it was generated with.
 */
export interface ClusterNodeRegistrySource {
  /**
   * SSM parameters holding the base64 of the gzip registry file, in order.
   * @default - none: the registry is in S3 (`s3Url`)
   */
  readonly parameterNames?: string[];
  /**
   * The gzip registry file in S3, `s3://<bucket>/<key>` (the bucket may be a deploy-time placeholder).
   * @default - none: the registry is in SSM parameters (`parameterNames`)
   */
  readonly s3Url?: string;
  /** Region of the parameters or bucket (may be a deploy-time placeholder). */
  readonly region: string;
}

/** What a cluster node's provisioning is generated from. */
export interface ClusterNodeOptions {
  /** The lab's registry. */
  readonly registry: UserRegistry;
  /**
   * Registry users who get an account on the node.
   * @default - every user of the registry
   */
  readonly users?: string[];
  /**
   * The lab's shared file system (homes).
   * @default - homes on the node's own disk under /home
   */
  readonly efs?: ClusterNodeEfs;
  /**
   * The lab's Lustre scratch.
   * @default - no Lustre
   */
  readonly lustre?: ClusterNodeLustre;
  /**
   * Fetch the user sync script from these SSM parameters at boot (AWS CLI; checked by SHA-256),
   * which leaves EC2's 16 KB for the registry.
   * @default - the script travels in the user-data
   */
  readonly tools?: ClusterNodeTools;
  /**
   * The lab's publication of its whole registry: the node fetches it at boot when the registry
   * inline would not fit in EC2's 16 KB (as a workstation's `RegistryDelivery.auto()` does).
   * @default - the registry always travels in the user-data
   */
  readonly registrySource?: ClusterNodeRegistrySource;
  /** Name of the node group (logs). */
  readonly nodeGroup: string;
  /**
   * Where the options come from, for errors.
   * @default "cluster"
   */
  readonly where?: string;
}

/** Where the node's provisioning logs. */
export const CLUSTER_NODE_LOG = '/var/log/research-workspace/cluster-node.log';

/** Written when the provisioning ends: `ok`, or `failed` and a `reason=` line. */
const PROVISION_STATUS_FILE = '/var/lib/research-workspace/status';
/**
 * The folder whose presence tells the lab's registry sync document (ResearchUserRegistry) that
 * a boot provisioning of ours is under way, so that it waits for the status file.
 */
const PAYLOAD_MARKER_DIR = '/var/lib/research-workspace/payload';

const SAFE = /^[A-Za-z0-9._\/-]+$/;

/** Boot provisioning of a Slurm cluster node. */
export class ClusterNode {
  /** EC2's user-data limit (bytes before base64); AWS PCS launch templates share it. */
  public static readonly USER_DATA_LIMIT_BYTES = 16384;

  /**
   * The provisioning script (bash, run as root at first boot). Throws a WorkspaceInputError
   * naming the field, value and fix for a user not in the registry or an unsafe path.
   */
  public static provisioningScript(o: ClusterNodeOptions): string {
    return ClusterNode.render(o, ClusterNode.fetchesRegistry(o));
  }

  /**
   * Whether the node fetches the registry from `registrySource` (the registry inline would make
   * the user-data exceed EC2's limit) rather than carrying it.
   */
  public static fetchesRegistry(o: ClusterNodeOptions): boolean {
    if (!o.registrySource) return false;
    const inline = ClusterNode.mime(ClusterNode.render(o, false));
    return Buffer.byteLength(inline, 'utf8') > ClusterNode.USER_DATA_LIMIT_BYTES;
  }

  /**
   * The node's user-data: a MIME multipart message (the format AWS PCS requires) with the
   * provisioning script as its one shell part. Throws when it would exceed EC2's limit.
   */
  public static userData(o: ClusterNodeOptions): string {
    const mime = ClusterNode.mime(ClusterNode.provisioningScript(o));
    const bytes = Buffer.byteLength(mime, 'utf8');
    if (bytes > ClusterNode.USER_DATA_LIMIT_BYTES) {
      const fetched = ClusterNode.fetchesRegistry(o);
      fail({
        code: 'user-data-too-large',
        message: `the node user-data would be ${bytes} bytes, above EC2's ${ClusterNode.USER_DATA_LIMIT_BYTES}-byte limit`,
        field: 'users',
        value: `${(o.users ?? o.registry.users).length} users`,
        fix: fetched
          ? 'give the cluster every registry user (no users) or fewer: the registry is fetched, but the selection of users travels in the user-data'
          : 'give the cluster the lab\'s registry publication (userRegistry of ResearchCluster; LabStack does), so that the nodes fetch the registry, or fewer users: inline the registry takes about 45 bytes a user',
        location: { file: o.where ?? 'cluster' },
      });
    }
    return mime;
  }

  private static render(o: ClusterNodeOptions, fetch: boolean): string {
    const where = o.where ?? 'cluster';
    const users = o.users ?? o.registry.users.map((u) => u.name);
    const everyone = o.users === undefined || (new Set(o.users).size === o.registry.users.length);
    const known = new Set(o.registry.users.map((u) => u.name));
    for (const u of users) {
      if (!known.has(u)) {
        fail({ code: 'unknown-user', message: `user "${u}" is not in the registry ${o.registry.sourceName}`, field: 'users', value: u, fix: 'add the user to the registry, or remove the name', location: { file: where } });
      }
    }
    const efsMount = o.efs?.mountPoint ?? '/shared';
    const homeBase = o.efs ? `${efsMount}/${o.efs.homeSubdirectory ?? 'home'}` : '/home';
    const scratch = o.lustre?.mountPoint ?? '/scratch';
    for (const [field, p] of [['efs.mountPoint', efsMount], ['lustre.mountPoint', scratch], ['efs.homeSubdirectory', homeBase]] as const) {
      if (!p.startsWith('/') || !SAFE.test(p) || p.includes('..')) {
        fail({ code: 'invalid-path', message: 'not an absolute path of safe characters', field, value: p, fix: 'use e.g. "/shared" or "/scratch"', location: { file: where } });
      }
    }
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(o.nodeGroup)) {
      fail({ code: 'invalid-name', message: 'a node group name holds letters, digits, ".", "_" and "-"', field: 'nodeGroup', value: o.nodeGroup, fix: 'use e.g. "cpu"', location: { file: where } });
    }
    const blob = (text: string) => zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64').replace(/(.{76})/g, '$1\n').trim();
    // A node that sets the Lustre quotas needs every registry user's and group's ids.
    const registryFile = WorkspaceUserData.registryFile(o.registry, o.lustre?.quotas ? undefined : users);
    if (o.lustre?.quotas) ClusterNode.checkQuotas(o.registry, o.lustre.quotas, where);
    // One /scratch folder per account, with the registry's numbers (never a name lookup).
    const scratchOwners = users.map((n) => {
      const u = o.registry.user(n);
      return `${u.name}:${u.uid}:${u.gid}`;
    }).join(' ');
    const lines = [
      '#!/bin/bash',
      `# Research cluster node provisioning (cdk-research-workspaces), node group ${o.nodeGroup}.`,
      '# Accounts from the lab registry with its uids and gids (rws-sync-users), the lab\'s',
      '# shared homes, the Lustre scratch. RWS_MOUNT_CMD replaces mount (tests).',
      'set -Eeuo pipefail',
      'umask 022',
      'export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      `log=${CLUSTER_NODE_LOG}`,
      'install -d -m 0755 /var/log/research-workspace /etc/research-workspace',
      'install -d -m 0700 /var/lib/research-workspace',
      'exec >>"$log" 2>&1',
      'say() { printf \'%s rws-cluster-node: %s\\n\' "$(date -u +%FT%TZ)" "$*"; }',
      'fail() { say "error: $*"; printf \'failed\\nreason=%s\\n\' "$*" >/var/lib/research-workspace/status; exit 1; }',
      'trap \'fail "line $LINENO: $BASH_COMMAND"\' ERR',
      'check() { [[ $1 =~ $2 ]] || fail "unexpected deploy-time value \\"$1\\""; }',
      'mnt() { if [ -n "${RWS_MOUNT_CMD:-}" ]; then "$RWS_MOUNT_CMD" "$@"; else mount "$@"; fi; }',
      'have() { [ -n "${RWS_MOUNT_CMD:-}" ] || command -v "$1" >/dev/null 2>&1; }',
      'pkg() { if command -v dnf >/dev/null; then dnf -q -y install "$@"; elif command -v yum >/dev/null; then yum -q -y install "$@"; else apt-get -q -y install "$@"; fi; }',
      'fstab() { touch /etc/fstab; awk -v mp="$2" \'$2 != mp\' /etc/fstab >/etc/fstab.rws-new; printf \'%s %s %s %s 0 0\\n\' "$1" "$2" "$3" "$4" >>/etc/fstab.rws-new; mv -f /etc/fstab.rws-new /etc/fstab; }',
      `say "node group ${o.nodeGroup}: provisioning"`,
    ];
    if (o.tools || (fetch && o.registrySource?.parameterNames?.length)) lines.push(...SSM_VALUES);
    if (o.efs) {
      lines.push(
        `efs_id='${o.efs.fileSystemId}'`,
        `region='${o.efs.region}'`,
        'check "$efs_id" \'^fs-[0-9a-f]{8,40}$\'',
        'check "$region" \'^[a-z]{2}(-[a-z]+)+-[0-9]$\'',
        'have mount.efs || pkg amazon-efs-utils || fail "amazon-efs-utils (mount.efs) is missing and cannot be installed. Fix: use a node image with amazon-efs-utils"',
        `install -d -m 0755 ${efsMount}`,
        `opts=_netdev,nofail,tls${o.efs.iam ?? true ? ',iam' : ''}`,
        `fstab "$efs_id:/" ${efsMount} efs "$opts"`,
        `mountpoint -q ${efsMount} || mnt -t efs -o "$opts,region=$region" "$efs_id:/" ${efsMount}`,
        `install -d -m 0755 ${homeBase}`,
        `say "mounted $efs_id at ${efsMount}"`,
      );
    }
    if (o.lustre) {
      lines.push(
        `lustre_dns='${o.lustre.dnsName}'`,
        `lustre_name='${o.lustre.mountName}'`,
        'check "$lustre_dns" \'^fs-[0-9a-f]{8,40}\\.fsx\\.[a-z0-9.-]+$\'',
        'check "$lustre_name" \'^[a-z0-9]{1,16}$\'',
        'have mount.lustre || pkg lustre-client || fail "the Lustre client (mount.lustre) is missing and cannot be installed. Fix: use a node image with the Lustre client (the AWS PCS sample images have it)"',
        `install -d -m 0755 ${scratch}`,
        `fstab "$lustre_dns@tcp:/$lustre_name" ${scratch} lustre _netdev,nofail,relatime,flock`,
        `mountpoint -q ${scratch} || mnt -t lustre -o relatime,flock "$lustre_dns@tcp:/$lustre_name" ${scratch}`,
        `say "mounted Lustre at ${scratch}"`,
      );
    }
    if (o.tools) {
      const pieces = WorkspaceUserData.toolParameters(o.tools.parameterPrefix).filter((t) => t.name.includes('/rws-sync-users/'));
      const code = zlib.gunzipSync(Buffer.from(pieces.map((t) => t.value).join(''), 'base64'));
      const sha = crypto.createHash('sha256').update(code).digest('hex');
      lines.push(
        `tools_region='${o.tools.region}'`,
        'check "$tools_region" \'^[a-z]{2}(-[a-z]+)+-[0-9]$\'',
        `ssm_values "$tools_region" ${pieces.map((t) => `'${t.name}'`).join(' ')} >/usr/local/sbin/rws-sync-users.b64`,
        'tr -d \'\\n\' </usr/local/sbin/rws-sync-users.b64 | base64 -d | gunzip >/usr/local/sbin/rws-sync-users.new',
        'rm -f /usr/local/sbin/rws-sync-users.b64',
        `echo '${sha}  /usr/local/sbin/rws-sync-users.new' | sha256sum -c --quiet || fail "rws-sync-users from SSM does not match its SHA-256"`,
        'mv -f /usr/local/sbin/rws-sync-users.new /usr/local/sbin/rws-sync-users',
      );
    } else {
      lines.push(
        'base64 -d >/usr/local/sbin/rws-sync-users.gz <<\'RWS_TOOL\'',
        blob(WorkspaceUserData.syncUsersScript()),
        'RWS_TOOL',
        'gunzip -f /usr/local/sbin/rws-sync-users.gz',
      );
    }
    lines.push('chmod 0755 /usr/local/sbin/rws-sync-users');
    if (fetch) {lines.push(...ClusterNode.registryFetch(o.registrySource!, WorkspaceUserData.registryFile(o.registry), where));} else {
      lines.push(
        'base64 -d >/etc/research-workspace/registry.tsv.gz <<\'RWS_REGISTRY\'',
        blob(registryFile),
        'RWS_REGISTRY',
        'gunzip -f /etc/research-workspace/registry.tsv.gz',
        'chmod 0600 /etc/research-workspace/registry.tsv',
      );
    }
    // The node's selection, as the lab's later syncs read it: none when it has every user (so a
    // user added to the registry gets an account on the running nodes too).
    const selection = everyone ? [] : ['-u', users.join(',') || '-'];
    if (fetch && selection.length) {
      // A long selection travels compressed (the registry itself is fetched).
      lines.push(
        'base64 -d <<\'RWS_ARGS\' | gunzip >/etc/research-workspace/sync-users.args',
        blob(`${['-H', homeBase, ...selection].join('\n')}\n`),
        'RWS_ARGS',
      );
    } else {lines.push(`printf '%s\\n' ${['-H', homeBase, ...selection].join(' ')} >/etc/research-workspace/sync-users.args`);}
    lines.push(
      users.length
        ? 'mapfile -t sync_args </etc/research-workspace/sync-users.args && /usr/local/sbin/rws-sync-users "${sync_args[@]}" /etc/research-workspace/registry.tsv'
        : 'say "no research users on this node"',
    );
    if (o.lustre && users.length && fetch) {
      // The registry's numbers from the verified file (the user-data has no room for them).
      lines.push(
        'sel=",$(awk \'p { print; exit } $0 == "-u" { p = 1 }\' /etc/research-workspace/sync-users.args),"',
        'awk -F \'\\t\' -v sel="$sel" \'$1 == "U" && (sel == ",," || index(sel, "," $2 ",")) { print $2 ":" $3 ":" $5 }\' /etc/research-workspace/registry.tsv |',
        '  while IFS=: read -r n u g; do',
        '    [[ $n =~ ^[a-z_][a-z0-9_-]*$ && $u =~ ^[0-9]+$ && $g =~ ^[0-9]+$ ]] || fail "bad registry record for $n"',
        `    d=${scratch}/$n`,
        '    [ -d "$d" ] || install -d -m 0700 -o "$u" -g "$g" "$d"',
        '  done',
      );
    } else if (o.lustre && users.length) {
      lines.push(
        '# shellcheck disable=SC2043 # one user: one pass',
        `for e in ${scratchOwners}; do`,
        '  IFS=: read -r n u g <<<"$e"',
        `  d=${scratch}/$n`,
        '  [ -d "$d" ] || install -d -m 0700 -o "$u" -g "$g" "$d"',
        'done',
      );
    }
    if (o.lustre?.quotas) lines.push(...ClusterNode.quotaLines(o.lustre.quotas, scratch));
    lines.push(
      'echo ok >/var/lib/research-workspace/status',
      `say "node group ${o.nodeGroup}: provisioned ${users.length} research accounts"`,
      '',
    );
    return lines.join('\n');
  }

  /** Names in the registry, whole GiB: the same rules as the file systems' quotas. */
  private static checkQuotas(registry: UserRegistry, q: LustreQuotas, where: string): void {
    const users = new Set(registry.users.map((u) => u.name));
    const groups = new Set(registry.groups.map((g) => g.name));
    const whole = (field: string, v: number | undefined) => {
      if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > MAX_QUOTA_GIB)) {
        fail({ code: 'invalid-quota', message: 'a quota is a whole number of GiB (0: no quota)', field, value: v, fix: 'write e.g. 100', location: { file: where } });
      }
    };
    whole('quotas.userQuotaGiB', q.userQuotaGiB);
    whole('quotas.groupQuotaGiB', q.groupQuotaGiB);
    whole('quotas.projectQuotaGiB', q.projectQuotaGiB);
    const byNames = [['userQuotasGiB', q.userQuotasGiB, users, 'user'], ['groupQuotasGiB', q.groupQuotasGiB, groups, 'group'], ['projectQuotasGiB', q.projectQuotasGiB, groups, 'group']] as const;
    for (const [field, byName, known, what] of byNames) {
      for (const [name, v] of Object.entries(byName ?? {})) {
        if (!known.has(name)) {
          fail({ code: 'unknown-name', message: `${what} "${name}" is not in the registry ${registry.sourceName}`, field: `quotas.${field}.${name}`, value: v, fix: 'name a registry user or group, or remove the entry', location: { file: where } });
        }
        whole(`quotas.${field}.${name}`, v);
      }
    }
    const projects = (q.projectQuotaGiB ?? 0) > 0 || Object.values(q.projectQuotasGiB ?? {}).some((v) => v > 0);
    if (projects && users.has(PROJECTS_FOLDER)) {
      fail({
        code: 'invalid-quota',
        message: `project folders live in <scratch>/${PROJECTS_FOLDER}, which is also the scratch folder of the registry user "${PROJECTS_FOLDER}"`,
        field: 'quotas.projectQuotasGiB',
        value: PROJECTS_FOLDER,
        fix: `rename the registry user "${PROJECTS_FOLDER}", or give no project quotas`,
        location: { file: where },
      });
    }
  }

  /**
   * Sets the quotas with `lfs setquota` (RWS_LFS_CMD replaces lfs: tests), idempotently: only
   * new or changed limits are set, limits set before and no longer wanted are lifted (-B 0).
   * A project quota's folder `<mount>/projects/<group>` (2770, root and the group, as on the
   * lab's EFS) gets the group's gid as its Lustre project id, inherited (`lfs project -p -s -r`),
   * when its quota is new or the folder was missing. The ids come from the registry file
   * (verified, or carried), never from a name lookup.
   */
  private static quotaLines(q: LustreQuotas, mp: string): string[] {
    const list = (m?: { [name: string]: number }) => `,${Object.entries(m ?? {}).map(([n, v]) => `${n}=${v}`).join(',')},`;
    const awk = [
      'function q(list, name, dflt,   i, s) { i = index(list, "," name "="); if (!i) return dflt; s = substr(list, i + length(name) + 2); return substr(s, 1, index(s, ",") - 1) }',
      '$1 == "U" { v = q(uo, $2, ud); if (v + 0 > 0) print "u", $3, v }',
      '$1 == "G" { v = q(go, $2, gd); if (v + 0 > 0) print "g", $3, v; v = q(po, $2, pd); if (v + 0 > 0) print "p", $3, v }',
    ].join(' ');
    const projects = `${mp}/${PROJECTS_FOLDER}`;
    return [
      // stdin closed: lfs runs inside loops that read their lists from stdin.
      'lfs_() { if [ -n "${RWS_LFS_CMD:-}" ]; then "$RWS_LFS_CMD" "$@"; else lfs "$@"; fi </dev/null; }',
      '[ -n "${RWS_LFS_CMD:-}" ] || command -v lfs >/dev/null 2>&1 || fail "lfs (the Lustre client tools) is missing: it sets the quotas. Fix: use a node image with the Lustre client"',
      `lfs_ getname ${mp} >/dev/null 2>&1 || fail "${mp} is not a mounted Lustre file system: no quota set. Fix: see the mount above in this log; the file system must admit the cluster (SharedLustre.allowFrom)"`,
      'qwant=$(mktemp)',
      `awk -F '\\t' -v ud=${q.userQuotaGiB ?? 0} -v gd=${q.groupQuotaGiB ?? 0} -v pd=${q.projectQuotaGiB ?? 0} -v uo='${list(q.userQuotasGiB)}' -v go='${list(q.groupQuotasGiB)}' -v po='${list(q.projectQuotasGiB)}' '${awk}' /etc/research-workspace/registry.tsv >"$qwant"`,
      'qstate=/var/lib/research-workspace/lustre-quotas',
      'touch "$qstate"',
      'while read -r t id gib; do',
      '  grep -q "^$t $id " "$qwant" && continue',
      `  lfs_ setquota "-$t" "$id" -B 0 ${mp} || fail "lfs setquota -$t $id -B 0 ${mp} failed"`,
      '  say "quota lifted: -$t $id"',
      'done <"$qstate"',
      'while read -r t id gib; do',
      '  [[ $t =~ ^[ugp]$ && $id =~ ^[0-9]+$ && $gib =~ ^[0-9]+$ ]] || fail "bad quota line: $t $id $gib"',
      '  if [ "$t" = p ]; then',
      '    pn=$(awk -F \'\\t\' -v id="$id" \'$1 == "G" && $3 == id { print $2; exit }\' /etc/research-workspace/registry.tsv)',
      '    [[ $pn =~ ^[a-z_][a-z0-9_-]*$ ]] || fail "no registry group of gid $id for its project folder"',
      `    d=${projects}/$pn`,
      '    if [ ! -d "$d" ] || ! grep -q "^p $id " "$qstate"; then',
      `      [ -d ${projects} ] || install -d -m 0755 -o 0 -g 0 ${projects}`,
      '      [ -d "$d" ] || install -d -m 2770 -o 0 -g "$id" "$d"',
      '      lfs_ project -p "$id" -s -r "$d" || fail "lfs project -p $id -s -r $d failed"',
      '      say "project $id set on $d"',
      '    fi',
      '  fi',
      '  grep -qx "$t $id $gib" "$qstate" && continue',
      `  lfs_ setquota "-$t" "$id" -B "\${gib}G" ${mp} || fail "lfs setquota -$t $id -B \${gib}G ${mp} failed"`,
      '  say "quota set: -$t $id ${gib} GiB"',
      'done <"$qwant"',
      'chmod 0600 "$qwant"',
      'mv -f "$qwant" "$qstate"',
    ];
  }

  /** The MIME multipart message around the provisioning script. */
  private static mime(script: string): string {
    const boundary = '==RWS-CLUSTER-NODE==';
    return [
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      'MIME-Version: 1.0',
      '',
      `--${boundary}`,
      'Content-Type: text/cloud-config; charset="us-ascii"',
      'MIME-Version: 1.0',
      'Content-Disposition: attachment; filename="rws-cluster-node.yaml"',
      '',
      '#cloud-config',
      '# Early in boot (before the SSM agent): the lab\'s registry sync, finding this folder, waits',
      `# for the provisioning below to end (${PROVISION_STATUS_FILE}) before it applies anything.`,
      'bootcmd:',
      `  - [install, -d, -m, "0700", ${PAYLOAD_MARKER_DIR}]`,
      `--${boundary}`,
      'Content-Type: text/x-shellscript; charset="us-ascii"',
      'MIME-Version: 1.0',
      'Content-Disposition: attachment; filename="rws-cluster-node.sh"',
      '',
      script,
      `--${boundary}--`,
      '',
    ].join('\n');
  }

  /**
   * Fetches the lab's whole registry (SSM pieces or the S3 object; RWS_FETCH_CMD replaces the
   * AWS CLI: `CMD URL DEST`, as in the workstations' provisioning) and checks its SHA-256.
   */
  private static registryFetch(src: ClusterNodeRegistrySource, content: string, where: string): string[] {
    const names = src.parameterNames ?? [];
    if ((names.length > 0) === (src.s3Url !== undefined)) {
      fail({ code: 'invalid-delivery', message: 'give exactly one of parameterNames and s3Url', field: 'registrySource', value: JSON.stringify(src), fix: 'pass the parameters or the S3 object of the lab\'s registry publication', location: { file: where } });
    }
    for (const n of names) {
      if (!/^(\/[A-Za-z0-9_.-]+)+$/.test(n)) fail({ code: 'invalid-delivery', message: 'not an SSM parameter name', field: 'registrySource.parameterNames', value: n, fix: 'write e.g. "/research-workspaces/lab/registry/0"', location: { file: where } });
    }
    const sha = crypto.createHash('sha256').update(content, 'utf8').digest('hex');
    const out = [
      `registry_region='${src.region}'`,
      'check "$registry_region" \'^[a-z]{2}(-[a-z]+)+-[0-9]$\'',
      'fetch() {',
      '  if [ -n "${RWS_FETCH_CMD:-}" ]; then "$RWS_FETCH_CMD" "$1" "$2"; return; fi',
      '  command -v aws >/dev/null 2>&1 || fail "the AWS CLI is missing: it fetches the lab\'s registry. Fix: use a node image with the AWS CLI v2"',
      // Without RWS_FETCH_CMD, only the S3 object comes through here: SSM pieces go to ssm_values.
      '  aws s3 cp --only-show-errors --region "$registry_region" "$1" "$2"',
      '}',
      'rtmp=$(mktemp -d)',
    ];
    if (src.s3Url !== undefined) {
      out.push(
        `registry_url='${src.s3Url}'`,
        'check "$registry_url" \'^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/[A-Za-z0-9._/-]+$\'',
        'fetch "$registry_url" "$rtmp/registry.gz" || fail "cannot fetch the registry $registry_url. Fix: the node role must read it, and an S3 endpoint must be reachable"',
      );
    } else {
      // RWS_FETCH_CMD gets each piece (ssm:NAME DEST, the workstations' form); the AWS CLI reads
      // them ten names to a call (ssm_values).
      out.push(
        'if [ -n "${RWS_FETCH_CMD:-}" ]; then',
        ...names.map((n, i) => `  fetch 'ssm:${n}' "$rtmp/${i}" || fail "cannot read SSM parameter ${n}. Fix: the node role must read it, and an SSM endpoint must be reachable"`),
        `  cat ${names.map((_, i) => `"$rtmp/${i}"`).join(' ')} >"$rtmp/registry.b64"`,
        'else',
        '  command -v aws >/dev/null 2>&1 || fail "the AWS CLI is missing: it fetches the lab\'s registry. Fix: use a node image with the AWS CLI v2"',
        `  ssm_values "$registry_region" ${names.map((n) => `'${n}'`).join(' ')} >"$rtmp/registry.b64"`,
        'fi',
        'tr -d \'\\n\' <"$rtmp/registry.b64" | base64 -d >"$rtmp/registry.gz"',
      );
    }
    out.push(
      'gzip -dc "$rtmp/registry.gz" >"$rtmp/registry.tsv" 2>/dev/null || fail "the registry fetched is not gzip data. Fix: deploy the lab stack again (the publication and the nodes are updated together)"',
      `echo '${sha}  '"$rtmp/registry.tsv" | sha256sum -c --quiet >/dev/null 2>&1 || fail "the registry fetched does not have SHA-256 ${sha}: it changed after this user-data was generated. Fix: deploy the lab stack again"`,
      'install -m 0600 "$rtmp/registry.tsv" /etc/research-workspace/registry.tsv',
      'rm -rf "$rtmp"',
      'say "registry fetched and verified (sha256 ' + sha + ')"',
    );
    return out;
  }

  private constructor() {}
}
