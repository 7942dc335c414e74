/**
 * POSIX-portable login and group names as useradd accepts them on every supported
 * distribution: a lower-case letter or underscore, then lower-case letters, digits,
 * underscores or dashes, at most 32 characters.
 */
const POSIX_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;

/** Whether a name is a valid login or group name. */
export function isValidPosixName(name: string): boolean {
  return POSIX_NAME.test(name);
}

/**
 * Accounts and groups that images and distributions create themselves; research users
 * and groups must not take these names.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'root', 'daemon', 'bin', 'sys', 'sync', 'games', 'man', 'lp', 'mail', 'news', 'uucp', 'proxy', 'www-data',
  'backup', 'list', 'irc', 'gnats', 'nobody', 'nogroup', 'systemd-network', 'systemd-resolve', 'systemd-timesync',
  'messagebus', 'syslog', 'sshd', 'polkitd', 'tss', 'uuidd', 'tcpdump', 'landscape', 'lxd', 'fwupd-refresh',
  'ubuntu', 'debian', 'admin', 'ec2-user', 'rocky', 'centos', 'fedora', 'cloud-user', 'ssm-user', 'adm', 'wheel',
  'sudo', 'staff', 'users', 'docker', 'shadow', 'utmp', 'tty', 'disk', 'kmem', 'dialout', 'cdrom', 'floppy', 'audio',
  'video', 'plugdev', 'netdev', 'input', 'render', 'kvm', 'operator', 'ftp', 'chrony', 'dbus', 'rpc', 'rpcuser',
  'nfsnobody', 'halt', 'shutdown', 'mysql', 'postgres', 'rstudio-server', 'jupyter',
]);

/** The first id that is not a system id on every supported distribution. */
export const FIRST_REGULAR_ID = 1000;

/** Ids that are never regular: nobody/nogroup (65534) and the 16-bit and 32-bit -1. */
export const RESERVED_IDS: ReadonlySet<number> = new Set([65534, 65535, 4294967294, 4294967295]);

/** Largest id Linux accepts. */
export const MAX_ID = 4294967293;

/**
 * The first id a research user or group (registry or permit) may have. Cloud images create
 * their default account at 1000 (ubuntu, debian, ec2-user, rocky), and accounts created on the
 * machine itself (template users, useradd) take the ids after it: an id below 2000 would
 * collide with one of them at boot.
 */
export const FIRST_RESEARCH_ID = 2000;

/**
 * The largest id a research user or group may have: 2^31-1. Larger ids are valid for Linux but
 * several tools read ids as signed 32-bit numbers (NFS servers, tar archives, container
 * runtimes), and 2^32-1 and 2^32-2 mean "no id".
 */
export const MAX_RESEARCH_ID = 2147483647;

/** What is wrong with a research uid or gid, or undefined. */
export function researchIdProblem(id: number): string | undefined {
  if (!Number.isInteger(id) || id < 0) return 'must be a whole number';
  if (id < FIRST_REGULAR_ID) return `must be at least ${FIRST_RESEARCH_ID} (lower ids belong to the system)`;
  if (id < FIRST_RESEARCH_ID) return `must be at least ${FIRST_RESEARCH_ID} (ids from ${FIRST_REGULAR_ID} to ${FIRST_RESEARCH_ID - 1} belong to the image's default account, e.g. ubuntu or ec2-user at 1000, and to local accounts)`;
  if (RESERVED_IDS.has(id)) return 'is reserved (nobody/nogroup)';
  if (id > MAX_RESEARCH_ID) return `is out of range (at most ${MAX_RESEARCH_ID}: larger ids break tools that read ids as signed 32-bit numbers)`;
  return undefined;
}
