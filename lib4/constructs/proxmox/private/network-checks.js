"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.datacenterFirewallProblems = datacenterFirewallProblems;
exports.dhcpPoolProblems = dhcpPoolProblems;
/**
 * Input checks the Proxmox constructs share: who manages the datacenter firewall, and the
 * DHCP pool a DHCP guest's IP filter is made of. Pure functions; not exported from the package.
 */
const support_1 = require("./support");
const proxmox_cluster_1 = require("../proxmox-cluster");
const FIREWALL_FIX = 'set cluster.datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED (this stack enables it: enabled, ebtables, input policy DROP) '
    + 'or ProxmoxDatacenterFirewall.MANAGED_ELSEWHERE (you state it is enabled with input policy DROP and kept so elsewhere); '
    + 'in a lab or permit file: cluster: { datacenter_firewall: managed } or datacenter_firewall: managed-elsewhere';
/** The datacenter firewall must be stated: every guest firewall is inert while it is off. */
function datacenterFirewallProblems(cluster) {
    const v = cluster.datacenterFirewall;
    if (v === undefined) {
        return [{
                code: 'datacenter-firewall-unstated',
                field: 'cluster.datacenterFirewall',
                message: 'nobody is said to keep the Proxmox datacenter firewall on, and without it no guest firewall filters anything (isolation would fail open)',
                value: undefined,
                fix: FIREWALL_FIX,
            }];
    }
    if (!Object.values(proxmox_cluster_1.ProxmoxDatacenterFirewall).includes(v)) {
        return [{ code: 'invalid-value', field: 'cluster.datacenterFirewall', message: 'unknown datacenter firewall mode', value: v, fix: FIREWALL_FIX }];
    }
    return [];
}
/** An IPv4 CIDR parsed (host bits allowed to be zero only), or undefined. */
function cidr(s) {
    const m = /^([\d.]+)\/(\d{1,2})$/.exec(s);
    if (!m || !(0, support_1.isIpv4)(m[1]) || Number(m[2]) > 32 || Number(m[2]) < 8)
        return undefined;
    const size = 2 ** (32 - Number(m[2]));
    const base = (0, support_1.ipv4ToNumber)(m[1]);
    return base % size === 0 ? { base, size } : undefined;
}
/**
 * `cluster.dhcpPool`: IPv4 networks without host bits, and none of the addresses the firewall
 * trusts by address (proxy, NFS server, resolver, endpoints) inside it: a DHCP guest may send
 * from any pool address, so it could pose as one of them.
 */
function dhcpPoolProblems(cluster, trusted) {
    const out = [];
    const nets = [];
    (cluster.dhcpPool ?? []).forEach((c, i) => {
        const n = cidr(c);
        if (!n) {
            out.push({ code: 'invalid-cidr', field: `cluster.dhcpPool[${i}]`, message: 'not an IPv4 network (a /8 to /32, no host bits)', value: c, fix: 'write the DHCP range as CIDRs, e.g. 10.20.30.128/25' });
        }
        else {
            nets.push({ text: c, ...n });
        }
    });
    for (const t of trusted) {
        const ip = t.address.split('/')[0];
        if (!(0, support_1.isIpv4)(ip))
            continue;
        const n = (0, support_1.ipv4ToNumber)(ip);
        const hit = nets.find((x) => n >= x.base && n < x.base + x.size);
        if (hit) {
            out.push({
                code: 'dhcp-pool-holds-trusted-address',
                field: 'cluster.dhcpPool',
                message: `${hit.text} holds ${ip}, the address of ${t.what} (${t.field}): a DHCP workspace could send from it`,
                value: hit.text,
                fix: 'make the DHCP pool a range without the lab\'s servers (e.g. the upper half of the network)',
            });
        }
    }
    return out;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibmV0d29yay1jaGVja3MuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi8uLi9zcmMvY29uc3RydWN0cy9wcm94bW94L3ByaXZhdGUvbmV0d29yay1jaGVja3MudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7QUFxQkEsZ0VBZUM7QUFnQkQsNENBMkJDO0FBL0VEOzs7R0FHRztBQUNILHVDQUFpRDtBQUNqRCx3REFBdUY7QUFXdkYsTUFBTSxZQUFZLEdBQUcsa0lBQWtJO01BQ25KLHlIQUF5SDtNQUN6SCw4R0FBOEcsQ0FBQztBQUVuSCw2RkFBNkY7QUFDN0YsU0FBZ0IsMEJBQTBCLENBQUMsT0FBK0I7SUFDeEUsTUFBTSxDQUFDLEdBQUcsT0FBTyxDQUFDLGtCQUFrQixDQUFDO0lBQ3JDLElBQUksQ0FBQyxLQUFLLFNBQVMsRUFBRSxDQUFDO1FBQ3BCLE9BQU8sQ0FBQztnQkFDTixJQUFJLEVBQUUsOEJBQThCO2dCQUNwQyxLQUFLLEVBQUUsNEJBQTRCO2dCQUNuQyxPQUFPLEVBQUUsMElBQTBJO2dCQUNuSixLQUFLLEVBQUUsU0FBUztnQkFDaEIsR0FBRyxFQUFFLFlBQVk7YUFDbEIsQ0FBQyxDQUFDO0lBQ0wsQ0FBQztJQUNELElBQUksQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLDJDQUF5QixDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDMUQsT0FBTyxDQUFDLEVBQUUsSUFBSSxFQUFFLGVBQWUsRUFBRSxLQUFLLEVBQUUsNEJBQTRCLEVBQUUsT0FBTyxFQUFFLGtDQUFrQyxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsR0FBRyxFQUFFLFlBQVksRUFBRSxDQUFDLENBQUM7SUFDcEosQ0FBQztJQUNELE9BQU8sRUFBRSxDQUFDO0FBQ1osQ0FBQztBQUVELDZFQUE2RTtBQUM3RSxTQUFTLElBQUksQ0FBQyxDQUFTO0lBQ3JCLE1BQU0sQ0FBQyxHQUFHLHVCQUF1QixDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMxQyxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBQSxnQkFBTSxFQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxFQUFFLElBQUksTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUNuRixNQUFNLElBQUksR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLEdBQUcsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDdEMsTUFBTSxJQUFJLEdBQUcsSUFBQSxzQkFBWSxFQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ2hDLE9BQU8sSUFBSSxHQUFHLElBQUksS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7QUFDeEQsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxTQUFnQixnQkFBZ0IsQ0FBQyxPQUErQixFQUFFLE9BQWdFO0lBQ2hJLE1BQU0sR0FBRyxHQUFtQixFQUFFLENBQUM7SUFDL0IsTUFBTSxJQUFJLEdBQXdELEVBQUUsQ0FBQztJQUNyRSxDQUFDLE9BQU8sQ0FBQyxRQUFRLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFO1FBQ3hDLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNsQixJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDUCxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxLQUFLLEVBQUUsb0JBQW9CLENBQUMsR0FBRyxFQUFFLE9BQU8sRUFBRSxpREFBaUQsRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxxREFBcUQsRUFBRSxDQUFDLENBQUM7UUFDeE0sQ0FBQzthQUFNLENBQUM7WUFDTixJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxHQUFHLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDL0IsQ0FBQztJQUNILENBQUMsQ0FBQyxDQUFDO0lBQ0gsS0FBSyxNQUFNLENBQUMsSUFBSSxPQUFPLEVBQUUsQ0FBQztRQUN4QixNQUFNLEVBQUUsR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNuQyxJQUFJLENBQUMsSUFBQSxnQkFBTSxFQUFDLEVBQUUsQ0FBQztZQUFFLFNBQVM7UUFDMUIsTUFBTSxDQUFDLEdBQUcsSUFBQSxzQkFBWSxFQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQzNCLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxHQUFHLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNqRSxJQUFJLEdBQUcsRUFBRSxDQUFDO1lBQ1IsR0FBRyxDQUFDLElBQUksQ0FBQztnQkFDUCxJQUFJLEVBQUUsaUNBQWlDO2dCQUN2QyxLQUFLLEVBQUUsa0JBQWtCO2dCQUN6QixPQUFPLEVBQUUsR0FBRyxHQUFHLENBQUMsSUFBSSxVQUFVLEVBQUUsb0JBQW9CLENBQUMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxDQUFDLEtBQUssd0NBQXdDO2dCQUM5RyxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUk7Z0JBQ2YsR0FBRyxFQUFFLDRGQUE0RjthQUNsRyxDQUFDLENBQUM7UUFDTCxDQUFDO0lBQ0gsQ0FBQztJQUNELE9BQU8sR0FBRyxDQUFDO0FBQ2IsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogSW5wdXQgY2hlY2tzIHRoZSBQcm94bW94IGNvbnN0cnVjdHMgc2hhcmU6IHdobyBtYW5hZ2VzIHRoZSBkYXRhY2VudGVyIGZpcmV3YWxsLCBhbmQgdGhlXG4gKiBESENQIHBvb2wgYSBESENQIGd1ZXN0J3MgSVAgZmlsdGVyIGlzIG1hZGUgb2YuIFB1cmUgZnVuY3Rpb25zOyBub3QgZXhwb3J0ZWQgZnJvbSB0aGUgcGFja2FnZS5cbiAqL1xuaW1wb3J0IHsgaXNJcHY0LCBpcHY0VG9OdW1iZXIgfSBmcm9tICcuL3N1cHBvcnQnO1xuaW1wb3J0IHsgUHJveG1veENsdXN0ZXJTZXR0aW5ncywgUHJveG1veERhdGFjZW50ZXJGaXJld2FsbCB9IGZyb20gJy4uL3Byb3htb3gtY2x1c3Rlcic7XG5cbi8qKiBPbmUgcHJvYmxlbSwgYmVmb3JlIHRoZSBjb25zdHJ1Y3QgYWRkcyBpdHMgcGF0aC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSW5wdXRQcm9ibGVtIHtcbiAgcmVhZG9ubHkgY29kZTogc3RyaW5nO1xuICByZWFkb25seSBmaWVsZDogc3RyaW5nO1xuICByZWFkb25seSBtZXNzYWdlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHZhbHVlOiB1bmtub3duO1xuICByZWFkb25seSBmaXg6IHN0cmluZztcbn1cblxuY29uc3QgRklSRVdBTExfRklYID0gJ3NldCBjbHVzdGVyLmRhdGFjZW50ZXJGaXJld2FsbDogUHJveG1veERhdGFjZW50ZXJGaXJld2FsbC5NQU5BR0VEICh0aGlzIHN0YWNrIGVuYWJsZXMgaXQ6IGVuYWJsZWQsIGVidGFibGVzLCBpbnB1dCBwb2xpY3kgRFJPUCkgJ1xuICArICdvciBQcm94bW94RGF0YWNlbnRlckZpcmV3YWxsLk1BTkFHRURfRUxTRVdIRVJFICh5b3Ugc3RhdGUgaXQgaXMgZW5hYmxlZCB3aXRoIGlucHV0IHBvbGljeSBEUk9QIGFuZCBrZXB0IHNvIGVsc2V3aGVyZSk7ICdcbiAgKyAnaW4gYSBsYWIgb3IgcGVybWl0IGZpbGU6IGNsdXN0ZXI6IHsgZGF0YWNlbnRlcl9maXJld2FsbDogbWFuYWdlZCB9IG9yIGRhdGFjZW50ZXJfZmlyZXdhbGw6IG1hbmFnZWQtZWxzZXdoZXJlJztcblxuLyoqIFRoZSBkYXRhY2VudGVyIGZpcmV3YWxsIG11c3QgYmUgc3RhdGVkOiBldmVyeSBndWVzdCBmaXJld2FsbCBpcyBpbmVydCB3aGlsZSBpdCBpcyBvZmYuICovXG5leHBvcnQgZnVuY3Rpb24gZGF0YWNlbnRlckZpcmV3YWxsUHJvYmxlbXMoY2x1c3RlcjogUHJveG1veENsdXN0ZXJTZXR0aW5ncyk6IElucHV0UHJvYmxlbVtdIHtcbiAgY29uc3QgdiA9IGNsdXN0ZXIuZGF0YWNlbnRlckZpcmV3YWxsO1xuICBpZiAodiA9PT0gdW5kZWZpbmVkKSB7XG4gICAgcmV0dXJuIFt7XG4gICAgICBjb2RlOiAnZGF0YWNlbnRlci1maXJld2FsbC11bnN0YXRlZCcsXG4gICAgICBmaWVsZDogJ2NsdXN0ZXIuZGF0YWNlbnRlckZpcmV3YWxsJyxcbiAgICAgIG1lc3NhZ2U6ICdub2JvZHkgaXMgc2FpZCB0byBrZWVwIHRoZSBQcm94bW94IGRhdGFjZW50ZXIgZmlyZXdhbGwgb24sIGFuZCB3aXRob3V0IGl0IG5vIGd1ZXN0IGZpcmV3YWxsIGZpbHRlcnMgYW55dGhpbmcgKGlzb2xhdGlvbiB3b3VsZCBmYWlsIG9wZW4pJyxcbiAgICAgIHZhbHVlOiB1bmRlZmluZWQsXG4gICAgICBmaXg6IEZJUkVXQUxMX0ZJWCxcbiAgICB9XTtcbiAgfVxuICBpZiAoIU9iamVjdC52YWx1ZXMoUHJveG1veERhdGFjZW50ZXJGaXJld2FsbCkuaW5jbHVkZXModikpIHtcbiAgICByZXR1cm4gW3sgY29kZTogJ2ludmFsaWQtdmFsdWUnLCBmaWVsZDogJ2NsdXN0ZXIuZGF0YWNlbnRlckZpcmV3YWxsJywgbWVzc2FnZTogJ3Vua25vd24gZGF0YWNlbnRlciBmaXJld2FsbCBtb2RlJywgdmFsdWU6IHYsIGZpeDogRklSRVdBTExfRklYIH1dO1xuICB9XG4gIHJldHVybiBbXTtcbn1cblxuLyoqIEFuIElQdjQgQ0lEUiBwYXJzZWQgKGhvc3QgYml0cyBhbGxvd2VkIHRvIGJlIHplcm8gb25seSksIG9yIHVuZGVmaW5lZC4gKi9cbmZ1bmN0aW9uIGNpZHIoczogc3RyaW5nKTogeyBiYXNlOiBudW1iZXI7IHNpemU6IG51bWJlciB9IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbSA9IC9eKFtcXGQuXSspXFwvKFxcZHsxLDJ9KSQvLmV4ZWMocyk7XG4gIGlmICghbSB8fCAhaXNJcHY0KG1bMV0pIHx8IE51bWJlcihtWzJdKSA+IDMyIHx8IE51bWJlcihtWzJdKSA8IDgpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHNpemUgPSAyICoqICgzMiAtIE51bWJlcihtWzJdKSk7XG4gIGNvbnN0IGJhc2UgPSBpcHY0VG9OdW1iZXIobVsxXSk7XG4gIHJldHVybiBiYXNlICUgc2l6ZSA9PT0gMCA/IHsgYmFzZSwgc2l6ZSB9IDogdW5kZWZpbmVkO1xufVxuXG4vKipcbiAqIGBjbHVzdGVyLmRoY3BQb29sYDogSVB2NCBuZXR3b3JrcyB3aXRob3V0IGhvc3QgYml0cywgYW5kIG5vbmUgb2YgdGhlIGFkZHJlc3NlcyB0aGUgZmlyZXdhbGxcbiAqIHRydXN0cyBieSBhZGRyZXNzIChwcm94eSwgTkZTIHNlcnZlciwgcmVzb2x2ZXIsIGVuZHBvaW50cykgaW5zaWRlIGl0OiBhIERIQ1AgZ3Vlc3QgbWF5IHNlbmRcbiAqIGZyb20gYW55IHBvb2wgYWRkcmVzcywgc28gaXQgY291bGQgcG9zZSBhcyBvbmUgb2YgdGhlbS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRoY3BQb29sUHJvYmxlbXMoY2x1c3RlcjogUHJveG1veENsdXN0ZXJTZXR0aW5ncywgdHJ1c3RlZDogQXJyYXk8eyB3aGF0OiBzdHJpbmc7IGZpZWxkOiBzdHJpbmc7IGFkZHJlc3M6IHN0cmluZyB9Pik6IElucHV0UHJvYmxlbVtdIHtcbiAgY29uc3Qgb3V0OiBJbnB1dFByb2JsZW1bXSA9IFtdO1xuICBjb25zdCBuZXRzOiBBcnJheTx7IHRleHQ6IHN0cmluZzsgYmFzZTogbnVtYmVyOyBzaXplOiBudW1iZXIgfT4gPSBbXTtcbiAgKGNsdXN0ZXIuZGhjcFBvb2wgPz8gW10pLmZvckVhY2goKGMsIGkpID0+IHtcbiAgICBjb25zdCBuID0gY2lkcihjKTtcbiAgICBpZiAoIW4pIHtcbiAgICAgIG91dC5wdXNoKHsgY29kZTogJ2ludmFsaWQtY2lkcicsIGZpZWxkOiBgY2x1c3Rlci5kaGNwUG9vbFske2l9XWAsIG1lc3NhZ2U6ICdub3QgYW4gSVB2NCBuZXR3b3JrIChhIC84IHRvIC8zMiwgbm8gaG9zdCBiaXRzKScsIHZhbHVlOiBjLCBmaXg6ICd3cml0ZSB0aGUgREhDUCByYW5nZSBhcyBDSURScywgZS5nLiAxMC4yMC4zMC4xMjgvMjUnIH0pO1xuICAgIH0gZWxzZSB7XG4gICAgICBuZXRzLnB1c2goeyB0ZXh0OiBjLCAuLi5uIH0pO1xuICAgIH1cbiAgfSk7XG4gIGZvciAoY29uc3QgdCBvZiB0cnVzdGVkKSB7XG4gICAgY29uc3QgaXAgPSB0LmFkZHJlc3Muc3BsaXQoJy8nKVswXTtcbiAgICBpZiAoIWlzSXB2NChpcCkpIGNvbnRpbnVlO1xuICAgIGNvbnN0IG4gPSBpcHY0VG9OdW1iZXIoaXApO1xuICAgIGNvbnN0IGhpdCA9IG5ldHMuZmluZCgoeCkgPT4gbiA+PSB4LmJhc2UgJiYgbiA8IHguYmFzZSArIHguc2l6ZSk7XG4gICAgaWYgKGhpdCkge1xuICAgICAgb3V0LnB1c2goe1xuICAgICAgICBjb2RlOiAnZGhjcC1wb29sLWhvbGRzLXRydXN0ZWQtYWRkcmVzcycsXG4gICAgICAgIGZpZWxkOiAnY2x1c3Rlci5kaGNwUG9vbCcsXG4gICAgICAgIG1lc3NhZ2U6IGAke2hpdC50ZXh0fSBob2xkcyAke2lwfSwgdGhlIGFkZHJlc3Mgb2YgJHt0LndoYXR9ICgke3QuZmllbGR9KTogYSBESENQIHdvcmtzcGFjZSBjb3VsZCBzZW5kIGZyb20gaXRgLFxuICAgICAgICB2YWx1ZTogaGl0LnRleHQsXG4gICAgICAgIGZpeDogJ21ha2UgdGhlIERIQ1AgcG9vbCBhIHJhbmdlIHdpdGhvdXQgdGhlIGxhYlxcJ3Mgc2VydmVycyAoZS5nLiB0aGUgdXBwZXIgaGFsZiBvZiB0aGUgbmV0d29yayknLFxuICAgICAgfSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBvdXQ7XG59XG4iXX0=