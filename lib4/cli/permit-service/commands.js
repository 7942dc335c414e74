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
exports.permitPublish = exports.permitApi = exports.permitWorker = void 0;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const command_1 = require("../command");
/**
 * `rws permit worker`, `rws permit api` and `rws permit publish`. amqplib, ioredis and the
 * service modules load inside run(): no other command (and no library import) pays for them.
 */
const ENV_HELP = `Settings come from the options, then environment variables, then --config (YAML, snake_case
keys), then defaults; see docs/permit-service.md.`;
exports.permitWorker = {
    name: 'worker',
    summary: 'Consume permit events (RabbitMQ), keep permit state (Redis), synthesize/plan/apply each permit\'s stack',
    description: `Runs until SIGTERM or SIGINT (then finishes the event in progress). Each event is validated against
the permit lifecycle, the permit's stack is synthesized for --backend into <workdir>/permits/<id>/,
and in --mode plan the plan is made and checked (a plan that deletes or replaces a data volume
before permit.deleted is refused); --mode apply applies it. Terraform for kubernetes and proxmox;
for aws a CloudFormation change set from the template uploaded to cloudformation.bucket (RWS_CFN_BUCKET),
with the AWS SDK's credentials (environment, profile, instance role; AWS_ENDPOINT_URL). The state (status, history, errors,
last plan) is kept in Redis; events are acknowledged only after the state commit, duplicates
(same eventId) apply once, bad events go to the dead-letter queue <exchange>.dead with the reason.
Many workers may run: each permit's events are applied one at a time, in order.
Output release events (permit.release.scanned|approved|rejected|revoked|delivery_requested) move a
request of the permit's release store under RWS_RELEASES_DIR (releases_dir), as "rws permit release".

Environment: RWS_AMQP_URL, RWS_REDIS_URL, RWS_BACKEND, RWS_BACKEND_CONFIG, RWS_WORKDIR, RWS_MODE,
RWS_SHARDS, RWS_WORKER_ID, RWS_LEASE_MS, RWS_MAX_ATTEMPTS, RWS_BACKOFF_MS, RWS_REDIS_PREFIX,
RWS_EXCHANGE, RWS_STATUS_EXCHANGE, RWS_TERRAFORM_BIN, RWS_TERRAFORM_CLI_CONFIG,
RWS_TERRAFORM_PLUGIN_DIR, RWS_TERRAFORM_INIT, RWS_CFN_BUCKET, RWS_CFN_PREFIX, RWS_CFN_REGION,
RWS_CFN_ROLE_ARN, RWS_CFN_TIMEOUT, RWS_CFN_POLL_MS, RWS_RELEASES_DIR, RWS_CONFIG. ${ENV_HELP}`,
    options: [
        { name: 'amqp', value: 'url', help: 'RabbitMQ URL, e.g. amqp://user:pass@rabbit:5672/vhost (RWS_AMQP_URL)' },
        { name: 'redis', value: 'url', help: 'Redis URL, e.g. redis://redis:6379/0 (RWS_REDIS_URL)' },
        { name: 'backend', value: 'name', help: 'kubernetes, proxmox or aws (RWS_BACKEND)' },
        { name: 'backend-config', value: 'file', help: 'backend settings, as for "rws permit synth --config" (RWS_BACKEND_CONFIG)' },
        { name: 'config', value: 'file', help: 'service settings file (YAML; RWS_CONFIG)' },
        { name: 'workdir', value: 'dir', help: 'where each permit\'s stack and Terraform folder live (RWS_WORKDIR)' },
        { name: 'mode', value: 'm', help: 'synth (default), plan or apply (RWS_MODE)' },
        { name: 'shards', value: 'N', help: 'number of work queues permits are spread over; the same for every worker (default 16)' },
        { name: 'worker-id', value: 'id', help: 'name of this worker in logs, leases and the audit stream (default host-pid)' },
    ],
    examples: [
        'rws permit worker --amqp amqp://guest:guest@127.0.0.1:5672 --redis redis://127.0.0.1:6379 --backend kubernetes --workdir /var/lib/rws-permits --mode apply --config /etc/rws/worker.yaml',
    ],
    exitCodes: '  0  stopped by SIGTERM/SIGINT\n  2  bad settings',
    async run(ctx, input) {
        const { workerSettings } = await import('./config.js');
        const s = workerSettings(input, ctx.env);
        const [{ PermitWorker }, amqp, { Redis: IORedis }] = await Promise.all([import('./worker.js'), import('amqplib'), import('ioredis')]);
        const redis = new IORedis(s.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false, connectionName: `rws-permit-worker ${s.workerId}` });
        redis.on('error', () => undefined);
        const worker = new PermitWorker(s, redis, logger(ctx, s.workerId), amqp);
        const stop = () => void worker.stop();
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
        await worker.run();
        redis.disconnect();
        return command_1.EXIT_OK;
    },
};
exports.permitApi = {
    name: 'api',
    summary: 'Serve the read-only status and connection API of the permit service (HTTP, token auth, OpenAPI)',
    description: `GET /api/v1/workspaces/{permitId}/status, /api/v1/workspaces/{permitId}/connection (token with the
connection scope; the password is read from the secret store at request time, never from Redis),
/api/v1/permits/{permitId}, /api/v1/permits, /healthz, /readyz, /metrics (Prometheus), /openapi.json.
The token file (YAML) lists tokens by SHA-256 with their scopes:
  tokens:
    - { name: permit-manager, sha256: <sha256 hex of the token>, scopes: [status] }
    - { name: guacamole, token_file: /run/secrets/guacamole-token, scopes: [status, connection] }
Secret store (--config): secrets: { kind: file, dir: /run/rws-secrets }  (<dir>/<permitId>/<username>)
  or secrets: { kind: command, command: [kubectl, get, secret, ...] } with {permitId} {username} {workspace}.
Environment: RWS_REDIS_URL, RWS_API_PORT, RWS_API_HOST, RWS_TOKEN_FILE, RWS_SECRETS_KIND, RWS_SECRETS_DIR,
RWS_RELEASES_DIR (output release stores, served at /api/v1/permits/{permitId}/releases).`,
    options: [
        { name: 'redis', value: 'url', help: 'Redis URL (RWS_REDIS_URL)' },
        { name: 'port', value: 'N', help: 'TCP port (default 8080; 0 picks a free one and prints it)' },
        { name: 'host', value: 'addr', help: 'address to listen on (default 127.0.0.1)' },
        { name: 'token-file', value: 'file', help: 'API tokens and scopes (YAML; RWS_TOKEN_FILE)' },
        { name: 'config', value: 'file', help: 'service settings file (YAML; RWS_CONFIG)' },
    ],
    examples: ['rws permit api --redis redis://127.0.0.1:6379 --port 8080 --token-file /etc/rws/api-tokens.yaml'],
    async run(ctx, input) {
        const { apiSettings } = await import('./config.js');
        const s = apiSettings(input, ctx.env);
        const [{ startApi, readTokenFile }, { Redis: IORedis }] = await Promise.all([import('./api.js'), import('ioredis')]);
        let tokens;
        try {
            tokens = readTokenFile(s.tokenFile);
        }
        catch (e) {
            throw new command_1.CliInputError(e.message);
        }
        const redis = new IORedis(s.redisUrl, { maxRetriesPerRequest: 1, connectionName: 'rws-permit-api' });
        redis.on('error', () => undefined);
        const server = await startApi(s, redis, tokens);
        const addr = server.address();
        const port = typeof addr === 'object' && addr ? addr.port : s.port;
        if (ctx.out.json)
            ctx.out.printJson({ listening: `http://${s.host}:${port}`, port });
        else
            ctx.out.line(`listening on http://${s.host}:${port}`);
        await new Promise((resolve) => {
            const stop = () => server.close(() => resolve());
            process.once('SIGTERM', stop);
            process.once('SIGINT', stop);
        });
        redis.disconnect();
        return command_1.EXIT_OK;
    },
};
exports.permitPublish = {
    name: 'publish',
    summary: 'Publish a permit event (JSON file or - for stdin) to the events exchange',
    description: `Checks the event against the message schema (docs/permit-service.md), then publishes it with the
event name as routing key, persistent, and waits for the broker's confirm. A file may hold one
event object or a list of them (published in order). --raw publishes the bytes unchecked (tests).`,
    args: [{ name: 'event', help: 'event JSON file, or - for stdin' }],
    options: [
        { name: 'amqp', value: 'url', help: 'RabbitMQ URL (RWS_AMQP_URL)' },
        { name: 'exchange', value: 'name', help: 'events exchange (default permit.events; RWS_EXCHANGE)' },
        { name: 'routing-key', value: 'key', help: 'routing key (default: the event\'s name)' },
        { name: 'raw', help: 'publish the input as is, without checking it' },
    ],
    examples: ['rws permit publish --amqp amqp://guest:guest@127.0.0.1:5672 event.json', 'echo \'{"eventId":"e-1","event":"permit.deleted","permitId":"p-1"}\' | rws permit publish -'],
    exitCodes: '  0  published and confirmed\n  2  invalid event, or the broker is unreachable',
    async run(ctx, input) {
        const file = input.args[0];
        const amqpUrl = input.str('amqp') ?? ctx.env.RWS_AMQP_URL;
        if (!amqpUrl)
            throw new command_1.CliInputError('--amqp <url> is required (or RWS_AMQP_URL), e.g. --amqp amqp://guest:guest@127.0.0.1:5672');
        const exchange = input.str('exchange') ?? ctx.env.RWS_EXCHANGE ?? 'permit.events';
        const text = file === '-' ? fs.readFileSync(0, 'utf8') : readInput(ctx, file);
        const { parseEvent, BadEventError } = await import('./events.js');
        const messages = [];
        if (input.flag('raw')) {
            messages.push({ body: Buffer.from(text), key: input.str('routing-key') ?? 'permit.status.updated' });
        }
        else {
            let parsed;
            try {
                parsed = JSON.parse(text);
            }
            catch (e) {
                throw new command_1.CliInputError(`${file}: not JSON (${e.message}); give one event object or a list of them`);
            }
            for (const [i, o] of (Array.isArray(parsed) ? parsed : [parsed]).entries()) {
                const body = Buffer.from(JSON.stringify(o));
                try {
                    const ev = parseEvent(body, input.str('routing-key'));
                    messages.push({ body, key: input.str('routing-key') ?? ev.event, id: ev.eventId });
                }
                catch (e) {
                    if (e instanceof BadEventError)
                        throw new command_1.CliInputError(`${file}${Array.isArray(parsed) ? ` [${i}]` : ''}: ${e.message}`);
                    throw e;
                }
            }
        }
        const amqp = await import('amqplib');
        let conn;
        try {
            conn = await amqp.connect(amqpUrl);
        }
        catch (e) {
            throw new command_1.CliInputError(`cannot connect to RabbitMQ at ${redact(amqpUrl)}: ${e.message}`);
        }
        try {
            const ch = await conn.createConfirmChannel();
            await (await import('./topology.js')).declareIngress(ch, exchange);
            for (const m of messages) {
                ch.publish(exchange, m.key, m.body, { persistent: true, contentType: 'application/json', ...(m.id ? { messageId: m.id } : {}) });
            }
            await ch.waitForConfirms();
        }
        finally {
            await conn.close();
        }
        if (ctx.out.json)
            ctx.out.printJson({ published: messages.length, exchange, events: messages.map((m) => m.id ?? null) });
        else
            ctx.out.line(`published ${messages.length} event${messages.length === 1 ? '' : 's'} to ${exchange}`);
        return command_1.EXIT_OK;
    },
};
function readInput(ctx, file) {
    if (!file)
        throw new command_1.CliInputError('give the event file, or - to read it from stdin');
    const p = path.resolve(ctx.cwd, file);
    if (!fs.existsSync(p))
        throw new command_1.CliInputError(`${file}: no such file`);
    return fs.readFileSync(p, 'utf8');
}
function redact(url) {
    return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
/** One JSON line per log record on stderr (journald and kubectl logs keep them as they are). */
function logger(ctx, worker) {
    return (level, msg, fields = {}) => {
        process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, worker, msg, ...fields })}\n`);
        void ctx;
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY29tbWFuZHMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvY2xpL3Blcm1pdC1zZXJ2aWNlL2NvbW1hbmRzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLHVDQUF5QjtBQUN6QiwyQ0FBNkI7QUFDN0Isd0NBQXNFO0FBRXRFOzs7R0FHRztBQUVILE1BQU0sUUFBUSxHQUFHO2tEQUNpQyxDQUFDO0FBRXRDLFFBQUEsWUFBWSxHQUFZO0lBQ25DLElBQUksRUFBRSxRQUFRO0lBQ2QsT0FBTyxFQUFFLHlHQUF5RztJQUNsSCxXQUFXLEVBQUU7Ozs7Ozs7Ozs7Ozs7Ozs7b0ZBZ0JxRSxRQUFRLEVBQUU7SUFDNUYsT0FBTyxFQUFFO1FBQ1AsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLHNFQUFzRSxFQUFFO1FBQzVHLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxzREFBc0QsRUFBRTtRQUM3RixFQUFFLElBQUksRUFBRSxTQUFTLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsMENBQTBDLEVBQUU7UUFDcEYsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsMkVBQTJFLEVBQUU7UUFDNUgsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLDBDQUEwQyxFQUFFO1FBQ25GLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxvRUFBb0UsRUFBRTtRQUM3RyxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxJQUFJLEVBQUUsMkNBQTJDLEVBQUU7UUFDL0UsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsSUFBSSxFQUFFLHVGQUF1RixFQUFFO1FBQzdILEVBQUUsSUFBSSxFQUFFLFdBQVcsRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSw2RUFBNkUsRUFBRTtLQUN4SDtJQUNELFFBQVEsRUFBRTtRQUNSLDBMQUEwTDtLQUMzTDtJQUNELFNBQVMsRUFBRSxtREFBbUQ7SUFDOUQsS0FBSyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsS0FBSztRQUNsQixNQUFNLEVBQUUsY0FBYyxFQUFFLEdBQUcsTUFBTSxNQUFNLENBQUMsYUFBYSxDQUFDLENBQUM7UUFDdkQsTUFBTSxDQUFDLEdBQUcsY0FBYyxDQUFDLEtBQUssRUFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDekMsTUFBTSxDQUFDLEVBQUUsWUFBWSxFQUFFLEVBQUUsSUFBSSxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLGFBQWEsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxTQUFTLENBQUMsRUFBRSxNQUFNLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3RJLE1BQU0sS0FBSyxHQUFHLElBQUksT0FBTyxDQUFDLENBQUMsQ0FBQyxRQUFRLEVBQUUsRUFBRSxvQkFBb0IsRUFBRSxDQUFDLEVBQUUsV0FBVyxFQUFFLEtBQUssRUFBRSxjQUFjLEVBQUUscUJBQXFCLENBQUMsQ0FBQyxRQUFRLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDMUksS0FBSyxDQUFDLEVBQUUsQ0FBQyxPQUFPLEVBQUUsR0FBRyxFQUFFLENBQUMsU0FBUyxDQUFDLENBQUM7UUFDbkMsTUFBTSxNQUFNLEdBQUcsSUFBSSxZQUFZLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxNQUFNLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQztRQUN6RSxNQUFNLElBQUksR0FBRyxHQUFHLEVBQUUsQ0FBQyxLQUFLLE1BQU0sQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUN0QyxPQUFPLENBQUMsSUFBSSxDQUFDLFNBQVMsRUFBRSxJQUFJLENBQUMsQ0FBQztRQUM5QixPQUFPLENBQUMsSUFBSSxDQUFDLFFBQVEsRUFBRSxJQUFJLENBQUMsQ0FBQztRQUM3QixNQUFNLE1BQU0sQ0FBQyxHQUFHLEVBQUUsQ0FBQztRQUNuQixLQUFLLENBQUMsVUFBVSxFQUFFLENBQUM7UUFDbkIsT0FBTyxpQkFBTyxDQUFDO0lBQ2pCLENBQUM7Q0FDRixDQUFDO0FBRVcsUUFBQSxTQUFTLEdBQVk7SUFDaEMsSUFBSSxFQUFFLEtBQUs7SUFDWCxPQUFPLEVBQUUsaUdBQWlHO0lBQzFHLFdBQVcsRUFBRTs7Ozs7Ozs7Ozt5RkFVMEU7SUFDdkYsT0FBTyxFQUFFO1FBQ1AsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLDJCQUEyQixFQUFFO1FBQ2xFLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSwyREFBMkQsRUFBRTtRQUMvRixFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsMENBQTBDLEVBQUU7UUFDakYsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLDhDQUE4QyxFQUFFO1FBQzNGLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSwwQ0FBMEMsRUFBRTtLQUNwRjtJQUNELFFBQVEsRUFBRSxDQUFDLGlHQUFpRyxDQUFDO0lBQzdHLEtBQUssQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLEtBQUs7UUFDbEIsTUFBTSxFQUFFLFdBQVcsRUFBRSxHQUFHLE1BQU0sTUFBTSxDQUFDLGFBQWEsQ0FBQyxDQUFDO1FBQ3BELE1BQU0sQ0FBQyxHQUFHLFdBQVcsQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ3RDLE1BQU0sQ0FBQyxFQUFFLFFBQVEsRUFBRSxhQUFhLEVBQUUsRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLEVBQUUsQ0FBQyxHQUFHLE1BQU0sT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxVQUFVLENBQUMsRUFBRSxNQUFNLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3JILElBQUksTUFBTSxDQUFDO1FBQ1gsSUFBSSxDQUFDO1lBQ0gsTUFBTSxHQUFHLGFBQWEsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUM7UUFDdEMsQ0FBQztRQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7WUFDWCxNQUFNLElBQUksdUJBQWEsQ0FBRSxDQUFXLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDaEQsQ0FBQztRQUNELE1BQU0sS0FBSyxHQUFHLElBQUksT0FBTyxDQUFDLENBQUMsQ0FBQyxRQUFRLEVBQUUsRUFBRSxvQkFBb0IsRUFBRSxDQUFDLEVBQUUsY0FBYyxFQUFFLGdCQUFnQixFQUFFLENBQUMsQ0FBQztRQUNyRyxLQUFLLENBQUMsRUFBRSxDQUFDLE9BQU8sRUFBRSxHQUFHLEVBQUUsQ0FBQyxTQUFTLENBQUMsQ0FBQztRQUNuQyxNQUFNLE1BQU0sR0FBRyxNQUFNLFFBQVEsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLE1BQU0sQ0FBQyxDQUFDO1FBQ2hELE1BQU0sSUFBSSxHQUFHLE1BQU0sQ0FBQyxPQUFPLEVBQUUsQ0FBQztRQUM5QixNQUFNLElBQUksR0FBRyxPQUFPLElBQUksS0FBSyxRQUFRLElBQUksSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDO1FBQ25FLElBQUksR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJO1lBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsRUFBRSxTQUFTLEVBQUUsVUFBVSxDQUFDLENBQUMsSUFBSSxJQUFJLElBQUksRUFBRSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7O1lBQ2hGLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLHVCQUF1QixDQUFDLENBQUMsSUFBSSxJQUFJLElBQUksRUFBRSxDQUFDLENBQUM7UUFDM0QsTUFBTSxJQUFJLE9BQU8sQ0FBTyxDQUFDLE9BQU8sRUFBRSxFQUFFO1lBQ2xDLE1BQU0sSUFBSSxHQUFHLEdBQUcsRUFBRSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsR0FBRyxFQUFFLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQztZQUNqRCxPQUFPLENBQUMsSUFBSSxDQUFDLFNBQVMsRUFBRSxJQUFJLENBQUMsQ0FBQztZQUM5QixPQUFPLENBQUMsSUFBSSxDQUFDLFFBQVEsRUFBRSxJQUFJLENBQUMsQ0FBQztRQUMvQixDQUFDLENBQUMsQ0FBQztRQUNILEtBQUssQ0FBQyxVQUFVLEVBQUUsQ0FBQztRQUNuQixPQUFPLGlCQUFPLENBQUM7SUFDakIsQ0FBQztDQUNGLENBQUM7QUFFVyxRQUFBLGFBQWEsR0FBWTtJQUNwQyxJQUFJLEVBQUUsU0FBUztJQUNmLE9BQU8sRUFBRSwwRUFBMEU7SUFDbkYsV0FBVyxFQUFFOztrR0FFbUY7SUFDaEcsSUFBSSxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxpQ0FBaUMsRUFBRSxDQUFDO0lBQ2xFLE9BQU8sRUFBRTtRQUNQLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSw2QkFBNkIsRUFBRTtRQUNuRSxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsdURBQXVELEVBQUU7UUFDbEcsRUFBRSxJQUFJLEVBQUUsYUFBYSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLDBDQUEwQyxFQUFFO1FBQ3ZGLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsOENBQThDLEVBQUU7S0FDdEU7SUFDRCxRQUFRLEVBQUUsQ0FBQyx3RUFBd0UsRUFBRSw2RkFBNkYsQ0FBQztJQUNuTCxTQUFTLEVBQUUsZ0ZBQWdGO0lBQzNGLEtBQUssQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLEtBQUs7UUFDbEIsTUFBTSxJQUFJLEdBQUcsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMzQixNQUFNLE9BQU8sR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJLEdBQUcsQ0FBQyxHQUFHLENBQUMsWUFBWSxDQUFDO1FBQzFELElBQUksQ0FBQyxPQUFPO1lBQUUsTUFBTSxJQUFJLHVCQUFhLENBQUMsMkZBQTJGLENBQUMsQ0FBQztRQUNuSSxNQUFNLFFBQVEsR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxHQUFHLENBQUMsWUFBWSxJQUFJLGVBQWUsQ0FBQztRQUNsRixNQUFNLElBQUksR0FBRyxJQUFJLEtBQUssR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsWUFBWSxDQUFDLENBQUMsRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLEdBQUcsRUFBRSxJQUFJLENBQUMsQ0FBQztRQUM5RSxNQUFNLEVBQUUsVUFBVSxFQUFFLGFBQWEsRUFBRSxHQUFHLE1BQU0sTUFBTSxDQUFDLGFBQWEsQ0FBQyxDQUFDO1FBQ2xFLE1BQU0sUUFBUSxHQUFzRCxFQUFFLENBQUM7UUFDdkUsSUFBSSxLQUFLLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7WUFDdEIsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLGFBQWEsQ0FBQyxJQUFJLHVCQUF1QixFQUFFLENBQUMsQ0FBQztRQUN2RyxDQUFDO2FBQU0sQ0FBQztZQUNOLElBQUksTUFBZSxDQUFDO1lBQ3BCLElBQUksQ0FBQztnQkFDSCxNQUFNLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUM1QixDQUFDO1lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztnQkFDWCxNQUFNLElBQUksdUJBQWEsQ0FBQyxHQUFHLElBQUksZUFBZ0IsQ0FBVyxDQUFDLE9BQU8sNENBQTRDLENBQUMsQ0FBQztZQUNsSCxDQUFDO1lBQ0QsS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQztnQkFDM0UsTUFBTSxJQUFJLEdBQUcsTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7Z0JBQzVDLElBQUksQ0FBQztvQkFDSCxNQUFNLEVBQUUsR0FBRyxVQUFVLENBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxHQUFHLENBQUMsYUFBYSxDQUFDLENBQUMsQ0FBQztvQkFDdEQsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxHQUFHLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxhQUFhLENBQUMsSUFBSSxFQUFFLENBQUMsS0FBSyxFQUFFLEVBQUUsRUFBRSxFQUFFLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQztnQkFDckYsQ0FBQztnQkFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO29CQUNYLElBQUksQ0FBQyxZQUFZLGFBQWE7d0JBQUUsTUFBTSxJQUFJLHVCQUFhLENBQUMsR0FBRyxJQUFJLEdBQUcsS0FBSyxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDO29CQUMxSCxNQUFNLENBQUMsQ0FBQztnQkFDVixDQUFDO1lBQ0gsQ0FBQztRQUNILENBQUM7UUFDRCxNQUFNLElBQUksR0FBRyxNQUFNLE1BQU0sQ0FBQyxTQUFTLENBQUMsQ0FBQztRQUNyQyxJQUFJLElBQUksQ0FBQztRQUNULElBQUksQ0FBQztZQUNILElBQUksR0FBRyxNQUFNLElBQUksQ0FBQyxPQUFPLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDckMsQ0FBQztRQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7WUFDWCxNQUFNLElBQUksdUJBQWEsQ0FBQyxpQ0FBaUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxLQUFNLENBQVcsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDO1FBQ3ZHLENBQUM7UUFDRCxJQUFJLENBQUM7WUFDSCxNQUFNLEVBQUUsR0FBRyxNQUFNLElBQUksQ0FBQyxvQkFBb0IsRUFBRSxDQUFDO1lBQzdDLE1BQU0sQ0FBQyxNQUFNLE1BQU0sQ0FBQyxlQUFlLENBQUMsQ0FBQyxDQUFDLGNBQWMsQ0FBQyxFQUFFLEVBQUUsUUFBUSxDQUFDLENBQUM7WUFDbkUsS0FBSyxNQUFNLENBQUMsSUFBSSxRQUFRLEVBQUUsQ0FBQztnQkFDekIsRUFBRSxDQUFDLE9BQU8sQ0FBQyxRQUFRLEVBQUUsQ0FBQyxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUUsVUFBVSxFQUFFLElBQUksRUFBRSxXQUFXLEVBQUUsa0JBQWtCLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQ25JLENBQUM7WUFDRCxNQUFNLEVBQUUsQ0FBQyxlQUFlLEVBQUUsQ0FBQztRQUM3QixDQUFDO2dCQUFTLENBQUM7WUFDVCxNQUFNLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQztRQUNyQixDQUFDO1FBQ0QsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUk7WUFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQyxFQUFFLFNBQVMsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsRUFBRSxNQUFNLEVBQUUsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7O1lBQ3BILEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLGFBQWEsUUFBUSxDQUFDLE1BQU0sU0FBUyxRQUFRLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLE9BQU8sUUFBUSxFQUFFLENBQUMsQ0FBQztRQUMxRyxPQUFPLGlCQUFPLENBQUM7SUFDakIsQ0FBQztDQUNGLENBQUM7QUFFRixTQUFTLFNBQVMsQ0FBQyxHQUFZLEVBQUUsSUFBd0I7SUFDdkQsSUFBSSxDQUFDLElBQUk7UUFBRSxNQUFNLElBQUksdUJBQWEsQ0FBQyxpREFBaUQsQ0FBQyxDQUFDO0lBQ3RGLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxJQUFJLENBQUMsQ0FBQztJQUN0QyxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUM7UUFBRSxNQUFNLElBQUksdUJBQWEsQ0FBQyxHQUFHLElBQUksZ0JBQWdCLENBQUMsQ0FBQztJQUN4RSxPQUFPLEVBQUUsQ0FBQyxZQUFZLENBQUMsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQ3BDLENBQUM7QUFFRCxTQUFTLE1BQU0sQ0FBQyxHQUFXO0lBQ3pCLE9BQU8sR0FBRyxDQUFDLE9BQU8sQ0FBQyx1QkFBdUIsRUFBRSxXQUFXLENBQUMsQ0FBQztBQUMzRCxDQUFDO0FBRUQsZ0dBQWdHO0FBQ2hHLFNBQVMsTUFBTSxDQUFDLEdBQVksRUFBRSxNQUFjO0lBQzFDLE9BQU8sQ0FBQyxLQUFhLEVBQUUsR0FBVyxFQUFFLFNBQWtDLEVBQUUsRUFBRSxFQUFFO1FBQzFFLE9BQU8sQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLEdBQUcsSUFBSSxDQUFDLFNBQVMsQ0FBQyxFQUFFLElBQUksRUFBRSxJQUFJLElBQUksRUFBRSxDQUFDLFdBQVcsRUFBRSxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsR0FBRyxFQUFFLEdBQUcsTUFBTSxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDL0csS0FBSyxHQUFHLENBQUM7SUFDWCxDQUFDLENBQUM7QUFDSixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdwYXRoJztcbmltcG9ydCB7IENsaUlucHV0RXJyb3IsIENvbW1hbmQsIENvbnRleHQsIEVYSVRfT0sgfSBmcm9tICcuLi9jb21tYW5kJztcblxuLyoqXG4gKiBgcndzIHBlcm1pdCB3b3JrZXJgLCBgcndzIHBlcm1pdCBhcGlgIGFuZCBgcndzIHBlcm1pdCBwdWJsaXNoYC4gYW1xcGxpYiwgaW9yZWRpcyBhbmQgdGhlXG4gKiBzZXJ2aWNlIG1vZHVsZXMgbG9hZCBpbnNpZGUgcnVuKCk6IG5vIG90aGVyIGNvbW1hbmQgKGFuZCBubyBsaWJyYXJ5IGltcG9ydCkgcGF5cyBmb3IgdGhlbS5cbiAqL1xuXG5jb25zdCBFTlZfSEVMUCA9IGBTZXR0aW5ncyBjb21lIGZyb20gdGhlIG9wdGlvbnMsIHRoZW4gZW52aXJvbm1lbnQgdmFyaWFibGVzLCB0aGVuIC0tY29uZmlnIChZQU1MLCBzbmFrZV9jYXNlXG5rZXlzKSwgdGhlbiBkZWZhdWx0czsgc2VlIGRvY3MvcGVybWl0LXNlcnZpY2UubWQuYDtcblxuZXhwb3J0IGNvbnN0IHBlcm1pdFdvcmtlcjogQ29tbWFuZCA9IHtcbiAgbmFtZTogJ3dvcmtlcicsXG4gIHN1bW1hcnk6ICdDb25zdW1lIHBlcm1pdCBldmVudHMgKFJhYmJpdE1RKSwga2VlcCBwZXJtaXQgc3RhdGUgKFJlZGlzKSwgc3ludGhlc2l6ZS9wbGFuL2FwcGx5IGVhY2ggcGVybWl0XFwncyBzdGFjaycsXG4gIGRlc2NyaXB0aW9uOiBgUnVucyB1bnRpbCBTSUdURVJNIG9yIFNJR0lOVCAodGhlbiBmaW5pc2hlcyB0aGUgZXZlbnQgaW4gcHJvZ3Jlc3MpLiBFYWNoIGV2ZW50IGlzIHZhbGlkYXRlZCBhZ2FpbnN0XG50aGUgcGVybWl0IGxpZmVjeWNsZSwgdGhlIHBlcm1pdCdzIHN0YWNrIGlzIHN5bnRoZXNpemVkIGZvciAtLWJhY2tlbmQgaW50byA8d29ya2Rpcj4vcGVybWl0cy88aWQ+LyxcbmFuZCBpbiAtLW1vZGUgcGxhbiB0aGUgcGxhbiBpcyBtYWRlIGFuZCBjaGVja2VkIChhIHBsYW4gdGhhdCBkZWxldGVzIG9yIHJlcGxhY2VzIGEgZGF0YSB2b2x1bWVcbmJlZm9yZSBwZXJtaXQuZGVsZXRlZCBpcyByZWZ1c2VkKTsgLS1tb2RlIGFwcGx5IGFwcGxpZXMgaXQuIFRlcnJhZm9ybSBmb3Iga3ViZXJuZXRlcyBhbmQgcHJveG1veDtcbmZvciBhd3MgYSBDbG91ZEZvcm1hdGlvbiBjaGFuZ2Ugc2V0IGZyb20gdGhlIHRlbXBsYXRlIHVwbG9hZGVkIHRvIGNsb3VkZm9ybWF0aW9uLmJ1Y2tldCAoUldTX0NGTl9CVUNLRVQpLFxud2l0aCB0aGUgQVdTIFNESydzIGNyZWRlbnRpYWxzIChlbnZpcm9ubWVudCwgcHJvZmlsZSwgaW5zdGFuY2Ugcm9sZTsgQVdTX0VORFBPSU5UX1VSTCkuIFRoZSBzdGF0ZSAoc3RhdHVzLCBoaXN0b3J5LCBlcnJvcnMsXG5sYXN0IHBsYW4pIGlzIGtlcHQgaW4gUmVkaXM7IGV2ZW50cyBhcmUgYWNrbm93bGVkZ2VkIG9ubHkgYWZ0ZXIgdGhlIHN0YXRlIGNvbW1pdCwgZHVwbGljYXRlc1xuKHNhbWUgZXZlbnRJZCkgYXBwbHkgb25jZSwgYmFkIGV2ZW50cyBnbyB0byB0aGUgZGVhZC1sZXR0ZXIgcXVldWUgPGV4Y2hhbmdlPi5kZWFkIHdpdGggdGhlIHJlYXNvbi5cbk1hbnkgd29ya2VycyBtYXkgcnVuOiBlYWNoIHBlcm1pdCdzIGV2ZW50cyBhcmUgYXBwbGllZCBvbmUgYXQgYSB0aW1lLCBpbiBvcmRlci5cbk91dHB1dCByZWxlYXNlIGV2ZW50cyAocGVybWl0LnJlbGVhc2Uuc2Nhbm5lZHxhcHByb3ZlZHxyZWplY3RlZHxyZXZva2VkfGRlbGl2ZXJ5X3JlcXVlc3RlZCkgbW92ZSBhXG5yZXF1ZXN0IG9mIHRoZSBwZXJtaXQncyByZWxlYXNlIHN0b3JlIHVuZGVyIFJXU19SRUxFQVNFU19ESVIgKHJlbGVhc2VzX2RpciksIGFzIFwicndzIHBlcm1pdCByZWxlYXNlXCIuXG5cbkVudmlyb25tZW50OiBSV1NfQU1RUF9VUkwsIFJXU19SRURJU19VUkwsIFJXU19CQUNLRU5ELCBSV1NfQkFDS0VORF9DT05GSUcsIFJXU19XT1JLRElSLCBSV1NfTU9ERSxcblJXU19TSEFSRFMsIFJXU19XT1JLRVJfSUQsIFJXU19MRUFTRV9NUywgUldTX01BWF9BVFRFTVBUUywgUldTX0JBQ0tPRkZfTVMsIFJXU19SRURJU19QUkVGSVgsXG5SV1NfRVhDSEFOR0UsIFJXU19TVEFUVVNfRVhDSEFOR0UsIFJXU19URVJSQUZPUk1fQklOLCBSV1NfVEVSUkFGT1JNX0NMSV9DT05GSUcsXG5SV1NfVEVSUkFGT1JNX1BMVUdJTl9ESVIsIFJXU19URVJSQUZPUk1fSU5JVCwgUldTX0NGTl9CVUNLRVQsIFJXU19DRk5fUFJFRklYLCBSV1NfQ0ZOX1JFR0lPTixcblJXU19DRk5fUk9MRV9BUk4sIFJXU19DRk5fVElNRU9VVCwgUldTX0NGTl9QT0xMX01TLCBSV1NfUkVMRUFTRVNfRElSLCBSV1NfQ09ORklHLiAke0VOVl9IRUxQfWAsXG4gIG9wdGlvbnM6IFtcbiAgICB7IG5hbWU6ICdhbXFwJywgdmFsdWU6ICd1cmwnLCBoZWxwOiAnUmFiYml0TVEgVVJMLCBlLmcuIGFtcXA6Ly91c2VyOnBhc3NAcmFiYml0OjU2NzIvdmhvc3QgKFJXU19BTVFQX1VSTCknIH0sXG4gICAgeyBuYW1lOiAncmVkaXMnLCB2YWx1ZTogJ3VybCcsIGhlbHA6ICdSZWRpcyBVUkwsIGUuZy4gcmVkaXM6Ly9yZWRpczo2Mzc5LzAgKFJXU19SRURJU19VUkwpJyB9LFxuICAgIHsgbmFtZTogJ2JhY2tlbmQnLCB2YWx1ZTogJ25hbWUnLCBoZWxwOiAna3ViZXJuZXRlcywgcHJveG1veCBvciBhd3MgKFJXU19CQUNLRU5EKScgfSxcbiAgICB7IG5hbWU6ICdiYWNrZW5kLWNvbmZpZycsIHZhbHVlOiAnZmlsZScsIGhlbHA6ICdiYWNrZW5kIHNldHRpbmdzLCBhcyBmb3IgXCJyd3MgcGVybWl0IHN5bnRoIC0tY29uZmlnXCIgKFJXU19CQUNLRU5EX0NPTkZJRyknIH0sXG4gICAgeyBuYW1lOiAnY29uZmlnJywgdmFsdWU6ICdmaWxlJywgaGVscDogJ3NlcnZpY2Ugc2V0dGluZ3MgZmlsZSAoWUFNTDsgUldTX0NPTkZJRyknIH0sXG4gICAgeyBuYW1lOiAnd29ya2RpcicsIHZhbHVlOiAnZGlyJywgaGVscDogJ3doZXJlIGVhY2ggcGVybWl0XFwncyBzdGFjayBhbmQgVGVycmFmb3JtIGZvbGRlciBsaXZlIChSV1NfV09SS0RJUiknIH0sXG4gICAgeyBuYW1lOiAnbW9kZScsIHZhbHVlOiAnbScsIGhlbHA6ICdzeW50aCAoZGVmYXVsdCksIHBsYW4gb3IgYXBwbHkgKFJXU19NT0RFKScgfSxcbiAgICB7IG5hbWU6ICdzaGFyZHMnLCB2YWx1ZTogJ04nLCBoZWxwOiAnbnVtYmVyIG9mIHdvcmsgcXVldWVzIHBlcm1pdHMgYXJlIHNwcmVhZCBvdmVyOyB0aGUgc2FtZSBmb3IgZXZlcnkgd29ya2VyIChkZWZhdWx0IDE2KScgfSxcbiAgICB7IG5hbWU6ICd3b3JrZXItaWQnLCB2YWx1ZTogJ2lkJywgaGVscDogJ25hbWUgb2YgdGhpcyB3b3JrZXIgaW4gbG9ncywgbGVhc2VzIGFuZCB0aGUgYXVkaXQgc3RyZWFtIChkZWZhdWx0IGhvc3QtcGlkKScgfSxcbiAgXSxcbiAgZXhhbXBsZXM6IFtcbiAgICAncndzIHBlcm1pdCB3b3JrZXIgLS1hbXFwIGFtcXA6Ly9ndWVzdDpndWVzdEAxMjcuMC4wLjE6NTY3MiAtLXJlZGlzIHJlZGlzOi8vMTI3LjAuMC4xOjYzNzkgLS1iYWNrZW5kIGt1YmVybmV0ZXMgLS13b3JrZGlyIC92YXIvbGliL3J3cy1wZXJtaXRzIC0tbW9kZSBhcHBseSAtLWNvbmZpZyAvZXRjL3J3cy93b3JrZXIueWFtbCcsXG4gIF0sXG4gIGV4aXRDb2RlczogJyAgMCAgc3RvcHBlZCBieSBTSUdURVJNL1NJR0lOVFxcbiAgMiAgYmFkIHNldHRpbmdzJyxcbiAgYXN5bmMgcnVuKGN0eCwgaW5wdXQpIHtcbiAgICBjb25zdCB7IHdvcmtlclNldHRpbmdzIH0gPSBhd2FpdCBpbXBvcnQoJy4vY29uZmlnLmpzJyk7XG4gICAgY29uc3QgcyA9IHdvcmtlclNldHRpbmdzKGlucHV0LCBjdHguZW52KTtcbiAgICBjb25zdCBbeyBQZXJtaXRXb3JrZXIgfSwgYW1xcCwgeyBSZWRpczogSU9SZWRpcyB9XSA9IGF3YWl0IFByb21pc2UuYWxsKFtpbXBvcnQoJy4vd29ya2VyLmpzJyksIGltcG9ydCgnYW1xcGxpYicpLCBpbXBvcnQoJ2lvcmVkaXMnKV0pO1xuICAgIGNvbnN0IHJlZGlzID0gbmV3IElPUmVkaXMocy5yZWRpc1VybCwgeyBtYXhSZXRyaWVzUGVyUmVxdWVzdDogMywgbGF6eUNvbm5lY3Q6IGZhbHNlLCBjb25uZWN0aW9uTmFtZTogYHJ3cy1wZXJtaXQtd29ya2VyICR7cy53b3JrZXJJZH1gIH0pO1xuICAgIHJlZGlzLm9uKCdlcnJvcicsICgpID0+IHVuZGVmaW5lZCk7XG4gICAgY29uc3Qgd29ya2VyID0gbmV3IFBlcm1pdFdvcmtlcihzLCByZWRpcywgbG9nZ2VyKGN0eCwgcy53b3JrZXJJZCksIGFtcXApO1xuICAgIGNvbnN0IHN0b3AgPSAoKSA9PiB2b2lkIHdvcmtlci5zdG9wKCk7XG4gICAgcHJvY2Vzcy5vbmNlKCdTSUdURVJNJywgc3RvcCk7XG4gICAgcHJvY2Vzcy5vbmNlKCdTSUdJTlQnLCBzdG9wKTtcbiAgICBhd2FpdCB3b3JrZXIucnVuKCk7XG4gICAgcmVkaXMuZGlzY29ubmVjdCgpO1xuICAgIHJldHVybiBFWElUX09LO1xuICB9LFxufTtcblxuZXhwb3J0IGNvbnN0IHBlcm1pdEFwaTogQ29tbWFuZCA9IHtcbiAgbmFtZTogJ2FwaScsXG4gIHN1bW1hcnk6ICdTZXJ2ZSB0aGUgcmVhZC1vbmx5IHN0YXR1cyBhbmQgY29ubmVjdGlvbiBBUEkgb2YgdGhlIHBlcm1pdCBzZXJ2aWNlIChIVFRQLCB0b2tlbiBhdXRoLCBPcGVuQVBJKScsXG4gIGRlc2NyaXB0aW9uOiBgR0VUIC9hcGkvdjEvd29ya3NwYWNlcy97cGVybWl0SWR9L3N0YXR1cywgL2FwaS92MS93b3Jrc3BhY2VzL3twZXJtaXRJZH0vY29ubmVjdGlvbiAodG9rZW4gd2l0aCB0aGVcbmNvbm5lY3Rpb24gc2NvcGU7IHRoZSBwYXNzd29yZCBpcyByZWFkIGZyb20gdGhlIHNlY3JldCBzdG9yZSBhdCByZXF1ZXN0IHRpbWUsIG5ldmVyIGZyb20gUmVkaXMpLFxuL2FwaS92MS9wZXJtaXRzL3twZXJtaXRJZH0sIC9hcGkvdjEvcGVybWl0cywgL2hlYWx0aHosIC9yZWFkeXosIC9tZXRyaWNzIChQcm9tZXRoZXVzKSwgL29wZW5hcGkuanNvbi5cblRoZSB0b2tlbiBmaWxlIChZQU1MKSBsaXN0cyB0b2tlbnMgYnkgU0hBLTI1NiB3aXRoIHRoZWlyIHNjb3BlczpcbiAgdG9rZW5zOlxuICAgIC0geyBuYW1lOiBwZXJtaXQtbWFuYWdlciwgc2hhMjU2OiA8c2hhMjU2IGhleCBvZiB0aGUgdG9rZW4+LCBzY29wZXM6IFtzdGF0dXNdIH1cbiAgICAtIHsgbmFtZTogZ3VhY2Ftb2xlLCB0b2tlbl9maWxlOiAvcnVuL3NlY3JldHMvZ3VhY2Ftb2xlLXRva2VuLCBzY29wZXM6IFtzdGF0dXMsIGNvbm5lY3Rpb25dIH1cblNlY3JldCBzdG9yZSAoLS1jb25maWcpOiBzZWNyZXRzOiB7IGtpbmQ6IGZpbGUsIGRpcjogL3J1bi9yd3Mtc2VjcmV0cyB9ICAoPGRpcj4vPHBlcm1pdElkPi88dXNlcm5hbWU+KVxuICBvciBzZWNyZXRzOiB7IGtpbmQ6IGNvbW1hbmQsIGNvbW1hbmQ6IFtrdWJlY3RsLCBnZXQsIHNlY3JldCwgLi4uXSB9IHdpdGgge3Blcm1pdElkfSB7dXNlcm5hbWV9IHt3b3Jrc3BhY2V9LlxuRW52aXJvbm1lbnQ6IFJXU19SRURJU19VUkwsIFJXU19BUElfUE9SVCwgUldTX0FQSV9IT1NULCBSV1NfVE9LRU5fRklMRSwgUldTX1NFQ1JFVFNfS0lORCwgUldTX1NFQ1JFVFNfRElSLFxuUldTX1JFTEVBU0VTX0RJUiAob3V0cHV0IHJlbGVhc2Ugc3RvcmVzLCBzZXJ2ZWQgYXQgL2FwaS92MS9wZXJtaXRzL3twZXJtaXRJZH0vcmVsZWFzZXMpLmAsXG4gIG9wdGlvbnM6IFtcbiAgICB7IG5hbWU6ICdyZWRpcycsIHZhbHVlOiAndXJsJywgaGVscDogJ1JlZGlzIFVSTCAoUldTX1JFRElTX1VSTCknIH0sXG4gICAgeyBuYW1lOiAncG9ydCcsIHZhbHVlOiAnTicsIGhlbHA6ICdUQ1AgcG9ydCAoZGVmYXVsdCA4MDgwOyAwIHBpY2tzIGEgZnJlZSBvbmUgYW5kIHByaW50cyBpdCknIH0sXG4gICAgeyBuYW1lOiAnaG9zdCcsIHZhbHVlOiAnYWRkcicsIGhlbHA6ICdhZGRyZXNzIHRvIGxpc3RlbiBvbiAoZGVmYXVsdCAxMjcuMC4wLjEpJyB9LFxuICAgIHsgbmFtZTogJ3Rva2VuLWZpbGUnLCB2YWx1ZTogJ2ZpbGUnLCBoZWxwOiAnQVBJIHRva2VucyBhbmQgc2NvcGVzIChZQU1MOyBSV1NfVE9LRU5fRklMRSknIH0sXG4gICAgeyBuYW1lOiAnY29uZmlnJywgdmFsdWU6ICdmaWxlJywgaGVscDogJ3NlcnZpY2Ugc2V0dGluZ3MgZmlsZSAoWUFNTDsgUldTX0NPTkZJRyknIH0sXG4gIF0sXG4gIGV4YW1wbGVzOiBbJ3J3cyBwZXJtaXQgYXBpIC0tcmVkaXMgcmVkaXM6Ly8xMjcuMC4wLjE6NjM3OSAtLXBvcnQgODA4MCAtLXRva2VuLWZpbGUgL2V0Yy9yd3MvYXBpLXRva2Vucy55YW1sJ10sXG4gIGFzeW5jIHJ1bihjdHgsIGlucHV0KSB7XG4gICAgY29uc3QgeyBhcGlTZXR0aW5ncyB9ID0gYXdhaXQgaW1wb3J0KCcuL2NvbmZpZy5qcycpO1xuICAgIGNvbnN0IHMgPSBhcGlTZXR0aW5ncyhpbnB1dCwgY3R4LmVudik7XG4gICAgY29uc3QgW3sgc3RhcnRBcGksIHJlYWRUb2tlbkZpbGUgfSwgeyBSZWRpczogSU9SZWRpcyB9XSA9IGF3YWl0IFByb21pc2UuYWxsKFtpbXBvcnQoJy4vYXBpLmpzJyksIGltcG9ydCgnaW9yZWRpcycpXSk7XG4gICAgbGV0IHRva2VucztcbiAgICB0cnkge1xuICAgICAgdG9rZW5zID0gcmVhZFRva2VuRmlsZShzLnRva2VuRmlsZSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoKGUgYXMgRXJyb3IpLm1lc3NhZ2UpO1xuICAgIH1cbiAgICBjb25zdCByZWRpcyA9IG5ldyBJT1JlZGlzKHMucmVkaXNVcmwsIHsgbWF4UmV0cmllc1BlclJlcXVlc3Q6IDEsIGNvbm5lY3Rpb25OYW1lOiAncndzLXBlcm1pdC1hcGknIH0pO1xuICAgIHJlZGlzLm9uKCdlcnJvcicsICgpID0+IHVuZGVmaW5lZCk7XG4gICAgY29uc3Qgc2VydmVyID0gYXdhaXQgc3RhcnRBcGkocywgcmVkaXMsIHRva2Vucyk7XG4gICAgY29uc3QgYWRkciA9IHNlcnZlci5hZGRyZXNzKCk7XG4gICAgY29uc3QgcG9ydCA9IHR5cGVvZiBhZGRyID09PSAnb2JqZWN0JyAmJiBhZGRyID8gYWRkci5wb3J0IDogcy5wb3J0O1xuICAgIGlmIChjdHgub3V0Lmpzb24pIGN0eC5vdXQucHJpbnRKc29uKHsgbGlzdGVuaW5nOiBgaHR0cDovLyR7cy5ob3N0fToke3BvcnR9YCwgcG9ydCB9KTtcbiAgICBlbHNlIGN0eC5vdXQubGluZShgbGlzdGVuaW5nIG9uIGh0dHA6Ly8ke3MuaG9zdH06JHtwb3J0fWApO1xuICAgIGF3YWl0IG5ldyBQcm9taXNlPHZvaWQ+KChyZXNvbHZlKSA9PiB7XG4gICAgICBjb25zdCBzdG9wID0gKCkgPT4gc2VydmVyLmNsb3NlKCgpID0+IHJlc29sdmUoKSk7XG4gICAgICBwcm9jZXNzLm9uY2UoJ1NJR1RFUk0nLCBzdG9wKTtcbiAgICAgIHByb2Nlc3Mub25jZSgnU0lHSU5UJywgc3RvcCk7XG4gICAgfSk7XG4gICAgcmVkaXMuZGlzY29ubmVjdCgpO1xuICAgIHJldHVybiBFWElUX09LO1xuICB9LFxufTtcblxuZXhwb3J0IGNvbnN0IHBlcm1pdFB1Ymxpc2g6IENvbW1hbmQgPSB7XG4gIG5hbWU6ICdwdWJsaXNoJyxcbiAgc3VtbWFyeTogJ1B1Ymxpc2ggYSBwZXJtaXQgZXZlbnQgKEpTT04gZmlsZSBvciAtIGZvciBzdGRpbikgdG8gdGhlIGV2ZW50cyBleGNoYW5nZScsXG4gIGRlc2NyaXB0aW9uOiBgQ2hlY2tzIHRoZSBldmVudCBhZ2FpbnN0IHRoZSBtZXNzYWdlIHNjaGVtYSAoZG9jcy9wZXJtaXQtc2VydmljZS5tZCksIHRoZW4gcHVibGlzaGVzIGl0IHdpdGggdGhlXG5ldmVudCBuYW1lIGFzIHJvdXRpbmcga2V5LCBwZXJzaXN0ZW50LCBhbmQgd2FpdHMgZm9yIHRoZSBicm9rZXIncyBjb25maXJtLiBBIGZpbGUgbWF5IGhvbGQgb25lXG5ldmVudCBvYmplY3Qgb3IgYSBsaXN0IG9mIHRoZW0gKHB1Ymxpc2hlZCBpbiBvcmRlcikuIC0tcmF3IHB1Ymxpc2hlcyB0aGUgYnl0ZXMgdW5jaGVja2VkICh0ZXN0cykuYCxcbiAgYXJnczogW3sgbmFtZTogJ2V2ZW50JywgaGVscDogJ2V2ZW50IEpTT04gZmlsZSwgb3IgLSBmb3Igc3RkaW4nIH1dLFxuICBvcHRpb25zOiBbXG4gICAgeyBuYW1lOiAnYW1xcCcsIHZhbHVlOiAndXJsJywgaGVscDogJ1JhYmJpdE1RIFVSTCAoUldTX0FNUVBfVVJMKScgfSxcbiAgICB7IG5hbWU6ICdleGNoYW5nZScsIHZhbHVlOiAnbmFtZScsIGhlbHA6ICdldmVudHMgZXhjaGFuZ2UgKGRlZmF1bHQgcGVybWl0LmV2ZW50czsgUldTX0VYQ0hBTkdFKScgfSxcbiAgICB7IG5hbWU6ICdyb3V0aW5nLWtleScsIHZhbHVlOiAna2V5JywgaGVscDogJ3JvdXRpbmcga2V5IChkZWZhdWx0OiB0aGUgZXZlbnRcXCdzIG5hbWUpJyB9LFxuICAgIHsgbmFtZTogJ3JhdycsIGhlbHA6ICdwdWJsaXNoIHRoZSBpbnB1dCBhcyBpcywgd2l0aG91dCBjaGVja2luZyBpdCcgfSxcbiAgXSxcbiAgZXhhbXBsZXM6IFsncndzIHBlcm1pdCBwdWJsaXNoIC0tYW1xcCBhbXFwOi8vZ3Vlc3Q6Z3Vlc3RAMTI3LjAuMC4xOjU2NzIgZXZlbnQuanNvbicsICdlY2hvIFxcJ3tcImV2ZW50SWRcIjpcImUtMVwiLFwiZXZlbnRcIjpcInBlcm1pdC5kZWxldGVkXCIsXCJwZXJtaXRJZFwiOlwicC0xXCJ9XFwnIHwgcndzIHBlcm1pdCBwdWJsaXNoIC0nXSxcbiAgZXhpdENvZGVzOiAnICAwICBwdWJsaXNoZWQgYW5kIGNvbmZpcm1lZFxcbiAgMiAgaW52YWxpZCBldmVudCwgb3IgdGhlIGJyb2tlciBpcyB1bnJlYWNoYWJsZScsXG4gIGFzeW5jIHJ1bihjdHgsIGlucHV0KSB7XG4gICAgY29uc3QgZmlsZSA9IGlucHV0LmFyZ3NbMF07XG4gICAgY29uc3QgYW1xcFVybCA9IGlucHV0LnN0cignYW1xcCcpID8/IGN0eC5lbnYuUldTX0FNUVBfVVJMO1xuICAgIGlmICghYW1xcFVybCkgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoJy0tYW1xcCA8dXJsPiBpcyByZXF1aXJlZCAob3IgUldTX0FNUVBfVVJMKSwgZS5nLiAtLWFtcXAgYW1xcDovL2d1ZXN0Omd1ZXN0QDEyNy4wLjAuMTo1NjcyJyk7XG4gICAgY29uc3QgZXhjaGFuZ2UgPSBpbnB1dC5zdHIoJ2V4Y2hhbmdlJykgPz8gY3R4LmVudi5SV1NfRVhDSEFOR0UgPz8gJ3Blcm1pdC5ldmVudHMnO1xuICAgIGNvbnN0IHRleHQgPSBmaWxlID09PSAnLScgPyBmcy5yZWFkRmlsZVN5bmMoMCwgJ3V0ZjgnKSA6IHJlYWRJbnB1dChjdHgsIGZpbGUpO1xuICAgIGNvbnN0IHsgcGFyc2VFdmVudCwgQmFkRXZlbnRFcnJvciB9ID0gYXdhaXQgaW1wb3J0KCcuL2V2ZW50cy5qcycpO1xuICAgIGNvbnN0IG1lc3NhZ2VzOiBBcnJheTx7IGJvZHk6IEJ1ZmZlcjsga2V5OiBzdHJpbmc7IGlkPzogc3RyaW5nIH0+ID0gW107XG4gICAgaWYgKGlucHV0LmZsYWcoJ3JhdycpKSB7XG4gICAgICBtZXNzYWdlcy5wdXNoKHsgYm9keTogQnVmZmVyLmZyb20odGV4dCksIGtleTogaW5wdXQuc3RyKCdyb3V0aW5nLWtleScpID8/ICdwZXJtaXQuc3RhdHVzLnVwZGF0ZWQnIH0pO1xuICAgIH0gZWxzZSB7XG4gICAgICBsZXQgcGFyc2VkOiB1bmtub3duO1xuICAgICAgdHJ5IHtcbiAgICAgICAgcGFyc2VkID0gSlNPTi5wYXJzZSh0ZXh0KTtcbiAgICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgICAgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoYCR7ZmlsZX06IG5vdCBKU09OICgkeyhlIGFzIEVycm9yKS5tZXNzYWdlfSk7IGdpdmUgb25lIGV2ZW50IG9iamVjdCBvciBhIGxpc3Qgb2YgdGhlbWApO1xuICAgICAgfVxuICAgICAgZm9yIChjb25zdCBbaSwgb10gb2YgKEFycmF5LmlzQXJyYXkocGFyc2VkKSA/IHBhcnNlZCA6IFtwYXJzZWRdKS5lbnRyaWVzKCkpIHtcbiAgICAgICAgY29uc3QgYm9keSA9IEJ1ZmZlci5mcm9tKEpTT04uc3RyaW5naWZ5KG8pKTtcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICBjb25zdCBldiA9IHBhcnNlRXZlbnQoYm9keSwgaW5wdXQuc3RyKCdyb3V0aW5nLWtleScpKTtcbiAgICAgICAgICBtZXNzYWdlcy5wdXNoKHsgYm9keSwga2V5OiBpbnB1dC5zdHIoJ3JvdXRpbmcta2V5JykgPz8gZXYuZXZlbnQsIGlkOiBldi5ldmVudElkIH0pO1xuICAgICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgICAgaWYgKGUgaW5zdGFuY2VvZiBCYWRFdmVudEVycm9yKSB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcihgJHtmaWxlfSR7QXJyYXkuaXNBcnJheShwYXJzZWQpID8gYCBbJHtpfV1gIDogJyd9OiAke2UubWVzc2FnZX1gKTtcbiAgICAgICAgICB0aHJvdyBlO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuICAgIGNvbnN0IGFtcXAgPSBhd2FpdCBpbXBvcnQoJ2FtcXBsaWInKTtcbiAgICBsZXQgY29ubjtcbiAgICB0cnkge1xuICAgICAgY29ubiA9IGF3YWl0IGFtcXAuY29ubmVjdChhbXFwVXJsKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcihgY2Fubm90IGNvbm5lY3QgdG8gUmFiYml0TVEgYXQgJHtyZWRhY3QoYW1xcFVybCl9OiAkeyhlIGFzIEVycm9yKS5tZXNzYWdlfWApO1xuICAgIH1cbiAgICB0cnkge1xuICAgICAgY29uc3QgY2ggPSBhd2FpdCBjb25uLmNyZWF0ZUNvbmZpcm1DaGFubmVsKCk7XG4gICAgICBhd2FpdCAoYXdhaXQgaW1wb3J0KCcuL3RvcG9sb2d5LmpzJykpLmRlY2xhcmVJbmdyZXNzKGNoLCBleGNoYW5nZSk7XG4gICAgICBmb3IgKGNvbnN0IG0gb2YgbWVzc2FnZXMpIHtcbiAgICAgICAgY2gucHVibGlzaChleGNoYW5nZSwgbS5rZXksIG0uYm9keSwgeyBwZXJzaXN0ZW50OiB0cnVlLCBjb250ZW50VHlwZTogJ2FwcGxpY2F0aW9uL2pzb24nLCAuLi4obS5pZCA/IHsgbWVzc2FnZUlkOiBtLmlkIH0gOiB7fSkgfSk7XG4gICAgICB9XG4gICAgICBhd2FpdCBjaC53YWl0Rm9yQ29uZmlybXMoKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgYXdhaXQgY29ubi5jbG9zZSgpO1xuICAgIH1cbiAgICBpZiAoY3R4Lm91dC5qc29uKSBjdHgub3V0LnByaW50SnNvbih7IHB1Ymxpc2hlZDogbWVzc2FnZXMubGVuZ3RoLCBleGNoYW5nZSwgZXZlbnRzOiBtZXNzYWdlcy5tYXAoKG0pID0+IG0uaWQgPz8gbnVsbCkgfSk7XG4gICAgZWxzZSBjdHgub3V0LmxpbmUoYHB1Ymxpc2hlZCAke21lc3NhZ2VzLmxlbmd0aH0gZXZlbnQke21lc3NhZ2VzLmxlbmd0aCA9PT0gMSA/ICcnIDogJ3MnfSB0byAke2V4Y2hhbmdlfWApO1xuICAgIHJldHVybiBFWElUX09LO1xuICB9LFxufTtcblxuZnVuY3Rpb24gcmVhZElucHV0KGN0eDogQ29udGV4dCwgZmlsZTogc3RyaW5nIHwgdW5kZWZpbmVkKTogc3RyaW5nIHtcbiAgaWYgKCFmaWxlKSB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcignZ2l2ZSB0aGUgZXZlbnQgZmlsZSwgb3IgLSB0byByZWFkIGl0IGZyb20gc3RkaW4nKTtcbiAgY29uc3QgcCA9IHBhdGgucmVzb2x2ZShjdHguY3dkLCBmaWxlKTtcbiAgaWYgKCFmcy5leGlzdHNTeW5jKHApKSB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcihgJHtmaWxlfTogbm8gc3VjaCBmaWxlYCk7XG4gIHJldHVybiBmcy5yZWFkRmlsZVN5bmMocCwgJ3V0ZjgnKTtcbn1cblxuZnVuY3Rpb24gcmVkYWN0KHVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHVybC5yZXBsYWNlKC9cXC9cXC8oW146QC9dKyk6W15AL10qQC8sICcvLyQxOioqKkAnKTtcbn1cblxuLyoqIE9uZSBKU09OIGxpbmUgcGVyIGxvZyByZWNvcmQgb24gc3RkZXJyIChqb3VybmFsZCBhbmQga3ViZWN0bCBsb2dzIGtlZXAgdGhlbSBhcyB0aGV5IGFyZSkuICovXG5mdW5jdGlvbiBsb2dnZXIoY3R4OiBDb250ZXh0LCB3b3JrZXI6IHN0cmluZykge1xuICByZXR1cm4gKGxldmVsOiBzdHJpbmcsIG1zZzogc3RyaW5nLCBmaWVsZHM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0ge30pID0+IHtcbiAgICBwcm9jZXNzLnN0ZGVyci53cml0ZShgJHtKU09OLnN0cmluZ2lmeSh7IHRpbWU6IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKSwgbGV2ZWwsIHdvcmtlciwgbXNnLCAuLi5maWVsZHMgfSl9XFxuYCk7XG4gICAgdm9pZCBjdHg7XG4gIH07XG59XG4iXX0=