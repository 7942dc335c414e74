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
exports.OPENZFS_EXPORT = exports.OPENZFS_DNS_TAG = exports.LUSTRE_MOUNT_NAME_TAG = exports.LUSTRE_DNS_TAG = exports.WEB_GATEWAY_TAG = exports.SECRET_TAG = exports.FILE_SYSTEM_TAG = exports.LAB_HOME_SUBDIRECTORY = exports.LAB_MOUNT_POINT = exports.PROVISION_STATUS = exports.PAYLOAD_DIR = exports.EXTRA_BOOT_PARTS = void 0;
exports.publishedRegistry = publishedRegistry;
exports.chunk = chunk;
exports.syncUsersScript = syncUsersScript;
exports.ownerRegistry = ownerRegistry;
exports.toolsParameters = toolsParameters;
exports.workspaceUserData = workspaceUserData;
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
const zlib = __importStar(require("zlib"));
const aws_cdk_lib_1 = require("aws-cdk-lib");
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const ssm = __importStar(require("aws-cdk-lib/aws-ssm"));
const constructs_1 = require("constructs");
const error_1 = require("../../../workspaces/private/error");
const userdata_1 = require("../../../workspaces/userdata");
const plan_1 = require("../../../workspaces/userdata/private/plan");
const users_1 = require("../../../workspaces/users");
const props_1 = require("../../private/props");
/** The registry file of every user and group, as the user-data's sync script reads it. */
function publishedRegistry(registry) {
    const content = userdata_1.WorkspaceUserData.registryFile(registry);
    // Level 9 and no timestamp: the same registry always gives the same bytes.
    const gzip = zlib.gzipSync(Buffer.from(content, 'utf8'), { level: 9 });
    return { content, sha256: (0, props_1.sha256)(content), gzip, gzipBase64: gzip.toString('base64'), userCount: registry.users.length };
}
/** Splits text into pieces of at most `size` characters. */
function chunk(text, size) {
    const out = [];
    for (let i = 0; i < text.length; i += size)
        out.push(text.slice(i, i + size));
    return out.length ? out : [''];
}
/** The standalone, idempotent user sync script (bash) of the user-data generator. */
function syncUsersScript() {
    return userdata_1.WorkspaceUserData.syncUsersScript();
}
/**
 * More user-data parts for a workspace, keyed by the props object it is created with: how a
 * construct of this library (AirlockWorkspace) adds boot pieces to the ResearchWorkspace it
 * builds without a public prop.
 */
exports.EXTRA_BOOT_PARTS = new WeakMap();
/** Folder the generator's cloud-config part writes the provisioning payload to. */
exports.PAYLOAD_DIR = '/var/lib/research-workspace/payload';
/** Written by the provisioning when it ends (ok or failed). */
exports.PROVISION_STATUS = '/var/lib/research-workspace/status';
/** Where LabStack mounts the shared file system on every workspace. */
exports.LAB_MOUNT_POINT = '/shared';
/** Folder of the homes below the mount point. */
exports.LAB_HOME_SUBDIRECTORY = 'home';
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
exports.FILE_SYSTEM_TAG = 'research:file-system';
/** Instance tag carrying the service secret's ARN. */
exports.SECRET_TAG = 'research:service-secret';
/** Instance tag with the ARN of the load balancer whose signed claims the claim check accepts. */
exports.WEB_GATEWAY_TAG = 'research:web-gateway';
/** Instance tags carrying the Lustre scratch's DNS name and mount name. */
exports.LUSTRE_DNS_TAG = 'research:lustre-dns';
exports.LUSTRE_MOUNT_NAME_TAG = 'research:lustre-mount-name';
// Placeholders of the Lustre values: "rwszz" never occurs in a real DNS or mount name (not hex,
// no region has it), and the DNS one does not hold the mount name one (the DNS is replaced first).
const PH_LUSTRE_DNS = 'fs-00000000000000000000000000000000.fsx.rwszz-lustre';
const PH_LUSTRE_NAME = 'rwszzmnt';
/** Instance tag carrying the FSx for OpenZFS file system's DNS name (the NFS server of the lab's storage). */
exports.OPENZFS_DNS_TAG = 'research:openzfs-dns';
/** Export of the OpenZFS root volume the workspaces mount. */
exports.OPENZFS_EXPORT = '/fsx';
// Not a substring of the Lustre placeholder, nor it of this one.
const PH_OPENZFS_DNS = 'fs-00000000000000000000000000000000.fsx.rwszz-openzfs';
const PH_SIGNER = 'arn:aws:elasticloadbalancing:zz-rwsplaceholder-9:000000000000:loadbalancer/app/rws-placeholder/feedfacefeedface';
/**
 * The owner's record only (fixed ids, groups, shell, sudo; no keys), so the boot user-data
 * does not depend on anyone else's entry.
 */
function ownerRegistry(registry, owner) {
    const u = registry.user(owner);
    const groupNames = new Set([...u.groups, ...(u.primaryGroup !== u.name ? [u.primaryGroup] : [])]);
    const groups = registry.groups.filter((g) => groupNames.has(g.name)).map((g) => ({ name: g.name, gid: g.gid }));
    const user = {
        name: u.name,
        uid: u.uid,
        shell: u.shell,
        sudo: u.sudo,
        groups: u.groups,
        primaryGroup: u.primaryGroup !== u.name ? u.primaryGroup : undefined,
    };
    return users_1.UserRegistry.fromProps({
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
function toolsParameters(scope, reader) {
    const stack = aws_cdk_lib_1.Stack.of(scope);
    const prefix = `/rws-tools/${(0, props_1.sha256)(stack.node.path).slice(0, 16)}`;
    const params = userdata_1.WorkspaceUserData.toolParameters(prefix);
    let holder = stack.node.tryFindChild('RwsProvisioningTools');
    if (!holder) {
        holder = new constructs_1.Construct(stack, 'RwsProvisioningTools');
        params.forEach((t, i) => new ssm.StringParameter(holder, `Piece${i}`, {
            parameterName: t.name,
            stringValue: t.value,
            description: 'Provisioning tool of cdk-research-workspaces (base64 of gzip; checked by SHA-256 at boot)',
        }));
    }
    iam.Grant.addToPrincipal({
        grantee: reader,
        actions: ['ssm:GetParameter'],
        // Each parameter by name (no wildcard): the role reads exactly the tools' pieces.
        resourceArns: params.map((t) => stack.formatArn({ service: 'ssm', resource: 'parameter', resourceName: t.name.slice(1) })),
    });
    return prefix;
}
/** Generates the workspace's user-data (see the module comment). */
function workspaceUserData(r) {
    const regionKnown = !aws_cdk_lib_1.Token.isUnresolved(r.region);
    const region = regionKnown ? r.region : PH_REGION;
    // The owner's record at boot; without an owner nobody, but the workspace's users (a subset
    // of the lab) are still recorded as the selection of the lab's sync.
    const sub = r.registry && r.owner ? ownerRegistry(r.registry, r.owner)
        : r.registry && r.users ? users_1.UserRegistry.fromProps({ users: [], groups: [], userIdRange: r.registry.userIdRange, groupIdRange: r.registry.groupIdRange, sourceName: `${r.registry.sourceName} (no owner)` })
            : undefined;
    let generated;
    try {
        const options = {
            template: r.template,
            policy: r.policy,
            toolsParameterPrefix: r.toolsReader ? toolsParameters(r.scope, r.toolsReader) : undefined,
            registry: sub,
            owner: r.owner,
            storage: r.fileSystemId ? {
                source: userdata_1.StorageSource.efs({ fileSystemId: PH_FS, region, iam: r.iamAuthorization ?? true }),
                mountPoint: exports.LAB_MOUNT_POINT,
                homesOnSharedStorage: true,
                homeSubdirectory: exports.LAB_HOME_SUBDIRECTORY,
            } : r.openZfsDnsName ? {
                source: userdata_1.StorageSource.nfs({ server: aws_cdk_lib_1.Token.isUnresolved(r.openZfsDnsName) ? PH_OPENZFS_DNS : r.openZfsDnsName, exportPath: exports.OPENZFS_EXPORT }),
                mountPoint: exports.LAB_MOUNT_POINT,
                homesOnSharedStorage: true,
                homeSubdirectory: exports.LAB_HOME_SUBDIRECTORY,
            } : undefined,
            lustre: r.lustre ? { dnsName: PH_LUSTRE_DNS, mountName: PH_LUSTRE_NAME, mountPoint: '/scratch' } : undefined,
            idle: {
                action: r.hibernate ? userdata_1.IdleAction.HIBERNATE : userdata_1.IdleAction.STOP,
                thresholdMinutes: r.idleMinutes,
                cpuThresholdPercent: r.idleCpuThresholdPercent,
            },
            registryDelivery: userdata_1.RegistryDelivery.inline(),
            secrets: r.owner ? {
                jupyterToken: userdata_1.SecretReference.secretsManager(PH_SECRET),
                servicePassword: userdata_1.SecretReference.secretsManager(PH_SECRET),
            } : undefined,
            developer: r.developer,
            platform: userdata_1.WorkspacePlatform.AWS,
            egress: r.egress,
            publishedServices: r.publishedServices,
            // The owner's identities (email, Globus id, external id) are the ones the claim check admits.
            gateway: r.gateway && r.publishedServices?.length ? {
                signerArn: aws_cdk_lib_1.Token.isUnresolved(r.gateway.signerArn) ? PH_SIGNER : r.gateway.signerArn,
                region,
                issuer: r.gateway.issuer && !aws_cdk_lib_1.Token.isUnresolved(r.gateway.issuer) ? r.gateway.issuer : undefined,
                codeParameterPrefix: r.gateway.codeParameterPrefix,
                allowedEmails: r.registry && r.owner && r.registry.users.some((u) => u.name === r.owner)
                    ? [r.registry.user(r.owner).email].filter((x) => !!x) : [],
                allowedSubjects: r.registry && r.owner && r.registry.users.some((u) => u.name === r.owner)
                    ? [r.registry.user(r.owner).globusId, r.registry.user(r.owner).externalId].filter((x) => !!x) : [],
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
        plan_1.SIZE_CHECKED_BY_CALLER.add(options);
        generated = userdata_1.WorkspaceUserData.generate(options);
    }
    catch (e) {
        if (error_1.WorkspaceInputError.isWorkspaceInputError(e)) {
            const d = e.diagnostics[0];
            (0, props_1.badProp)(r.scope, `user-data: ${d.field ?? 'template'}`, d.value, d.message.replace(`${r.scope.node.path}: `, ''), d.fix ?? 'see the template reference', d.code);
        }
        throw e;
    }
    const generatedParts = generated.parts;
    const payloadText = generatedParts.map((p) => p.content).join('\n');
    const tags = {};
    const subs = [];
    /** A value from instance tag `tag` (set to `value`), checked against `pattern`, in place of `placeholder`. */
    const fromTag = (tag, value, pattern, placeholder) => {
        tags[tag] = value;
        subs.push(`v=$(tag ${tag}) || exit 1`, `check "$v" '${pattern}'`, `s="$s -e s|${placeholder}|$v|g"`);
    };
    const FSX_DNS = '^fs-[0-9a-f]{8,40}\\.fsx\\.[a-z0-9.-]+$';
    if (payloadText.includes(PH_SECRET)) {
        fromTag(exports.SECRET_TAG, r.secretArn, '^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+$', PH_SECRET);
    }
    if (payloadText.includes(PH_FS))
        fromTag(exports.FILE_SYSTEM_TAG, r.fileSystemId, '^fs-[0-9a-f]{8,40}$', PH_FS);
    if (payloadText.includes(PH_LUSTRE_DNS)) {
        fromTag(exports.LUSTRE_DNS_TAG, r.lustre.dnsName, FSX_DNS, PH_LUSTRE_DNS);
        fromTag(exports.LUSTRE_MOUNT_NAME_TAG, r.lustre.mountName, '^[a-z0-9]{1,16}$', PH_LUSTRE_NAME);
    }
    if (payloadText.includes(PH_OPENZFS_DNS))
        fromTag(exports.OPENZFS_DNS_TAG, r.openZfsDnsName, FSX_DNS, PH_OPENZFS_DNS);
    if (payloadText.includes(PH_SIGNER)) {
        fromTag(exports.WEB_GATEWAY_TAG, r.gateway.signerArn, '^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:[0-9]{12}:loadbalancer/app/[A-Za-z0-9-]+/[0-9a-f]+$', PH_SIGNER);
    }
    if (payloadText.includes(PH_REGION)) {
        subs.push('v=$(md placement/region) || fail "the region is not in the instance metadata"', 'check "$v" \'^[a-z]{2}(-[a-z]+)+-[0-9]$\'', `s="$s -e s|${PH_REGION}|$v|g"`);
    }
    const values = [
        '#!/bin/sh',
        '# Deploy-time values (file system id, secret ARN, region) from the instance metadata into the',
        '# provisioning payload, in place of the placeholders it was generated with.',
        'set -euf',
        `d=${exports.PAYLOAD_DIR}`,
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
        `[ -z "$s" ] || grep -rlZF -e zz-rwsplaceholder-9 -e feedface -e rws-deploy-time-placeholder${tags[exports.LUSTRE_DNS_TAG] ? ' -e rwszz' : ''} "$d" | xargs -0 -r sed -i $s`,
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
        (0, props_1.badProp)(r.scope, 'template', r.template.slug, `the user-data would be ${gz.length} bytes after compression, above EC2's ${EC2_LIMIT}-byte limit`, 'move large files or scripts of the template to files[].source (s3:// or https://), or shorten post_install and user_data', 'user-data-too-large');
    }
    return {
        base64: gz.toString('base64'),
        mime,
        sizeBytes: gz.length,
        tags,
        generated,
        parts,
        ownParts,
        homeBase: r.fileSystemId ? `${exports.LAB_MOUNT_POINT}/${exports.LAB_HOME_SUBDIRECTORY}` : '/home',
    };
}
/** A MIME multipart/mixed message as cloud-init reads it, with a boundary that is not in the content. */
function multipart(parts) {
    const all = parts.map((p) => p.content).join('\n');
    let boundary = '';
    for (let i = 0; !boundary || all.includes(boundary); i++)
        boundary = `==RWS-OUTER-${(0, props_1.sha256)(`${i}:${all}`).slice(0, 20)}==`;
    const out = [`Content-Type: multipart/mixed; boundary="${boundary}"`, 'MIME-Version: 1.0', ''];
    for (const p of parts) {
        // eslint-disable-next-line no-control-regex
        const ascii = /^[\x00-\x7f]*$/.test(p.content);
        out.push(`--${boundary}`, `Content-Type: ${p.contentType}; charset="utf-8"`, 'MIME-Version: 1.0', `Content-Transfer-Encoding: ${ascii ? '7bit' : '8bit'}`, `Content-Disposition: attachment; filename="${p.name}"`, '', p.content);
    }
    out.push(`--${boundary}--`, '');
    return out.join('\n');
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidXNlcmRhdGEtYWRhcHRlci5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL2F3cy9wcml2YXRlL3VzZXJkYXRhLWFkYXB0ZXIudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBcURBLDhDQUtDO0FBR0Qsc0JBSUM7QUFHRCwwQ0FFQztBQXlIRCxzQ0FtQkM7QUFPRCwwQ0FvQkM7QUFHRCw4Q0EwSUM7QUExWEQ7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztHQXFCRztBQUNILDJDQUE2QjtBQUM3Qiw2Q0FBMkM7QUFDM0MseURBQTJDO0FBQzNDLHlEQUEyQztBQUMzQywyQ0FBbUQ7QUFHbkQsNkRBQXdFO0FBQ3hFLDJEQUdzQztBQUN0QyxvRUFBbUY7QUFDbkYscURBQThGO0FBQzlGLCtDQUFzRDtBQWdCdEQsMEZBQTBGO0FBQzFGLFNBQWdCLGlCQUFpQixDQUFDLFFBQXNCO0lBQ3RELE1BQU0sT0FBTyxHQUFHLDRCQUFpQixDQUFDLFlBQVksQ0FBQyxRQUFRLENBQUMsQ0FBQztJQUN6RCwyRUFBMkU7SUFDM0UsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxNQUFNLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ3ZFLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxFQUFFLElBQUEsY0FBTSxFQUFDLE9BQU8sQ0FBQyxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUMsRUFBRSxTQUFTLEVBQUUsUUFBUSxDQUFDLEtBQUssQ0FBQyxNQUFNLEVBQUUsQ0FBQztBQUMzSCxDQUFDO0FBRUQsNERBQTREO0FBQzVELFNBQWdCLEtBQUssQ0FBQyxJQUFZLEVBQUUsSUFBWTtJQUM5QyxNQUFNLEdBQUcsR0FBYSxFQUFFLENBQUM7SUFDekIsS0FBSyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxJQUFJLElBQUk7UUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDO0lBQzlFLE9BQU8sR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDO0FBQ2pDLENBQUM7QUFFRCxxRkFBcUY7QUFDckYsU0FBZ0IsZUFBZTtJQUM3QixPQUFPLDRCQUFpQixDQUFDLGVBQWUsRUFBRSxDQUFDO0FBQzdDLENBQUM7QUFFRDs7OztHQUlHO0FBQ1UsUUFBQSxnQkFBZ0IsR0FBRyxJQUFJLE9BQU8sRUFBMEUsQ0FBQztBQUV0SCxtRkFBbUY7QUFDdEUsUUFBQSxXQUFXLEdBQUcscUNBQXFDLENBQUM7QUFDakUsK0RBQStEO0FBQ2xELFFBQUEsZ0JBQWdCLEdBQUcsb0NBQW9DLENBQUM7QUFDckUsdUVBQXVFO0FBQzFELFFBQUEsZUFBZSxHQUFHLFNBQVMsQ0FBQztBQUN6QyxpREFBaUQ7QUFDcEMsUUFBQSxxQkFBcUIsR0FBRyxNQUFNLENBQUM7QUFFNUMsTUFBTSxLQUFLLEdBQUcseUNBQXlDLENBQUM7QUFDeEQsTUFBTSxTQUFTLEdBQUcscUJBQXFCLENBQUM7QUFDeEMsTUFBTSxTQUFTLEdBQUcsNEZBQTRGLENBQUM7QUFDL0csMERBQTBEO0FBQzFELE1BQU0sU0FBUyxHQUFHLEtBQUssQ0FBQztBQUN4Qjs7OztHQUlHO0FBQ0gsTUFBTSxXQUFXLEdBQUcsU0FBUyxDQUFDO0FBQzlCLGdEQUFnRDtBQUNuQyxRQUFBLGVBQWUsR0FBRyxzQkFBc0IsQ0FBQztBQUN0RCxzREFBc0Q7QUFDekMsUUFBQSxVQUFVLEdBQUcseUJBQXlCLENBQUM7QUFDcEQsa0dBQWtHO0FBQ3JGLFFBQUEsZUFBZSxHQUFHLHNCQUFzQixDQUFDO0FBQ3RELDJFQUEyRTtBQUM5RCxRQUFBLGNBQWMsR0FBRyxxQkFBcUIsQ0FBQztBQUN2QyxRQUFBLHFCQUFxQixHQUFHLDRCQUE0QixDQUFDO0FBQ2xFLGdHQUFnRztBQUNoRyxtR0FBbUc7QUFDbkcsTUFBTSxhQUFhLEdBQUcsc0RBQXNELENBQUM7QUFDN0UsTUFBTSxjQUFjLEdBQUcsVUFBVSxDQUFDO0FBQ2xDLDhHQUE4RztBQUNqRyxRQUFBLGVBQWUsR0FBRyxzQkFBc0IsQ0FBQztBQUN0RCw4REFBOEQ7QUFDakQsUUFBQSxjQUFjLEdBQUcsTUFBTSxDQUFDO0FBQ3JDLGlFQUFpRTtBQUNqRSxNQUFNLGNBQWMsR0FBRyx1REFBdUQsQ0FBQztBQUMvRSxNQUFNLFNBQVMsR0FBRyxpSEFBaUgsQ0FBQztBQXFFcEk7OztHQUdHO0FBQ0gsU0FBZ0IsYUFBYSxDQUFDLFFBQXNCLEVBQUUsS0FBYTtJQUNqRSxNQUFNLENBQUMsR0FBRyxRQUFRLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQy9CLE1BQU0sVUFBVSxHQUFHLElBQUksR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsTUFBTSxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsWUFBWSxLQUFLLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDbEcsTUFBTSxNQUFNLEdBQXdCLFFBQVEsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQ3JJLE1BQU0sSUFBSSxHQUFxQjtRQUM3QixJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7UUFDWixHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7UUFDVixLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUs7UUFDZCxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7UUFDWixNQUFNLEVBQUUsQ0FBQyxDQUFDLE1BQU07UUFDaEIsWUFBWSxFQUFFLENBQUMsQ0FBQyxZQUFZLEtBQUssQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsU0FBUztLQUNyRSxDQUFDO0lBQ0YsT0FBTyxvQkFBWSxDQUFDLFNBQVMsQ0FBQztRQUM1QixLQUFLLEVBQUUsQ0FBQyxJQUFJLENBQUM7UUFDYixNQUFNO1FBQ04sV0FBVyxFQUFFLFFBQVEsQ0FBQyxXQUFXO1FBQ2pDLFlBQVksRUFBRSxRQUFRLENBQUMsWUFBWTtRQUNuQyxVQUFVLEVBQUUsR0FBRyxRQUFRLENBQUMsVUFBVSxXQUFXLEtBQUssR0FBRztLQUN0RCxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILFNBQWdCLGVBQWUsQ0FBQyxLQUFpQixFQUFFLE1BQXNCO0lBQ3ZFLE1BQU0sS0FBSyxHQUFHLG1CQUFLLENBQUMsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQzlCLE1BQU0sTUFBTSxHQUFHLGNBQWMsSUFBQSxjQUFNLEVBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUM7SUFDcEUsTUFBTSxNQUFNLEdBQUcsNEJBQWlCLENBQUMsY0FBYyxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQ3hELElBQUksTUFBTSxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUMsWUFBWSxDQUFDLHNCQUFzQixDQUEwQixDQUFDO0lBQ3RGLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUNaLE1BQU0sR0FBRyxJQUFJLHNCQUFTLENBQUMsS0FBSyxFQUFFLHNCQUFzQixDQUFDLENBQUM7UUFDdEQsTUFBTSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQyxNQUFPLEVBQUUsUUFBUSxDQUFDLEVBQUUsRUFBRTtZQUNyRSxhQUFhLEVBQUUsQ0FBQyxDQUFDLElBQUk7WUFDckIsV0FBVyxFQUFFLENBQUMsQ0FBQyxLQUFLO1lBQ3BCLFdBQVcsRUFBRSwyRkFBMkY7U0FDekcsQ0FBQyxDQUFDLENBQUM7SUFDTixDQUFDO0lBQ0QsR0FBRyxDQUFDLEtBQUssQ0FBQyxjQUFjLENBQUM7UUFDdkIsT0FBTyxFQUFFLE1BQU07UUFDZixPQUFPLEVBQUUsQ0FBQyxrQkFBa0IsQ0FBQztRQUM3QixrRkFBa0Y7UUFDbEYsWUFBWSxFQUFFLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUMsRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLFFBQVEsRUFBRSxXQUFXLEVBQUUsWUFBWSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQztLQUMzSCxDQUFDLENBQUM7SUFDSCxPQUFPLE1BQU0sQ0FBQztBQUNoQixDQUFDO0FBRUQsb0VBQW9FO0FBQ3BFLFNBQWdCLGlCQUFpQixDQUFDLENBQTJCO0lBQzNELE1BQU0sV0FBVyxHQUFHLENBQUMsbUJBQUssQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQ2xELE1BQU0sTUFBTSxHQUFHLFdBQVcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0lBQ2xELDJGQUEyRjtJQUMzRixxRUFBcUU7SUFDckUsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxhQUFhLENBQUMsQ0FBQyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDO1FBQ3BFLENBQUMsQ0FBQyxDQUFDLENBQUMsUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLG9CQUFZLENBQUMsU0FBUyxDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsRUFBRSxFQUFFLFdBQVcsRUFBRSxDQUFDLENBQUMsUUFBUSxDQUFDLFdBQVcsRUFBRSxZQUFZLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxZQUFZLEVBQUUsVUFBVSxFQUFFLEdBQUcsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxVQUFVLGFBQWEsRUFBRSxDQUFDO1lBQ3hNLENBQUMsQ0FBQyxTQUFTLENBQUM7SUFDaEIsSUFBSSxTQUE0QixDQUFDO0lBQ2pDLElBQUksQ0FBQztRQUNILE1BQU0sT0FBTyxHQUE2QjtZQUN4QyxRQUFRLEVBQUUsQ0FBQyxDQUFDLFFBQVE7WUFDcEIsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNO1lBQ2hCLG9CQUFvQixFQUFFLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxDQUFDLGVBQWUsQ0FBQyxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUztZQUN6RixRQUFRLEVBQUUsR0FBRztZQUNiLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSztZQUNkLE9BQU8sRUFBRSxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQztnQkFDeEIsTUFBTSxFQUFFLHdCQUFhLENBQUMsR0FBRyxDQUFDLEVBQUUsWUFBWSxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsR0FBRyxFQUFFLENBQUMsQ0FBQyxnQkFBZ0IsSUFBSSxJQUFJLEVBQUUsQ0FBQztnQkFDM0YsVUFBVSxFQUFFLHVCQUFlO2dCQUMzQixvQkFBb0IsRUFBRSxJQUFJO2dCQUMxQixnQkFBZ0IsRUFBRSw2QkFBcUI7YUFDeEMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLGNBQWMsQ0FBQyxDQUFDLENBQUM7Z0JBQ3JCLE1BQU0sRUFBRSx3QkFBYSxDQUFDLEdBQUcsQ0FBQyxFQUFFLE1BQU0sRUFBRSxtQkFBSyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsY0FBYyxDQUFDLENBQUMsQ0FBQyxDQUFDLGNBQWMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLGNBQWMsRUFBRSxVQUFVLEVBQUUsc0JBQWMsRUFBRSxDQUFDO2dCQUMzSSxVQUFVLEVBQUUsdUJBQWU7Z0JBQzNCLG9CQUFvQixFQUFFLElBQUk7Z0JBQzFCLGdCQUFnQixFQUFFLDZCQUFxQjthQUN4QyxDQUFDLENBQUMsQ0FBQyxTQUFTO1lBQ2IsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLGFBQWEsRUFBRSxTQUFTLEVBQUUsY0FBYyxFQUFFLFVBQVUsRUFBRSxVQUFVLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUztZQUM1RyxJQUFJLEVBQUU7Z0JBQ0osTUFBTSxFQUFFLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLHFCQUFVLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxxQkFBVSxDQUFDLElBQUk7Z0JBQzVELGdCQUFnQixFQUFFLENBQUMsQ0FBQyxXQUFXO2dCQUMvQixtQkFBbUIsRUFBRSxDQUFDLENBQUMsdUJBQXVCO2FBQy9DO1lBQ0QsZ0JBQWdCLEVBQUUsMkJBQWdCLENBQUMsTUFBTSxFQUFFO1lBQzNDLE9BQU8sRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQztnQkFDakIsWUFBWSxFQUFFLDBCQUFlLENBQUMsY0FBYyxDQUFDLFNBQVMsQ0FBQztnQkFDdkQsZUFBZSxFQUFFLDBCQUFlLENBQUMsY0FBYyxDQUFDLFNBQVMsQ0FBQzthQUMzRCxDQUFDLENBQUMsQ0FBQyxTQUFTO1lBQ2IsU0FBUyxFQUFFLENBQUMsQ0FBQyxTQUFTO1lBQ3RCLFFBQVEsRUFBRSw0QkFBaUIsQ0FBQyxHQUFHO1lBQy9CLE1BQU0sRUFBRSxDQUFDLENBQUMsTUFBTTtZQUNoQixpQkFBaUIsRUFBRSxDQUFDLENBQUMsaUJBQWlCO1lBQ3RDLDhGQUE4RjtZQUM5RixPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU8sSUFBSSxDQUFDLENBQUMsaUJBQWlCLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQztnQkFDbEQsU0FBUyxFQUFFLG1CQUFLLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxTQUFTO2dCQUNwRixNQUFNO2dCQUNOLE1BQU0sRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLE1BQU0sSUFBSSxDQUFDLG1CQUFLLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxTQUFTO2dCQUNoRyxtQkFBbUIsRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLG1CQUFtQjtnQkFDbEQsYUFBYSxFQUFFLENBQUMsQ0FBQyxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssSUFBSSxDQUFDLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxDQUFDLEtBQUssQ0FBQztvQkFDdEYsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBZSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFO2dCQUN6RSxlQUFlLEVBQUUsQ0FBQyxDQUFDLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxJQUFJLENBQUMsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxDQUFDLENBQUMsS0FBSyxDQUFDO29CQUN4RixDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQWUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRTthQUNsSCxDQUFDLENBQUMsQ0FBQyxTQUFTO1lBQ2Isa0ZBQWtGO1lBQ2xGLGFBQWEsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLFNBQVM7WUFDeEMsZ0JBQWdCLEVBQUUsV0FBVztZQUM3QixLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSTtZQUN4QixLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUs7WUFDZCxlQUFlLEVBQUUsQ0FBQyxDQUFDLGVBQWU7U0FDbkMsQ0FBQztRQUNGLDJGQUEyRjtRQUMzRiw4RkFBOEY7UUFDOUYsNkJBQXNCLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBQ3BDLFNBQVMsR0FBRyw0QkFBaUIsQ0FBQyxRQUFRLENBQUMsT0FBTyxDQUFDLENBQUM7SUFDbEQsQ0FBQztJQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7UUFDWCxJQUFJLDJCQUFtQixDQUFDLHFCQUFxQixDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDakQsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsQ0FBQztZQUMzQixJQUFBLGVBQU8sRUFBQyxDQUFDLENBQUMsS0FBSyxFQUFFLGNBQWMsQ0FBQyxDQUFDLEtBQUssSUFBSSxVQUFVLEVBQUUsRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDLEdBQUcsSUFBSSw0QkFBNEIsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDbkssQ0FBQztRQUNELE1BQU0sQ0FBQyxDQUFDO0lBQ1YsQ0FBQztJQUVELE1BQU0sY0FBYyxHQUFHLFNBQVMsQ0FBQyxLQUFLLENBQUM7SUFDdkMsTUFBTSxXQUFXLEdBQUcsY0FBYyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNwRSxNQUFNLElBQUksR0FBOEIsRUFBRSxDQUFDO0lBQzNDLE1BQU0sSUFBSSxHQUFhLEVBQUUsQ0FBQztJQUMxQiw4R0FBOEc7SUFDOUcsTUFBTSxPQUFPLEdBQUcsQ0FBQyxHQUFXLEVBQUUsS0FBYSxFQUFFLE9BQWUsRUFBRSxXQUFtQixFQUFFLEVBQUU7UUFDbkYsSUFBSSxDQUFDLEdBQUcsQ0FBQyxHQUFHLEtBQUssQ0FBQztRQUNsQixJQUFJLENBQUMsSUFBSSxDQUFDLFdBQVcsR0FBRyxhQUFhLEVBQUUsZUFBZSxPQUFPLEdBQUcsRUFBRSxjQUFjLFdBQVcsUUFBUSxDQUFDLENBQUM7SUFDdkcsQ0FBQyxDQUFDO0lBQ0YsTUFBTSxPQUFPLEdBQUcseUNBQXlDLENBQUM7SUFDMUQsSUFBSSxXQUFXLENBQUMsUUFBUSxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUM7UUFDcEMsT0FBTyxDQUFDLGtCQUFVLEVBQUUsQ0FBQyxDQUFDLFNBQVMsRUFBRSxpRkFBaUYsRUFBRSxTQUFTLENBQUMsQ0FBQztJQUNqSSxDQUFDO0lBQ0QsSUFBSSxXQUFXLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQztRQUFFLE9BQU8sQ0FBQyx1QkFBZSxFQUFFLENBQUMsQ0FBQyxZQUFhLEVBQUUscUJBQXFCLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFDekcsSUFBSSxXQUFXLENBQUMsUUFBUSxDQUFDLGFBQWEsQ0FBQyxFQUFFLENBQUM7UUFDeEMsT0FBTyxDQUFDLHNCQUFjLEVBQUUsQ0FBQyxDQUFDLE1BQU8sQ0FBQyxPQUFPLEVBQUUsT0FBTyxFQUFFLGFBQWEsQ0FBQyxDQUFDO1FBQ25FLE9BQU8sQ0FBQyw2QkFBcUIsRUFBRSxDQUFDLENBQUMsTUFBTyxDQUFDLFNBQVMsRUFBRSxrQkFBa0IsRUFBRSxjQUFjLENBQUMsQ0FBQztJQUMxRixDQUFDO0lBQ0QsSUFBSSxXQUFXLENBQUMsUUFBUSxDQUFDLGNBQWMsQ0FBQztRQUFFLE9BQU8sQ0FBQyx1QkFBZSxFQUFFLENBQUMsQ0FBQyxjQUFlLEVBQUUsT0FBTyxFQUFFLGNBQWMsQ0FBQyxDQUFDO0lBQy9HLElBQUksV0FBVyxDQUFDLFFBQVEsQ0FBQyxTQUFTLENBQUMsRUFBRSxDQUFDO1FBQ3BDLE9BQU8sQ0FBQyx1QkFBZSxFQUFFLENBQUMsQ0FBQyxPQUFRLENBQUMsU0FBUyxFQUMzQyxxR0FBcUcsRUFBRSxTQUFTLENBQUMsQ0FBQztJQUN0SCxDQUFDO0lBQ0QsSUFBSSxXQUFXLENBQUMsUUFBUSxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUM7UUFDcEMsSUFBSSxDQUFDLElBQUksQ0FBQywrRUFBK0UsRUFBRSwyQ0FBMkMsRUFBRSxjQUFjLFNBQVMsUUFBUSxDQUFDLENBQUM7SUFDM0ssQ0FBQztJQUNELE1BQU0sTUFBTSxHQUFHO1FBQ2IsV0FBVztRQUNYLCtGQUErRjtRQUMvRiw2RUFBNkU7UUFDN0UsVUFBVTtRQUNWLEtBQUssbUJBQVcsRUFBRTtRQUNsQix1QkFBdUI7UUFDdkIsc0RBQXNEO1FBQ3RELHFKQUFxSjtRQUNySix5R0FBeUc7UUFDekcsNkhBQTZIO1FBQzdILCtFQUErRTtRQUMvRSxJQUFJO1FBQ0osR0FBRyxJQUFJO1FBQ1AsdUVBQXVFO1FBQ3ZFLDZCQUE2QjtRQUM3Qiw4RkFBOEYsSUFBSSxDQUFDLHNCQUFjLENBQUMsQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxFQUFFLCtCQUErQjtRQUNwSyxFQUFFO0tBQ0gsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDYixNQUFNLFFBQVEsR0FBRztRQUNmLEVBQUUsSUFBSSxFQUFFLHlCQUF5QixFQUFFLFdBQVcsRUFBRSxvQkFBb0IsRUFBRSxPQUFPLEVBQUUsTUFBTSxFQUFFO1FBQ3ZGLEdBQUcsQ0FBQyxDQUFDLENBQUMsVUFBVSxJQUFJLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLFdBQVcsRUFBRSxDQUFDLENBQUMsV0FBVyxJQUFJLG9CQUFvQixFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQztLQUMvSCxDQUFDO0lBQ0YsTUFBTSxLQUFLLEdBQUcsQ0FBQyxHQUFHLFFBQVEsRUFBRSxHQUFHLGNBQWMsQ0FBQyxDQUFDO0lBQy9DLE1BQU0sSUFBSSxHQUFHLFNBQVMsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUM5QixNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLE1BQU0sQ0FBQyxFQUFFLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDbEUsSUFBSSxFQUFFLENBQUMsTUFBTSxHQUFHLFNBQVMsRUFBRSxDQUFDO1FBQzFCLElBQUEsZUFBTyxFQUFDLENBQUMsQ0FBQyxLQUFLLEVBQUUsVUFBVSxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBSSxFQUFFLDBCQUEwQixFQUFFLENBQUMsTUFBTSx5Q0FBeUMsU0FBUyxhQUFhLEVBQzlJLDBIQUEwSCxFQUFFLHFCQUFxQixDQUFDLENBQUM7SUFDdkosQ0FBQztJQUNELE9BQU87UUFDTCxNQUFNLEVBQUUsRUFBRSxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUM7UUFDN0IsSUFBSTtRQUNKLFNBQVMsRUFBRSxFQUFFLENBQUMsTUFBTTtRQUNwQixJQUFJO1FBQ0osU0FBUztRQUNULEtBQUs7UUFDTCxRQUFRO1FBQ1IsUUFBUSxFQUFFLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLEdBQUcsdUJBQWUsSUFBSSw2QkFBcUIsRUFBRSxDQUFDLENBQUMsQ0FBQyxPQUFPO0tBQ25GLENBQUM7QUFDSixDQUFDO0FBRUQseUdBQXlHO0FBQ3pHLFNBQVMsU0FBUyxDQUFDLEtBQW9FO0lBQ3JGLE1BQU0sR0FBRyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDbkQsSUFBSSxRQUFRLEdBQUcsRUFBRSxDQUFDO0lBQ2xCLEtBQUssSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsUUFBUSxJQUFJLEdBQUcsQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQyxFQUFFO1FBQUUsUUFBUSxHQUFHLGVBQWUsSUFBQSxjQUFNLEVBQUMsR0FBRyxDQUFDLElBQUksR0FBRyxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUM7SUFDM0gsTUFBTSxHQUFHLEdBQUcsQ0FBQyw0Q0FBNEMsUUFBUSxHQUFHLEVBQUUsbUJBQW1CLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDL0YsS0FBSyxNQUFNLENBQUMsSUFBSSxLQUFLLEVBQUUsQ0FBQztRQUN0Qiw0Q0FBNEM7UUFDNUMsTUFBTSxLQUFLLEdBQUcsZ0JBQWdCLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQztRQUMvQyxHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssUUFBUSxFQUFFLEVBQUUsaUJBQWlCLENBQUMsQ0FBQyxXQUFXLG1CQUFtQixFQUFFLG1CQUFtQixFQUM5Riw4QkFBOEIsS0FBSyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sRUFBRSxFQUFFLDhDQUE4QyxDQUFDLENBQUMsSUFBSSxHQUFHLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQztJQUNySSxDQUFDO0lBQ0QsR0FBRyxDQUFDLElBQUksQ0FBQyxLQUFLLFFBQVEsSUFBSSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ2hDLE9BQU8sR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztBQUN4QixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgb25lIHBsYWNlIHRoZSBBV1MgY29uc3RydWN0cyBtZWV0IHRoZSB1c2VyLWRhdGEgZ2VuZXJhdG9yIChzcmMvd29ya3NwYWNlcy91c2VyZGF0YSkuXG4gKlxuICogVGhlIGdlbmVyYXRvcidzIG91dHB1dCBpcyBnemlwLWNvbXByZXNzZWQgKEVDMiBhbGxvd3MgMTYgS0IpLCBzbyBpdCBtdXN0IGJlIGNvbXBsZXRlIGF0XG4gKiBzeW50aCB0aW1lLCB3aGlsZSBzb21lIHZhbHVlcyBleGlzdCBvbmx5IGF0IGRlcGxveSB0aW1lOiB0aGUgRUZTIGZpbGUgc3lzdGVtIGlkIChvciB0aGUgRlN4XG4gKiBmb3IgT3BlblpGUyBETlMgbmFtZSwgb3IgdGhlIEx1c3RyZSBuYW1lcyksIHRoZSB3b3Jrc3BhY2Ugc2VjcmV0J3MgQVJOIGFuZCwgZm9yXG4gKiBlbnZpcm9ubWVudC1hZ25vc3RpYyBzdGFja3MsIHRoZSByZWdpb24uIFRoZSBnZW5lcmF0b3IgaXNcbiAqIGdpdmVuIHdlbGwtZm9ybWVkIHBsYWNlaG9sZGVyczsgQ2xvdWRGb3JtYXRpb24gcHV0cyB0aGUgcmVhbCB2YWx1ZXMgaW50byBpbnN0YW5jZSB0YWdzXG4gKiAoYHJlc2VhcmNoOmZpbGUtc3lzdGVtYCwgYHJlc2VhcmNoOnNlcnZpY2Utc2VjcmV0YCksIHdoaWNoIHRoZSBsYXVuY2ggdGVtcGxhdGUgZXhwb3NlcyBpblxuICogdGhlIGluc3RhbmNlIG1ldGFkYXRhOyBhbmQgb25lIG1vcmUgTUlNRSBwYXJ0IG9mIG91cnMsIGAwMC1yd3MtZGVwbG95LXZhbHVlcy5zaGAsIHJlYWRzXG4gKiB0aGVtIG92ZXIgSU1EU3YyIGFuZCByZXBsYWNlcyB0aGUgcGxhY2Vob2xkZXJzIGluIHRoZSBwYXlsb2FkIHRoZSBjbG91ZC1jb25maWcgcGFydCB3cm90ZVxuICogKGNsb3VkLWluaXQgcnVucyB1c2VyIHNjcmlwdHMgaW4gbmFtZSBvcmRlciwgc28gYmVmb3JlIGBwcm92aXNpb24uc2hgKS4gVGhlIG1lc3NhZ2UgaXNcbiAqIGd6aXAtY29tcHJlc3NlZCBsaWtlIHRoZSBnZW5lcmF0b3IncyBvd24uXG4gKlxuICogVGhlIHJlZ2lzdHJ5IGdpdmVuIHRvIHRoZSBnZW5lcmF0b3IgaXMgdGhlIG93bmVyJ3MgcmVjb3JkIG9ubHksIHdpdGhvdXQga2V5czogdGhlIGJvb3RcbiAqIHVzZXItZGF0YSB0aGVuIGNoYW5nZXMgb25seSB3aGVuIHRoZSBvd25lcidzIGlkcywgZ3JvdXBzIG9yIHNoZWxsIGNoYW5nZSwgbmV2ZXIgd2hlblxuICogc29tZW9uZSBlbHNlIGlzIGFkZGVkLCBzbyBhIHJlZ2lzdHJ5IGNoYW5nZSBuZXZlciBzdG9wcyBvciByZXBsYWNlcyBhIHdvcmtzcGFjZS4gVGhlIGZ1bGxcbiAqIHJlZ2lzdHJ5IChhbmQgZXZlcnkga2V5KSBpcyBhcHBsaWVkIGJ5IHRoZSBSZXNlYXJjaFVzZXJSZWdpc3RyeSdzIFN0YXRlIE1hbmFnZXJcbiAqIGFzc29jaWF0aW9uLCB3aGljaCB3YWl0cyBmb3IgdGhlIGJvb3QgcHJvdmlzaW9uaW5nIHRvIGZpbmlzaDsgdGhlIHdvcmtzcGFjZSdzIGB1c2Vyc2BcbiAqICh3aGVuIGEgc3Vic2V0IG9mIHRoZSBsYWIpIHJlYWNoIGl0IGFzIHRoZSBzeW5jIHNlbGVjdGlvbiB0aGUgcHJvdmlzaW9uaW5nIHJlY29yZHMgaW5cbiAqIC9ldGMvcmVzZWFyY2gtd29ya3NwYWNlL3N5bmMtdXNlcnMuYXJncy5cbiAqL1xuaW1wb3J0ICogYXMgemxpYiBmcm9tICd6bGliJztcbmltcG9ydCB7IFN0YWNrLCBUb2tlbiB9IGZyb20gJ2F3cy1jZGstbGliJztcbmltcG9ydCAqIGFzIGlhbSBmcm9tICdhd3MtY2RrLWxpYi9hd3MtaWFtJztcbmltcG9ydCAqIGFzIHNzbSBmcm9tICdhd3MtY2RrLWxpYi9hd3Mtc3NtJztcbmltcG9ydCB7IENvbnN0cnVjdCwgSUNvbnN0cnVjdCB9IGZyb20gJ2NvbnN0cnVjdHMnO1xuaW1wb3J0IHsgUmVzb2x2ZWRUZW1wbGF0ZSB9IGZyb20gJy4uLy4uLy4uL3dvcmtzcGFjZXMvY2F0YWxvZyc7XG5pbXBvcnQgeyBFZ3Jlc3NNb2RlLCBXb3Jrc3BhY2VQb2xpY3kgfSBmcm9tICcuLi8uLi8uLi93b3Jrc3BhY2VzL3BvbGljeSc7XG5pbXBvcnQgeyBXb3Jrc3BhY2VJbnB1dEVycm9yIH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy9wcml2YXRlL2Vycm9yJztcbmltcG9ydCB7XG4gIENsb3VkV2F0Y2hBZ2VudE9wdGlvbnMsIERldmVsb3Blck9wdGlvbnMsIElkbGVBY3Rpb24sIFByb3Zpc2lvbmluZ1BoYXNlLCBSZWdpc3RyeURlbGl2ZXJ5LCBTZWNyZXRSZWZlcmVuY2UsIFN0b3JhZ2VTb3VyY2UsIFdvcmtzcGFjZVBsYXRmb3JtLFxuICBXb3Jrc3BhY2VVc2VyRGF0YSwgV29ya3NwYWNlVXNlckRhdGFPcHRpb25zLFxufSBmcm9tICcuLi8uLi8uLi93b3Jrc3BhY2VzL3VzZXJkYXRhJztcbmltcG9ydCB7IFNJWkVfQ0hFQ0tFRF9CWV9DQUxMRVIgfSBmcm9tICcuLi8uLi8uLi93b3Jrc3BhY2VzL3VzZXJkYXRhL3ByaXZhdGUvcGxhbic7XG5pbXBvcnQgeyBSZXNlYXJjaEdyb3VwU3BlYywgUmVzZWFyY2hVc2VyU3BlYywgVXNlclJlZ2lzdHJ5IH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy91c2Vycyc7XG5pbXBvcnQgeyBiYWRQcm9wLCBzaGEyNTYgfSBmcm9tICcuLi8uLi9wcml2YXRlL3Byb3BzJztcblxuLyoqIFRoZSByZWdpc3RyeSBhcyBwdWJsaXNoZWQ6IHRoZSBmaWxlLCBpdHMgaGFzaCBhbmQgdGhlIGd6aXAuICovXG5leHBvcnQgaW50ZXJmYWNlIFB1Ymxpc2hlZFJlZ2lzdHJ5IHtcbiAgLyoqIFRoZSByZWdpc3RyeSBmaWxlIHJ3cy1zeW5jLXVzZXJzIHJlYWRzLiAqL1xuICByZWFkb25seSBjb250ZW50OiBzdHJpbmc7XG4gIC8qKiBTSEEtMjU2IG9mIGBjb250ZW50YCwgaGV4LiAqL1xuICByZWFkb25seSBzaGEyNTY6IHN0cmluZztcbiAgLyoqIGd6aXAgb2YgdGhlIGNvbnRlbnQuICovXG4gIHJlYWRvbmx5IGd6aXA6IEJ1ZmZlcjtcbiAgLyoqIGJhc2U2NCBvZiB0aGUgZ3ppcC4gKi9cbiAgcmVhZG9ubHkgZ3ppcEJhc2U2NDogc3RyaW5nO1xuICAvKiogTnVtYmVyIG9mIHVzZXJzLiAqL1xuICByZWFkb25seSB1c2VyQ291bnQ6IG51bWJlcjtcbn1cblxuLyoqIFRoZSByZWdpc3RyeSBmaWxlIG9mIGV2ZXJ5IHVzZXIgYW5kIGdyb3VwLCBhcyB0aGUgdXNlci1kYXRhJ3Mgc3luYyBzY3JpcHQgcmVhZHMgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcHVibGlzaGVkUmVnaXN0cnkocmVnaXN0cnk6IFVzZXJSZWdpc3RyeSk6IFB1Ymxpc2hlZFJlZ2lzdHJ5IHtcbiAgY29uc3QgY29udGVudCA9IFdvcmtzcGFjZVVzZXJEYXRhLnJlZ2lzdHJ5RmlsZShyZWdpc3RyeSk7XG4gIC8vIExldmVsIDkgYW5kIG5vIHRpbWVzdGFtcDogdGhlIHNhbWUgcmVnaXN0cnkgYWx3YXlzIGdpdmVzIHRoZSBzYW1lIGJ5dGVzLlxuICBjb25zdCBnemlwID0gemxpYi5nemlwU3luYyhCdWZmZXIuZnJvbShjb250ZW50LCAndXRmOCcpLCB7IGxldmVsOiA5IH0pO1xuICByZXR1cm4geyBjb250ZW50LCBzaGEyNTY6IHNoYTI1Nihjb250ZW50KSwgZ3ppcCwgZ3ppcEJhc2U2NDogZ3ppcC50b1N0cmluZygnYmFzZTY0JyksIHVzZXJDb3VudDogcmVnaXN0cnkudXNlcnMubGVuZ3RoIH07XG59XG5cbi8qKiBTcGxpdHMgdGV4dCBpbnRvIHBpZWNlcyBvZiBhdCBtb3N0IGBzaXplYCBjaGFyYWN0ZXJzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNodW5rKHRleHQ6IHN0cmluZywgc2l6ZTogbnVtYmVyKTogc3RyaW5nW10ge1xuICBjb25zdCBvdXQ6IHN0cmluZ1tdID0gW107XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgdGV4dC5sZW5ndGg7IGkgKz0gc2l6ZSkgb3V0LnB1c2godGV4dC5zbGljZShpLCBpICsgc2l6ZSkpO1xuICByZXR1cm4gb3V0Lmxlbmd0aCA/IG91dCA6IFsnJ107XG59XG5cbi8qKiBUaGUgc3RhbmRhbG9uZSwgaWRlbXBvdGVudCB1c2VyIHN5bmMgc2NyaXB0IChiYXNoKSBvZiB0aGUgdXNlci1kYXRhIGdlbmVyYXRvci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzeW5jVXNlcnNTY3JpcHQoKTogc3RyaW5nIHtcbiAgcmV0dXJuIFdvcmtzcGFjZVVzZXJEYXRhLnN5bmNVc2Vyc1NjcmlwdCgpO1xufVxuXG4vKipcbiAqIE1vcmUgdXNlci1kYXRhIHBhcnRzIGZvciBhIHdvcmtzcGFjZSwga2V5ZWQgYnkgdGhlIHByb3BzIG9iamVjdCBpdCBpcyBjcmVhdGVkIHdpdGg6IGhvdyBhXG4gKiBjb25zdHJ1Y3Qgb2YgdGhpcyBsaWJyYXJ5IChBaXJsb2NrV29ya3NwYWNlKSBhZGRzIGJvb3QgcGllY2VzIHRvIHRoZSBSZXNlYXJjaFdvcmtzcGFjZSBpdFxuICogYnVpbGRzIHdpdGhvdXQgYSBwdWJsaWMgcHJvcC5cbiAqL1xuZXhwb3J0IGNvbnN0IEVYVFJBX0JPT1RfUEFSVFMgPSBuZXcgV2Vha01hcDxvYmplY3QsIEFycmF5PHsgbmFtZTogc3RyaW5nOyBjb250ZW50OiBzdHJpbmc7IGNvbnRlbnRUeXBlPzogc3RyaW5nIH0+PigpO1xuXG4vKiogRm9sZGVyIHRoZSBnZW5lcmF0b3IncyBjbG91ZC1jb25maWcgcGFydCB3cml0ZXMgdGhlIHByb3Zpc2lvbmluZyBwYXlsb2FkIHRvLiAqL1xuZXhwb3J0IGNvbnN0IFBBWUxPQURfRElSID0gJy92YXIvbGliL3Jlc2VhcmNoLXdvcmtzcGFjZS9wYXlsb2FkJztcbi8qKiBXcml0dGVuIGJ5IHRoZSBwcm92aXNpb25pbmcgd2hlbiBpdCBlbmRzIChvayBvciBmYWlsZWQpLiAqL1xuZXhwb3J0IGNvbnN0IFBST1ZJU0lPTl9TVEFUVVMgPSAnL3Zhci9saWIvcmVzZWFyY2gtd29ya3NwYWNlL3N0YXR1cyc7XG4vKiogV2hlcmUgTGFiU3RhY2sgbW91bnRzIHRoZSBzaGFyZWQgZmlsZSBzeXN0ZW0gb24gZXZlcnkgd29ya3NwYWNlLiAqL1xuZXhwb3J0IGNvbnN0IExBQl9NT1VOVF9QT0lOVCA9ICcvc2hhcmVkJztcbi8qKiBGb2xkZXIgb2YgdGhlIGhvbWVzIGJlbG93IHRoZSBtb3VudCBwb2ludC4gKi9cbmV4cG9ydCBjb25zdCBMQUJfSE9NRV9TVUJESVJFQ1RPUlkgPSAnaG9tZSc7XG5cbmNvbnN0IFBIX0ZTID0gJ2ZzLTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDBmZWVkZmFjZSc7XG5jb25zdCBQSF9SRUdJT04gPSAnenotcndzcGxhY2Vob2xkZXItOSc7XG5jb25zdCBQSF9TRUNSRVQgPSAnYXJuOmF3czpzZWNyZXRzbWFuYWdlcjp6ei1yd3NwbGFjZWhvbGRlci05OjAwMDAwMDAwMDAwMDpzZWNyZXQ6cndzLWRlcGxveS10aW1lLXBsYWNlaG9sZGVyJztcbi8qKiBFQzIncyBsaW1pdCBvbiB0aGUgdXNlci1kYXRhIChieXRlcyBiZWZvcmUgYmFzZTY0KS4gKi9cbmNvbnN0IEVDMl9MSU1JVCA9IDE2Mzg0O1xuLyoqXG4gKiBXaGF0IHRoZSBnZW5lcmF0b3IgbWF5IHVzZS4gSXRzIHBhcnRzIGFuZCBvdXJzIGFyZSBjb21wcmVzc2VkIHRvZ2V0aGVyLCBzbyB0aGUgZ2VuZXJhdG9yXG4gKiBnZXRzIHRoZSB3aG9sZSBsaW1pdCBhbmQgdGhlIHNpemUgdGhhdCBjb3VudHMgaXMgY2hlY2tlZCBvbmNlIHRoZSBtZXNzYWdlIGlzIGFzc2VtYmxlZFxuICogKGJlbG93KTogYSBmaXhlZCByZXNlcnZlIGZvciBvdXIgcGFydCB0dXJuZWQgd29ya3NwYWNlcyB0aGF0IGZpdCBpbnRvIGVycm9ycy5cbiAqL1xuY29uc3QgSU5ORVJfTElNSVQgPSBFQzJfTElNSVQ7XG4vKiogSW5zdGFuY2UgdGFnIGNhcnJ5aW5nIHRoZSBmaWxlIHN5c3RlbSBpZC4gKi9cbmV4cG9ydCBjb25zdCBGSUxFX1NZU1RFTV9UQUcgPSAncmVzZWFyY2g6ZmlsZS1zeXN0ZW0nO1xuLyoqIEluc3RhbmNlIHRhZyBjYXJyeWluZyB0aGUgc2VydmljZSBzZWNyZXQncyBBUk4uICovXG5leHBvcnQgY29uc3QgU0VDUkVUX1RBRyA9ICdyZXNlYXJjaDpzZXJ2aWNlLXNlY3JldCc7XG4vKiogSW5zdGFuY2UgdGFnIHdpdGggdGhlIEFSTiBvZiB0aGUgbG9hZCBiYWxhbmNlciB3aG9zZSBzaWduZWQgY2xhaW1zIHRoZSBjbGFpbSBjaGVjayBhY2NlcHRzLiAqL1xuZXhwb3J0IGNvbnN0IFdFQl9HQVRFV0FZX1RBRyA9ICdyZXNlYXJjaDp3ZWItZ2F0ZXdheSc7XG4vKiogSW5zdGFuY2UgdGFncyBjYXJyeWluZyB0aGUgTHVzdHJlIHNjcmF0Y2gncyBETlMgbmFtZSBhbmQgbW91bnQgbmFtZS4gKi9cbmV4cG9ydCBjb25zdCBMVVNUUkVfRE5TX1RBRyA9ICdyZXNlYXJjaDpsdXN0cmUtZG5zJztcbmV4cG9ydCBjb25zdCBMVVNUUkVfTU9VTlRfTkFNRV9UQUcgPSAncmVzZWFyY2g6bHVzdHJlLW1vdW50LW5hbWUnO1xuLy8gUGxhY2Vob2xkZXJzIG9mIHRoZSBMdXN0cmUgdmFsdWVzOiBcInJ3c3p6XCIgbmV2ZXIgb2NjdXJzIGluIGEgcmVhbCBETlMgb3IgbW91bnQgbmFtZSAobm90IGhleCxcbi8vIG5vIHJlZ2lvbiBoYXMgaXQpLCBhbmQgdGhlIEROUyBvbmUgZG9lcyBub3QgaG9sZCB0aGUgbW91bnQgbmFtZSBvbmUgKHRoZSBETlMgaXMgcmVwbGFjZWQgZmlyc3QpLlxuY29uc3QgUEhfTFVTVFJFX0ROUyA9ICdmcy0wMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMC5mc3gucndzenotbHVzdHJlJztcbmNvbnN0IFBIX0xVU1RSRV9OQU1FID0gJ3J3c3p6bW50Jztcbi8qKiBJbnN0YW5jZSB0YWcgY2FycnlpbmcgdGhlIEZTeCBmb3IgT3BlblpGUyBmaWxlIHN5c3RlbSdzIEROUyBuYW1lICh0aGUgTkZTIHNlcnZlciBvZiB0aGUgbGFiJ3Mgc3RvcmFnZSkuICovXG5leHBvcnQgY29uc3QgT1BFTlpGU19ETlNfVEFHID0gJ3Jlc2VhcmNoOm9wZW56ZnMtZG5zJztcbi8qKiBFeHBvcnQgb2YgdGhlIE9wZW5aRlMgcm9vdCB2b2x1bWUgdGhlIHdvcmtzcGFjZXMgbW91bnQuICovXG5leHBvcnQgY29uc3QgT1BFTlpGU19FWFBPUlQgPSAnL2ZzeCc7XG4vLyBOb3QgYSBzdWJzdHJpbmcgb2YgdGhlIEx1c3RyZSBwbGFjZWhvbGRlciwgbm9yIGl0IG9mIHRoaXMgb25lLlxuY29uc3QgUEhfT1BFTlpGU19ETlMgPSAnZnMtMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAuZnN4LnJ3c3p6LW9wZW56ZnMnO1xuY29uc3QgUEhfU0lHTkVSID0gJ2Fybjphd3M6ZWxhc3RpY2xvYWRiYWxhbmNpbmc6enotcndzcGxhY2Vob2xkZXItOTowMDAwMDAwMDAwMDA6bG9hZGJhbGFuY2VyL2FwcC9yd3MtcGxhY2Vob2xkZXIvZmVlZGZhY2VmZWVkZmFjZSc7XG5cbi8qKiBXaGF0IGEgd29ya3NwYWNlJ3MgdXNlci1kYXRhIGlzIGdlbmVyYXRlZCBmcm9tLiAqL1xuZXhwb3J0IGludGVyZmFjZSBXb3Jrc3BhY2VVc2VyRGF0YVJlcXVlc3Qge1xuICByZWFkb25seSBzY29wZTogSUNvbnN0cnVjdDtcbiAgcmVhZG9ubHkgdGVtcGxhdGU6IFJlc29sdmVkVGVtcGxhdGU7XG4gIC8qKiBUaGUgbGFiJ3MgcG9saWN5OiBpdHMgYWxsb3dlZCBwcml2aWxlZ2VkIGdyb3VwcyBhbmQgcGF0aHMgKG5vbmUgd2l0aG91dCBhIHBvbGljeSkuICovXG4gIHJlYWRvbmx5IHBvbGljeT86IFdvcmtzcGFjZVBvbGljeTtcbiAgLyoqXG4gICAqIFRoZSBtYWNoaW5lJ3Mgcm9sZTogd2hlbiBnaXZlbiwgdGhlIHVzZXIgc3luYyBhbmQgdGhlIGlkbGUgYWdlbnQgYXJlIGZldGNoZWQgYXQgYm9vdCBmcm9tXG4gICAqIFNTTSBwYXJhbWV0ZXJzIG9mIHRoZSB3b3Jrc3BhY2UncyBzdGFjayAocmVhZCBhY2Nlc3MgZ3JhbnRlZCB0byB0aGlzIHJvbGUpIGluc3RlYWQgb2ZcbiAgICogdHJhdmVsbGluZyBpbiB0aGUgdXNlci1kYXRhLlxuICAgKi9cbiAgcmVhZG9ubHkgdG9vbHNSZWFkZXI/OiBpYW0uSUdyYW50YWJsZTtcbiAgcmVhZG9ubHkgcmVnaXN0cnk/OiBVc2VyUmVnaXN0cnk7XG4gIHJlYWRvbmx5IG93bmVyPzogc3RyaW5nO1xuICByZWFkb25seSB1c2Vycz86IHN0cmluZ1tdO1xuICAvKiogRUZTIGlkIChhIHRva2VuIGF0IHN5bnRoIHRpbWUpIHdoZW4gdGhlIHdvcmtzcGFjZSBtb3VudHMgdGhlIGxhYidzIGZpbGUgc3lzdGVtLiAqL1xuICByZWFkb25seSBmaWxlU3lzdGVtSWQ/OiBzdHJpbmc7XG4gIC8qKiBUaGUgbGFiJ3MgTHVzdHJlIHNjcmF0Y2ggKEROUyBhbmQgbW91bnQgbmFtZXM6IHRva2VucyBhdCBzeW50aCB0aW1lKSwgbW91bnRlZCBhdCAvc2NyYXRjaC4gKi9cbiAgcmVhZG9ubHkgbHVzdHJlPzogeyByZWFkb25seSBkbnNOYW1lOiBzdHJpbmc7IHJlYWRvbmx5IG1vdW50TmFtZTogc3RyaW5nIH07XG4gIHJlYWRvbmx5IGlhbUF1dGhvcml6YXRpb24/OiBib29sZWFuO1xuICAvKiogRE5TIG5hbWUgKGEgdG9rZW4gYXQgc3ludGggdGltZSkgb2YgdGhlIEZTeCBmb3IgT3BlblpGUyBmaWxlIHN5c3RlbSBtb3VudGVkIGluc3RlYWQgb2YgRUZTLiAqL1xuICByZWFkb25seSBvcGVuWmZzRG5zTmFtZT86IHN0cmluZztcbiAgcmVhZG9ubHkgaGliZXJuYXRlOiBib29sZWFuO1xuICAvKiogQVJOIG9mIHRoZSB3b3Jrc3BhY2UncyBzZXJ2aWNlIHNlY3JldCAoYSB0b2tlbikuICovXG4gIHJlYWRvbmx5IHNlY3JldEFybjogc3RyaW5nO1xuICAvKiogU3RhY2sgcmVnaW9uIChtYXkgYmUgYSB0b2tlbikuICovXG4gIHJlYWRvbmx5IHJlZ2lvbjogc3RyaW5nO1xuICByZWFkb25seSBkZXZlbG9wZXI/OiBEZXZlbG9wZXJPcHRpb25zO1xuICByZWFkb25seSBpZGxlTWludXRlcz86IG51bWJlcjtcbiAgcmVhZG9ubHkgaWRsZUNwdVRocmVzaG9sZFBlcmNlbnQ/OiBudW1iZXI7XG4gIC8qKiBJbnRlcm5ldCBhY2Nlc3Mgb2YgdGhlIHdvcmtzcGFjZS4gKi9cbiAgcmVhZG9ubHkgZWdyZXNzPzogRWdyZXNzTW9kZTtcbiAgLyoqIFNlcnZpY2VzIHB1Ymxpc2hlZCBiZWhpbmQgdGhlIHdlYiBnYXRld2F5IChyd3MtZ2F0ZSBjaGVja3MgdGhlIGNsYWltcyBvbiAwLjAuMC4wKS4gKi9cbiAgcmVhZG9ubHkgcHVibGlzaGVkU2VydmljZXM/OiBzdHJpbmdbXTtcbiAgLyoqIFRoZSB3ZWIgZ2F0ZXdheSB0aGF0IHB1Ymxpc2hlcyB0aGVtOiBpdHMgbG9hZCBiYWxhbmNlciBBUk4gKGEgdG9rZW4pLCBpc3N1ZXIgYW5kIGNsYWltIGNoZWNrIGNvZGUuICovXG4gIHJlYWRvbmx5IGdhdGV3YXk/OiB7IHJlYWRvbmx5IHNpZ25lckFybjogc3RyaW5nOyByZWFkb25seSBpc3N1ZXI/OiBzdHJpbmc7IHJlYWRvbmx5IGNvZGVQYXJhbWV0ZXJQcmVmaXg6IHN0cmluZyB9O1xuICAvKipcbiAgICogU2hlbGwgcGFydHMgcnVuIHJpZ2h0IGFmdGVyIHRoZSBkZXBsb3kgdmFsdWVzLCBiZWZvcmUgdGhlIHByb3Zpc2lvbmluZyAoZS5nLiB0aGUgZWdyZXNzIHByb3h5XG4gICAqIHNldC11cCk7IGBjb250ZW50VHlwZWAgKGRlZmF1bHQgYHRleHQveC1zaGVsbHNjcmlwdGApIG1heSBtYWtlIG9uZSBhIGB0ZXh0L2Nsb3VkLWJvb3Rob29rYC5cbiAgICovXG4gIHJlYWRvbmx5IGV4dHJhUGFydHM/OiBBcnJheTx7IG5hbWU6IHN0cmluZzsgY29udGVudDogc3RyaW5nOyBjb250ZW50VHlwZT86IHN0cmluZyB9PjtcbiAgLyoqIFBhcnQgb2YgdGhlIHByb3Zpc2lvbmluZyAoQk9PVCBvbiBhbiBpbWFnZSBiYWtlZCBmcm9tIHRoZSB0ZW1wbGF0ZSkuICovXG4gIHJlYWRvbmx5IHBoYXNlPzogUHJvdmlzaW9uaW5nUGhhc2U7XG4gIC8qKiBUaGUgQ2xvdWRXYXRjaCBhZ2VudCAoZGlzayBhbmQgbWVtb3J5IG1ldHJpY3MpLiAqL1xuICByZWFkb25seSBjbG91ZFdhdGNoQWdlbnQ/OiBDbG91ZFdhdGNoQWdlbnRPcHRpb25zO1xufVxuXG4vKiogVGhlIHVzZXItZGF0YSBmb3IgRUMyLiAqL1xuZXhwb3J0IGludGVyZmFjZSBXb3Jrc3BhY2VVc2VyRGF0YVJlc3VsdCB7XG4gIC8qKiBCYXNlNjQgb2Ygd2hhdCBFQzIgcmVjZWl2ZXMgKGd6aXAgb2YgdGhlIE1JTUUgbWVzc2FnZSkuICovXG4gIHJlYWRvbmx5IGJhc2U2NDogc3RyaW5nO1xuICAvKiogVGhlIE1JTUUgbWVzc2FnZSBiZWZvcmUgY29tcHJlc3Npb24uICovXG4gIHJlYWRvbmx5IG1pbWU6IHN0cmluZztcbiAgLyoqIEJ5dGVzIEVDMiByZWNlaXZlcy4gKi9cbiAgcmVhZG9ubHkgc2l6ZUJ5dGVzOiBudW1iZXI7XG4gIC8qKiBJbnN0YW5jZSB0YWdzIHRoZSB2YWx1ZXMgc2NyaXB0IHJlYWRzIChuYW1lIHRvIHZhbHVlLCB2YWx1ZXMgbWF5IGJlIHRva2VucykuICovXG4gIHJlYWRvbmx5IHRhZ3M6IHsgW2tleTogc3RyaW5nXTogc3RyaW5nIH07XG4gIC8qKiBUaGUgZ2VuZXJhdG9yJ3MgcmVzdWx0LiAqL1xuICByZWFkb25seSBnZW5lcmF0ZWQ6IFdvcmtzcGFjZVVzZXJEYXRhO1xuICAvKiogRXZlcnkgTUlNRSBwYXJ0IChvdXJzIGZpcnN0LCB0aGVuIHRoZSBnZW5lcmF0b3IncykuICovXG4gIHJlYWRvbmx5IHBhcnRzOiBBcnJheTx7IG5hbWU6IHN0cmluZzsgY29udGVudFR5cGU6IHN0cmluZzsgY29udGVudDogc3RyaW5nIH0+O1xuICAvKiogT3VyIE1JTUUgcGFydHMgb25seSAodGhlIGRlcGxveSB2YWx1ZXMgYW5kIHRoZSBleHRyYSBwYXJ0cyk6IHRoZSBnZW5lcmF0b3IncyBmb2xsb3cgdGhlbS4gKi9cbiAgcmVhZG9ubHkgb3duUGFydHM6IEFycmF5PHsgbmFtZTogc3RyaW5nOyBjb250ZW50VHlwZTogc3RyaW5nOyBjb250ZW50OiBzdHJpbmcgfT47XG4gIC8qKiBIb21lIGJhc2UgdGhlIGJvb3Qgc3luYyB1c2VkLCBmb3IgdGhlIHJlZ2lzdHJ5J3Mgc3luYyBkb2N1bWVudC4gKi9cbiAgcmVhZG9ubHkgaG9tZUJhc2U6IHN0cmluZztcbn1cblxuLyoqXG4gKiBUaGUgb3duZXIncyByZWNvcmQgb25seSAoZml4ZWQgaWRzLCBncm91cHMsIHNoZWxsLCBzdWRvOyBubyBrZXlzKSwgc28gdGhlIGJvb3QgdXNlci1kYXRhXG4gKiBkb2VzIG5vdCBkZXBlbmQgb24gYW55b25lIGVsc2UncyBlbnRyeS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG93bmVyUmVnaXN0cnkocmVnaXN0cnk6IFVzZXJSZWdpc3RyeSwgb3duZXI6IHN0cmluZyk6IFVzZXJSZWdpc3RyeSB7XG4gIGNvbnN0IHUgPSByZWdpc3RyeS51c2VyKG93bmVyKTtcbiAgY29uc3QgZ3JvdXBOYW1lcyA9IG5ldyBTZXQoWy4uLnUuZ3JvdXBzLCAuLi4odS5wcmltYXJ5R3JvdXAgIT09IHUubmFtZSA/IFt1LnByaW1hcnlHcm91cF0gOiBbXSldKTtcbiAgY29uc3QgZ3JvdXBzOiBSZXNlYXJjaEdyb3VwU3BlY1tdID0gcmVnaXN0cnkuZ3JvdXBzLmZpbHRlcigoZykgPT4gZ3JvdXBOYW1lcy5oYXMoZy5uYW1lKSkubWFwKChnKSA9PiAoeyBuYW1lOiBnLm5hbWUsIGdpZDogZy5naWQgfSkpO1xuICBjb25zdCB1c2VyOiBSZXNlYXJjaFVzZXJTcGVjID0ge1xuICAgIG5hbWU6IHUubmFtZSxcbiAgICB1aWQ6IHUudWlkLFxuICAgIHNoZWxsOiB1LnNoZWxsLFxuICAgIHN1ZG86IHUuc3VkbyxcbiAgICBncm91cHM6IHUuZ3JvdXBzLFxuICAgIHByaW1hcnlHcm91cDogdS5wcmltYXJ5R3JvdXAgIT09IHUubmFtZSA/IHUucHJpbWFyeUdyb3VwIDogdW5kZWZpbmVkLFxuICB9O1xuICByZXR1cm4gVXNlclJlZ2lzdHJ5LmZyb21Qcm9wcyh7XG4gICAgdXNlcnM6IFt1c2VyXSxcbiAgICBncm91cHMsXG4gICAgdXNlcklkUmFuZ2U6IHJlZ2lzdHJ5LnVzZXJJZFJhbmdlLFxuICAgIGdyb3VwSWRSYW5nZTogcmVnaXN0cnkuZ3JvdXBJZFJhbmdlLFxuICAgIHNvdXJjZU5hbWU6IGAke3JlZ2lzdHJ5LnNvdXJjZU5hbWV9IChvd25lciAke293bmVyfSlgLFxuICB9KTtcbn1cblxuLyoqXG4gKiBUaGUgc3RhY2sncyBTU00gcGFyYW1ldGVycyB0aGF0IGNhcnJ5IHRoZSBwcm92aXNpb25pbmcgdG9vbHMgKGNyZWF0ZWQgb25jZSBwZXIgc3RhY2ssIG5hbWVkXG4gKiBhZnRlciB0aGUgc3RhY2sncyBwYXRoIHNvIHR3byBzdGFja3MgbmV2ZXIgc2hhcmUgYSBuYW1lKSwgcmVhZCBhY2Nlc3MgZ3JhbnRlZCB0byBgcmVhZGVyYC5cbiAqIFJldHVybnMgdGhlIHBhcmFtZXRlciBwcmVmaXguXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b29sc1BhcmFtZXRlcnMoc2NvcGU6IElDb25zdHJ1Y3QsIHJlYWRlcjogaWFtLklHcmFudGFibGUpOiBzdHJpbmcge1xuICBjb25zdCBzdGFjayA9IFN0YWNrLm9mKHNjb3BlKTtcbiAgY29uc3QgcHJlZml4ID0gYC9yd3MtdG9vbHMvJHtzaGEyNTYoc3RhY2subm9kZS5wYXRoKS5zbGljZSgwLCAxNil9YDtcbiAgY29uc3QgcGFyYW1zID0gV29ya3NwYWNlVXNlckRhdGEudG9vbFBhcmFtZXRlcnMocHJlZml4KTtcbiAgbGV0IGhvbGRlciA9IHN0YWNrLm5vZGUudHJ5RmluZENoaWxkKCdSd3NQcm92aXNpb25pbmdUb29scycpIGFzIENvbnN0cnVjdCB8IHVuZGVmaW5lZDtcbiAgaWYgKCFob2xkZXIpIHtcbiAgICBob2xkZXIgPSBuZXcgQ29uc3RydWN0KHN0YWNrLCAnUndzUHJvdmlzaW9uaW5nVG9vbHMnKTtcbiAgICBwYXJhbXMuZm9yRWFjaCgodCwgaSkgPT4gbmV3IHNzbS5TdHJpbmdQYXJhbWV0ZXIoaG9sZGVyISwgYFBpZWNlJHtpfWAsIHtcbiAgICAgIHBhcmFtZXRlck5hbWU6IHQubmFtZSxcbiAgICAgIHN0cmluZ1ZhbHVlOiB0LnZhbHVlLFxuICAgICAgZGVzY3JpcHRpb246ICdQcm92aXNpb25pbmcgdG9vbCBvZiBjZGstcmVzZWFyY2gtd29ya3NwYWNlcyAoYmFzZTY0IG9mIGd6aXA7IGNoZWNrZWQgYnkgU0hBLTI1NiBhdCBib290KScsXG4gICAgfSkpO1xuICB9XG4gIGlhbS5HcmFudC5hZGRUb1ByaW5jaXBhbCh7XG4gICAgZ3JhbnRlZTogcmVhZGVyLFxuICAgIGFjdGlvbnM6IFsnc3NtOkdldFBhcmFtZXRlciddLFxuICAgIC8vIEVhY2ggcGFyYW1ldGVyIGJ5IG5hbWUgKG5vIHdpbGRjYXJkKTogdGhlIHJvbGUgcmVhZHMgZXhhY3RseSB0aGUgdG9vbHMnIHBpZWNlcy5cbiAgICByZXNvdXJjZUFybnM6IHBhcmFtcy5tYXAoKHQpID0+IHN0YWNrLmZvcm1hdEFybih7IHNlcnZpY2U6ICdzc20nLCByZXNvdXJjZTogJ3BhcmFtZXRlcicsIHJlc291cmNlTmFtZTogdC5uYW1lLnNsaWNlKDEpIH0pKSxcbiAgfSk7XG4gIHJldHVybiBwcmVmaXg7XG59XG5cbi8qKiBHZW5lcmF0ZXMgdGhlIHdvcmtzcGFjZSdzIHVzZXItZGF0YSAoc2VlIHRoZSBtb2R1bGUgY29tbWVudCkuICovXG5leHBvcnQgZnVuY3Rpb24gd29ya3NwYWNlVXNlckRhdGEocjogV29ya3NwYWNlVXNlckRhdGFSZXF1ZXN0KTogV29ya3NwYWNlVXNlckRhdGFSZXN1bHQge1xuICBjb25zdCByZWdpb25Lbm93biA9ICFUb2tlbi5pc1VucmVzb2x2ZWQoci5yZWdpb24pO1xuICBjb25zdCByZWdpb24gPSByZWdpb25Lbm93biA/IHIucmVnaW9uIDogUEhfUkVHSU9OO1xuICAvLyBUaGUgb3duZXIncyByZWNvcmQgYXQgYm9vdDsgd2l0aG91dCBhbiBvd25lciBub2JvZHksIGJ1dCB0aGUgd29ya3NwYWNlJ3MgdXNlcnMgKGEgc3Vic2V0XG4gIC8vIG9mIHRoZSBsYWIpIGFyZSBzdGlsbCByZWNvcmRlZCBhcyB0aGUgc2VsZWN0aW9uIG9mIHRoZSBsYWIncyBzeW5jLlxuICBjb25zdCBzdWIgPSByLnJlZ2lzdHJ5ICYmIHIub3duZXIgPyBvd25lclJlZ2lzdHJ5KHIucmVnaXN0cnksIHIub3duZXIpXG4gICAgOiByLnJlZ2lzdHJ5ICYmIHIudXNlcnMgPyBVc2VyUmVnaXN0cnkuZnJvbVByb3BzKHsgdXNlcnM6IFtdLCBncm91cHM6IFtdLCB1c2VySWRSYW5nZTogci5yZWdpc3RyeS51c2VySWRSYW5nZSwgZ3JvdXBJZFJhbmdlOiByLnJlZ2lzdHJ5Lmdyb3VwSWRSYW5nZSwgc291cmNlTmFtZTogYCR7ci5yZWdpc3RyeS5zb3VyY2VOYW1lfSAobm8gb3duZXIpYCB9KVxuICAgICAgOiB1bmRlZmluZWQ7XG4gIGxldCBnZW5lcmF0ZWQ6IFdvcmtzcGFjZVVzZXJEYXRhO1xuICB0cnkge1xuICAgIGNvbnN0IG9wdGlvbnM6IFdvcmtzcGFjZVVzZXJEYXRhT3B0aW9ucyA9IHtcbiAgICAgIHRlbXBsYXRlOiByLnRlbXBsYXRlLFxuICAgICAgcG9saWN5OiByLnBvbGljeSxcbiAgICAgIHRvb2xzUGFyYW1ldGVyUHJlZml4OiByLnRvb2xzUmVhZGVyID8gdG9vbHNQYXJhbWV0ZXJzKHIuc2NvcGUsIHIudG9vbHNSZWFkZXIpIDogdW5kZWZpbmVkLFxuICAgICAgcmVnaXN0cnk6IHN1YixcbiAgICAgIG93bmVyOiByLm93bmVyLFxuICAgICAgc3RvcmFnZTogci5maWxlU3lzdGVtSWQgPyB7XG4gICAgICAgIHNvdXJjZTogU3RvcmFnZVNvdXJjZS5lZnMoeyBmaWxlU3lzdGVtSWQ6IFBIX0ZTLCByZWdpb24sIGlhbTogci5pYW1BdXRob3JpemF0aW9uID8/IHRydWUgfSksXG4gICAgICAgIG1vdW50UG9pbnQ6IExBQl9NT1VOVF9QT0lOVCxcbiAgICAgICAgaG9tZXNPblNoYXJlZFN0b3JhZ2U6IHRydWUsXG4gICAgICAgIGhvbWVTdWJkaXJlY3Rvcnk6IExBQl9IT01FX1NVQkRJUkVDVE9SWSxcbiAgICAgIH0gOiByLm9wZW5aZnNEbnNOYW1lID8ge1xuICAgICAgICBzb3VyY2U6IFN0b3JhZ2VTb3VyY2UubmZzKHsgc2VydmVyOiBUb2tlbi5pc1VucmVzb2x2ZWQoci5vcGVuWmZzRG5zTmFtZSkgPyBQSF9PUEVOWkZTX0ROUyA6IHIub3Blblpmc0Ruc05hbWUsIGV4cG9ydFBhdGg6IE9QRU5aRlNfRVhQT1JUIH0pLFxuICAgICAgICBtb3VudFBvaW50OiBMQUJfTU9VTlRfUE9JTlQsXG4gICAgICAgIGhvbWVzT25TaGFyZWRTdG9yYWdlOiB0cnVlLFxuICAgICAgICBob21lU3ViZGlyZWN0b3J5OiBMQUJfSE9NRV9TVUJESVJFQ1RPUlksXG4gICAgICB9IDogdW5kZWZpbmVkLFxuICAgICAgbHVzdHJlOiByLmx1c3RyZSA/IHsgZG5zTmFtZTogUEhfTFVTVFJFX0ROUywgbW91bnROYW1lOiBQSF9MVVNUUkVfTkFNRSwgbW91bnRQb2ludDogJy9zY3JhdGNoJyB9IDogdW5kZWZpbmVkLFxuICAgICAgaWRsZToge1xuICAgICAgICBhY3Rpb246IHIuaGliZXJuYXRlID8gSWRsZUFjdGlvbi5ISUJFUk5BVEUgOiBJZGxlQWN0aW9uLlNUT1AsXG4gICAgICAgIHRocmVzaG9sZE1pbnV0ZXM6IHIuaWRsZU1pbnV0ZXMsXG4gICAgICAgIGNwdVRocmVzaG9sZFBlcmNlbnQ6IHIuaWRsZUNwdVRocmVzaG9sZFBlcmNlbnQsXG4gICAgICB9LFxuICAgICAgcmVnaXN0cnlEZWxpdmVyeTogUmVnaXN0cnlEZWxpdmVyeS5pbmxpbmUoKSxcbiAgICAgIHNlY3JldHM6IHIub3duZXIgPyB7XG4gICAgICAgIGp1cHl0ZXJUb2tlbjogU2VjcmV0UmVmZXJlbmNlLnNlY3JldHNNYW5hZ2VyKFBIX1NFQ1JFVCksXG4gICAgICAgIHNlcnZpY2VQYXNzd29yZDogU2VjcmV0UmVmZXJlbmNlLnNlY3JldHNNYW5hZ2VyKFBIX1NFQ1JFVCksXG4gICAgICB9IDogdW5kZWZpbmVkLFxuICAgICAgZGV2ZWxvcGVyOiByLmRldmVsb3BlcixcbiAgICAgIHBsYXRmb3JtOiBXb3Jrc3BhY2VQbGF0Zm9ybS5BV1MsXG4gICAgICBlZ3Jlc3M6IHIuZWdyZXNzLFxuICAgICAgcHVibGlzaGVkU2VydmljZXM6IHIucHVibGlzaGVkU2VydmljZXMsXG4gICAgICAvLyBUaGUgb3duZXIncyBpZGVudGl0aWVzIChlbWFpbCwgR2xvYnVzIGlkLCBleHRlcm5hbCBpZCkgYXJlIHRoZSBvbmVzIHRoZSBjbGFpbSBjaGVjayBhZG1pdHMuXG4gICAgICBnYXRld2F5OiByLmdhdGV3YXkgJiYgci5wdWJsaXNoZWRTZXJ2aWNlcz8ubGVuZ3RoID8ge1xuICAgICAgICBzaWduZXJBcm46IFRva2VuLmlzVW5yZXNvbHZlZChyLmdhdGV3YXkuc2lnbmVyQXJuKSA/IFBIX1NJR05FUiA6IHIuZ2F0ZXdheS5zaWduZXJBcm4sXG4gICAgICAgIHJlZ2lvbixcbiAgICAgICAgaXNzdWVyOiByLmdhdGV3YXkuaXNzdWVyICYmICFUb2tlbi5pc1VucmVzb2x2ZWQoci5nYXRld2F5Lmlzc3VlcikgPyByLmdhdGV3YXkuaXNzdWVyIDogdW5kZWZpbmVkLFxuICAgICAgICBjb2RlUGFyYW1ldGVyUHJlZml4OiByLmdhdGV3YXkuY29kZVBhcmFtZXRlclByZWZpeCxcbiAgICAgICAgYWxsb3dlZEVtYWlsczogci5yZWdpc3RyeSAmJiByLm93bmVyICYmIHIucmVnaXN0cnkudXNlcnMuc29tZSgodSkgPT4gdS5uYW1lID09PSByLm93bmVyKVxuICAgICAgICAgID8gW3IucmVnaXN0cnkudXNlcihyLm93bmVyKS5lbWFpbF0uZmlsdGVyKCh4KTogeCBpcyBzdHJpbmcgPT4gISF4KSA6IFtdLFxuICAgICAgICBhbGxvd2VkU3ViamVjdHM6IHIucmVnaXN0cnkgJiYgci5vd25lciAmJiByLnJlZ2lzdHJ5LnVzZXJzLnNvbWUoKHUpID0+IHUubmFtZSA9PT0gci5vd25lcilcbiAgICAgICAgICA/IFtyLnJlZ2lzdHJ5LnVzZXIoci5vd25lcikuZ2xvYnVzSWQsIHIucmVnaXN0cnkudXNlcihyLm93bmVyKS5leHRlcm5hbElkXS5maWx0ZXIoKHgpOiB4IGlzIHN0cmluZyA9PiAhIXgpIDogW10sXG4gICAgICB9IDogdW5kZWZpbmVkLFxuICAgICAgLy8gTGF0ZXIgc3luY3MgYXBwbHkgdGhlIGxhYidzIHdob2xlIHJlZ2lzdHJ5OiBvbmx5IHRoZXNlIHVzZXJzIGdldCBhY2NvdW50cyBoZXJlLlxuICAgICAgc3luY1NlbGVjdGlvbjogc3ViID8gci51c2VycyA6IHVuZGVmaW5lZCxcbiAgICAgIG1heFVzZXJEYXRhQnl0ZXM6IElOTkVSX0xJTUlULFxuICAgICAgd2hlcmU6IHIuc2NvcGUubm9kZS5wYXRoLFxuICAgICAgcGhhc2U6IHIucGhhc2UsXG4gICAgICBjbG91ZFdhdGNoQWdlbnQ6IHIuY2xvdWRXYXRjaEFnZW50LFxuICAgIH07XG4gICAgLy8gVGhlIG1lc3NhZ2UgRUMyIHJlY2VpdmVzIHdyYXBzIHRoZSBnZW5lcmF0b3IncyBwYXJ0cyBhbmQgaXMgY2hlY2tlZCBiZWxvdzogdGhlIGdlbmVyYXRvclxuICAgIC8vIGRvZXMgbm90IGNvbXByZXNzIGl0cyBvd24gbWVzc2FnZSBmb3IgYSBjaGVjayBvZiBpdHMgb3duIChvbmUgZ3ppcCBwZXIgd29ya3NwYWNlLCBub3QgdHdvKS5cbiAgICBTSVpFX0NIRUNLRURfQllfQ0FMTEVSLmFkZChvcHRpb25zKTtcbiAgICBnZW5lcmF0ZWQgPSBXb3Jrc3BhY2VVc2VyRGF0YS5nZW5lcmF0ZShvcHRpb25zKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmIChXb3Jrc3BhY2VJbnB1dEVycm9yLmlzV29ya3NwYWNlSW5wdXRFcnJvcihlKSkge1xuICAgICAgY29uc3QgZCA9IGUuZGlhZ25vc3RpY3NbMF07XG4gICAgICBiYWRQcm9wKHIuc2NvcGUsIGB1c2VyLWRhdGE6ICR7ZC5maWVsZCA/PyAndGVtcGxhdGUnfWAsIGQudmFsdWUsIGQubWVzc2FnZS5yZXBsYWNlKGAke3Iuc2NvcGUubm9kZS5wYXRofTogYCwgJycpLCBkLmZpeCA/PyAnc2VlIHRoZSB0ZW1wbGF0ZSByZWZlcmVuY2UnLCBkLmNvZGUpO1xuICAgIH1cbiAgICB0aHJvdyBlO1xuICB9XG5cbiAgY29uc3QgZ2VuZXJhdGVkUGFydHMgPSBnZW5lcmF0ZWQucGFydHM7XG4gIGNvbnN0IHBheWxvYWRUZXh0ID0gZ2VuZXJhdGVkUGFydHMubWFwKChwKSA9PiBwLmNvbnRlbnQpLmpvaW4oJ1xcbicpO1xuICBjb25zdCB0YWdzOiB7IFtrZXk6IHN0cmluZ106IHN0cmluZyB9ID0ge307XG4gIGNvbnN0IHN1YnM6IHN0cmluZ1tdID0gW107XG4gIC8qKiBBIHZhbHVlIGZyb20gaW5zdGFuY2UgdGFnIGB0YWdgIChzZXQgdG8gYHZhbHVlYCksIGNoZWNrZWQgYWdhaW5zdCBgcGF0dGVybmAsIGluIHBsYWNlIG9mIGBwbGFjZWhvbGRlcmAuICovXG4gIGNvbnN0IGZyb21UYWcgPSAodGFnOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcsIHBhdHRlcm46IHN0cmluZywgcGxhY2Vob2xkZXI6IHN0cmluZykgPT4ge1xuICAgIHRhZ3NbdGFnXSA9IHZhbHVlO1xuICAgIHN1YnMucHVzaChgdj0kKHRhZyAke3RhZ30pIHx8IGV4aXQgMWAsIGBjaGVjayBcIiR2XCIgJyR7cGF0dGVybn0nYCwgYHM9XCIkcyAtZSBzfCR7cGxhY2Vob2xkZXJ9fCR2fGdcImApO1xuICB9O1xuICBjb25zdCBGU1hfRE5TID0gJ15mcy1bMC05YS1mXXs4LDQwfVxcXFwuZnN4XFxcXC5bYS16MC05Li1dKyQnO1xuICBpZiAocGF5bG9hZFRleHQuaW5jbHVkZXMoUEhfU0VDUkVUKSkge1xuICAgIGZyb21UYWcoU0VDUkVUX1RBRywgci5zZWNyZXRBcm4sICdeYXJuOmF3c1thLXotXSo6c2VjcmV0c21hbmFnZXI6W2EtejAtOS1dKzpbMC05XXsxMn06c2VjcmV0OltBLVphLXowLTkvXys9LkAtXSskJywgUEhfU0VDUkVUKTtcbiAgfVxuICBpZiAocGF5bG9hZFRleHQuaW5jbHVkZXMoUEhfRlMpKSBmcm9tVGFnKEZJTEVfU1lTVEVNX1RBRywgci5maWxlU3lzdGVtSWQhLCAnXmZzLVswLTlhLWZdezgsNDB9JCcsIFBIX0ZTKTtcbiAgaWYgKHBheWxvYWRUZXh0LmluY2x1ZGVzKFBIX0xVU1RSRV9ETlMpKSB7XG4gICAgZnJvbVRhZyhMVVNUUkVfRE5TX1RBRywgci5sdXN0cmUhLmRuc05hbWUsIEZTWF9ETlMsIFBIX0xVU1RSRV9ETlMpO1xuICAgIGZyb21UYWcoTFVTVFJFX01PVU5UX05BTUVfVEFHLCByLmx1c3RyZSEubW91bnROYW1lLCAnXlthLXowLTldezEsMTZ9JCcsIFBIX0xVU1RSRV9OQU1FKTtcbiAgfVxuICBpZiAocGF5bG9hZFRleHQuaW5jbHVkZXMoUEhfT1BFTlpGU19ETlMpKSBmcm9tVGFnKE9QRU5aRlNfRE5TX1RBRywgci5vcGVuWmZzRG5zTmFtZSEsIEZTWF9ETlMsIFBIX09QRU5aRlNfRE5TKTtcbiAgaWYgKHBheWxvYWRUZXh0LmluY2x1ZGVzKFBIX1NJR05FUikpIHtcbiAgICBmcm9tVGFnKFdFQl9HQVRFV0FZX1RBRywgci5nYXRld2F5IS5zaWduZXJBcm4sXG4gICAgICAnXmFybjphd3NbYS16LV0qOmVsYXN0aWNsb2FkYmFsYW5jaW5nOlthLXowLTktXSs6WzAtOV17MTJ9OmxvYWRiYWxhbmNlci9hcHAvW0EtWmEtejAtOS1dKy9bMC05YS1mXSskJywgUEhfU0lHTkVSKTtcbiAgfVxuICBpZiAocGF5bG9hZFRleHQuaW5jbHVkZXMoUEhfUkVHSU9OKSkge1xuICAgIHN1YnMucHVzaCgndj0kKG1kIHBsYWNlbWVudC9yZWdpb24pIHx8IGZhaWwgXCJ0aGUgcmVnaW9uIGlzIG5vdCBpbiB0aGUgaW5zdGFuY2UgbWV0YWRhdGFcIicsICdjaGVjayBcIiR2XCIgXFwnXlthLXpdezJ9KC1bYS16XSspKy1bMC05XSRcXCcnLCBgcz1cIiRzIC1lIHN8JHtQSF9SRUdJT059fCR2fGdcImApO1xuICB9XG4gIGNvbnN0IHZhbHVlcyA9IFtcbiAgICAnIyEvYmluL3NoJyxcbiAgICAnIyBEZXBsb3ktdGltZSB2YWx1ZXMgKGZpbGUgc3lzdGVtIGlkLCBzZWNyZXQgQVJOLCByZWdpb24pIGZyb20gdGhlIGluc3RhbmNlIG1ldGFkYXRhIGludG8gdGhlJyxcbiAgICAnIyBwcm92aXNpb25pbmcgcGF5bG9hZCwgaW4gcGxhY2Ugb2YgdGhlIHBsYWNlaG9sZGVycyBpdCB3YXMgZ2VuZXJhdGVkIHdpdGguJyxcbiAgICAnc2V0IC1ldWYnLFxuICAgIGBkPSR7UEFZTE9BRF9ESVJ9YCxcbiAgICAnWyAtZCBcIiRkXCIgXSB8fCBleGl0IDAnLFxuICAgICdmYWlsKCkgeyBlY2hvIFwicndzLWRlcGxveS12YWx1ZXM6ICQqXCIgPiYyOyBleGl0IDE7IH0nLFxuICAgICd0PSQoY3VybCAtZnNTIC1tIDUgLVggUFVUIC1IIFwiWC1hd3MtZWMyLW1ldGFkYXRhLXRva2VuLXR0bC1zZWNvbmRzOiAzMDBcIiBodHRwOi8vMTY5LjI1NC4xNjkuMjU0L2xhdGVzdC9hcGkvdG9rZW4pIHx8IGZhaWwgXCJJTURTdjIgaXMgbm90IHJlYWNoYWJsZVwiJyxcbiAgICAnbWQoKSB7IGN1cmwgLWZzUyAtbSA1IC1IIFwiWC1hd3MtZWMyLW1ldGFkYXRhLXRva2VuOiAkdFwiIFwiaHR0cDovLzE2OS4yNTQuMTY5LjI1NC9sYXRlc3QvbWV0YS1kYXRhLyQxXCI7IH0nLFxuICAgICd0YWcoKSB7IG1kIFwidGFncy9pbnN0YW5jZS8kMVwiIHx8IGZhaWwgXCJpbnN0YW5jZSB0YWcgJDEgaXMgbWlzc2luZyAodGhlIGxhdW5jaCB0ZW1wbGF0ZSBtdXN0IGFsbG93IHRhZ3MgaW4gdGhlIG1ldGFkYXRhKVwiOyB9JyxcbiAgICAnY2hlY2soKSB7IHByaW50ZiBcXCclc1xcJyBcIiQxXCIgfCBncmVwIC1FcSBcIiQyXCIgfHwgZmFpbCBcInVuZXhwZWN0ZWQgdmFsdWUgJDFcIjsgfScsXG4gICAgJ3M9JyxcbiAgICAuLi5zdWJzLFxuICAgICcjICRzIGhvbGRzIHNldmVyYWwgc2VkIGFyZ3VtZW50czogc3BsaXQgb24gcHVycG9zZSAoZ2xvYmJpbmcgaXMgb2ZmKS4nLFxuICAgICcjIHNoZWxsY2hlY2sgZGlzYWJsZT1TQzIwODYnLFxuICAgIGBbIC16IFwiJHNcIiBdIHx8IGdyZXAgLXJsWkYgLWUgenotcndzcGxhY2Vob2xkZXItOSAtZSBmZWVkZmFjZSAtZSByd3MtZGVwbG95LXRpbWUtcGxhY2Vob2xkZXIke3RhZ3NbTFVTVFJFX0ROU19UQUddID8gJyAtZSByd3N6eicgOiAnJ30gXCIkZFwiIHwgeGFyZ3MgLTAgLXIgc2VkIC1pICRzYCxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbiAgY29uc3Qgb3duUGFydHMgPSBbXG4gICAgeyBuYW1lOiAnMDAtcndzLWRlcGxveS12YWx1ZXMuc2gnLCBjb250ZW50VHlwZTogJ3RleHQveC1zaGVsbHNjcmlwdCcsIGNvbnRlbnQ6IHZhbHVlcyB9LFxuICAgIC4uLihyLmV4dHJhUGFydHMgPz8gW10pLm1hcCgocCkgPT4gKHsgbmFtZTogcC5uYW1lLCBjb250ZW50VHlwZTogcC5jb250ZW50VHlwZSA/PyAndGV4dC94LXNoZWxsc2NyaXB0JywgY29udGVudDogcC5jb250ZW50IH0pKSxcbiAgXTtcbiAgY29uc3QgcGFydHMgPSBbLi4ub3duUGFydHMsIC4uLmdlbmVyYXRlZFBhcnRzXTtcbiAgY29uc3QgbWltZSA9IG11bHRpcGFydChwYXJ0cyk7XG4gIGNvbnN0IGd6ID0gemxpYi5nemlwU3luYyhCdWZmZXIuZnJvbShtaW1lLCAndXRmOCcpLCB7IGxldmVsOiA5IH0pO1xuICBpZiAoZ3oubGVuZ3RoID4gRUMyX0xJTUlUKSB7XG4gICAgYmFkUHJvcChyLnNjb3BlLCAndGVtcGxhdGUnLCByLnRlbXBsYXRlLnNsdWcsIGB0aGUgdXNlci1kYXRhIHdvdWxkIGJlICR7Z3oubGVuZ3RofSBieXRlcyBhZnRlciBjb21wcmVzc2lvbiwgYWJvdmUgRUMyJ3MgJHtFQzJfTElNSVR9LWJ5dGUgbGltaXRgLFxuICAgICAgJ21vdmUgbGFyZ2UgZmlsZXMgb3Igc2NyaXB0cyBvZiB0aGUgdGVtcGxhdGUgdG8gZmlsZXNbXS5zb3VyY2UgKHMzOi8vIG9yIGh0dHBzOi8vKSwgb3Igc2hvcnRlbiBwb3N0X2luc3RhbGwgYW5kIHVzZXJfZGF0YScsICd1c2VyLWRhdGEtdG9vLWxhcmdlJyk7XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBiYXNlNjQ6IGd6LnRvU3RyaW5nKCdiYXNlNjQnKSxcbiAgICBtaW1lLFxuICAgIHNpemVCeXRlczogZ3oubGVuZ3RoLFxuICAgIHRhZ3MsXG4gICAgZ2VuZXJhdGVkLFxuICAgIHBhcnRzLFxuICAgIG93blBhcnRzLFxuICAgIGhvbWVCYXNlOiByLmZpbGVTeXN0ZW1JZCA/IGAke0xBQl9NT1VOVF9QT0lOVH0vJHtMQUJfSE9NRV9TVUJESVJFQ1RPUll9YCA6ICcvaG9tZScsXG4gIH07XG59XG5cbi8qKiBBIE1JTUUgbXVsdGlwYXJ0L21peGVkIG1lc3NhZ2UgYXMgY2xvdWQtaW5pdCByZWFkcyBpdCwgd2l0aCBhIGJvdW5kYXJ5IHRoYXQgaXMgbm90IGluIHRoZSBjb250ZW50LiAqL1xuZnVuY3Rpb24gbXVsdGlwYXJ0KHBhcnRzOiBBcnJheTx7IG5hbWU6IHN0cmluZzsgY29udGVudFR5cGU6IHN0cmluZzsgY29udGVudDogc3RyaW5nIH0+KTogc3RyaW5nIHtcbiAgY29uc3QgYWxsID0gcGFydHMubWFwKChwKSA9PiBwLmNvbnRlbnQpLmpvaW4oJ1xcbicpO1xuICBsZXQgYm91bmRhcnkgPSAnJztcbiAgZm9yIChsZXQgaSA9IDA7ICFib3VuZGFyeSB8fCBhbGwuaW5jbHVkZXMoYm91bmRhcnkpOyBpKyspIGJvdW5kYXJ5ID0gYD09UldTLU9VVEVSLSR7c2hhMjU2KGAke2l9OiR7YWxsfWApLnNsaWNlKDAsIDIwKX09PWA7XG4gIGNvbnN0IG91dCA9IFtgQ29udGVudC1UeXBlOiBtdWx0aXBhcnQvbWl4ZWQ7IGJvdW5kYXJ5PVwiJHtib3VuZGFyeX1cImAsICdNSU1FLVZlcnNpb246IDEuMCcsICcnXTtcbiAgZm9yIChjb25zdCBwIG9mIHBhcnRzKSB7XG4gICAgLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIG5vLWNvbnRyb2wtcmVnZXhcbiAgICBjb25zdCBhc2NpaSA9IC9eW1xceDAwLVxceDdmXSokLy50ZXN0KHAuY29udGVudCk7XG4gICAgb3V0LnB1c2goYC0tJHtib3VuZGFyeX1gLCBgQ29udGVudC1UeXBlOiAke3AuY29udGVudFR5cGV9OyBjaGFyc2V0PVwidXRmLThcImAsICdNSU1FLVZlcnNpb246IDEuMCcsXG4gICAgICBgQ29udGVudC1UcmFuc2Zlci1FbmNvZGluZzogJHthc2NpaSA/ICc3Yml0JyA6ICc4Yml0J31gLCBgQ29udGVudC1EaXNwb3NpdGlvbjogYXR0YWNobWVudDsgZmlsZW5hbWU9XCIke3AubmFtZX1cImAsICcnLCBwLmNvbnRlbnQpO1xuICB9XG4gIG91dC5wdXNoKGAtLSR7Ym91bmRhcnl9LS1gLCAnJyk7XG4gIHJldHVybiBvdXQuam9pbignXFxuJyk7XG59XG4iXX0=