/**
 * Scripts the Proxmox constructs put on machines and nodes: the package proxy set-up, the
 * container hook script. Pure functions; not exported from the package.
 */
/**
 * Bash that points the machine at the package proxy: login sessions, systemd services and
 * cron (/etc/environment), apt, dnf, pip, git, and the current process (exported), so the
 * provisioning that runs next uses it too.
 */
export declare function proxySetupScript(proxyUrl: string, noProxy: string): string;
/**
 * The node-side hook script of a container workspace: after each start (post-start), in the
 * background, it pushes the provisioning script into the container and runs it, unless the
 * last provisioning succeeded. Proxmox runs hook scripts as root on the node.
 */
export declare function containerHookScript(name: string, provisioning: string, proxySetup: string | undefined, proxyUrl: string | undefined, noProxy: string): string;
