/**
 * spack in a bake (rws_net_spack, run for real in bash with a local clone standing in for
 * github.com/spack/spack and a stand-in spack that logs what it is asked): spack is checked out
 * at the pinned release, the lab's mirror (RWS_SPACK_MIRROR, lab.yaml images.spack_mirror) is
 * added before the install and removed after it, an s3:// mirror gets boto3, and a source no
 * mirror has fails the run with the package named and the fix (no image is recorded). No network.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TemplateCatalog } from '../../src';
import { ProvisioningPhase, WorkspaceUserData } from '../../src/workspaces/userdata';
import { SPACK_RELEASE } from '../../src/workspaces/userdata/private/render';
import { SCRIPTS } from '../../src/workspaces/userdata/private/scripts.generated';
import { requireTool } from '../userdata/helpers/tools';

const RUN = requireTool('git', 'the spack bake test (a local clone stands in for spack\'s repository)');

/** A function of netinstall.sh, as the provisioning script carries it. */
function fn(name: string): string {
  const m = new RegExp(`^${name}\\(\\) \\{\\n(?:.*\\n)*?\\}\\n`, 'm').exec(SCRIPTS['netinstall.sh']);
  if (!m) throw new Error(`netinstall.sh has no ${name}`);
  return m[0];
}

/** The stand-in spack: logs every call; FAKE_SPACK_FAIL=fetch or build makes the install fail as spack does. */
const FAKE_SPACK = `#!/bin/bash
echo "spack $*" >>"$SPACK_CALLS"
if [ "$1" = install ]; then
  case \${FAKE_SPACK_FAIL:-} in
    fetch) echo "==> Error: FetchError: All fetchers failed for spack-stage-zlib-1.3.1-7fhs3tqyy4y2gu6t5mhfenyx3msbjthm"; exit 1 ;;
    build) echo "==> Error: ProcessError: Command exited with status 2: 'make' '-j2'"; exit 1 ;;
  esac
  echo "==> zlib: Successfully installed"
fi
exit 0
`;

let dir: string;
let repo: string;

beforeAll(() => {
  if (!RUN) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-spack-'));
  repo = path.join(dir, 'spack-origin');
  fs.mkdirSync(path.join(repo, 'bin'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'bin', 'spack'), FAKE_SPACK, { mode: 0o755 });
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'release');
  git('tag', SPACK_RELEASE);
  fs.appendFileSync(path.join(repo, 'bin', 'spack'), '# after the release\n');
  git('commit', '-qam', 'develop');
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs rws_net_spack PREFIX RELEASE SPEC... as the provisioning does (set -Eeuo pipefail), with stand-ins for the library. */
function run(prefix: string, env: { [k: string]: string }, ...specs: string[]) {
  const calls = path.join(dir, `calls-${path.basename(prefix)}`);
  const script = [
    'set -Eeuo pipefail',
    'rws_context() { :; }',
    'rws_log() { echo "LOG: $*"; }',
    'rws_fail() { echo "FAIL: $*"; exit 1; }',
    'rws_packages() { echo "packages $*" >>"$SPACK_CALLS"; }',
    'python3() { if [ "$1" = -c ]; then return 1; fi; command python3 "$@"; }', // no boto3 here
    fn('rws_net_spack'),
    fn('rws_spack_boto3'),
    'rws_net_spack "$@"',
  ].join('\n');
  const r = spawnSync('bash', ['-c', script, 'x', prefix, SPACK_RELEASE, ...specs], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH!, HOME: dir, SPACK_CALLS: calls, RWS_PKG: 'apt', RWS_SPACK_GIT: `file://${repo}`, ...env },
  });
  const log = fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n') : [];
  return { ...r, calls: log };
}

describe('spack in a bake', () => {
  test('the bake script installs spack at the pinned release, in the install steps the content hash covers', () => {
    const ud = WorkspaceUserData.generate({ template: TemplateCatalog.bundled().resolve('spack-hpc'), phase: ProvisioningPhase.BAKE });
    const script = ud.provisioningScript();
    expect(SPACK_RELEASE).toMatch(/^v\d+\.\d+\.\d+$/);
    expect(script).toMatch(new RegExp(`^ *rws_once spack-[0-9a-f]+ rws_net spack /opt/spack ${SPACK_RELEASE.replace(/\./g, '\\.')} openmpi hdf5\\+mpi\\+fortran fftw\\+mpi netcdf-c\\+mpi cmake$`, 'm'));
  });

  test('spack at the release tag, the lab\'s s3 mirror added before the install (boto3 first) and removed after it', () => {
    if (!RUN) return;
    const prefix = path.join(dir, 'spack-ok');
    const r = run(prefix, { RWS_SPACK_MIRROR: 's3://lab-spack/mirror' }, 'zlib', 'cmake@3.27');
    expect(r.stdout).not.toContain('FAIL');
    expect(r.status).toBe(0);
    expect(execFileSync('git', ['-C', prefix, 'describe', '--tags', '--exact-match'], { encoding: 'utf8' }).trim()).toBe(SPACK_RELEASE);
    expect(fs.readFileSync(path.join(prefix, 'bin', 'spack'), 'utf8')).not.toContain('after the release');
    expect(r.calls).toEqual([
      'packages python3-boto3',
      'spack mirror remove --scope site rws-lab',
      'spack mirror add --scope site rws-lab s3://lab-spack/mirror',
      'spack install --fail-fast zlib cmake@3.27',
      'spack mirror remove --scope site rws-lab',
    ]);
    // Again on the same checkout (a re-run): no second clone, the same calls.
    const again = run(prefix, { RWS_SPACK_MIRROR: 'https://spack.mirror.example.edu/m' }, 'zlib');
    expect(again.status).toBe(0);
    expect(again.calls.slice(5)).toEqual([
      'spack mirror remove --scope site rws-lab', 'spack mirror add --scope site rws-lab https://spack.mirror.example.edu/m',
      'spack install --fail-fast zlib', 'spack mirror remove --scope site rws-lab',
    ]);
  });

  test('without a mirror: spack\'s defaults only (mirror.spack.io, then the package\'s site)', () => {
    if (!RUN) return;
    const r = run(path.join(dir, 'spack-plain'), {}, 'zlib');
    expect(r.status).toBe(0);
    expect(r.calls).toEqual(['spack install --fail-fast zlib']);
  });

  test('a source in no mirror fails the run, naming the package and the fix; a failed build fails it too', () => {
    if (!RUN) return;
    const fetch = run(path.join(dir, 'spack-fetch'), { RWS_SPACK_MIRROR: 's3://lab-spack/mirror', FAKE_SPACK_FAIL: 'fetch' }, 'zlib');
    expect(fetch.status).toBe(1);
    expect(fetch.stdout).toContain('FAIL: spack found the source of zlib-1.3.1 in no mirror it may reach (s3://lab-spack/mirror, mirror.spack.io)');
    expect(fetch.stdout).toContain('Fix: add it to the lab\'s spack mirror (on a machine with internet: spack mirror create -d DIR zlib@1.3.1, then copy DIR to the mirror named in lab.yaml images.spack_mirror)');
    const build = run(path.join(dir, 'spack-build'), { FAKE_SPACK_FAIL: 'build' }, 'zlib');
    expect(build.status).toBe(1);
    expect(build.stdout).toContain(`FAIL: spack could not install zlib (spack ${SPACK_RELEASE}); nothing was recorded as installed`);
  });
});
