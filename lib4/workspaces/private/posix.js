"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_RESEARCH_ID = exports.FIRST_RESEARCH_ID = exports.MAX_ID = exports.RESERVED_IDS = exports.FIRST_REGULAR_ID = exports.RESERVED_NAMES = void 0;
exports.isValidPosixName = isValidPosixName;
exports.researchIdProblem = researchIdProblem;
/**
 * POSIX-portable login and group names as useradd accepts them on every supported
 * distribution: a lower-case letter or underscore, then lower-case letters, digits,
 * underscores or dashes, at most 32 characters.
 */
const POSIX_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;
/** Whether a name is a valid login or group name. */
function isValidPosixName(name) {
    return POSIX_NAME.test(name);
}
/**
 * Accounts and groups that images and distributions create themselves; research users
 * and groups must not take these names.
 */
exports.RESERVED_NAMES = new Set([
    'root', 'daemon', 'bin', 'sys', 'sync', 'games', 'man', 'lp', 'mail', 'news', 'uucp', 'proxy', 'www-data',
    'backup', 'list', 'irc', 'gnats', 'nobody', 'nogroup', 'systemd-network', 'systemd-resolve', 'systemd-timesync',
    'messagebus', 'syslog', 'sshd', 'polkitd', 'tss', 'uuidd', 'tcpdump', 'landscape', 'lxd', 'fwupd-refresh',
    'ubuntu', 'debian', 'admin', 'ec2-user', 'rocky', 'centos', 'fedora', 'cloud-user', 'ssm-user', 'adm', 'wheel',
    'sudo', 'staff', 'users', 'docker', 'shadow', 'utmp', 'tty', 'disk', 'kmem', 'dialout', 'cdrom', 'floppy', 'audio',
    'video', 'plugdev', 'netdev', 'input', 'render', 'kvm', 'operator', 'ftp', 'chrony', 'dbus', 'rpc', 'rpcuser',
    'nfsnobody', 'halt', 'shutdown', 'mysql', 'postgres', 'rstudio-server', 'jupyter',
]);
/** The first id that is not a system id on every supported distribution. */
exports.FIRST_REGULAR_ID = 1000;
/** Ids that are never regular: nobody/nogroup (65534) and the 16-bit and 32-bit -1. */
exports.RESERVED_IDS = new Set([65534, 65535, 4294967294, 4294967295]);
/** Largest id Linux accepts. */
exports.MAX_ID = 4294967293;
/**
 * The first id a research user or group (registry or permit) may have. Cloud images create
 * their default account at 1000 (ubuntu, debian, ec2-user, rocky), and accounts created on the
 * machine itself (template users, useradd) take the ids after it: an id below 2000 would
 * collide with one of them at boot.
 */
exports.FIRST_RESEARCH_ID = 2000;
/**
 * The largest id a research user or group may have: 2^31-1. Larger ids are valid for Linux but
 * several tools read ids as signed 32-bit numbers (NFS servers, tar archives, container
 * runtimes), and 2^32-1 and 2^32-2 mean "no id".
 */
exports.MAX_RESEARCH_ID = 2147483647;
/** What is wrong with a research uid or gid, or undefined. */
function researchIdProblem(id) {
    if (!Number.isInteger(id) || id < 0)
        return 'must be a whole number';
    if (id < exports.FIRST_REGULAR_ID)
        return `must be at least ${exports.FIRST_RESEARCH_ID} (lower ids belong to the system)`;
    if (id < exports.FIRST_RESEARCH_ID)
        return `must be at least ${exports.FIRST_RESEARCH_ID} (ids from ${exports.FIRST_REGULAR_ID} to ${exports.FIRST_RESEARCH_ID - 1} belong to the image's default account, e.g. ubuntu or ec2-user at 1000, and to local accounts)`;
    if (exports.RESERVED_IDS.has(id))
        return 'is reserved (nobody/nogroup)';
    if (id > exports.MAX_RESEARCH_ID)
        return `is out of range (at most ${exports.MAX_RESEARCH_ID}: larger ids break tools that read ids as signed 32-bit numbers)`;
    return undefined;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicG9zaXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvd29ya3NwYWNlcy9wcml2YXRlL3Bvc2l4LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7OztBQVFBLDRDQUVDO0FBeUNELDhDQU9DO0FBMUREOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsR0FBRywwQkFBMEIsQ0FBQztBQUU5QyxxREFBcUQ7QUFDckQsU0FBZ0IsZ0JBQWdCLENBQUMsSUFBWTtJQUMzQyxPQUFPLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7QUFDL0IsQ0FBQztBQUVEOzs7R0FHRztBQUNVLFFBQUEsY0FBYyxHQUF3QixJQUFJLEdBQUcsQ0FBQztJQUN6RCxNQUFNLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxVQUFVO0lBQ3pHLFFBQVEsRUFBRSxNQUFNLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxFQUFFLGlCQUFpQixFQUFFLGlCQUFpQixFQUFFLGtCQUFrQjtJQUMvRyxZQUFZLEVBQUUsUUFBUSxFQUFFLE1BQU0sRUFBRSxTQUFTLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsV0FBVyxFQUFFLEtBQUssRUFBRSxlQUFlO0lBQ3pHLFFBQVEsRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLFVBQVUsRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLFFBQVEsRUFBRSxZQUFZLEVBQUUsVUFBVSxFQUFFLEtBQUssRUFBRSxPQUFPO0lBQzlHLE1BQU0sRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxRQUFRLEVBQUUsTUFBTSxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLFNBQVMsRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLE9BQU87SUFDbEgsT0FBTyxFQUFFLFNBQVMsRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsVUFBVSxFQUFFLEtBQUssRUFBRSxRQUFRLEVBQUUsTUFBTSxFQUFFLEtBQUssRUFBRSxTQUFTO0lBQzdHLFdBQVcsRUFBRSxNQUFNLEVBQUUsVUFBVSxFQUFFLE9BQU8sRUFBRSxVQUFVLEVBQUUsZ0JBQWdCLEVBQUUsU0FBUztDQUNsRixDQUFDLENBQUM7QUFFSCw0RUFBNEU7QUFDL0QsUUFBQSxnQkFBZ0IsR0FBRyxJQUFJLENBQUM7QUFFckMsdUZBQXVGO0FBQzFFLFFBQUEsWUFBWSxHQUF3QixJQUFJLEdBQUcsQ0FBQyxDQUFDLEtBQUssRUFBRSxLQUFLLEVBQUUsVUFBVSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUM7QUFFakcsZ0NBQWdDO0FBQ25CLFFBQUEsTUFBTSxHQUFHLFVBQVUsQ0FBQztBQUVqQzs7Ozs7R0FLRztBQUNVLFFBQUEsaUJBQWlCLEdBQUcsSUFBSSxDQUFDO0FBRXRDOzs7O0dBSUc7QUFDVSxRQUFBLGVBQWUsR0FBRyxVQUFVLENBQUM7QUFFMUMsOERBQThEO0FBQzlELFNBQWdCLGlCQUFpQixDQUFDLEVBQVU7SUFDMUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxTQUFTLENBQUMsRUFBRSxDQUFDLElBQUksRUFBRSxHQUFHLENBQUM7UUFBRSxPQUFPLHdCQUF3QixDQUFDO0lBQ3JFLElBQUksRUFBRSxHQUFHLHdCQUFnQjtRQUFFLE9BQU8sb0JBQW9CLHlCQUFpQixtQ0FBbUMsQ0FBQztJQUMzRyxJQUFJLEVBQUUsR0FBRyx5QkFBaUI7UUFBRSxPQUFPLG9CQUFvQix5QkFBaUIsY0FBYyx3QkFBZ0IsT0FBTyx5QkFBaUIsR0FBRyxDQUFDLGlHQUFpRyxDQUFDO0lBQ3BPLElBQUksb0JBQVksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDO1FBQUUsT0FBTyw4QkFBOEIsQ0FBQztJQUNoRSxJQUFJLEVBQUUsR0FBRyx1QkFBZTtRQUFFLE9BQU8sNEJBQTRCLHVCQUFlLGtFQUFrRSxDQUFDO0lBQy9JLE9BQU8sU0FBUyxDQUFDO0FBQ25CLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFBPU0lYLXBvcnRhYmxlIGxvZ2luIGFuZCBncm91cCBuYW1lcyBhcyB1c2VyYWRkIGFjY2VwdHMgdGhlbSBvbiBldmVyeSBzdXBwb3J0ZWRcbiAqIGRpc3RyaWJ1dGlvbjogYSBsb3dlci1jYXNlIGxldHRlciBvciB1bmRlcnNjb3JlLCB0aGVuIGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzLFxuICogdW5kZXJzY29yZXMgb3IgZGFzaGVzLCBhdCBtb3N0IDMyIGNoYXJhY3RlcnMuXG4gKi9cbmNvbnN0IFBPU0lYX05BTUUgPSAvXlthLXpfXVthLXowLTlfLV17MCwzMX0kLztcblxuLyoqIFdoZXRoZXIgYSBuYW1lIGlzIGEgdmFsaWQgbG9naW4gb3IgZ3JvdXAgbmFtZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc1ZhbGlkUG9zaXhOYW1lKG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gUE9TSVhfTkFNRS50ZXN0KG5hbWUpO1xufVxuXG4vKipcbiAqIEFjY291bnRzIGFuZCBncm91cHMgdGhhdCBpbWFnZXMgYW5kIGRpc3RyaWJ1dGlvbnMgY3JlYXRlIHRoZW1zZWx2ZXM7IHJlc2VhcmNoIHVzZXJzXG4gKiBhbmQgZ3JvdXBzIG11c3Qgbm90IHRha2UgdGhlc2UgbmFtZXMuXG4gKi9cbmV4cG9ydCBjb25zdCBSRVNFUlZFRF9OQU1FUzogUmVhZG9ubHlTZXQ8c3RyaW5nPiA9IG5ldyBTZXQoW1xuICAncm9vdCcsICdkYWVtb24nLCAnYmluJywgJ3N5cycsICdzeW5jJywgJ2dhbWVzJywgJ21hbicsICdscCcsICdtYWlsJywgJ25ld3MnLCAndXVjcCcsICdwcm94eScsICd3d3ctZGF0YScsXG4gICdiYWNrdXAnLCAnbGlzdCcsICdpcmMnLCAnZ25hdHMnLCAnbm9ib2R5JywgJ25vZ3JvdXAnLCAnc3lzdGVtZC1uZXR3b3JrJywgJ3N5c3RlbWQtcmVzb2x2ZScsICdzeXN0ZW1kLXRpbWVzeW5jJyxcbiAgJ21lc3NhZ2VidXMnLCAnc3lzbG9nJywgJ3NzaGQnLCAncG9sa2l0ZCcsICd0c3MnLCAndXVpZGQnLCAndGNwZHVtcCcsICdsYW5kc2NhcGUnLCAnbHhkJywgJ2Z3dXBkLXJlZnJlc2gnLFxuICAndWJ1bnR1JywgJ2RlYmlhbicsICdhZG1pbicsICdlYzItdXNlcicsICdyb2NreScsICdjZW50b3MnLCAnZmVkb3JhJywgJ2Nsb3VkLXVzZXInLCAnc3NtLXVzZXInLCAnYWRtJywgJ3doZWVsJyxcbiAgJ3N1ZG8nLCAnc3RhZmYnLCAndXNlcnMnLCAnZG9ja2VyJywgJ3NoYWRvdycsICd1dG1wJywgJ3R0eScsICdkaXNrJywgJ2ttZW0nLCAnZGlhbG91dCcsICdjZHJvbScsICdmbG9wcHknLCAnYXVkaW8nLFxuICAndmlkZW8nLCAncGx1Z2RldicsICduZXRkZXYnLCAnaW5wdXQnLCAncmVuZGVyJywgJ2t2bScsICdvcGVyYXRvcicsICdmdHAnLCAnY2hyb255JywgJ2RidXMnLCAncnBjJywgJ3JwY3VzZXInLFxuICAnbmZzbm9ib2R5JywgJ2hhbHQnLCAnc2h1dGRvd24nLCAnbXlzcWwnLCAncG9zdGdyZXMnLCAncnN0dWRpby1zZXJ2ZXInLCAnanVweXRlcicsXG5dKTtcblxuLyoqIFRoZSBmaXJzdCBpZCB0aGF0IGlzIG5vdCBhIHN5c3RlbSBpZCBvbiBldmVyeSBzdXBwb3J0ZWQgZGlzdHJpYnV0aW9uLiAqL1xuZXhwb3J0IGNvbnN0IEZJUlNUX1JFR1VMQVJfSUQgPSAxMDAwO1xuXG4vKiogSWRzIHRoYXQgYXJlIG5ldmVyIHJlZ3VsYXI6IG5vYm9keS9ub2dyb3VwICg2NTUzNCkgYW5kIHRoZSAxNi1iaXQgYW5kIDMyLWJpdCAtMS4gKi9cbmV4cG9ydCBjb25zdCBSRVNFUlZFRF9JRFM6IFJlYWRvbmx5U2V0PG51bWJlcj4gPSBuZXcgU2V0KFs2NTUzNCwgNjU1MzUsIDQyOTQ5NjcyOTQsIDQyOTQ5NjcyOTVdKTtcblxuLyoqIExhcmdlc3QgaWQgTGludXggYWNjZXB0cy4gKi9cbmV4cG9ydCBjb25zdCBNQVhfSUQgPSA0Mjk0OTY3MjkzO1xuXG4vKipcbiAqIFRoZSBmaXJzdCBpZCBhIHJlc2VhcmNoIHVzZXIgb3IgZ3JvdXAgKHJlZ2lzdHJ5IG9yIHBlcm1pdCkgbWF5IGhhdmUuIENsb3VkIGltYWdlcyBjcmVhdGVcbiAqIHRoZWlyIGRlZmF1bHQgYWNjb3VudCBhdCAxMDAwICh1YnVudHUsIGRlYmlhbiwgZWMyLXVzZXIsIHJvY2t5KSwgYW5kIGFjY291bnRzIGNyZWF0ZWQgb24gdGhlXG4gKiBtYWNoaW5lIGl0c2VsZiAodGVtcGxhdGUgdXNlcnMsIHVzZXJhZGQpIHRha2UgdGhlIGlkcyBhZnRlciBpdDogYW4gaWQgYmVsb3cgMjAwMCB3b3VsZFxuICogY29sbGlkZSB3aXRoIG9uZSBvZiB0aGVtIGF0IGJvb3QuXG4gKi9cbmV4cG9ydCBjb25zdCBGSVJTVF9SRVNFQVJDSF9JRCA9IDIwMDA7XG5cbi8qKlxuICogVGhlIGxhcmdlc3QgaWQgYSByZXNlYXJjaCB1c2VyIG9yIGdyb3VwIG1heSBoYXZlOiAyXjMxLTEuIExhcmdlciBpZHMgYXJlIHZhbGlkIGZvciBMaW51eCBidXRcbiAqIHNldmVyYWwgdG9vbHMgcmVhZCBpZHMgYXMgc2lnbmVkIDMyLWJpdCBudW1iZXJzIChORlMgc2VydmVycywgdGFyIGFyY2hpdmVzLCBjb250YWluZXJcbiAqIHJ1bnRpbWVzKSwgYW5kIDJeMzItMSBhbmQgMl4zMi0yIG1lYW4gXCJubyBpZFwiLlxuICovXG5leHBvcnQgY29uc3QgTUFYX1JFU0VBUkNIX0lEID0gMjE0NzQ4MzY0NztcblxuLyoqIFdoYXQgaXMgd3Jvbmcgd2l0aCBhIHJlc2VhcmNoIHVpZCBvciBnaWQsIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNlYXJjaElkUHJvYmxlbShpZDogbnVtYmVyKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKGlkKSB8fCBpZCA8IDApIHJldHVybiAnbXVzdCBiZSBhIHdob2xlIG51bWJlcic7XG4gIGlmIChpZCA8IEZJUlNUX1JFR1VMQVJfSUQpIHJldHVybiBgbXVzdCBiZSBhdCBsZWFzdCAke0ZJUlNUX1JFU0VBUkNIX0lEfSAobG93ZXIgaWRzIGJlbG9uZyB0byB0aGUgc3lzdGVtKWA7XG4gIGlmIChpZCA8IEZJUlNUX1JFU0VBUkNIX0lEKSByZXR1cm4gYG11c3QgYmUgYXQgbGVhc3QgJHtGSVJTVF9SRVNFQVJDSF9JRH0gKGlkcyBmcm9tICR7RklSU1RfUkVHVUxBUl9JRH0gdG8gJHtGSVJTVF9SRVNFQVJDSF9JRCAtIDF9IGJlbG9uZyB0byB0aGUgaW1hZ2UncyBkZWZhdWx0IGFjY291bnQsIGUuZy4gdWJ1bnR1IG9yIGVjMi11c2VyIGF0IDEwMDAsIGFuZCB0byBsb2NhbCBhY2NvdW50cylgO1xuICBpZiAoUkVTRVJWRURfSURTLmhhcyhpZCkpIHJldHVybiAnaXMgcmVzZXJ2ZWQgKG5vYm9keS9ub2dyb3VwKSc7XG4gIGlmIChpZCA+IE1BWF9SRVNFQVJDSF9JRCkgcmV0dXJuIGBpcyBvdXQgb2YgcmFuZ2UgKGF0IG1vc3QgJHtNQVhfUkVTRUFSQ0hfSUR9OiBsYXJnZXIgaWRzIGJyZWFrIHRvb2xzIHRoYXQgcmVhZCBpZHMgYXMgc2lnbmVkIDMyLWJpdCBudW1iZXJzKWA7XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG4iXX0=