/**
 * Large inputs (issue 13.9): YAML is loaded with js-yaml's core schema and the position-keeping
 * `yaml` tree is built only when a message needs a line. These tests hold the two loaders to
 * the same values on every YAML file the project ships or reads, check the fallbacks, and check
 * that a registry with thousands of problems gives a screenful, not thousands of lines.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { UserRegistry } from '../../src';
import { MAX_LISTED_PROBLEMS, WorkspaceInputError } from '../../src/workspaces/private/error';
import { YamlSource } from '../../src/workspaces/private/yaml-source';

const ROOT = path.resolve(__dirname, '..', '..');

function yamlFiles(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== 'cdk.out' && e.name !== 'cdktf.out') yamlFiles(p, out);
    else if (e.isFile() && /\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

/** What the `yaml` library (YAML 1.2 core schema) makes of a text, or undefined when it rejects it. */
function reference(text: string): { ok: boolean; data?: unknown } {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) return { ok: false };
  return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
}

function isBuilt(src: YamlSource): boolean {
  return (src as any).parsed !== undefined;
}

describe('fast YAML loading gives the same values as the yaml library', () => {
  const files = [
    ...yamlFiles(path.join(ROOT, 'templates')),
    ...yamlFiles(path.join(ROOT, 'examples')),
    ...yamlFiles(path.join(ROOT, 'test')),
    ...yamlFiles(path.resolve(ROOT, '..', 'shared', 'fixtures')),
  ];

  test('there are files to compare', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  test.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', (_rel, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const ref = reference(text);
    if (!ref.ok) {
      // A file the yaml library rejects is rejected by YamlSource too, with a position.
      expect(() => new YamlSource(text, file)).toThrow(/yaml-syntax|YAML/);
      return;
    }
    let src: YamlSource | undefined;
    try {
      src = new YamlSource(text, file);
    } catch (e) {
      // Only the model's own alias limit may reject what the reference accepts.
      expect(String(e)).toMatch(/alias/);
      return;
    }
    expect(src.data).toEqual(ref.data ?? null);
  });
});

describe('texts the fast loader leaves to the full parser', () => {
  test.each([
    ['anchors and aliases', 'a: &x [1, 2]\nb: *x\n'],
    ['a tag', 'a: !!str 12\n'],
    ['a binary-looking integer', 'a: 0b101\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['scalars of the core schema', 'a: 0o14\nb: 0x1F\nc: 1_000\nd: .inf\ne: ~\nf: TRUE\ng: yes\nh: 2001-12-14\ni: 00012\n'],
  ])('%s: the same result as the yaml library', (_what, text) => {
    const ref = reference(text);
    if (!ref.ok) {
      expect(() => new YamlSource(text, 'x.yaml')).toThrow(WorkspaceInputError);
      return;
    }
    expect(new YamlSource(text, 'x.yaml').data).toEqual(ref.data);
  });

  test('a duplicate key is one error with its line', () => {
    expect(() => new YamlSource('users:\n  - name: a\nusers: []\n', 'users.yaml')).toThrow(/users\.yaml:3:1: error yaml-syntax: users: YAML syntax error: key "users" appears twice/);
  });

  test('an alias bomb is refused, not expanded', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    expect(() => new YamlSource(bomb, 'bomb.yaml')).toThrow(/alias/);
  });
});

describe('positions are worked out only when a message needs them', () => {
  const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOFjo1NzEpb9BDrAR/nU1oUQ+u4HGNtjhGu7RnKzemyX alice@laptop';

  test('a valid file is never given a syntax tree', () => {
    const src = new YamlSource(`users:\n  - name: alice\n    ssh_keys: ["${key}"]\n`, 'users.yaml');
    expect(isBuilt(src)).toBe(false);
    expect(src.locate(['users', 0, 'name'])).toEqual({ file: 'users.yaml', line: 2, column: 11 });
    expect(isBuilt(src)).toBe(true);
  });

  test('an error deep in a valid-looking file still names its line and column', () => {
    const users = Array.from({ length: 300 }, (_, i) => `  - name: u${i}\n    uid: ${i === 250 ? 999 : 10000 + i}`).join('\n');
    const text = `id_ranges: { users: { min: 10000, max: 20000 }, groups: { min: 30000, max: 30100 } }\nusers:\n${users}\n`;
    expect(() => UserRegistry.fromYaml(text, 'users.yaml')).toThrow(/users\.yaml:504:10: error invalid-id: users\[250\]\.uid/);
  });
});

describe('thousands of problems give a screenful', () => {
  const broken = (n: number) => `id_ranges: { users: { min: 10000, max: 99999 } }\nusers:\n${Array.from({ length: n }, (_, i) => `  - name: u${i}\n    ssh_keys: ["ssh-ed25519 AAAAnotakey${i} u${i}@laptop"]`).join('\n')}\n`;

  test('2,000 bad keys: the first problems one by one, the rest counted by code', () => {
    let err: WorkspaceInputError | undefined;
    try {
      UserRegistry.fromYaml(broken(2000), 'users.yaml');
    } catch (e) {
      err = e as WorkspaceInputError;
    }
    expect(WorkspaceInputError.isWorkspaceInputError(err)).toBe(true);
    expect(err!.diagnostics).toHaveLength(2000);
    const lines = err!.message.split('\n');
    expect(lines.length).toBe(1 + MAX_LISTED_PROBLEMS + 1);
    expect(lines[1]).toMatch(/users\.yaml:4:16: error invalid-ssh-key: users\[0\]\.ssh_keys\[0\]/);
    expect(lines[lines.length - 1]).toMatch(/\.\.\. and 1,980 more \(1,980 invalid-ssh-key\)/);
  });

  test('a range overflow of 1,000 users is summarised too', () => {
    const text = `users:\n${Array.from({ length: 2000 }, (_, i) => `  - name: u${i}`).join('\n')}\n`;
    let err: WorkspaceInputError | undefined;
    try {
      UserRegistry.fromYaml(text, 'users.yaml');
    } catch (e) {
      err = e as WorkspaceInputError;
    }
    expect(err!.diagnostics.length).toBeGreaterThanOrEqual(1000);
    expect(err!.message.split('\n').length).toBe(1 + MAX_LISTED_PROBLEMS + 1);
    expect(err!.message).toMatch(/more \([\d,]+ id-range-exhausted\)/);
  });

  test('a few problems are all listed', () => {
    let message = '';
    try {
      UserRegistry.fromYaml(broken(3), 'users.yaml');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.split('\n')).toHaveLength(4);
    expect(message).not.toMatch(/more \(/);
  });
});
