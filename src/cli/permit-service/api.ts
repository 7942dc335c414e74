import { execFile } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { Redis } from 'ioredis';
import type { ApiSettings, SecretStoreSettings } from './config';
import { RELEASE_OPENAPI_PATHS, releaseRoute } from './releases';
import { readServiceYaml, SCOPES } from './settings-schema';
import { Keys, StateStore } from './state';
import { PermitStatus } from '../../workspaces/permit';
import { readInputText } from '../../workspaces/private/input-files';

/**
 * `rws permit api`: the read-only status and connection API of the permit service (node's
 * http module, no framework). Every route but /healthz, /readyz, /metrics and /openapi.json
 * needs `Authorization: Bearer <token>`; `/connection` needs a token with the `connection` scope.
 */

/** Scopes a token may carry. */
export { SCOPES };

/** One API token: its SHA-256 and its scopes. */
export interface ApiToken {
  readonly name: string;
  readonly sha256: Buffer;
  readonly scopes: string[];
}

/**
 * Reads the token file (YAML):
 *   tokens:
 *     - { name: permit-manager, sha256: <hex of SHA-256(token)>, scopes: [status] }
 *     - { name: guacamole, token_file: /run/secrets/guac-token, scopes: [status, connection] }
 *     - { name: dev, token: <plain token>, scopes: [status] }
 */
export function readTokenFile(file: string): ApiToken[] {
  // Shape, keys and scopes: the schema (one error per problem, with line and column).
  const data = readServiceYaml(file, 'tokens');
  const list: any[] = data.tokens;
  if (list.length === 0) throw new Error(`${file}: needs "tokens:", a list of { name, sha256 | token | token_file, scopes }`);
  return list.map((t: any, i: number): ApiToken => {
    const where = `${file}: tokens[${i}]`;
    let hash: Buffer;
    if (typeof t.sha256 === 'string') hash = Buffer.from(t.sha256, 'hex');
    else if (typeof t.token === 'string' && t.token.length >= 16) hash = sha256(t.token);
    else if (typeof t.token_file === 'string') hash = sha256(readInputText(path.resolve(path.dirname(file), t.token_file), 'key').trim());
    else throw new Error(`${where} (${t.name}) needs sha256 (64 hex digits), token (at least 16 characters) or token_file`);
    return { name: t.name, sha256: hash, scopes: t.scopes.map(String) };
  });
}

function sha256(s: string): Buffer {
  return crypto.createHash('sha256').update(s, 'utf8').digest();
}

/** The token a bearer value matches: compares SHA-256 digests in constant time, every token checked. */
export function authenticate(tokens: readonly ApiToken[], header: string | undefined): ApiToken | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  const presented = sha256(m ? m[1] : '');
  let found: ApiToken | undefined;
  for (const t of tokens) {
    if (crypto.timingSafeEqual(presented, t.sha256) && m) found = found ?? t;
  }
  return found;
}

/** The secret store could not answer (a command that failed or timed out): the API answers 502. */
export class SecretStoreError extends Error {}

/**
 * Reads a password from the secret store at request time; undefined when it has none (no file,
 * or a command that succeeded with empty output). A command that fails throws SecretStoreError
 * naming its exit, never its output (which may hold the secret).
 */
export async function readSecret(s: SecretStoreSettings, permitId: string, username: string, workspace: string): Promise<string | undefined> {
  if (s.kind === 'file') {
    const file = path.join(s.dir!, permitId, username);
    try {
      return fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch {
      return undefined;
    }
  }
  if (s.kind === 'command') {
    // Each placeholder becomes (part of) one argument: no shell ever reads the values.
    const argv = s.command!.map((a) => a.replace(/\{permitId\}/g, permitId).replace(/\{username\}/g, username).replace(/\{workspace\}/g, workspace));
    return new Promise((resolve, reject) => {
      execFile(argv[0], argv.slice(1), { timeout: 10_000, maxBuffer: 65536 }, (err, stdout) => {
        if (err) {
          const how = (err as any).killed ? 'timed out after 10 s' : typeof (err as any).code === 'number' ? `exited with ${(err as any).code}` : `could not run (${(err as any).code ?? 'error'})`;
          reject(new SecretStoreError(`the secret store command ${path.basename(argv[0])} ${how}`));
          return;
        }
        const out = stdout.replace(/\r?\n$/, '');
        resolve(out === '' ? undefined : out);
      });
    });
  }
  return undefined;
}

/** Operational status of the workspace for the Permit Manager (`{"status": "RUNNING"}` and others). */
export function operationalStatus(state: { status?: string; failed?: string; applying?: unknown; workspaces?: Array<{ state: string }> }): string {
  if (state.failed) return 'FAILED';
  if (state.applying) return 'PROVISIONING';
  if (state.status === PermitStatus.DELETED) return 'DELETED';
  if (state.status === PermitStatus.ARCHIVED) return 'ARCHIVED';
  const ws = state.workspaces ?? [];
  if (ws.some((w) => w.state === 'running')) return 'RUNNING';
  if (ws.length) return 'STOPPED';
  return 'NONE';
}

/** The OpenAPI 3.1 document served at /openapi.json. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'rws permit service API', version: '1', description: 'Read-only status and connection API of the permit provisioning service (docs/permit-service.md).' },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A token of the --token-file; /connection needs the connection scope' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      Status: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['RUNNING', 'STOPPED', 'PROVISIONING', 'FAILED', 'ARCHIVED', 'DELETED', 'NONE'] }, permitStatus: { type: 'string' } } },
      Connection: {
        type: 'object',
        required: ['connection'],
        properties: {
          connection: {
            type: 'object',
            required: ['protocol', 'host', 'port', 'username'],
            properties: { protocol: { type: 'string' }, host: { type: 'string' }, port: { type: 'integer' }, username: { type: 'string' }, password: { type: 'string' } },
          },
        },
      },
      Permit: { type: 'object', properties: { permitId: { type: 'string' }, status: { type: 'string' }, previousStatus: { type: 'string' }, history: { type: 'array', items: { type: 'object' } }, errors: { type: 'array', items: { type: 'object' } } } },
    },
  },
  security: [{ bearer: [] }],
  paths: {
    '/api/v1/workspaces/{permitId}/status': {
      get: {
        summary: 'Operational status of the permit\'s workspace',
        parameters: [{ name: 'permitId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'status', content: { 'application/json': { schema: { $ref: '#/components/schemas/Status' } } } }, 401: { description: 'no or unknown token' }, 404: { description: 'unknown permit' } },
      },
    },
    '/api/v1/workspaces/{permitId}/connection': {
      get: {
        summary: 'Connection of the running workspace (password from the secret store at request time)',
        parameters: [
          { name: 'permitId', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'username', in: 'query', required: false, schema: { type: 'string' }, description: 'default: the first user of the running workspace' },
        ],
        responses: { 200: { description: 'connection', content: { 'application/json': { schema: { $ref: '#/components/schemas/Connection' } } } }, 401: { description: 'no or unknown token' }, 403: { description: 'token without the connection scope' }, 404: { description: 'unknown permit' }, 409: { description: 'no running workspace' }, 502: { description: 'the secret store command failed' } },
      },
    },
    '/api/v1/permits/{permitId}': { get: { summary: 'State, history and errors of a permit', parameters: [{ name: 'permitId', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: { description: 'permit', content: { 'application/json': { schema: { $ref: '#/components/schemas/Permit' } } } }, 404: { description: 'unknown permit' } } } },
    '/api/v1/permits': { get: { summary: 'Permits, most recently updated first', parameters: [{ name: 'offset', in: 'query', schema: { type: 'integer' } }, { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 1000 } }], responses: { 200: { description: 'permits' } } } },
    ...RELEASE_OPENAPI_PATHS,
    '/healthz': { get: { security: [], summary: 'The process is up', responses: { 200: { description: 'ok' } } } },
    '/readyz': { get: { security: [], summary: 'Redis answers', responses: { 200: { description: 'ready' }, 503: { description: 'Redis unreachable' } } } },
    '/metrics': { get: { security: [], summary: 'Prometheus metrics', responses: { 200: { description: 'text/plain; version=0.0.4' } } } },
    '/openapi.json': { get: { security: [], summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
  },
};

/** Starts the server; resolves when it listens. */
export async function startApi(s: ApiSettings, redis: Redis, tokens: readonly ApiToken[]): Promise<http.Server> {
  const store = new StateStore(redis, new Keys(s.prefix));
  const requests = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const started = Date.now();
    handle(req).then(([code, body, type]) => {
      const key = `${req.method} ${code}`;
      requests.set(key, (requests.get(key) ?? 0) + 1);
      res.writeHead(code, { 'content-type': type ?? 'application/json', 'cache-control': 'no-store', 'x-response-ms': String(Date.now() - started) });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    }, (e) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `state store unavailable: ${(e as Error).message}` }));
    });
  });

  async function handle(req: http.IncomingMessage): Promise<[number, unknown, string?]> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const p = url.pathname;
    if (req.method !== 'GET') return [405, { error: `${req.method} is not allowed: the API is read-only (GET)` }];
    if (p === '/healthz') return [200, { status: 'ok' }];
    if (p === '/readyz') {
      try {
        await redis.ping();
        return [200, { status: 'ready' }];
      } catch (e) {
        return [503, { status: 'not ready', error: (e as Error).message }];
      }
    }
    if (p === '/openapi.json') return [200, OPENAPI];
    if (p === '/metrics') return [200, await metrics(store, requests), 'text/plain; version=0.0.4'];
    const token = authenticate(tokens, req.headers.authorization);
    if (!token) return [401, { error: 'missing or unknown bearer token: send Authorization: Bearer <token> from the token file' }];
    let m = /^\/api\/v1\/workspaces\/([a-z0-9-]{1,40})\/(status|connection)$/.exec(p);
    if (m) {
      const state = await store.get(m[1]);
      const h = state ? await redis.hget(store.keys.permit(m[1]), 'workspaces') : null;
      if (!state || !state.status) return [404, { error: `permit ${m[1]} is unknown to the service` }];
      const workspaces: Array<{ role: string; state: string; protocol: string; port: number; users: string[] }> = h ? JSON.parse(h) : [];
      if (m[2] === 'status') return [200, { status: operationalStatus({ ...state, workspaces }), permitStatus: state.status }];
      if (!token.scopes.includes('connection')) return [403, { error: `token ${token.name} may not read connections: give it the connection scope in the token file` }];
      const running = workspaces.find((w) => w.state === 'running');
      if (!running) return [409, { error: `permit ${m[1]} has no running workspace (status ${state.status})` }];
      const username = url.searchParams.get('username') ?? running.users[0];
      if (!running.users.includes(username)) return [404, { error: `user ${username} has no account in the running workspace ${running.role}` }];
      const recorded = (state.connection ?? {})[running.role] ?? {};
      const host = recorded.host ?? `${running.role}.permit-${m[1]}.svc`;
      let password: string | undefined;
      try {
        password = await readSecret(s.secrets, m[1], username, running.role);
      } catch (e) {
        if (!(e instanceof SecretStoreError)) throw e;
        return [502, { error: `${e.message}; check the secrets.command of the API's --config (its output is never shown)` }];
      }
      const port = recorded.port ?? running.port;
      return [200, { connection: { protocol: running.protocol, host, port, username, ...(password !== undefined ? { password } : {}) } }];
    }
    const release = releaseRoute(s.releasesDir, p);
    if (release) return release;
    m = /^\/api\/v1\/permits\/([a-z0-9-]{1,40})$/.exec(p);
    if (m) {
      const state = await store.get(m[1]);
      if (!state) return [404, { error: `permit ${m[1]} is unknown to the service` }];
      return [200, { ...state, history: await store.history(m[1]), errors: await store.errors(m[1]) }];
    }
    if (p === '/api/v1/permits') {
      const offset = Math.max(0, Number(url.searchParams.get('offset') ?? 0) || 0);
      const limit = Math.min(1000, Math.max(1, Number(url.searchParams.get('limit') ?? 100) || 100));
      const ids = await store.list(offset, limit);
      const items = [];
      for (const id of ids) {
        const st = await store.get(id);
        if (!st?.status) continue;
        items.push({ permitId: id, status: st.status, previousStatus: st.previousStatus, updatedAt: st.updatedAt, failed: st.failed });
      }
      return [200, { permits: items, offset, limit }];
    }
    return [404, { error: `no route ${p}; see /openapi.json` }];
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(s.port, s.host, () => resolve());
  });
  return server;
}

async function metrics(store: StateStore, requests: Map<string, number>): Promise<string> {
  const lines: string[] = [];
  const counters = await store.redis.hgetall(store.keys.metrics());
  for (const [k, v] of Object.entries(counters).sort()) {
    lines.push(`# TYPE rws_permit_${k}_total counter`, `rws_permit_${k}_total ${Number(v)}`);
  }
  const ids = await store.redis.zrange(store.keys.permits(), 0, -1);
  const byStatus = new Map<string, number>();
  let failed = 0;
  for (const id of ids) {
    const [status, f] = await store.redis.hmget(store.keys.permit(id), 'status', 'failed');
    if (status) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    if (f) failed++;
  }
  lines.push('# TYPE rws_permits gauge');
  for (const [st, n] of [...byStatus].sort()) lines.push(`rws_permits{status="${st}"} ${n}`);
  lines.push('# TYPE rws_permits_failed gauge', `rws_permits_failed ${failed}`);
  const workers = await store.redis.zcount(store.keys.workers(), Date.now() - 5000, '+inf');
  lines.push('# TYPE rws_permit_workers gauge', `rws_permit_workers ${workers}`);
  lines.push('# TYPE rws_permit_api_requests_total counter');
  for (const [k, n] of [...requests].sort()) {
    const [method, code] = k.split(' ');
    lines.push(`rws_permit_api_requests_total{method="${method}",code="${code}"} ${n}`);
  }
  return `${lines.join('\n')}\n`;
}
