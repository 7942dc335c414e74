import { NetworkPolicyV1SpecEgress } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import { Construct } from 'constructs';
import { ITerraformDependable } from '../../terraform/cdktf';
/** uid and gid squid runs as: `proxy` (13) in Debian and Ubuntu images. */
export declare const SQUID_UID = 13;
/** Folders squid may write to (emptyDirs): the root filesystem is read-only. */
export declare const SQUID_WRITABLE: string[];
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
export declare function addSquidProxy(scope: Construct, o: SquidProxyOptions): ServiceV1;
