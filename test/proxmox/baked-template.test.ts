/**
 * Proxmox VE: a template VM built from the cloud image with the bake part (the script
 * ImageBake.proxmoxTemplateScript gives: cloud-init runs the bake once, the VM powers off, it
 * becomes a template named by version and content), and workspaces that clone it and run only
 * the per-workspace part, offline without warnings. shellcheck, `cloud-init schema` and
 * tf-validate check the outputs.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { cleanTemp, cloudConfig, cloudInitSchema, shellcheck, synthApp, tfValidateAll, userDataOf, vm } from './helpers';
import {
  EgressMode, ImageBake, ProxmoxCloudImage, ProxmoxClusterSettings, ProxmoxDatacenterFirewall, ProxmoxWorkspace, TemplateCatalog, UserRegistry,
} from '../../src';
import { TerraformStack } from '../../src/constructs/terraform/cdktf';
import { readProxmoxLabFile } from '../../src/stacks/proxmox/proxmox-lab-file';
import { WorkspacePlatform } from '../../src/workspaces/userdata';

afterAll(cleanTemp);

const catalog = TemplateCatalog.bundled();
const cluster: ProxmoxClusterSettings = {
  nodes: ['pve1'], dnsServers: ['10.0.0.2'], ntpServers: ['10.0.0.3'], datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED, dhcpPool: ['10.0.0.128/25'],
};
const registry = UserRegistry.fromProps({ users: [{ name: 'alice', groups: ['lab'] }], groups: [{ name: 'lab' }] });
const bake = ImageBake.of({ template: catalog.resolve('python-ml'), platform: WorkspacePlatform.PROXMOX });

/** The cloud-config the build script writes as its snippet. */
function snippetOf(script: string): string {
  const b64 = /<<'RWS_SNIPPET'\n([A-Za-z0-9+/=\n]+)RWS_SNIPPET/.exec(script)![1];
  return Buffer.from(b64.replace(/\n/g, ''), 'base64').toString('utf8');
}

describe('Proxmox VE template VM baked from a template', () => {
  const script = bake.proxmoxTemplateScript({ vmId: 9001, cloudImagePath: '/var/lib/vz/template/iso/noble-server-cloudimg-amd64.img', httpProxy: 'http://10.0.0.9:3128' });

  test('the build script: a VM from the cloud image, the bake through cloud-init once, then a template named by version and content', () => {
    expect(bake.imageName).toBe(`rws-python-ml-1-0-0-${bake.contentHash.slice(0, 8)}`);
    expect(script).toContain(`name=${bake.imageName}`);
    expect(script).toContain('qm set "$id" --scsi0 "$storage:0,import-from=$img"');
    expect(script).toMatch(/qm start "\$id"\n[^]*qm status "\$id" \| grep -q stopped[^]*qm template "\$id"/);
    const config = cloudConfig(snippetOf(script));
    const shipped = zlib.gunzipSync(Buffer.from(config.write_files[0].content, 'base64')).toString('utf8');
    expect(shipped).toBe(bake.bakeScript());
    expect(shipped).not.toContain('rws_image_tools'); // no AWS CLI or efs-utils on Proxmox
    expect(config.runcmd[0]).toMatch(/^export http_proxy=http:\/\/10\.0\.0\.9:3128 .*bash \/root\/rws-bake\.sh && .*cloud-init clean --logs --seed && truncate -s 0 \/etc\/machine-id .*&& poweroff$/);
  });

  test('shellcheck accepts the script and cloud-init schema the snippet', () => {
    const sc = shellcheck(script);
    if (sc) expect(sc.output).toBe('');
    const ci = cloudInitSchema(snippetOf(script));
    if (ci) expect(ci.status).toBe(0);
  });

  test('bad options: one error naming the field, the value and the fix', () => {
    expect(() => bake.proxmoxTemplateScript({ vmId: 5, cloudImagePath: '/x.img' })).toThrow(/vmId.*got 5.*9001/s);
    expect(() => bake.proxmoxTemplateScript({ vmId: 9001, cloudImagePath: 'noble.img' })).toThrow(/cloudImagePath.*absolute path/s);
  });

  test('an offline workspace cloning the baked template runs only the boot part, without warning; tf-validate accepts it', async () => {
    let ws: ProxmoxWorkspace | undefined;
    const r = synthApp((app) => {
      const stack = new TerraformStack(app, 'lab');
      ws = new ProxmoxWorkspace(stack, 'ws', {
        cluster,
        nodeName: 'pve1',
        template: catalog.resolve('python-ml'),
        registry,
        owner: 'alice',
        egress: EgressMode.NONE,
        address: { address: '10.0.0.42/24', gateway: '10.0.0.1' },
        image: ProxmoxCloudImage.fromTemplateVm({ vmId: 9001, diskGiB: 60, bakedContentHash: bake.contentHash }),
      });
      return stack;
    });
    expect(ws!.userData.phase).toBe('boot');
    expect(ws!.userData.warnings.map((w) => w.code).filter((c) => c.startsWith('offline'))).toEqual([]);
    const machine = vm(r.json, 'ws')!.body;
    expect(machine.clone).toMatchObject({ vm_id: 9001, full: true });
    expect(userDataOf(r.json, machine)).toContain(`rws_image_check python-ml ${bake.contentHash}`);
    const results = await tfValidateAll([r.dir]);
    if (results) expect(results.map((x) => x.status === 0 ? 'ok' : x.output)).toEqual(['ok']);
  });

  test('a template VM baked from other content is refused', () => {
    const build = () => synthApp((app) => {
      const stack = new TerraformStack(app, 'lab');
      new ProxmoxWorkspace(stack, 'ws', {
        cluster,
        nodeName: 'pve1',
        template: catalog.resolve('r-rstudio'),
        registry,
        owner: 'alice',
        image: ProxmoxCloudImage.fromTemplateVm({ vmId: 9001, diskGiB: 60, bakedContentHash: bake.contentHash }),
      });
      return stack;
    });
    expect(build).toThrow(/image\.templateVm\.bakedContentHash.*template VM 9001 was baked from other content than template "r-rstudio"/s);
  });

  test('the lab file names a baked template VM by its content hash (it reaches the workspace image); a bad or misplaced hash is one error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-pve-baked-'));
    try {
      const lab = (image: string) => {
        const file = path.join(dir, 'lab.yaml');
        fs.writeFileSync(file, [
          'name: baked',
          'proxmox: { cluster: { nodes: [pve1], datacenter_firewall: managed } }',
          'workspaces:',
          `  - { name: ws, template: python-ml, node: pve1, image: ${image} }`,
        ].join('\n') + '\n');
        return file;
      };
      const read = readProxmoxLabFile(lab(`{ template_vm: 9001, disk_gib: 60, baked_content_hash: "${bake.contentHash}" }`));
      expect(read.props.workspaces[0].image?.templateVm?.bakedContentHash).toBe(bake.contentHash);
      const problems = (image: string) => {
        try {
          readProxmoxLabFile(lab(image));
        } catch (e: any) {
          return e.diagnostics.map((d: any) => [d.code, d.field]);
        }
        return [];
      };
      expect(problems('{ template_vm: 9001, disk_gib: 60, baked_content_hash: "not-a-hash" }'))
        .toEqual([['invalid-value', 'workspaces[0].image.baked_content_hash']]);
      expect(problems(`{ url: "https://example.org/x.img", minimum_disk_gib: 4, baked_content_hash: "${bake.contentHash}" }`))
        .toEqual([['invalid-value', 'workspaces[0].image.baked_content_hash']]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
