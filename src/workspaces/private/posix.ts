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
