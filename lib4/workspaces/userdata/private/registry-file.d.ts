import { ResearchUser, UserRegistry } from '../../users';
/** First line of every registry file. */
export declare const REGISTRY_HEADER = "# research-workspace registry v1";
/**
 * Writes the compact registry file rws-sync-users reads: one record a line, tab-separated.
 * Every value in it was validated by UserRegistry (POSIX names, numeric ids, absolute shells,
 * parsed OpenSSH keys without control characters), so the lines are safe to split in bash;
 * rws-sync-users checks each field again anyway.
 *
 *   G <name> <gid>
 *   U <name> <uid> <primary group> <gid> <shell> <sudo 0|1> <groups, comma-separated, or ->
 *   K <name> <key line>
 */
export declare function registryFileContent(registry: UserRegistry, users: readonly ResearchUser[]): string;
