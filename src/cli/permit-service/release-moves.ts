import * as path from 'path';
import { BadEventError, PermitData, ReleaseEventBody, ReleaseEventName } from './events';
import { WorkspaceInputError } from '../../workspaces/private/error';
import { ReleaseAction, ReleaseLifecycle, ReleaseMove, ReleaseRequest, ReleaseState } from '../../workspaces/release';
import { deliver } from '../release-delivery';
import { ReleaseStore } from '../release-store';

/**
 * The worker's side of output release: one release event becomes one move (two for a scan: start
 * and verdict) of the permit's release store `<releases_dir>/<permitId>/`, the same store and model
 * `rws permit release` uses. The reviewers and the destination come from the permit's stored data
 * (`permit.release`), never from the event; who acts comes from the event and the model decides
 * whether they may.
 */

/** What a release event did. */
export interface ReleaseOutcome {
  readonly request: ReleaseRequest;
  /** The actions recorded (empty when the event's effect was already in the store). */
  readonly actions: ReleaseAction[];
  /** Requests the workspace's rws-release wrote that were recorded first. */
  readonly adopted: string[];
}

/** The events that are one move each (a scan is two, a delivery carries the destination). */
const ONE_MOVE: Record<ReleaseEventName.APPROVED | ReleaseEventName.REJECTED | ReleaseEventName.REVOKED, ReleaseAction> = {
  [ReleaseEventName.APPROVED]: ReleaseAction.APPROVE,
  [ReleaseEventName.REJECTED]: ReleaseAction.REJECT,
  [ReleaseEventName.REVOKED]: ReleaseAction.REVOKE,
};

/**
 * Whether the store already shows this event's effect: a redelivered event (the worker died after
 * the store's commit, before its own) is then recorded, not refused.
 */
function alreadyDone(r: ReleaseRequest, event: ReleaseEventName, body: ReleaseEventBody): boolean {
  switch (event) {
    case ReleaseEventName.SCANNED: return r.state !== ReleaseState.SUBMITTED && r.state !== ReleaseState.SCANNING && r.state !== ReleaseState.DRAFT;
    case ReleaseEventName.APPROVED: return r.approvals.some((a) => a.reviewer === body.actor);
    case ReleaseEventName.REJECTED: return r.state === ReleaseState.REJECTED;
    case ReleaseEventName.REVOKED: return r.state === ReleaseState.REVOKED;
    case ReleaseEventName.DELIVERY_REQUESTED: return r.state === ReleaseState.RELEASED;
  }
}

/**
 * Applies one release event to the permit's store. Throws BadEventError (the event goes to the
 * dead-letter queue, nothing changes) for a permit without release settings, an unknown request,
 * or a move the model refuses (illegal in the request's state, or not this actor's to make).
 */
export async function applyReleaseEvent(
  releasesDir: string, permitId: string, data: PermitData, event: ReleaseEventName, body: ReleaseEventBody, eventId: string,
  env: Record<string, string | undefined>,
): Promise<ReleaseOutcome> {
  const where = `event ${eventId} (permit ${permitId}, release request ${body.requestId})`;
  const settings = data.release;
  if (!settings) {
    throw new BadEventError('no-release-settings', `${where}: the permit has no release settings, so nothing can be reviewed or released; `
      + 'send permit.release: { "reviewers": [...], "destination": {...} } with a permit event first');
  }
  const researchers = (data.researchers ?? []).map((m) => m.name);
  const store = new ReleaseStore(path.join(releasesDir, permitId), permitId, { reviewers: settings.reviewers, researchers });
  try {
    ReleaseLifecycle.checkSettings(settings, researchers, `permit ${permitId}`);
    const { adopted } = await store.adopt();
    const before = store.get(body.requestId);
    if (alreadyDone(before, event, body)) return { request: before, actions: [], adopted };
    const detail = `event ${eventId}`;
    const move = (action: ReleaseAction, extra: Partial<ReleaseMove> = {}): ReleaseMove => ({ action, actor: body.actor, detail, ...extra });
    let request: ReleaseRequest;
    const actions: ReleaseAction[] = [];
    if (event === ReleaseEventName.SCANNED) {
      // Both moves are checked by the model before the first is recorded.
      const outcome = body.verdict === 'clean' ? ReleaseAction.SCAN_CLEAN : ReleaseAction.SCAN_BLOCKED;
      const verdict = move(outcome, body.reason ? { reason: body.reason } : {});
      if (before.state === ReleaseState.SUBMITTED) {
        const scanning = ReleaseLifecycle.apply(before, move(ReleaseAction.START_SCAN), store.participants, ReleaseLifecycle.GENESIS_HASH, 1).request;
        ReleaseLifecycle.apply(scanning, verdict, store.participants, ReleaseLifecycle.GENESIS_HASH, 2);
        await store.move(body.requestId, move(ReleaseAction.START_SCAN));
        actions.push(ReleaseAction.START_SCAN);
      }
      request = await store.move(body.requestId, verdict);
      actions.push(outcome);
    } else if (event === ReleaseEventName.DELIVERY_REQUESTED) {
      request = await store.move(body.requestId, move(ReleaseAction.RELEASE), (req, files) => deliver(settings.destination, req, files, env));
      actions.push(ReleaseAction.RELEASE);
    } else {
      request = await store.move(body.requestId, move(ONE_MOVE[event], body.reason ? { reason: body.reason } : {}));
      actions.push(ONE_MOVE[event]);
    }
    return { request, actions, adopted };
  } catch (e) {
    if (WorkspaceInputError.isWorkspaceInputError(e)) {
      throw new BadEventError(e.diagnostics[0]?.code ?? 'release-refused', `${where}: ${e.message.split('\n').join(' ')}`);
    }
    throw e;
  }
}
