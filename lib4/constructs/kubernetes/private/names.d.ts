/**
 * Names shared by the Kubernetes constructs and the `rws` command, in a module with no cdktf
 * import (the command reads them without loading Terraform).
 */
/** Prefix of the labels and annotations the library writes. */
export declare const LABEL_PREFIX = "cdk-research-workspaces.dev";
/** The lab's package proxy: Service (and Deployment) name and port. */
export declare const LAB_PROXY: {
    readonly name: "egress-proxy";
    readonly port: 3128;
};
