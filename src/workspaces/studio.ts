/**
 * Notebooks (SageMaker Studio on AWS, a JupyterHub-style service elsewhere), backend-neutral:
 * what the policy sees of a notebook service, the identity every notebook runs with, and the
 * bundled notebook instance prices.
 */
import { EgressMode } from './egress';
import { Sizes, WorkspaceSize } from './sizes';
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
 * Bundled on-demand prices of SageMaker Studio notebook instances (JupyterLab and Code Editor
 * apps), us-east-1, USD per hour, list prices as of 2025-06-01. Planning estimates only.
 */
const STUDIO_US_EAST_1_2025_06: { [instanceType: string]: number } = {
  'ml.t3.medium': 0.05,
  'ml.t3.large': 0.1,
  'ml.t3.xlarge': 0.2,
  'ml.t3.2xlarge': 0.399,
  'ml.m5.large': 0.115,
  'ml.m5.xlarge': 0.23,
  'ml.m5.2xlarge': 0.461,
  'ml.m5.4xlarge': 0.922,
  'ml.m6i.large': 0.121,
  'ml.m6i.xlarge': 0.242,
  'ml.m6i.2xlarge': 0.484,
  'ml.c5.large': 0.102,
  'ml.c5.xlarge': 0.204,
  'ml.c5.2xlarge': 0.408,
  'ml.r5.large': 0.151,
  'ml.r5.xlarge': 0.302,
  'ml.g4dn.xlarge': 0.7364,
  'ml.g4dn.2xlarge': 0.94,
  'ml.g5.xlarge': 1.408,
  'ml.g5.2xlarge': 1.515,
  'ml.g5.12xlarge': 7.09,
};

/** Shape of a notebook instance type. */
const NOTEBOOK_TYPE = /^ml\.[a-z][a-z0-9-]*\.[a-z0-9]+$/;

/**
 * Notebook instance types, their prices, and the identity a registry user's notebooks run with.
 */
export class Notebooks {
  /** Region of the bundled notebook prices. */
  public static readonly PRICES_REGION = 'us-east-1';
  /** Date of the bundled notebook prices. */
  public static readonly PRICES_DATE = '2025-06-01';
  /** The instance type a notebook gets when none is named. */
  public static readonly DEFAULT_INSTANCE_TYPE = 'ml.t3.medium';

  /** Whether a text is a notebook instance type (`ml.<family>.<size>`). */
  public static isInstanceType(instanceType: string): boolean {
    return NOTEBOOK_TYPE.test(instanceType);
  }

  /** Estimated on-demand price per hour of a notebook instance type, when the bundled table knows it. */
  public static hourlyPrice(instanceType: string): number | undefined {
    return Object.prototype.hasOwnProperty.call(STUDIO_US_EAST_1_2025_06, instanceType) ? STUDIO_US_EAST_1_2025_06[instanceType] : undefined;
  }

  /** Instance types with a bundled price. */
  public static pricedInstanceTypes(): string[] {
    return Object.keys(STUDIO_US_EAST_1_2025_06).sort();
  }

  /** The EC2 instance type a notebook type runs on (`ml.t3.medium` is `t3.medium`): what the policy's family and size rules read. */
  public static ec2InstanceType(instanceType: string): string {
    return instanceType.replace(/^ml\./, '');
  }

  /**
   * The POSIX identity of a registry user's notebooks: their uid and primary gid, the same
   * numbers as on every workstation, cluster node and storage access point of the lab.
   */
  public static posixIdentity(registry: UserRegistry, user: string): NotebookPosixIdentity {
    const u = registry.user(user);
    return { user: u.name, uid: u.uid, gid: u.gid };
  }

  /**
   * The notebook service's name for a registry user (SageMaker user profile names allow letters,
   * digits and `-`): the login name with `_` written `-`, or `u<uid>` when that is not a valid
   * or not a unique name. Depends on the user alone, so it never changes.
   */
  public static profileName(registry: UserRegistry, user: string): string {
    const u = registry.user(user);
    const fitted = (n: string) => n.replace(/_/g, '-');
    const name = fitted(u.name);
    const valid = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/.test(name);
    const clash = registry.users.some((o) => o.name !== u.name && fitted(o.name) === name);
    return valid && !clash ? name : `u${u.uid}`;
  }

  /** The size a notebook type corresponds to, when its EC2 type is the type of a size. */
  public static sizeOf(instanceType: string): WorkspaceSize | undefined {
    return Sizes.sizeOfInstanceType(Notebooks.ec2InstanceType(instanceType));
  }

  private constructor() {}
}
