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
exports.applyReleaseEvent = applyReleaseEvent;
const path = __importStar(require("path"));
const events_1 = require("./events");
const error_1 = require("../../workspaces/private/error");
const release_1 = require("../../workspaces/release");
const release_delivery_1 = require("../release-delivery");
const release_store_1 = require("../release-store");
/** The events that are one move each (a scan is two, a delivery carries the destination). */
const ONE_MOVE = {
    [events_1.ReleaseEventName.APPROVED]: release_1.ReleaseAction.APPROVE,
    [events_1.ReleaseEventName.REJECTED]: release_1.ReleaseAction.REJECT,
    [events_1.ReleaseEventName.REVOKED]: release_1.ReleaseAction.REVOKE,
};
/**
 * Whether the store already shows this event's effect: a redelivered event (the worker died after
 * the store's commit, before its own) is then recorded, not refused.
 */
function alreadyDone(r, event, body) {
    switch (event) {
        case events_1.ReleaseEventName.SCANNED: return r.state !== release_1.ReleaseState.SUBMITTED && r.state !== release_1.ReleaseState.SCANNING && r.state !== release_1.ReleaseState.DRAFT;
        case events_1.ReleaseEventName.APPROVED: return r.approvals.some((a) => a.reviewer === body.actor);
        case events_1.ReleaseEventName.REJECTED: return r.state === release_1.ReleaseState.REJECTED;
        case events_1.ReleaseEventName.REVOKED: return r.state === release_1.ReleaseState.REVOKED;
        case events_1.ReleaseEventName.DELIVERY_REQUESTED: return r.state === release_1.ReleaseState.RELEASED;
    }
}
/**
 * Applies one release event to the permit's store. Throws BadEventError (the event goes to the
 * dead-letter queue, nothing changes) for a permit without release settings, an unknown request,
 * or a move the model refuses (illegal in the request's state, or not this actor's to make).
 */
async function applyReleaseEvent(releasesDir, permitId, data, event, body, eventId, env) {
    const where = `event ${eventId} (permit ${permitId}, release request ${body.requestId})`;
    const settings = data.release;
    if (!settings) {
        throw new events_1.BadEventError('no-release-settings', `${where}: the permit has no release settings, so nothing can be reviewed or released; `
            + 'send permit.release: { "reviewers": [...], "destination": {...} } with a permit event first');
    }
    const researchers = (data.researchers ?? []).map((m) => m.name);
    const store = new release_store_1.ReleaseStore(path.join(releasesDir, permitId), permitId, { reviewers: settings.reviewers, researchers });
    try {
        release_1.ReleaseLifecycle.checkSettings(settings, researchers, `permit ${permitId}`);
        const { adopted } = await store.adopt();
        const before = store.get(body.requestId);
        if (alreadyDone(before, event, body))
            return { request: before, actions: [], adopted };
        const detail = `event ${eventId}`;
        const move = (action, extra = {}) => ({ action, actor: body.actor, detail, ...extra });
        let request;
        const actions = [];
        if (event === events_1.ReleaseEventName.SCANNED) {
            // Both moves are checked by the model before the first is recorded.
            const outcome = body.verdict === 'clean' ? release_1.ReleaseAction.SCAN_CLEAN : release_1.ReleaseAction.SCAN_BLOCKED;
            const verdict = move(outcome, body.reason ? { reason: body.reason } : {});
            if (before.state === release_1.ReleaseState.SUBMITTED) {
                const scanning = release_1.ReleaseLifecycle.apply(before, move(release_1.ReleaseAction.START_SCAN), store.participants, release_1.ReleaseLifecycle.GENESIS_HASH, 1).request;
                release_1.ReleaseLifecycle.apply(scanning, verdict, store.participants, release_1.ReleaseLifecycle.GENESIS_HASH, 2);
                await store.move(body.requestId, move(release_1.ReleaseAction.START_SCAN));
                actions.push(release_1.ReleaseAction.START_SCAN);
            }
            request = await store.move(body.requestId, verdict);
            actions.push(outcome);
        }
        else if (event === events_1.ReleaseEventName.DELIVERY_REQUESTED) {
            request = await store.move(body.requestId, move(release_1.ReleaseAction.RELEASE), (req, files) => (0, release_delivery_1.deliver)(settings.destination, req, files, env));
            actions.push(release_1.ReleaseAction.RELEASE);
        }
        else {
            request = await store.move(body.requestId, move(ONE_MOVE[event], body.reason ? { reason: body.reason } : {}));
            actions.push(ONE_MOVE[event]);
        }
        return { request, actions, adopted };
    }
    catch (e) {
        if (error_1.WorkspaceInputError.isWorkspaceInputError(e)) {
            throw new events_1.BadEventError(e.diagnostics[0]?.code ?? 'release-refused', `${where}: ${e.message.split('\n').join(' ')}`);
        }
        throw e;
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVsZWFzZS1tb3Zlcy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy9jbGkvcGVybWl0LXNlcnZpY2UvcmVsZWFzZS1tb3Zlcy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQWtEQSw4Q0ErQ0M7QUFqR0QsMkNBQTZCO0FBQzdCLHFDQUF5RjtBQUN6RiwwREFBcUU7QUFDckUsc0RBQXNIO0FBQ3RILDBEQUE4QztBQUM5QyxvREFBZ0Q7QUFtQmhELDZGQUE2RjtBQUM3RixNQUFNLFFBQVEsR0FBNEc7SUFDeEgsQ0FBQyx5QkFBZ0IsQ0FBQyxRQUFRLENBQUMsRUFBRSx1QkFBYSxDQUFDLE9BQU87SUFDbEQsQ0FBQyx5QkFBZ0IsQ0FBQyxRQUFRLENBQUMsRUFBRSx1QkFBYSxDQUFDLE1BQU07SUFDakQsQ0FBQyx5QkFBZ0IsQ0FBQyxPQUFPLENBQUMsRUFBRSx1QkFBYSxDQUFDLE1BQU07Q0FDakQsQ0FBQztBQUVGOzs7R0FHRztBQUNILFNBQVMsV0FBVyxDQUFDLENBQWlCLEVBQUUsS0FBdUIsRUFBRSxJQUFzQjtJQUNyRixRQUFRLEtBQUssRUFBRSxDQUFDO1FBQ2QsS0FBSyx5QkFBZ0IsQ0FBQyxPQUFPLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxLQUFLLEtBQUssc0JBQVksQ0FBQyxTQUFTLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxzQkFBWSxDQUFDLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLHNCQUFZLENBQUMsS0FBSyxDQUFDO1FBQ2hKLEtBQUsseUJBQWdCLENBQUMsUUFBUSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFFBQVEsS0FBSyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDMUYsS0FBSyx5QkFBZ0IsQ0FBQyxRQUFRLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxLQUFLLEtBQUssc0JBQVksQ0FBQyxRQUFRLENBQUM7UUFDekUsS0FBSyx5QkFBZ0IsQ0FBQyxPQUFPLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxLQUFLLEtBQUssc0JBQVksQ0FBQyxPQUFPLENBQUM7UUFDdkUsS0FBSyx5QkFBZ0IsQ0FBQyxrQkFBa0IsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEtBQUssS0FBSyxzQkFBWSxDQUFDLFFBQVEsQ0FBQztJQUNyRixDQUFDO0FBQ0gsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSSxLQUFLLFVBQVUsaUJBQWlCLENBQ3JDLFdBQW1CLEVBQUUsUUFBZ0IsRUFBRSxJQUFnQixFQUFFLEtBQXVCLEVBQUUsSUFBc0IsRUFBRSxPQUFlLEVBQ3pILEdBQXVDO0lBRXZDLE1BQU0sS0FBSyxHQUFHLFNBQVMsT0FBTyxZQUFZLFFBQVEscUJBQXFCLElBQUksQ0FBQyxTQUFTLEdBQUcsQ0FBQztJQUN6RixNQUFNLFFBQVEsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDO0lBQzlCLElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQztRQUNkLE1BQU0sSUFBSSxzQkFBYSxDQUFDLHFCQUFxQixFQUFFLEdBQUcsS0FBSyxnRkFBZ0Y7Y0FDbkksNkZBQTZGLENBQUMsQ0FBQztJQUNyRyxDQUFDO0lBQ0QsTUFBTSxXQUFXLEdBQUcsQ0FBQyxJQUFJLENBQUMsV0FBVyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQ2hFLE1BQU0sS0FBSyxHQUFHLElBQUksNEJBQVksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFdBQVcsRUFBRSxRQUFRLENBQUMsRUFBRSxRQUFRLEVBQUUsRUFBRSxTQUFTLEVBQUUsUUFBUSxDQUFDLFNBQVMsRUFBRSxXQUFXLEVBQUUsQ0FBQyxDQUFDO0lBQzNILElBQUksQ0FBQztRQUNILDBCQUFnQixDQUFDLGFBQWEsQ0FBQyxRQUFRLEVBQUUsV0FBVyxFQUFFLFVBQVUsUUFBUSxFQUFFLENBQUMsQ0FBQztRQUM1RSxNQUFNLEVBQUUsT0FBTyxFQUFFLEdBQUcsTUFBTSxLQUFLLENBQUMsS0FBSyxFQUFFLENBQUM7UUFDeEMsTUFBTSxNQUFNLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUM7UUFDekMsSUFBSSxXQUFXLENBQUMsTUFBTSxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUM7WUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxDQUFDO1FBQ3ZGLE1BQU0sTUFBTSxHQUFHLFNBQVMsT0FBTyxFQUFFLENBQUM7UUFDbEMsTUFBTSxJQUFJLEdBQUcsQ0FBQyxNQUFxQixFQUFFLFFBQThCLEVBQUUsRUFBZSxFQUFFLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsSUFBSSxDQUFDLEtBQUssRUFBRSxNQUFNLEVBQUUsR0FBRyxLQUFLLEVBQUUsQ0FBQyxDQUFDO1FBQ3pJLElBQUksT0FBdUIsQ0FBQztRQUM1QixNQUFNLE9BQU8sR0FBb0IsRUFBRSxDQUFDO1FBQ3BDLElBQUksS0FBSyxLQUFLLHlCQUFnQixDQUFDLE9BQU8sRUFBRSxDQUFDO1lBQ3ZDLG9FQUFvRTtZQUNwRSxNQUFNLE9BQU8sR0FBRyxJQUFJLENBQUMsT0FBTyxLQUFLLE9BQU8sQ0FBQyxDQUFDLENBQUMsdUJBQWEsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLHVCQUFhLENBQUMsWUFBWSxDQUFDO1lBQ2pHLE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxPQUFPLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUMxRSxJQUFJLE1BQU0sQ0FBQyxLQUFLLEtBQUssc0JBQVksQ0FBQyxTQUFTLEVBQUUsQ0FBQztnQkFDNUMsTUFBTSxRQUFRLEdBQUcsMEJBQWdCLENBQUMsS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsdUJBQWEsQ0FBQyxVQUFVLENBQUMsRUFBRSxLQUFLLENBQUMsWUFBWSxFQUFFLDBCQUFnQixDQUFDLFlBQVksRUFBRSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUM7Z0JBQzlJLDBCQUFnQixDQUFDLEtBQUssQ0FBQyxRQUFRLEVBQUUsT0FBTyxFQUFFLEtBQUssQ0FBQyxZQUFZLEVBQUUsMEJBQWdCLENBQUMsWUFBWSxFQUFFLENBQUMsQ0FBQyxDQUFDO2dCQUNoRyxNQUFNLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFNBQVMsRUFBRSxJQUFJLENBQUMsdUJBQWEsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDO2dCQUNqRSxPQUFPLENBQUMsSUFBSSxDQUFDLHVCQUFhLENBQUMsVUFBVSxDQUFDLENBQUM7WUFDekMsQ0FBQztZQUNELE9BQU8sR0FBRyxNQUFNLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQztZQUNwRCxPQUFPLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBQ3hCLENBQUM7YUFBTSxJQUFJLEtBQUssS0FBSyx5QkFBZ0IsQ0FBQyxrQkFBa0IsRUFBRSxDQUFDO1lBQ3pELE9BQU8sR0FBRyxNQUFNLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFNBQVMsRUFBRSxJQUFJLENBQUMsdUJBQWEsQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDLEdBQUcsRUFBRSxLQUFLLEVBQUUsRUFBRSxDQUFDLElBQUEsMEJBQU8sRUFBQyxRQUFRLENBQUMsV0FBVyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQztZQUN4SSxPQUFPLENBQUMsSUFBSSxDQUFDLHVCQUFhLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDdEMsQ0FBQzthQUFNLENBQUM7WUFDTixPQUFPLEdBQUcsTUFBTSxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxTQUFTLEVBQUUsSUFBSSxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7WUFDOUcsT0FBTyxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQztRQUNoQyxDQUFDO1FBQ0QsT0FBTyxFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLENBQUM7SUFDdkMsQ0FBQztJQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7UUFDWCxJQUFJLDJCQUFtQixDQUFDLHFCQUFxQixDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDakQsTUFBTSxJQUFJLHNCQUFhLENBQUMsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLElBQUksaUJBQWlCLEVBQUUsR0FBRyxLQUFLLEtBQUssQ0FBQyxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUN2SCxDQUFDO1FBQ0QsTUFBTSxDQUFDLENBQUM7SUFDVixDQUFDO0FBQ0gsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgeyBCYWRFdmVudEVycm9yLCBQZXJtaXREYXRhLCBSZWxlYXNlRXZlbnRCb2R5LCBSZWxlYXNlRXZlbnROYW1lIH0gZnJvbSAnLi9ldmVudHMnO1xuaW1wb3J0IHsgV29ya3NwYWNlSW5wdXRFcnJvciB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgeyBSZWxlYXNlQWN0aW9uLCBSZWxlYXNlTGlmZWN5Y2xlLCBSZWxlYXNlTW92ZSwgUmVsZWFzZVJlcXVlc3QsIFJlbGVhc2VTdGF0ZSB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcmVsZWFzZSc7XG5pbXBvcnQgeyBkZWxpdmVyIH0gZnJvbSAnLi4vcmVsZWFzZS1kZWxpdmVyeSc7XG5pbXBvcnQgeyBSZWxlYXNlU3RvcmUgfSBmcm9tICcuLi9yZWxlYXNlLXN0b3JlJztcblxuLyoqXG4gKiBUaGUgd29ya2VyJ3Mgc2lkZSBvZiBvdXRwdXQgcmVsZWFzZTogb25lIHJlbGVhc2UgZXZlbnQgYmVjb21lcyBvbmUgbW92ZSAodHdvIGZvciBhIHNjYW46IHN0YXJ0XG4gKiBhbmQgdmVyZGljdCkgb2YgdGhlIHBlcm1pdCdzIHJlbGVhc2Ugc3RvcmUgYDxyZWxlYXNlc19kaXI+LzxwZXJtaXRJZD4vYCwgdGhlIHNhbWUgc3RvcmUgYW5kIG1vZGVsXG4gKiBgcndzIHBlcm1pdCByZWxlYXNlYCB1c2VzLiBUaGUgcmV2aWV3ZXJzIGFuZCB0aGUgZGVzdGluYXRpb24gY29tZSBmcm9tIHRoZSBwZXJtaXQncyBzdG9yZWQgZGF0YVxuICogKGBwZXJtaXQucmVsZWFzZWApLCBuZXZlciBmcm9tIHRoZSBldmVudDsgd2hvIGFjdHMgY29tZXMgZnJvbSB0aGUgZXZlbnQgYW5kIHRoZSBtb2RlbCBkZWNpZGVzXG4gKiB3aGV0aGVyIHRoZXkgbWF5LlxuICovXG5cbi8qKiBXaGF0IGEgcmVsZWFzZSBldmVudCBkaWQuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlbGVhc2VPdXRjb21lIHtcbiAgcmVhZG9ubHkgcmVxdWVzdDogUmVsZWFzZVJlcXVlc3Q7XG4gIC8qKiBUaGUgYWN0aW9ucyByZWNvcmRlZCAoZW1wdHkgd2hlbiB0aGUgZXZlbnQncyBlZmZlY3Qgd2FzIGFscmVhZHkgaW4gdGhlIHN0b3JlKS4gKi9cbiAgcmVhZG9ubHkgYWN0aW9uczogUmVsZWFzZUFjdGlvbltdO1xuICAvKiogUmVxdWVzdHMgdGhlIHdvcmtzcGFjZSdzIHJ3cy1yZWxlYXNlIHdyb3RlIHRoYXQgd2VyZSByZWNvcmRlZCBmaXJzdC4gKi9cbiAgcmVhZG9ubHkgYWRvcHRlZDogc3RyaW5nW107XG59XG5cbi8qKiBUaGUgZXZlbnRzIHRoYXQgYXJlIG9uZSBtb3ZlIGVhY2ggKGEgc2NhbiBpcyB0d28sIGEgZGVsaXZlcnkgY2FycmllcyB0aGUgZGVzdGluYXRpb24pLiAqL1xuY29uc3QgT05FX01PVkU6IFJlY29yZDxSZWxlYXNlRXZlbnROYW1lLkFQUFJPVkVEIHwgUmVsZWFzZUV2ZW50TmFtZS5SRUpFQ1RFRCB8IFJlbGVhc2VFdmVudE5hbWUuUkVWT0tFRCwgUmVsZWFzZUFjdGlvbj4gPSB7XG4gIFtSZWxlYXNlRXZlbnROYW1lLkFQUFJPVkVEXTogUmVsZWFzZUFjdGlvbi5BUFBST1ZFLFxuICBbUmVsZWFzZUV2ZW50TmFtZS5SRUpFQ1RFRF06IFJlbGVhc2VBY3Rpb24uUkVKRUNULFxuICBbUmVsZWFzZUV2ZW50TmFtZS5SRVZPS0VEXTogUmVsZWFzZUFjdGlvbi5SRVZPS0UsXG59O1xuXG4vKipcbiAqIFdoZXRoZXIgdGhlIHN0b3JlIGFscmVhZHkgc2hvd3MgdGhpcyBldmVudCdzIGVmZmVjdDogYSByZWRlbGl2ZXJlZCBldmVudCAodGhlIHdvcmtlciBkaWVkIGFmdGVyXG4gKiB0aGUgc3RvcmUncyBjb21taXQsIGJlZm9yZSBpdHMgb3duKSBpcyB0aGVuIHJlY29yZGVkLCBub3QgcmVmdXNlZC5cbiAqL1xuZnVuY3Rpb24gYWxyZWFkeURvbmUocjogUmVsZWFzZVJlcXVlc3QsIGV2ZW50OiBSZWxlYXNlRXZlbnROYW1lLCBib2R5OiBSZWxlYXNlRXZlbnRCb2R5KTogYm9vbGVhbiB7XG4gIHN3aXRjaCAoZXZlbnQpIHtcbiAgICBjYXNlIFJlbGVhc2VFdmVudE5hbWUuU0NBTk5FRDogcmV0dXJuIHIuc3RhdGUgIT09IFJlbGVhc2VTdGF0ZS5TVUJNSVRURUQgJiYgci5zdGF0ZSAhPT0gUmVsZWFzZVN0YXRlLlNDQU5OSU5HICYmIHIuc3RhdGUgIT09IFJlbGVhc2VTdGF0ZS5EUkFGVDtcbiAgICBjYXNlIFJlbGVhc2VFdmVudE5hbWUuQVBQUk9WRUQ6IHJldHVybiByLmFwcHJvdmFscy5zb21lKChhKSA9PiBhLnJldmlld2VyID09PSBib2R5LmFjdG9yKTtcbiAgICBjYXNlIFJlbGVhc2VFdmVudE5hbWUuUkVKRUNURUQ6IHJldHVybiByLnN0YXRlID09PSBSZWxlYXNlU3RhdGUuUkVKRUNURUQ7XG4gICAgY2FzZSBSZWxlYXNlRXZlbnROYW1lLlJFVk9LRUQ6IHJldHVybiByLnN0YXRlID09PSBSZWxlYXNlU3RhdGUuUkVWT0tFRDtcbiAgICBjYXNlIFJlbGVhc2VFdmVudE5hbWUuREVMSVZFUllfUkVRVUVTVEVEOiByZXR1cm4gci5zdGF0ZSA9PT0gUmVsZWFzZVN0YXRlLlJFTEVBU0VEO1xuICB9XG59XG5cbi8qKlxuICogQXBwbGllcyBvbmUgcmVsZWFzZSBldmVudCB0byB0aGUgcGVybWl0J3Mgc3RvcmUuIFRocm93cyBCYWRFdmVudEVycm9yICh0aGUgZXZlbnQgZ29lcyB0byB0aGVcbiAqIGRlYWQtbGV0dGVyIHF1ZXVlLCBub3RoaW5nIGNoYW5nZXMpIGZvciBhIHBlcm1pdCB3aXRob3V0IHJlbGVhc2Ugc2V0dGluZ3MsIGFuIHVua25vd24gcmVxdWVzdCxcbiAqIG9yIGEgbW92ZSB0aGUgbW9kZWwgcmVmdXNlcyAoaWxsZWdhbCBpbiB0aGUgcmVxdWVzdCdzIHN0YXRlLCBvciBub3QgdGhpcyBhY3RvcidzIHRvIG1ha2UpLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYXBwbHlSZWxlYXNlRXZlbnQoXG4gIHJlbGVhc2VzRGlyOiBzdHJpbmcsIHBlcm1pdElkOiBzdHJpbmcsIGRhdGE6IFBlcm1pdERhdGEsIGV2ZW50OiBSZWxlYXNlRXZlbnROYW1lLCBib2R5OiBSZWxlYXNlRXZlbnRCb2R5LCBldmVudElkOiBzdHJpbmcsXG4gIGVudjogUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPixcbik6IFByb21pc2U8UmVsZWFzZU91dGNvbWU+IHtcbiAgY29uc3Qgd2hlcmUgPSBgZXZlbnQgJHtldmVudElkfSAocGVybWl0ICR7cGVybWl0SWR9LCByZWxlYXNlIHJlcXVlc3QgJHtib2R5LnJlcXVlc3RJZH0pYDtcbiAgY29uc3Qgc2V0dGluZ3MgPSBkYXRhLnJlbGVhc2U7XG4gIGlmICghc2V0dGluZ3MpIHtcbiAgICB0aHJvdyBuZXcgQmFkRXZlbnRFcnJvcignbm8tcmVsZWFzZS1zZXR0aW5ncycsIGAke3doZXJlfTogdGhlIHBlcm1pdCBoYXMgbm8gcmVsZWFzZSBzZXR0aW5ncywgc28gbm90aGluZyBjYW4gYmUgcmV2aWV3ZWQgb3IgcmVsZWFzZWQ7IGBcbiAgICAgICsgJ3NlbmQgcGVybWl0LnJlbGVhc2U6IHsgXCJyZXZpZXdlcnNcIjogWy4uLl0sIFwiZGVzdGluYXRpb25cIjogey4uLn0gfSB3aXRoIGEgcGVybWl0IGV2ZW50IGZpcnN0Jyk7XG4gIH1cbiAgY29uc3QgcmVzZWFyY2hlcnMgPSAoZGF0YS5yZXNlYXJjaGVycyA/PyBbXSkubWFwKChtKSA9PiBtLm5hbWUpO1xuICBjb25zdCBzdG9yZSA9IG5ldyBSZWxlYXNlU3RvcmUocGF0aC5qb2luKHJlbGVhc2VzRGlyLCBwZXJtaXRJZCksIHBlcm1pdElkLCB7IHJldmlld2Vyczogc2V0dGluZ3MucmV2aWV3ZXJzLCByZXNlYXJjaGVycyB9KTtcbiAgdHJ5IHtcbiAgICBSZWxlYXNlTGlmZWN5Y2xlLmNoZWNrU2V0dGluZ3Moc2V0dGluZ3MsIHJlc2VhcmNoZXJzLCBgcGVybWl0ICR7cGVybWl0SWR9YCk7XG4gICAgY29uc3QgeyBhZG9wdGVkIH0gPSBhd2FpdCBzdG9yZS5hZG9wdCgpO1xuICAgIGNvbnN0IGJlZm9yZSA9IHN0b3JlLmdldChib2R5LnJlcXVlc3RJZCk7XG4gICAgaWYgKGFscmVhZHlEb25lKGJlZm9yZSwgZXZlbnQsIGJvZHkpKSByZXR1cm4geyByZXF1ZXN0OiBiZWZvcmUsIGFjdGlvbnM6IFtdLCBhZG9wdGVkIH07XG4gICAgY29uc3QgZGV0YWlsID0gYGV2ZW50ICR7ZXZlbnRJZH1gO1xuICAgIGNvbnN0IG1vdmUgPSAoYWN0aW9uOiBSZWxlYXNlQWN0aW9uLCBleHRyYTogUGFydGlhbDxSZWxlYXNlTW92ZT4gPSB7fSk6IFJlbGVhc2VNb3ZlID0+ICh7IGFjdGlvbiwgYWN0b3I6IGJvZHkuYWN0b3IsIGRldGFpbCwgLi4uZXh0cmEgfSk7XG4gICAgbGV0IHJlcXVlc3Q6IFJlbGVhc2VSZXF1ZXN0O1xuICAgIGNvbnN0IGFjdGlvbnM6IFJlbGVhc2VBY3Rpb25bXSA9IFtdO1xuICAgIGlmIChldmVudCA9PT0gUmVsZWFzZUV2ZW50TmFtZS5TQ0FOTkVEKSB7XG4gICAgICAvLyBCb3RoIG1vdmVzIGFyZSBjaGVja2VkIGJ5IHRoZSBtb2RlbCBiZWZvcmUgdGhlIGZpcnN0IGlzIHJlY29yZGVkLlxuICAgICAgY29uc3Qgb3V0Y29tZSA9IGJvZHkudmVyZGljdCA9PT0gJ2NsZWFuJyA/IFJlbGVhc2VBY3Rpb24uU0NBTl9DTEVBTiA6IFJlbGVhc2VBY3Rpb24uU0NBTl9CTE9DS0VEO1xuICAgICAgY29uc3QgdmVyZGljdCA9IG1vdmUob3V0Y29tZSwgYm9keS5yZWFzb24gPyB7IHJlYXNvbjogYm9keS5yZWFzb24gfSA6IHt9KTtcbiAgICAgIGlmIChiZWZvcmUuc3RhdGUgPT09IFJlbGVhc2VTdGF0ZS5TVUJNSVRURUQpIHtcbiAgICAgICAgY29uc3Qgc2Nhbm5pbmcgPSBSZWxlYXNlTGlmZWN5Y2xlLmFwcGx5KGJlZm9yZSwgbW92ZShSZWxlYXNlQWN0aW9uLlNUQVJUX1NDQU4pLCBzdG9yZS5wYXJ0aWNpcGFudHMsIFJlbGVhc2VMaWZlY3ljbGUuR0VORVNJU19IQVNILCAxKS5yZXF1ZXN0O1xuICAgICAgICBSZWxlYXNlTGlmZWN5Y2xlLmFwcGx5KHNjYW5uaW5nLCB2ZXJkaWN0LCBzdG9yZS5wYXJ0aWNpcGFudHMsIFJlbGVhc2VMaWZlY3ljbGUuR0VORVNJU19IQVNILCAyKTtcbiAgICAgICAgYXdhaXQgc3RvcmUubW92ZShib2R5LnJlcXVlc3RJZCwgbW92ZShSZWxlYXNlQWN0aW9uLlNUQVJUX1NDQU4pKTtcbiAgICAgICAgYWN0aW9ucy5wdXNoKFJlbGVhc2VBY3Rpb24uU1RBUlRfU0NBTik7XG4gICAgICB9XG4gICAgICByZXF1ZXN0ID0gYXdhaXQgc3RvcmUubW92ZShib2R5LnJlcXVlc3RJZCwgdmVyZGljdCk7XG4gICAgICBhY3Rpb25zLnB1c2gob3V0Y29tZSk7XG4gICAgfSBlbHNlIGlmIChldmVudCA9PT0gUmVsZWFzZUV2ZW50TmFtZS5ERUxJVkVSWV9SRVFVRVNURUQpIHtcbiAgICAgIHJlcXVlc3QgPSBhd2FpdCBzdG9yZS5tb3ZlKGJvZHkucmVxdWVzdElkLCBtb3ZlKFJlbGVhc2VBY3Rpb24uUkVMRUFTRSksIChyZXEsIGZpbGVzKSA9PiBkZWxpdmVyKHNldHRpbmdzLmRlc3RpbmF0aW9uLCByZXEsIGZpbGVzLCBlbnYpKTtcbiAgICAgIGFjdGlvbnMucHVzaChSZWxlYXNlQWN0aW9uLlJFTEVBU0UpO1xuICAgIH0gZWxzZSB7XG4gICAgICByZXF1ZXN0ID0gYXdhaXQgc3RvcmUubW92ZShib2R5LnJlcXVlc3RJZCwgbW92ZShPTkVfTU9WRVtldmVudF0sIGJvZHkucmVhc29uID8geyByZWFzb246IGJvZHkucmVhc29uIH0gOiB7fSkpO1xuICAgICAgYWN0aW9ucy5wdXNoKE9ORV9NT1ZFW2V2ZW50XSk7XG4gICAgfVxuICAgIHJldHVybiB7IHJlcXVlc3QsIGFjdGlvbnMsIGFkb3B0ZWQgfTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmIChXb3Jrc3BhY2VJbnB1dEVycm9yLmlzV29ya3NwYWNlSW5wdXRFcnJvcihlKSkge1xuICAgICAgdGhyb3cgbmV3IEJhZEV2ZW50RXJyb3IoZS5kaWFnbm9zdGljc1swXT8uY29kZSA/PyAncmVsZWFzZS1yZWZ1c2VkJywgYCR7d2hlcmV9OiAke2UubWVzc2FnZS5zcGxpdCgnXFxuJykuam9pbignICcpfWApO1xuICAgIH1cbiAgICB0aHJvdyBlO1xuICB9XG59XG4iXX0=