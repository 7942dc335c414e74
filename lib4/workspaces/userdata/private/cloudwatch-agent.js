"use strict";
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
Object.defineProperty(exports, "__esModule", { value: true });
exports.NAMESPACE = exports.CLOUDWATCH_AGENT_USER = exports.CLOUDWATCH_AGENT_CONFIG = exports.DISK_ALARM_DIMENSIONS = exports.MEM_USED_PERCENT = exports.DISK_USED_PERCENT = exports.CLOUDWATCH_AGENT_NAMESPACE = void 0;
exports.cloudWatchAgentConfig = cloudWatchAgentConfig;
/** The agent's own default namespace. */
exports.CLOUDWATCH_AGENT_NAMESPACE = 'CWAgent';
/** Disk use of a mount point in percent. */
exports.DISK_USED_PERCENT = 'disk_used_percent';
/** Memory use in percent. */
exports.MEM_USED_PERCENT = 'mem_used_percent';
/** The dimension set of the disk metric an alarm names (the agent's aggregation). */
exports.DISK_ALARM_DIMENSIONS = ['InstanceId', 'path'];
/** Where the workspace writes the configuration. */
exports.CLOUDWATCH_AGENT_CONFIG = '/opt/aws/amazon-cloudwatch-agent/etc/rws-metrics.json';
/** The user the agent runs as (its package creates it). */
exports.CLOUDWATCH_AGENT_USER = 'cwagent';
/** A CloudWatch namespace the agent may publish to (not one of AWS's own). */
exports.NAMESPACE = /^(?!AWS\/)[A-Za-z0-9._#:/-]{1,255}$/;
/** The agent's JSON configuration (metrics only, no logs). */
function cloudWatchAgentConfig(a) {
    const config = {
        agent: {
            metrics_collection_interval: a.intervalSeconds,
            run_as_user: exports.CLOUDWATCH_AGENT_USER,
            omit_hostname: true,
        },
        metrics: {
            namespace: a.namespace,
            // eslint-disable-next-line no-template-curly-in-string
            append_dimensions: { InstanceId: '${aws:InstanceId}' },
            aggregation_dimensions: [[...exports.DISK_ALARM_DIMENSIONS]],
            metrics_collected: {
                disk: { resources: a.diskPaths, measurement: ['used_percent'], drop_device: true },
                mem: { measurement: ['used_percent'] },
            },
        },
    };
    return JSON.stringify(config) + '\n';
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY2xvdWR3YXRjaC1hZ2VudC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy93b3Jrc3BhY2VzL3VzZXJkYXRhL3ByaXZhdGUvY2xvdWR3YXRjaC1hZ2VudC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiO0FBQUE7Ozs7Ozs7Ozs7O0dBV0c7OztBQTBCSCxzREFtQkM7QUEzQ0QseUNBQXlDO0FBQzVCLFFBQUEsMEJBQTBCLEdBQUcsU0FBUyxDQUFDO0FBQ3BELDRDQUE0QztBQUMvQixRQUFBLGlCQUFpQixHQUFHLG1CQUFtQixDQUFDO0FBQ3JELDZCQUE2QjtBQUNoQixRQUFBLGdCQUFnQixHQUFHLGtCQUFrQixDQUFDO0FBQ25ELHFGQUFxRjtBQUN4RSxRQUFBLHFCQUFxQixHQUFzQixDQUFDLFlBQVksRUFBRSxNQUFNLENBQUMsQ0FBQztBQUMvRSxvREFBb0Q7QUFDdkMsUUFBQSx1QkFBdUIsR0FBRyx1REFBdUQsQ0FBQztBQUMvRiwyREFBMkQ7QUFDOUMsUUFBQSxxQkFBcUIsR0FBRyxTQUFTLENBQUM7QUFTL0MsOEVBQThFO0FBQ2pFLFFBQUEsU0FBUyxHQUFHLHFDQUFxQyxDQUFDO0FBRS9ELDhEQUE4RDtBQUM5RCxTQUFnQixxQkFBcUIsQ0FBQyxDQUF5QjtJQUM3RCxNQUFNLE1BQU0sR0FBRztRQUNiLEtBQUssRUFBRTtZQUNMLDJCQUEyQixFQUFFLENBQUMsQ0FBQyxlQUFlO1lBQzlDLFdBQVcsRUFBRSw2QkFBcUI7WUFDbEMsYUFBYSxFQUFFLElBQUk7U0FDcEI7UUFDRCxPQUFPLEVBQUU7WUFDUCxTQUFTLEVBQUUsQ0FBQyxDQUFDLFNBQVM7WUFDdEIsdURBQXVEO1lBQ3ZELGlCQUFpQixFQUFFLEVBQUUsVUFBVSxFQUFFLG1CQUFtQixFQUFFO1lBQ3RELHNCQUFzQixFQUFFLENBQUMsQ0FBQyxHQUFHLDZCQUFxQixDQUFDLENBQUM7WUFDcEQsaUJBQWlCLEVBQUU7Z0JBQ2pCLElBQUksRUFBRSxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUyxFQUFFLFdBQVcsRUFBRSxDQUFDLGNBQWMsQ0FBQyxFQUFFLFdBQVcsRUFBRSxJQUFJLEVBQUU7Z0JBQ2xGLEdBQUcsRUFBRSxFQUFFLFdBQVcsRUFBRSxDQUFDLGNBQWMsQ0FBQyxFQUFFO2FBQ3ZDO1NBQ0Y7S0FDRixDQUFDO0lBQ0YsT0FBTyxJQUFJLENBQUMsU0FBUyxDQUFDLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQztBQUN2QyxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgQW1hem9uIENsb3VkV2F0Y2ggYWdlbnQncyBjb25maWd1cmF0aW9uIGFzIHRoZSB3b3Jrc3BhY2Ugd3JpdGVzIGl0LCBhbmQgdGhlIG5hbWVzIG9mXG4gKiB0aGUgbWV0cmljcyBpdCB0aGVuIHB1Ymxpc2hlcyAodGhlIEFXUyBjb25zdHJ1Y3RzIG5hbWUgdGhlIHNhbWUgb25lcyBpbiB0aGVpciBhbGFybXMpLlxuICpcbiAqIFdoYXQgdGhlIGFnZW50IHB1Ymxpc2hlcyB3aXRoIHRoaXMgY29uZmlndXJhdGlvbiwgcGVyIGl0cyBkb2N1bWVudGVkIGJlaGF2aW91cjpcbiAqIC0gYG1lbV91c2VkX3BlcmNlbnRgIHdpdGggdGhlIGRpbWVuc2lvbiBgSW5zdGFuY2VJZGAgKGFwcGVuZF9kaW1lbnNpb25zOyB3aXRoIGl0IHNldCwgdGhlXG4gKiAgIGFnZW50IGxlYXZlcyBvdXQgdGhlIGBob3N0YCBkaW1lbnNpb24pO1xuICogLSBgZGlza191c2VkX3BlcmNlbnRgIHBlciBtb3VudCBwb2ludCBpbiBgcmVzb3VyY2VzYCwgd2l0aCBgSW5zdGFuY2VJZGAsIGBwYXRoYCBhbmQgYGZzdHlwZWBcbiAqICAgKGBkcm9wX2RldmljZWAgcmVtb3ZlcyBgZGV2aWNlYCksIGFuZCBvbmNlIG1vcmUgd2l0aCBleGFjdGx5IGBJbnN0YW5jZUlkYCBhbmQgYHBhdGhgXG4gKiAgIChgYWdncmVnYXRpb25fZGltZW5zaW9uc2ApOiB0aGUgc2V0IGFuIGFsYXJtIG5hbWVzLCBhcyB0aGUgZmlsZSBzeXN0ZW0gdHlwZSBvZiBhIHJvb3RcbiAqICAgdm9sdW1lICh4ZnMsIGV4dDQpIGRlcGVuZHMgb24gdGhlIGltYWdlLlxuICovXG5cbi8qKiBUaGUgYWdlbnQncyBvd24gZGVmYXVsdCBuYW1lc3BhY2UuICovXG5leHBvcnQgY29uc3QgQ0xPVURXQVRDSF9BR0VOVF9OQU1FU1BBQ0UgPSAnQ1dBZ2VudCc7XG4vKiogRGlzayB1c2Ugb2YgYSBtb3VudCBwb2ludCBpbiBwZXJjZW50LiAqL1xuZXhwb3J0IGNvbnN0IERJU0tfVVNFRF9QRVJDRU5UID0gJ2Rpc2tfdXNlZF9wZXJjZW50Jztcbi8qKiBNZW1vcnkgdXNlIGluIHBlcmNlbnQuICovXG5leHBvcnQgY29uc3QgTUVNX1VTRURfUEVSQ0VOVCA9ICdtZW1fdXNlZF9wZXJjZW50Jztcbi8qKiBUaGUgZGltZW5zaW9uIHNldCBvZiB0aGUgZGlzayBtZXRyaWMgYW4gYWxhcm0gbmFtZXMgKHRoZSBhZ2VudCdzIGFnZ3JlZ2F0aW9uKS4gKi9cbmV4cG9ydCBjb25zdCBESVNLX0FMQVJNX0RJTUVOU0lPTlM6IHJlYWRvbmx5IHN0cmluZ1tdID0gWydJbnN0YW5jZUlkJywgJ3BhdGgnXTtcbi8qKiBXaGVyZSB0aGUgd29ya3NwYWNlIHdyaXRlcyB0aGUgY29uZmlndXJhdGlvbi4gKi9cbmV4cG9ydCBjb25zdCBDTE9VRFdBVENIX0FHRU5UX0NPTkZJRyA9ICcvb3B0L2F3cy9hbWF6b24tY2xvdWR3YXRjaC1hZ2VudC9ldGMvcndzLW1ldHJpY3MuanNvbic7XG4vKiogVGhlIHVzZXIgdGhlIGFnZW50IHJ1bnMgYXMgKGl0cyBwYWNrYWdlIGNyZWF0ZXMgaXQpLiAqL1xuZXhwb3J0IGNvbnN0IENMT1VEV0FUQ0hfQUdFTlRfVVNFUiA9ICdjd2FnZW50JztcblxuLyoqIFRoZSBhZ2VudCdzIHNldHRpbmdzIGFmdGVyIHZhbGlkYXRpb24uICovXG5leHBvcnQgaW50ZXJmYWNlIFBsYW5uZWRDbG91ZFdhdGNoQWdlbnQge1xuICByZWFkb25seSBuYW1lc3BhY2U6IHN0cmluZztcbiAgcmVhZG9ubHkgZGlza1BhdGhzOiBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgaW50ZXJ2YWxTZWNvbmRzOiBudW1iZXI7XG59XG5cbi8qKiBBIENsb3VkV2F0Y2ggbmFtZXNwYWNlIHRoZSBhZ2VudCBtYXkgcHVibGlzaCB0byAobm90IG9uZSBvZiBBV1MncyBvd24pLiAqL1xuZXhwb3J0IGNvbnN0IE5BTUVTUEFDRSA9IC9eKD8hQVdTXFwvKVtBLVphLXowLTkuXyM6Ly1dezEsMjU1fSQvO1xuXG4vKiogVGhlIGFnZW50J3MgSlNPTiBjb25maWd1cmF0aW9uIChtZXRyaWNzIG9ubHksIG5vIGxvZ3MpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsb3VkV2F0Y2hBZ2VudENvbmZpZyhhOiBQbGFubmVkQ2xvdWRXYXRjaEFnZW50KTogc3RyaW5nIHtcbiAgY29uc3QgY29uZmlnID0ge1xuICAgIGFnZW50OiB7XG4gICAgICBtZXRyaWNzX2NvbGxlY3Rpb25faW50ZXJ2YWw6IGEuaW50ZXJ2YWxTZWNvbmRzLFxuICAgICAgcnVuX2FzX3VzZXI6IENMT1VEV0FUQ0hfQUdFTlRfVVNFUixcbiAgICAgIG9taXRfaG9zdG5hbWU6IHRydWUsXG4gICAgfSxcbiAgICBtZXRyaWNzOiB7XG4gICAgICBuYW1lc3BhY2U6IGEubmFtZXNwYWNlLFxuICAgICAgLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIG5vLXRlbXBsYXRlLWN1cmx5LWluLXN0cmluZ1xuICAgICAgYXBwZW5kX2RpbWVuc2lvbnM6IHsgSW5zdGFuY2VJZDogJyR7YXdzOkluc3RhbmNlSWR9JyB9LFxuICAgICAgYWdncmVnYXRpb25fZGltZW5zaW9uczogW1suLi5ESVNLX0FMQVJNX0RJTUVOU0lPTlNdXSxcbiAgICAgIG1ldHJpY3NfY29sbGVjdGVkOiB7XG4gICAgICAgIGRpc2s6IHsgcmVzb3VyY2VzOiBhLmRpc2tQYXRocywgbWVhc3VyZW1lbnQ6IFsndXNlZF9wZXJjZW50J10sIGRyb3BfZGV2aWNlOiB0cnVlIH0sXG4gICAgICAgIG1lbTogeyBtZWFzdXJlbWVudDogWyd1c2VkX3BlcmNlbnQnXSB9LFxuICAgICAgfSxcbiAgICB9LFxuICB9O1xuICByZXR1cm4gSlNPTi5zdHJpbmdpZnkoY29uZmlnKSArICdcXG4nO1xufVxuIl19