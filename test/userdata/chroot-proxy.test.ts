/**
 * The package-proxy set-up that Proxmox and Kubernetes (KubeVirt) workspaces with egress
 * "proxied" run before their provisioning, executed for real in the Debian 12 chroot: the
 * settings land where login shells, services, apt, pip and git read them, apt itself reports
 * the proxy, and a second run changes nothing (no duplicated lines, other settings kept).
 */
import { TestChroot } from './helpers/chroot';
import { canChroot } from './helpers/tools';
import { proxySetupScript } from '../../src/constructs/terraform/proxy-scripts';

const RUN = canChroot('the chroot proxy set-up test (chroot-proxy)');
const PROXY = 'http://egress-proxy.lab-genomics.svc.cluster.local:3128';
const NO_PROXY = 'localhost,127.0.0.1,::1,.svc,.cluster.local,10.20.30.5';

let c: TestChroot;
let first: { status: number; stdout: string; stderr: string };

beforeAll(() => {
  if (!RUN) return;
  c = TestChroot.create('proxy');
  // What the image already had: other settings in /etc/environment must survive.
  c.write('/etc/environment', 'LANG=C.UTF-8\nhttp_proxy=http://old-proxy:8080\n');
  c.write('/root/proxy.sh', `${proxySetupScript(PROXY, NO_PROXY)}echo "in-process: $http_proxy $no_proxy"\n`, 0o700);
  first = c.runScript('/root/proxy.sh');
}, 1_800_000);

afterAll(() => {
  c?.destroy();
});

describe('chroot: package proxy set-up (egress proxied on Proxmox and Kubernetes)', () => {
  test('runs, and the provisioning that follows in the same process uses the proxy', () => {
    if (!RUN) return;
    expect(first).toMatchObject({ status: 0, stderr: '' });
    expect(first.stdout).toContain(`in-process: ${PROXY} ${NO_PROXY}`);
  });

  test('login shells get it from /etc/profile.d, services and cron from /etc/environment (the old proxy replaced, other lines kept)', () => {
    if (!RUN) return;
    expect(c.sh('. /etc/profile.d/rws-proxy.sh; echo "$https_proxy|$NO_PROXY"').trim()).toBe(`${PROXY}|${NO_PROXY}`);
    const env = c.read('/etc/environment').split('\n').filter((l) => l);
    expect(env).toEqual([
      'LANG=C.UTF-8',
      `http_proxy=${PROXY}`, `https_proxy=${PROXY}`, `HTTP_PROXY=${PROXY}`, `HTTPS_PROXY=${PROXY}`, `no_proxy=${NO_PROXY}`, `NO_PROXY=${NO_PROXY}`,
    ]);
    expect(c.stat('/etc/profile.d/rws-proxy.sh').mode).toBe('0644');
  });

  test('apt reads the proxy (apt-config dump), pip has it in /etc/pip.conf', () => {
    if (!RUN) return;
    const dump = c.sh('apt-config dump');
    expect(dump).toContain(`Acquire::http::Proxy "${PROXY}";`);
    expect(dump).toContain(`Acquire::https::Proxy "${PROXY}";`);
    expect(c.read('/etc/pip.conf')).toBe(`[global]\nproxy = ${PROXY}\n`);
  });

  test('a second run succeeds and leaves every file as it was', () => {
    if (!RUN) return;
    const files = ['/etc/environment', '/etc/profile.d/rws-proxy.sh', '/etc/apt/apt.conf.d/95rws-proxy', '/etc/pip.conf'];
    const before = files.map((f) => c.read(f));
    const again = c.runScript('/root/proxy.sh');
    expect(again.status).toBe(0);
    expect(files.map((f) => c.read(f))).toEqual(before);
  });
});
