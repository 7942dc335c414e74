#!/usr/bin/env python3
"""rws-gate: the claim check in front of a published workspace service.

The lab's Application Load Balancer signs the user in with OpenID Connect and forwards each
request with `x-amzn-oidc-data`, a JWT it signs with ES256. The load balancer admits everyone
the identity provider signs in; this gate, on the workspace, admits only the identities the
workspace names. For every request it checks:

  - the header is there exactly once, a JWT with alg ES256 and a key id of safe characters;
  - `signer` is the lab's load balancer (every load balancer of a region signs with the same
    regional keys, so a token of another account's load balancer must not pass);
  - the ES256 signature, with the region's public key from
    https://public-keys.auth.elb.REGION.amazonaws.com/KID (fetched once per key id);
  - `iss` is the lab's identity provider (when configured) and the token has not expired;
  - the `sub` claim, or the `email` claim when the provider does not say it is unverified,
    is one of the allowed identities.

Then it forwards that one request to the service on loopback (`Connection: close`, so a second
request on the same connection never reaches the service unchecked; a WebSocket upgrade the
service accepts becomes a tunnel). Anything else gets 401/403 and a log line without the token.
`GET /.rws-gate/health` answers 200 for the load balancer's health check (which carries no
token) without reaching the service.

Python 3 standard library only (the P-256 arithmetic is below), so it runs on every image.
Usage: rws-gate CONFIG.json
"""
import asyncio
import base64
import hashlib
import json
import re
import sys
import time
import urllib.request

# NIST P-256 (secp256r1).
_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
_A = _P - 3
_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
      0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)
_SPKI_P256 = bytes.fromhex('3059301306072a8648ce3d020106082a8648ce3d030107034200')


def _add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    (x1, y1), (x2, y2) = p1, p2
    if x1 == x2:
        if (y1 + y2) % _P == 0:
            return None
        lam = (3 * x1 * x1 + _A) * pow(2 * y1, -1, _P) % _P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, _P) % _P
    x3 = (lam * lam - x1 - x2) % _P
    return (x3, (lam * (x1 - x3) - y1) % _P)


def _mul(k, pt):
    out = None
    while k:
        if k & 1:
            out = _add(out, pt)
        pt = _add(pt, pt)
        k >>= 1
    return out


def public_key_from_pem(pem):
    """The (x, y) point of a P-256 SubjectPublicKeyInfo in PEM; ValueError otherwise."""
    body = ''.join(line for line in pem.strip().splitlines() if not line.startswith('-----'))
    der = base64.b64decode(body, validate=True)
    if len(der) != len(_SPKI_P256) + 65 or not der.startswith(_SPKI_P256) or der[len(_SPKI_P256)] != 4:
        raise ValueError('not an uncompressed P-256 public key')
    x = int.from_bytes(der[-64:-32], 'big')
    y = int.from_bytes(der[-32:], 'big')
    if not (0 <= x < _P and 0 <= y < _P) or (y * y - (x * x * x + _A * x + _B)) % _P != 0:
        raise ValueError('the point is not on P-256')
    return (x, y)


def verify_es256(pub, message, signature):
    """ECDSA P-256 with SHA-256 over message; signature is r||s (64 bytes, as in JWS)."""
    if len(signature) != 64:
        return False
    r = int.from_bytes(signature[:32], 'big')
    s = int.from_bytes(signature[32:], 'big')
    if not (1 <= r < _N and 1 <= s < _N):
        return False
    e = int.from_bytes(hashlib.sha256(message).digest(), 'big')
    w = pow(s, -1, _N)
    point = _add(_mul(e * w % _N, _G), _mul(r * w % _N, pub))
    return point is not None and point[0] % _N == r


def _b64url(text):
    text = text.rstrip('=')
    if not re.fullmatch(r'[A-Za-z0-9_-]*', text):
        raise ValueError('not base64url')
    return base64.urlsafe_b64decode(text + '=' * (-len(text) % 4))


class Refused(Exception):
    """A request the gate does not forward; the message is logged, never sent."""


class Gate:
    def __init__(self, cfg):
        self.service = cfg['service']
        self.signer = cfg['signer']
        self.issuer = cfg.get('issuer') or None
        region = cfg['region']
        default_keys = (f'https://s3-{region}.amazonaws.com/aws-elb-public-keys-prod-{region}/'
                        if region.startswith('us-gov-') else f'https://public-keys.auth.elb.{region}.amazonaws.com/')
        self.key_url = cfg.get('keyUrl') or default_keys
        self.emails = {e.lower() for e in cfg.get('allow', {}).get('email', [])}
        self.subs = set(cfg.get('allow', {}).get('sub', []))
        self.backend = (cfg.get('backend', '127.0.0.1'), int(cfg['backendPort']))
        self.keys = {}
        self.seen = {}

    def key(self, kid):
        if kid not in self.keys:
            with urllib.request.urlopen(self.key_url + kid, timeout=5) as res:
                self.keys[kid] = public_key_from_pem(res.read(4096).decode('ascii'))
        return self.keys[kid]

    def check(self, token):
        """The allowed identity the token carries; Refused otherwise."""
        now = time.time()
        hit = self.seen.get(token)
        if hit and hit[0] > now:
            return hit[1]
        parts = token.split('.')
        if len(parts) != 3:
            raise Refused('not a JWT')
        try:
            header = json.loads(_b64url(parts[0]))
            claims = json.loads(_b64url(parts[1]))
            sig = _b64url(parts[2])
        except ValueError as e:
            raise Refused(f'malformed token ({e})') from None
        if not isinstance(header, dict) or not isinstance(claims, dict):
            raise Refused('malformed token')
        if header.get('alg') != 'ES256':
            raise Refused(f'algorithm {header.get("alg")!r} is not ES256')
        if header.get('signer') != self.signer:
            raise Refused(f'signed by {header.get("signer")!r}, not the lab\'s load balancer')
        kid = header.get('kid')
        if not isinstance(kid, str) or not re.fullmatch(r'[A-Za-z0-9-]{1,128}', kid):
            raise Refused('no valid key id')
        try:
            pub = self.key(kid)
        except Exception as e:  # noqa: BLE001 - any failure to get the key refuses the request
            raise Refused(f'public key {kid} unavailable ({e})') from None
        if not verify_es256(pub, f'{parts[0]}.{parts[1]}'.encode('ascii'), sig):
            raise Refused('bad signature')
        if self.issuer and header.get('iss', claims.get('iss')) != self.issuer:
            raise Refused(f'issuer {header.get("iss", claims.get("iss"))!r} is not the lab\'s identity provider')
        exps = [v for v in (header.get('exp'), claims.get('exp')) if v is not None]
        if not exps or not all(isinstance(v, (int, float)) for v in exps):
            raise Refused('no expiry')
        if min(exps) <= now:
            raise Refused('expired')
        who = None
        if isinstance(claims.get('sub'), str) and claims['sub'] in self.subs:
            who = 'sub:' + claims['sub']
        elif (isinstance(claims.get('email'), str) and claims['email'].lower() in self.emails
              and claims.get('email_verified') not in (False, 'false')):
            who = 'email:' + claims['email'].lower()
        if who is None:
            raise Refused(f'identity sub={claims.get("sub")!r} email={claims.get("email")!r} is not a user of this workspace')
        if len(self.seen) > 1000:
            self.seen.clear()
        self.seen[token] = (min(min(exps), now + 60), who)
        return who


HOP = {b'connection', b'keep-alive', b'proxy-connection', b'te', b'trailer', b'upgrade', b'transfer-encoding'}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


async def _respond(writer, code, text):
    body = (text + '\n').encode()
    writer.write(f'HTTP/1.1 {code} {text}\r\nContent-Type: text/plain\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n'.encode() + body)
    await writer.drain()


async def _copy(reader, writer, n=None):
    while n is None or n > 0:
        data = await reader.read(65536 if n is None else min(65536, n))
        if not data:
            break
        writer.write(data)
        await writer.drain()
        if n is not None:
            n -= len(data)
    if n:
        raise Refused('body shorter than Content-Length')


async def _copy_chunked(reader, writer):
    while True:
        line = await reader.readuntil(b'\r\n')
        size = int(line.split(b';')[0].strip(), 16)
        writer.write(line)
        if size == 0:
            while True:
                t = await reader.readuntil(b'\r\n')
                writer.write(t)
                if t == b'\r\n':
                    await writer.drain()
                    return
        await _copy(reader, writer, size + 2)


async def _pipe(reader, writer):
    try:
        await _copy(reader, writer)
    except (ConnectionError, Refused):
        pass
    finally:
        try:
            writer.write_eof()
        except (OSError, RuntimeError):
            pass


def parse_head(head):
    lines = head[:-4].split(b'\r\n')
    m = re.fullmatch(rb'([A-Z]{1,16}) (\S{1,8192}) HTTP/1\.[01]', lines[0])
    if not m:
        raise Refused('bad request line')
    headers = []
    for line in lines[1:]:
        name, sep, value = line.partition(b':')
        if not sep or not re.fullmatch(rb"[!#$%&'*+.^_`|~0-9A-Za-z-]+", name):
            raise Refused('bad header line')
        headers.append((name.lower(), value.strip()))
    return m.group(1), m.group(2), headers


async def handle(gate, reader, writer):
    peer = writer.get_extra_info('peername')
    backend = None
    try:
        try:
            head = await reader.readuntil(b'\r\n\r\n')
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            return
        try:
            method, target, headers = parse_head(head)
        except Refused as e:
            log(f'rws-gate[{gate.service}]: refused {peer}: {e}')
            await _respond(writer, 400, 'Bad Request')
            return
        if method == b'GET' and target == b'/.rws-gate/health':
            await _respond(writer, 200, 'OK')
            return
        values = {}
        for n, v in headers:
            values.setdefault(n, []).append(v)
        tokens = values.get(b'x-amzn-oidc-data', [])
        path = target.split(b'?')[0].decode('latin-1')
        try:
            if len(tokens) != 1:
                raise Refused(f'{len(tokens)} x-amzn-oidc-data headers')
            who = gate.check(tokens[0].decode('latin-1'))
        except Refused as e:
            log(f'rws-gate[{gate.service}]: refused {peer} {method.decode()} {path}: {e}')
            await _respond(writer, 403 if tokens else 401, 'Forbidden' if tokens else 'Unauthorized')
            return
        te = b','.join(values.get(b'transfer-encoding', [])).lower()
        cls = set(values.get(b'content-length', []))
        conn = {t.strip().lower() for v in values.get(b'connection', []) for t in v.split(b',')}
        upgrade = b'upgrade' in conn and b'upgrade' in values
        if (te and cls) or len(cls) > 1 or (te and te != b'chunked') or (cls and not next(iter(cls)).isdigit()) or (upgrade and (te or cls)):
            log(f'rws-gate[{gate.service}]: refused {peer}: ambiguous framing')
            await _respond(writer, 400, 'Bad Request')
            return
        log(f'rws-gate[{gate.service}]: {who} {method.decode()} {path}')
        out = [head.split(b'\r\n', 1)[0]]
        out += [n + b': ' + v for n, v in headers if n not in HOP]
        if upgrade:
            out += [b'Connection: Upgrade', b'Upgrade: ' + values[b'upgrade'][0]]
        else:
            out += [b'Connection: close'] + ([b'Transfer-Encoding: chunked'] if te else [])
        br, backend = await asyncio.open_connection(*gate.backend)
        backend.write(b'\r\n'.join(out) + b'\r\n\r\n')
        if te:
            await _copy_chunked(reader, backend)
        elif cls:
            await _copy(reader, backend, int(next(iter(cls))))
        await backend.drain()
        if upgrade:
            status = await br.readuntil(b'\r\n')
            writer.write(status)
            if status.split(b' ')[1:2] == [b'101']:
                await asyncio.gather(_pipe(reader, backend), _pipe(br, writer))
                return
        await _copy(br, writer)
    except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, Refused, ValueError) as e:
        log(f'rws-gate[{gate.service}]: {peer}: {e.__class__.__name__}')
    finally:
        for w in (backend, writer):
            if w is not None:
                try:
                    w.close()
                except OSError:
                    pass


async def main(path):
    with open(path, encoding='utf-8') as f:
        cfg = json.load(f)
    gate = Gate(cfg)
    server = await asyncio.start_server(lambda r, w: handle(gate, r, w), cfg.get('listen', '0.0.0.0'), int(cfg['port']), limit=65536)
    log(f'rws-gate[{gate.service}]: listening on {cfg.get("listen", "0.0.0.0")}:{cfg["port"]}, forwarding to {gate.backend[0]}:{gate.backend[1]}')
    async with server:
        await server.serve_forever()


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: rws-gate CONFIG.json')
    asyncio.run(main(sys.argv[1]))
