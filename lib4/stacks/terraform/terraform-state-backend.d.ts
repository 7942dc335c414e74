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
export declare class TerraformStateBackend {
    /**
     * An S3 bucket, encrypted with a KMS key (`encrypt = true`, `kms_key_id`), locked with a
     * DynamoDB table or a lock file. A missing key, `encrypt: false` or no locking is refused.
     * @param options bucket, key, region, KMS key and locking
     */
    static s3(options: S3StateBackendOptions): TerraformStateBackend;
    /**
     * A Kubernetes Secret (`tfstate-default-<secretSuffix>` in `namespace`), locked with a Lease.
     * @param options Secret suffix, namespace and kubeconfig
     */
    static kubernetes(options: KubernetesStateBackendOptions): TerraformStateBackend;
    /**
     * The local state file, chosen knowingly: it holds the generated passwords and keys in clear
     * text. Only with `acknowledgeSecretsOnDisk: true`.
     * @param options the acknowledgement and the file's path
     */
    static local(options: LocalStateBackendOptions): TerraformStateBackend;
    /** Terraform backend type: `s3`, `kubernetes` or `local`. */
    readonly type: string;
    /** The backend block's settings, as Terraform reads them (snake_case). */
    readonly config: {
        [key: string]: any;
    };
    /** Whether the backend is remote (the state is not a file on the machine that runs Terraform). */
    readonly remote: boolean;
    private constructor();
}
