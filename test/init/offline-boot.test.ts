/**
 * A lab without internet (egress none) either boots or says, at synthesis, exactly why not and
 * what to change: the workspace, the template, what would be downloaded, and the lab.yaml fields
 * of the fixes (egress: proxied, or an image of one's own per backend; on AWS the bundled
 * amazon-linux-2023 template, which boots offline). The same wording on AWS, Kubernetes and
 * Proxmox VE.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import {
  EgressMode, KubernetesLabStack, KubernetesVmImage, LabStack, LabWorkspaceDefinition, ProxmoxDatacenterFirewall, ProxmoxLabStack, UserRegistry,
} from '../../src';
import { App as TfApp } from '../../src/constructs/terraform/cdktf';
import { terraformStackWarnings } from '../../src/constructs/terraform/manifest';

const registry = () => UserRegistry.fromProps({ sourceName: 'users', users: [{ name: 'alice' }] });

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-offline-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The rws: warnings of an AWS lab, by workspace. */
function awsWarnings(workspaces: LabWorkspaceDefinition[], egress: EgressMode): string[] {
  const app = new App({ outdir: path.join(tmp, 'cdk.out') });
  new LabStack(app, 'Lab', { definition: { name: 'lab', region: 'eu-west-1', egress, registry: registry(), workspaceStackCount: 0, workspaces } });
  const assembly = app.synth();
  return assembly.getStackArtifact('Lab').messages.filter((m) => m.level === 'warning').map((m) => String(m.entry.data)).filter((m) => /rws:offline/.test(m));
}

describe('AWS', () => {
  test('a template that installs from the internet: the message names workspace, template, what is downloaded and the fields of the fixes', () => {
    const [w] = awsWarnings([{ name: 'alice-ml', template: 'python-ml', owner: 'alice' }], EgressMode.NONE)
      .filter((m) => m.includes('rws:offline-needs-internet'));
    expect(w).toMatch(/^Lab\/alice-ml: template "python-ml": the machine has no internet \(egress none\), and the template installs from it: Miniforge \(conda\), conda packages/);
    expect(w).toContain('Fix: set egress: proxied in lab.yaml');
    expect(w).toContain('give workspace "alice-ml" amis: { <region>: ami-... } (code: machineImage)');
    expect(w).toContain('the bundled template amazon-linux-2023, which boots offline');
  });

  test('the public image without amazon-efs-utils and the AWS CLI: template, image field with the lab\'s region, egress', () => {
    const [w] = awsWarnings([{ name: 'alice-shell', template: 'ubuntu-24-04', owner: 'alice' }], EgressMode.NONE)
      .filter((m) => m.includes('rws:offline-image'));
    expect(w).toContain('template "ubuntu-24-04" boots the public ubuntu-24.04 image');
    expect(w).toContain('template: amazon-linux-2023, or inherits: [amazon-linux-2023]');
    expect(w).toContain('give workspace "alice-shell" amis: { eu-west-1: ami-... } in lab.yaml');
    expect(w).toContain('or set egress: proxied in lab.yaml');
  });

  test('the bundled amazon-linux-2023 template boots offline: no warning; nor does anything with proxied egress', () => {
    expect(awsWarnings([{ name: 'alice-al', template: 'amazon-linux-2023', owner: 'alice' }], EgressMode.NONE)).toEqual([]);
    expect(awsWarnings([{ name: 'alice-ml', template: 'python-ml', owner: 'alice' }], EgressMode.PROXIED)).toEqual([]);
  });
});

describe('Terraform backends', () => {
  test('Kubernetes: the same message with the container_disk field; none with an image of one\'s own', () => {
    const app = new TfApp({ outdir: path.join(tmp, 'k8s') });
    new KubernetesLabStack(app, 'lab', {
      labName: 'lab',
      egress: EgressMode.NONE,
      registry: registry(),
      workspaces: [
        { name: 'alice-ml', template: 'python-ml', owner: 'alice' },
        { name: 'alice-baked', template: 'python-ml', owner: 'alice', image: KubernetesVmImage.fromContainerDisk('registry.example.edu/python-ml:1', 20) },
      ],
    });
    app.synth();
    const warnings = terraformStackWarnings(path.join(tmp, 'k8s'), 'lab').filter((m) => m.includes('no internet'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^lab\/alice-ml: template "python-ml": the machine has no internet \(egress none\)/);
    expect(warnings[0]).toContain('set egress: proxied in lab.yaml, for the lab or for workspace "alice-ml"');
    expect(warnings[0]).toContain('give workspace "alice-ml" image: { container_disk: <registry>/<image>:<tag> }');
  });

  test('Proxmox VE: the same message with the image field', () => {
    const app = new TfApp({ outdir: path.join(tmp, 'pve') });
    new ProxmoxLabStack(app, 'lab', {
      labName: 'lab',
      registry: registry(),
      cluster: {
        nodes: ['pve1'],
        diskDatastoreId: 'local-zfs',
        snippetDatastoreId: 'snippets',
        imageDatastoreId: 'local',
        bridge: 'vmbr1',
        datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED,
        dhcpPool: ['10.20.30.128/25'],
      },
      workspaces: [{ name: 'alice-ml', template: 'python-ml', nodeName: 'pve1', owner: 'alice', egress: EgressMode.NONE, address: { address: '10.20.30.42/24' } }],
    });
    app.synth();
    const warnings = terraformStackWarnings(path.join(tmp, 'pve'), 'lab').filter((m) => m.includes('no internet'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('template "python-ml"');
    expect(warnings[0]).toContain('give workspace "alice-ml" image: { url: <prepared cloud image> } or image: { template_vm: <VM id> }');
  });
});
