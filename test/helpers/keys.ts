/** Test SSH keys: well-formed public keys, different for every seed (never real key material). */
import * as crypto from 'crypto';

/** A well-formed Ed25519 public key line. */
export function ed25519(seed: number | string, comment = `user${seed}@example.edu`): string {
  const str = (b: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
  };
  const key = crypto.createHash('sha256').update(`key-${seed}`).digest();
  return `ssh-ed25519 ${Buffer.concat([str(Buffer.from('ssh-ed25519')), str(key)]).toString('base64')} ${comment}`;
}
