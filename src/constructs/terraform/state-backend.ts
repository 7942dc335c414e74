/**
 * The Terraform state backend of the Kubernetes and Proxmox stacks: writes the `backend` block
 * of a `TerraformStateBackend`, or, without one, a loud warning that the generated passwords
 * and keys will sit in a local state file in clear text.
 */
import { Construct } from 'constructs';
import { Annotations, TerraformBackend, TerraformRemoteState, TerraformStack } from './cdktf';
import { stateBackendSchema } from '../../private/lab-schemas';
import { TerraformStateBackend } from '../../stacks/terraform/terraform-state-backend';
import { WorkspaceInputError } from '../../workspaces/private/error';
import { FieldReader } from '../../workspaces/private/fields';
import { keysAt, lazy } from '../../workspaces/private/schemas/json-schema';
import { YamlPath } from '../../workspaces/private/yaml-source';

/** Code of the warning a stack without a remote backend carries. */
export const LOCAL_STATE_WARNING = 'cdk-research-workspaces:local-state';

/** The warning text (shown by `rws` and in the synthesis messages). */
export function localStateWarning(stackName: string): string {
  return `[${LOCAL_STATE_WARNING}] ${stackName} keeps its Terraform state in a local file: the generated passwords and SSH keys `
    + 'will be stored there in CLEAR TEXT. Give the stack a remote, encrypted state backend (stateBackend: TerraformStateBackend.s3({ ..., kmsKeyId }) '
    + 'or .kubernetes({ secretSuffix })), or TerraformStateBackend.local({ acknowledgeSecretsOnDisk: true }) to accept it.';
}

/** Puts the backend block on the stack, or the local-state warning when there is none. */
export function applyStateBackend(stack: TerraformStack, backend: TerraformStateBackend | undefined): void {
  if (!backend) {
    Annotations.of(stack).addWarning(localStateWarning(stack.node.id));
    return;
  }
  new StateBackendBlock(stack, backend);
}

/**
 * The stack's `terraform { backend "<type>" { ... } }` block, as a cdktf backend (so that cdktf
 * does not add its default local one beside it).
 */
class StateBackendBlock extends TerraformBackend {
  private readonly config: { [key: string]: any };

  constructor(scope: Construct, backend: TerraformStateBackend) {
    super(scope, 'backend', backend.type);
    this.config = { ...backend.config };
  }

  public getRemoteStateDataSource(_scope: Construct, _name: string, _fromStack: string): TerraformRemoteState {
    throw new Error('cross-stack references through the state are not supported: pass values between stacks as variables');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return { ...this.config };
  }
}

// The key lists are the state_backend schema's (src/private/lab-schemas.ts).
const BACKEND_KINDS = lazy(() => keysAt(stateBackendSchema()));
const S3_KEYS = lazy(() => keysAt(stateBackendSchema(), ['s3']));
const KUBERNETES_KEYS = lazy(() => keysAt(stateBackendSchema(), ['kubernetes']));
const LOCAL_KEYS = lazy(() => keysAt(stateBackendSchema(), ['local']));

/**
 * `state_backend:` of a lab file: exactly one of `s3: { bucket, key, region, kms_key_id,
 * dynamodb_table | use_lockfile, profile, role_arn }`, `kubernetes: { secret_suffix, namespace,
 * config_path, config_context }` or `local: { acknowledge_secrets_on_disk: true, path }`.
 * Problems (a missing KMS key, `encrypt: false`) are reported at the file's line.
 */
export function readStateBackend(r: FieldReader, d: any): TerraformStateBackend | undefined {
  const m = r.mapping(d, 'state_backend', []);
  if (!m) return undefined;
  const at: YamlPath = ['state_backend'];
  r.unknownKeys(m, BACKEND_KINDS(), at);
  const kinds = Object.keys(m).filter((k) => BACKEND_KINDS().has(k));
  if (kinds.length !== 1) {
    r.error(at, 'invalid-state-backend', 'give exactly one state backend: s3, kubernetes or local', kinds.join(', ') || undefined,
      'write e.g. state_backend: { s3: { bucket: uni-tfstate, key: labs/genomics.tfstate, region: eu-west-2, kms_key_id: alias/tfstate } }');
    return undefined;
  }
  const kind = kinds[0];
  const o = r.mapping(m, kind, at);
  if (!o) return undefined;
  const p: YamlPath = [...at, kind];
  const fieldKeys: Record<string, string> = {
    bucket: 'bucket',
    key: 'key',
    region: 'region',
    kmsKeyId: 'kms_key_id',
    encrypt: 'encrypt',
    dynamodbTable: 'dynamodb_table',
    useLockfile: 'use_lockfile',
    secretSuffix: 'secret_suffix',
    namespace: 'namespace',
    acknowledgeSecretsOnDisk: 'acknowledge_secrets_on_disk',
  };
  try {
    if (kind === 's3') {
      r.unknownKeys(o, S3_KEYS(), p);
      return TerraformStateBackend.s3({
        bucket: r.str(o, 'bucket', p) as string,
        key: r.str(o, 'key', p) as string,
        region: r.str(o, 'region', p) as string,
        kmsKeyId: r.str(o, 'kms_key_id', p) as string,
        encrypt: r.bool(o, 'encrypt', p),
        dynamodbTable: r.str(o, 'dynamodb_table', p),
        useLockfile: r.bool(o, 'use_lockfile', p),
        profile: r.str(o, 'profile', p),
        roleArn: r.str(o, 'role_arn', p),
      });
    }
    if (kind === 'kubernetes') {
      r.unknownKeys(o, KUBERNETES_KEYS(), p);
      return TerraformStateBackend.kubernetes({
        secretSuffix: r.str(o, 'secret_suffix', p) as string,
        namespace: r.str(o, 'namespace', p),
        configPath: r.str(o, 'config_path', p),
        configContext: r.str(o, 'config_context', p),
      });
    }
    r.unknownKeys(o, LOCAL_KEYS(), p);
    return TerraformStateBackend.local({
      acknowledgeSecretsOnDisk: r.bool(o, 'acknowledge_secrets_on_disk', p) as boolean,
      path: r.str(o, 'path', p),
    });
  } catch (e) {
    if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
    for (const diag of e.diagnostics) {
      const key = diag.field ? fieldKeys[diag.field] ?? diag.field : undefined;
      r.error(key ? [...p, key] : p, diag.code, diag.message, diag.value, diag.fix ?? '');
    }
    return undefined;
  }
}
