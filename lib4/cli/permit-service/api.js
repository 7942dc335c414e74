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
exports.OPENAPI = exports.SecretStoreError = exports.SCOPES = void 0;
exports.readTokenFile = readTokenFile;
exports.authenticate = authenticate;
exports.readSecret = readSecret;
exports.operationalStatus = operationalStatus;
exports.startApi = startApi;
const child_process_1 = require("child_process");
const crypto = __importStar(require("crypto"));
const fs = __importStar(require("fs"));
const http = __importStar(require("http"));
const path = __importStar(require("path"));
const releases_1 = require("./releases");
const settings_schema_1 = require("./settings-schema");
Object.defineProperty(exports, "SCOPES", { enumerable: true, get: function () { return settings_schema_1.SCOPES; } });
const state_1 = require("./state");
const permit_1 = require("../../workspaces/permit");
const input_files_1 = require("../../workspaces/private/input-files");
/**
 * Reads the token file (YAML):
 *   tokens:
 *     - { name: permit-manager, sha256: <hex of SHA-256(token)>, scopes: [status] }
 *     - { name: guacamole, token_file: /run/secrets/guac-token, scopes: [status, connection] }
 *     - { name: dev, token: <plain token>, scopes: [status] }
 */
function readTokenFile(file) {
    // Shape, keys and scopes: the schema (one error per problem, with line and column).
    const data = (0, settings_schema_1.readServiceYaml)(file, 'tokens');
    const list = data.tokens;
    if (list.length === 0)
        throw new Error(`${file}: needs "tokens:", a list of { name, sha256 | token | token_file, scopes }`);
    return list.map((t, i) => {
        const where = `${file}: tokens[${i}]`;
        let hash;
        if (typeof t.sha256 === 'string')
            hash = Buffer.from(t.sha256, 'hex');
        else if (typeof t.token === 'string' && t.token.length >= 16)
            hash = sha256(t.token);
        else if (typeof t.token_file === 'string')
            hash = sha256((0, input_files_1.readInputText)(path.resolve(path.dirname(file), t.token_file), 'key').trim());
        else
            throw new Error(`${where} (${t.name}) needs sha256 (64 hex digits), token (at least 16 characters) or token_file`);
        return { name: t.name, sha256: hash, scopes: t.scopes.map(String) };
    });
}
function sha256(s) {
    return crypto.createHash('sha256').update(s, 'utf8').digest();
}
/** The token a bearer value matches: compares SHA-256 digests in constant time, every token checked. */
function authenticate(tokens, header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    const presented = sha256(m ? m[1] : '');
    let found;
    for (const t of tokens) {
        if (crypto.timingSafeEqual(presented, t.sha256) && m)
            found = found ?? t;
    }
    return found;
}
/** The secret store could not answer (a command that failed or timed out): the API answers 502. */
class SecretStoreError extends Error {
}
exports.SecretStoreError = SecretStoreError;
/**
 * Reads a password from the secret store at request time; undefined when it has none (no file,
 * or a command that succeeded with empty output). A command that fails throws SecretStoreError
 * naming its exit, never its output (which may hold the secret).
 */
async function readSecret(s, permitId, username, workspace) {
    if (s.kind === 'file') {
        const file = path.join(s.dir, permitId, username);
        try {
            return fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
        }
        catch {
            return undefined;
        }
    }
    if (s.kind === 'command') {
        // Each placeholder becomes (part of) one argument: no shell ever reads the values.
        const argv = s.command.map((a) => a.replace(/\{permitId\}/g, permitId).replace(/\{username\}/g, username).replace(/\{workspace\}/g, workspace));
        return new Promise((resolve, reject) => {
            (0, child_process_1.execFile)(argv[0], argv.slice(1), { timeout: 10_000, maxBuffer: 65536 }, (err, stdout) => {
                if (err) {
                    const how = err.killed ? 'timed out after 10 s' : typeof err.code === 'number' ? `exited with ${err.code}` : `could not run (${err.code ?? 'error'})`;
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
function operationalStatus(state) {
    if (state.failed)
        return 'FAILED';
    if (state.applying)
        return 'PROVISIONING';
    if (state.status === permit_1.PermitStatus.DELETED)
        return 'DELETED';
    if (state.status === permit_1.PermitStatus.ARCHIVED)
        return 'ARCHIVED';
    const ws = state.workspaces ?? [];
    if (ws.some((w) => w.state === 'running'))
        return 'RUNNING';
    if (ws.length)
        return 'STOPPED';
    return 'NONE';
}
/** The OpenAPI 3.1 document served at /openapi.json. */
exports.OPENAPI = {
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
        ...releases_1.RELEASE_OPENAPI_PATHS,
        '/healthz': { get: { security: [], summary: 'The process is up', responses: { 200: { description: 'ok' } } } },
        '/readyz': { get: { security: [], summary: 'Redis answers', responses: { 200: { description: 'ready' }, 503: { description: 'Redis unreachable' } } } },
        '/metrics': { get: { security: [], summary: 'Prometheus metrics', responses: { 200: { description: 'text/plain; version=0.0.4' } } } },
        '/openapi.json': { get: { security: [], summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
};
/** Starts the server; resolves when it listens. */
async function startApi(s, redis, tokens) {
    const store = new state_1.StateStore(redis, new state_1.Keys(s.prefix));
    const requests = new Map();
    const server = http.createServer((req, res) => {
        const started = Date.now();
        handle(req).then(([code, body, type]) => {
            const key = `${req.method} ${code}`;
            requests.set(key, (requests.get(key) ?? 0) + 1);
            res.writeHead(code, { 'content-type': type ?? 'application/json', 'cache-control': 'no-store', 'x-response-ms': String(Date.now() - started) });
            res.end(typeof body === 'string' ? body : JSON.stringify(body));
        }, (e) => {
            res.writeHead(503, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ error: `state store unavailable: ${e.message}` }));
        });
    });
    async function handle(req) {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const p = url.pathname;
        if (req.method !== 'GET')
            return [405, { error: `${req.method} is not allowed: the API is read-only (GET)` }];
        if (p === '/healthz')
            return [200, { status: 'ok' }];
        if (p === '/readyz') {
            try {
                await redis.ping();
                return [200, { status: 'ready' }];
            }
            catch (e) {
                return [503, { status: 'not ready', error: e.message }];
            }
        }
        if (p === '/openapi.json')
            return [200, exports.OPENAPI];
        if (p === '/metrics')
            return [200, await metrics(store, requests), 'text/plain; version=0.0.4'];
        const token = authenticate(tokens, req.headers.authorization);
        if (!token)
            return [401, { error: 'missing or unknown bearer token: send Authorization: Bearer <token> from the token file' }];
        let m = /^\/api\/v1\/workspaces\/([a-z0-9-]{1,40})\/(status|connection)$/.exec(p);
        if (m) {
            const state = await store.get(m[1]);
            const h = state ? await redis.hget(store.keys.permit(m[1]), 'workspaces') : null;
            if (!state || !state.status)
                return [404, { error: `permit ${m[1]} is unknown to the service` }];
            const workspaces = h ? JSON.parse(h) : [];
            if (m[2] === 'status')
                return [200, { status: operationalStatus({ ...state, workspaces }), permitStatus: state.status }];
            if (!token.scopes.includes('connection'))
                return [403, { error: `token ${token.name} may not read connections: give it the connection scope in the token file` }];
            const running = workspaces.find((w) => w.state === 'running');
            if (!running)
                return [409, { error: `permit ${m[1]} has no running workspace (status ${state.status})` }];
            const username = url.searchParams.get('username') ?? running.users[0];
            if (!running.users.includes(username))
                return [404, { error: `user ${username} has no account in the running workspace ${running.role}` }];
            const recorded = (state.connection ?? {})[running.role] ?? {};
            const host = recorded.host ?? `${running.role}.permit-${m[1]}.svc`;
            let password;
            try {
                password = await readSecret(s.secrets, m[1], username, running.role);
            }
            catch (e) {
                if (!(e instanceof SecretStoreError))
                    throw e;
                return [502, { error: `${e.message}; check the secrets.command of the API's --config (its output is never shown)` }];
            }
            const port = recorded.port ?? running.port;
            return [200, { connection: { protocol: running.protocol, host, port, username, ...(password !== undefined ? { password } : {}) } }];
        }
        const release = (0, releases_1.releaseRoute)(s.releasesDir, p);
        if (release)
            return release;
        m = /^\/api\/v1\/permits\/([a-z0-9-]{1,40})$/.exec(p);
        if (m) {
            const state = await store.get(m[1]);
            if (!state)
                return [404, { error: `permit ${m[1]} is unknown to the service` }];
            return [200, { ...state, history: await store.history(m[1]), errors: await store.errors(m[1]) }];
        }
        if (p === '/api/v1/permits') {
            const offset = Math.max(0, Number(url.searchParams.get('offset') ?? 0) || 0);
            const limit = Math.min(1000, Math.max(1, Number(url.searchParams.get('limit') ?? 100) || 100));
            const ids = await store.list(offset, limit);
            const items = [];
            for (const id of ids) {
                const st = await store.get(id);
                if (!st?.status)
                    continue;
                items.push({ permitId: id, status: st.status, previousStatus: st.previousStatus, updatedAt: st.updatedAt, failed: st.failed });
            }
            return [200, { permits: items, offset, limit }];
        }
        return [404, { error: `no route ${p}; see /openapi.json` }];
    }
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(s.port, s.host, () => resolve());
    });
    return server;
}
async function metrics(store, requests) {
    const lines = [];
    const counters = await store.redis.hgetall(store.keys.metrics());
    for (const [k, v] of Object.entries(counters).sort()) {
        lines.push(`# TYPE rws_permit_${k}_total counter`, `rws_permit_${k}_total ${Number(v)}`);
    }
    const ids = await store.redis.zrange(store.keys.permits(), 0, -1);
    const byStatus = new Map();
    let failed = 0;
    for (const id of ids) {
        const [status, f] = await store.redis.hmget(store.keys.permit(id), 'status', 'failed');
        if (status)
            byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
        if (f)
            failed++;
    }
    lines.push('# TYPE rws_permits gauge');
    for (const [st, n] of [...byStatus].sort())
        lines.push(`rws_permits{status="${st}"} ${n}`);
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiYXBpLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL2NsaS9wZXJtaXQtc2VydmljZS9hcGkudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBb0NBLHNDQWNDO0FBT0Qsb0NBUUM7QUFVRCxnQ0F5QkM7QUFHRCw4Q0FTQztBQXVERCw0QkFxRkM7QUE1UEQsaURBQXlDO0FBQ3pDLCtDQUFpQztBQUNqQyx1Q0FBeUI7QUFDekIsMkNBQTZCO0FBQzdCLDJDQUE2QjtBQUc3Qix5Q0FBaUU7QUFDakUsdURBQTREO0FBWW5ELHVGQVppQix3QkFBTSxPQVlqQjtBQVhmLG1DQUEyQztBQUMzQyxvREFBdUQ7QUFDdkQsc0VBQXFFO0FBa0JyRTs7Ozs7O0dBTUc7QUFDSCxTQUFnQixhQUFhLENBQUMsSUFBWTtJQUN4QyxvRkFBb0Y7SUFDcEYsTUFBTSxJQUFJLEdBQUcsSUFBQSxpQ0FBZSxFQUFDLElBQUksRUFBRSxRQUFRLENBQUMsQ0FBQztJQUM3QyxNQUFNLElBQUksR0FBVSxJQUFJLENBQUMsTUFBTSxDQUFDO0lBQ2hDLElBQUksSUFBSSxDQUFDLE1BQU0sS0FBSyxDQUFDO1FBQUUsTUFBTSxJQUFJLEtBQUssQ0FBQyxHQUFHLElBQUksNEVBQTRFLENBQUMsQ0FBQztJQUM1SCxPQUFPLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFNLEVBQUUsQ0FBUyxFQUFZLEVBQUU7UUFDOUMsTUFBTSxLQUFLLEdBQUcsR0FBRyxJQUFJLFlBQVksQ0FBQyxHQUFHLENBQUM7UUFDdEMsSUFBSSxJQUFZLENBQUM7UUFDakIsSUFBSSxPQUFPLENBQUMsQ0FBQyxNQUFNLEtBQUssUUFBUTtZQUFFLElBQUksR0FBRyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUM7YUFDakUsSUFBSSxPQUFPLENBQUMsQ0FBQyxLQUFLLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLENBQUMsTUFBTSxJQUFJLEVBQUU7WUFBRSxJQUFJLEdBQUcsTUFBTSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQzthQUNoRixJQUFJLE9BQU8sQ0FBQyxDQUFDLFVBQVUsS0FBSyxRQUFRO1lBQUUsSUFBSSxHQUFHLE1BQU0sQ0FBQyxJQUFBLDJCQUFhLEVBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxVQUFVLENBQUMsRUFBRSxLQUFLLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDOztZQUNqSSxNQUFNLElBQUksS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsQ0FBQyxJQUFJLDhFQUE4RSxDQUFDLENBQUM7UUFDeEgsT0FBTyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7SUFDdEUsQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQsU0FBUyxNQUFNLENBQUMsQ0FBUztJQUN2QixPQUFPLE1BQU0sQ0FBQyxVQUFVLENBQUMsUUFBUSxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsRUFBRSxNQUFNLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQztBQUNoRSxDQUFDO0FBRUQsd0dBQXdHO0FBQ3hHLFNBQWdCLFlBQVksQ0FBQyxNQUEyQixFQUFFLE1BQTBCO0lBQ2xGLE1BQU0sQ0FBQyxHQUFHLG1CQUFtQixDQUFDLElBQUksQ0FBQyxNQUFNLElBQUksRUFBRSxDQUFDLENBQUM7SUFDakQsTUFBTSxTQUFTLEdBQUcsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUN4QyxJQUFJLEtBQTJCLENBQUM7SUFDaEMsS0FBSyxNQUFNLENBQUMsSUFBSSxNQUFNLEVBQUUsQ0FBQztRQUN2QixJQUFJLE1BQU0sQ0FBQyxlQUFlLENBQUMsU0FBUyxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDO1lBQUUsS0FBSyxHQUFHLEtBQUssSUFBSSxDQUFDLENBQUM7SUFDM0UsQ0FBQztJQUNELE9BQU8sS0FBSyxDQUFDO0FBQ2YsQ0FBQztBQUVELG1HQUFtRztBQUNuRyxNQUFhLGdCQUFpQixTQUFRLEtBQUs7Q0FBRztBQUE5Qyw0Q0FBOEM7QUFFOUM7Ozs7R0FJRztBQUNJLEtBQUssVUFBVSxVQUFVLENBQUMsQ0FBc0IsRUFBRSxRQUFnQixFQUFFLFFBQWdCLEVBQUUsU0FBaUI7SUFDNUcsSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLE1BQU0sRUFBRSxDQUFDO1FBQ3RCLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEdBQUksRUFBRSxRQUFRLEVBQUUsUUFBUSxDQUFDLENBQUM7UUFDbkQsSUFBSSxDQUFDO1lBQ0gsT0FBTyxFQUFFLENBQUMsWUFBWSxDQUFDLElBQUksRUFBRSxNQUFNLENBQUMsQ0FBQyxPQUFPLENBQUMsUUFBUSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQzdELENBQUM7UUFBQyxNQUFNLENBQUM7WUFDUCxPQUFPLFNBQVMsQ0FBQztRQUNuQixDQUFDO0lBQ0gsQ0FBQztJQUNELElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyxTQUFTLEVBQUUsQ0FBQztRQUN6QixtRkFBbUY7UUFDbkYsTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDLE9BQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsZUFBZSxFQUFFLFFBQVEsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxlQUFlLEVBQUUsUUFBUSxDQUFDLENBQUMsT0FBTyxDQUFDLGdCQUFnQixFQUFFLFNBQVMsQ0FBQyxDQUFDLENBQUM7UUFDakosT0FBTyxJQUFJLE9BQU8sQ0FBQyxDQUFDLE9BQU8sRUFBRSxNQUFNLEVBQUUsRUFBRTtZQUNyQyxJQUFBLHdCQUFRLEVBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxPQUFPLEVBQUUsTUFBTSxFQUFFLFNBQVMsRUFBRSxLQUFLLEVBQUUsRUFBRSxDQUFDLEdBQUcsRUFBRSxNQUFNLEVBQUUsRUFBRTtnQkFDdEYsSUFBSSxHQUFHLEVBQUUsQ0FBQztvQkFDUixNQUFNLEdBQUcsR0FBSSxHQUFXLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxzQkFBc0IsQ0FBQyxDQUFDLENBQUMsT0FBUSxHQUFXLENBQUMsSUFBSSxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsZUFBZ0IsR0FBVyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxrQkFBbUIsR0FBVyxDQUFDLElBQUksSUFBSSxPQUFPLEdBQUcsQ0FBQztvQkFDMUwsTUFBTSxDQUFDLElBQUksZ0JBQWdCLENBQUMsNEJBQTRCLElBQUksQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksR0FBRyxFQUFFLENBQUMsQ0FBQyxDQUFDO29CQUMxRixPQUFPO2dCQUNULENBQUM7Z0JBQ0QsTUFBTSxHQUFHLEdBQUcsTUFBTSxDQUFDLE9BQU8sQ0FBQyxRQUFRLEVBQUUsRUFBRSxDQUFDLENBQUM7Z0JBQ3pDLE9BQU8sQ0FBQyxHQUFHLEtBQUssRUFBRSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1lBQ3hDLENBQUMsQ0FBQyxDQUFDO1FBQ0wsQ0FBQyxDQUFDLENBQUM7SUFDTCxDQUFDO0lBQ0QsT0FBTyxTQUFTLENBQUM7QUFDbkIsQ0FBQztBQUVELHVHQUF1RztBQUN2RyxTQUFnQixpQkFBaUIsQ0FBQyxLQUFzRztJQUN0SSxJQUFJLEtBQUssQ0FBQyxNQUFNO1FBQUUsT0FBTyxRQUFRLENBQUM7SUFDbEMsSUFBSSxLQUFLLENBQUMsUUFBUTtRQUFFLE9BQU8sY0FBYyxDQUFDO0lBQzFDLElBQUksS0FBSyxDQUFDLE1BQU0sS0FBSyxxQkFBWSxDQUFDLE9BQU87UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUM1RCxJQUFJLEtBQUssQ0FBQyxNQUFNLEtBQUsscUJBQVksQ0FBQyxRQUFRO1FBQUUsT0FBTyxVQUFVLENBQUM7SUFDOUQsTUFBTSxFQUFFLEdBQUcsS0FBSyxDQUFDLFVBQVUsSUFBSSxFQUFFLENBQUM7SUFDbEMsSUFBSSxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsS0FBSyxLQUFLLFNBQVMsQ0FBQztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQzVELElBQUksRUFBRSxDQUFDLE1BQU07UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUNoQyxPQUFPLE1BQU0sQ0FBQztBQUNoQixDQUFDO0FBRUQsd0RBQXdEO0FBQzNDLFFBQUEsT0FBTyxHQUFHO0lBQ3JCLE9BQU8sRUFBRSxPQUFPO0lBQ2hCLElBQUksRUFBRSxFQUFFLEtBQUssRUFBRSx3QkFBd0IsRUFBRSxPQUFPLEVBQUUsR0FBRyxFQUFFLFdBQVcsRUFBRSxrR0FBa0csRUFBRTtJQUN4SyxVQUFVLEVBQUU7UUFDVixlQUFlLEVBQUUsRUFBRSxNQUFNLEVBQUUsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLE1BQU0sRUFBRSxRQUFRLEVBQUUsV0FBVyxFQUFFLHFFQUFxRSxFQUFFLEVBQUU7UUFDbkosT0FBTyxFQUFFO1lBQ1AsS0FBSyxFQUFFLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxRQUFRLEVBQUUsQ0FBQyxPQUFPLENBQUMsRUFBRSxVQUFVLEVBQUUsRUFBRSxLQUFLLEVBQUUsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEVBQUUsRUFBRTtZQUN6RixNQUFNLEVBQUUsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLFFBQVEsRUFBRSxDQUFDLFFBQVEsQ0FBQyxFQUFFLFVBQVUsRUFBRSxFQUFFLE1BQU0sRUFBRSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLENBQUMsU0FBUyxFQUFFLFNBQVMsRUFBRSxjQUFjLEVBQUUsUUFBUSxFQUFFLFVBQVUsRUFBRSxTQUFTLEVBQUUsTUFBTSxDQUFDLEVBQUUsRUFBRSxZQUFZLEVBQUUsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEVBQUUsRUFBRTtZQUNyTixVQUFVLEVBQUU7Z0JBQ1YsSUFBSSxFQUFFLFFBQVE7Z0JBQ2QsUUFBUSxFQUFFLENBQUMsWUFBWSxDQUFDO2dCQUN4QixVQUFVLEVBQUU7b0JBQ1YsVUFBVSxFQUFFO3dCQUNWLElBQUksRUFBRSxRQUFRO3dCQUNkLFFBQVEsRUFBRSxDQUFDLFVBQVUsRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLFVBQVUsQ0FBQzt3QkFDbEQsVUFBVSxFQUFFLEVBQUUsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsRUFBRSxJQUFJLEVBQUUsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLEVBQUUsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxFQUFFLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsRUFBRTtxQkFDOUo7aUJBQ0Y7YUFDRjtZQUNELE1BQU0sRUFBRSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsVUFBVSxFQUFFLEVBQUUsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxFQUFFLE1BQU0sRUFBRSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsRUFBRSxjQUFjLEVBQUUsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEVBQUUsT0FBTyxFQUFFLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxLQUFLLEVBQUUsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLEtBQUssRUFBRSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsRUFBRSxFQUFFLEVBQUU7U0FDdFA7S0FDRjtJQUNELFFBQVEsRUFBRSxDQUFDLEVBQUUsTUFBTSxFQUFFLEVBQUUsRUFBRSxDQUFDO0lBQzFCLEtBQUssRUFBRTtRQUNMLHNDQUFzQyxFQUFFO1lBQ3RDLEdBQUcsRUFBRTtnQkFDSCxPQUFPLEVBQUUsK0NBQStDO2dCQUN4RCxVQUFVLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsRUFBRSxFQUFFLE1BQU0sRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsRUFBRSxDQUFDO2dCQUMxRixTQUFTLEVBQUUsRUFBRSxHQUFHLEVBQUUsRUFBRSxXQUFXLEVBQUUsUUFBUSxFQUFFLE9BQU8sRUFBRSxFQUFFLGtCQUFrQixFQUFFLEVBQUUsTUFBTSxFQUFFLEVBQUUsSUFBSSxFQUFFLDZCQUE2QixFQUFFLEVBQUUsRUFBRSxFQUFFLEVBQUUsR0FBRyxFQUFFLEVBQUUsV0FBVyxFQUFFLHFCQUFxQixFQUFFLEVBQUUsR0FBRyxFQUFFLEVBQUUsV0FBVyxFQUFFLGdCQUFnQixFQUFFLEVBQUU7YUFDek47U0FDRjtRQUNELDBDQUEwQyxFQUFFO1lBQzFDLEdBQUcsRUFBRTtnQkFDSCxPQUFPLEVBQUUsc0ZBQXNGO2dCQUMvRixVQUFVLEVBQUU7b0JBQ1YsRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEVBQUU7b0JBQzVFLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxFQUFFLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxFQUFFLFdBQVcsRUFBRSxrREFBa0QsRUFBRTtpQkFDaEo7Z0JBQ0QsU0FBUyxFQUFFLEVBQUUsR0FBRyxFQUFFLEVBQUUsV0FBVyxFQUFFLFlBQVksRUFBRSxPQUFPLEVBQUUsRUFBRSxrQkFBa0IsRUFBRSxFQUFFLE1BQU0sRUFBRSxFQUFFLElBQUksRUFBRSxpQ0FBaUMsRUFBRSxFQUFFLEVBQUUsRUFBRSxFQUFFLEdBQUcsRUFBRSxFQUFFLFdBQVcsRUFBRSxxQkFBcUIsRUFBRSxFQUFFLEdBQUcsRUFBRSxFQUFFLFdBQVcsRUFBRSxvQ0FBb0MsRUFBRSxFQUFFLEdBQUcsRUFBRSxFQUFFLFdBQVcsRUFBRSxnQkFBZ0IsRUFBRSxFQUFFLEdBQUcsRUFBRSxFQUFFLFdBQVcsRUFBRSxzQkFBc0IsRUFBRSxFQUFFLEdBQUcsRUFBRSxFQUFFLFdBQVcsRUFBRSxpQ0FBaUMsRUFBRSxFQUFFO2FBQ3BZO1NBQ0Y7UUFDRCw0QkFBNEIsRUFBRSxFQUFFLEdBQUcsRUFBRSxFQUFFLE9BQU8sRUFBRSx1Q0FBdUMsRUFBRSxVQUFVLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsRUFBRSxFQUFFLE1BQU0sRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsRUFBRSxDQUFDLEVBQUUsU0FBUyxFQUFFLEVBQUUsR0FBRyxFQUFFLEVBQUUsV0FBVyxFQUFFLFFBQVEsRUFBRSxPQUFPLEVBQUUsRUFBRSxrQkFBa0IsRUFBRSxFQUFFLE1BQU0sRUFBRSxFQUFFLElBQUksRUFBRSw2QkFBNkIsRUFBRSxFQUFFLEVBQUUsRUFBRSxFQUFFLEdBQUcsRUFBRSxFQUFFLFdBQVcsRUFBRSxnQkFBZ0IsRUFBRSxFQUFFLEVBQUUsRUFBRTtRQUNwVyxpQkFBaUIsRUFBRSxFQUFFLEdBQUcsRUFBRSxFQUFFLE9BQU8sRUFBRSxzQ0FBc0MsRUFBRSxVQUFVLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLEVBQUUsRUFBRSxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsRUFBRSxDQUFDLEVBQUUsU0FBUyxFQUFFLEVBQUUsR0FBRyxFQUFFLEVBQUUsV0FBVyxFQUFFLFNBQVMsRUFBRSxFQUFFLEVBQUUsRUFBRTtRQUN2UixHQUFHLGdDQUFxQjtRQUN4QixVQUFVLEVBQUUsRUFBRSxHQUFHLEVBQUUsRUFBRSxRQUFRLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxtQkFBbUIsRUFBRSxTQUFTLEVBQUUsRUFBRSxHQUFHLEVBQUUsRUFBRSxXQUFXLEVBQUUsSUFBSSxFQUFFLEVBQUUsRUFBRSxFQUFFO1FBQzlHLFNBQVMsRUFBRSxFQUFFLEdBQUcsRUFBRSxFQUFFLFFBQVEsRUFBRSxFQUFFLEVBQUUsT0FBTyxFQUFFLGVBQWUsRUFBRSxTQUFTLEVBQUUsRUFBRSxHQUFHLEVBQUUsRUFBRSxXQUFXLEVBQUUsT0FBTyxFQUFFLEVBQUUsR0FBRyxFQUFFLEVBQUUsV0FBVyxFQUFFLG1CQUFtQixFQUFFLEVBQUUsRUFBRSxFQUFFO1FBQ3ZKLFVBQVUsRUFBRSxFQUFFLEdBQUcsRUFBRSxFQUFFLFFBQVEsRUFBRSxFQUFFLEVBQUUsT0FBTyxFQUFFLG9CQUFvQixFQUFFLFNBQVMsRUFBRSxFQUFFLEdBQUcsRUFBRSxFQUFFLFdBQVcsRUFBRSwyQkFBMkIsRUFBRSxFQUFFLEVBQUUsRUFBRTtRQUN0SSxlQUFlLEVBQUUsRUFBRSxHQUFHLEVBQUUsRUFBRSxRQUFRLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxlQUFlLEVBQUUsU0FBUyxFQUFFLEVBQUUsR0FBRyxFQUFFLEVBQUUsV0FBVyxFQUFFLGFBQWEsRUFBRSxFQUFFLEVBQUUsRUFBRTtLQUN6SDtDQUNGLENBQUM7QUFFRixtREFBbUQ7QUFDNUMsS0FBSyxVQUFVLFFBQVEsQ0FBQyxDQUFjLEVBQUUsS0FBWSxFQUFFLE1BQTJCO0lBQ3RGLE1BQU0sS0FBSyxHQUFHLElBQUksa0JBQVUsQ0FBQyxLQUFLLEVBQUUsSUFBSSxZQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUM7SUFDeEQsTUFBTSxRQUFRLEdBQUcsSUFBSSxHQUFHLEVBQWtCLENBQUM7SUFDM0MsTUFBTSxNQUFNLEdBQUcsSUFBSSxDQUFDLFlBQVksQ0FBQyxDQUFDLEdBQUcsRUFBRSxHQUFHLEVBQUUsRUFBRTtRQUM1QyxNQUFNLE9BQU8sR0FBRyxJQUFJLENBQUMsR0FBRyxFQUFFLENBQUM7UUFDM0IsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxFQUFFO1lBQ3RDLE1BQU0sR0FBRyxHQUFHLEdBQUcsR0FBRyxDQUFDLE1BQU0sSUFBSSxJQUFJLEVBQUUsQ0FBQztZQUNwQyxRQUFRLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7WUFDaEQsR0FBRyxDQUFDLFNBQVMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxjQUFjLEVBQUUsSUFBSSxJQUFJLGtCQUFrQixFQUFFLGVBQWUsRUFBRSxVQUFVLEVBQUUsZUFBZSxFQUFFLE1BQU0sQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLEdBQUcsT0FBTyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQ2hKLEdBQUcsQ0FBQyxHQUFHLENBQUMsT0FBTyxJQUFJLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztRQUNsRSxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRTtZQUNQLEdBQUcsQ0FBQyxTQUFTLENBQUMsR0FBRyxFQUFFLEVBQUUsY0FBYyxFQUFFLGtCQUFrQixFQUFFLENBQUMsQ0FBQztZQUMzRCxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsRUFBRSxLQUFLLEVBQUUsNEJBQTZCLENBQVcsQ0FBQyxPQUFPLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUN6RixDQUFDLENBQUMsQ0FBQztJQUNMLENBQUMsQ0FBQyxDQUFDO0lBRUgsS0FBSyxVQUFVLE1BQU0sQ0FBQyxHQUF5QjtRQUM3QyxNQUFNLEdBQUcsR0FBRyxJQUFJLEdBQUcsQ0FBQyxHQUFHLENBQUMsR0FBRyxJQUFJLEdBQUcsRUFBRSxrQkFBa0IsQ0FBQyxDQUFDO1FBQ3hELE1BQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxRQUFRLENBQUM7UUFDdkIsSUFBSSxHQUFHLENBQUMsTUFBTSxLQUFLLEtBQUs7WUFBRSxPQUFPLENBQUMsR0FBRyxFQUFFLEVBQUUsS0FBSyxFQUFFLEdBQUcsR0FBRyxDQUFDLE1BQU0sNkNBQTZDLEVBQUUsQ0FBQyxDQUFDO1FBQzlHLElBQUksQ0FBQyxLQUFLLFVBQVU7WUFBRSxPQUFPLENBQUMsR0FBRyxFQUFFLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7UUFDckQsSUFBSSxDQUFDLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDcEIsSUFBSSxDQUFDO2dCQUNILE1BQU0sS0FBSyxDQUFDLElBQUksRUFBRSxDQUFDO2dCQUNuQixPQUFPLENBQUMsR0FBRyxFQUFFLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUM7WUFDcEMsQ0FBQztZQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7Z0JBQ1gsT0FBTyxDQUFDLEdBQUcsRUFBRSxFQUFFLE1BQU0sRUFBRSxXQUFXLEVBQUUsS0FBSyxFQUFHLENBQVcsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDO1lBQ3JFLENBQUM7UUFDSCxDQUFDO1FBQ0QsSUFBSSxDQUFDLEtBQUssZUFBZTtZQUFFLE9BQU8sQ0FBQyxHQUFHLEVBQUUsZUFBTyxDQUFDLENBQUM7UUFDakQsSUFBSSxDQUFDLEtBQUssVUFBVTtZQUFFLE9BQU8sQ0FBQyxHQUFHLEVBQUUsTUFBTSxPQUFPLENBQUMsS0FBSyxFQUFFLFFBQVEsQ0FBQyxFQUFFLDJCQUEyQixDQUFDLENBQUM7UUFDaEcsTUFBTSxLQUFLLEdBQUcsWUFBWSxDQUFDLE1BQU0sRUFBRSxHQUFHLENBQUMsT0FBTyxDQUFDLGFBQWEsQ0FBQyxDQUFDO1FBQzlELElBQUksQ0FBQyxLQUFLO1lBQUUsT0FBTyxDQUFDLEdBQUcsRUFBRSxFQUFFLEtBQUssRUFBRSx5RkFBeUYsRUFBRSxDQUFDLENBQUM7UUFDL0gsSUFBSSxDQUFDLEdBQUcsaUVBQWlFLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ2xGLElBQUksQ0FBQyxFQUFFLENBQUM7WUFDTixNQUFNLEtBQUssR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDcEMsTUFBTSxDQUFDLEdBQUcsS0FBSyxDQUFDLENBQUMsQ0FBQyxNQUFNLEtBQUssQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztZQUNqRixJQUFJLENBQUMsS0FBSyxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU07Z0JBQUUsT0FBTyxDQUFDLEdBQUcsRUFBRSxFQUFFLEtBQUssRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUMsNEJBQTRCLEVBQUUsQ0FBQyxDQUFDO1lBQ2pHLE1BQU0sVUFBVSxHQUE0RixDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUNuSSxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxRQUFRO2dCQUFFLE9BQU8sQ0FBQyxHQUFHLEVBQUUsRUFBRSxNQUFNLEVBQUUsaUJBQWlCLENBQUMsRUFBRSxHQUFHLEtBQUssRUFBRSxVQUFVLEVBQUUsQ0FBQyxFQUFFLFlBQVksRUFBRSxLQUFLLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQztZQUN6SCxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxRQUFRLENBQUMsWUFBWSxDQUFDO2dCQUFFLE9BQU8sQ0FBQyxHQUFHLEVBQUUsRUFBRSxLQUFLLEVBQUUsU0FBUyxLQUFLLENBQUMsSUFBSSwyRUFBMkUsRUFBRSxDQUFDLENBQUM7WUFDbEssTUFBTSxPQUFPLEdBQUcsVUFBVSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztZQUM5RCxJQUFJLENBQUMsT0FBTztnQkFBRSxPQUFPLENBQUMsR0FBRyxFQUFFLEVBQUUsS0FBSyxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxxQ0FBcUMsS0FBSyxDQUFDLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQztZQUMxRyxNQUFNLFFBQVEsR0FBRyxHQUFHLENBQUMsWUFBWSxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsSUFBSSxPQUFPLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3RFLElBQUksQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUM7Z0JBQUUsT0FBTyxDQUFDLEdBQUcsRUFBRSxFQUFFLEtBQUssRUFBRSxRQUFRLFFBQVEsNENBQTRDLE9BQU8sQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDLENBQUM7WUFDM0ksTUFBTSxRQUFRLEdBQUcsQ0FBQyxLQUFLLENBQUMsVUFBVSxJQUFJLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDOUQsTUFBTSxJQUFJLEdBQUcsUUFBUSxDQUFDLElBQUksSUFBSSxHQUFHLE9BQU8sQ0FBQyxJQUFJLFdBQVcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUM7WUFDbkUsSUFBSSxRQUE0QixDQUFDO1lBQ2pDLElBQUksQ0FBQztnQkFDSCxRQUFRLEdBQUcsTUFBTSxVQUFVLENBQUMsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsUUFBUSxFQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUN2RSxDQUFDO1lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztnQkFDWCxJQUFJLENBQUMsQ0FBQyxDQUFDLFlBQVksZ0JBQWdCLENBQUM7b0JBQUUsTUFBTSxDQUFDLENBQUM7Z0JBQzlDLE9BQU8sQ0FBQyxHQUFHLEVBQUUsRUFBRSxLQUFLLEVBQUUsR0FBRyxDQUFDLENBQUMsT0FBTywrRUFBK0UsRUFBRSxDQUFDLENBQUM7WUFDdkgsQ0FBQztZQUNELE1BQU0sSUFBSSxHQUFHLFFBQVEsQ0FBQyxJQUFJLElBQUksT0FBTyxDQUFDLElBQUksQ0FBQztZQUMzQyxPQUFPLENBQUMsR0FBRyxFQUFFLEVBQUUsVUFBVSxFQUFFLEVBQUUsUUFBUSxFQUFFLE9BQU8sQ0FBQyxRQUFRLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsR0FBRyxDQUFDLFFBQVEsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ3RJLENBQUM7UUFDRCxNQUFNLE9BQU8sR0FBRyxJQUFBLHVCQUFZLEVBQUMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUMvQyxJQUFJLE9BQU87WUFBRSxPQUFPLE9BQU8sQ0FBQztRQUM1QixDQUFDLEdBQUcseUNBQXlDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3RELElBQUksQ0FBQyxFQUFFLENBQUM7WUFDTixNQUFNLEtBQUssR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDcEMsSUFBSSxDQUFDLEtBQUs7Z0JBQUUsT0FBTyxDQUFDLEdBQUcsRUFBRSxFQUFFLEtBQUssRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUMsNEJBQTRCLEVBQUUsQ0FBQyxDQUFDO1lBQ2hGLE9BQU8sQ0FBQyxHQUFHLEVBQUUsRUFBRSxHQUFHLEtBQUssRUFBRSxPQUFPLEVBQUUsTUFBTSxLQUFLLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxNQUFNLEtBQUssQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ25HLENBQUM7UUFDRCxJQUFJLENBQUMsS0FBSyxpQkFBaUIsRUFBRSxDQUFDO1lBQzVCLE1BQU0sTUFBTSxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxHQUFHLENBQUMsWUFBWSxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztZQUM3RSxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxNQUFNLENBQUMsR0FBRyxDQUFDLFlBQVksQ0FBQyxHQUFHLENBQUMsT0FBTyxDQUFDLElBQUksR0FBRyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsQ0FBQztZQUMvRixNQUFNLEdBQUcsR0FBRyxNQUFNLEtBQUssQ0FBQyxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxDQUFDO1lBQzVDLE1BQU0sS0FBSyxHQUFHLEVBQUUsQ0FBQztZQUNqQixLQUFLLE1BQU0sRUFBRSxJQUFJLEdBQUcsRUFBRSxDQUFDO2dCQUNyQixNQUFNLEVBQUUsR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLENBQUM7Z0JBQy9CLElBQUksQ0FBQyxFQUFFLEVBQUUsTUFBTTtvQkFBRSxTQUFTO2dCQUMxQixLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsUUFBUSxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsRUFBRSxDQUFDLE1BQU0sRUFBRSxjQUFjLEVBQUUsRUFBRSxDQUFDLGNBQWMsRUFBRSxTQUFTLEVBQUUsRUFBRSxDQUFDLFNBQVMsRUFBRSxNQUFNLEVBQUUsRUFBRSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUM7WUFDakksQ0FBQztZQUNELE9BQU8sQ0FBQyxHQUFHLEVBQUUsRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDO1FBQ2xELENBQUM7UUFDRCxPQUFPLENBQUMsR0FBRyxFQUFFLEVBQUUsS0FBSyxFQUFFLFlBQVksQ0FBQyxxQkFBcUIsRUFBRSxDQUFDLENBQUM7SUFDOUQsQ0FBQztJQUVELE1BQU0sSUFBSSxPQUFPLENBQU8sQ0FBQyxPQUFPLEVBQUUsTUFBTSxFQUFFLEVBQUU7UUFDMUMsTUFBTSxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxDQUFDLENBQUM7UUFDN0IsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsR0FBRyxFQUFFLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQztJQUNqRCxDQUFDLENBQUMsQ0FBQztJQUNILE9BQU8sTUFBTSxDQUFDO0FBQ2hCLENBQUM7QUFFRCxLQUFLLFVBQVUsT0FBTyxDQUFDLEtBQWlCLEVBQUUsUUFBNkI7SUFDckUsTUFBTSxLQUFLLEdBQWEsRUFBRSxDQUFDO0lBQzNCLE1BQU0sUUFBUSxHQUFHLE1BQU0sS0FBSyxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDO0lBQ2pFLEtBQUssTUFBTSxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUFDLFFBQVEsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUM7UUFDckQsS0FBSyxDQUFDLElBQUksQ0FBQyxxQkFBcUIsQ0FBQyxnQkFBZ0IsRUFBRSxjQUFjLENBQUMsVUFBVSxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQzNGLENBQUM7SUFDRCxNQUFNLEdBQUcsR0FBRyxNQUFNLEtBQUssQ0FBQyxLQUFLLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDbEUsTUFBTSxRQUFRLEdBQUcsSUFBSSxHQUFHLEVBQWtCLENBQUM7SUFDM0MsSUFBSSxNQUFNLEdBQUcsQ0FBQyxDQUFDO0lBQ2YsS0FBSyxNQUFNLEVBQUUsSUFBSSxHQUFHLEVBQUUsQ0FBQztRQUNyQixNQUFNLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxHQUFHLE1BQU0sS0FBSyxDQUFDLEtBQUssQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDLEVBQUUsUUFBUSxFQUFFLFFBQVEsQ0FBQyxDQUFDO1FBQ3ZGLElBQUksTUFBTTtZQUFFLFFBQVEsQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztRQUNsRSxJQUFJLENBQUM7WUFBRSxNQUFNLEVBQUUsQ0FBQztJQUNsQixDQUFDO0lBQ0QsS0FBSyxDQUFDLElBQUksQ0FBQywwQkFBMEIsQ0FBQyxDQUFDO0lBQ3ZDLEtBQUssTUFBTSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsUUFBUSxDQUFDLENBQUMsSUFBSSxFQUFFO1FBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyx1QkFBdUIsRUFBRSxNQUFNLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDM0YsS0FBSyxDQUFDLElBQUksQ0FBQyxpQ0FBaUMsRUFBRSxzQkFBc0IsTUFBTSxFQUFFLENBQUMsQ0FBQztJQUM5RSxNQUFNLE9BQU8sR0FBRyxNQUFNLEtBQUssQ0FBQyxLQUFLLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLEVBQUUsSUFBSSxDQUFDLEdBQUcsRUFBRSxHQUFHLElBQUksRUFBRSxNQUFNLENBQUMsQ0FBQztJQUMxRixLQUFLLENBQUMsSUFBSSxDQUFDLGlDQUFpQyxFQUFFLHNCQUFzQixPQUFPLEVBQUUsQ0FBQyxDQUFDO0lBQy9FLEtBQUssQ0FBQyxJQUFJLENBQUMsOENBQThDLENBQUMsQ0FBQztJQUMzRCxLQUFLLE1BQU0sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLFFBQVEsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUM7UUFDMUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ3BDLEtBQUssQ0FBQyxJQUFJLENBQUMseUNBQXlDLE1BQU0sV0FBVyxJQUFJLE1BQU0sQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUN0RixDQUFDO0lBQ0QsT0FBTyxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQztBQUNqQyxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgZXhlY0ZpbGUgfSBmcm9tICdjaGlsZF9wcm9jZXNzJztcbmltcG9ydCAqIGFzIGNyeXB0byBmcm9tICdjcnlwdG8nO1xuaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0ICogYXMgaHR0cCBmcm9tICdodHRwJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgdHlwZSB7IFJlZGlzIH0gZnJvbSAnaW9yZWRpcyc7XG5pbXBvcnQgdHlwZSB7IEFwaVNldHRpbmdzLCBTZWNyZXRTdG9yZVNldHRpbmdzIH0gZnJvbSAnLi9jb25maWcnO1xuaW1wb3J0IHsgUkVMRUFTRV9PUEVOQVBJX1BBVEhTLCByZWxlYXNlUm91dGUgfSBmcm9tICcuL3JlbGVhc2VzJztcbmltcG9ydCB7IHJlYWRTZXJ2aWNlWWFtbCwgU0NPUEVTIH0gZnJvbSAnLi9zZXR0aW5ncy1zY2hlbWEnO1xuaW1wb3J0IHsgS2V5cywgU3RhdGVTdG9yZSB9IGZyb20gJy4vc3RhdGUnO1xuaW1wb3J0IHsgUGVybWl0U3RhdHVzIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wZXJtaXQnO1xuaW1wb3J0IHsgcmVhZElucHV0VGV4dCB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9pbnB1dC1maWxlcyc7XG5cbi8qKlxuICogYHJ3cyBwZXJtaXQgYXBpYDogdGhlIHJlYWQtb25seSBzdGF0dXMgYW5kIGNvbm5lY3Rpb24gQVBJIG9mIHRoZSBwZXJtaXQgc2VydmljZSAobm9kZSdzXG4gKiBodHRwIG1vZHVsZSwgbm8gZnJhbWV3b3JrKS4gRXZlcnkgcm91dGUgYnV0IC9oZWFsdGh6LCAvcmVhZHl6LCAvbWV0cmljcyBhbmQgL29wZW5hcGkuanNvblxuICogbmVlZHMgYEF1dGhvcml6YXRpb246IEJlYXJlciA8dG9rZW4+YDsgYC9jb25uZWN0aW9uYCBuZWVkcyBhIHRva2VuIHdpdGggdGhlIGBjb25uZWN0aW9uYCBzY29wZS5cbiAqL1xuXG4vKiogU2NvcGVzIGEgdG9rZW4gbWF5IGNhcnJ5LiAqL1xuZXhwb3J0IHsgU0NPUEVTIH07XG5cbi8qKiBPbmUgQVBJIHRva2VuOiBpdHMgU0hBLTI1NiBhbmQgaXRzIHNjb3Blcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQXBpVG9rZW4ge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHNoYTI1NjogQnVmZmVyO1xuICByZWFkb25seSBzY29wZXM6IHN0cmluZ1tdO1xufVxuXG4vKipcbiAqIFJlYWRzIHRoZSB0b2tlbiBmaWxlIChZQU1MKTpcbiAqICAgdG9rZW5zOlxuICogICAgIC0geyBuYW1lOiBwZXJtaXQtbWFuYWdlciwgc2hhMjU2OiA8aGV4IG9mIFNIQS0yNTYodG9rZW4pPiwgc2NvcGVzOiBbc3RhdHVzXSB9XG4gKiAgICAgLSB7IG5hbWU6IGd1YWNhbW9sZSwgdG9rZW5fZmlsZTogL3J1bi9zZWNyZXRzL2d1YWMtdG9rZW4sIHNjb3BlczogW3N0YXR1cywgY29ubmVjdGlvbl0gfVxuICogICAgIC0geyBuYW1lOiBkZXYsIHRva2VuOiA8cGxhaW4gdG9rZW4+LCBzY29wZXM6IFtzdGF0dXNdIH1cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRUb2tlbkZpbGUoZmlsZTogc3RyaW5nKTogQXBpVG9rZW5bXSB7XG4gIC8vIFNoYXBlLCBrZXlzIGFuZCBzY29wZXM6IHRoZSBzY2hlbWEgKG9uZSBlcnJvciBwZXIgcHJvYmxlbSwgd2l0aCBsaW5lIGFuZCBjb2x1bW4pLlxuICBjb25zdCBkYXRhID0gcmVhZFNlcnZpY2VZYW1sKGZpbGUsICd0b2tlbnMnKTtcbiAgY29uc3QgbGlzdDogYW55W10gPSBkYXRhLnRva2VucztcbiAgaWYgKGxpc3QubGVuZ3RoID09PSAwKSB0aHJvdyBuZXcgRXJyb3IoYCR7ZmlsZX06IG5lZWRzIFwidG9rZW5zOlwiLCBhIGxpc3Qgb2YgeyBuYW1lLCBzaGEyNTYgfCB0b2tlbiB8IHRva2VuX2ZpbGUsIHNjb3BlcyB9YCk7XG4gIHJldHVybiBsaXN0Lm1hcCgodDogYW55LCBpOiBudW1iZXIpOiBBcGlUb2tlbiA9PiB7XG4gICAgY29uc3Qgd2hlcmUgPSBgJHtmaWxlfTogdG9rZW5zWyR7aX1dYDtcbiAgICBsZXQgaGFzaDogQnVmZmVyO1xuICAgIGlmICh0eXBlb2YgdC5zaGEyNTYgPT09ICdzdHJpbmcnKSBoYXNoID0gQnVmZmVyLmZyb20odC5zaGEyNTYsICdoZXgnKTtcbiAgICBlbHNlIGlmICh0eXBlb2YgdC50b2tlbiA9PT0gJ3N0cmluZycgJiYgdC50b2tlbi5sZW5ndGggPj0gMTYpIGhhc2ggPSBzaGEyNTYodC50b2tlbik7XG4gICAgZWxzZSBpZiAodHlwZW9mIHQudG9rZW5fZmlsZSA9PT0gJ3N0cmluZycpIGhhc2ggPSBzaGEyNTYocmVhZElucHV0VGV4dChwYXRoLnJlc29sdmUocGF0aC5kaXJuYW1lKGZpbGUpLCB0LnRva2VuX2ZpbGUpLCAna2V5JykudHJpbSgpKTtcbiAgICBlbHNlIHRocm93IG5ldyBFcnJvcihgJHt3aGVyZX0gKCR7dC5uYW1lfSkgbmVlZHMgc2hhMjU2ICg2NCBoZXggZGlnaXRzKSwgdG9rZW4gKGF0IGxlYXN0IDE2IGNoYXJhY3RlcnMpIG9yIHRva2VuX2ZpbGVgKTtcbiAgICByZXR1cm4geyBuYW1lOiB0Lm5hbWUsIHNoYTI1NjogaGFzaCwgc2NvcGVzOiB0LnNjb3Blcy5tYXAoU3RyaW5nKSB9O1xuICB9KTtcbn1cblxuZnVuY3Rpb24gc2hhMjU2KHM6IHN0cmluZyk6IEJ1ZmZlciB7XG4gIHJldHVybiBjcnlwdG8uY3JlYXRlSGFzaCgnc2hhMjU2JykudXBkYXRlKHMsICd1dGY4JykuZGlnZXN0KCk7XG59XG5cbi8qKiBUaGUgdG9rZW4gYSBiZWFyZXIgdmFsdWUgbWF0Y2hlczogY29tcGFyZXMgU0hBLTI1NiBkaWdlc3RzIGluIGNvbnN0YW50IHRpbWUsIGV2ZXJ5IHRva2VuIGNoZWNrZWQuICovXG5leHBvcnQgZnVuY3Rpb24gYXV0aGVudGljYXRlKHRva2VuczogcmVhZG9ubHkgQXBpVG9rZW5bXSwgaGVhZGVyOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBBcGlUb2tlbiB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG0gPSAvXkJlYXJlclxccysoXFxTKykkL2kuZXhlYyhoZWFkZXIgPz8gJycpO1xuICBjb25zdCBwcmVzZW50ZWQgPSBzaGEyNTYobSA/IG1bMV0gOiAnJyk7XG4gIGxldCBmb3VuZDogQXBpVG9rZW4gfCB1bmRlZmluZWQ7XG4gIGZvciAoY29uc3QgdCBvZiB0b2tlbnMpIHtcbiAgICBpZiAoY3J5cHRvLnRpbWluZ1NhZmVFcXVhbChwcmVzZW50ZWQsIHQuc2hhMjU2KSAmJiBtKSBmb3VuZCA9IGZvdW5kID8/IHQ7XG4gIH1cbiAgcmV0dXJuIGZvdW5kO1xufVxuXG4vKiogVGhlIHNlY3JldCBzdG9yZSBjb3VsZCBub3QgYW5zd2VyIChhIGNvbW1hbmQgdGhhdCBmYWlsZWQgb3IgdGltZWQgb3V0KTogdGhlIEFQSSBhbnN3ZXJzIDUwMi4gKi9cbmV4cG9ydCBjbGFzcyBTZWNyZXRTdG9yZUVycm9yIGV4dGVuZHMgRXJyb3Ige31cblxuLyoqXG4gKiBSZWFkcyBhIHBhc3N3b3JkIGZyb20gdGhlIHNlY3JldCBzdG9yZSBhdCByZXF1ZXN0IHRpbWU7IHVuZGVmaW5lZCB3aGVuIGl0IGhhcyBub25lIChubyBmaWxlLFxuICogb3IgYSBjb21tYW5kIHRoYXQgc3VjY2VlZGVkIHdpdGggZW1wdHkgb3V0cHV0KS4gQSBjb21tYW5kIHRoYXQgZmFpbHMgdGhyb3dzIFNlY3JldFN0b3JlRXJyb3JcbiAqIG5hbWluZyBpdHMgZXhpdCwgbmV2ZXIgaXRzIG91dHB1dCAod2hpY2ggbWF5IGhvbGQgdGhlIHNlY3JldCkuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiByZWFkU2VjcmV0KHM6IFNlY3JldFN0b3JlU2V0dGluZ3MsIHBlcm1pdElkOiBzdHJpbmcsIHVzZXJuYW1lOiBzdHJpbmcsIHdvcmtzcGFjZTogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmcgfCB1bmRlZmluZWQ+IHtcbiAgaWYgKHMua2luZCA9PT0gJ2ZpbGUnKSB7XG4gICAgY29uc3QgZmlsZSA9IHBhdGguam9pbihzLmRpciEsIHBlcm1pdElkLCB1c2VybmFtZSk7XG4gICAgdHJ5IHtcbiAgICAgIHJldHVybiBmcy5yZWFkRmlsZVN5bmMoZmlsZSwgJ3V0ZjgnKS5yZXBsYWNlKC9cXHI/XFxuJC8sICcnKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICB9XG4gIGlmIChzLmtpbmQgPT09ICdjb21tYW5kJykge1xuICAgIC8vIEVhY2ggcGxhY2Vob2xkZXIgYmVjb21lcyAocGFydCBvZikgb25lIGFyZ3VtZW50OiBubyBzaGVsbCBldmVyIHJlYWRzIHRoZSB2YWx1ZXMuXG4gICAgY29uc3QgYXJndiA9IHMuY29tbWFuZCEubWFwKChhKSA9PiBhLnJlcGxhY2UoL1xce3Blcm1pdElkXFx9L2csIHBlcm1pdElkKS5yZXBsYWNlKC9cXHt1c2VybmFtZVxcfS9nLCB1c2VybmFtZSkucmVwbGFjZSgvXFx7d29ya3NwYWNlXFx9L2csIHdvcmtzcGFjZSkpO1xuICAgIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgICBleGVjRmlsZShhcmd2WzBdLCBhcmd2LnNsaWNlKDEpLCB7IHRpbWVvdXQ6IDEwXzAwMCwgbWF4QnVmZmVyOiA2NTUzNiB9LCAoZXJyLCBzdGRvdXQpID0+IHtcbiAgICAgICAgaWYgKGVycikge1xuICAgICAgICAgIGNvbnN0IGhvdyA9IChlcnIgYXMgYW55KS5raWxsZWQgPyAndGltZWQgb3V0IGFmdGVyIDEwIHMnIDogdHlwZW9mIChlcnIgYXMgYW55KS5jb2RlID09PSAnbnVtYmVyJyA/IGBleGl0ZWQgd2l0aCAkeyhlcnIgYXMgYW55KS5jb2RlfWAgOiBgY291bGQgbm90IHJ1biAoJHsoZXJyIGFzIGFueSkuY29kZSA/PyAnZXJyb3InfSlgO1xuICAgICAgICAgIHJlamVjdChuZXcgU2VjcmV0U3RvcmVFcnJvcihgdGhlIHNlY3JldCBzdG9yZSBjb21tYW5kICR7cGF0aC5iYXNlbmFtZShhcmd2WzBdKX0gJHtob3d9YCkpO1xuICAgICAgICAgIHJldHVybjtcbiAgICAgICAgfVxuICAgICAgICBjb25zdCBvdXQgPSBzdGRvdXQucmVwbGFjZSgvXFxyP1xcbiQvLCAnJyk7XG4gICAgICAgIHJlc29sdmUob3V0ID09PSAnJyA/IHVuZGVmaW5lZCA6IG91dCk7XG4gICAgICB9KTtcbiAgICB9KTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKiogT3BlcmF0aW9uYWwgc3RhdHVzIG9mIHRoZSB3b3Jrc3BhY2UgZm9yIHRoZSBQZXJtaXQgTWFuYWdlciAoYHtcInN0YXR1c1wiOiBcIlJVTk5JTkdcIn1gIGFuZCBvdGhlcnMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG9wZXJhdGlvbmFsU3RhdHVzKHN0YXRlOiB7IHN0YXR1cz86IHN0cmluZzsgZmFpbGVkPzogc3RyaW5nOyBhcHBseWluZz86IHVua25vd247IHdvcmtzcGFjZXM/OiBBcnJheTx7IHN0YXRlOiBzdHJpbmcgfT4gfSk6IHN0cmluZyB7XG4gIGlmIChzdGF0ZS5mYWlsZWQpIHJldHVybiAnRkFJTEVEJztcbiAgaWYgKHN0YXRlLmFwcGx5aW5nKSByZXR1cm4gJ1BST1ZJU0lPTklORyc7XG4gIGlmIChzdGF0ZS5zdGF0dXMgPT09IFBlcm1pdFN0YXR1cy5ERUxFVEVEKSByZXR1cm4gJ0RFTEVURUQnO1xuICBpZiAoc3RhdGUuc3RhdHVzID09PSBQZXJtaXRTdGF0dXMuQVJDSElWRUQpIHJldHVybiAnQVJDSElWRUQnO1xuICBjb25zdCB3cyA9IHN0YXRlLndvcmtzcGFjZXMgPz8gW107XG4gIGlmICh3cy5zb21lKCh3KSA9PiB3LnN0YXRlID09PSAncnVubmluZycpKSByZXR1cm4gJ1JVTk5JTkcnO1xuICBpZiAod3MubGVuZ3RoKSByZXR1cm4gJ1NUT1BQRUQnO1xuICByZXR1cm4gJ05PTkUnO1xufVxuXG4vKiogVGhlIE9wZW5BUEkgMy4xIGRvY3VtZW50IHNlcnZlZCBhdCAvb3BlbmFwaS5qc29uLiAqL1xuZXhwb3J0IGNvbnN0IE9QRU5BUEkgPSB7XG4gIG9wZW5hcGk6ICczLjEuMCcsXG4gIGluZm86IHsgdGl0bGU6ICdyd3MgcGVybWl0IHNlcnZpY2UgQVBJJywgdmVyc2lvbjogJzEnLCBkZXNjcmlwdGlvbjogJ1JlYWQtb25seSBzdGF0dXMgYW5kIGNvbm5lY3Rpb24gQVBJIG9mIHRoZSBwZXJtaXQgcHJvdmlzaW9uaW5nIHNlcnZpY2UgKGRvY3MvcGVybWl0LXNlcnZpY2UubWQpLicgfSxcbiAgY29tcG9uZW50czoge1xuICAgIHNlY3VyaXR5U2NoZW1lczogeyBiZWFyZXI6IHsgdHlwZTogJ2h0dHAnLCBzY2hlbWU6ICdiZWFyZXInLCBkZXNjcmlwdGlvbjogJ0EgdG9rZW4gb2YgdGhlIC0tdG9rZW4tZmlsZTsgL2Nvbm5lY3Rpb24gbmVlZHMgdGhlIGNvbm5lY3Rpb24gc2NvcGUnIH0gfSxcbiAgICBzY2hlbWFzOiB7XG4gICAgICBFcnJvcjogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnZXJyb3InXSwgcHJvcGVydGllczogeyBlcnJvcjogeyB0eXBlOiAnc3RyaW5nJyB9IH0gfSxcbiAgICAgIFN0YXR1czogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnc3RhdHVzJ10sIHByb3BlcnRpZXM6IHsgc3RhdHVzOiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbJ1JVTk5JTkcnLCAnU1RPUFBFRCcsICdQUk9WSVNJT05JTkcnLCAnRkFJTEVEJywgJ0FSQ0hJVkVEJywgJ0RFTEVURUQnLCAnTk9ORSddIH0sIHBlcm1pdFN0YXR1czogeyB0eXBlOiAnc3RyaW5nJyB9IH0gfSxcbiAgICAgIENvbm5lY3Rpb246IHtcbiAgICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICAgIHJlcXVpcmVkOiBbJ2Nvbm5lY3Rpb24nXSxcbiAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgIGNvbm5lY3Rpb246IHtcbiAgICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgICAgcmVxdWlyZWQ6IFsncHJvdG9jb2wnLCAnaG9zdCcsICdwb3J0JywgJ3VzZXJuYW1lJ10sXG4gICAgICAgICAgICBwcm9wZXJ0aWVzOiB7IHByb3RvY29sOiB7IHR5cGU6ICdzdHJpbmcnIH0sIGhvc3Q6IHsgdHlwZTogJ3N0cmluZycgfSwgcG9ydDogeyB0eXBlOiAnaW50ZWdlcicgfSwgdXNlcm5hbWU6IHsgdHlwZTogJ3N0cmluZycgfSwgcGFzc3dvcmQ6IHsgdHlwZTogJ3N0cmluZycgfSB9LFxuICAgICAgICAgIH0sXG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgICAgUGVybWl0OiB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7IHBlcm1pdElkOiB7IHR5cGU6ICdzdHJpbmcnIH0sIHN0YXR1czogeyB0eXBlOiAnc3RyaW5nJyB9LCBwcmV2aW91c1N0YXR1czogeyB0eXBlOiAnc3RyaW5nJyB9LCBoaXN0b3J5OiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiB7IHR5cGU6ICdvYmplY3QnIH0gfSwgZXJyb3JzOiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiB7IHR5cGU6ICdvYmplY3QnIH0gfSB9IH0sXG4gICAgfSxcbiAgfSxcbiAgc2VjdXJpdHk6IFt7IGJlYXJlcjogW10gfV0sXG4gIHBhdGhzOiB7XG4gICAgJy9hcGkvdjEvd29ya3NwYWNlcy97cGVybWl0SWR9L3N0YXR1cyc6IHtcbiAgICAgIGdldDoge1xuICAgICAgICBzdW1tYXJ5OiAnT3BlcmF0aW9uYWwgc3RhdHVzIG9mIHRoZSBwZXJtaXRcXCdzIHdvcmtzcGFjZScsXG4gICAgICAgIHBhcmFtZXRlcnM6IFt7IG5hbWU6ICdwZXJtaXRJZCcsIGluOiAncGF0aCcsIHJlcXVpcmVkOiB0cnVlLCBzY2hlbWE6IHsgdHlwZTogJ3N0cmluZycgfSB9XSxcbiAgICAgICAgcmVzcG9uc2VzOiB7IDIwMDogeyBkZXNjcmlwdGlvbjogJ3N0YXR1cycsIGNvbnRlbnQ6IHsgJ2FwcGxpY2F0aW9uL2pzb24nOiB7IHNjaGVtYTogeyAkcmVmOiAnIy9jb21wb25lbnRzL3NjaGVtYXMvU3RhdHVzJyB9IH0gfSB9LCA0MDE6IHsgZGVzY3JpcHRpb246ICdubyBvciB1bmtub3duIHRva2VuJyB9LCA0MDQ6IHsgZGVzY3JpcHRpb246ICd1bmtub3duIHBlcm1pdCcgfSB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgICcvYXBpL3YxL3dvcmtzcGFjZXMve3Blcm1pdElkfS9jb25uZWN0aW9uJzoge1xuICAgICAgZ2V0OiB7XG4gICAgICAgIHN1bW1hcnk6ICdDb25uZWN0aW9uIG9mIHRoZSBydW5uaW5nIHdvcmtzcGFjZSAocGFzc3dvcmQgZnJvbSB0aGUgc2VjcmV0IHN0b3JlIGF0IHJlcXVlc3QgdGltZSknLFxuICAgICAgICBwYXJhbWV0ZXJzOiBbXG4gICAgICAgICAgeyBuYW1lOiAncGVybWl0SWQnLCBpbjogJ3BhdGgnLCByZXF1aXJlZDogdHJ1ZSwgc2NoZW1hOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSxcbiAgICAgICAgICB7IG5hbWU6ICd1c2VybmFtZScsIGluOiAncXVlcnknLCByZXF1aXJlZDogZmFsc2UsIHNjaGVtYTogeyB0eXBlOiAnc3RyaW5nJyB9LCBkZXNjcmlwdGlvbjogJ2RlZmF1bHQ6IHRoZSBmaXJzdCB1c2VyIG9mIHRoZSBydW5uaW5nIHdvcmtzcGFjZScgfSxcbiAgICAgICAgXSxcbiAgICAgICAgcmVzcG9uc2VzOiB7IDIwMDogeyBkZXNjcmlwdGlvbjogJ2Nvbm5lY3Rpb24nLCBjb250ZW50OiB7ICdhcHBsaWNhdGlvbi9qc29uJzogeyBzY2hlbWE6IHsgJHJlZjogJyMvY29tcG9uZW50cy9zY2hlbWFzL0Nvbm5lY3Rpb24nIH0gfSB9IH0sIDQwMTogeyBkZXNjcmlwdGlvbjogJ25vIG9yIHVua25vd24gdG9rZW4nIH0sIDQwMzogeyBkZXNjcmlwdGlvbjogJ3Rva2VuIHdpdGhvdXQgdGhlIGNvbm5lY3Rpb24gc2NvcGUnIH0sIDQwNDogeyBkZXNjcmlwdGlvbjogJ3Vua25vd24gcGVybWl0JyB9LCA0MDk6IHsgZGVzY3JpcHRpb246ICdubyBydW5uaW5nIHdvcmtzcGFjZScgfSwgNTAyOiB7IGRlc2NyaXB0aW9uOiAndGhlIHNlY3JldCBzdG9yZSBjb21tYW5kIGZhaWxlZCcgfSB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgICcvYXBpL3YxL3Blcm1pdHMve3Blcm1pdElkfSc6IHsgZ2V0OiB7IHN1bW1hcnk6ICdTdGF0ZSwgaGlzdG9yeSBhbmQgZXJyb3JzIG9mIGEgcGVybWl0JywgcGFyYW1ldGVyczogW3sgbmFtZTogJ3Blcm1pdElkJywgaW46ICdwYXRoJywgcmVxdWlyZWQ6IHRydWUsIHNjaGVtYTogeyB0eXBlOiAnc3RyaW5nJyB9IH1dLCByZXNwb25zZXM6IHsgMjAwOiB7IGRlc2NyaXB0aW9uOiAncGVybWl0JywgY29udGVudDogeyAnYXBwbGljYXRpb24vanNvbic6IHsgc2NoZW1hOiB7ICRyZWY6ICcjL2NvbXBvbmVudHMvc2NoZW1hcy9QZXJtaXQnIH0gfSB9IH0sIDQwNDogeyBkZXNjcmlwdGlvbjogJ3Vua25vd24gcGVybWl0JyB9IH0gfSB9LFxuICAgICcvYXBpL3YxL3Blcm1pdHMnOiB7IGdldDogeyBzdW1tYXJ5OiAnUGVybWl0cywgbW9zdCByZWNlbnRseSB1cGRhdGVkIGZpcnN0JywgcGFyYW1ldGVyczogW3sgbmFtZTogJ29mZnNldCcsIGluOiAncXVlcnknLCBzY2hlbWE6IHsgdHlwZTogJ2ludGVnZXInIH0gfSwgeyBuYW1lOiAnbGltaXQnLCBpbjogJ3F1ZXJ5Jywgc2NoZW1hOiB7IHR5cGU6ICdpbnRlZ2VyJywgbWF4aW11bTogMTAwMCB9IH1dLCByZXNwb25zZXM6IHsgMjAwOiB7IGRlc2NyaXB0aW9uOiAncGVybWl0cycgfSB9IH0gfSxcbiAgICAuLi5SRUxFQVNFX09QRU5BUElfUEFUSFMsXG4gICAgJy9oZWFsdGh6JzogeyBnZXQ6IHsgc2VjdXJpdHk6IFtdLCBzdW1tYXJ5OiAnVGhlIHByb2Nlc3MgaXMgdXAnLCByZXNwb25zZXM6IHsgMjAwOiB7IGRlc2NyaXB0aW9uOiAnb2snIH0gfSB9IH0sXG4gICAgJy9yZWFkeXonOiB7IGdldDogeyBzZWN1cml0eTogW10sIHN1bW1hcnk6ICdSZWRpcyBhbnN3ZXJzJywgcmVzcG9uc2VzOiB7IDIwMDogeyBkZXNjcmlwdGlvbjogJ3JlYWR5JyB9LCA1MDM6IHsgZGVzY3JpcHRpb246ICdSZWRpcyB1bnJlYWNoYWJsZScgfSB9IH0gfSxcbiAgICAnL21ldHJpY3MnOiB7IGdldDogeyBzZWN1cml0eTogW10sIHN1bW1hcnk6ICdQcm9tZXRoZXVzIG1ldHJpY3MnLCByZXNwb25zZXM6IHsgMjAwOiB7IGRlc2NyaXB0aW9uOiAndGV4dC9wbGFpbjsgdmVyc2lvbj0wLjAuNCcgfSB9IH0gfSxcbiAgICAnL29wZW5hcGkuanNvbic6IHsgZ2V0OiB7IHNlY3VyaXR5OiBbXSwgc3VtbWFyeTogJ1RoaXMgZG9jdW1lbnQnLCByZXNwb25zZXM6IHsgMjAwOiB7IGRlc2NyaXB0aW9uOiAnT3BlbkFQSSAzLjEnIH0gfSB9IH0sXG4gIH0sXG59O1xuXG4vKiogU3RhcnRzIHRoZSBzZXJ2ZXI7IHJlc29sdmVzIHdoZW4gaXQgbGlzdGVucy4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzdGFydEFwaShzOiBBcGlTZXR0aW5ncywgcmVkaXM6IFJlZGlzLCB0b2tlbnM6IHJlYWRvbmx5IEFwaVRva2VuW10pOiBQcm9taXNlPGh0dHAuU2VydmVyPiB7XG4gIGNvbnN0IHN0b3JlID0gbmV3IFN0YXRlU3RvcmUocmVkaXMsIG5ldyBLZXlzKHMucHJlZml4KSk7XG4gIGNvbnN0IHJlcXVlc3RzID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKTtcbiAgY29uc3Qgc2VydmVyID0gaHR0cC5jcmVhdGVTZXJ2ZXIoKHJlcSwgcmVzKSA9PiB7XG4gICAgY29uc3Qgc3RhcnRlZCA9IERhdGUubm93KCk7XG4gICAgaGFuZGxlKHJlcSkudGhlbigoW2NvZGUsIGJvZHksIHR5cGVdKSA9PiB7XG4gICAgICBjb25zdCBrZXkgPSBgJHtyZXEubWV0aG9kfSAke2NvZGV9YDtcbiAgICAgIHJlcXVlc3RzLnNldChrZXksIChyZXF1ZXN0cy5nZXQoa2V5KSA/PyAwKSArIDEpO1xuICAgICAgcmVzLndyaXRlSGVhZChjb2RlLCB7ICdjb250ZW50LXR5cGUnOiB0eXBlID8/ICdhcHBsaWNhdGlvbi9qc29uJywgJ2NhY2hlLWNvbnRyb2wnOiAnbm8tc3RvcmUnLCAneC1yZXNwb25zZS1tcyc6IFN0cmluZyhEYXRlLm5vdygpIC0gc3RhcnRlZCkgfSk7XG4gICAgICByZXMuZW5kKHR5cGVvZiBib2R5ID09PSAnc3RyaW5nJyA/IGJvZHkgOiBKU09OLnN0cmluZ2lmeShib2R5KSk7XG4gICAgfSwgKGUpID0+IHtcbiAgICAgIHJlcy53cml0ZUhlYWQoNTAzLCB7ICdjb250ZW50LXR5cGUnOiAnYXBwbGljYXRpb24vanNvbicgfSk7XG4gICAgICByZXMuZW5kKEpTT04uc3RyaW5naWZ5KHsgZXJyb3I6IGBzdGF0ZSBzdG9yZSB1bmF2YWlsYWJsZTogJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gIH0pKTtcbiAgICB9KTtcbiAgfSk7XG5cbiAgYXN5bmMgZnVuY3Rpb24gaGFuZGxlKHJlcTogaHR0cC5JbmNvbWluZ01lc3NhZ2UpOiBQcm9taXNlPFtudW1iZXIsIHVua25vd24sIHN0cmluZz9dPiB7XG4gICAgY29uc3QgdXJsID0gbmV3IFVSTChyZXEudXJsID8/ICcvJywgJ2h0dHA6Ly9sb2NhbGhvc3QnKTtcbiAgICBjb25zdCBwID0gdXJsLnBhdGhuYW1lO1xuICAgIGlmIChyZXEubWV0aG9kICE9PSAnR0VUJykgcmV0dXJuIFs0MDUsIHsgZXJyb3I6IGAke3JlcS5tZXRob2R9IGlzIG5vdCBhbGxvd2VkOiB0aGUgQVBJIGlzIHJlYWQtb25seSAoR0VUKWAgfV07XG4gICAgaWYgKHAgPT09ICcvaGVhbHRoeicpIHJldHVybiBbMjAwLCB7IHN0YXR1czogJ29rJyB9XTtcbiAgICBpZiAocCA9PT0gJy9yZWFkeXonKSB7XG4gICAgICB0cnkge1xuICAgICAgICBhd2FpdCByZWRpcy5waW5nKCk7XG4gICAgICAgIHJldHVybiBbMjAwLCB7IHN0YXR1czogJ3JlYWR5JyB9XTtcbiAgICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgICAgcmV0dXJuIFs1MDMsIHsgc3RhdHVzOiAnbm90IHJlYWR5JywgZXJyb3I6IChlIGFzIEVycm9yKS5tZXNzYWdlIH1dO1xuICAgICAgfVxuICAgIH1cbiAgICBpZiAocCA9PT0gJy9vcGVuYXBpLmpzb24nKSByZXR1cm4gWzIwMCwgT1BFTkFQSV07XG4gICAgaWYgKHAgPT09ICcvbWV0cmljcycpIHJldHVybiBbMjAwLCBhd2FpdCBtZXRyaWNzKHN0b3JlLCByZXF1ZXN0cyksICd0ZXh0L3BsYWluOyB2ZXJzaW9uPTAuMC40J107XG4gICAgY29uc3QgdG9rZW4gPSBhdXRoZW50aWNhdGUodG9rZW5zLCByZXEuaGVhZGVycy5hdXRob3JpemF0aW9uKTtcbiAgICBpZiAoIXRva2VuKSByZXR1cm4gWzQwMSwgeyBlcnJvcjogJ21pc3Npbmcgb3IgdW5rbm93biBiZWFyZXIgdG9rZW46IHNlbmQgQXV0aG9yaXphdGlvbjogQmVhcmVyIDx0b2tlbj4gZnJvbSB0aGUgdG9rZW4gZmlsZScgfV07XG4gICAgbGV0IG0gPSAvXlxcL2FwaVxcL3YxXFwvd29ya3NwYWNlc1xcLyhbYS16MC05LV17MSw0MH0pXFwvKHN0YXR1c3xjb25uZWN0aW9uKSQvLmV4ZWMocCk7XG4gICAgaWYgKG0pIHtcbiAgICAgIGNvbnN0IHN0YXRlID0gYXdhaXQgc3RvcmUuZ2V0KG1bMV0pO1xuICAgICAgY29uc3QgaCA9IHN0YXRlID8gYXdhaXQgcmVkaXMuaGdldChzdG9yZS5rZXlzLnBlcm1pdChtWzFdKSwgJ3dvcmtzcGFjZXMnKSA6IG51bGw7XG4gICAgICBpZiAoIXN0YXRlIHx8ICFzdGF0ZS5zdGF0dXMpIHJldHVybiBbNDA0LCB7IGVycm9yOiBgcGVybWl0ICR7bVsxXX0gaXMgdW5rbm93biB0byB0aGUgc2VydmljZWAgfV07XG4gICAgICBjb25zdCB3b3Jrc3BhY2VzOiBBcnJheTx7IHJvbGU6IHN0cmluZzsgc3RhdGU6IHN0cmluZzsgcHJvdG9jb2w6IHN0cmluZzsgcG9ydDogbnVtYmVyOyB1c2Vyczogc3RyaW5nW10gfT4gPSBoID8gSlNPTi5wYXJzZShoKSA6IFtdO1xuICAgICAgaWYgKG1bMl0gPT09ICdzdGF0dXMnKSByZXR1cm4gWzIwMCwgeyBzdGF0dXM6IG9wZXJhdGlvbmFsU3RhdHVzKHsgLi4uc3RhdGUsIHdvcmtzcGFjZXMgfSksIHBlcm1pdFN0YXR1czogc3RhdGUuc3RhdHVzIH1dO1xuICAgICAgaWYgKCF0b2tlbi5zY29wZXMuaW5jbHVkZXMoJ2Nvbm5lY3Rpb24nKSkgcmV0dXJuIFs0MDMsIHsgZXJyb3I6IGB0b2tlbiAke3Rva2VuLm5hbWV9IG1heSBub3QgcmVhZCBjb25uZWN0aW9uczogZ2l2ZSBpdCB0aGUgY29ubmVjdGlvbiBzY29wZSBpbiB0aGUgdG9rZW4gZmlsZWAgfV07XG4gICAgICBjb25zdCBydW5uaW5nID0gd29ya3NwYWNlcy5maW5kKCh3KSA9PiB3LnN0YXRlID09PSAncnVubmluZycpO1xuICAgICAgaWYgKCFydW5uaW5nKSByZXR1cm4gWzQwOSwgeyBlcnJvcjogYHBlcm1pdCAke21bMV19IGhhcyBubyBydW5uaW5nIHdvcmtzcGFjZSAoc3RhdHVzICR7c3RhdGUuc3RhdHVzfSlgIH1dO1xuICAgICAgY29uc3QgdXNlcm5hbWUgPSB1cmwuc2VhcmNoUGFyYW1zLmdldCgndXNlcm5hbWUnKSA/PyBydW5uaW5nLnVzZXJzWzBdO1xuICAgICAgaWYgKCFydW5uaW5nLnVzZXJzLmluY2x1ZGVzKHVzZXJuYW1lKSkgcmV0dXJuIFs0MDQsIHsgZXJyb3I6IGB1c2VyICR7dXNlcm5hbWV9IGhhcyBubyBhY2NvdW50IGluIHRoZSBydW5uaW5nIHdvcmtzcGFjZSAke3J1bm5pbmcucm9sZX1gIH1dO1xuICAgICAgY29uc3QgcmVjb3JkZWQgPSAoc3RhdGUuY29ubmVjdGlvbiA/PyB7fSlbcnVubmluZy5yb2xlXSA/PyB7fTtcbiAgICAgIGNvbnN0IGhvc3QgPSByZWNvcmRlZC5ob3N0ID8/IGAke3J1bm5pbmcucm9sZX0ucGVybWl0LSR7bVsxXX0uc3ZjYDtcbiAgICAgIGxldCBwYXNzd29yZDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAgICAgdHJ5IHtcbiAgICAgICAgcGFzc3dvcmQgPSBhd2FpdCByZWFkU2VjcmV0KHMuc2VjcmV0cywgbVsxXSwgdXNlcm5hbWUsIHJ1bm5pbmcucm9sZSk7XG4gICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgIGlmICghKGUgaW5zdGFuY2VvZiBTZWNyZXRTdG9yZUVycm9yKSkgdGhyb3cgZTtcbiAgICAgICAgcmV0dXJuIFs1MDIsIHsgZXJyb3I6IGAke2UubWVzc2FnZX07IGNoZWNrIHRoZSBzZWNyZXRzLmNvbW1hbmQgb2YgdGhlIEFQSSdzIC0tY29uZmlnIChpdHMgb3V0cHV0IGlzIG5ldmVyIHNob3duKWAgfV07XG4gICAgICB9XG4gICAgICBjb25zdCBwb3J0ID0gcmVjb3JkZWQucG9ydCA/PyBydW5uaW5nLnBvcnQ7XG4gICAgICByZXR1cm4gWzIwMCwgeyBjb25uZWN0aW9uOiB7IHByb3RvY29sOiBydW5uaW5nLnByb3RvY29sLCBob3N0LCBwb3J0LCB1c2VybmFtZSwgLi4uKHBhc3N3b3JkICE9PSB1bmRlZmluZWQgPyB7IHBhc3N3b3JkIH0gOiB7fSkgfSB9XTtcbiAgICB9XG4gICAgY29uc3QgcmVsZWFzZSA9IHJlbGVhc2VSb3V0ZShzLnJlbGVhc2VzRGlyLCBwKTtcbiAgICBpZiAocmVsZWFzZSkgcmV0dXJuIHJlbGVhc2U7XG4gICAgbSA9IC9eXFwvYXBpXFwvdjFcXC9wZXJtaXRzXFwvKFthLXowLTktXXsxLDQwfSkkLy5leGVjKHApO1xuICAgIGlmIChtKSB7XG4gICAgICBjb25zdCBzdGF0ZSA9IGF3YWl0IHN0b3JlLmdldChtWzFdKTtcbiAgICAgIGlmICghc3RhdGUpIHJldHVybiBbNDA0LCB7IGVycm9yOiBgcGVybWl0ICR7bVsxXX0gaXMgdW5rbm93biB0byB0aGUgc2VydmljZWAgfV07XG4gICAgICByZXR1cm4gWzIwMCwgeyAuLi5zdGF0ZSwgaGlzdG9yeTogYXdhaXQgc3RvcmUuaGlzdG9yeShtWzFdKSwgZXJyb3JzOiBhd2FpdCBzdG9yZS5lcnJvcnMobVsxXSkgfV07XG4gICAgfVxuICAgIGlmIChwID09PSAnL2FwaS92MS9wZXJtaXRzJykge1xuICAgICAgY29uc3Qgb2Zmc2V0ID0gTWF0aC5tYXgoMCwgTnVtYmVyKHVybC5zZWFyY2hQYXJhbXMuZ2V0KCdvZmZzZXQnKSA/PyAwKSB8fCAwKTtcbiAgICAgIGNvbnN0IGxpbWl0ID0gTWF0aC5taW4oMTAwMCwgTWF0aC5tYXgoMSwgTnVtYmVyKHVybC5zZWFyY2hQYXJhbXMuZ2V0KCdsaW1pdCcpID8/IDEwMCkgfHwgMTAwKSk7XG4gICAgICBjb25zdCBpZHMgPSBhd2FpdCBzdG9yZS5saXN0KG9mZnNldCwgbGltaXQpO1xuICAgICAgY29uc3QgaXRlbXMgPSBbXTtcbiAgICAgIGZvciAoY29uc3QgaWQgb2YgaWRzKSB7XG4gICAgICAgIGNvbnN0IHN0ID0gYXdhaXQgc3RvcmUuZ2V0KGlkKTtcbiAgICAgICAgaWYgKCFzdD8uc3RhdHVzKSBjb250aW51ZTtcbiAgICAgICAgaXRlbXMucHVzaCh7IHBlcm1pdElkOiBpZCwgc3RhdHVzOiBzdC5zdGF0dXMsIHByZXZpb3VzU3RhdHVzOiBzdC5wcmV2aW91c1N0YXR1cywgdXBkYXRlZEF0OiBzdC51cGRhdGVkQXQsIGZhaWxlZDogc3QuZmFpbGVkIH0pO1xuICAgICAgfVxuICAgICAgcmV0dXJuIFsyMDAsIHsgcGVybWl0czogaXRlbXMsIG9mZnNldCwgbGltaXQgfV07XG4gICAgfVxuICAgIHJldHVybiBbNDA0LCB7IGVycm9yOiBgbm8gcm91dGUgJHtwfTsgc2VlIC9vcGVuYXBpLmpzb25gIH1dO1xuICB9XG5cbiAgYXdhaXQgbmV3IFByb21pc2U8dm9pZD4oKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgIHNlcnZlci5vbmNlKCdlcnJvcicsIHJlamVjdCk7XG4gICAgc2VydmVyLmxpc3RlbihzLnBvcnQsIHMuaG9zdCwgKCkgPT4gcmVzb2x2ZSgpKTtcbiAgfSk7XG4gIHJldHVybiBzZXJ2ZXI7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIG1ldHJpY3Moc3RvcmU6IFN0YXRlU3RvcmUsIHJlcXVlc3RzOiBNYXA8c3RyaW5nLCBudW1iZXI+KTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgY29uc3QgbGluZXM6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IGNvdW50ZXJzID0gYXdhaXQgc3RvcmUucmVkaXMuaGdldGFsbChzdG9yZS5rZXlzLm1ldHJpY3MoKSk7XG4gIGZvciAoY29uc3QgW2ssIHZdIG9mIE9iamVjdC5lbnRyaWVzKGNvdW50ZXJzKS5zb3J0KCkpIHtcbiAgICBsaW5lcy5wdXNoKGAjIFRZUEUgcndzX3Blcm1pdF8ke2t9X3RvdGFsIGNvdW50ZXJgLCBgcndzX3Blcm1pdF8ke2t9X3RvdGFsICR7TnVtYmVyKHYpfWApO1xuICB9XG4gIGNvbnN0IGlkcyA9IGF3YWl0IHN0b3JlLnJlZGlzLnpyYW5nZShzdG9yZS5rZXlzLnBlcm1pdHMoKSwgMCwgLTEpO1xuICBjb25zdCBieVN0YXR1cyA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KCk7XG4gIGxldCBmYWlsZWQgPSAwO1xuICBmb3IgKGNvbnN0IGlkIG9mIGlkcykge1xuICAgIGNvbnN0IFtzdGF0dXMsIGZdID0gYXdhaXQgc3RvcmUucmVkaXMuaG1nZXQoc3RvcmUua2V5cy5wZXJtaXQoaWQpLCAnc3RhdHVzJywgJ2ZhaWxlZCcpO1xuICAgIGlmIChzdGF0dXMpIGJ5U3RhdHVzLnNldChzdGF0dXMsIChieVN0YXR1cy5nZXQoc3RhdHVzKSA/PyAwKSArIDEpO1xuICAgIGlmIChmKSBmYWlsZWQrKztcbiAgfVxuICBsaW5lcy5wdXNoKCcjIFRZUEUgcndzX3Blcm1pdHMgZ2F1Z2UnKTtcbiAgZm9yIChjb25zdCBbc3QsIG5dIG9mIFsuLi5ieVN0YXR1c10uc29ydCgpKSBsaW5lcy5wdXNoKGByd3NfcGVybWl0c3tzdGF0dXM9XCIke3N0fVwifSAke259YCk7XG4gIGxpbmVzLnB1c2goJyMgVFlQRSByd3NfcGVybWl0c19mYWlsZWQgZ2F1Z2UnLCBgcndzX3Blcm1pdHNfZmFpbGVkICR7ZmFpbGVkfWApO1xuICBjb25zdCB3b3JrZXJzID0gYXdhaXQgc3RvcmUucmVkaXMuemNvdW50KHN0b3JlLmtleXMud29ya2VycygpLCBEYXRlLm5vdygpIC0gNTAwMCwgJytpbmYnKTtcbiAgbGluZXMucHVzaCgnIyBUWVBFIHJ3c19wZXJtaXRfd29ya2VycyBnYXVnZScsIGByd3NfcGVybWl0X3dvcmtlcnMgJHt3b3JrZXJzfWApO1xuICBsaW5lcy5wdXNoKCcjIFRZUEUgcndzX3Blcm1pdF9hcGlfcmVxdWVzdHNfdG90YWwgY291bnRlcicpO1xuICBmb3IgKGNvbnN0IFtrLCBuXSBvZiBbLi4ucmVxdWVzdHNdLnNvcnQoKSkge1xuICAgIGNvbnN0IFttZXRob2QsIGNvZGVdID0gay5zcGxpdCgnICcpO1xuICAgIGxpbmVzLnB1c2goYHJ3c19wZXJtaXRfYXBpX3JlcXVlc3RzX3RvdGFse21ldGhvZD1cIiR7bWV0aG9kfVwiLGNvZGU9XCIke2NvZGV9XCJ9ICR7bn1gKTtcbiAgfVxuICByZXR1cm4gYCR7bGluZXMuam9pbignXFxuJyl9XFxuYDtcbn1cbiJdfQ==