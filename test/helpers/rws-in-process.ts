import { main } from '../../src/cli/main';

/** What an in-process `rws` run printed and returned. */
export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `rws` in this process (the CLI's `main`, no compiled lib/ needed), collecting what it
 * prints. `env` is the whole environment the command sees; `cwd` its working folder.
 */
export async function rwsInProcess(argv: string[], env: NodeJS.ProcessEnv = {}, cwd: string = process.cwd()): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => { stdout += t; return true; } },
    stderr: { write: (t: string) => { stderr += t; return true; } },
    env,
    cwd,
  });
  return { code, stdout, stderr };
}
