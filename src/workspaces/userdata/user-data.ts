import * as crypto from 'crypto';
import * as zlib from 'zlib';
import { stringify } from 'yaml';
import { Diagnostic } from '../errors';
import { fail } from '../private/error';
import { UserRegistry } from '../users';
import {
  ProvisioningPhase, RegistryDelivery, RegistryDeliveryMode, RegistryParameter, RegistryPayload, UserDataPart, WorkspacePlatform,
  WorkspaceUserDataOptions,
} from './options';
import { renderMultipart } from './private/mime';
import { makePlan, Plan } from './private/plan';
import { registryFileContent } from './private/registry-file';
import { bakeHash, gateCodeParameters, PAYLOAD_DIR, PayloadFile, RegistrySource, renderProvisioning, toolParameters } from './private/render';
import { SCRIPTS } from './private/scripts.generated';
import { heredocDelimiter, shq } from './private/shell';

/**
 * A script the generator wrote, for checking with shellcheck.
 */
export interface GeneratedScript {
  /** Name: a payload path or `provision.sh` / `bundle.sh`. */
  readonly name: string;
  /** Shell dialect: `bash` or `sh`. */
  readonly shell: string;
  /** The script. */
  readonly content: string;
}

interface Built {
  readonly payload: PayloadFile[];
  readonly cloudConfig: string;
  readonly shellPart: string;
  readonly mime: string;
  readonly raw: number;
  /** gzip of `mime` (level 9), computed on first use: a caller that checks a larger message never needs it. */
  readonly gz: () => Buffer;
  readonly registry?: RegistryPayload;
}

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
export class WorkspaceUserData {
  /** EC2's user-data limit in bytes (of the data as sent, before base64). */
  public static readonly EC2_LIMIT_BYTES = 16384;

  /**
   * Generates the user-data. Throws a WorkspaceInputError naming the field, value and fix when
   * an option is invalid, and when the user-data cannot fit the platform's limit.
   */
  public static generate(options: WorkspaceUserDataOptions): WorkspaceUserData {
    return new WorkspaceUserData(makePlan(options));
  }

  /**
   * The registry file rws-sync-users reads (tab-separated G/U/K lines).
   * @param registry the registry
   * @param users names to include; every user when absent
   */
  public static registryFile(registry: UserRegistry, users?: string[]): string {
    return registryFileContent(registry, users ? registry.users.filter((u) => users.includes(u.name)) : registry.users);
  }

  /** The standalone user sync script (`rws-sync-users [options] REGISTRY`), e.g. for an SSM document. */
  public static syncUsersScript(): string {
    return SCRIPTS['sync-users.sh'];
  }

  /**
   * The SSM parameters (standard tier) that carry the claim check of published services
   * (rws-gate), for `PublishedServiceGateway.codeParameterPrefix`: base64 of its gzip in pieces
   * of 4096 characters, named PREFIX/0, PREFIX/1, ...
   * @param prefix parameter name prefix, e.g. `/lab/web-gateway/code`
   */
  public static gateCodeParameters(prefix: string): RegistryParameter[] {
    return gateCodeParameters(prefix);
  }

  /**
   * The SSM parameters (standard tier) that carry the user sync and the idle agent for
   * `toolsParameterPrefix`: base64 of each tool's gzip in pieces of 4096 characters.
   * @param prefix parameter name prefix, e.g. `/lab/rws-tools`
   */
  public static toolParameters(prefix: string): RegistryParameter[] {
    return toolParameters(prefix).map(({ name, value }) => ({ name, value }));
  }

  /** The standalone idle agent script. */
  public static idleAgentScript(): string {
    return SCRIPTS['idle-agent.sh'];
  }

  /** Bytes of the multipart message before compression. */
  public readonly rawSizeBytes: number;
  /** The limit the size was checked against. */
  public readonly maxBytes: number;
  /**
   * The registry file and where it must be published (for fetched delivery).
   * @default - no research users
   */
  public readonly registryPayload?: RegistryPayload;
  /** Warnings: ignored service settings, services listening beyond localhost, skipped template users. */
  public readonly warnings: Diagnostic[];
  /**
   * Content hash (16 hex digits) of what the template installs on this platform: the bake
   * records it in the image (/etc/research-workspace/image.env), a boot on a baked image
   * checks it. The same for every workspace of the template, whatever its users and storage.
   */
  public readonly imageContentHash: string;
  /** Part of the provisioning this user-data carries. */
  public readonly phase: ProvisioningPhase;

  private readonly plan: Plan;
  /**
   * The rendering made by the constructor, until its first use. After that each use renders
   * again (the same text: rendering is deterministic), so that a workspace does not hold its
   * payload three times over (files, YAML, MIME) for the rest of a synthesis: a lab of 1,000
   * workspaces would keep about 100 MB.
   */
  private pending?: Built;
  private gzLength?: number;

  private constructor(plan: Plan) {
    this.plan = plan;
    const built = this.decide();
    this.pending = built;
    this.rawSizeBytes = built.raw;
    this.maxBytes = plan.maxBytes;
    this.registryPayload = built.registry;
    this.warnings = plan.warnings;
    this.imageContentHash = bakeHash(plan);
    this.phase = plan.phase;
  }

  /**
   * The `#cloud-config` YAML (first part). Like `parts`, `renderMime()` and the scripts, it is
   * rendered again (the same text) at each request after the first: the object does not keep it.
   */
  public get cloudConfig(): string {
    return this.built().cloudConfig;
  }

  /** The parts of the multipart user-data, in order. */
  public get parts(): UserDataPart[] {
    const built = this.built();
    return [
      { name: 'cloud-config.yaml', contentType: 'text/cloud-config', content: built.cloudConfig },
      { name: 'provision.sh', contentType: 'text/x-shellscript', content: built.shellPart },
    ];
  }

  /** Bytes EC2 (or the platform) receives: the gzip of the multipart message when smaller, else the message. */
  public get sizeBytes(): number {
    return Math.min(this.gzipLength(), this.rawSizeBytes);
  }

  /** Mount points whose disk use the CloudWatch agent publishes (`cloudWatchAgent`; empty without the agent). */
  public get cloudWatchAgentDiskPaths(): string[] {
    return [...this.plan.cloudWatchAgent?.diskPaths ?? []];
  }

  /** Whether the user-data is sent gzip-compressed. */
  public get compressed(): boolean {
    return this.gzipLength() < this.rawSizeBytes;
  }

  /** The multipart MIME message (uncompressed). */
  public renderMime(): string {
    return this.built().mime;
  }

  /** Base64 of what the platform should receive: gzip when it is smaller, else the message. */
  public renderBase64(): string {
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
  public provisioningScript(): string {
    const p = this.plan;
    const payload = this.built().payload;
    const dirs = [...new Set(payload.map((f) => f.name.split('/').slice(0, -1).join('/')).filter((d) => d))].sort();
    const out = [
      '#!/bin/bash',
      `# Research workspace "${p.template.slug}": self-contained provisioning generated by cdk-research-workspaces.`,
      `# Writes its payload to ${PAYLOAD_DIR} and runs it as root; safe to run again. Log: ${p.logFile}`,
      'set -euo pipefail',
      'umask 077',
      `d=${PAYLOAD_DIR}`,
      `mkdir -p "$d"${dirs.map((x) => ` "$d/${x}"`).join('')}`,
    ];
    for (const f of payload) {
      const dest = `"$d/${f.name}"`;
      if (f.content.endsWith('\n') && !f.content.includes('\r')) {
        const delim = heredocDelimiter(f.content);
        out.push(`cat >${dest} <<'${delim}'`, f.content + delim);
      } else {
        const delim = heredocDelimiter('', 'RWS_B64');
        const b64 = Buffer.from(f.content, 'utf8').toString('base64').replace(/.{1,76}/g, '$&\n');
        out.push(`base64 -d >${dest} <<'${delim}'`, b64 + delim);
      }
      out.push(`chmod ${f.mode} ${dest}`);
    }
    out.push('exec /bin/bash "$d/bin/rws-provision"', '');
    return out.join('\n');
  }

  /** Every shell script this user-data contains that the generator wrote (not the template author's scripts). */
  public generatedScripts(): GeneratedScript[] {
    const built = this.built();
    return [
      ...built.payload.filter((f) => f.generatedShell).map((f) => ({ name: f.name, shell: f.generatedShell!, content: f.content })),
      { name: 'provision.sh', shell: 'bash', content: built.shellPart },
      { name: 'bundle.sh', shell: 'bash', content: this.provisioningScript() },
    ];
  }

  /** The rendering: the constructor's on first use, a new one (the same text) after that. */
  private built(): Built {
    const built = this.pending ?? this.decide();
    this.pending = undefined;
    return built;
  }

  private gzipLength(): number {
    if (this.gzLength === undefined) this.gzLength = this.built().gz().length;
    return this.gzLength;
  }

  private decide(): Built {
    const p = this.plan;
    if (!p.registry || p.users.length === 0) return this.build(undefined, undefined);
    const inline = (): Built => {
      const content = registryFileContent(p.registry!, p.users);
      const sha = sha256(content);
      return this.build({ kind: 'inline', sha256: sha }, { ...payloadOf(content, RegistryDeliveryMode.INLINE, undefined, []), userCount: p.users.length });
    };
    const d = p.delivery;
    if (d.mode === RegistryDeliveryMode.INLINE) {
      return this.checked(inline(), 'the registry is inline',
        'deliver the registry separately: registryDelivery: RegistryDelivery.auto(RegistryDelivery.s3(bucket, key)) (or ssmParameters, httpUrl, file)');
    }
    if (d.mode === RegistryDeliveryMode.AUTO) {
      const b = inline();
      if (b.raw <= p.maxBytes || b.gz().length <= p.maxBytes) return b;
      const fallback = d.fallback ?? this.defaultFallback();
      if (!fallback) {
        return fail({
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

  private defaultFallback(): RegistryDelivery | undefined {
    const p = this.plan;
    if (p.platform === WorkspacePlatform.AWS) return RegistryDelivery.ssmParameters(`/research-workspaces/${p.template.slug}/registry`);
    if (p.platform === WorkspacePlatform.KUBERNETES) return RegistryDelivery.file('/etc/research-workspace/registry/registry.tsv.gz');
    return undefined;
  }

  private fetched(d: RegistryDelivery): Built {
    const p = this.plan;
    const content = registryFileContent(p.registry!, p.registry!.users);
    const sha = sha256(content);
    const gz = zlib.gzipSync(Buffer.from(content, 'utf8'), { level: 9 });
    if (d.mode === RegistryDeliveryMode.SSM_PARAMETERS) {
      const maxLen = d.ssmOptions?.maxParameterLength ?? 4096;
      const maxParams = d.ssmOptions?.maxParameters ?? 100;
      const b64 = gz.toString('base64');
      const chunks = Math.ceil(b64.length / maxLen);
      if (chunks > maxParams) {
        fail({
          code: 'registry-too-large',
          field: 'registryDelivery',
          message: `${p.where}: the registry (${p.registry!.users.length} users, ${gz.length} bytes gzip) needs ${chunks} SSM parameters of ${maxLen} characters, more than ${maxParams}`,
          value: d.location,
          fix: 'deliver it from S3 instead: RegistryDelivery.auto(RegistryDelivery.s3(bucket, key)), or raise maxParameterLength to 8192 (advanced tier)',
        });
      }
      const parameters: RegistryParameter[] = [];
      for (let i = 0; i < chunks; i++) parameters.push({ name: `${d.location}/${i}`, value: b64.slice(i * maxLen, (i + 1) * maxLen) });
      return this.build({ kind: 'ssm', sha256: sha, prefix: d.location!, chunks },
        { ...payloadOf(content, d.mode, d.location, parameters), userCount: p.registry!.users.length });
    }
    const url = d.mode === RegistryDeliveryMode.FILE ? `file://${d.location}` : d.location!;
    return this.build({ kind: 'url', sha256: sha, url }, { ...payloadOf(content, d.mode, d.location, []), userCount: p.registry!.users.length });
  }

  private largeFix(payload: PayloadFile[]): string {
    const big = [...payload].filter((f) => !f.generatedShell).sort((a, b) => b.content.length - a.content.length).slice(0, 3)
      .map((f) => `${f.name} ${Buffer.byteLength(f.content)} bytes`);
    return `move large content out of the user-data: files[].content to source: s3://... or https://, a shorter post_install or user_data${big.length ? ` (largest: ${big.join(', ')})` : ''}`;
  }

  private checked(b: Built, what: string, inlineFix?: string): Built {
    const p = this.plan;
    // Sent uncompressed when that fits; the caller's own check covers a message it wraps.
    if (b.raw <= p.maxBytes || p.sizeCheckedByCaller) return b;
    const size = Math.min(b.gz().length, b.raw);
    if (size > p.maxBytes) {
      fail({
        code: 'user-data-too-large',
        field: 'registryDelivery',
        message: `${p.where}: the user-data is ${size} bytes after compression (${b.raw} raw), above the ${p.maxBytes}-byte limit`
          + `${p.platform === WorkspacePlatform.AWS ? ' of EC2' : ''}; ${what}`,
        value: p.delivery.mode,
        fix: inlineFix ?? this.largeFix(b.payload),
      });
    }
    return b;
  }

  private build(reg: RegistrySource | undefined, registry: RegistryPayload | undefined): Built {
    const p = this.plan;
    const r = renderProvisioning(p, reg, reg?.kind === 'inline' ? registry!.content : undefined);
    // No comments: EC2's 16 KB counts every byte (the payload's own scripts carry none either).
    // The payload always holds bin/rws-provision, so write_files is never empty.
    const cloudConfig = `#cloud-config\n${WRITE_FILES}\n${r.payload.map(writeFileYaml).join('')}`;
    const shellPart = [
      '#!/bin/bash',
      `exec /bin/bash ${shq(`${PAYLOAD_DIR}/bin/rws-provision`)}`,
      '',
    ].join('\n');
    const mime = renderMultipart([
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

const YAML_OPTIONS = { lineWidth: 0, blockQuote: 'literal' } as const;
const WRITE_FILES = 'write_files:';
/** YAML of write_files entries by file (most are the same in every workspace of a template); cleared when full. */
const WRITE_FILE_YAML = new Map<string, string>();

/**
 * The YAML of one `write_files` entry: the entries of a block sequence are written independently,
 * so the document of several files is the header and their entries in order.
 */
function writeFileYaml(f: PayloadFile): string {
  const key = `${f.name}\0${f.mode}\0${f.content}`;
  let text = WRITE_FILE_YAML.get(key);
  if (text === undefined) {
    const doc = stringify({ write_files: [{ path: `${PAYLOAD_DIR}/${f.name}`, owner: 'root:root', permissions: f.mode, content: f.content }] }, YAML_OPTIONS);
    text = doc.slice(WRITE_FILES.length + 1);
    if (WRITE_FILE_YAML.size >= 256) WRITE_FILE_YAML.clear();
    WRITE_FILE_YAML.set(key, text);
  }
  return text;
}

/** A value computed once, on first use. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

function sha256(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

function payloadOf(content: string, mode: RegistryDeliveryMode, location: string | undefined, parameters: RegistryParameter[]): Omit<RegistryPayload, 'userCount'> {
  return {
    mode,
    content,
    sha256: sha256(content),
    location,
    parameters,
    gzipBase64: zlib.gzipSync(Buffer.from(content, 'utf8'), { level: 9 }).toString('base64'),
  };
}
