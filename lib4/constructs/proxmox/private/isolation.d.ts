/**
 * The isolation check of the Proxmox stacks: it reads the synthesized Terraform JSON (after
 * every escape hatch) and fails synthesis when a guest can reach more than its constructs
 * declared: the datacenter firewall not enabled, a guest firewall off, a policy that is not
 * DROP, the IP or MAC filter off, an IP filter set wider than the guest's address, an ACCEPT
 * rule nobody declared, DNS to anything but the declared internal resolver. Not exported from
 * the package; the general egress audit of the library is separate.
 */
import { IConstruct } from 'constructs';
import { TerraformResource, TerraformStack } from '../../terraform/cdktf';
/** The singleton resource of the datacenter (cluster-wide) firewall. */
export declare const CLUSTER_FIREWALL_TYPE = "proxmox_virtual_environment_cluster_firewall";
/** The values the datacenter firewall must have. */
export declare const DATACENTER_FIREWALL: {
    readonly enabled: true;
    readonly ebtables: true;
    readonly input_policy: "DROP";
    readonly output_policy: "ACCEPT";
    readonly forward_policy: "ACCEPT";
};
/** A rule a construct declared (what the check compares the JSON with). */
export interface DeclaredRule {
    readonly type: string;
    readonly proto?: string;
    readonly dport?: string;
    readonly source?: string;
    readonly dest?: string;
}
/** What a construct declared for one guest. */
export interface GuestDeclaration {
    /** Human name for messages, e.g. `workspace alice-ml (egress none)`. */
    readonly what: string;
    readonly outputPolicy: 'ACCEPT' | 'DROP';
    readonly dhcp: boolean;
    /** The addresses (or DHCP pool) the guest may send from: `ipfilter-net0`. */
    readonly ipFilter: string[];
    /** Every IP set of the guest but ipfilter-net0: name -> entries (`!cidr` for nomatch). */
    readonly ipSets: {
        [name: string]: string[];
    };
    /** Every ACCEPT rule of the guest. */
    readonly rules: DeclaredRule[];
    /** The only address DNS (port 53) may go to; undefined: none (with output DROP). */
    readonly resolvers: string[];
}
/** Everything the check knows beside the JSON. */
export interface IsolationDeclarations {
    /** `managed`, `managed-elsewhere`, or undefined when no construct said (then the check fails). */
    readonly datacenterFirewall?: string;
    /** Guest address (`type.name` in the JSON) -> its declaration. */
    readonly guests: {
        [address: string]: GuestDeclaration;
    };
}
/**
 * Checks synthesized Terraform JSON against what the constructs declared. Returns one message
 * per problem (empty: isolated as declared). Guests that no construct declared (added by hand)
 * are held to the strict default: firewall on, input and output DROP (unless tagged
 * `egress-open`), IP and MAC filter, and no DNS rule.
 */
export declare function checkProxmoxIsolation(json: any, declared: IsolationDeclarations): string[];
/** The declarations of one stack, filled by the constructs as they build. */
declare class StackDeclarations {
    datacenterFirewall?: string;
    readonly guests: Array<{
        guest: TerraformResource;
        declaration: GuestDeclaration;
    }>;
    toDeclarations(): IsolationDeclarations;
}
/** The stack's declarations; the first call adds the check to the stack's validations (run at synth). */
export declare function isolationOf(scope: IConstruct): StackDeclarations;
/** Records what a construct declared for a guest. */
export declare function declareGuest(scope: IConstruct, guest: TerraformResource, declaration: GuestDeclaration): void;
/** Records who manages the datacenter firewall (the stricter statement wins: managed). */
export declare function declareDatacenterFirewall(scope: IConstruct, mode: string): void;
/** What the constructs of a stack declared (for tests and tools that check JSON written earlier). */
export declare function isolationDeclarationsOf(stack: TerraformStack): IsolationDeclarations;
export {};
