import * as crypto from 'crypto';

/**
 * Key algorithms accepted for research users.
 */
export enum SshKeyType {
  /** Ed25519. */
  ED25519 = 'ssh-ed25519',
  /** ECDSA on NIST P-256. */
  ECDSA_P256 = 'ecdsa-sha2-nistp256',
  /** ECDSA on NIST P-384. */
  ECDSA_P384 = 'ecdsa-sha2-nistp384',
  /** ECDSA on NIST P-521. */
  ECDSA_P521 = 'ecdsa-sha2-nistp521',
  /** RSA, at least 3072 bits. */
  RSA = 'ssh-rsa',
  /** Ed25519 on a FIDO security key. */
  ED25519_SK = 'sk-ssh-ed25519@openssh.com',
  /** ECDSA P-256 on a FIDO security key. */
  ECDSA_SK = 'sk-ecdsa-sha2-nistp256@openssh.com',
}

/**
 * A parsed and checked SSH public key.
 */
export interface SshPublicKey {
  /** Algorithm. */
  readonly type: SshKeyType;
  /** Key size in bits (256 for Ed25519, the modulus size for RSA, the curve size for ECDSA). */
  readonly bits: number;
  /** OpenSSH SHA-256 fingerprint, `SHA256:...`. */
  readonly fingerprint: string;
  /**
   * Comment after the key (often `user@host`).
   * @default - none
   */
  readonly comment?: string;
  /** The key as one `authorized_keys` line: type, base64 and comment. */
  readonly line: string;
}

/** Smallest RSA modulus accepted. */
export const MIN_RSA_BITS = 3072;

const CURVES: Record<string, { curve: string; bits: number; pointLength: number }> = {
  [SshKeyType.ECDSA_P256]: { curve: 'nistp256', bits: 256, pointLength: 65 },
  [SshKeyType.ECDSA_P384]: { curve: 'nistp384', bits: 384, pointLength: 97 },
  [SshKeyType.ECDSA_P521]: { curve: 'nistp521', bits: 521, pointLength: 133 },
};

/** Reads SSH wire-format fields (uint32 length + bytes). */
class WireReader {
  private pos = 0;
  constructor(private readonly buf: Buffer) {}
  public bytes(): Buffer {
    if (this.pos + 4 > this.buf.length) throw new KeyFormatError('key data ends early');
    const len = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    if (len > this.buf.length - this.pos) throw new KeyFormatError('key data ends early');
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }
  public string(): string {
    return this.bytes().toString('latin1');
  }
  public get done(): boolean {
    return this.pos === this.buf.length;
  }
}

/** Whether a text looks like (part of) a private key, which must never be echoed. */
export function isPrivateKeyText(text: string): boolean {
  return /PRIVATE KEY|^-----BEGIN|b3BlbnNzaC1rZXktdjE/.test(text);
}

/** A problem with a key's text or data; the message is a phrase ("key data ends early"). */
export class KeyFormatError extends Error {}

function bitLength(mpint: Buffer): number {
  let i = 0;
  while (i < mpint.length && mpint[i] === 0) i++;
  if (i === mpint.length) return 0;
  return (mpint.length - i - 1) * 8 + (32 - Math.clz32(mpint[i]));
}

/**
 * Parses one OpenSSH public key line (`type base64 [comment]`). Throws a KeyFormatError
 * whose message says what is wrong; callers add the user and file.
 */
let secondKey: RegExp | undefined;
/** A key type followed by key data inside a comment: two keys pasted on one line (built once). */
function SECOND_KEY_IN_COMMENT(): RegExp {
  return (secondKey ??= new RegExp(`(^|\\s)(${Object.values(SshKeyType).map((t) => t.replace(/[.@]/g, '\\$&')).join('|')})\\s+AAAA`));
}

export function parseSshPublicKey(text: string): SshPublicKey {
  const line = text.trim();
  if (line.length === 0) throw new KeyFormatError('the key is empty');
  if (isPrivateKeyText(line)) throw new KeyFormatError('this is a private key; give the public key (the .pub file) and keep the private key secret');
  if (/[\r\n\0]/.test(line)) throw new KeyFormatError('the key spans several lines; give one key per entry');
  const parts = line.split(/\s+/);
  // The enum's own string: a large registry keeps one copy of each type name, not one per key.
  const type = Object.values(SshKeyType).find((t) => t === parts[0]) ?? parts[0];
  if (!Object.values(SshKeyType).includes(type as SshKeyType)) {
    if (type === 'ssh-dss') throw new KeyFormatError('DSA keys are not accepted: they are limited to 1024 bits; use ssh-keygen -t ed25519');
    if (/^[A-Za-z0-9+/=]{40,}$/.test(type)) throw new KeyFormatError('the key type is missing; the line must start with e.g. ssh-ed25519');
    throw new KeyFormatError(`unsupported key type "${type.slice(0, 40)}"; use ssh-ed25519, ecdsa-sha2-nistp256/384/521 or ssh-rsa (3072 bits or more)`);
  }
  if (parts.length < 2) throw new KeyFormatError('the key data is missing after the key type');
  const b64 = parts[1];
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 !== 0) throw new KeyFormatError('the key data is not valid base64');
  const blob = Buffer.from(b64, 'base64');
  const comment = parts.slice(2).join(' ') || undefined;
  if (comment && /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(comment)) throw new KeyFormatError('the key comment contains control characters');
  if (comment && SECOND_KEY_IN_COMMENT().test(comment)) {
    throw new KeyFormatError('the line holds two keys; give one key per entry');
  }

  const r = new WireReader(blob);
  const inner = r.string();
  if (inner !== type) throw new KeyFormatError(`the key data is a ${inner.slice(0, 40) || 'unknown'} key but the line says ${type}`);
  let bits: number;
  switch (type) {
    case SshKeyType.ED25519:
    case SshKeyType.ED25519_SK: {
      const k = r.bytes();
      if (k.length !== 32) throw new KeyFormatError(`an Ed25519 key is 32 bytes, this one is ${k.length}`);
      if (type === SshKeyType.ED25519_SK) r.string(); // application
      bits = 256;
      break;
    }
    case SshKeyType.RSA: {
      const e = r.bytes();
      const n = r.bytes();
      if (bitLength(e) === 0 || bitLength(n) === 0) throw new KeyFormatError('the RSA key data is malformed');
      bits = bitLength(n);
      if (bits < MIN_RSA_BITS) throw new KeyFormatError(`RSA key has ${bits} bits; at least ${MIN_RSA_BITS} are required (use ssh-keygen -t ed25519, or -t rsa -b 4096)`);
      break;
    }
    case SshKeyType.ECDSA_SK:
    case SshKeyType.ECDSA_P256:
    case SshKeyType.ECDSA_P384:
    case SshKeyType.ECDSA_P521: {
      const spec = CURVES[type === SshKeyType.ECDSA_SK ? SshKeyType.ECDSA_P256 : type];
      const curve = r.string();
      if (curve !== spec.curve) throw new KeyFormatError(`the key's curve is ${curve.slice(0, 20)} but the type says ${spec.curve}`);
      const q = r.bytes();
      if (q.length !== spec.pointLength || q[0] !== 0x04) throw new KeyFormatError('the ECDSA public point is malformed');
      if (type === SshKeyType.ECDSA_SK) r.string();
      bits = spec.bits;
      break;
    }
    default:
      throw new KeyFormatError(`unsupported key type ${type}`);
  }
  if (!r.done) throw new KeyFormatError('the key data has trailing bytes');
  // The line as given when it is already in normal form (one space between the parts): the
  // parts above are slices of it, so a new string would keep both alive.
  const normalized = comment ? `${type} ${b64} ${comment}` : `${type} ${b64}`;
  const fingerprint = 'SHA256:' + crypto.createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
  return {
    type: type as SshKeyType,
    bits,
    fingerprint,
    comment,
    line: normalized === line ? line : normalized,
  };
}
