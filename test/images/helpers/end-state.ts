/**
 * The end state of a workspace provisioned two ways (the full boot-time provisioning, and the
 * bake then the boot on the baked tree) compared in two test chroots, with real packages.
 */
import { execFileSync } from 'child_process';
import { packageSet } from './local-apt';
import { ensureRootfs, TestChroot } from '../../userdata/helpers/chroot';

/** The names a run's packages step asked apt for ("installing a b c" in the log). */
export function askedInLog(log: string): string[] {
  return log.split('\n').flatMap((l) => {
    const m = /rws\[packages\]: installing (.+)$/.exec(l);
    return m ? m[1].trim().split(/\s+/) : [];
  });
}

/** "name:arch version" (dpkg-query's binary:Package of a Multi-Arch: same package) as "name version". */
export function noArch(p: string): string {
  return p.replace(/^([^ :]+):\S+ /, '$1 ');
}

/** Installed packages as "name version" (no architecture qualifier), sorted. */
export function packages(c: TestChroot): string[] {
  return packageSet(c).map(noArch);
}

/**
 * Whether bake + boot ended where the full provisioning did, with real packages: every package
 * of the full boot is on the baked machine, and the baked machine has beyond them exactly what
 * apt (simulating, on the full boot's tree) adds for the names the bake asked for (the image
 * tools); the given research accounts (uid, gid, home, shell) and groups (gid, members) are
 * the same, and no account of the full boot is missing; the workspace's unit files
 * and /etc/research-workspace (without the image's own records and secrets' contents) are the same.
 * Returns the differences (empty: the same end state).
 */
export function endStateDiff(a: TestChroot, b: TestChroot, bakeLog: string, accounts: string[], groups: string[]): string[] {
  const diff: string[] = [];
  const pa = packages(a);
  const pb = packages(b);
  const lost = pa.filter((p) => !pb.includes(p));
  if (lost.length) diff.push(`packages of the full boot missing after bake + boot: ${lost.slice(0, 8).join(', ')}`);
  const extra = pb.filter((p) => !pa.includes(p)).map((p) => p.split(' ')[0]).sort();
  const asked = askedInLog(bakeLog);
  const sim = asked.length ? a.sh(`apt-get -s -q --no-install-recommends install -- ${asked.join(' ')}`) : '';
  const expected = [...sim.matchAll(/^Inst (\S+) /gm)].map((m) => m[1]).sort();
  if (extra.join(' ') !== expected.join(' ')) diff.push(`baked extras [${extra.join(' ')}] differ from apt's simulation of the bake's image tools [${expected.join(' ')}]`);
  const ua = a.passwd();
  const ub = b.passwd();
  for (const n of accounts) {
    if (JSON.stringify(ua.get(n)) !== JSON.stringify(ub.get(n))) diff.push(`account ${n}: ${JSON.stringify(ua.get(n))} vs ${JSON.stringify(ub.get(n))}`);
  }
  const lostAccounts = [...ua.keys()].filter((n) => !ub.has(n));
  if (lostAccounts.length) diff.push(`accounts missing after bake + boot: ${lostAccounts.join(', ')}`);
  const ga = a.groups();
  const gb = b.groups();
  for (const g of groups) {
    if (JSON.stringify(ga.get(g)) !== JSON.stringify(gb.get(g))) diff.push(`group ${g}: ${JSON.stringify(ga.get(g))} vs ${JSON.stringify(gb.get(g))}`);
  }
  const files = (c: TestChroot) => c.sh([
    'cd /etc/systemd/system && find . -name "rws-*" -printf "%p %m %y\\n" | LC_ALL=C sort && find . -name "rws-*" -type f -exec sha256sum {} + | LC_ALL=C sort -k2',
    'cd /etc/research-workspace && find . ! -name image.env ! -name image-packages.tsv -printf "%p %U:%G %m %y\\n" | LC_ALL=C sort',
    'find . -type f ! -name image.env ! -name image-packages.tsv ! -path "./secrets/*" -exec sha256sum {} + | LC_ALL=C sort -k2',
  ].join('\n')).split('\n');
  const fa = files(a);
  const fb = files(b);
  const fdiff = [...fa.filter((l) => !fb.includes(l)).map((l) => `-${l}`), ...fb.filter((l) => !fa.includes(l)).map((l) => `+${l}`)];
  if (fdiff.length) diff.push(`unit files or /etc/research-workspace differ: ${fdiff.slice(0, 6).join('; ')}`);
  if (fa.filter((l) => l.trim()).length < 5) diff.push(`too little to compare under /etc/research-workspace (${fa.length} lines): check the comparison`);
  return diff;
}

/** Packages of the cached debootstrap tree (read from its dpkg database on the host), as "name version". */
export function basePackages(): Set<string> {
  const out = execFileSync('dpkg-query', [`--admindir=${ensureRootfs().dir}/var/lib/dpkg`, '-W', '-f=${db:Status-Status} ${binary:Package} ${Version}\\n'], { encoding: 'utf8' });
  return new Set(out.split('\n').filter((l) => l.startsWith('installed ')).map((l) => noArch(l.slice('installed '.length))));
}
