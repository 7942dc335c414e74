/**
 * A test tool: an HTTP proxy in front of moto_server that cuts every CloudFormation template
 * uploaded to one S3 bucket down to what moto can create (moto-template.ts's `motoSubset`, the
 * outputs that name kept resources kept), so that the real permit worker, which uploads the full
 * synthesized template and creates its change sets from that TemplateURL, runs against moto
 * unchanged. Everything else passes through untouched. It plays for CloudFormation the part
 * tf-sim plays for Terraform providers: the worker's own code is what is tested.
 *
 * What it changes, and so what a test through it cannot tell: the resource types outside `keep`
 * (MOTO_CANNOT_CREATE and the airlock's gaps) never reach moto, so their creation, update,
 * replacement and deletion are not exercised; the change set the worker reads is moto's diff of
 * the cut templates (Add, Modify, Remove; moto names no Replacement).
 *
 * `dropNext` removes logical ids from the next uploaded template only (a test's way of making a
 * plan that removes a protected resource); `editNext` changes it (e.g. a resource moto cannot create).
 * `holdNext` holds the next CloudFormation request of one action (e.g. `ExecuteChangeSet`) until
 * `release`: a test kills the worker meanwhile, then lets the request reach moto or drops it.
 */
import * as http from 'http';
import * as net from 'net';
import { motoSubset } from './moto-template';

export interface CutProxy {
  /** The endpoint to give the worker (AWS_ENDPOINT_URL). */
  readonly endpoint: string;
  /** Every template upload seen: its key, the resources the worker sent and the ones moto got. */
  readonly uploads: Array<{ key: string; sent: string[]; kept: string[] }>;
  /** Logical ids to remove from the next uploaded template. */
  dropNext: string[];
  /** A change to the next uploaded template after the cut (a test's way of making a stack operation fail). */
  editNext?: (template: any) => void;
  /** The CloudFormation action (e.g. "ExecuteChangeSet") whose next request is held until `release`. */
  holdNext?: string;
  /** Resolves when the request of `holdNext` arrived and is held. */
  held(): Promise<void>;
  /** Lets the held request go on to moto (`forward`), or drops it (its connection is closed). */
  release(forward: boolean): void;
  stop(): Promise<void>;
}

/** Starts the proxy on a free loopback port in front of `target` (moto's endpoint). */
export async function startCutProxy(target: string, bucket: string, keep: ReadonlySet<string>): Promise<CutProxy> {
  const to = new URL(target);
  const sockets = new Set<net.Socket>();
  let holding: ((forward: boolean) => void) | undefined;
  let arrived: () => void = () => undefined;
  let arrival = new Promise<void>((r) => { arrived = r; });
  const proxy: CutProxy = {
    endpoint: '',
    uploads: [],
    dropNext: [],
    held: () => arrival,
    release: (forward) => {
      const h = holding;
      holding = undefined;
      arrival = new Promise<void>((r) => { arrived = r; });
      if (!h) throw new Error('cut proxy: no request is held');
      h(forward);
    },
    stop: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      const headers: http.OutgoingHttpHeaders = { ...req.headers, host: to.host };
      const url = new URL(req.url ?? '/', 'http://proxy');
      if (req.method === 'PUT' && url.pathname.startsWith(`/${bucket}/`) && url.pathname.endsWith('.json') && !url.searchParams.has('uploadId')) {
        let template: any;
        try {
          template = JSON.parse(body.toString('utf8'));
        } catch {
          template = undefined;
        }
        if (template?.Resources) {
          const cut = motoSubset(template, { keep });
          const kept = new Set(cut.kept.map((k) => k.logicalId));
          for (const id of proxy.dropNext.splice(0)) {
            delete cut.template.Resources[id];
            kept.delete(id);
          }
          if (proxy.editNext) {
            proxy.editNext(cut.template);
            proxy.editNext = undefined;
          }
          const outputs = Object.entries<any>(template.Outputs ?? {}).filter(([, o]) => typeof o.Value === 'string' || kept.has(o.Value?.Ref));
          if (outputs.length) cut.template.Outputs = Object.fromEntries(outputs);
          proxy.uploads.push({ key: url.pathname.slice(bucket.length + 2), sent: Object.keys(template.Resources), kept: [...kept] });
          body = Buffer.from(JSON.stringify(cut.template));
          // The body changed: its checksums and signature hash no longer apply (moto checks no signature).
          for (const h of Object.keys(headers)) {
            if (/^(content-md5|x-amz-checksum-.*|x-amz-sdk-checksum-algorithm|x-amz-trailer|x-amz-decoded-content-length)$/i.test(h)) delete headers[h];
          }
          headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
        }
      }
      headers['content-length'] = String(body.length);
      const amzTarget = String(req.headers['x-amz-target'] ?? '');
      const action = /(?:^|&)Action=([A-Za-z]+)/.exec(body.toString('latin1'))?.[1] ?? amzTarget.split('.').pop();
      res.on('error', () => undefined);
      if (proxy.holdNext && action === proxy.holdNext) {
        proxy.holdNext = undefined;
        holding = (go) => (go ? forward(body, headers) : res.destroy());
        arrived();
        return;
      }
      forward(body, headers);
    });
    const forward = (body: Buffer, headers: http.OutgoingHttpHeaders) => {
      const up = http.request({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers }, (r) => {
        // (the client may be gone: a killed worker's request still reaches moto)
        if (!res.destroyed) {
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
        } else {
          r.resume();
        }
      });
      up.on('error', (e) => {
        if (res.destroyed) return;
        res.writeHead(502);
        res.end(String(e));
      });
      up.end(body);
    };
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  (proxy as { endpoint: string }).endpoint = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return proxy;
}
