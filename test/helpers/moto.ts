/**
 * A local moto_server (installed with the machine's Python) to deploy CloudFormation into.
 * moto's CloudFormation support is partial and can report success for resources it failed
 * to create: tests must read every resource back through the SDK and trust only that.
 */
import { ChildProcess, spawn } from 'child_process';
import * as net from 'net';

export interface MotoServer {
  readonly endpoint: string;
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts moto_server on a free loopback port and waits until it answers. */
export async function startMoto(): Promise<MotoServer> {
  const port = await freePort();
  const proc: ChildProcess = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr?.on('data', (d) => { stderr += String(d); });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`moto_server exited (${proc.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`${endpoint}/moto-api/`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`moto_server did not answer on ${endpoint} within 30 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    endpoint,
    env: { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: endpoint },
    stop: () => new Promise<void>((resolve) => {
      if (proc.exitCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
      setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
    }),
  };
}

/** SDK client configuration for a moto server. */
export function clientConfig(m: MotoServer) {
  return { endpoint: m.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, forcePathStyle: true };
}

/**
 * One JSON-protocol call to moto, returning the response body as moto sent it (for answers
 * the SDK cannot deserialize, e.g. a document whose Content moto returns as an object).
 */
export async function motoJsonCall(m: MotoServer, service: string, target: string, body: unknown): Promise<any> {
  const res = await fetch(m.endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': target,
      'Authorization': `AWS4-HMAC-SHA256 Credential=testing/20250101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`moto ${target}: HTTP ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** One REST call to moto (services without an SDK client here, e.g. EFS, Route 53): JSON, or the raw text with `xml`. */
export async function motoRestCall(m: MotoServer, service: string, method: string, urlPath: string, format: 'json' | 'xml' = 'json'): Promise<any> {
  const res = await fetch(`${m.endpoint}${urlPath}`, {
    method,
    headers: { Authorization: `AWS4-HMAC-SHA256 Credential=testing/20250101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=0` },
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`moto ${method} ${urlPath}: HTTP ${res.status}: ${text.slice(0, 300)}`);
  return format === 'xml' ? text : JSON.parse(text);
}
