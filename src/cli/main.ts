import * as fs from 'fs';
import * as path from 'path';
import { commandHelp, groupHelp, parseArgs, programHelp, wantsHelp } from './args';
import { auditGroup } from './audit';
import { CliInputError, CommandGroup, Context, EXIT_ERROR, EXIT_OK, UsageError } from './command';
import { groupsGroup } from './groups';
import { initGroup } from './init';
import { institutionGroup } from './institution';
import { labGroup } from './lab';
import { colourFor, diagnosticJson, Io, Output } from './output';
import { permitGroup } from './permit';
import { policyGroup } from './policy';
import { templatesGroup } from './templates';
import { usersGroup } from './users';
import { WorkspaceInputError } from '../workspaces/private/error';
import { closest } from '../workspaces/private/fields';

/**
 * The command groups, in the order `rws --help` lists them. A new group is one more file
 * exporting a CommandGroup, added here.
 */
export const GROUPS: CommandGroup[] = [
  initGroup, templatesGroup, usersGroup, groupsGroup, policyGroup, permitGroup, labGroup, institutionGroup, auditGroup,
];

/** Options that may also be written before the group name (`rws --json templates list`). */
const LEADING_GLOBALS = new Set(['--json', '--no-color']);

/** The package version, read from package.json (two levels above lib/cli and src/cli). */
export function version(): string {
  try {
    return JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Runs one command line and returns the exit code. Never throws: every error becomes one
 * message on stderr (with the stack trace only when RWS_DEBUG=1) and exit code 2.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const noColor = argv.includes('--no-color');
  const errOut = new Output(io, false, false, colourFor(io.stderr, io.env, noColor));
  try {
    const leading: string[] = [];
    let rest = [...argv];
    while (rest.length > 0 && LEADING_GLOBALS.has(rest[0])) leading.push(rest.shift()!);
    const [first, ...more] = rest;
    if (first === undefined) {
      io.stderr.write(programHelp(GROUPS, version()));
      return EXIT_ERROR;
    }
    if (first === '--version' || first === '-V') {
      io.stdout.write(`${version()}\n`);
      return EXIT_OK;
    }
    if (first === '--help' || first === '-h') {
      io.stdout.write(programHelp(GROUPS, version()));
      return EXIT_OK;
    }
    if (first === 'help') return help(more, io);
    if (first.startsWith('-')) throw new UsageError(`unknown option ${first} (options come after the command, e.g. rws templates list --json)`);

    const group = findGroup(first);
    // A group of one command named like the group (`rws audit <path>`) runs it without naming it.
    const direct = group.commands.length === 1 && group.commands[0].name === group.name && more[0] !== group.name;
    const [commandName, ...args] = direct && more.length > 0 && more[0] !== '--help' && more[0] !== '-h' ? [group.name, ...more] : more;
    if (commandName === undefined) {
      io.stderr.write(groupHelp(group));
      return EXIT_ERROR;
    }
    if (commandName === '--help' || commandName === '-h') {
      // A group of one command named like it (`rws init --help`): that command's help, with its options.
      const single = group.commands.length === 1 && group.commands[0].name === group.name;
      io.stdout.write(single ? commandHelp(group, group.commands[0]) : groupHelp(group));
      return EXIT_OK;
    }
    const command = group.commands.find((c) => c.name === commandName);
    if (!command) {
      const near = closest(commandName, group.commands.map((c) => c.name));
      throw new UsageError(`unknown command "${commandName}" in rws ${group.name}${near ? ` (did you mean "${near}"?)` : ''}`, `rws ${group.name}`);
    }
    const fullName = direct ? `rws ${group.name}` : `rws ${group.name} ${command.name}`;
    if (wantsHelp(args)) {
      io.stdout.write(commandHelp(group, command));
      return EXIT_OK;
    }
    const input = parseArgs([...args, ...leading], command, fullName);
    const ctx: Context = {
      out: new Output(io, input.flag('json') === true, colourFor(io.stdout, io.env, noColor), colourFor(io.stderr, io.env, noColor)),
      cwd: io.cwd,
      env: io.env,
      commandName: fullName,
    };
    return await command.run(ctx, input);
  } catch (e) {
    return reportError(e, errOut, io.env.RWS_DEBUG === '1' || io.env.RWS_DEBUG === 'true');
  }
}

function findGroup(name: string): CommandGroup {
  const group = GROUPS.find((g) => g.name === name);
  if (!group) {
    const near = closest(name, GROUPS.map((g) => g.name));
    throw new UsageError(`unknown command group "${name}"${near ? ` (did you mean "${near}"?)` : ''}; groups: ${GROUPS.map((g) => g.name).join(', ')}`);
  }
  return group;
}

function help(args: string[], io: Io): number {
  if (args.length === 0) {
    io.stdout.write(programHelp(GROUPS, version()));
    return EXIT_OK;
  }
  const group = findGroup(args[0]);
  if (args.length === 1) {
    io.stdout.write(groupHelp(group));
    return EXIT_OK;
  }
  const command = group.commands.find((c) => c.name === args[1]);
  if (!command) throw new UsageError(`unknown command "${args[1]}" in rws ${group.name}`, `rws ${group.name}`);
  io.stdout.write(commandHelp(group, command));
  return EXIT_OK;
}

/** Prints one clear message for an error and returns exit code 2. */
export function reportError(e: unknown, out: Output, debug: boolean): number {
  const err = e instanceof Error ? e : new Error(String(e));
  if (e instanceof UsageError) {
    out.error(`rws: ${e.message}`);
    out.error(`Run "${e.helpFor ?? 'rws'} --help" for usage.`);
  } else if (WorkspaceInputError.isWorkspaceInputError(e)) {
    // The model's message already names file, line, field, value and fix (the first problems
    // one by one, the rest counted); with --json every problem goes to stdout as well.
    out.error(e.message);
    if (out.json) out.printJson({ errors: e.diagnostics.map(diagnosticJson) });
  } else if (e instanceof CliInputError || isSystemError(e)) {
    out.error(`rws: ${err.message}`);
  } else if (e instanceof TypeError || e instanceof ReferenceError || e instanceof RangeError || e instanceof SyntaxError) {
    out.error(`rws: internal error: ${err.message} (set RWS_DEBUG=1 for the stack trace, and please report it)`);
  } else {
    out.error(`rws: ${err.message}`);
  }
  if (debug && err.stack) out.error(err.stack);
  return EXIT_ERROR;
}

function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}
