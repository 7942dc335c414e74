/**
 * Names shared by the Kubernetes constructs and the `rws` command, in a module with no cdktf
 * import (the command reads them without loading Terraform).
 */

/** Prefix of the labels and annotations the library writes. */
export const LABEL_PREFIX = 'cdk-research-workspaces.dev';

/** The lab's package proxy: Service (and Deployment) name and port. */
export const LAB_PROXY = { name: 'egress-proxy', port: 3128 } as const;
