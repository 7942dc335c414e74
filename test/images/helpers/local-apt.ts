/**
 * What a bake needs from outside the machine, served inside the test chroot without any
 * network: a local apt repository of stand-in Debian packages (built here with dpkg-deb; each
 * puts small executables where the real package puts its commands) and a local installer for
 * the software that comes from vendors' sites (RWS_NETINSTALL_CMD), which writes stand-ins
 * where the real installers put conda, pip and spack packages, code-server, RStudio Server,
 * the AWS CLI, amazon-efs-utils and the SSM agent. Every install is logged, so a test sees
 * what was installed when.
 */
import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TestChroot } from '../../userdata/helpers/chroot';

/**
 * A stand-in package: its name and the commands (absolute paths) it provides.
 */
export interface StandIn {
  readonly name: string;
  readonly commands: string[];
  /** Login shells it registers in /etc/shells (postinst add-shell). */
  readonly shells?: string[];
  /** KiB of data it unpacks (the real package's Installed-Size, for a benchmark's unpack cost). */
  readonly sizeKiB?: number;
}

/** The stand-ins of the packages the workspace and the image tools ask for on Debian 12. */
export const DEBIAN_STAND_INS: StandIn[] = [
  { name: 'acl', commands: ['/usr/bin/setfacl', '/usr/bin/getfacl'] },
  { name: 'nfs-common', commands: ['/usr/sbin/mount.nfs4', '/usr/sbin/mount.nfs'] },
  { name: 'zsh', commands: ['/usr/bin/zsh'], shells: ['/usr/bin/zsh', '/bin/zsh'] },
  { name: 'nftables', commands: ['/usr/sbin/nft'] },
  { name: 'python3', commands: ['/usr/bin/python3'] },
  { name: 'git', commands: ['/usr/bin/git'] },
  { name: 'rws-demo-tool', commands: ['/usr/bin/rws-demo-tool'] },
  { name: 'rws-demo-lib', commands: [] },
];

const REPO_IN_CHROOT = '/srv/rws-apt';
/**
 * Above every Debian version (epoch 99), so versioned conflicts and breaks of installed
 * packages (usr-is-merged: zsh << 5.2-4, libc6: openssh-server << 1:8.1p1-5) never apply.
 */
export const STAND_IN_VERSION = '99:99.0-rws1';

/** Builds the stand-in .debs and the repository index (Packages, Release) in a host folder. */
export function buildLocalRepo(standIns: StandIn[] = DEBIAN_STAND_INS): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-apt-'));
  const entries: string[] = [];
  for (const p of standIns) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), `rws-deb-${p.name}-`));
    fs.mkdirSync(path.join(root, 'DEBIAN'));
    fs.writeFileSync(path.join(root, 'DEBIAN', 'control'), [
      `Package: ${p.name}`, `Version: ${STAND_IN_VERSION}`, 'Architecture: all', 'Maintainer: rws tests <tests@invalid>',
      `Description: stand-in for ${p.name} (cdk-research-workspaces image tests)`, '',
    ].join('\n'));
    if (p.shells?.length) {
      const postinst = ['#!/bin/sh', 'set -e', ...p.shells.map((s) => `add-shell ${s}`), ''].join('\n');
      fs.writeFileSync(path.join(root, 'DEBIAN', 'postinst'), postinst, { mode: 0o755 });
    }
    for (const c of p.commands) {
      fs.mkdirSync(path.join(root, path.dirname(c)), { recursive: true });
      fs.writeFileSync(path.join(root, c), `#!/bin/sh\n# stand-in for ${c} of ${p.name}\nexit 0\n`, { mode: 0o755 });
    }
    if (p.sizeKiB) {
      fs.mkdirSync(path.join(root, 'usr/share/rws-stand-in'), { recursive: true });
      fs.writeFileSync(path.join(root, 'usr/share/rws-stand-in', `${p.name}.data`), Buffer.alloc(p.sizeKiB * 1024));
    }
    const deb = path.join(out, `${p.name}_99.0-rws1_all.deb`);
    execFileSync('dpkg-deb', ['--root-owner-group', '-Zgzip', '--build', root, deb], { stdio: 'ignore' });
    fs.rmSync(root, { recursive: true, force: true });
    const bytes = fs.readFileSync(deb);
    const control = execFileSync('dpkg-deb', ['-f', deb], { encoding: 'utf8' }).trimEnd();
    entries.push([control, `Filename: ./${path.basename(deb)}`, `Size: ${bytes.length}`,
      `SHA256: ${crypto.createHash('sha256').update(bytes).digest('hex')}`, ''].join('\n'));
  }
  const packages = entries.join('\n');
  fs.writeFileSync(path.join(out, 'Packages'), packages);
  const sha = crypto.createHash('sha256').update(packages).digest('hex');
  fs.writeFileSync(path.join(out, 'Release'), [
    'Origin: rws-tests', 'Label: rws-tests', 'Suite: local', 'Codename: local', `Date: ${new Date().toUTCString()}`,
    'SHA256:', ` ${sha} ${Buffer.byteLength(packages)} Packages`, '',
  ].join('\n'));
  return out;
}

/** The local installer (RWS_NETINSTALL_CMD): stand-ins where the vendors' installers put their software. */
const LOCAL_NETINSTALL = `#!/bin/bash
# Local stand-in for the internet installers (rws_net WHAT ARGS...): logs the call and puts
# small files where the real installer puts the software.
set -euo pipefail
printf '%s\\n' "$*" >>/var/log/local-netinstall.log
what=$1
shift
stub() { install -d "$(dirname "$1")"; printf '#!/bin/sh\\n# stand-in installed by local-netinstall\\nexit 0\\n' >"$1"; chmod 0755 "$1"; }
case $what in
  miniforge) stub "$1/bin/conda"; stub "$1/bin/python"; install -d "$1/etc/profile.d" "$1/conda-meta"; echo '# conda' >"$1/etc/profile.d/conda.sh" ;;
  conda) p=$1; shift; for x in "$@"; do n=\${x##*::}; printf '{"name": "%s"}\\n' "\${n%%=*}" >"$p/conda-meta/\${n%%=*}.json"; done ;;
  pip) p=$1; shift; install -d "$p/lib/site-packages"; for x in "$@"; do echo "$x" >"$p/lib/site-packages/\${x%%[=<>]*}.dist-info"; done ;;
  spack) p=$1; release=$2; shift 2; install -d "$p/opt"; echo "$release" >"$p/release"; for x in "$@"; do echo "$x" >"$p/opt/\${x%%@*}"; done; stub "$p/bin/spack" ;;
  code-server) stub /usr/local/bin/code-server ;;
  rstudio-server) stub /usr/lib/rstudio-server/bin/rserver ;;
  awscli) stub /usr/local/bin/aws ;;
  efs-utils) stub /usr/sbin/mount.efs ;;
  ssm-agent) stub /usr/bin/amazon-ssm-agent ;;
  *) echo "local-netinstall: nothing stands in for $what" >&2; exit 1 ;;
esac
`;

/**
 * Points the chroot's apt at the local repository only (no mirror, so nothing can come from
 * the network) and installs the local installer as /usr/local/bin/local-netinstall.
 */
export function useLocalSources(c: TestChroot, repo: string): void {
  fs.mkdirSync(c.host(REPO_IN_CHROOT), { recursive: true });
  for (const f of fs.readdirSync(repo)) fs.copyFileSync(path.join(repo, f), c.host(`${REPO_IN_CHROOT}/${f}`));
  c.write('/etc/apt/sources.list', `deb [trusted=yes] file:${REPO_IN_CHROOT} ./\n`);
  fs.rmSync(c.host('/etc/apt/sources.list.d'), { recursive: true, force: true });
  fs.mkdirSync(c.host('/etc/apt/sources.list.d'));
  c.write('/usr/local/bin/local-netinstall', LOCAL_NETINSTALL, 0o755);
}

/** Takes every source away (a machine without internet and without a mirror): apt finds nothing. */
export function noSources(c: TestChroot): void {
  c.write('/etc/apt/sources.list', '');
  fs.rmSync(c.host('/var/lib/apt/lists'), { recursive: true, force: true });
  fs.mkdirSync(c.host('/var/lib/apt/lists/partial'), { recursive: true });
}

/** Installed Debian packages (name and version), sorted. */
export function packageSet(c: TestChroot): string[] {
  return c.sh("dpkg-query -W -f='${db:Status-Status} ${binary:Package} ${Version}\\n' | awk '$1 == \"installed\" {print $2, $3}' | LC_ALL=C sort").trim().split('\n');
}

/** Calls the local installer received. */
export function netinstallCalls(c: TestChroot): string[] {
  return c.exists('/var/log/local-netinstall.log') ? c.read('/var/log/local-netinstall.log').split('\n').filter((l) => l) : [];
}
