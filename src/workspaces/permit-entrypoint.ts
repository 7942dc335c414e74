import { PlannedUser } from './permit';
import { fail } from './private/error';
import { isValidPosixName, MAX_ID, RESERVED_IDS, RESERVED_NAMES } from './private/posix';

/**
 * What the permit entrypoint prepares before it starts the workspace's server.
 */
export enum PermitEntrypointMode {
  /**
   * Desktop accounts for an RDP workspace: a login shell, a private home with an XFCE session,
   * and (when `PERMIT_HTTP_PROXY` is set) the package proxy for every session.
   */
  DESKTOP = 'desktop',
  /**
   * SFTP-only accounts for the ingress airlock: no shell, no home, and a chrooted upload area
   * each (`/uploads/<name>`, root-owned) with a write-only `incoming` folder (mode 0300).
   */
  SFTP_AIRLOCK = 'sftp-airlock',
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

/** The accounts file a machine's service reads the variables from (Proxmox): its password lines are removed once the accounts are set. */
const ACCOUNTS_FILE = '/etc/permit/accounts.env';
/** Where the airlock's SSH host key is mounted (from a Kubernetes Secret). */
const HOST_KEY_PATH = '/etc/permit/hostkey/ssh_host_ed25519_key';
/** Root of the airlock's upload areas, one mounted volume per data holder. */
const UPLOAD_ROOT = '/uploads';
/** The folder inside each upload area the data holder lands in and writes to. */
const INCOMING = 'incoming';
/** At most this many accounts per workspace. */
const MAX_USERS = 64;

/**
 * SFTP requests the airlock serves: enough to log in, create folders and write files.
 * Everything else (read, readdir, opendir, remove, rename, links, setstat, ...) is refused.
 */
const SFTP_ALLOWED = ['realpath', 'stat', 'lstat', 'fstat', 'open', 'write', 'close', 'fsync', 'mkdir', 'limits', 'expand-path', 'home-directory', 'statvfs', 'fstatvfs'];
/**
 * Requests refused even if a later OpenSSH adds them to a default: listed explicitly so that the
 * intent is visible in the configuration (`-P` is applied after `-p`).
 */
const SFTP_DENIED = ['read', 'readdir', 'opendir', 'readlink', 'remove', 'rmdir', 'rename', 'posix-rename', 'symlink', 'hardlink', 'setstat', 'fsetstat', 'lsetstat', 'copy-data', 'users-groups-by-id'];
/**
 * umask of the airlock's SFTP server: files are created 0200 and folders 0300 (write-only for
 * their owner), so even a request that slipped through could not read an upload back.
 */
const SFTP_UMASK = '0477';

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
export class PermitEntrypoint {
  /** Largest number of accounts one workspace may have. */
  public static readonly MAX_USERS = MAX_USERS;
  /**
   * The accounts file (`/etc/permit/accounts.env`, root-only) a machine's service reads the
   * variables from. Once the accounts are set, the entrypoint removes every password line from
   * it: no password stays on the machine in clear text. A later start without passwords keeps
   * the passwords of the accounts that already exist.
   */
  public static readonly ACCOUNTS_FILE = ACCOUNTS_FILE;
  /** Where the airlock expects its SSH host key (ed25519, OpenSSH format). */
  public static readonly HOST_KEY_PATH = HOST_KEY_PATH;
  /** Root of the airlock's upload areas: `/uploads/<data holder>` each. */
  public static readonly UPLOAD_ROOT = UPLOAD_ROOT;
  /** Name of the write-only folder inside each upload area. */
  public static readonly INCOMING_FOLDER = INCOMING;
  /** Exit status of the script when it refuses its input. */
  public static readonly REFUSED_EXIT_CODE = 64;

  /**
   * The entrypoint script for a mode.
   * @param mode desktop or SFTP airlock
   */
  public static script(mode: PermitEntrypointMode): string {
    return renderScript(mode);
  }

  /** Name of the login-name variable of account `index` (1-based): `USERNAME`, `USERNAME_2`, ... */
  public static usernameVariable(index: number): string {
    return variable('USERNAME', index);
  }

  /** Name of the uid variable of account `index` (1-based). */
  public static uidVariable(index: number): string {
    return variable('USER_UID', index);
  }

  /** Name of the gid variable of account `index` (1-based). */
  public static gidVariable(index: number): string {
    return variable('USER_GID', index);
  }

  /** Name of the password variable of account `index` (1-based); set it from a Secret. */
  public static passwordVariable(index: number): string {
    return variable('USER_PASSWORD', index);
  }

  /**
   * The plain (non-secret) variables for a workspace's accounts: `USER_COUNT` and each
   * account's name, uid and gid. Passwords are not among them: they come from Secrets.
   * Checks the values with the same rules as the script, so a bad plan fails at synthesis.
   * @param users the workspace's accounts
   */
  public static userEnvironment(users: PlannedUser[]): PermitEntrypointVariable[] {
    checkUsers(users);
    const vars: PermitEntrypointVariable[] = [{ name: 'USER_COUNT', value: String(users.length) }];
    users.forEach((u, i) => {
      vars.push({ name: PermitEntrypoint.usernameVariable(i + 1), value: u.name });
      vars.push({ name: PermitEntrypoint.uidVariable(i + 1), value: String(u.uid) });
      vars.push({ name: PermitEntrypoint.gidVariable(i + 1), value: String(u.gid) });
    });
    return vars;
  }

  /**
   * The airlock's `sshd_config`: password logins for the data holders only, each chrooted to
   * its upload area and forced into `internal-sftp` with the write-only request list and umask.
   * @param dataHolders SFTP login names of the data holders
   * @param port TCP port sshd listens on
   */
  public static sshdConfig(dataHolders: string[], port: number = 22): string {
    if (dataHolders.length === 0) fail({ code: 'no-data-holders', message: 'the airlock needs at least one data holder', field: 'dataHolders', value: [], fix: 'add the data holders named on the permit' });
    for (const h of dataHolders) {
      if (!isValidPosixName(h) || RESERVED_NAMES.has(h)) {
        fail({ code: 'invalid-name', message: 'not a valid, non-reserved POSIX login name', field: 'dataHolders', value: h, fix: 'use lower-case letters, digits and dashes, starting with a letter' });
      }
    }
    if (!Number.isInteger(port) || port < 1 || port > 65535) fail({ code: 'invalid-port', message: 'not a TCP port', field: 'port', value: port, fix: 'use 1-65535' });
    const sftp = PermitEntrypoint.sftpServerCommand();
    return [
      '# Ingress airlock of a permit: write-only SFTP for the data holders.',
      '# Generated by cdk-research-workspaces (PermitEntrypoint.sshdConfig); do not edit.',
      `Port ${port}`,
      `HostKey ${HOST_KEY_PATH}`,
      'PidFile /run/sshd.pid',
      'LogLevel VERBOSE',
      'UsePAM no',
      'PermitRootLogin no',
      'PasswordAuthentication yes',
      'PermitEmptyPasswords no',
      'PubkeyAuthentication no',
      'KbdInteractiveAuthentication no',
      'HostbasedAuthentication no',
      'UseDNS no',
      'MaxAuthTries 3',
      'MaxSessions 4',
      'LoginGraceTime 30',
      'ClientAliveInterval 60',
      'ClientAliveCountMax 5',
      'AllowTcpForwarding no',
      'AllowStreamLocalForwarding no',
      'AllowAgentForwarding no',
      'GatewayPorts no',
      'PermitTunnel no',
      'PermitTTY no',
      'PermitUserEnvironment no',
      'PermitUserRC no',
      'X11Forwarding no',
      `AllowUsers ${dataHolders.join(' ')}`,
      `Subsystem sftp ${sftp}`,
      'Match all',
      `    ChrootDirectory ${UPLOAD_ROOT}/%u`,
      `    ForceCommand ${sftp}`,
      '',
    ].join('\n');
  }

  /**
   * The `internal-sftp` command line of the airlock: start in `/incoming`, log every request,
   * allow only what writing needs (`-p`), refuse reading, listing, removing, renaming, links
   * and attribute changes (`-P`), and create files 0200 / folders 0300 (`-u 0477`).
   */
  public static sftpServerCommand(): string {
    return `internal-sftp -l INFO -d /${INCOMING} -u ${SFTP_UMASK} -p ${SFTP_ALLOWED.join(',')} -P ${SFTP_DENIED.join(',')}`;
  }

  private constructor() {}
}

function variable(base: string, index: number): string {
  if (!Number.isInteger(index) || index < 1 || index > MAX_USERS) {
    fail({ code: 'invalid-index', message: `account index must be 1-${MAX_USERS}`, field: 'index', value: index, fix: `use 1-${MAX_USERS}` });
  }
  return index === 1 ? base : `${base}_${index}`;
}

function checkUsers(users: PlannedUser[]): void {
  if (users.length === 0 || users.length > MAX_USERS) {
    fail({ code: 'invalid-users', message: `a workspace needs 1-${MAX_USERS} accounts`, field: 'users', value: users.length, fix: 'check the permit\'s members' });
  }
  const names = new Set<string>();
  const ids = new Set<number>();
  for (const u of users) {
    if (!isValidPosixName(u.name) || RESERVED_NAMES.has(u.name)) {
      fail({ code: 'invalid-name', message: 'not a valid, non-reserved POSIX login name', field: 'users.name', value: u.name, fix: 'use lower-case letters, digits, "_" and "-", starting with a letter' });
    }
    for (const [field, id] of [['uid', u.uid], ['gid', u.gid]] as Array<[string, number]>) {
      if (!Number.isInteger(id) || id < 1000 || id > MAX_ID || RESERVED_IDS.has(id)) {
        fail({ code: 'invalid-id', message: `${field} must be a whole number from 1000 to ${MAX_ID}, not 65534/65535`, field: `users.${field}`, value: id, fix: 'choose an id from the lab range' });
      }
    }
    if (names.has(u.name)) fail({ code: 'duplicate-name', message: 'account listed twice', field: 'users.name', value: u.name, fix: 'list each account once' });
    if (ids.has(u.uid)) fail({ code: 'duplicate-id', message: 'two accounts share a uid', field: 'users.uid', value: u.uid, fix: 'give each account its own uid' });
    names.add(u.name);
    ids.add(u.uid);
  }
}

function renderScript(mode: PermitEntrypointMode): string {
  if (mode !== PermitEntrypointMode.DESKTOP && mode !== PermitEntrypointMode.SFTP_AIRLOCK) {
    fail({ code: 'invalid-mode', message: 'unknown entrypoint mode', field: 'mode', value: mode, fix: `use one of ${Object.values(PermitEntrypointMode).join(', ')}` });
  }
  const sftp = mode === PermitEntrypointMode.SFTP_AIRLOCK;
  const reserved = [...RESERVED_NAMES].sort().join(' ');
  return `#!/bin/bash
# permit-entrypoint (mode ${mode}): generated by cdk-research-workspaces; do not edit.
#
# Creates the workspace's accounts from environment variables, then runs the command given as
# arguments (${sftp ? 'the SSH server of the airlock' : 'the desktop: xrdp'}). Every value is checked before anything
# is changed; a value that does not match is refused (exit ${PermitEntrypoint.REFUSED_EXIT_CODE}) and nothing runs.
#
#   USER_COUNT                                             number of accounts, 1-${MAX_USERS} (default 1)
#   USERNAME, USER_UID, USER_GID, USER_PASSWORD            account 1 (USER_GID defaults to USER_UID)
#   USERNAME_<n>, USER_UID_<n>, USER_GID_<n>, USER_PASSWORD_<n>   account n, 2..USER_COUNT${sftp ? '' : `
#   PERMIT_HTTP_PROXY, PERMIT_NO_PROXY                     optional: package proxy for the sessions`}
set -euo pipefail
export LC_ALL=C
umask 022

readonly RESERVED=' ${reserved} '${sftp ? `
readonly UPLOAD_ROOT='${UPLOAD_ROOT}'
readonly INCOMING='${INCOMING}'` : ''}

refuse() {
  printf 'permit-entrypoint: refused: %s\\n' "$1" >&2
  exit ${PermitEntrypoint.REFUSED_EXIT_CODE}
}

say() {
  printf 'permit-entrypoint: %s\\n' "$1" >&2
}

# A value as a shell-quoted word, at most 80 characters: safe to print whatever it holds.
shown() {
  printf '%q' "\${1:0:80}"
}

# has_password NAME: the account exists and has a usable password hash.
has_password() {
  local entry hash
  entry=$(getent shadow "$1") || return 1
  hash=$(cut -d: -f2 <<<"$entry")
  [ -n "$hash" ] && [[ $hash != '!'* ]] && [[ $hash != '*'* ]]
}

suffix() {
  if [ "$1" -eq 1 ]; then printf ''; else printf '_%s' "$1"; fi
}

# check_id VARIABLE VALUE: a whole number from 1000 to 4294967293, not 65534/65535. The
# regular expression runs first, so arithmetic only ever sees plain decimal digits.
check_id() {
  if ! [[ $2 =~ ^[1-9][0-9]{3,9}$ ]]; then
    refuse "$1 must be a whole number of at least 1000 (got $(shown "$2"))"
  fi
  if (($2 > 4294967293)); then
    refuse "$1 must be at most 4294967293 (got $2)"
  fi
  if (($2 == 65534 || $2 == 65535)); then
    refuse "$1 must not be $2: that id belongs to nobody/nogroup"
  fi
}

# --- 1. read and check every value; nothing is changed before all of them pass -------------
count=\${USER_COUNT:-1}
if ! [[ $count =~ ^[1-9][0-9]?$ ]] || ((count > ${MAX_USERS})); then
  refuse "USER_COUNT must be a number from 1 to ${MAX_USERS} (got $(shown "$count"))"
fi
if [ "$#" -eq 0 ]; then
  refuse "no command to start: give the ${sftp ? 'SSH server' : 'desktop'} command as arguments"
fi

names=()
uids=()
gids=()
passwords=()
for ((i = 1; i <= count; i++)); do
  s=$(suffix "$i")
  name_var="USERNAME$s"
  uid_var="USER_UID$s"
  gid_var="USER_GID$s"
  password_var="USER_PASSWORD$s"
  name=\${!name_var-}
  uid=\${!uid_var-}
  gid=\${!gid_var-$uid}
  password=\${!password_var-}
  if [ -z "$name" ]; then
    refuse "$name_var is not set"
  fi
  if ! [[ $name =~ ^[a-z_][a-z0-9_-]{0,31}$ ]]; then
    refuse "$name_var must be a POSIX login name: a lower-case letter or _, then at most 31 lower-case letters, digits, _ or - (got $(shown "$name"))"
  fi
  if [[ $RESERVED == *" $name "* ]]; then
    refuse "$name_var must not name a system account (got $name)"
  fi
  if [ -z "$uid" ]; then
    refuse "$uid_var is not set"
  fi
  check_id "$uid_var" "$uid"
  check_id "$gid_var" "$gid"
  if [ -z "$password" ]; then
    # A restart after the accounts file lost its passwords: an existing account keeps its own.
    if ! has_password "$name"; then
      refuse "$password_var is not set: every account needs a password"
    fi
  elif ! [[ $password =~ ^[[:graph:]]{12,256}$ ]] || [[ $password == *:* ]]; then
    refuse "$password_var must be 12-256 printable characters without spaces or ':' (value not shown)"
  fi
  for ((j = 0; j < \${#names[@]}; j++)); do
    if [ "\${names[j]}" = "$name" ]; then refuse "$name_var: account $name is listed twice"; fi
    if [ "\${uids[j]}" = "$uid" ]; then refuse "$uid_var: uid $uid is also \${names[j]}'s"; fi
    if [ "\${gids[j]}" = "$gid" ]; then refuse "$gid_var: gid $gid is also \${names[j]}'s (each account has its own group)"; fi
  done
  names+=("$name")
  uids+=("$uid")
  gids+=("$gid")
  passwords+=("$password")
done
${sftp ? '' : `
proxy=\${PERMIT_HTTP_PROXY-}
no_proxy_list=\${PERMIT_NO_PROXY-}
if [ -n "$proxy" ] && ! [[ $proxy =~ ^http://[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?:[0-9]{2,5}$ ]]; then
  refuse "PERMIT_HTTP_PROXY must look like http://host:port (got $(shown "$proxy"))"
fi
if ! [[ $no_proxy_list =~ ^[a-z0-9.,-]{0,1024}$ ]]; then
  refuse "PERMIT_NO_PROXY must be a comma-separated list of host names (got $(shown "$no_proxy_list"))"
fi
`}
ours() {
  local n
  for n in "\${names[@]}"; do
    if [ "$n" = "$1" ]; then return 0; fi
  done
  return 1
}

# Existing accounts (a restarted container) must match exactly; ids must be free otherwise.
for ((i = 0; i < count; i++)); do
  name=\${names[i]}
  uid=\${uids[i]}
  gid=\${gids[i]}
  if entry=$(getent passwd "$name"); then
    IFS=: read -r _ _ euid egid _ <<<"$entry"
    if [ "$euid" != "$uid" ] || [ "$egid" != "$gid" ]; then
      refuse "account $name already exists with uid $euid and gid $egid, not $uid and $gid"
    fi
  elif entry=$(getent passwd "$uid"); then
    refuse "uid $uid already belongs to \${entry%%:*}; give $name another uid"
  fi
  if entry=$(getent group "$gid") && [ "\${entry%%:*}" != "$name" ]; then
    refuse "gid $gid already belongs to group \${entry%%:*}; give $name another gid"
  fi
  if entry=$(getent group "$name") && [ "$(cut -d: -f3 <<<"$entry")" != "$gid" ]; then
    refuse "group $name already exists with gid $(cut -d: -f3 <<<"$entry"), not $gid"
  fi${sftp ? `
  area="$UPLOAD_ROOT/$name"
  if [ ! -d "$area" ] || [ -L "$area" ]; then
    refuse "the upload area $area of $name is not mounted"
  fi
  if [ -L "$area/$INCOMING" ]; then
    refuse "$area/$INCOMING is a symbolic link"
  fi` : ''}
done

# --- 2. change the system ----------------------------------------------------------------
# Accounts the image brought cannot log in: only the permit's people can.
while IFS=: read -r other _ other_uid _; do
  if [[ $other_uid =~ ^[0-9]+$ ]] && ((other_uid >= 1000 && other_uid < 65534)) && ! ours "$other"; then
    usermod --lock --expiredate 1 "$other" >/dev/null
    say "locked account $other (uid $other_uid) that came with the image"
  fi
done </etc/passwd

for ((i = 0; i < count; i++)); do
  name=\${names[i]}
  uid=\${uids[i]}
  gid=\${gids[i]}
  if ! getent group "$gid" >/dev/null; then
    groupadd --gid "$gid" "$name"
  fi
  if ! getent passwd "$name" >/dev/null; then
${sftp
  ? '    useradd --no-log-init --uid "$uid" --gid "$gid" --shell /usr/sbin/nologin --home-dir "/$INCOMING" --no-create-home "$name"'
  : '    useradd --no-log-init --uid "$uid" --gid "$gid" --shell /bin/bash --home-dir "/home/$name" --create-home "$name"'}
  fi
  if [ -n "\${passwords[i]}" ]; then
    printf '%s:%s\\n' "$name" "\${passwords[i]}" | chpasswd
  fi
${sftp ? `  # The chroot must belong to root; the data holder may only create and write in incoming/.
  area="$UPLOAD_ROOT/$name"
  chown root:root "$area"
  chmod 0755 "$area"
  install -d -o "$uid" -g "$gid" -m 0300 "$area/$INCOMING"` : `  home="/home/$name"
  install -d -o "$uid" -g "$gid" -m 0700 "$home"
  if [ ! -e "$home/.xsession" ] && [ ! -L "$home/.xsession" ]; then
    printf 'xfce4-session\\n' >"$home/.xsession"
    chown "$uid:$gid" "$home/.xsession"
  fi`}
  say "account $name ready (uid $uid, gid $gid)"
done
${sftp ? `
# Privilege separation directory of sshd.
install -d -o root -g root -m 0755 /run/sshd
` : `
# The package proxy (setup phase only): every login shell and the desktop session read these.
if [ -n "$proxy" ]; then
  printf 'export http_proxy=%s https_proxy=%s HTTP_PROXY=%s HTTPS_PROXY=%s no_proxy=%s NO_PROXY=%s\\n' \\
    "$proxy" "$proxy" "$proxy" "$proxy" "$no_proxy_list" "$no_proxy_list" >/etc/profile.d/permit-proxy.sh
  chmod 0644 /etc/profile.d/permit-proxy.sh
  say "sessions use the package proxy $proxy"
else
  rm -f /etc/profile.d/permit-proxy.sh
fi
`}
# No password stays on the machine in clear text: the accounts file keeps names and ids only.
if [ -f '${ACCOUNTS_FILE}' ] && grep -q -E '^USER_PASSWORD(_[0-9]+)?=' '${ACCOUNTS_FILE}'; then
  if [ -L '${ACCOUNTS_FILE}' ]; then
    refuse '${ACCOUNTS_FILE} is a symbolic link'
  fi
  scrubbed=$(mktemp '${ACCOUNTS_FILE}.XXXXXX')
  grep -v -E '^USER_PASSWORD(_[0-9]+)?=' '${ACCOUNTS_FILE}' >"$scrubbed" || true
  chown root:root "$scrubbed"
  chmod 0600 "$scrubbed"
  mv -f "$scrubbed" '${ACCOUNTS_FILE}'
  say "removed the passwords from ${ACCOUNTS_FILE}"
fi

unset USER_PASSWORD passwords
for ((i = 2; i <= count; i++)); do
  unset "USER_PASSWORD_$i"
done
exec "$@"
`;
}
