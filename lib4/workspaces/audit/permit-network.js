"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.permitNetwork = permitNetwork;
/**
 * The network the permit lifecycle gives a workspace role in a status, from
 * `PermitLifecycle.plan()` itself (not a copy of its table), so the audit holds every permit
 * phase to what the lifecycle plans for it.
 */
const permit_1 = require("../permit");
const PROBE = {
    id: 'audit-probe',
    dataHolders: [{ id: 'holder', allowedCidrs: ['192.0.2.0/24'] }],
    researchers: [{ name: 'researcher', uid: 30001 }],
    hdabPreprocessor: { name: 'preprocessor', uid: 30002 },
    hdabReviewer: { name: 'reviewer', uid: 30003 },
    setupReviewer: { name: 'setup-reviewer', uid: 30004 },
};
const cache = new Map();
function networksAt(status) {
    let m = cache.get(status);
    if (!m) {
        m = new Map();
        try {
            for (const w of permit_1.PermitLifecycle.plan({ ...PROBE, status }).workspaces)
                m.set(w.role, w.network);
        }
        catch {
            // a status the probe cannot plan: no workspaces known
        }
        cache.set(status, m);
    }
    return m;
}
/**
 * The network mode (`none`, `ingress-allowlist`, `egress-proxy`, `open`) of a workspace role at
 * a status (case-insensitive). A role the status does not plan (a workspace kept from an
 * earlier phase) gets the network the lifecycle gives that role in any phase; undefined for
 * an unknown status or role.
 */
function permitNetwork(status, role) {
    const s = Object.values(permit_1.PermitStatus).find((v) => v.toLowerCase() === status.toLowerCase());
    if (!s)
        return undefined;
    const here = networksAt(s).get(role);
    if (here !== undefined)
        return here;
    for (const other of Object.values(permit_1.PermitStatus)) {
        const n = networksAt(other).get(role);
        if (n !== undefined)
            return n;
    }
    return undefined;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVybWl0LW5ldHdvcmsuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvd29ya3NwYWNlcy9hdWRpdC9wZXJtaXQtbmV0d29yay50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOztBQXNDQSxzQ0FVQztBQWhERDs7OztHQUlHO0FBQ0gsc0NBQXVFO0FBRXZFLE1BQU0sS0FBSyxHQUFnQztJQUN6QyxFQUFFLEVBQUUsYUFBYTtJQUNqQixXQUFXLEVBQUUsQ0FBQyxFQUFFLEVBQUUsRUFBRSxRQUFRLEVBQUUsWUFBWSxFQUFFLENBQUMsY0FBYyxDQUFDLEVBQUUsQ0FBQztJQUMvRCxXQUFXLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRSxDQUFDO0lBQ2pELGdCQUFnQixFQUFFLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFO0lBQ3RELFlBQVksRUFBRSxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRTtJQUM5QyxhQUFhLEVBQUUsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRTtDQUN0RCxDQUFDO0FBRUYsTUFBTSxLQUFLLEdBQUcsSUFBSSxHQUFHLEVBQStCLENBQUM7QUFFckQsU0FBUyxVQUFVLENBQUMsTUFBb0I7SUFDdEMsSUFBSSxDQUFDLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQztJQUMxQixJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDUCxDQUFDLEdBQUcsSUFBSSxHQUFHLEVBQUUsQ0FBQztRQUNkLElBQUksQ0FBQztZQUNILEtBQUssTUFBTSxDQUFDLElBQUksd0JBQWUsQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLEtBQUssRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDLFVBQVU7Z0JBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQztRQUNsRyxDQUFDO1FBQUMsTUFBTSxDQUFDO1lBQ1Asc0RBQXNEO1FBQ3hELENBQUM7UUFDRCxLQUFLLENBQUMsR0FBRyxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQztJQUN2QixDQUFDO0lBQ0QsT0FBTyxDQUFDLENBQUM7QUFDWCxDQUFDO0FBRUQ7Ozs7O0dBS0c7QUFDSCxTQUFnQixhQUFhLENBQUMsTUFBYyxFQUFFLElBQVk7SUFDeEQsTUFBTSxDQUFDLEdBQUcsTUFBTSxDQUFDLE1BQU0sQ0FBQyxxQkFBWSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLEtBQUssTUFBTSxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUM7SUFDNUYsSUFBSSxDQUFDLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUN6QixNQUFNLElBQUksR0FBRyxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQ3JDLElBQUksSUFBSSxLQUFLLFNBQVM7UUFBRSxPQUFPLElBQUksQ0FBQztJQUNwQyxLQUFLLE1BQU0sS0FBSyxJQUFJLE1BQU0sQ0FBQyxNQUFNLENBQUMscUJBQVksQ0FBQyxFQUFFLENBQUM7UUFDaEQsTUFBTSxDQUFDLEdBQUcsVUFBVSxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUN0QyxJQUFJLENBQUMsS0FBSyxTQUFTO1lBQUUsT0FBTyxDQUFDLENBQUM7SUFDaEMsQ0FBQztJQUNELE9BQU8sU0FBUyxDQUFDO0FBQ25CLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFRoZSBuZXR3b3JrIHRoZSBwZXJtaXQgbGlmZWN5Y2xlIGdpdmVzIGEgd29ya3NwYWNlIHJvbGUgaW4gYSBzdGF0dXMsIGZyb21cbiAqIGBQZXJtaXRMaWZlY3ljbGUucGxhbigpYCBpdHNlbGYgKG5vdCBhIGNvcHkgb2YgaXRzIHRhYmxlKSwgc28gdGhlIGF1ZGl0IGhvbGRzIGV2ZXJ5IHBlcm1pdFxuICogcGhhc2UgdG8gd2hhdCB0aGUgbGlmZWN5Y2xlIHBsYW5zIGZvciBpdC5cbiAqL1xuaW1wb3J0IHsgUGVybWl0TGlmZWN5Y2xlLCBQZXJtaXRQcm9wcywgUGVybWl0U3RhdHVzIH0gZnJvbSAnLi4vcGVybWl0JztcblxuY29uc3QgUFJPQkU6IE9taXQ8UGVybWl0UHJvcHMsICdzdGF0dXMnPiA9IHtcbiAgaWQ6ICdhdWRpdC1wcm9iZScsXG4gIGRhdGFIb2xkZXJzOiBbeyBpZDogJ2hvbGRlcicsIGFsbG93ZWRDaWRyczogWycxOTIuMC4yLjAvMjQnXSB9XSxcbiAgcmVzZWFyY2hlcnM6IFt7IG5hbWU6ICdyZXNlYXJjaGVyJywgdWlkOiAzMDAwMSB9XSxcbiAgaGRhYlByZXByb2Nlc3NvcjogeyBuYW1lOiAncHJlcHJvY2Vzc29yJywgdWlkOiAzMDAwMiB9LFxuICBoZGFiUmV2aWV3ZXI6IHsgbmFtZTogJ3Jldmlld2VyJywgdWlkOiAzMDAwMyB9LFxuICBzZXR1cFJldmlld2VyOiB7IG5hbWU6ICdzZXR1cC1yZXZpZXdlcicsIHVpZDogMzAwMDQgfSxcbn07XG5cbmNvbnN0IGNhY2hlID0gbmV3IE1hcDxzdHJpbmcsIE1hcDxzdHJpbmcsIHN0cmluZz4+KCk7XG5cbmZ1bmN0aW9uIG5ldHdvcmtzQXQoc3RhdHVzOiBQZXJtaXRTdGF0dXMpOiBNYXA8c3RyaW5nLCBzdHJpbmc+IHtcbiAgbGV0IG0gPSBjYWNoZS5nZXQoc3RhdHVzKTtcbiAgaWYgKCFtKSB7XG4gICAgbSA9IG5ldyBNYXAoKTtcbiAgICB0cnkge1xuICAgICAgZm9yIChjb25zdCB3IG9mIFBlcm1pdExpZmVjeWNsZS5wbGFuKHsgLi4uUFJPQkUsIHN0YXR1cyB9KS53b3Jrc3BhY2VzKSBtLnNldCh3LnJvbGUsIHcubmV0d29yayk7XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBhIHN0YXR1cyB0aGUgcHJvYmUgY2Fubm90IHBsYW46IG5vIHdvcmtzcGFjZXMga25vd25cbiAgICB9XG4gICAgY2FjaGUuc2V0KHN0YXR1cywgbSk7XG4gIH1cbiAgcmV0dXJuIG07XG59XG5cbi8qKlxuICogVGhlIG5ldHdvcmsgbW9kZSAoYG5vbmVgLCBgaW5ncmVzcy1hbGxvd2xpc3RgLCBgZWdyZXNzLXByb3h5YCwgYG9wZW5gKSBvZiBhIHdvcmtzcGFjZSByb2xlIGF0XG4gKiBhIHN0YXR1cyAoY2FzZS1pbnNlbnNpdGl2ZSkuIEEgcm9sZSB0aGUgc3RhdHVzIGRvZXMgbm90IHBsYW4gKGEgd29ya3NwYWNlIGtlcHQgZnJvbSBhblxuICogZWFybGllciBwaGFzZSkgZ2V0cyB0aGUgbmV0d29yayB0aGUgbGlmZWN5Y2xlIGdpdmVzIHRoYXQgcm9sZSBpbiBhbnkgcGhhc2U7IHVuZGVmaW5lZCBmb3JcbiAqIGFuIHVua25vd24gc3RhdHVzIG9yIHJvbGUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJtaXROZXR3b3JrKHN0YXR1czogc3RyaW5nLCByb2xlOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBzID0gT2JqZWN0LnZhbHVlcyhQZXJtaXRTdGF0dXMpLmZpbmQoKHYpID0+IHYudG9Mb3dlckNhc2UoKSA9PT0gc3RhdHVzLnRvTG93ZXJDYXNlKCkpO1xuICBpZiAoIXMpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IGhlcmUgPSBuZXR3b3Jrc0F0KHMpLmdldChyb2xlKTtcbiAgaWYgKGhlcmUgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGhlcmU7XG4gIGZvciAoY29uc3Qgb3RoZXIgb2YgT2JqZWN0LnZhbHVlcyhQZXJtaXRTdGF0dXMpKSB7XG4gICAgY29uc3QgbiA9IG5ldHdvcmtzQXQob3RoZXIpLmdldChyb2xlKTtcbiAgICBpZiAobiAhPT0gdW5kZWZpbmVkKSByZXR1cm4gbjtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuIl19