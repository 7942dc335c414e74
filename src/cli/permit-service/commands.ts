import * as fs from 'fs';
import * as path from 'path';
import { CliInputError, Command, Context, EXIT_OK } from '../command';

/**
 * `rws permit worker`, `rws permit api` and `rws permit publish`. amqplib, ioredis and the
 * service modules load inside run(): no other command (and no library import) pays for them.
 */

const ENV_HELP = `Settings come from the options, then environment variables, then --config (YAML, snake_case
keys), then defaults; see docs/permit-service.md.`;

export const permitWorker: Command = {
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
    return EXIT_OK;
  },
};

export const permitApi: Command = {
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
    } catch (e) {
      throw new CliInputError((e as Error).message);
    }
    const redis = new IORedis(s.redisUrl, { maxRetriesPerRequest: 1, connectionName: 'rws-permit-api' });
    redis.on('error', () => undefined);
    const server = await startApi(s, redis, tokens);
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : s.port;
    if (ctx.out.json) ctx.out.printJson({ listening: `http://${s.host}:${port}`, port });
    else ctx.out.line(`listening on http://${s.host}:${port}`);
    await new Promise<void>((resolve) => {
      const stop = () => server.close(() => resolve());
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
    redis.disconnect();
    return EXIT_OK;
  },
};

export const permitPublish: Command = {
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
    if (!amqpUrl) throw new CliInputError('--amqp <url> is required (or RWS_AMQP_URL), e.g. --amqp amqp://guest:guest@127.0.0.1:5672');
    const exchange = input.str('exchange') ?? ctx.env.RWS_EXCHANGE ?? 'permit.events';
    const text = file === '-' ? fs.readFileSync(0, 'utf8') : readInput(ctx, file);
    const { parseEvent, BadEventError } = await import('./events.js');
    const messages: Array<{ body: Buffer; key: string; id?: string }> = [];
    if (input.flag('raw')) {
      messages.push({ body: Buffer.from(text), key: input.str('routing-key') ?? 'permit.status.updated' });
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        throw new CliInputError(`${file}: not JSON (${(e as Error).message}); give one event object or a list of them`);
      }
      for (const [i, o] of (Array.isArray(parsed) ? parsed : [parsed]).entries()) {
        const body = Buffer.from(JSON.stringify(o));
        try {
          const ev = parseEvent(body, input.str('routing-key'));
          messages.push({ body, key: input.str('routing-key') ?? ev.event, id: ev.eventId });
        } catch (e) {
          if (e instanceof BadEventError) throw new CliInputError(`${file}${Array.isArray(parsed) ? ` [${i}]` : ''}: ${e.message}`);
          throw e;
        }
      }
    }
    const amqp = await import('amqplib');
    let conn;
    try {
      conn = await amqp.connect(amqpUrl);
    } catch (e) {
      throw new CliInputError(`cannot connect to RabbitMQ at ${redact(amqpUrl)}: ${(e as Error).message}`);
    }
    try {
      const ch = await conn.createConfirmChannel();
      await (await import('./topology.js')).declareIngress(ch, exchange);
      for (const m of messages) {
        ch.publish(exchange, m.key, m.body, { persistent: true, contentType: 'application/json', ...(m.id ? { messageId: m.id } : {}) });
      }
      await ch.waitForConfirms();
    } finally {
      await conn.close();
    }
    if (ctx.out.json) ctx.out.printJson({ published: messages.length, exchange, events: messages.map((m) => m.id ?? null) });
    else ctx.out.line(`published ${messages.length} event${messages.length === 1 ? '' : 's'} to ${exchange}`);
    return EXIT_OK;
  },
};

function readInput(ctx: Context, file: string | undefined): string {
  if (!file) throw new CliInputError('give the event file, or - to read it from stdin');
  const p = path.resolve(ctx.cwd, file);
  if (!fs.existsSync(p)) throw new CliInputError(`${file}: no such file`);
  return fs.readFileSync(p, 'utf8');
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** One JSON line per log record on stderr (journald and kubectl logs keep them as they are). */
function logger(ctx: Context, worker: string) {
  return (level: string, msg: string, fields: Record<string, unknown> = {}) => {
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, worker, msg, ...fields })}\n`);
    void ctx;
  };
}
