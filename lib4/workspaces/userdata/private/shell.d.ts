/**
 * Shell quoting and the checks that keep template and registry values from running code.
 */
/**
 * Quotes a value for bash or sh so that it is one literal word whatever it contains (safe for
 * any text without NUL): bare when it has only harmless characters, in single quotes (with `'`
 * as `'\''`), or, when it holds `$` or a backtick, in double quotes with `\ $ \` "` escaped (the
 * same literal, and shellcheck does not mistake it for an expansion meant to happen).
 */
export declare function shq(value: string): string;
/** Quotes every value and joins them with spaces. */
export declare function shArgs(values: readonly string[]): string;
/** A POSIX login or group name. */
export declare const POSIX_NAME: RegExp;
/** An absolute path of characters that need no quoting anywhere (fstab, unit files, sudoers). */
export declare const SAFE_PATH: RegExp;
/** An absolute path for template files: anything printable but no `..` component. */
export declare const FILE_PATH: RegExp;
/** A systemd service name we generate `rws-<name>.service` from. */
export declare const SERVICE_NAME: RegExp;
/** A package name or spec (apt `name=version`, conda `channel::name>=1.0`, pip `name[extra]==1.0`, spack `name@1.0+var`). */
export declare const PACKAGE_SPEC: RegExp;
/** An environment variable name. */
export declare const ENV_NAME: RegExp;
/** An IPv4 or IPv6 literal (what a service may bind to). */
export declare const IP_ADDRESS: RegExp;
/** Whether an address is the loopback interface. */
export declare function isLoopback(address: string): boolean;
/** A heredoc delimiter that does not occur as a line of `content`. */
export declare function heredocDelimiter(content: string, base?: string): string;
