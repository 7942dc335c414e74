import * as os from 'os';
import * as path from 'path';
import type { CloudFormationSettings } from './cloudformation';
import { readServiceYaml } from './settings-schema';
import type { TerraformSettings } from './terraform';
import { CliInputError, Input } from '../command';

/**
 * Settings of `rws permit worker` and `rws permit api`: command-line options first, then
 * environment variables (RWS_*), then the `--config` file (YAML, snake_case keys), then defaults.
 */

/** The worker's modes. */
export const MODES = ['synth', 'plan', 'apply'] as const;
export type WorkerMode = typeof MODES[number];

/** Everything the worker runs with. */
export interface WorkerSettings {
  readonly amqpUrl: string;
  readonly redisUrl: string;
  readonly backend: 'kubernetes' | 'proxmox' | 'aws';
  readonly backendConfig?: string;
  readonly workdir: string;
  readonly mode: WorkerMode;
  readonly workerId: string;
  readonly prefix: string;
  readonly exchange: string;
  readonly statusExchange: string;
  readonly shards: number;
  readonly leaseMs: number;
  readonly maxAttempts: number;
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
  readonly terraform: TerraformSettings;
  /** How `--backend aws` plans and applies (CloudFormation change sets). */
  readonly cloudformation: CloudFormationSettings;
  /** Folder of the permits' output release stores (`<dir>/<permitId>/`): where release events are applied. */
  readonly releasesDir?: string;
}

/** What the API runs with. */
export interface ApiSettings {
  readonly redisUrl: string;
  readonly port: number;
  readonly host: string;
  readonly tokenFile: string;
  readonly prefix: string;
  readonly secrets: SecretStoreSettings;
  /** Folder of the permits' output release stores (`<dir>/<permitId>/`), served read-only. */
  readonly releasesDir?: string;
}

/** Where `/connection` reads passwords at request time. */
export interface SecretStoreSettings {
  /** `file`: `<dir>/<permitId>/<username>`; `command`: run argv with {permitId} {username} {workspace}; `none`. */
  readonly kind: 'file' | 'command' | 'none';
  readonly dir?: string;
  readonly command?: string[];
}

/**
 * The file `--config` names (or RWS_CONFIG), read and checked against its schema
 * (settings-schema.ts: unknown keys and wrong shapes are errors with file:line:column); {} when none.
 */
export function readServiceFile(file: string | undefined): { data: any; dir: string } {
  if (!file) return { data: {}, dir: process.cwd() };
  return { data: readServiceYaml(file, 'settings'), dir: path.dirname(path.resolve(file)) };
}

/** One setting: option, then environment, then file. */
class Source {
  constructor(private readonly input: Input, private readonly env: Record<string, string | undefined>, private readonly file: any,
    private readonly fileName: string | undefined, private readonly fileDir: string) {}

  public str(option: string | undefined, env: string, key: string): string | undefined {
    const fromOption = option ? this.input.str(option) : undefined;
    if (fromOption !== undefined) return fromOption;
    if (this.env[env] !== undefined && this.env[env] !== '') return this.env[env];
    const v = this.file[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new CliInputError(`${this.fileName}: ${key} must be a single value (got ${JSON.stringify(v)})`);
    }
    return String(v);
  }

  /** A path: file values are relative to the file's folder. */
  public path(option: string | undefined, env: string, key: string): string | undefined {
    const fromOption = option ? this.input.str(option) : undefined;
    if (fromOption !== undefined) return path.resolve(fromOption);
    if (this.env[env]) return path.resolve(this.env[env]!);
    const v = this.file[key];
    return typeof v === 'string' ? path.resolve(this.fileDir, v) : undefined;
  }

  public int(option: string | undefined, env: string, key: string, dflt: number, min: number, max: number): number {
    const s = this.str(option, env, key);
    if (s === undefined) return dflt;
    const n = Number(s);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new CliInputError(`${option ? `--${option}` : key} (or ${env}) must be a whole number from ${min} to ${max} (got "${s}")`);
    }
    return n;
  }
}

function required(v: string | undefined, option: string, env: string, key: string, example: string): string {
  if (v === undefined) throw new CliInputError(`--${option} is required (or ${env}, or ${key}: in --config); e.g. --${option} ${example}`);
  return v;
}

/** Reads the worker's settings. */
export function workerSettings(input: Input, env: Record<string, string | undefined>): WorkerSettings {
  const fileName = input.str('config') ?? env.RWS_CONFIG;
  const { data, dir } = readServiceFile(fileName);
  const s = new Source(input, env, data, fileName, dir);
  const backend = required(s.str('backend', 'RWS_BACKEND', 'backend'), 'backend', 'RWS_BACKEND', 'backend', 'kubernetes');
  if (!['kubernetes', 'proxmox', 'aws'].includes(backend)) throw new CliInputError(`unknown backend "${backend}"; use kubernetes, proxmox or aws`);
  const mode = s.str('mode', 'RWS_MODE', 'mode') ?? 'synth';
  if (!(MODES as readonly string[]).includes(mode)) throw new CliInputError(`unknown mode "${mode}" for --mode; use synth, plan or apply`);
  const t = data.terraform ?? {};
  if (typeof t !== 'object' || Array.isArray(t)) throw new CliInputError(`${fileName}: terraform must be a mapping (bin:, cli_config:, plugin_dir:, init:, env:)`);
  const ts = new Source(input, env, t, fileName, dir);
  const tfEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(t.env ?? {})) tfEnv[k] = String(v);
  const initText = ts.str(undefined, 'RWS_TERRAFORM_INIT', 'init');
  const terraform: TerraformSettings = {
    bin: ts.str(undefined, 'RWS_TERRAFORM_BIN', 'bin') ?? 'terraform',
    cliConfig: ts.path(undefined, 'RWS_TERRAFORM_CLI_CONFIG', 'cli_config'),
    pluginDir: ts.path(undefined, 'RWS_TERRAFORM_PLUGIN_DIR', 'plugin_dir'),
    init: initText === undefined ? true : /^(true|1|yes)$/i.test(initText),
    env: tfEnv,
    lockTimeoutSeconds: ts.int(undefined, 'RWS_TERRAFORM_LOCK_TIMEOUT', 'lock_timeout_seconds', 120, 0, 86400),
    timeoutSeconds: ts.int(undefined, 'RWS_TERRAFORM_TIMEOUT', 'timeout_seconds', 1800, 5, 86400),
  };
  const cloudformation = cloudFormationSettings(input, env, data, fileName, dir);
  if (backend === 'aws' && mode !== 'synth' && !cloudformation.bucket) {
    throw new CliInputError(`--mode ${mode} with --backend aws needs the bucket the templates are uploaded to (a permit template is larger than CloudFormation's 51,200-byte inline limit): `
      + 'set cloudformation.bucket in --config, or RWS_CFN_BUCKET, e.g. the CDK bootstrap bucket cdk-hnb659fds-assets-<account>-<region>');
  }
  return {
    amqpUrl: required(s.str('amqp', 'RWS_AMQP_URL', 'amqp_url'), 'amqp', 'RWS_AMQP_URL', 'amqp_url', 'amqp://guest:guest@127.0.0.1:5672'),
    redisUrl: required(s.str('redis', 'RWS_REDIS_URL', 'redis_url'), 'redis', 'RWS_REDIS_URL', 'redis_url', 'redis://127.0.0.1:6379'),
    backend: backend as WorkerSettings['backend'],
    backendConfig: s.path('backend-config', 'RWS_BACKEND_CONFIG', 'backend_config'),
    workdir: required(s.path('workdir', 'RWS_WORKDIR', 'workdir'), 'workdir', 'RWS_WORKDIR', 'workdir', '/var/lib/rws-permits'),
    mode: mode as WorkerMode,
    workerId: s.str('worker-id', 'RWS_WORKER_ID', 'worker_id') ?? `${os.hostname()}-${process.pid}`,
    prefix: s.str(undefined, 'RWS_REDIS_PREFIX', 'redis_prefix') ?? 'rws:',
    exchange: s.str(undefined, 'RWS_EXCHANGE', 'exchange') ?? 'permit.events',
    statusExchange: s.str(undefined, 'RWS_STATUS_EXCHANGE', 'status_exchange') ?? 'permit.status',
    shards: s.int('shards', 'RWS_SHARDS', 'shards', 16, 1, 1024),
    leaseMs: s.int(undefined, 'RWS_LEASE_MS', 'lease_ms', 30_000, 1000, 3_600_000),
    maxAttempts: s.int(undefined, 'RWS_MAX_ATTEMPTS', 'max_attempts', 5, 1, 1000),
    backoffMs: s.int(undefined, 'RWS_BACKOFF_MS', 'backoff_ms', 1000, 10, 600_000),
    maxBackoffMs: s.int(undefined, 'RWS_MAX_BACKOFF_MS', 'max_backoff_ms', 60_000, 10, 3_600_000),
    terraform,
    cloudformation,
    releasesDir: s.path(undefined, 'RWS_RELEASES_DIR', 'releases_dir'),
  };
}

/** The `cloudformation:` settings (env RWS_CFN_*). */
function cloudFormationSettings(input: Input, env: Record<string, string | undefined>, data: any, fileName: string | undefined,
  dir: string): CloudFormationSettings {
  const c = data.cloudformation ?? {};
  const cs = new Source(input, env, c, fileName, dir);
  const bucket = cs.str(undefined, 'RWS_CFN_BUCKET', 'bucket');
  if (bucket !== undefined && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new CliInputError(`cloudformation.bucket (or RWS_CFN_BUCKET) "${bucket}" is not an S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens`);
  }
  const roleArn = cs.str(undefined, 'RWS_CFN_ROLE_ARN', 'role_arn');
  if (roleArn !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(roleArn)) {
    throw new CliInputError(`cloudformation.role_arn (or RWS_CFN_ROLE_ARN) "${roleArn}" is not an IAM role ARN; e.g. arn:aws:iam::123456789012:role/rws-permit-cfn`);
  }
  const prefix = cs.str(undefined, 'RWS_CFN_PREFIX', 'prefix') ?? 'rws-permits/';
  const parameters: Record<string, string> = {};
  for (const [k, v] of Object.entries(c.parameters ?? {})) parameters[k] = String(v);
  return {
    bucket,
    prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
    region: cs.str(undefined, 'RWS_CFN_REGION', 'region'),
    roleArn,
    parameters,
    timeoutSeconds: cs.int(undefined, 'RWS_CFN_TIMEOUT', 'timeout_seconds', 3600, 5, 86400),
    pollMs: cs.int(undefined, 'RWS_CFN_POLL_MS', 'poll_ms', 5000, 50, 600_000),
  };
}

/** Reads the API's settings. */
export function apiSettings(input: Input, env: Record<string, string | undefined>): ApiSettings {
  const fileName = input.str('config') ?? env.RWS_CONFIG;
  const { data, dir } = readServiceFile(fileName);
  const s = new Source(input, env, data, fileName, dir);
  const sec = data.secrets ?? {};
  const kind = s.str(undefined, 'RWS_SECRETS_KIND', '__none__') ?? sec.kind ?? 'none';
  if (!['file', 'command', 'none'].includes(kind)) throw new CliInputError(`secrets.kind "${kind}" is unknown; use file, command or none`);
  const secretDir = env.RWS_SECRETS_DIR ? path.resolve(env.RWS_SECRETS_DIR) : typeof sec.dir === 'string' ? path.resolve(dir, sec.dir) : undefined;
  const command = Array.isArray(sec.command) ? sec.command.map(String) : undefined;
  if (kind === 'file' && !secretDir) throw new CliInputError('secrets.kind file needs secrets.dir (or RWS_SECRETS_DIR): the folder of <permitId>/<username> password files');
  if (kind === 'command' && !command?.length) throw new CliInputError('secrets.kind command needs secrets.command: [argv...] with {permitId}, {username}, {workspace} placeholders');
  return {
    redisUrl: required(s.str('redis', 'RWS_REDIS_URL', 'redis_url'), 'redis', 'RWS_REDIS_URL', 'redis_url', 'redis://127.0.0.1:6379'),
    port: s.int('port', 'RWS_API_PORT', 'port', 8080, 0, 65535),
    host: s.str('host', 'RWS_API_HOST', 'host') ?? '127.0.0.1',
    tokenFile: required(s.path('token-file', 'RWS_TOKEN_FILE', 'token_file'), 'token-file', 'RWS_TOKEN_FILE', 'token_file', '/etc/rws/api-tokens.yaml'),
    prefix: s.str(undefined, 'RWS_REDIS_PREFIX', 'redis_prefix') ?? 'rws:',
    secrets: { kind: kind as SecretStoreSettings['kind'], dir: secretDir, command },
    releasesDir: s.path(undefined, 'RWS_RELEASES_DIR', 'releases_dir'),
  };
}
