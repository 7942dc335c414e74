/**
 * The claim check in front of published services (rws-gate), run for real: python3 runs the
 * gate script the provisioning installs, on a loopback port, in front of a loopback backend;
 * a loopback key server plays https://public-keys.auth.elb.REGION.amazonaws.com/KID. Tokens are
 * signed here with a locally generated ES256 key pair, exactly as the load balancer signs
 * `x-amzn-oidc-data`. All traffic stays on 127.0.0.1.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { gateCode } from '../../src/workspaces/userdata/private/render';

const HAS_PYTHON = spawnSync('python3', ['--version']).status === 0;
if (!HAS_PYTHON) {
  if (process.env.CI === 'true') throw new Error('python3 is required for the rws-gate tests (CI=true)');
  // eslint-disable-next-line no-console
  console.warn('SKIPPED: python3 not found, the rws-gate tests do not run');
}

const SIGNER = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/lab-web/0123456789abcdef';
const ISSUER = 'https://auth.example.edu';
const KID = 'a1b2c3d4-0000-4000-8000-000000000001';
const OTHER_KID = 'a1b2c3d4-0000-4000-8000-000000000002';

const good = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const rogue = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });

const b64u = (b: Buffer | string) => Buffer.from(b).toString('base64url');

interface TokenOptions {
  header?: Record<string, unknown>;
  claims?: Record<string, unknown>;
  key?: crypto.KeyObject;
}

function token(o: TokenOptions = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'ES256', kid: KID, signer: SIGNER, iss: ISSUER, client: 'lab-client', exp: now + 120, ...o.header };
  const claims = { sub: '2f6e0a6c-5f4b-4c62-9d7e-6a1b2c3d4e5f', email: 'alice@example.edu', email_verified: 'true', exp: now + 120, ...o.claims };
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(claims))}`;
  const sig = crypto.sign('sha256', Buffer.from(input), { key: o.key ?? good.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${b64u(sig)}`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

let dir: string;
let gate: ChildProcess;
let gatePort: number;
let backend: http.Server;
let keys: http.Server;
let gateLog = '';
let mutant: ChildProcess | undefined;
let cfgBase: Record<string, unknown>;
const received: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders; body: string }> = [];

function get(headers: Record<string, string> = {}, pathName = '/lab?x=1', method = 'GET', body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: gatePort, path: pathName, method, headers, agent: false }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve({ status: res.statusCode!, body: b }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Raw bytes on one connection; resolves with everything the gate sent before closing. */
function raw(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = net.connect(gatePort, '127.0.0.1', () => s.write(bytes));
    let out = '';
    const timer = setTimeout(() => { s.destroy(); resolve(out); }, 3000);
    s.on('data', (d) => { out += d; });
    s.on('end', () => { clearTimeout(timer); resolve(out); });
    s.on('error', (e) => { clearTimeout(timer); reject(e); });
  });
}

beforeAll(async () => {
  if (!HAS_PYTHON) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-gate-'));
  backend = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      res.end(`backend saw ${req.method} ${req.url}`);
    });
  });
  const backendPort = await freePort();
  await new Promise<void>((r) => backend.listen(backendPort, '127.0.0.1', r));
  keys = http.createServer((req, res) => {
    if (req.url === `/${KID}`) {res.end(good.publicKey.export({ type: 'spki', format: 'pem' }));} else if (req.url === `/${OTHER_KID}`) {res.end(rogue.publicKey.export({ type: 'spki', format: 'pem' }));} else { res.statusCode = 404; res.end(); }
  });
  const keyPort = await freePort();
  await new Promise<void>((r) => keys.listen(keyPort, '127.0.0.1', r));
  gatePort = await freePort();
  const cfg = {
    service: 'jupyter',
    listen: '127.0.0.1',
    port: gatePort,
    backend: '127.0.0.1',
    backendPort,
    signer: SIGNER,
    issuer: ISSUER,
    region: 'eu-west-1',
    keyUrl: `http://127.0.0.1:${keyPort}/`,
    allow: { email: ['Alice@Example.edu'], sub: ['2f6e0a6c-5f4b-4c62-9d7e-6a1b2c3d4e5f'] },
  };
  cfgBase = cfg;
  fs.writeFileSync(path.join(dir, 'gate.json'), JSON.stringify(cfg));
  fs.writeFileSync(path.join(dir, 'rws-gate'), gateCode().content, { mode: 0o755 });
  gate = await startGate(path.join(dir, 'rws-gate'), path.join(dir, 'gate.json'), (d) => { gateLog += d; });
}, 30_000);

async function startGate(script: string, config: string, onLog: (d: string) => void): Promise<ChildProcess> {
  const p = spawn('python3', ['-B', script, config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let text = '';
  p.stderr!.on('data', (d) => { text += d; onLog(String(d)); });
  const t0 = Date.now();
  while (!text.includes('listening')) {
    if (Date.now() - t0 > 10_000 || p.exitCode !== null) throw new Error(`rws-gate did not start: ${text}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return p;
}

afterAll(async () => {
  gate?.kill();
  mutant?.kill();
  backend?.closeAllConnections();
  keys?.closeAllConnections();
  backend?.close();
  keys?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const forwarded = () => received.length;

describe('rws-gate: the instance checks the claim the load balancer signed', () => {
  test('a correctly signed token of an allowed user passes, once per request, with Connection: close', async () => {
    if (!HAS_PYTHON) return;
    const before = forwarded();
    const r = await get({ 'x-amzn-oidc-data': token() });
    expect(r).toEqual({ status: 200, body: 'backend saw GET /lab?x=1' });
    expect(forwarded()).toBe(before + 1);
    expect(received[received.length - 1].headers.connection).toBe('close');
    expect(gateLog).toContain('sub:2f6e0a6c-5f4b-4c62-9d7e-6a1b2c3d4e5f GET /lab');
    expect(gateLog).not.toContain('x=1'); // no query strings (tokens) in the log
  });

  test('the email claim admits a user whose sub is not listed (case-insensitive), unless the provider says it is unverified', async () => {
    if (!HAS_PYTHON) return;
    expect((await get({ 'x-amzn-oidc-data': token({ claims: { sub: 'someone-else', email: 'ALICE@example.edu' } }) })).status).toBe(200);
    expect((await get({ 'x-amzn-oidc-data': token({ claims: { sub: 'someone-else', email: 'alice@example.edu', email_verified: false } }) })).status).toBe(403);
  });

  test('a request body is forwarded whole (Content-Length and chunked)', async () => {
    if (!HAS_PYTHON) return;
    expect((await get({ 'x-amzn-oidc-data': token(), 'content-type': 'application/json' }, '/api/contents/a', 'PUT', '{"a":1}')).status).toBe(200);
    expect(received[received.length - 1]).toMatchObject({ method: 'PUT', body: '{"a":1}' });
    const r = await raw(`POST /upload HTTP/1.1\r\nHost: x\r\nx-amzn-oidc-data: ${token()}\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n`);
    expect(r).toMatch(/^HTTP\/1\.1 200/);
    expect(received[received.length - 1]).toMatchObject({ method: 'POST', body: 'abcde' });
  });

  test.each([
    ['no token', {}, 401],
    ['a token of another account\'s load balancer (wrong signer), correctly signed', { 'x-amzn-oidc-data': token({ header: { signer: SIGNER.replace('123456789012', '999999999999') } }) }, 403],
    ['a bad signature (claims changed after signing)', {
      'x-amzn-oidc-data': ((t) => { const p = t.split('.'); p[1] = b64u(JSON.stringify({ sub: 'x', email: 'alice@example.edu', exp: 9999999999 })); return p.join('.'); })(token({ claims: { email: 'mallory@example.edu', sub: 'm' } })),
    }, 403],
    ['a signature by another key under the right key id', { 'x-amzn-oidc-data': token({ key: rogue.privateKey }) }, 403],
    ['another user of the identity provider', { 'x-amzn-oidc-data': token({ claims: { sub: 'b0b', email: 'bob@example.edu' } }) }, 403],
    ['an expired token', { 'x-amzn-oidc-data': token({ header: { exp: Math.floor(Date.now() / 1000) - 5 }, claims: { exp: Math.floor(Date.now() / 1000) - 5 } }) }, 403],
    ['another identity provider', { 'x-amzn-oidc-data': token({ header: { iss: 'https://evil.example.com' } }) }, 403],
    ['alg none', { 'x-amzn-oidc-data': `${b64u(JSON.stringify({ alg: 'none', kid: KID, signer: SIGNER }))}.${b64u(JSON.stringify({ sub: '2f6e0a6c-5f4b-4c62-9d7e-6a1b2c3d4e5f', exp: 9999999999 }))}.` }, 403],
    ['a key id the key server does not know', { 'x-amzn-oidc-data': token({ header: { kid: 'ffffffff-0000-4000-8000-000000000009' } }) }, 403],
  ])('refused: %s', async (_what, headers, status) => {
    if (!HAS_PYTHON) return;
    const before = forwarded();
    const r = await get(headers as Record<string, string>);
    expect(r.status).toBe(status);
    expect(forwarded()).toBe(before);
  });

  test('two token headers are refused (which one would the service see?)', async () => {
    if (!HAS_PYTHON) return;
    const before = forwarded();
    const r = await raw(`GET / HTTP/1.1\r\nHost: x\r\nx-amzn-oidc-data: ${token()}\r\nx-amzn-oidc-data: ${token({ claims: { sub: 'b0b', email: 'bob@example.edu' } })}\r\n\r\n`);
    expect(r).toMatch(/^HTTP\/1\.1 403/);
    expect(forwarded()).toBe(before);
  });

  test('a second request on the same connection never reaches the service unchecked', async () => {
    if (!HAS_PYTHON) return;
    const before = forwarded();
    const r = await raw(`GET /first HTTP/1.1\r\nHost: x\r\nx-amzn-oidc-data: ${token()}\r\n\r\nGET /second HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(r).toContain('backend saw GET /first');
    expect(r).not.toContain('/second');
    expect(received.slice(before).map((x) => x.url)).toEqual(['/first']);
  });

  test('Content-Length with Transfer-Encoding (request smuggling) is refused', async () => {
    if (!HAS_PYTHON) return;
    const before = forwarded();
    const r = await raw(`POST / HTTP/1.1\r\nHost: x\r\nx-amzn-oidc-data: ${token()}\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`);
    expect(r).toMatch(/^HTTP\/1\.1 400/);
    expect(forwarded()).toBe(before);
  });

  test('the health check path answers without a token and without reaching the service', async () => {
    if (!HAS_PYTHON) return;
    const before = forwarded();
    expect(await get({}, '/.rws-gate/health')).toEqual({ status: 200, body: 'OK\n' });
    expect((await get({}, '/.rws-gate/health/../lab')).status).toBe(401);
    expect(forwarded()).toBe(before);
  });
});

describe('rws-gate: mutation tests (a gate without the control lets the token through)', () => {
  test.each([
    ['the signer check', /^ {8}if header\.get\('signer'\) != self\.signer:\n.*\n/m, { header: { signer: SIGNER.replace('123456789012', '999999999999') } }],
    ['the signature check', /^ {8}if not verify_es256\(.*\n.*\n/m, { key: rogue.privateKey }],
    ['the identity check', /^ {8}if who is None:\n.*\n/m, { claims: { sub: 'b0b', email: 'bob@example.edu' } }],
  ])('without %s, the refused token reaches the service', async (_what, re, opts) => {
    if (!HAS_PYTHON) return;
    const src = gateCode().content;
    expect(src).toMatch(re);
    const mutated = path.join(dir, 'rws-gate-mutant');
    fs.writeFileSync(mutated, src.replace(re, '').replace('if who is None', 'if False'), { mode: 0o755 });
    const port = await freePort();
    fs.writeFileSync(path.join(dir, 'mutant.json'), JSON.stringify({ ...cfgBase, port }));
    mutant = await startGate(mutated, path.join(dir, 'mutant.json'), () => undefined);
    try {
      const saved = gatePort;
      gatePort = port;
      const r = await get({ 'x-amzn-oidc-data': token(opts as TokenOptions) });
      gatePort = saved;
      expect(r.status).toBe(200);
    } finally {
      mutant.kill();
      mutant = undefined;
    }
  });
});
