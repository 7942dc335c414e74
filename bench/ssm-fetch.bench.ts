/**
 * The boot's SSM fetches with the real AWS CLI against a local moto_server: the provisioning
 * tools an AWS workspace fetches (toolsParameterPrefix).
 * The chroot table of `npm run bench userdata` plays Parameter Store with a file copy, so it does
 * not see what an instance pays: one start of the AWS CLI per fetch.
 *
 * Baseline, in the same run: one `aws ssm get-parameter` per piece (what the boot did before).
 * Ours: the generated script's own rws_fetch_parts (ten names to a GetParameters call). Time is
 * the wall time and the CPU of the bash process and everything it started (GNU time), median of
 * three runs.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { BenchTable, fmt } from './harness';
import { WorkspacePlatform, WorkspaceUserData } from '../src';
import { clientConfig, startMoto } from '../test/helpers/moto';
import { bigRegistry, template } from '../test/userdata/helpers/fixtures';
import { hasCommand, scriptFunctions } from '../test/userdata/helpers/tools';

const TOOLS = '/rws-tools/bench';
const REGION = 'us-east-1';

export async function run(): Promise<BenchTable[]> {
  const title = 'Boot: SSM fetches with the AWS CLI (moto_server on loopback)';
  if (!hasCommand('aws') || !hasCommand('moto_server') || !fs.existsSync('/usr/bin/time')) {
    return [{ title, headers: ['skipped'], rows: [['needs aws, moto_server and /usr/bin/time (GNU time)']] }];
  }
  const moto = await startMoto();
  const ssm = new SSMClient(clientConfig(moto));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-bench-ssm-'));
  try {
    // Each case: a parameter prefix and its number of pieces, deployed as the stacks deploy them.
    const cases: Array<{ label: string; prefix: string; pieces: number }> = [];
    const tools = WorkspaceUserData.toolParameters(TOOLS);
    for (const p of tools) await ssm.send(new PutParameterCommand({ Name: p.name, Value: p.value, Type: 'String' }));
    for (const tool of ['rws-sync-users', 'rws-idle-agent']) {
      const own = tools.filter((p) => p.name.includes(`/${tool}/`));
      cases.push({ label: `tool ${tool}`, prefix: own[0].name.replace(/\/0$/, ''), pieces: own.length });
    }
    const main = WorkspaceUserData.generate({ template: template('minimal'), registry: bigRegistry(10), platform: WorkspacePlatform.AWS, toolsParameterPrefix: TOOLS })
      .generatedScripts().find((s) => s.name === 'bin/rws-provision')!.content;
    const lib = [
      'set -Eeuo pipefail',
      'rws_log() { :; }',
      'rws_context() { :; }',
      'rws_fail() { echo "FAIL: $*" >&2; exit 3; }',
      scriptFunctions(main, ['rws_retry', 'rws_awscli', 'rws_need_region', 'rws_fetch_parts']),
    ].join('\n');
    const env = { ...process.env, ...moto.env, RWS_REGION: REGION, RWS_OFFLINE: '0' };
    delete (env as Record<string, string | undefined>).RWS_FETCH_CMD;
    const time = (script: string) => {
      const file = path.join(dir, 'run.sh');
      fs.writeFileSync(file, script);
      const stats = path.join(dir, 'time');
      const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', '-o', stats, 'bash', file], { encoding: 'utf8', env });
      if (r.status !== 0) throw new Error(`SSM fetch bench failed (${r.status}): ${r.stderr.slice(-2000)}`);
      const [wall, user, sys] = fs.readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
      return { wall, cpu: user + sys };
    };
    const median = (xs: Array<{ wall: number; cpu: number }>) => ({
      wall: xs.map((x) => x.wall).sort((a, b) => a - b)[1],
      cpu: xs.map((x) => x.cpu).sort((a, b) => a - b)[1],
    });
    const rows: Array<Array<string | number>> = [];
    for (const c of cases) {
      const base = path.join(dir, 'part');
      const perPiece = `${lib}\nfor ((i = 0; i < ${c.pieces}; i++)); do aws ssm get-parameter --region "$RWS_REGION" --with-decryption --name "${c.prefix}/$i" --query Parameter.Value --output text >"${base}.$i"; done\n`;
      const batched = `${lib}\nrws_fetch_parts '${c.prefix}' ${c.pieces} '${base}'\n`;
      const a = median([0, 1, 2].map(() => time(perPiece)));
      const b = median([0, 1, 2].map(() => time(batched)));
      rows.push([c.label, c.pieces, c.pieces, `${a.wall.toFixed(2)} s / ${a.cpu.toFixed(2)} s`, Math.ceil(c.pieces / 10),
        `${b.wall.toFixed(2)} s / ${b.cpu.toFixed(2)} s`, `${fmt.ratio(a.wall / b.wall)} / ${fmt.ratio(a.cpu / b.cpu)}`]);
    }
    return [{
      title,
      headers: ['fetch', 'pieces', 'CLI starts, one per piece', 'one per piece: wall / CPU', 'CLI starts, ours', 'ours: wall / CPU', 'ratio wall / CPU'],
      rows,
      notes: [
        'Pieces: SSM parameters of up to 4,096 characters (base64 of gzip). The AWS CLI is the machine\'s (v1 here; instances have v2, which',
        'starts faster but still once per call). moto_server answers on loopback, so the times are the CLI\'s own: an instance adds a',
        'round trip to SSM per call. Median of three runs; CPU is user + system of the fetch and every process it started.',
      ],
    }];
  } finally {
    ssm.destroy();
    await moto.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
