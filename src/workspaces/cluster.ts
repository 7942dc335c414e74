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
import { WorkspaceUserData } from './userdata';
import { UserRegistry } from './users';

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
}

/** Where a cluster node fetches the user sync script at boot (instead of carrying it). */
export interface ClusterNodeTools {
  /** Prefix of the SSM parameters of `WorkspaceUserData.toolParameters(prefix)`. */
  readonly parameterPrefix: string;
  /** Region of the parameters (may be a deploy-time placeholder). */
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
    const where = o.where ?? 'cluster';
    const users = o.users ?? o.registry.users.map((u) => u.name);
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
    const registryFile = WorkspaceUserData.registryFile(o.registry, users);
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
      'fail() { say "error: $*"; printf \'failed: %s\\n\' "$*" >/var/lib/research-workspace/status; exit 1; }',
      'trap \'fail "line $LINENO: $BASH_COMMAND"\' ERR',
      'check() { [[ $1 =~ $2 ]] || fail "unexpected deploy-time value \\"$1\\""; }',
      'mnt() { if [ -n "${RWS_MOUNT_CMD:-}" ]; then "$RWS_MOUNT_CMD" "$@"; else mount "$@"; fi; }',
      'have() { [ -n "${RWS_MOUNT_CMD:-}" ] || command -v "$1" >/dev/null 2>&1; }',
      'pkg() { if command -v dnf >/dev/null; then dnf -q -y install "$@"; elif command -v yum >/dev/null; then yum -q -y install "$@"; else apt-get -q -y install "$@"; fi; }',
      'fstab() { touch /etc/fstab; awk -v mp="$2" \'$2 != mp\' /etc/fstab >/etc/fstab.rws-new; printf \'%s %s %s %s 0 0\\n\' "$1" "$2" "$3" "$4" >>/etc/fstab.rws-new; mv -f /etc/fstab.rws-new /etc/fstab; }',
      `say "node group ${o.nodeGroup}: provisioning"`,
    ];
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
        'ssm() { if [ -n "${RWS_SSM_CMD:-}" ]; then "$RWS_SSM_CMD" "$1"; else aws ssm get-parameter --region "$tools_region" --name "$1" --query Parameter.Value --output text; fi; }',
        '{',
        ...pieces.map((t) => `  ssm '${t.name}' || fail "cannot read SSM parameter ${t.name}. Fix: the node role must read it, and the AWS CLI and an SSM endpoint must be reachable"`),
        '} | tr -d \'\\n\' | base64 -d | gunzip >/usr/local/sbin/rws-sync-users.new',
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
    lines.push(
      'chmod 0755 /usr/local/sbin/rws-sync-users',
      'base64 -d >/etc/research-workspace/registry.tsv.gz <<\'RWS_REGISTRY\'',
      blob(registryFile),
      'RWS_REGISTRY',
      'gunzip -f /etc/research-workspace/registry.tsv.gz',
      'chmod 0600 /etc/research-workspace/registry.tsv',
      `printf '%s\\n' -H ${homeBase} -u ${users.join(',') || '-'} >/etc/research-workspace/sync-users.args`,
      users.length
        ? `/usr/local/sbin/rws-sync-users -H ${homeBase} -u ${users.join(',')} /etc/research-workspace/registry.tsv`
        : 'say "no research users on this node"',
    );
    if (o.lustre && users.length) {
      lines.push(
        '# shellcheck disable=SC2043 # one user: one pass',
        `for e in ${scratchOwners}; do`,
        '  IFS=: read -r n u g <<<"$e"',
        `  d=${scratch}/$n`,
        '  [ -d "$d" ] || install -d -m 0700 -o "$u" -g "$g" "$d"',
        'done',
      );
    }
    lines.push(
      'echo ok >/var/lib/research-workspace/status',
      `say "node group ${o.nodeGroup}: provisioned ${users.length} research accounts"`,
      '',
    );
    return lines.join('\n');
  }

  /**
   * The node's user-data: a MIME multipart message (the format AWS PCS requires) with the
   * provisioning script as its one shell part. Throws when it would exceed EC2's limit.
   */
  public static userData(o: ClusterNodeOptions): string {
    const script = ClusterNode.provisioningScript(o);
    const boundary = '==RWS-CLUSTER-NODE==';
    const mime = [
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      'MIME-Version: 1.0',
      '',
      `--${boundary}`,
      'Content-Type: text/x-shellscript; charset="us-ascii"',
      'MIME-Version: 1.0',
      'Content-Disposition: attachment; filename="rws-cluster-node.sh"',
      '',
      script,
      `--${boundary}--`,
      '',
    ].join('\n');
    const bytes = Buffer.byteLength(mime, 'utf8');
    if (bytes > ClusterNode.USER_DATA_LIMIT_BYTES) {
      fail({
        code: 'user-data-too-large',
        message: `the node user-data would be ${bytes} bytes, above EC2's ${ClusterNode.USER_DATA_LIMIT_BYTES}-byte limit`,
        field: 'users',
        value: `${(o.users ?? o.registry.users).length} users`,
        fix: 'give the cluster fewer users (users of ResearchCluster; slurm.users in lab.yaml): the registry travels in the user-data, about 45 bytes a user',
        location: { file: o.where ?? 'cluster' },
      });
    }
    return mime;
  }

  private constructor() {}
}
