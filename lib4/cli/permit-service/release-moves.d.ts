import { PermitData, ReleaseEventBody, ReleaseEventName } from './events';
import { ReleaseAction, ReleaseRequest } from '../../workspaces/release';
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
/**
 * Applies one release event to the permit's store. Throws BadEventError (the event goes to the
 * dead-letter queue, nothing changes) for a permit without release settings, an unknown request,
 * or a move the model refuses (illegal in the request's state, or not this actor's to make).
 */
export declare function applyReleaseEvent(releasesDir: string, permitId: string, data: PermitData, event: ReleaseEventName, body: ReleaseEventBody, eventId: string, env: Record<string, string | undefined>): Promise<ReleaseOutcome>;
