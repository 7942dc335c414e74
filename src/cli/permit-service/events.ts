import { DataHolder, PermitEventType, PermitLifecycle, PermitMember, PermitProps, PermitStatus } from '../../workspaces/permit';
import { WorkspaceInputError } from '../../workspaces/private/error';
import { ReleaseSettings } from '../../workspaces/release';
import { ReleaseDestinationKind } from '../../workspaces/release-destination';

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
export enum ReleaseEventName {
  /** A scanner's verdict on the snapshot (`release.verdict`: clean or blocked, with a reason). */
  SCANNED = 'permit.release.scanned',
  /** A reviewer approves (the second different reviewer makes the request APPROVED). */
  APPROVED = 'permit.release.approved',
  /** A reviewer rejects, with a reason. */
  REJECTED = 'permit.release.rejected',
  /** A reviewer or the requester revokes an approved request before delivery, with a reason. */
  REVOKED = 'permit.release.revoked',
  /** An operator asks for the delivery of an approved request to the permit's destination. */
  DELIVERY_REQUESTED = 'permit.release.delivery_requested',
}

/** The routing keys (= event names) the worker handles. */
export const EVENT_NAMES: readonly string[] = [...Object.values(PermitEventType), ...Object.values(ReleaseEventName)];

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
export function isReleaseEvent(ev: PermitEvent): ev is PermitEvent & { event: ReleaseEventName; release: ReleaseEventBody } {
  return (Object.values(ReleaseEventName) as string[]).includes(ev.event);
}

/** Why a message was refused: it goes to the dead-letter queue with this reason. */
export class BadEventError extends Error {
  constructor(public readonly code: string, message: string) {
    super(message);
    this.name = 'BadEventError';
  }
}

const TOP_KEYS = new Set(['eventId', 'event', 'permitId', 'status', 'occurredAt', 'permit', 'release']);
const PERMIT_KEYS = new Set(['dataHolders', 'researchers', 'hdabPreprocessor', 'hdabReviewer', 'setupReviewer', 'egressAllowedDomains', 'release']);
const RELEASE_KEYS = new Set(['requestId', 'actor', 'verdict', 'reason']);
const DESTINATION_KEYS = new Set(['kind', 'path', 'bucket', 'prefix', 'region', 'host', 'port', 'user']);
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

function str(o: any, key: string, where: string, required: boolean): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) {
    if (required) throw new BadEventError('missing-field', `${where}: field "${key}" is missing; add it (see docs/permit-service.md, message schema)`);
    return undefined;
  }
  if (typeof v !== 'string' || v.length === 0) throw new BadEventError('invalid-field', `${where}: field "${key}" must be a non-empty string (got ${JSON.stringify(v)})`);
  return v;
}

function member(v: any, field: string): PermitMember {
  if (typeof v === 'string') return { name: v };
  if (!v || typeof v !== 'object' || typeof v.name !== 'string') {
    throw new BadEventError('invalid-field', `permit.${field} must be a name or { "name": ..., "uid": ... } (got ${JSON.stringify(v)})`);
  }
  if (v.uid !== undefined && !Number.isInteger(v.uid)) throw new BadEventError('invalid-field', `permit.${field}.uid must be an integer (got ${JSON.stringify(v.uid)})`);
  return { name: v.name, ...(v.uid !== undefined ? { uid: v.uid } : {}) };
}

function parsePermitData(p: any): PermitData {
  if (!p || typeof p !== 'object' || Array.isArray(p)) throw new BadEventError('invalid-field', `field "permit" must be an object (got ${JSON.stringify(p)})`);
  for (const k of Object.keys(p)) {
    if (!PERMIT_KEYS.has(k)) throw new BadEventError('unknown-field', `permit.${k} is not a permit field; use ${[...PERMIT_KEYS].join(', ')}`);
  }
  const out: any = {};
  if (p.dataHolders !== undefined) {
    if (!Array.isArray(p.dataHolders)) throw new BadEventError('invalid-field', 'permit.dataHolders must be a list of { "id", "allowedCidrs" }');
    out.dataHolders = p.dataHolders.map((h: any, i: number): DataHolder => {
      if (!h || typeof h.id !== 'string' || !Array.isArray(h.allowedCidrs) || !h.allowedCidrs.every((c: unknown) => typeof c === 'string')) {
        throw new BadEventError('invalid-field', `permit.dataHolders[${i}] must be { "id": "...", "allowedCidrs": ["..."] } (got ${JSON.stringify(h)})`);
      }
      return { id: h.id, allowedCidrs: [...h.allowedCidrs], ...(typeof h.displayName === 'string' ? { displayName: h.displayName } : {}), ...(Number.isInteger(h.uid) ? { uid: h.uid } : {}) };
    });
  }
  if (p.researchers !== undefined) {
    if (!Array.isArray(p.researchers)) throw new BadEventError('invalid-field', 'permit.researchers must be a list of names or { "name", "uid" }');
    out.researchers = p.researchers.map((m: any, i: number) => member(m, `researchers[${i}]`));
  }
  for (const k of ['hdabPreprocessor', 'hdabReviewer', 'setupReviewer']) {
    if (p[k] !== undefined) out[k] = member(p[k], k);
  }
  if (p.egressAllowedDomains !== undefined) {
    if (!Array.isArray(p.egressAllowedDomains) || !p.egressAllowedDomains.every((d: unknown) => typeof d === 'string')) {
      throw new BadEventError('invalid-field', 'permit.egressAllowedDomains must be a list of domain names');
    }
    out.egressAllowedDomains = [...p.egressAllowedDomains];
  }
  if (p.release !== undefined) out.release = parseReleaseSettings(p.release);
  return out;
}

/** `permit.release`: its shape (the meaning is checked by ReleaseLifecycle.checkSettings when used). */
function parseReleaseSettings(r: any): ReleaseSettings {
  const shape = 'permit.release must be { "reviewers": ["..."], "destination": { "kind": "folder" | "bucket" | "sftp", ... } }';
  if (!r || typeof r !== 'object' || Array.isArray(r)) throw new BadEventError('invalid-field', `${shape} (got ${JSON.stringify(r)})`);
  for (const k of Object.keys(r)) if (!['reviewers', 'destination'].includes(k)) throw new BadEventError('unknown-field', `permit.release.${k} is not a release field; use reviewers, destination`);
  if (!Array.isArray(r.reviewers) || !r.reviewers.every((x: unknown) => typeof x === 'string')) throw new BadEventError('invalid-field', `permit.release.reviewers must be a list of login names (got ${JSON.stringify(r.reviewers)})`);
  const d = r.destination;
  if (!d || typeof d !== 'object' || Array.isArray(d)) throw new BadEventError('invalid-field', `${shape} (destination is ${JSON.stringify(d)})`);
  for (const k of Object.keys(d)) {
    if (!DESTINATION_KEYS.has(k)) throw new BadEventError('unknown-field', `permit.release.destination.${k} is not a destination field; use ${[...DESTINATION_KEYS].join(', ')}`);
    if (k === 'port' ? !Number.isInteger(d[k]) : typeof d[k] !== 'string') {
      throw new BadEventError('invalid-field', `permit.release.destination.${k} must be ${k === 'port' ? 'a whole number' : 'a string'} (got ${JSON.stringify(d[k])})`);
    }
  }
  if (!(Object.values(ReleaseDestinationKind) as string[]).includes(d.kind)) {
    throw new BadEventError('invalid-field', `permit.release.destination.kind must be one of ${Object.values(ReleaseDestinationKind).join(', ')} (got ${JSON.stringify(d.kind)})`);
  }
  return { reviewers: [...r.reviewers], destination: { ...d } };
}

/** The `release` object of a release event. */
function parseReleaseBody(r: any, where: string, event: ReleaseEventName): ReleaseEventBody {
  if (!r || typeof r !== 'object' || Array.isArray(r)) {
    throw new BadEventError('missing-field', `${where}: ${event} needs "release": { "requestId": "rq-...", "actor": "<login or svc:name>" }`);
  }
  for (const k of Object.keys(r)) if (!RELEASE_KEYS.has(k)) throw new BadEventError('unknown-field', `${where}: release.${k} is not part of a release event; use ${[...RELEASE_KEYS].join(', ')}`);
  const requestId = str(r, 'requestId', `${where}: release`, true)!;
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(requestId)) throw new BadEventError('invalid-field', `${where}: release.requestId "${requestId}" is not a request id (rq-YYYYMMDDHHMMSS-xxxxxx)`);
  const actor = str(r, 'actor', `${where}: release`, true)!;
  if (!/^(svc:)?[a-z_][a-z0-9_-]{0,31}$/.test(actor)) throw new BadEventError('invalid-field', `${where}: release.actor "${actor}" must be a login name or svc:<name>`);
  const reason = str(r, 'reason', `${where}: release`, false);
  const verdict = str(r, 'verdict', `${where}: release`, event === ReleaseEventName.SCANNED);
  if (verdict !== undefined && (event !== ReleaseEventName.SCANNED || !['clean', 'blocked'].includes(verdict))) {
    throw new BadEventError('invalid-field', `${where}: release.verdict "${verdict}" belongs to ${ReleaseEventName.SCANNED} only, as clean or blocked`);
  }
  const needsReason = event === ReleaseEventName.REJECTED || event === ReleaseEventName.REVOKED || verdict === 'blocked';
  if (needsReason && reason === undefined) throw new BadEventError('missing-field', `${where}: ${event}${verdict ? ' (blocked)' : ''} needs release.reason: say why`);
  return { requestId, actor, ...(verdict ? { verdict: verdict as 'clean' | 'blocked' } : {}), ...(reason ? { reason } : {}) };
}

/**
 * Parses one message body. `routingKey` (when given) must be an event name and agree with the
 * body's `event` (which may then be left out). Throws BadEventError naming the field and fix.
 */
export function parseEvent(body: Buffer | string, routingKey?: string): PermitEvent {
  let o: any;
  try {
    o = JSON.parse(typeof body === 'string' ? body : body.toString('utf8'));
  } catch (e) {
    throw new BadEventError('malformed-json', `the message is not JSON (${(e as Error).message}); publish one JSON object per message`);
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new BadEventError('malformed-json', 'the message must be a JSON object with eventId, event, permitId');
  for (const k of Object.keys(o)) {
    if (!TOP_KEYS.has(k)) throw new BadEventError('unknown-field', `field "${k}" is not part of a permit event; use ${[...TOP_KEYS].join(', ')}`);
  }
  const eventId = str(o, 'eventId', 'event', true)!;
  if (!ID.test(eventId)) throw new BadEventError('invalid-field', `eventId "${eventId}" must be 1-128 letters, digits, ".", "_", ":" or "-"`);
  const where = `event ${eventId}`;
  const rk = routingKey && EVENT_NAMES.includes(routingKey) ? routingKey : undefined;
  if (routingKey && !rk && !o.event) throw new BadEventError('unknown-event', `${where}: routing key "${routingKey}" is not an event; use one of ${EVENT_NAMES.join(', ')}`);
  const name = str(o, 'event', where, rk === undefined) ?? rk!;
  if (!EVENT_NAMES.includes(name)) throw new BadEventError('unknown-event', `${where}: event "${name}" is unknown; use one of ${EVENT_NAMES.join(', ')}`);
  if (rk && rk !== name) throw new BadEventError('event-mismatch', `${where}: routing key "${rk}" and field event "${name}" differ; publish with the event name as routing key`);
  const permitId = str(o, 'permitId', where, true)!;
  if (!/^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/.test(permitId)) {
    throw new BadEventError('invalid-field', `${where}: permitId "${permitId}" must be 1-40 lower-case letters, digits or dashes`);
  }
  let status: PermitStatus | undefined;
  const statusText = str(o, 'status', where, name === PermitEventType.STATUS_UPDATED);
  if (statusText !== undefined) {
    if (name !== PermitEventType.STATUS_UPDATED) throw new BadEventError('invalid-field', `${where}: only permit.status.updated carries a status (got status with ${name}); leave it out`);
    const found = Object.values(PermitStatus).find((s) => s === statusText);
    // The derived statuses are not the Permit Manager's to send: they follow from their events.
    const derived = [PermitStatus.INGRESS_IN_PROGRESS, PermitStatus.ANALYSIS_STOPPED, PermitStatus.DELETED];
    if (!found || derived.includes(found)) {
      throw new BadEventError('unknown-status', `${where}: status "${statusText}" is unknown; use one of ${Object.values(PermitStatus).filter((s) => !derived.includes(s)).join(', ')}`);
    }
    status = found;
  }
  const occurredAt = str(o, 'occurredAt', where, false);
  if (occurredAt !== undefined && Number.isNaN(Date.parse(occurredAt))) throw new BadEventError('invalid-field', `${where}: occurredAt "${occurredAt}" is not an ISO 8601 time`);
  const permit = o.permit === undefined ? undefined : parsePermitData(o.permit);
  const releaseEvent = (Object.values(ReleaseEventName) as string[]).includes(name) ? name as ReleaseEventName : undefined;
  if (o.release !== undefined && !releaseEvent) throw new BadEventError('invalid-field', `${where}: only permit.release.* events carry "release"; leave it out`);
  const release = releaseEvent ? parseReleaseBody(o.release, where, releaseEvent) : undefined;
  return {
    eventId,
    event: name as PermitEventType | ReleaseEventName,
    permitId,
    ...(status ? { status } : {}),
    ...(occurredAt ? { occurredAt } : {}),
    ...(permit ? { permit } : {}),
    ...(release ? { release } : {}),
  };
}

/** The permit a transition is planned with: the stored data, overridden by what the event carries. */
export function mergePermit(permitId: string, stored: PermitData | undefined, carried: PermitData | undefined): Omit<PermitProps, 'status'> {
  const d: any = { ...(stored ?? {}), ...(carried ?? {}) };
  if (!d.dataHolders || !d.researchers || !d.hdabPreprocessor) {
    throw new BadEventError('unknown-permit', `permit ${permitId} is unknown to the service and the event carries no permit data; `
      + 'send the permit (dataHolders, researchers, hdabPreprocessor) with its first event');
  }
  return { id: permitId, ...d };
}

/** The status an event leads to from `current` (undefined: a permit the service has not seen). */
export function targetStatus(current: PermitStatus | undefined, ev: PermitEvent): PermitStatus {
  try {
    if (current === undefined) {
      if (ev.event !== PermitEventType.STATUS_UPDATED) {
        throw new BadEventError('unknown-permit', `event ${ev.eventId}: ${ev.event} for permit ${ev.permitId}, which the service has never seen; its first event must be permit.status.updated`);
      }
      return ev.status!;
    }
    return PermitLifecycle.next(current, ev.event as PermitEventType, ev.status);
  } catch (e) {
    if (WorkspaceInputError.isWorkspaceInputError(e)) {
      const code = e.diagnostics[0]?.code ?? 'illegal-transition';
      throw new BadEventError(code, `event ${ev.eventId} (permit ${ev.permitId}): ${e.message}`);
    }
    throw e;
  }
}

/** Shard of a permit: FNV-1a of its id, modulo the shard count. */
export function shardOf(permitId: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < permitId.length; i++) {
    // eslint-disable-next-line no-bitwise
    h ^= permitId.charCodeAt(i);
    // eslint-disable-next-line no-bitwise
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}
