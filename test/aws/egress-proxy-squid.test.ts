/**
 * The egress proxy of proxied AWS labs, run for real: the generated squid.conf and allowlist
 * (src/constructs/aws/private/perimeter.ts, exactly as the proxy's user-data writes them) with
 * Debian's squid, in front of local servers on a private loopback address. Only the listening
 * address and the files squid needs to run unprivileged in a temporary folder are added, plus
 * a hosts file (squid's own `hosts_file`), so that allowlisted and refused names resolve to
 * the same reachable server: a refusal is by name, never because the server is unreachable.
 */
import { spawn, spawnSync, ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { squidAllowList, squidConfig, SQUID_PORT } from '../../src/constructs/aws/private/perimeter';
import { cleanTempDirs, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

const SERVER = '127.77.0.2';
const PROXY = '127.77.0.1';

const haveSquid = requireTool('squid', 'runs the generated egress proxy configuration');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (haveSquid && !isRoot) {
  if (process.env.CI === 'true') throw new Error('CI=true: the squid test binds ports 80 and 443 on a loopback address and must run as root');
  // eslint-disable-next-line no-console
  console.warn('!! SKIPPED CHECK: the squid test binds ports 80 and 443 on a loopback address and needs root');
}
const maybe = haveSquid && isRoot ? describe : describe.skip;

/** One request to the proxy on a fresh connection; the status line and what follows. */
function ask(port: number, request: string, after?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, PROXY);
    let data = '';
    let sent = false;
    s.setTimeout(8000, () => { s.destroy(); reject(new Error(`timeout: ${request.split('\r\n')[0]} -> ${data.slice(0, 200)}`)); });
    s.on('data', (d) => {
      data += String(d);
      if (after && !sent && /^HTTP\/1\.[01] 200/.test(data) && data.includes('\r\n\r\n')) {
        sent = true;
        s.write(after);
      }
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0);
      // A refusal: its status line is the answer. A tunnel: done when the server's pong came
      // back through it. A plain request (Connection: close): done when squid closes, so that a
      // body sent in a later segment than the headers is not cut off (it was, under load).
      if (status && status !== 200) {
        s.end();
        resolve({ status, body: data });
      } else if (status === 200 && after && data.includes('pong')) {
        s.end();
        resolve({ status, body: data });
      }
    });
    s.on('error', reject);
    s.on('close', () => resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0), body: data }));
    s.write(request);
  });
}

maybe('egress proxy (squid) with the generated configuration', () => {
  let squid: ChildProcess;
  let web: http.Server;
  let tls: net.Server;
  let port: number;

  beforeAll(async () => {
    const dir = tempDir('rws-squid-');
    fs.chmodSync(dir, 0o777);
    const allowFile = path.join(dir, 'allowed.txt');
    fs.writeFileSync(allowFile, `${squidAllowList(['pypi.org', 'pypi.test', '*.mirror.test']).join('\n')}\n`);
    fs.writeFileSync(path.join(dir, 'hosts'), `${SERVER} pypi.test a.mirror.test evil.test upload.pypi.test\n`);
    port = 20000 + Math.floor(Math.random() * 20000);
    const generated = squidConfig('test-lab', allowFile);
    expect(generated).toContain(`http_port ${SQUID_PORT}`);
    const conf = [
      generated.replace(`http_port ${SQUID_PORT}`, `http_port ${PROXY}:${port}`),
      `hosts_file ${dir}/hosts`,
      'dns_nameservers 127.0.0.1',
      'pid_filename none',
      'access_log none',
      `cache_log ${dir}/cache.log`,
      `coredump_dir ${dir}`,
      'shutdown_lifetime 0 seconds',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'squid.conf'), conf);
    const parse = spawnSync('squid', ['-k', 'parse', '-f', path.join(dir, 'squid.conf')], { encoding: 'utf8' });
    expect([parse.status, parse.stderr.split('\n').filter((l) => /ERROR|FATAL/.test(l))]).toEqual([0, []]);

    web = http.createServer((_req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('package index\n'); });
    await new Promise<void>((r) => web.listen(80, SERVER, r));
    // Stands in for a TLS server: the tunnel is opaque to squid, so an echo shows it is open.
    tls = net.createServer((c) => c.on('data', (d) => { if (String(d).includes('ping')) c.write('pong\n'); }));
    await new Promise<void>((r) => tls.listen(443, SERVER, r));

    squid = spawn('squid', ['-N', '-f', path.join(dir, 'squid.conf')], { stdio: 'ignore' });
    const deadline = Date.now() + 20_000;
    for (;;) {
      const up = await new Promise<boolean>((r) => {
        const s = net.connect(port, PROXY, () => { s.end(); r(true); });
        s.on('error', () => r(false));
      });
      if (up) break;
      if (Date.now() > deadline) throw new Error(`squid did not listen: ${fs.existsSync(`${dir}/cache.log`) ? fs.readFileSync(`${dir}/cache.log`, 'utf8').slice(-800) : ''}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 60_000);

  afterAll(async () => {
    if (squid && squid.exitCode === null) {
      await new Promise<void>((r) => { squid.once('exit', () => r()); squid.kill('SIGTERM'); setTimeout(() => { squid.kill('SIGKILL'); }, 5000).unref(); });
    }
    web?.close();
    tls?.close();
    cleanTempDirs();
  });

  const get = (url: string) => ask(port, `GET ${url} HTTP/1.1\r\nHost: ${new URL(url).host}\r\nConnection: close\r\n\r\n`);
  const connect = (target: string) => ask(port, `CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`, 'ping\n');

  test('an allowlisted name: plain HTTP and an HTTPS tunnel go through', async () => {
    const r = await get('http://pypi.test/simple/');
    expect([r.status, r.body.includes('package index')]).toEqual([200, true]);
    const t = await connect('pypi.test:443');
    expect([t.status, t.body.includes('pong')]).toEqual([200, true]);
    expect((await get('http://a.mirror.test/debian/')).status).toBe(200);
  });

  test('a name outside the list is refused, although it resolves to the same server', async () => {
    expect((await get('http://evil.test/')).status).toBe(403);
    expect((await connect('evil.test:443')).status).toBe(403);
    // upload.pypi.* is not covered by the exact entry pypi.*.
    expect((await connect('upload.pypi.test:443')).status).toBe(403);
  });

  test('IP literals are refused (the server\'s, and the instance metadata service)', async () => {
    expect((await get(`http://${SERVER}/`)).status).toBe(403);
    expect((await connect(`${SERVER}:443`)).status).toBe(403);
    expect((await get('http://169.254.169.254/latest/meta-data/')).status).toBe(403);
  });

  test('other ports are refused: CONNECT only to 443, plain HTTP only to 80 and 443', async () => {
    expect((await connect('pypi.test:80')).status).toBe(403);
    expect((await connect('pypi.test:22')).status).toBe(403);
    expect((await get('http://pypi.test:8080/')).status).toBe(403);
  });
});
