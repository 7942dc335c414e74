import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { KeyFormatError, MIN_RSA_BITS, parseSshPublicKey, SshKeyType } from '../../src/workspaces/ssh-key';

const SSH_KEYGEN = '/usr/bin/ssh-keygen';

/** A key pair made by ssh-keygen, with what ssh-keygen itself says about the public key. */
interface GeneratedKey {
  /** Content of the .pub file, as written. */
  readonly pub: string;
  /** Content of the private key file. */
  readonly priv: string;
  /** Path of the .pub file. */
  readonly pubFile: string;
  /** Bits reported by `ssh-keygen -l`. */
  readonly keygenBits: number;
  /** Fingerprint reported by `ssh-keygen -l -E sha256`. */
  readonly keygenFingerprint: string;
}

let dir: string;
const keys: Record<string, GeneratedKey> = {};

/** Reports bits and fingerprint of a public key file the way OpenSSH computes them. */
function keygenInfo(pubFile: string): { bits: number; fingerprint: string } {
  const out = execFileSync(SSH_KEYGEN, ['-l', '-E', 'sha256', '-f', pubFile], { encoding: 'utf8' }).trim();
  const [bits, fingerprint] = out.split(/\s+/);
  return { bits: Number(bits), fingerprint };
}

function generate(name: string, type: string, bits?: number, comment = `${name}@research.example`): GeneratedKey {
  const file = path.join(dir, name);
  const args = ['-q', '-t', type, '-N', '', '-C', comment, '-f', file];
  if (bits !== undefined) args.push('-b', String(bits));
  execFileSync(SSH_KEYGEN, args, { stdio: 'pipe' });
  const pubFile = `${file}.pub`;
  const info = keygenInfo(pubFile);
  return {
    pub: fs.readFileSync(pubFile, 'utf8'),
    priv: fs.readFileSync(file, 'utf8'),
    pubFile,
    keygenBits: info.bits,
    keygenFingerprint: info.fingerprint,
  };
}

/** SSH wire encoding: each part as uint32 length + bytes. */
function wire(...parts: Array<string | Buffer>): Buffer {
  return Buffer.concat(parts.map((p) => {
    const b = typeof p === 'string' ? Buffer.from(p, 'latin1') : p;
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
  }));
}

/** Splits a wire-format blob into its length-prefixed fields. */
function unwire(blob: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let pos = 0;
  while (pos < blob.length) {
    const len = blob.readUInt32BE(pos);
    out.push(blob.subarray(pos + 4, pos + 4 + len));
    pos += 4 + len;
  }
  return out;
}

function blobOf(pub: string): Buffer {
  return Buffer.from(pub.trim().split(/\s+/)[1], 'base64');
}

function sha256Fingerprint(blob: Buffer): string {
  return 'SHA256:' + crypto.createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-ssh-key-'));
  keys.ed25519 = generate('ed25519', 'ed25519');
  keys.ed25519b = generate('ed25519b', 'ed25519');
  keys.ecdsa256 = generate('ecdsa256', 'ecdsa', 256);
  keys.ecdsa384 = generate('ecdsa384', 'ecdsa', 384);
  keys.ecdsa521 = generate('ecdsa521', 'ecdsa', 521);
  keys.rsa2048 = generate('rsa2048', 'rsa', 2048);
  keys.rsa3072 = generate('rsa3072', 'rsa', 3072);
  keys.rsa4096 = generate('rsa4096', 'rsa', 4096);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('parseSshPublicKey with keys made by ssh-keygen', () => {
  test.each([
    ['ed25519', SshKeyType.ED25519, 256],
    ['ecdsa256', SshKeyType.ECDSA_P256, 256],
    ['ecdsa384', SshKeyType.ECDSA_P384, 384],
    ['ecdsa521', SshKeyType.ECDSA_P521, 521],
    ['rsa3072', SshKeyType.RSA, 3072],
    ['rsa4096', SshKeyType.RSA, 4096],
  ])('accepts %s with the right type, size and fingerprint', (name, type, bits) => {
    const k = keys[name];
    const parsed = parseSshPublicKey(k.pub);
    expect(parsed.type).toBe(type);
    expect(parsed.bits).toBe(bits);
    expect(parsed.bits).toBe(k.keygenBits);
    expect(parsed.fingerprint).toBe(k.keygenFingerprint);
    expect(parsed.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(parsed.comment).toBe(`${name}@research.example`);
    expect(parsed.line).toBe(k.pub.trim());
  });

  test('rejects a 2048-bit RSA key and says 3072 bits are required', () => {
    expect(keys.rsa2048.keygenBits).toBe(2048);
    expect(() => parseSshPublicKey(keys.rsa2048.pub)).toThrow(KeyFormatError);
    expect(() => parseSshPublicKey(keys.rsa2048.pub)).toThrow(/RSA key has 2048 bits; at least 3072 are required/);
    expect(MIN_RSA_BITS).toBe(3072);
  });

  test('two different keys have different fingerprints', () => {
    expect(parseSshPublicKey(keys.ed25519.pub).fingerprint).not.toBe(parseSshPublicKey(keys.ed25519b.pub).fingerprint);
  });

  test('the fingerprint depends on the key only, not on the comment', () => {
    const [type, b64] = keys.ed25519.pub.trim().split(' ');
    const a = parseSshPublicKey(`${type} ${b64} first comment`);
    const b = parseSshPublicKey(`${type} ${b64}`);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).toBe(keys.ed25519.keygenFingerprint);
    expect(a.comment).toBe('first comment');
    expect(b.comment).toBeUndefined();
    expect(b.line).toBe(`${type} ${b64}`);
  });

  test('tolerates surrounding whitespace and a Windows line ending, normalising the line', () => {
    const [type, b64] = keys.ecdsa256.pub.trim().split(' ');
    const parsed = parseSshPublicKey(`  ${type}\t${b64}   alice  at  lab\r\n`);
    expect(parsed.type).toBe(SshKeyType.ECDSA_P256);
    expect(parsed.fingerprint).toBe(keys.ecdsa256.keygenFingerprint);
    expect(parsed.comment).toBe('alice at lab');
    expect(parsed.line).toBe(`${type} ${b64} alice at lab`);
  });

  test('accepts FIDO security keys (sk-ssh-ed25519, sk-ecdsa) with ssh-keygen\'s fingerprint', () => {
    const [, ed] = unwire(blobOf(keys.ed25519.pub));
    const [, curve, point] = unwire(blobOf(keys.ecdsa256.pub));
    const cases: Array<[SshKeyType, Buffer]> = [
      [SshKeyType.ED25519_SK, wire('sk-ssh-ed25519@openssh.com', ed, 'ssh:')],
      [SshKeyType.ECDSA_SK, wire('sk-ecdsa-sha2-nistp256@openssh.com', curve, point, 'ssh:')],
    ];
    cases.forEach(([type, blob], i) => {
      const line = `${type} ${blob.toString('base64')} yubikey`;
      const file = path.join(dir, `sk${i}.pub`);
      fs.writeFileSync(file, `${line}\n`);
      const parsed = parseSshPublicKey(line);
      expect(parsed.type).toBe(type);
      expect(parsed.bits).toBe(256);
      expect(parsed.fingerprint).toBe(keygenInfo(file).fingerprint);
    });
  });
});

describe('parseSshPublicKey rejects bad input with a message saying what is wrong', () => {
  const ed = () => keys.ed25519.pub.trim().split(' ');
  const edBlob = () => blobOf(keys.ed25519.pub);
  const b64 = (b: Buffer) => b.toString('base64');

  test.each<[string, () => string, RegExp]>([
    ['empty text', () => '', /^the key is empty$/],
    ['only whitespace', () => '  \n\t ', /^the key is empty$/],
    ['a private key file (OpenSSH format)', () => keys.ed25519.priv, /private key.*public key \(the \.pub file\)/],
    ['a private key header on one line', () => '-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjE=', /this is a private key/],
    ['a DSA key', () => `ssh-dss ${b64(wire('ssh-dss', Buffer.alloc(128, 1)))} old@host`, /DSA keys are not accepted.*ssh-keygen -t ed25519/],
    ['a key without its type', () => `${ed()[1]} ${ed()[2]}`, /the key type is missing; the line must start with e\.g\. ssh-ed25519/],
    ['an unknown type', () => `ssh-foo ${ed()[1]}`, /unsupported key type "ssh-foo"/],
    ['a type without data', () => 'ssh-ed25519', /the key data is missing after the key type/],
    ['data that is not base64', () => 'ssh-ed25519 AAAAC3Nza$1lZDI1NTE5 me@host', /the key data is not valid base64/],
    ['base64 with a wrong length', () => `ssh-ed25519 ${ed()[1].slice(0, -1)}`, /the key data is not valid base64/],
    ['an Ed25519 blob labelled ssh-rsa', () => `ssh-rsa ${ed()[1]} me@host`, /the key data is a ssh-ed25519 key but the line says ssh-rsa/],
    ['an ECDSA P-384 blob labelled P-256', () => `ecdsa-sha2-nistp256 ${blobOf(keys.ecdsa384.pub).toString('base64')}`,
      /the key data is a ecdsa-sha2-nistp384 key but the line says ecdsa-sha2-nistp256/],
    ['a truncated blob', () => `ssh-ed25519 ${b64(edBlob().subarray(0, edBlob().length - 5))}`, /key data ends early/],
    ['a blob cut inside the type field', () => `ssh-ed25519 ${b64(edBlob().subarray(0, 9))}`, /key data ends early/],
    ['trailing bytes after the key', () => `ssh-ed25519 ${b64(Buffer.concat([edBlob(), wire('x')]))}`, /the key data has trailing bytes/],
    ['an Ed25519 key of the wrong length', () => `ssh-ed25519 ${b64(wire('ssh-ed25519', Buffer.alloc(31, 7)))}`, /an Ed25519 key is 32 bytes, this one is 31/],
    ['an ECDSA key whose curve field disagrees', () => {
      const [, , point] = unwire(blobOf(keys.ecdsa256.pub));
      return `ecdsa-sha2-nistp256 ${b64(wire('ecdsa-sha2-nistp256', 'nistp384', point))}`;
    }, /the key's curve is nistp384 but the type says nistp256/],
    ['an ECDSA key with a compressed point', () => {
      const [, curve, point] = unwire(blobOf(keys.ecdsa256.pub));
      const bad = Buffer.from(point);
      bad[0] = 0x02;
      return `ecdsa-sha2-nistp256 ${b64(wire('ecdsa-sha2-nistp256', curve, bad))}`;
    }, /the ECDSA public point is malformed/],
    ['an RSA key with an empty modulus', () => `ssh-rsa ${b64(wire('ssh-rsa', Buffer.from([1, 0, 1]), Buffer.alloc(0)))}`, /the RSA key data is malformed/],
    ['two keys on one line, separated by a newline', () => `${keys.ed25519.pub.trim()}\n${keys.ed25519b.pub.trim()}`,
      /the key spans several lines; give one key per entry/],
    ['a comment with an ANSI escape', () => `${ed()[0]} ${ed()[1]} alice\x1b[2Jhidden`, /the key comment contains control characters/],
    ['a comment with a bell character', () => `${ed()[0]} ${ed()[1]} alice\x07`, /the key comment contains control characters/],
    ['a comment with DEL', () => `${ed()[0]} ${ed()[1]} alice\x7f`, /the key comment contains control characters/],
    ['a comment with a C1 control (CSI, U+009B)', () => `${ed()[0]} ${ed()[1]} alice\u009b2Jhidden`, /the key comment contains control characters/],
  ])('%s', (_label, input, message) => {
    let error: unknown;
    try {
      parseSshPublicKey(input());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KeyFormatError);
    expect((error as Error).message).toMatch(message);
  });

  test('a very long unknown type is cut in the message', () => {
    const type = 'x-' + 'y'.repeat(200);
    expect(() => parseSshPublicKey(`${type} AAAA`)).toThrow(`unsupported key type "${type.slice(0, 40)}";`);
  });

  test('every fingerprint is the unpadded SHA-256 of the blob', () => {
    for (const name of ['ed25519', 'ecdsa521', 'rsa3072']) {
      expect(parseSshPublicKey(keys[name].pub).fingerprint).toBe(sha256Fingerprint(blobOf(keys[name].pub)));
    }
  });
});
