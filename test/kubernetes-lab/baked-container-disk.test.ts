/**
 * KubeVirt: the container disk build the lab names (ImageBake.containerDiskScript: the bake run
 * once inside the cloud image with virt-customize, committed with buildah), and a workspace that
 * boots a baked disk running only the per-workspace part. shellcheck checks the script.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { EgressMode, ImageBake, KubernetesVmImage, KubernetesWorkspace, TemplateCatalog, UserRegistry } from '../../src';
import { App, TerraformStack } from '../../src/constructs/terraform/cdktf';
import { readKubernetesLabFile } from '../../src/stacks/kubernetes/kubernetes-lab-file';
import { WorkspacePlatform } from '../../src/workspaces/userdata';
import { requireTool } from '../userdata/helpers/tools';

const OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-baked-disk-'));
afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

const catalog = TemplateCatalog.bundled();
const bake = ImageBake.of({ template: catalog.resolve('python-ml'), platform: WorkspacePlatform.KUBERNETES });
const REF = 'registry.lab.example.org/rws/python-ml:1.0.0';

function workspace(image: KubernetesVmImage, template = 'python-ml'): KubernetesWorkspace {
  const stack = new TerraformStack(new App({ outdir: OUT }), 'lab');
  return new KubernetesWorkspace(stack, 'alice-ml', {
    template: catalog.resolve(template),
    namespace: 'lab',
    registry: UserRegistry.fromYaml('users:\n  - { name: alice, uid: 5001 }\n', 'users.yaml'),
    owner: 'alice',
    egress: EgressMode.NONE,
    image,
  });
}

describe('KubeVirt container disk baked from a template', () => {
  const script = bake.containerDiskScript({ cloudImagePath: '/srv/images/noble-server-cloudimg-amd64.img', reference: REF, httpProxy: 'http://10.0.0.9:3128' });

  test('the build: the bake inside the cloud image with virt-customize, the disk in a scratch image with labels, pushed', () => {
    const b64 = /<<'RWS_BAKE' \| gunzip >"\$work\/rws-bake.sh"\n([A-Za-z0-9+/=\n]+)RWS_BAKE/.exec(script)![1];
    expect(zlib.gunzipSync(Buffer.from(b64.replace(/\n/g, ''), 'base64')).toString('utf8')).toBe(bake.bakeScript());
    expect(script).toContain('virt-customize -a "$work/disk.qcow2" --network');
    expect(script).toContain('--run-command "export http_proxy=http://10.0.0.9:3128 https_proxy=http://10.0.0.9:3128 no_proxy=localhost,127.0.0.1; bash /root/rws-bake.sh"');
    expect(script).toContain('buildah add --chown 107:107 "$ctr" "$work/disk.qcow2" /disk/disk.qcow2');
    expect(script).toContain(`--label research.image-content=${bake.contentHash}`);
    expect(script).toMatch(/buildah commit "\$ctr" "\$ref"\n[^]*buildah push "\$ref"/);
    if (!requireTool('shellcheck', 'shellcheck of the container disk build')) return;
    const r = spawnSync('shellcheck', ['-s', 'bash', '-'], { input: script, encoding: 'utf8' });
    expect(r.stdout).toBe('');
  });

  test('a workspace on the baked disk: the boot part only, checked against the disk\'s content; another template is refused', () => {
    const ws = workspace(KubernetesVmImage.fromBakedContainerDisk(REF, 60, bake.contentHash));
    expect(ws.userData.phase).toBe('boot');
    expect(ws.userData.warnings.map((w) => w.code).filter((c) => c.startsWith('offline'))).toEqual([]);
    expect(workspace(KubernetesVmImage.forOs(catalog.resolve('python-ml').os)).userData.warnings.map((w) => w.code)).toContain('offline-needs-internet');
    expect(() => workspace(KubernetesVmImage.fromBakedContainerDisk(REF, 60, bake.contentHash), 'r-rstudio'))
      .toThrow(/image.*container disk docker:\/\/registry\.lab\.example\.org\/rws\/python-ml:1\.0\.0 was baked from other content/s);
    expect(() => KubernetesVmImage.fromBakedContainerDisk(REF, 60, 'nothex')).toThrow(/bakedContentHash.*ImageBake\.contentHash/s);
  });

  test('the Kubernetes lab file names a baked container disk with baked_content_hash; a bad or misplaced hash is one error with its line', () => {
    const file = path.join(OUT, 'lab.yaml');
    const lab = (image: string) => {
      fs.writeFileSync(file, `name: g\nkubernetes: {}\nworkspaces:\n  - name: alice-ml\n    template: python-ml\n    image: ${image}\n`);
      return file;
    };
    const read = readKubernetesLabFile(lab(`{ container_disk: ${REF}, minimum_disk_gib: 60, baked_content_hash: ${bake.contentHash} }`));
    const image = read.props.workspaces[0].image!;
    expect(image.bakedContentHash).toBe(bake.contentHash);
    expect(image.url).toBe(`docker://${REF}`);
    expect(workspace(image).userData.phase).toBe('boot');
    // Without it, the same disk is an image of someone else's making: the full provisioning.
    expect(readKubernetesLabFile(lab(`{ container_disk: ${REF}, minimum_disk_gib: 60 }`)).props.workspaces[0].image!.bakedContentHash).toBeUndefined();
    expect(() => readKubernetesLabFile(lab(`{ container_disk: ${REF}, minimum_disk_gib: 60, baked_content_hash: "1234" }`)))
      .toThrow(/lab\.yaml:6:\d+.*workspaces\[0\]\.image\.baked_content_hash.*16 hex digits.*"1234"/s);
    expect(() => readKubernetesLabFile(lab(`{ url: "https://example.org/a.img", minimum_disk_gib: 4, baked_content_hash: ${bake.contentHash} }`)))
      .toThrow(/baked_content_hash.*belongs to a container_disk/s);
  });
});
