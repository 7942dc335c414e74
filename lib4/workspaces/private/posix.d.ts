/** Whether a name is a valid login or group name. */
export declare function isValidPosixName(name: string): boolean;
/**
 * Accounts and groups that images and distributions create themselves; research users
 * and groups must not take these names.
 */
export declare const RESERVED_NAMES: ReadonlySet<string>;
/** The first id that is not a system id on every supported distribution. */
export declare const FIRST_REGULAR_ID = 1000;
/** Ids that are never regular: nobody/nogroup (65534) and the 16-bit and 32-bit -1. */
export declare const RESERVED_IDS: ReadonlySet<number>;
/** Largest id Linux accepts. */
export declare const MAX_ID = 4294967293;
/**
 * The first id a research user or group (registry or permit) may have. Cloud images create
 * their default account at 1000 (ubuntu, debian, ec2-user, rocky), and accounts created on the
 * machine itself (template users, useradd) take the ids after it: an id below 2000 would
 * collide with one of them at boot.
 */
export declare const FIRST_RESEARCH_ID = 2000;
/**
 * The largest id a research user or group may have: 2^31-1. Larger ids are valid for Linux but
 * several tools read ids as signed 32-bit numbers (NFS servers, tar archives, container
 * runtimes), and 2^32-1 and 2^32-2 mean "no id".
 */
export declare const MAX_RESEARCH_ID = 2147483647;
/** What is wrong with a research uid or gid, or undefined. */
export declare function researchIdProblem(id: number): string | undefined;
