"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REGISTRY_HEADER = void 0;
exports.registryFileContent = registryFileContent;
/** First line of every registry file. */
exports.REGISTRY_HEADER = '# research-workspace registry v1';
/**
 * Writes the compact registry file rws-sync-users reads: one record a line, tab-separated.
 * Every value in it was validated by UserRegistry (POSIX names, numeric ids, absolute shells,
 * parsed OpenSSH keys without control characters), so the lines are safe to split in bash;
 * rws-sync-users checks each field again anyway.
 *
 *   G <name> <gid>
 *   U <name> <uid> <primary group> <gid> <shell> <sudo 0|1> <groups, comma-separated, or ->
 *   K <name> <key line>
 */
function registryFileContent(registry, users) {
    const out = [exports.REGISTRY_HEADER];
    for (const g of registry.groups)
        out.push(`G\t${g.name}\t${g.gid}`);
    for (const u of users) {
        out.push(['U', u.name, u.uid, u.primaryGroup, u.gid, u.shell, u.sudo ? 1 : 0, u.groups.length ? u.groups.join(',') : '-'].join('\t'));
        for (const k of u.sshKeys)
            out.push(`K\t${u.name}\t${k.line}`);
    }
    return out.join('\n') + '\n';
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVnaXN0cnktZmlsZS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy93b3Jrc3BhY2VzL3VzZXJkYXRhL3ByaXZhdGUvcmVnaXN0cnktZmlsZS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7QUFlQSxrREFRQztBQXJCRCx5Q0FBeUM7QUFDNUIsUUFBQSxlQUFlLEdBQUcsa0NBQWtDLENBQUM7QUFFbEU7Ozs7Ozs7OztHQVNHO0FBQ0gsU0FBZ0IsbUJBQW1CLENBQUMsUUFBc0IsRUFBRSxLQUE4QjtJQUN4RixNQUFNLEdBQUcsR0FBYSxDQUFDLHVCQUFlLENBQUMsQ0FBQztJQUN4QyxLQUFLLE1BQU0sQ0FBQyxJQUFJLFFBQVEsQ0FBQyxNQUFNO1FBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUM7SUFDcEUsS0FBSyxNQUFNLENBQUMsSUFBSSxLQUFLLEVBQUUsQ0FBQztRQUN0QixHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUMsWUFBWSxFQUFFLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO1FBQ3RJLEtBQUssTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLE9BQU87WUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLElBQUksS0FBSyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUNqRSxDQUFDO0lBQ0QsT0FBTyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQztBQUMvQixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgUmVzZWFyY2hVc2VyLCBVc2VyUmVnaXN0cnkgfSBmcm9tICcuLi8uLi91c2Vycyc7XG5cbi8qKiBGaXJzdCBsaW5lIG9mIGV2ZXJ5IHJlZ2lzdHJ5IGZpbGUuICovXG5leHBvcnQgY29uc3QgUkVHSVNUUllfSEVBREVSID0gJyMgcmVzZWFyY2gtd29ya3NwYWNlIHJlZ2lzdHJ5IHYxJztcblxuLyoqXG4gKiBXcml0ZXMgdGhlIGNvbXBhY3QgcmVnaXN0cnkgZmlsZSByd3Mtc3luYy11c2VycyByZWFkczogb25lIHJlY29yZCBhIGxpbmUsIHRhYi1zZXBhcmF0ZWQuXG4gKiBFdmVyeSB2YWx1ZSBpbiBpdCB3YXMgdmFsaWRhdGVkIGJ5IFVzZXJSZWdpc3RyeSAoUE9TSVggbmFtZXMsIG51bWVyaWMgaWRzLCBhYnNvbHV0ZSBzaGVsbHMsXG4gKiBwYXJzZWQgT3BlblNTSCBrZXlzIHdpdGhvdXQgY29udHJvbCBjaGFyYWN0ZXJzKSwgc28gdGhlIGxpbmVzIGFyZSBzYWZlIHRvIHNwbGl0IGluIGJhc2g7XG4gKiByd3Mtc3luYy11c2VycyBjaGVja3MgZWFjaCBmaWVsZCBhZ2FpbiBhbnl3YXkuXG4gKlxuICogICBHIDxuYW1lPiA8Z2lkPlxuICogICBVIDxuYW1lPiA8dWlkPiA8cHJpbWFyeSBncm91cD4gPGdpZD4gPHNoZWxsPiA8c3VkbyAwfDE+IDxncm91cHMsIGNvbW1hLXNlcGFyYXRlZCwgb3IgLT5cbiAqICAgSyA8bmFtZT4gPGtleSBsaW5lPlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0cnlGaWxlQ29udGVudChyZWdpc3RyeTogVXNlclJlZ2lzdHJ5LCB1c2VyczogcmVhZG9ubHkgUmVzZWFyY2hVc2VyW10pOiBzdHJpbmcge1xuICBjb25zdCBvdXQ6IHN0cmluZ1tdID0gW1JFR0lTVFJZX0hFQURFUl07XG4gIGZvciAoY29uc3QgZyBvZiByZWdpc3RyeS5ncm91cHMpIG91dC5wdXNoKGBHXFx0JHtnLm5hbWV9XFx0JHtnLmdpZH1gKTtcbiAgZm9yIChjb25zdCB1IG9mIHVzZXJzKSB7XG4gICAgb3V0LnB1c2goWydVJywgdS5uYW1lLCB1LnVpZCwgdS5wcmltYXJ5R3JvdXAsIHUuZ2lkLCB1LnNoZWxsLCB1LnN1ZG8gPyAxIDogMCwgdS5ncm91cHMubGVuZ3RoID8gdS5ncm91cHMuam9pbignLCcpIDogJy0nXS5qb2luKCdcXHQnKSk7XG4gICAgZm9yIChjb25zdCBrIG9mIHUuc3NoS2V5cykgb3V0LnB1c2goYEtcXHQke3UubmFtZX1cXHQke2subGluZX1gKTtcbiAgfVxuICByZXR1cm4gb3V0LmpvaW4oJ1xcbicpICsgJ1xcbic7XG59XG4iXX0=