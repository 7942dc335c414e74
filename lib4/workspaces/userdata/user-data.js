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
exports.WorkspaceUserData = void 0;
const crypto = __importStar(require("crypto"));
const zlib = __importStar(require("zlib"));
const yaml_1 = require("yaml");
const error_1 = require("../private/error");
const options_1 = require("./options");
const mime_1 = require("./private/mime");
const plan_1 = require("./private/plan");
const registry_file_1 = require("./private/registry-file");
const render_1 = require("./private/render");
const scripts_generated_1 = require("./private/scripts.generated");
const shell_1 = require("./private/shell");
/**
 * Boot provisioning of a research workspace: cloud-init user-data (a `#cloud-config` part that
 * writes the payload and a shell part that runs it) and the same provisioning as one bash
 * script for machines without cloud-init.
 *
 * The provisioning installs packages, mounts shared storage, creates the research users and
 * groups in one batch with their fixed ids and keys, lays out homes, project folders and
 * scratch, places the template's files, starts its services as the owner, installs the idle
 * agent and runs the template's post_install. Running it again changes nothing.
 *
 * @example
 * const ud = WorkspaceUserData.generate({
 *   template: catalog.resolve('python-ml'),
 *   registry: UserRegistry.fromFile('users.yaml'),
 *   owner: 'alice',
 *   storage: { source: StorageSource.efs({ fileSystemId: 'fs-0123456789abcdef0', region: 'us-east-1' }) },
 * });
 * ud.renderBase64(); // what EC2 receives
 */
class WorkspaceUserData {
    /** EC2's user-data limit in bytes (of the data as sent, before base64). */
    static EC2_LIMIT_BYTES = 16384;
    /**
     * Generates the user-data. Throws a WorkspaceInputError naming the field, value and fix when
     * an option is invalid, and when the user-data cannot fit the platform's limit.
     */
    static generate(options) {
        return new WorkspaceUserData((0, plan_1.makePlan)(options));
    }
    /**
     * The registry file rws-sync-users reads (tab-separated G/U/K lines).
     * @param registry the registry
     * @param users names to include; every user when absent
     */
    static registryFile(registry, users) {
        return (0, registry_file_1.registryFileContent)(registry, users ? registry.users.filter((u) => users.includes(u.name)) : registry.users);
    }
    /** The standalone user sync script (`rws-sync-users [options] REGISTRY`), e.g. for an SSM document. */
    static syncUsersScript() {
        return scripts_generated_1.SCRIPTS['sync-users.sh'];
    }
    /**
     * The SSM parameters (standard tier) that carry the claim check of published services
     * (rws-gate), for `PublishedServiceGateway.codeParameterPrefix`: base64 of its gzip in pieces
     * of 4096 characters, named PREFIX/0, PREFIX/1, ...
     * @param prefix parameter name prefix, e.g. `/lab/web-gateway/code`
     */
    static gateCodeParameters(prefix) {
        return (0, render_1.gateCodeParameters)(prefix);
    }
    /**
     * The SSM parameters (standard tier) that carry the user sync and the idle agent for
     * `toolsParameterPrefix`: base64 of each tool's gzip in pieces of 4096 characters.
     * @param prefix parameter name prefix, e.g. `/lab/rws-tools`
     */
    static toolParameters(prefix) {
        return (0, render_1.toolParameters)(prefix).map(({ name, value }) => ({ name, value }));
    }
    /** The standalone idle agent script. */
    static idleAgentScript() {
        return scripts_generated_1.SCRIPTS['idle-agent.sh'];
    }
    /** Bytes of the multipart message before compression. */
    rawSizeBytes;
    /** The limit the size was checked against. */
    maxBytes;
    /**
     * The registry file and where it must be published (for fetched delivery).
     * @default - no research users
     */
    registryPayload;
    /** Warnings: ignored service settings, services listening beyond localhost, skipped template users. */
    warnings;
    /**
     * Content hash (16 hex digits) of what the template installs on this platform: the bake
     * records it in the image (/etc/research-workspace/image.env), a boot on a baked image
     * checks it. The same for every workspace of the template, whatever its users and storage.
     */
    imageContentHash;
    /** Part of the provisioning this user-data carries. */
    phase;
    plan;
    /**
     * The rendering made by the constructor, until its first use. After that each use renders
     * again (the same text: rendering is deterministic), so that a workspace does not hold its
     * payload three times over (files, YAML, MIME) for the rest of a synthesis: a lab of 1,000
     * workspaces would keep about 100 MB.
     */
    pending;
    gzLength;
    constructor(plan) {
        this.plan = plan;
        const built = this.decide();
        this.pending = built;
        this.rawSizeBytes = built.raw;
        this.maxBytes = plan.maxBytes;
        this.registryPayload = built.registry;
        this.warnings = plan.warnings;
        this.imageContentHash = (0, render_1.bakeHash)(plan);
        this.phase = plan.phase;
    }
    /**
     * The `#cloud-config` YAML (first part). Like `parts`, `renderMime()` and the scripts, it is
     * rendered again (the same text) at each request after the first: the object does not keep it.
     */
    get cloudConfig() {
        return this.built().cloudConfig;
    }
    /** The parts of the multipart user-data, in order. */
    get parts() {
        const built = this.built();
        return [
            { name: 'cloud-config.yaml', contentType: 'text/cloud-config', content: built.cloudConfig },
            { name: 'provision.sh', contentType: 'text/x-shellscript', content: built.shellPart },
        ];
    }
    /** Bytes EC2 (or the platform) receives: the gzip of the multipart message when smaller, else the message. */
    get sizeBytes() {
        return Math.min(this.gzipLength(), this.rawSizeBytes);
    }
    /** Mount points whose disk use the CloudWatch agent publishes (`cloudWatchAgent`; empty without the agent). */
    get cloudWatchAgentDiskPaths() {
        return [...this.plan.cloudWatchAgent?.diskPaths ?? []];
    }
    /** Whether the user-data is sent gzip-compressed. */
    get compressed() {
        return this.gzipLength() < this.rawSizeBytes;
    }
    /** The multipart MIME message (uncompressed). */
    renderMime() {
        return this.built().mime;
    }
    /** Base64 of what the platform should receive: gzip when it is smaller, else the message. */
    renderBase64() {
        const built = this.built();
        const gz = built.gz();
        this.gzLength = gz.length;
        return (gz.length < built.raw ? gz : Buffer.from(built.mime, 'utf8')).toString('base64');
    }
    /**
     * The whole provisioning as one self-contained bash script (payload included), for machines
     * without cloud-init: Proxmox hook scripts, containers, tests. Run it as root; running it
     * again is safe.
     */
    provisioningScript() {
        const p = this.plan;
        const payload = this.built().payload;
        const dirs = [...new Set(payload.map((f) => f.name.split('/').slice(0, -1).join('/')).filter((d) => d))].sort();
        const out = [
            '#!/bin/bash',
            `# Research workspace "${p.template.slug}": self-contained provisioning generated by cdk-research-workspaces.`,
            `# Writes its payload to ${render_1.PAYLOAD_DIR} and runs it as root; safe to run again. Log: ${p.logFile}`,
            'set -euo pipefail',
            'umask 077',
            `d=${render_1.PAYLOAD_DIR}`,
            `mkdir -p "$d"${dirs.map((x) => ` "$d/${x}"`).join('')}`,
        ];
        for (const f of payload) {
            const dest = `"$d/${f.name}"`;
            if (f.content.endsWith('\n') && !f.content.includes('\r')) {
                const delim = (0, shell_1.heredocDelimiter)(f.content);
                out.push(`cat >${dest} <<'${delim}'`, f.content + delim);
            }
            else {
                const delim = (0, shell_1.heredocDelimiter)('', 'RWS_B64');
                const b64 = Buffer.from(f.content, 'utf8').toString('base64').replace(/.{1,76}/g, '$&\n');
                out.push(`base64 -d >${dest} <<'${delim}'`, b64 + delim);
            }
            out.push(`chmod ${f.mode} ${dest}`);
        }
        out.push('exec /bin/bash "$d/bin/rws-provision"', '');
        return out.join('\n');
    }
    /** Every shell script this user-data contains that the generator wrote (not the template author's scripts). */
    generatedScripts() {
        const built = this.built();
        return [
            ...built.payload.filter((f) => f.generatedShell).map((f) => ({ name: f.name, shell: f.generatedShell, content: f.content })),
            { name: 'provision.sh', shell: 'bash', content: built.shellPart },
            { name: 'bundle.sh', shell: 'bash', content: this.provisioningScript() },
        ];
    }
    /** The rendering: the constructor's on first use, a new one (the same text) after that. */
    built() {
        const built = this.pending ?? this.decide();
        this.pending = undefined;
        return built;
    }
    gzipLength() {
        if (this.gzLength === undefined)
            this.gzLength = this.built().gz().length;
        return this.gzLength;
    }
    decide() {
        const p = this.plan;
        if (!p.registry || p.users.length === 0)
            return this.build(undefined, undefined);
        const inline = () => {
            const content = (0, registry_file_1.registryFileContent)(p.registry, p.users);
            const sha = sha256(content);
            return this.build({ kind: 'inline', sha256: sha }, { ...payloadOf(content, options_1.RegistryDeliveryMode.INLINE, undefined, []), userCount: p.users.length });
        };
        const d = p.delivery;
        if (d.mode === options_1.RegistryDeliveryMode.INLINE) {
            return this.checked(inline(), 'the registry is inline', 'deliver the registry separately: registryDelivery: RegistryDelivery.auto(RegistryDelivery.s3(bucket, key)) (or ssmParameters, httpUrl, file)');
        }
        if (d.mode === options_1.RegistryDeliveryMode.AUTO) {
            const b = inline();
            if (b.raw <= p.maxBytes || b.gz().length <= p.maxBytes)
                return b;
            const fallback = d.fallback ?? this.defaultFallback();
            if (!fallback) {
                return (0, error_1.fail)({
                    code: 'user-data-too-large',
                    field: 'registryDelivery',
                    message: `${p.where}: with ${p.users.length} users inline the user-data is ${Math.min(b.gz.length, b.raw)} bytes after compression, above the ${p.maxBytes}-byte limit, and the ${p.platform} platform has no default place to fetch the registry from`,
                    value: d.mode,
                    fix: 'pass registryDelivery: RegistryDelivery.auto(RegistryDelivery.httpUrl("https://...")) (or .file(path)) and publish registryPayload there',
                });
            }
            return this.checked(this.fetched(fallback), `the registry is already fetched (${fallback.mode})`);
        }
        return this.checked(this.fetched(d), `the registry is already fetched (${d.mode})`);
    }
    defaultFallback() {
        const p = this.plan;
        if (p.platform === options_1.WorkspacePlatform.AWS)
            return options_1.RegistryDelivery.ssmParameters(`/research-workspaces/${p.template.slug}/registry`);
        if (p.platform === options_1.WorkspacePlatform.KUBERNETES)
            return options_1.RegistryDelivery.file('/etc/research-workspace/registry/registry.tsv.gz');
        return undefined;
    }
    fetched(d) {
        const p = this.plan;
        const content = (0, registry_file_1.registryFileContent)(p.registry, p.registry.users);
        const sha = sha256(content);
        const gz = zlib.gzipSync(Buffer.from(content, 'utf8'), { level: 9 });
        if (d.mode === options_1.RegistryDeliveryMode.SSM_PARAMETERS) {
            const maxLen = d.ssmOptions?.maxParameterLength ?? 4096;
            const maxParams = d.ssmOptions?.maxParameters ?? 100;
            const b64 = gz.toString('base64');
            const chunks = Math.ceil(b64.length / maxLen);
            if (chunks > maxParams) {
                (0, error_1.fail)({
                    code: 'registry-too-large',
                    field: 'registryDelivery',
                    message: `${p.where}: the registry (${p.registry.users.length} users, ${gz.length} bytes gzip) needs ${chunks} SSM parameters of ${maxLen} characters, more than ${maxParams}`,
                    value: d.location,
                    fix: 'deliver it from S3 instead: RegistryDelivery.auto(RegistryDelivery.s3(bucket, key)), or raise maxParameterLength to 8192 (advanced tier)',
                });
            }
            const parameters = [];
            for (let i = 0; i < chunks; i++)
                parameters.push({ name: `${d.location}/${i}`, value: b64.slice(i * maxLen, (i + 1) * maxLen) });
            return this.build({ kind: 'ssm', sha256: sha, prefix: d.location, chunks }, { ...payloadOf(content, d.mode, d.location, parameters), userCount: p.registry.users.length });
        }
        const url = d.mode === options_1.RegistryDeliveryMode.FILE ? `file://${d.location}` : d.location;
        return this.build({ kind: 'url', sha256: sha, url }, { ...payloadOf(content, d.mode, d.location, []), userCount: p.registry.users.length });
    }
    largeFix(payload) {
        const big = [...payload].filter((f) => !f.generatedShell).sort((a, b) => b.content.length - a.content.length).slice(0, 3)
            .map((f) => `${f.name} ${Buffer.byteLength(f.content)} bytes`);
        return `move large content out of the user-data: files[].content to source: s3://... or https://, a shorter post_install or user_data${big.length ? ` (largest: ${big.join(', ')})` : ''}`;
    }
    checked(b, what, inlineFix) {
        const p = this.plan;
        // Sent uncompressed when that fits; the caller's own check covers a message it wraps.
        if (b.raw <= p.maxBytes || p.sizeCheckedByCaller)
            return b;
        const size = Math.min(b.gz().length, b.raw);
        if (size > p.maxBytes) {
            (0, error_1.fail)({
                code: 'user-data-too-large',
                field: 'registryDelivery',
                message: `${p.where}: the user-data is ${size} bytes after compression (${b.raw} raw), above the ${p.maxBytes}-byte limit`
                    + `${p.platform === options_1.WorkspacePlatform.AWS ? ' of EC2' : ''}; ${what}`,
                value: p.delivery.mode,
                fix: inlineFix ?? this.largeFix(b.payload),
            });
        }
        return b;
    }
    build(reg, registry) {
        const p = this.plan;
        const r = (0, render_1.renderProvisioning)(p, reg, reg?.kind === 'inline' ? registry.content : undefined);
        // No comments: EC2's 16 KB counts every byte (the payload's own scripts carry none either).
        // The payload always holds bin/rws-provision, so write_files is never empty.
        const cloudConfig = `#cloud-config\n${WRITE_FILES}\n${r.payload.map(writeFileYaml).join('')}`;
        const shellPart = [
            '#!/bin/bash',
            `exec /bin/bash ${(0, shell_1.shq)(`${render_1.PAYLOAD_DIR}/bin/rws-provision`)}`,
            '',
        ].join('\n');
        const mime = (0, mime_1.renderMultipart)([
            { name: 'cloud-config.yaml', contentType: 'text/cloud-config', content: cloudConfig },
            { name: 'provision.sh', contentType: 'text/x-shellscript', content: shellPart },
        ]);
        return {
            payload: r.payload,
            cloudConfig,
            shellPart,
            mime,
            raw: Buffer.byteLength(mime, 'utf8'),
            gz: lazy(() => zlib.gzipSync(Buffer.from(mime, 'utf8'), { level: 9 })),
            registry,
        };
    }
}
exports.WorkspaceUserData = WorkspaceUserData;
const YAML_OPTIONS = { lineWidth: 0, blockQuote: 'literal' };
const WRITE_FILES = 'write_files:';
/** YAML of write_files entries by file (most are the same in every workspace of a template); cleared when full. */
const WRITE_FILE_YAML = new Map();
/**
 * The YAML of one `write_files` entry: the entries of a block sequence are written independently,
 * so the document of several files is the header and their entries in order.
 */
function writeFileYaml(f) {
    const key = `${f.name}\0${f.mode}\0${f.content}`;
    let text = WRITE_FILE_YAML.get(key);
    if (text === undefined) {
        const doc = (0, yaml_1.stringify)({ write_files: [{ path: `${render_1.PAYLOAD_DIR}/${f.name}`, owner: 'root:root', permissions: f.mode, content: f.content }] }, YAML_OPTIONS);
        text = doc.slice(WRITE_FILES.length + 1);
        if (WRITE_FILE_YAML.size >= 256)
            WRITE_FILE_YAML.clear();
        WRITE_FILE_YAML.set(key, text);
    }
    return text;
}
/** A value computed once, on first use. */
function lazy(make) {
    let value;
    let made = false;
    return () => {
        if (!made) {
            value = make();
            made = true;
        }
        return value;
    };
}
function sha256(text) {
    return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
function payloadOf(content, mode, location, parameters) {
    return {
        mode,
        content,
        sha256: sha256(content),
        location,
        parameters,
        gzipBase64: zlib.gzipSync(Buffer.from(content, 'utf8'), { level: 9 }).toString('base64'),
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidXNlci1kYXRhLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL3dvcmtzcGFjZXMvdXNlcmRhdGEvdXNlci1kYXRhLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLCtDQUFpQztBQUNqQywyQ0FBNkI7QUFDN0IsK0JBQWlDO0FBRWpDLDRDQUF3QztBQUV4Qyx1Q0FHbUI7QUFDbkIseUNBQWlEO0FBQ2pELHlDQUFnRDtBQUNoRCwyREFBOEQ7QUFDOUQsNkNBQThJO0FBQzlJLG1FQUFzRDtBQUN0RCwyQ0FBd0Q7QUF5QnhEOzs7Ozs7Ozs7Ozs7Ozs7Ozs7R0FrQkc7QUFDSCxNQUFhLGlCQUFpQjtJQUM1QiwyRUFBMkU7SUFDcEUsTUFBTSxDQUFVLGVBQWUsR0FBRyxLQUFLLENBQUM7SUFFL0M7OztPQUdHO0lBQ0ksTUFBTSxDQUFDLFFBQVEsQ0FBQyxPQUFpQztRQUN0RCxPQUFPLElBQUksaUJBQWlCLENBQUMsSUFBQSxlQUFRLEVBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQztJQUNsRCxDQUFDO0lBRUQ7Ozs7T0FJRztJQUNJLE1BQU0sQ0FBQyxZQUFZLENBQUMsUUFBc0IsRUFBRSxLQUFnQjtRQUNqRSxPQUFPLElBQUEsbUNBQW1CLEVBQUMsUUFBUSxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEtBQUssQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUN0SCxDQUFDO0lBRUQsdUdBQXVHO0lBQ2hHLE1BQU0sQ0FBQyxlQUFlO1FBQzNCLE9BQU8sMkJBQU8sQ0FBQyxlQUFlLENBQUMsQ0FBQztJQUNsQyxDQUFDO0lBRUQ7Ozs7O09BS0c7SUFDSSxNQUFNLENBQUMsa0JBQWtCLENBQUMsTUFBYztRQUM3QyxPQUFPLElBQUEsMkJBQWtCLEVBQUMsTUFBTSxDQUFDLENBQUM7SUFDcEMsQ0FBQztJQUVEOzs7O09BSUc7SUFDSSxNQUFNLENBQUMsY0FBYyxDQUFDLE1BQWM7UUFDekMsT0FBTyxJQUFBLHVCQUFjLEVBQUMsTUFBTSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQzVFLENBQUM7SUFFRCx3Q0FBd0M7SUFDakMsTUFBTSxDQUFDLGVBQWU7UUFDM0IsT0FBTywyQkFBTyxDQUFDLGVBQWUsQ0FBQyxDQUFDO0lBQ2xDLENBQUM7SUFFRCx5REFBeUQ7SUFDekMsWUFBWSxDQUFTO0lBQ3JDLDhDQUE4QztJQUM5QixRQUFRLENBQVM7SUFDakM7OztPQUdHO0lBQ2EsZUFBZSxDQUFtQjtJQUNsRCx1R0FBdUc7SUFDdkYsUUFBUSxDQUFlO0lBQ3ZDOzs7O09BSUc7SUFDYSxnQkFBZ0IsQ0FBUztJQUN6Qyx1REFBdUQ7SUFDdkMsS0FBSyxDQUFvQjtJQUV4QixJQUFJLENBQU87SUFDNUI7Ozs7O09BS0c7SUFDSyxPQUFPLENBQVM7SUFDaEIsUUFBUSxDQUFVO0lBRTFCLFlBQW9CLElBQVU7UUFDNUIsSUFBSSxDQUFDLElBQUksR0FBRyxJQUFJLENBQUM7UUFDakIsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDO1FBQzVCLElBQUksQ0FBQyxPQUFPLEdBQUcsS0FBSyxDQUFDO1FBQ3JCLElBQUksQ0FBQyxZQUFZLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQztRQUM5QixJQUFJLENBQUMsUUFBUSxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUM7UUFDOUIsSUFBSSxDQUFDLGVBQWUsR0FBRyxLQUFLLENBQUMsUUFBUSxDQUFDO1FBQ3RDLElBQUksQ0FBQyxRQUFRLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQztRQUM5QixJQUFJLENBQUMsZ0JBQWdCLEdBQUcsSUFBQSxpQkFBUSxFQUFDLElBQUksQ0FBQyxDQUFDO1FBQ3ZDLElBQUksQ0FBQyxLQUFLLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQztJQUMxQixDQUFDO0lBRUQ7OztPQUdHO0lBQ0gsSUFBVyxXQUFXO1FBQ3BCLE9BQU8sSUFBSSxDQUFDLEtBQUssRUFBRSxDQUFDLFdBQVcsQ0FBQztJQUNsQyxDQUFDO0lBRUQsc0RBQXNEO0lBQ3RELElBQVcsS0FBSztRQUNkLE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQztRQUMzQixPQUFPO1lBQ0wsRUFBRSxJQUFJLEVBQUUsbUJBQW1CLEVBQUUsV0FBVyxFQUFFLG1CQUFtQixFQUFFLE9BQU8sRUFBRSxLQUFLLENBQUMsV0FBVyxFQUFFO1lBQzNGLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxXQUFXLEVBQUUsb0JBQW9CLEVBQUUsT0FBTyxFQUFFLEtBQUssQ0FBQyxTQUFTLEVBQUU7U0FDdEYsQ0FBQztJQUNKLENBQUM7SUFFRCw4R0FBOEc7SUFDOUcsSUFBVyxTQUFTO1FBQ2xCLE9BQU8sSUFBSSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsVUFBVSxFQUFFLEVBQUUsSUFBSSxDQUFDLFlBQVksQ0FBQyxDQUFDO0lBQ3hELENBQUM7SUFFRCwrR0FBK0c7SUFDL0csSUFBVyx3QkFBd0I7UUFDakMsT0FBTyxDQUFDLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUsU0FBUyxJQUFJLEVBQUUsQ0FBQyxDQUFDO0lBQ3pELENBQUM7SUFFRCxxREFBcUQ7SUFDckQsSUFBVyxVQUFVO1FBQ25CLE9BQU8sSUFBSSxDQUFDLFVBQVUsRUFBRSxHQUFHLElBQUksQ0FBQyxZQUFZLENBQUM7SUFDL0MsQ0FBQztJQUVELGlEQUFpRDtJQUMxQyxVQUFVO1FBQ2YsT0FBTyxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUMsSUFBSSxDQUFDO0lBQzNCLENBQUM7SUFFRCw2RkFBNkY7SUFDdEYsWUFBWTtRQUNqQixNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUM7UUFDM0IsTUFBTSxFQUFFLEdBQUcsS0FBSyxDQUFDLEVBQUUsRUFBRSxDQUFDO1FBQ3RCLElBQUksQ0FBQyxRQUFRLEdBQUcsRUFBRSxDQUFDLE1BQU0sQ0FBQztRQUMxQixPQUFPLENBQUMsRUFBRSxDQUFDLE1BQU0sR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUMsQ0FBQztJQUMzRixDQUFDO0lBRUQ7Ozs7T0FJRztJQUNJLGtCQUFrQjtRQUN2QixNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDO1FBQ3BCLE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQyxPQUFPLENBQUM7UUFDckMsTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUNoSCxNQUFNLEdBQUcsR0FBRztZQUNWLGFBQWE7WUFDYix5QkFBeUIsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLHNFQUFzRTtZQUM5RywyQkFBMkIsb0JBQVcsaURBQWlELENBQUMsQ0FBQyxPQUFPLEVBQUU7WUFDbEcsbUJBQW1CO1lBQ25CLFdBQVc7WUFDWCxLQUFLLG9CQUFXLEVBQUU7WUFDbEIsZ0JBQWdCLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLEVBQUU7U0FDekQsQ0FBQztRQUNGLEtBQUssTUFBTSxDQUFDLElBQUksT0FBTyxFQUFFLENBQUM7WUFDeEIsTUFBTSxJQUFJLEdBQUcsT0FBTyxDQUFDLENBQUMsSUFBSSxHQUFHLENBQUM7WUFDOUIsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7Z0JBQzFELE1BQU0sS0FBSyxHQUFHLElBQUEsd0JBQWdCLEVBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDO2dCQUMxQyxHQUFHLENBQUMsSUFBSSxDQUFDLFFBQVEsSUFBSSxPQUFPLEtBQUssR0FBRyxFQUFFLENBQUMsQ0FBQyxPQUFPLEdBQUcsS0FBSyxDQUFDLENBQUM7WUFDM0QsQ0FBQztpQkFBTSxDQUFDO2dCQUNOLE1BQU0sS0FBSyxHQUFHLElBQUEsd0JBQWdCLEVBQUMsRUFBRSxFQUFFLFNBQVMsQ0FBQyxDQUFDO2dCQUM5QyxNQUFNLEdBQUcsR0FBRyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxPQUFPLEVBQUUsTUFBTSxDQUFDLENBQUMsUUFBUSxDQUFDLFFBQVEsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxVQUFVLEVBQUUsTUFBTSxDQUFDLENBQUM7Z0JBQzFGLEdBQUcsQ0FBQyxJQUFJLENBQUMsY0FBYyxJQUFJLE9BQU8sS0FBSyxHQUFHLEVBQUUsR0FBRyxHQUFHLEtBQUssQ0FBQyxDQUFDO1lBQzNELENBQUM7WUFDRCxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDLElBQUksSUFBSSxJQUFJLEVBQUUsQ0FBQyxDQUFDO1FBQ3RDLENBQUM7UUFDRCxHQUFHLENBQUMsSUFBSSxDQUFDLHVDQUF1QyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ3RELE9BQU8sR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUN4QixDQUFDO0lBRUQsK0dBQStHO0lBQ3hHLGdCQUFnQjtRQUNyQixNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUM7UUFDM0IsT0FBTztZQUNMLEdBQUcsS0FBSyxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxjQUFjLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLGNBQWUsRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUM7WUFDN0gsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLEtBQUssQ0FBQyxTQUFTLEVBQUU7WUFDakUsRUFBRSxJQUFJLEVBQUUsV0FBVyxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLElBQUksQ0FBQyxrQkFBa0IsRUFBRSxFQUFFO1NBQ3pFLENBQUM7SUFDSixDQUFDO0lBRUQsMkZBQTJGO0lBQ25GLEtBQUs7UUFDWCxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsT0FBTyxJQUFJLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUM1QyxJQUFJLENBQUMsT0FBTyxHQUFHLFNBQVMsQ0FBQztRQUN6QixPQUFPLEtBQUssQ0FBQztJQUNmLENBQUM7SUFFTyxVQUFVO1FBQ2hCLElBQUksSUFBSSxDQUFDLFFBQVEsS0FBSyxTQUFTO1lBQUUsSUFBSSxDQUFDLFFBQVEsR0FBRyxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsTUFBTSxDQUFDO1FBQzFFLE9BQU8sSUFBSSxDQUFDLFFBQVEsQ0FBQztJQUN2QixDQUFDO0lBRU8sTUFBTTtRQUNaLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUM7UUFDcEIsSUFBSSxDQUFDLENBQUMsQ0FBQyxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxNQUFNLEtBQUssQ0FBQztZQUFFLE9BQU8sSUFBSSxDQUFDLEtBQUssQ0FBQyxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUM7UUFDakYsTUFBTSxNQUFNLEdBQUcsR0FBVSxFQUFFO1lBQ3pCLE1BQU0sT0FBTyxHQUFHLElBQUEsbUNBQW1CLEVBQUMsQ0FBQyxDQUFDLFFBQVMsRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUM7WUFDMUQsTUFBTSxHQUFHLEdBQUcsTUFBTSxDQUFDLE9BQU8sQ0FBQyxDQUFDO1lBQzVCLE9BQU8sSUFBSSxDQUFDLEtBQUssQ0FBQyxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsTUFBTSxFQUFFLEdBQUcsRUFBRSxFQUFFLEVBQUUsR0FBRyxTQUFTLENBQUMsT0FBTyxFQUFFLDhCQUFvQixDQUFDLE1BQU0sRUFBRSxTQUFTLEVBQUUsRUFBRSxDQUFDLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQztRQUN2SixDQUFDLENBQUM7UUFDRixNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsUUFBUSxDQUFDO1FBQ3JCLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyw4QkFBb0IsQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUMzQyxPQUFPLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTSxFQUFFLEVBQUUsd0JBQXdCLEVBQ3BELDhJQUE4SSxDQUFDLENBQUM7UUFDcEosQ0FBQztRQUNELElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyw4QkFBb0IsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUN6QyxNQUFNLENBQUMsR0FBRyxNQUFNLEVBQUUsQ0FBQztZQUNuQixJQUFJLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLFFBQVEsSUFBSSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsTUFBTSxJQUFJLENBQUMsQ0FBQyxRQUFRO2dCQUFFLE9BQU8sQ0FBQyxDQUFDO1lBQ2pFLE1BQU0sUUFBUSxHQUFHLENBQUMsQ0FBQyxRQUFRLElBQUksSUFBSSxDQUFDLGVBQWUsRUFBRSxDQUFDO1lBQ3RELElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQztnQkFDZCxPQUFPLElBQUEsWUFBSSxFQUFDO29CQUNWLElBQUksRUFBRSxxQkFBcUI7b0JBQzNCLEtBQUssRUFBRSxrQkFBa0I7b0JBQ3pCLE9BQU8sRUFBRSxHQUFHLENBQUMsQ0FBQyxLQUFLLFVBQVUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxNQUFNLGtDQUFrQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsdUNBQXVDLENBQUMsQ0FBQyxRQUFRLHdCQUF3QixDQUFDLENBQUMsUUFBUSwyREFBMkQ7b0JBQ3ZQLEtBQUssRUFBRSxDQUFDLENBQUMsSUFBSTtvQkFDYixHQUFHLEVBQUUsMElBQTBJO2lCQUNoSixDQUFDLENBQUM7WUFDTCxDQUFDO1lBQ0QsT0FBTyxJQUFJLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsUUFBUSxDQUFDLEVBQUUsb0NBQW9DLFFBQVEsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxDQUFDO1FBQ3BHLENBQUM7UUFDRCxPQUFPLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxvQ0FBb0MsQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUM7SUFDdEYsQ0FBQztJQUVPLGVBQWU7UUFDckIsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQztRQUNwQixJQUFJLENBQUMsQ0FBQyxRQUFRLEtBQUssMkJBQWlCLENBQUMsR0FBRztZQUFFLE9BQU8sMEJBQWdCLENBQUMsYUFBYSxDQUFDLHdCQUF3QixDQUFDLENBQUMsUUFBUSxDQUFDLElBQUksV0FBVyxDQUFDLENBQUM7UUFDcEksSUFBSSxDQUFDLENBQUMsUUFBUSxLQUFLLDJCQUFpQixDQUFDLFVBQVU7WUFBRSxPQUFPLDBCQUFnQixDQUFDLElBQUksQ0FBQyxrREFBa0QsQ0FBQyxDQUFDO1FBQ2xJLE9BQU8sU0FBUyxDQUFDO0lBQ25CLENBQUM7SUFFTyxPQUFPLENBQUMsQ0FBbUI7UUFDakMsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQztRQUNwQixNQUFNLE9BQU8sR0FBRyxJQUFBLG1DQUFtQixFQUFDLENBQUMsQ0FBQyxRQUFTLEVBQUUsQ0FBQyxDQUFDLFFBQVMsQ0FBQyxLQUFLLENBQUMsQ0FBQztRQUNwRSxNQUFNLEdBQUcsR0FBRyxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDNUIsTUFBTSxFQUFFLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxNQUFNLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ3JFLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyw4QkFBb0IsQ0FBQyxjQUFjLEVBQUUsQ0FBQztZQUNuRCxNQUFNLE1BQU0sR0FBRyxDQUFDLENBQUMsVUFBVSxFQUFFLGtCQUFrQixJQUFJLElBQUksQ0FBQztZQUN4RCxNQUFNLFNBQVMsR0FBRyxDQUFDLENBQUMsVUFBVSxFQUFFLGFBQWEsSUFBSSxHQUFHLENBQUM7WUFDckQsTUFBTSxHQUFHLEdBQUcsRUFBRSxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUMsQ0FBQztZQUNsQyxNQUFNLE1BQU0sR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFNLEdBQUcsTUFBTSxDQUFDLENBQUM7WUFDOUMsSUFBSSxNQUFNLEdBQUcsU0FBUyxFQUFFLENBQUM7Z0JBQ3ZCLElBQUEsWUFBSSxFQUFDO29CQUNILElBQUksRUFBRSxvQkFBb0I7b0JBQzFCLEtBQUssRUFBRSxrQkFBa0I7b0JBQ3pCLE9BQU8sRUFBRSxHQUFHLENBQUMsQ0FBQyxLQUFLLG1CQUFtQixDQUFDLENBQUMsUUFBUyxDQUFDLEtBQUssQ0FBQyxNQUFNLFdBQVcsRUFBRSxDQUFDLE1BQU0sc0JBQXNCLE1BQU0sc0JBQXNCLE1BQU0sMEJBQTBCLFNBQVMsRUFBRTtvQkFDL0ssS0FBSyxFQUFFLENBQUMsQ0FBQyxRQUFRO29CQUNqQixHQUFHLEVBQUUsMElBQTBJO2lCQUNoSixDQUFDLENBQUM7WUFDTCxDQUFDO1lBQ0QsTUFBTSxVQUFVLEdBQXdCLEVBQUUsQ0FBQztZQUMzQyxLQUFLLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLEdBQUcsTUFBTSxFQUFFLENBQUMsRUFBRTtnQkFBRSxVQUFVLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLEdBQUcsQ0FBQyxDQUFDLFFBQVEsSUFBSSxDQUFDLEVBQUUsRUFBRSxLQUFLLEVBQUUsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsTUFBTSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxHQUFHLE1BQU0sQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUNqSSxPQUFPLElBQUksQ0FBQyxLQUFLLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxHQUFHLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxRQUFTLEVBQUUsTUFBTSxFQUFFLEVBQ3pFLEVBQUUsR0FBRyxTQUFTLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLFFBQVEsRUFBRSxVQUFVLENBQUMsRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDLFFBQVMsQ0FBQyxLQUFLLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQztRQUNwRyxDQUFDO1FBQ0QsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLElBQUksS0FBSyw4QkFBb0IsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsUUFBUyxDQUFDO1FBQ3hGLE9BQU8sSUFBSSxDQUFDLEtBQUssQ0FBQyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsRUFBRSxFQUFFLEdBQUcsU0FBUyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxRQUFRLEVBQUUsRUFBRSxDQUFDLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQyxRQUFTLENBQUMsS0FBSyxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUM7SUFDL0ksQ0FBQztJQUVPLFFBQVEsQ0FBQyxPQUFzQjtRQUNyQyxNQUFNLEdBQUcsR0FBRyxDQUFDLEdBQUcsT0FBTyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxjQUFjLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDO2FBQ3RILEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxJQUFJLE1BQU0sQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUNqRSxPQUFPLGdJQUFnSSxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxjQUFjLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUM7SUFDN0wsQ0FBQztJQUVPLE9BQU8sQ0FBQyxDQUFRLEVBQUUsSUFBWSxFQUFFLFNBQWtCO1FBQ3hELE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUM7UUFDcEIsc0ZBQXNGO1FBQ3RGLElBQUksQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDLENBQUMsUUFBUSxJQUFJLENBQUMsQ0FBQyxtQkFBbUI7WUFBRSxPQUFPLENBQUMsQ0FBQztRQUMzRCxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQzVDLElBQUksSUFBSSxHQUFHLENBQUMsQ0FBQyxRQUFRLEVBQUUsQ0FBQztZQUN0QixJQUFBLFlBQUksRUFBQztnQkFDSCxJQUFJLEVBQUUscUJBQXFCO2dCQUMzQixLQUFLLEVBQUUsa0JBQWtCO2dCQUN6QixPQUFPLEVBQUUsR0FBRyxDQUFDLENBQUMsS0FBSyxzQkFBc0IsSUFBSSw2QkFBNkIsQ0FBQyxDQUFDLEdBQUcsb0JBQW9CLENBQUMsQ0FBQyxRQUFRLGFBQWE7c0JBQ3RILEdBQUcsQ0FBQyxDQUFDLFFBQVEsS0FBSywyQkFBaUIsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLElBQUksRUFBRTtnQkFDdkUsS0FBSyxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBSTtnQkFDdEIsR0FBRyxFQUFFLFNBQVMsSUFBSSxJQUFJLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUM7YUFDM0MsQ0FBQyxDQUFDO1FBQ0wsQ0FBQztRQUNELE9BQU8sQ0FBQyxDQUFDO0lBQ1gsQ0FBQztJQUVPLEtBQUssQ0FBQyxHQUErQixFQUFFLFFBQXFDO1FBQ2xGLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUM7UUFDcEIsTUFBTSxDQUFDLEdBQUcsSUFBQSwyQkFBa0IsRUFBQyxDQUFDLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxJQUFJLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxRQUFTLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQztRQUM3Riw0RkFBNEY7UUFDNUYsNkVBQTZFO1FBQzdFLE1BQU0sV0FBVyxHQUFHLGtCQUFrQixXQUFXLEtBQUssQ0FBQyxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsYUFBYSxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxFQUFFLENBQUM7UUFDOUYsTUFBTSxTQUFTLEdBQUc7WUFDaEIsYUFBYTtZQUNiLGtCQUFrQixJQUFBLFdBQUcsRUFBQyxHQUFHLG9CQUFXLG9CQUFvQixDQUFDLEVBQUU7WUFDM0QsRUFBRTtTQUNILENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ2IsTUFBTSxJQUFJLEdBQUcsSUFBQSxzQkFBZSxFQUFDO1lBQzNCLEVBQUUsSUFBSSxFQUFFLG1CQUFtQixFQUFFLFdBQVcsRUFBRSxtQkFBbUIsRUFBRSxPQUFPLEVBQUUsV0FBVyxFQUFFO1lBQ3JGLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxXQUFXLEVBQUUsb0JBQW9CLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRTtTQUNoRixDQUFDLENBQUM7UUFDSCxPQUFPO1lBQ0wsT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPO1lBQ2xCLFdBQVc7WUFDWCxTQUFTO1lBQ1QsSUFBSTtZQUNKLEdBQUcsRUFBRSxNQUFNLENBQUMsVUFBVSxDQUFDLElBQUksRUFBRSxNQUFNLENBQUM7WUFDcEMsRUFBRSxFQUFFLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLE1BQU0sQ0FBQyxFQUFFLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUM7WUFDdEUsUUFBUTtTQUNULENBQUM7SUFDSixDQUFDOztBQW5USCw4Q0FvVEM7QUFFRCxNQUFNLFlBQVksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDLEVBQUUsVUFBVSxFQUFFLFNBQVMsRUFBVyxDQUFDO0FBQ3RFLE1BQU0sV0FBVyxHQUFHLGNBQWMsQ0FBQztBQUNuQyxtSEFBbUg7QUFDbkgsTUFBTSxlQUFlLEdBQUcsSUFBSSxHQUFHLEVBQWtCLENBQUM7QUFFbEQ7OztHQUdHO0FBQ0gsU0FBUyxhQUFhLENBQUMsQ0FBYztJQUNuQyxNQUFNLEdBQUcsR0FBRyxHQUFHLENBQUMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxDQUFDLElBQUksS0FBSyxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUM7SUFDakQsSUFBSSxJQUFJLEdBQUcsZUFBZSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUNwQyxJQUFJLElBQUksS0FBSyxTQUFTLEVBQUUsQ0FBQztRQUN2QixNQUFNLEdBQUcsR0FBRyxJQUFBLGdCQUFTLEVBQUMsRUFBRSxXQUFXLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxHQUFHLG9CQUFXLElBQUksQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLEtBQUssRUFBRSxXQUFXLEVBQUUsV0FBVyxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxFQUFFLEVBQUUsWUFBWSxDQUFDLENBQUM7UUFDMUosSUFBSSxHQUFHLEdBQUcsQ0FBQyxLQUFLLENBQUMsV0FBVyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQztRQUN6QyxJQUFJLGVBQWUsQ0FBQyxJQUFJLElBQUksR0FBRztZQUFFLGVBQWUsQ0FBQyxLQUFLLEVBQUUsQ0FBQztRQUN6RCxlQUFlLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxJQUFJLENBQUMsQ0FBQztJQUNqQyxDQUFDO0lBQ0QsT0FBTyxJQUFJLENBQUM7QUFDZCxDQUFDO0FBRUQsMkNBQTJDO0FBQzNDLFNBQVMsSUFBSSxDQUFJLElBQWE7SUFDNUIsSUFBSSxLQUFvQixDQUFDO0lBQ3pCLElBQUksSUFBSSxHQUFHLEtBQUssQ0FBQztJQUNqQixPQUFPLEdBQUcsRUFBRTtRQUNWLElBQUksQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNWLEtBQUssR0FBRyxJQUFJLEVBQUUsQ0FBQztZQUNmLElBQUksR0FBRyxJQUFJLENBQUM7UUFDZCxDQUFDO1FBQ0QsT0FBTyxLQUFVLENBQUM7SUFDcEIsQ0FBQyxDQUFDO0FBQ0osQ0FBQztBQUVELFNBQVMsTUFBTSxDQUFDLElBQVk7SUFDMUIsT0FBTyxNQUFNLENBQUMsVUFBVSxDQUFDLFFBQVEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLEVBQUUsTUFBTSxDQUFDLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxDQUFDO0FBQ3hFLENBQUM7QUFFRCxTQUFTLFNBQVMsQ0FBQyxPQUFlLEVBQUUsSUFBMEIsRUFBRSxRQUE0QixFQUFFLFVBQStCO0lBQzNILE9BQU87UUFDTCxJQUFJO1FBQ0osT0FBTztRQUNQLE1BQU0sRUFBRSxNQUFNLENBQUMsT0FBTyxDQUFDO1FBQ3ZCLFFBQVE7UUFDUixVQUFVO1FBQ1YsVUFBVSxFQUFFLElBQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxDQUFDLEVBQUUsRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDO0tBQ3pGLENBQUM7QUFDSixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0ICogYXMgY3J5cHRvIGZyb20gJ2NyeXB0byc7XG5pbXBvcnQgKiBhcyB6bGliIGZyb20gJ3psaWInO1xuaW1wb3J0IHsgc3RyaW5naWZ5IH0gZnJvbSAneWFtbCc7XG5pbXBvcnQgeyBEaWFnbm9zdGljIH0gZnJvbSAnLi4vZXJyb3JzJztcbmltcG9ydCB7IGZhaWwgfSBmcm9tICcuLi9wcml2YXRlL2Vycm9yJztcbmltcG9ydCB7IFVzZXJSZWdpc3RyeSB9IGZyb20gJy4uL3VzZXJzJztcbmltcG9ydCB7XG4gIFByb3Zpc2lvbmluZ1BoYXNlLCBSZWdpc3RyeURlbGl2ZXJ5LCBSZWdpc3RyeURlbGl2ZXJ5TW9kZSwgUmVnaXN0cnlQYXJhbWV0ZXIsIFJlZ2lzdHJ5UGF5bG9hZCwgVXNlckRhdGFQYXJ0LCBXb3Jrc3BhY2VQbGF0Zm9ybSxcbiAgV29ya3NwYWNlVXNlckRhdGFPcHRpb25zLFxufSBmcm9tICcuL29wdGlvbnMnO1xuaW1wb3J0IHsgcmVuZGVyTXVsdGlwYXJ0IH0gZnJvbSAnLi9wcml2YXRlL21pbWUnO1xuaW1wb3J0IHsgbWFrZVBsYW4sIFBsYW4gfSBmcm9tICcuL3ByaXZhdGUvcGxhbic7XG5pbXBvcnQgeyByZWdpc3RyeUZpbGVDb250ZW50IH0gZnJvbSAnLi9wcml2YXRlL3JlZ2lzdHJ5LWZpbGUnO1xuaW1wb3J0IHsgYmFrZUhhc2gsIGdhdGVDb2RlUGFyYW1ldGVycywgUEFZTE9BRF9ESVIsIFBheWxvYWRGaWxlLCBSZWdpc3RyeVNvdXJjZSwgcmVuZGVyUHJvdmlzaW9uaW5nLCB0b29sUGFyYW1ldGVycyB9IGZyb20gJy4vcHJpdmF0ZS9yZW5kZXInO1xuaW1wb3J0IHsgU0NSSVBUUyB9IGZyb20gJy4vcHJpdmF0ZS9zY3JpcHRzLmdlbmVyYXRlZCc7XG5pbXBvcnQgeyBoZXJlZG9jRGVsaW1pdGVyLCBzaHEgfSBmcm9tICcuL3ByaXZhdGUvc2hlbGwnO1xuXG4vKipcbiAqIEEgc2NyaXB0IHRoZSBnZW5lcmF0b3Igd3JvdGUsIGZvciBjaGVja2luZyB3aXRoIHNoZWxsY2hlY2suXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR2VuZXJhdGVkU2NyaXB0IHtcbiAgLyoqIE5hbWU6IGEgcGF5bG9hZCBwYXRoIG9yIGBwcm92aXNpb24uc2hgIC8gYGJ1bmRsZS5zaGAuICovXG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgLyoqIFNoZWxsIGRpYWxlY3Q6IGBiYXNoYCBvciBgc2hgLiAqL1xuICByZWFkb25seSBzaGVsbDogc3RyaW5nO1xuICAvKiogVGhlIHNjcmlwdC4gKi9cbiAgcmVhZG9ubHkgY29udGVudDogc3RyaW5nO1xufVxuXG5pbnRlcmZhY2UgQnVpbHQge1xuICByZWFkb25seSBwYXlsb2FkOiBQYXlsb2FkRmlsZVtdO1xuICByZWFkb25seSBjbG91ZENvbmZpZzogc3RyaW5nO1xuICByZWFkb25seSBzaGVsbFBhcnQ6IHN0cmluZztcbiAgcmVhZG9ubHkgbWltZTogc3RyaW5nO1xuICByZWFkb25seSByYXc6IG51bWJlcjtcbiAgLyoqIGd6aXAgb2YgYG1pbWVgIChsZXZlbCA5KSwgY29tcHV0ZWQgb24gZmlyc3QgdXNlOiBhIGNhbGxlciB0aGF0IGNoZWNrcyBhIGxhcmdlciBtZXNzYWdlIG5ldmVyIG5lZWRzIGl0LiAqL1xuICByZWFkb25seSBnejogKCkgPT4gQnVmZmVyO1xuICByZWFkb25seSByZWdpc3RyeT86IFJlZ2lzdHJ5UGF5bG9hZDtcbn1cblxuLyoqXG4gKiBCb290IHByb3Zpc2lvbmluZyBvZiBhIHJlc2VhcmNoIHdvcmtzcGFjZTogY2xvdWQtaW5pdCB1c2VyLWRhdGEgKGEgYCNjbG91ZC1jb25maWdgIHBhcnQgdGhhdFxuICogd3JpdGVzIHRoZSBwYXlsb2FkIGFuZCBhIHNoZWxsIHBhcnQgdGhhdCBydW5zIGl0KSBhbmQgdGhlIHNhbWUgcHJvdmlzaW9uaW5nIGFzIG9uZSBiYXNoXG4gKiBzY3JpcHQgZm9yIG1hY2hpbmVzIHdpdGhvdXQgY2xvdWQtaW5pdC5cbiAqXG4gKiBUaGUgcHJvdmlzaW9uaW5nIGluc3RhbGxzIHBhY2thZ2VzLCBtb3VudHMgc2hhcmVkIHN0b3JhZ2UsIGNyZWF0ZXMgdGhlIHJlc2VhcmNoIHVzZXJzIGFuZFxuICogZ3JvdXBzIGluIG9uZSBiYXRjaCB3aXRoIHRoZWlyIGZpeGVkIGlkcyBhbmQga2V5cywgbGF5cyBvdXQgaG9tZXMsIHByb2plY3QgZm9sZGVycyBhbmRcbiAqIHNjcmF0Y2gsIHBsYWNlcyB0aGUgdGVtcGxhdGUncyBmaWxlcywgc3RhcnRzIGl0cyBzZXJ2aWNlcyBhcyB0aGUgb3duZXIsIGluc3RhbGxzIHRoZSBpZGxlXG4gKiBhZ2VudCBhbmQgcnVucyB0aGUgdGVtcGxhdGUncyBwb3N0X2luc3RhbGwuIFJ1bm5pbmcgaXQgYWdhaW4gY2hhbmdlcyBub3RoaW5nLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCB1ZCA9IFdvcmtzcGFjZVVzZXJEYXRhLmdlbmVyYXRlKHtcbiAqICAgdGVtcGxhdGU6IGNhdGFsb2cucmVzb2x2ZSgncHl0aG9uLW1sJyksXG4gKiAgIHJlZ2lzdHJ5OiBVc2VyUmVnaXN0cnkuZnJvbUZpbGUoJ3VzZXJzLnlhbWwnKSxcbiAqICAgb3duZXI6ICdhbGljZScsXG4gKiAgIHN0b3JhZ2U6IHsgc291cmNlOiBTdG9yYWdlU291cmNlLmVmcyh7IGZpbGVTeXN0ZW1JZDogJ2ZzLTAxMjM0NTY3ODlhYmNkZWYwJywgcmVnaW9uOiAndXMtZWFzdC0xJyB9KSB9LFxuICogfSk7XG4gKiB1ZC5yZW5kZXJCYXNlNjQoKTsgLy8gd2hhdCBFQzIgcmVjZWl2ZXNcbiAqL1xuZXhwb3J0IGNsYXNzIFdvcmtzcGFjZVVzZXJEYXRhIHtcbiAgLyoqIEVDMidzIHVzZXItZGF0YSBsaW1pdCBpbiBieXRlcyAob2YgdGhlIGRhdGEgYXMgc2VudCwgYmVmb3JlIGJhc2U2NCkuICovXG4gIHB1YmxpYyBzdGF0aWMgcmVhZG9ubHkgRUMyX0xJTUlUX0JZVEVTID0gMTYzODQ7XG5cbiAgLyoqXG4gICAqIEdlbmVyYXRlcyB0aGUgdXNlci1kYXRhLiBUaHJvd3MgYSBXb3Jrc3BhY2VJbnB1dEVycm9yIG5hbWluZyB0aGUgZmllbGQsIHZhbHVlIGFuZCBmaXggd2hlblxuICAgKiBhbiBvcHRpb24gaXMgaW52YWxpZCwgYW5kIHdoZW4gdGhlIHVzZXItZGF0YSBjYW5ub3QgZml0IHRoZSBwbGF0Zm9ybSdzIGxpbWl0LlxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBnZW5lcmF0ZShvcHRpb25zOiBXb3Jrc3BhY2VVc2VyRGF0YU9wdGlvbnMpOiBXb3Jrc3BhY2VVc2VyRGF0YSB7XG4gICAgcmV0dXJuIG5ldyBXb3Jrc3BhY2VVc2VyRGF0YShtYWtlUGxhbihvcHRpb25zKSk7XG4gIH1cblxuICAvKipcbiAgICogVGhlIHJlZ2lzdHJ5IGZpbGUgcndzLXN5bmMtdXNlcnMgcmVhZHMgKHRhYi1zZXBhcmF0ZWQgRy9VL0sgbGluZXMpLlxuICAgKiBAcGFyYW0gcmVnaXN0cnkgdGhlIHJlZ2lzdHJ5XG4gICAqIEBwYXJhbSB1c2VycyBuYW1lcyB0byBpbmNsdWRlOyBldmVyeSB1c2VyIHdoZW4gYWJzZW50XG4gICAqL1xuICBwdWJsaWMgc3RhdGljIHJlZ2lzdHJ5RmlsZShyZWdpc3RyeTogVXNlclJlZ2lzdHJ5LCB1c2Vycz86IHN0cmluZ1tdKTogc3RyaW5nIHtcbiAgICByZXR1cm4gcmVnaXN0cnlGaWxlQ29udGVudChyZWdpc3RyeSwgdXNlcnMgPyByZWdpc3RyeS51c2Vycy5maWx0ZXIoKHUpID0+IHVzZXJzLmluY2x1ZGVzKHUubmFtZSkpIDogcmVnaXN0cnkudXNlcnMpO1xuICB9XG5cbiAgLyoqIFRoZSBzdGFuZGFsb25lIHVzZXIgc3luYyBzY3JpcHQgKGByd3Mtc3luYy11c2VycyBbb3B0aW9uc10gUkVHSVNUUllgKSwgZS5nLiBmb3IgYW4gU1NNIGRvY3VtZW50LiAqL1xuICBwdWJsaWMgc3RhdGljIHN5bmNVc2Vyc1NjcmlwdCgpOiBzdHJpbmcge1xuICAgIHJldHVybiBTQ1JJUFRTWydzeW5jLXVzZXJzLnNoJ107XG4gIH1cblxuICAvKipcbiAgICogVGhlIFNTTSBwYXJhbWV0ZXJzIChzdGFuZGFyZCB0aWVyKSB0aGF0IGNhcnJ5IHRoZSBjbGFpbSBjaGVjayBvZiBwdWJsaXNoZWQgc2VydmljZXNcbiAgICogKHJ3cy1nYXRlKSwgZm9yIGBQdWJsaXNoZWRTZXJ2aWNlR2F0ZXdheS5jb2RlUGFyYW1ldGVyUHJlZml4YDogYmFzZTY0IG9mIGl0cyBnemlwIGluIHBpZWNlc1xuICAgKiBvZiA0MDk2IGNoYXJhY3RlcnMsIG5hbWVkIFBSRUZJWC8wLCBQUkVGSVgvMSwgLi4uXG4gICAqIEBwYXJhbSBwcmVmaXggcGFyYW1ldGVyIG5hbWUgcHJlZml4LCBlLmcuIGAvbGFiL3dlYi1nYXRld2F5L2NvZGVgXG4gICAqL1xuICBwdWJsaWMgc3RhdGljIGdhdGVDb2RlUGFyYW1ldGVycyhwcmVmaXg6IHN0cmluZyk6IFJlZ2lzdHJ5UGFyYW1ldGVyW10ge1xuICAgIHJldHVybiBnYXRlQ29kZVBhcmFtZXRlcnMocHJlZml4KTtcbiAgfVxuXG4gIC8qKlxuICAgKiBUaGUgU1NNIHBhcmFtZXRlcnMgKHN0YW5kYXJkIHRpZXIpIHRoYXQgY2FycnkgdGhlIHVzZXIgc3luYyBhbmQgdGhlIGlkbGUgYWdlbnQgZm9yXG4gICAqIGB0b29sc1BhcmFtZXRlclByZWZpeGA6IGJhc2U2NCBvZiBlYWNoIHRvb2wncyBnemlwIGluIHBpZWNlcyBvZiA0MDk2IGNoYXJhY3RlcnMuXG4gICAqIEBwYXJhbSBwcmVmaXggcGFyYW1ldGVyIG5hbWUgcHJlZml4LCBlLmcuIGAvbGFiL3J3cy10b29sc2BcbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgdG9vbFBhcmFtZXRlcnMocHJlZml4OiBzdHJpbmcpOiBSZWdpc3RyeVBhcmFtZXRlcltdIHtcbiAgICByZXR1cm4gdG9vbFBhcmFtZXRlcnMocHJlZml4KS5tYXAoKHsgbmFtZSwgdmFsdWUgfSkgPT4gKHsgbmFtZSwgdmFsdWUgfSkpO1xuICB9XG5cbiAgLyoqIFRoZSBzdGFuZGFsb25lIGlkbGUgYWdlbnQgc2NyaXB0LiAqL1xuICBwdWJsaWMgc3RhdGljIGlkbGVBZ2VudFNjcmlwdCgpOiBzdHJpbmcge1xuICAgIHJldHVybiBTQ1JJUFRTWydpZGxlLWFnZW50LnNoJ107XG4gIH1cblxuICAvKiogQnl0ZXMgb2YgdGhlIG11bHRpcGFydCBtZXNzYWdlIGJlZm9yZSBjb21wcmVzc2lvbi4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHJhd1NpemVCeXRlczogbnVtYmVyO1xuICAvKiogVGhlIGxpbWl0IHRoZSBzaXplIHdhcyBjaGVja2VkIGFnYWluc3QuICovXG4gIHB1YmxpYyByZWFkb25seSBtYXhCeXRlczogbnVtYmVyO1xuICAvKipcbiAgICogVGhlIHJlZ2lzdHJ5IGZpbGUgYW5kIHdoZXJlIGl0IG11c3QgYmUgcHVibGlzaGVkIChmb3IgZmV0Y2hlZCBkZWxpdmVyeSkuXG4gICAqIEBkZWZhdWx0IC0gbm8gcmVzZWFyY2ggdXNlcnNcbiAgICovXG4gIHB1YmxpYyByZWFkb25seSByZWdpc3RyeVBheWxvYWQ/OiBSZWdpc3RyeVBheWxvYWQ7XG4gIC8qKiBXYXJuaW5nczogaWdub3JlZCBzZXJ2aWNlIHNldHRpbmdzLCBzZXJ2aWNlcyBsaXN0ZW5pbmcgYmV5b25kIGxvY2FsaG9zdCwgc2tpcHBlZCB0ZW1wbGF0ZSB1c2Vycy4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHdhcm5pbmdzOiBEaWFnbm9zdGljW107XG4gIC8qKlxuICAgKiBDb250ZW50IGhhc2ggKDE2IGhleCBkaWdpdHMpIG9mIHdoYXQgdGhlIHRlbXBsYXRlIGluc3RhbGxzIG9uIHRoaXMgcGxhdGZvcm06IHRoZSBiYWtlXG4gICAqIHJlY29yZHMgaXQgaW4gdGhlIGltYWdlICgvZXRjL3Jlc2VhcmNoLXdvcmtzcGFjZS9pbWFnZS5lbnYpLCBhIGJvb3Qgb24gYSBiYWtlZCBpbWFnZVxuICAgKiBjaGVja3MgaXQuIFRoZSBzYW1lIGZvciBldmVyeSB3b3Jrc3BhY2Ugb2YgdGhlIHRlbXBsYXRlLCB3aGF0ZXZlciBpdHMgdXNlcnMgYW5kIHN0b3JhZ2UuXG4gICAqL1xuICBwdWJsaWMgcmVhZG9ubHkgaW1hZ2VDb250ZW50SGFzaDogc3RyaW5nO1xuICAvKiogUGFydCBvZiB0aGUgcHJvdmlzaW9uaW5nIHRoaXMgdXNlci1kYXRhIGNhcnJpZXMuICovXG4gIHB1YmxpYyByZWFkb25seSBwaGFzZTogUHJvdmlzaW9uaW5nUGhhc2U7XG5cbiAgcHJpdmF0ZSByZWFkb25seSBwbGFuOiBQbGFuO1xuICAvKipcbiAgICogVGhlIHJlbmRlcmluZyBtYWRlIGJ5IHRoZSBjb25zdHJ1Y3RvciwgdW50aWwgaXRzIGZpcnN0IHVzZS4gQWZ0ZXIgdGhhdCBlYWNoIHVzZSByZW5kZXJzXG4gICAqIGFnYWluICh0aGUgc2FtZSB0ZXh0OiByZW5kZXJpbmcgaXMgZGV0ZXJtaW5pc3RpYyksIHNvIHRoYXQgYSB3b3Jrc3BhY2UgZG9lcyBub3QgaG9sZCBpdHNcbiAgICogcGF5bG9hZCB0aHJlZSB0aW1lcyBvdmVyIChmaWxlcywgWUFNTCwgTUlNRSkgZm9yIHRoZSByZXN0IG9mIGEgc3ludGhlc2lzOiBhIGxhYiBvZiAxLDAwMFxuICAgKiB3b3Jrc3BhY2VzIHdvdWxkIGtlZXAgYWJvdXQgMTAwIE1CLlxuICAgKi9cbiAgcHJpdmF0ZSBwZW5kaW5nPzogQnVpbHQ7XG4gIHByaXZhdGUgZ3pMZW5ndGg/OiBudW1iZXI7XG5cbiAgcHJpdmF0ZSBjb25zdHJ1Y3RvcihwbGFuOiBQbGFuKSB7XG4gICAgdGhpcy5wbGFuID0gcGxhbjtcbiAgICBjb25zdCBidWlsdCA9IHRoaXMuZGVjaWRlKCk7XG4gICAgdGhpcy5wZW5kaW5nID0gYnVpbHQ7XG4gICAgdGhpcy5yYXdTaXplQnl0ZXMgPSBidWlsdC5yYXc7XG4gICAgdGhpcy5tYXhCeXRlcyA9IHBsYW4ubWF4Qnl0ZXM7XG4gICAgdGhpcy5yZWdpc3RyeVBheWxvYWQgPSBidWlsdC5yZWdpc3RyeTtcbiAgICB0aGlzLndhcm5pbmdzID0gcGxhbi53YXJuaW5ncztcbiAgICB0aGlzLmltYWdlQ29udGVudEhhc2ggPSBiYWtlSGFzaChwbGFuKTtcbiAgICB0aGlzLnBoYXNlID0gcGxhbi5waGFzZTtcbiAgfVxuXG4gIC8qKlxuICAgKiBUaGUgYCNjbG91ZC1jb25maWdgIFlBTUwgKGZpcnN0IHBhcnQpLiBMaWtlIGBwYXJ0c2AsIGByZW5kZXJNaW1lKClgIGFuZCB0aGUgc2NyaXB0cywgaXQgaXNcbiAgICogcmVuZGVyZWQgYWdhaW4gKHRoZSBzYW1lIHRleHQpIGF0IGVhY2ggcmVxdWVzdCBhZnRlciB0aGUgZmlyc3Q6IHRoZSBvYmplY3QgZG9lcyBub3Qga2VlcCBpdC5cbiAgICovXG4gIHB1YmxpYyBnZXQgY2xvdWRDb25maWcoKTogc3RyaW5nIHtcbiAgICByZXR1cm4gdGhpcy5idWlsdCgpLmNsb3VkQ29uZmlnO1xuICB9XG5cbiAgLyoqIFRoZSBwYXJ0cyBvZiB0aGUgbXVsdGlwYXJ0IHVzZXItZGF0YSwgaW4gb3JkZXIuICovXG4gIHB1YmxpYyBnZXQgcGFydHMoKTogVXNlckRhdGFQYXJ0W10ge1xuICAgIGNvbnN0IGJ1aWx0ID0gdGhpcy5idWlsdCgpO1xuICAgIHJldHVybiBbXG4gICAgICB7IG5hbWU6ICdjbG91ZC1jb25maWcueWFtbCcsIGNvbnRlbnRUeXBlOiAndGV4dC9jbG91ZC1jb25maWcnLCBjb250ZW50OiBidWlsdC5jbG91ZENvbmZpZyB9LFxuICAgICAgeyBuYW1lOiAncHJvdmlzaW9uLnNoJywgY29udGVudFR5cGU6ICd0ZXh0L3gtc2hlbGxzY3JpcHQnLCBjb250ZW50OiBidWlsdC5zaGVsbFBhcnQgfSxcbiAgICBdO1xuICB9XG5cbiAgLyoqIEJ5dGVzIEVDMiAob3IgdGhlIHBsYXRmb3JtKSByZWNlaXZlczogdGhlIGd6aXAgb2YgdGhlIG11bHRpcGFydCBtZXNzYWdlIHdoZW4gc21hbGxlciwgZWxzZSB0aGUgbWVzc2FnZS4gKi9cbiAgcHVibGljIGdldCBzaXplQnl0ZXMoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gTWF0aC5taW4odGhpcy5nemlwTGVuZ3RoKCksIHRoaXMucmF3U2l6ZUJ5dGVzKTtcbiAgfVxuXG4gIC8qKiBNb3VudCBwb2ludHMgd2hvc2UgZGlzayB1c2UgdGhlIENsb3VkV2F0Y2ggYWdlbnQgcHVibGlzaGVzIChgY2xvdWRXYXRjaEFnZW50YDsgZW1wdHkgd2l0aG91dCB0aGUgYWdlbnQpLiAqL1xuICBwdWJsaWMgZ2V0IGNsb3VkV2F0Y2hBZ2VudERpc2tQYXRocygpOiBzdHJpbmdbXSB7XG4gICAgcmV0dXJuIFsuLi50aGlzLnBsYW4uY2xvdWRXYXRjaEFnZW50Py5kaXNrUGF0aHMgPz8gW11dO1xuICB9XG5cbiAgLyoqIFdoZXRoZXIgdGhlIHVzZXItZGF0YSBpcyBzZW50IGd6aXAtY29tcHJlc3NlZC4gKi9cbiAgcHVibGljIGdldCBjb21wcmVzc2VkKCk6IGJvb2xlYW4ge1xuICAgIHJldHVybiB0aGlzLmd6aXBMZW5ndGgoKSA8IHRoaXMucmF3U2l6ZUJ5dGVzO1xuICB9XG5cbiAgLyoqIFRoZSBtdWx0aXBhcnQgTUlNRSBtZXNzYWdlICh1bmNvbXByZXNzZWQpLiAqL1xuICBwdWJsaWMgcmVuZGVyTWltZSgpOiBzdHJpbmcge1xuICAgIHJldHVybiB0aGlzLmJ1aWx0KCkubWltZTtcbiAgfVxuXG4gIC8qKiBCYXNlNjQgb2Ygd2hhdCB0aGUgcGxhdGZvcm0gc2hvdWxkIHJlY2VpdmU6IGd6aXAgd2hlbiBpdCBpcyBzbWFsbGVyLCBlbHNlIHRoZSBtZXNzYWdlLiAqL1xuICBwdWJsaWMgcmVuZGVyQmFzZTY0KCk6IHN0cmluZyB7XG4gICAgY29uc3QgYnVpbHQgPSB0aGlzLmJ1aWx0KCk7XG4gICAgY29uc3QgZ3ogPSBidWlsdC5neigpO1xuICAgIHRoaXMuZ3pMZW5ndGggPSBnei5sZW5ndGg7XG4gICAgcmV0dXJuIChnei5sZW5ndGggPCBidWlsdC5yYXcgPyBneiA6IEJ1ZmZlci5mcm9tKGJ1aWx0Lm1pbWUsICd1dGY4JykpLnRvU3RyaW5nKCdiYXNlNjQnKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBUaGUgd2hvbGUgcHJvdmlzaW9uaW5nIGFzIG9uZSBzZWxmLWNvbnRhaW5lZCBiYXNoIHNjcmlwdCAocGF5bG9hZCBpbmNsdWRlZCksIGZvciBtYWNoaW5lc1xuICAgKiB3aXRob3V0IGNsb3VkLWluaXQ6IFByb3htb3ggaG9vayBzY3JpcHRzLCBjb250YWluZXJzLCB0ZXN0cy4gUnVuIGl0IGFzIHJvb3Q7IHJ1bm5pbmcgaXRcbiAgICogYWdhaW4gaXMgc2FmZS5cbiAgICovXG4gIHB1YmxpYyBwcm92aXNpb25pbmdTY3JpcHQoKTogc3RyaW5nIHtcbiAgICBjb25zdCBwID0gdGhpcy5wbGFuO1xuICAgIGNvbnN0IHBheWxvYWQgPSB0aGlzLmJ1aWx0KCkucGF5bG9hZDtcbiAgICBjb25zdCBkaXJzID0gWy4uLm5ldyBTZXQocGF5bG9hZC5tYXAoKGYpID0+IGYubmFtZS5zcGxpdCgnLycpLnNsaWNlKDAsIC0xKS5qb2luKCcvJykpLmZpbHRlcigoZCkgPT4gZCkpXS5zb3J0KCk7XG4gICAgY29uc3Qgb3V0ID0gW1xuICAgICAgJyMhL2Jpbi9iYXNoJyxcbiAgICAgIGAjIFJlc2VhcmNoIHdvcmtzcGFjZSBcIiR7cC50ZW1wbGF0ZS5zbHVnfVwiOiBzZWxmLWNvbnRhaW5lZCBwcm92aXNpb25pbmcgZ2VuZXJhdGVkIGJ5IGNkay1yZXNlYXJjaC13b3Jrc3BhY2VzLmAsXG4gICAgICBgIyBXcml0ZXMgaXRzIHBheWxvYWQgdG8gJHtQQVlMT0FEX0RJUn0gYW5kIHJ1bnMgaXQgYXMgcm9vdDsgc2FmZSB0byBydW4gYWdhaW4uIExvZzogJHtwLmxvZ0ZpbGV9YCxcbiAgICAgICdzZXQgLWV1byBwaXBlZmFpbCcsXG4gICAgICAndW1hc2sgMDc3JyxcbiAgICAgIGBkPSR7UEFZTE9BRF9ESVJ9YCxcbiAgICAgIGBta2RpciAtcCBcIiRkXCIke2RpcnMubWFwKCh4KSA9PiBgIFwiJGQvJHt4fVwiYCkuam9pbignJyl9YCxcbiAgICBdO1xuICAgIGZvciAoY29uc3QgZiBvZiBwYXlsb2FkKSB7XG4gICAgICBjb25zdCBkZXN0ID0gYFwiJGQvJHtmLm5hbWV9XCJgO1xuICAgICAgaWYgKGYuY29udGVudC5lbmRzV2l0aCgnXFxuJykgJiYgIWYuY29udGVudC5pbmNsdWRlcygnXFxyJykpIHtcbiAgICAgICAgY29uc3QgZGVsaW0gPSBoZXJlZG9jRGVsaW1pdGVyKGYuY29udGVudCk7XG4gICAgICAgIG91dC5wdXNoKGBjYXQgPiR7ZGVzdH0gPDwnJHtkZWxpbX0nYCwgZi5jb250ZW50ICsgZGVsaW0pO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgY29uc3QgZGVsaW0gPSBoZXJlZG9jRGVsaW1pdGVyKCcnLCAnUldTX0I2NCcpO1xuICAgICAgICBjb25zdCBiNjQgPSBCdWZmZXIuZnJvbShmLmNvbnRlbnQsICd1dGY4JykudG9TdHJpbmcoJ2Jhc2U2NCcpLnJlcGxhY2UoLy57MSw3Nn0vZywgJyQmXFxuJyk7XG4gICAgICAgIG91dC5wdXNoKGBiYXNlNjQgLWQgPiR7ZGVzdH0gPDwnJHtkZWxpbX0nYCwgYjY0ICsgZGVsaW0pO1xuICAgICAgfVxuICAgICAgb3V0LnB1c2goYGNobW9kICR7Zi5tb2RlfSAke2Rlc3R9YCk7XG4gICAgfVxuICAgIG91dC5wdXNoKCdleGVjIC9iaW4vYmFzaCBcIiRkL2Jpbi9yd3MtcHJvdmlzaW9uXCInLCAnJyk7XG4gICAgcmV0dXJuIG91dC5qb2luKCdcXG4nKTtcbiAgfVxuXG4gIC8qKiBFdmVyeSBzaGVsbCBzY3JpcHQgdGhpcyB1c2VyLWRhdGEgY29udGFpbnMgdGhhdCB0aGUgZ2VuZXJhdG9yIHdyb3RlIChub3QgdGhlIHRlbXBsYXRlIGF1dGhvcidzIHNjcmlwdHMpLiAqL1xuICBwdWJsaWMgZ2VuZXJhdGVkU2NyaXB0cygpOiBHZW5lcmF0ZWRTY3JpcHRbXSB7XG4gICAgY29uc3QgYnVpbHQgPSB0aGlzLmJ1aWx0KCk7XG4gICAgcmV0dXJuIFtcbiAgICAgIC4uLmJ1aWx0LnBheWxvYWQuZmlsdGVyKChmKSA9PiBmLmdlbmVyYXRlZFNoZWxsKS5tYXAoKGYpID0+ICh7IG5hbWU6IGYubmFtZSwgc2hlbGw6IGYuZ2VuZXJhdGVkU2hlbGwhLCBjb250ZW50OiBmLmNvbnRlbnQgfSkpLFxuICAgICAgeyBuYW1lOiAncHJvdmlzaW9uLnNoJywgc2hlbGw6ICdiYXNoJywgY29udGVudDogYnVpbHQuc2hlbGxQYXJ0IH0sXG4gICAgICB7IG5hbWU6ICdidW5kbGUuc2gnLCBzaGVsbDogJ2Jhc2gnLCBjb250ZW50OiB0aGlzLnByb3Zpc2lvbmluZ1NjcmlwdCgpIH0sXG4gICAgXTtcbiAgfVxuXG4gIC8qKiBUaGUgcmVuZGVyaW5nOiB0aGUgY29uc3RydWN0b3IncyBvbiBmaXJzdCB1c2UsIGEgbmV3IG9uZSAodGhlIHNhbWUgdGV4dCkgYWZ0ZXIgdGhhdC4gKi9cbiAgcHJpdmF0ZSBidWlsdCgpOiBCdWlsdCB7XG4gICAgY29uc3QgYnVpbHQgPSB0aGlzLnBlbmRpbmcgPz8gdGhpcy5kZWNpZGUoKTtcbiAgICB0aGlzLnBlbmRpbmcgPSB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIGJ1aWx0O1xuICB9XG5cbiAgcHJpdmF0ZSBnemlwTGVuZ3RoKCk6IG51bWJlciB7XG4gICAgaWYgKHRoaXMuZ3pMZW5ndGggPT09IHVuZGVmaW5lZCkgdGhpcy5nekxlbmd0aCA9IHRoaXMuYnVpbHQoKS5neigpLmxlbmd0aDtcbiAgICByZXR1cm4gdGhpcy5nekxlbmd0aDtcbiAgfVxuXG4gIHByaXZhdGUgZGVjaWRlKCk6IEJ1aWx0IHtcbiAgICBjb25zdCBwID0gdGhpcy5wbGFuO1xuICAgIGlmICghcC5yZWdpc3RyeSB8fCBwLnVzZXJzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHRoaXMuYnVpbGQodW5kZWZpbmVkLCB1bmRlZmluZWQpO1xuICAgIGNvbnN0IGlubGluZSA9ICgpOiBCdWlsdCA9PiB7XG4gICAgICBjb25zdCBjb250ZW50ID0gcmVnaXN0cnlGaWxlQ29udGVudChwLnJlZ2lzdHJ5ISwgcC51c2Vycyk7XG4gICAgICBjb25zdCBzaGEgPSBzaGEyNTYoY29udGVudCk7XG4gICAgICByZXR1cm4gdGhpcy5idWlsZCh7IGtpbmQ6ICdpbmxpbmUnLCBzaGEyNTY6IHNoYSB9LCB7IC4uLnBheWxvYWRPZihjb250ZW50LCBSZWdpc3RyeURlbGl2ZXJ5TW9kZS5JTkxJTkUsIHVuZGVmaW5lZCwgW10pLCB1c2VyQ291bnQ6IHAudXNlcnMubGVuZ3RoIH0pO1xuICAgIH07XG4gICAgY29uc3QgZCA9IHAuZGVsaXZlcnk7XG4gICAgaWYgKGQubW9kZSA9PT0gUmVnaXN0cnlEZWxpdmVyeU1vZGUuSU5MSU5FKSB7XG4gICAgICByZXR1cm4gdGhpcy5jaGVja2VkKGlubGluZSgpLCAndGhlIHJlZ2lzdHJ5IGlzIGlubGluZScsXG4gICAgICAgICdkZWxpdmVyIHRoZSByZWdpc3RyeSBzZXBhcmF0ZWx5OiByZWdpc3RyeURlbGl2ZXJ5OiBSZWdpc3RyeURlbGl2ZXJ5LmF1dG8oUmVnaXN0cnlEZWxpdmVyeS5zMyhidWNrZXQsIGtleSkpIChvciBzc21QYXJhbWV0ZXJzLCBodHRwVXJsLCBmaWxlKScpO1xuICAgIH1cbiAgICBpZiAoZC5tb2RlID09PSBSZWdpc3RyeURlbGl2ZXJ5TW9kZS5BVVRPKSB7XG4gICAgICBjb25zdCBiID0gaW5saW5lKCk7XG4gICAgICBpZiAoYi5yYXcgPD0gcC5tYXhCeXRlcyB8fCBiLmd6KCkubGVuZ3RoIDw9IHAubWF4Qnl0ZXMpIHJldHVybiBiO1xuICAgICAgY29uc3QgZmFsbGJhY2sgPSBkLmZhbGxiYWNrID8/IHRoaXMuZGVmYXVsdEZhbGxiYWNrKCk7XG4gICAgICBpZiAoIWZhbGxiYWNrKSB7XG4gICAgICAgIHJldHVybiBmYWlsKHtcbiAgICAgICAgICBjb2RlOiAndXNlci1kYXRhLXRvby1sYXJnZScsXG4gICAgICAgICAgZmllbGQ6ICdyZWdpc3RyeURlbGl2ZXJ5JyxcbiAgICAgICAgICBtZXNzYWdlOiBgJHtwLndoZXJlfTogd2l0aCAke3AudXNlcnMubGVuZ3RofSB1c2VycyBpbmxpbmUgdGhlIHVzZXItZGF0YSBpcyAke01hdGgubWluKGIuZ3oubGVuZ3RoLCBiLnJhdyl9IGJ5dGVzIGFmdGVyIGNvbXByZXNzaW9uLCBhYm92ZSB0aGUgJHtwLm1heEJ5dGVzfS1ieXRlIGxpbWl0LCBhbmQgdGhlICR7cC5wbGF0Zm9ybX0gcGxhdGZvcm0gaGFzIG5vIGRlZmF1bHQgcGxhY2UgdG8gZmV0Y2ggdGhlIHJlZ2lzdHJ5IGZyb21gLFxuICAgICAgICAgIHZhbHVlOiBkLm1vZGUsXG4gICAgICAgICAgZml4OiAncGFzcyByZWdpc3RyeURlbGl2ZXJ5OiBSZWdpc3RyeURlbGl2ZXJ5LmF1dG8oUmVnaXN0cnlEZWxpdmVyeS5odHRwVXJsKFwiaHR0cHM6Ly8uLi5cIikpIChvciAuZmlsZShwYXRoKSkgYW5kIHB1Ymxpc2ggcmVnaXN0cnlQYXlsb2FkIHRoZXJlJyxcbiAgICAgICAgfSk7XG4gICAgICB9XG4gICAgICByZXR1cm4gdGhpcy5jaGVja2VkKHRoaXMuZmV0Y2hlZChmYWxsYmFjayksIGB0aGUgcmVnaXN0cnkgaXMgYWxyZWFkeSBmZXRjaGVkICgke2ZhbGxiYWNrLm1vZGV9KWApO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5jaGVja2VkKHRoaXMuZmV0Y2hlZChkKSwgYHRoZSByZWdpc3RyeSBpcyBhbHJlYWR5IGZldGNoZWQgKCR7ZC5tb2RlfSlgKTtcbiAgfVxuXG4gIHByaXZhdGUgZGVmYXVsdEZhbGxiYWNrKCk6IFJlZ2lzdHJ5RGVsaXZlcnkgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHAgPSB0aGlzLnBsYW47XG4gICAgaWYgKHAucGxhdGZvcm0gPT09IFdvcmtzcGFjZVBsYXRmb3JtLkFXUykgcmV0dXJuIFJlZ2lzdHJ5RGVsaXZlcnkuc3NtUGFyYW1ldGVycyhgL3Jlc2VhcmNoLXdvcmtzcGFjZXMvJHtwLnRlbXBsYXRlLnNsdWd9L3JlZ2lzdHJ5YCk7XG4gICAgaWYgKHAucGxhdGZvcm0gPT09IFdvcmtzcGFjZVBsYXRmb3JtLktVQkVSTkVURVMpIHJldHVybiBSZWdpc3RyeURlbGl2ZXJ5LmZpbGUoJy9ldGMvcmVzZWFyY2gtd29ya3NwYWNlL3JlZ2lzdHJ5L3JlZ2lzdHJ5LnRzdi5neicpO1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cblxuICBwcml2YXRlIGZldGNoZWQoZDogUmVnaXN0cnlEZWxpdmVyeSk6IEJ1aWx0IHtcbiAgICBjb25zdCBwID0gdGhpcy5wbGFuO1xuICAgIGNvbnN0IGNvbnRlbnQgPSByZWdpc3RyeUZpbGVDb250ZW50KHAucmVnaXN0cnkhLCBwLnJlZ2lzdHJ5IS51c2Vycyk7XG4gICAgY29uc3Qgc2hhID0gc2hhMjU2KGNvbnRlbnQpO1xuICAgIGNvbnN0IGd6ID0gemxpYi5nemlwU3luYyhCdWZmZXIuZnJvbShjb250ZW50LCAndXRmOCcpLCB7IGxldmVsOiA5IH0pO1xuICAgIGlmIChkLm1vZGUgPT09IFJlZ2lzdHJ5RGVsaXZlcnlNb2RlLlNTTV9QQVJBTUVURVJTKSB7XG4gICAgICBjb25zdCBtYXhMZW4gPSBkLnNzbU9wdGlvbnM/Lm1heFBhcmFtZXRlckxlbmd0aCA/PyA0MDk2O1xuICAgICAgY29uc3QgbWF4UGFyYW1zID0gZC5zc21PcHRpb25zPy5tYXhQYXJhbWV0ZXJzID8/IDEwMDtcbiAgICAgIGNvbnN0IGI2NCA9IGd6LnRvU3RyaW5nKCdiYXNlNjQnKTtcbiAgICAgIGNvbnN0IGNodW5rcyA9IE1hdGguY2VpbChiNjQubGVuZ3RoIC8gbWF4TGVuKTtcbiAgICAgIGlmIChjaHVua3MgPiBtYXhQYXJhbXMpIHtcbiAgICAgICAgZmFpbCh7XG4gICAgICAgICAgY29kZTogJ3JlZ2lzdHJ5LXRvby1sYXJnZScsXG4gICAgICAgICAgZmllbGQ6ICdyZWdpc3RyeURlbGl2ZXJ5JyxcbiAgICAgICAgICBtZXNzYWdlOiBgJHtwLndoZXJlfTogdGhlIHJlZ2lzdHJ5ICgke3AucmVnaXN0cnkhLnVzZXJzLmxlbmd0aH0gdXNlcnMsICR7Z3oubGVuZ3RofSBieXRlcyBnemlwKSBuZWVkcyAke2NodW5rc30gU1NNIHBhcmFtZXRlcnMgb2YgJHttYXhMZW59IGNoYXJhY3RlcnMsIG1vcmUgdGhhbiAke21heFBhcmFtc31gLFxuICAgICAgICAgIHZhbHVlOiBkLmxvY2F0aW9uLFxuICAgICAgICAgIGZpeDogJ2RlbGl2ZXIgaXQgZnJvbSBTMyBpbnN0ZWFkOiBSZWdpc3RyeURlbGl2ZXJ5LmF1dG8oUmVnaXN0cnlEZWxpdmVyeS5zMyhidWNrZXQsIGtleSkpLCBvciByYWlzZSBtYXhQYXJhbWV0ZXJMZW5ndGggdG8gODE5MiAoYWR2YW5jZWQgdGllciknLFxuICAgICAgICB9KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHBhcmFtZXRlcnM6IFJlZ2lzdHJ5UGFyYW1ldGVyW10gPSBbXTtcbiAgICAgIGZvciAobGV0IGkgPSAwOyBpIDwgY2h1bmtzOyBpKyspIHBhcmFtZXRlcnMucHVzaCh7IG5hbWU6IGAke2QubG9jYXRpb259LyR7aX1gLCB2YWx1ZTogYjY0LnNsaWNlKGkgKiBtYXhMZW4sIChpICsgMSkgKiBtYXhMZW4pIH0pO1xuICAgICAgcmV0dXJuIHRoaXMuYnVpbGQoeyBraW5kOiAnc3NtJywgc2hhMjU2OiBzaGEsIHByZWZpeDogZC5sb2NhdGlvbiEsIGNodW5rcyB9LFxuICAgICAgICB7IC4uLnBheWxvYWRPZihjb250ZW50LCBkLm1vZGUsIGQubG9jYXRpb24sIHBhcmFtZXRlcnMpLCB1c2VyQ291bnQ6IHAucmVnaXN0cnkhLnVzZXJzLmxlbmd0aCB9KTtcbiAgICB9XG4gICAgY29uc3QgdXJsID0gZC5tb2RlID09PSBSZWdpc3RyeURlbGl2ZXJ5TW9kZS5GSUxFID8gYGZpbGU6Ly8ke2QubG9jYXRpb259YCA6IGQubG9jYXRpb24hO1xuICAgIHJldHVybiB0aGlzLmJ1aWxkKHsga2luZDogJ3VybCcsIHNoYTI1Njogc2hhLCB1cmwgfSwgeyAuLi5wYXlsb2FkT2YoY29udGVudCwgZC5tb2RlLCBkLmxvY2F0aW9uLCBbXSksIHVzZXJDb3VudDogcC5yZWdpc3RyeSEudXNlcnMubGVuZ3RoIH0pO1xuICB9XG5cbiAgcHJpdmF0ZSBsYXJnZUZpeChwYXlsb2FkOiBQYXlsb2FkRmlsZVtdKTogc3RyaW5nIHtcbiAgICBjb25zdCBiaWcgPSBbLi4ucGF5bG9hZF0uZmlsdGVyKChmKSA9PiAhZi5nZW5lcmF0ZWRTaGVsbCkuc29ydCgoYSwgYikgPT4gYi5jb250ZW50Lmxlbmd0aCAtIGEuY29udGVudC5sZW5ndGgpLnNsaWNlKDAsIDMpXG4gICAgICAubWFwKChmKSA9PiBgJHtmLm5hbWV9ICR7QnVmZmVyLmJ5dGVMZW5ndGgoZi5jb250ZW50KX0gYnl0ZXNgKTtcbiAgICByZXR1cm4gYG1vdmUgbGFyZ2UgY29udGVudCBvdXQgb2YgdGhlIHVzZXItZGF0YTogZmlsZXNbXS5jb250ZW50IHRvIHNvdXJjZTogczM6Ly8uLi4gb3IgaHR0cHM6Ly8sIGEgc2hvcnRlciBwb3N0X2luc3RhbGwgb3IgdXNlcl9kYXRhJHtiaWcubGVuZ3RoID8gYCAobGFyZ2VzdDogJHtiaWcuam9pbignLCAnKX0pYCA6ICcnfWA7XG4gIH1cblxuICBwcml2YXRlIGNoZWNrZWQoYjogQnVpbHQsIHdoYXQ6IHN0cmluZywgaW5saW5lRml4Pzogc3RyaW5nKTogQnVpbHQge1xuICAgIGNvbnN0IHAgPSB0aGlzLnBsYW47XG4gICAgLy8gU2VudCB1bmNvbXByZXNzZWQgd2hlbiB0aGF0IGZpdHM7IHRoZSBjYWxsZXIncyBvd24gY2hlY2sgY292ZXJzIGEgbWVzc2FnZSBpdCB3cmFwcy5cbiAgICBpZiAoYi5yYXcgPD0gcC5tYXhCeXRlcyB8fCBwLnNpemVDaGVja2VkQnlDYWxsZXIpIHJldHVybiBiO1xuICAgIGNvbnN0IHNpemUgPSBNYXRoLm1pbihiLmd6KCkubGVuZ3RoLCBiLnJhdyk7XG4gICAgaWYgKHNpemUgPiBwLm1heEJ5dGVzKSB7XG4gICAgICBmYWlsKHtcbiAgICAgICAgY29kZTogJ3VzZXItZGF0YS10b28tbGFyZ2UnLFxuICAgICAgICBmaWVsZDogJ3JlZ2lzdHJ5RGVsaXZlcnknLFxuICAgICAgICBtZXNzYWdlOiBgJHtwLndoZXJlfTogdGhlIHVzZXItZGF0YSBpcyAke3NpemV9IGJ5dGVzIGFmdGVyIGNvbXByZXNzaW9uICgke2IucmF3fSByYXcpLCBhYm92ZSB0aGUgJHtwLm1heEJ5dGVzfS1ieXRlIGxpbWl0YFxuICAgICAgICAgICsgYCR7cC5wbGF0Zm9ybSA9PT0gV29ya3NwYWNlUGxhdGZvcm0uQVdTID8gJyBvZiBFQzInIDogJyd9OyAke3doYXR9YCxcbiAgICAgICAgdmFsdWU6IHAuZGVsaXZlcnkubW9kZSxcbiAgICAgICAgZml4OiBpbmxpbmVGaXggPz8gdGhpcy5sYXJnZUZpeChiLnBheWxvYWQpLFxuICAgICAgfSk7XG4gICAgfVxuICAgIHJldHVybiBiO1xuICB9XG5cbiAgcHJpdmF0ZSBidWlsZChyZWc6IFJlZ2lzdHJ5U291cmNlIHwgdW5kZWZpbmVkLCByZWdpc3RyeTogUmVnaXN0cnlQYXlsb2FkIHwgdW5kZWZpbmVkKTogQnVpbHQge1xuICAgIGNvbnN0IHAgPSB0aGlzLnBsYW47XG4gICAgY29uc3QgciA9IHJlbmRlclByb3Zpc2lvbmluZyhwLCByZWcsIHJlZz8ua2luZCA9PT0gJ2lubGluZScgPyByZWdpc3RyeSEuY29udGVudCA6IHVuZGVmaW5lZCk7XG4gICAgLy8gTm8gY29tbWVudHM6IEVDMidzIDE2IEtCIGNvdW50cyBldmVyeSBieXRlICh0aGUgcGF5bG9hZCdzIG93biBzY3JpcHRzIGNhcnJ5IG5vbmUgZWl0aGVyKS5cbiAgICAvLyBUaGUgcGF5bG9hZCBhbHdheXMgaG9sZHMgYmluL3J3cy1wcm92aXNpb24sIHNvIHdyaXRlX2ZpbGVzIGlzIG5ldmVyIGVtcHR5LlxuICAgIGNvbnN0IGNsb3VkQ29uZmlnID0gYCNjbG91ZC1jb25maWdcXG4ke1dSSVRFX0ZJTEVTfVxcbiR7ci5wYXlsb2FkLm1hcCh3cml0ZUZpbGVZYW1sKS5qb2luKCcnKX1gO1xuICAgIGNvbnN0IHNoZWxsUGFydCA9IFtcbiAgICAgICcjIS9iaW4vYmFzaCcsXG4gICAgICBgZXhlYyAvYmluL2Jhc2ggJHtzaHEoYCR7UEFZTE9BRF9ESVJ9L2Jpbi9yd3MtcHJvdmlzaW9uYCl9YCxcbiAgICAgICcnLFxuICAgIF0uam9pbignXFxuJyk7XG4gICAgY29uc3QgbWltZSA9IHJlbmRlck11bHRpcGFydChbXG4gICAgICB7IG5hbWU6ICdjbG91ZC1jb25maWcueWFtbCcsIGNvbnRlbnRUeXBlOiAndGV4dC9jbG91ZC1jb25maWcnLCBjb250ZW50OiBjbG91ZENvbmZpZyB9LFxuICAgICAgeyBuYW1lOiAncHJvdmlzaW9uLnNoJywgY29udGVudFR5cGU6ICd0ZXh0L3gtc2hlbGxzY3JpcHQnLCBjb250ZW50OiBzaGVsbFBhcnQgfSxcbiAgICBdKTtcbiAgICByZXR1cm4ge1xuICAgICAgcGF5bG9hZDogci5wYXlsb2FkLFxuICAgICAgY2xvdWRDb25maWcsXG4gICAgICBzaGVsbFBhcnQsXG4gICAgICBtaW1lLFxuICAgICAgcmF3OiBCdWZmZXIuYnl0ZUxlbmd0aChtaW1lLCAndXRmOCcpLFxuICAgICAgZ3o6IGxhenkoKCkgPT4gemxpYi5nemlwU3luYyhCdWZmZXIuZnJvbShtaW1lLCAndXRmOCcpLCB7IGxldmVsOiA5IH0pKSxcbiAgICAgIHJlZ2lzdHJ5LFxuICAgIH07XG4gIH1cbn1cblxuY29uc3QgWUFNTF9PUFRJT05TID0geyBsaW5lV2lkdGg6IDAsIGJsb2NrUXVvdGU6ICdsaXRlcmFsJyB9IGFzIGNvbnN0O1xuY29uc3QgV1JJVEVfRklMRVMgPSAnd3JpdGVfZmlsZXM6Jztcbi8qKiBZQU1MIG9mIHdyaXRlX2ZpbGVzIGVudHJpZXMgYnkgZmlsZSAobW9zdCBhcmUgdGhlIHNhbWUgaW4gZXZlcnkgd29ya3NwYWNlIG9mIGEgdGVtcGxhdGUpOyBjbGVhcmVkIHdoZW4gZnVsbC4gKi9cbmNvbnN0IFdSSVRFX0ZJTEVfWUFNTCA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG5cbi8qKlxuICogVGhlIFlBTUwgb2Ygb25lIGB3cml0ZV9maWxlc2AgZW50cnk6IHRoZSBlbnRyaWVzIG9mIGEgYmxvY2sgc2VxdWVuY2UgYXJlIHdyaXR0ZW4gaW5kZXBlbmRlbnRseSxcbiAqIHNvIHRoZSBkb2N1bWVudCBvZiBzZXZlcmFsIGZpbGVzIGlzIHRoZSBoZWFkZXIgYW5kIHRoZWlyIGVudHJpZXMgaW4gb3JkZXIuXG4gKi9cbmZ1bmN0aW9uIHdyaXRlRmlsZVlhbWwoZjogUGF5bG9hZEZpbGUpOiBzdHJpbmcge1xuICBjb25zdCBrZXkgPSBgJHtmLm5hbWV9XFwwJHtmLm1vZGV9XFwwJHtmLmNvbnRlbnR9YDtcbiAgbGV0IHRleHQgPSBXUklURV9GSUxFX1lBTUwuZ2V0KGtleSk7XG4gIGlmICh0ZXh0ID09PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBkb2MgPSBzdHJpbmdpZnkoeyB3cml0ZV9maWxlczogW3sgcGF0aDogYCR7UEFZTE9BRF9ESVJ9LyR7Zi5uYW1lfWAsIG93bmVyOiAncm9vdDpyb290JywgcGVybWlzc2lvbnM6IGYubW9kZSwgY29udGVudDogZi5jb250ZW50IH1dIH0sIFlBTUxfT1BUSU9OUyk7XG4gICAgdGV4dCA9IGRvYy5zbGljZShXUklURV9GSUxFUy5sZW5ndGggKyAxKTtcbiAgICBpZiAoV1JJVEVfRklMRV9ZQU1MLnNpemUgPj0gMjU2KSBXUklURV9GSUxFX1lBTUwuY2xlYXIoKTtcbiAgICBXUklURV9GSUxFX1lBTUwuc2V0KGtleSwgdGV4dCk7XG4gIH1cbiAgcmV0dXJuIHRleHQ7XG59XG5cbi8qKiBBIHZhbHVlIGNvbXB1dGVkIG9uY2UsIG9uIGZpcnN0IHVzZS4gKi9cbmZ1bmN0aW9uIGxhenk8VD4obWFrZTogKCkgPT4gVCk6ICgpID0+IFQge1xuICBsZXQgdmFsdWU6IFQgfCB1bmRlZmluZWQ7XG4gIGxldCBtYWRlID0gZmFsc2U7XG4gIHJldHVybiAoKSA9PiB7XG4gICAgaWYgKCFtYWRlKSB7XG4gICAgICB2YWx1ZSA9IG1ha2UoKTtcbiAgICAgIG1hZGUgPSB0cnVlO1xuICAgIH1cbiAgICByZXR1cm4gdmFsdWUgYXMgVDtcbiAgfTtcbn1cblxuZnVuY3Rpb24gc2hhMjU2KHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBjcnlwdG8uY3JlYXRlSGFzaCgnc2hhMjU2JykudXBkYXRlKHRleHQsICd1dGY4JykuZGlnZXN0KCdoZXgnKTtcbn1cblxuZnVuY3Rpb24gcGF5bG9hZE9mKGNvbnRlbnQ6IHN0cmluZywgbW9kZTogUmVnaXN0cnlEZWxpdmVyeU1vZGUsIGxvY2F0aW9uOiBzdHJpbmcgfCB1bmRlZmluZWQsIHBhcmFtZXRlcnM6IFJlZ2lzdHJ5UGFyYW1ldGVyW10pOiBPbWl0PFJlZ2lzdHJ5UGF5bG9hZCwgJ3VzZXJDb3VudCc+IHtcbiAgcmV0dXJuIHtcbiAgICBtb2RlLFxuICAgIGNvbnRlbnQsXG4gICAgc2hhMjU2OiBzaGEyNTYoY29udGVudCksXG4gICAgbG9jYXRpb24sXG4gICAgcGFyYW1ldGVycyxcbiAgICBnemlwQmFzZTY0OiB6bGliLmd6aXBTeW5jKEJ1ZmZlci5mcm9tKGNvbnRlbnQsICd1dGY4JyksIHsgbGV2ZWw6IDkgfSkudG9TdHJpbmcoJ2Jhc2U2NCcpLFxuICB9O1xufVxuIl19