import { PlannedUser } from './permit';
/**
 * What the permit entrypoint prepares before it starts the workspace's server.
 */
export declare enum PermitEntrypointMode {
    /**
     * Desktop accounts for an RDP workspace: a login shell, a private home with an XFCE session,
     * and (when `PERMIT_HTTP_PROXY` is set) the package proxy for every session.
     */
    DESKTOP = "desktop",
    /**
     * SFTP-only accounts for the ingress airlock: no shell, no home, and a chrooted upload area
     * each (`/uploads/<name>`, root-owned) with a write-only `incoming` folder (mode 0300).
     */
    SFTP_AIRLOCK = "sftp-airlock"
}
/**
 * One environment variable of a workspace container.
 */
export interface PermitEntrypointVariable {
    /** Variable name. */
    readonly name: string;
    /** Value. */
    readonly value: string;
}
/**
 * The entrypoint of permit workspaces: a bash script, generated here and mounted from a
 * ConfigMap, that creates the assigned accounts from environment variables before it starts
 * the desktop (xrdp) or the airlock's SSH server.
 *
 * Every value is checked before anything is changed: login names must be POSIX names that are
 * not system accounts, uids and gids whole numbers from 1000 (never 65534/65535), passwords
 * 12-256 printable characters without `:`; accounts the image brought (uid >= 1000) are
 * locked, so only the permit's people can log in. A value that does not match is refused with
 * a message naming the variable, and nothing runs: the script never evaluates a value, and
 * numbers are matched by a regular expression before any arithmetic sees them.
 *
 * Variables: `USER_COUNT` (1-64, default 1); `USERNAME`, `USER_UID`, `USER_GID` (default: the
 * uid), `USER_PASSWORD` for the first account and the same names with `_<n>` (`USERNAME_2`, ...)
 * for account n; `PERMIT_HTTP_PROXY` (`http://host:port`) and `PERMIT_NO_PROXY` for desktop
 * sessions that install software through the package proxy.
 */
export declare class PermitEntrypoint {
    /** Largest number of accounts one workspace may have. */
    static readonly MAX_USERS = 64;
    /**
     * The accounts file (`/etc/permit/accounts.env`, root-only) a machine's service reads the
     * variables from. Once the accounts are set, the entrypoint removes every password line from
     * it: no password stays on the machine in clear text. A later start without passwords keeps
     * the passwords of the accounts that already exist.
     */
    static readonly ACCOUNTS_FILE = "/etc/permit/accounts.env";
    /** Where the airlock expects its SSH host key (ed25519, OpenSSH format). */
    static readonly HOST_KEY_PATH = "/etc/permit/hostkey/ssh_host_ed25519_key";
    /** Root of the airlock's upload areas: `/uploads/<data holder>` each. */
    static readonly UPLOAD_ROOT = "/uploads";
    /** Name of the write-only folder inside each upload area. */
    static readonly INCOMING_FOLDER = "incoming";
    /** Exit status of the script when it refuses its input. */
    static readonly REFUSED_EXIT_CODE = 64;
    /**
     * The entrypoint script for a mode.
     * @param mode desktop or SFTP airlock
     */
    static script(mode: PermitEntrypointMode): string;
    /** Name of the login-name variable of account `index` (1-based): `USERNAME`, `USERNAME_2`, ... */
    static usernameVariable(index: number): string;
    /** Name of the uid variable of account `index` (1-based). */
    static uidVariable(index: number): string;
    /** Name of the gid variable of account `index` (1-based). */
    static gidVariable(index: number): string;
    /** Name of the password variable of account `index` (1-based); set it from a Secret. */
    static passwordVariable(index: number): string;
    /**
     * The plain (non-secret) variables for a workspace's accounts: `USER_COUNT` and each
     * account's name, uid and gid. Passwords are not among them: they come from Secrets.
     * Checks the values with the same rules as the script, so a bad plan fails at synthesis.
     * @param users the workspace's accounts
     */
    static userEnvironment(users: PlannedUser[]): PermitEntrypointVariable[];
    /**
     * The airlock's `sshd_config`: password logins for the data holders only, each chrooted to
     * its upload area and forced into `internal-sftp` with the write-only request list and umask.
     * @param dataHolders SFTP login names of the data holders
     * @param port TCP port sshd listens on
     */
    static sshdConfig(dataHolders: string[], port?: number): string;
    /**
     * The `internal-sftp` command line of the airlock: start in `/incoming`, log every request,
     * allow only what writing needs (`-p`), refuse reading, listing, removing, renaming, links
     * and attribute changes (`-P`), and create files 0200 / folders 0300 (`-u 0477`).
     */
    static sftpServerCommand(): string;
    private constructor();
}
