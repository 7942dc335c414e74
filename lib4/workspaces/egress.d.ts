/**
 * How much of the internet a workspace may reach.
 */
export declare enum EgressMode {
    /** No route out at all. */
    NONE = "none",
    /** Only through a proxy that allows a list of domains (package repositories). */
    PROXIED = "proxied",
    /** Unrestricted outbound access. */
    OPEN = "open"
}
