/**
 * Workspace tags have one meaning on every backend. A workspace's `project` and `owner` are
 * tags of their own: AWS writes them as `research:project` and `research:owner` (its
 * cost-allocation tags), Kubernetes and Proxmox VE as `project` and `owner`. A policy's
 * `required_tags` may name either spelling and means the same tag everywhere.
 */
/** The AWS cost-allocation tag naming a resource's lab. */
export declare const LAB_TAG = "research:lab";
/** The AWS cost-allocation tag naming a resource's tenant (an institution's department). */
export declare const TENANT_TAG = "research:tenant";
/** The backend-neutral name of a tag key: `research:project` -> `project`; other keys unchanged. */
export declare function neutralTagName(key: string): string;
/** The key AWS gives a tag: `project` -> `research:project`; other keys unchanged. */
export declare function awsTagKey(key: string): string;
/** A workspace's tags by neutral name (empty values dropped). */
export declare function neutralTags(tags: {
    readonly [key: string]: string;
} | undefined): Map<string, string>;
