/**
 * Options of the in-workspace release command.
 */
export interface ReleaseCommandOptions {
    /** Permit id, written into every request. */
    readonly permitId: string;
    /**
     * The outputs volume inside the workspace.
     * @default "/data/outputs"
     */
    readonly outputsPath?: string;
    /**
     * The request area: root-owned, where snapshots are kept (`requests/<id>/`) and results are
     * reported (`status/`). Reviewers and the release service read it; researchers cannot change it.
     * @default "/data/release"
     */
    readonly areaPath?: string;
    /**
     * The spool folder researchers drop their requests into (mode 1733: they can create files
     * there, but not list or remove other people's).
     * @default "/var/spool/rws-release"
     */
    readonly spoolPath?: string;
    /**
     * At most this many files per request.
     * @default 1000
     */
    readonly maxFiles?: number;
    /**
     * At most this many bytes per request.
     * @default 10737418240 (10 GiB)
     */
    readonly maxBytes?: number;
}
/**
 * `rws-release`, the command researchers use inside the analysis workspace to ask for the
 * release of files from `outputs`: a bash script, generated here.
 *
 * - `rws-release request -m "why" FILE...` (the researcher, unprivileged) writes a request
 *   into the spool and prints its token; `rws-release status TOKEN` shows the result.
 * - `rws-release process` (root: a systemd path unit on VMs, a loop in a sidecar on
 *   Kubernetes) takes each spool entry into a root-only folder, checks it, and snapshots the
 *   files into `<area>/requests/<id>/files/` (root-owned, read-only), with `request.json`
 *   (requester, justification, files with size and SHA-256) and `SHA256SUMS`.
 *
 * The requester is the owner of the spool entry (never what the entry says). Symlinks are
 * refused anywhere in a requested path, every path must stay inside outputs, and each file is
 * read with the requester's own uid, gids and `O_NOFOLLOW` (`setpriv` + `dd iflag=nofollow`),
 * so a path swapped for a link after the checks still cannot reach anything the researcher
 * could not read anyway.
 */
export declare class ReleaseCommand {
    /** Where the command is installed in workspaces. */
    static readonly INSTALL_PATH = "/usr/local/bin/rws-release";
    /**
     * The script.
     * @param options permit id and paths
     */
    static script(options: ReleaseCommandOptions): string;
    /**
     * systemd units for VMs: a path unit that starts `rws-release process` whenever the spool
     * changes, and the service it starts (run as root, nothing else).
     */
    static systemdUnits(options: ReleaseCommandOptions): Record<string, string>;
    private constructor();
}
