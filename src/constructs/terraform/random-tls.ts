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
import { TerraformProvider, TerraformResource, TerraformStack } from './cdktf';

const RANDOM = { source: 'hashicorp/random', version: '3.7.2', constraint: '~> 3.7.0' };
const TLS = { source: 'hashicorp/tls', version: '4.1.0', constraint: '~> 4.1.0' };

/** The hashicorp/random provider (it has no configuration). */
export class RandomProvider extends TerraformProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      terraformResourceType: 'random',
      terraformGeneratorMetadata: { providerName: 'random', providerVersion: RANDOM.version, providerVersionConstraint: RANDOM.constraint },
      terraformProviderSource: RANDOM.source,
    });
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return {};
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return {};
  }
}

/** The hashicorp/tls provider, unconfigured. */
export class TlsProvider extends TerraformProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      terraformResourceType: 'tls',
      terraformGeneratorMetadata: { providerName: 'tls', providerVersion: TLS.version, providerVersionConstraint: TLS.constraint },
      terraformProviderSource: TLS.source,
    });
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return {};
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return {};
  }
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
export class RandomPassword extends TerraformResource {
  private readonly config: RandomPasswordConfig;

  constructor(scope: Construct, id: string, config: RandomPasswordConfig) {
    super(scope, id, {
      terraformResourceType: 'random_password',
      terraformGeneratorMetadata: { providerName: 'random', providerVersion: RANDOM.version, providerVersionConstraint: RANDOM.constraint },
    });
    this.config = config;
  }

  /** The password (a sensitive reference). */
  public get result(): string {
    return this.getStringAttribute('result');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      length: c.length,
      special: c.special,
      override_special: c.overrideSpecial,
      min_lower: c.minLower,
      min_upper: c.minUpper,
      min_numeric: c.minNumeric,
      min_special: c.minSpecial,
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = this.synthesizeAttributes();
    return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined).map(([k, v]) => [k, {
      value: v, isBlock: false, type: 'simple', storageClassType: typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string',
    }]));
  }
}

/** `tls_private_key`: a key pair generated once and kept in the state (sensitive). */
export class TlsPrivateKey extends TerraformResource {
  private readonly algorithm: string;

  constructor(scope: Construct, id: string, algorithm: string) {
    super(scope, id, {
      terraformResourceType: 'tls_private_key',
      terraformGeneratorMetadata: { providerName: 'tls', providerVersion: TLS.version, providerVersionConstraint: TLS.constraint },
    });
    this.algorithm = algorithm;
  }

  /** The private key in OpenSSH format (sensitive). */
  public get privateKeyOpenssh(): string {
    return this.getStringAttribute('private_key_openssh');
  }

  /** The public key in `authorized_keys` format. */
  public get publicKeyOpenssh(): string {
    return this.getStringAttribute('public_key_openssh');
  }

  /** SHA-256 fingerprint of the public key, as `ssh-keygen -l` prints it. */
  public get publicKeyFingerprintSha256(): string {
    return this.getStringAttribute('public_key_fingerprint_sha256');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return { algorithm: this.algorithm };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return { algorithm: { value: this.algorithm, isBlock: false, type: 'simple', storageClassType: 'string' } };
  }
}

/**
 * The stack's provider of a type, created at the stack's top level when the stack has none
 * (random and tls need no configuration, so a construct may add them on its own).
 */
export function ensureProvider(scope: Construct, type: 'random' | 'tls'): TerraformProvider {
  const stack = TerraformStack.of(scope);
  const found = stack.allProviders().find((p) => p.terraformResourceType === type && p.alias === undefined);
  if (found) return found;
  return type === 'random' ? new RandomProvider(stack, 'random') : new TlsProvider(stack, 'tls');
}
