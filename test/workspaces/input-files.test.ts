import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { TemplateCatalog } from '../../src/workspaces/catalog';
import { WorkspacePolicy } from '../../src/workspaces/policy';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import { confinePath, INPUT_LIMITS, listYamlBounded, readInputText, systemFolderProblem } from '../../src/workspaces/private/input-files';
import { UserRegistry } from '../../src/workspaces/users';

/** Issue 13.3 and 13.8: input files read as untrusted. */

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-input-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function inputError(fn: () => unknown): WorkspaceInputError {
  try {
    fn();
  } catch (e) {
    if (WorkspaceInputError.isWorkspaceInputError(e)) return e;
    throw e;
  }
  throw new Error('expected an input error');
}

describe('size limits and file types', () => {
  test('every kind has a limit; a file over it is refused before it is parsed', () => {
    const file = path.join(dir, 'policy.yaml');
    fs.writeFileSync(file, `name: big\n# ${'x'.repeat(INPUT_LIMITS.policy)}\n`);
    const e = inputError(() => WorkspacePolicy.fromFile(file));
    expect(e.diagnostics[0].code).toBe('file-too-large');
    expect(e.message).toMatch(/the policy file is 1(\.\d+)? MiB, more than the limit of 1 MiB/);
    // Just under the limit loads.
    fs.writeFileSync(file, `name: fine\n# ${'x'.repeat(INPUT_LIMITS.policy - 100)}\n`);
    expect(WorkspacePolicy.fromFile(file).name).toBe('fine');
  });

  test('the limit is enforced while reading too (a file that grows after stat)', () => {
    const file = path.join(dir, 'x.yaml');
    fs.writeFileSync(file, 'a'.repeat(2000));
    expect(() => readInputText(file, 'policy', 1000)).toThrow(/file-too-large/);
    expect(readInputText(file, 'policy', 2000)).toHaveLength(2000);
  });

  test('a FIFO or a device is refused instead of read (a read would block or never end)', () => {
    const fifo = path.join(dir, 'users.yaml');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(inputError(() => UserRegistry.fromFile(fifo)).diagnostics[0].code).toBe('not-a-regular-file');
    expect(inputError(() => WorkspacePolicy.fromFile('/dev/zero')).diagnostics[0].code).toBe('not-a-regular-file');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('errors name the file, never the Node error text', () => {
    const e = inputError(() => WorkspacePolicy.fromFile(path.join(dir, 'missing.yaml')));
    expect(e.message).toBe(`${path.join(dir, 'missing.yaml')}: error file-unreadable: the policy file does not exist. Fix: check the path and its permissions`);
    const folder = inputError(() => WorkspacePolicy.fromFile(dir));
    expect(folder.message).toMatch(/the policy file is a folder/);
  });
});

describe('no file contents in errors', () => {
  const SECRET = 'hostile-secret-9f8e7d';
  test.each([
    ['an .env file', `API_KEY=${SECRET}\nOTHER=1\n`],
    ['one long line', `${SECRET} `.repeat(50)],
    ['shadow lines (they parse as keys)', `root:$6$salt$${SECRET}:19000:0:99999:7:::\nbin:*:19000:0:99999:7:::\n`],
    ['a list', `- ${SECRET}\n`],
    ['a number', '12345\n'],
  ])('%s named as a registry or policy', (_what, text) => {
    const file = path.join(dir, 'input.yaml');
    fs.writeFileSync(file, text);
    for (const load of [() => UserRegistry.fromFile(file), () => WorkspacePolicy.fromFile(file)]) {
      const e = inputError(load);
      expect(e.message).not.toContain(SECRET);
      expect(JSON.stringify(e.diagnostics)).not.toContain(SECRET);
      expect(e.message).toMatch(/is this the right file\?/);
    }
  });

  test('a key that is not a name is reported without the key (it may be a secret line)', () => {
    const file = path.join(dir, 'policy.yaml');
    fs.writeFileSync(file, `name: p\n"password=${SECRET}": 1\n`);
    const e = inputError(() => WorkspacePolicy.fromFile(file));
    expect(e.message).not.toContain(SECRET);
    expect(e.message).toMatch(/policy\.yaml:2:1: error unknown-field: unknown field is ignored: a key of \d+ characters that is not a field name/);
  });

  test('a lock file that is not JSON: the position, not the text', () => {
    fs.writeFileSync(path.join(dir, 'users.yaml'), 'users:\n  - name: ada\n');
    fs.writeFileSync(path.join(dir, 'users.lock.json'), `TOKEN=${SECRET}`);
    expect(() => UserRegistry.fromFile(path.join(dir, 'users.yaml'))).toThrow(/the lock file is not valid JSON/);
    try {
      UserRegistry.fromFile(path.join(dir, 'users.yaml'));
    } catch (e: any) {
      expect(e.message).not.toContain(SECRET);
      expect(e.message).not.toContain('TOKEN');
    }
  });
});

describe('paths a lab file names stay in its folder', () => {
  test('inside: relative, sub-folder; outside: parent, absolute, symlink escape', () => {
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'users.yaml'), 'users: []\n');
    expect(confinePath('./sub/users.yaml', dir)).toEqual({ ok: true, abs: path.join(dir, 'sub', 'users.yaml') });
    expect(confinePath('sub', dir).ok).toBe(true);
    expect(confinePath('../x.yaml', dir)).toMatchObject({ ok: false, problem: 'the path leads outside the lab file\'s folder' });
    expect(confinePath('/etc/passwd', dir).ok).toBe(false);
    fs.symlinkSync('/etc/passwd', path.join(dir, 'users.yaml'));
    expect(confinePath('users.yaml', dir)).toMatchObject({ ok: false, problem: 'the path leads outside the lab file\'s folder (a symbolic link to /etc/passwd)' });
    // A symlink that stays inside is fine.
    fs.symlinkSync(path.join(dir, 'sub', 'users.yaml'), path.join(dir, 'alias.yaml'));
    expect(confinePath('alias.yaml', dir).ok).toBe(true);
  });

  test('RWS_ALLOWED_ROOTS allows another folder explicitly, but never / or /proc', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-input-other-'));
    try {
      expect(confinePath(path.join(other, 'users.yaml'), dir).ok).toBe(false);
      process.env.RWS_ALLOWED_ROOTS = other;
      expect(confinePath(path.join(other, 'users.yaml'), dir).ok).toBe(true);
      process.env.RWS_ALLOWED_ROOTS = '/';
      expect(confinePath('/', dir)).toMatchObject({ ok: false, problem: 'the path is the root of the filesystem' });
      expect(confinePath('/proc/self/environ', dir)).toMatchObject({ ok: false, problem: 'the path is under /proc, a system pseudo filesystem' });
    } finally {
      delete process.env.RWS_ALLOWED_ROOTS;
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  test('a lab file inside a git repository may name files elsewhere in that repository (examples/kubernetes-lab uses ../small-lab)', () => {
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, 'labs', 'a'), { recursive: true });
    expect(confinePath('../../users.yaml', path.join(dir, 'labs', 'a'))).toEqual({ ok: true, abs: path.join(dir, 'users.yaml') });
    expect(confinePath('../../../x.yaml', path.join(dir, 'labs', 'a'))).toMatchObject({ ok: false, problem: 'the path leads outside the lab file\'s repository' });
  });
});

describe('bounded folder walks (issue 13.8)', () => {
  test.each(['/', '/proc', '/sys', '/dev', '/proc/self'])('%s is refused without walking it', (folder) => {
    const started = Date.now();
    const e = inputError(() => new TemplateCatalog().loadDirectory(folder, { strict: false }));
    expect(e.diagnostics[0].code).toBe('unsafe-folder');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(systemFolderProblem(folder)).toBeDefined();
  });

  test('file and folder counts and depth are limited; symlinks are not followed', () => {
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(dir, `t${i}.yaml`), 'name: x\n');
    expect(listYamlBounded(dir, true, { maxDepth: 8, maxFiles: 20, maxFolders: 10 })).toHaveLength(12);
    expect(() => listYamlBounded(dir, true, { maxDepth: 8, maxFiles: 10, maxFolders: 10 })).toThrow(/more than 10 YAML files/);
    let d = dir;
    for (let i = 0; i < 5; i++) {
      d = path.join(d, `d${i}`);
      fs.mkdirSync(d);
      fs.writeFileSync(path.join(d, 'deep.yaml'), 'name: x\n');
    }
    expect(listYamlBounded(dir, true, { maxDepth: 2, maxFiles: 100, maxFolders: 100 })).toHaveLength(14);
    expect(() => listYamlBounded(dir, true, { maxDepth: 8, maxFiles: 100, maxFolders: 3 })).toThrow(/more than 3 sub-folders/);
    fs.symlinkSync('/etc', path.join(dir, 'etc-link'));
    fs.symlinkSync('/etc/hostname', path.join(dir, 'link.yaml'));
    expect(listYamlBounded(dir, true).some((f) => f.includes('link'))).toBe(false);
  });
});

describe('property: a confined path never leads out (adversarial path alphabet)', () => {
  test('whatever the text, an accepted path resolves (symlinks followed) inside the lab folder', () => {
    fs.mkdirSync(path.join(dir, 'lab', 'sub'), { recursive: true });
    fs.symlinkSync('/etc', path.join(dir, 'lab', 'etc-link'));
    fs.symlinkSync('..', path.join(dir, 'lab', 'up'));
    fs.symlinkSync(path.join(dir, 'lab', 'sub'), path.join(dir, 'lab', 'inside-link'));
    const lab = fs.realpathSync(path.join(dir, 'lab'));
    const piece = fc.constantFrom('..', '.', '/', 'sub', 'etc-link', 'up', 'inside-link', 'passwd', '~', ' ', '%2e%2e', '\\', '\u0000', 'users.yaml', '//', '...');
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }).map((a) => a.join('')), (text) => {
      const c = confinePath(text, path.join(dir, 'lab'));
      if (!c.ok) {
        expect(c.problem.length).toBeGreaterThan(0);
        return;
      }
      // The real path of the nearest existing ancestor, plus the rest.
      let base = c.abs;
      const rest: string[] = [];
      while (!fs.existsSync(base)) {
        rest.unshift(path.basename(base));
        base = path.dirname(base);
      }
      const real = path.join(fs.realpathSync(base), ...rest);
      const rel = path.relative(lab, real);
      expect(rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))).toBe(true);
    }), { numRuns: 1500 });
  });
});
