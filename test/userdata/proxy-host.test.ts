/**
 * Issue 12.8: the package proxy's host goes into the proxy set-up script that every proxied
 * Kubernetes workspace runs as root. A host that is not a DNS name or an IP address is refused
 * at synth with one error naming the construct path, the field, the value and the fix; valid
 * names and IPv4/IPv6 literals pass and reach the script quoted; the set-up script itself
 * refuses a value that could end its quoting (the last line of defence).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { KubernetesWorkspace, TemplateCatalog, EgressMode, UserRegistry } from '../../src';
import { proxyHostProblem } from '../../src/constructs/kubernetes/private/proxy-host';
import { App, TerraformStack } from '../../src/constructs/terraform/cdktf';
import { proxySetupScript } from '../../src/constructs/terraform/proxy-scripts';
import { WorkspaceInputError } from '../../src/workspaces/private/error';

const OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-proxy-host-'));
afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

function build(host: string): { error?: Error; userdata?: string } {
  const app = new App({ outdir: OUT });
  const stack = new TerraformStack(app, 'lab');
  try {
    const ws = new KubernetesWorkspace(stack, 'alice-ml', {
      template: TemplateCatalog.bundled().resolve('python-ml'),
      namespace: 'lab',
      registry: UserRegistry.fromYaml('users:\n  - { name: alice, uid: 5001 }\n', 'users.yaml'),
      owner: 'alice',
      egress: EgressMode.PROXIED,
      proxy: { host, port: 3128, podLabels: [{ key: 'app', value: 'squid' }] },
    });
    const secret = ws.node.findAll().find((c) => c.node.id === 'CloudInit') as unknown as { dataInput: Record<string, string> };
    return { userdata: String(secret.dataInput.userdata) };
  } catch (e) {
    if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
    return { error: e as Error };
  }
}

describe('proxy.host of a Kubernetes workspace', () => {
  test.each([
    'proxy.example.org; touch /pwned',
    'proxy.example.org$(touch /pwned)',
    'proxy.example.org`touch /pwned`',
    "proxy.example.org'; touch /pwned; '",
    'proxy.example.org\ntouch /pwned',
    'proxy example.org',
    '10.0.0.999',
    '[proxy.example.org]',
    '-proxy.example.org',
    '',
  ])('refuses %j at synth with the construct path, field, value and fix', (host) => {
    const r = build(host);
    expect(r.error).toBeDefined();
    const m = r.error!.message;
    expect(m).toContain('lab/alice-ml');
    expect(m).toContain('proxy.host');
    expect(m).toContain(JSON.stringify(host));
    expect(m).toMatch(/Fix: give the proxy Service's cluster IP/);
  });

  test.each([
    ['squid.lab.svc.cluster.local', 'http://squid.lab.svc.cluster.local:3128'],
    ['proxy', 'http://proxy:3128'],
    ['10.96.0.12', 'http://10.96.0.12:3128'],
    ['fd00:10:96::c', 'http://[fd00:10:96::c]:3128'],
    ['[fd00:10:96::c]', 'http://[fd00:10:96::c]:3128'],
  ])('accepts %s and the script uses %s', (host, url) => {
    const r = build(host);
    expect(r.error).toBeUndefined();
    expect(r.userdata).toContain(`proxy='${url}'`);
  });

  test('the check itself: names, IPv4 and IPv6 pass; anything with shell syntax does not', () => {
    for (const ok of ['a', 'a-b.example.org', 'example.org.', '192.168.1.1', '::1', '[2001:db8::1]']) expect(proxyHostProblem(ok)).toBeUndefined();
    for (const bad of ['a;b', 'a$b', 'a`b`', 'a b', 'a\nb', "a'b", 'a/b', 'a..b', 'x'.repeat(64) + '.org', '256.1.1.1', '[1.2.3.4]']) {
      expect(proxyHostProblem(bad)).toBeDefined();
    }
  });

  test('the set-up script refuses a URL or no_proxy list that could end its quoting', () => {
    expect(() => proxySetupScript("http://a'; touch /pwned; ':3128", 'localhost')).toThrow(/cannot go into the proxy set-up script/);
    expect(() => proxySetupScript('http://a:3128', 'localhost\ntouch /pwned')).toThrow(/no_proxy list/);
    expect(proxySetupScript('http://a:3128', 'localhost')).toContain("proxy='http://a:3128'");
  });
});
