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
exports.REQUEST_ID = exports.FIRST_REVIEW_VM_ID_OFFSET = exports.FIRST_REVIEW_HOST = exports.REVIEWABLE_STATUSES = void 0;
exports.setReviewContext = setReviewContext;
exports.reviewContextOf = reviewContextOf;
exports.derivedUid = derivedUid;
exports.reviewProblems = reviewProblems;
/**
 * What a permit environment on Proxmox lends to the release review VMs it exports snapshots to
 * (`ProxmoxReleaseReview`): its settings and a way to add a machine like its own desktops. Kept
 * here, outside the public API, so that the environment and the review construct do not import
 * each other.
 */
const crypto = __importStar(require("crypto"));
const permit_1 = require("../../../workspaces/permit");
const error_1 = require("../../../workspaces/private/error");
const posix_1 = require("../../../workspaces/private/posix");
/** The statuses in which the release area exists and can be reviewed. */
exports.REVIEWABLE_STATUSES = new Set([
    permit_1.PermitStatus.ANALYSIS_ACTIVE, permit_1.PermitStatus.ANALYSIS_STOPPED, permit_1.PermitStatus.ARCHIVED,
]);
/** First host number of review VMs in the permit's network (after the analysis workspace's .25). */
exports.FIRST_REVIEW_HOST = 26;
/** VM id offset (from `vmIdBase`) of the review VM at FIRST_REVIEW_HOST. */
exports.FIRST_REVIEW_VM_ID_OFFSET = 8;
/** Same shape as the model's release request ids (ReleaseLifecycle). */
exports.REQUEST_ID = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const CONTEXTS = new WeakMap();
function setReviewContext(environment, context) {
    CONTEXTS.set(environment, context);
}
function reviewContextOf(environment) {
    return CONTEXTS.get(environment);
}
/** The model's stable uid for a name without one (20000-59999), as the permit's accounts get. */
function derivedUid(name) {
    const h = crypto.createHash('sha256').update(name).digest();
    return 20000 + (h.readUInt32BE(0) % 40000);
}
/**
 * Problems of one review's request id and reviewers: the id's shape, at least two different
 * reviewers, valid non-reserved login names, no name twice, uids in the lab range, and no
 * researcher of the permit among them.
 */
function reviewProblems(field, requestId, reviewers, researchers, location) {
    const out = [];
    const err = (code, f, message, value, fix) => {
        out.push((0, error_1.problem)({ code, field: f, message, value, fix, location }));
    };
    if (typeof requestId !== 'string' || !exports.REQUEST_ID.test(requestId)) {
        err('invalid-request-id', `${field}requestId`, 'request id must be 1-63 lower-case letters, digits or dashes', requestId, 'use the id "rws permit release list" shows, e.g. rq-20260105100000-0a1b2c');
    }
    const names = reviewers.map((r) => r.name);
    const seen = new Set();
    reviewers.forEach((r, i) => {
        const f = `${field}reviewers[${i}]`;
        if (!(0, posix_1.isValidPosixName)(r.name) || posix_1.RESERVED_NAMES.has(r.name)) {
            err('invalid-name', `${f}.name`, 'not a valid, non-reserved login name', r.name, 'use lower-case letters, digits, "_" and "-", starting with a letter');
        }
        else if (seen.has(r.name)) {
            err('duplicate-reviewer', `${f}.name`, `${r.name} is listed twice; two-person control needs two different people`, r.name, 'name each output checker once');
        }
        else if (researchers.includes(r.name)) {
            err('role-conflict', `${f}.name`, `"${r.name}" is a researcher of the permit and cannot check its outputs`, r.name, 'name output checkers who are not researchers of the permit');
        }
        seen.add(r.name);
        if (r.uid !== undefined && (!Number.isInteger(r.uid) || r.uid < posix_1.FIRST_RESEARCH_ID || r.uid > posix_1.MAX_RESEARCH_ID)) {
            err('invalid-id', `${f}.uid`, 'uid outside the lab range', r.uid, `choose an id from ${posix_1.FIRST_RESEARCH_ID} to ${posix_1.MAX_RESEARCH_ID}, or leave it out`);
        }
    });
    if (new Set(names).size < 2) {
        err('too-few-reviewers', `${field}reviewers`, 'two different reviewers must approve every release', names, 'name at least two output checkers');
    }
    return out;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmV2aWV3LWNvbnRleHQuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi8uLi9zcmMvY29uc3RydWN0cy9wcm94bW94L3ByaXZhdGUvcmV2aWV3LWNvbnRleHQudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBZ0VBLDRDQUVDO0FBRUQsMENBRUM7QUFHRCxnQ0FHQztBQU9ELHdDQStCQztBQWxIRDs7Ozs7R0FLRztBQUNILCtDQUFpQztBQUdqQyx1REFBd0U7QUFDeEUsNkRBQTREO0FBQzVELDZEQUF5SDtBQUd6SCx5RUFBeUU7QUFDNUQsUUFBQSxtQkFBbUIsR0FBOEIsSUFBSSxHQUFHLENBQUM7SUFDcEUscUJBQVksQ0FBQyxlQUFlLEVBQUUscUJBQVksQ0FBQyxnQkFBZ0IsRUFBRSxxQkFBWSxDQUFDLFFBQVE7Q0FDbkYsQ0FBQyxDQUFDO0FBRUgsb0dBQW9HO0FBQ3ZGLFFBQUEsaUJBQWlCLEdBQUcsRUFBRSxDQUFDO0FBQ3BDLDRFQUE0RTtBQUMvRCxRQUFBLHlCQUF5QixHQUFHLENBQUMsQ0FBQztBQUUzQyx3RUFBd0U7QUFDM0QsUUFBQSxVQUFVLEdBQUcsc0NBQXNDLENBQUM7QUFxQ2pFLE1BQU0sUUFBUSxHQUFHLElBQUksT0FBTyxFQUE2QixDQUFDO0FBRTFELFNBQWdCLGdCQUFnQixDQUFDLFdBQXVCLEVBQUUsT0FBc0I7SUFDOUUsUUFBUSxDQUFDLEdBQUcsQ0FBQyxXQUFXLEVBQUUsT0FBTyxDQUFDLENBQUM7QUFDckMsQ0FBQztBQUVELFNBQWdCLGVBQWUsQ0FBQyxXQUF1QjtJQUNyRCxPQUFPLFFBQVEsQ0FBQyxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7QUFDbkMsQ0FBQztBQUVELGlHQUFpRztBQUNqRyxTQUFnQixVQUFVLENBQUMsSUFBWTtJQUNyQyxNQUFNLENBQUMsR0FBRyxNQUFNLENBQUMsVUFBVSxDQUFDLFFBQVEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQztJQUM1RCxPQUFPLEtBQUssR0FBRyxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLEdBQUcsS0FBSyxDQUFDLENBQUM7QUFDN0MsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxTQUFnQixjQUFjLENBQzVCLEtBQWEsRUFBRSxTQUFpQixFQUFFLFNBQXlCLEVBQUUsV0FBcUIsRUFBRSxRQUEwQjtJQUU5RyxNQUFNLEdBQUcsR0FBaUIsRUFBRSxDQUFDO0lBQzdCLE1BQU0sR0FBRyxHQUFHLENBQUMsSUFBWSxFQUFFLENBQVMsRUFBRSxPQUFlLEVBQUUsS0FBYyxFQUFFLEdBQVcsRUFBRSxFQUFFO1FBQ3BGLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBQSxlQUFPLEVBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDdkUsQ0FBQyxDQUFDO0lBQ0YsSUFBSSxPQUFPLFNBQVMsS0FBSyxRQUFRLElBQUksQ0FBQyxrQkFBVSxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsRUFBRSxDQUFDO1FBQ2pFLEdBQUcsQ0FBQyxvQkFBb0IsRUFBRSxHQUFHLEtBQUssV0FBVyxFQUFFLDhEQUE4RCxFQUFFLFNBQVMsRUFDdEgsMkVBQTJFLENBQUMsQ0FBQztJQUNqRixDQUFDO0lBQ0QsTUFBTSxLQUFLLEdBQUcsU0FBUyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQzNDLE1BQU0sSUFBSSxHQUFHLElBQUksR0FBRyxFQUFVLENBQUM7SUFDL0IsU0FBUyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRTtRQUN6QixNQUFNLENBQUMsR0FBRyxHQUFHLEtBQUssYUFBYSxDQUFDLEdBQUcsQ0FBQztRQUNwQyxJQUFJLENBQUMsSUFBQSx3QkFBZ0IsRUFBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksc0JBQWMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7WUFDNUQsR0FBRyxDQUFDLGNBQWMsRUFBRSxHQUFHLENBQUMsT0FBTyxFQUFFLHNDQUFzQyxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUscUVBQXFFLENBQUMsQ0FBQztRQUMxSixDQUFDO2FBQU0sSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1lBQzVCLEdBQUcsQ0FBQyxvQkFBb0IsRUFBRSxHQUFHLENBQUMsT0FBTyxFQUFFLEdBQUcsQ0FBQyxDQUFDLElBQUksaUVBQWlFLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSwrQkFBK0IsQ0FBQyxDQUFDO1FBQzlKLENBQUM7YUFBTSxJQUFJLFdBQVcsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7WUFDeEMsR0FBRyxDQUFDLGVBQWUsRUFBRSxHQUFHLENBQUMsT0FBTyxFQUFFLElBQUksQ0FBQyxDQUFDLElBQUksOERBQThELEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSw0REFBNEQsQ0FBQyxDQUFDO1FBQ3BMLENBQUM7UUFDRCxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNqQixJQUFJLENBQUMsQ0FBQyxHQUFHLEtBQUssU0FBUyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRyxHQUFHLHlCQUFpQixJQUFJLENBQUMsQ0FBQyxHQUFHLEdBQUcsdUJBQWUsQ0FBQyxFQUFFLENBQUM7WUFDOUcsR0FBRyxDQUFDLFlBQVksRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLDJCQUEyQixFQUFFLENBQUMsQ0FBQyxHQUFHLEVBQUUscUJBQXFCLHlCQUFpQixPQUFPLHVCQUFlLG1CQUFtQixDQUFDLENBQUM7UUFDckosQ0FBQztJQUNILENBQUMsQ0FBQyxDQUFDO0lBQ0gsSUFBSSxJQUFJLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxFQUFFLENBQUM7UUFDNUIsR0FBRyxDQUFDLG1CQUFtQixFQUFFLEdBQUcsS0FBSyxXQUFXLEVBQUUsb0RBQW9ELEVBQUUsS0FBSyxFQUFFLG1DQUFtQyxDQUFDLENBQUM7SUFDbEosQ0FBQztJQUNELE9BQU8sR0FBRyxDQUFDO0FBQ2IsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogV2hhdCBhIHBlcm1pdCBlbnZpcm9ubWVudCBvbiBQcm94bW94IGxlbmRzIHRvIHRoZSByZWxlYXNlIHJldmlldyBWTXMgaXQgZXhwb3J0cyBzbmFwc2hvdHMgdG9cbiAqIChgUHJveG1veFJlbGVhc2VSZXZpZXdgKTogaXRzIHNldHRpbmdzIGFuZCBhIHdheSB0byBhZGQgYSBtYWNoaW5lIGxpa2UgaXRzIG93biBkZXNrdG9wcy4gS2VwdFxuICogaGVyZSwgb3V0c2lkZSB0aGUgcHVibGljIEFQSSwgc28gdGhhdCB0aGUgZW52aXJvbm1lbnQgYW5kIHRoZSByZXZpZXcgY29uc3RydWN0IGRvIG5vdCBpbXBvcnRcbiAqIGVhY2ggb3RoZXIuXG4gKi9cbmltcG9ydCAqIGFzIGNyeXB0byBmcm9tICdjcnlwdG8nO1xuaW1wb3J0IHsgSUNvbnN0cnVjdCB9IGZyb20gJ2NvbnN0cnVjdHMnO1xuaW1wb3J0IHsgRGlhZ25vc3RpYyB9IGZyb20gJy4uLy4uLy4uL3dvcmtzcGFjZXMvZXJyb3JzJztcbmltcG9ydCB7IFBlcm1pdE1lbWJlciwgUGVybWl0U3RhdHVzIH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy9wZXJtaXQnO1xuaW1wb3J0IHsgcHJvYmxlbSB9IGZyb20gJy4uLy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgeyBGSVJTVF9SRVNFQVJDSF9JRCwgaXNWYWxpZFBvc2l4TmFtZSwgTUFYX1JFU0VBUkNIX0lELCBSRVNFUlZFRF9OQU1FUyB9IGZyb20gJy4uLy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9wb3NpeCc7XG5pbXBvcnQgeyBWaXJ0dWFsRW52aXJvbm1lbnRWbSB9IGZyb20gJy4uL2dlbmVyYXRlZC92aXJ0dWFsLWVudmlyb25tZW50LXZtLmdlbmVyYXRlZCc7XG5cbi8qKiBUaGUgc3RhdHVzZXMgaW4gd2hpY2ggdGhlIHJlbGVhc2UgYXJlYSBleGlzdHMgYW5kIGNhbiBiZSByZXZpZXdlZC4gKi9cbmV4cG9ydCBjb25zdCBSRVZJRVdBQkxFX1NUQVRVU0VTOiBSZWFkb25seVNldDxQZXJtaXRTdGF0dXM+ID0gbmV3IFNldChbXG4gIFBlcm1pdFN0YXR1cy5BTkFMWVNJU19BQ1RJVkUsIFBlcm1pdFN0YXR1cy5BTkFMWVNJU19TVE9QUEVELCBQZXJtaXRTdGF0dXMuQVJDSElWRUQsXG5dKTtcblxuLyoqIEZpcnN0IGhvc3QgbnVtYmVyIG9mIHJldmlldyBWTXMgaW4gdGhlIHBlcm1pdCdzIG5ldHdvcmsgKGFmdGVyIHRoZSBhbmFseXNpcyB3b3Jrc3BhY2UncyAuMjUpLiAqL1xuZXhwb3J0IGNvbnN0IEZJUlNUX1JFVklFV19IT1NUID0gMjY7XG4vKiogVk0gaWQgb2Zmc2V0IChmcm9tIGB2bUlkQmFzZWApIG9mIHRoZSByZXZpZXcgVk0gYXQgRklSU1RfUkVWSUVXX0hPU1QuICovXG5leHBvcnQgY29uc3QgRklSU1RfUkVWSUVXX1ZNX0lEX09GRlNFVCA9IDg7XG5cbi8qKiBTYW1lIHNoYXBlIGFzIHRoZSBtb2RlbCdzIHJlbGVhc2UgcmVxdWVzdCBpZHMgKFJlbGVhc2VMaWZlY3ljbGUpLiAqL1xuZXhwb3J0IGNvbnN0IFJFUVVFU1RfSUQgPSAvXlthLXowLTldKFthLXowLTktXXswLDYxfVthLXowLTldKT8kLztcblxuLyoqIE9uZSByZXZpZXcgYXMgdGhlIGVudmlyb25tZW50IHBsYW5uZWQgaXQuICovXG5leHBvcnQgaW50ZXJmYWNlIFBsYW5uZWRSZXZpZXcge1xuICByZWFkb25seSByZXF1ZXN0SWQ6IHN0cmluZztcbiAgcmVhZG9ubHkgcmV2aWV3ZXJzOiBQZXJtaXRNZW1iZXJbXTtcbiAgcmVhZG9ubHkgaG9zdE51bWJlcjogbnVtYmVyO1xuICByZWFkb25seSBhZGRyZXNzOiBzdHJpbmc7XG59XG5cbi8qKiBBIG1hY2hpbmUgdGhlIGVudmlyb25tZW50IGJ1aWxkcyBmb3IgYSByZXZpZXcgKGxpa2UgaXRzIGRlc2t0b3BzKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmV2aWV3TWFjaGluZSB7XG4gIHJlYWRvbmx5IHdoYXQ6IHN0cmluZztcbiAgcmVhZG9ubHkgdXNlckRhdGE6IHN0cmluZztcbiAgcmVhZG9ubHkgdXNlckRhdGFIYXNoSW5wdXQ6IHN0cmluZztcbiAgcmVhZG9ubHkgaG9zdDogbnVtYmVyO1xuICByZWFkb25seSB2bUlkT2Zmc2V0OiBudW1iZXI7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbn1cblxuLyoqIFdoYXQgdGhlIGVudmlyb25tZW50IGxlbmRzIHRvIGl0cyByZXZpZXcgY29uc3RydWN0cy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmV2aWV3Q29udGV4dCB7XG4gIHJlYWRvbmx5IHBlcm1pdElkOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHN0YXR1czogUGVybWl0U3RhdHVzO1xuICByZWFkb25seSBub2RlTmFtZTogc3RyaW5nO1xuICByZWFkb25seSBzdG9yYWdlQWRkcmVzczogc3RyaW5nO1xuICByZWFkb25seSBnYXRld2F5Q2lkcnM6IHN0cmluZ1tdO1xuICByZWFkb25seSBwYXNzd29yZExlbmd0aDogbnVtYmVyO1xuICByZWFkb25seSByZXZpZXdzOiBQbGFubmVkUmV2aWV3W107XG4gIC8qKiBUaGUgcGVybWl0J3MgcmVzZWFyY2hlcnMgYXMgZmFyIGFzIHRoZSBwaGFzZSdzIHBsYW4gbmFtZXMgdGhlbSAobm9uZSBtYXkgcmV2aWV3KS4gKi9cbiAgcmVhZG9ubHkgcmVzZWFyY2hlcnM6IHN0cmluZ1tdO1xuICAvKiogQWRkcyB0aGUgcmV2aWV3IFZNIChzbmlwcGV0cywgVk0sIGluIHRoZSBwZXJtaXQncyBwb29sKSB1bmRlciBgc2NvcGVgLiAqL1xuICBhZGRNYWNoaW5lKHNjb3BlOiBJQ29uc3RydWN0LCByb2xlOiBzdHJpbmcsIG1hY2hpbmU6IFJldmlld01hY2hpbmUpOiBWaXJ0dWFsRW52aXJvbm1lbnRWbTtcbiAgLyoqIFJlY29yZHMgdGhhdCB0aGUgcmV2aWV3IGNvbnN0cnVjdCBvZiBhIHJlcXVlc3QgZXhpc3RzICh0aGUgZW52aXJvbm1lbnQgY2hlY2tzIGF0IHN5bnRoZXNpcyB0aGF0IGVhY2ggcGxhbm5lZCByZXZpZXcgaGFzIG9uZSkuICovXG4gIGNsYWltKHJlcXVlc3RJZDogc3RyaW5nLCBwYXRoOiBzdHJpbmcpOiB2b2lkO1xufVxuXG5jb25zdCBDT05URVhUUyA9IG5ldyBXZWFrTWFwPElDb25zdHJ1Y3QsIFJldmlld0NvbnRleHQ+KCk7XG5cbmV4cG9ydCBmdW5jdGlvbiBzZXRSZXZpZXdDb250ZXh0KGVudmlyb25tZW50OiBJQ29uc3RydWN0LCBjb250ZXh0OiBSZXZpZXdDb250ZXh0KTogdm9pZCB7XG4gIENPTlRFWFRTLnNldChlbnZpcm9ubWVudCwgY29udGV4dCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZXZpZXdDb250ZXh0T2YoZW52aXJvbm1lbnQ6IElDb25zdHJ1Y3QpOiBSZXZpZXdDb250ZXh0IHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIENPTlRFWFRTLmdldChlbnZpcm9ubWVudCk7XG59XG5cbi8qKiBUaGUgbW9kZWwncyBzdGFibGUgdWlkIGZvciBhIG5hbWUgd2l0aG91dCBvbmUgKDIwMDAwLTU5OTk5KSwgYXMgdGhlIHBlcm1pdCdzIGFjY291bnRzIGdldC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZXJpdmVkVWlkKG5hbWU6IHN0cmluZyk6IG51bWJlciB7XG4gIGNvbnN0IGggPSBjcnlwdG8uY3JlYXRlSGFzaCgnc2hhMjU2JykudXBkYXRlKG5hbWUpLmRpZ2VzdCgpO1xuICByZXR1cm4gMjAwMDAgKyAoaC5yZWFkVUludDMyQkUoMCkgJSA0MDAwMCk7XG59XG5cbi8qKlxuICogUHJvYmxlbXMgb2Ygb25lIHJldmlldydzIHJlcXVlc3QgaWQgYW5kIHJldmlld2VyczogdGhlIGlkJ3Mgc2hhcGUsIGF0IGxlYXN0IHR3byBkaWZmZXJlbnRcbiAqIHJldmlld2VycywgdmFsaWQgbm9uLXJlc2VydmVkIGxvZ2luIG5hbWVzLCBubyBuYW1lIHR3aWNlLCB1aWRzIGluIHRoZSBsYWIgcmFuZ2UsIGFuZCBub1xuICogcmVzZWFyY2hlciBvZiB0aGUgcGVybWl0IGFtb25nIHRoZW0uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXZpZXdQcm9ibGVtcyhcbiAgZmllbGQ6IHN0cmluZywgcmVxdWVzdElkOiBzdHJpbmcsIHJldmlld2VyczogUGVybWl0TWVtYmVyW10sIHJlc2VhcmNoZXJzOiBzdHJpbmdbXSwgbG9jYXRpb246IHsgZmlsZTogc3RyaW5nIH0sXG4pOiBEaWFnbm9zdGljW10ge1xuICBjb25zdCBvdXQ6IERpYWdub3N0aWNbXSA9IFtdO1xuICBjb25zdCBlcnIgPSAoY29kZTogc3RyaW5nLCBmOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZywgdmFsdWU6IHVua25vd24sIGZpeDogc3RyaW5nKSA9PiB7XG4gICAgb3V0LnB1c2gocHJvYmxlbSh7IGNvZGUsIGZpZWxkOiBmLCBtZXNzYWdlLCB2YWx1ZSwgZml4LCBsb2NhdGlvbiB9KSk7XG4gIH07XG4gIGlmICh0eXBlb2YgcmVxdWVzdElkICE9PSAnc3RyaW5nJyB8fCAhUkVRVUVTVF9JRC50ZXN0KHJlcXVlc3RJZCkpIHtcbiAgICBlcnIoJ2ludmFsaWQtcmVxdWVzdC1pZCcsIGAke2ZpZWxkfXJlcXVlc3RJZGAsICdyZXF1ZXN0IGlkIG11c3QgYmUgMS02MyBsb3dlci1jYXNlIGxldHRlcnMsIGRpZ2l0cyBvciBkYXNoZXMnLCByZXF1ZXN0SWQsXG4gICAgICAndXNlIHRoZSBpZCBcInJ3cyBwZXJtaXQgcmVsZWFzZSBsaXN0XCIgc2hvd3MsIGUuZy4gcnEtMjAyNjAxMDUxMDAwMDAtMGExYjJjJyk7XG4gIH1cbiAgY29uc3QgbmFtZXMgPSByZXZpZXdlcnMubWFwKChyKSA9PiByLm5hbWUpO1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIHJldmlld2Vycy5mb3JFYWNoKChyLCBpKSA9PiB7XG4gICAgY29uc3QgZiA9IGAke2ZpZWxkfXJldmlld2Vyc1ske2l9XWA7XG4gICAgaWYgKCFpc1ZhbGlkUG9zaXhOYW1lKHIubmFtZSkgfHwgUkVTRVJWRURfTkFNRVMuaGFzKHIubmFtZSkpIHtcbiAgICAgIGVycignaW52YWxpZC1uYW1lJywgYCR7Zn0ubmFtZWAsICdub3QgYSB2YWxpZCwgbm9uLXJlc2VydmVkIGxvZ2luIG5hbWUnLCByLm5hbWUsICd1c2UgbG93ZXItY2FzZSBsZXR0ZXJzLCBkaWdpdHMsIFwiX1wiIGFuZCBcIi1cIiwgc3RhcnRpbmcgd2l0aCBhIGxldHRlcicpO1xuICAgIH0gZWxzZSBpZiAoc2Vlbi5oYXMoci5uYW1lKSkge1xuICAgICAgZXJyKCdkdXBsaWNhdGUtcmV2aWV3ZXInLCBgJHtmfS5uYW1lYCwgYCR7ci5uYW1lfSBpcyBsaXN0ZWQgdHdpY2U7IHR3by1wZXJzb24gY29udHJvbCBuZWVkcyB0d28gZGlmZmVyZW50IHBlb3BsZWAsIHIubmFtZSwgJ25hbWUgZWFjaCBvdXRwdXQgY2hlY2tlciBvbmNlJyk7XG4gICAgfSBlbHNlIGlmIChyZXNlYXJjaGVycy5pbmNsdWRlcyhyLm5hbWUpKSB7XG4gICAgICBlcnIoJ3JvbGUtY29uZmxpY3QnLCBgJHtmfS5uYW1lYCwgYFwiJHtyLm5hbWV9XCIgaXMgYSByZXNlYXJjaGVyIG9mIHRoZSBwZXJtaXQgYW5kIGNhbm5vdCBjaGVjayBpdHMgb3V0cHV0c2AsIHIubmFtZSwgJ25hbWUgb3V0cHV0IGNoZWNrZXJzIHdobyBhcmUgbm90IHJlc2VhcmNoZXJzIG9mIHRoZSBwZXJtaXQnKTtcbiAgICB9XG4gICAgc2Vlbi5hZGQoci5uYW1lKTtcbiAgICBpZiAoci51aWQgIT09IHVuZGVmaW5lZCAmJiAoIU51bWJlci5pc0ludGVnZXIoci51aWQpIHx8IHIudWlkIDwgRklSU1RfUkVTRUFSQ0hfSUQgfHwgci51aWQgPiBNQVhfUkVTRUFSQ0hfSUQpKSB7XG4gICAgICBlcnIoJ2ludmFsaWQtaWQnLCBgJHtmfS51aWRgLCAndWlkIG91dHNpZGUgdGhlIGxhYiByYW5nZScsIHIudWlkLCBgY2hvb3NlIGFuIGlkIGZyb20gJHtGSVJTVF9SRVNFQVJDSF9JRH0gdG8gJHtNQVhfUkVTRUFSQ0hfSUR9LCBvciBsZWF2ZSBpdCBvdXRgKTtcbiAgICB9XG4gIH0pO1xuICBpZiAobmV3IFNldChuYW1lcykuc2l6ZSA8IDIpIHtcbiAgICBlcnIoJ3Rvby1mZXctcmV2aWV3ZXJzJywgYCR7ZmllbGR9cmV2aWV3ZXJzYCwgJ3R3byBkaWZmZXJlbnQgcmV2aWV3ZXJzIG11c3QgYXBwcm92ZSBldmVyeSByZWxlYXNlJywgbmFtZXMsICduYW1lIGF0IGxlYXN0IHR3byBvdXRwdXQgY2hlY2tlcnMnKTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIl19