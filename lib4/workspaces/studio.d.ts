/**
 * Notebooks (SageMaker Studio on AWS, a JupyterHub-style service elsewhere), backend-neutral:
 * what the policy sees of a notebook service, the identity every notebook runs with, and the
 * bundled notebook instance prices.
 */
import { EgressMode } from './egress';
import { WorkspaceSize } from './sizes';
import { UserRegistry } from './users';
/**
 * A notebook service (or one of its instance types) someone wants to run, as the policy sees it.
 */
export interface NotebookRequest {
    /** Where it is declared (construct path or file), for messages. */
    readonly name: string;
    /** Notebook instance type, e.g. `ml.t3.medium`. */
    readonly instanceType: string;
    /**
     * Region.
     * @default - not checked
     */
    readonly region?: string;
    /**
     * Internet access the notebooks get.
     * @default - not checked
     */
    readonly egress?: EgressMode;
    /**
     * Estimated cost per hour.
     * @default - from the notebook price table
     */
    readonly hourlyCost?: number;
}
/** The POSIX identity a notebook runs with: the registry's numbers. */
export interface NotebookPosixIdentity {
    /** Registry user. */
    readonly user: string;
    /** The user's uid. */
    readonly uid: number;
    /** The user's primary gid. */
    readonly gid: number;
}
/**
 * Notebook instance types, their prices, and the identity a registry user's notebooks run with.
 */
export declare class Notebooks {
    /** Region of the bundled notebook prices. */
    static readonly PRICES_REGION = "us-east-1";
    /** Date of the bundled notebook prices. */
    static readonly PRICES_DATE = "2025-06-01";
    /** The instance type a notebook gets when none is named. */
    static readonly DEFAULT_INSTANCE_TYPE = "ml.t3.medium";
    /** Whether a text is a notebook instance type (`ml.<family>.<size>`). */
    static isInstanceType(instanceType: string): boolean;
    /** Estimated on-demand price per hour of a notebook instance type, when the bundled table knows it. */
    static hourlyPrice(instanceType: string): number | undefined;
    /** Instance types with a bundled price. */
    static pricedInstanceTypes(): string[];
    /** The EC2 instance type a notebook type runs on (`ml.t3.medium` is `t3.medium`): what the policy's family and size rules read. */
    static ec2InstanceType(instanceType: string): string;
    /**
     * The POSIX identity of a registry user's notebooks: their uid and primary gid, the same
     * numbers as on every workstation, cluster node and storage access point of the lab.
     */
    static posixIdentity(registry: UserRegistry, user: string): NotebookPosixIdentity;
    /**
     * The notebook service's name for a registry user (SageMaker user profile names allow letters,
     * digits and `-`): the login name with `_` written `-`, or `u<uid>` when that is not a valid
     * or not a unique name. Depends on the user alone, so it never changes.
     */
    static profileName(registry: UserRegistry, user: string): string;
    /** The size a notebook type corresponds to, when its EC2 type is the type of a size. */
    static sizeOf(instanceType: string): WorkspaceSize | undefined;
    private constructor();
}
