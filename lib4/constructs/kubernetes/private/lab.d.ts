/** Labels the lab's resources carry (prefix `cdk-research-workspaces.dev/`). */
export declare const KUBERNETES_LAB_LABELS: {
    lab: string;
    workspace: string;
    template: string;
    owner: string;
    project: string;
    size: string;
    egress: string;
    component: string;
    managedBy: string;
};
/** Labels that select a lab workspace's pod (its NetworkPolicies and the proxy's clients). */
export declare function workspacePodLabels(labName: string, workspaceName: string): {
    [key: string]: string;
};
/**
 * The DNS settings of a pod (or KubeVirt VM) without internet: no cluster resolver (it forwards
 * to the internet, a channel out that no NetworkPolicy stops), only a loopback address that
 * nothing answers on. The pod's own name and `/etc/hosts` still resolve.
 */
export declare const NO_DNS_CONFIG: {
    readonly dnsPolicy: "None";
    readonly dnsConfig: {
        readonly nameservers: readonly ["127.0.0.1"];
        readonly searches: readonly [];
        readonly options: readonly [{
            readonly name: "ndots";
            readonly value: "1";
        }];
    };
};
/** Host of the package proxy in a workspace's provisioning until its cluster IP (a Terraform reference) is put in. */
export declare const PROXY_ADDRESS_PLACEHOLDER = "rws-proxy-address.invalid";
