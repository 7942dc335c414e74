"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.RELEASE_OPENAPI_PATHS = void 0;
exports.releaseRoute = releaseRoute;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const release_1 = require("../../workspaces/release");
const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
function readRequests(store) {
    const dir = path.join(store, 'state');
    if (!fs.existsSync(dir))
        return [];
    return fs.readdirSync(dir).filter((f) => /^[a-z0-9][a-z0-9-]{0,62}\.json$/.test(f))
        .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}
function readAudit(store) {
    const file = path.join(store, 'audit.jsonl');
    if (!fs.existsSync(file))
        return { entries: [], verified: true };
    try {
        const entries = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l).map((l) => JSON.parse(l));
        release_1.ReleaseLifecycle.verifyAudit(entries);
        return { entries, verified: true };
    }
    catch {
        return { entries: [], verified: false };
    }
}
/**
 * Answers a release route, or undefined when `p` is not one. `releasesDir` unset: 404 with the fix.
 */
function releaseRoute(releasesDir, p) {
    const m = /^\/api\/v1\/permits\/([a-z0-9-]{1,40})\/releases(?:\/([^/]+))?$/.exec(p);
    if (!m)
        return undefined;
    if (!releasesDir)
        return [404, { error: 'output releases are not served: set releases_dir (or RWS_RELEASES_DIR) to the folder of the permits\' release stores' }];
    const store = path.join(releasesDir, m[1]);
    if (m[2] === undefined) {
        const releases = readRequests(store).map((r) => ({
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
    if (!ID.test(id) || !fs.existsSync(path.join(store, 'state', `${id}.json`)))
        return [404, { error: `permit ${m[1]} has no release request ${id}` }];
    const request = JSON.parse(fs.readFileSync(path.join(store, 'state', `${id}.json`), 'utf8'));
    const audit = readAudit(store);
    return [200, { request, audit: audit.entries.filter((e) => e.requestId === id), auditVerified: audit.verified }];
}
/** The OpenAPI paths of the release routes (merged into the API's document). */
exports.RELEASE_OPENAPI_PATHS = {
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVsZWFzZXMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvY2xpL3Blcm1pdC1zZXJ2aWNlL3JlbGVhc2VzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQWtEQSxvQ0F1QkM7QUF6RUQsdUNBQXlCO0FBQ3pCLDJDQUE2QjtBQUM3QixzREFBK0Y7QUF1Qi9GLE1BQU0sRUFBRSxHQUFHLDJCQUEyQixDQUFDO0FBRXZDLFNBQVMsWUFBWSxDQUFDLEtBQWE7SUFDakMsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFLLEVBQUUsT0FBTyxDQUFDLENBQUM7SUFDdEMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDO1FBQUUsT0FBTyxFQUFFLENBQUM7SUFDbkMsT0FBTyxFQUFFLENBQUMsV0FBVyxDQUFDLEdBQUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsaUNBQWlDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO1NBQ2hGLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUMsWUFBWSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFtQixDQUFDO1NBQ3BGLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsR0FBRyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsR0FBRyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDN0csQ0FBQztBQUVELFNBQVMsU0FBUyxDQUFDLEtBQWE7SUFDOUIsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFLLEVBQUUsYUFBYSxDQUFDLENBQUM7SUFDN0MsSUFBSSxDQUFDLEVBQUUsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDO1FBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxFQUFFLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxDQUFDO0lBQ2pFLElBQUksQ0FBQztRQUNILE1BQU0sT0FBTyxHQUFHLEVBQUUsQ0FBQyxZQUFZLENBQUMsSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQXNCLENBQUMsQ0FBQztRQUMxSCwwQkFBZ0IsQ0FBQyxXQUFXLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDdEMsT0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLENBQUM7SUFDckMsQ0FBQztJQUFDLE1BQU0sQ0FBQztRQUNQLE9BQU8sRUFBRSxPQUFPLEVBQUUsRUFBRSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsQ0FBQztJQUMxQyxDQUFDO0FBQ0gsQ0FBQztBQUVEOztHQUVHO0FBQ0gsU0FBZ0IsWUFBWSxDQUFDLFdBQStCLEVBQUUsQ0FBUztJQUNyRSxNQUFNLENBQUMsR0FBRyxpRUFBaUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDcEYsSUFBSSxDQUFDLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUN6QixJQUFJLENBQUMsV0FBVztRQUFFLE9BQU8sQ0FBQyxHQUFHLEVBQUUsRUFBRSxLQUFLLEVBQUUsc0hBQXNILEVBQUUsQ0FBQyxDQUFDO0lBQ2xLLE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQzNDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLFNBQVMsRUFBRSxDQUFDO1FBQ3ZCLE1BQU0sUUFBUSxHQUFxQixZQUFZLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1lBQ2pFLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRTtZQUNSLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSztZQUNkLFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUztZQUN0QixLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxNQUFNO1lBQ3JCLFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQztZQUM3QyxTQUFTLEVBQUUsQ0FBQyxDQUFDLFNBQVM7WUFDdEIsR0FBRyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ3pDLEdBQUcsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxDQUFDLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztTQUN0RCxDQUFDLENBQUMsQ0FBQztRQUNKLE9BQU8sQ0FBQyxHQUFHLEVBQUUsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRSxDQUFDLENBQUM7SUFDN0MsQ0FBQztJQUNELE1BQU0sRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNoQixJQUFJLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFLLEVBQUUsT0FBTyxFQUFFLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQztRQUFFLE9BQU8sQ0FBQyxHQUFHLEVBQUUsRUFBRSxLQUFLLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLDJCQUEyQixFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDcEosTUFBTSxPQUFPLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUMsWUFBWSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxFQUFFLE9BQU8sRUFBRSxHQUFHLEVBQUUsT0FBTyxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQW1CLENBQUM7SUFDL0csTUFBTSxLQUFLLEdBQUcsU0FBUyxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQy9CLE9BQU8sQ0FBQyxHQUFHLEVBQUUsRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxLQUFLLEVBQUUsQ0FBQyxFQUFFLGFBQWEsRUFBRSxLQUFLLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQztBQUNuSCxDQUFDO0FBRUQsZ0ZBQWdGO0FBQ25FLFFBQUEscUJBQXFCLEdBQUc7SUFDbkMscUNBQXFDLEVBQUU7UUFDckMsR0FBRyxFQUFFO1lBQ0gsT0FBTyxFQUFFLHFHQUFxRztZQUM5RyxVQUFVLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsRUFBRSxFQUFFLE1BQU0sRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsRUFBRSxDQUFDO1lBQzFGLFNBQVMsRUFBRSxFQUFFLEdBQUcsRUFBRSxFQUFFLFdBQVcsRUFBRSxrQkFBa0IsRUFBRSxFQUFFLEdBQUcsRUFBRSxFQUFFLFdBQVcsRUFBRSwyQ0FBMkMsRUFBRSxFQUFFO1NBQzNIO0tBQ0Y7SUFDRCxpREFBaUQsRUFBRTtRQUNqRCxHQUFHLEVBQUU7WUFDSCxPQUFPLEVBQUUsd0dBQXdHO1lBQ2pILFVBQVUsRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxFQUFFLEVBQUUsTUFBTSxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxFQUFFLEVBQUUsRUFBRSxJQUFJLEVBQUUsV0FBVyxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEVBQUUsQ0FBQztZQUN6SyxTQUFTLEVBQUUsRUFBRSxHQUFHLEVBQUUsRUFBRSxXQUFXLEVBQUUsYUFBYSxFQUFFLEVBQUUsR0FBRyxFQUFFLEVBQUUsV0FBVyxFQUFFLGlCQUFpQixFQUFFLEVBQUU7U0FDNUY7S0FDRjtDQUNGLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgKiBhcyBmcyBmcm9tICdmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ3BhdGgnO1xuaW1wb3J0IHsgUmVsZWFzZUF1ZGl0RW50cnksIFJlbGVhc2VMaWZlY3ljbGUsIFJlbGVhc2VSZXF1ZXN0IH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9yZWxlYXNlJztcblxuLyoqXG4gKiBUaGUgb3V0cHV0IHJlbGVhc2Ugcm91dGVzIG9mIGByd3MgcGVybWl0IGFwaWAgKHJlYWQtb25seSk6IHRoZSBzdGF0ZXMgb2YgZWFjaCBwZXJtaXQnc1xuICogcmVsZWFzZSByZXF1ZXN0cywgcmVhZCBmcm9tIHRoZSByZWxlYXNlIHN0b3JlcyB1bmRlciBgcmVsZWFzZXNfZGlyYCAoYDxkaXI+LzxwZXJtaXRJZD4vYCwgdGhlXG4gKiBmb2xkZXJzIGByd3MgcGVybWl0IHJlbGVhc2UgLS1zdG9yZWAgd3JpdGVzKS4gTm90aGluZyBoZXJlIHdyaXRlcy5cbiAqXG4gKiAgIEdFVCAvYXBpL3YxL3Blcm1pdHMve3Blcm1pdElkfS9yZWxlYXNlcyAgICAgICAgICAgICAtPiB7IHBlcm1pdElkLCByZWxlYXNlczogW3N1bW1hcnkuLi5dIH1cbiAqICAgR0VUIC9hcGkvdjEvcGVybWl0cy97cGVybWl0SWR9L3JlbGVhc2VzL3tyZXF1ZXN0SWR9IC0+IHsgcmVxdWVzdCwgYXVkaXQsIGF1ZGl0VmVyaWZpZWQgfVxuICovXG5cbi8qKiBPbmUgcmVxdWVzdCBhcyB0aGUgbGlzdCBzaG93cyBpdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVsZWFzZVN1bW1hcnkge1xuICByZWFkb25seSBpZDogc3RyaW5nO1xuICByZWFkb25seSBzdGF0ZTogc3RyaW5nO1xuICByZWFkb25seSByZXF1ZXN0ZXI6IHN0cmluZztcbiAgcmVhZG9ubHkgZmlsZXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgYXBwcm92YWxzOiBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgdXBkYXRlZEF0OiBzdHJpbmc7XG4gIHJlYWRvbmx5IHJlYXNvbj86IHN0cmluZztcbiAgcmVhZG9ubHkgcmVsZWFzZWRUbz86IHN0cmluZztcbn1cblxuY29uc3QgSUQgPSAvXlthLXowLTldW2EtejAtOS1dezAsNjJ9JC87XG5cbmZ1bmN0aW9uIHJlYWRSZXF1ZXN0cyhzdG9yZTogc3RyaW5nKTogUmVsZWFzZVJlcXVlc3RbXSB7XG4gIGNvbnN0IGRpciA9IHBhdGguam9pbihzdG9yZSwgJ3N0YXRlJyk7XG4gIGlmICghZnMuZXhpc3RzU3luYyhkaXIpKSByZXR1cm4gW107XG4gIHJldHVybiBmcy5yZWFkZGlyU3luYyhkaXIpLmZpbHRlcigoZikgPT4gL15bYS16MC05XVthLXowLTktXXswLDYyfVxcLmpzb24kLy50ZXN0KGYpKVxuICAgIC5tYXAoKGYpID0+IEpTT04ucGFyc2UoZnMucmVhZEZpbGVTeW5jKHBhdGguam9pbihkaXIsIGYpLCAndXRmOCcpKSBhcyBSZWxlYXNlUmVxdWVzdClcbiAgICAuc29ydCgoYSwgYikgPT4gKGEuY3JlYXRlZEF0IDwgYi5jcmVhdGVkQXQgPyAtMSA6IGEuY3JlYXRlZEF0ID4gYi5jcmVhdGVkQXQgPyAxIDogYS5pZCA8IGIuaWQgPyAtMSA6IDEpKTtcbn1cblxuZnVuY3Rpb24gcmVhZEF1ZGl0KHN0b3JlOiBzdHJpbmcpOiB7IGVudHJpZXM6IFJlbGVhc2VBdWRpdEVudHJ5W107IHZlcmlmaWVkOiBib29sZWFuIH0ge1xuICBjb25zdCBmaWxlID0gcGF0aC5qb2luKHN0b3JlLCAnYXVkaXQuanNvbmwnKTtcbiAgaWYgKCFmcy5leGlzdHNTeW5jKGZpbGUpKSByZXR1cm4geyBlbnRyaWVzOiBbXSwgdmVyaWZpZWQ6IHRydWUgfTtcbiAgdHJ5IHtcbiAgICBjb25zdCBlbnRyaWVzID0gZnMucmVhZEZpbGVTeW5jKGZpbGUsICd1dGY4Jykuc3BsaXQoJ1xcbicpLmZpbHRlcigobCkgPT4gbCkubWFwKChsKSA9PiBKU09OLnBhcnNlKGwpIGFzIFJlbGVhc2VBdWRpdEVudHJ5KTtcbiAgICBSZWxlYXNlTGlmZWN5Y2xlLnZlcmlmeUF1ZGl0KGVudHJpZXMpO1xuICAgIHJldHVybiB7IGVudHJpZXMsIHZlcmlmaWVkOiB0cnVlIH07XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB7IGVudHJpZXM6IFtdLCB2ZXJpZmllZDogZmFsc2UgfTtcbiAgfVxufVxuXG4vKipcbiAqIEFuc3dlcnMgYSByZWxlYXNlIHJvdXRlLCBvciB1bmRlZmluZWQgd2hlbiBgcGAgaXMgbm90IG9uZS4gYHJlbGVhc2VzRGlyYCB1bnNldDogNDA0IHdpdGggdGhlIGZpeC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlbGVhc2VSb3V0ZShyZWxlYXNlc0Rpcjogc3RyaW5nIHwgdW5kZWZpbmVkLCBwOiBzdHJpbmcpOiBbbnVtYmVyLCB1bmtub3duXSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG0gPSAvXlxcL2FwaVxcL3YxXFwvcGVybWl0c1xcLyhbYS16MC05LV17MSw0MH0pXFwvcmVsZWFzZXMoPzpcXC8oW14vXSspKT8kLy5leGVjKHApO1xuICBpZiAoIW0pIHJldHVybiB1bmRlZmluZWQ7XG4gIGlmICghcmVsZWFzZXNEaXIpIHJldHVybiBbNDA0LCB7IGVycm9yOiAnb3V0cHV0IHJlbGVhc2VzIGFyZSBub3Qgc2VydmVkOiBzZXQgcmVsZWFzZXNfZGlyIChvciBSV1NfUkVMRUFTRVNfRElSKSB0byB0aGUgZm9sZGVyIG9mIHRoZSBwZXJtaXRzXFwnIHJlbGVhc2Ugc3RvcmVzJyB9XTtcbiAgY29uc3Qgc3RvcmUgPSBwYXRoLmpvaW4ocmVsZWFzZXNEaXIsIG1bMV0pO1xuICBpZiAobVsyXSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgcmVsZWFzZXM6IFJlbGVhc2VTdW1tYXJ5W10gPSByZWFkUmVxdWVzdHMoc3RvcmUpLm1hcCgocikgPT4gKHtcbiAgICAgIGlkOiByLmlkLFxuICAgICAgc3RhdGU6IHIuc3RhdGUsXG4gICAgICByZXF1ZXN0ZXI6IHIucmVxdWVzdGVyLFxuICAgICAgZmlsZXM6IHIuZmlsZXMubGVuZ3RoLFxuICAgICAgYXBwcm92YWxzOiByLmFwcHJvdmFscy5tYXAoKGEpID0+IGEucmV2aWV3ZXIpLFxuICAgICAgdXBkYXRlZEF0OiByLnVwZGF0ZWRBdCxcbiAgICAgIC4uLihyLnJlYXNvbiA/IHsgcmVhc29uOiByLnJlYXNvbiB9IDoge30pLFxuICAgICAgLi4uKHIucmVsZWFzZWRUbyA/IHsgcmVsZWFzZWRUbzogci5yZWxlYXNlZFRvIH0gOiB7fSksXG4gICAgfSkpO1xuICAgIHJldHVybiBbMjAwLCB7IHBlcm1pdElkOiBtWzFdLCByZWxlYXNlcyB9XTtcbiAgfVxuICBjb25zdCBpZCA9IG1bMl07XG4gIGlmICghSUQudGVzdChpZCkgfHwgIWZzLmV4aXN0c1N5bmMocGF0aC5qb2luKHN0b3JlLCAnc3RhdGUnLCBgJHtpZH0uanNvbmApKSkgcmV0dXJuIFs0MDQsIHsgZXJyb3I6IGBwZXJtaXQgJHttWzFdfSBoYXMgbm8gcmVsZWFzZSByZXF1ZXN0ICR7aWR9YCB9XTtcbiAgY29uc3QgcmVxdWVzdCA9IEpTT04ucGFyc2UoZnMucmVhZEZpbGVTeW5jKHBhdGguam9pbihzdG9yZSwgJ3N0YXRlJywgYCR7aWR9Lmpzb25gKSwgJ3V0ZjgnKSkgYXMgUmVsZWFzZVJlcXVlc3Q7XG4gIGNvbnN0IGF1ZGl0ID0gcmVhZEF1ZGl0KHN0b3JlKTtcbiAgcmV0dXJuIFsyMDAsIHsgcmVxdWVzdCwgYXVkaXQ6IGF1ZGl0LmVudHJpZXMuZmlsdGVyKChlKSA9PiBlLnJlcXVlc3RJZCA9PT0gaWQpLCBhdWRpdFZlcmlmaWVkOiBhdWRpdC52ZXJpZmllZCB9XTtcbn1cblxuLyoqIFRoZSBPcGVuQVBJIHBhdGhzIG9mIHRoZSByZWxlYXNlIHJvdXRlcyAobWVyZ2VkIGludG8gdGhlIEFQSSdzIGRvY3VtZW50KS4gKi9cbmV4cG9ydCBjb25zdCBSRUxFQVNFX09QRU5BUElfUEFUSFMgPSB7XG4gICcvYXBpL3YxL3Blcm1pdHMve3Blcm1pdElkfS9yZWxlYXNlcyc6IHtcbiAgICBnZXQ6IHtcbiAgICAgIHN1bW1hcnk6ICdPdXRwdXQgcmVsZWFzZSByZXF1ZXN0cyBvZiBhIHBlcm1pdCBhbmQgdGhlaXIgc3RhdGVzIChEUkFGVCAuLi4gUkVMRUFTRUQsIFJFVk9LRUQsIEJMT0NLRURfQllfU0NBTiknLFxuICAgICAgcGFyYW1ldGVyczogW3sgbmFtZTogJ3Blcm1pdElkJywgaW46ICdwYXRoJywgcmVxdWlyZWQ6IHRydWUsIHNjaGVtYTogeyB0eXBlOiAnc3RyaW5nJyB9IH1dLFxuICAgICAgcmVzcG9uc2VzOiB7IDIwMDogeyBkZXNjcmlwdGlvbjogJ3JlbGVhc2UgcmVxdWVzdHMnIH0sIDQwNDogeyBkZXNjcmlwdGlvbjogJ3JlbGVhc2VzIGFyZSBub3Qgc2VydmVkIChubyByZWxlYXNlc19kaXIpJyB9IH0sXG4gICAgfSxcbiAgfSxcbiAgJy9hcGkvdjEvcGVybWl0cy97cGVybWl0SWR9L3JlbGVhc2VzL3tyZXF1ZXN0SWR9Jzoge1xuICAgIGdldDoge1xuICAgICAgc3VtbWFyeTogJ09uZSByZWxlYXNlIHJlcXVlc3Qgd2l0aCBpdHMgYXVkaXQgZW50cmllcyAod2hvLCB3aGVuLCB3aGF0LCB3aHkpIGFuZCB3aGV0aGVyIHRoZSBhdWRpdCBjaGFpbiB2ZXJpZmllcycsXG4gICAgICBwYXJhbWV0ZXJzOiBbeyBuYW1lOiAncGVybWl0SWQnLCBpbjogJ3BhdGgnLCByZXF1aXJlZDogdHJ1ZSwgc2NoZW1hOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSwgeyBuYW1lOiAncmVxdWVzdElkJywgaW46ICdwYXRoJywgcmVxdWlyZWQ6IHRydWUsIHNjaGVtYTogeyB0eXBlOiAnc3RyaW5nJyB9IH1dLFxuICAgICAgcmVzcG9uc2VzOiB7IDIwMDogeyBkZXNjcmlwdGlvbjogJ3RoZSByZXF1ZXN0JyB9LCA0MDQ6IHsgZGVzY3JpcHRpb246ICd1bmtub3duIHJlcXVlc3QnIH0gfSxcbiAgICB9LFxuICB9LFxufTtcbiJdfQ==