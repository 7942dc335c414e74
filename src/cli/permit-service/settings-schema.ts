/**
 * The files of the permit service a person writes: the settings file (`--config` of `rws permit
 * worker` and `rws permit api`, one file may serve both) and the API's token file. Their JSON
 * Schemas (schemas/permit-service.schema.json, schemas/permit-service-tokens.schema.json) are
 * built here, and the loaders check the same keys and shapes, so an editor and the service say
 * the same thing about a file.
 */
import { FieldReader } from '../../workspaces/private/fields';
import { bool, fileSchema, int, keysAt, lazy, list, obj, oneOf, str, text, textList, textMap } from '../../workspaces/private/schemas/json-schema';
import { checkShape } from '../../workspaces/private/schemas/shape';
import { YamlSource } from '../../workspaces/private/yaml-source';

/** The API's token scopes. */
export const SCOPES = ['status', 'connection'] as const;

/** The settings file's schema. */
export const serviceSettingsSchema = lazy(() => fileSchema('cdk-research-workspaces permit service settings', obj(
  'Settings of rws permit worker and rws permit api (--config). Command-line options and RWS_* environment variables come first; '
  + 'paths are relative to this file. Unknown keys are errors.',
  {
    // The worker.
    amqp_url: str('RabbitMQ URL (RWS_AMQP_URL).'),
    redis_url: str('Redis URL (RWS_REDIS_URL).'),
    backend: oneOf('The backend the worker synthesizes for (RWS_BACKEND).', ['kubernetes', 'proxmox', 'aws']),
    backend_config: str('The backend settings file, as for rws permit synth --config (RWS_BACKEND_CONFIG).'),
    workdir: str('Folder of the permits\' synthesized stacks and Terraform folders (RWS_WORKDIR).'),
    mode: oneOf('synth writes the stacks, plan adds the plan and its safety check, apply applies (RWS_MODE).', ['synth', 'plan', 'apply']),
    worker_id: text('This worker\'s name in the state and the audit (RWS_WORKER_ID); default host-pid.'),
    redis_prefix: str('Prefix of every Redis key (RWS_REDIS_PREFIX); default rws:.'),
    exchange: str('The topic exchange the Permit Manager publishes to (RWS_EXCHANGE); default permit.events.'),
    status_exchange: str('The exchange status changes are published to (RWS_STATUS_EXCHANGE); default permit.status.'),
    shards: int('Work queues (RWS_SHARDS); default 16.', 1, 1024),
    lease_ms: int('Per-permit lease in milliseconds (RWS_LEASE_MS); default 30000.', 1000, 3_600_000),
    max_attempts: int('Attempts of a transient failure before the permit is marked failed (RWS_MAX_ATTEMPTS); default 5.', 1, 1000),
    backoff_ms: int('First retry delay in milliseconds (RWS_BACKOFF_MS); default 1000.', 10, 600_000),
    max_backoff_ms: int('Longest retry delay in milliseconds (RWS_MAX_BACKOFF_MS); default 60000.', 10, 3_600_000),
    terraform: obj('How the worker runs Terraform in plan and apply mode.', {
      bin: str('The terraform binary (RWS_TERRAFORM_BIN); default terraform on PATH.'),
      cli_config: str('TF_CLI_CONFIG_FILE: provider installation (filesystem_mirror, dev_overrides) and credentials (RWS_TERRAFORM_CLI_CONFIG).'),
      plugin_dir: str('terraform init -plugin-dir: providers from a local folder (RWS_TERRAFORM_PLUGIN_DIR).'),
      init: bool('Run terraform init before the first plan of a permit (RWS_TERRAFORM_INIT); default true.'),
      env: textMap('Extra environment for Terraform and its providers.'),
      lock_timeout_seconds: int('Seconds Terraform waits for the state lock (RWS_TERRAFORM_LOCK_TIMEOUT); default 120.', 0, 86400),
      timeout_seconds: int('Seconds after which one Terraform command is stopped (RWS_TERRAFORM_TIMEOUT); default 1800.', 5, 86400),
    }),
    cloudformation: obj('How the worker plans and applies with --backend aws (CloudFormation change sets).', {
      bucket: str('The bucket the synthesized templates are uploaded to (TemplateURL), e.g. the CDK bootstrap bucket (RWS_CFN_BUCKET); needed in plan and apply mode.'),
      prefix: str('Key prefix of the uploaded templates (RWS_CFN_PREFIX); default rws-permits/.'),
      region: str('The region (RWS_CFN_REGION); default the AWS SDK\'s (AWS_REGION, the profile).'),
      role_arn: str('CloudFormation service role the stacks are changed and deleted with (RWS_CFN_ROLE_ARN); default the worker\'s own credentials.'),
      parameters: textMap('Values of template parameters that have no default.'),
      timeout_seconds: int('Seconds to wait for a change set or a stack operation (RWS_CFN_TIMEOUT); default 3600.', 5, 86400),
      poll_ms: int('Milliseconds between two status polls (RWS_CFN_POLL_MS); default 5000.', 50, 600_000),
    }),
    // The API.
    port: int('The API\'s port (RWS_API_PORT); default 8080; 0 picks a free one.', 0, 65535),
    host: str('The address the API listens on (RWS_API_HOST); default 127.0.0.1.'),
    token_file: str('The API\'s token file (RWS_TOKEN_FILE): schemas/permit-service-tokens.schema.json.'),
    secrets: obj('Where /connection reads a password at request time.', {
      kind: oneOf('file reads <dir>/<permitId>/<username>; command runs a program; none gives no password (RWS_SECRETS_KIND).', ['file', 'command', 'none']),
      dir: str('The folder of the file store (RWS_SECRETS_DIR).'),
      command: textList('The program and its arguments; {permitId}, {username} and {workspace} are substituted inside each argument, no shell.'),
    }),
    releases_dir: str('Folder of the permits\' output release stores (<dir>/<permitId>/), served read-only by the API and moved by release events in the worker (RWS_RELEASES_DIR).'),
  },
)));

/** The token file's schema. */
export const tokenFileSchema = lazy(() => fileSchema('cdk-research-workspaces permit service API tokens', obj(
  'Bearer tokens of rws permit api (--token-file). Store digests (sha256) or files (token_file), not tokens. Unknown keys are errors.',
  {
    tokens: list('The tokens, each with its scopes.', obj('A token.', {
      name: str('Who holds it (in logs and errors).'),
      sha256: str('SHA-256 of the token, 64 hex digits.', { pattern: '^[0-9a-fA-F]{64}$' }),
      token: str('The token itself, at least 16 characters (for development; never quoted in messages).'),
      token_file: str('A file holding the token (relative to this file), e.g. a mounted secret.'),
      scopes: { type: 'array', items: { type: 'string', enum: [...SCOPES] }, minItems: 1, description: `What it may read. Any of: ${SCOPES.join(', ')}.` },
    }, ['name', 'scopes'])),
  },
  ['tokens'],
)));

/**
 * Reads a settings or token file with the kit's YAML loader (size limit, file:line:column in
 * every message, nothing of a file that is not one quoted) and checks it against its schema:
 * an unknown key is an error with a "did you mean", as a misspelled setting would silently not
 * apply. Returns the parsed data.
 */
export function readServiceYaml(file: string, kind: 'settings' | 'tokens'): any {
  const src = YamlSource.fromFile(file, 'config');
  const schema = kind === 'settings' ? serviceSettingsSchema() : tokenFileSchema();
  const r = new FieldReader(src, src.file);
  const d: any = src.data ?? {};
  if (typeof d !== 'object' || Array.isArray(d)) {
    r.expect([], d, kind === 'settings' ? 'a mapping of settings (amqp_url:, redis_url:, ...)' : 'a mapping with tokens:');
    r.throwIfErrors('');
  }
  r.unknownKeys(d, keysAt(schema), []);
  if (kind === 'settings') {
    for (const k of ['terraform', 'secrets', 'cloudformation']) {
      const m = d[k];
      if (m && typeof m === 'object' && !Array.isArray(m)) r.unknownKeys(m, keysAt(schema, [k]), [k]);
    }
  } else if (Array.isArray(d.tokens)) {
    d.tokens.forEach((t: unknown, i: number) => r.unknownKeys(t, keysAt(schema, ['tokens', '*']), ['tokens', i]));
  }
  for (const w of r.warnings.splice(0)) r.errors.push({ ...w, severity: 'error' as any, message: `${w.message}; a misspelled setting would silently not apply` });
  checkShape(r, schema, d);
  // A token is a secret: a message about one names the field, never the value.
  if (kind === 'tokens') r.errors.splice(0, r.errors.length, ...r.errors.map((e) => (/(^|\.)token$/.test(e.field ?? '') ? { ...e, value: undefined } : e)));
  r.throwIfErrors(`${src.file}: ${r.errors.length} problems in the permit service ${kind === 'settings' ? 'settings' : 'token file'}`);
  return d;
}
