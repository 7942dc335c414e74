/**
 * Key algorithms accepted for research users.
 */
export declare enum SshKeyType {
    /** Ed25519. */
    ED25519 = "ssh-ed25519",
    /** ECDSA on NIST P-256. */
    ECDSA_P256 = "ecdsa-sha2-nistp256",
    /** ECDSA on NIST P-384. */
    ECDSA_P384 = "ecdsa-sha2-nistp384",
    /** ECDSA on NIST P-521. */
    ECDSA_P521 = "ecdsa-sha2-nistp521",
    /** RSA, at least 3072 bits. */
    RSA = "ssh-rsa",
    /** Ed25519 on a FIDO security key. */
    ED25519_SK = "sk-ssh-ed25519@openssh.com",
    /** ECDSA P-256 on a FIDO security key. */
    ECDSA_SK = "sk-ecdsa-sha2-nistp256@openssh.com"
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
export declare const MIN_RSA_BITS = 3072;
/** Whether a text looks like (part of) a private key, which must never be echoed. */
export declare function isPrivateKeyText(text: string): boolean;
/** A problem with a key's text or data; the message is a phrase ("key data ends early"). */
export declare class KeyFormatError extends Error {
}
export declare function parseSshPublicKey(text: string): SshPublicKey;
