"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.KeyFormatError = exports.MIN_RSA_BITS = exports.SshKeyType = void 0;
exports.isPrivateKeyText = isPrivateKeyText;
exports.parseSshPublicKey = parseSshPublicKey;
const crypto = __importStar(require("crypto"));
/**
 * Key algorithms accepted for research users.
 */
var SshKeyType;
(function (SshKeyType) {
    /** Ed25519. */
    SshKeyType["ED25519"] = "ssh-ed25519";
    /** ECDSA on NIST P-256. */
    SshKeyType["ECDSA_P256"] = "ecdsa-sha2-nistp256";
    /** ECDSA on NIST P-384. */
    SshKeyType["ECDSA_P384"] = "ecdsa-sha2-nistp384";
    /** ECDSA on NIST P-521. */
    SshKeyType["ECDSA_P521"] = "ecdsa-sha2-nistp521";
    /** RSA, at least 3072 bits. */
    SshKeyType["RSA"] = "ssh-rsa";
    /** Ed25519 on a FIDO security key. */
    SshKeyType["ED25519_SK"] = "sk-ssh-ed25519@openssh.com";
    /** ECDSA P-256 on a FIDO security key. */
    SshKeyType["ECDSA_SK"] = "sk-ecdsa-sha2-nistp256@openssh.com";
})(SshKeyType || (exports.SshKeyType = SshKeyType = {}));
/** Smallest RSA modulus accepted. */
exports.MIN_RSA_BITS = 3072;
const CURVES = {
    [SshKeyType.ECDSA_P256]: { curve: 'nistp256', bits: 256, pointLength: 65 },
    [SshKeyType.ECDSA_P384]: { curve: 'nistp384', bits: 384, pointLength: 97 },
    [SshKeyType.ECDSA_P521]: { curve: 'nistp521', bits: 521, pointLength: 133 },
};
/** Reads SSH wire-format fields (uint32 length + bytes). */
class WireReader {
    buf;
    pos = 0;
    constructor(buf) {
        this.buf = buf;
    }
    bytes() {
        if (this.pos + 4 > this.buf.length)
            throw new KeyFormatError('key data ends early');
        const len = this.buf.readUInt32BE(this.pos);
        this.pos += 4;
        if (len > this.buf.length - this.pos)
            throw new KeyFormatError('key data ends early');
        const out = this.buf.subarray(this.pos, this.pos + len);
        this.pos += len;
        return out;
    }
    string() {
        return this.bytes().toString('latin1');
    }
    get done() {
        return this.pos === this.buf.length;
    }
}
/** Whether a text looks like (part of) a private key, which must never be echoed. */
function isPrivateKeyText(text) {
    return /PRIVATE KEY|^-----BEGIN|b3BlbnNzaC1rZXktdjE/.test(text);
}
/** A problem with a key's text or data; the message is a phrase ("key data ends early"). */
class KeyFormatError extends Error {
}
exports.KeyFormatError = KeyFormatError;
function bitLength(mpint) {
    let i = 0;
    while (i < mpint.length && mpint[i] === 0)
        i++;
    if (i === mpint.length)
        return 0;
    return (mpint.length - i - 1) * 8 + (32 - Math.clz32(mpint[i]));
}
/**
 * Parses one OpenSSH public key line (`type base64 [comment]`). Throws a KeyFormatError
 * whose message says what is wrong; callers add the user and file.
 */
let secondKey;
/** A key type followed by key data inside a comment: two keys pasted on one line (built once). */
function SECOND_KEY_IN_COMMENT() {
    return (secondKey ??= new RegExp(`(^|\\s)(${Object.values(SshKeyType).map((t) => t.replace(/[.@]/g, '\\$&')).join('|')})\\s+AAAA`));
}
function parseSshPublicKey(text) {
    const line = text.trim();
    if (line.length === 0)
        throw new KeyFormatError('the key is empty');
    if (isPrivateKeyText(line))
        throw new KeyFormatError('this is a private key; give the public key (the .pub file) and keep the private key secret');
    if (/[\r\n\0]/.test(line))
        throw new KeyFormatError('the key spans several lines; give one key per entry');
    const parts = line.split(/\s+/);
    // The enum's own string: a large registry keeps one copy of each type name, not one per key.
    const type = Object.values(SshKeyType).find((t) => t === parts[0]) ?? parts[0];
    if (!Object.values(SshKeyType).includes(type)) {
        if (type === 'ssh-dss')
            throw new KeyFormatError('DSA keys are not accepted: they are limited to 1024 bits; use ssh-keygen -t ed25519');
        if (/^[A-Za-z0-9+/=]{40,}$/.test(type))
            throw new KeyFormatError('the key type is missing; the line must start with e.g. ssh-ed25519');
        throw new KeyFormatError(`unsupported key type "${type.slice(0, 40)}"; use ssh-ed25519, ecdsa-sha2-nistp256/384/521 or ssh-rsa (3072 bits or more)`);
    }
    if (parts.length < 2)
        throw new KeyFormatError('the key data is missing after the key type');
    const b64 = parts[1];
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 !== 0)
        throw new KeyFormatError('the key data is not valid base64');
    const blob = Buffer.from(b64, 'base64');
    const comment = parts.slice(2).join(' ') || undefined;
    if (comment && /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(comment))
        throw new KeyFormatError('the key comment contains control characters');
    if (comment && SECOND_KEY_IN_COMMENT().test(comment)) {
        throw new KeyFormatError('the line holds two keys; give one key per entry');
    }
    const r = new WireReader(blob);
    const inner = r.string();
    if (inner !== type)
        throw new KeyFormatError(`the key data is a ${inner.slice(0, 40) || 'unknown'} key but the line says ${type}`);
    let bits;
    switch (type) {
        case SshKeyType.ED25519:
        case SshKeyType.ED25519_SK: {
            const k = r.bytes();
            if (k.length !== 32)
                throw new KeyFormatError(`an Ed25519 key is 32 bytes, this one is ${k.length}`);
            if (type === SshKeyType.ED25519_SK)
                r.string(); // application
            bits = 256;
            break;
        }
        case SshKeyType.RSA: {
            const e = r.bytes();
            const n = r.bytes();
            if (bitLength(e) === 0 || bitLength(n) === 0)
                throw new KeyFormatError('the RSA key data is malformed');
            bits = bitLength(n);
            if (bits < exports.MIN_RSA_BITS)
                throw new KeyFormatError(`RSA key has ${bits} bits; at least ${exports.MIN_RSA_BITS} are required (use ssh-keygen -t ed25519, or -t rsa -b 4096)`);
            break;
        }
        case SshKeyType.ECDSA_SK:
        case SshKeyType.ECDSA_P256:
        case SshKeyType.ECDSA_P384:
        case SshKeyType.ECDSA_P521: {
            const spec = CURVES[type === SshKeyType.ECDSA_SK ? SshKeyType.ECDSA_P256 : type];
            const curve = r.string();
            if (curve !== spec.curve)
                throw new KeyFormatError(`the key's curve is ${curve.slice(0, 20)} but the type says ${spec.curve}`);
            const q = r.bytes();
            if (q.length !== spec.pointLength || q[0] !== 0x04)
                throw new KeyFormatError('the ECDSA public point is malformed');
            if (type === SshKeyType.ECDSA_SK)
                r.string();
            bits = spec.bits;
            break;
        }
        default:
            throw new KeyFormatError(`unsupported key type ${type}`);
    }
    if (!r.done)
        throw new KeyFormatError('the key data has trailing bytes');
    // The line as given when it is already in normal form (one space between the parts): the
    // parts above are slices of it, so a new string would keep both alive.
    const normalized = comment ? `${type} ${b64} ${comment}` : `${type} ${b64}`;
    const fingerprint = 'SHA256:' + crypto.createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
    return {
        type: type,
        bits,
        fingerprint,
        comment,
        line: normalized === line ? line : normalized,
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic3NoLWtleS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uL3NyYy93b3Jrc3BhY2VzL3NzaC1rZXkudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBd0VBLDRDQUVDO0FBc0JELDhDQXdFQztBQXhLRCwrQ0FBaUM7QUFFakM7O0dBRUc7QUFDSCxJQUFZLFVBZVg7QUFmRCxXQUFZLFVBQVU7SUFDcEIsZUFBZTtJQUNmLHFDQUF1QixDQUFBO0lBQ3ZCLDJCQUEyQjtJQUMzQixnREFBa0MsQ0FBQTtJQUNsQywyQkFBMkI7SUFDM0IsZ0RBQWtDLENBQUE7SUFDbEMsMkJBQTJCO0lBQzNCLGdEQUFrQyxDQUFBO0lBQ2xDLCtCQUErQjtJQUMvQiw2QkFBZSxDQUFBO0lBQ2Ysc0NBQXNDO0lBQ3RDLHVEQUF5QyxDQUFBO0lBQ3pDLDBDQUEwQztJQUMxQyw2REFBK0MsQ0FBQTtBQUNqRCxDQUFDLEVBZlcsVUFBVSwwQkFBVixVQUFVLFFBZXJCO0FBcUJELHFDQUFxQztBQUN4QixRQUFBLFlBQVksR0FBRyxJQUFJLENBQUM7QUFFakMsTUFBTSxNQUFNLEdBQXlFO0lBQ25GLENBQUMsVUFBVSxDQUFDLFVBQVUsQ0FBQyxFQUFFLEVBQUUsS0FBSyxFQUFFLFVBQVUsRUFBRSxJQUFJLEVBQUUsR0FBRyxFQUFFLFdBQVcsRUFBRSxFQUFFLEVBQUU7SUFDMUUsQ0FBQyxVQUFVLENBQUMsVUFBVSxDQUFDLEVBQUUsRUFBRSxLQUFLLEVBQUUsVUFBVSxFQUFFLElBQUksRUFBRSxHQUFHLEVBQUUsV0FBVyxFQUFFLEVBQUUsRUFBRTtJQUMxRSxDQUFDLFVBQVUsQ0FBQyxVQUFVLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRSxVQUFVLEVBQUUsSUFBSSxFQUFFLEdBQUcsRUFBRSxXQUFXLEVBQUUsR0FBRyxFQUFFO0NBQzVFLENBQUM7QUFFRiw0REFBNEQ7QUFDNUQsTUFBTSxVQUFVO0lBRWU7SUFEckIsR0FBRyxHQUFHLENBQUMsQ0FBQztJQUNoQixZQUE2QixHQUFXO1FBQVgsUUFBRyxHQUFILEdBQUcsQ0FBUTtJQUFHLENBQUM7SUFDckMsS0FBSztRQUNWLElBQUksSUFBSSxDQUFDLEdBQUcsR0FBRyxDQUFDLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFNO1lBQUUsTUFBTSxJQUFJLGNBQWMsQ0FBQyxxQkFBcUIsQ0FBQyxDQUFDO1FBQ3BGLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsWUFBWSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQztRQUM1QyxJQUFJLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQztRQUNkLElBQUksR0FBRyxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxHQUFHLElBQUksQ0FBQyxHQUFHO1lBQUUsTUFBTSxJQUFJLGNBQWMsQ0FBQyxxQkFBcUIsQ0FBQyxDQUFDO1FBQ3RGLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsQ0FBQztRQUN4RCxJQUFJLENBQUMsR0FBRyxJQUFJLEdBQUcsQ0FBQztRQUNoQixPQUFPLEdBQUcsQ0FBQztJQUNiLENBQUM7SUFDTSxNQUFNO1FBQ1gsT0FBTyxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUMsUUFBUSxDQUFDLFFBQVEsQ0FBQyxDQUFDO0lBQ3pDLENBQUM7SUFDRCxJQUFXLElBQUk7UUFDYixPQUFPLElBQUksQ0FBQyxHQUFHLEtBQUssSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUM7SUFDdEMsQ0FBQztDQUNGO0FBRUQscUZBQXFGO0FBQ3JGLFNBQWdCLGdCQUFnQixDQUFDLElBQVk7SUFDM0MsT0FBTyw2Q0FBNkMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7QUFDbEUsQ0FBQztBQUVELDRGQUE0RjtBQUM1RixNQUFhLGNBQWUsU0FBUSxLQUFLO0NBQUc7QUFBNUMsd0NBQTRDO0FBRTVDLFNBQVMsU0FBUyxDQUFDLEtBQWE7SUFDOUIsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ1YsT0FBTyxDQUFDLEdBQUcsS0FBSyxDQUFDLE1BQU0sSUFBSSxLQUFLLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQztRQUFFLENBQUMsRUFBRSxDQUFDO0lBQy9DLElBQUksQ0FBQyxLQUFLLEtBQUssQ0FBQyxNQUFNO1FBQUUsT0FBTyxDQUFDLENBQUM7SUFDakMsT0FBTyxDQUFDLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDbEUsQ0FBQztBQUVEOzs7R0FHRztBQUNILElBQUksU0FBNkIsQ0FBQztBQUNsQyxrR0FBa0c7QUFDbEcsU0FBUyxxQkFBcUI7SUFDNUIsT0FBTyxDQUFDLFNBQVMsS0FBSyxJQUFJLE1BQU0sQ0FBQyxXQUFXLE1BQU0sQ0FBQyxNQUFNLENBQUMsVUFBVSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLE9BQU8sRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQztBQUN0SSxDQUFDO0FBRUQsU0FBZ0IsaUJBQWlCLENBQUMsSUFBWTtJQUM1QyxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDekIsSUFBSSxJQUFJLENBQUMsTUFBTSxLQUFLLENBQUM7UUFBRSxNQUFNLElBQUksY0FBYyxDQUFDLGtCQUFrQixDQUFDLENBQUM7SUFDcEUsSUFBSSxnQkFBZ0IsQ0FBQyxJQUFJLENBQUM7UUFBRSxNQUFNLElBQUksY0FBYyxDQUFDLDRGQUE0RixDQUFDLENBQUM7SUFDbkosSUFBSSxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQztRQUFFLE1BQU0sSUFBSSxjQUFjLENBQUMscURBQXFELENBQUMsQ0FBQztJQUMzRyxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQ2hDLDZGQUE2RjtJQUM3RixNQUFNLElBQUksR0FBRyxNQUFNLENBQUMsTUFBTSxDQUFDLFVBQVUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMvRSxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxVQUFVLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBa0IsQ0FBQyxFQUFFLENBQUM7UUFDNUQsSUFBSSxJQUFJLEtBQUssU0FBUztZQUFFLE1BQU0sSUFBSSxjQUFjLENBQUMscUZBQXFGLENBQUMsQ0FBQztRQUN4SSxJQUFJLHVCQUF1QixDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7WUFBRSxNQUFNLElBQUksY0FBYyxDQUFDLG9FQUFvRSxDQUFDLENBQUM7UUFDdkksTUFBTSxJQUFJLGNBQWMsQ0FBQyx5QkFBeUIsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLGdGQUFnRixDQUFDLENBQUM7SUFDdkosQ0FBQztJQUNELElBQUksS0FBSyxDQUFDLE1BQU0sR0FBRyxDQUFDO1FBQUUsTUFBTSxJQUFJLGNBQWMsQ0FBQyw0Q0FBNEMsQ0FBQyxDQUFDO0lBQzdGLE1BQU0sR0FBRyxHQUFHLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNyQixJQUFJLENBQUMsd0JBQXdCLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxLQUFLLENBQUM7UUFBRSxNQUFNLElBQUksY0FBYyxDQUFDLGtDQUFrQyxDQUFDLENBQUM7SUFDOUgsTUFBTSxJQUFJLEdBQUcsTUFBTSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsUUFBUSxDQUFDLENBQUM7SUFDeEMsTUFBTSxPQUFPLEdBQUcsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksU0FBUyxDQUFDO0lBQ3RELElBQUksT0FBTyxJQUFJLCtCQUErQixDQUFDLElBQUksQ0FBQyxPQUFPLENBQUM7UUFBRSxNQUFNLElBQUksY0FBYyxDQUFDLDZDQUE2QyxDQUFDLENBQUM7SUFDdEksSUFBSSxPQUFPLElBQUkscUJBQXFCLEVBQUUsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUNyRCxNQUFNLElBQUksY0FBYyxDQUFDLGlEQUFpRCxDQUFDLENBQUM7SUFDOUUsQ0FBQztJQUVELE1BQU0sQ0FBQyxHQUFHLElBQUksVUFBVSxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQy9CLE1BQU0sS0FBSyxHQUFHLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQztJQUN6QixJQUFJLEtBQUssS0FBSyxJQUFJO1FBQUUsTUFBTSxJQUFJLGNBQWMsQ0FBQyxxQkFBcUIsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksU0FBUywwQkFBMEIsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUNuSSxJQUFJLElBQVksQ0FBQztJQUNqQixRQUFRLElBQUksRUFBRSxDQUFDO1FBQ2IsS0FBSyxVQUFVLENBQUMsT0FBTyxDQUFDO1FBQ3hCLEtBQUssVUFBVSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUM7WUFDM0IsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDO1lBQ3BCLElBQUksQ0FBQyxDQUFDLE1BQU0sS0FBSyxFQUFFO2dCQUFFLE1BQU0sSUFBSSxjQUFjLENBQUMsMkNBQTJDLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDO1lBQ3JHLElBQUksSUFBSSxLQUFLLFVBQVUsQ0FBQyxVQUFVO2dCQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLGNBQWM7WUFDOUQsSUFBSSxHQUFHLEdBQUcsQ0FBQztZQUNYLE1BQU07UUFDUixDQUFDO1FBQ0QsS0FBSyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztZQUNwQixNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUM7WUFDcEIsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDO1lBQ3BCLElBQUksU0FBUyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsSUFBSSxTQUFTLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQztnQkFBRSxNQUFNLElBQUksY0FBYyxDQUFDLCtCQUErQixDQUFDLENBQUM7WUFDeEcsSUFBSSxHQUFHLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQztZQUNwQixJQUFJLElBQUksR0FBRyxvQkFBWTtnQkFBRSxNQUFNLElBQUksY0FBYyxDQUFDLGVBQWUsSUFBSSxtQkFBbUIsb0JBQVksOERBQThELENBQUMsQ0FBQztZQUNwSyxNQUFNO1FBQ1IsQ0FBQztRQUNELEtBQUssVUFBVSxDQUFDLFFBQVEsQ0FBQztRQUN6QixLQUFLLFVBQVUsQ0FBQyxVQUFVLENBQUM7UUFDM0IsS0FBSyxVQUFVLENBQUMsVUFBVSxDQUFDO1FBQzNCLEtBQUssVUFBVSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUM7WUFDM0IsTUFBTSxJQUFJLEdBQUcsTUFBTSxDQUFDLElBQUksS0FBSyxVQUFVLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUNqRixNQUFNLEtBQUssR0FBRyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDekIsSUFBSSxLQUFLLEtBQUssSUFBSSxDQUFDLEtBQUs7Z0JBQUUsTUFBTSxJQUFJLGNBQWMsQ0FBQyxzQkFBc0IsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLHNCQUFzQixJQUFJLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQztZQUMvSCxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUM7WUFDcEIsSUFBSSxDQUFDLENBQUMsTUFBTSxLQUFLLElBQUksQ0FBQyxXQUFXLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLElBQUk7Z0JBQUUsTUFBTSxJQUFJLGNBQWMsQ0FBQyxxQ0FBcUMsQ0FBQyxDQUFDO1lBQ3BILElBQUksSUFBSSxLQUFLLFVBQVUsQ0FBQyxRQUFRO2dCQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUM3QyxJQUFJLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQztZQUNqQixNQUFNO1FBQ1IsQ0FBQztRQUNEO1lBQ0UsTUFBTSxJQUFJLGNBQWMsQ0FBQyx3QkFBd0IsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUM3RCxDQUFDO0lBQ0QsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJO1FBQUUsTUFBTSxJQUFJLGNBQWMsQ0FBQyxpQ0FBaUMsQ0FBQyxDQUFDO0lBQ3pFLHlGQUF5RjtJQUN6Rix1RUFBdUU7SUFDdkUsTUFBTSxVQUFVLEdBQUcsT0FBTyxDQUFDLENBQUMsQ0FBQyxHQUFHLElBQUksSUFBSSxHQUFHLElBQUksT0FBTyxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsSUFBSSxJQUFJLEdBQUcsRUFBRSxDQUFDO0lBQzVFLE1BQU0sV0FBVyxHQUFHLFNBQVMsR0FBRyxNQUFNLENBQUMsVUFBVSxDQUFDLFFBQVEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsUUFBUSxDQUFDLENBQUMsT0FBTyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQztJQUM3RyxPQUFPO1FBQ0wsSUFBSSxFQUFFLElBQWtCO1FBQ3hCLElBQUk7UUFDSixXQUFXO1FBQ1gsT0FBTztRQUNQLElBQUksRUFBRSxVQUFVLEtBQUssSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLFVBQVU7S0FDOUMsQ0FBQztBQUNKLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgKiBhcyBjcnlwdG8gZnJvbSAnY3J5cHRvJztcblxuLyoqXG4gKiBLZXkgYWxnb3JpdGhtcyBhY2NlcHRlZCBmb3IgcmVzZWFyY2ggdXNlcnMuXG4gKi9cbmV4cG9ydCBlbnVtIFNzaEtleVR5cGUge1xuICAvKiogRWQyNTUxOS4gKi9cbiAgRUQyNTUxOSA9ICdzc2gtZWQyNTUxOScsXG4gIC8qKiBFQ0RTQSBvbiBOSVNUIFAtMjU2LiAqL1xuICBFQ0RTQV9QMjU2ID0gJ2VjZHNhLXNoYTItbmlzdHAyNTYnLFxuICAvKiogRUNEU0Egb24gTklTVCBQLTM4NC4gKi9cbiAgRUNEU0FfUDM4NCA9ICdlY2RzYS1zaGEyLW5pc3RwMzg0JyxcbiAgLyoqIEVDRFNBIG9uIE5JU1QgUC01MjEuICovXG4gIEVDRFNBX1A1MjEgPSAnZWNkc2Etc2hhMi1uaXN0cDUyMScsXG4gIC8qKiBSU0EsIGF0IGxlYXN0IDMwNzIgYml0cy4gKi9cbiAgUlNBID0gJ3NzaC1yc2EnLFxuICAvKiogRWQyNTUxOSBvbiBhIEZJRE8gc2VjdXJpdHkga2V5LiAqL1xuICBFRDI1NTE5X1NLID0gJ3NrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tJyxcbiAgLyoqIEVDRFNBIFAtMjU2IG9uIGEgRklETyBzZWN1cml0eSBrZXkuICovXG4gIEVDRFNBX1NLID0gJ3NrLWVjZHNhLXNoYTItbmlzdHAyNTZAb3BlbnNzaC5jb20nLFxufVxuXG4vKipcbiAqIEEgcGFyc2VkIGFuZCBjaGVja2VkIFNTSCBwdWJsaWMga2V5LlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFNzaFB1YmxpY0tleSB7XG4gIC8qKiBBbGdvcml0aG0uICovXG4gIHJlYWRvbmx5IHR5cGU6IFNzaEtleVR5cGU7XG4gIC8qKiBLZXkgc2l6ZSBpbiBiaXRzICgyNTYgZm9yIEVkMjU1MTksIHRoZSBtb2R1bHVzIHNpemUgZm9yIFJTQSwgdGhlIGN1cnZlIHNpemUgZm9yIEVDRFNBKS4gKi9cbiAgcmVhZG9ubHkgYml0czogbnVtYmVyO1xuICAvKiogT3BlblNTSCBTSEEtMjU2IGZpbmdlcnByaW50LCBgU0hBMjU2Oi4uLmAuICovXG4gIHJlYWRvbmx5IGZpbmdlcnByaW50OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBDb21tZW50IGFmdGVyIHRoZSBrZXkgKG9mdGVuIGB1c2VyQGhvc3RgKS5cbiAgICogQGRlZmF1bHQgLSBub25lXG4gICAqL1xuICByZWFkb25seSBjb21tZW50Pzogc3RyaW5nO1xuICAvKiogVGhlIGtleSBhcyBvbmUgYGF1dGhvcml6ZWRfa2V5c2AgbGluZTogdHlwZSwgYmFzZTY0IGFuZCBjb21tZW50LiAqL1xuICByZWFkb25seSBsaW5lOiBzdHJpbmc7XG59XG5cbi8qKiBTbWFsbGVzdCBSU0EgbW9kdWx1cyBhY2NlcHRlZC4gKi9cbmV4cG9ydCBjb25zdCBNSU5fUlNBX0JJVFMgPSAzMDcyO1xuXG5jb25zdCBDVVJWRVM6IFJlY29yZDxzdHJpbmcsIHsgY3VydmU6IHN0cmluZzsgYml0czogbnVtYmVyOyBwb2ludExlbmd0aDogbnVtYmVyIH0+ID0ge1xuICBbU3NoS2V5VHlwZS5FQ0RTQV9QMjU2XTogeyBjdXJ2ZTogJ25pc3RwMjU2JywgYml0czogMjU2LCBwb2ludExlbmd0aDogNjUgfSxcbiAgW1NzaEtleVR5cGUuRUNEU0FfUDM4NF06IHsgY3VydmU6ICduaXN0cDM4NCcsIGJpdHM6IDM4NCwgcG9pbnRMZW5ndGg6IDk3IH0sXG4gIFtTc2hLZXlUeXBlLkVDRFNBX1A1MjFdOiB7IGN1cnZlOiAnbmlzdHA1MjEnLCBiaXRzOiA1MjEsIHBvaW50TGVuZ3RoOiAxMzMgfSxcbn07XG5cbi8qKiBSZWFkcyBTU0ggd2lyZS1mb3JtYXQgZmllbGRzICh1aW50MzIgbGVuZ3RoICsgYnl0ZXMpLiAqL1xuY2xhc3MgV2lyZVJlYWRlciB7XG4gIHByaXZhdGUgcG9zID0gMDtcbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBidWY6IEJ1ZmZlcikge31cbiAgcHVibGljIGJ5dGVzKCk6IEJ1ZmZlciB7XG4gICAgaWYgKHRoaXMucG9zICsgNCA+IHRoaXMuYnVmLmxlbmd0aCkgdGhyb3cgbmV3IEtleUZvcm1hdEVycm9yKCdrZXkgZGF0YSBlbmRzIGVhcmx5Jyk7XG4gICAgY29uc3QgbGVuID0gdGhpcy5idWYucmVhZFVJbnQzMkJFKHRoaXMucG9zKTtcbiAgICB0aGlzLnBvcyArPSA0O1xuICAgIGlmIChsZW4gPiB0aGlzLmJ1Zi5sZW5ndGggLSB0aGlzLnBvcykgdGhyb3cgbmV3IEtleUZvcm1hdEVycm9yKCdrZXkgZGF0YSBlbmRzIGVhcmx5Jyk7XG4gICAgY29uc3Qgb3V0ID0gdGhpcy5idWYuc3ViYXJyYXkodGhpcy5wb3MsIHRoaXMucG9zICsgbGVuKTtcbiAgICB0aGlzLnBvcyArPSBsZW47XG4gICAgcmV0dXJuIG91dDtcbiAgfVxuICBwdWJsaWMgc3RyaW5nKCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIHRoaXMuYnl0ZXMoKS50b1N0cmluZygnbGF0aW4xJyk7XG4gIH1cbiAgcHVibGljIGdldCBkb25lKCk6IGJvb2xlYW4ge1xuICAgIHJldHVybiB0aGlzLnBvcyA9PT0gdGhpcy5idWYubGVuZ3RoO1xuICB9XG59XG5cbi8qKiBXaGV0aGVyIGEgdGV4dCBsb29rcyBsaWtlIChwYXJ0IG9mKSBhIHByaXZhdGUga2V5LCB3aGljaCBtdXN0IG5ldmVyIGJlIGVjaG9lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc1ByaXZhdGVLZXlUZXh0KHRleHQ6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gL1BSSVZBVEUgS0VZfF4tLS0tLUJFR0lOfGIzQmxibk56YUMxclpYa3RkakUvLnRlc3QodGV4dCk7XG59XG5cbi8qKiBBIHByb2JsZW0gd2l0aCBhIGtleSdzIHRleHQgb3IgZGF0YTsgdGhlIG1lc3NhZ2UgaXMgYSBwaHJhc2UgKFwia2V5IGRhdGEgZW5kcyBlYXJseVwiKS4gKi9cbmV4cG9ydCBjbGFzcyBLZXlGb3JtYXRFcnJvciBleHRlbmRzIEVycm9yIHt9XG5cbmZ1bmN0aW9uIGJpdExlbmd0aChtcGludDogQnVmZmVyKTogbnVtYmVyIHtcbiAgbGV0IGkgPSAwO1xuICB3aGlsZSAoaSA8IG1waW50Lmxlbmd0aCAmJiBtcGludFtpXSA9PT0gMCkgaSsrO1xuICBpZiAoaSA9PT0gbXBpbnQubGVuZ3RoKSByZXR1cm4gMDtcbiAgcmV0dXJuIChtcGludC5sZW5ndGggLSBpIC0gMSkgKiA4ICsgKDMyIC0gTWF0aC5jbHozMihtcGludFtpXSkpO1xufVxuXG4vKipcbiAqIFBhcnNlcyBvbmUgT3BlblNTSCBwdWJsaWMga2V5IGxpbmUgKGB0eXBlIGJhc2U2NCBbY29tbWVudF1gKS4gVGhyb3dzIGEgS2V5Rm9ybWF0RXJyb3JcbiAqIHdob3NlIG1lc3NhZ2Ugc2F5cyB3aGF0IGlzIHdyb25nOyBjYWxsZXJzIGFkZCB0aGUgdXNlciBhbmQgZmlsZS5cbiAqL1xubGV0IHNlY29uZEtleTogUmVnRXhwIHwgdW5kZWZpbmVkO1xuLyoqIEEga2V5IHR5cGUgZm9sbG93ZWQgYnkga2V5IGRhdGEgaW5zaWRlIGEgY29tbWVudDogdHdvIGtleXMgcGFzdGVkIG9uIG9uZSBsaW5lIChidWlsdCBvbmNlKS4gKi9cbmZ1bmN0aW9uIFNFQ09ORF9LRVlfSU5fQ09NTUVOVCgpOiBSZWdFeHAge1xuICByZXR1cm4gKHNlY29uZEtleSA/Pz0gbmV3IFJlZ0V4cChgKF58XFxcXHMpKCR7T2JqZWN0LnZhbHVlcyhTc2hLZXlUeXBlKS5tYXAoKHQpID0+IHQucmVwbGFjZSgvWy5AXS9nLCAnXFxcXCQmJykpLmpvaW4oJ3wnKX0pXFxcXHMrQUFBQWApKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlU3NoUHVibGljS2V5KHRleHQ6IHN0cmluZyk6IFNzaFB1YmxpY0tleSB7XG4gIGNvbnN0IGxpbmUgPSB0ZXh0LnRyaW0oKTtcbiAgaWYgKGxpbmUubGVuZ3RoID09PSAwKSB0aHJvdyBuZXcgS2V5Rm9ybWF0RXJyb3IoJ3RoZSBrZXkgaXMgZW1wdHknKTtcbiAgaWYgKGlzUHJpdmF0ZUtleVRleHQobGluZSkpIHRocm93IG5ldyBLZXlGb3JtYXRFcnJvcigndGhpcyBpcyBhIHByaXZhdGUga2V5OyBnaXZlIHRoZSBwdWJsaWMga2V5ICh0aGUgLnB1YiBmaWxlKSBhbmQga2VlcCB0aGUgcHJpdmF0ZSBrZXkgc2VjcmV0Jyk7XG4gIGlmICgvW1xcclxcblxcMF0vLnRlc3QobGluZSkpIHRocm93IG5ldyBLZXlGb3JtYXRFcnJvcigndGhlIGtleSBzcGFucyBzZXZlcmFsIGxpbmVzOyBnaXZlIG9uZSBrZXkgcGVyIGVudHJ5Jyk7XG4gIGNvbnN0IHBhcnRzID0gbGluZS5zcGxpdCgvXFxzKy8pO1xuICAvLyBUaGUgZW51bSdzIG93biBzdHJpbmc6IGEgbGFyZ2UgcmVnaXN0cnkga2VlcHMgb25lIGNvcHkgb2YgZWFjaCB0eXBlIG5hbWUsIG5vdCBvbmUgcGVyIGtleS5cbiAgY29uc3QgdHlwZSA9IE9iamVjdC52YWx1ZXMoU3NoS2V5VHlwZSkuZmluZCgodCkgPT4gdCA9PT0gcGFydHNbMF0pID8/IHBhcnRzWzBdO1xuICBpZiAoIU9iamVjdC52YWx1ZXMoU3NoS2V5VHlwZSkuaW5jbHVkZXModHlwZSBhcyBTc2hLZXlUeXBlKSkge1xuICAgIGlmICh0eXBlID09PSAnc3NoLWRzcycpIHRocm93IG5ldyBLZXlGb3JtYXRFcnJvcignRFNBIGtleXMgYXJlIG5vdCBhY2NlcHRlZDogdGhleSBhcmUgbGltaXRlZCB0byAxMDI0IGJpdHM7IHVzZSBzc2gta2V5Z2VuIC10IGVkMjU1MTknKTtcbiAgICBpZiAoL15bQS1aYS16MC05Ky89XXs0MCx9JC8udGVzdCh0eXBlKSkgdGhyb3cgbmV3IEtleUZvcm1hdEVycm9yKCd0aGUga2V5IHR5cGUgaXMgbWlzc2luZzsgdGhlIGxpbmUgbXVzdCBzdGFydCB3aXRoIGUuZy4gc3NoLWVkMjU1MTknKTtcbiAgICB0aHJvdyBuZXcgS2V5Rm9ybWF0RXJyb3IoYHVuc3VwcG9ydGVkIGtleSB0eXBlIFwiJHt0eXBlLnNsaWNlKDAsIDQwKX1cIjsgdXNlIHNzaC1lZDI1NTE5LCBlY2RzYS1zaGEyLW5pc3RwMjU2LzM4NC81MjEgb3Igc3NoLXJzYSAoMzA3MiBiaXRzIG9yIG1vcmUpYCk7XG4gIH1cbiAgaWYgKHBhcnRzLmxlbmd0aCA8IDIpIHRocm93IG5ldyBLZXlGb3JtYXRFcnJvcigndGhlIGtleSBkYXRhIGlzIG1pc3NpbmcgYWZ0ZXIgdGhlIGtleSB0eXBlJyk7XG4gIGNvbnN0IGI2NCA9IHBhcnRzWzFdO1xuICBpZiAoIS9eW0EtWmEtejAtOSsvXSs9ezAsMn0kLy50ZXN0KGI2NCkgfHwgYjY0Lmxlbmd0aCAlIDQgIT09IDApIHRocm93IG5ldyBLZXlGb3JtYXRFcnJvcigndGhlIGtleSBkYXRhIGlzIG5vdCB2YWxpZCBiYXNlNjQnKTtcbiAgY29uc3QgYmxvYiA9IEJ1ZmZlci5mcm9tKGI2NCwgJ2Jhc2U2NCcpO1xuICBjb25zdCBjb21tZW50ID0gcGFydHMuc2xpY2UoMikuam9pbignICcpIHx8IHVuZGVmaW5lZDtcbiAgaWYgKGNvbW1lbnQgJiYgL1tcXHgwMC1cXHgwOFxceDBiLVxceDFmXFx4N2YtXFx4OWZdLy50ZXN0KGNvbW1lbnQpKSB0aHJvdyBuZXcgS2V5Rm9ybWF0RXJyb3IoJ3RoZSBrZXkgY29tbWVudCBjb250YWlucyBjb250cm9sIGNoYXJhY3RlcnMnKTtcbiAgaWYgKGNvbW1lbnQgJiYgU0VDT05EX0tFWV9JTl9DT01NRU5UKCkudGVzdChjb21tZW50KSkge1xuICAgIHRocm93IG5ldyBLZXlGb3JtYXRFcnJvcigndGhlIGxpbmUgaG9sZHMgdHdvIGtleXM7IGdpdmUgb25lIGtleSBwZXIgZW50cnknKTtcbiAgfVxuXG4gIGNvbnN0IHIgPSBuZXcgV2lyZVJlYWRlcihibG9iKTtcbiAgY29uc3QgaW5uZXIgPSByLnN0cmluZygpO1xuICBpZiAoaW5uZXIgIT09IHR5cGUpIHRocm93IG5ldyBLZXlGb3JtYXRFcnJvcihgdGhlIGtleSBkYXRhIGlzIGEgJHtpbm5lci5zbGljZSgwLCA0MCkgfHwgJ3Vua25vd24nfSBrZXkgYnV0IHRoZSBsaW5lIHNheXMgJHt0eXBlfWApO1xuICBsZXQgYml0czogbnVtYmVyO1xuICBzd2l0Y2ggKHR5cGUpIHtcbiAgICBjYXNlIFNzaEtleVR5cGUuRUQyNTUxOTpcbiAgICBjYXNlIFNzaEtleVR5cGUuRUQyNTUxOV9TSzoge1xuICAgICAgY29uc3QgayA9IHIuYnl0ZXMoKTtcbiAgICAgIGlmIChrLmxlbmd0aCAhPT0gMzIpIHRocm93IG5ldyBLZXlGb3JtYXRFcnJvcihgYW4gRWQyNTUxOSBrZXkgaXMgMzIgYnl0ZXMsIHRoaXMgb25lIGlzICR7ay5sZW5ndGh9YCk7XG4gICAgICBpZiAodHlwZSA9PT0gU3NoS2V5VHlwZS5FRDI1NTE5X1NLKSByLnN0cmluZygpOyAvLyBhcHBsaWNhdGlvblxuICAgICAgYml0cyA9IDI1NjtcbiAgICAgIGJyZWFrO1xuICAgIH1cbiAgICBjYXNlIFNzaEtleVR5cGUuUlNBOiB7XG4gICAgICBjb25zdCBlID0gci5ieXRlcygpO1xuICAgICAgY29uc3QgbiA9IHIuYnl0ZXMoKTtcbiAgICAgIGlmIChiaXRMZW5ndGgoZSkgPT09IDAgfHwgYml0TGVuZ3RoKG4pID09PSAwKSB0aHJvdyBuZXcgS2V5Rm9ybWF0RXJyb3IoJ3RoZSBSU0Ega2V5IGRhdGEgaXMgbWFsZm9ybWVkJyk7XG4gICAgICBiaXRzID0gYml0TGVuZ3RoKG4pO1xuICAgICAgaWYgKGJpdHMgPCBNSU5fUlNBX0JJVFMpIHRocm93IG5ldyBLZXlGb3JtYXRFcnJvcihgUlNBIGtleSBoYXMgJHtiaXRzfSBiaXRzOyBhdCBsZWFzdCAke01JTl9SU0FfQklUU30gYXJlIHJlcXVpcmVkICh1c2Ugc3NoLWtleWdlbiAtdCBlZDI1NTE5LCBvciAtdCByc2EgLWIgNDA5NilgKTtcbiAgICAgIGJyZWFrO1xuICAgIH1cbiAgICBjYXNlIFNzaEtleVR5cGUuRUNEU0FfU0s6XG4gICAgY2FzZSBTc2hLZXlUeXBlLkVDRFNBX1AyNTY6XG4gICAgY2FzZSBTc2hLZXlUeXBlLkVDRFNBX1AzODQ6XG4gICAgY2FzZSBTc2hLZXlUeXBlLkVDRFNBX1A1MjE6IHtcbiAgICAgIGNvbnN0IHNwZWMgPSBDVVJWRVNbdHlwZSA9PT0gU3NoS2V5VHlwZS5FQ0RTQV9TSyA/IFNzaEtleVR5cGUuRUNEU0FfUDI1NiA6IHR5cGVdO1xuICAgICAgY29uc3QgY3VydmUgPSByLnN0cmluZygpO1xuICAgICAgaWYgKGN1cnZlICE9PSBzcGVjLmN1cnZlKSB0aHJvdyBuZXcgS2V5Rm9ybWF0RXJyb3IoYHRoZSBrZXkncyBjdXJ2ZSBpcyAke2N1cnZlLnNsaWNlKDAsIDIwKX0gYnV0IHRoZSB0eXBlIHNheXMgJHtzcGVjLmN1cnZlfWApO1xuICAgICAgY29uc3QgcSA9IHIuYnl0ZXMoKTtcbiAgICAgIGlmIChxLmxlbmd0aCAhPT0gc3BlYy5wb2ludExlbmd0aCB8fCBxWzBdICE9PSAweDA0KSB0aHJvdyBuZXcgS2V5Rm9ybWF0RXJyb3IoJ3RoZSBFQ0RTQSBwdWJsaWMgcG9pbnQgaXMgbWFsZm9ybWVkJyk7XG4gICAgICBpZiAodHlwZSA9PT0gU3NoS2V5VHlwZS5FQ0RTQV9TSykgci5zdHJpbmcoKTtcbiAgICAgIGJpdHMgPSBzcGVjLmJpdHM7XG4gICAgICBicmVhaztcbiAgICB9XG4gICAgZGVmYXVsdDpcbiAgICAgIHRocm93IG5ldyBLZXlGb3JtYXRFcnJvcihgdW5zdXBwb3J0ZWQga2V5IHR5cGUgJHt0eXBlfWApO1xuICB9XG4gIGlmICghci5kb25lKSB0aHJvdyBuZXcgS2V5Rm9ybWF0RXJyb3IoJ3RoZSBrZXkgZGF0YSBoYXMgdHJhaWxpbmcgYnl0ZXMnKTtcbiAgLy8gVGhlIGxpbmUgYXMgZ2l2ZW4gd2hlbiBpdCBpcyBhbHJlYWR5IGluIG5vcm1hbCBmb3JtIChvbmUgc3BhY2UgYmV0d2VlbiB0aGUgcGFydHMpOiB0aGVcbiAgLy8gcGFydHMgYWJvdmUgYXJlIHNsaWNlcyBvZiBpdCwgc28gYSBuZXcgc3RyaW5nIHdvdWxkIGtlZXAgYm90aCBhbGl2ZS5cbiAgY29uc3Qgbm9ybWFsaXplZCA9IGNvbW1lbnQgPyBgJHt0eXBlfSAke2I2NH0gJHtjb21tZW50fWAgOiBgJHt0eXBlfSAke2I2NH1gO1xuICBjb25zdCBmaW5nZXJwcmludCA9ICdTSEEyNTY6JyArIGNyeXB0by5jcmVhdGVIYXNoKCdzaGEyNTYnKS51cGRhdGUoYmxvYikuZGlnZXN0KCdiYXNlNjQnKS5yZXBsYWNlKC89KyQvLCAnJyk7XG4gIHJldHVybiB7XG4gICAgdHlwZTogdHlwZSBhcyBTc2hLZXlUeXBlLFxuICAgIGJpdHMsXG4gICAgZmluZ2VycHJpbnQsXG4gICAgY29tbWVudCxcbiAgICBsaW5lOiBub3JtYWxpemVkID09PSBsaW5lID8gbGluZSA6IG5vcm1hbGl6ZWQsXG4gIH07XG59XG4iXX0=