/**
 * cdktf records a full stack trace for every token it creates (each attribute reference, each
 * nested block of a provider binding), to name where a token came from if it later fails to
 * resolve. For the kit's Terraform stacks that is about a quarter of the CPU of constructing a
 * permit and most of it is V8 formatting the trace into text. cdktf has no switch for it.
 *
 * `pauseTokenTraces()` turns the formatting off for as long as one of the kit's stack
 * constructors runs, and only then: it sets `Error.prepareStackTrace` to a formatter that
 * returns an empty text for a capture made by a cdktf token (its first call site is in cdktf's
 * token modules), which cdktf reads at once and records as "no trace", and formats every other
 * capture as before (annotations keep their traces in the manifest). `resume()` puts back what
 * was there, always (call it in a `finally`). Nothing else is changed: the synthesized files
 * are the same; tokens a user creates outside the kit's constructors keep their traces; an
 * error raised inside one is formatted when it is first read, after `resume()` (V8 formats a
 * stack lazily).
 * test/terraform/token-traces.test.ts checks each of these.
 *
 * Set `RWS_TOKEN_TRACES=1` to keep the traces (to debug a token the kit created that does not
 * resolve).
 *
 * Formatting aside, V8 still collects every frame for each capture (cdktf lifts the frame limit)
 * and hands them to the formatter as call-site objects: about a sixth of a permit's synthesis.
 * cdktf's tokens call `captureStackTrace` through its module's exports at each use, so the first
 * pause replaces that export with one that returns no trace at once while a pause is on, and
 * calls cdktf's own otherwise (the same result as the formatter gives, without the capture). Where
 * the module is not found (another layout of cdktf or its fork), the formatter alone does the work.
 */
import * as path from 'path';
import { CDKTF_PACKAGE } from './cdktf';

/** The handle `pauseTokenTraces()` returns. */
export interface PausedTokenTraces {
  /** Puts back the stack formatter that was in place before the pause. */
  resume(): void;
}

type Formatter = (error: unknown, sites: NodeJS.CallSite[]) => unknown;

/** The call site of a capture made by one of cdktf's (or cdktn's) tokens. */
const TOKEN_CAPTURE = /[\\/]cdkt[fn][\\/]lib[\\/](tokens[\\/]|complex-computed-list\.js)/;

/** Node's own text of a stack: the error's text, then one `at` line per call site. */
function nodeFormat(error: unknown, sites: NodeJS.CallSite[]): string {
  let head: string;
  try {
    head = Error.prototype.toString.call(error);
  } catch {
    head = '<error>';
  }
  return sites.length ? `${head}\n    at ${sites.join('\n    at ')}` : head;
}

/**
 * A formatter that returns an empty text for a capture made by a cdktf token, and formats any
 * other (an annotation's trace, an error) as before: with `previous` when there was one, else
 * as Node does.
 */
function withoutTokenTraces(previous: Formatter | undefined): Formatter {
  return (error, sites) => {
    const file = sites.length ? sites[0].getFileName() : undefined;
    if (file && TOKEN_CAPTURE.test(file)) return '';
    return previous ? previous(error, sites) : nodeFormat(error, sites);
  };
}

/** How many pauses are on (nested constructors pause again). */
let paused = 0;
let captureReplaced = false;

/**
 * cdktf's private stack-trace module, whose `captureStackTrace` export its token classes call at
 * each capture; undefined where this layout of the package has none.
 */
export function cdktfTraceModule(): { captureStackTrace?: unknown } | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(path.join(path.dirname(require.resolve(CDKTF_PACKAGE)), 'tokens', 'private', 'stack-trace.js'));
  } catch {
    return undefined;
  }
}

/**
 * Replaces the export of cdktf's private stack-trace module, once: no capture while a pause is
 * on, cdktf's own capture otherwise (without this function's frame in the trace).
 */
function replaceTokenCapture(): void {
  if (captureReplaced) return;
  captureReplaced = true;
  const mod = cdktfTraceModule();
  const original = mod?.captureStackTrace;
  if (typeof original !== 'function') return;
  const capture = (below?: unknown): string[] => (paused > 0 ? [] : original(below ?? capture));
  mod!.captureStackTrace = capture;
}

/** Turns off the formatting of stack traces until `resume()` (see the module's comment). */
export function pauseTokenTraces(): PausedTokenTraces {
  if (process.env.RWS_TOKEN_TRACES === '1') return { resume: () => undefined };
  replaceTokenCapture();
  paused += 1;
  const errorCtor = Error as unknown as { prepareStackTrace?: unknown };
  const had = Object.prototype.hasOwnProperty.call(errorCtor, 'prepareStackTrace');
  const previous = errorCtor.prepareStackTrace;
  errorCtor.prepareStackTrace = withoutTokenTraces(typeof previous === 'function' ? previous as Formatter : undefined);
  let resumed = false;
  return {
    resume: () => {
      if (resumed) return;
      resumed = true;
      paused -= 1;
      if (had) errorCtor.prepareStackTrace = previous;
      else delete errorCtor.prepareStackTrace;
    },
  };
}
