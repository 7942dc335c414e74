/**
 * Private Redis and RabbitMQ servers for the permit service tests, from Debian's packages
 * (scripts/ensure-tools.sh installs them): each on free loopback ports, with its data in a
 * temporary folder, stopped and removed afterwards. Nothing of the machine's own instances
 * (a system rabbitmq-server or redis-server, epmd on 4369) is used or touched.
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { requireTool } from '../../helpers/tools';

/** A free TCP port on 127.0.0.1 (the OS picks it; closed again before use). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves when a TCP connect to the port succeeds, or rejects after `timeoutMs`. */
export async function waitForPort(port: number, timeoutMs: number, what: string, log?: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => { s.destroy(); resolve(true); });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${what} did not listen on 127.0.0.1:${port} within ${timeoutMs} ms${log ? `:\n${log()}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether the servers these tests need are installed (under CI=true a missing one fails). */
export function haveServers(): boolean {
  const redis = requireTool('redis-server', 'the permit service tests start a private Redis (apt-get install redis-server)');
  const rabbit = requireTool('/usr/lib/rabbitmq/bin/rabbitmq-server', 'the permit service tests start a private RabbitMQ (apt-get install rabbitmq-server)');
  return redis && rabbit;
}

/** A running private Redis. */
export class RedisServer {
  /** Starts redis-server on a free port; `persist` turns on the append-only file (for restart tests). */
  public static async start(persist: boolean = false): Promise<RedisServer> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-redis-'));
    const s = new RedisServer(dir, await freePort(), persist);
    await s.launch();
    return s;
  }

  private proc?: ChildProcess;
  private output = '';

  private constructor(public readonly dir: string, public readonly port: number, private readonly persist: boolean) {}

  public get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** (Re)starts the server on the same port and folder. */
  public async launch(): Promise<void> {
    this.output = '';
    this.proc = spawn('redis-server', [
      '--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '',
      '--appendonly', this.persist ? 'yes' : 'no', '--appendfsync', 'always', '--protected-mode', 'yes', '--daemonize', 'no',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d) => (this.output += d));
    this.proc.stderr!.on('data', (d) => (this.output += d));
    await waitForPort(this.port, 10_000, 'redis-server', () => this.output);
  }

  /** Stops the server (SIGKILL with `hard`: no shutdown save, as a crash). */
  public async kill(hard: boolean = false): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill(hard ? 'SIGKILL' : 'SIGTERM');
    });
  }

  /** Stops the server and removes its folder. */
  public async stop(): Promise<void> {
    await this.kill();
    release(this.proc);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Lets go of a child's pipes (a daemon it started may still hold them). */
export function release(p: ChildProcess | undefined): void {
  p?.stdout?.destroy();
  p?.stderr?.destroy();
  p?.unref();
}

/** A running private RabbitMQ node (about 10 s to start here): one per test file. */
export class RabbitServer {
  public static async start(): Promise<RabbitServer> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-rabbit-'));
    const [port, dist, epmd] = [await freePort(), await freePort(), await freePort()];
    const s = new RabbitServer(dir, port, dist, epmd, `rws${process.pid}x${port}@localhost`);
    await s.launch();
    return s;
  }

  private proc?: ChildProcess;
  private output = '';

  private constructor(public readonly dir: string, public readonly port: number, private readonly distPort: number,
    private readonly epmdPort: number, public readonly node: string) {
    for (const d of ['mnesia', 'log', 'home']) fs.mkdirSync(path.join(dir, d), { recursive: true });
    fs.writeFileSync(path.join(dir, 'enabled_plugins'), '[].\n'); // no management plugin
    fs.writeFileSync(path.join(dir, 'rabbitmq.conf'), 'loopback_users.guest = true\nlog.console = false\n');
  }

  public get url(): string {
    return `amqp://guest:guest@127.0.0.1:${this.port}`;
  }

  private env(): NodeJS.ProcessEnv {
    const d = this.dir;
    return {
      PATH: process.env.PATH,
      HOME: path.join(d, 'home'), // private .erlang.cookie
      RABBITMQ_NODENAME: this.node,
      RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
      RABBITMQ_NODE_PORT: String(this.port),
      RABBITMQ_DIST_PORT: String(this.distPort),
      ERL_EPMD_PORT: String(this.epmdPort),
      ERL_EPMD_ADDRESS: '127.0.0.1',
      RABBITMQ_MNESIA_BASE: path.join(d, 'mnesia'),
      RABBITMQ_LOG_BASE: path.join(d, 'log'),
      RABBITMQ_ENABLED_PLUGINS_FILE: path.join(d, 'enabled_plugins'),
      RABBITMQ_CONFIG_FILE: path.join(d, 'rabbitmq.conf'),
      RABBITMQ_ADVANCED_CONFIG_FILE: path.join(d, 'advanced.config'),
      RABBITMQ_CONF_ENV_FILE: path.join(d, 'rabbitmq-env.conf'),
      RABBITMQ_FEATURE_FLAGS_FILE: path.join(d, 'feature_flags'),
      RABBITMQ_PLUGINS_EXPAND_DIR: path.join(d, 'plugins-expand'),
      // Distribution only on loopback.
      RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '-kernel inet_dist_use_interface {127,0,0,1}',
    };
  }

  /** (Re)starts the node on the same ports and data. */
  public async launch(): Promise<void> {
    this.output = '';
    this.proc = spawn('/usr/lib/rabbitmq/bin/rabbitmq-server', [], { env: this.env(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    this.proc.stdout!.on('data', (d) => (this.output += d));
    this.proc.stderr!.on('data', (d) => (this.output += d));
    await waitForPort(this.port, 60_000, 'rabbitmq-server', () => this.output.slice(-3000));
  }

  /** Stops the node (rabbitmqctl stop; a kill of its process group when that fails). */
  public async kill(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => p.once('exit', () => resolve()));
    try {
      execFileSync('/usr/lib/rabbitmq/bin/rabbitmqctl', ['-n', this.node, 'stop'], { env: this.env(), stdio: 'ignore', timeout: 30_000 });
    } catch {
      try {
        process.kill(-p.pid!, 'SIGKILL');
      } catch {
        // gone
      }
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000).unref())]);
  }

  /** Stops the node and its private epmd, and removes the folder. */
  public async stop(): Promise<void> {
    await this.kill();
    try {
      execFileSync('epmd', ['-port', String(this.epmdPort), '-kill'], { env: this.env(), stdio: 'ignore', timeout: 10_000 });
    } catch {
      // no epmd left
    }
    release(this.proc);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
