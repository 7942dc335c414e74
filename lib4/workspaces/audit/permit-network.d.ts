/**
 * The network mode (`none`, `ingress-allowlist`, `egress-proxy`, `open`) of a workspace role at
 * a status (case-insensitive). A role the status does not plan (a workspace kept from an
 * earlier phase) gets the network the lifecycle gives that role in any phase; undefined for
 * an unknown status or role.
 */
export declare function permitNetwork(status: string, role: string): string | undefined;
