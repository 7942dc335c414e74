/**
 * What a template may not do without the lab's explicit grant: accounts with system names,
 * privileged groups, writes to paths that decide who is root, and set-id modes.
 */

/**
 * System account names (every name below uid 1000, or `nobody`, in the passwd of the supported
 * base images: Debian 12, Ubuntu 22.04/24.04, Rocky 9, Amazon Linux 2023, and the services the
 * bundled templates install). A template naming one is refused when it is loaded.
 */
export const SYSTEM_USER_NAMES: ReadonlySet<string> = new Set([
  // Debian / Ubuntu base passwd
  'root', 'daemon', 'bin', 'sys', 'sync', 'games', 'man', 'lp', 'mail', 'news', 'uucp', 'proxy', 'www-data', 'backup',
  'list', 'irc', 'gnats', 'nobody', 'nogroup', '_apt', 'messagebus', 'syslog', 'sshd', 'uuidd', 'tcpdump', 'tss',
  'landscape', 'pollinate', 'fwupd-refresh', 'usbmux', 'dnsmasq', 'polkitd', 'chrony', '_chrony', 'lxd', 'statd',
  'dhcpcd', 'ntp', 'postfix', 'avahi', 'colord', 'geoclue', 'pulse', 'rtkit', 'saned', 'gdm', 'lightdm', 'xrdp',
  'rstudio-server', 'dcv', 'dcvsmagent', 'nvidia-persistenced', 'ssm-user',
  // Rocky / RHEL / Amazon Linux base passwd
  'adm', 'shutdown', 'halt', 'operator', 'ftp', 'dbus', 'rpc', 'rpcuser', 'nfsnobody', 'unbound', 'sssd', 'libstoragemgmt',
  'setroubleshoot', 'cockpit-ws', 'cockpit-wsinstance', 'clevis', 'apache', 'nginx', 'ec2-instance-connect', 'rngd',
]);

/**
 * The default login accounts of cloud images (uid 1000, with passwordless sudo). Prism templates
 * list them under `users:` to mean "the image's login user", so such a template still loads;
 * a workspace from it is refused (the account would be created or changed with the template's
 * groups), and `rws templates lint` reports it.
 */
export const IMAGE_DEFAULT_USERS: ReadonlySet<string> = new Set([
  'ubuntu', 'debian', 'admin', 'ec2-user', 'rocky', 'centos', 'fedora', 'cloud-user', 'almalinux', 'opc',
]);

/** Whether a name is a system account: listed, `systemd-*`, or starting with `_`. */
export function isSystemUserName(name: string): boolean {
  return SYSTEM_USER_NAMES.has(name) || name.startsWith('systemd-') || name.startsWith('_');
}

/** Whether a template account may not have a name: a system account or an image's default account. */
export function isReservedUserName(name: string): boolean {
  return isSystemUserName(name) || IMAGE_DEFAULT_USERS.has(name);
}

/**
 * Groups whose members are root or can become root (or read every secret on the machine):
 * a template account joins one only when the lab's policy names it in `allowed_privileged_groups`.
 * `video` and `render` are not listed: they give GPU access, which GPU templates need.
 */
export const PRIVILEGED_GROUPS: ReadonlySet<string> = new Set([
  'root', 'sudo', 'wheel', 'admin', 'adm', 'docker', 'lxd', 'lxc', 'incus-admin', 'libvirt', 'kvm', 'disk', 'shadow',
  'systemd-journal', 'staff', 'sys', 'tty', 'utmp', 'operator', 'input',
]);

/** Removes `.` and `..` components and repeated slashes: `/etc/./sudoers.d/../sudoers` is `/etc/sudoers`. */
export function normalisePath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

const PRIVILEGED: Array<[RegExp, string]> = [
  [/^\/etc\/sudoers(\.d(\/.*)?)?$/, 'sudo configuration'],
  [/^\/etc\/doas\.conf$/, 'doas configuration'],
  [/^\/root(\/.*)?$/, "root's home"],
  [/^\/etc\/cron[^/]*(\/.*)?$|^\/var\/spool\/cron(\/.*)?$|^\/etc\/anacrontab$/, 'cron'],
  [/^\/etc\/systemd(\/.*)?$|^\/(usr\/)?lib\/systemd(\/.*)?$|^\/run\/systemd(\/.*)?$/, 'systemd units'],
  [/^\/etc\/ssh(\/.*)?$/, 'SSH server configuration'],
  [/^\/etc\/pam\.d(\/.*)?$|^\/etc\/security(\/.*)?$|^\/(usr\/)?lib(64)?\/(x86_64-linux-gnu\/)?security(\/.*)?$/, 'PAM'],
  [/^\/etc\/(passwd|shadow|group|gshadow)-?$/, 'account databases'],
  [/^\/etc\/ld\.so\.(preload|conf)$|^\/etc\/ld\.so\.conf\.d(\/.*)?$/, 'the dynamic linker'],
  [/^\/etc\/profile$|^\/etc\/profile\.d(\/.*)?$|^\/etc\/(bash\.bashrc|bashrc|environment)$/, 'login shells'],
  [/^\/etc\/polkit-1(\/.*)?$|^\/usr\/share\/polkit-1(\/.*)?$/, 'polkit'],
  [/^\/etc\/udev\/rules\.d(\/.*)?$/, 'udev rules'],
  [/^\/etc\/modprobe\.d(\/.*)?$/, 'kernel modules'],
];

/** What a path controls when it is privileged (e.g. "sudo configuration"), or undefined. */
export function privilegedPathKind(path: string): string | undefined {
  if (!path.startsWith('/')) return undefined;
  const n = normalisePath(path);
  for (const [re, what] of PRIVILEGED) if (re.test(n)) return what;
  return undefined;
}

/** The special bits a chmod-style mode sets (octal `4755`, symbolic `u+s`, `g+s`, `+t`). */
export function specialBits(mode: string): { setuid: boolean; setgid: boolean; sticky: boolean; exec: boolean } {
  if (/^0?[0-7]{4}$/.test(mode)) {
    const m = mode.slice(-4);
    return { setuid: /[4567]/.test(m[0]), setgid: /[2367]/.test(m[0]), sticky: /[1357]/.test(m[0]), exec: /[1357]/.test(m.slice(1)) };
  }
  if (/^0?[0-7]{3}$/.test(mode)) return { setuid: false, setgid: false, sticky: false, exec: /[1357]/.test(mode.slice(-3)) };
  const clauses = mode.split(',').filter((c) => /^[ugoa]*[+=][rwxXst]*$/.test(c));
  const who = (c: string) => c.replace(/[+=].*$/, '') || 'a';
  return {
    setuid: clauses.some((c) => /s/.test(c.replace(/^[^+=]*/, '')) && /[ua]/.test(who(c))),
    setgid: clauses.some((c) => /s/.test(c.replace(/^[^+=]*/, '')) && /[ga]/.test(who(c))),
    sticky: clauses.some((c) => /t/.test(c.replace(/^[^+=]*/, ''))),
    exec: clauses.some((c) => /[xX]/.test(c.replace(/^[^+=]*/, ''))),
  };
}

/**
 * Whether a file's mode (a `files:` entry: always a file) is setuid, setgid, or sticky with
 * execute bits: `4755`, `2755`, `u+s`, `g+s`.
 */
export function setIdMode(mode: string): boolean {
  const b = specialBits(mode);
  return b.setuid || b.setgid || (b.sticky && b.exec);
}

/**
 * Whether `chmod MODE PATH` in a script makes a set-id program: setuid on any path; setgid on a
 * path under a bin, sbin, lib or libexec folder (setgid on a folder, e.g. `chmod 2775
 * /shared/lab`, only makes new files inherit the group, and is not reported).
 */
export function setIdChmod(mode: string, path: string): boolean {
  const b = specialBits(mode);
  return b.setuid || (b.setgid && /(^|\/)(s?bin|lib|lib64|libexec)\//.test(path));
}

/** Whether an allowance list (absolute paths; `dir/*` one level, `dir/**` any depth) names a path. */
export function pathAllowed(path: string, allowed: readonly string[] | undefined): boolean {
  const n = normalisePath(path);
  return (allowed ?? []).some((a) => {
    if (a.endsWith('/**')) {
      const dir = normalisePath(a.slice(0, -3));
      return n === dir || n.startsWith(dir === '/' ? '/' : dir + '/');
    }
    if (a.endsWith('/*')) {
      const dir = normalisePath(a.slice(0, -2));
      return n.startsWith(dir + '/') && !n.slice(dir.length + 1).includes('/');
    }
    return normalisePath(a) === n;
  });
}

/** A privileged change a script line makes. */
export interface ScriptWrite {
  readonly path: string;
  readonly kind: string;
  /** How: "redirection", "tee", "cp", "chmod +s", ... */
  readonly how: string;
}

/** Commands whose last path operand is what they write. */
const COPIERS = /^(cp|mv|install|ln|rsync|scp)$/;
/** Commands that change every path operand. */
const CHANGERS = /^(truncate|touch|rm|chown|chgrp|sed|perl|tee|patch|mkdir|setfacl|chattr|unlink|shred)$/;

function words(cmd: string): string[] {
  return (cmd.match(/'[^']*'|"(?:[^"\\]|\\.)*"|\S+/g) ?? []).map((w) => w.replace(/^['"]|['"]$/g, ''));
}

/**
 * Privileged writes in one script line: redirections (`>`, `>>`) to a privileged path, and
 * commands (cp, mv, install, tee, sed -i, chmod, ln, ...) naming one, `chmod` with set-id modes on
 * any path, `visudo`, `crontab`, and account changes that add users to privileged groups.
 * A heuristic over text: it finds the common forms, not every way a script can write a file.
 */
export function scriptPrivilegedWrites(line: string): ScriptWrite[] {
  const out: ScriptWrite[] = [];
  const text = line.replace(/(^|\s)#.*$/, '');
  for (const m of text.matchAll(/(?:^|[^<0-9&])(?:[0-9&]?>>?|>\|)\s*(['"]?)(\/[^\s'";|&)]+)\1/g)) {
    const kind = privilegedPathKind(m[2]);
    if (kind && !/^\/dev\/(null|stdout|stderr)$/.test(normalisePath(m[2]))) out.push({ path: normalisePath(m[2]), kind, how: 'redirection' });
  }
  for (const cmd of text.split(/&&|\|\||[;|]|\$\(|`/)) {
    const w = words(cmd.trim());
    let k = 0;
    while (k < w.length && (/^(sudo|env|exec|command|nohup|xargs)$/.test(w[k]) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[k]) || (k > 0 && /^-/.test(w[k]) && /^sudo$/.test(w[k - 1])))) k++;
    const name = (w[k] ?? '').replace(/^.*\//, '');
    if (!name) continue;
    const args = w.slice(k + 1);
    if (name === 'visudo') out.push({ path: '/etc/sudoers', kind: 'sudo configuration', how: 'visudo' });
    if (name === 'crontab' && !args.includes('-l')) out.push({ path: '/var/spool/cron', kind: 'cron', how: 'crontab' });
    if (name === 'chmod') {
      const operands = args.filter((a) => !/^--?[a-zA-Z-]+$/.test(a) || /^-[rwxXst]+$/.test(a));
      const mode = operands[0];
      for (const target of mode ? operands.slice(1) : []) {
        if (setIdChmod(mode, target)) out.push({ path: target.startsWith('/') ? normalisePath(target) : target, kind: 'set-id mode', how: `chmod ${mode}` });
      }
    }
    if (name === 'install' || name === 'mkdir') {
      const mi = args.findIndex((a) => a === '-m' || a.startsWith('--mode'));
      const mode = mi >= 0 ? (args[mi].includes('=') ? args[mi].split('=')[1] : args[mi + 1]) : undefined;
      const target = args.filter((a) => a.startsWith('/')).pop() ?? '?';
      if (mode && (name === 'install' ? setIdMode(mode) && !args.includes('-d') : setIdChmod(mode, target + '/'))) {
        out.push({ path: normalisePath(target), kind: 'set-id mode', how: `${name} -m ${mode}` });
      }
    }
    if (/^(usermod|gpasswd|adduser|useradd)$/.test(name)) {
      const gi = args.findIndex((a) => /^-(a?G|g|-groups|-gid)$|^-aG$/.test(a));
      const groups = gi >= 0 ? (args[gi + 1] ?? '').split(',') : name === 'adduser' && args.length === 2 ? [args[1]] : name === 'gpasswd' && args[0] === '-a' ? [args[2] ?? ''] : [];
      for (const g of groups) if (['root', 'sudo', 'wheel', 'admin', 'docker', 'lxd', 'disk', 'shadow', 'adm', 'kvm', 'libvirt'].includes(g)) out.push({ path: `group ${g}`, kind: 'privileged group', how: name });
    }
    const paths = args.filter((a) => a.startsWith('/'));
    let targets: string[] = [];
    if (COPIERS.test(name)) {targets = paths.slice(-1);} else if (name === 'sed' || name === 'perl') {targets = args.some((a) => /^-[a-zA-Z]*i/.test(a) || a.startsWith('--in-place')) ? paths : [];} else if (CHANGERS.test(name)) {targets = paths;} else if (name === 'curl' || name === 'wget') {
      const oi = args.findIndex((a) => a === '-o' || a === '-O' || a === '--output' || a === '--output-document');
      if (oi >= 0 && args[oi + 1]?.startsWith('/')) targets = [args[oi + 1]];
    } else if (name === 'tar' || name === 'unzip') {
      const di = args.findIndex((a) => a === '-C' || a === '-d' || a === '--directory');
      if (di >= 0 && args[di + 1]?.startsWith('/')) targets = [args[di + 1]];
    } else if (name === 'dd') {
      targets = args.filter((a) => a.startsWith('of=/')).map((a) => a.slice(3));
    }
    for (const t of targets) {
      const kind = privilegedPathKind(t);
      if (kind) out.push({ path: normalisePath(t), kind, how: name });
    }
  }
  const seen = new Set<string>();
  return out.filter((x) => {
    const key = `${x.path}|${x.how}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
