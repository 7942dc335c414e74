import { Command, CommandGroup, Context, EXIT_FINDINGS, EXIT_OK, Input, OptionSpec, UsageError } from './command';
import { assertIdsKept, finish, fingerprints, fixLockName, loadRegistry, readKeyFile, readRegistryFiles, readRemoved, RegistryEdit, registryWarnings, RemovedUser, writeAllAtomically } from './registry';
import { REGISTRY_OPTION } from './sources';
import { mapNode, scalarNode, seqNode } from './yaml-edit';
import { problem, WorkspaceInputError } from '../workspaces/private/error';
import { ResearchUser, UserRegistry } from '../workspaces/users';

const PRESERVE_DATA_HELP = `What removal means for the workspaces: new workspaces no longer create the account, and running
ones lock it at their next user sync (password, shell and keys; the account is never deleted).
The uid is retired in the lock: it is never given to anyone else, and adding the same name again
restores it, so the files are theirs again. The removal is recorded under "removed:" in the
registry with what should happen to the user's data:
  data: delete    (default) flagged for data removal: the home directory on the lab's shared
                  storage is to be deleted by the lab's storage clean-up. rws itself deletes
                  nothing; re-adding the user cancels the flag.
  data: preserve  (--preserve-data) the home directory and the files owned by the uid stay on
                  shared storage, e.g. for a successor or an archive.
Files outside the home directory are never deleted by either choice.`;

/** Rejects values with line breaks or control characters (they would corrupt the registry's meaning). */
function plain(ctx: Context, option: string, value: string | undefined): string | undefined {
  if (value !== undefined && /[\x00-\x1f\x7f]/.test(value)) {
    throw new UsageError(`--${option} may not contain line breaks or control characters`, ctx.commandName);
  }
  return value;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function describe(u: ResearchUser): string {
  const group = u.primaryGroup === u.name ? `private group ${u.name}` : `group ${u.primaryGroup}`;
  return `uid ${u.uid}, gid ${u.gid} (${group})${u.groups.length ? `, groups ${u.groups.join(', ')}` : ''}, `
    + `${u.sshKeys.length} SSH key${u.sshKeys.length === 1 ? '' : 's'}${u.sudo ? ', sudo' : ''}`;
}

/** Adds `user` (entry index `i`) to a group; false when already a member. */
export function joinGroup(edit: RegistryEdit, i: number, user: string, group: string): boolean {
  edit.requireGroup(group);
  const gi = edit.groupIndex(group);
  if (edit.strings(['users', i, 'groups']).includes(group) || edit.strings(['groups', gi, 'members']).includes(user)
    || edit.ed.value(['users', i, 'primary_group']) === group) {
    return false;
  }
  edit.ed.append(['users', i, 'groups'], group, edit.userListsAreFlow('groups', true));
  return true;
}

/** Removes `user` from a group (its groups list and the group's members); false when not a member. */
export function leaveGroup(edit: RegistryEdit, user: string, group: string): boolean {
  const i = edit.requireUser(user);
  const gi = edit.requireGroup(group);
  if (edit.ed.value(['users', i, 'primary_group']) === group) {
    throw new WorkspaceInputError([problem({
      code: 'primary-group',
      message: `"${group}" is the primary group of "${user}" and cannot be left`,
      value: group,
      fix: `change primary_group of ${user} in ${edit.files.file} first`,
    })]);
  }
  const n = edit.removeString(['users', i, 'groups'], group) + edit.removeString(['groups', gi, 'members'], user);
  return n > 0;
}

/** Removes an entry from the removed: list (when the name is re-added); returns it. */
function unrecordRemoval(edit: RegistryEdit, name: string): RemovedUser | undefined {
  const removed = readRemoved(edit.ed).find((r) => r.name === name);
  const i = edit.ed.indexWhere(['removed'], 'name', name);
  if (i >= 0) edit.ed.removeItem(['removed'], i, 'delete-key');
  return removed;
}

const KEY_OPTION: OptionSpec = { name: 'key', value: 'file', repeat: true, help: 'an SSH public key file (.pub) to install for the user' };

const add: Command = {
  name: 'add',
  summary: 'Add a research user (creates the registry on first use)',
  description: `Adds the user at the end of users:, validates the whole registry, and writes the registry
and its lock. The uid is assigned by the lock (smallest free id of the user range) unless --uid
gives one; once assigned it never changes. A name that was removed before gets its old uid back.`,
  args: [{ name: 'name', help: 'login name (lower-case letters, digits, "_" and "-", starting with a letter)' }],
  options: [
    REGISTRY_OPTION,
    { name: 'uid', value: 'N', help: 'a fixed uid (at least 1000 and not used before)' },
    { name: 'groups', value: 'a,b', repeat: true, help: 'registry groups to join (comma-separated)' },
    { name: 'shell', value: 'path', help: 'login shell (default /bin/bash)' },
    KEY_OPTION,
    { name: 'email', value: 'address', help: 'email address' },
    { name: 'full-name', value: 'text', help: 'full name' },
    { name: 'sudo', help: 'allow sudo on workspaces' },
  ],
  examples: ['rws users add alice --groups genomics --key ~/keys/alice.pub --email alice@example.edu', 'rws users add bob --uid 5100 --registry lab/users.yaml'],
  run(ctx, input) {
    const name = input.args[0];
    const uid = input.int('uid');
    const groups = input.list('groups', true);
    const keys = input.list('key').flatMap((f) => readKeyFile(ctx, f));
    const edit = new RegistryEdit(readRegistryFiles(ctx, input, true));
    if (edit.userIndex(name) >= 0) {
      throw new WorkspaceInputError([problem({
        code: 'duplicate-name',
        message: `user "${name}" is already in ${edit.files.file}`,
        value: name,
        fix: `change it with "rws users modify ${name}", or choose another name`,
      })]);
    }
    groups.forEach((g) => edit.requireGroup(g));
    const entries: Array<[string, any]> = [['name', name]];
    if (uid !== undefined) entries.push(['uid', uid]);
    const fullName = plain(ctx, 'full-name', input.str('full-name'));
    if (fullName !== undefined) entries.push(['full_name', fullName]);
    const email = plain(ctx, 'email', input.str('email'));
    if (email !== undefined) entries.push(['email', email]);
    if (groups.length) entries.push(['groups', seqNode([...new Set(groups)], edit.userListsAreFlow('groups', true))]);
    const shell = plain(ctx, 'shell', input.str('shell'));
    if (shell !== undefined) entries.push(['shell', shell]);
    if (input.flag('sudo')) entries.push(['sudo', true]);
    if (keys.length) entries.push(['ssh_keys', seqNode([...new Set(keys.map((k) => k.line))], edit.userListsAreFlow('ssh_keys', false))]);
    edit.ed.append(['users'], mapNode(entries, edit.itemsAreFlow(['users'], false)));
    const restored = unrecordRemoval(edit, name);
    return finish(ctx, edit, (r) => {
      const u = r.user(name);
      const back = restored ? ` (re-added: the uid it had before${restored.data === 'delete' ? '; the pending data removal is cancelled' : ''})` : '';
      return { text: `added user ${name}: ${describe(u)}${back}`, json: { action: 'added', restored: restored !== undefined, user: u } };
    });
  },
};

const remove: Command = {
  name: 'remove',
  summary: 'Remove a user; the uid is retired, never reused',
  description: PRESERVE_DATA_HELP + '\nThe user is also taken out of every group\'s members: list.',
  args: [{ name: 'name', help: 'the user' }],
  options: [REGISTRY_OPTION, { name: 'preserve-data', help: 'keep the user\'s home directory and files on shared storage (recorded as data: preserve)' }],
  examples: ['rws users remove bob', 'rws users remove carol --preserve-data'],
  run(ctx, input) {
    const name = input.args[0];
    const edit = new RegistryEdit(readRegistryFiles(ctx, input, false));
    const i = edit.requireUser(name);
    const uid = edit.before?.user(name).uid ?? lockedUid(edit.files.lockText, name);
    edit.ed.removeItem(['users'], i, 'empty-list');
    const groups = edit.groupNames().filter((g) => edit.removeString(['groups', edit.groupIndex(g), 'members'], name) > 0);
    unrecordRemoval(edit, name);
    const data = input.flag('preserve-data') ? 'preserve' : 'delete';
    const entry: Array<[string, any]> = [['name', name]];
    if (uid !== undefined) entry.push(['uid', uid]);
    entry.push(['data', data], ['removed_on', scalarNode(today())]);
    edit.ed.append(['removed'], mapNode(entry, true));
    return finish(ctx, edit, (r) => ({
      text: [
        `removed user ${name}${uid !== undefined ? `; uid ${uid} is retired and never given to anyone else` : ''}`,
        ...(groups.length ? [`  taken out of the members of ${groups.join(', ')}`] : []),
        data === 'preserve'
          ? '  data: preserve: the home directory and files stay on shared storage'
          : '  data: delete: flagged for data removal (home directory on shared storage); use --preserve-data to keep it',
      ].join('\n'),
      json: { action: 'removed', name, uid, data, retiredIds: r.retiredIds(), membershipsRemoved: groups },
    }));
  },
};

function lockedUid(lockText: string | undefined, name: string): number | undefined {
  try {
    return lockText ? JSON.parse(lockText).users?.[name] : undefined;
  } catch {
    return undefined;
  }
}

const list: Command = {
  name: 'list',
  summary: 'List users with their ids, groups and keys',
  options: [REGISTRY_OPTION, { name: 'removed', help: 'list removed users instead (recorded under removed:)' }],
  run(ctx, input) {
    const { registry, removed } = loadRegistry(ctx, input);
    if (input.flag('removed')) {
      if (ctx.out.json) ctx.out.printJson(removed);
      else ctx.out.table(['NAME', 'UID (RETIRED)', 'DATA', 'REMOVED ON'], removed.map((r) => [r.name, r.uid, r.data, r.removedOn]));
      return EXIT_OK;
    }
    if (ctx.out.json) {
      ctx.out.printJson(registry.users);
      return EXIT_OK;
    }
    ctx.out.table(['NAME', 'UID', 'GID', 'GROUPS', 'KEYS', 'SUDO', 'SHELL', 'EMAIL'], registry.users.map((u) => [
      u.name, u.uid, u.gid, [u.primaryGroup === u.name ? undefined : `${u.primaryGroup} (primary)`, ...u.groups].filter(Boolean).join(', ') || undefined,
      u.sshKeys.length, u.sudo ? 'yes' : 'no', u.shell, u.email,
    ]));
    if (removed.length) ctx.out.note(`${removed.length} removed user${removed.length > 1 ? 's' : ''} (ids retired): see "rws users list --removed"`);
    return EXIT_OK;
  },
};

const show: Command = {
  name: 'show',
  summary: 'Show one user: ids, groups, identities, keys',
  args: [{ name: 'name', help: 'the user' }],
  options: [REGISTRY_OPTION],
  run(ctx, input) {
    const { registry } = loadRegistry(ctx, input);
    const u = registry.user(input.args[0]);
    if (ctx.out.json) {
      ctx.out.printJson(u);
      return EXIT_OK;
    }
    ctx.out.heading(u.name);
    const rows: Array<[string, string | number | undefined]> = [
      ['uid', u.uid],
      ['gid', `${u.gid} (${u.primaryGroup === u.name ? 'private group' : 'group'} ${u.primaryGroup})`],
      ['groups', u.groups.join(', ') || '(none)'],
      ['shell', u.shell],
      ['sudo', u.sudo ? 'yes' : 'no'],
      ['full name', u.fullName],
      ['email', u.email],
      ['orcid', u.orcid],
      ['globus id', u.globusId],
      ['external id', u.externalId],
    ];
    for (const [k, v] of rows) if (v !== undefined) ctx.out.line(`  ${k.padEnd(12)}${v}`);
    ctx.out.line();
    printKeys(ctx, u);
    return EXIT_OK;
  },
};

function printKeys(ctx: Context, u: ResearchUser): void {
  if (u.sshKeys.length === 0) {
    ctx.out.line(`${u.name} has no SSH keys; add one with "rws users add-key ${u.name} <file.pub>"`);
    return;
  }
  ctx.out.table(['FINGERPRINT', 'TYPE', 'BITS', 'COMMENT'], u.sshKeys.map((k) => [k.fingerprint, k.type, k.bits, k.comment]));
}

const modify: Command = {
  name: 'modify',
  summary: 'Change a user\'s groups, shell, email or sudo',
  args: [{ name: 'name', help: 'the user' }],
  options: [
    REGISTRY_OPTION,
    { name: 'add-group', value: 'group', repeat: true, help: 'join a registry group (comma-separated list allowed)' },
    { name: 'remove-group', value: 'group', repeat: true, help: 'leave a group' },
    { name: 'shell', value: 'path', help: 'login shell' },
    { name: 'email', value: 'address', help: 'email address' },
    { name: 'full-name', value: 'text', help: 'full name' },
    { name: 'sudo', negatable: true, help: 'allow (--sudo) or forbid (--no-sudo) sudo on workspaces' },
  ],
  examples: ['rws users modify alice --add-group imaging --remove-group genomics', 'rws users modify bob --shell /bin/zsh --no-sudo'],
  run(ctx, input) {
    const name = input.args[0];
    const addGroups = input.list('add-group', true);
    const removeGroups = input.list('remove-group', true);
    if (!addGroups.length && !removeGroups.length && !['shell', 'email', 'full-name', 'sudo'].some((o) => input.has(o))) {
      throw new UsageError('nothing to modify: give --add-group, --remove-group, --shell, --email, --full-name or --[no-]sudo', ctx.commandName);
    }
    const edit = new RegistryEdit(readRegistryFiles(ctx, input, false));
    const i = edit.requireUser(name);
    const notes: string[] = [];
    for (const g of addGroups) if (!joinGroup(edit, i, name, g)) notes.push(`already in ${g}`);
    for (const g of removeGroups) if (!leaveGroup(edit, name, g)) notes.push(`not in ${g}`);
    for (const [option, key] of [['shell', 'shell'], ['email', 'email'], ['full-name', 'full_name']] as const) {
      const v = plain(ctx, option, input.str(option));
      if (v !== undefined && edit.ed.value(['users', i, key]) !== v) edit.ed.set(['users', i], key, v);
    }
    const sudo = input.flag('sudo');
    if (sudo === true && edit.ed.value(['users', i, 'sudo']) !== true) edit.ed.set(['users', i], 'sudo', true);
    if (sudo === false && edit.ed.value(['users', i, 'sudo']) !== undefined) edit.ed.delete(['users', i], 'sudo');
    notes.forEach((n) => ctx.out.note(`${name} is ${n}`));
    return finish(ctx, edit, (r) => ({ text: `modified user ${name}: ${describe(r.user(name))}`, json: { action: 'modified', user: r.user(name) } }));
  },
};

const addKey: Command = {
  name: 'add-key',
  summary: 'Add SSH public keys from a file to a user',
  description: 'Every key line of the file is checked (ed25519, ecdsa, rsa of at least 3072 bits); a key already listed for the user is skipped; a key of another user is refused.',
  args: [{ name: 'name', help: 'the user' }, { name: 'file', help: 'a public key file (.pub), one key per line' }],
  options: [REGISTRY_OPTION],
  examples: ['rws users add-key alice ~/keys/alice-laptop.pub'],
  run(ctx, input) {
    const [name, file] = input.args;
    const keys = readKeyFile(ctx, file);
    const edit = new RegistryEdit(readRegistryFiles(ctx, input, false));
    const added: string[] = [];
    const i = edit.requireUser(name);
    for (const k of keys) {
      if (fingerprints(edit.strings(['users', i, 'ssh_keys'])).includes(k.fingerprint)) {
        ctx.out.note(`${name} already has key ${k.fingerprint}`);
        continue;
      }
      edit.ed.append(['users', i, 'ssh_keys'], k.line, edit.userListsAreFlow('ssh_keys', false));
      added.push(k.fingerprint);
    }
    return finish(ctx, edit, (r) => ({
      text: added.map((f) => `added key ${f} to ${name}`).join('\n'),
      json: { action: 'added-keys', name, added, keys: r.user(name).sshKeys },
    }));
  },
};

const removeKey: Command = {
  name: 'remove-key',
  summary: 'Remove one of a user\'s SSH keys by fingerprint',
  args: [{ name: 'name', help: 'the user' }, { name: 'fingerprint', help: 'SHA256:... as shown by "rws users list-keys" (or ssh-keygen -lf)' }],
  options: [REGISTRY_OPTION],
  run(ctx, input) {
    const [name, given] = input.args;
    const fp = given.startsWith('SHA256:') ? given : `SHA256:${given}`;
    const edit = new RegistryEdit(readRegistryFiles(ctx, input, false));
    const i = edit.requireUser(name);
    const index = fingerprints(edit.strings(['users', i, 'ssh_keys'])).indexOf(fp);
    if (index < 0) {
      throw new WorkspaceInputError([problem({
        code: 'unknown-key',
        message: `user "${name}" has no key with fingerprint ${fp}`,
        value: given,
        fix: `run "rws users list-keys ${name}" for the fingerprints`,
      })]);
    }
    edit.ed.removeItem(['users', i, 'ssh_keys'], index, 'delete-key');
    return finish(ctx, edit, (r) => ({
      text: `removed key ${fp} from ${name} (${r.user(name).sshKeys.length} left)`,
      json: { action: 'removed-key', name, fingerprint: fp, keys: r.user(name).sshKeys },
    }));
  },
};

const listKeys: Command = {
  name: 'list-keys',
  summary: 'List a user\'s SSH keys with fingerprints',
  args: [{ name: 'name', help: 'the user' }],
  options: [REGISTRY_OPTION],
  run(ctx, input) {
    const { registry } = loadRegistry(ctx, input);
    const u = registry.user(input.args[0]);
    if (ctx.out.json) ctx.out.printJson(u.sshKeys);
    else printKeys(ctx, u);
    return EXIT_OK;
  },
};

const lock: Command = {
  name: 'lock',
  summary: 'Record the ids of a hand-edited registry in its lock file',
  description: `After users.yaml was edited by hand (or merged), writes the lock with the ids of new names
and retires the ids of removed ones. With --check nothing is written: exit 1 when the lock is
out of date (for CI).`,
  options: [REGISTRY_OPTION, { name: 'check', help: 'only check; exit 1 when the lock is missing or out of date' }],
  exitCodes: '  0  the lock is up to date (or was updated)\n  1  --check: the lock is missing or out of date\n  2  usage or input error (e.g. the registry is invalid)',
  run(ctx, input: Input) {
    const files = readRegistryFiles(ctx, input, false);
    const registry = UserRegistry.fromYaml(files.text!, files.file, files.lockText);
    const upToDate = files.lockText === registry.lockContent;
    if (ctx.out.json) ctx.out.printJson({ lockFile: files.lockFile, upToDate, written: !upToDate && !input.flag('check') });
    if (upToDate) {
      if (!ctx.out.json) ctx.out.line(`${files.lockFile} is up to date`);
      return EXIT_OK;
    }
    if (input.flag('check')) {
      if (!ctx.out.json) ctx.out.line(`${files.lockFile} is ${files.lockText === undefined ? 'missing' : 'out of date'}; run "rws users lock" and commit it`);
      return EXIT_FINDINGS;
    }
    // Only the lock changes: no editor (a syntax tree of a large file costs seconds), the same
    // checks as an edit's commit, and the same atomic write.
    assertIdsKept(files.lockText, registry.lockContent, files.lockFile);
    registryWarnings(registry.warnings).forEach((w) => ctx.out.warnDiagnostic(fixLockName(w, files)));
    writeAllAtomically([{ file: files.lockFile, content: registry.lockContent, expected: files.lockText }]);
    if (!ctx.out.json) ctx.out.line(`${files.lockFile} ${files.lockText === undefined ? 'created' : 'updated'}`);
    return EXIT_OK;
  },
};

export const usersGroup: CommandGroup = {
  name: 'users',
  summary: 'Edit the research user registry (users.yaml and its lock)',
  description: `The registry (--registry, default ./users.yaml) is edited in place: comments, blank lines, key
order and formatting of entries the command does not touch are kept byte for byte. Every edit is
validated as a whole with the library's UserRegistry before anything is written; then the lock
(users.lock.json beside it) and the registry are each replaced atomically. A rejected edit
changes neither file. Assigned ids never change: removed users' ids are retired, never reused.`,
  commands: [add, remove, list, show, modify, addKey, removeKey, listKeys, lock],
};
