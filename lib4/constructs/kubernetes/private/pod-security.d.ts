/** Pod Security Standards levels. */
export declare enum PodSecurityLevel {
    RESTRICTED = "restricted",
    BASELINE = "baseline",
    PRIVILEGED = "privileged"
}
/** Annotation that says why a namespace enforces less than "restricted". */
export declare const POD_SECURITY_REASON = "cdk-research-workspaces.dev/pod-security-exception";
/** Why a lab namespace enforces "privileged". */
export declare const LAB_POD_SECURITY_REASON: string;
/** Why a permit namespace with desktops or the airlock enforces "baseline". */
export declare const PERMIT_POD_SECURITY_REASON: string;
/**
 * Namespace labels: `enforce` at the level given (pinned to `latest`), `audit` and `warn` at
 * "restricted", so every pod that needs the exception is recorded.
 */
export declare function podSecurityLabels(enforce: PodSecurityLevel): Record<string, string>;
