/**
 * Runs a workspace's deploy-values part (`00-rws-deploy-values.sh`) for real, on its payload
 * written out as cloud-init would write it, with `curl` standing in for IMDSv2: a token for the
 * PUT, and the metadata values only to a request that carries that token.
 */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';

/** What the runner needs of a ResearchWorkspace. */
interface WithUserData {
  userDataPart(name: string): string;
}

export class DeployValuesRun {
  /** The payload folder (`/var/lib/research-workspace/payload` on the instance). */
  public readonly payload: string;
  private readonly script: string;
  private readonly bin: string;

  constructor(ws: WithUserData, dir: string) {
    this.payload = path.join(dir, 'payload');
    for (const w of parse(ws.userDataPart('cloud-config.yaml')).write_files as Array<{ path: string; content: string }>) {
      const file = path.join(this.payload, w.path.replace('/var/lib/research-workspace/payload/', ''));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, w.content);
    }
    this.bin = path.join(dir, 'bin');
    fs.mkdirSync(this.bin, { recursive: true });
    this.script = path.join(dir, 'values.sh');
    fs.writeFileSync(this.script, ws.userDataPart('00-rws-deploy-values.sh').replace('d=/var/lib/research-workspace/payload', `d=${this.payload}`));
  }

  /** What the metadata service answers, by path under `meta-data/` (e.g. `tags/instance/research:file-system`). */
  public imds(values: Record<string, string>): this {
    fs.writeFileSync(path.join(this.bin, 'curl'), [
      '#!/bin/sh',
      'for a; do url=$a; done',
      'case "$*" in *"-X PUT"*) echo tok-1; exit 0 ;; esac',
      'case "$*" in *"X-aws-ec2-metadata-token: tok-1"*) ;; *) exit 22 ;; esac',
      'case $url in',
      ...Object.entries(values).map(([p, v]) => `  */meta-data/${p}) echo '${v}' ;;`),
      '  *) exit 22 ;;',
      'esac',
      '',
    ].join('\n'), { mode: 0o755 });
    return this;
  }

  /** Runs the part (`sh`, PATH with the stand-in curl first). */
  public run(): SpawnSyncReturns<string> {
    return spawnSync('sh', [this.script], { encoding: 'utf8', env: { PATH: `${this.bin}:/usr/bin:/bin` } });
  }

  /** The payload's provisioning script. */
  public get provision(): string {
    return fs.readFileSync(path.join(this.payload, 'bin/rws-provision'), 'utf8');
  }

  public set provision(text: string) {
    fs.writeFileSync(path.join(this.payload, 'bin/rws-provision'), text);
  }
}
