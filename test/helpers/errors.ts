/**
 * What a call throws, for tests of refusals: the message of any error, or the library's input
 * error itself (anything else is rethrown, so an unexpected crash is not taken for a refusal).
 */
import { WorkspaceInputError } from '../../src/workspaces/private/error';

/** The message `f` throws, or "no error" when it returns (so an expectation shows what happened). */
export function errorMessageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return String((e as Error).message);
  }
  return 'no error';
}

/** The WorkspaceInputError `f` throws; any other error is rethrown, and returning is a failure. */
export function inputErrorOf(f: () => unknown): WorkspaceInputError {
  try {
    f();
  } catch (e) {
    if (WorkspaceInputError.isWorkspaceInputError(e)) return e;
    throw e;
  }
  throw new Error('expected a WorkspaceInputError, nothing was thrown');
}
