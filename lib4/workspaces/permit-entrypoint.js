"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PermitEntrypoint = exports.PermitEntrypointMode = void 0;
const error_1 = require("./private/error");
const posix_1 = require("./private/posix");
/**
 * What the permit entrypoint prepares before it starts the workspace's server.
 */
var PermitEntrypointMode;
(function (PermitEntrypointMode) {
    /**
     * Desktop accounts for an RDP workspace: a login shell, a private home with an XFCE session,
     * and (when `PERMIT_HTTP_PROXY` is set) the package proxy for every session.
     */
    PermitEntrypointMode["DESKTOP"] = "desktop";
    /**
     * SFTP-only accounts for the ingress airlock: no shell, no home, and a chrooted upload area
     * each (`/uploads/<name>`, root-owned) with a write-only `incoming` folder (mode 0300).
     */
    PermitEntrypointMode["SFTP_AIRLOCK"] = "sftp-airlock";
})(PermitEntrypointMode || (exports.PermitEntrypointMode = PermitEntrypointMode = {}));
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
class PermitEntrypoint {
    /** Largest number of accounts one workspace may have. */
    static MAX_USERS = MAX_USERS;
    /**
     * The accounts file (`/etc/permit/accounts.env`, root-only) a machine's service reads the
     * variables from. Once the accounts are set, the entrypoint removes every password line from
     * it: no password stays on the machine in clear text. A later start without passwords keeps
     * the passwords of the accounts that already exist.
     */
    static ACCOUNTS_FILE = ACCOUNTS_FILE;
    /** Where the airlock expects its SSH host key (ed25519, OpenSSH format). */
    static HOST_KEY_PATH = HOST_KEY_PATH;
    /** Root of the airlock's upload areas: `/uploads/<data holder>` each. */
    static UPLOAD_ROOT = UPLOAD_ROOT;
    /** Name of the write-only folder inside each upload area. */
    static INCOMING_FOLDER = INCOMING;
    /** Exit status of the script when it refuses its input. */
    static REFUSED_EXIT_CODE = 64;
    /**
     * The entrypoint script for a mode.
     * @param mode desktop or SFTP airlock
     */
    static script(mode) {
        return renderScript(mode);
    }
    /** Name of the login-name variable of account `index` (1-based): `USERNAME`, `USERNAME_2`, ... */
    static usernameVariable(index) {
        return variable('USERNAME', index);
    }
    /** Name of the uid variable of account `index` (1-based). */
    static uidVariable(index) {
        return variable('USER_UID', index);
    }
    /** Name of the gid variable of account `index` (1-based). */
    static gidVariable(index) {
        return variable('USER_GID', index);
    }
    /** Name of the password variable of account `index` (1-based); set it from a Secret. */
    static passwordVariable(index) {
        return variable('USER_PASSWORD', index);
    }
    /**
     * The plain (non-secret) variables for a workspace's accounts: `USER_COUNT` and each
     * account's name, uid and gid. Passwords are not among them: they come from Secrets.
     * Checks the values with the same rules as the script, so a bad plan fails at synthesis.
     * @param users the workspace's accounts
     */
    static userEnvironment(users) {
        checkUsers(users);
        const vars = [{ name: 'USER_COUNT', value: String(users.length) }];
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
    static sshdConfig(dataHolders, port = 22) {
        if (dataHolders.length === 0)
            (0, error_1.fail)({ code: 'no-data-holders', message: 'the airlock needs at least one data holder', field: 'dataHolders', value: [], fix: 'add the data holders named on the permit' });
        for (const h of dataHolders) {
            if (!(0, posix_1.isValidPosixName)(h) || posix_1.RESERVED_NAMES.has(h)) {
                (0, error_1.fail)({ code: 'invalid-name', message: 'not a valid, non-reserved POSIX login name', field: 'dataHolders', value: h, fix: 'use lower-case letters, digits and dashes, starting with a letter' });
            }
        }
        if (!Number.isInteger(port) || port < 1 || port > 65535)
            (0, error_1.fail)({ code: 'invalid-port', message: 'not a TCP port', field: 'port', value: port, fix: 'use 1-65535' });
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
    static sftpServerCommand() {
        return `internal-sftp -l INFO -d /${INCOMING} -u ${SFTP_UMASK} -p ${SFTP_ALLOWED.join(',')} -P ${SFTP_DENIED.join(',')}`;
    }
    constructor() { }
}
exports.PermitEntrypoint = PermitEntrypoint;
function variable(base, index) {
    if (!Number.isInteger(index) || index < 1 || index > MAX_USERS) {
        (0, error_1.fail)({ code: 'invalid-index', message: `account index must be 1-${MAX_USERS}`, field: 'index', value: index, fix: `use 1-${MAX_USERS}` });
    }
    return index === 1 ? base : `${base}_${index}`;
}
function checkUsers(users) {
    if (users.length === 0 || users.length > MAX_USERS) {
        (0, error_1.fail)({ code: 'invalid-users', message: `a workspace needs 1-${MAX_USERS} accounts`, field: 'users', value: users.length, fix: 'check the permit\'s members' });
    }
    const names = new Set();
    const ids = new Set();
    for (const u of users) {
        if (!(0, posix_1.isValidPosixName)(u.name) || posix_1.RESERVED_NAMES.has(u.name)) {
            (0, error_1.fail)({ code: 'invalid-name', message: 'not a valid, non-reserved POSIX login name', field: 'users.name', value: u.name, fix: 'use lower-case letters, digits, "_" and "-", starting with a letter' });
        }
        for (const [field, id] of [['uid', u.uid], ['gid', u.gid]]) {
            if (!Number.isInteger(id) || id < 1000 || id > posix_1.MAX_ID || posix_1.RESERVED_IDS.has(id)) {
                (0, error_1.fail)({ code: 'invalid-id', message: `${field} must be a whole number from 1000 to ${posix_1.MAX_ID}, not 65534/65535`, field: `users.${field}`, value: id, fix: 'choose an id from the lab range' });
            }
        }
        if (names.has(u.name))
            (0, error_1.fail)({ code: 'duplicate-name', message: 'account listed twice', field: 'users.name', value: u.name, fix: 'list each account once' });
        if (ids.has(u.uid))
            (0, error_1.fail)({ code: 'duplicate-id', message: 'two accounts share a uid', field: 'users.uid', value: u.uid, fix: 'give each account its own uid' });
        names.add(u.name);
        ids.add(u.uid);
    }
}
function renderScript(mode) {
    if (mode !== PermitEntrypointMode.DESKTOP && mode !== PermitEntrypointMode.SFTP_AIRLOCK) {
        (0, error_1.fail)({ code: 'invalid-mode', message: 'unknown entrypoint mode', field: 'mode', value: mode, fix: `use one of ${Object.values(PermitEntrypointMode).join(', ')}` });
    }
    const sftp = mode === PermitEntrypointMode.SFTP_AIRLOCK;
    const reserved = [...posix_1.RESERVED_NAMES].sort().join(' ');
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVybWl0LWVudHJ5cG9pbnQuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvd29ya3NwYWNlcy9wZXJtaXQtZW50cnlwb2ludC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7QUFDQSwyQ0FBdUM7QUFDdkMsMkNBQXlGO0FBRXpGOztHQUVHO0FBQ0gsSUFBWSxvQkFXWDtBQVhELFdBQVksb0JBQW9CO0lBQzlCOzs7T0FHRztJQUNILDJDQUFtQixDQUFBO0lBQ25COzs7T0FHRztJQUNILHFEQUE2QixDQUFBO0FBQy9CLENBQUMsRUFYVyxvQkFBb0Isb0NBQXBCLG9CQUFvQixRQVcvQjtBQVlELDBJQUEwSTtBQUMxSSxNQUFNLGFBQWEsR0FBRywwQkFBMEIsQ0FBQztBQUNqRCw4RUFBOEU7QUFDOUUsTUFBTSxhQUFhLEdBQUcsMENBQTBDLENBQUM7QUFDakUsOEVBQThFO0FBQzlFLE1BQU0sV0FBVyxHQUFHLFVBQVUsQ0FBQztBQUMvQixpRkFBaUY7QUFDakYsTUFBTSxRQUFRLEdBQUcsVUFBVSxDQUFDO0FBQzVCLGdEQUFnRDtBQUNoRCxNQUFNLFNBQVMsR0FBRyxFQUFFLENBQUM7QUFFckI7OztHQUdHO0FBQ0gsTUFBTSxZQUFZLEdBQUcsQ0FBQyxVQUFVLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsYUFBYSxFQUFFLGdCQUFnQixFQUFFLFNBQVMsRUFBRSxVQUFVLENBQUMsQ0FBQztBQUMxSzs7O0dBR0c7QUFDSCxNQUFNLFdBQVcsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTLEVBQUUsU0FBUyxFQUFFLFVBQVUsRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxjQUFjLEVBQUUsU0FBUyxFQUFFLFVBQVUsRUFBRSxTQUFTLEVBQUUsVUFBVSxFQUFFLFVBQVUsRUFBRSxXQUFXLEVBQUUsb0JBQW9CLENBQUMsQ0FBQztBQUN6TTs7O0dBR0c7QUFDSCxNQUFNLFVBQVUsR0FBRyxNQUFNLENBQUM7QUFFMUI7Ozs7Ozs7Ozs7Ozs7Ozs7R0FnQkc7QUFDSCxNQUFhLGdCQUFnQjtJQUMzQix5REFBeUQ7SUFDbEQsTUFBTSxDQUFVLFNBQVMsR0FBRyxTQUFTLENBQUM7SUFDN0M7Ozs7O09BS0c7SUFDSSxNQUFNLENBQVUsYUFBYSxHQUFHLGFBQWEsQ0FBQztJQUNyRCw0RUFBNEU7SUFDckUsTUFBTSxDQUFVLGFBQWEsR0FBRyxhQUFhLENBQUM7SUFDckQseUVBQXlFO0lBQ2xFLE1BQU0sQ0FBVSxXQUFXLEdBQUcsV0FBVyxDQUFDO0lBQ2pELDZEQUE2RDtJQUN0RCxNQUFNLENBQVUsZUFBZSxHQUFHLFFBQVEsQ0FBQztJQUNsRCwyREFBMkQ7SUFDcEQsTUFBTSxDQUFVLGlCQUFpQixHQUFHLEVBQUUsQ0FBQztJQUU5Qzs7O09BR0c7SUFDSSxNQUFNLENBQUMsTUFBTSxDQUFDLElBQTBCO1FBQzdDLE9BQU8sWUFBWSxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQzVCLENBQUM7SUFFRCxrR0FBa0c7SUFDM0YsTUFBTSxDQUFDLGdCQUFnQixDQUFDLEtBQWE7UUFDMUMsT0FBTyxRQUFRLENBQUMsVUFBVSxFQUFFLEtBQUssQ0FBQyxDQUFDO0lBQ3JDLENBQUM7SUFFRCw2REFBNkQ7SUFDdEQsTUFBTSxDQUFDLFdBQVcsQ0FBQyxLQUFhO1FBQ3JDLE9BQU8sUUFBUSxDQUFDLFVBQVUsRUFBRSxLQUFLLENBQUMsQ0FBQztJQUNyQyxDQUFDO0lBRUQsNkRBQTZEO0lBQ3RELE1BQU0sQ0FBQyxXQUFXLENBQUMsS0FBYTtRQUNyQyxPQUFPLFFBQVEsQ0FBQyxVQUFVLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFDckMsQ0FBQztJQUVELHdGQUF3RjtJQUNqRixNQUFNLENBQUMsZ0JBQWdCLENBQUMsS0FBYTtRQUMxQyxPQUFPLFFBQVEsQ0FBQyxlQUFlLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFDMUMsQ0FBQztJQUVEOzs7OztPQUtHO0lBQ0ksTUFBTSxDQUFDLGVBQWUsQ0FBQyxLQUFvQjtRQUNoRCxVQUFVLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDbEIsTUFBTSxJQUFJLEdBQStCLENBQUMsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLEtBQUssRUFBRSxNQUFNLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUMvRixLQUFLLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFO1lBQ3JCLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLENBQUMsZ0JBQWdCLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztZQUM3RSxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixDQUFDLFdBQVcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQy9FLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLENBQUMsV0FBVyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDakYsQ0FBQyxDQUFDLENBQUM7UUFDSCxPQUFPLElBQUksQ0FBQztJQUNkLENBQUM7SUFFRDs7Ozs7T0FLRztJQUNJLE1BQU0sQ0FBQyxVQUFVLENBQUMsV0FBcUIsRUFBRSxPQUFlLEVBQUU7UUFDL0QsSUFBSSxXQUFXLENBQUMsTUFBTSxLQUFLLENBQUM7WUFBRSxJQUFBLFlBQUksRUFBQyxFQUFFLElBQUksRUFBRSxpQkFBaUIsRUFBRSxPQUFPLEVBQUUsNENBQTRDLEVBQUUsS0FBSyxFQUFFLGFBQWEsRUFBRSxLQUFLLEVBQUUsRUFBRSxFQUFFLEdBQUcsRUFBRSwwQ0FBMEMsRUFBRSxDQUFDLENBQUM7UUFDek0sS0FBSyxNQUFNLENBQUMsSUFBSSxXQUFXLEVBQUUsQ0FBQztZQUM1QixJQUFJLENBQUMsSUFBQSx3QkFBZ0IsRUFBQyxDQUFDLENBQUMsSUFBSSxzQkFBYyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO2dCQUNsRCxJQUFBLFlBQUksRUFBQyxFQUFFLElBQUksRUFBRSxjQUFjLEVBQUUsT0FBTyxFQUFFLDRDQUE0QyxFQUFFLEtBQUssRUFBRSxhQUFhLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsbUVBQW1FLEVBQUUsQ0FBQyxDQUFDO1lBQ2xNLENBQUM7UUFDSCxDQUFDO1FBQ0QsSUFBSSxDQUFDLE1BQU0sQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLElBQUksSUFBSSxHQUFHLENBQUMsSUFBSSxJQUFJLEdBQUcsS0FBSztZQUFFLElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxPQUFPLEVBQUUsZ0JBQWdCLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLEdBQUcsRUFBRSxhQUFhLEVBQUUsQ0FBQyxDQUFDO1FBQ25LLE1BQU0sSUFBSSxHQUFHLGdCQUFnQixDQUFDLGlCQUFpQixFQUFFLENBQUM7UUFDbEQsT0FBTztZQUNMLHNFQUFzRTtZQUN0RSxvRkFBb0Y7WUFDcEYsUUFBUSxJQUFJLEVBQUU7WUFDZCxXQUFXLGFBQWEsRUFBRTtZQUMxQix1QkFBdUI7WUFDdkIsa0JBQWtCO1lBQ2xCLFdBQVc7WUFDWCxvQkFBb0I7WUFDcEIsNEJBQTRCO1lBQzVCLHlCQUF5QjtZQUN6Qix5QkFBeUI7WUFDekIsaUNBQWlDO1lBQ2pDLDRCQUE0QjtZQUM1QixXQUFXO1lBQ1gsZ0JBQWdCO1lBQ2hCLGVBQWU7WUFDZixtQkFBbUI7WUFDbkIsd0JBQXdCO1lBQ3hCLHVCQUF1QjtZQUN2Qix1QkFBdUI7WUFDdkIsK0JBQStCO1lBQy9CLHlCQUF5QjtZQUN6QixpQkFBaUI7WUFDakIsaUJBQWlCO1lBQ2pCLGNBQWM7WUFDZCwwQkFBMEI7WUFDMUIsaUJBQWlCO1lBQ2pCLGtCQUFrQjtZQUNsQixjQUFjLFdBQVcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUU7WUFDckMsa0JBQWtCLElBQUksRUFBRTtZQUN4QixXQUFXO1lBQ1gsdUJBQXVCLFdBQVcsS0FBSztZQUN2QyxvQkFBb0IsSUFBSSxFQUFFO1lBQzFCLEVBQUU7U0FDSCxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNmLENBQUM7SUFFRDs7OztPQUlHO0lBQ0ksTUFBTSxDQUFDLGlCQUFpQjtRQUM3QixPQUFPLDZCQUE2QixRQUFRLE9BQU8sVUFBVSxPQUFPLFlBQVksQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLE9BQU8sV0FBVyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDO0lBQzNILENBQUM7SUFFRCxnQkFBdUIsQ0FBQzs7QUE5SDFCLDRDQStIQztBQUVELFNBQVMsUUFBUSxDQUFDLElBQVksRUFBRSxLQUFhO0lBQzNDLElBQUksQ0FBQyxNQUFNLENBQUMsU0FBUyxDQUFDLEtBQUssQ0FBQyxJQUFJLEtBQUssR0FBRyxDQUFDLElBQUksS0FBSyxHQUFHLFNBQVMsRUFBRSxDQUFDO1FBQy9ELElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLGVBQWUsRUFBRSxPQUFPLEVBQUUsMkJBQTJCLFNBQVMsRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsU0FBUyxTQUFTLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDNUksQ0FBQztJQUNELE9BQU8sS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxHQUFHLElBQUksSUFBSSxLQUFLLEVBQUUsQ0FBQztBQUNqRCxDQUFDO0FBRUQsU0FBUyxVQUFVLENBQUMsS0FBb0I7SUFDdEMsSUFBSSxLQUFLLENBQUMsTUFBTSxLQUFLLENBQUMsSUFBSSxLQUFLLENBQUMsTUFBTSxHQUFHLFNBQVMsRUFBRSxDQUFDO1FBQ25ELElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLGVBQWUsRUFBRSxPQUFPLEVBQUUsdUJBQXVCLFNBQVMsV0FBVyxFQUFFLEtBQUssRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxNQUFNLEVBQUUsR0FBRyxFQUFFLDZCQUE2QixFQUFFLENBQUMsQ0FBQztJQUNqSyxDQUFDO0lBQ0QsTUFBTSxLQUFLLEdBQUcsSUFBSSxHQUFHLEVBQVUsQ0FBQztJQUNoQyxNQUFNLEdBQUcsR0FBRyxJQUFJLEdBQUcsRUFBVSxDQUFDO0lBQzlCLEtBQUssTUFBTSxDQUFDLElBQUksS0FBSyxFQUFFLENBQUM7UUFDdEIsSUFBSSxDQUFDLElBQUEsd0JBQWdCLEVBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLHNCQUFjLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1lBQzVELElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxPQUFPLEVBQUUsNENBQTRDLEVBQUUsS0FBSyxFQUFFLFlBQVksRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxHQUFHLEVBQUUscUVBQXFFLEVBQUUsQ0FBQyxDQUFDO1FBQ3hNLENBQUM7UUFDRCxLQUFLLE1BQU0sQ0FBQyxLQUFLLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUE0QixFQUFFLENBQUM7WUFDdEYsSUFBSSxDQUFDLE1BQU0sQ0FBQyxTQUFTLENBQUMsRUFBRSxDQUFDLElBQUksRUFBRSxHQUFHLElBQUksSUFBSSxFQUFFLEdBQUcsY0FBTSxJQUFJLG9CQUFZLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxFQUFFLENBQUM7Z0JBQzlFLElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLFlBQVksRUFBRSxPQUFPLEVBQUUsR0FBRyxLQUFLLHdDQUF3QyxjQUFNLG1CQUFtQixFQUFFLEtBQUssRUFBRSxTQUFTLEtBQUssRUFBRSxFQUFFLEtBQUssRUFBRSxFQUFFLEVBQUUsR0FBRyxFQUFFLGlDQUFpQyxFQUFFLENBQUMsQ0FBQztZQUMvTCxDQUFDO1FBQ0gsQ0FBQztRQUNELElBQUksS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDO1lBQUUsSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsT0FBTyxFQUFFLHNCQUFzQixFQUFFLEtBQUssRUFBRSxZQUFZLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsR0FBRyxFQUFFLHdCQUF3QixFQUFFLENBQUMsQ0FBQztRQUM1SixJQUFJLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQztZQUFFLElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxPQUFPLEVBQUUsMEJBQTBCLEVBQUUsS0FBSyxFQUFFLFdBQVcsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLEdBQUcsRUFBRSxHQUFHLEVBQUUsK0JBQStCLEVBQUUsQ0FBQyxDQUFDO1FBQ2hLLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ2xCLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ2pCLENBQUM7QUFDSCxDQUFDO0FBRUQsU0FBUyxZQUFZLENBQUMsSUFBMEI7SUFDOUMsSUFBSSxJQUFJLEtBQUssb0JBQW9CLENBQUMsT0FBTyxJQUFJLElBQUksS0FBSyxvQkFBb0IsQ0FBQyxZQUFZLEVBQUUsQ0FBQztRQUN4RixJQUFBLFlBQUksRUFBQyxFQUFFLElBQUksRUFBRSxjQUFjLEVBQUUsT0FBTyxFQUFFLHlCQUF5QixFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxHQUFHLEVBQUUsY0FBYyxNQUFNLENBQUMsTUFBTSxDQUFDLG9CQUFvQixDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ3RLLENBQUM7SUFDRCxNQUFNLElBQUksR0FBRyxJQUFJLEtBQUssb0JBQW9CLENBQUMsWUFBWSxDQUFDO0lBQ3hELE1BQU0sUUFBUSxHQUFHLENBQUMsR0FBRyxzQkFBYyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ3RELE9BQU87NEJBQ21CLElBQUk7OztlQUdqQixJQUFJLENBQUMsQ0FBQyxDQUFDLCtCQUErQixDQUFDLENBQUMsQ0FBQyxtQkFBbUI7NkRBQ2QsZ0JBQWdCLENBQUMsaUJBQWlCOzttRkFFWixTQUFTOzs0RkFFQSxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7b0dBQ0o7Ozs7O3NCQUs5RSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUMsQ0FBQzt3QkFDbEIsV0FBVztxQkFDZCxRQUFRLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRTs7OztTQUk1QixnQkFBZ0IsQ0FBQyxpQkFBaUI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7a0RBd0NPLFNBQVM7a0RBQ1QsU0FBUzs7OzBDQUdqQixJQUFJLENBQUMsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsU0FBUzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztFQWlEdkUsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDOzs7Ozs7Ozs7Q0FTYjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O01BMkJLLElBQUksQ0FBQyxDQUFDLENBQUM7Ozs7Ozs7S0FPUixDQUFDLENBQUMsQ0FBQyxFQUFFOzs7Ozs7Ozs7Ozs7Ozs7Ozs7OztFQW9CUixJQUFJO1FBQ0osQ0FBQyxDQUFDLGdJQUFnSTtRQUNsSSxDQUFDLENBQUMsc0hBQXNIOzs7OztFQUt4SCxJQUFJLENBQUMsQ0FBQyxDQUFDOzs7OzJEQUlrRCxDQUFDLENBQUMsQ0FBQzs7Ozs7S0FLekQ7OztFQUdILElBQUksQ0FBQyxDQUFDLENBQUM7OztDQUdSLENBQUMsQ0FBQyxDQUFDOzs7Ozs7Ozs7O0NBVUg7O1dBRVUsYUFBYSxrREFBa0QsYUFBYTthQUMxRSxhQUFhO2NBQ1osYUFBYTs7dUJBRUosYUFBYTs0Q0FDUSxhQUFhOzs7dUJBR2xDLGFBQWE7b0NBQ0EsYUFBYTs7Ozs7Ozs7Q0FRaEQsQ0FBQztBQUNGLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgeyBQbGFubmVkVXNlciB9IGZyb20gJy4vcGVybWl0JztcbmltcG9ydCB7IGZhaWwgfSBmcm9tICcuL3ByaXZhdGUvZXJyb3InO1xuaW1wb3J0IHsgaXNWYWxpZFBvc2l4TmFtZSwgTUFYX0lELCBSRVNFUlZFRF9JRFMsIFJFU0VSVkVEX05BTUVTIH0gZnJvbSAnLi9wcml2YXRlL3Bvc2l4JztcblxuLyoqXG4gKiBXaGF0IHRoZSBwZXJtaXQgZW50cnlwb2ludCBwcmVwYXJlcyBiZWZvcmUgaXQgc3RhcnRzIHRoZSB3b3Jrc3BhY2UncyBzZXJ2ZXIuXG4gKi9cbmV4cG9ydCBlbnVtIFBlcm1pdEVudHJ5cG9pbnRNb2RlIHtcbiAgLyoqXG4gICAqIERlc2t0b3AgYWNjb3VudHMgZm9yIGFuIFJEUCB3b3Jrc3BhY2U6IGEgbG9naW4gc2hlbGwsIGEgcHJpdmF0ZSBob21lIHdpdGggYW4gWEZDRSBzZXNzaW9uLFxuICAgKiBhbmQgKHdoZW4gYFBFUk1JVF9IVFRQX1BST1hZYCBpcyBzZXQpIHRoZSBwYWNrYWdlIHByb3h5IGZvciBldmVyeSBzZXNzaW9uLlxuICAgKi9cbiAgREVTS1RPUCA9ICdkZXNrdG9wJyxcbiAgLyoqXG4gICAqIFNGVFAtb25seSBhY2NvdW50cyBmb3IgdGhlIGluZ3Jlc3MgYWlybG9jazogbm8gc2hlbGwsIG5vIGhvbWUsIGFuZCBhIGNocm9vdGVkIHVwbG9hZCBhcmVhXG4gICAqIGVhY2ggKGAvdXBsb2Fkcy88bmFtZT5gLCByb290LW93bmVkKSB3aXRoIGEgd3JpdGUtb25seSBgaW5jb21pbmdgIGZvbGRlciAobW9kZSAwMzAwKS5cbiAgICovXG4gIFNGVFBfQUlSTE9DSyA9ICdzZnRwLWFpcmxvY2snLFxufVxuXG4vKipcbiAqIE9uZSBlbnZpcm9ubWVudCB2YXJpYWJsZSBvZiBhIHdvcmtzcGFjZSBjb250YWluZXIuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGVybWl0RW50cnlwb2ludFZhcmlhYmxlIHtcbiAgLyoqIFZhcmlhYmxlIG5hbWUuICovXG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgLyoqIFZhbHVlLiAqL1xuICByZWFkb25seSB2YWx1ZTogc3RyaW5nO1xufVxuXG4vKiogVGhlIGFjY291bnRzIGZpbGUgYSBtYWNoaW5lJ3Mgc2VydmljZSByZWFkcyB0aGUgdmFyaWFibGVzIGZyb20gKFByb3htb3gpOiBpdHMgcGFzc3dvcmQgbGluZXMgYXJlIHJlbW92ZWQgb25jZSB0aGUgYWNjb3VudHMgYXJlIHNldC4gKi9cbmNvbnN0IEFDQ09VTlRTX0ZJTEUgPSAnL2V0Yy9wZXJtaXQvYWNjb3VudHMuZW52Jztcbi8qKiBXaGVyZSB0aGUgYWlybG9jaydzIFNTSCBob3N0IGtleSBpcyBtb3VudGVkIChmcm9tIGEgS3ViZXJuZXRlcyBTZWNyZXQpLiAqL1xuY29uc3QgSE9TVF9LRVlfUEFUSCA9ICcvZXRjL3Blcm1pdC9ob3N0a2V5L3NzaF9ob3N0X2VkMjU1MTlfa2V5Jztcbi8qKiBSb290IG9mIHRoZSBhaXJsb2NrJ3MgdXBsb2FkIGFyZWFzLCBvbmUgbW91bnRlZCB2b2x1bWUgcGVyIGRhdGEgaG9sZGVyLiAqL1xuY29uc3QgVVBMT0FEX1JPT1QgPSAnL3VwbG9hZHMnO1xuLyoqIFRoZSBmb2xkZXIgaW5zaWRlIGVhY2ggdXBsb2FkIGFyZWEgdGhlIGRhdGEgaG9sZGVyIGxhbmRzIGluIGFuZCB3cml0ZXMgdG8uICovXG5jb25zdCBJTkNPTUlORyA9ICdpbmNvbWluZyc7XG4vKiogQXQgbW9zdCB0aGlzIG1hbnkgYWNjb3VudHMgcGVyIHdvcmtzcGFjZS4gKi9cbmNvbnN0IE1BWF9VU0VSUyA9IDY0O1xuXG4vKipcbiAqIFNGVFAgcmVxdWVzdHMgdGhlIGFpcmxvY2sgc2VydmVzOiBlbm91Z2ggdG8gbG9nIGluLCBjcmVhdGUgZm9sZGVycyBhbmQgd3JpdGUgZmlsZXMuXG4gKiBFdmVyeXRoaW5nIGVsc2UgKHJlYWQsIHJlYWRkaXIsIG9wZW5kaXIsIHJlbW92ZSwgcmVuYW1lLCBsaW5rcywgc2V0c3RhdCwgLi4uKSBpcyByZWZ1c2VkLlxuICovXG5jb25zdCBTRlRQX0FMTE9XRUQgPSBbJ3JlYWxwYXRoJywgJ3N0YXQnLCAnbHN0YXQnLCAnZnN0YXQnLCAnb3BlbicsICd3cml0ZScsICdjbG9zZScsICdmc3luYycsICdta2RpcicsICdsaW1pdHMnLCAnZXhwYW5kLXBhdGgnLCAnaG9tZS1kaXJlY3RvcnknLCAnc3RhdHZmcycsICdmc3RhdHZmcyddO1xuLyoqXG4gKiBSZXF1ZXN0cyByZWZ1c2VkIGV2ZW4gaWYgYSBsYXRlciBPcGVuU1NIIGFkZHMgdGhlbSB0byBhIGRlZmF1bHQ6IGxpc3RlZCBleHBsaWNpdGx5IHNvIHRoYXQgdGhlXG4gKiBpbnRlbnQgaXMgdmlzaWJsZSBpbiB0aGUgY29uZmlndXJhdGlvbiAoYC1QYCBpcyBhcHBsaWVkIGFmdGVyIGAtcGApLlxuICovXG5jb25zdCBTRlRQX0RFTklFRCA9IFsncmVhZCcsICdyZWFkZGlyJywgJ29wZW5kaXInLCAncmVhZGxpbmsnLCAncmVtb3ZlJywgJ3JtZGlyJywgJ3JlbmFtZScsICdwb3NpeC1yZW5hbWUnLCAnc3ltbGluaycsICdoYXJkbGluaycsICdzZXRzdGF0JywgJ2ZzZXRzdGF0JywgJ2xzZXRzdGF0JywgJ2NvcHktZGF0YScsICd1c2Vycy1ncm91cHMtYnktaWQnXTtcbi8qKlxuICogdW1hc2sgb2YgdGhlIGFpcmxvY2sncyBTRlRQIHNlcnZlcjogZmlsZXMgYXJlIGNyZWF0ZWQgMDIwMCBhbmQgZm9sZGVycyAwMzAwICh3cml0ZS1vbmx5IGZvclxuICogdGhlaXIgb3duZXIpLCBzbyBldmVuIGEgcmVxdWVzdCB0aGF0IHNsaXBwZWQgdGhyb3VnaCBjb3VsZCBub3QgcmVhZCBhbiB1cGxvYWQgYmFjay5cbiAqL1xuY29uc3QgU0ZUUF9VTUFTSyA9ICcwNDc3JztcblxuLyoqXG4gKiBUaGUgZW50cnlwb2ludCBvZiBwZXJtaXQgd29ya3NwYWNlczogYSBiYXNoIHNjcmlwdCwgZ2VuZXJhdGVkIGhlcmUgYW5kIG1vdW50ZWQgZnJvbSBhXG4gKiBDb25maWdNYXAsIHRoYXQgY3JlYXRlcyB0aGUgYXNzaWduZWQgYWNjb3VudHMgZnJvbSBlbnZpcm9ubWVudCB2YXJpYWJsZXMgYmVmb3JlIGl0IHN0YXJ0c1xuICogdGhlIGRlc2t0b3AgKHhyZHApIG9yIHRoZSBhaXJsb2NrJ3MgU1NIIHNlcnZlci5cbiAqXG4gKiBFdmVyeSB2YWx1ZSBpcyBjaGVja2VkIGJlZm9yZSBhbnl0aGluZyBpcyBjaGFuZ2VkOiBsb2dpbiBuYW1lcyBtdXN0IGJlIFBPU0lYIG5hbWVzIHRoYXQgYXJlXG4gKiBub3Qgc3lzdGVtIGFjY291bnRzLCB1aWRzIGFuZCBnaWRzIHdob2xlIG51bWJlcnMgZnJvbSAxMDAwIChuZXZlciA2NTUzNC82NTUzNSksIHBhc3N3b3Jkc1xuICogMTItMjU2IHByaW50YWJsZSBjaGFyYWN0ZXJzIHdpdGhvdXQgYDpgOyBhY2NvdW50cyB0aGUgaW1hZ2UgYnJvdWdodCAodWlkID49IDEwMDApIGFyZVxuICogbG9ja2VkLCBzbyBvbmx5IHRoZSBwZXJtaXQncyBwZW9wbGUgY2FuIGxvZyBpbi4gQSB2YWx1ZSB0aGF0IGRvZXMgbm90IG1hdGNoIGlzIHJlZnVzZWQgd2l0aFxuICogYSBtZXNzYWdlIG5hbWluZyB0aGUgdmFyaWFibGUsIGFuZCBub3RoaW5nIHJ1bnM6IHRoZSBzY3JpcHQgbmV2ZXIgZXZhbHVhdGVzIGEgdmFsdWUsIGFuZFxuICogbnVtYmVycyBhcmUgbWF0Y2hlZCBieSBhIHJlZ3VsYXIgZXhwcmVzc2lvbiBiZWZvcmUgYW55IGFyaXRobWV0aWMgc2VlcyB0aGVtLlxuICpcbiAqIFZhcmlhYmxlczogYFVTRVJfQ09VTlRgICgxLTY0LCBkZWZhdWx0IDEpOyBgVVNFUk5BTUVgLCBgVVNFUl9VSURgLCBgVVNFUl9HSURgIChkZWZhdWx0OiB0aGVcbiAqIHVpZCksIGBVU0VSX1BBU1NXT1JEYCBmb3IgdGhlIGZpcnN0IGFjY291bnQgYW5kIHRoZSBzYW1lIG5hbWVzIHdpdGggYF88bj5gIChgVVNFUk5BTUVfMmAsIC4uLilcbiAqIGZvciBhY2NvdW50IG47IGBQRVJNSVRfSFRUUF9QUk9YWWAgKGBodHRwOi8vaG9zdDpwb3J0YCkgYW5kIGBQRVJNSVRfTk9fUFJPWFlgIGZvciBkZXNrdG9wXG4gKiBzZXNzaW9ucyB0aGF0IGluc3RhbGwgc29mdHdhcmUgdGhyb3VnaCB0aGUgcGFja2FnZSBwcm94eS5cbiAqL1xuZXhwb3J0IGNsYXNzIFBlcm1pdEVudHJ5cG9pbnQge1xuICAvKiogTGFyZ2VzdCBudW1iZXIgb2YgYWNjb3VudHMgb25lIHdvcmtzcGFjZSBtYXkgaGF2ZS4gKi9cbiAgcHVibGljIHN0YXRpYyByZWFkb25seSBNQVhfVVNFUlMgPSBNQVhfVVNFUlM7XG4gIC8qKlxuICAgKiBUaGUgYWNjb3VudHMgZmlsZSAoYC9ldGMvcGVybWl0L2FjY291bnRzLmVudmAsIHJvb3Qtb25seSkgYSBtYWNoaW5lJ3Mgc2VydmljZSByZWFkcyB0aGVcbiAgICogdmFyaWFibGVzIGZyb20uIE9uY2UgdGhlIGFjY291bnRzIGFyZSBzZXQsIHRoZSBlbnRyeXBvaW50IHJlbW92ZXMgZXZlcnkgcGFzc3dvcmQgbGluZSBmcm9tXG4gICAqIGl0OiBubyBwYXNzd29yZCBzdGF5cyBvbiB0aGUgbWFjaGluZSBpbiBjbGVhciB0ZXh0LiBBIGxhdGVyIHN0YXJ0IHdpdGhvdXQgcGFzc3dvcmRzIGtlZXBzXG4gICAqIHRoZSBwYXNzd29yZHMgb2YgdGhlIGFjY291bnRzIHRoYXQgYWxyZWFkeSBleGlzdC5cbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgcmVhZG9ubHkgQUNDT1VOVFNfRklMRSA9IEFDQ09VTlRTX0ZJTEU7XG4gIC8qKiBXaGVyZSB0aGUgYWlybG9jayBleHBlY3RzIGl0cyBTU0ggaG9zdCBrZXkgKGVkMjU1MTksIE9wZW5TU0ggZm9ybWF0KS4gKi9cbiAgcHVibGljIHN0YXRpYyByZWFkb25seSBIT1NUX0tFWV9QQVRIID0gSE9TVF9LRVlfUEFUSDtcbiAgLyoqIFJvb3Qgb2YgdGhlIGFpcmxvY2sncyB1cGxvYWQgYXJlYXM6IGAvdXBsb2Fkcy88ZGF0YSBob2xkZXI+YCBlYWNoLiAqL1xuICBwdWJsaWMgc3RhdGljIHJlYWRvbmx5IFVQTE9BRF9ST09UID0gVVBMT0FEX1JPT1Q7XG4gIC8qKiBOYW1lIG9mIHRoZSB3cml0ZS1vbmx5IGZvbGRlciBpbnNpZGUgZWFjaCB1cGxvYWQgYXJlYS4gKi9cbiAgcHVibGljIHN0YXRpYyByZWFkb25seSBJTkNPTUlOR19GT0xERVIgPSBJTkNPTUlORztcbiAgLyoqIEV4aXQgc3RhdHVzIG9mIHRoZSBzY3JpcHQgd2hlbiBpdCByZWZ1c2VzIGl0cyBpbnB1dC4gKi9cbiAgcHVibGljIHN0YXRpYyByZWFkb25seSBSRUZVU0VEX0VYSVRfQ09ERSA9IDY0O1xuXG4gIC8qKlxuICAgKiBUaGUgZW50cnlwb2ludCBzY3JpcHQgZm9yIGEgbW9kZS5cbiAgICogQHBhcmFtIG1vZGUgZGVza3RvcCBvciBTRlRQIGFpcmxvY2tcbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgc2NyaXB0KG1vZGU6IFBlcm1pdEVudHJ5cG9pbnRNb2RlKTogc3RyaW5nIHtcbiAgICByZXR1cm4gcmVuZGVyU2NyaXB0KG1vZGUpO1xuICB9XG5cbiAgLyoqIE5hbWUgb2YgdGhlIGxvZ2luLW5hbWUgdmFyaWFibGUgb2YgYWNjb3VudCBgaW5kZXhgICgxLWJhc2VkKTogYFVTRVJOQU1FYCwgYFVTRVJOQU1FXzJgLCAuLi4gKi9cbiAgcHVibGljIHN0YXRpYyB1c2VybmFtZVZhcmlhYmxlKGluZGV4OiBudW1iZXIpOiBzdHJpbmcge1xuICAgIHJldHVybiB2YXJpYWJsZSgnVVNFUk5BTUUnLCBpbmRleCk7XG4gIH1cblxuICAvKiogTmFtZSBvZiB0aGUgdWlkIHZhcmlhYmxlIG9mIGFjY291bnQgYGluZGV4YCAoMS1iYXNlZCkuICovXG4gIHB1YmxpYyBzdGF0aWMgdWlkVmFyaWFibGUoaW5kZXg6IG51bWJlcik6IHN0cmluZyB7XG4gICAgcmV0dXJuIHZhcmlhYmxlKCdVU0VSX1VJRCcsIGluZGV4KTtcbiAgfVxuXG4gIC8qKiBOYW1lIG9mIHRoZSBnaWQgdmFyaWFibGUgb2YgYWNjb3VudCBgaW5kZXhgICgxLWJhc2VkKS4gKi9cbiAgcHVibGljIHN0YXRpYyBnaWRWYXJpYWJsZShpbmRleDogbnVtYmVyKTogc3RyaW5nIHtcbiAgICByZXR1cm4gdmFyaWFibGUoJ1VTRVJfR0lEJywgaW5kZXgpO1xuICB9XG5cbiAgLyoqIE5hbWUgb2YgdGhlIHBhc3N3b3JkIHZhcmlhYmxlIG9mIGFjY291bnQgYGluZGV4YCAoMS1iYXNlZCk7IHNldCBpdCBmcm9tIGEgU2VjcmV0LiAqL1xuICBwdWJsaWMgc3RhdGljIHBhc3N3b3JkVmFyaWFibGUoaW5kZXg6IG51bWJlcik6IHN0cmluZyB7XG4gICAgcmV0dXJuIHZhcmlhYmxlKCdVU0VSX1BBU1NXT1JEJywgaW5kZXgpO1xuICB9XG5cbiAgLyoqXG4gICAqIFRoZSBwbGFpbiAobm9uLXNlY3JldCkgdmFyaWFibGVzIGZvciBhIHdvcmtzcGFjZSdzIGFjY291bnRzOiBgVVNFUl9DT1VOVGAgYW5kIGVhY2hcbiAgICogYWNjb3VudCdzIG5hbWUsIHVpZCBhbmQgZ2lkLiBQYXNzd29yZHMgYXJlIG5vdCBhbW9uZyB0aGVtOiB0aGV5IGNvbWUgZnJvbSBTZWNyZXRzLlxuICAgKiBDaGVja3MgdGhlIHZhbHVlcyB3aXRoIHRoZSBzYW1lIHJ1bGVzIGFzIHRoZSBzY3JpcHQsIHNvIGEgYmFkIHBsYW4gZmFpbHMgYXQgc3ludGhlc2lzLlxuICAgKiBAcGFyYW0gdXNlcnMgdGhlIHdvcmtzcGFjZSdzIGFjY291bnRzXG4gICAqL1xuICBwdWJsaWMgc3RhdGljIHVzZXJFbnZpcm9ubWVudCh1c2VyczogUGxhbm5lZFVzZXJbXSk6IFBlcm1pdEVudHJ5cG9pbnRWYXJpYWJsZVtdIHtcbiAgICBjaGVja1VzZXJzKHVzZXJzKTtcbiAgICBjb25zdCB2YXJzOiBQZXJtaXRFbnRyeXBvaW50VmFyaWFibGVbXSA9IFt7IG5hbWU6ICdVU0VSX0NPVU5UJywgdmFsdWU6IFN0cmluZyh1c2Vycy5sZW5ndGgpIH1dO1xuICAgIHVzZXJzLmZvckVhY2goKHUsIGkpID0+IHtcbiAgICAgIHZhcnMucHVzaCh7IG5hbWU6IFBlcm1pdEVudHJ5cG9pbnQudXNlcm5hbWVWYXJpYWJsZShpICsgMSksIHZhbHVlOiB1Lm5hbWUgfSk7XG4gICAgICB2YXJzLnB1c2goeyBuYW1lOiBQZXJtaXRFbnRyeXBvaW50LnVpZFZhcmlhYmxlKGkgKyAxKSwgdmFsdWU6IFN0cmluZyh1LnVpZCkgfSk7XG4gICAgICB2YXJzLnB1c2goeyBuYW1lOiBQZXJtaXRFbnRyeXBvaW50LmdpZFZhcmlhYmxlKGkgKyAxKSwgdmFsdWU6IFN0cmluZyh1LmdpZCkgfSk7XG4gICAgfSk7XG4gICAgcmV0dXJuIHZhcnM7XG4gIH1cblxuICAvKipcbiAgICogVGhlIGFpcmxvY2sncyBgc3NoZF9jb25maWdgOiBwYXNzd29yZCBsb2dpbnMgZm9yIHRoZSBkYXRhIGhvbGRlcnMgb25seSwgZWFjaCBjaHJvb3RlZCB0b1xuICAgKiBpdHMgdXBsb2FkIGFyZWEgYW5kIGZvcmNlZCBpbnRvIGBpbnRlcm5hbC1zZnRwYCB3aXRoIHRoZSB3cml0ZS1vbmx5IHJlcXVlc3QgbGlzdCBhbmQgdW1hc2suXG4gICAqIEBwYXJhbSBkYXRhSG9sZGVycyBTRlRQIGxvZ2luIG5hbWVzIG9mIHRoZSBkYXRhIGhvbGRlcnNcbiAgICogQHBhcmFtIHBvcnQgVENQIHBvcnQgc3NoZCBsaXN0ZW5zIG9uXG4gICAqL1xuICBwdWJsaWMgc3RhdGljIHNzaGRDb25maWcoZGF0YUhvbGRlcnM6IHN0cmluZ1tdLCBwb3J0OiBudW1iZXIgPSAyMik6IHN0cmluZyB7XG4gICAgaWYgKGRhdGFIb2xkZXJzLmxlbmd0aCA9PT0gMCkgZmFpbCh7IGNvZGU6ICduby1kYXRhLWhvbGRlcnMnLCBtZXNzYWdlOiAndGhlIGFpcmxvY2sgbmVlZHMgYXQgbGVhc3Qgb25lIGRhdGEgaG9sZGVyJywgZmllbGQ6ICdkYXRhSG9sZGVycycsIHZhbHVlOiBbXSwgZml4OiAnYWRkIHRoZSBkYXRhIGhvbGRlcnMgbmFtZWQgb24gdGhlIHBlcm1pdCcgfSk7XG4gICAgZm9yIChjb25zdCBoIG9mIGRhdGFIb2xkZXJzKSB7XG4gICAgICBpZiAoIWlzVmFsaWRQb3NpeE5hbWUoaCkgfHwgUkVTRVJWRURfTkFNRVMuaGFzKGgpKSB7XG4gICAgICAgIGZhaWwoeyBjb2RlOiAnaW52YWxpZC1uYW1lJywgbWVzc2FnZTogJ25vdCBhIHZhbGlkLCBub24tcmVzZXJ2ZWQgUE9TSVggbG9naW4gbmFtZScsIGZpZWxkOiAnZGF0YUhvbGRlcnMnLCB2YWx1ZTogaCwgZml4OiAndXNlIGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzIGFuZCBkYXNoZXMsIHN0YXJ0aW5nIHdpdGggYSBsZXR0ZXInIH0pO1xuICAgICAgfVxuICAgIH1cbiAgICBpZiAoIU51bWJlci5pc0ludGVnZXIocG9ydCkgfHwgcG9ydCA8IDEgfHwgcG9ydCA+IDY1NTM1KSBmYWlsKHsgY29kZTogJ2ludmFsaWQtcG9ydCcsIG1lc3NhZ2U6ICdub3QgYSBUQ1AgcG9ydCcsIGZpZWxkOiAncG9ydCcsIHZhbHVlOiBwb3J0LCBmaXg6ICd1c2UgMS02NTUzNScgfSk7XG4gICAgY29uc3Qgc2Z0cCA9IFBlcm1pdEVudHJ5cG9pbnQuc2Z0cFNlcnZlckNvbW1hbmQoKTtcbiAgICByZXR1cm4gW1xuICAgICAgJyMgSW5ncmVzcyBhaXJsb2NrIG9mIGEgcGVybWl0OiB3cml0ZS1vbmx5IFNGVFAgZm9yIHRoZSBkYXRhIGhvbGRlcnMuJyxcbiAgICAgICcjIEdlbmVyYXRlZCBieSBjZGstcmVzZWFyY2gtd29ya3NwYWNlcyAoUGVybWl0RW50cnlwb2ludC5zc2hkQ29uZmlnKTsgZG8gbm90IGVkaXQuJyxcbiAgICAgIGBQb3J0ICR7cG9ydH1gLFxuICAgICAgYEhvc3RLZXkgJHtIT1NUX0tFWV9QQVRIfWAsXG4gICAgICAnUGlkRmlsZSAvcnVuL3NzaGQucGlkJyxcbiAgICAgICdMb2dMZXZlbCBWRVJCT1NFJyxcbiAgICAgICdVc2VQQU0gbm8nLFxuICAgICAgJ1Blcm1pdFJvb3RMb2dpbiBubycsXG4gICAgICAnUGFzc3dvcmRBdXRoZW50aWNhdGlvbiB5ZXMnLFxuICAgICAgJ1Blcm1pdEVtcHR5UGFzc3dvcmRzIG5vJyxcbiAgICAgICdQdWJrZXlBdXRoZW50aWNhdGlvbiBubycsXG4gICAgICAnS2JkSW50ZXJhY3RpdmVBdXRoZW50aWNhdGlvbiBubycsXG4gICAgICAnSG9zdGJhc2VkQXV0aGVudGljYXRpb24gbm8nLFxuICAgICAgJ1VzZUROUyBubycsXG4gICAgICAnTWF4QXV0aFRyaWVzIDMnLFxuICAgICAgJ01heFNlc3Npb25zIDQnLFxuICAgICAgJ0xvZ2luR3JhY2VUaW1lIDMwJyxcbiAgICAgICdDbGllbnRBbGl2ZUludGVydmFsIDYwJyxcbiAgICAgICdDbGllbnRBbGl2ZUNvdW50TWF4IDUnLFxuICAgICAgJ0FsbG93VGNwRm9yd2FyZGluZyBubycsXG4gICAgICAnQWxsb3dTdHJlYW1Mb2NhbEZvcndhcmRpbmcgbm8nLFxuICAgICAgJ0FsbG93QWdlbnRGb3J3YXJkaW5nIG5vJyxcbiAgICAgICdHYXRld2F5UG9ydHMgbm8nLFxuICAgICAgJ1Blcm1pdFR1bm5lbCBubycsXG4gICAgICAnUGVybWl0VFRZIG5vJyxcbiAgICAgICdQZXJtaXRVc2VyRW52aXJvbm1lbnQgbm8nLFxuICAgICAgJ1Blcm1pdFVzZXJSQyBubycsXG4gICAgICAnWDExRm9yd2FyZGluZyBubycsXG4gICAgICBgQWxsb3dVc2VycyAke2RhdGFIb2xkZXJzLmpvaW4oJyAnKX1gLFxuICAgICAgYFN1YnN5c3RlbSBzZnRwICR7c2Z0cH1gLFxuICAgICAgJ01hdGNoIGFsbCcsXG4gICAgICBgICAgIENocm9vdERpcmVjdG9yeSAke1VQTE9BRF9ST09UfS8ldWAsXG4gICAgICBgICAgIEZvcmNlQ29tbWFuZCAke3NmdHB9YCxcbiAgICAgICcnLFxuICAgIF0uam9pbignXFxuJyk7XG4gIH1cblxuICAvKipcbiAgICogVGhlIGBpbnRlcm5hbC1zZnRwYCBjb21tYW5kIGxpbmUgb2YgdGhlIGFpcmxvY2s6IHN0YXJ0IGluIGAvaW5jb21pbmdgLCBsb2cgZXZlcnkgcmVxdWVzdCxcbiAgICogYWxsb3cgb25seSB3aGF0IHdyaXRpbmcgbmVlZHMgKGAtcGApLCByZWZ1c2UgcmVhZGluZywgbGlzdGluZywgcmVtb3ZpbmcsIHJlbmFtaW5nLCBsaW5rc1xuICAgKiBhbmQgYXR0cmlidXRlIGNoYW5nZXMgKGAtUGApLCBhbmQgY3JlYXRlIGZpbGVzIDAyMDAgLyBmb2xkZXJzIDAzMDAgKGAtdSAwNDc3YCkuXG4gICAqL1xuICBwdWJsaWMgc3RhdGljIHNmdHBTZXJ2ZXJDb21tYW5kKCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIGBpbnRlcm5hbC1zZnRwIC1sIElORk8gLWQgLyR7SU5DT01JTkd9IC11ICR7U0ZUUF9VTUFTS30gLXAgJHtTRlRQX0FMTE9XRUQuam9pbignLCcpfSAtUCAke1NGVFBfREVOSUVELmpvaW4oJywnKX1gO1xuICB9XG5cbiAgcHJpdmF0ZSBjb25zdHJ1Y3RvcigpIHt9XG59XG5cbmZ1bmN0aW9uIHZhcmlhYmxlKGJhc2U6IHN0cmluZywgaW5kZXg6IG51bWJlcik6IHN0cmluZyB7XG4gIGlmICghTnVtYmVyLmlzSW50ZWdlcihpbmRleCkgfHwgaW5kZXggPCAxIHx8IGluZGV4ID4gTUFYX1VTRVJTKSB7XG4gICAgZmFpbCh7IGNvZGU6ICdpbnZhbGlkLWluZGV4JywgbWVzc2FnZTogYGFjY291bnQgaW5kZXggbXVzdCBiZSAxLSR7TUFYX1VTRVJTfWAsIGZpZWxkOiAnaW5kZXgnLCB2YWx1ZTogaW5kZXgsIGZpeDogYHVzZSAxLSR7TUFYX1VTRVJTfWAgfSk7XG4gIH1cbiAgcmV0dXJuIGluZGV4ID09PSAxID8gYmFzZSA6IGAke2Jhc2V9XyR7aW5kZXh9YDtcbn1cblxuZnVuY3Rpb24gY2hlY2tVc2Vycyh1c2VyczogUGxhbm5lZFVzZXJbXSk6IHZvaWQge1xuICBpZiAodXNlcnMubGVuZ3RoID09PSAwIHx8IHVzZXJzLmxlbmd0aCA+IE1BWF9VU0VSUykge1xuICAgIGZhaWwoeyBjb2RlOiAnaW52YWxpZC11c2VycycsIG1lc3NhZ2U6IGBhIHdvcmtzcGFjZSBuZWVkcyAxLSR7TUFYX1VTRVJTfSBhY2NvdW50c2AsIGZpZWxkOiAndXNlcnMnLCB2YWx1ZTogdXNlcnMubGVuZ3RoLCBmaXg6ICdjaGVjayB0aGUgcGVybWl0XFwncyBtZW1iZXJzJyB9KTtcbiAgfVxuICBjb25zdCBuYW1lcyA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBpZHMgPSBuZXcgU2V0PG51bWJlcj4oKTtcbiAgZm9yIChjb25zdCB1IG9mIHVzZXJzKSB7XG4gICAgaWYgKCFpc1ZhbGlkUG9zaXhOYW1lKHUubmFtZSkgfHwgUkVTRVJWRURfTkFNRVMuaGFzKHUubmFtZSkpIHtcbiAgICAgIGZhaWwoeyBjb2RlOiAnaW52YWxpZC1uYW1lJywgbWVzc2FnZTogJ25vdCBhIHZhbGlkLCBub24tcmVzZXJ2ZWQgUE9TSVggbG9naW4gbmFtZScsIGZpZWxkOiAndXNlcnMubmFtZScsIHZhbHVlOiB1Lm5hbWUsIGZpeDogJ3VzZSBsb3dlci1jYXNlIGxldHRlcnMsIGRpZ2l0cywgXCJfXCIgYW5kIFwiLVwiLCBzdGFydGluZyB3aXRoIGEgbGV0dGVyJyB9KTtcbiAgICB9XG4gICAgZm9yIChjb25zdCBbZmllbGQsIGlkXSBvZiBbWyd1aWQnLCB1LnVpZF0sIFsnZ2lkJywgdS5naWRdXSBhcyBBcnJheTxbc3RyaW5nLCBudW1iZXJdPikge1xuICAgICAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKGlkKSB8fCBpZCA8IDEwMDAgfHwgaWQgPiBNQVhfSUQgfHwgUkVTRVJWRURfSURTLmhhcyhpZCkpIHtcbiAgICAgICAgZmFpbCh7IGNvZGU6ICdpbnZhbGlkLWlkJywgbWVzc2FnZTogYCR7ZmllbGR9IG11c3QgYmUgYSB3aG9sZSBudW1iZXIgZnJvbSAxMDAwIHRvICR7TUFYX0lEfSwgbm90IDY1NTM0LzY1NTM1YCwgZmllbGQ6IGB1c2Vycy4ke2ZpZWxkfWAsIHZhbHVlOiBpZCwgZml4OiAnY2hvb3NlIGFuIGlkIGZyb20gdGhlIGxhYiByYW5nZScgfSk7XG4gICAgICB9XG4gICAgfVxuICAgIGlmIChuYW1lcy5oYXModS5uYW1lKSkgZmFpbCh7IGNvZGU6ICdkdXBsaWNhdGUtbmFtZScsIG1lc3NhZ2U6ICdhY2NvdW50IGxpc3RlZCB0d2ljZScsIGZpZWxkOiAndXNlcnMubmFtZScsIHZhbHVlOiB1Lm5hbWUsIGZpeDogJ2xpc3QgZWFjaCBhY2NvdW50IG9uY2UnIH0pO1xuICAgIGlmIChpZHMuaGFzKHUudWlkKSkgZmFpbCh7IGNvZGU6ICdkdXBsaWNhdGUtaWQnLCBtZXNzYWdlOiAndHdvIGFjY291bnRzIHNoYXJlIGEgdWlkJywgZmllbGQ6ICd1c2Vycy51aWQnLCB2YWx1ZTogdS51aWQsIGZpeDogJ2dpdmUgZWFjaCBhY2NvdW50IGl0cyBvd24gdWlkJyB9KTtcbiAgICBuYW1lcy5hZGQodS5uYW1lKTtcbiAgICBpZHMuYWRkKHUudWlkKTtcbiAgfVxufVxuXG5mdW5jdGlvbiByZW5kZXJTY3JpcHQobW9kZTogUGVybWl0RW50cnlwb2ludE1vZGUpOiBzdHJpbmcge1xuICBpZiAobW9kZSAhPT0gUGVybWl0RW50cnlwb2ludE1vZGUuREVTS1RPUCAmJiBtb2RlICE9PSBQZXJtaXRFbnRyeXBvaW50TW9kZS5TRlRQX0FJUkxPQ0spIHtcbiAgICBmYWlsKHsgY29kZTogJ2ludmFsaWQtbW9kZScsIG1lc3NhZ2U6ICd1bmtub3duIGVudHJ5cG9pbnQgbW9kZScsIGZpZWxkOiAnbW9kZScsIHZhbHVlOiBtb2RlLCBmaXg6IGB1c2Ugb25lIG9mICR7T2JqZWN0LnZhbHVlcyhQZXJtaXRFbnRyeXBvaW50TW9kZSkuam9pbignLCAnKX1gIH0pO1xuICB9XG4gIGNvbnN0IHNmdHAgPSBtb2RlID09PSBQZXJtaXRFbnRyeXBvaW50TW9kZS5TRlRQX0FJUkxPQ0s7XG4gIGNvbnN0IHJlc2VydmVkID0gWy4uLlJFU0VSVkVEX05BTUVTXS5zb3J0KCkuam9pbignICcpO1xuICByZXR1cm4gYCMhL2Jpbi9iYXNoXG4jIHBlcm1pdC1lbnRyeXBvaW50IChtb2RlICR7bW9kZX0pOiBnZW5lcmF0ZWQgYnkgY2RrLXJlc2VhcmNoLXdvcmtzcGFjZXM7IGRvIG5vdCBlZGl0LlxuI1xuIyBDcmVhdGVzIHRoZSB3b3Jrc3BhY2UncyBhY2NvdW50cyBmcm9tIGVudmlyb25tZW50IHZhcmlhYmxlcywgdGhlbiBydW5zIHRoZSBjb21tYW5kIGdpdmVuIGFzXG4jIGFyZ3VtZW50cyAoJHtzZnRwID8gJ3RoZSBTU0ggc2VydmVyIG9mIHRoZSBhaXJsb2NrJyA6ICd0aGUgZGVza3RvcDogeHJkcCd9KS4gRXZlcnkgdmFsdWUgaXMgY2hlY2tlZCBiZWZvcmUgYW55dGhpbmdcbiMgaXMgY2hhbmdlZDsgYSB2YWx1ZSB0aGF0IGRvZXMgbm90IG1hdGNoIGlzIHJlZnVzZWQgKGV4aXQgJHtQZXJtaXRFbnRyeXBvaW50LlJFRlVTRURfRVhJVF9DT0RFfSkgYW5kIG5vdGhpbmcgcnVucy5cbiNcbiMgICBVU0VSX0NPVU5UICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgbnVtYmVyIG9mIGFjY291bnRzLCAxLSR7TUFYX1VTRVJTfSAoZGVmYXVsdCAxKVxuIyAgIFVTRVJOQU1FLCBVU0VSX1VJRCwgVVNFUl9HSUQsIFVTRVJfUEFTU1dPUkQgICAgICAgICAgICBhY2NvdW50IDEgKFVTRVJfR0lEIGRlZmF1bHRzIHRvIFVTRVJfVUlEKVxuIyAgIFVTRVJOQU1FXzxuPiwgVVNFUl9VSURfPG4+LCBVU0VSX0dJRF88bj4sIFVTRVJfUEFTU1dPUkRfPG4+ICAgYWNjb3VudCBuLCAyLi5VU0VSX0NPVU5UJHtzZnRwID8gJycgOiBgXG4jICAgUEVSTUlUX0hUVFBfUFJPWFksIFBFUk1JVF9OT19QUk9YWSAgICAgICAgICAgICAgICAgICAgIG9wdGlvbmFsOiBwYWNrYWdlIHByb3h5IGZvciB0aGUgc2Vzc2lvbnNgfVxuc2V0IC1ldW8gcGlwZWZhaWxcbmV4cG9ydCBMQ19BTEw9Q1xudW1hc2sgMDIyXG5cbnJlYWRvbmx5IFJFU0VSVkVEPScgJHtyZXNlcnZlZH0gJyR7c2Z0cCA/IGBcbnJlYWRvbmx5IFVQTE9BRF9ST09UPScke1VQTE9BRF9ST09UfSdcbnJlYWRvbmx5IElOQ09NSU5HPScke0lOQ09NSU5HfSdgIDogJyd9XG5cbnJlZnVzZSgpIHtcbiAgcHJpbnRmICdwZXJtaXQtZW50cnlwb2ludDogcmVmdXNlZDogJXNcXFxcbicgXCIkMVwiID4mMlxuICBleGl0ICR7UGVybWl0RW50cnlwb2ludC5SRUZVU0VEX0VYSVRfQ09ERX1cbn1cblxuc2F5KCkge1xuICBwcmludGYgJ3Blcm1pdC1lbnRyeXBvaW50OiAlc1xcXFxuJyBcIiQxXCIgPiYyXG59XG5cbiMgQSB2YWx1ZSBhcyBhIHNoZWxsLXF1b3RlZCB3b3JkLCBhdCBtb3N0IDgwIGNoYXJhY3RlcnM6IHNhZmUgdG8gcHJpbnQgd2hhdGV2ZXIgaXQgaG9sZHMuXG5zaG93bigpIHtcbiAgcHJpbnRmICclcScgXCJcXCR7MTowOjgwfVwiXG59XG5cbiMgaGFzX3Bhc3N3b3JkIE5BTUU6IHRoZSBhY2NvdW50IGV4aXN0cyBhbmQgaGFzIGEgdXNhYmxlIHBhc3N3b3JkIGhhc2guXG5oYXNfcGFzc3dvcmQoKSB7XG4gIGxvY2FsIGVudHJ5IGhhc2hcbiAgZW50cnk9JChnZXRlbnQgc2hhZG93IFwiJDFcIikgfHwgcmV0dXJuIDFcbiAgaGFzaD0kKGN1dCAtZDogLWYyIDw8PFwiJGVudHJ5XCIpXG4gIFsgLW4gXCIkaGFzaFwiIF0gJiYgW1sgJGhhc2ggIT0gJyEnKiBdXSAmJiBbWyAkaGFzaCAhPSAnKicqIF1dXG59XG5cbnN1ZmZpeCgpIHtcbiAgaWYgWyBcIiQxXCIgLWVxIDEgXTsgdGhlbiBwcmludGYgJyc7IGVsc2UgcHJpbnRmICdfJXMnIFwiJDFcIjsgZmlcbn1cblxuIyBjaGVja19pZCBWQVJJQUJMRSBWQUxVRTogYSB3aG9sZSBudW1iZXIgZnJvbSAxMDAwIHRvIDQyOTQ5NjcyOTMsIG5vdCA2NTUzNC82NTUzNS4gVGhlXG4jIHJlZ3VsYXIgZXhwcmVzc2lvbiBydW5zIGZpcnN0LCBzbyBhcml0aG1ldGljIG9ubHkgZXZlciBzZWVzIHBsYWluIGRlY2ltYWwgZGlnaXRzLlxuY2hlY2tfaWQoKSB7XG4gIGlmICEgW1sgJDIgPX4gXlsxLTldWzAtOV17Myw5fSQgXV07IHRoZW5cbiAgICByZWZ1c2UgXCIkMSBtdXN0IGJlIGEgd2hvbGUgbnVtYmVyIG9mIGF0IGxlYXN0IDEwMDAgKGdvdCAkKHNob3duIFwiJDJcIikpXCJcbiAgZmlcbiAgaWYgKCgkMiA+IDQyOTQ5NjcyOTMpKTsgdGhlblxuICAgIHJlZnVzZSBcIiQxIG11c3QgYmUgYXQgbW9zdCA0Mjk0OTY3MjkzIChnb3QgJDIpXCJcbiAgZmlcbiAgaWYgKCgkMiA9PSA2NTUzNCB8fCAkMiA9PSA2NTUzNSkpOyB0aGVuXG4gICAgcmVmdXNlIFwiJDEgbXVzdCBub3QgYmUgJDI6IHRoYXQgaWQgYmVsb25ncyB0byBub2JvZHkvbm9ncm91cFwiXG4gIGZpXG59XG5cbiMgLS0tIDEuIHJlYWQgYW5kIGNoZWNrIGV2ZXJ5IHZhbHVlOyBub3RoaW5nIGlzIGNoYW5nZWQgYmVmb3JlIGFsbCBvZiB0aGVtIHBhc3MgLS0tLS0tLS0tLS0tLVxuY291bnQ9XFwke1VTRVJfQ09VTlQ6LTF9XG5pZiAhIFtbICRjb3VudCA9fiBeWzEtOV1bMC05XT8kIF1dIHx8ICgoY291bnQgPiAke01BWF9VU0VSU30pKTsgdGhlblxuICByZWZ1c2UgXCJVU0VSX0NPVU5UIG11c3QgYmUgYSBudW1iZXIgZnJvbSAxIHRvICR7TUFYX1VTRVJTfSAoZ290ICQoc2hvd24gXCIkY291bnRcIikpXCJcbmZpXG5pZiBbIFwiJCNcIiAtZXEgMCBdOyB0aGVuXG4gIHJlZnVzZSBcIm5vIGNvbW1hbmQgdG8gc3RhcnQ6IGdpdmUgdGhlICR7c2Z0cCA/ICdTU0ggc2VydmVyJyA6ICdkZXNrdG9wJ30gY29tbWFuZCBhcyBhcmd1bWVudHNcIlxuZmlcblxubmFtZXM9KClcbnVpZHM9KClcbmdpZHM9KClcbnBhc3N3b3Jkcz0oKVxuZm9yICgoaSA9IDE7IGkgPD0gY291bnQ7IGkrKykpOyBkb1xuICBzPSQoc3VmZml4IFwiJGlcIilcbiAgbmFtZV92YXI9XCJVU0VSTkFNRSRzXCJcbiAgdWlkX3Zhcj1cIlVTRVJfVUlEJHNcIlxuICBnaWRfdmFyPVwiVVNFUl9HSUQkc1wiXG4gIHBhc3N3b3JkX3Zhcj1cIlVTRVJfUEFTU1dPUkQkc1wiXG4gIG5hbWU9XFwkeyFuYW1lX3Zhci19XG4gIHVpZD1cXCR7IXVpZF92YXItfVxuICBnaWQ9XFwkeyFnaWRfdmFyLSR1aWR9XG4gIHBhc3N3b3JkPVxcJHshcGFzc3dvcmRfdmFyLX1cbiAgaWYgWyAteiBcIiRuYW1lXCIgXTsgdGhlblxuICAgIHJlZnVzZSBcIiRuYW1lX3ZhciBpcyBub3Qgc2V0XCJcbiAgZmlcbiAgaWYgISBbWyAkbmFtZSA9fiBeW2Etel9dW2EtejAtOV8tXXswLDMxfSQgXV07IHRoZW5cbiAgICByZWZ1c2UgXCIkbmFtZV92YXIgbXVzdCBiZSBhIFBPU0lYIGxvZ2luIG5hbWU6IGEgbG93ZXItY2FzZSBsZXR0ZXIgb3IgXywgdGhlbiBhdCBtb3N0IDMxIGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzLCBfIG9yIC0gKGdvdCAkKHNob3duIFwiJG5hbWVcIikpXCJcbiAgZmlcbiAgaWYgW1sgJFJFU0VSVkVEID09ICpcIiAkbmFtZSBcIiogXV07IHRoZW5cbiAgICByZWZ1c2UgXCIkbmFtZV92YXIgbXVzdCBub3QgbmFtZSBhIHN5c3RlbSBhY2NvdW50IChnb3QgJG5hbWUpXCJcbiAgZmlcbiAgaWYgWyAteiBcIiR1aWRcIiBdOyB0aGVuXG4gICAgcmVmdXNlIFwiJHVpZF92YXIgaXMgbm90IHNldFwiXG4gIGZpXG4gIGNoZWNrX2lkIFwiJHVpZF92YXJcIiBcIiR1aWRcIlxuICBjaGVja19pZCBcIiRnaWRfdmFyXCIgXCIkZ2lkXCJcbiAgaWYgWyAteiBcIiRwYXNzd29yZFwiIF07IHRoZW5cbiAgICAjIEEgcmVzdGFydCBhZnRlciB0aGUgYWNjb3VudHMgZmlsZSBsb3N0IGl0cyBwYXNzd29yZHM6IGFuIGV4aXN0aW5nIGFjY291bnQga2VlcHMgaXRzIG93bi5cbiAgICBpZiAhIGhhc19wYXNzd29yZCBcIiRuYW1lXCI7IHRoZW5cbiAgICAgIHJlZnVzZSBcIiRwYXNzd29yZF92YXIgaXMgbm90IHNldDogZXZlcnkgYWNjb3VudCBuZWVkcyBhIHBhc3N3b3JkXCJcbiAgICBmaVxuICBlbGlmICEgW1sgJHBhc3N3b3JkID1+IF5bWzpncmFwaDpdXXsxMiwyNTZ9JCBdXSB8fCBbWyAkcGFzc3dvcmQgPT0gKjoqIF1dOyB0aGVuXG4gICAgcmVmdXNlIFwiJHBhc3N3b3JkX3ZhciBtdXN0IGJlIDEyLTI1NiBwcmludGFibGUgY2hhcmFjdGVycyB3aXRob3V0IHNwYWNlcyBvciAnOicgKHZhbHVlIG5vdCBzaG93bilcIlxuICBmaVxuICBmb3IgKChqID0gMDsgaiA8IFxcJHsjbmFtZXNbQF19OyBqKyspKTsgZG9cbiAgICBpZiBbIFwiXFwke25hbWVzW2pdfVwiID0gXCIkbmFtZVwiIF07IHRoZW4gcmVmdXNlIFwiJG5hbWVfdmFyOiBhY2NvdW50ICRuYW1lIGlzIGxpc3RlZCB0d2ljZVwiOyBmaVxuICAgIGlmIFsgXCJcXCR7dWlkc1tqXX1cIiA9IFwiJHVpZFwiIF07IHRoZW4gcmVmdXNlIFwiJHVpZF92YXI6IHVpZCAkdWlkIGlzIGFsc28gXFwke25hbWVzW2pdfSdzXCI7IGZpXG4gICAgaWYgWyBcIlxcJHtnaWRzW2pdfVwiID0gXCIkZ2lkXCIgXTsgdGhlbiByZWZ1c2UgXCIkZ2lkX3ZhcjogZ2lkICRnaWQgaXMgYWxzbyBcXCR7bmFtZXNbal19J3MgKGVhY2ggYWNjb3VudCBoYXMgaXRzIG93biBncm91cClcIjsgZmlcbiAgZG9uZVxuICBuYW1lcys9KFwiJG5hbWVcIilcbiAgdWlkcys9KFwiJHVpZFwiKVxuICBnaWRzKz0oXCIkZ2lkXCIpXG4gIHBhc3N3b3Jkcys9KFwiJHBhc3N3b3JkXCIpXG5kb25lXG4ke3NmdHAgPyAnJyA6IGBcbnByb3h5PVxcJHtQRVJNSVRfSFRUUF9QUk9YWS19XG5ub19wcm94eV9saXN0PVxcJHtQRVJNSVRfTk9fUFJPWFktfVxuaWYgWyAtbiBcIiRwcm94eVwiIF0gJiYgISBbWyAkcHJveHkgPX4gXmh0dHA6Ly9bYS16MC05XShbYS16MC05Li1dezAsMjUxfVthLXowLTldKT86WzAtOV17Miw1fSQgXV07IHRoZW5cbiAgcmVmdXNlIFwiUEVSTUlUX0hUVFBfUFJPWFkgbXVzdCBsb29rIGxpa2UgaHR0cDovL2hvc3Q6cG9ydCAoZ290ICQoc2hvd24gXCIkcHJveHlcIikpXCJcbmZpXG5pZiAhIFtbICRub19wcm94eV9saXN0ID1+IF5bYS16MC05LiwtXXswLDEwMjR9JCBdXTsgdGhlblxuICByZWZ1c2UgXCJQRVJNSVRfTk9fUFJPWFkgbXVzdCBiZSBhIGNvbW1hLXNlcGFyYXRlZCBsaXN0IG9mIGhvc3QgbmFtZXMgKGdvdCAkKHNob3duIFwiJG5vX3Byb3h5X2xpc3RcIikpXCJcbmZpXG5gfVxub3VycygpIHtcbiAgbG9jYWwgblxuICBmb3IgbiBpbiBcIlxcJHtuYW1lc1tAXX1cIjsgZG9cbiAgICBpZiBbIFwiJG5cIiA9IFwiJDFcIiBdOyB0aGVuIHJldHVybiAwOyBmaVxuICBkb25lXG4gIHJldHVybiAxXG59XG5cbiMgRXhpc3RpbmcgYWNjb3VudHMgKGEgcmVzdGFydGVkIGNvbnRhaW5lcikgbXVzdCBtYXRjaCBleGFjdGx5OyBpZHMgbXVzdCBiZSBmcmVlIG90aGVyd2lzZS5cbmZvciAoKGkgPSAwOyBpIDwgY291bnQ7IGkrKykpOyBkb1xuICBuYW1lPVxcJHtuYW1lc1tpXX1cbiAgdWlkPVxcJHt1aWRzW2ldfVxuICBnaWQ9XFwke2dpZHNbaV19XG4gIGlmIGVudHJ5PSQoZ2V0ZW50IHBhc3N3ZCBcIiRuYW1lXCIpOyB0aGVuXG4gICAgSUZTPTogcmVhZCAtciBfIF8gZXVpZCBlZ2lkIF8gPDw8XCIkZW50cnlcIlxuICAgIGlmIFsgXCIkZXVpZFwiICE9IFwiJHVpZFwiIF0gfHwgWyBcIiRlZ2lkXCIgIT0gXCIkZ2lkXCIgXTsgdGhlblxuICAgICAgcmVmdXNlIFwiYWNjb3VudCAkbmFtZSBhbHJlYWR5IGV4aXN0cyB3aXRoIHVpZCAkZXVpZCBhbmQgZ2lkICRlZ2lkLCBub3QgJHVpZCBhbmQgJGdpZFwiXG4gICAgZmlcbiAgZWxpZiBlbnRyeT0kKGdldGVudCBwYXNzd2QgXCIkdWlkXCIpOyB0aGVuXG4gICAgcmVmdXNlIFwidWlkICR1aWQgYWxyZWFkeSBiZWxvbmdzIHRvIFxcJHtlbnRyeSUlOip9OyBnaXZlICRuYW1lIGFub3RoZXIgdWlkXCJcbiAgZmlcbiAgaWYgZW50cnk9JChnZXRlbnQgZ3JvdXAgXCIkZ2lkXCIpICYmIFsgXCJcXCR7ZW50cnklJToqfVwiICE9IFwiJG5hbWVcIiBdOyB0aGVuXG4gICAgcmVmdXNlIFwiZ2lkICRnaWQgYWxyZWFkeSBiZWxvbmdzIHRvIGdyb3VwIFxcJHtlbnRyeSUlOip9OyBnaXZlICRuYW1lIGFub3RoZXIgZ2lkXCJcbiAgZmlcbiAgaWYgZW50cnk9JChnZXRlbnQgZ3JvdXAgXCIkbmFtZVwiKSAmJiBbIFwiJChjdXQgLWQ6IC1mMyA8PDxcIiRlbnRyeVwiKVwiICE9IFwiJGdpZFwiIF07IHRoZW5cbiAgICByZWZ1c2UgXCJncm91cCAkbmFtZSBhbHJlYWR5IGV4aXN0cyB3aXRoIGdpZCAkKGN1dCAtZDogLWYzIDw8PFwiJGVudHJ5XCIpLCBub3QgJGdpZFwiXG4gIGZpJHtzZnRwID8gYFxuICBhcmVhPVwiJFVQTE9BRF9ST09ULyRuYW1lXCJcbiAgaWYgWyAhIC1kIFwiJGFyZWFcIiBdIHx8IFsgLUwgXCIkYXJlYVwiIF07IHRoZW5cbiAgICByZWZ1c2UgXCJ0aGUgdXBsb2FkIGFyZWEgJGFyZWEgb2YgJG5hbWUgaXMgbm90IG1vdW50ZWRcIlxuICBmaVxuICBpZiBbIC1MIFwiJGFyZWEvJElOQ09NSU5HXCIgXTsgdGhlblxuICAgIHJlZnVzZSBcIiRhcmVhLyRJTkNPTUlORyBpcyBhIHN5bWJvbGljIGxpbmtcIlxuICBmaWAgOiAnJ31cbmRvbmVcblxuIyAtLS0gMi4gY2hhbmdlIHRoZSBzeXN0ZW0gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuIyBBY2NvdW50cyB0aGUgaW1hZ2UgYnJvdWdodCBjYW5ub3QgbG9nIGluOiBvbmx5IHRoZSBwZXJtaXQncyBwZW9wbGUgY2FuLlxud2hpbGUgSUZTPTogcmVhZCAtciBvdGhlciBfIG90aGVyX3VpZCBfOyBkb1xuICBpZiBbWyAkb3RoZXJfdWlkID1+IF5bMC05XSskIF1dICYmICgob3RoZXJfdWlkID49IDEwMDAgJiYgb3RoZXJfdWlkIDwgNjU1MzQpKSAmJiAhIG91cnMgXCIkb3RoZXJcIjsgdGhlblxuICAgIHVzZXJtb2QgLS1sb2NrIC0tZXhwaXJlZGF0ZSAxIFwiJG90aGVyXCIgPi9kZXYvbnVsbFxuICAgIHNheSBcImxvY2tlZCBhY2NvdW50ICRvdGhlciAodWlkICRvdGhlcl91aWQpIHRoYXQgY2FtZSB3aXRoIHRoZSBpbWFnZVwiXG4gIGZpXG5kb25lIDwvZXRjL3Bhc3N3ZFxuXG5mb3IgKChpID0gMDsgaSA8IGNvdW50OyBpKyspKTsgZG9cbiAgbmFtZT1cXCR7bmFtZXNbaV19XG4gIHVpZD1cXCR7dWlkc1tpXX1cbiAgZ2lkPVxcJHtnaWRzW2ldfVxuICBpZiAhIGdldGVudCBncm91cCBcIiRnaWRcIiA+L2Rldi9udWxsOyB0aGVuXG4gICAgZ3JvdXBhZGQgLS1naWQgXCIkZ2lkXCIgXCIkbmFtZVwiXG4gIGZpXG4gIGlmICEgZ2V0ZW50IHBhc3N3ZCBcIiRuYW1lXCIgPi9kZXYvbnVsbDsgdGhlblxuJHtzZnRwXG4gID8gJyAgICB1c2VyYWRkIC0tbm8tbG9nLWluaXQgLS11aWQgXCIkdWlkXCIgLS1naWQgXCIkZ2lkXCIgLS1zaGVsbCAvdXNyL3NiaW4vbm9sb2dpbiAtLWhvbWUtZGlyIFwiLyRJTkNPTUlOR1wiIC0tbm8tY3JlYXRlLWhvbWUgXCIkbmFtZVwiJ1xuICA6ICcgICAgdXNlcmFkZCAtLW5vLWxvZy1pbml0IC0tdWlkIFwiJHVpZFwiIC0tZ2lkIFwiJGdpZFwiIC0tc2hlbGwgL2Jpbi9iYXNoIC0taG9tZS1kaXIgXCIvaG9tZS8kbmFtZVwiIC0tY3JlYXRlLWhvbWUgXCIkbmFtZVwiJ31cbiAgZmlcbiAgaWYgWyAtbiBcIlxcJHtwYXNzd29yZHNbaV19XCIgXTsgdGhlblxuICAgIHByaW50ZiAnJXM6JXNcXFxcbicgXCIkbmFtZVwiIFwiXFwke3Bhc3N3b3Jkc1tpXX1cIiB8IGNocGFzc3dkXG4gIGZpXG4ke3NmdHAgPyBgICAjIFRoZSBjaHJvb3QgbXVzdCBiZWxvbmcgdG8gcm9vdDsgdGhlIGRhdGEgaG9sZGVyIG1heSBvbmx5IGNyZWF0ZSBhbmQgd3JpdGUgaW4gaW5jb21pbmcvLlxuICBhcmVhPVwiJFVQTE9BRF9ST09ULyRuYW1lXCJcbiAgY2hvd24gcm9vdDpyb290IFwiJGFyZWFcIlxuICBjaG1vZCAwNzU1IFwiJGFyZWFcIlxuICBpbnN0YWxsIC1kIC1vIFwiJHVpZFwiIC1nIFwiJGdpZFwiIC1tIDAzMDAgXCIkYXJlYS8kSU5DT01JTkdcImAgOiBgICBob21lPVwiL2hvbWUvJG5hbWVcIlxuICBpbnN0YWxsIC1kIC1vIFwiJHVpZFwiIC1nIFwiJGdpZFwiIC1tIDA3MDAgXCIkaG9tZVwiXG4gIGlmIFsgISAtZSBcIiRob21lLy54c2Vzc2lvblwiIF0gJiYgWyAhIC1MIFwiJGhvbWUvLnhzZXNzaW9uXCIgXTsgdGhlblxuICAgIHByaW50ZiAneGZjZTQtc2Vzc2lvblxcXFxuJyA+XCIkaG9tZS8ueHNlc3Npb25cIlxuICAgIGNob3duIFwiJHVpZDokZ2lkXCIgXCIkaG9tZS8ueHNlc3Npb25cIlxuICBmaWB9XG4gIHNheSBcImFjY291bnQgJG5hbWUgcmVhZHkgKHVpZCAkdWlkLCBnaWQgJGdpZClcIlxuZG9uZVxuJHtzZnRwID8gYFxuIyBQcml2aWxlZ2Ugc2VwYXJhdGlvbiBkaXJlY3Rvcnkgb2Ygc3NoZC5cbmluc3RhbGwgLWQgLW8gcm9vdCAtZyByb290IC1tIDA3NTUgL3J1bi9zc2hkXG5gIDogYFxuIyBUaGUgcGFja2FnZSBwcm94eSAoc2V0dXAgcGhhc2Ugb25seSk6IGV2ZXJ5IGxvZ2luIHNoZWxsIGFuZCB0aGUgZGVza3RvcCBzZXNzaW9uIHJlYWQgdGhlc2UuXG5pZiBbIC1uIFwiJHByb3h5XCIgXTsgdGhlblxuICBwcmludGYgJ2V4cG9ydCBodHRwX3Byb3h5PSVzIGh0dHBzX3Byb3h5PSVzIEhUVFBfUFJPWFk9JXMgSFRUUFNfUFJPWFk9JXMgbm9fcHJveHk9JXMgTk9fUFJPWFk9JXNcXFxcbicgXFxcXFxuICAgIFwiJHByb3h5XCIgXCIkcHJveHlcIiBcIiRwcm94eVwiIFwiJHByb3h5XCIgXCIkbm9fcHJveHlfbGlzdFwiIFwiJG5vX3Byb3h5X2xpc3RcIiA+L2V0Yy9wcm9maWxlLmQvcGVybWl0LXByb3h5LnNoXG4gIGNobW9kIDA2NDQgL2V0Yy9wcm9maWxlLmQvcGVybWl0LXByb3h5LnNoXG4gIHNheSBcInNlc3Npb25zIHVzZSB0aGUgcGFja2FnZSBwcm94eSAkcHJveHlcIlxuZWxzZVxuICBybSAtZiAvZXRjL3Byb2ZpbGUuZC9wZXJtaXQtcHJveHkuc2hcbmZpXG5gfVxuIyBObyBwYXNzd29yZCBzdGF5cyBvbiB0aGUgbWFjaGluZSBpbiBjbGVhciB0ZXh0OiB0aGUgYWNjb3VudHMgZmlsZSBrZWVwcyBuYW1lcyBhbmQgaWRzIG9ubHkuXG5pZiBbIC1mICcke0FDQ09VTlRTX0ZJTEV9JyBdICYmIGdyZXAgLXEgLUUgJ15VU0VSX1BBU1NXT1JEKF9bMC05XSspPz0nICcke0FDQ09VTlRTX0ZJTEV9JzsgdGhlblxuICBpZiBbIC1MICcke0FDQ09VTlRTX0ZJTEV9JyBdOyB0aGVuXG4gICAgcmVmdXNlICcke0FDQ09VTlRTX0ZJTEV9IGlzIGEgc3ltYm9saWMgbGluaydcbiAgZmlcbiAgc2NydWJiZWQ9JChta3RlbXAgJyR7QUNDT1VOVFNfRklMRX0uWFhYWFhYJylcbiAgZ3JlcCAtdiAtRSAnXlVTRVJfUEFTU1dPUkQoX1swLTldKyk/PScgJyR7QUNDT1VOVFNfRklMRX0nID5cIiRzY3J1YmJlZFwiIHx8IHRydWVcbiAgY2hvd24gcm9vdDpyb290IFwiJHNjcnViYmVkXCJcbiAgY2htb2QgMDYwMCBcIiRzY3J1YmJlZFwiXG4gIG12IC1mIFwiJHNjcnViYmVkXCIgJyR7QUNDT1VOVFNfRklMRX0nXG4gIHNheSBcInJlbW92ZWQgdGhlIHBhc3N3b3JkcyBmcm9tICR7QUNDT1VOVFNfRklMRX1cIlxuZmlcblxudW5zZXQgVVNFUl9QQVNTV09SRCBwYXNzd29yZHNcbmZvciAoKGkgPSAyOyBpIDw9IGNvdW50OyBpKyspKTsgZG9cbiAgdW5zZXQgXCJVU0VSX1BBU1NXT1JEXyRpXCJcbmRvbmVcbmV4ZWMgXCIkQFwiXG5gO1xufVxuIl19