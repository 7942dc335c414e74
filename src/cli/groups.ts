import { Command, CommandGroup, EXIT_OK, UsageError } from './command';
import { finish, loadRegistry, readRegistryFiles, RegistryEdit } from './registry';
import { REGISTRY_OPTION } from './sources';
import { joinGroup, leaveGroup } from './users';
import { mapNode } from './yaml-edit';
import { problem, WorkspaceInputError } from '../workspaces/private/error';
import { ResearchGroup } from '../workspaces/users';

function describeGroup(text: string, g: ResearchGroup): string {
  return `${text}: gid ${g.gid}, members ${g.members.join(', ') || '(none)'}`;
}

const add: Command = {
  name: 'add',
  summary: 'Add a group (creates the registry on first use)',
  description: 'The gid is assigned by the lock (smallest free id of the group range) unless --gid gives one; once assigned it never changes.',
  args: [{ name: 'name', help: 'group name (same rules as user names; not the name of a user)' }],
  options: [
    REGISTRY_OPTION,
    { name: 'gid', value: 'N', help: 'a fixed gid (at least 1000 and not used before)' },
    { name: 'description', value: 'text', help: 'what the group is for' },
  ],
  examples: ['rws groups add genomics --description "Genomics project"'],
  run(ctx, input) {
    const name = input.args[0];
    const gid = input.int('gid');
    const description = input.str('description');
    if (description !== undefined && /[\x00-\x1f\x7f]/.test(description)) {
      throw new UsageError('--description may not contain line breaks or control characters', ctx.commandName);
    }
    const edit = new RegistryEdit(readRegistryFiles(ctx, input, true));
    if (edit.groupIndex(name) >= 0) {
      throw new WorkspaceInputError([problem({
        code: 'duplicate-name', message: `group "${name}" is already in ${edit.files.file}`, value: name, fix: 'choose another name',
      })]);
    }
    const entries: Array<[string, string | number]> = [['name', name]];
    if (gid !== undefined) entries.push(['gid', gid]);
    if (description !== undefined) entries.push(['description', description]);
    edit.ed.append(['groups'], mapNode(entries, edit.itemsAreFlow(['groups'], true)));
    return finish(ctx, edit, (r) => ({ text: describeGroup(`added group ${name}`, r.group(name)), json: { action: 'added', group: r.group(name) } }));
  },
};

const remove: Command = {
  name: 'remove',
  summary: 'Remove a group; its gid is retired, never reused',
  description: 'Users are taken out of the group (their groups: lists). A group that is some user\'s primary_group cannot be removed.',
  args: [{ name: 'name', help: 'the group' }],
  options: [REGISTRY_OPTION],
  run(ctx, input) {
    const name = input.args[0];
    const edit = new RegistryEdit(readRegistryFiles(ctx, input, false));
    const gi = edit.requireGroup(name);
    const primaryOf = edit.userNames().filter((u) => edit.ed.value(['users', edit.userIndex(u), 'primary_group']) === name);
    if (primaryOf.length) {
      throw new WorkspaceInputError([problem({
        code: 'group-in-use',
        message: `group "${name}" is the primary group of ${primaryOf.join(', ')}`,
        value: name,
        fix: `change primary_group of ${primaryOf.join(', ')} in ${edit.files.file} first`,
      })]);
    }
    const gid = edit.before?.group(name).gid;
    edit.ed.removeItem(['groups'], gi, 'empty-list');
    const left = edit.userNames().filter((u) => edit.removeString(['users', edit.userIndex(u), 'groups'], name) > 0);
    const text = `removed group ${name}${gid !== undefined ? `; gid ${gid} is retired and never given to anyone else` : ''}`
      + (left.length ? `\n  taken out of the groups of ${left.join(', ')}` : '');
    return finish(ctx, edit, () => ({ text, json: { action: 'removed', name, gid, membershipsRemoved: left } }));
  },
};

const list: Command = {
  name: 'list',
  summary: 'List groups with their gids and members',
  options: [REGISTRY_OPTION],
  run(ctx, input) {
    const { registry } = loadRegistry(ctx, input);
    if (ctx.out.json) ctx.out.printJson(registry.groups);
    else ctx.out.table(['NAME', 'GID', 'MEMBERS', 'DESCRIPTION'], registry.groups.map((g) => [g.name, g.gid, g.members.join(', ') || undefined, g.description]));
    return EXIT_OK;
  },
};

const show: Command = {
  name: 'show',
  summary: 'Show one group',
  args: [{ name: 'name', help: 'the group' }],
  options: [REGISTRY_OPTION],
  run(ctx, input) {
    const { registry } = loadRegistry(ctx, input);
    const g = registry.group(input.args[0]);
    if (ctx.out.json) {
      ctx.out.printJson(g);
      return EXIT_OK;
    }
    ctx.out.heading(g.name);
    ctx.out.line(`  gid          ${g.gid}`);
    if (g.description) ctx.out.line(`  description  ${g.description}`);
    ctx.out.line(`  members      ${g.members.join(', ') || '(none)'}`);
    return EXIT_OK;
  },
};

const addMember: Command = {
  name: 'add-member',
  summary: 'Add a user to a group (written to the user\'s groups: list)',
  args: [{ name: 'group', help: 'the group' }, { name: 'user', help: 'the user' }],
  options: [REGISTRY_OPTION],
  run(ctx, input) {
    const [group, user] = input.args;
    const edit = new RegistryEdit(readRegistryFiles(ctx, input, false));
    edit.requireGroup(group);
    if (!joinGroup(edit, edit.requireUser(user), user, group)) ctx.out.note(`${user} is already a member of ${group}`);
    return finish(ctx, edit, (r) => ({ text: describeGroup(`added ${user} to ${group}`, r.group(group)), json: { action: 'added-member', group: r.group(group) } }));
  },
};

const removeMember: Command = {
  name: 'remove-member',
  summary: 'Take a user out of a group',
  description: 'Removes the group from the user\'s groups: list and the user from the group\'s members: list.',
  args: [{ name: 'group', help: 'the group' }, { name: 'user', help: 'the user' }],
  options: [REGISTRY_OPTION],
  run(ctx, input) {
    const [group, user] = input.args;
    const edit = new RegistryEdit(readRegistryFiles(ctx, input, false));
    edit.requireGroup(group);
    if (!leaveGroup(edit, user, group)) ctx.out.note(`${user} is not a member of ${group}`);
    return finish(ctx, edit, (r) => ({
      text: describeGroup(`removed ${user} from ${group}`, r.group(group)),
      json: { action: 'removed-member', group: r.group(group) },
    }));
  },
};

export const groupsGroup: CommandGroup = {
  name: 'groups',
  summary: 'Edit the registry\'s groups (gids locked like uids)',
  description: 'Same registry, lock and editing rules as "rws users" (see "rws users --help").',
  commands: [add, remove, list, show, addMember, removeMember],
};
