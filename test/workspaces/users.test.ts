import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Diagnostic, DiagnosticSeverity } from '../../src/workspaces/errors';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import { parseSshPublicKey } from '../../src/workspaces/ssh-key';
import { ResearchUserSpec, UserRegistry } from '../../src/workspaces/users';

let dir: string;
/** ed25519 public key lines, made by ssh-keygen. */
const pub: string[] = [];
/** An EC private key in PEM format (the body starts with the private scalar). */
let ecPrivatePem: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-users-'));
  for (let i = 0; i < 3; i++) {
    const file = path.join(dir, `k${i}`);
    execFileSync('/usr/bin/ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `key${i}@lab`, '-f', file], { stdio: 'pipe' });
    pub.push(fs.readFileSync(`${file}.pub`, 'utf8').trim());
  }
  const ec = path.join(dir, 'ec');
  execFileSync('/usr/bin/ssh-keygen', ['-q', '-t', 'ecdsa', '-b', '256', '-m', 'PEM', '-N', '', '-f', ec], { stdio: 'pipe' });
  ecPrivatePem = fs.readFileSync(ec, 'utf8');
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs fn, expects a WorkspaceInputError, and returns it. */
function inputError(fn: () => unknown): WorkspaceInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(WorkspaceInputError);
    expect(WorkspaceInputError.isWorkspaceInputError(e)).toBe(true);
    return e as WorkspaceInputError;
  }
  throw new Error('expected a WorkspaceInputError, but nothing was thrown');
}

/** The only diagnostic of an error, checked to be the only one. */
function only(e: WorkspaceInputError): Diagnostic {
  expect(e.diagnostics.map((d) => d.code)).toHaveLength(1);
  return e.diagnostics[0];
}

function codes(e: WorkspaceInputError): string[] {
  return e.diagnostics.map((d) => d.code);
}

/** Makes a directory with a registry file in it. */
function registryDir(yaml: string, name = 'users.yaml'): string {
  const d = fs.mkdtempSync(path.join(dir, 'reg-'));
  fs.writeFileSync(path.join(d, name), yaml);
  return path.join(d, name);
}

const yamlList = (items: string[]) => items.map((x) => `\n      - ${JSON.stringify(x)}`).join('');

describe('reading a registry from YAML', () => {
  test('reads users and groups with every field', () => {
    const yaml = [
      'version: 1',
      'users:',
      '  - name: ada',
      '    full_name: Ada Lovelace',
      '    email: ada@lab.example.org',
      '    orcid: 0000-0002-1825-0097',
      '    globus_id: 4F5C7b5e-1111-4a2b-9c3d-0123456789ab',
      '    external_id: ada@idp.example.org',
      '    shell: /bin/zsh',
      '    sudo: true',
      '    groups: [genomics]',
      `    ssh_keys:${yamlList([pub[0]])}`,
      '  - name: bob',
      'groups:',
      '  - name: genomics',
      '    description: Genomics lab',
      '',
    ].join('\n');
    const reg = UserRegistry.fromYaml(yaml, 'users.yaml');
    expect(reg.warnings).toEqual([]);
    expect(reg.users.map((u) => u.name)).toEqual(['ada', 'bob']);
    const ada = reg.user('ada');
    expect(ada).toMatchObject({
      name: 'ada',
      uid: 5000,
      gid: 5000,
      primaryGroup: 'ada',
      groups: ['genomics'],
      shell: '/bin/zsh',
      sudo: true,
      email: 'ada@lab.example.org',
      fullName: 'Ada Lovelace',
      orcid: '0000-0002-1825-0097',
      globusId: '4F5C7b5e-1111-4a2b-9c3d-0123456789ab',
      externalId: 'ada@idp.example.org',
    });
    expect(ada.sshKeys).toHaveLength(1);
    expect(ada.sshKeys[0].fingerprint).toBe(parseSshPublicKey(pub[0]).fingerprint);
    expect(ada.sshKeys[0].comment).toBe('key0@lab');
    const bob = reg.user('bob');
    expect(bob).toMatchObject({ uid: 5001, gid: 5001, primaryGroup: 'bob', groups: [], shell: '/bin/bash', sudo: false, sshKeys: [] });
    expect(bob.email).toBeUndefined();
    expect(reg.group('genomics')).toEqual({ name: 'genomics', gid: 6000, description: 'Genomics lab', members: ['ada'] });
    expect(reg.sourceName).toBe('users.yaml');
  });

  test('an empty document is an empty registry', () => {
    const reg = UserRegistry.fromYaml('', 'users.yaml');
    expect(reg.users).toEqual([]);
    expect(reg.groups).toEqual([]);
    expect(JSON.parse(reg.lockContent)).toEqual({ version: 1, users: {}, groups: {}, retired: { users: {}, groups: {} } });
  });

  test('a document that is not a mapping is rejected with its location', () => {
    const d = only(inputError(() => UserRegistry.fromYaml('- ada\n- bob\n', 'users.yaml')));
    expect(d.code).toBe('wrong-type');
    expect(d.message).toMatch(/expected a mapping with users: and groups:, found list/);
    expect(d.location).toEqual({ file: 'users.yaml', line: 1, column: 1 });
  });

  test('a mistyped field is ignored with a warning that suggests the right name', () => {
    const reg = UserRegistry.fromYaml(`users:\n  - name: ada\n    ssh_key: ${JSON.stringify(pub[0])}\n`, 'users.yaml');
    expect(reg.user('ada').sshKeys).toEqual([]);
    expect(reg.warnings).toHaveLength(1);
    expect(reg.warnings[0]).toMatchObject({ severity: DiagnosticSeverity.WARNING, code: 'unknown-field', field: 'users[0].ssh_key' });
    expect(reg.warnings[0].fix).toMatch(/did you mean "ssh_keys"/);
    expect(reg.warnings[0].location).toMatchObject({ file: 'users.yaml', line: 3 });
  });

  test.each([
    ['uid: "5000"', 'uid', /expected a whole number, found string/],
    ['uid: 5000.5', 'uid', /expected a whole number, found number/],
    ['sudo: maybe', 'sudo', /expected true or false, found string/],
    ['groups: {a: 1}', 'groups', /expected a list of text values, found mapping/],
  ])('a field of the wrong type (%s) is reported at its line', (line, field, message) => {
    const d = only(inputError(() => UserRegistry.fromYaml(`users:\n  - name: ada\n    ${line}\n`, 'users.yaml')));
    expect(d.code).toBe('wrong-type');
    expect(d.field).toBe(`users[0].${field}`);
    expect(d.message).toMatch(message);
    expect(d.location).toMatchObject({ file: 'users.yaml', line: 3 });
    expect(d.fix).toBeTruthy();
  });

  test('a user without a name is reported', () => {
    const d = only(inputError(() => UserRegistry.fromYaml('users:\n  - uid: 5000\n', 'users.yaml')));
    expect(d.code).toBe('missing-field');
    expect(d.field).toBe('users[0].name');
    expect(d.fix).toBe('add name: <value>');
    expect(d.location).toMatchObject({ file: 'users.yaml', line: 2 });
  });
});

describe('id allocation', () => {
  test('uids start at 5000 and gids at 6000, a private group has gid == uid', () => {
    const reg = UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'bob' }], groups: [{ name: 'lab' }, { name: 'hpc' }] });
    expect(reg.users.map((u) => [u.name, u.uid, u.gid, u.primaryGroup])).toEqual([['ada', 5000, 5000, 'ada'], ['bob', 5001, 5001, 'bob']]);
    // New names are served in name order, whatever the order of entries.
    expect(reg.groups.map((g) => [g.name, g.gid])).toEqual([['lab', 6001], ['hpc', 6000]]);
    expect(reg.userIdRange).toEqual({ min: 5000, max: 5999 });
    expect(reg.groupIdRange).toEqual({ min: 6000, max: 6999 });
    expect(reg.lockChanged).toBe(true);
    expect(JSON.parse(reg.lockContent)).toEqual({
      version: 1, users: { ada: 5000, bob: 5001 }, groups: { hpc: 6000, lab: 6001 }, retired: { users: {}, groups: {} },
    });
  });

  test('new users get ids in name order, not in registry order', () => {
    const reg = UserRegistry.fromProps({ users: [{ name: 'carol' }, { name: 'ada' }, { name: 'bob' }] });
    expect(reg.users.map((u) => [u.name, u.uid])).toEqual([['carol', 5002], ['ada', 5000], ['bob', 5001]]);
  });

  test('allocation order and the lock do not depend on the machine\'s locale', () => {
    // Simulates running on a machine whose default locale is Danish (LANG=da_DK.UTF-8), where
    // "aa" sorts after "z". Two people adding the same users must get the same ids.
    const spec = () => ({ users: [{ name: 'bob' }, { name: 'aaron' }], groups: [{ name: 'zoo' }, { name: 'aalab' }] });
    const here = UserRegistry.fromProps(spec());
    expect(here.user('aaron').uid).toBe(5000);
    expect(here.group('aalab').gid).toBe(6000);
    const original = String.prototype.localeCompare;
    const spy = jest.spyOn(String.prototype, 'localeCompare').mockImplementation(function (this: string, that: string, locales?: any, options?: any) {
      return original.call(this, that, locales ?? 'da-DK', options);
    });
    try {
      expect('aaron'.localeCompare('bob')).toBeGreaterThan(0);
      const there = UserRegistry.fromProps(spec());
      expect(there.users.map((u) => [u.name, u.uid])).toEqual(here.users.map((u) => [u.name, u.uid]));
      expect(there.groups.map((g) => [g.name, g.gid])).toEqual(here.groups.map((g) => [g.name, g.gid]));
      expect(there.lockContent).toBe(here.lockContent);
    } finally {
      spy.mockRestore();
    }
  });

  test('primary_group gives the user that group\'s gid and makes them a member', () => {
    const reg = UserRegistry.fromYaml([
      'users:',
      '  - name: ada',
      '    primary_group: lab',
      '    groups: [lab, hpc]',
      '  - name: bob',
      'groups:',
      '  - name: lab',
      '    gid: 6500',
      '  - name: hpc',
      '',
    ].join('\n'), 'users.yaml');
    const ada = reg.user('ada');
    expect(ada.uid).toBe(5000);
    expect(ada.gid).toBe(6500);
    expect(ada.primaryGroup).toBe('lab');
    expect(ada.groups).toEqual(['hpc']);
    expect(reg.group('lab').members).toEqual(['ada']);
    expect(reg.group('hpc').members).toEqual(['ada']);
    expect(reg.user('bob').gid).toBe(5001);
  });

  test('group members are the users listing the group plus the group\'s members, sorted and without repeats', () => {
    const reg = UserRegistry.fromProps({
      users: [{ name: 'dee', groups: ['lab'] }, { name: 'ada', groups: ['lab', 'lab'] }, { name: 'cy' }, { name: 'bob' }],
      groups: [{ name: 'lab', members: ['cy', 'ada'] }, { name: 'empty' }],
    });
    expect(reg.group('lab').members).toEqual(['ada', 'cy', 'dee']);
    expect(reg.group('empty').members).toEqual([]);
    expect(reg.user('ada').groups).toEqual(['lab']);
    // Membership through the group's own list does not appear in the user's groups.
    expect(reg.user('cy').groups).toEqual([]);
  });

  test('custom id ranges from YAML are used', () => {
    const reg = UserRegistry.fromYaml([
      'id_ranges:',
      '  users: {min: 20000, max: 20999}',
      '  groups: {min: 30000, max: 30999}',
      'users:',
      '  - name: ada',
      '  - name: bob',
      'groups:',
      '  - name: lab',
      '',
    ].join('\n'), 'users.yaml');
    expect(reg.userIdRange).toEqual({ min: 20000, max: 20999 });
    expect(reg.groupIdRange).toEqual({ min: 30000, max: 30999 });
    expect(reg.users.map((u) => u.uid)).toEqual([20000, 20001]);
    expect(reg.group('lab').gid).toBe(30000);
  });

  test('only the user range may be given; groups keep the default', () => {
    const reg = UserRegistry.fromYaml('id_ranges:\n  users: {min: 7000, max: 7999}\nusers:\n  - name: ada\ngroups:\n  - name: lab\n', 'users.yaml');
    expect(reg.user('ada').uid).toBe(7000);
    expect(reg.group('lab').gid).toBe(6000);
  });

  test.each([
    [{ min: 500, max: 999 }],
    [{ min: 5999, max: 5000 }],
    [{ min: 5000.5, max: 6000 }],
    [{ min: 1000, max: 1999 }],
    [{ min: 5000, max: 2147483648 }],
  ])('an invalid id range %j is rejected', (range) => {
    const d = only(inputError(() => UserRegistry.fromProps({ users: [], userIdRange: range })));
    expect(d.code).toBe('invalid-id-range');
    expect(d.field).toBe('id_ranges.users');
    expect(d.message).toMatch(/2000 <= min <= max <= 2147483647/);
    expect(d.fix).toMatch(/min: 5000, max: 5999/);
  });

  test('overlapping user and group ranges give a warning', () => {
    const reg = UserRegistry.fromProps({ users: [{ name: 'ada' }], groups: [{ name: 'lab' }], userIdRange: { min: 5000, max: 6999 } });
    expect(reg.warnings.map((w) => w.code)).toEqual(['overlapping-ranges']);
    // Ids stay unique: users and groups share one pool.
    expect(reg.user('ada').uid).toBe(5000);
    expect(reg.group('lab').gid).toBe(6000);
  });

  test('ids stay unique when user and group ranges are the same', () => {
    const range = { min: 8000, max: 8099 };
    const reg = UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'bob' }], groups: [{ name: 'lab' }], userIdRange: range, groupIdRange: range });
    const ids = [...reg.users.map((u) => u.uid), ...reg.groups.map((g) => g.gid)];
    expect(new Set(ids).size).toBe(3);
  });

  test('an explicit uid is kept, and allocation skips it', () => {
    const reg = UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'bob', uid: 5000 }, { name: 'cy', uid: 12345 }] });
    expect(reg.user('bob').uid).toBe(5000);
    expect(reg.user('bob').gid).toBe(5000);
    expect(reg.user('ada').uid).toBe(5001);
    expect(reg.user('cy').uid).toBe(12345);
    // Outside the configured range: allowed, with a warning.
    expect(reg.warnings).toHaveLength(1);
    expect(reg.warnings[0]).toMatchObject({ code: 'id-outside-range', field: 'users[2].uid', value: '12345' });
  });

  test('an explicit gid is kept, and a user cannot take it', () => {
    const reg = UserRegistry.fromProps({ users: [{ name: 'ada', uid: 6000 }], groups: [{ name: 'lab' }] });
    expect(reg.user('ada').uid).toBe(6000);
    expect(reg.group('lab').gid).toBe(6001);
  });

  test('an explicit uid colliding with another user names both users, the file, line, value and a fix', () => {
    const yaml = 'users:\n  - name: ada\n    uid: 5100\n  - name: bob\n    uid: 5100\n';
    const e = inputError(() => UserRegistry.fromYaml(yaml, 'users.yaml'));
    const d = only(e);
    expect(d.code).toBe('id-collision');
    expect(d.message).toBe('uid 5100 of user "bob" already belongs to user "ada"');
    expect(d.field).toBe('users[1].uid');
    expect(d.value).toBe('5100');
    expect(d.location).toEqual({ file: 'users.yaml', line: 5, column: 10 });
    expect(d.fix).toMatch(/remove the id field/);
    expect(e.message).toBe(
      'users.yaml:5:10: error id-collision: users[1].uid: uid 5100 of user "bob" already belongs to user "ada" (got 5100). '
      + 'Fix: remove the id field to have a free one assigned, or choose an unused id');
  });

  test('an explicit gid equal to a user\'s uid collides (private groups use the uid as gid)', () => {
    const d = only(inputError(() => UserRegistry.fromProps({ users: [{ name: 'ada', uid: 5000 }], groups: [{ name: 'lab', gid: 5000 }] })));
    expect(d.code).toBe('id-collision');
    expect(d.message).toMatch(/gid 5000 of group "lab" already belongs to user "ada"/);
    expect(d.field).toBe('groups[0].gid');
  });

  test.each([
    [999, /uid must be at least 2000 \(lower ids belong to the system\)/],
    [0, /uid must be at least 2000/],
    // Issue 13.7: 1000 is the image's default account (ubuntu, ec2-user); local accounts follow it.
    [1000, /uid must be at least 2000 \(ids from 1000 to 1999 belong to the image's default account/],
    [1999, /uid must be at least 2000/],
    [2147483648, /uid is out of range \(at most 2147483647/],
    [-1, /uid must be a whole number/],
    [65534, /uid is reserved/],
    [4294967295, /uid is reserved/],
  ])('an explicit uid of %d is rejected', (uid, message) => {
    const d = only(inputError(() => UserRegistry.fromYaml(`users:\n  - name: ada\n    uid: ${uid}\n`, 'users.yaml')));
    expect(d.code).toBe('invalid-id');
    expect(d.message).toMatch(message);
    expect(d.field).toBe('users[0].uid');
    expect(d.value).toBe(String(uid));
    expect(d.location).toEqual({ file: 'users.yaml', line: 3, column: 10 });
    expect(d.fix).toMatch(/choose an unused id from 5000 to 5999/);
  });

  test('allocation skips reserved ids (65534, 65535)', () => {
    const reg = UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'bob' }], userIdRange: { min: 65533, max: 65536 } });
    expect(reg.users.map((u) => u.uid)).toEqual([65533, 65536]);
  });

  test('an exhausted range is an error naming the user and the range', () => {
    const yaml = 'id_ranges:\n  users: {min: 5000, max: 5001}\nusers:\n  - name: ada\n  - name: bob\n  - name: cy\n';
    const d = only(inputError(() => UserRegistry.fromYaml(yaml, 'users.yaml')));
    expect(d.code).toBe('id-range-exhausted');
    expect(d.message).toMatch(/no free uid left in 5000-5001 for user "cy"/);
    expect(d.field).toBe('users[2].uid');
    expect(d.value).toBe('"cy"');
    expect(d.location).toMatchObject({ file: 'users.yaml', line: 6 });
    expect(d.fix).toMatch(/id_ranges\.users\.max/);
  });

  test('an exhausted group range is reported for the group', () => {
    const d = only(inputError(() => UserRegistry.fromProps({ users: [], groups: [{ name: 'a' }, { name: 'b' }], groupIdRange: { min: 6000, max: 6000 } })));
    expect(d.code).toBe('id-range-exhausted');
    expect(d.message).toMatch(/no free gid left in 6000-6000 for group "b"/);
    expect(d.fix).toMatch(/id_ranges\.groups\.max/);
  });
});

describe('ids across edits (lock)', () => {
  const first = () => UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'bob' }, { name: 'cy' }], groups: [{ name: 'lab' }, { name: 'hpc' }] });

  test('reordering users and groups keeps every id and leaves the lock unchanged', () => {
    const a = first();
    const b = UserRegistry.fromProps({ users: [{ name: 'cy' }, { name: 'ada' }, { name: 'bob' }], groups: [{ name: 'hpc' }, { name: 'lab' }], lock: a.lockContent });
    expect(b.user('cy').uid).toBe(a.user('cy').uid);
    expect(b.user('ada').uid).toBe(a.user('ada').uid);
    expect(b.group('lab').gid).toBe(a.group('lab').gid);
    expect(b.lockChanged).toBe(false);
    expect(b.lockContent).toBe(a.lockContent);
  });

  test('adding a user before others does not move their ids', () => {
    const a = first();
    const b = UserRegistry.fromProps({ users: [{ name: 'aaron' }, { name: 'ada' }, { name: 'bob' }, { name: 'cy' }], lock: a.lockContent });
    expect(b.users.map((u) => [u.name, u.uid])).toEqual([['aaron', 5003], ['ada', 5000], ['bob', 5001], ['cy', 5002]]);
    expect(b.lockChanged).toBe(true);
  });

  test('removing a user retires its id, and a new user never gets it', () => {
    const a = first();
    const b = UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'cy' }], groups: [{ name: 'lab' }], lock: a.lockContent });
    expect(b.lockChanged).toBe(true);
    expect(b.retiredIds()).toEqual([5001, 6000]);
    expect(JSON.parse(b.lockContent).retired).toEqual({ users: { bob: 5001 }, groups: { hpc: 6000 } });
    const c = UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'cy' }, { name: 'aa' }], groups: [{ name: 'lab' }, { name: 'gpu' }], lock: b.lockContent });
    expect(c.user('aa').uid).toBe(5003);
    expect(c.group('gpu').gid).toBe(6002);
    expect(c.retiredIds()).toEqual([5001, 6000]);
  });

  test('an explicit uid equal to a retired id is a collision that says the id is never reused', () => {
    const b = UserRegistry.fromProps({ users: [{ name: 'ada' }], lock: first().lockContent });
    const d = only(inputError(() => UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'zed', uid: 5001 }], lock: b.lockContent })));
    expect(d.code).toBe('id-collision');
    expect(d.message).toBe('uid 5001 of user "zed" already belongs to user "bob" (removed, but its id is never reused)');
  });

  test('an explicit uid equal to a locked user\'s id names both users', () => {
    const d = only(inputError(() => UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'zed', uid: 5000 }], lock: first().lockContent })));
    expect(d.code).toBe('id-collision');
    expect(d.message).toMatch(/uid 5000 of user "zed" already belongs to user "ada"/);
  });

  test('re-adding a removed user restores its old uid and un-retires it', () => {
    const a = first();
    const b = UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'cy' }], groups: [{ name: 'lab' }, { name: 'hpc' }], lock: a.lockContent });
    const c = UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'new' }, { name: 'cy' }], groups: [{ name: 'lab' }, { name: 'hpc' }], lock: b.lockContent });
    const d = UserRegistry.fromProps({ users: [{ name: 'bob' }, { name: 'ada' }, { name: 'new' }, { name: 'cy' }], groups: [{ name: 'lab' }, { name: 'hpc' }], lock: c.lockContent });
    expect(c.user('new').uid).toBe(5003);
    expect(d.user('bob').uid).toBe(5001);
    expect(d.user('bob').gid).toBe(5001);
    expect(d.retiredIds()).toEqual([]);
    expect(JSON.parse(d.lockContent).users).toEqual({ ada: 5000, bob: 5001, cy: 5002, new: 5003 });
  });

  test('re-adding a removed user with its old uid written out is accepted', () => {
    const b = UserRegistry.fromProps({ users: [{ name: 'ada' }], lock: first().lockContent });
    const c = UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'bob', uid: 5001 }], lock: b.lockContent });
    expect(c.user('bob').uid).toBe(5001);
  });

  test('changing the explicit uid of a locked user is an id-changed error naming the lock file', () => {
    const file = registryDir('users:\n  - name: ada\n    uid: 5100\n  - name: bob\n');
    UserRegistry.fromFile(file).writeLock();
    fs.writeFileSync(file, 'users:\n  - name: ada\n    uid: 5200\n  - name: bob\n');
    const lockFile = UserRegistry.lockPathFor(file);
    const e = inputError(() => UserRegistry.fromFile(file));
    const d = only(e);
    expect(d.code).toBe('id-changed');
    expect(d.message).toBe(`user "ada" was assigned uid 5100 (recorded in ${lockFile}); ids never change, because files on shared storage are owned by number`);
    expect(d.field).toBe('users[0].uid');
    expect(d.value).toBe('5200');
    expect(d.fix).toBe('set uid: 5100, or remove the uid field');
    expect(d.location).toEqual({ file, line: 3, column: 10 });
    expect(e.message).toContain(`${file}:3:10: error id-changed: users[0].uid:`);
  });

  test('giving a locked user (who had an allocated uid) an explicit different uid is id-changed', () => {
    const a = first();
    const d = only(inputError(() => UserRegistry.fromProps({ users: [{ name: 'ada', uid: 5500 }], lock: a.lockContent, lockName: 'lab/users.lock.json' })));
    expect(d.code).toBe('id-changed');
    expect(d.message).toMatch(/user "ada" was assigned uid 5000 \(recorded in lab\/users\.lock\.json\)/);
  });

  test('re-adding a removed user with a different explicit uid is id-changed', () => {
    const b = UserRegistry.fromProps({ users: [{ name: 'ada' }], lock: first().lockContent });
    const d = only(inputError(() => UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'bob', uid: 5900 }], lock: b.lockContent })));
    expect(d.code).toBe('id-changed');
    expect(d.message).toMatch(/user "bob" was assigned uid 5001/);
  });

  test('changing the gid of a locked group is id-changed', () => {
    const d = only(inputError(() => UserRegistry.fromProps({ users: [], groups: [{ name: 'lab', gid: 6100 }], lock: first().lockContent })));
    expect(d.code).toBe('id-changed');
    expect(d.message).toMatch(/group "lab" was assigned gid 6001/);
    expect(d.fix).toBe('set gid: 6001, or remove the gid field');
  });

  test('fromYaml names the lock file as fromFile would (users.yaml -> users.lock.json)', () => {
    const reg = UserRegistry.fromYaml('users:\n  - name: ada\n', 'lab/users.yaml');
    expect(reg.lockName).toBe(UserRegistry.lockPathFor('lab/users.yaml'));
  });
});

describe('names', () => {
  test.each(['root', 'ubuntu', 'ec2-user', 'rocky', 'nobody'])('the reserved user name %s is rejected', (name) => {
    const d = only(inputError(() => UserRegistry.fromYaml(`users:\n  - name: ${name}\n`, 'users.yaml')));
    expect(d.code).toBe('reserved-name');
    expect(d.message).toContain(`"${name}" is reserved`);
    expect(d.field).toBe('users[0].name');
    expect(d.value).toBe(JSON.stringify(name));
    expect(d.location).toEqual({ file: 'users.yaml', line: 2, column: 11 });
    expect(d.fix).toContain(`"${name}-1"`);
  });

  test('a reserved group name is rejected', () => {
    const d = only(inputError(() => UserRegistry.fromProps({ users: [], groups: [{ name: 'docker' }] })));
    expect(d.code).toBe('reserved-name');
    expect(d.message).toMatch(/^group name "docker"/);
  });

  test.each([
    ['Ada', 'upper case'],
    ['1ada', 'starts with a digit'],
    ['a'.repeat(33), '33 characters'],
    ['ada lovelace', 'a space'],
    ['ada;rm', 'a semicolon'],
    ['-ada', 'starts with a dash'],
    ['', 'empty'],
  ])('the invalid POSIX name %j (%s) is rejected', (name) => {
    const d = only(inputError(() => UserRegistry.fromYaml(`users:\n  - name: ${JSON.stringify(name)}\n`, 'users.yaml')));
    expect(d.code).toBe('invalid-name');
    expect(d.message).toBe('user name is not a valid POSIX name');
    expect(d.field).toBe('users[0].name');
    expect(d.value).toBe(JSON.stringify(name));
    expect(d.location).toMatchObject({ file: 'users.yaml', line: 2 });
    expect(d.fix).toMatch(/lower-case letters/);
  });

  test.each(['a'.repeat(32), '_svc', 'ada-l_2'])('the valid name %s is accepted', (name) => {
    expect(UserRegistry.fromProps({ users: [{ name }] }).user(name).uid).toBe(5000);
  });

  test('a duplicated user name names the first entry', () => {
    const d = only(inputError(() => UserRegistry.fromYaml('users:\n  - name: ada\n  - name: bob\n  - name: ada\n', 'users.yaml')));
    expect(d.code).toBe('duplicate-name');
    expect(d.message).toBe('name "ada" is already used by users[0]');
    expect(d.field).toBe('users[2].name');
    expect(d.location).toMatchObject({ file: 'users.yaml', line: 4 });
  });

  test('a group cannot have the name of a user (it would clash with the private group)', () => {
    const d = only(inputError(() => UserRegistry.fromProps({ users: [{ name: 'ada' }], groups: [{ name: 'ada' }] })));
    expect(d.code).toBe('duplicate-name');
    expect(d.message).toBe('name "ada" is already used by users[0]');
    expect(d.field).toBe('groups[0].name');
    expect(d.fix).toMatch(/private group of the same name/);
  });

  test('a user in an undefined group is rejected with a fix that shows how to define it', () => {
    const d = only(inputError(() => UserRegistry.fromYaml('users:\n  - name: ada\n    groups:\n      - lab\n      - gpu\ngroups:\n  - name: lab\n', 'users.yaml')));
    expect(d.code).toBe('unknown-group');
    expect(d.message).toBe('user "ada" is in group "gpu", which the registry does not define');
    expect(d.field).toBe('users[0].groups[1]');
    expect(d.value).toBe('"gpu"');
    expect(d.location).toEqual({ file: 'users.yaml', line: 5, column: 9 });
    expect(d.fix).toMatch(/add "- name: gpu" under groups:/);
  });

  test('an undefined primary group is rejected', () => {
    const d = only(inputError(() => UserRegistry.fromProps({ users: [{ name: 'ada', primaryGroup: 'lab' }] })));
    expect(d.code).toBe('unknown-group');
    expect(d.field).toBe('users[0].primary_group');
    expect(d.message).toMatch(/primary group "lab" of "ada" is not defined/);
  });

  test('a group member who is not a user is rejected', () => {
    const d = only(inputError(() => UserRegistry.fromProps({ users: [{ name: 'ada' }], groups: [{ name: 'lab', members: ['ada', 'bob'] }] })));
    expect(d.code).toBe('unknown-user');
    expect(d.field).toBe('groups[0].members[1]');
    expect(d.message).toMatch(/group "lab" lists member "bob", who is not in the registry/);
  });

  test('user() and group() name the known entries when asked for an unknown one', () => {
    const reg = UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'bob' }], groups: [], sourceName: 'Lab/Users' });
    const u = only(inputError(() => reg.user('cy')));
    expect(u.code).toBe('unknown-user');
    expect(u.message).toBe('no user "cy" in Lab/Users');
    expect(u.fix).toBe('use one of ada, bob');
    const g = only(inputError(() => reg.group('lab')));
    expect(g.code).toBe('unknown-group');
    expect(g.fix).toBe('use one of (no groups)');
  });
});

describe('ssh keys and identities', () => {
  test('the same key on two users is a shared-key error naming both', () => {
    const [type, b64] = pub[0].split(' ');
    const yaml = `users:\n  - name: ada\n    ssh_keys:${yamlList([pub[1], pub[0]])}\n  - name: bob\n    ssh_keys:${yamlList([`${type} ${b64} bob@laptop`])}\n`;
    const d = only(inputError(() => UserRegistry.fromYaml(yaml, 'users.yaml')));
    expect(d.code).toBe('shared-key');
    expect(d.message).toContain('of "bob" is also a key of "ada"');
    expect(d.message).toContain(parseSshPublicKey(pub[0]).fingerprint);
    expect(d.field).toBe('users[1].ssh_keys[0]');
    expect(d.location).toMatchObject({ file: 'users.yaml', line: 8 });
    expect(d.fix).toMatch(/ssh-keygen -t ed25519/);
  });

  test('the same key listed twice for one user is only a warning', () => {
    const reg = UserRegistry.fromProps({ users: [{ name: 'ada', sshKeys: [pub[0], pub[0]] }] });
    expect(reg.warnings.map((w) => [w.code, w.field])).toEqual([['duplicate-key', 'users[0].ssh_keys[1]']]);
  });

  test('an invalid key names the user, the field path, the line and the fix', () => {
    const yaml = [
      'users:',
      '  - name: ada',
      `    ssh_keys:${yamlList([pub[0]])}`,
      '  - name: bob',
      '    ssh_keys:',
      `      - ${JSON.stringify(pub[1])}`,
      '      - ssh-dss AAAAB3NzaC1kc3MAAACB bob@old',
      '',
    ].join('\n');
    const e = inputError(() => UserRegistry.fromYaml(yaml, 'users.yaml'));
    const d = only(e);
    expect(d.code).toBe('invalid-ssh-key');
    expect(d.field).toBe('users[1].ssh_keys[1]');
    expect(d.message).toBe('SSH key of "bob" is invalid: DSA keys are not accepted: they are limited to 1024 bits; use ssh-keygen -t ed25519');
    expect(d.value).toBe('"ssh-dss AAAAB3NzaC1kc3MAAACB bob@old"');
    expect(d.location).toEqual({ file: 'users.yaml', line: 8, column: 9 });
    expect(d.fix).toMatch(/\.pub file/);
    expect(e.message).toMatch(/^users\.yaml:8:9: error invalid-ssh-key: users\[1\]\.ssh_keys\[1\]: SSH key of "bob" is invalid/);
  });

  test('a pasted private key is not echoed back in the error (it would land in CI logs)', () => {
    const body = ecPrivatePem.split('\n').filter((l) => l && !l.startsWith('-----')).join('');
    const e = inputError(() => UserRegistry.fromProps({ users: [{ name: 'ada', sshKeys: [ecPrivatePem] }] }));
    const d = only(e);
    expect(d.code).toBe('invalid-ssh-key');
    // Any 16 characters of the key body in the message would leak key material.
    for (let i = 0; i + 16 <= body.length; i += 8) {
      expect(e.message).not.toContain(body.slice(i, i + 16));
      expect(d.value ?? '').not.toContain(body.slice(i, i + 16));
    }
  });

  test.each([
    ['0000-0002-1825-0097', true],
    ['https://orcid.org/0000-0002-1825-0097', true],
    ['0000-0002-1694-233X', true],
    ['0000-0002-1825-0098', false],
    ['0000-0002-1694-2339', false],
    ['0000-0002-1825-009', false],
    ['0000000218250097', false],
  ])('ORCID %s valid: %s', (orcid, valid) => {
    const make = () => UserRegistry.fromYaml(`users:\n  - name: ada\n    orcid: ${JSON.stringify(orcid)}\n`, 'users.yaml');
    if (valid) {
      expect(make().user('ada').orcid).toBe(orcid);
    } else {
      const d = only(inputError(make));
      expect(d.code).toBe('invalid-orcid');
      expect(d.message).toMatch(/check digit/);
      expect(d.field).toBe('users[0].orcid');
      expect(d.value).toBe(JSON.stringify(orcid));
      expect(d.location).toEqual({ file: 'users.yaml', line: 3, column: 12 });
      expect(d.fix).toMatch(/0000-0002-1825-0097/);
    }
  });

  test.each(['ada', 'ada@lab', 'ada lovelace@lab.org', '@lab.org', 'ada@@lab.org'])('the invalid email %j is rejected', (email) => {
    const d = only(inputError(() => UserRegistry.fromProps({ users: [{ name: 'ada', email }], sourceName: 'Lab/Users' })));
    expect(d.code).toBe('invalid-email');
    expect(d.field).toBe('users[0].email');
    expect(d.value).toBe(JSON.stringify(email));
    expect(d.location).toEqual({ file: 'Lab/Users' });
    expect(d.fix).toBe('write name@example.org');
  });

  test('an invalid Globus id and a relative shell are rejected; an unusual shell only warns', () => {
    const e = inputError(() => UserRegistry.fromProps({ users: [{ name: 'ada', globusId: 'not-a-uuid' }, { name: 'bob', shell: 'bash' }] }));
    expect(codes(e)).toEqual(['invalid-globus-id', 'invalid-shell']);
    const reg = UserRegistry.fromProps({ users: [{ name: 'ada', shell: '/opt/bin/tcsh' }] });
    expect(reg.warnings.map((w) => w.code)).toEqual(['unusual-shell']);
    expect(reg.user('ada').shell).toBe('/opt/bin/tcsh');
  });
});

describe('error reporting', () => {
  test('malformed YAML gives one error with file:line:column and nothing from the YAML library', () => {
    const yaml = 'users:\n  - name: ada\n    groups: [lab\n  - name: bob\n';
    const e = inputError(() => UserRegistry.fromYaml(yaml, 'users.yaml'));
    const d = only(e);
    expect(d.code).toBe('yaml-syntax');
    expect(d.location).toEqual({ file: 'users.yaml', line: 4, column: 3 });
    expect(d.fix).toBeTruthy();
    expect(e.message).toMatch(/^users\.yaml:4:3: error yaml-syntax: YAML syntax error: /);
    expect(e.message).not.toContain('YAMLParseError');
    expect(e.message).not.toContain('at Object');
    expect(e.message).not.toContain('\n');
    expect(e.stack ?? '').not.toMatch(/node_modules[\\/]yaml/);
  });

  test('a repeated key is a YAML error pointing at the repeat', () => {
    const d = only(inputError(() => UserRegistry.fromYaml('users:\n  - name: ada\n    uid: 5000\n    uid: 5001\n', 'users.yaml')));
    expect(d.code).toBe('yaml-syntax');
    expect(d.location).toMatchObject({ file: 'users.yaml', line: 4 });
    expect(d.fix).toBe('remove or rename the repeated key');
  });

  test('all problems of two bad users are reported in one error', () => {
    const yaml = [
      'users:',
      '  - name: Ada',
      '  - name: bob',
      '    email: bob-at-lab',
      '  - name: cy',
      '',
    ].join('\n');
    const e = inputError(() => UserRegistry.fromYaml(yaml, 'users.yaml'));
    expect(codes(e)).toEqual(['invalid-name', 'invalid-email']);
    expect(e.diagnostics.map((d) => d.location?.line)).toEqual([2, 4]);
    expect(e.message.split('\n')[0]).toBe('users.yaml: 2 problems in the user registry');
    expect(e.message).toContain('users.yaml:2:11: error invalid-name: users[0].name: user name is not a valid POSIX name (got "Ada")');
    expect(e.message).toContain('users.yaml:4:12: error invalid-email: users[1].email: not an email address (got "bob-at-lab"). Fix: write name@example.org');
  });

  test('a field of the wrong type and a bad name in the same file are reported together', () => {
    const yaml = 'users:\n  - name: ada\n    uid: abc\n  - name: Bob\n';
    const e = inputError(() => UserRegistry.fromYaml(yaml, 'users.yaml'));
    expect(codes(e).sort()).toEqual(['invalid-name', 'wrong-type']);
  });

  test('every diagnostic carries code, message, field, value, fix and a file location', () => {
    const e = inputError(() => UserRegistry.fromYaml('users:\n  - name: ada\n    uid: 10\n    orcid: x\n', 'users.yaml'));
    expect(e.diagnostics).toHaveLength(2);
    for (const d of e.diagnostics) {
      expect(d.severity).toBe(DiagnosticSeverity.ERROR);
      expect(d.code).toMatch(/^[a-z-]+$/);
      expect(d.message).toBeTruthy();
      expect(d.field).toMatch(/^users\[0\]\./);
      expect(d.value).toBeDefined();
      expect(d.fix).toBeTruthy();
      expect(d.location?.file).toBe('users.yaml');
      expect(d.location?.line).toBeGreaterThanOrEqual(3);
      expect(d.location?.column).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('registry files and lock files', () => {
  test('lockPathFor puts <name>.lock.json beside the registry', () => {
    expect(UserRegistry.lockPathFor('/srv/lab/users.yaml')).toBe('/srv/lab/users.lock.json');
    expect(UserRegistry.lockPathFor('/srv/lab/people.yml')).toBe('/srv/lab/people.lock.json');
    expect(UserRegistry.lockPathFor('users.YAML')).toBe('users.lock.json');
    expect(UserRegistry.lockPathFor('registry')).toBe('registry.lock.json');
  });

  test('fromFile + writeLock round trip', () => {
    const file = registryDir('users:\n  - name: bob\n  - name: ada\ngroups:\n  - name: lab\n    members: [ada]\n');
    const lockFile = path.join(path.dirname(file), 'users.lock.json');

    const a = UserRegistry.fromFile(file);
    expect(a.lockName).toBe(lockFile);
    expect(a.sourceName).toBe(file);
    expect(a.lockChanged).toBe(true);
    expect(fs.existsSync(lockFile)).toBe(false);
    a.writeLock();
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(a.lockContent);
    expect(JSON.parse(a.lockContent)).toEqual({
      version: 1, users: { ada: 5000, bob: 5001 }, groups: { lab: 6000 }, retired: { users: {}, groups: {} },
    });

    const b = UserRegistry.fromFile(file);
    expect(b.lockChanged).toBe(false);
    expect(b.lockContent).toBe(a.lockContent);
    expect(b.users).toEqual(a.users);

    // Reordered and a new user at the front: old ids stay, the new one gets the next free uid.
    fs.writeFileSync(file, 'users:\n  - name: aaron\n  - name: ada\n  - name: bob\ngroups:\n  - name: lab\n');
    const c = UserRegistry.fromFile(file);
    expect(c.lockChanged).toBe(true);
    expect(c.users.map((u) => [u.name, u.uid])).toEqual([['aaron', 5002], ['ada', 5000], ['bob', 5001]]);
    c.writeLock();

    // Removal retires, and the lock records it.
    fs.writeFileSync(file, 'users:\n  - name: ada\ngroups:\n  - name: lab\n');
    const d = UserRegistry.fromFile(file);
    expect(d.retiredIds()).toEqual([5001, 5002]);
    d.writeLock();
    expect(UserRegistry.fromFile(file).lockChanged).toBe(false);
  });

  test('writeLock can write elsewhere, and fromFile can read a lock from elsewhere', () => {
    const file = registryDir('users:\n  - name: ada\n  - name: bob\n');
    const other = path.join(path.dirname(file), 'elsewhere.json');
    UserRegistry.fromFile(file).writeLock(other);
    expect(fs.existsSync(UserRegistry.lockPathFor(file))).toBe(false);
    fs.writeFileSync(file, 'users:\n  - name: bob\n');
    const reg = UserRegistry.fromFile(file, other);
    expect(reg.lockName).toBe(other);
    expect(reg.user('bob').uid).toBe(5001);
  });

  test('a missing registry file is a clear error', () => {
    const missing = path.join(dir, 'nope', 'users.yaml');
    const d = only(inputError(() => UserRegistry.fromFile(missing)));
    expect(d.code).toBe('file-unreadable');
    expect(d.message).toBe('the registry file does not exist');
    expect(d.location).toEqual({ file: missing });
  });

  test('a lock giving one id to two names is rejected, naming the lock and both entries', () => {
    const file = registryDir('users:\n  - name: ada\n');
    const lockFile = UserRegistry.lockPathFor(file);
    fs.writeFileSync(lockFile, JSON.stringify({ version: 1, users: { ada: 5000 }, groups: {}, retired: { users: { bob: 5000 }, groups: {} } }));
    const e = inputError(() => UserRegistry.fromFile(file));
    const d = only(e);
    expect(d.code).toBe('invalid-lock');
    expect(d.location).toEqual({ file: lockFile });
    expect(d.message).toBe(`${lockFile}: the lock file gives id 5000 to both users.ada and retired.users.bob. Fix: restore it from version control; never edit ids by hand`);
  });

  test.each<[string, string, RegExp]>([
    ['invalid JSON', '{"version": 1, "users": {', /the lock file is not valid JSON \(/],
    ['an empty file', '', /the lock file is not valid JSON/],
    ['another version', '{"version": 2}', /is not a version 1 lock file/],
    ['a list', '[]', /is not a version 1 lock file/],
    ['a non-integer id', '{"version": 1, "users": {"ada": "5000"}}', /gives a non-integer id to "ada" in "users"/],
    ['a malformed section', '{"version": 1, "groups": []}', /has a malformed "groups" section/],
  ])('a lock with %s is rejected with a clear error', (_label, lock, message) => {
    const d = only(inputError(() => UserRegistry.fromProps({ users: [{ name: 'ada' }], lock, lockName: 'lab/users.lock.json' })));
    expect(d.code).toBe('invalid-lock');
    expect(d.location).toEqual({ file: 'lab/users.lock.json' });
    expect(d.message).toMatch(/^lab\/users\.lock\.json: /);
    expect(d.message).toMatch(message);
    expect(d.message).toMatch(/Fix: restore it from version control/);
  });

  test('a lock written by hand in another key order is read as the same lock', () => {
    const lock = '{"retired": {"groups": {}, "users": {}}, "groups": {}, "users": {"bob": 5001, "ada": 5000}, "version": 1}';
    const reg = UserRegistry.fromProps({ users: [{ name: 'ada' }, { name: 'bob' }], lock });
    expect(reg.lockChanged).toBe(false);
    expect(reg.user('bob').uid).toBe(5001);
  });

  test('fromProps specs are not modified', () => {
    const users: ResearchUserSpec[] = [{ name: 'ada', groups: ['lab'] }];
    const before = JSON.stringify(users);
    UserRegistry.fromProps({ users, groups: [{ name: 'lab' }] });
    expect(JSON.stringify(users)).toBe(before);
  });
});
