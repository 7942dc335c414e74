"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.usersGroup = void 0;
exports.joinGroup = joinGroup;
exports.leaveGroup = leaveGroup;
const command_1 = require("./command");
const registry_1 = require("./registry");
const sources_1 = require("./sources");
const yaml_edit_1 = require("./yaml-edit");
const error_1 = require("../workspaces/private/error");
const users_1 = require("../workspaces/users");
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
function plain(ctx, option, value) {
    if (value !== undefined && /[\x00-\x1f\x7f]/.test(value)) {
        throw new command_1.UsageError(`--${option} may not contain line breaks or control characters`, ctx.commandName);
    }
    return value;
}
function today() {
    return new Date().toISOString().slice(0, 10);
}
function describe(u) {
    const group = u.primaryGroup === u.name ? `private group ${u.name}` : `group ${u.primaryGroup}`;
    return `uid ${u.uid}, gid ${u.gid} (${group})${u.groups.length ? `, groups ${u.groups.join(', ')}` : ''}, `
        + `${u.sshKeys.length} SSH key${u.sshKeys.length === 1 ? '' : 's'}${u.sudo ? ', sudo' : ''}`;
}
/** Adds `user` (entry index `i`) to a group; false when already a member. */
function joinGroup(edit, i, user, group) {
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
function leaveGroup(edit, user, group) {
    const i = edit.requireUser(user);
    const gi = edit.requireGroup(group);
    if (edit.ed.value(['users', i, 'primary_group']) === group) {
        throw new error_1.WorkspaceInputError([(0, error_1.problem)({
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
function unrecordRemoval(edit, name) {
    const removed = (0, registry_1.readRemoved)(edit.ed).find((r) => r.name === name);
    const i = edit.ed.indexWhere(['removed'], 'name', name);
    if (i >= 0)
        edit.ed.removeItem(['removed'], i, 'delete-key');
    return removed;
}
const KEY_OPTION = { name: 'key', value: 'file', repeat: true, help: 'an SSH public key file (.pub) to install for the user' };
const add = {
    name: 'add',
    summary: 'Add a research user (creates the registry on first use)',
    description: `Adds the user at the end of users:, validates the whole registry, and writes the registry
and its lock. The uid is assigned by the lock (smallest free id of the user range) unless --uid
gives one; once assigned it never changes. A name that was removed before gets its old uid back.`,
    args: [{ name: 'name', help: 'login name (lower-case letters, digits, "_" and "-", starting with a letter)' }],
    options: [
        sources_1.REGISTRY_OPTION,
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
        const keys = input.list('key').flatMap((f) => (0, registry_1.readKeyFile)(ctx, f));
        const edit = new registry_1.RegistryEdit((0, registry_1.readRegistryFiles)(ctx, input, true));
        if (edit.userIndex(name) >= 0) {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                    code: 'duplicate-name',
                    message: `user "${name}" is already in ${edit.files.file}`,
                    value: name,
                    fix: `change it with "rws users modify ${name}", or choose another name`,
                })]);
        }
        groups.forEach((g) => edit.requireGroup(g));
        const entries = [['name', name]];
        if (uid !== undefined)
            entries.push(['uid', uid]);
        const fullName = plain(ctx, 'full-name', input.str('full-name'));
        if (fullName !== undefined)
            entries.push(['full_name', fullName]);
        const email = plain(ctx, 'email', input.str('email'));
        if (email !== undefined)
            entries.push(['email', email]);
        if (groups.length)
            entries.push(['groups', (0, yaml_edit_1.seqNode)([...new Set(groups)], edit.userListsAreFlow('groups', true))]);
        const shell = plain(ctx, 'shell', input.str('shell'));
        if (shell !== undefined)
            entries.push(['shell', shell]);
        if (input.flag('sudo'))
            entries.push(['sudo', true]);
        if (keys.length)
            entries.push(['ssh_keys', (0, yaml_edit_1.seqNode)([...new Set(keys.map((k) => k.line))], edit.userListsAreFlow('ssh_keys', false))]);
        edit.ed.append(['users'], (0, yaml_edit_1.mapNode)(entries, edit.itemsAreFlow(['users'], false)));
        const restored = unrecordRemoval(edit, name);
        return (0, registry_1.finish)(ctx, edit, (r) => {
            const u = r.user(name);
            const back = restored ? ` (re-added: the uid it had before${restored.data === 'delete' ? '; the pending data removal is cancelled' : ''})` : '';
            return { text: `added user ${name}: ${describe(u)}${back}`, json: { action: 'added', restored: restored !== undefined, user: u } };
        });
    },
};
const remove = {
    name: 'remove',
    summary: 'Remove a user; the uid is retired, never reused',
    description: PRESERVE_DATA_HELP + '\nThe user is also taken out of every group\'s members: list.',
    args: [{ name: 'name', help: 'the user' }],
    options: [sources_1.REGISTRY_OPTION, { name: 'preserve-data', help: 'keep the user\'s home directory and files on shared storage (recorded as data: preserve)' }],
    examples: ['rws users remove bob', 'rws users remove carol --preserve-data'],
    run(ctx, input) {
        const name = input.args[0];
        const edit = new registry_1.RegistryEdit((0, registry_1.readRegistryFiles)(ctx, input, false));
        const i = edit.requireUser(name);
        const uid = edit.before?.user(name).uid ?? lockedUid(edit.files.lockText, name);
        edit.ed.removeItem(['users'], i, 'empty-list');
        const groups = edit.groupNames().filter((g) => edit.removeString(['groups', edit.groupIndex(g), 'members'], name) > 0);
        unrecordRemoval(edit, name);
        const data = input.flag('preserve-data') ? 'preserve' : 'delete';
        const entry = [['name', name]];
        if (uid !== undefined)
            entry.push(['uid', uid]);
        entry.push(['data', data], ['removed_on', (0, yaml_edit_1.scalarNode)(today())]);
        edit.ed.append(['removed'], (0, yaml_edit_1.mapNode)(entry, true));
        return (0, registry_1.finish)(ctx, edit, (r) => ({
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
function lockedUid(lockText, name) {
    try {
        return lockText ? JSON.parse(lockText).users?.[name] : undefined;
    }
    catch {
        return undefined;
    }
}
const list = {
    name: 'list',
    summary: 'List users with their ids, groups and keys',
    options: [sources_1.REGISTRY_OPTION, { name: 'removed', help: 'list removed users instead (recorded under removed:)' }],
    run(ctx, input) {
        const { registry, removed } = (0, registry_1.loadRegistry)(ctx, input);
        if (input.flag('removed')) {
            if (ctx.out.json)
                ctx.out.printJson(removed);
            else
                ctx.out.table(['NAME', 'UID (RETIRED)', 'DATA', 'REMOVED ON'], removed.map((r) => [r.name, r.uid, r.data, r.removedOn]));
            return command_1.EXIT_OK;
        }
        if (ctx.out.json) {
            ctx.out.printJson(registry.users);
            return command_1.EXIT_OK;
        }
        ctx.out.table(['NAME', 'UID', 'GID', 'GROUPS', 'KEYS', 'SUDO', 'SHELL', 'EMAIL'], registry.users.map((u) => [
            u.name, u.uid, u.gid, [u.primaryGroup === u.name ? undefined : `${u.primaryGroup} (primary)`, ...u.groups].filter(Boolean).join(', ') || undefined,
            u.sshKeys.length, u.sudo ? 'yes' : 'no', u.shell, u.email,
        ]));
        if (removed.length)
            ctx.out.note(`${removed.length} removed user${removed.length > 1 ? 's' : ''} (ids retired): see "rws users list --removed"`);
        return command_1.EXIT_OK;
    },
};
const show = {
    name: 'show',
    summary: 'Show one user: ids, groups, identities, keys',
    args: [{ name: 'name', help: 'the user' }],
    options: [sources_1.REGISTRY_OPTION],
    run(ctx, input) {
        const { registry } = (0, registry_1.loadRegistry)(ctx, input);
        const u = registry.user(input.args[0]);
        if (ctx.out.json) {
            ctx.out.printJson(u);
            return command_1.EXIT_OK;
        }
        ctx.out.heading(u.name);
        const rows = [
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
        for (const [k, v] of rows)
            if (v !== undefined)
                ctx.out.line(`  ${k.padEnd(12)}${v}`);
        ctx.out.line();
        printKeys(ctx, u);
        return command_1.EXIT_OK;
    },
};
function printKeys(ctx, u) {
    if (u.sshKeys.length === 0) {
        ctx.out.line(`${u.name} has no SSH keys; add one with "rws users add-key ${u.name} <file.pub>"`);
        return;
    }
    ctx.out.table(['FINGERPRINT', 'TYPE', 'BITS', 'COMMENT'], u.sshKeys.map((k) => [k.fingerprint, k.type, k.bits, k.comment]));
}
const modify = {
    name: 'modify',
    summary: 'Change a user\'s groups, shell, email or sudo',
    args: [{ name: 'name', help: 'the user' }],
    options: [
        sources_1.REGISTRY_OPTION,
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
            throw new command_1.UsageError('nothing to modify: give --add-group, --remove-group, --shell, --email, --full-name or --[no-]sudo', ctx.commandName);
        }
        const edit = new registry_1.RegistryEdit((0, registry_1.readRegistryFiles)(ctx, input, false));
        const i = edit.requireUser(name);
        const notes = [];
        for (const g of addGroups)
            if (!joinGroup(edit, i, name, g))
                notes.push(`already in ${g}`);
        for (const g of removeGroups)
            if (!leaveGroup(edit, name, g))
                notes.push(`not in ${g}`);
        for (const [option, key] of [['shell', 'shell'], ['email', 'email'], ['full-name', 'full_name']]) {
            const v = plain(ctx, option, input.str(option));
            if (v !== undefined && edit.ed.value(['users', i, key]) !== v)
                edit.ed.set(['users', i], key, v);
        }
        const sudo = input.flag('sudo');
        if (sudo === true && edit.ed.value(['users', i, 'sudo']) !== true)
            edit.ed.set(['users', i], 'sudo', true);
        if (sudo === false && edit.ed.value(['users', i, 'sudo']) !== undefined)
            edit.ed.delete(['users', i], 'sudo');
        notes.forEach((n) => ctx.out.note(`${name} is ${n}`));
        return (0, registry_1.finish)(ctx, edit, (r) => ({ text: `modified user ${name}: ${describe(r.user(name))}`, json: { action: 'modified', user: r.user(name) } }));
    },
};
const addKey = {
    name: 'add-key',
    summary: 'Add SSH public keys from a file to a user',
    description: 'Every key line of the file is checked (ed25519, ecdsa, rsa of at least 3072 bits); a key already listed for the user is skipped; a key of another user is refused.',
    args: [{ name: 'name', help: 'the user' }, { name: 'file', help: 'a public key file (.pub), one key per line' }],
    options: [sources_1.REGISTRY_OPTION],
    examples: ['rws users add-key alice ~/keys/alice-laptop.pub'],
    run(ctx, input) {
        const [name, file] = input.args;
        const keys = (0, registry_1.readKeyFile)(ctx, file);
        const edit = new registry_1.RegistryEdit((0, registry_1.readRegistryFiles)(ctx, input, false));
        const added = [];
        const i = edit.requireUser(name);
        for (const k of keys) {
            if ((0, registry_1.fingerprints)(edit.strings(['users', i, 'ssh_keys'])).includes(k.fingerprint)) {
                ctx.out.note(`${name} already has key ${k.fingerprint}`);
                continue;
            }
            edit.ed.append(['users', i, 'ssh_keys'], k.line, edit.userListsAreFlow('ssh_keys', false));
            added.push(k.fingerprint);
        }
        return (0, registry_1.finish)(ctx, edit, (r) => ({
            text: added.map((f) => `added key ${f} to ${name}`).join('\n'),
            json: { action: 'added-keys', name, added, keys: r.user(name).sshKeys },
        }));
    },
};
const removeKey = {
    name: 'remove-key',
    summary: 'Remove one of a user\'s SSH keys by fingerprint',
    args: [{ name: 'name', help: 'the user' }, { name: 'fingerprint', help: 'SHA256:... as shown by "rws users list-keys" (or ssh-keygen -lf)' }],
    options: [sources_1.REGISTRY_OPTION],
    run(ctx, input) {
        const [name, given] = input.args;
        const fp = given.startsWith('SHA256:') ? given : `SHA256:${given}`;
        const edit = new registry_1.RegistryEdit((0, registry_1.readRegistryFiles)(ctx, input, false));
        const i = edit.requireUser(name);
        const index = (0, registry_1.fingerprints)(edit.strings(['users', i, 'ssh_keys'])).indexOf(fp);
        if (index < 0) {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                    code: 'unknown-key',
                    message: `user "${name}" has no key with fingerprint ${fp}`,
                    value: given,
                    fix: `run "rws users list-keys ${name}" for the fingerprints`,
                })]);
        }
        edit.ed.removeItem(['users', i, 'ssh_keys'], index, 'delete-key');
        return (0, registry_1.finish)(ctx, edit, (r) => ({
            text: `removed key ${fp} from ${name} (${r.user(name).sshKeys.length} left)`,
            json: { action: 'removed-key', name, fingerprint: fp, keys: r.user(name).sshKeys },
        }));
    },
};
const listKeys = {
    name: 'list-keys',
    summary: 'List a user\'s SSH keys with fingerprints',
    args: [{ name: 'name', help: 'the user' }],
    options: [sources_1.REGISTRY_OPTION],
    run(ctx, input) {
        const { registry } = (0, registry_1.loadRegistry)(ctx, input);
        const u = registry.user(input.args[0]);
        if (ctx.out.json)
            ctx.out.printJson(u.sshKeys);
        else
            printKeys(ctx, u);
        return command_1.EXIT_OK;
    },
};
const lock = {
    name: 'lock',
    summary: 'Record the ids of a hand-edited registry in its lock file',
    description: `After users.yaml was edited by hand (or merged), writes the lock with the ids of new names
and retires the ids of removed ones. With --check nothing is written: exit 1 when the lock is
out of date (for CI).`,
    options: [sources_1.REGISTRY_OPTION, { name: 'check', help: 'only check; exit 1 when the lock is missing or out of date' }],
    exitCodes: '  0  the lock is up to date (or was updated)\n  1  --check: the lock is missing or out of date\n  2  usage or input error (e.g. the registry is invalid)',
    run(ctx, input) {
        const files = (0, registry_1.readRegistryFiles)(ctx, input, false);
        const registry = users_1.UserRegistry.fromYaml(files.text, files.file, files.lockText);
        const upToDate = files.lockText === registry.lockContent;
        if (ctx.out.json)
            ctx.out.printJson({ lockFile: files.lockFile, upToDate, written: !upToDate && !input.flag('check') });
        if (upToDate) {
            if (!ctx.out.json)
                ctx.out.line(`${files.lockFile} is up to date`);
            return command_1.EXIT_OK;
        }
        if (input.flag('check')) {
            if (!ctx.out.json)
                ctx.out.line(`${files.lockFile} is ${files.lockText === undefined ? 'missing' : 'out of date'}; run "rws users lock" and commit it`);
            return command_1.EXIT_FINDINGS;
        }
        // Only the lock changes: no editor (a syntax tree of a large file costs seconds), the same
        // checks as an edit's commit, and the same atomic write.
        (0, registry_1.assertIdsKept)(files.lockText, registry.lockContent, files.lockFile);
        (0, registry_1.registryWarnings)(registry.warnings).forEach((w) => ctx.out.warnDiagnostic((0, registry_1.fixLockName)(w, files)));
        (0, registry_1.writeAllAtomically)([{ file: files.lockFile, content: registry.lockContent, expected: files.lockText }]);
        if (!ctx.out.json)
            ctx.out.line(`${files.lockFile} ${files.lockText === undefined ? 'created' : 'updated'}`);
        return command_1.EXIT_OK;
    },
};
exports.usersGroup = {
    name: 'users',
    summary: 'Edit the research user registry (users.yaml and its lock)',
    description: `The registry (--registry, default ./users.yaml) is edited in place: comments, blank lines, key
order and formatting of entries the command does not touch are kept byte for byte. Every edit is
validated as a whole with the library's UserRegistry before anything is written; then the lock
(users.lock.json beside it) and the registry are each replaced atomically. A rejected edit
changes neither file. Assigned ids never change: removed users' ids are retired, never reused.`,
    commands: [add, remove, list, show, modify, addKey, removeKey, listKeys, lock],
};
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidXNlcnMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvY2xpL3VzZXJzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7OztBQXNDQSw4QkFTQztBQUdELGdDQWFDO0FBL0RELHVDQUFrSDtBQUNsSCx5Q0FBME07QUFDMU0sdUNBQTRDO0FBQzVDLDJDQUEyRDtBQUMzRCx1REFBMkU7QUFDM0UsK0NBQWlFO0FBRWpFLE1BQU0sa0JBQWtCLEdBQUc7Ozs7Ozs7Ozs7cUVBVTBDLENBQUM7QUFFdEUseUdBQXlHO0FBQ3pHLFNBQVMsS0FBSyxDQUFDLEdBQVksRUFBRSxNQUFjLEVBQUUsS0FBeUI7SUFDcEUsSUFBSSxLQUFLLEtBQUssU0FBUyxJQUFJLGlCQUFpQixDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDO1FBQ3pELE1BQU0sSUFBSSxvQkFBVSxDQUFDLEtBQUssTUFBTSxvREFBb0QsRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7SUFDekcsQ0FBQztJQUNELE9BQU8sS0FBSyxDQUFDO0FBQ2YsQ0FBQztBQUVELFNBQVMsS0FBSztJQUNaLE9BQU8sSUFBSSxJQUFJLEVBQUUsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0FBQy9DLENBQUM7QUFFRCxTQUFTLFFBQVEsQ0FBQyxDQUFlO0lBQy9CLE1BQU0sS0FBSyxHQUFHLENBQUMsQ0FBQyxZQUFZLEtBQUssQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsaUJBQWlCLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsWUFBWSxFQUFFLENBQUM7SUFDaEcsT0FBTyxPQUFPLENBQUMsQ0FBQyxHQUFHLFNBQVMsQ0FBQyxDQUFDLEdBQUcsS0FBSyxLQUFLLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJO1VBQ3ZHLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxNQUFNLFdBQVcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxNQUFNLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQ2pHLENBQUM7QUFFRCw2RUFBNkU7QUFDN0UsU0FBZ0IsU0FBUyxDQUFDLElBQWtCLEVBQUUsQ0FBUyxFQUFFLElBQVksRUFBRSxLQUFhO0lBQ2xGLElBQUksQ0FBQyxZQUFZLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDekIsTUFBTSxFQUFFLEdBQUcsSUFBSSxDQUFDLFVBQVUsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUNsQyxJQUFJLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxJQUFJLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQyxRQUFRLEVBQUUsRUFBRSxFQUFFLFNBQVMsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQztXQUM3RyxJQUFJLENBQUMsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLEVBQUUsZUFBZSxDQUFDLENBQUMsS0FBSyxLQUFLLEVBQUUsQ0FBQztRQUM1RCxPQUFPLEtBQUssQ0FBQztJQUNmLENBQUM7SUFDRCxJQUFJLENBQUMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLEVBQUUsUUFBUSxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUksQ0FBQyxnQkFBZ0IsQ0FBQyxRQUFRLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQztJQUNyRixPQUFPLElBQUksQ0FBQztBQUNkLENBQUM7QUFFRCxzR0FBc0c7QUFDdEcsU0FBZ0IsVUFBVSxDQUFDLElBQWtCLEVBQUUsSUFBWSxFQUFFLEtBQWE7SUFDeEUsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNqQyxNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUMsWUFBWSxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQ3BDLElBQUksSUFBSSxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxFQUFFLGVBQWUsQ0FBQyxDQUFDLEtBQUssS0FBSyxFQUFFLENBQUM7UUFDM0QsTUFBTSxJQUFJLDJCQUFtQixDQUFDLENBQUMsSUFBQSxlQUFPLEVBQUM7Z0JBQ3JDLElBQUksRUFBRSxlQUFlO2dCQUNyQixPQUFPLEVBQUUsSUFBSSxLQUFLLDhCQUE4QixJQUFJLHNCQUFzQjtnQkFDMUUsS0FBSyxFQUFFLEtBQUs7Z0JBQ1osR0FBRyxFQUFFLDJCQUEyQixJQUFJLE9BQU8sSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLFFBQVE7YUFDbkUsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNQLENBQUM7SUFDRCxNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsWUFBWSxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUMsRUFBRSxRQUFRLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxJQUFJLENBQUMsWUFBWSxDQUFDLENBQUMsUUFBUSxFQUFFLEVBQUUsRUFBRSxTQUFTLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQztJQUNoSCxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUM7QUFDZixDQUFDO0FBRUQsdUZBQXVGO0FBQ3ZGLFNBQVMsZUFBZSxDQUFDLElBQWtCLEVBQUUsSUFBWTtJQUN2RCxNQUFNLE9BQU8sR0FBRyxJQUFBLHNCQUFXLEVBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxJQUFJLENBQUMsQ0FBQztJQUNsRSxNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQztJQUN4RCxJQUFJLENBQUMsSUFBSSxDQUFDO1FBQUUsSUFBSSxDQUFDLEVBQUUsQ0FBQyxVQUFVLENBQUMsQ0FBQyxTQUFTLENBQUMsRUFBRSxDQUFDLEVBQUUsWUFBWSxDQUFDLENBQUM7SUFDN0QsT0FBTyxPQUFPLENBQUM7QUFDakIsQ0FBQztBQUVELE1BQU0sVUFBVSxHQUFlLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLHVEQUF1RCxFQUFFLENBQUM7QUFFM0ksTUFBTSxHQUFHLEdBQVk7SUFDbkIsSUFBSSxFQUFFLEtBQUs7SUFDWCxPQUFPLEVBQUUseURBQXlEO0lBQ2xFLFdBQVcsRUFBRTs7aUdBRWtGO0lBQy9GLElBQUksRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsOEVBQThFLEVBQUUsQ0FBQztJQUM5RyxPQUFPLEVBQUU7UUFDUCx5QkFBZTtRQUNmLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxpREFBaUQsRUFBRTtRQUNwRixFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSwyQ0FBMkMsRUFBRTtRQUNqRyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsaUNBQWlDLEVBQUU7UUFDekUsVUFBVTtRQUNWLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxLQUFLLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxlQUFlLEVBQUU7UUFDMUQsRUFBRSxJQUFJLEVBQUUsV0FBVyxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLFdBQVcsRUFBRTtRQUN2RCxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLDBCQUEwQixFQUFFO0tBQ25EO0lBQ0QsUUFBUSxFQUFFLENBQUMsd0ZBQXdGLEVBQUUsd0RBQXdELENBQUM7SUFDOUosR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLO1FBQ1osTUFBTSxJQUFJLEdBQUcsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMzQixNQUFNLEdBQUcsR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDO1FBQzdCLE1BQU0sTUFBTSxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUMsUUFBUSxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQzFDLE1BQU0sSUFBSSxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFBLHNCQUFXLEVBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDbkUsTUFBTSxJQUFJLEdBQUcsSUFBSSx1QkFBWSxDQUFDLElBQUEsNEJBQWlCLEVBQUMsR0FBRyxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDO1FBQ25FLElBQUksSUFBSSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztZQUM5QixNQUFNLElBQUksMkJBQW1CLENBQUMsQ0FBQyxJQUFBLGVBQU8sRUFBQztvQkFDckMsSUFBSSxFQUFFLGdCQUFnQjtvQkFDdEIsT0FBTyxFQUFFLFNBQVMsSUFBSSxtQkFBbUIsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLEVBQUU7b0JBQzFELEtBQUssRUFBRSxJQUFJO29CQUNYLEdBQUcsRUFBRSxvQ0FBb0MsSUFBSSwyQkFBMkI7aUJBQ3pFLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDUCxDQUFDO1FBQ0QsTUFBTSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQzVDLE1BQU0sT0FBTyxHQUF5QixDQUFDLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUM7UUFDdkQsSUFBSSxHQUFHLEtBQUssU0FBUztZQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQztRQUNsRCxNQUFNLFFBQVEsR0FBRyxLQUFLLENBQUMsR0FBRyxFQUFFLFdBQVcsRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUM7UUFDakUsSUFBSSxRQUFRLEtBQUssU0FBUztZQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxXQUFXLEVBQUUsUUFBUSxDQUFDLENBQUMsQ0FBQztRQUNsRSxNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsR0FBRyxFQUFFLE9BQU8sRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7UUFDdEQsSUFBSSxLQUFLLEtBQUssU0FBUztZQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxPQUFPLEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQztRQUN4RCxJQUFJLE1BQU0sQ0FBQyxNQUFNO1lBQUUsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFDLFFBQVEsRUFBRSxJQUFBLG1CQUFPLEVBQUMsQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLGdCQUFnQixDQUFDLFFBQVEsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNsSCxNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsR0FBRyxFQUFFLE9BQU8sRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7UUFDdEQsSUFBSSxLQUFLLEtBQUssU0FBUztZQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxPQUFPLEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQztRQUN4RCxJQUFJLEtBQUssQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDO1lBQUUsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDO1FBQ3JELElBQUksSUFBSSxDQUFDLE1BQU07WUFBRSxPQUFPLENBQUMsSUFBSSxDQUFDLENBQUMsVUFBVSxFQUFFLElBQUEsbUJBQU8sRUFBQyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsZ0JBQWdCLENBQUMsVUFBVSxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3RJLElBQUksQ0FBQyxFQUFFLENBQUMsTUFBTSxDQUFDLENBQUMsT0FBTyxDQUFDLEVBQUUsSUFBQSxtQkFBTyxFQUFDLE9BQU8sRUFBRSxJQUFJLENBQUMsWUFBWSxDQUFDLENBQUMsT0FBTyxDQUFDLEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ2pGLE1BQU0sUUFBUSxHQUFHLGVBQWUsQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDN0MsT0FBTyxJQUFBLGlCQUFNLEVBQUMsR0FBRyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFO1lBQzdCLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDdkIsTUFBTSxJQUFJLEdBQUcsUUFBUSxDQUFDLENBQUMsQ0FBQyxvQ0FBb0MsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLENBQUMsQ0FBQyxDQUFDLHlDQUF5QyxDQUFDLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ2hKLE9BQU8sRUFBRSxJQUFJLEVBQUUsY0FBYyxJQUFJLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxFQUFFLElBQUksRUFBRSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLFFBQVEsS0FBSyxTQUFTLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUM7UUFDckksQ0FBQyxDQUFDLENBQUM7SUFDTCxDQUFDO0NBQ0YsQ0FBQztBQUVGLE1BQU0sTUFBTSxHQUFZO0lBQ3RCLElBQUksRUFBRSxRQUFRO0lBQ2QsT0FBTyxFQUFFLGlEQUFpRDtJQUMxRCxXQUFXLEVBQUUsa0JBQWtCLEdBQUcsK0RBQStEO0lBQ2pHLElBQUksRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUM7SUFDMUMsT0FBTyxFQUFFLENBQUMseUJBQWUsRUFBRSxFQUFFLElBQUksRUFBRSxlQUFlLEVBQUUsSUFBSSxFQUFFLDBGQUEwRixFQUFFLENBQUM7SUFDdkosUUFBUSxFQUFFLENBQUMsc0JBQXNCLEVBQUUsd0NBQXdDLENBQUM7SUFDNUUsR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLO1FBQ1osTUFBTSxJQUFJLEdBQUcsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMzQixNQUFNLElBQUksR0FBRyxJQUFJLHVCQUFZLENBQUMsSUFBQSw0QkFBaUIsRUFBQyxHQUFHLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUM7UUFDcEUsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNqQyxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxHQUFHLElBQUksU0FBUyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsUUFBUSxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ2hGLElBQUksQ0FBQyxFQUFFLENBQUMsVUFBVSxDQUFDLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQyxFQUFFLFlBQVksQ0FBQyxDQUFDO1FBQy9DLE1BQU0sTUFBTSxHQUFHLElBQUksQ0FBQyxVQUFVLEVBQUUsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxZQUFZLENBQUMsQ0FBQyxRQUFRLEVBQUUsSUFBSSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsRUFBRSxTQUFTLENBQUMsRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztRQUN2SCxlQUFlLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQzVCLE1BQU0sSUFBSSxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUMsZUFBZSxDQUFDLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDO1FBQ2pFLE1BQU0sS0FBSyxHQUF5QixDQUFDLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUM7UUFDckQsSUFBSSxHQUFHLEtBQUssU0FBUztZQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQztRQUNoRCxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUMsWUFBWSxFQUFFLElBQUEsc0JBQVUsRUFBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNoRSxJQUFJLENBQUMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLFNBQVMsQ0FBQyxFQUFFLElBQUEsbUJBQU8sRUFBQyxLQUFLLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQztRQUNsRCxPQUFPLElBQUEsaUJBQU0sRUFBQyxHQUFHLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1lBQy9CLElBQUksRUFBRTtnQkFDSixnQkFBZ0IsSUFBSSxHQUFHLEdBQUcsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsR0FBRyw0Q0FBNEMsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFO2dCQUMxRyxHQUFHLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxpQ0FBaUMsTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztnQkFDaEYsSUFBSSxLQUFLLFVBQVU7b0JBQ2pCLENBQUMsQ0FBQyx1RUFBdUU7b0JBQ3pFLENBQUMsQ0FBQyw2R0FBNkc7YUFDbEgsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDO1lBQ1osSUFBSSxFQUFFLEVBQUUsTUFBTSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxDQUFDLFVBQVUsRUFBRSxFQUFFLGtCQUFrQixFQUFFLE1BQU0sRUFBRTtTQUNyRyxDQUFDLENBQUMsQ0FBQztJQUNOLENBQUM7Q0FDRixDQUFDO0FBRUYsU0FBUyxTQUFTLENBQUMsUUFBNEIsRUFBRSxJQUFZO0lBQzNELElBQUksQ0FBQztRQUNILE9BQU8sUUFBUSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7SUFDbkUsQ0FBQztJQUFDLE1BQU0sQ0FBQztRQUNQLE9BQU8sU0FBUyxDQUFDO0lBQ25CLENBQUM7QUFDSCxDQUFDO0FBRUQsTUFBTSxJQUFJLEdBQVk7SUFDcEIsSUFBSSxFQUFFLE1BQU07SUFDWixPQUFPLEVBQUUsNENBQTRDO0lBQ3JELE9BQU8sRUFBRSxDQUFDLHlCQUFlLEVBQUUsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxzREFBc0QsRUFBRSxDQUFDO0lBQzdHLEdBQUcsQ0FBQyxHQUFHLEVBQUUsS0FBSztRQUNaLE1BQU0sRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLEdBQUcsSUFBQSx1QkFBWSxFQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUN2RCxJQUFJLEtBQUssQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQztZQUMxQixJQUFJLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSTtnQkFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQyxPQUFPLENBQUMsQ0FBQzs7Z0JBQ3hDLEdBQUcsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsTUFBTSxFQUFFLGVBQWUsRUFBRSxNQUFNLEVBQUUsWUFBWSxDQUFDLEVBQUUsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQzlILE9BQU8saUJBQU8sQ0FBQztRQUNqQixDQUFDO1FBQ0QsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO1lBQ2pCLEdBQUcsQ0FBQyxHQUFHLENBQUMsU0FBUyxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsQ0FBQztZQUNsQyxPQUFPLGlCQUFPLENBQUM7UUFDakIsQ0FBQztRQUNELEdBQUcsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsTUFBTSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsUUFBUSxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLE9BQU8sQ0FBQyxFQUFFLFFBQVEsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztZQUMxRyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQyxZQUFZLEtBQUssQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxZQUFZLFlBQVksRUFBRSxHQUFHLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLFNBQVM7WUFDbEosQ0FBQyxDQUFDLE9BQU8sQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSztTQUMxRCxDQUFDLENBQUMsQ0FBQztRQUNKLElBQUksT0FBTyxDQUFDLE1BQU07WUFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxNQUFNLGdCQUFnQixPQUFPLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLGdEQUFnRCxDQUFDLENBQUM7UUFDakosT0FBTyxpQkFBTyxDQUFDO0lBQ2pCLENBQUM7Q0FDRixDQUFDO0FBRUYsTUFBTSxJQUFJLEdBQVk7SUFDcEIsSUFBSSxFQUFFLE1BQU07SUFDWixPQUFPLEVBQUUsOENBQThDO0lBQ3ZELElBQUksRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUM7SUFDMUMsT0FBTyxFQUFFLENBQUMseUJBQWUsQ0FBQztJQUMxQixHQUFHLENBQUMsR0FBRyxFQUFFLEtBQUs7UUFDWixNQUFNLEVBQUUsUUFBUSxFQUFFLEdBQUcsSUFBQSx1QkFBWSxFQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUM5QyxNQUFNLENBQUMsR0FBRyxRQUFRLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUN2QyxJQUFJLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDakIsR0FBRyxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDckIsT0FBTyxpQkFBTyxDQUFDO1FBQ2pCLENBQUM7UUFDRCxHQUFHLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDeEIsTUFBTSxJQUFJLEdBQWlEO1lBQ3pELENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUM7WUFDZCxDQUFDLEtBQUssRUFBRSxHQUFHLENBQUMsQ0FBQyxHQUFHLEtBQUssQ0FBQyxDQUFDLFlBQVksS0FBSyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxlQUFlLENBQUMsQ0FBQyxDQUFDLE9BQU8sSUFBSSxDQUFDLENBQUMsWUFBWSxHQUFHLENBQUM7WUFDaEcsQ0FBQyxRQUFRLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksUUFBUSxDQUFDO1lBQzNDLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUM7WUFDbEIsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUM7WUFDL0IsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQztZQUN6QixDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDO1lBQ2xCLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUM7WUFDbEIsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQztZQUN6QixDQUFDLGFBQWEsRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDO1NBQzlCLENBQUM7UUFDRixLQUFLLE1BQU0sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksSUFBSTtZQUFFLElBQUksQ0FBQyxLQUFLLFNBQVM7Z0JBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDdEYsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUNmLFNBQVMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDbEIsT0FBTyxpQkFBTyxDQUFDO0lBQ2pCLENBQUM7Q0FDRixDQUFDO0FBRUYsU0FBUyxTQUFTLENBQUMsR0FBWSxFQUFFLENBQWU7SUFDOUMsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLE1BQU0sS0FBSyxDQUFDLEVBQUUsQ0FBQztRQUMzQixHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLHFEQUFxRCxDQUFDLENBQUMsSUFBSSxjQUFjLENBQUMsQ0FBQztRQUNqRyxPQUFPO0lBQ1QsQ0FBQztJQUNELEdBQUcsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsYUFBYSxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsU0FBUyxDQUFDLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUM5SCxDQUFDO0FBRUQsTUFBTSxNQUFNLEdBQVk7SUFDdEIsSUFBSSxFQUFFLFFBQVE7SUFDZCxPQUFPLEVBQUUsK0NBQStDO0lBQ3hELElBQUksRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUM7SUFDMUMsT0FBTyxFQUFFO1FBQ1AseUJBQWU7UUFDZixFQUFFLElBQUksRUFBRSxXQUFXLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxzREFBc0QsRUFBRTtRQUNqSCxFQUFFLElBQUksRUFBRSxjQUFjLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxlQUFlLEVBQUU7UUFDN0UsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLGFBQWEsRUFBRTtRQUNyRCxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsZUFBZSxFQUFFO1FBQzFELEVBQUUsSUFBSSxFQUFFLFdBQVcsRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxXQUFXLEVBQUU7UUFDdkQsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLHlEQUF5RCxFQUFFO0tBQ25HO0lBQ0QsUUFBUSxFQUFFLENBQUMsb0VBQW9FLEVBQUUsaURBQWlELENBQUM7SUFDbkksR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLO1FBQ1osTUFBTSxJQUFJLEdBQUcsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMzQixNQUFNLFNBQVMsR0FBRyxLQUFLLENBQUMsSUFBSSxDQUFDLFdBQVcsRUFBRSxJQUFJLENBQUMsQ0FBQztRQUNoRCxNQUFNLFlBQVksR0FBRyxLQUFLLENBQUMsSUFBSSxDQUFDLGNBQWMsRUFBRSxJQUFJLENBQUMsQ0FBQztRQUN0RCxJQUFJLENBQUMsU0FBUyxDQUFDLE1BQU0sSUFBSSxDQUFDLFlBQVksQ0FBQyxNQUFNLElBQUksQ0FBQyxDQUFDLE9BQU8sRUFBRSxPQUFPLEVBQUUsV0FBVyxFQUFFLE1BQU0sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDcEgsTUFBTSxJQUFJLG9CQUFVLENBQUMsbUdBQW1HLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQzdJLENBQUM7UUFDRCxNQUFNLElBQUksR0FBRyxJQUFJLHVCQUFZLENBQUMsSUFBQSw0QkFBaUIsRUFBQyxHQUFHLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUM7UUFDcEUsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNqQyxNQUFNLEtBQUssR0FBYSxFQUFFLENBQUM7UUFDM0IsS0FBSyxNQUFNLENBQUMsSUFBSSxTQUFTO1lBQUUsSUFBSSxDQUFDLFNBQVMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7Z0JBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxjQUFjLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDM0YsS0FBSyxNQUFNLENBQUMsSUFBSSxZQUFZO1lBQUUsSUFBSSxDQUFDLFVBQVUsQ0FBQyxJQUFJLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztnQkFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUN4RixLQUFLLE1BQU0sQ0FBQyxNQUFNLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLE9BQU8sRUFBRSxPQUFPLENBQUMsRUFBRSxDQUFDLE9BQU8sRUFBRSxPQUFPLENBQUMsRUFBRSxDQUFDLFdBQVcsRUFBRSxXQUFXLENBQUMsQ0FBVSxFQUFFLENBQUM7WUFDMUcsTUFBTSxDQUFDLEdBQUcsS0FBSyxDQUFDLEdBQUcsRUFBRSxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDO1lBQ2hELElBQUksQ0FBQyxLQUFLLFNBQVMsSUFBSSxJQUFJLENBQUMsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLEVBQUUsR0FBRyxDQUFDLENBQUMsS0FBSyxDQUFDO2dCQUFFLElBQUksQ0FBQyxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUNuRyxDQUFDO1FBQ0QsTUFBTSxJQUFJLEdBQUcsS0FBSyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQztRQUNoQyxJQUFJLElBQUksS0FBSyxJQUFJLElBQUksSUFBSSxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDLEtBQUssSUFBSTtZQUFFLElBQUksQ0FBQyxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQztRQUMzRyxJQUFJLElBQUksS0FBSyxLQUFLLElBQUksSUFBSSxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDLEtBQUssU0FBUztZQUFFLElBQUksQ0FBQyxFQUFFLENBQUMsTUFBTSxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDO1FBQzlHLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsSUFBSSxPQUFPLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUN0RCxPQUFPLElBQUEsaUJBQU0sRUFBQyxHQUFHLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLGlCQUFpQixJQUFJLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxFQUFFLElBQUksRUFBRSxFQUFFLE1BQU0sRUFBRSxVQUFVLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUNwSixDQUFDO0NBQ0YsQ0FBQztBQUVGLE1BQU0sTUFBTSxHQUFZO0lBQ3RCLElBQUksRUFBRSxTQUFTO0lBQ2YsT0FBTyxFQUFFLDJDQUEyQztJQUNwRCxXQUFXLEVBQUUsb0tBQW9LO0lBQ2pMLElBQUksRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLEVBQUUsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSw0Q0FBNEMsRUFBRSxDQUFDO0lBQ2hILE9BQU8sRUFBRSxDQUFDLHlCQUFlLENBQUM7SUFDMUIsUUFBUSxFQUFFLENBQUMsaURBQWlELENBQUM7SUFDN0QsR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLO1FBQ1osTUFBTSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsR0FBRyxLQUFLLENBQUMsSUFBSSxDQUFDO1FBQ2hDLE1BQU0sSUFBSSxHQUFHLElBQUEsc0JBQVcsRUFBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDcEMsTUFBTSxJQUFJLEdBQUcsSUFBSSx1QkFBWSxDQUFDLElBQUEsNEJBQWlCLEVBQUMsR0FBRyxFQUFFLEtBQUssRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDO1FBQ3BFLE1BQU0sS0FBSyxHQUFhLEVBQUUsQ0FBQztRQUMzQixNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsV0FBVyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ2pDLEtBQUssTUFBTSxDQUFDLElBQUksSUFBSSxFQUFFLENBQUM7WUFDckIsSUFBSSxJQUFBLHVCQUFZLEVBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLEVBQUUsQ0FBQztnQkFDakYsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxJQUFJLG9CQUFvQixDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQztnQkFDekQsU0FBUztZQUNYLENBQUM7WUFDRCxJQUFJLENBQUMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLEVBQUUsVUFBVSxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsZ0JBQWdCLENBQUMsVUFBVSxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUM7WUFDM0YsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUM7UUFDNUIsQ0FBQztRQUNELE9BQU8sSUFBQSxpQkFBTSxFQUFDLEdBQUcsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7WUFDL0IsSUFBSSxFQUFFLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLGFBQWEsQ0FBQyxPQUFPLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQztZQUM5RCxJQUFJLEVBQUUsRUFBRSxNQUFNLEVBQUUsWUFBWSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsT0FBTyxFQUFFO1NBQ3hFLENBQUMsQ0FBQyxDQUFDO0lBQ04sQ0FBQztDQUNGLENBQUM7QUFFRixNQUFNLFNBQVMsR0FBWTtJQUN6QixJQUFJLEVBQUUsWUFBWTtJQUNsQixPQUFPLEVBQUUsaURBQWlEO0lBQzFELElBQUksRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLEVBQUUsRUFBRSxJQUFJLEVBQUUsYUFBYSxFQUFFLElBQUksRUFBRSxrRUFBa0UsRUFBRSxDQUFDO0lBQzdJLE9BQU8sRUFBRSxDQUFDLHlCQUFlLENBQUM7SUFDMUIsR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLO1FBQ1osTUFBTSxDQUFDLElBQUksRUFBRSxLQUFLLENBQUMsR0FBRyxLQUFLLENBQUMsSUFBSSxDQUFDO1FBQ2pDLE1BQU0sRUFBRSxHQUFHLEtBQUssQ0FBQyxVQUFVLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsVUFBVSxLQUFLLEVBQUUsQ0FBQztRQUNuRSxNQUFNLElBQUksR0FBRyxJQUFJLHVCQUFZLENBQUMsSUFBQSw0QkFBaUIsRUFBQyxHQUFHLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUM7UUFDcEUsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNqQyxNQUFNLEtBQUssR0FBRyxJQUFBLHVCQUFZLEVBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUMvRSxJQUFJLEtBQUssR0FBRyxDQUFDLEVBQUUsQ0FBQztZQUNkLE1BQU0sSUFBSSwyQkFBbUIsQ0FBQyxDQUFDLElBQUEsZUFBTyxFQUFDO29CQUNyQyxJQUFJLEVBQUUsYUFBYTtvQkFDbkIsT0FBTyxFQUFFLFNBQVMsSUFBSSxpQ0FBaUMsRUFBRSxFQUFFO29CQUMzRCxLQUFLLEVBQUUsS0FBSztvQkFDWixHQUFHLEVBQUUsNEJBQTRCLElBQUksd0JBQXdCO2lCQUM5RCxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ1AsQ0FBQztRQUNELElBQUksQ0FBQyxFQUFFLENBQUMsVUFBVSxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUMsRUFBRSxVQUFVLENBQUMsRUFBRSxLQUFLLEVBQUUsWUFBWSxDQUFDLENBQUM7UUFDbEUsT0FBTyxJQUFBLGlCQUFNLEVBQUMsR0FBRyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztZQUMvQixJQUFJLEVBQUUsZUFBZSxFQUFFLFNBQVMsSUFBSSxLQUFLLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLE1BQU0sUUFBUTtZQUM1RSxJQUFJLEVBQUUsRUFBRSxNQUFNLEVBQUUsYUFBYSxFQUFFLElBQUksRUFBRSxXQUFXLEVBQUUsRUFBRSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLE9BQU8sRUFBRTtTQUNuRixDQUFDLENBQUMsQ0FBQztJQUNOLENBQUM7Q0FDRixDQUFDO0FBRUYsTUFBTSxRQUFRLEdBQVk7SUFDeEIsSUFBSSxFQUFFLFdBQVc7SUFDakIsT0FBTyxFQUFFLDJDQUEyQztJQUNwRCxJQUFJLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxDQUFDO0lBQzFDLE9BQU8sRUFBRSxDQUFDLHlCQUFlLENBQUM7SUFDMUIsR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLO1FBQ1osTUFBTSxFQUFFLFFBQVEsRUFBRSxHQUFHLElBQUEsdUJBQVksRUFBQyxHQUFHLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDOUMsTUFBTSxDQUFDLEdBQUcsUUFBUSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDdkMsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUk7WUFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUM7O1lBQzFDLFNBQVMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDdkIsT0FBTyxpQkFBTyxDQUFDO0lBQ2pCLENBQUM7Q0FDRixDQUFDO0FBRUYsTUFBTSxJQUFJLEdBQVk7SUFDcEIsSUFBSSxFQUFFLE1BQU07SUFDWixPQUFPLEVBQUUsMkRBQTJEO0lBQ3BFLFdBQVcsRUFBRTs7c0JBRU87SUFDcEIsT0FBTyxFQUFFLENBQUMseUJBQWUsRUFBRSxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLDREQUE0RCxFQUFFLENBQUM7SUFDakgsU0FBUyxFQUFFLDBKQUEwSjtJQUNySyxHQUFHLENBQUMsR0FBRyxFQUFFLEtBQVk7UUFDbkIsTUFBTSxLQUFLLEdBQUcsSUFBQSw0QkFBaUIsRUFBQyxHQUFHLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQ25ELE1BQU0sUUFBUSxHQUFHLG9CQUFZLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxJQUFLLEVBQUUsS0FBSyxDQUFDLElBQUksRUFBRSxLQUFLLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDaEYsTUFBTSxRQUFRLEdBQUcsS0FBSyxDQUFDLFFBQVEsS0FBSyxRQUFRLENBQUMsV0FBVyxDQUFDO1FBQ3pELElBQUksR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJO1lBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsRUFBRSxRQUFRLEVBQUUsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLENBQUMsUUFBUSxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDeEgsSUFBSSxRQUFRLEVBQUUsQ0FBQztZQUNiLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUk7Z0JBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxLQUFLLENBQUMsUUFBUSxnQkFBZ0IsQ0FBQyxDQUFDO1lBQ25FLE9BQU8saUJBQU8sQ0FBQztRQUNqQixDQUFDO1FBQ0QsSUFBSSxLQUFLLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7WUFDeEIsSUFBSSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSTtnQkFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLEtBQUssQ0FBQyxRQUFRLE9BQU8sS0FBSyxDQUFDLFFBQVEsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsYUFBYSxzQ0FBc0MsQ0FBQyxDQUFDO1lBQ3hKLE9BQU8sdUJBQWEsQ0FBQztRQUN2QixDQUFDO1FBQ0QsMkZBQTJGO1FBQzNGLHlEQUF5RDtRQUN6RCxJQUFBLHdCQUFhLEVBQUMsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLENBQUMsV0FBVyxFQUFFLEtBQUssQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUNwRSxJQUFBLDJCQUFnQixFQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsY0FBYyxDQUFDLElBQUEsc0JBQVcsRUFBQyxDQUFDLEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ2xHLElBQUEsNkJBQWtCLEVBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxLQUFLLENBQUMsUUFBUSxFQUFFLE9BQU8sRUFBRSxRQUFRLENBQUMsV0FBVyxFQUFFLFFBQVEsRUFBRSxLQUFLLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQ3hHLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUk7WUFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLEtBQUssQ0FBQyxRQUFRLElBQUksS0FBSyxDQUFDLFFBQVEsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxFQUFFLENBQUMsQ0FBQztRQUM3RyxPQUFPLGlCQUFPLENBQUM7SUFDakIsQ0FBQztDQUNGLENBQUM7QUFFVyxRQUFBLFVBQVUsR0FBaUI7SUFDdEMsSUFBSSxFQUFFLE9BQU87SUFDYixPQUFPLEVBQUUsMkRBQTJEO0lBQ3BFLFdBQVcsRUFBRTs7OzsrRkFJZ0Y7SUFDN0YsUUFBUSxFQUFFLENBQUMsR0FBRyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsU0FBUyxFQUFFLFFBQVEsRUFBRSxJQUFJLENBQUM7Q0FDL0UsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB7IENvbW1hbmQsIENvbW1hbmRHcm91cCwgQ29udGV4dCwgRVhJVF9GSU5ESU5HUywgRVhJVF9PSywgSW5wdXQsIE9wdGlvblNwZWMsIFVzYWdlRXJyb3IgfSBmcm9tICcuL2NvbW1hbmQnO1xuaW1wb3J0IHsgYXNzZXJ0SWRzS2VwdCwgZmluaXNoLCBmaW5nZXJwcmludHMsIGZpeExvY2tOYW1lLCBsb2FkUmVnaXN0cnksIHJlYWRLZXlGaWxlLCByZWFkUmVnaXN0cnlGaWxlcywgcmVhZFJlbW92ZWQsIFJlZ2lzdHJ5RWRpdCwgcmVnaXN0cnlXYXJuaW5ncywgUmVtb3ZlZFVzZXIsIHdyaXRlQWxsQXRvbWljYWxseSB9IGZyb20gJy4vcmVnaXN0cnknO1xuaW1wb3J0IHsgUkVHSVNUUllfT1BUSU9OIH0gZnJvbSAnLi9zb3VyY2VzJztcbmltcG9ydCB7IG1hcE5vZGUsIHNjYWxhck5vZGUsIHNlcU5vZGUgfSBmcm9tICcuL3lhbWwtZWRpdCc7XG5pbXBvcnQgeyBwcm9ibGVtLCBXb3Jrc3BhY2VJbnB1dEVycm9yIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wcml2YXRlL2Vycm9yJztcbmltcG9ydCB7IFJlc2VhcmNoVXNlciwgVXNlclJlZ2lzdHJ5IH0gZnJvbSAnLi4vd29ya3NwYWNlcy91c2Vycyc7XG5cbmNvbnN0IFBSRVNFUlZFX0RBVEFfSEVMUCA9IGBXaGF0IHJlbW92YWwgbWVhbnMgZm9yIHRoZSB3b3Jrc3BhY2VzOiBuZXcgd29ya3NwYWNlcyBubyBsb25nZXIgY3JlYXRlIHRoZSBhY2NvdW50LCBhbmQgcnVubmluZ1xub25lcyBsb2NrIGl0IGF0IHRoZWlyIG5leHQgdXNlciBzeW5jIChwYXNzd29yZCwgc2hlbGwgYW5kIGtleXM7IHRoZSBhY2NvdW50IGlzIG5ldmVyIGRlbGV0ZWQpLlxuVGhlIHVpZCBpcyByZXRpcmVkIGluIHRoZSBsb2NrOiBpdCBpcyBuZXZlciBnaXZlbiB0byBhbnlvbmUgZWxzZSwgYW5kIGFkZGluZyB0aGUgc2FtZSBuYW1lIGFnYWluXG5yZXN0b3JlcyBpdCwgc28gdGhlIGZpbGVzIGFyZSB0aGVpcnMgYWdhaW4uIFRoZSByZW1vdmFsIGlzIHJlY29yZGVkIHVuZGVyIFwicmVtb3ZlZDpcIiBpbiB0aGVcbnJlZ2lzdHJ5IHdpdGggd2hhdCBzaG91bGQgaGFwcGVuIHRvIHRoZSB1c2VyJ3MgZGF0YTpcbiAgZGF0YTogZGVsZXRlICAgIChkZWZhdWx0KSBmbGFnZ2VkIGZvciBkYXRhIHJlbW92YWw6IHRoZSBob21lIGRpcmVjdG9yeSBvbiB0aGUgbGFiJ3Mgc2hhcmVkXG4gICAgICAgICAgICAgICAgICBzdG9yYWdlIGlzIHRvIGJlIGRlbGV0ZWQgYnkgdGhlIGxhYidzIHN0b3JhZ2UgY2xlYW4tdXAuIHJ3cyBpdHNlbGYgZGVsZXRlc1xuICAgICAgICAgICAgICAgICAgbm90aGluZzsgcmUtYWRkaW5nIHRoZSB1c2VyIGNhbmNlbHMgdGhlIGZsYWcuXG4gIGRhdGE6IHByZXNlcnZlICAoLS1wcmVzZXJ2ZS1kYXRhKSB0aGUgaG9tZSBkaXJlY3RvcnkgYW5kIHRoZSBmaWxlcyBvd25lZCBieSB0aGUgdWlkIHN0YXkgb25cbiAgICAgICAgICAgICAgICAgIHNoYXJlZCBzdG9yYWdlLCBlLmcuIGZvciBhIHN1Y2Nlc3NvciBvciBhbiBhcmNoaXZlLlxuRmlsZXMgb3V0c2lkZSB0aGUgaG9tZSBkaXJlY3RvcnkgYXJlIG5ldmVyIGRlbGV0ZWQgYnkgZWl0aGVyIGNob2ljZS5gO1xuXG4vKiogUmVqZWN0cyB2YWx1ZXMgd2l0aCBsaW5lIGJyZWFrcyBvciBjb250cm9sIGNoYXJhY3RlcnMgKHRoZXkgd291bGQgY29ycnVwdCB0aGUgcmVnaXN0cnkncyBtZWFuaW5nKS4gKi9cbmZ1bmN0aW9uIHBsYWluKGN0eDogQ29udGV4dCwgb3B0aW9uOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAodmFsdWUgIT09IHVuZGVmaW5lZCAmJiAvW1xceDAwLVxceDFmXFx4N2ZdLy50ZXN0KHZhbHVlKSkge1xuICAgIHRocm93IG5ldyBVc2FnZUVycm9yKGAtLSR7b3B0aW9ufSBtYXkgbm90IGNvbnRhaW4gbGluZSBicmVha3Mgb3IgY29udHJvbCBjaGFyYWN0ZXJzYCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgfVxuICByZXR1cm4gdmFsdWU7XG59XG5cbmZ1bmN0aW9uIHRvZGF5KCk6IHN0cmluZyB7XG4gIHJldHVybiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCkuc2xpY2UoMCwgMTApO1xufVxuXG5mdW5jdGlvbiBkZXNjcmliZSh1OiBSZXNlYXJjaFVzZXIpOiBzdHJpbmcge1xuICBjb25zdCBncm91cCA9IHUucHJpbWFyeUdyb3VwID09PSB1Lm5hbWUgPyBgcHJpdmF0ZSBncm91cCAke3UubmFtZX1gIDogYGdyb3VwICR7dS5wcmltYXJ5R3JvdXB9YDtcbiAgcmV0dXJuIGB1aWQgJHt1LnVpZH0sIGdpZCAke3UuZ2lkfSAoJHtncm91cH0pJHt1Lmdyb3Vwcy5sZW5ndGggPyBgLCBncm91cHMgJHt1Lmdyb3Vwcy5qb2luKCcsICcpfWAgOiAnJ30sIGBcbiAgICArIGAke3Uuc3NoS2V5cy5sZW5ndGh9IFNTSCBrZXkke3Uuc3NoS2V5cy5sZW5ndGggPT09IDEgPyAnJyA6ICdzJ30ke3Uuc3VkbyA/ICcsIHN1ZG8nIDogJyd9YDtcbn1cblxuLyoqIEFkZHMgYHVzZXJgIChlbnRyeSBpbmRleCBgaWApIHRvIGEgZ3JvdXA7IGZhbHNlIHdoZW4gYWxyZWFkeSBhIG1lbWJlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBqb2luR3JvdXAoZWRpdDogUmVnaXN0cnlFZGl0LCBpOiBudW1iZXIsIHVzZXI6IHN0cmluZywgZ3JvdXA6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBlZGl0LnJlcXVpcmVHcm91cChncm91cCk7XG4gIGNvbnN0IGdpID0gZWRpdC5ncm91cEluZGV4KGdyb3VwKTtcbiAgaWYgKGVkaXQuc3RyaW5ncyhbJ3VzZXJzJywgaSwgJ2dyb3VwcyddKS5pbmNsdWRlcyhncm91cCkgfHwgZWRpdC5zdHJpbmdzKFsnZ3JvdXBzJywgZ2ksICdtZW1iZXJzJ10pLmluY2x1ZGVzKHVzZXIpXG4gICAgfHwgZWRpdC5lZC52YWx1ZShbJ3VzZXJzJywgaSwgJ3ByaW1hcnlfZ3JvdXAnXSkgPT09IGdyb3VwKSB7XG4gICAgcmV0dXJuIGZhbHNlO1xuICB9XG4gIGVkaXQuZWQuYXBwZW5kKFsndXNlcnMnLCBpLCAnZ3JvdXBzJ10sIGdyb3VwLCBlZGl0LnVzZXJMaXN0c0FyZUZsb3coJ2dyb3VwcycsIHRydWUpKTtcbiAgcmV0dXJuIHRydWU7XG59XG5cbi8qKiBSZW1vdmVzIGB1c2VyYCBmcm9tIGEgZ3JvdXAgKGl0cyBncm91cHMgbGlzdCBhbmQgdGhlIGdyb3VwJ3MgbWVtYmVycyk7IGZhbHNlIHdoZW4gbm90IGEgbWVtYmVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxlYXZlR3JvdXAoZWRpdDogUmVnaXN0cnlFZGl0LCB1c2VyOiBzdHJpbmcsIGdyb3VwOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3QgaSA9IGVkaXQucmVxdWlyZVVzZXIodXNlcik7XG4gIGNvbnN0IGdpID0gZWRpdC5yZXF1aXJlR3JvdXAoZ3JvdXApO1xuICBpZiAoZWRpdC5lZC52YWx1ZShbJ3VzZXJzJywgaSwgJ3ByaW1hcnlfZ3JvdXAnXSkgPT09IGdyb3VwKSB7XG4gICAgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoW3Byb2JsZW0oe1xuICAgICAgY29kZTogJ3ByaW1hcnktZ3JvdXAnLFxuICAgICAgbWVzc2FnZTogYFwiJHtncm91cH1cIiBpcyB0aGUgcHJpbWFyeSBncm91cCBvZiBcIiR7dXNlcn1cIiBhbmQgY2Fubm90IGJlIGxlZnRgLFxuICAgICAgdmFsdWU6IGdyb3VwLFxuICAgICAgZml4OiBgY2hhbmdlIHByaW1hcnlfZ3JvdXAgb2YgJHt1c2VyfSBpbiAke2VkaXQuZmlsZXMuZmlsZX0gZmlyc3RgLFxuICAgIH0pXSk7XG4gIH1cbiAgY29uc3QgbiA9IGVkaXQucmVtb3ZlU3RyaW5nKFsndXNlcnMnLCBpLCAnZ3JvdXBzJ10sIGdyb3VwKSArIGVkaXQucmVtb3ZlU3RyaW5nKFsnZ3JvdXBzJywgZ2ksICdtZW1iZXJzJ10sIHVzZXIpO1xuICByZXR1cm4gbiA+IDA7XG59XG5cbi8qKiBSZW1vdmVzIGFuIGVudHJ5IGZyb20gdGhlIHJlbW92ZWQ6IGxpc3QgKHdoZW4gdGhlIG5hbWUgaXMgcmUtYWRkZWQpOyByZXR1cm5zIGl0LiAqL1xuZnVuY3Rpb24gdW5yZWNvcmRSZW1vdmFsKGVkaXQ6IFJlZ2lzdHJ5RWRpdCwgbmFtZTogc3RyaW5nKTogUmVtb3ZlZFVzZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCByZW1vdmVkID0gcmVhZFJlbW92ZWQoZWRpdC5lZCkuZmluZCgocikgPT4gci5uYW1lID09PSBuYW1lKTtcbiAgY29uc3QgaSA9IGVkaXQuZWQuaW5kZXhXaGVyZShbJ3JlbW92ZWQnXSwgJ25hbWUnLCBuYW1lKTtcbiAgaWYgKGkgPj0gMCkgZWRpdC5lZC5yZW1vdmVJdGVtKFsncmVtb3ZlZCddLCBpLCAnZGVsZXRlLWtleScpO1xuICByZXR1cm4gcmVtb3ZlZDtcbn1cblxuY29uc3QgS0VZX09QVElPTjogT3B0aW9uU3BlYyA9IHsgbmFtZTogJ2tleScsIHZhbHVlOiAnZmlsZScsIHJlcGVhdDogdHJ1ZSwgaGVscDogJ2FuIFNTSCBwdWJsaWMga2V5IGZpbGUgKC5wdWIpIHRvIGluc3RhbGwgZm9yIHRoZSB1c2VyJyB9O1xuXG5jb25zdCBhZGQ6IENvbW1hbmQgPSB7XG4gIG5hbWU6ICdhZGQnLFxuICBzdW1tYXJ5OiAnQWRkIGEgcmVzZWFyY2ggdXNlciAoY3JlYXRlcyB0aGUgcmVnaXN0cnkgb24gZmlyc3QgdXNlKScsXG4gIGRlc2NyaXB0aW9uOiBgQWRkcyB0aGUgdXNlciBhdCB0aGUgZW5kIG9mIHVzZXJzOiwgdmFsaWRhdGVzIHRoZSB3aG9sZSByZWdpc3RyeSwgYW5kIHdyaXRlcyB0aGUgcmVnaXN0cnlcbmFuZCBpdHMgbG9jay4gVGhlIHVpZCBpcyBhc3NpZ25lZCBieSB0aGUgbG9jayAoc21hbGxlc3QgZnJlZSBpZCBvZiB0aGUgdXNlciByYW5nZSkgdW5sZXNzIC0tdWlkXG5naXZlcyBvbmU7IG9uY2UgYXNzaWduZWQgaXQgbmV2ZXIgY2hhbmdlcy4gQSBuYW1lIHRoYXQgd2FzIHJlbW92ZWQgYmVmb3JlIGdldHMgaXRzIG9sZCB1aWQgYmFjay5gLFxuICBhcmdzOiBbeyBuYW1lOiAnbmFtZScsIGhlbHA6ICdsb2dpbiBuYW1lIChsb3dlci1jYXNlIGxldHRlcnMsIGRpZ2l0cywgXCJfXCIgYW5kIFwiLVwiLCBzdGFydGluZyB3aXRoIGEgbGV0dGVyKScgfV0sXG4gIG9wdGlvbnM6IFtcbiAgICBSRUdJU1RSWV9PUFRJT04sXG4gICAgeyBuYW1lOiAndWlkJywgdmFsdWU6ICdOJywgaGVscDogJ2EgZml4ZWQgdWlkIChhdCBsZWFzdCAxMDAwIGFuZCBub3QgdXNlZCBiZWZvcmUpJyB9LFxuICAgIHsgbmFtZTogJ2dyb3VwcycsIHZhbHVlOiAnYSxiJywgcmVwZWF0OiB0cnVlLCBoZWxwOiAncmVnaXN0cnkgZ3JvdXBzIHRvIGpvaW4gKGNvbW1hLXNlcGFyYXRlZCknIH0sXG4gICAgeyBuYW1lOiAnc2hlbGwnLCB2YWx1ZTogJ3BhdGgnLCBoZWxwOiAnbG9naW4gc2hlbGwgKGRlZmF1bHQgL2Jpbi9iYXNoKScgfSxcbiAgICBLRVlfT1BUSU9OLFxuICAgIHsgbmFtZTogJ2VtYWlsJywgdmFsdWU6ICdhZGRyZXNzJywgaGVscDogJ2VtYWlsIGFkZHJlc3MnIH0sXG4gICAgeyBuYW1lOiAnZnVsbC1uYW1lJywgdmFsdWU6ICd0ZXh0JywgaGVscDogJ2Z1bGwgbmFtZScgfSxcbiAgICB7IG5hbWU6ICdzdWRvJywgaGVscDogJ2FsbG93IHN1ZG8gb24gd29ya3NwYWNlcycgfSxcbiAgXSxcbiAgZXhhbXBsZXM6IFsncndzIHVzZXJzIGFkZCBhbGljZSAtLWdyb3VwcyBnZW5vbWljcyAtLWtleSB+L2tleXMvYWxpY2UucHViIC0tZW1haWwgYWxpY2VAZXhhbXBsZS5lZHUnLCAncndzIHVzZXJzIGFkZCBib2IgLS11aWQgNTEwMCAtLXJlZ2lzdHJ5IGxhYi91c2Vycy55YW1sJ10sXG4gIHJ1bihjdHgsIGlucHV0KSB7XG4gICAgY29uc3QgbmFtZSA9IGlucHV0LmFyZ3NbMF07XG4gICAgY29uc3QgdWlkID0gaW5wdXQuaW50KCd1aWQnKTtcbiAgICBjb25zdCBncm91cHMgPSBpbnB1dC5saXN0KCdncm91cHMnLCB0cnVlKTtcbiAgICBjb25zdCBrZXlzID0gaW5wdXQubGlzdCgna2V5JykuZmxhdE1hcCgoZikgPT4gcmVhZEtleUZpbGUoY3R4LCBmKSk7XG4gICAgY29uc3QgZWRpdCA9IG5ldyBSZWdpc3RyeUVkaXQocmVhZFJlZ2lzdHJ5RmlsZXMoY3R4LCBpbnB1dCwgdHJ1ZSkpO1xuICAgIGlmIChlZGl0LnVzZXJJbmRleChuYW1lKSA+PSAwKSB7XG4gICAgICB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihbcHJvYmxlbSh7XG4gICAgICAgIGNvZGU6ICdkdXBsaWNhdGUtbmFtZScsXG4gICAgICAgIG1lc3NhZ2U6IGB1c2VyIFwiJHtuYW1lfVwiIGlzIGFscmVhZHkgaW4gJHtlZGl0LmZpbGVzLmZpbGV9YCxcbiAgICAgICAgdmFsdWU6IG5hbWUsXG4gICAgICAgIGZpeDogYGNoYW5nZSBpdCB3aXRoIFwicndzIHVzZXJzIG1vZGlmeSAke25hbWV9XCIsIG9yIGNob29zZSBhbm90aGVyIG5hbWVgLFxuICAgICAgfSldKTtcbiAgICB9XG4gICAgZ3JvdXBzLmZvckVhY2goKGcpID0+IGVkaXQucmVxdWlyZUdyb3VwKGcpKTtcbiAgICBjb25zdCBlbnRyaWVzOiBBcnJheTxbc3RyaW5nLCBhbnldPiA9IFtbJ25hbWUnLCBuYW1lXV07XG4gICAgaWYgKHVpZCAhPT0gdW5kZWZpbmVkKSBlbnRyaWVzLnB1c2goWyd1aWQnLCB1aWRdKTtcbiAgICBjb25zdCBmdWxsTmFtZSA9IHBsYWluKGN0eCwgJ2Z1bGwtbmFtZScsIGlucHV0LnN0cignZnVsbC1uYW1lJykpO1xuICAgIGlmIChmdWxsTmFtZSAhPT0gdW5kZWZpbmVkKSBlbnRyaWVzLnB1c2goWydmdWxsX25hbWUnLCBmdWxsTmFtZV0pO1xuICAgIGNvbnN0IGVtYWlsID0gcGxhaW4oY3R4LCAnZW1haWwnLCBpbnB1dC5zdHIoJ2VtYWlsJykpO1xuICAgIGlmIChlbWFpbCAhPT0gdW5kZWZpbmVkKSBlbnRyaWVzLnB1c2goWydlbWFpbCcsIGVtYWlsXSk7XG4gICAgaWYgKGdyb3Vwcy5sZW5ndGgpIGVudHJpZXMucHVzaChbJ2dyb3VwcycsIHNlcU5vZGUoWy4uLm5ldyBTZXQoZ3JvdXBzKV0sIGVkaXQudXNlckxpc3RzQXJlRmxvdygnZ3JvdXBzJywgdHJ1ZSkpXSk7XG4gICAgY29uc3Qgc2hlbGwgPSBwbGFpbihjdHgsICdzaGVsbCcsIGlucHV0LnN0cignc2hlbGwnKSk7XG4gICAgaWYgKHNoZWxsICE9PSB1bmRlZmluZWQpIGVudHJpZXMucHVzaChbJ3NoZWxsJywgc2hlbGxdKTtcbiAgICBpZiAoaW5wdXQuZmxhZygnc3VkbycpKSBlbnRyaWVzLnB1c2goWydzdWRvJywgdHJ1ZV0pO1xuICAgIGlmIChrZXlzLmxlbmd0aCkgZW50cmllcy5wdXNoKFsnc3NoX2tleXMnLCBzZXFOb2RlKFsuLi5uZXcgU2V0KGtleXMubWFwKChrKSA9PiBrLmxpbmUpKV0sIGVkaXQudXNlckxpc3RzQXJlRmxvdygnc3NoX2tleXMnLCBmYWxzZSkpXSk7XG4gICAgZWRpdC5lZC5hcHBlbmQoWyd1c2VycyddLCBtYXBOb2RlKGVudHJpZXMsIGVkaXQuaXRlbXNBcmVGbG93KFsndXNlcnMnXSwgZmFsc2UpKSk7XG4gICAgY29uc3QgcmVzdG9yZWQgPSB1bnJlY29yZFJlbW92YWwoZWRpdCwgbmFtZSk7XG4gICAgcmV0dXJuIGZpbmlzaChjdHgsIGVkaXQsIChyKSA9PiB7XG4gICAgICBjb25zdCB1ID0gci51c2VyKG5hbWUpO1xuICAgICAgY29uc3QgYmFjayA9IHJlc3RvcmVkID8gYCAocmUtYWRkZWQ6IHRoZSB1aWQgaXQgaGFkIGJlZm9yZSR7cmVzdG9yZWQuZGF0YSA9PT0gJ2RlbGV0ZScgPyAnOyB0aGUgcGVuZGluZyBkYXRhIHJlbW92YWwgaXMgY2FuY2VsbGVkJyA6ICcnfSlgIDogJyc7XG4gICAgICByZXR1cm4geyB0ZXh0OiBgYWRkZWQgdXNlciAke25hbWV9OiAke2Rlc2NyaWJlKHUpfSR7YmFja31gLCBqc29uOiB7IGFjdGlvbjogJ2FkZGVkJywgcmVzdG9yZWQ6IHJlc3RvcmVkICE9PSB1bmRlZmluZWQsIHVzZXI6IHUgfSB9O1xuICAgIH0pO1xuICB9LFxufTtcblxuY29uc3QgcmVtb3ZlOiBDb21tYW5kID0ge1xuICBuYW1lOiAncmVtb3ZlJyxcbiAgc3VtbWFyeTogJ1JlbW92ZSBhIHVzZXI7IHRoZSB1aWQgaXMgcmV0aXJlZCwgbmV2ZXIgcmV1c2VkJyxcbiAgZGVzY3JpcHRpb246IFBSRVNFUlZFX0RBVEFfSEVMUCArICdcXG5UaGUgdXNlciBpcyBhbHNvIHRha2VuIG91dCBvZiBldmVyeSBncm91cFxcJ3MgbWVtYmVyczogbGlzdC4nLFxuICBhcmdzOiBbeyBuYW1lOiAnbmFtZScsIGhlbHA6ICd0aGUgdXNlcicgfV0sXG4gIG9wdGlvbnM6IFtSRUdJU1RSWV9PUFRJT04sIHsgbmFtZTogJ3ByZXNlcnZlLWRhdGEnLCBoZWxwOiAna2VlcCB0aGUgdXNlclxcJ3MgaG9tZSBkaXJlY3RvcnkgYW5kIGZpbGVzIG9uIHNoYXJlZCBzdG9yYWdlIChyZWNvcmRlZCBhcyBkYXRhOiBwcmVzZXJ2ZSknIH1dLFxuICBleGFtcGxlczogWydyd3MgdXNlcnMgcmVtb3ZlIGJvYicsICdyd3MgdXNlcnMgcmVtb3ZlIGNhcm9sIC0tcHJlc2VydmUtZGF0YSddLFxuICBydW4oY3R4LCBpbnB1dCkge1xuICAgIGNvbnN0IG5hbWUgPSBpbnB1dC5hcmdzWzBdO1xuICAgIGNvbnN0IGVkaXQgPSBuZXcgUmVnaXN0cnlFZGl0KHJlYWRSZWdpc3RyeUZpbGVzKGN0eCwgaW5wdXQsIGZhbHNlKSk7XG4gICAgY29uc3QgaSA9IGVkaXQucmVxdWlyZVVzZXIobmFtZSk7XG4gICAgY29uc3QgdWlkID0gZWRpdC5iZWZvcmU/LnVzZXIobmFtZSkudWlkID8/IGxvY2tlZFVpZChlZGl0LmZpbGVzLmxvY2tUZXh0LCBuYW1lKTtcbiAgICBlZGl0LmVkLnJlbW92ZUl0ZW0oWyd1c2VycyddLCBpLCAnZW1wdHktbGlzdCcpO1xuICAgIGNvbnN0IGdyb3VwcyA9IGVkaXQuZ3JvdXBOYW1lcygpLmZpbHRlcigoZykgPT4gZWRpdC5yZW1vdmVTdHJpbmcoWydncm91cHMnLCBlZGl0Lmdyb3VwSW5kZXgoZyksICdtZW1iZXJzJ10sIG5hbWUpID4gMCk7XG4gICAgdW5yZWNvcmRSZW1vdmFsKGVkaXQsIG5hbWUpO1xuICAgIGNvbnN0IGRhdGEgPSBpbnB1dC5mbGFnKCdwcmVzZXJ2ZS1kYXRhJykgPyAncHJlc2VydmUnIDogJ2RlbGV0ZSc7XG4gICAgY29uc3QgZW50cnk6IEFycmF5PFtzdHJpbmcsIGFueV0+ID0gW1snbmFtZScsIG5hbWVdXTtcbiAgICBpZiAodWlkICE9PSB1bmRlZmluZWQpIGVudHJ5LnB1c2goWyd1aWQnLCB1aWRdKTtcbiAgICBlbnRyeS5wdXNoKFsnZGF0YScsIGRhdGFdLCBbJ3JlbW92ZWRfb24nLCBzY2FsYXJOb2RlKHRvZGF5KCkpXSk7XG4gICAgZWRpdC5lZC5hcHBlbmQoWydyZW1vdmVkJ10sIG1hcE5vZGUoZW50cnksIHRydWUpKTtcbiAgICByZXR1cm4gZmluaXNoKGN0eCwgZWRpdCwgKHIpID0+ICh7XG4gICAgICB0ZXh0OiBbXG4gICAgICAgIGByZW1vdmVkIHVzZXIgJHtuYW1lfSR7dWlkICE9PSB1bmRlZmluZWQgPyBgOyB1aWQgJHt1aWR9IGlzIHJldGlyZWQgYW5kIG5ldmVyIGdpdmVuIHRvIGFueW9uZSBlbHNlYCA6ICcnfWAsXG4gICAgICAgIC4uLihncm91cHMubGVuZ3RoID8gW2AgIHRha2VuIG91dCBvZiB0aGUgbWVtYmVycyBvZiAke2dyb3Vwcy5qb2luKCcsICcpfWBdIDogW10pLFxuICAgICAgICBkYXRhID09PSAncHJlc2VydmUnXG4gICAgICAgICAgPyAnICBkYXRhOiBwcmVzZXJ2ZTogdGhlIGhvbWUgZGlyZWN0b3J5IGFuZCBmaWxlcyBzdGF5IG9uIHNoYXJlZCBzdG9yYWdlJ1xuICAgICAgICAgIDogJyAgZGF0YTogZGVsZXRlOiBmbGFnZ2VkIGZvciBkYXRhIHJlbW92YWwgKGhvbWUgZGlyZWN0b3J5IG9uIHNoYXJlZCBzdG9yYWdlKTsgdXNlIC0tcHJlc2VydmUtZGF0YSB0byBrZWVwIGl0JyxcbiAgICAgIF0uam9pbignXFxuJyksXG4gICAgICBqc29uOiB7IGFjdGlvbjogJ3JlbW92ZWQnLCBuYW1lLCB1aWQsIGRhdGEsIHJldGlyZWRJZHM6IHIucmV0aXJlZElkcygpLCBtZW1iZXJzaGlwc1JlbW92ZWQ6IGdyb3VwcyB9LFxuICAgIH0pKTtcbiAgfSxcbn07XG5cbmZ1bmN0aW9uIGxvY2tlZFVpZChsb2NrVGV4dDogc3RyaW5nIHwgdW5kZWZpbmVkLCBuYW1lOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiBsb2NrVGV4dCA/IEpTT04ucGFyc2UobG9ja1RleHQpLnVzZXJzPy5bbmFtZV0gOiB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuY29uc3QgbGlzdDogQ29tbWFuZCA9IHtcbiAgbmFtZTogJ2xpc3QnLFxuICBzdW1tYXJ5OiAnTGlzdCB1c2VycyB3aXRoIHRoZWlyIGlkcywgZ3JvdXBzIGFuZCBrZXlzJyxcbiAgb3B0aW9uczogW1JFR0lTVFJZX09QVElPTiwgeyBuYW1lOiAncmVtb3ZlZCcsIGhlbHA6ICdsaXN0IHJlbW92ZWQgdXNlcnMgaW5zdGVhZCAocmVjb3JkZWQgdW5kZXIgcmVtb3ZlZDopJyB9XSxcbiAgcnVuKGN0eCwgaW5wdXQpIHtcbiAgICBjb25zdCB7IHJlZ2lzdHJ5LCByZW1vdmVkIH0gPSBsb2FkUmVnaXN0cnkoY3R4LCBpbnB1dCk7XG4gICAgaWYgKGlucHV0LmZsYWcoJ3JlbW92ZWQnKSkge1xuICAgICAgaWYgKGN0eC5vdXQuanNvbikgY3R4Lm91dC5wcmludEpzb24ocmVtb3ZlZCk7XG4gICAgICBlbHNlIGN0eC5vdXQudGFibGUoWydOQU1FJywgJ1VJRCAoUkVUSVJFRCknLCAnREFUQScsICdSRU1PVkVEIE9OJ10sIHJlbW92ZWQubWFwKChyKSA9PiBbci5uYW1lLCByLnVpZCwgci5kYXRhLCByLnJlbW92ZWRPbl0pKTtcbiAgICAgIHJldHVybiBFWElUX09LO1xuICAgIH1cbiAgICBpZiAoY3R4Lm91dC5qc29uKSB7XG4gICAgICBjdHgub3V0LnByaW50SnNvbihyZWdpc3RyeS51c2Vycyk7XG4gICAgICByZXR1cm4gRVhJVF9PSztcbiAgICB9XG4gICAgY3R4Lm91dC50YWJsZShbJ05BTUUnLCAnVUlEJywgJ0dJRCcsICdHUk9VUFMnLCAnS0VZUycsICdTVURPJywgJ1NIRUxMJywgJ0VNQUlMJ10sIHJlZ2lzdHJ5LnVzZXJzLm1hcCgodSkgPT4gW1xuICAgICAgdS5uYW1lLCB1LnVpZCwgdS5naWQsIFt1LnByaW1hcnlHcm91cCA9PT0gdS5uYW1lID8gdW5kZWZpbmVkIDogYCR7dS5wcmltYXJ5R3JvdXB9IChwcmltYXJ5KWAsIC4uLnUuZ3JvdXBzXS5maWx0ZXIoQm9vbGVhbikuam9pbignLCAnKSB8fCB1bmRlZmluZWQsXG4gICAgICB1LnNzaEtleXMubGVuZ3RoLCB1LnN1ZG8gPyAneWVzJyA6ICdubycsIHUuc2hlbGwsIHUuZW1haWwsXG4gICAgXSkpO1xuICAgIGlmIChyZW1vdmVkLmxlbmd0aCkgY3R4Lm91dC5ub3RlKGAke3JlbW92ZWQubGVuZ3RofSByZW1vdmVkIHVzZXIke3JlbW92ZWQubGVuZ3RoID4gMSA/ICdzJyA6ICcnfSAoaWRzIHJldGlyZWQpOiBzZWUgXCJyd3MgdXNlcnMgbGlzdCAtLXJlbW92ZWRcImApO1xuICAgIHJldHVybiBFWElUX09LO1xuICB9LFxufTtcblxuY29uc3Qgc2hvdzogQ29tbWFuZCA9IHtcbiAgbmFtZTogJ3Nob3cnLFxuICBzdW1tYXJ5OiAnU2hvdyBvbmUgdXNlcjogaWRzLCBncm91cHMsIGlkZW50aXRpZXMsIGtleXMnLFxuICBhcmdzOiBbeyBuYW1lOiAnbmFtZScsIGhlbHA6ICd0aGUgdXNlcicgfV0sXG4gIG9wdGlvbnM6IFtSRUdJU1RSWV9PUFRJT05dLFxuICBydW4oY3R4LCBpbnB1dCkge1xuICAgIGNvbnN0IHsgcmVnaXN0cnkgfSA9IGxvYWRSZWdpc3RyeShjdHgsIGlucHV0KTtcbiAgICBjb25zdCB1ID0gcmVnaXN0cnkudXNlcihpbnB1dC5hcmdzWzBdKTtcbiAgICBpZiAoY3R4Lm91dC5qc29uKSB7XG4gICAgICBjdHgub3V0LnByaW50SnNvbih1KTtcbiAgICAgIHJldHVybiBFWElUX09LO1xuICAgIH1cbiAgICBjdHgub3V0LmhlYWRpbmcodS5uYW1lKTtcbiAgICBjb25zdCByb3dzOiBBcnJheTxbc3RyaW5nLCBzdHJpbmcgfCBudW1iZXIgfCB1bmRlZmluZWRdPiA9IFtcbiAgICAgIFsndWlkJywgdS51aWRdLFxuICAgICAgWydnaWQnLCBgJHt1LmdpZH0gKCR7dS5wcmltYXJ5R3JvdXAgPT09IHUubmFtZSA/ICdwcml2YXRlIGdyb3VwJyA6ICdncm91cCd9ICR7dS5wcmltYXJ5R3JvdXB9KWBdLFxuICAgICAgWydncm91cHMnLCB1Lmdyb3Vwcy5qb2luKCcsICcpIHx8ICcobm9uZSknXSxcbiAgICAgIFsnc2hlbGwnLCB1LnNoZWxsXSxcbiAgICAgIFsnc3VkbycsIHUuc3VkbyA/ICd5ZXMnIDogJ25vJ10sXG4gICAgICBbJ2Z1bGwgbmFtZScsIHUuZnVsbE5hbWVdLFxuICAgICAgWydlbWFpbCcsIHUuZW1haWxdLFxuICAgICAgWydvcmNpZCcsIHUub3JjaWRdLFxuICAgICAgWydnbG9idXMgaWQnLCB1Lmdsb2J1c0lkXSxcbiAgICAgIFsnZXh0ZXJuYWwgaWQnLCB1LmV4dGVybmFsSWRdLFxuICAgIF07XG4gICAgZm9yIChjb25zdCBbaywgdl0gb2Ygcm93cykgaWYgKHYgIT09IHVuZGVmaW5lZCkgY3R4Lm91dC5saW5lKGAgICR7ay5wYWRFbmQoMTIpfSR7dn1gKTtcbiAgICBjdHgub3V0LmxpbmUoKTtcbiAgICBwcmludEtleXMoY3R4LCB1KTtcbiAgICByZXR1cm4gRVhJVF9PSztcbiAgfSxcbn07XG5cbmZ1bmN0aW9uIHByaW50S2V5cyhjdHg6IENvbnRleHQsIHU6IFJlc2VhcmNoVXNlcik6IHZvaWQge1xuICBpZiAodS5zc2hLZXlzLmxlbmd0aCA9PT0gMCkge1xuICAgIGN0eC5vdXQubGluZShgJHt1Lm5hbWV9IGhhcyBubyBTU0gga2V5czsgYWRkIG9uZSB3aXRoIFwicndzIHVzZXJzIGFkZC1rZXkgJHt1Lm5hbWV9IDxmaWxlLnB1Yj5cImApO1xuICAgIHJldHVybjtcbiAgfVxuICBjdHgub3V0LnRhYmxlKFsnRklOR0VSUFJJTlQnLCAnVFlQRScsICdCSVRTJywgJ0NPTU1FTlQnXSwgdS5zc2hLZXlzLm1hcCgoaykgPT4gW2suZmluZ2VycHJpbnQsIGsudHlwZSwgay5iaXRzLCBrLmNvbW1lbnRdKSk7XG59XG5cbmNvbnN0IG1vZGlmeTogQ29tbWFuZCA9IHtcbiAgbmFtZTogJ21vZGlmeScsXG4gIHN1bW1hcnk6ICdDaGFuZ2UgYSB1c2VyXFwncyBncm91cHMsIHNoZWxsLCBlbWFpbCBvciBzdWRvJyxcbiAgYXJnczogW3sgbmFtZTogJ25hbWUnLCBoZWxwOiAndGhlIHVzZXInIH1dLFxuICBvcHRpb25zOiBbXG4gICAgUkVHSVNUUllfT1BUSU9OLFxuICAgIHsgbmFtZTogJ2FkZC1ncm91cCcsIHZhbHVlOiAnZ3JvdXAnLCByZXBlYXQ6IHRydWUsIGhlbHA6ICdqb2luIGEgcmVnaXN0cnkgZ3JvdXAgKGNvbW1hLXNlcGFyYXRlZCBsaXN0IGFsbG93ZWQpJyB9LFxuICAgIHsgbmFtZTogJ3JlbW92ZS1ncm91cCcsIHZhbHVlOiAnZ3JvdXAnLCByZXBlYXQ6IHRydWUsIGhlbHA6ICdsZWF2ZSBhIGdyb3VwJyB9LFxuICAgIHsgbmFtZTogJ3NoZWxsJywgdmFsdWU6ICdwYXRoJywgaGVscDogJ2xvZ2luIHNoZWxsJyB9LFxuICAgIHsgbmFtZTogJ2VtYWlsJywgdmFsdWU6ICdhZGRyZXNzJywgaGVscDogJ2VtYWlsIGFkZHJlc3MnIH0sXG4gICAgeyBuYW1lOiAnZnVsbC1uYW1lJywgdmFsdWU6ICd0ZXh0JywgaGVscDogJ2Z1bGwgbmFtZScgfSxcbiAgICB7IG5hbWU6ICdzdWRvJywgbmVnYXRhYmxlOiB0cnVlLCBoZWxwOiAnYWxsb3cgKC0tc3Vkbykgb3IgZm9yYmlkICgtLW5vLXN1ZG8pIHN1ZG8gb24gd29ya3NwYWNlcycgfSxcbiAgXSxcbiAgZXhhbXBsZXM6IFsncndzIHVzZXJzIG1vZGlmeSBhbGljZSAtLWFkZC1ncm91cCBpbWFnaW5nIC0tcmVtb3ZlLWdyb3VwIGdlbm9taWNzJywgJ3J3cyB1c2VycyBtb2RpZnkgYm9iIC0tc2hlbGwgL2Jpbi96c2ggLS1uby1zdWRvJ10sXG4gIHJ1bihjdHgsIGlucHV0KSB7XG4gICAgY29uc3QgbmFtZSA9IGlucHV0LmFyZ3NbMF07XG4gICAgY29uc3QgYWRkR3JvdXBzID0gaW5wdXQubGlzdCgnYWRkLWdyb3VwJywgdHJ1ZSk7XG4gICAgY29uc3QgcmVtb3ZlR3JvdXBzID0gaW5wdXQubGlzdCgncmVtb3ZlLWdyb3VwJywgdHJ1ZSk7XG4gICAgaWYgKCFhZGRHcm91cHMubGVuZ3RoICYmICFyZW1vdmVHcm91cHMubGVuZ3RoICYmICFbJ3NoZWxsJywgJ2VtYWlsJywgJ2Z1bGwtbmFtZScsICdzdWRvJ10uc29tZSgobykgPT4gaW5wdXQuaGFzKG8pKSkge1xuICAgICAgdGhyb3cgbmV3IFVzYWdlRXJyb3IoJ25vdGhpbmcgdG8gbW9kaWZ5OiBnaXZlIC0tYWRkLWdyb3VwLCAtLXJlbW92ZS1ncm91cCwgLS1zaGVsbCwgLS1lbWFpbCwgLS1mdWxsLW5hbWUgb3IgLS1bbm8tXXN1ZG8nLCBjdHguY29tbWFuZE5hbWUpO1xuICAgIH1cbiAgICBjb25zdCBlZGl0ID0gbmV3IFJlZ2lzdHJ5RWRpdChyZWFkUmVnaXN0cnlGaWxlcyhjdHgsIGlucHV0LCBmYWxzZSkpO1xuICAgIGNvbnN0IGkgPSBlZGl0LnJlcXVpcmVVc2VyKG5hbWUpO1xuICAgIGNvbnN0IG5vdGVzOiBzdHJpbmdbXSA9IFtdO1xuICAgIGZvciAoY29uc3QgZyBvZiBhZGRHcm91cHMpIGlmICgham9pbkdyb3VwKGVkaXQsIGksIG5hbWUsIGcpKSBub3Rlcy5wdXNoKGBhbHJlYWR5IGluICR7Z31gKTtcbiAgICBmb3IgKGNvbnN0IGcgb2YgcmVtb3ZlR3JvdXBzKSBpZiAoIWxlYXZlR3JvdXAoZWRpdCwgbmFtZSwgZykpIG5vdGVzLnB1c2goYG5vdCBpbiAke2d9YCk7XG4gICAgZm9yIChjb25zdCBbb3B0aW9uLCBrZXldIG9mIFtbJ3NoZWxsJywgJ3NoZWxsJ10sIFsnZW1haWwnLCAnZW1haWwnXSwgWydmdWxsLW5hbWUnLCAnZnVsbF9uYW1lJ11dIGFzIGNvbnN0KSB7XG4gICAgICBjb25zdCB2ID0gcGxhaW4oY3R4LCBvcHRpb24sIGlucHV0LnN0cihvcHRpb24pKTtcbiAgICAgIGlmICh2ICE9PSB1bmRlZmluZWQgJiYgZWRpdC5lZC52YWx1ZShbJ3VzZXJzJywgaSwga2V5XSkgIT09IHYpIGVkaXQuZWQuc2V0KFsndXNlcnMnLCBpXSwga2V5LCB2KTtcbiAgICB9XG4gICAgY29uc3Qgc3VkbyA9IGlucHV0LmZsYWcoJ3N1ZG8nKTtcbiAgICBpZiAoc3VkbyA9PT0gdHJ1ZSAmJiBlZGl0LmVkLnZhbHVlKFsndXNlcnMnLCBpLCAnc3VkbyddKSAhPT0gdHJ1ZSkgZWRpdC5lZC5zZXQoWyd1c2VycycsIGldLCAnc3VkbycsIHRydWUpO1xuICAgIGlmIChzdWRvID09PSBmYWxzZSAmJiBlZGl0LmVkLnZhbHVlKFsndXNlcnMnLCBpLCAnc3VkbyddKSAhPT0gdW5kZWZpbmVkKSBlZGl0LmVkLmRlbGV0ZShbJ3VzZXJzJywgaV0sICdzdWRvJyk7XG4gICAgbm90ZXMuZm9yRWFjaCgobikgPT4gY3R4Lm91dC5ub3RlKGAke25hbWV9IGlzICR7bn1gKSk7XG4gICAgcmV0dXJuIGZpbmlzaChjdHgsIGVkaXQsIChyKSA9PiAoeyB0ZXh0OiBgbW9kaWZpZWQgdXNlciAke25hbWV9OiAke2Rlc2NyaWJlKHIudXNlcihuYW1lKSl9YCwganNvbjogeyBhY3Rpb246ICdtb2RpZmllZCcsIHVzZXI6IHIudXNlcihuYW1lKSB9IH0pKTtcbiAgfSxcbn07XG5cbmNvbnN0IGFkZEtleTogQ29tbWFuZCA9IHtcbiAgbmFtZTogJ2FkZC1rZXknLFxuICBzdW1tYXJ5OiAnQWRkIFNTSCBwdWJsaWMga2V5cyBmcm9tIGEgZmlsZSB0byBhIHVzZXInLFxuICBkZXNjcmlwdGlvbjogJ0V2ZXJ5IGtleSBsaW5lIG9mIHRoZSBmaWxlIGlzIGNoZWNrZWQgKGVkMjU1MTksIGVjZHNhLCByc2Egb2YgYXQgbGVhc3QgMzA3MiBiaXRzKTsgYSBrZXkgYWxyZWFkeSBsaXN0ZWQgZm9yIHRoZSB1c2VyIGlzIHNraXBwZWQ7IGEga2V5IG9mIGFub3RoZXIgdXNlciBpcyByZWZ1c2VkLicsXG4gIGFyZ3M6IFt7IG5hbWU6ICduYW1lJywgaGVscDogJ3RoZSB1c2VyJyB9LCB7IG5hbWU6ICdmaWxlJywgaGVscDogJ2EgcHVibGljIGtleSBmaWxlICgucHViKSwgb25lIGtleSBwZXIgbGluZScgfV0sXG4gIG9wdGlvbnM6IFtSRUdJU1RSWV9PUFRJT05dLFxuICBleGFtcGxlczogWydyd3MgdXNlcnMgYWRkLWtleSBhbGljZSB+L2tleXMvYWxpY2UtbGFwdG9wLnB1YiddLFxuICBydW4oY3R4LCBpbnB1dCkge1xuICAgIGNvbnN0IFtuYW1lLCBmaWxlXSA9IGlucHV0LmFyZ3M7XG4gICAgY29uc3Qga2V5cyA9IHJlYWRLZXlGaWxlKGN0eCwgZmlsZSk7XG4gICAgY29uc3QgZWRpdCA9IG5ldyBSZWdpc3RyeUVkaXQocmVhZFJlZ2lzdHJ5RmlsZXMoY3R4LCBpbnB1dCwgZmFsc2UpKTtcbiAgICBjb25zdCBhZGRlZDogc3RyaW5nW10gPSBbXTtcbiAgICBjb25zdCBpID0gZWRpdC5yZXF1aXJlVXNlcihuYW1lKTtcbiAgICBmb3IgKGNvbnN0IGsgb2Yga2V5cykge1xuICAgICAgaWYgKGZpbmdlcnByaW50cyhlZGl0LnN0cmluZ3MoWyd1c2VycycsIGksICdzc2hfa2V5cyddKSkuaW5jbHVkZXMoay5maW5nZXJwcmludCkpIHtcbiAgICAgICAgY3R4Lm91dC5ub3RlKGAke25hbWV9IGFscmVhZHkgaGFzIGtleSAke2suZmluZ2VycHJpbnR9YCk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgZWRpdC5lZC5hcHBlbmQoWyd1c2VycycsIGksICdzc2hfa2V5cyddLCBrLmxpbmUsIGVkaXQudXNlckxpc3RzQXJlRmxvdygnc3NoX2tleXMnLCBmYWxzZSkpO1xuICAgICAgYWRkZWQucHVzaChrLmZpbmdlcnByaW50KTtcbiAgICB9XG4gICAgcmV0dXJuIGZpbmlzaChjdHgsIGVkaXQsIChyKSA9PiAoe1xuICAgICAgdGV4dDogYWRkZWQubWFwKChmKSA9PiBgYWRkZWQga2V5ICR7Zn0gdG8gJHtuYW1lfWApLmpvaW4oJ1xcbicpLFxuICAgICAganNvbjogeyBhY3Rpb246ICdhZGRlZC1rZXlzJywgbmFtZSwgYWRkZWQsIGtleXM6IHIudXNlcihuYW1lKS5zc2hLZXlzIH0sXG4gICAgfSkpO1xuICB9LFxufTtcblxuY29uc3QgcmVtb3ZlS2V5OiBDb21tYW5kID0ge1xuICBuYW1lOiAncmVtb3ZlLWtleScsXG4gIHN1bW1hcnk6ICdSZW1vdmUgb25lIG9mIGEgdXNlclxcJ3MgU1NIIGtleXMgYnkgZmluZ2VycHJpbnQnLFxuICBhcmdzOiBbeyBuYW1lOiAnbmFtZScsIGhlbHA6ICd0aGUgdXNlcicgfSwgeyBuYW1lOiAnZmluZ2VycHJpbnQnLCBoZWxwOiAnU0hBMjU2Oi4uLiBhcyBzaG93biBieSBcInJ3cyB1c2VycyBsaXN0LWtleXNcIiAob3Igc3NoLWtleWdlbiAtbGYpJyB9XSxcbiAgb3B0aW9uczogW1JFR0lTVFJZX09QVElPTl0sXG4gIHJ1bihjdHgsIGlucHV0KSB7XG4gICAgY29uc3QgW25hbWUsIGdpdmVuXSA9IGlucHV0LmFyZ3M7XG4gICAgY29uc3QgZnAgPSBnaXZlbi5zdGFydHNXaXRoKCdTSEEyNTY6JykgPyBnaXZlbiA6IGBTSEEyNTY6JHtnaXZlbn1gO1xuICAgIGNvbnN0IGVkaXQgPSBuZXcgUmVnaXN0cnlFZGl0KHJlYWRSZWdpc3RyeUZpbGVzKGN0eCwgaW5wdXQsIGZhbHNlKSk7XG4gICAgY29uc3QgaSA9IGVkaXQucmVxdWlyZVVzZXIobmFtZSk7XG4gICAgY29uc3QgaW5kZXggPSBmaW5nZXJwcmludHMoZWRpdC5zdHJpbmdzKFsndXNlcnMnLCBpLCAnc3NoX2tleXMnXSkpLmluZGV4T2YoZnApO1xuICAgIGlmIChpbmRleCA8IDApIHtcbiAgICAgIHRocm93IG5ldyBXb3Jrc3BhY2VJbnB1dEVycm9yKFtwcm9ibGVtKHtcbiAgICAgICAgY29kZTogJ3Vua25vd24ta2V5JyxcbiAgICAgICAgbWVzc2FnZTogYHVzZXIgXCIke25hbWV9XCIgaGFzIG5vIGtleSB3aXRoIGZpbmdlcnByaW50ICR7ZnB9YCxcbiAgICAgICAgdmFsdWU6IGdpdmVuLFxuICAgICAgICBmaXg6IGBydW4gXCJyd3MgdXNlcnMgbGlzdC1rZXlzICR7bmFtZX1cIiBmb3IgdGhlIGZpbmdlcnByaW50c2AsXG4gICAgICB9KV0pO1xuICAgIH1cbiAgICBlZGl0LmVkLnJlbW92ZUl0ZW0oWyd1c2VycycsIGksICdzc2hfa2V5cyddLCBpbmRleCwgJ2RlbGV0ZS1rZXknKTtcbiAgICByZXR1cm4gZmluaXNoKGN0eCwgZWRpdCwgKHIpID0+ICh7XG4gICAgICB0ZXh0OiBgcmVtb3ZlZCBrZXkgJHtmcH0gZnJvbSAke25hbWV9ICgke3IudXNlcihuYW1lKS5zc2hLZXlzLmxlbmd0aH0gbGVmdClgLFxuICAgICAganNvbjogeyBhY3Rpb246ICdyZW1vdmVkLWtleScsIG5hbWUsIGZpbmdlcnByaW50OiBmcCwga2V5czogci51c2VyKG5hbWUpLnNzaEtleXMgfSxcbiAgICB9KSk7XG4gIH0sXG59O1xuXG5jb25zdCBsaXN0S2V5czogQ29tbWFuZCA9IHtcbiAgbmFtZTogJ2xpc3Qta2V5cycsXG4gIHN1bW1hcnk6ICdMaXN0IGEgdXNlclxcJ3MgU1NIIGtleXMgd2l0aCBmaW5nZXJwcmludHMnLFxuICBhcmdzOiBbeyBuYW1lOiAnbmFtZScsIGhlbHA6ICd0aGUgdXNlcicgfV0sXG4gIG9wdGlvbnM6IFtSRUdJU1RSWV9PUFRJT05dLFxuICBydW4oY3R4LCBpbnB1dCkge1xuICAgIGNvbnN0IHsgcmVnaXN0cnkgfSA9IGxvYWRSZWdpc3RyeShjdHgsIGlucHV0KTtcbiAgICBjb25zdCB1ID0gcmVnaXN0cnkudXNlcihpbnB1dC5hcmdzWzBdKTtcbiAgICBpZiAoY3R4Lm91dC5qc29uKSBjdHgub3V0LnByaW50SnNvbih1LnNzaEtleXMpO1xuICAgIGVsc2UgcHJpbnRLZXlzKGN0eCwgdSk7XG4gICAgcmV0dXJuIEVYSVRfT0s7XG4gIH0sXG59O1xuXG5jb25zdCBsb2NrOiBDb21tYW5kID0ge1xuICBuYW1lOiAnbG9jaycsXG4gIHN1bW1hcnk6ICdSZWNvcmQgdGhlIGlkcyBvZiBhIGhhbmQtZWRpdGVkIHJlZ2lzdHJ5IGluIGl0cyBsb2NrIGZpbGUnLFxuICBkZXNjcmlwdGlvbjogYEFmdGVyIHVzZXJzLnlhbWwgd2FzIGVkaXRlZCBieSBoYW5kIChvciBtZXJnZWQpLCB3cml0ZXMgdGhlIGxvY2sgd2l0aCB0aGUgaWRzIG9mIG5ldyBuYW1lc1xuYW5kIHJldGlyZXMgdGhlIGlkcyBvZiByZW1vdmVkIG9uZXMuIFdpdGggLS1jaGVjayBub3RoaW5nIGlzIHdyaXR0ZW46IGV4aXQgMSB3aGVuIHRoZSBsb2NrIGlzXG5vdXQgb2YgZGF0ZSAoZm9yIENJKS5gLFxuICBvcHRpb25zOiBbUkVHSVNUUllfT1BUSU9OLCB7IG5hbWU6ICdjaGVjaycsIGhlbHA6ICdvbmx5IGNoZWNrOyBleGl0IDEgd2hlbiB0aGUgbG9jayBpcyBtaXNzaW5nIG9yIG91dCBvZiBkYXRlJyB9XSxcbiAgZXhpdENvZGVzOiAnICAwICB0aGUgbG9jayBpcyB1cCB0byBkYXRlIChvciB3YXMgdXBkYXRlZClcXG4gIDEgIC0tY2hlY2s6IHRoZSBsb2NrIGlzIG1pc3Npbmcgb3Igb3V0IG9mIGRhdGVcXG4gIDIgIHVzYWdlIG9yIGlucHV0IGVycm9yIChlLmcuIHRoZSByZWdpc3RyeSBpcyBpbnZhbGlkKScsXG4gIHJ1bihjdHgsIGlucHV0OiBJbnB1dCkge1xuICAgIGNvbnN0IGZpbGVzID0gcmVhZFJlZ2lzdHJ5RmlsZXMoY3R4LCBpbnB1dCwgZmFsc2UpO1xuICAgIGNvbnN0IHJlZ2lzdHJ5ID0gVXNlclJlZ2lzdHJ5LmZyb21ZYW1sKGZpbGVzLnRleHQhLCBmaWxlcy5maWxlLCBmaWxlcy5sb2NrVGV4dCk7XG4gICAgY29uc3QgdXBUb0RhdGUgPSBmaWxlcy5sb2NrVGV4dCA9PT0gcmVnaXN0cnkubG9ja0NvbnRlbnQ7XG4gICAgaWYgKGN0eC5vdXQuanNvbikgY3R4Lm91dC5wcmludEpzb24oeyBsb2NrRmlsZTogZmlsZXMubG9ja0ZpbGUsIHVwVG9EYXRlLCB3cml0dGVuOiAhdXBUb0RhdGUgJiYgIWlucHV0LmZsYWcoJ2NoZWNrJykgfSk7XG4gICAgaWYgKHVwVG9EYXRlKSB7XG4gICAgICBpZiAoIWN0eC5vdXQuanNvbikgY3R4Lm91dC5saW5lKGAke2ZpbGVzLmxvY2tGaWxlfSBpcyB1cCB0byBkYXRlYCk7XG4gICAgICByZXR1cm4gRVhJVF9PSztcbiAgICB9XG4gICAgaWYgKGlucHV0LmZsYWcoJ2NoZWNrJykpIHtcbiAgICAgIGlmICghY3R4Lm91dC5qc29uKSBjdHgub3V0LmxpbmUoYCR7ZmlsZXMubG9ja0ZpbGV9IGlzICR7ZmlsZXMubG9ja1RleHQgPT09IHVuZGVmaW5lZCA/ICdtaXNzaW5nJyA6ICdvdXQgb2YgZGF0ZSd9OyBydW4gXCJyd3MgdXNlcnMgbG9ja1wiIGFuZCBjb21taXQgaXRgKTtcbiAgICAgIHJldHVybiBFWElUX0ZJTkRJTkdTO1xuICAgIH1cbiAgICAvLyBPbmx5IHRoZSBsb2NrIGNoYW5nZXM6IG5vIGVkaXRvciAoYSBzeW50YXggdHJlZSBvZiBhIGxhcmdlIGZpbGUgY29zdHMgc2Vjb25kcyksIHRoZSBzYW1lXG4gICAgLy8gY2hlY2tzIGFzIGFuIGVkaXQncyBjb21taXQsIGFuZCB0aGUgc2FtZSBhdG9taWMgd3JpdGUuXG4gICAgYXNzZXJ0SWRzS2VwdChmaWxlcy5sb2NrVGV4dCwgcmVnaXN0cnkubG9ja0NvbnRlbnQsIGZpbGVzLmxvY2tGaWxlKTtcbiAgICByZWdpc3RyeVdhcm5pbmdzKHJlZ2lzdHJ5Lndhcm5pbmdzKS5mb3JFYWNoKCh3KSA9PiBjdHgub3V0Lndhcm5EaWFnbm9zdGljKGZpeExvY2tOYW1lKHcsIGZpbGVzKSkpO1xuICAgIHdyaXRlQWxsQXRvbWljYWxseShbeyBmaWxlOiBmaWxlcy5sb2NrRmlsZSwgY29udGVudDogcmVnaXN0cnkubG9ja0NvbnRlbnQsIGV4cGVjdGVkOiBmaWxlcy5sb2NrVGV4dCB9XSk7XG4gICAgaWYgKCFjdHgub3V0Lmpzb24pIGN0eC5vdXQubGluZShgJHtmaWxlcy5sb2NrRmlsZX0gJHtmaWxlcy5sb2NrVGV4dCA9PT0gdW5kZWZpbmVkID8gJ2NyZWF0ZWQnIDogJ3VwZGF0ZWQnfWApO1xuICAgIHJldHVybiBFWElUX09LO1xuICB9LFxufTtcblxuZXhwb3J0IGNvbnN0IHVzZXJzR3JvdXA6IENvbW1hbmRHcm91cCA9IHtcbiAgbmFtZTogJ3VzZXJzJyxcbiAgc3VtbWFyeTogJ0VkaXQgdGhlIHJlc2VhcmNoIHVzZXIgcmVnaXN0cnkgKHVzZXJzLnlhbWwgYW5kIGl0cyBsb2NrKScsXG4gIGRlc2NyaXB0aW9uOiBgVGhlIHJlZ2lzdHJ5ICgtLXJlZ2lzdHJ5LCBkZWZhdWx0IC4vdXNlcnMueWFtbCkgaXMgZWRpdGVkIGluIHBsYWNlOiBjb21tZW50cywgYmxhbmsgbGluZXMsIGtleVxub3JkZXIgYW5kIGZvcm1hdHRpbmcgb2YgZW50cmllcyB0aGUgY29tbWFuZCBkb2VzIG5vdCB0b3VjaCBhcmUga2VwdCBieXRlIGZvciBieXRlLiBFdmVyeSBlZGl0IGlzXG52YWxpZGF0ZWQgYXMgYSB3aG9sZSB3aXRoIHRoZSBsaWJyYXJ5J3MgVXNlclJlZ2lzdHJ5IGJlZm9yZSBhbnl0aGluZyBpcyB3cml0dGVuOyB0aGVuIHRoZSBsb2NrXG4odXNlcnMubG9jay5qc29uIGJlc2lkZSBpdCkgYW5kIHRoZSByZWdpc3RyeSBhcmUgZWFjaCByZXBsYWNlZCBhdG9taWNhbGx5LiBBIHJlamVjdGVkIGVkaXRcbmNoYW5nZXMgbmVpdGhlciBmaWxlLiBBc3NpZ25lZCBpZHMgbmV2ZXIgY2hhbmdlOiByZW1vdmVkIHVzZXJzJyBpZHMgYXJlIHJldGlyZWQsIG5ldmVyIHJldXNlZC5gLFxuICBjb21tYW5kczogW2FkZCwgcmVtb3ZlLCBsaXN0LCBzaG93LCBtb2RpZnksIGFkZEtleSwgcmVtb3ZlS2V5LCBsaXN0S2V5cywgbG9ja10sXG59O1xuIl19