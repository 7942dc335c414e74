import { Diagnostic } from '../../workspaces/errors';
import { problem, WorkspaceInputError } from '../../workspaces/private/error';

/**
 * An S3 bucket holding a stack's Terraform state, encrypted with a KMS key and locked.
 */
export interface S3StateBackendOptions {
  /** Bucket name. */
  readonly bucket: string;
  /** Object key of the state, e.g. `labs/genomics.tfstate` or `permits/p-001.tfstate`. */
  readonly key: string;
  /** Region of the bucket, e.g. `eu-west-2`. */
  readonly region: string;
  /**
   * KMS key (ARN, key id or alias ARN) the state is encrypted with. Required: the state holds
   * the generated passwords and SSH host keys.
   */
  readonly kmsKeyId: string;
  /**
   * Server-side encryption of the state object. Only `true` is accepted.
   * @default true
   */
  readonly encrypt?: boolean;
  /**
   * DynamoDB table for state locking.
   * @default - no table: locking with a lock file in the bucket (`use_lockfile`, Terraform 1.10+)
   */
  readonly dynamodbTable?: string;
  /**
   * Lock with a lock file next to the state (`use_lockfile`). Without a DynamoDB table it
   * must stay true: a state without a lock is refused.
   * @default - true when no DynamoDB table is given, else false
   */
  readonly useLockfile?: boolean;
  /**
   * AWS profile Terraform uses for the bucket.
   * @default - the environment's credentials
   */
  readonly profile?: string;
  /**
   * Role Terraform assumes to reach the bucket.
   * @default - none
   */
  readonly roleArn?: string;
}

/**
 * A Kubernetes Secret holding a stack's Terraform state (Terraform's `kubernetes` backend,
 * locked with a Lease). The state is as safe as the cluster's Secrets: enable encryption at
 * rest of Secrets in etcd and keep the namespace's `get secrets` right to the pipeline.
 */
export interface KubernetesStateBackendOptions {
  /** Suffix of the Secret's name (`tfstate-default-<suffix>`), e.g. `permit-p-001`. */
  readonly secretSuffix: string;
  /**
   * Namespace of the Secret: a namespace of its own that workspaces never run in.
   * @default "terraform-state"
   */
  readonly namespace?: string;
  /**
   * kubeconfig Terraform reads for the backend.
   * @default - the KUBE_CONFIG_PATH environment variable
   */
  readonly configPath?: string;
  /**
   * kubeconfig context of the backend.
   * @default - the kubeconfig's current context
   */
  readonly configContext?: string;
}

/**
 * A state file on the machine that runs Terraform (generated passwords and keys in clear text).
 */
export interface LocalStateBackendOptions {
  /**
   * Must be true: you accept that the state file holds the generated passwords and keys in
   * clear text, readable by whoever reads the file.
   */
  readonly acknowledgeSecretsOnDisk: boolean;
  /**
   * Path of the state file.
   * @default "terraform.<stack>.tfstate" in the stack's folder
   */
  readonly path?: string;
}

/**
 * Where a Kubernetes or Proxmox stack keeps its Terraform state. The state holds every
 * generated password and SSH host key, so it belongs in a remote, encrypted, locked backend:
 * `TerraformStateBackend.s3()` (KMS-encrypted, locked) or `.kubernetes()` (a Secret). A stack
 * without a backend keeps the default local state and warns at synthesis; `.local()` says so
 * explicitly and silences the warning.
 *
 * @example
 * TerraformStateBackend.s3({
 *   bucket: 'uni-research-tfstate', key: 'permits/p-001.tfstate', region: 'eu-west-2',
 *   kmsKeyId: 'arn:aws:kms:eu-west-2:111122223333:alias/tfstate',
 * });
 */
export class TerraformStateBackend {
  /**
   * An S3 bucket, encrypted with a KMS key (`encrypt = true`, `kms_key_id`), locked with a
   * DynamoDB table or a lock file. A missing key, `encrypt: false` or no locking is refused.
   * @param options bucket, key, region, KMS key and locking
   */
  public static s3(options: S3StateBackendOptions): TerraformStateBackend {
    const errors: Diagnostic[] = [];
    const err = (code: string, field: string, message: string, value: unknown, fix: string) =>
      errors.push(problem({ code, field, message: `TerraformStateBackend.s3(): ${message}`, value, fix }));
    const o = options ?? ({} as S3StateBackendOptions);
    if (!o.bucket || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(o.bucket)) err('invalid-bucket', 'bucket', 'not an S3 bucket name', o.bucket, 'give the bucket that holds the state, e.g. uni-research-tfstate');
    if (!o.key || o.key.startsWith('/')) err('invalid-key', 'key', 'the state needs an object key (not starting with /)', o.key, 'use e.g. permits/p-001.tfstate');
    if (!o.region || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(o.region)) err('invalid-region', 'region', 'not an AWS region', o.region, 'use e.g. eu-west-2');
    if (o.encrypt === false) {
      err('state-not-encrypted', 'encrypt', 'the state holds generated passwords and keys and must be encrypted at rest', false, 'remove encrypt: false (and give kmsKeyId)');
    }
    if (!o.kmsKeyId || !/^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/[A-Za-z0-9/_-]+|alias\/[A-Za-z0-9/_-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/.test(o.kmsKeyId)) {
      err('state-without-kms', 'kmsKeyId', 'the state must be encrypted with a KMS key you control (not the bucket\'s default key)', o.kmsKeyId,
        'give kmsKeyId: a key ARN, key id or alias (arn:aws:kms:<region>:<account>:alias/tfstate)');
    }
    const lockfile = o.useLockfile ?? !o.dynamodbTable;
    if (!o.dynamodbTable && !lockfile) err('state-not-locked', 'useLockfile', 'without a DynamoDB table and without a lock file two runs can write the state at once', false, 'leave useLockfile out (true) or give dynamodbTable');
    if (o.dynamodbTable !== undefined && !/^[A-Za-z0-9_.-]{3,255}$/.test(o.dynamodbTable)) err('invalid-table', 'dynamodbTable', 'not a DynamoDB table name', o.dynamodbTable, 'use e.g. terraform-locks');
    if (errors.length) throw new WorkspaceInputError(errors);
    return new TerraformStateBackend('s3', {
      bucket: o.bucket,
      key: o.key,
      region: o.region,
      encrypt: true,
      kms_key_id: o.kmsKeyId,
      ...(o.dynamodbTable ? { dynamodb_table: o.dynamodbTable } : {}),
      ...(lockfile ? { use_lockfile: true } : {}),
      ...(o.profile ? { profile: o.profile } : {}),
      ...(o.roleArn ? { assume_role: { role_arn: o.roleArn } } : {}),
    }, true);
  }

  /**
   * A Kubernetes Secret (`tfstate-default-<secretSuffix>` in `namespace`), locked with a Lease.
   * @param options Secret suffix, namespace and kubeconfig
   */
  public static kubernetes(options: KubernetesStateBackendOptions): TerraformStateBackend {
    const o = options ?? ({} as KubernetesStateBackendOptions);
    const errors: Diagnostic[] = [];
    if (!o.secretSuffix || !/^[a-z0-9]([a-z0-9.-]{0,200}[a-z0-9])?$/.test(o.secretSuffix)) {
      errors.push(problem({ code: 'invalid-secret-suffix', field: 'secretSuffix', message: 'TerraformStateBackend.kubernetes(): the Secret suffix must be lower-case letters, digits, "." and "-"', value: o.secretSuffix, fix: 'use e.g. permit-p-001' }));
    }
    const namespace = o.namespace ?? 'terraform-state';
    if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(namespace)) {
      errors.push(problem({ code: 'invalid-namespace', field: 'namespace', message: 'TerraformStateBackend.kubernetes(): not a namespace name', value: namespace, fix: 'use e.g. terraform-state' }));
    }
    if (errors.length) throw new WorkspaceInputError(errors);
    return new TerraformStateBackend('kubernetes', {
      secret_suffix: o.secretSuffix,
      namespace,
      ...(o.configPath ? { config_path: o.configPath } : {}),
      ...(o.configContext ? { config_context: o.configContext } : {}),
    }, true);
  }

  /**
   * The local state file, chosen knowingly: it holds the generated passwords and keys in clear
   * text. Only with `acknowledgeSecretsOnDisk: true`.
   * @param options the acknowledgement and the file's path
   */
  public static local(options: LocalStateBackendOptions): TerraformStateBackend {
    if (options?.acknowledgeSecretsOnDisk !== true) {
      throw new WorkspaceInputError([problem({
        code: 'local-state-not-acknowledged',
        field: 'acknowledgeSecretsOnDisk',
        message: 'TerraformStateBackend.local(): a local state holds the generated passwords and keys in clear text',
        value: options?.acknowledgeSecretsOnDisk,
        fix: 'pass acknowledgeSecretsOnDisk: true, or use TerraformStateBackend.s3() / .kubernetes()',
      })]);
    }
    return new TerraformStateBackend('local', options.path ? { path: options.path } : {}, false);
  }

  /** Terraform backend type: `s3`, `kubernetes` or `local`. */
  public readonly type: string;
  /** The backend block's settings, as Terraform reads them (snake_case). */
  public readonly config: { [key: string]: any };
  /** Whether the backend is remote (the state is not a file on the machine that runs Terraform). */
  public readonly remote: boolean;

  private constructor(type: string, config: { [key: string]: any }, remote: boolean) {
    this.type = type;
    this.config = config;
    this.remote = remote;
  }
}
