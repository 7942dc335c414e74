/**
 * Shell quoting and the checks that keep template and registry values from running code.
 */

/**
 * Quotes a value for bash or sh so that it is one literal word whatever it contains (safe for
 * any text without NUL): bare when it has only harmless characters, in single quotes (with `'`
 * as `'\''`), or, when it holds `$` or a backtick, in double quotes with `\ $ \` "` escaped (the
 * same literal, and shellcheck does not mistake it for an expansion meant to happen).
 */
export function shq(value: string): string {
  if (value.includes('\0')) throw new Error('a NUL character cannot be passed to a shell');
  if (/^[A-Za-z0-9_./=:,@%+-]+$/.test(value)) return value;
  if (/[$`]/.test(value)) return `"${value.replace(/[\\$`"]/g, '\\$&')}"`;
  return `'${value.replace(/'/g, '\'\\\'\'')}'`;
}

/** Quotes every value and joins them with spaces. */
export function shArgs(values: readonly string[]): string {
  return values.map(shq).join(' ');
}

/** A POSIX login or group name. */
export const POSIX_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;
/** An absolute path of characters that need no quoting anywhere (fstab, unit files, sudoers). */
export const SAFE_PATH = /^\/[A-Za-z0-9._/-]*$/;
/** An absolute path for template files: anything printable but no `..` component. */
export const FILE_PATH = /^\/[^\0\n\r\t]*$/;
/** A systemd service name we generate `rws-<name>.service` from. */
export const SERVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** A package name or spec (apt `name=version`, conda `channel::name>=1.0`, pip `name[extra]==1.0`, spack `name@1.0+var`). */
export const PACKAGE_SPEC = /^[A-Za-z0-9_][A-Za-z0-9_.:+=<>!~@%^,\[\]\/-]*$/;
/** An environment variable name. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** An IPv4 or IPv6 literal (what a service may bind to). */
export const IP_ADDRESS = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*)$/;

/** Whether an address is the loopback interface. */
export function isLoopback(address: string): boolean {
  return address === '::1' || /^127\./.test(address);
}

/** A heredoc delimiter that does not occur as a line of `content`. */
export function heredocDelimiter(content: string, base = 'RWS_EOF'): string {
  const lines = new Set(content.split('\n'));
  let d = base;
  for (let i = 1; lines.has(d); i++) d = `${base}_${i}`;
  return d;
}
