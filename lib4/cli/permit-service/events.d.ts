import { DataHolder, PermitEventType, PermitMember, PermitProps, PermitStatus } from '../../workspaces/permit';
import { ReleaseSettings } from '../../workspaces/release';
/**
 * The message schema of the permit service: what the Permit Manager publishes on RabbitMQ.
 * No AMQP or Redis here: the same checks run in the worker, in `rws permit publish` and in tests.
 *
 * A message is JSON, published to the events exchange with the event name as routing key:
 *
 *   { "eventId": "e-123", "event": "permit.status.updated", "permitId": "p-1",
 *     "status": "DATA_PREPARATION_PENDING", "occurredAt": "2026-01-01T12:00:00Z",
 *     "permit": { "dataHolders": [{ "id": "hospital-a", "allowedCidrs": ["203.0.113.0/24"] }],
 *                 "researchers": [{ "name": "alice" }], "hdabPreprocessor": { "name": "hdab-anna" },
 *                 "hdabReviewer": { "name": "hdab-ben" }, "setupReviewer": { "name": "hdab-cleo" },
 *                 "egressAllowedDomains": ["pypi.org"] } }
 *
 * `permit` is required on the first event of a permit and optional afterwards (the stored
 * data is used; given fields replace the stored ones).
 */
/**
 * Output release events (docs/permit-service.md, "Output release events"): a move of one release
 * request, made by the actor the event names (a reviewer, a scanner service, an operator). They
 * change no permit status; the model (ReleaseLifecycle) decides whether the actor may make the move.
 */
export declare enum ReleaseEventName {
    /** A scanner's verdict on the snapshot (`release.verdict`: clean or blocked, with a reason). */
    SCANNED = "permit.release.scanned",
    /** A reviewer approves (the second different reviewer makes the request APPROVED). */
    APPROVED = "permit.release.approved",
    /** A reviewer rejects, with a reason. */
    REJECTED = "permit.release.rejected",
    /** A reviewer or the requester revokes an approved request before delivery, with a reason. */
    REVOKED = "permit.release.revoked",
    /** An operator asks for the delivery of an approved request to the permit's destination. */
    DELIVERY_REQUESTED = "permit.release.delivery_requested"
}
/** The routing keys (= event names) the worker handles. */
export declare const EVENT_NAMES: readonly string[];
/** The permit data an event may carry (every field optional; merged over the stored data). */
export interface PermitData {
    readonly dataHolders?: DataHolder[];
    readonly researchers?: PermitMember[];
    readonly hdabPreprocessor?: PermitMember;
    readonly hdabReviewer?: PermitMember;
    readonly setupReviewer?: PermitMember;
    readonly egressAllowedDomains?: string[];
    /** The output release settings: reviewers and the destination (as the permit file's `release:`). */
    readonly release?: ReleaseSettings;
}
/** What a release event says: which request, who acts, and the verdict or reason. */
export interface ReleaseEventBody {
    readonly requestId: string;
    readonly actor: string;
    readonly verdict?: 'clean' | 'blocked';
    readonly reason?: string;
}
/** One parsed event. */
export interface PermitEvent {
    readonly eventId: string;
    readonly event: PermitEventType | ReleaseEventName;
    readonly permitId: string;
    /** The status a permit.status.updated event carries. */
    readonly status?: PermitStatus;
    readonly occurredAt?: string;
    readonly permit?: PermitData;
    /** The release move (release events only). */
    readonly release?: ReleaseEventBody;
}
/** Whether an event is an output release event. */
export declare function isReleaseEvent(ev: PermitEvent): ev is PermitEvent & {
    event: ReleaseEventName;
    release: ReleaseEventBody;
};
/** Why a message was refused: it goes to the dead-letter queue with this reason. */
export declare class BadEventError extends Error {
    readonly code: string;
    constructor(code: string, message: string);
}
/**
 * Parses one message body. `routingKey` (when given) must be an event name and agree with the
 * body's `event` (which may then be left out). Throws BadEventError naming the field and fix.
 */
export declare function parseEvent(body: Buffer | string, routingKey?: string): PermitEvent;
/** The permit a transition is planned with: the stored data, overridden by what the event carries. */
export declare function mergePermit(permitId: string, stored: PermitData | undefined, carried: PermitData | undefined): Omit<PermitProps, 'status'>;
/** The status an event leads to from `current` (undefined: a permit the service has not seen). */
export declare function targetStatus(current: PermitStatus | undefined, ev: PermitEvent): PermitStatus;
/** Shard of a permit: FNV-1a of its id, modulo the shard count. */
export declare function shardOf(permitId: string, shards: number): number;
