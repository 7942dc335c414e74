import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readLabFile } from '../../src/stacks/aws/lab-file';
import { readKubernetesLabFile } from '../../src/stacks/kubernetes/kubernetes-lab-file';
import { readProxmoxLabFile } from '../../src/stacks/proxmox/proxmox-lab-file';
import { Diagnostic } from '../../src/workspaces/errors';
import { WorkspaceInputError } from '../../src/workspaces/private/error';

/**
 * One lab model: the fields every backend's lab file shares (name, templates, registry, policy,
 * and each workspace's name, template, parameters, size, owner, users, project) are read by one
 * reader (src/workspaces/lab.ts). The same mistake in the same field gets the same error, word
 * for word, on AWS, Kubernetes and Proxmox.
 */

type Backend = 'aws' | 'kubernetes' | 'proxmox';
const BACKENDS: Backend[] = ['aws', 'kubernetes', 'proxmox'];

/** What only a backend adds to a minimal lab (top level) and to each workspace entry. */
const SECTION: Record<Backend, { top: string; workspace: string }> = {
  aws: { top: 'region: eu-west-1', workspace: '' },
  kubernetes: { top: 'kubernetes: { namespace: lab-demo }', workspace: '' },
  proxmox: { top: 'cluster: { nodes: [pve1], datacenter_firewall: managed-elsewhere }', workspace: ', node: pve1' },
};

const READERS: Record<Backend, (file: string) => unknown> = {
  aws: readLabFile,
  kubernetes: readKubernetesLabFile,
  proxmox: readProxmoxLabFile,
};

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-lab-common-'));
  fs.writeFileSync(path.join(root, 'outside.yaml'), 'users: []\n');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Writes a lab of `backend` whose common part is `common` (workspace entries get the backend's own keys) and reads it. */
function problems(backend: Backend, common: string): Diagnostic[] {
  const dir = fs.mkdtempSync(path.join(root, `${backend}-`));
  fs.mkdirSync(path.join(dir, 'lab'));
  const text = common.replace(/WS_EXTRA/g, SECTION[backend].workspace) + `\n${SECTION[backend].top}\n`;
  const file = path.join(dir, 'lab', 'lab.yaml');
  fs.writeFileSync(file, text);
  try {
    READERS[backend](file);
  } catch (e) {
    if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
    return e.diagnostics;
  }
  return [];
}

/** The parts of a problem that must not depend on the backend. */
function essence(d: Diagnostic) {
  return { code: d.code, field: d.field, message: d.message, value: d.value, fix: d.fix, line: d.location?.line, column: d.location?.column };
}

const CASES: Array<{ what: string; common: string; field: string; code: string }> = [
  { what: 'an unknown size', common: 'name: demo\nworkspaces:\n  - { name: w1, template: python-ml, owner: ada, size: HUGE WS_EXTRA }', field: 'workspaces[0].size', code: 'unknown-size' },
  { what: 'a workspace without template', common: 'name: demo\nworkspaces:\n  - { name: w1, owner: ada WS_EXTRA }', field: 'workspaces[0].template', code: 'missing-field' },
  { what: 'a registry outside the lab folder', common: 'name: demo\nregistry: ../../outside.yaml\nworkspaces: []', field: 'registry', code: 'path-outside-lab' },
  { what: 'a policy that does not exist', common: 'name: demo\npolicy: ./policy.yaml\nworkspaces: []', field: 'policy', code: 'no-such-file' },
  { what: 'a templates path that is a file', common: 'name: demo\ntemplates: ./lab.yaml\nworkspaces: []', field: 'templates', code: 'no-such-file' },
  { what: 'a misspelled top-level key', common: 'name: demo\ntempaltes: ./t\nworkspaces: []', field: 'tempaltes', code: 'unknown-field' },
  { what: 'a workspace that is not a mapping', common: 'name: demo\nworkspaces:\n  - just-a-name', field: 'workspaces[0]', code: 'wrong-type' },
  { what: 'no workspaces', common: 'name: demo', field: 'workspaces', code: 'missing-field' },
  { what: 'no name', common: 'workspaces: []', field: 'name', code: 'missing-field' },
  { what: 'parameters that are not a mapping', common: 'name: demo\nworkspaces:\n  - { name: w1, template: python-ml, parameters: [a] WS_EXTRA }', field: 'workspaces[0].parameters', code: 'wrong-type' },
];

describe('one reader for what every lab file shares', () => {
  test.each(CASES)('$what: the same error on every backend', ({ common, field, code }) => {
    const found = BACKENDS.map((b) => problems(b, common).filter((d) => d.field === field).map(essence));
    // The mistake is reported, with the expected code, on the first backend...
    expect(found[0]).toHaveLength(1);
    expect(found[0][0].code).toBe(code);
    expect(found[0][0].fix).toBeTruthy();
    // ...and word for word the same on the others.
    expect(found[1]).toEqual(found[0]);
    expect(found[2]).toEqual(found[0]);
  });

  test('a valid common part gives no problem on any backend', () => {
    for (const b of BACKENDS) {
      expect(problems(b, 'name: demo\nworkspaces:\n  - { name: w1, template: python-ml, owner: ada, size: M, users: [ada], project: p WS_EXTRA }')).toEqual([]);
    }
  });

  test('a misspelled workspace key is an error with a suggestion on every backend', () => {
    const found = BACKENDS.map((b) => problems(b, 'name: demo\nworkspaces:\n  - { name: w1, template: python-ml, ownr: ada WS_EXTRA }')
      .filter((d) => d.field === 'workspaces[0].ownr').map(essence));
    expect(found[0]).toHaveLength(1);
    expect(found[0][0].message).toMatch(/misspelled setting would silently not apply/);
    expect(found[0][0].fix).toMatch(/did you mean "owner"/);
    expect(found[1]).toEqual(found[0]);
    expect(found[2]).toEqual(found[0]);
  });
});
