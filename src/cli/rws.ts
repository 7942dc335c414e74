#!/usr/bin/env node
/**
 * The `rws` binary (package.json "bin"). All logic lives in main.ts; this file only wires
 * the process's streams and exit code.
 */
import { main } from './main';

// `rws templates list | head -1` closes stdout early: stop quietly instead of crashing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then(
  (code) => {
    // exitCode, not exit(): lets a large output drain into a pipe before the process ends.
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`rws: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
