import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { labBackend } from '../../src/cli/lab-view';
import { readLabFile } from '../../src/stacks/aws/lab-file';
import { readProxmoxLabFile } from '../../src/stacks/proxmox/proxmox-lab-file';
import { Diagnostic } from '../../src/workspaces/errors';
import { WorkspaceInputError } from '../../src/workspaces/private/error';

/**
 * The one lab model's layout: the shared fields at the top, each backend's own settings in its
 * section (`aws:`, `proxmox:`; `kubernetes:` had one already). Lab files written before the
 * sections (backend settings at the top level) read exactly as before; a file may not mix the two.
 */

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'research-computing-lab');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-lab-sections-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function problemsOf(read: () => unknown): Diagnostic[] {
  try {
    read();
  } catch (e) {
    if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
    return e.diagnostics;
  }
  return [];
}

/** The example's lab file (its AWS settings in `aws:`) and the same lab with them at the top level, as written before the sections. */
function bothLayouts(): { flat: string; sectioned: string; aws: any } {
  fs.cpSync(EXAMPLE, dir, { recursive: true });
  const sectioned = path.join(dir, 'lab.yaml');
  const { aws, ...common }: any = yaml.load(fs.readFileSync(sectioned, 'utf8'));
  const flat = path.join(dir, 'lab-flat.yaml');
  fs.writeFileSync(flat, yaml.dump({ ...common, ...aws }));
  return { flat, sectioned, aws };
}

describe('AWS settings under aws:', () => {
  test('the research computing example reads the same with its AWS settings in aws: as at the top level', () => {
    const { flat, sectioned, aws } = bothLayouts();
    // The example uses several AWS-only settings: the comparison covers them.
    expect(Object.keys(aws)).toEqual(expect.arrayContaining(['region', 'scratch', 'studio', 'slurm']));
    const a = readLabFile(flat);
    const b = readLabFile(sectioned);
    expect({ ...b, sourceFile: a.sourceFile }).toEqual(a);
  });

  test('a mistake inside aws: names its field there, at its line', () => {
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, 'name: demo\nworkspaces: []\naws:\n  region: eu-west-1\n  account: "12345"\n');
    const found = problemsOf(() => readLabFile(file));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'invalid-account', field: 'aws.account', location: { line: 5 } });
  });

  test('a misspelled key in aws: is an error with a suggestion', () => {
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, 'name: demo\nworkspaces: []\naws:\n  regoin: eu-west-1\n');
    const found = problemsOf(() => readLabFile(file));
    expect(found).toEqual([expect.objectContaining({ code: 'unknown-field', field: 'aws.regoin', fix: expect.stringContaining('did you mean "region"') })]);
  });

  test('with an aws: section, an AWS setting at the top level is refused (one place for each setting)', () => {
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, 'name: demo\nregion: eu-west-1\nworkspaces: []\naws:\n  account: "123456789012"\n');
    const found = problemsOf(() => readLabFile(file));
    expect(found).toEqual([expect.objectContaining({ code: 'setting-outside-section', field: 'region', location: expect.objectContaining({ line: 2 }) })]);
    expect(found[0].fix).toMatch(/move region: into the aws: section/);
  });

  test('an aws: section that is not a mapping is one clear error', () => {
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, 'name: demo\nworkspaces: []\naws: eu-west-1\n');
    const found = problemsOf(() => readLabFile(file));
    expect(found.map((d) => [d.code, d.field])).toEqual([['wrong-type', 'aws']]);
  });
});

const PROXMOX_SETTINGS = {
  cluster: { nodes: ['pve1', 'pve2'], disk_datastore_id: 'local-lvm', snippet_datastore_id: 'local', datacenter_firewall: 'managed' },
  api: { endpoint: 'https://pve1.example.org:8006/', insecure: false },
  proxy: { address: '10.20.30.5', port: 3128 },
  allowed_endpoints: [{ address: '10.20.30.6', port: 443, comment: 'git' }],
  size_mappings: [{ size: 'GPU-S', cores: 8, memory_mib: 32768, pci_mappings: ['gpu0'] }],
};
const PROXMOX_COMMON = { name: 'pve-lab', workspaces: [{ name: 'w1', template: 'python-ml', node: 'pve2', owner: 'ada', size: 'GPU-S' }] };

describe('Proxmox settings under proxmox:', () => {
  test('a lab reads the same with its Proxmox settings in proxmox: as at the top level', () => {
    const flat = path.join(dir, 'flat.yaml');
    const sectioned = path.join(dir, 'sectioned.yaml');
    fs.writeFileSync(flat, yaml.dump({ ...PROXMOX_COMMON, ...PROXMOX_SETTINGS }));
    fs.writeFileSync(sectioned, yaml.dump({ ...PROXMOX_COMMON, proxmox: PROXMOX_SETTINGS }));
    const a = readProxmoxLabFile(flat).props;
    const b = readProxmoxLabFile(sectioned).props;
    const pick = (p: any) => ({ ...p, catalog: undefined });
    expect(pick(b)).toEqual(pick(a));
    expect(a.cluster.nodes).toEqual(['pve1', 'pve2']);
    expect(a.sizeMappings).toHaveLength(1);
  });

  test('a missing cluster is reported once, in the section that should hold it', () => {
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, yaml.dump({ ...PROXMOX_COMMON, proxmox: { api: PROXMOX_SETTINGS.api } }));
    const found = problemsOf(() => readProxmoxLabFile(file));
    expect(found.filter((d) => d.code === 'missing-field').map((d) => d.field)).toEqual(['proxmox.cluster']);
  });
});

describe('the backend a lab file is for', () => {
  const write = (text: string) => {
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, text);
    return file;
  };

  test('is named by its section', () => {
    expect(labBackend(write('name: a\naws: { region: eu-west-1 }\nworkspaces: []\n'), undefined, 'synth').backend).toBe('aws');
    expect(labBackend(write('name: a\nproxmox: { cluster: { nodes: [p] } }\nworkspaces: []\n'), undefined, 'synth').backend).toBe('proxmox');
    expect(labBackend(write('name: a\nkubernetes: {}\nworkspaces: []\n'), undefined, 'synth').backend).toBe('kubernetes');
    // Lab files written before the sections.
    expect(labBackend(write('name: a\ncluster: { nodes: [p] }\nworkspaces: []\n'), undefined, 'synth').backend).toBe('proxmox');
    expect(labBackend(write('name: a\nregion: eu-west-1\nworkspaces: []\n'), undefined, 'synth').backend).toBe('aws');
  });

  test('two backends\' sections in one file are refused', () => {
    expect(() => labBackend(write('name: a\naws: {}\nproxmox: {}\nworkspaces: []\n'), undefined, 'synth')).toThrow(/both aws: and proxmox: sections/);
    expect(() => labBackend(write('name: a\naws: {}\nkubernetes: {}\nworkspaces: []\n'), undefined, 'synth')).toThrow(/both aws: and kubernetes: sections/);
    expect(() => labBackend(write('name: a\nproxmox: {}\nworkspaces: []\n'), 'aws', 'synth')).toThrow(/this is a Proxmox lab file \(it has proxmox:\)/);
  });
});
