import * as fs from 'fs';
import * as path from 'path';
import { ReleaseAuditEntry, ReleaseLifecycle, ReleaseRequest } from '../../workspaces/release';

/**
 * The output release routes of `rws permit api` (read-only): the states of each permit's
 * release requests, read from the release stores under `releases_dir` (`<dir>/<permitId>/`, the
 * folders `rws permit release --store` writes). Nothing here writes.
 *
 *   GET /api/v1/permits/{permitId}/releases             -> { permitId, releases: [summary...] }
 *   GET /api/v1/permits/{permitId}/releases/{requestId} -> { request, audit, auditVerified }
 */

/** One request as the list shows it. */
export interface ReleaseSummary {
  readonly id: string;
  readonly state: string;
  readonly requester: string;
  readonly files: number;
  readonly approvals: string[];
  readonly updatedAt: string;
  readonly reason?: string;
  readonly releasedTo?: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

function readRequests(store: string): ReleaseRequest[] {
  const dir = path.join(store, 'state');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => /^[a-z0-9][a-z0-9-]{0,62}\.json$/.test(f))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ReleaseRequest)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}

function readAudit(store: string): { entries: ReleaseAuditEntry[]; verified: boolean } {
  const file = path.join(store, 'audit.jsonl');
  if (!fs.existsSync(file)) return { entries: [], verified: true };
  try {
    const entries = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l).map((l) => JSON.parse(l) as ReleaseAuditEntry);
    ReleaseLifecycle.verifyAudit(entries);
    return { entries, verified: true };
  } catch {
    return { entries: [], verified: false };
  }
}

/**
 * Answers a release route, or undefined when `p` is not one. `releasesDir` unset: 404 with the fix.
 */
export function releaseRoute(releasesDir: string | undefined, p: string): [number, unknown] | undefined {
  const m = /^\/api\/v1\/permits\/([a-z0-9-]{1,40})\/releases(?:\/([^/]+))?$/.exec(p);
  if (!m) return undefined;
  if (!releasesDir) return [404, { error: 'output releases are not served: set releases_dir (or RWS_RELEASES_DIR) to the folder of the permits\' release stores' }];
  const store = path.join(releasesDir, m[1]);
  if (m[2] === undefined) {
    const releases: ReleaseSummary[] = readRequests(store).map((r) => ({
      id: r.id,
      state: r.state,
      requester: r.requester,
      files: r.files.length,
      approvals: r.approvals.map((a) => a.reviewer),
      updatedAt: r.updatedAt,
      ...(r.reason ? { reason: r.reason } : {}),
      ...(r.releasedTo ? { releasedTo: r.releasedTo } : {}),
    }));
    return [200, { permitId: m[1], releases }];
  }
  const id = m[2];
  if (!ID.test(id) || !fs.existsSync(path.join(store, 'state', `${id}.json`))) return [404, { error: `permit ${m[1]} has no release request ${id}` }];
  const request = JSON.parse(fs.readFileSync(path.join(store, 'state', `${id}.json`), 'utf8')) as ReleaseRequest;
  const audit = readAudit(store);
  return [200, { request, audit: audit.entries.filter((e) => e.requestId === id), auditVerified: audit.verified }];
}

/** The OpenAPI paths of the release routes (merged into the API's document). */
export const RELEASE_OPENAPI_PATHS = {
  '/api/v1/permits/{permitId}/releases': {
    get: {
      summary: 'Output release requests of a permit and their states (DRAFT ... RELEASED, REVOKED, BLOCKED_BY_SCAN)',
      parameters: [{ name: 'permitId', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: { description: 'release requests' }, 404: { description: 'releases are not served (no releases_dir)' } },
    },
  },
  '/api/v1/permits/{permitId}/releases/{requestId}': {
    get: {
      summary: 'One release request with its audit entries (who, when, what, why) and whether the audit chain verifies',
      parameters: [{ name: 'permitId', in: 'path', required: true, schema: { type: 'string' } }, { name: 'requestId', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: { description: 'the request' }, 404: { description: 'unknown request' } },
    },
  },
};
