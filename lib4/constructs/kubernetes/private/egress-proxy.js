"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SQUID_WRITABLE = exports.SQUID_UID = void 0;
exports.addSquidProxy = addSquidProxy;
const config_map_v1_1 = require("@cdktf/provider-kubernetes/lib/config-map-v1");
const network_policy_v1_1 = require("@cdktf/provider-kubernetes/lib/network-policy-v1");
const service_v1_1 = require("@cdktf/provider-kubernetes/lib/service-v1");
const permit_common_1 = require("../../terraform/permit-common");
/**
 * The Deployment binding, loaded on first use (one of the largest modules of the Kubernetes
 * provider; only labs and permits with an egress proxy need it).
 */
function deploymentV1() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@cdktf/provider-kubernetes/lib/deployment-v1').DeploymentV1;
}
/** uid and gid squid runs as: `proxy` (13) in Debian and Ubuntu images. */
exports.SQUID_UID = 13;
/** Folders squid may write to (emptyDirs): the root filesystem is read-only. */
exports.SQUID_WRITABLE = ['/var/spool/squid', '/var/run/squid', '/var/log/squid', '/var/cache/squid', '/tmp'];
/**
 * A squid egress proxy: a ConfigMap (squid.conf and the allowlist), a Deployment (restarted
 * when either changes), a ClusterIP Service, and a NetworkPolicy that admits only the clients
 * and lets the proxy reach only the internet on 80/443 (never the cluster, the node network or
 * metadata endpoints) and DNS. Which hosts: squid's allowlist.
 */
function addSquidProxy(scope, o) {
    const allowlistPath = `${o.configDir}/allowed-domains.txt`;
    const conf = o.config(allowlistPath, o.port);
    const allowlist = `${(0, permit_common_1.squidDomains)(o.domains).join('\n')}\n`;
    const meta = o.metadata(o.name);
    new config_map_v1_1.ConfigMapV1(scope, 'Config', {
        metadata: meta,
        data: { 'squid.conf': (0, permit_common_1.tfLiteral)(conf), 'allowed-domains.txt': (0, permit_common_1.tfLiteral)(allowlist) },
        dependsOn: o.dependsOn,
    });
    new (deploymentV1())(scope, 'Deployment', {
        metadata: meta,
        spec: {
            replicas: String(o.replicas),
            selector: { matchLabels: o.selector },
            strategy: { type: 'Recreate' },
            template: {
                metadata: {
                    labels: { ...o.selector, ...o.podLabels },
                    // A changed allowlist restarts the proxy (squid reads it at start).
                    annotations: { [permit_common_1.ANNOTATIONS.configSha256]: (0, permit_common_1.sha256)(conf + allowlist) },
                },
                spec: {
                    automountServiceAccountToken: false,
                    enableServiceLinks: false,
                    terminationGracePeriodSeconds: 30,
                    // Pod Security "restricted": squid runs unprivileged (as the image's proxy account) with
                    // no capabilities and a read-only root; it listens above 1024 and writes only to emptyDirs.
                    securityContext: {
                        runAsNonRoot: true, runAsUser: String(exports.SQUID_UID), runAsGroup: String(exports.SQUID_UID), seccompProfile: { type: 'RuntimeDefault' },
                    },
                    container: [{
                            name: 'squid',
                            image: (0, permit_common_1.tfLiteral)(o.image),
                            imagePullPolicy: 'IfNotPresent',
                            command: ['/bin/sh', '-c', (0, permit_common_1.tfLiteral)(permit_common_1.SQUID_START_SCRIPT), 'squid-start'],
                            args: [permit_common_1.SQUID_LOG_DIR, `${o.configDir}/squid.conf`],
                            port: [{ name: 'proxy', containerPort: o.port, protocol: 'TCP' }],
                            resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
                            readinessProbe: { tcpSocket: [{ port: String(o.port) }], periodSeconds: 10 },
                            securityContext: {
                                runAsNonRoot: true,
                                allowPrivilegeEscalation: false,
                                readOnlyRootFilesystem: true,
                                privileged: false,
                                capabilities: { drop: ['ALL'] },
                                seccompProfile: { type: 'RuntimeDefault' },
                            },
                            volumeMount: [
                                { name: 'config', mountPath: o.configDir, readOnly: true },
                                ...exports.SQUID_WRITABLE.map((path, i) => ({ name: `scratch-${i}`, mountPath: path })),
                            ],
                        }],
                    volume: [
                        { name: 'config', configMap: { name: o.name, defaultMode: '0444' } },
                        ...exports.SQUID_WRITABLE.map((_, i) => ({ name: `scratch-${i}`, emptyDir: { sizeLimit: '64Mi' } })),
                    ],
                },
            },
        },
        waitForRollout: o.waitForRollout,
        dependsOn: o.dependsOn,
    });
    const service = new service_v1_1.ServiceV1(scope, 'Service', {
        metadata: meta,
        spec: { type: 'ClusterIP', selector: o.selector, port: [{ name: 'proxy', port: o.port, targetPort: String(o.port), protocol: 'TCP' }] },
        dependsOn: o.dependsOn,
    });
    const egressTo = (cidr, except) => ({ ipBlock: { cidr, except } });
    new network_policy_v1_1.NetworkPolicyV1(scope, 'Policy', {
        metadata: meta,
        spec: {
            podSelector: { matchLabels: o.selector },
            policyTypes: ['Ingress', 'Egress'],
            ingress: [{
                    from: o.clients.map((c) => ({ podSelector: { matchLabels: c } })),
                    ports: [{ port: String(o.port), protocol: 'TCP' }],
                }],
            egress: [
                { to: [egressTo('0.0.0.0/0', permit_common_1.PRIVATE_IPV4), egressTo('::/0', permit_common_1.PRIVATE_IPV6)], ports: [{ port: '80', protocol: 'TCP' }, { port: '443', protocol: 'TCP' }] },
                o.dns,
            ],
        },
        dependsOn: o.dependsOn,
    });
    return service;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZWdyZXNzLXByb3h5LmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMva3ViZXJuZXRlcy9wcml2YXRlL2VncmVzcy1wcm94eS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7QUFtRUEsc0NBc0ZDO0FBekpELGdGQUEyRTtBQUMzRSx3RkFBMkk7QUFDM0ksMEVBQXNFO0FBR3RFLGlFQUE0SjtBQUc1Sjs7O0dBR0c7QUFDSCxTQUFTLFlBQVk7SUFDbkIsaUVBQWlFO0lBQ2pFLE9BQU8sT0FBTyxDQUFDLDhDQUE4QyxDQUFDLENBQUMsWUFBWSxDQUFDO0FBQzlFLENBQUM7QUFDRCwyRUFBMkU7QUFDOUQsUUFBQSxTQUFTLEdBQUcsRUFBRSxDQUFDO0FBQzVCLGdGQUFnRjtBQUNuRSxRQUFBLGNBQWMsR0FBRyxDQUFDLGtCQUFrQixFQUFFLGdCQUFnQixFQUFFLGdCQUFnQixFQUFFLGtCQUFrQixFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBMENuSDs7Ozs7R0FLRztBQUNILFNBQWdCLGFBQWEsQ0FBQyxLQUFnQixFQUFFLENBQW9CO0lBQ2xFLE1BQU0sYUFBYSxHQUFHLEdBQUcsQ0FBQyxDQUFDLFNBQVMsc0JBQXNCLENBQUM7SUFDM0QsTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxhQUFhLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQzdDLE1BQU0sU0FBUyxHQUFHLEdBQUcsSUFBQSw0QkFBWSxFQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQztJQUM1RCxNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNoQyxJQUFJLDJCQUFXLENBQUMsS0FBSyxFQUFFLFFBQVEsRUFBRTtRQUMvQixRQUFRLEVBQUUsSUFBSTtRQUNkLElBQUksRUFBRSxFQUFFLFlBQVksRUFBRSxJQUFBLHlCQUFTLEVBQUMsSUFBSSxDQUFDLEVBQUUscUJBQXFCLEVBQUUsSUFBQSx5QkFBUyxFQUFDLFNBQVMsQ0FBQyxFQUFFO1FBQ3BGLFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUztLQUN2QixDQUFDLENBQUM7SUFDSCxJQUFJLENBQUMsWUFBWSxFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsWUFBWSxFQUFFO1FBQ3hDLFFBQVEsRUFBRSxJQUFJO1FBQ2QsSUFBSSxFQUFFO1lBQ0osUUFBUSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDO1lBQzVCLFFBQVEsRUFBRSxFQUFFLFdBQVcsRUFBRSxDQUFDLENBQUMsUUFBUSxFQUFFO1lBQ3JDLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUU7WUFDOUIsUUFBUSxFQUFFO2dCQUNSLFFBQVEsRUFBRTtvQkFDUixNQUFNLEVBQUUsRUFBRSxHQUFHLENBQUMsQ0FBQyxRQUFRLEVBQUUsR0FBRyxDQUFDLENBQUMsU0FBUyxFQUFFO29CQUN6QyxvRUFBb0U7b0JBQ3BFLFdBQVcsRUFBRSxFQUFFLENBQUMsMkJBQVcsQ0FBQyxZQUFZLENBQUMsRUFBRSxJQUFBLHNCQUFNLEVBQUMsSUFBSSxHQUFHLFNBQVMsQ0FBQyxFQUFFO2lCQUN0RTtnQkFDRCxJQUFJLEVBQUU7b0JBQ0osNEJBQTRCLEVBQUUsS0FBSztvQkFDbkMsa0JBQWtCLEVBQUUsS0FBSztvQkFDekIsNkJBQTZCLEVBQUUsRUFBRTtvQkFDakMseUZBQXlGO29CQUN6Riw0RkFBNEY7b0JBQzVGLGVBQWUsRUFBRTt3QkFDZixZQUFZLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxNQUFNLENBQUMsaUJBQVMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxNQUFNLENBQUMsaUJBQVMsQ0FBQyxFQUFFLGNBQWMsRUFBRSxFQUFFLElBQUksRUFBRSxnQkFBZ0IsRUFBRTtxQkFDNUg7b0JBQ0QsU0FBUyxFQUFFLENBQUM7NEJBQ1YsSUFBSSxFQUFFLE9BQU87NEJBQ2IsS0FBSyxFQUFFLElBQUEseUJBQVMsRUFBQyxDQUFDLENBQUMsS0FBSyxDQUFDOzRCQUN6QixlQUFlLEVBQUUsY0FBYzs0QkFDL0IsT0FBTyxFQUFFLENBQUMsU0FBUyxFQUFFLElBQUksRUFBRSxJQUFBLHlCQUFTLEVBQUMsa0NBQWtCLENBQUMsRUFBRSxhQUFhLENBQUM7NEJBQ3hFLElBQUksRUFBRSxDQUFDLDZCQUFhLEVBQUUsR0FBRyxDQUFDLENBQUMsU0FBUyxhQUFhLENBQUM7NEJBQ2xELElBQUksRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxhQUFhLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLENBQUM7NEJBQ2pFLFNBQVMsRUFBRSxFQUFFLFFBQVEsRUFBRSxFQUFFLEdBQUcsRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxFQUFFLE1BQU0sRUFBRSxFQUFFLEdBQUcsRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxFQUFFOzRCQUNuRyxjQUFjLEVBQUUsRUFBRSxTQUFTLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsRUFBRSxhQUFhLEVBQUUsRUFBRSxFQUFFOzRCQUM1RSxlQUFlLEVBQUU7Z0NBQ2YsWUFBWSxFQUFFLElBQUk7Z0NBQ2xCLHdCQUF3QixFQUFFLEtBQUs7Z0NBQy9CLHNCQUFzQixFQUFFLElBQUk7Z0NBQzVCLFVBQVUsRUFBRSxLQUFLO2dDQUNqQixZQUFZLEVBQUUsRUFBRSxJQUFJLEVBQUUsQ0FBQyxLQUFLLENBQUMsRUFBRTtnQ0FDL0IsY0FBYyxFQUFFLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFOzZCQUMzQzs0QkFDRCxXQUFXLEVBQUU7Z0NBQ1gsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUyxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUU7Z0NBQzFELEdBQUcsc0JBQWMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLFdBQVcsQ0FBQyxFQUFFLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7NkJBQ2hGO3lCQUNGLENBQUM7b0JBQ0YsTUFBTSxFQUFFO3dCQUNOLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLEVBQUU7d0JBQ3BFLEdBQUcsc0JBQWMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLFdBQVcsQ0FBQyxFQUFFLEVBQUUsUUFBUSxFQUFFLEVBQUUsU0FBUyxFQUFFLE1BQU0sRUFBRSxFQUFFLENBQUMsQ0FBQztxQkFDN0Y7aUJBQ0Y7YUFDRjtTQUNGO1FBQ0QsY0FBYyxFQUFFLENBQUMsQ0FBQyxjQUFjO1FBQ2hDLFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUztLQUN2QixDQUFDLENBQUM7SUFDSCxNQUFNLE9BQU8sR0FBRyxJQUFJLHNCQUFTLENBQUMsS0FBSyxFQUFFLFNBQVMsRUFBRTtRQUM5QyxRQUFRLEVBQUUsSUFBSTtRQUNkLElBQUksRUFBRSxFQUFFLElBQUksRUFBRSxXQUFXLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxRQUFRLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLFVBQVUsRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFO1FBQ3ZJLFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUztLQUN2QixDQUFDLENBQUM7SUFDSCxNQUFNLFFBQVEsR0FBRyxDQUFDLElBQVksRUFBRSxNQUFnQixFQUErQixFQUFFLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDbEgsSUFBSSxtQ0FBZSxDQUFDLEtBQUssRUFBRSxRQUFRLEVBQUU7UUFDbkMsUUFBUSxFQUFFLElBQUk7UUFDZCxJQUFJLEVBQUU7WUFDSixXQUFXLEVBQUUsRUFBRSxXQUFXLEVBQUUsQ0FBQyxDQUFDLFFBQVEsRUFBRTtZQUN4QyxXQUFXLEVBQUUsQ0FBQyxTQUFTLEVBQUUsUUFBUSxDQUFDO1lBQ2xDLE9BQU8sRUFBRSxDQUFDO29CQUNSLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLFdBQVcsRUFBRSxFQUFFLFdBQVcsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7b0JBQ2pFLEtBQUssRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxDQUFDO2lCQUNuRCxDQUFDO1lBQ0YsTUFBTSxFQUFFO2dCQUNOLEVBQUUsRUFBRSxFQUFFLENBQUMsUUFBUSxDQUFDLFdBQVcsRUFBRSw0QkFBWSxDQUFDLEVBQUUsUUFBUSxDQUFDLE1BQU0sRUFBRSw0QkFBWSxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxFQUFFLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRTtnQkFDekosQ0FBQyxDQUFDLEdBQUc7YUFDTjtTQUNGO1FBQ0QsU0FBUyxFQUFFLENBQUMsQ0FBQyxTQUFTO0tBQ3ZCLENBQUMsQ0FBQztJQUNILE9BQU8sT0FBTyxDQUFDO0FBQ2pCLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgeyBDb25maWdNYXBWMSB9IGZyb20gJ0BjZGt0Zi9wcm92aWRlci1rdWJlcm5ldGVzL2xpYi9jb25maWctbWFwLXYxJztcbmltcG9ydCB7IE5ldHdvcmtQb2xpY3lWMSwgTmV0d29ya1BvbGljeVYxU3BlY0VncmVzcywgTmV0d29ya1BvbGljeVYxU3BlY0VncmVzc1RvIH0gZnJvbSAnQGNka3RmL3Byb3ZpZGVyLWt1YmVybmV0ZXMvbGliL25ldHdvcmstcG9saWN5LXYxJztcbmltcG9ydCB7IFNlcnZpY2VWMSB9IGZyb20gJ0BjZGt0Zi9wcm92aWRlci1rdWJlcm5ldGVzL2xpYi9zZXJ2aWNlLXYxJztcbmltcG9ydCB7IENvbnN0cnVjdCB9IGZyb20gJ2NvbnN0cnVjdHMnO1xuaW1wb3J0IHsgSVRlcnJhZm9ybURlcGVuZGFibGUgfSBmcm9tICcuLi8uLi90ZXJyYWZvcm0vY2RrdGYnO1xuaW1wb3J0IHsgQU5OT1RBVElPTlMsIFBSSVZBVEVfSVBWNCwgUFJJVkFURV9JUFY2LCBzaGEyNTYsIFNRVUlEX0xPR19ESVIsIFNRVUlEX1NUQVJUX1NDUklQVCwgc3F1aWREb21haW5zLCB0ZkxpdGVyYWwgfSBmcm9tICcuLi8uLi90ZXJyYWZvcm0vcGVybWl0LWNvbW1vbic7XG5cblxuLyoqXG4gKiBUaGUgRGVwbG95bWVudCBiaW5kaW5nLCBsb2FkZWQgb24gZmlyc3QgdXNlIChvbmUgb2YgdGhlIGxhcmdlc3QgbW9kdWxlcyBvZiB0aGUgS3ViZXJuZXRlc1xuICogcHJvdmlkZXI7IG9ubHkgbGFicyBhbmQgcGVybWl0cyB3aXRoIGFuIGVncmVzcyBwcm94eSBuZWVkIGl0KS5cbiAqL1xuZnVuY3Rpb24gZGVwbG95bWVudFYxKCk6IHR5cGVvZiBpbXBvcnQoJ0BjZGt0Zi9wcm92aWRlci1rdWJlcm5ldGVzL2xpYi9kZXBsb3ltZW50LXYxJykuRGVwbG95bWVudFYxIHtcbiAgLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIEB0eXBlc2NyaXB0LWVzbGludC9uby1yZXF1aXJlLWltcG9ydHNcbiAgcmV0dXJuIHJlcXVpcmUoJ0BjZGt0Zi9wcm92aWRlci1rdWJlcm5ldGVzL2xpYi9kZXBsb3ltZW50LXYxJykuRGVwbG95bWVudFYxO1xufVxuLyoqIHVpZCBhbmQgZ2lkIHNxdWlkIHJ1bnMgYXM6IGBwcm94eWAgKDEzKSBpbiBEZWJpYW4gYW5kIFVidW50dSBpbWFnZXMuICovXG5leHBvcnQgY29uc3QgU1FVSURfVUlEID0gMTM7XG4vKiogRm9sZGVycyBzcXVpZCBtYXkgd3JpdGUgdG8gKGVtcHR5RGlycyk6IHRoZSByb290IGZpbGVzeXN0ZW0gaXMgcmVhZC1vbmx5LiAqL1xuZXhwb3J0IGNvbnN0IFNRVUlEX1dSSVRBQkxFID0gWycvdmFyL3Nwb29sL3NxdWlkJywgJy92YXIvcnVuL3NxdWlkJywgJy92YXIvbG9nL3NxdWlkJywgJy92YXIvY2FjaGUvc3F1aWQnLCAnL3RtcCddO1xuXG4vKiogTWV0YWRhdGEgb2Ygb25lIG9mIHRoZSBwcm94eSdzIHJlc291cmNlcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJveHlNZXRhZGF0YSB7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgbmFtZXNwYWNlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGxhYmVsczogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcmVhZG9ubHkgYW5ub3RhdGlvbnM/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xufVxuXG4vKiogV2hhdCBhIHNxdWlkIGVncmVzcyBwcm94eSBpbiBhIG5hbWVzcGFjZSBuZWVkcyAoYSBwZXJtaXQncyBvciBhIGxhYidzKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU3F1aWRQcm94eU9wdGlvbnMge1xuICAvKiogUmVzb3VyY2UgbmFtZSAoQ29uZmlnTWFwLCBEZXBsb3ltZW50LCBTZXJ2aWNlLCBOZXR3b3JrUG9saWN5KS4gKi9cbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICAvKiogTWV0YWRhdGEgb2YgZWFjaCByZXNvdXJjZSwgZnJvbSBpdHMgbmFtZS4gKi9cbiAgcmVhZG9ubHkgbWV0YWRhdGE6IChuYW1lOiBzdHJpbmcpID0+IFByb3h5TWV0YWRhdGE7XG4gIC8qKiBMYWJlbHMgdGhhdCBzZWxlY3QgdGhlIHByb3h5J3MgcG9kcy4gKi9cbiAgcmVhZG9ubHkgc2VsZWN0b3I6IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBGdXJ0aGVyIGxhYmVscyBvbiB0aGUgcG9kcy4gKi9cbiAgcmVhZG9ubHkgcG9kTGFiZWxzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICAvKiogU2VsZWN0b3JzIG9mIHRoZSBwb2RzIHRoYXQgbWF5IHVzZSB0aGUgcHJveHkuICovXG4gIHJlYWRvbmx5IGNsaWVudHM6IEFycmF5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+O1xuICAvKiogQWxsb3dlZCBkb21haW5zIChgcHlwaS5vcmdgLCBgKi5yLXByb2plY3Qub3JnYCkuICovXG4gIHJlYWRvbmx5IGRvbWFpbnM6IHN0cmluZ1tdO1xuICAvKiogc3F1aWQuY29uZiBmb3IgdGhlIGFsbG93bGlzdCBmaWxlIGFuZCBwb3J0LiAqL1xuICByZWFkb25seSBjb25maWc6IChhbGxvd2xpc3RQYXRoOiBzdHJpbmcsIHBvcnQ6IG51bWJlcikgPT4gc3RyaW5nO1xuICAvKiogSW1hZ2Ugd2l0aCBzcXVpZC4gKi9cbiAgcmVhZG9ubHkgaW1hZ2U6IHN0cmluZztcbiAgLyoqIDEgd2hpbGUgYSBjbGllbnQgcnVucywgZWxzZSAwLiAqL1xuICByZWFkb25seSByZXBsaWNhczogbnVtYmVyO1xuICAvKiogVGhlIGNsdXN0ZXIgRE5TLCBhcyBhbiBlZ3Jlc3MgcnVsZS4gKi9cbiAgcmVhZG9ubHkgZG5zOiBOZXR3b3JrUG9saWN5VjFTcGVjRWdyZXNzO1xuICAvKiogV2hlcmUgdGhlIGNvbmZpZ3VyYXRpb24gaXMgbW91bnRlZC4gKi9cbiAgcmVhZG9ubHkgY29uZmlnRGlyOiBzdHJpbmc7XG4gIC8qKiBQb3J0LiAqL1xuICByZWFkb25seSBwb3J0OiBudW1iZXI7XG4gIC8qKiBXaGV0aGVyIFRlcnJhZm9ybSB3YWl0cyBmb3IgdGhlIHJvbGxvdXQuICovXG4gIHJlYWRvbmx5IHdhaXRGb3JSb2xsb3V0PzogYm9vbGVhbjtcbiAgLyoqIFdoYXQgdGhlIHJlc291cmNlcyB3YWl0IGZvciAodGhlIG5hbWVzcGFjZSkuICovXG4gIHJlYWRvbmx5IGRlcGVuZHNPbj86IElUZXJyYWZvcm1EZXBlbmRhYmxlW107XG59XG5cbi8qKlxuICogQSBzcXVpZCBlZ3Jlc3MgcHJveHk6IGEgQ29uZmlnTWFwIChzcXVpZC5jb25mIGFuZCB0aGUgYWxsb3dsaXN0KSwgYSBEZXBsb3ltZW50IChyZXN0YXJ0ZWRcbiAqIHdoZW4gZWl0aGVyIGNoYW5nZXMpLCBhIENsdXN0ZXJJUCBTZXJ2aWNlLCBhbmQgYSBOZXR3b3JrUG9saWN5IHRoYXQgYWRtaXRzIG9ubHkgdGhlIGNsaWVudHNcbiAqIGFuZCBsZXRzIHRoZSBwcm94eSByZWFjaCBvbmx5IHRoZSBpbnRlcm5ldCBvbiA4MC80NDMgKG5ldmVyIHRoZSBjbHVzdGVyLCB0aGUgbm9kZSBuZXR3b3JrIG9yXG4gKiBtZXRhZGF0YSBlbmRwb2ludHMpIGFuZCBETlMuIFdoaWNoIGhvc3RzOiBzcXVpZCdzIGFsbG93bGlzdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFkZFNxdWlkUHJveHkoc2NvcGU6IENvbnN0cnVjdCwgbzogU3F1aWRQcm94eU9wdGlvbnMpOiBTZXJ2aWNlVjEge1xuICBjb25zdCBhbGxvd2xpc3RQYXRoID0gYCR7by5jb25maWdEaXJ9L2FsbG93ZWQtZG9tYWlucy50eHRgO1xuICBjb25zdCBjb25mID0gby5jb25maWcoYWxsb3dsaXN0UGF0aCwgby5wb3J0KTtcbiAgY29uc3QgYWxsb3dsaXN0ID0gYCR7c3F1aWREb21haW5zKG8uZG9tYWlucykuam9pbignXFxuJyl9XFxuYDtcbiAgY29uc3QgbWV0YSA9IG8ubWV0YWRhdGEoby5uYW1lKTtcbiAgbmV3IENvbmZpZ01hcFYxKHNjb3BlLCAnQ29uZmlnJywge1xuICAgIG1ldGFkYXRhOiBtZXRhLFxuICAgIGRhdGE6IHsgJ3NxdWlkLmNvbmYnOiB0ZkxpdGVyYWwoY29uZiksICdhbGxvd2VkLWRvbWFpbnMudHh0JzogdGZMaXRlcmFsKGFsbG93bGlzdCkgfSxcbiAgICBkZXBlbmRzT246IG8uZGVwZW5kc09uLFxuICB9KTtcbiAgbmV3IChkZXBsb3ltZW50VjEoKSkoc2NvcGUsICdEZXBsb3ltZW50Jywge1xuICAgIG1ldGFkYXRhOiBtZXRhLFxuICAgIHNwZWM6IHtcbiAgICAgIHJlcGxpY2FzOiBTdHJpbmcoby5yZXBsaWNhcyksXG4gICAgICBzZWxlY3RvcjogeyBtYXRjaExhYmVsczogby5zZWxlY3RvciB9LFxuICAgICAgc3RyYXRlZ3k6IHsgdHlwZTogJ1JlY3JlYXRlJyB9LFxuICAgICAgdGVtcGxhdGU6IHtcbiAgICAgICAgbWV0YWRhdGE6IHtcbiAgICAgICAgICBsYWJlbHM6IHsgLi4uby5zZWxlY3RvciwgLi4uby5wb2RMYWJlbHMgfSxcbiAgICAgICAgICAvLyBBIGNoYW5nZWQgYWxsb3dsaXN0IHJlc3RhcnRzIHRoZSBwcm94eSAoc3F1aWQgcmVhZHMgaXQgYXQgc3RhcnQpLlxuICAgICAgICAgIGFubm90YXRpb25zOiB7IFtBTk5PVEFUSU9OUy5jb25maWdTaGEyNTZdOiBzaGEyNTYoY29uZiArIGFsbG93bGlzdCkgfSxcbiAgICAgICAgfSxcbiAgICAgICAgc3BlYzoge1xuICAgICAgICAgIGF1dG9tb3VudFNlcnZpY2VBY2NvdW50VG9rZW46IGZhbHNlLFxuICAgICAgICAgIGVuYWJsZVNlcnZpY2VMaW5rczogZmFsc2UsXG4gICAgICAgICAgdGVybWluYXRpb25HcmFjZVBlcmlvZFNlY29uZHM6IDMwLFxuICAgICAgICAgIC8vIFBvZCBTZWN1cml0eSBcInJlc3RyaWN0ZWRcIjogc3F1aWQgcnVucyB1bnByaXZpbGVnZWQgKGFzIHRoZSBpbWFnZSdzIHByb3h5IGFjY291bnQpIHdpdGhcbiAgICAgICAgICAvLyBubyBjYXBhYmlsaXRpZXMgYW5kIGEgcmVhZC1vbmx5IHJvb3Q7IGl0IGxpc3RlbnMgYWJvdmUgMTAyNCBhbmQgd3JpdGVzIG9ubHkgdG8gZW1wdHlEaXJzLlxuICAgICAgICAgIHNlY3VyaXR5Q29udGV4dDoge1xuICAgICAgICAgICAgcnVuQXNOb25Sb290OiB0cnVlLCBydW5Bc1VzZXI6IFN0cmluZyhTUVVJRF9VSUQpLCBydW5Bc0dyb3VwOiBTdHJpbmcoU1FVSURfVUlEKSwgc2VjY29tcFByb2ZpbGU6IHsgdHlwZTogJ1J1bnRpbWVEZWZhdWx0JyB9LFxuICAgICAgICAgIH0sXG4gICAgICAgICAgY29udGFpbmVyOiBbe1xuICAgICAgICAgICAgbmFtZTogJ3NxdWlkJyxcbiAgICAgICAgICAgIGltYWdlOiB0ZkxpdGVyYWwoby5pbWFnZSksXG4gICAgICAgICAgICBpbWFnZVB1bGxQb2xpY3k6ICdJZk5vdFByZXNlbnQnLFxuICAgICAgICAgICAgY29tbWFuZDogWycvYmluL3NoJywgJy1jJywgdGZMaXRlcmFsKFNRVUlEX1NUQVJUX1NDUklQVCksICdzcXVpZC1zdGFydCddLFxuICAgICAgICAgICAgYXJnczogW1NRVUlEX0xPR19ESVIsIGAke28uY29uZmlnRGlyfS9zcXVpZC5jb25mYF0sXG4gICAgICAgICAgICBwb3J0OiBbeyBuYW1lOiAncHJveHknLCBjb250YWluZXJQb3J0OiBvLnBvcnQsIHByb3RvY29sOiAnVENQJyB9XSxcbiAgICAgICAgICAgIHJlc291cmNlczogeyByZXF1ZXN0czogeyBjcHU6ICcxMDBtJywgbWVtb3J5OiAnMTI4TWknIH0sIGxpbWl0czogeyBjcHU6ICc1MDBtJywgbWVtb3J5OiAnNTEyTWknIH0gfSxcbiAgICAgICAgICAgIHJlYWRpbmVzc1Byb2JlOiB7IHRjcFNvY2tldDogW3sgcG9ydDogU3RyaW5nKG8ucG9ydCkgfV0sIHBlcmlvZFNlY29uZHM6IDEwIH0sXG4gICAgICAgICAgICBzZWN1cml0eUNvbnRleHQ6IHtcbiAgICAgICAgICAgICAgcnVuQXNOb25Sb290OiB0cnVlLFxuICAgICAgICAgICAgICBhbGxvd1ByaXZpbGVnZUVzY2FsYXRpb246IGZhbHNlLFxuICAgICAgICAgICAgICByZWFkT25seVJvb3RGaWxlc3lzdGVtOiB0cnVlLFxuICAgICAgICAgICAgICBwcml2aWxlZ2VkOiBmYWxzZSxcbiAgICAgICAgICAgICAgY2FwYWJpbGl0aWVzOiB7IGRyb3A6IFsnQUxMJ10gfSxcbiAgICAgICAgICAgICAgc2VjY29tcFByb2ZpbGU6IHsgdHlwZTogJ1J1bnRpbWVEZWZhdWx0JyB9LFxuICAgICAgICAgICAgfSxcbiAgICAgICAgICAgIHZvbHVtZU1vdW50OiBbXG4gICAgICAgICAgICAgIHsgbmFtZTogJ2NvbmZpZycsIG1vdW50UGF0aDogby5jb25maWdEaXIsIHJlYWRPbmx5OiB0cnVlIH0sXG4gICAgICAgICAgICAgIC4uLlNRVUlEX1dSSVRBQkxFLm1hcCgocGF0aCwgaSkgPT4gKHsgbmFtZTogYHNjcmF0Y2gtJHtpfWAsIG1vdW50UGF0aDogcGF0aCB9KSksXG4gICAgICAgICAgICBdLFxuICAgICAgICAgIH1dLFxuICAgICAgICAgIHZvbHVtZTogW1xuICAgICAgICAgICAgeyBuYW1lOiAnY29uZmlnJywgY29uZmlnTWFwOiB7IG5hbWU6IG8ubmFtZSwgZGVmYXVsdE1vZGU6ICcwNDQ0JyB9IH0sXG4gICAgICAgICAgICAuLi5TUVVJRF9XUklUQUJMRS5tYXAoKF8sIGkpID0+ICh7IG5hbWU6IGBzY3JhdGNoLSR7aX1gLCBlbXB0eURpcjogeyBzaXplTGltaXQ6ICc2NE1pJyB9IH0pKSxcbiAgICAgICAgICBdLFxuICAgICAgICB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIHdhaXRGb3JSb2xsb3V0OiBvLndhaXRGb3JSb2xsb3V0LFxuICAgIGRlcGVuZHNPbjogby5kZXBlbmRzT24sXG4gIH0pO1xuICBjb25zdCBzZXJ2aWNlID0gbmV3IFNlcnZpY2VWMShzY29wZSwgJ1NlcnZpY2UnLCB7XG4gICAgbWV0YWRhdGE6IG1ldGEsXG4gICAgc3BlYzogeyB0eXBlOiAnQ2x1c3RlcklQJywgc2VsZWN0b3I6IG8uc2VsZWN0b3IsIHBvcnQ6IFt7IG5hbWU6ICdwcm94eScsIHBvcnQ6IG8ucG9ydCwgdGFyZ2V0UG9ydDogU3RyaW5nKG8ucG9ydCksIHByb3RvY29sOiAnVENQJyB9XSB9LFxuICAgIGRlcGVuZHNPbjogby5kZXBlbmRzT24sXG4gIH0pO1xuICBjb25zdCBlZ3Jlc3NUbyA9IChjaWRyOiBzdHJpbmcsIGV4Y2VwdDogc3RyaW5nW10pOiBOZXR3b3JrUG9saWN5VjFTcGVjRWdyZXNzVG8gPT4gKHsgaXBCbG9jazogeyBjaWRyLCBleGNlcHQgfSB9KTtcbiAgbmV3IE5ldHdvcmtQb2xpY3lWMShzY29wZSwgJ1BvbGljeScsIHtcbiAgICBtZXRhZGF0YTogbWV0YSxcbiAgICBzcGVjOiB7XG4gICAgICBwb2RTZWxlY3RvcjogeyBtYXRjaExhYmVsczogby5zZWxlY3RvciB9LFxuICAgICAgcG9saWN5VHlwZXM6IFsnSW5ncmVzcycsICdFZ3Jlc3MnXSxcbiAgICAgIGluZ3Jlc3M6IFt7XG4gICAgICAgIGZyb206IG8uY2xpZW50cy5tYXAoKGMpID0+ICh7IHBvZFNlbGVjdG9yOiB7IG1hdGNoTGFiZWxzOiBjIH0gfSkpLFxuICAgICAgICBwb3J0czogW3sgcG9ydDogU3RyaW5nKG8ucG9ydCksIHByb3RvY29sOiAnVENQJyB9XSxcbiAgICAgIH1dLFxuICAgICAgZWdyZXNzOiBbXG4gICAgICAgIHsgdG86IFtlZ3Jlc3NUbygnMC4wLjAuMC8wJywgUFJJVkFURV9JUFY0KSwgZWdyZXNzVG8oJzo6LzAnLCBQUklWQVRFX0lQVjYpXSwgcG9ydHM6IFt7IHBvcnQ6ICc4MCcsIHByb3RvY29sOiAnVENQJyB9LCB7IHBvcnQ6ICc0NDMnLCBwcm90b2NvbDogJ1RDUCcgfV0gfSxcbiAgICAgICAgby5kbnMsXG4gICAgICBdLFxuICAgIH0sXG4gICAgZGVwZW5kc09uOiBvLmRlcGVuZHNPbixcbiAgfSk7XG4gIHJldHVybiBzZXJ2aWNlO1xufVxuIl19