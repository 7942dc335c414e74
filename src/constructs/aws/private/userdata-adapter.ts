/**
 * The one place the AWS constructs meet the user-data generator (src/workspaces/userdata).
 *
 * The generator's output is gzip-compressed (EC2 allows 16 KB), so it must be complete at
 * synth time, while some values exist only at deploy time: the EFS file system id (or the FSx
 * for OpenZFS DNS name, or the Lustre names), the workspace secret's ARN and, for
 * environment-agnostic stacks, the region. The generator is
 * given well-formed placeholders; CloudFormation puts the real values into instance tags
 * (`research:file-system`, `research:service-secret`), which the launch template exposes in
 * the instance metadata; and one more MIME part of ours, `00-rws-deploy-values.sh`, reads
 * them over IMDSv2 and replaces the placeholders in the payload the cloud-config part wrote
 * (cloud-init runs user scripts in name order, so before `provision.sh`). The message is
 * gzip-compressed like the generator's own.
 *
 * The registry given to the generator is the owner's record only, without keys: the boot
 * user-data then changes only when the owner's ids, groups or shell change, never when
 * someone else is added, so a registry change never stops or replaces a workspace. The full
 * registry (and every key) is applied by the ResearchUserRegistry's State Manager
 * association, which waits for the boot provisioning to finish; the workspace's `users`
 * (when a subset of the lab) reach it as the sync selection the provisioning records in
 * /etc/research-workspace/sync-users.args.
 */
import * as zlib from 'zlib';
import { Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct, IConstruct } from 'constructs';
import { ResolvedTemplate } from '../../../workspaces/catalog';
import { EgressMode, WorkspacePolicy } from '../../../workspaces/policy';
import { WorkspaceInputError } from '../../../workspaces/private/error';
import {
  CloudWatchAgentOptions, DeveloperOptions, IdleAction, ProvisioningPhase, RegistryDelivery, SecretReference, StorageSource, WorkspacePlatform,
  WorkspaceUserData, WorkspaceUserDataOptions,
} from '../../../workspaces/userdata';
import { SIZE_CHECKED_BY_CALLER } from '../../../workspaces/userdata/private/plan';
import { ResearchGroupSpec, ResearchUserSpec, UserRegistry } from '../../../workspaces/users';
import { badProp, sha256 } from '../../private/props';

/** The registry as published: the file, its hash and the gzip. */
export interface PublishedRegistry {
  /** The registry file rws-sync-users reads. */
  readonly content: string;
  /** SHA-256 of `content`, hex. */
  readonly sha256: string;
  /** gzip of the content. */
  readonly gzip: Buffer;
  /** base64 of the gzip. */
  readonly gzipBase64: string;
  /** Number of users. */
  readonly userCount: number;
}

/** The registry file of every user and group, as the user-data's sync script reads it. */
export function publishedRegistry(registry: UserRegistry): PublishedRegistry {
  const content = WorkspaceUserData.registryFile(registry);
  // Level 9 and no timestamp: the same registry always gives the same bytes.
  const gzip = zlib.gzipSync(Buffer.from(content, 'utf8'), { level: 9 });
  return { content, sha256: sha256(content), gzip, gzipBase64: gzip.toString('base64'), userCount: registry.users.length };
}

/** Splits text into pieces of at most `size` characters. */
export function chunk(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length ? out : [''];
}

/** The standalone, idempotent user sync script (bash) of the user-data generator. */
export function syncUsersScript(): string {
  return WorkspaceUserData.syncUsersScript();
}

/**
 * More user-data parts for a workspace, keyed by the props object it is created with: how a
 * construct of this library (AirlockWorkspace) adds boot pieces to the ResearchWorkspace it
 * builds without a public prop.
 */
export const EXTRA_BOOT_PARTS = new WeakMap<object, Array<{ name: string; content: string; contentType?: string }>>();

/** Folder the generator's cloud-config part writes the provisioning payload to. */
export const PAYLOAD_DIR = '/var/lib/research-workspace/payload';
/** Written by the provisioning when it ends (ok or failed). */
export const PROVISION_STATUS = '/var/lib/research-workspace/status';
/** Where LabStack mounts the shared file system on every workspace. */
export const LAB_MOUNT_POINT = '/shared';
/** Folder of the homes below the mount point. */
export const LAB_HOME_SUBDIRECTORY = 'home';

const PH_FS = 'fs-0000000000000000000000000000feedface';
const PH_REGION = 'zz-rwsplaceholder-9';
const PH_SECRET = 'arn:aws:secretsmanager:zz-rwsplaceholder-9:000000000000:secret:rws-deploy-time-placeholder';
/** EC2's limit on the user-data (bytes before base64). */
const EC2_LIMIT = 16384;
/**
 * What the generator may use. Its parts and ours are compressed together, so the generator
 * gets the whole limit and the size that counts is checked once the message is assembled
 * (below): a fixed reserve for our part turned workspaces that fit into errors.
 */
const INNER_LIMIT = EC2_LIMIT;
/** Instance tag carrying the file system id. */
export const FILE_SYSTEM_TAG = 'research:file-system';
/** Instance tag carrying the service secret's ARN. */
export const SECRET_TAG = 'research:service-secret';
/** Instance tag with the ARN of the load balancer whose signed claims the claim check accepts. */
export const WEB_GATEWAY_TAG = 'research:web-gateway';
/** Instance tags carrying the Lustre scratch's DNS name and mount name. */
export const LUSTRE_DNS_TAG = 'research:lustre-dns';
export const LUSTRE_MOUNT_NAME_TAG = 'research:lustre-mount-name';
// Placeholders of the Lustre values: "rwszz" never occurs in a real DNS or mount name (not hex,
// no region has it), and the DNS one does not hold the mount name one (the DNS is replaced first).
const PH_LUSTRE_DNS = 'fs-00000000000000000000000000000000.fsx.rwszz-lustre';
const PH_LUSTRE_NAME = 'rwszzmnt';
/** Instance tag carrying the FSx for OpenZFS file system's DNS name (the NFS server of the lab's storage). */
export const OPENZFS_DNS_TAG = 'research:openzfs-dns';
/** Export of the OpenZFS root volume the workspaces mount. */
export const OPENZFS_EXPORT = '/fsx';
// Not a substring of the Lustre placeholder, nor it of this one.
const PH_OPENZFS_DNS = 'fs-00000000000000000000000000000000.fsx.rwszz-openzfs';
const PH_SIGNER = 'arn:aws:elasticloadbalancing:zz-rwsplaceholder-9:000000000000:loadbalancer/app/rws-placeholder/feedfacefeedface';

/** What a workspace's user-data is generated from. */
export interface WorkspaceUserDataRequest {
  readonly scope: IConstruct;
  readonly template: ResolvedTemplate;
  /** The lab's policy: its allowed privileged groups and paths (none without a policy). */
  readonly policy?: WorkspacePolicy;
  /**
   * The machine's role: when given, the user sync and the idle agent are fetched at boot from
   * SSM parameters of the workspace's stack (read access granted to this role) instead of
   * travelling in the user-data.
   */
  readonly toolsReader?: iam.IGrantable;
  readonly registry?: UserRegistry;
  readonly owner?: string;
  readonly users?: string[];
  /** EFS id (a token at synth time) when the workspace mounts the lab's file system. */
  readonly fileSystemId?: string;
  /** The lab's Lustre scratch (DNS and mount names: tokens at synth time), mounted at /scratch. */
  readonly lustre?: { readonly dnsName: string; readonly mountName: string };
  readonly iamAuthorization?: boolean;
  /** DNS name (a token at synth time) of the FSx for OpenZFS file system mounted instead of EFS. */
  readonly openZfsDnsName?: string;
  readonly hibernate: boolean;
  /** ARN of the workspace's service secret (a token). */
  readonly secretArn: string;
  /** Stack region (may be a token). */
  readonly region: string;
  readonly developer?: DeveloperOptions;
  readonly idleMinutes?: number;
  readonly idleCpuThresholdPercent?: number;
  /** Internet access of the workspace. */
  readonly egress?: EgressMode;
  /** Services published behind the web gateway (rws-gate checks the claims on 0.0.0.0). */
  readonly publishedServices?: string[];
  /** The web gateway that publishes them: its load balancer ARN (a token), issuer and claim check code. */
  readonly gateway?: { readonly signerArn: string; readonly issuer?: string; readonly codeParameterPrefix: string };
  /**
   * Shell parts run right after the deploy values, before the provisioning (e.g. the egress proxy
   * set-up); `contentType` (default `text/x-shellscript`) may make one a `text/cloud-boothook`.
   */
  readonly extraParts?: Array<{ name: string; content: string; contentType?: string }>;
  /** Part of the provisioning (BOOT on an image baked from the template). */
  readonly phase?: ProvisioningPhase;
  /** The CloudWatch agent (disk and memory metrics). */
  readonly cloudWatchAgent?: CloudWatchAgentOptions;
}

/** The user-data for EC2. */
export interface WorkspaceUserDataResult {
  /** Base64 of what EC2 receives (gzip of the MIME message). */
  readonly base64: string;
  /** The MIME message before compression. */
  readonly mime: string;
  /** Bytes EC2 receives. */
  readonly sizeBytes: number;
  /** Instance tags the values script reads (name to value, values may be tokens). */
  readonly tags: { [key: string]: string };
  /** The generator's result. */
  readonly generated: WorkspaceUserData;
  /** Every MIME part (ours first, then the generator's). */
  readonly parts: Array<{ name: string; contentType: string; content: string }>;
  /** Our MIME parts only (the deploy values and the extra parts): the generator's follow them. */
  readonly ownParts: Array<{ name: string; contentType: string; content: string }>;
  /** Home base the boot sync used, for the registry's sync document. */
  readonly homeBase: string;
}

/**
 * The owner's record only (fixed ids, groups, shell, sudo; no keys), so the boot user-data
 * does not depend on anyone else's entry.
 */
export function ownerRegistry(registry: UserRegistry, owner: string): UserRegistry {
  const u = registry.user(owner);
  const groupNames = new Set([...u.groups, ...(u.primaryGroup !== u.name ? [u.primaryGroup] : [])]);
  const groups: ResearchGroupSpec[] = registry.groups.filter((g) => groupNames.has(g.name)).map((g) => ({ name: g.name, gid: g.gid }));
  const user: ResearchUserSpec = {
    name: u.name,
    uid: u.uid,
    shell: u.shell,
    sudo: u.sudo,
    groups: u.groups,
    primaryGroup: u.primaryGroup !== u.name ? u.primaryGroup : undefined,
  };
  return UserRegistry.fromProps({
    users: [user],
    groups,
    userIdRange: registry.userIdRange,
    groupIdRange: registry.groupIdRange,
    sourceName: `${registry.sourceName} (owner ${owner})`,
  });
}

/**
 * The stack's SSM parameters that carry the provisioning tools (created once per stack, named
 * after the stack's path so two stacks never share a name), read access granted to `reader`.
 * Returns the parameter prefix.
 */
export function toolsParameters(scope: IConstruct, reader: iam.IGrantable): string {
  const stack = Stack.of(scope);
  const prefix = `/rws-tools/${sha256(stack.node.path).slice(0, 16)}`;
  const params = WorkspaceUserData.toolParameters(prefix);
  let holder = stack.node.tryFindChild('RwsProvisioningTools') as Construct | undefined;
  if (!holder) {
    holder = new Construct(stack, 'RwsProvisioningTools');
    params.forEach((t, i) => new ssm.StringParameter(holder!, `Piece${i}`, {
      parameterName: t.name,
      stringValue: t.value,
      description: 'Provisioning tool of cdk-research-workspaces (base64 of gzip; checked by SHA-256 at boot)',
    }));
  }
  iam.Grant.addToPrincipal({
    grantee: reader,
    actions: ['ssm:GetParameter', 'ssm:GetParameters'],
    // Each parameter by name (no wildcard): the role reads exactly the tools' pieces.
    resourceArns: params.map((t) => stack.formatArn({ service: 'ssm', resource: 'parameter', resourceName: t.name.slice(1) })),
  });
  return prefix;
}

/** Generates the workspace's user-data (see the module comment). */
export function workspaceUserData(r: WorkspaceUserDataRequest): WorkspaceUserDataResult {
  const regionKnown = !Token.isUnresolved(r.region);
  const region = regionKnown ? r.region : PH_REGION;
  // The owner's record at boot; without an owner nobody, but the workspace's users (a subset
  // of the lab) are still recorded as the selection of the lab's sync.
  const sub = r.registry && r.owner ? ownerRegistry(r.registry, r.owner)
    : r.registry && r.users ? UserRegistry.fromProps({ users: [], groups: [], userIdRange: r.registry.userIdRange, groupIdRange: r.registry.groupIdRange, sourceName: `${r.registry.sourceName} (no owner)` })
      : undefined;
  let generated: WorkspaceUserData;
  try {
    const options: WorkspaceUserDataOptions = {
      template: r.template,
      policy: r.policy,
      toolsParameterPrefix: r.toolsReader ? toolsParameters(r.scope, r.toolsReader) : undefined,
      registry: sub,
      owner: r.owner,
      storage: r.fileSystemId ? {
        source: StorageSource.efs({ fileSystemId: PH_FS, region, iam: r.iamAuthorization ?? true }),
        mountPoint: LAB_MOUNT_POINT,
        homesOnSharedStorage: true,
        homeSubdirectory: LAB_HOME_SUBDIRECTORY,
      } : r.openZfsDnsName ? {
        source: StorageSource.nfs({ server: Token.isUnresolved(r.openZfsDnsName) ? PH_OPENZFS_DNS : r.openZfsDnsName, exportPath: OPENZFS_EXPORT }),
        mountPoint: LAB_MOUNT_POINT,
        homesOnSharedStorage: true,
        homeSubdirectory: LAB_HOME_SUBDIRECTORY,
      } : undefined,
      lustre: r.lustre ? { dnsName: PH_LUSTRE_DNS, mountName: PH_LUSTRE_NAME, mountPoint: '/scratch' } : undefined,
      idle: {
        action: r.hibernate ? IdleAction.HIBERNATE : IdleAction.STOP,
        thresholdMinutes: r.idleMinutes,
        cpuThresholdPercent: r.idleCpuThresholdPercent,
      },
      registryDelivery: RegistryDelivery.inline(),
      secrets: r.owner ? {
        jupyterToken: SecretReference.secretsManager(PH_SECRET),
        servicePassword: SecretReference.secretsManager(PH_SECRET),
      } : undefined,
      developer: r.developer,
      platform: WorkspacePlatform.AWS,
      egress: r.egress,
      publishedServices: r.publishedServices,
      // The owner's identities (email, Globus id, external id) are the ones the claim check admits.
      gateway: r.gateway && r.publishedServices?.length ? {
        signerArn: Token.isUnresolved(r.gateway.signerArn) ? PH_SIGNER : r.gateway.signerArn,
        region,
        issuer: r.gateway.issuer && !Token.isUnresolved(r.gateway.issuer) ? r.gateway.issuer : undefined,
        codeParameterPrefix: r.gateway.codeParameterPrefix,
        allowedEmails: r.registry && r.owner && r.registry.users.some((u) => u.name === r.owner)
          ? [r.registry.user(r.owner).email].filter((x): x is string => !!x) : [],
        allowedSubjects: r.registry && r.owner && r.registry.users.some((u) => u.name === r.owner)
          ? [r.registry.user(r.owner).globusId, r.registry.user(r.owner).externalId].filter((x): x is string => !!x) : [],
      } : undefined,
      // Later syncs apply the lab's whole registry: only these users get accounts here.
      syncSelection: sub ? r.users : undefined,
      maxUserDataBytes: INNER_LIMIT,
      where: r.scope.node.path,
      phase: r.phase,
      cloudWatchAgent: r.cloudWatchAgent,
    };
    // The message EC2 receives wraps the generator's parts and is checked below: the generator
    // does not compress its own message for a check of its own (one gzip per workspace, not two).
    SIZE_CHECKED_BY_CALLER.add(options);
    generated = WorkspaceUserData.generate(options);
  } catch (e) {
    if (WorkspaceInputError.isWorkspaceInputError(e)) {
      const d = e.diagnostics[0];
      badProp(r.scope, `user-data: ${d.field ?? 'template'}`, d.value, d.message.replace(`${r.scope.node.path}: `, ''), d.fix ?? 'see the template reference', d.code);
    }
    throw e;
  }

  const generatedParts = generated.parts;
  const payloadText = generatedParts.map((p) => p.content).join('\n');
  const tags: { [key: string]: string } = {};
  const subs: string[] = [];
  /** A value from instance tag `tag` (set to `value`), checked against `pattern`, in place of `placeholder`. */
  const fromTag = (tag: string, value: string, pattern: string, placeholder: string) => {
    tags[tag] = value;
    subs.push(`v=$(tag ${tag}) || exit 1`, `check "$v" '${pattern}'`, `s="$s -e s|${placeholder}|$v|g"`);
  };
  const FSX_DNS = '^fs-[0-9a-f]{8,40}\\.fsx\\.[a-z0-9.-]+$';
  if (payloadText.includes(PH_SECRET)) {
    fromTag(SECRET_TAG, r.secretArn, '^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+$', PH_SECRET);
  }
  if (payloadText.includes(PH_FS)) fromTag(FILE_SYSTEM_TAG, r.fileSystemId!, '^fs-[0-9a-f]{8,40}$', PH_FS);
  if (payloadText.includes(PH_LUSTRE_DNS)) {
    fromTag(LUSTRE_DNS_TAG, r.lustre!.dnsName, FSX_DNS, PH_LUSTRE_DNS);
    fromTag(LUSTRE_MOUNT_NAME_TAG, r.lustre!.mountName, '^[a-z0-9]{1,16}$', PH_LUSTRE_NAME);
  }
  if (payloadText.includes(PH_OPENZFS_DNS)) fromTag(OPENZFS_DNS_TAG, r.openZfsDnsName!, FSX_DNS, PH_OPENZFS_DNS);
  if (payloadText.includes(PH_SIGNER)) {
    fromTag(WEB_GATEWAY_TAG, r.gateway!.signerArn,
      '^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:[0-9]{12}:loadbalancer/app/[A-Za-z0-9-]+/[0-9a-f]+$', PH_SIGNER);
  }
  if (payloadText.includes(PH_REGION)) {
    subs.push('v=$(md placement/region) || fail "the region is not in the instance metadata"', 'check "$v" \'^[a-z]{2}(-[a-z]+)+-[0-9]$\'', `s="$s -e s|${PH_REGION}|$v|g"`);
  }
  const values = [
    '#!/bin/sh',
    '# Deploy-time values (file system id, secret ARN, region) from the instance metadata into the',
    '# provisioning payload, in place of the placeholders it was generated with.',
    'set -euf',
    `d=${PAYLOAD_DIR}`,
    '[ -d "$d" ] || exit 0',
    'fail() { echo "rws-deploy-values: $*" >&2; exit 1; }',
    't=$(curl -fsS -m 5 -X PUT -H "X-aws-ec2-metadata-token-ttl-seconds: 300" http://169.254.169.254/latest/api/token) || fail "IMDSv2 is not reachable"',
    'md() { curl -fsS -m 5 -H "X-aws-ec2-metadata-token: $t" "http://169.254.169.254/latest/meta-data/$1"; }',
    'tag() { md "tags/instance/$1" || fail "instance tag $1 is missing (the launch template must allow tags in the metadata)"; }',
    'check() { printf \'%s\' "$1" | grep -Eq "$2" || fail "unexpected value $1"; }',
    's=',
    ...subs,
    '# $s holds several sed arguments: split on purpose (globbing is off).',
    '# shellcheck disable=SC2086',
    `[ -z "$s" ] || grep -rlZF -e zz-rwsplaceholder-9 -e feedface -e rws-deploy-time-placeholder${tags[LUSTRE_DNS_TAG] ? ' -e rwszz' : ''} "$d" | xargs -0 -r sed -i $s`,
    '',
  ].join('\n');
  const ownParts = [
    { name: '00-rws-deploy-values.sh', contentType: 'text/x-shellscript', content: values },
    ...(r.extraParts ?? []).map((p) => ({ name: p.name, contentType: p.contentType ?? 'text/x-shellscript', content: p.content })),
  ];
  const parts = [...ownParts, ...generatedParts];
  const mime = multipart(parts);
  const gz = zlib.gzipSync(Buffer.from(mime, 'utf8'), { level: 9 });
  if (gz.length > EC2_LIMIT) {
    badProp(r.scope, 'template', r.template.slug, `the user-data would be ${gz.length} bytes after compression, above EC2's ${EC2_LIMIT}-byte limit`,
      'move large files or scripts of the template to files[].source (s3:// or https://), or shorten post_install and user_data', 'user-data-too-large');
  }
  return {
    base64: gz.toString('base64'),
    mime,
    sizeBytes: gz.length,
    tags,
    generated,
    parts,
    ownParts,
    homeBase: r.fileSystemId ? `${LAB_MOUNT_POINT}/${LAB_HOME_SUBDIRECTORY}` : '/home',
  };
}

/** A MIME multipart/mixed message as cloud-init reads it, with a boundary that is not in the content. */
function multipart(parts: Array<{ name: string; contentType: string; content: string }>): string {
  const all = parts.map((p) => p.content).join('\n');
  let boundary = '';
  for (let i = 0; !boundary || all.includes(boundary); i++) boundary = `==RWS-OUTER-${sha256(`${i}:${all}`).slice(0, 20)}==`;
  const out = [`Content-Type: multipart/mixed; boundary="${boundary}"`, 'MIME-Version: 1.0', ''];
  for (const p of parts) {
    // eslint-disable-next-line no-control-regex
    const ascii = /^[\x00-\x7f]*$/.test(p.content);
    out.push(`--${boundary}`, `Content-Type: ${p.contentType}; charset="utf-8"`, 'MIME-Version: 1.0',
      `Content-Transfer-Encoding: ${ascii ? '7bit' : '8bit'}`, `Content-Disposition: attachment; filename="${p.name}"`, '', p.content);
  }
  out.push(`--${boundary}--`, '');
  return out.join('\n');
}
