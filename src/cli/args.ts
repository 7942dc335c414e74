import { ArgSpec, Command, CommandGroup, Input, OptionSpec, UsageError } from './command';
import { closest } from '../workspaces/private/fields';

/** Options every command accepts. */
export const GLOBAL_OPTIONS: OptionSpec[] = [
  { name: 'json', help: 'print the result as JSON on stdout (errors and warnings still go to stderr)' },
  { name: 'no-color', help: 'never colour the output (colour is used only on a terminal, and never when NO_COLOR is set)' },
  { name: 'help', short: 'h', help: 'show help for the command' },
];

const EXIT_CODES_HELP = [
  'Exit codes:',
  '  0  success',
  '  1  findings: validation or lint findings, policy violations, an out-of-date lock (users lock --check)',
  '  2  usage or input error: unknown command or option, missing or invalid file, rejected edit, unknown name',
].join('\n');

const ENV_HELP = [
  'Environment:',
  '  NO_COLOR    set (to anything) to turn colour off',
  '  RWS_DEBUG   set to 1 to print stack traces with errors',
].join('\n');

/** Whether a command line asks for help (before any `--`). */
export function wantsHelp(argv: string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

/**
 * Parses a command line against a command's options and arguments. Options may come before,
 * between or after positional arguments; `--name value`, `--name=value`, `-x value`,
 * `--flag`, `--no-flag` (negatable flags) and `--` (end of options) are understood.
 */
export function parseArgs(argv: string[], command: Command, fullName: string): Input {
  const specs = [...(command.options ?? []), ...GLOBAL_OPTIONS];
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const usage = (msg: string) => new UsageError(msg, fullName);

  const put = (spec: OptionSpec, value: string, shown: string) => {
    const prev = values.get(spec.name);
    if (prev && !spec.repeat) throw usage(`${shown} is given more than once`);
    values.set(spec.name, [...(prev ?? []), value]);
  };

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    let shown: string;
    let negated = false;
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      inline = eq >= 0 ? a.slice(eq + 1) : undefined;
      shown = `--${name}`;
      spec = byName.get(name);
      if (!spec && name.startsWith('no-')) {
        const positive = byName.get(name.slice(3));
        if (positive?.negatable) {
          spec = positive;
          negated = true;
        }
      }
      if (!spec) {
        const names = [...specs.map((s) => s.name), ...specs.filter((s) => s.negatable).map((s) => `no-${s.name}`)];
        const near = closest(name, names);
        throw usage(`unknown option ${shown} for ${fullName}${near ? ` (did you mean --${near}?)` : ''}`);
      }
    } else if (a.startsWith('-') && a.length > 1 && !/^-\d/.test(a)) {
      shown = a.slice(0, 2);
      spec = byShort.get(a.slice(1, 2));
      if (!spec) throw usage(`unknown option ${shown} for ${fullName}`);
      if (a.length > 2) inline = a.slice(2);
    } else {
      positionals.push(a);
      continue;
    }

    if (spec.value === undefined) {
      if (inline !== undefined) throw usage(`${shown} is a flag and takes no value`);
      put(spec, negated ? 'false' : 'true', shown);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next.length > 1 && !/^-\d/.test(next))) {
        throw usage(`${shown} needs a value (${spec.value})${next !== undefined ? `; write ${shown}=${next} if the value starts with "-"` : ''}`);
      }
      value = next;
      i++;
    }
    put(spec, value, shown);
  }

  checkPositionals(positionals, command.args ?? [], usage);

  const input: Input = {
    args: positionals,
    str: (name) => {
      const v = values.get(name);
      return v ? v[v.length - 1] : undefined;
    },
    list: (name, split = false) => {
      const v = values.get(name) ?? [];
      return split ? v.flatMap((x) => x.split(',')).map((x) => x.trim()).filter((x) => x !== '') : v;
    },
    flag: (name) => {
      const v = values.get(name);
      return v ? v[v.length - 1] === 'true' : undefined;
    },
    int: (name) => {
      const v = input.str(name);
      if (v === undefined) return undefined;
      if (!/^\d+$/.test(v.trim())) throw usage(`--${name} must be a whole number (got "${v}")`);
      return Number(v.trim());
    },
    has: (name) => values.has(name),
  };
  return input;
}

function checkPositionals(given: string[], specs: ArgSpec[], usage: (m: string) => UsageError): void {
  const required = specs.filter((s) => !s.optional && !s.variadic);
  if (given.length < required.length) {
    const missing = required.slice(given.length).map((s) => `<${s.name}>`).join(' ');
    throw usage(`missing ${missing}`);
  }
  const variadic = specs.some((s) => s.variadic);
  if (!variadic && given.length > specs.length) {
    const extra = given.slice(specs.length);
    throw usage(`unexpected argument${extra.length > 1 ? 's' : ''} ${extra.map((e) => `"${e}"`).join(' ')}`);
  }
}

/** The usage line of a command, e.g. `rws users add <name> [options]`. */
export function usageLine(group: CommandGroup, command: Command): string {
  const args = (command.args ?? []).map((a) => (a.variadic ? `[${a.name}...]` : a.optional ? `[${a.name}]` : `<${a.name}>`));
  // A group of one command named like it runs without the command's name (`rws init <dir>`).
  const direct = group.commands.length === 1 && command.name === group.name;
  return ['rws', group.name, ...(direct ? [] : [command.name]), ...args, '[options]'].join(' ');
}

function optionRows(options: OptionSpec[]): string[] {
  const label = (o: OptionSpec) => {
    const long = o.negatable ? `--[no-]${o.name}` : `--${o.name}`;
    const names = o.short ? `-${o.short}, ${long}` : `    ${long}`;
    return `${names}${o.value ? ` <${o.value}>` : ''}`;
  };
  const width = Math.min(34, Math.max(...options.map((o) => label(o).length)));
  return options.map((o) => {
    const l = label(o);
    const help = `${o.help}${o.repeat ? ' (repeatable)' : ''}`;
    return l.length > width ? `  ${l}\n  ${' '.repeat(width)}  ${help}` : `  ${l.padEnd(width)}  ${help}`;
  });
}

/** Help of one command. */
export function commandHelp(group: CommandGroup, command: Command): string {
  const lines = [`Usage: ${usageLine(group, command)}`, '', command.summary];
  if (command.description) lines.push('', command.description.trim());
  if (command.args?.length) {
    const width = Math.max(...command.args.map((a) => a.name.length));
    lines.push('', 'Arguments:', ...command.args.map((a) => `  ${a.name.padEnd(width)}  ${a.help}`));
  }
  if (command.options?.length) lines.push('', 'Options:', ...optionRows(command.options));
  lines.push('', 'Global options:', ...optionRows(GLOBAL_OPTIONS));
  if (command.examples?.length) lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  lines.push('', command.exitCodes ? `Exit codes:\n${command.exitCodes}` : EXIT_CODES_HELP);
  return lines.join('\n') + '\n';
}

/** Help of a group: its commands. */
export function groupHelp(group: CommandGroup): string {
  const width = Math.max(...group.commands.map((c) => c.name.length));
  const lines = [`Usage: rws ${group.name} <command> [options]`, '', group.summary];
  if (group.description) lines.push('', group.description.trim());
  lines.push('', 'Commands:', ...group.commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`));
  lines.push('', `Run "rws ${group.name} <command> --help" for the options of a command.`, '', EXIT_CODES_HELP);
  return lines.join('\n') + '\n';
}

/** Help of the whole program. */
export function programHelp(groups: CommandGroup[], version: string): string {
  const width = Math.max(...groups.map((g) => g.name.length));
  return [
    `rws ${version}: day-to-day operations for cdk-research-workspaces labs`,
    '',
    'Usage: rws <group> <command> [arguments] [options]',
    '       rws help [group [command]]',
    '',
    'Command groups:',
    ...groups.map((g) => `  ${g.name.padEnd(width)}  ${g.summary}`),
    '',
    'Global options:',
    ...optionRows([...GLOBAL_OPTIONS, { name: 'version', short: 'V', help: 'print the version' }]),
    '',
    EXIT_CODES_HELP,
    '',
    ENV_HELP,
    '',
    'Run "rws <group> --help" for the commands of a group. Documentation: docs/cli.md.',
  ].join('\n') + '\n';
}
