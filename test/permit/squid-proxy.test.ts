/**
 * The package proxy really enforces its allowlist: the squid configuration, allowlist and start
 * command of a synthesized Kubernetes lab run with Debian's squid as a private instance on a
 * free loopback port, unprivileged as in the pod (uid 13, no capabilities, no_new_privs), with
 * its ports moved to free loopback ports and a test hosts file (`hosts_file`) that maps every
 * test name to 127.0.0.1, where local TLS and HTTP servers answer. Allowlisted names connect
 * (CONNECT, then a TLS handshake checked against the test CA); other names, IP literals, plain
 * HTTP to unlisted hosts and CONNECT to other ports get 403. A mutation (one `allow all`) lets
 * the forbidden name through, so the checks can fail. All traffic stays on 127.0.0.1.
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import * as tls from 'tls';
import { SQUID_UID } from '../../src/constructs/kubernetes/private/egress-proxy';
import { SQUID_LOG_DIR } from '../../src/constructs/terraform/permit-common';
import { KubernetesLabStack } from '../../src/stacks/kubernetes/kubernetes-lab-stack';
import { EgressMode } from '../../src/workspaces/policy';
import { requireTool } from '../helpers/tools';
import { cleanTemp, synthApp } from '../proxmox/helpers';
import { freePort, waitForPort } from './helpers/chroot';

const ALLOWED = ['pypi.org', 'cran.r-project.org'];
const FORBIDDEN = ['evil.example.com', 'pypi.org.evil.example.com', 'upload.example.net'];

/** The proxy's ConfigMap and Deployment from a synthesized lab. */
function generated() {
  const { json } = synthApp((app) => new KubernetesLabStack(app, 'squid-lab', {
    labName: 'squid',
    egress: EgressMode.PROXIED,
    egressAllowedDomains: ['pypi.org', '*.r-project.org'],
    workspaces: [{ name: 'w1', template: 'debian-12' }],
  }));
  const cm = Object.values<any>(json.resource.kubernetes_config_map_v1).find((c) => c.metadata.name === 'egress-proxy');
  const dep = Object.values<any>(json.resource.kubernetes_deployment_v1).find((d) => d.metadata.name === 'egress-proxy');
  const unescape = (s: string) => s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  const container = dep.spec.template.spec.container[0];
  return {
    conf: unescape(cm.data['squid.conf']),
    allowlist: unescape(cm.data['allowed-domains.txt']),
    command: container.command.map(unescape) as string[],
    args: container.args as string[],
    configDir: container.volume_mount[0].mount_path as string,
    runAsUser: Number(dep.spec.template.spec.security_context.run_as_user),
  };
}

/** Switching squid to the pod's uid needs root: under CI=true not being root is a failure, locally a loud skip. */
function asRoot(): boolean {
  if (process.getuid?.() === 0) return true;
  if (process.env.CI === 'true') throw new Error('CI=true and the squid test is not running as root: it cannot run squid as uid 13 like the pod');
  // eslint-disable-next-line no-console
  console.warn('\n!! SKIPPED CHECK: the squid allowlist test needs root (to run squid as uid 13 like the pod)\n');
  return false;
}

interface Running { proc: ChildProcess; port: number; output: () => string }

/** Writes the configuration with loopback ports and the test hosts file, and starts squid as the pod does. */
async function startSquid(
  dir: string, g: ReturnType<typeof generated>, ports: { tls: number; http: number }, mutate = (c: string) => c,
): Promise<Running> {
  const port = await freePort();
  const confDir = path.join(dir, 'conf');
  const logDir = path.join(dir, 'log');
  fs.mkdirSync(confDir, { recursive: true, mode: 0o755 });
  fs.mkdirSync(logDir, { recursive: true, mode: 0o700 });
  fs.chownSync(logDir, g.runAsUser, g.runAsUser);
  const hosts = path.join(confDir, 'hosts');
  fs.writeFileSync(hosts, `127.0.0.1 ${[...ALLOWED, ...FORBIDDEN].join(' ')}\n`);
  let conf = g.conf.split(g.configDir).join(confDir).split(SQUID_LOG_DIR).join(logDir);
  const swaps: Array<[RegExp, string]> = [
    [/^http_port \d+$/m, `http_port 127.0.0.1:${port}`],
    [/^acl SSL_ports port 443$/m, `acl SSL_ports port ${ports.tls}`],
    [/^acl Safe_ports port 80$/m, `acl Safe_ports port ${ports.http}`],
    [/^acl Safe_ports port 443$/m, `acl Safe_ports port ${ports.tls}`],
  ];
  for (const [re, line] of swaps) {
    if (!re.test(conf)) throw new Error(`the generated squid.conf has no line ${re}`);
    conf = conf.replace(re, line);
  }
  // Names come from the test hosts file; anything else would ask a resolver on loopback only.
  conf += `hosts_file ${hosts}\ndns_nameservers 127.0.0.1\n`;
  fs.writeFileSync(path.join(confDir, 'squid.conf'), mutate(conf));
  fs.writeFileSync(path.join(confDir, 'allowed-domains.txt'), g.allowlist);
  fs.chmodSync(dir, 0o755);
  const [exe, ...rest] = g.command;
  const args = g.args.map((a) => a.split(g.configDir).join(confDir).split(SQUID_LOG_DIR).join(logDir));
  // As the pod: the image's proxy account, no capabilities at all, no privilege escalation.
  const proc = spawn('setpriv', ['--reuid', String(g.runAsUser), '--regid', String(g.runAsUser), '--clear-groups', '--no-new-privs',
    '--inh-caps', '-all', '--bounding-set', '-all', '--', exe, ...rest, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (b) => { out += String(b); });
  proc.stderr!.on('data', (b) => { out += String(b); });
  await waitForPort(port).catch((e) => { throw new Error(`${e.message}: ${out}`); });
  return { proc, port, output: () => out };
}

async function stop(r: Running | undefined): Promise<void> {
  if (!r || r.proc.exitCode !== null) return;
  const done = new Promise((resolve) => r.proc.once('exit', resolve));
  r.proc.kill('SIGKILL');
  await done;
}

/** CONNECT through the proxy; on 200 a TLS handshake (checked against the CA) and a GET. */
function connectVia(proxyPort: number, host: string, port: number, ca: string): Promise<{ status: number; body?: string }> {
  return new Promise((resolve, reject) => {
    const sock = net.connect(proxyPort, '127.0.0.1', () => sock.write(`CONNECT ${host}:${port} HTTP/1.1\r\nHost: ${host}:${port}\r\n\r\n`));
    let head = '';
    const onData = (b: Buffer) => {
      head += b.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      sock.off('data', onData);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1]);
      if (status !== 200) {
        sock.destroy();
        resolve({ status });
        return;
      }
      const t = tls.connect({ socket: sock, servername: net.isIP(host) ? undefined : host, ca, host }, () => {
        t.write(`GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      });
      let body = '';
      t.on('data', (d) => { body += String(d); });
      t.on('end', () => resolve({ status, body: body.slice(body.indexOf('\r\n\r\n') + 4) }));
      t.on('error', reject);
    };
    sock.on('data', onData);
    sock.on('error', reject);
  });
}

/** A plain HTTP request for an absolute URL through the proxy. */
function getVia(proxyPort: number, url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = http.request({ host: '127.0.0.1', port: proxyPort, path: url, headers: { Host: u.host } }, (res) => {
      let body = '';
      res.on('data', (d) => { body += String(d); });
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the generated squid configuration with Debian\'s squid', () => {
  const ready = requireTool('squid', 'the package proxy\'s allowlist is checked with a real squid') && requireTool('openssl', 'the test TLS servers need a certificate')
    && requireTool('setpriv', 'squid runs unprivileged as in the pod')
    && asRoot();
  const g = generated();
  let dir: string;
  let ca: string;
  let tlsServer: https.Server;
  let httpServer: http.Server;
  const ports = { tls: 0, http: 0 };
  let squid: Running | undefined;

  beforeAll(async () => {
    if (!ready) return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-squid-'));
    fs.chmodSync(dir, 0o755); // squid (uid 13) reads its configuration below
    const names = [...ALLOWED, ...FORBIDDEN].map((n) => `DNS:${n}`).concat('IP:127.0.0.1').join(',');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=rws squid test', '-addext', `subjectAltName=${names}`,
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    ca = fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8');
    tlsServer = https.createServer({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert: ca }, (req, res) => res.end(`tls ${req.headers.host}`));
    httpServer = http.createServer((req, res) => res.end(`plain ${req.headers.host}`));
    ports.tls = await new Promise((resolve) => tlsServer.listen(0, '127.0.0.1', () => resolve((tlsServer.address() as net.AddressInfo).port)));
    ports.http = await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', () => resolve((httpServer.address() as net.AddressInfo).port)));
    squid = await startSquid(path.join(dir, 'good'), g, ports);
  }, 60_000);

  afterAll(async () => {
    await stop(squid);
    tlsServer?.close();
    httpServer?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    cleanTemp();
  });

  test('the pod runs squid as the proxy account (uid 13), and so does this test', () => {
    expect(g.runAsUser).toBe(SQUID_UID);
    expect(g.command[0]).toBe('/bin/sh');
  });

  test.each(ALLOWED)('CONNECT to the allowlisted %s succeeds end to end (TLS to the test server)', async (host) => {
    if (!squid) return;
    expect(await connectVia(squid.port, host, ports.tls, ca)).toEqual({ status: 200, body: `tls ${host}` });
  });

  test.each(FORBIDDEN)('CONNECT to %s is refused (403)', async (host) => {
    if (!squid) return;
    expect(await connectVia(squid.port, host, ports.tls, ca)).toEqual({ status: 403 });
  });

  test('CONNECT to an IP literal is refused (403), IPv4 and IPv6', async () => {
    if (!squid) return;
    expect(await connectVia(squid.port, '127.0.0.1', ports.tls, ca)).toEqual({ status: 403 });
    expect(await connectVia(squid.port, '[::1]', ports.tls, ca)).toEqual({ status: 403 });
  });

  test('CONNECT to an allowlisted name on another port is refused (403)', async () => {
    if (!squid) return;
    expect(await connectVia(squid.port, 'pypi.org', ports.http, ca)).toEqual({ status: 403 });
  });

  test('plain HTTP to unlisted hosts and IP literals is refused (403); to an allowlisted mirror it passes', async () => {
    if (!squid) return;
    expect((await getVia(squid.port, `http://evil.example.com:${ports.http}/`)).status).toBe(403);
    expect((await getVia(squid.port, `http://127.0.0.1:${ports.http}/`)).status).toBe(403);
    expect(await getVia(squid.port, `http://pypi.org:${ports.http}/`)).toEqual({ status: 200, body: `plain pypi.org:${ports.http}` });
  });

  test('squid logs every decision through its pipes (kubectl logs shows them)', async () => {
    if (!squid) return;
    await connectVia(squid.port, 'evil.example.com', ports.tls, ca);
    await new Promise((r) => setTimeout(r, 300));
    expect(squid.output()).toMatch(/TCP_DENIED\/403 \d+ CONNECT evil\.example\.com:\d+/);
    expect(squid.output()).toMatch(/TCP_TUNNEL\/200 \d+ CONNECT pypi\.org:\d+/);
    expect(squid.output()).not.toMatch(/FATAL|Cannot open/);
  });

  test('mutation: one "http_access allow all" before the allowlist lets the forbidden name through (the checks can fail)', async () => {
    if (!squid) return;
    const open = await startSquid(path.join(dir, 'mutated'), g, ports,
      (c) => c.replace('http_access allow permit_allowed', 'http_access allow all\nhttp_access allow permit_allowed'));
    try {
      expect(await connectVia(open.port, 'evil.example.com', ports.tls, ca)).toEqual({ status: 200, body: 'tls evil.example.com' });
    } finally {
      await stop(open);
    }
  }, 30_000);
});
