#!/usr/bin/env node
/**
 * The `rws` binary (package.json "bin"). All logic lives in main.ts; this file only wires
 * the process's streams and exit code.
 */
import * as v8 from 'v8';
import { main } from './main';

// rws is a short batch process that reads a file, checks it and writes a result: it trades a
// few more collections for a heap that grows by at most 70% between them (V8's own choice, up
// to 4 times, suits long-lived servers). A 100,000-user registry then locks in about 260 MB
// instead of 300 MB, in the same time (docs/security.md, "Large inputs"; npm run bench registry).
v8.setFlagsFromString('--heap-growing-percent=70');

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
