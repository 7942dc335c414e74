import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { UserRegistry } from '../../workspaces/users';
/**
 * Where the registry is published.
 */
export declare enum RegistryStorage {
    /**
     * Standard-tier parameters when the registry fits in four of them, advanced-tier when it
     * fits in eight, else S3.
     */
    AUTO = "auto",
    /** SSM parameters of the standard tier (4 KB each, free). */
    STANDARD_PARAMETERS = "standard-parameters",
    /** SSM parameters of the advanced tier (8 KB each, billed per parameter and month). */
    ADVANCED_PARAMETERS = "advanced-parameters",
    /**
     * An S3 object: the CDK file asset (the bootstrap bucket, encrypted at rest), for
     * registries too large for a few parameters.
     */
    S3 = "s3"
}
/**
 * Properties of a ResearchUserRegistry.
 */
export interface ResearchUserRegistryProps {
    /** The users and groups (names, ids, groups, public SSH keys; never secrets). */
    readonly registry: UserRegistry;
    /** Lab name: parameter names, the association's target tag value and descriptions. */
    readonly labName: string;
    /**
     * Prefix of the parameter names: the pieces are `<prefix>/0`, `<prefix>/1`, ... and
     * `<prefix>/manifest` describes them.
     * @default "/research-workspaces/<labName>/registry"
     */
    readonly parameterPrefix?: string;
    /**
     * Where the registry is published.
     * @default RegistryStorage.AUTO
     */
    readonly storage?: RegistryStorage;
    /**
     * Tag key the State Manager association targets.
     * @default "research:lab"
     */
    readonly targetTagKey?: string;
    /**
     * Tag value the association targets.
     * @default - the lab name
     */
    readonly targetTagValue?: string;
    /**
     * Home base the sync uses on machines whose provisioning recorded no sync settings of its own.
     * @default "/home"
     */
    readonly defaultHomeBase?: string;
    /**
     * Also re-apply the registry on this schedule (a State Manager cron or rate expression),
     * repairing drift on the machines.
     * @default - only when the registry changes and when a workspace joins
     */
    readonly syncSchedule?: string;
    /**
     * At most this many (or this percentage of) workspaces sync at the same time.
     * @default "50%"
     */
    readonly maxConcurrency?: string;
}
/**
 * The lab's research user registry published to AWS, and kept applied on every running
 * workspace without a reboot.
 *
 * - The registry file (users, uids, gids, groups, public SSH keys: nothing secret) is
 *   gzipped, base64-encoded and split into SSM parameters `<prefix>/0..n-1` (standard tier
 *   up to 4 KB each, advanced tier up to 8 KB) or, when large, published as an S3 object;
 *   `<prefix>/manifest` names the pieces and the SHA-256 of the file.
 * - An SSM Command document fetches the pieces (Parameter Store references resolved by
 *   Systems Manager, or `aws:downloadContent` from S3), checks the SHA-256, and runs the
 *   user-data generator's idempotent `rws-sync-users` script with the arguments the machine's
 *   provisioning recorded in `/etc/research-workspace/sync-users.args` (home base, groups,
 *   shells, and the workspace's selection of users); a machine whose provisioning failed
 *   before recording them gets nothing, one without our provisioning `-H <defaultHomeBase>`.
 * - A State Manager association runs the document on every instance tagged with the lab:
 *   when a workspace joins, and again whenever the registry changes (the registry's
 *   SHA-256 is an association parameter, so CloudFormation updates the association).
 *
 * @example
 * const users = new ResearchUserRegistry(this, 'Users', { registry: UserRegistry.fromFile('users.yaml'), labName: 'genomics' });
 * users.grantRead(workspace.role);
 */
export declare class ResearchUserRegistry extends Construct {
    /** The registry. */
    readonly registry: UserRegistry;
    /** Lab name. */
    readonly labName: string;
    /** Storage chosen (never AUTO). */
    readonly storage: RegistryStorage;
    /** SHA-256 of the registry file, hex. */
    readonly sha256: string;
    /** Size of the registry file in bytes. */
    readonly sizeBytes: number;
    /** Parameter name prefix. */
    readonly parameterPrefix: string;
    /** Names of the parameters holding the pieces (empty with S3). */
    readonly parameterNames: string[];
    /** The manifest parameter. */
    readonly manifest: ssm.StringParameter;
    /** The sync document. */
    readonly document: ssm.CfnDocument;
    /** The State Manager association. */
    readonly association: ssm.CfnAssociation;
    /** Tag key of the machines the association targets. */
    readonly targetTagKey: string;
    /** Tag value of the machines the association targets. */
    readonly targetTagValue: string;
    /**
     * The S3 object, with S3 storage.
     * @default - none
     */
    readonly asset?: s3assets.Asset;
    private readonly published;
    private readonly parameters;
    constructor(scope: Construct, id: string, props: ResearchUserRegistryProps);
    /** Number of users published. */
    get userCount(): number;
    /**
     * Lets a principal (a workspace role) read the registry: the manifest and the pieces,
     * or the S3 object.
     */
    grantRead(grantee: iam.IGrantable): iam.Grant;
    /** The sync document: fetch, verify, apply. POSIX sh (the agent runs it with /bin/sh). */
    private documentContent;
}
