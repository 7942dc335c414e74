/**
 * The boot's SSM fetches with the real AWS CLI against a local moto_server: the tools' pieces,
 * a 1,000-user registry in SSM parameters and the failure of a missing piece. The functions are
 * taken from a generated provisioning script and run in bash on this host; the AWS CLI is the
 * machine's (installed with its Python, beside moto_server and cfn-lint), behind a wrapper that
 * only counts its starts. Each start of the CLI costs most of a second of CPU on a small instance,
 * so the pieces go ten names to a GetParameters call (fetch.sh, rws_fetch_parts).
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { DeleteParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { toolPieceNames } from './helpers/cluster-node';
import { bigRegistry, labRegistry, template } from './helpers/fixtures';
import { requireTool, scriptFunctions } from './helpers/tools';
import { ClusterNode, RegistryDelivery, WorkspacePlatform, WorkspaceUserData } from '../../src';
import { clientConfig, MotoServer, startMoto } from '../helpers/moto';

const PREFIX = '/rws-tools/fedcba9876543210';
const REGISTRY = '/research-workspaces/bench/registry';
const REGION = 'us-east-1';

/** The machine's AWS CLI: locally a missing one is reported loudly and these tests skip; under CI it fails. */
const HAVE_AWS = requireTool('aws', 'the boot\'s SSM fetches with the AWS CLI (the machine\'s Python has it beside moto_server)');
const AWS = HAVE_AWS ? spawnSync('bash', ['-c', 'command -v aws'], { encoding: 'utf8' }).stdout.trim() : '';
const maybe = HAVE_AWS ? describe : describe.skip;

maybe('SSM fetches at boot with the AWS CLI (moto_server)', () => {
  let moto: MotoServer;
  let ssm: SSMClient;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-ssm-fetch-'));
  const counter = path.join(dir, 'aws-starts');
  const bin = path.join(dir, 'bin');

  const withTools = WorkspaceUserData.generate({ template: template('lab-jupyter'), registry: labRegistry(), owner: 'alice', platform: WorkspacePlatform.AWS, toolsParameterPrefix: PREFIX });
  const big = bigRegistry(1000);
  const withRegistry = WorkspaceUserData.generate({
    template: template('minimal'), registry: big, platform: WorkspacePlatform.AWS, registryDelivery: RegistryDelivery.ssmParameters(REGISTRY),
  });
  const mainOf = (ud: WorkspaceUserData) => ud.generatedScripts().find((s) => s.name === 'bin/rws-provision')!.content;
  const toolsMain = mainOf(withTools);
  const registryMain = mainOf(withRegistry);
  // The boot's call that fetches the user sync: sha256, prefix, pieces.
  const syncCall = /^rws_code_fetch ([0-9a-f]{64}) '?([^' ]+)'? (\d+) "\$RWS_PAYLOAD\/bin\/rws-sync-users"$/m.exec(toolsMain)!;
  const lib = scriptFunctions(toolsMain, ['rws_retry', 'rws_awscli', 'rws_need_region', 'rws_fetch_default', 'rws_fetch', 'rws_fetch_parts']);

  beforeAll(async () => {
    moto = await startMoto();
    ssm = new SSMClient(clientConfig(moto));
    // What the stacks deploy: the tools' pieces and the registry's chunks.
    const params = [...WorkspaceUserData.toolParameters(PREFIX), ...withRegistry.registryPayload!.parameters];
    for (const p of params) await ssm.send(new PutParameterCommand({ Name: p.name, Value: p.value, Type: 'String' }));
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'aws'), `#!/bin/bash\necho start >>'${counter}'\nexec '${AWS}' "$@"\n`, { mode: 0o755 });
  }, 60_000);
  afterAll(async () => {
    ssm?.destroy();
    await moto?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Runs bash with the library, the call, then `after`; counts the CLI's starts. */
  function run(call: string, after = ''): { status: number | null; stdout: string; stderr: string; starts: number } {
    fs.rmSync(counter, { force: true });
    const script = [
      'set -Eeuo pipefail',
      'shopt -s inherit_errexit',
      'rws_log() { echo "LOG: $*" >&2; }',
      'rws_context() { rws_ctx=$1; }',
      'rws_fail() { echo "FAIL: $*" >&2; exit 3; }',
      'rws_hook() { local var=$1 fn=$2; shift 2; if [ -n "${!var:-}" ]; then "${!var}" "$@"; else "$fn" "$@"; fi; }',
      "trap 'echo \"ERR in ${rws_ctx:-}: $BASH_COMMAND\" >&2' ERR",
      lib,
      call,
      after,
    ].join('\n');
    const env = { ...process.env, ...moto.env, RWS_REGION: REGION, RWS_OFFLINE: '0', PATH: `${bin}:${process.env.PATH}` };
    delete (env as Record<string, string | undefined>).RWS_FETCH_CMD;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env, timeout: 120_000 });
    const starts = fs.existsSync(counter) ? fs.readFileSync(counter, 'utf8').split('\n').filter((l) => l).length : 0;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, starts };
  }

  test('the user sync\'s pieces: one CLI start, the exact generated tool', () => {
    const call = syncCall;
    expect(Number(call[3])).toBeGreaterThan(1);
    const dest = path.join(dir, 'rws-sync-users');
    const r = run(`${scriptFunctions(toolsMain, ['rws_code_fetch'])}\nrws_code_fetch ${call[1]} '${call[2]}' ${call[3]} '${dest}'`, `cat '${dest}'`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // The code the user-data was generated with (its SHA-256 is in the script), whole.
    expect(crypto.createHash('sha256').update(r.stdout).digest('hex')).toBe(call[1]);
    expect(r.stdout).toMatch(/^#!\/bin\/bash\n/);
    expect(r.stdout).toContain('say "in sync: ');
    expect(r.starts).toBe(1);
    // The pieces are gone once the tool is assembled.
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('rws-sync-users.'))).toEqual([]);
  });

  test('a 1,000-user registry in SSM parameters: the file byte for byte, one CLI start per chunk', () => {
    // The registry's chunks are still fetched one per call: rws_registry_fetch is also in the
    // 16 KB user-data that carries the tools inline, which has no room for rws_fetch_parts.
    const call = /^rws_registry_fetch "\$RWS_STATE\/registry\.tsv" ([0-9a-f]{64}) ssm '?([^' ]+)'? (\d+)$/m.exec(registryMain)!;
    const chunks = Number(call[3]);
    expect(chunks).toBe(withRegistry.registryPayload!.parameters.length);
    expect(chunks).toBeGreaterThan(10);
    const dest = path.join(dir, 'registry.tsv');
    const r = run(`${scriptFunctions(registryMain, ['rws_registry_fetch'])}\nrws_registry_fetch '${dest}' ${call[1]} ssm '${call[2]}' ${chunks}`, `cat '${dest}'`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(WorkspaceUserData.registryFile(big));
    expect(r.starts).toBe(chunks);
  });

  test('a missing piece fails the run with its name, after one CLI start', async () => {
    const call = syncCall;
    const missing = `${call[2]}/1`;
    const value = WorkspaceUserData.toolParameters(PREFIX).find((p) => p.name === missing)!.value;
    await ssm.send(new DeleteParameterCommand({ Name: missing }));
    try {
      const r = run(`${scriptFunctions(toolsMain, ['rws_code_fetch'])}\nrws_code_fetch ${call[1]} '${call[2]}' ${call[3]} '${path.join(dir, 'partial')}'`);
      expect(r.status).toBe(3);
      expect(r.stderr).toContain(`FAIL: the SSM parameter ${missing} was not returned. Fix: deploy the stack that holds it`);
      expect(r.starts).toBe(1);
    } finally {
      await ssm.send(new PutParameterCommand({ Name: missing, Value: value, Type: 'String' }));
    }
  });

  test('a cluster node: the user sync\'s pieces in one CLI start, checked by the node\'s own SHA-256 line', () => {
    const script = ClusterNode.provisioningScript({
      registry: labRegistry(), nodeGroup: 'cpu', tools: { parameterPrefix: PREFIX, region: REGION },
    });
    const call = /^ssm_values .* >\/usr\/local\/sbin\/rws-sync-users\.b64$/m.exec(script)![0];
    const sha = /^echo '([0-9a-f]{64})  \/usr\/local\/sbin\/rws-sync-users\.new'/m.exec(script)![1];
    expect(toolPieceNames(script)).toEqual(WorkspaceUserData.toolParameters(PREFIX).filter((p) => p.name.includes('/rws-sync-users/')).map((p) => p.name));
    const out = path.join(dir, 'node-sync.b64');
    const r = run([
      'fail() { echo "FAIL: $*" >&2; exit 3; }',
      `tools_region='${REGION}'`,
      scriptFunctions(script, ['ssm_values']),
      call.replace('/usr/local/sbin/rws-sync-users.b64', out),
    ].join('\n'), `tr -d '\\n' <'${out}' | base64 -d | gunzip | sha256sum`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.slice(0, 64)).toBe(sha);
    expect(r.starts).toBe(1);
  });

  test('a cluster node: a 1,000-user registry in 12 SSM pieces, two CLI starts, the file byte for byte', async () => {
    // The lab's publication as a node reads it: base64 of the gzip file, in pieces (12 here, so
    // that the ten-name limit of a GetParameters call shows).
    const content = WorkspaceUserData.registryFile(big);
    const b64 = zlib.gzipSync(Buffer.from(content, 'utf8'), { level: 9 }).toString('base64');
    const size = Math.ceil(b64.length / 12);
    const names = Array.from({ length: 12 }, (_, i) => `/research-workspaces/cluster/registry/${i}`);
    for (const [i, n] of names.entries()) await ssm.send(new PutParameterCommand({ Name: n, Value: b64.slice(i * size, (i + 1) * size), Type: 'String', Tier: 'Advanced' }));
    const script = ClusterNode.provisioningScript({ registry: big, nodeGroup: 'cpu', registrySource: { parameterNames: names, region: REGION } });
    expect(ClusterNode.fetchesRegistry({ registry: big, nodeGroup: 'cpu', registrySource: { parameterNames: names, region: REGION } })).toBe(true);
    const call = /^ {2}ssm_values "\$registry_region" .* >"\$rtmp\/registry\.b64"$/m.exec(script)![0].trim();
    expect([...call.matchAll(/'([^']+)'/g)].map((m) => m[1])).toEqual(names);
    const out = path.join(dir, 'cluster-registry.b64');
    const r = run([
      'fail() { echo "FAIL: $*" >&2; exit 3; }',
      `registry_region='${REGION}'`,
      scriptFunctions(script, ['ssm_values']),
      call.replace('"$rtmp/registry.b64"', `'${out}'`),
    ].join('\n'), `tr -d '\\n' <'${out}' | base64 -d | gunzip`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(content);
    expect(r.starts).toBe(2);
  });

  test('with RWS_FETCH_CMD set, each piece still goes to it (the tests\' and images\' hook)', () => {
    const store = path.join(dir, 'store');
    for (const p of WorkspaceUserData.toolParameters(PREFIX)) {
      fs.mkdirSync(path.dirname(path.join(store, p.name)), { recursive: true });
      fs.writeFileSync(path.join(store, p.name), p.value);
    }
    const hook = path.join(dir, 'hook');
    fs.writeFileSync(hook, `#!/bin/bash\necho "$1" >>'${dir}/hook-calls'\ncp -- "${store}\${1#ssm:}" "$2"\n`, { mode: 0o755 });
    const call = syncCall;
    const dest = path.join(dir, 'hooked');
    const r = run(`RWS_FETCH_CMD='${hook}'\n${scriptFunctions(toolsMain, ['rws_code_fetch'])}\nrws_code_fetch ${call[1]} '${call[2]}' ${call[3]} '${dest}'`, `cat '${dest}'`);
    expect(r.status).toBe(0);
    expect(crypto.createHash('sha256').update(r.stdout).digest('hex')).toBe(call[1]);
    expect(r.starts).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'hook-calls'), 'utf8').trim().split('\n')).toEqual(
      Array.from({ length: Number(call[3]) }, (_, i) => `ssm:${call[2]}/${i}`));
  });
});
