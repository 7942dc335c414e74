import { Diagnostic } from './errors';
import { RemovedUserData } from './removed-user-data';
import { SshPublicKey } from './ssh-key';
/**
 * A range of numeric ids, inclusive.
 */
export interface IdRange {
    /** Lowest id. */
    readonly min: number;
    /** Highest id. */
    readonly max: number;
}
/**
 * A research user as written in the registry.
 */
export interface ResearchUserSpec {
    /** Login name (POSIX: lower-case letter first, then letters, digits, `_`, `-`; at most 32). */
    readonly name: string;
    /**
     * Fixed uid. Once assigned (here or by allocation), a uid never changes.
     * @default - the next free uid of the user range
     */
    readonly uid?: number;
    /**
     * A registry group to use as primary group.
     * @default - a private group named after the user, with gid equal to the uid
     */
    readonly primaryGroup?: string;
    /**
     * Supplementary registry groups.
     * @default []
     */
    readonly groups?: string[];
    /**
     * Login shell.
     * @default "/bin/bash"
     */
    readonly shell?: string;
    /**
     * OpenSSH public keys, one per entry.
     * @default []
     */
    readonly sshKeys?: string[];
    /**
     * Email address.
     * @default - none
     */
    readonly email?: string;
    /**
     * Full name.
     * @default - none
     */
    readonly fullName?: string;
    /**
     * ORCID iD, e.g. `0000-0002-1825-0097`.
     * @default - none
     */
    readonly orcid?: string;
    /**
     * Globus Auth identity id (a UUID).
     * @default - none
     */
    readonly globusId?: string;
    /**
     * Any other external identity, e.g. an institutional SAML subject.
     * @default - none
     */
    readonly externalId?: string;
    /**
     * Whether the user may use sudo on workspaces.
     * @default false
     */
    readonly sudo?: boolean;
}
/**
 * A research group as written in the registry.
 */
export interface ResearchGroupSpec {
    /** Group name (same rules as user names). */
    readonly name: string;
    /**
     * Fixed gid. Once assigned, a gid never changes.
     * @default - the next free gid of the group range
     */
    readonly gid?: number;
    /**
     * Description.
     * @default - none
     */
    readonly description?: string;
    /**
     * Members, in addition to users that list this group.
     * @default []
     */
    readonly members?: string[];
}
/**
 * A research user with every id decided.
 */
export interface ResearchUser {
    /** Login name. */
    readonly name: string;
    /** User id. */
    readonly uid: number;
    /** Primary group id. */
    readonly gid: number;
    /** Primary group name (the user's own name for a private group). */
    readonly primaryGroup: string;
    /** Supplementary group names, sorted. */
    readonly groups: string[];
    /** Login shell. */
    readonly shell: string;
    /** Checked public keys. */
    readonly sshKeys: SshPublicKey[];
    /**
     * Email.
     * @default - none
     */
    readonly email?: string;
    /**
     * Full name.
     * @default - none
     */
    readonly fullName?: string;
    /**
     * ORCID iD.
     * @default - none
     */
    readonly orcid?: string;
    /**
     * Globus identity.
     * @default - none
     */
    readonly globusId?: string;
    /**
     * Other external identity.
     * @default - none
     */
    readonly externalId?: string;
    /** Whether the user may use sudo. */
    readonly sudo: boolean;
}
/**
 * A group with its gid and members decided.
 */
export interface ResearchGroup {
    /** Group name. */
    readonly name: string;
    /** Group id. */
    readonly gid: number;
    /**
     * Description.
     * @default - none
     */
    readonly description?: string;
    /** Member user names, sorted (users whose primary group this is are included). */
    readonly members: string[];
}
export { RemovedUserData } from './removed-user-data';
/**
 * A user removed from the registry, recorded under `removed:` by `rws users remove`. Their
 * uid stays retired (never reused); the entry says what to do with their data.
 */
export interface RemovedUser {
    /** Login name. */
    readonly name: string;
    /** The retired uid. */
    readonly uid: number;
    /** What happens to their files. */
    readonly data: RemovedUserData;
    /**
     * Date of removal (ISO 8601).
     * @default - unknown
     */
    readonly removedOn?: string;
}
/**
 * A registry defined in code.
 */
export interface UserRegistryProps {
    /** Users. */
    readonly users: ResearchUserSpec[];
    /**
     * Groups.
     * @default []
     */
    readonly groups?: ResearchGroupSpec[];
    /**
     * Range new uids are taken from.
     * @default { min: 5000, max: 5999 }
     */
    readonly userIdRange?: IdRange;
    /**
     * Range new gids are taken from.
     * @default { min: 6000, max: 6999 }
     */
    readonly groupIdRange?: IdRange;
    /**
     * Users removed earlier, with what happens to their data.
     * @default []
     */
    readonly removed?: RemovedUser[];
    /**
     * Content of the lock file (JSON) recording ids already assigned.
     * @default - no ids assigned yet
     */
    readonly lock?: string;
    /**
     * Name of the lock, for messages.
     * @default "users.lock.json"
     */
    readonly lockName?: string;
    /**
     * Name used in messages for this registry (a file or a construct path).
     * @default "registry"
     */
    readonly sourceName?: string;
}
/** Default range of research user ids. */
export declare const DEFAULT_USER_ID_RANGE: IdRange;
/** Default range of research group ids. */
export declare const DEFAULT_GROUP_ID_RANGE: IdRange;
/**
 * The lab's research users and groups: one source of truth for names, ids and keys, so
 * that file ownership is identical on every workspace and on shared storage.
 *
 * Ids are recorded in a lock file beside the registry. Once a user or group has an id it
 * keeps it, whatever is added, removed or reordered later, and an id once given is never
 * given to anyone else.
 */
export declare class UserRegistry {
    /**
     * Reads a registry file and its lock file (`<name>.lock.json` beside it, when present).
     * The updated lock is in `lockContent`; call `writeLock()` to save it.
     */
    static fromFile(file: string, lockFile?: string): UserRegistry;
    /**
     * Reads a registry from YAML text.
     * @param yaml the registry document
     * @param sourceName name for messages
     * @param lock the lock file's content, if any
     * @param lockName the lock file's path, for messages and writeLock()
     */
    static fromYaml(yaml: string, sourceName: string, lock?: string, lockName?: string): UserRegistry;
    /**
     * A registry defined in code (for example in a CDK app). Pass the lock file's content
     * in `lock` so ids stay stable across deployments.
     */
    static fromProps(props: UserRegistryProps): UserRegistry;
    /** The lock file path used for a registry file: `users.yaml` gives `users.lock.json`. */
    static lockPathFor(registryFile: string): string;
    private static fromSource;
    /** Users, in registry order. */
    readonly users: ResearchUser[];
    /** Named groups, in registry order. */
    readonly groups: ResearchGroup[];
    /** Users removed earlier, with what happens to their data. */
    readonly removedUsers: RemovedUser[];
    /** Warnings (unknown fields, unusual shells, a key listed twice for one user). */
    readonly warnings: Diagnostic[];
    /** The lock file content after this registry was applied. */
    readonly lockContent: string;
    /** Whether the lock changed (new ids assigned or ids retired). */
    readonly lockChanged: boolean;
    /** Where the lock is read from and written to. */
    readonly lockName: string;
    /** Name of the registry for messages. */
    readonly sourceName: string;
    /** Range of new uids. */
    readonly userIdRange: IdRange;
    /** Range of new gids. */
    readonly groupIdRange: IdRange;
    private readonly lockData;
    private constructor();
    /** The user with this name. */
    user(name: string): ResearchUser;
    /** The group with this name. */
    group(name: string): ResearchGroup;
    /** Ids of users and groups that were removed; they are never reused. */
    retiredIds(): number[];
    /** Writes the lock file (to `lockName` unless another path is given). */
    writeLock(file?: string): void;
}
