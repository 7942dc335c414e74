import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { NetworkPolicyV1, NetworkPolicyV1SpecEgress, NetworkPolicyV1SpecEgressTo } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import { Construct } from 'constructs';
import { ITerraformDependable } from '../../terraform/cdktf';
import { ANNOTATIONS, PRIVATE_IPV4, PRIVATE_IPV6, sha256, SQUID_LOG_DIR, SQUID_START_SCRIPT, squidDomains, tfLiteral } from '../../terraform/permit-common';


/**
 * The Deployment binding, loaded on first use (one of the largest modules of the Kubernetes
 * provider; only labs and permits with an egress proxy need it).
 */
function deploymentV1(): typeof import('@cdktf/provider-kubernetes/lib/deployment-v1').DeploymentV1 {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@cdktf/provider-kubernetes/lib/deployment-v1').DeploymentV1;
}
/** uid and gid squid runs as: `proxy` (13) in Debian and Ubuntu images. */
export const SQUID_UID = 13;
/** Folders squid may write to (emptyDirs): the root filesystem is read-only. */
export const SQUID_WRITABLE = ['/var/spool/squid', '/var/run/squid', '/var/log/squid', '/var/cache/squid', '/tmp'];

/** Metadata of one of the proxy's resources. */
export interface ProxyMetadata {
  readonly name: string;
  readonly namespace: string;
  readonly labels: Record<string, string>;
  readonly annotations?: Record<string, string>;
}

/** What a squid egress proxy in a namespace needs (a permit's or a lab's). */
export interface SquidProxyOptions {
  /** Resource name (ConfigMap, Deployment, Service, NetworkPolicy). */
  readonly name: string;
  /** Metadata of each resource, from its name. */
  readonly metadata: (name: string) => ProxyMetadata;
  /** Labels that select the proxy's pods. */
  readonly selector: Record<string, string>;
  /** Further labels on the pods. */
  readonly podLabels: Record<string, string>;
  /** Selectors of the pods that may use the proxy. */
  readonly clients: Array<Record<string, string>>;
  /** Allowed domains (`pypi.org`, `*.r-project.org`). */
  readonly domains: string[];
  /** squid.conf for the allowlist file and port. */
  readonly config: (allowlistPath: string, port: number) => string;
  /** Image with squid. */
  readonly image: string;
  /** 1 while a client runs, else 0. */
  readonly replicas: number;
  /** The cluster DNS, as an egress rule. */
  readonly dns: NetworkPolicyV1SpecEgress;
  /** Where the configuration is mounted. */
  readonly configDir: string;
  /** Port. */
  readonly port: number;
  /** Whether Terraform waits for the rollout. */
  readonly waitForRollout?: boolean;
  /** What the resources wait for (the namespace). */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A squid egress proxy: a ConfigMap (squid.conf and the allowlist), a Deployment (restarted
 * when either changes), a ClusterIP Service, and a NetworkPolicy that admits only the clients
 * and lets the proxy reach only the internet on 80/443 (never the cluster, the node network or
 * metadata endpoints) and DNS. Which hosts: squid's allowlist.
 */
export function addSquidProxy(scope: Construct, o: SquidProxyOptions): ServiceV1 {
  const allowlistPath = `${o.configDir}/allowed-domains.txt`;
  const conf = o.config(allowlistPath, o.port);
  const allowlist = `${squidDomains(o.domains).join('\n')}\n`;
  const meta = o.metadata(o.name);
  new ConfigMapV1(scope, 'Config', {
    metadata: meta,
    data: { 'squid.conf': tfLiteral(conf), 'allowed-domains.txt': tfLiteral(allowlist) },
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
          annotations: { [ANNOTATIONS.configSha256]: sha256(conf + allowlist) },
        },
        spec: {
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          terminationGracePeriodSeconds: 30,
          // Pod Security "restricted": squid runs unprivileged (as the image's proxy account) with
          // no capabilities and a read-only root; it listens above 1024 and writes only to emptyDirs.
          securityContext: {
            runAsNonRoot: true, runAsUser: String(SQUID_UID), runAsGroup: String(SQUID_UID), seccompProfile: { type: 'RuntimeDefault' },
          },
          container: [{
            name: 'squid',
            image: tfLiteral(o.image),
            imagePullPolicy: 'IfNotPresent',
            command: ['/bin/sh', '-c', tfLiteral(SQUID_START_SCRIPT), 'squid-start'],
            args: [SQUID_LOG_DIR, `${o.configDir}/squid.conf`],
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
              ...SQUID_WRITABLE.map((path, i) => ({ name: `scratch-${i}`, mountPath: path })),
            ],
          }],
          volume: [
            { name: 'config', configMap: { name: o.name, defaultMode: '0444' } },
            ...SQUID_WRITABLE.map((_, i) => ({ name: `scratch-${i}`, emptyDir: { sizeLimit: '64Mi' } })),
          ],
        },
      },
    },
    waitForRollout: o.waitForRollout,
    dependsOn: o.dependsOn,
  });
  const service = new ServiceV1(scope, 'Service', {
    metadata: meta,
    spec: { type: 'ClusterIP', selector: o.selector, port: [{ name: 'proxy', port: o.port, targetPort: String(o.port), protocol: 'TCP' }] },
    dependsOn: o.dependsOn,
  });
  const egressTo = (cidr: string, except: string[]): NetworkPolicyV1SpecEgressTo => ({ ipBlock: { cidr, except } });
  new NetworkPolicyV1(scope, 'Policy', {
    metadata: meta,
    spec: {
      podSelector: { matchLabels: o.selector },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{
        from: o.clients.map((c) => ({ podSelector: { matchLabels: c } })),
        ports: [{ port: String(o.port), protocol: 'TCP' }],
      }],
      egress: [
        { to: [egressTo('0.0.0.0/0', PRIVATE_IPV4), egressTo('::/0', PRIVATE_IPV6)], ports: [{ port: '80', protocol: 'TCP' }, { port: '443', protocol: 'TCP' }] },
        o.dns,
      ],
    },
    dependsOn: o.dependsOn,
  });
  return service;
}
