/**
 * The Amazon CloudWatch agent's configuration as the workspace writes it, and the names of
 * the metrics it then publishes (the AWS constructs name the same ones in their alarms).
 *
 * What the agent publishes with this configuration, per its documented behaviour:
 * - `mem_used_percent` with the dimension `InstanceId` (append_dimensions; with it set, the
 *   agent leaves out the `host` dimension);
 * - `disk_used_percent` per mount point in `resources`, with `InstanceId`, `path` and `fstype`
 *   (`drop_device` removes `device`), and once more with exactly `InstanceId` and `path`
 *   (`aggregation_dimensions`): the set an alarm names, as the file system type of a root
 *   volume (xfs, ext4) depends on the image.
 */
/** The agent's own default namespace. */
export declare const CLOUDWATCH_AGENT_NAMESPACE = "CWAgent";
/** Disk use of a mount point in percent. */
export declare const DISK_USED_PERCENT = "disk_used_percent";
/** Memory use in percent. */
export declare const MEM_USED_PERCENT = "mem_used_percent";
/** The dimension set of the disk metric an alarm names (the agent's aggregation). */
export declare const DISK_ALARM_DIMENSIONS: readonly string[];
/** Where the workspace writes the configuration. */
export declare const CLOUDWATCH_AGENT_CONFIG = "/opt/aws/amazon-cloudwatch-agent/etc/rws-metrics.json";
/** The user the agent runs as (its package creates it). */
export declare const CLOUDWATCH_AGENT_USER = "cwagent";
/** The agent's settings after validation. */
export interface PlannedCloudWatchAgent {
    readonly namespace: string;
    readonly diskPaths: string[];
    readonly intervalSeconds: number;
}
/** A CloudWatch namespace the agent may publish to (not one of AWS's own). */
export declare const NAMESPACE: RegExp;
/** The agent's JSON configuration (metrics only, no logs). */
export declare function cloudWatchAgentConfig(a: PlannedCloudWatchAgent): string;
