import type * as CFN from '@aws-sdk/client-cloudformation';
import { PlannedResourceChange, PlanSummary, TerraformError } from './terraform';
/**
 * CloudFormation for the permit worker's `--backend aws` plan and apply modes: the synthesized
 * cloud assembly's template uploaded to the configured bucket, its file assets published to their
 * destinations, a change set (CREATE or UPDATE) read into the worker's plan summary, the data-loss
 * check on the change set itself, a stack policy that makes CloudFormation refuse the same
 * changes, then ExecuteChangeSet and the stack outputs. DELETED deploys the DELETED template (the
 * buckets switch to Delete), lifts the stack policy and deletes the stack.
 *
 * The AWS SDK is loaded on first use only (CloudFormationDeployer.create): the other backends and the CLI do not
 * pay for it. Credentials and endpoint come from the SDK's standard chain (environment, profile,
 * instance or task role; AWS_ENDPOINT_URL).
 */
/** How the worker deploys with CloudFormation (config file `cloudformation:`; env RWS_CFN_*). */
export interface CloudFormationSettings {
    /** The bucket the templates are uploaded to (TemplateURL): e.g. the CDK bootstrap assets bucket. */
    readonly bucket?: string;
    /** Key prefix of the uploaded templates. */
    readonly prefix: string;
    /** The region (else the SDK's: AWS_REGION, the profile). */
    readonly region?: string;
    /** CloudFormation service role (RoleARN of the change sets and the stack deletion). */
    readonly roleArn?: string;
    /** Values of template parameters without a default. Parameters with a default keep it. */
    readonly parameters: Record<string, string>;
    /** Seconds to wait for a change set, a stack operation or a stack another worker left in progress. */
    readonly timeoutSeconds: number;
    /** Milliseconds between two polls. */
    readonly pollMs: number;
}
/** A CloudFormation call or stack operation that failed: `transient` when worth retrying. */
export declare class CloudFormationError extends TerraformError {
    constructor(message: string, transient: boolean);
}
/** What `plan` made: a change set to execute or discard, or nothing to do. */
export interface CfnPlan {
    readonly stackName: string;
    /** CREATE for a stack that does not exist (a stack in review or rolled back is deleted first), UPDATE otherwise. */
    readonly type: 'CREATE' | 'UPDATE';
    /** The stack's ARN (undefined: no change set). */
    readonly stackId?: string;
    /** The change set's ARN; undefined when CloudFormation found no changes. */
    readonly changeSetId?: string;
    readonly summary: PlanSummary;
    /** The template's key in the bucket. */
    readonly templateKey: string;
    /** The resource type of each logical id of the template (for the stack policy). */
    readonly types: Record<string, string>;
}
/**
 * The stack policy: updates allowed, except replacing a protected resource (`Update:Replace`) and
 * removing one that holds data (`Update:Delete` of a bucket, key, file system or volume). A
 * protected resource of another type (a log group with DeletionPolicy Retain, e.g. the SFTP
 * airlock's logs when the airlock goes) may leave the template: CloudFormation keeps it.
 * `types` gives each protected id's resource type (from the template).
 */
export declare function stackPolicy(protectedIds: readonly string[], types: Record<string, string>): string;
/**
 * The data-loss rule on a change set, before permit.deleted: a replacement (Replacement True or
 * Conditional) of a protected resource or of a data type, and a removal of a data type (a bucket,
 * key, file system or volume: removed, it is deleted, or kept outside the permit where
 * permit.deleted no longer deletes it). A protected resource of another type may be removed: its
 * DeletionPolicy Retain keeps it (the lifecycle removes the SFTP airlock's log group so).
 */
export declare function changeSetDataLoss(summary: PlanSummary, protectedIds: readonly string[], deleting: boolean): PlannedResourceChange[];
/**
 * DescribeChangeSet's changes as the worker's plan summary: Add = create, Modify = update (or
 * replace when Replacement is True or Conditional: CloudFormation may have to replace it),
 * Remove = delete. Actions use Terraform's words, so the worker's data-loss rule reads both.
 */
export declare function summarizeChangeSet(changes: readonly CFN.Change[]): PlanSummary;
/** The permit worker's CloudFormation client. */
export declare class CloudFormationDeployer {
    readonly settings: CloudFormationSettings;
    private readonly cfn;
    private readonly s3sdk;
    /**
     * Loads the SDK (here, on first use: a require inside the function, so neither the CLI nor the
     * other backends load it) and makes the clients.
     */
    static create(settings: CloudFormationSettings): Promise<CloudFormationDeployer>;
    private readonly cf;
    private readonly s3;
    private constructor();
    private call;
    /** The stack's status, or undefined when there is none. */
    stackStatus(stackName: string): Promise<CFN.Stack | undefined>;
    /** Waits while the stack is in an *_IN_PROGRESS state (e.g. left by a worker killed mid-apply). */
    private settled;
    /**
     * Uploads the template and the assets of the cloud assembly in `assemblyDir`, makes a change
     * set for `stackName` and describes it. Nothing is executed.
     */
    plan(stackName: string, assemblyDir: string, eventId: string): Promise<CfnPlan>;
    /** Template parameters: configured values; parameters with a default keep it; a missing one is an error. */
    private parameters;
    /** Deletes the worker's earlier change sets of the stack (plan mode leaves the last one for review). */
    private discardOld;
    /** Waits for the change set, then reads every page of its changes. */
    private describeAll;
    /** Deletes a change set (a refused plan; nothing executed). */
    discard(changeSetId: string): Promise<void>;
    /**
     * Publishes the assembly's file assets (`<stack>.assets.json`) to their destinations, with
     * ${AWS::AccountId}, ${AWS::Region} and ${AWS::Partition} of the stack's ARN. A directory is
     * zipped (stored files in a fixed order, fixed times); docker image assets are refused. An
     * object that is there already is not uploaded again (the key is the content hash).
     */
    private publishAssets;
    /** Sets the stack policy (`stackPolicy`; an empty list lifts it). */
    setStackPolicy(stackName: string, protectedIds: readonly string[], types: Record<string, string>): Promise<void>;
    /**
     * Executes the change set and waits for the stack; returns its outputs. For an UPDATE the
     * stack policy is set first (protected ids of the last applied and the new template; `[]`
     * lifts it, for DELETED); for a CREATE right after.
     */
    apply(plan: CfnPlan, protectedIds: readonly string[]): Promise<Record<string, string>>;
    /** Deletes the stack and waits until it is gone. */
    deleteStack(stackName: string): Promise<void>;
    /** The stack's outputs, by key (the worker leaves out names that look like secrets). */
    outputs(stackName: string): Promise<Record<string, string>>;
    /** Waits for a stack operation; a failure or rollback is an error with the first failed resource's reason. */
    private waitStack;
    /** The reasons of the latest failed resource events (first page). */
    private failureReason;
}
/**
 * A zip of a folder's files (deflated; sorted paths, fixed times and modes, so the same folder
 * gives the same bytes). Enough for a Lambda function's code.
 */
export declare function zipDirectory(dir: string): Buffer;
