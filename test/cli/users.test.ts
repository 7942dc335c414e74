import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, fingerprintOf, keyPair, rws, rwsJson, tempDir } from './helpers';

let keys: string;
const pub: Record<string, string> = {};

beforeAll(() => {
  ensureBuilt();
  keys = tempDir('keys');
  for (const n of ['alice', 'alice2', 'bob', 'carol', 'dan']) pub[n] = keyPair(keys, n);
  pub.rsa2048 = keyPair(keys, 'weak', 'rsa', 2048);
  pub.rsa3072 = keyPair(keys, 'strong', 'rsa', 3072);
  pub.ecdsa = keyPair(keys, 'ec', 'ecdsa', 256);
  fs.writeFileSync(path.join(keys, 'garbage.pub'), '# my key\nssh-ed25519 not-base64!! me@host\n');
  fs.writeFileSync(path.join(keys, 'empty.pub'), '\n# nothing here\n');
});

/** Every folder made by lab(), removed at the end. */
const labs: string[] = [];

afterAll(() => {
  for (const d of [keys, ...labs]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

/** A folder with a registry file (and no lock yet). */
function lab(registry?: string): string {
  const dir = tempDir('users');
  labs.push(dir);
  if (registry !== undefined) fs.writeFileSync(path.join(dir, 'users.yaml'), registry);
  return dir;
}

function read(dir: string, file: string = 'users.yaml'): string {
  return fs.readFileSync(path.join(dir, file), 'utf8');
}

function lock(dir: string): any {
  return JSON.parse(read(dir, 'users.lock.json'));
}

/** Bytes and modification times of both files, to prove a rejected edit touched nothing. */
function snapshot(dir: string): string {
  return ['users.yaml', 'users.lock.json'].map((f) => {
    const p = path.join(dir, f);
    return fs.existsSync(p) ? `${f}:${fs.statSync(p).mtimeMs}:${fs.readFileSync(p, 'utf8')}` : `${f}:absent`;
  }).join('\n');
}

function ok(args: string[], dir: string): string {
  const r = rws(args, dir);
  if (r.code !== 0) throw new Error(`rws ${args.join(' ')} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Lines of `expected` that are not found, in order, in `actual` (empty when all are). */
function missingFromInOrder(expected: string[], actual: string[]): string[] {
  let j = 0;
  const missing: string[] = [];
  for (const line of expected) {
    const k = actual.indexOf(line, j);
    if (k < 0) missing.push(line);
    else j = k + 1;
  }
  return missing;
}

const COMMENTED = (aliceKey: string) => `# Lab registry: edited by people and by rws
# (a second header line)

id_ranges: { users: { min: 5000, max: 5999 }, groups: { min: 6000, max: 6999 } }

groups:
  - { name: genomics, description: Genomics project }   # PI: Dr X
  # imaging core, shared with physics
  - name: imaging
    description: "Imaging core"
    gid: 6100

users:
  # Alice, the PI
  - name: alice
    email: alice@example.edu   # work email
    groups: [genomics]
    ssh_keys:
      - ${aliceKey}
  - name: bob    # postdoc until 2026
    shell: '/bin/zsh'
    groups:
      - genomics
      - imaging
  # Carol: keep this comment
  - name: carol
    full_name: "Carol O'Neil"
    orcid: 0000-0002-1825-0097
    sudo: true   # runs the GPU queue

# trailing comment: keep
`;

describe('editing in place', () => {
  test('comments, order and formatting of untouched entries survive several edits; ids never change', () => {
    const original = COMMENTED(fs.readFileSync(pub.alice, 'utf8').trim());
    const dir = lab(original);
    const ids: Array<Record<string, number>> = [];
    const step = (args: string[]) => {
      ok(args, dir);
      const l = lock(dir);
      ids.push({ ...l.retired.users, ...l.users, ...Object.fromEntries(Object.entries({ ...l.retired.groups, ...l.groups }).map(([k, v]) => [`g:${k}`, v])) });
    };

    step(['users', 'add', 'dan', '--groups', 'imaging', '--key', pub.dan]);
    step(['users', 'modify', 'alice', '--add-group', 'imaging']);
    step(['users', 'add-key', 'bob', pub.bob]);
    step(['groups', 'add-member', 'genomics', 'dan']);
    step(['users', 'remove', 'dan']);
    step(['users', 'add', 'erin', '--email', 'erin@example.edu']);
    step(['users', 'add', 'dan']);
    step(['groups', 'add', 'gpu', '--description', 'GPU queue']);

    const final = read(dir);
    // Every line of the original except the one edited (alice's groups) is still there, in order.
    const untouched = original.split('\n').filter((l) => l !== '    groups: [genomics]');
    expect(missingFromInOrder(untouched, final.split('\n'))).toEqual([]);
    // Whole untouched regions are byte-identical.
    expect(final.startsWith(original.slice(0, original.indexOf('\nusers:')))).toBe(true);
    expect(final).toContain('  # Carol: keep this comment\n  - name: carol\n    full_name: "Carol O\'Neil"\n    orcid: 0000-0002-1825-0097\n    sudo: true   # runs the GPU queue\n');
    expect(final).toContain('  - name: bob    # postdoc until 2026\n    shell: \'/bin/zsh\'\n    groups:\n      - genomics\n      - imaging\n    ssh_keys:\n      - ssh-ed25519 ');
    expect(final).toContain('    email: alice@example.edu   # work email\n    groups: [genomics, imaging]\n');
    expect(final.endsWith('\n# trailing comment: keep\n')).toBe(true);
    // New entries follow the style of the last entry of their list; new group lists the users' flow style.
    expect(final).toMatch(/ {4}sudo: true {3}# runs the GPU queue\n {2}- name: erin\n {4}email: erin@example\.edu\n {2}- name: dan\n\n# trailing/);
    expect(final).toContain('    gid: 6100\n  - name: gpu\n    description: GPU queue\n\nusers:\n');
    // dan was removed (recorded under removed:) and re-added (the record is gone again).
    expect(final).not.toContain('removed:');

    // Ids: first assignment in name order; nobody's id ever changes; a removed id is not reused.
    expect(ids[0]).toMatchObject({ 'alice': 5000, 'bob': 5001, 'carol': 5002, 'dan': 5003, 'g:genomics': 6000, 'g:imaging': 6100 });
    for (let i = 1; i < ids.length; i++) {
      for (const [name, id] of Object.entries(ids[i - 1])) expect({ name, id: ids[i][name] }).toEqual({ name, id });
    }
    expect(ids[4]).toMatchObject({ dan: 5003 });
    expect(lock(dir).retired.users).toEqual({}); // dan is back
    expect(ids[5].erin).toBe(5004); // not dan's 5003
    expect(ids[6].dan).toBe(5003); // re-added: the old id
    expect(ids[7]['g:gpu']).toBe(6001);
  });

  test('a registry with non-indented lists and no padding keeps its style', () => {
    const original = 'users:\n- name: alice\n  groups:\n  - lab\ngroups:\n- {name: lab}\n';
    const dir = lab(original);
    ok(['users', 'add', 'bob', '--groups', 'lab'], dir);
    ok(['groups', 'add', 'hpc'], dir);
    ok(['users', 'modify', 'alice', '--add-group', 'hpc'], dir);
    expect(read(dir)).toBe('users:\n- name: alice\n  groups:\n  - lab\n  - hpc\n- name: bob\n  groups:\n  - lab\ngroups:\n- {name: lab}\n- {name: hpc}\n');
  });

  test('the first users add creates the registry and its lock', () => {
    const dir = lab();
    const out = ok(['users', 'add', 'alice', '--key', pub.alice, '--email', 'alice@example.edu', '--sudo'], dir);
    expect(out).toContain('added user alice: uid 5000, gid 5000 (private group alice)');
    const text = read(dir);
    expect(text).toMatch(/^# Research users and groups/);
    expect(text).toContain('users:\n  - name: alice\n    email: alice@example.edu\n    sudo: true\n    ssh_keys:\n      - ssh-ed25519 ');
    expect(lock(dir).users).toEqual({ alice: 5000 });
  });

  test('--registry names another file; its lock is <name>.lock.json beside it', () => {
    const dir = lab();
    fs.mkdirSync(path.join(dir, 'lab'));
    ok(['groups', 'add', 'genomics', '--registry', 'lab/people.yml'], dir);
    expect(fs.existsSync(path.join(dir, 'lab', 'people.lock.json'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'users.yaml'))).toBe(false);
    const g = rwsJson(['groups', 'list', '--registry', 'lab/people.yml'], dir);
    expect(g.json).toEqual([{ name: 'genomics', gid: 6000, members: [] }]);
  });
});

describe('users', () => {
  let dir: string;
  beforeEach(() => {
    dir = lab('groups:\n  - { name: genomics }\nusers:\n  - name: alice\n    groups: [genomics]\n');
    ok(['users', 'add', 'bob', '--key', pub.bob], dir);
  });

  test('list, show and --json', () => {
    const table = ok(['users', 'list'], dir);
    expect(table).toMatch(/^NAME\s+UID\s+GID\s+GROUPS\s+KEYS\s+SUDO\s+SHELL\s+EMAIL\n/);
    expect(table).toMatch(/alice\s+5000\s+5000\s+genomics\s+0\s+no\s+\/bin\/bash/);
    const list = rwsJson(['users', 'list'], dir);
    expect(list.code).toBe(0);
    expect(list.json.map((u: any) => [u.name, u.uid])).toEqual([['alice', 5000], ['bob', 5001]]);
    const show = rwsJson(['users', 'show', 'bob'], dir);
    expect(show.json).toMatchObject({ name: 'bob', uid: 5001, gid: 5001, primaryGroup: 'bob', shell: '/bin/bash', sudo: false });
    expect(show.json.sshKeys[0].fingerprint).toBe(fingerprintOf(pub.bob));
    expect(ok(['users', 'show', 'bob'], dir)).toContain(fingerprintOf(pub.bob));
  });

  test('modify: groups, shell, sudo; a no-op writes nothing', () => {
    ok(['groups', 'add', 'imaging'], dir);
    const out = ok(['users', 'modify', 'bob', '--add-group', 'genomics,imaging', '--shell', '/bin/zsh', '--sudo'], dir);
    expect(out).toContain('modified user bob: uid 5001, gid 5001 (private group bob), groups genomics, imaging');
    expect(read(dir)).toMatch(/ {2}- name: bob\n {4}ssh_keys:\n {6}- ssh-ed25519 \S+ bob@lab\n {4}groups: \[genomics, imaging\]\n {4}shell: \/bin\/zsh\n {4}sudo: true\n/);
    ok(['users', 'modify', 'bob', '--remove-group', 'genomics', '--no-sudo'], dir);
    expect(rwsJson(['users', 'show', 'bob'], dir).json).toMatchObject({ groups: ['imaging'], sudo: false, shell: '/bin/zsh' });
    const before = snapshot(dir);
    const again = rws(['users', 'modify', 'bob', '--add-group', 'imaging'], dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('bob is already in imaging');
    expect(again.stderr).toContain('nothing to change');
    expect(snapshot(dir)).toBe(before);
    const nothing = rws(['users', 'modify', 'bob'], dir);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('nothing to modify');
  });

  test('keys: add-key, list-keys, remove-key by fingerprint', () => {
    ok(['users', 'add-key', 'alice', pub.alice], dir);
    ok(['users', 'add-key', 'alice', pub.rsa3072], dir);
    const listed = rwsJson(['users', 'list-keys', 'alice'], dir);
    expect(listed.json.map((k: any) => k.fingerprint)).toEqual([fingerprintOf(pub.alice), fingerprintOf(pub.rsa3072)]);
    expect(listed.json[1]).toMatchObject({ type: 'ssh-rsa', bits: 3072 });
    const table = ok(['users', 'list-keys', 'alice'], dir);
    expect(table).toMatch(/FINGERPRINT\s+TYPE\s+BITS\s+COMMENT/);

    const same = rws(['users', 'add-key', 'alice', pub.alice], dir);
    expect(same.code).toBe(0);
    expect(same.stderr).toContain(`alice already has key ${fingerprintOf(pub.alice)}`);

    const removed = ok(['users', 'remove-key', 'alice', fingerprintOf(pub.alice)], dir);
    expect(removed).toContain('(1 left)');
    ok(['users', 'remove-key', 'alice', fingerprintOf(pub.rsa3072).replace('SHA256:', '')], dir);
    expect(rwsJson(['users', 'list-keys', 'alice'], dir).json).toEqual([]);
    expect(read(dir)).toMatch(/ {2}- name: alice\n {4}groups: \[genomics\]\n {2}- name: bob\n/);

    const unknown = rws(['users', 'remove-key', 'alice', 'SHA256:nope'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('user "alice" has no key with fingerprint SHA256:nope');
  });

  test('remove: the uid is retired; --preserve-data is recorded; re-adding restores the uid', () => {
    const out = ok(['users', 'remove', 'bob'], dir);
    expect(out).toContain('removed user bob; uid 5001 is retired and never given to anyone else');
    expect(out).toContain('flagged for data removal');
    expect(read(dir)).toMatch(/removed:\n {2}- \{ name: bob, uid: 5001, data: delete, removed_on: \d{4}-\d\d-\d\d \}\n$/);
    expect(lock(dir).retired.users).toEqual({ bob: 5001 });
    // The warning about an unknown top-level field is not shown for removed:.
    const list = rws(['users', 'list'], dir);
    expect(list.stderr).not.toContain('unknown-field');
    expect(list.stderr).toContain('1 removed user (ids retired)');
    expect(rwsJson(['users', 'list', '--removed'], dir).json).toEqual([expect.objectContaining({ name: 'bob', uid: 5001, data: 'delete' })]);

    ok(['users', 'add', 'carol'], dir);
    expect(lock(dir).users.carol).toBe(5002);

    ok(['users', 'remove', 'alice', '--preserve-data'], dir);
    expect(read(dir)).toMatch(/ {2}- \{ name: alice, uid: 5000, data: preserve, removed_on: [\d-]+ \}\n/);
    expect(read(dir)).toContain('users:\n  - name: carol\n');
    const back = ok(['users', 'add', 'bob'], dir);
    expect(back).toContain('added user bob: uid 5001');
    expect(back).toContain('re-added');
    expect(read(dir)).not.toMatch(/name: bob, uid/);
    expect(lock(dir).retired.users).toEqual({ alice: 5000 });
  });

  test('removing a user takes them out of groups\' members lists', () => {
    const d = lab('groups:\n  - name: lab\n    members: [alice, bob]\nusers:\n  - name: alice\n  - name: bob\n');
    ok(['users', 'remove', 'alice'], d);
    expect(read(d)).toMatch(/^groups:\n {2}- name: lab\n {4}members: \[bob\]\nusers:\n {2}- name: bob\n/);
    const last = ok(['users', 'remove', 'bob'], d);
    expect(last).toContain('taken out of the members of lab');
    expect(read(d)).toMatch(/^groups:\n {2}- name: lab\nusers: \[\]\nremoved:\n/);
  });

  test('lock: --check finds a hand edit; lock records it', () => {
    fs.appendFileSync(path.join(dir, 'users.yaml'), '  - name: zoe\n');
    const check = rws(['users', 'lock', '--check'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('users.lock.json is out of date');
    ok(['users', 'lock'], dir);
    expect(lock(dir).users.zoe).toBe(5002);
    expect(rws(['users', 'lock', '--check'], dir).code).toBe(0);
  });
});

describe('groups', () => {
  test('add, list, show, add-member, remove-member, remove; gids retired and restored', () => {
    const dir = lab('users:\n  - name: alice\n  - name: bob\n');
    expect(ok(['groups', 'add', 'lab', '--description', 'The lab'], dir)).toContain('added group lab: gid 6000');
    ok(['groups', 'add', 'hpc', '--gid', '6500'], dir);
    ok(['groups', 'add-member', 'lab', 'alice'], dir);
    ok(['groups', 'add-member', 'lab', 'bob'], dir);
    ok(['groups', 'add-member', 'hpc', 'bob'], dir);
    expect(rwsJson(['groups', 'list'], dir).json).toEqual([
      { name: 'lab', gid: 6000, description: 'The lab', members: ['alice', 'bob'] },
      { name: 'hpc', gid: 6500, members: ['bob'] },
    ]);
    expect(ok(['groups', 'show', 'lab'], dir)).toMatch(/lab\n {2}gid {10}6000\n {2}description {2}The lab\n {2}members {6}alice, bob\n/);
    const dup = rws(['groups', 'add-member', 'lab', 'alice'], dir);
    expect(dup.code).toBe(0);
    expect(dup.stderr).toContain('alice is already a member of lab');

    ok(['groups', 'remove-member', 'lab', 'alice'], dir);
    expect(rwsJson(['groups', 'show', 'lab'], dir).json.members).toEqual(['bob']);
    expect(read(dir)).toMatch(/ {2}- name: alice\n {2}- name: bob\n {4}groups: \[lab, hpc\]\n/);

    const removed = ok(['groups', 'remove', 'lab'], dir);
    expect(removed).toContain('removed group lab; gid 6000 is retired');
    expect(removed).toContain('taken out of the groups of bob');
    expect(read(dir)).toMatch(/ {2}- name: bob\n {4}groups: \[hpc\]\n/);
    expect(lock(dir).retired.groups).toEqual({ lab: 6000 });
    ok(['groups', 'add', 'other'], dir);
    expect(lock(dir).groups.other).toBe(6001);
    ok(['groups', 'add', 'lab'], dir);
    expect(lock(dir).groups.lab).toBe(6000);
  });

  test('a group that is someone\'s primary group cannot be removed or left', () => {
    const dir = lab('groups:\n  - name: lab\nusers:\n  - name: alice\n    primary_group: lab\n');
    const before = snapshot(dir);
    const r = rws(['groups', 'remove', 'lab'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('group "lab" is the primary group of alice');
    const leave = rws(['groups', 'remove-member', 'lab', 'alice'], dir);
    expect(leave.code).toBe(2);
    expect(leave.stderr).toContain('"lab" is the primary group of "alice"');
    expect(snapshot(dir)).toBe(before);
  });
});

describe('bad input: exit 2, one message, both files untouched', () => {
  let dir: string;
  beforeEach(() => {
    dir = lab('groups:\n  - { name: genomics }\nusers:\n  - name: alice\n');
    ok(['users', 'add', 'bob', '--key', pub.bob], dir);
  });

  const rejected = (args: string[], ...messages: Array<string | RegExp>) => {
    const before = snapshot(dir);
    const r = rws(args, dir);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
    for (const m of messages) expect(r.stderr).toMatch(m);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshot(dir)).toBe(before);
    return r.stderr;
  };

  test('unknown user', () => {
    rejected(['users', 'remove', 'zed'], 'error unknown-user: no user "zed" in users.yaml', 'Fix: use one of alice, bob');
    rejected(['users', 'show', 'zed'], 'no user "zed"');
    rejected(['users', 'add-key', 'zed', pub.carol], 'no user "zed"');
    rejected(['groups', 'add-member', 'genomics', 'zed'], 'no user "zed"');
  });

  test('unknown group', () => {
    rejected(['users', 'add', 'carol', '--groups', 'nope'], 'no group "nope" in users.yaml', 'rws groups add nope');
    rejected(['users', 'modify', 'alice', '--add-group', 'nope'], 'no group "nope"');
  });

  test('duplicate uid, an id of a removed user, an existing name, an invalid name', () => {
    rejected(['users', 'add', 'carol', '--uid', '5001'], /the edit was rejected and nothing was written/, /users\.yaml:\d+:\d+: error id-collision: users\[2\]\.uid: uid 5001 of user "carol" already belongs to user "bob"/);
    ok(['users', 'remove', 'bob'], dir);
    rejected(['users', 'add', 'carol', '--uid', '5001'], /already belongs to user "bob" \(removed, but its id is never reused\)/);
    rejected(['users', 'add', 'alice'], 'user "alice" is already in users.yaml');
    rejected(['users', 'add', 'Not_Valid'], 'invalid-name');
    rejected(['users', 'add', 'root'], 'reserved-name');
    rejected(['users', 'add', 'genomics'], 'duplicate-name');
    rejected(['users', 'add', 'carol', '--uid', 'abc'], '--uid must be a whole number (got "abc")');
    rejected(['groups', 'add', 'genomics'], 'group "genomics" is already in users.yaml');
  });

  test('malformed key files', () => {
    rejected(['users', 'add', 'carol', '--key', path.join(keys, 'garbage.pub')], /garbage\.pub:2:1: error invalid-ssh-key: not a valid SSH public key: the key data is not valid base64/);
    rejected(['users', 'add', 'carol', '--key', pub.rsa2048], /weak\.pub:1:1: error invalid-ssh-key: .*RSA key has 2048 bits; at least 3072 are required/);
    const secret = rejected(['users', 'add-key', 'alice', path.join(keys, 'carol')], /carol: error invalid-ssh-key: this is a private key file\. Fix: give the public key/);
    expect(secret).not.toContain('PRIVATE KEY');
    rejected(['users', 'add-key', 'alice', path.join(keys, 'empty.pub')], 'the file holds no public key');
    rejected(['users', 'add-key', 'alice', path.join(keys, 'missing.pub')], /missing\.pub: error file-unreadable: the key file does not exist/);
    // Size-limited and regular files only: never a disk image or a device read into memory.
    fs.writeFileSync(path.join(keys, 'huge.pub'), 'x'.repeat(200 * 1024));
    rejected(['users', 'add-key', 'alice', path.join(keys, 'huge.pub')], /huge\.pub: error file-too-large: the key file is 200 KiB, more than the limit/);
    rejected(['users', 'add-key', 'alice', '/dev/zero'], /\/dev\/zero: error not-a-regular-file: the key file is not a regular file/);
    rejected(['users', 'add-key', 'alice', pub.bob], /error shared-key: .*is also a key of .*shared keys make actions unattributable/);
    // Other key types are fine.
    ok(['users', 'add-key', 'alice', pub.ecdsa], dir);
  });

  test('unknown option, command, group; missing argument', () => {
    rejected(['users', 'add', 'carol', '--frobnicate'], 'rws: unknown option --frobnicate for rws users add', 'Run "rws users add --help" for usage.');
    rejected(['users', 'add', 'carol', '--emial', 'c@x.org'], 'did you mean --email?');
    rejected(['users', 'ad', 'carol'], 'unknown command "ad" in rws users (did you mean "add"?)');
    rejected(['user', 'list'], 'unknown command group "user" (did you mean "users"?)');
    rejected(['users', 'add'], 'missing <name>');
    rejected(['users', 'add', 'a', 'b'], 'unexpected argument "b"');
    rejected(['users', 'add', 'carol', '--shell'], '--shell needs a value (path)');
    rejected(['users', 'add', 'carol', '--shell', '/bin/bash', '--shell', '/bin/sh'], '--shell is given more than once');
  });

  test('a registry that does not exist, or does not parse', () => {
    const empty = lab();
    const r = rws(['users', 'list'], empty);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no user registry at users.yaml');
    fs.writeFileSync(path.join(dir, 'users.yaml'), 'users:\n  - name: alice\n   bad: indent\n');
    rejected(['users', 'add', 'carol'], /yaml-syntax/);
    rejected(['users', 'list'], /users\.yaml:\d+:\d+: error yaml-syntax/);
  });

  test('RWS_DEBUG=1 adds the stack trace', () => {
    const r = rws(['users', 'remove', 'zed'], dir, { RWS_DEBUG: '1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});
