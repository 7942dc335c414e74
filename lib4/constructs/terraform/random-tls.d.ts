/**
 * Minimal typed bindings for the two resources of the hashicorp/random and hashicorp/tls
 * providers the permit stacks use: `random_password` and `tls_private_key`.
 *
 * Why not the prebuilt `@cdktf/provider-random` / `@cdktf/provider-tls`: they are not installed,
 * they would become peer dependencies every user must install (jsii), and they are archived with
 * cdktf 0.21. We need two resources with a handful of arguments each; these classes write exactly
 * the schema of random 3.7.2 and tls 4.1.0 (the versions those packages were generated for,
 * `../shared/tools/tf-validate/schemas/hashicorp-{random,tls}.schema.json`), and the stacks are
 * checked against those schemas by `terraform validate`.
 *
 * Not exported from the package.
 */
import { Construct } from 'constructs';
import { TerraformProvider, TerraformResource } from './cdktf';
/** The hashicorp/random provider (it has no configuration). */
export declare class RandomProvider extends TerraformProvider {
    constructor(scope: Construct, id: string);
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
/** The hashicorp/tls provider, unconfigured. */
export declare class TlsProvider extends TerraformProvider {
    constructor(scope: Construct, id: string);
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
/** Arguments of `random_password` (random 3.7.2). */
export interface RandomPasswordConfig {
    readonly length: number;
    readonly special?: boolean;
    readonly overrideSpecial?: string;
    readonly minLower?: number;
    readonly minUpper?: number;
    readonly minNumeric?: number;
    readonly minSpecial?: number;
}
/** `random_password`: a password generated once and kept in the state (sensitive). */
export declare class RandomPassword extends TerraformResource {
    private readonly config;
    constructor(scope: Construct, id: string, config: RandomPasswordConfig);
    /** The password (a sensitive reference). */
    get result(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
/** `tls_private_key`: a key pair generated once and kept in the state (sensitive). */
export declare class TlsPrivateKey extends TerraformResource {
    private readonly algorithm;
    constructor(scope: Construct, id: string, algorithm: string);
    /** The private key in OpenSSH format (sensitive). */
    get privateKeyOpenssh(): string;
    /** The public key in `authorized_keys` format. */
    get publicKeyOpenssh(): string;
    /** SHA-256 fingerprint of the public key, as `ssh-keygen -l` prints it. */
    get publicKeyFingerprintSha256(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
/**
 * The stack's provider of a type, created at the stack's top level when the stack has none
 * (random and tls need no configuration, so a construct may add them on its own).
 */
export declare function ensureProvider(scope: Construct, type: 'random' | 'tls'): TerraformProvider;
