/**
 * What a template may not do without the lab's explicit grant: accounts with system names,
 * privileged groups, writes to paths that decide who is root, and set-id modes.
 */
/**
 * System account names (every name below uid 1000, or `nobody`, in the passwd of the supported
 * base images: Debian 12, Ubuntu 22.04/24.04, Rocky 9, Amazon Linux 2023, and the services the
 * bundled templates install). A template naming one is refused when it is loaded.
 */
export declare const SYSTEM_USER_NAMES: ReadonlySet<string>;
/**
 * The default login accounts of cloud images (uid 1000, with passwordless sudo). Prism templates
 * list them under `users:` to mean "the image's login user", so such a template still loads;
 * a workspace from it is refused (the account would be created or changed with the template's
 * groups), and `rws templates lint` reports it.
 */
export declare const IMAGE_DEFAULT_USERS: ReadonlySet<string>;
/** Whether a name is a system account: listed, `systemd-*`, or starting with `_`. */
export declare function isSystemUserName(name: string): boolean;
/** Whether a template account may not have a name: a system account or an image's default account. */
export declare function isReservedUserName(name: string): boolean;
/**
 * Groups whose members are root or can become root (or read every secret on the machine):
 * a template account joins one only when the lab's policy names it in `allowed_privileged_groups`.
 * `video` and `render` are not listed: they give GPU access, which GPU templates need.
 */
export declare const PRIVILEGED_GROUPS: ReadonlySet<string>;
/** Removes `.` and `..` components and repeated slashes: `/etc/./sudoers.d/../sudoers` is `/etc/sudoers`. */
export declare function normalisePath(p: string): string;
/** What a path controls when it is privileged (e.g. "sudo configuration"), or undefined. */
export declare function privilegedPathKind(path: string): string | undefined;
/** The special bits a chmod-style mode sets (octal `4755`, symbolic `u+s`, `g+s`, `+t`). */
export declare function specialBits(mode: string): {
    setuid: boolean;
    setgid: boolean;
    sticky: boolean;
    exec: boolean;
};
/**
 * Whether a file's mode (a `files:` entry: always a file) is setuid, setgid, or sticky with
 * execute bits: `4755`, `2755`, `u+s`, `g+s`.
 */
export declare function setIdMode(mode: string): boolean;
/**
 * Whether `chmod MODE PATH` in a script makes a set-id program: setuid on any path; setgid on a
 * path under a bin, sbin, lib or libexec folder (setgid on a folder, e.g. `chmod 2775
 * /shared/lab`, only makes new files inherit the group, and is not reported).
 */
export declare function setIdChmod(mode: string, path: string): boolean;
/** Whether an allowance list (absolute paths; `dir/*` one level, `dir/**` any depth) names a path. */
export declare function pathAllowed(path: string, allowed: readonly string[] | undefined): boolean;
/** A privileged change a script line makes. */
export interface ScriptWrite {
    readonly path: string;
    readonly kind: string;
    /** How: "redirection", "tee", "cp", "chmod +s", ... */
    readonly how: string;
}
/**
 * Privileged writes in one script line: redirections (`>`, `>>`) to a privileged path, and
 * commands (cp, mv, install, tee, sed -i, chmod, ln, ...) naming one, `chmod` with set-id modes on
 * any path, `visudo`, `crontab`, and account changes that add users to privileged groups.
 * A heuristic over text: it finds the common forms, not every way a script can write a file.
 */
export declare function scriptPrivilegedWrites(line: string): ScriptWrite[];
