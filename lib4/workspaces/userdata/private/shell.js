"use strict";
/**
 * Shell quoting and the checks that keep template and registry values from running code.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.IP_ADDRESS = exports.ENV_NAME = exports.PACKAGE_SPEC = exports.SERVICE_NAME = exports.FILE_PATH = exports.SAFE_PATH = exports.POSIX_NAME = void 0;
exports.shq = shq;
exports.shArgs = shArgs;
exports.isLoopback = isLoopback;
exports.heredocDelimiter = heredocDelimiter;
/**
 * Quotes a value for bash or sh so that it is one literal word whatever it contains (safe for
 * any text without NUL): bare when it has only harmless characters, in single quotes (with `'`
 * as `'\''`), or, when it holds `$` or a backtick, in double quotes with `\ $ \` "` escaped (the
 * same literal, and shellcheck does not mistake it for an expansion meant to happen).
 */
function shq(value) {
    if (value.includes('\0'))
        throw new Error('a NUL character cannot be passed to a shell');
    if (/^[A-Za-z0-9_./=:,@%+-]+$/.test(value))
        return value;
    if (/[$`]/.test(value))
        return `"${value.replace(/[\\$`"]/g, '\\$&')}"`;
    return `'${value.replace(/'/g, '\'\\\'\'')}'`;
}
/** Quotes every value and joins them with spaces. */
function shArgs(values) {
    return values.map(shq).join(' ');
}
/** A POSIX login or group name. */
exports.POSIX_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;
/** An absolute path of characters that need no quoting anywhere (fstab, unit files, sudoers). */
exports.SAFE_PATH = /^\/[A-Za-z0-9._/-]*$/;
/** An absolute path for template files: anything printable but no `..` component. */
exports.FILE_PATH = /^\/[^\0\n\r\t]*$/;
/** A systemd service name we generate `rws-<name>.service` from. */
exports.SERVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** A package name or spec (apt `name=version`, conda `channel::name>=1.0`, pip `name[extra]==1.0`, spack `name@1.0+var`). */
exports.PACKAGE_SPEC = /^[A-Za-z0-9_][A-Za-z0-9_.:+=<>!~@%^,\[\]\/-]*$/;
/** An environment variable name. */
exports.ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** An IPv4 or IPv6 literal (what a service may bind to). */
exports.IP_ADDRESS = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*)$/;
/** Whether an address is the loopback interface. */
function isLoopback(address) {
    return address === '::1' || /^127\./.test(address);
}
/** A heredoc delimiter that does not occur as a line of `content`. */
function heredocDelimiter(content, base = 'RWS_EOF') {
    const lines = new Set(content.split('\n'));
    let d = base;
    for (let i = 1; lines.has(d); i++)
        d = `${base}_${i}`;
    return d;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic2hlbGwuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi8uLi9zcmMvd29ya3NwYWNlcy91c2VyZGF0YS9wcml2YXRlL3NoZWxsLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7QUFBQTs7R0FFRzs7O0FBUUgsa0JBS0M7QUFHRCx3QkFFQztBQWtCRCxnQ0FFQztBQUdELDRDQUtDO0FBNUNEOzs7OztHQUtHO0FBQ0gsU0FBZ0IsR0FBRyxDQUFDLEtBQWE7SUFDL0IsSUFBSSxLQUFLLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQztRQUFFLE1BQU0sSUFBSSxLQUFLLENBQUMsNkNBQTZDLENBQUMsQ0FBQztJQUN6RixJQUFJLDBCQUEwQixDQUFDLElBQUksQ0FBQyxLQUFLLENBQUM7UUFBRSxPQUFPLEtBQUssQ0FBQztJQUN6RCxJQUFJLE1BQU0sQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDO1FBQUUsT0FBTyxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsVUFBVSxFQUFFLE1BQU0sQ0FBQyxHQUFHLENBQUM7SUFDeEUsT0FBTyxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsSUFBSSxFQUFFLFVBQVUsQ0FBQyxHQUFHLENBQUM7QUFDaEQsQ0FBQztBQUVELHFEQUFxRDtBQUNyRCxTQUFnQixNQUFNLENBQUMsTUFBeUI7SUFDOUMsT0FBTyxNQUFNLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUNuQyxDQUFDO0FBRUQsbUNBQW1DO0FBQ3RCLFFBQUEsVUFBVSxHQUFHLDBCQUEwQixDQUFDO0FBQ3JELGlHQUFpRztBQUNwRixRQUFBLFNBQVMsR0FBRyxzQkFBc0IsQ0FBQztBQUNoRCxxRkFBcUY7QUFDeEUsUUFBQSxTQUFTLEdBQUcsa0JBQWtCLENBQUM7QUFDNUMsb0VBQW9FO0FBQ3ZELFFBQUEsWUFBWSxHQUFHLG1DQUFtQyxDQUFDO0FBQ2hFLDZIQUE2SDtBQUNoSCxRQUFBLFlBQVksR0FBRyxnREFBZ0QsQ0FBQztBQUM3RSxvQ0FBb0M7QUFDdkIsUUFBQSxRQUFRLEdBQUcsMEJBQTBCLENBQUM7QUFDbkQsNERBQTREO0FBQy9DLFFBQUEsVUFBVSxHQUFHLHNHQUFzRyxDQUFDO0FBRWpJLG9EQUFvRDtBQUNwRCxTQUFnQixVQUFVLENBQUMsT0FBZTtJQUN4QyxPQUFPLE9BQU8sS0FBSyxLQUFLLElBQUksUUFBUSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQztBQUNyRCxDQUFDO0FBRUQsc0VBQXNFO0FBQ3RFLFNBQWdCLGdCQUFnQixDQUFDLE9BQWUsRUFBRSxJQUFJLEdBQUcsU0FBUztJQUNoRSxNQUFNLEtBQUssR0FBRyxJQUFJLEdBQUcsQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7SUFDM0MsSUFBSSxDQUFDLEdBQUcsSUFBSSxDQUFDO0lBQ2IsS0FBSyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUU7UUFBRSxDQUFDLEdBQUcsR0FBRyxJQUFJLElBQUksQ0FBQyxFQUFFLENBQUM7SUFDdEQsT0FBTyxDQUFDLENBQUM7QUFDWCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBTaGVsbCBxdW90aW5nIGFuZCB0aGUgY2hlY2tzIHRoYXQga2VlcCB0ZW1wbGF0ZSBhbmQgcmVnaXN0cnkgdmFsdWVzIGZyb20gcnVubmluZyBjb2RlLlxuICovXG5cbi8qKlxuICogUXVvdGVzIGEgdmFsdWUgZm9yIGJhc2ggb3Igc2ggc28gdGhhdCBpdCBpcyBvbmUgbGl0ZXJhbCB3b3JkIHdoYXRldmVyIGl0IGNvbnRhaW5zIChzYWZlIGZvclxuICogYW55IHRleHQgd2l0aG91dCBOVUwpOiBiYXJlIHdoZW4gaXQgaGFzIG9ubHkgaGFybWxlc3MgY2hhcmFjdGVycywgaW4gc2luZ2xlIHF1b3RlcyAod2l0aCBgJ2BcbiAqIGFzIGAnXFwnJ2ApLCBvciwgd2hlbiBpdCBob2xkcyBgJGAgb3IgYSBiYWNrdGljaywgaW4gZG91YmxlIHF1b3RlcyB3aXRoIGBcXCAkIFxcYCBcImAgZXNjYXBlZCAodGhlXG4gKiBzYW1lIGxpdGVyYWwsIGFuZCBzaGVsbGNoZWNrIGRvZXMgbm90IG1pc3Rha2UgaXQgZm9yIGFuIGV4cGFuc2lvbiBtZWFudCB0byBoYXBwZW4pLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc2hxKHZhbHVlOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAodmFsdWUuaW5jbHVkZXMoJ1xcMCcpKSB0aHJvdyBuZXcgRXJyb3IoJ2EgTlVMIGNoYXJhY3RlciBjYW5ub3QgYmUgcGFzc2VkIHRvIGEgc2hlbGwnKTtcbiAgaWYgKC9eW0EtWmEtejAtOV8uLz06LEAlKy1dKyQvLnRlc3QodmFsdWUpKSByZXR1cm4gdmFsdWU7XG4gIGlmICgvWyRgXS8udGVzdCh2YWx1ZSkpIHJldHVybiBgXCIke3ZhbHVlLnJlcGxhY2UoL1tcXFxcJGBcIl0vZywgJ1xcXFwkJicpfVwiYDtcbiAgcmV0dXJuIGAnJHt2YWx1ZS5yZXBsYWNlKC8nL2csICdcXCdcXFxcXFwnXFwnJyl9J2A7XG59XG5cbi8qKiBRdW90ZXMgZXZlcnkgdmFsdWUgYW5kIGpvaW5zIHRoZW0gd2l0aCBzcGFjZXMuICovXG5leHBvcnQgZnVuY3Rpb24gc2hBcmdzKHZhbHVlczogcmVhZG9ubHkgc3RyaW5nW10pOiBzdHJpbmcge1xuICByZXR1cm4gdmFsdWVzLm1hcChzaHEpLmpvaW4oJyAnKTtcbn1cblxuLyoqIEEgUE9TSVggbG9naW4gb3IgZ3JvdXAgbmFtZS4gKi9cbmV4cG9ydCBjb25zdCBQT1NJWF9OQU1FID0gL15bYS16X11bYS16MC05Xy1dezAsMzF9JC87XG4vKiogQW4gYWJzb2x1dGUgcGF0aCBvZiBjaGFyYWN0ZXJzIHRoYXQgbmVlZCBubyBxdW90aW5nIGFueXdoZXJlIChmc3RhYiwgdW5pdCBmaWxlcywgc3Vkb2VycykuICovXG5leHBvcnQgY29uc3QgU0FGRV9QQVRIID0gL15cXC9bQS1aYS16MC05Ll8vLV0qJC87XG4vKiogQW4gYWJzb2x1dGUgcGF0aCBmb3IgdGVtcGxhdGUgZmlsZXM6IGFueXRoaW5nIHByaW50YWJsZSBidXQgbm8gYC4uYCBjb21wb25lbnQuICovXG5leHBvcnQgY29uc3QgRklMRV9QQVRIID0gL15cXC9bXlxcMFxcblxcclxcdF0qJC87XG4vKiogQSBzeXN0ZW1kIHNlcnZpY2UgbmFtZSB3ZSBnZW5lcmF0ZSBgcndzLTxuYW1lPi5zZXJ2aWNlYCBmcm9tLiAqL1xuZXhwb3J0IGNvbnN0IFNFUlZJQ0VfTkFNRSA9IC9eW0EtWmEtejAtOV1bQS1aYS16MC05Xy4tXXswLDYzfSQvO1xuLyoqIEEgcGFja2FnZSBuYW1lIG9yIHNwZWMgKGFwdCBgbmFtZT12ZXJzaW9uYCwgY29uZGEgYGNoYW5uZWw6Om5hbWU+PTEuMGAsIHBpcCBgbmFtZVtleHRyYV09PTEuMGAsIHNwYWNrIGBuYW1lQDEuMCt2YXJgKS4gKi9cbmV4cG9ydCBjb25zdCBQQUNLQUdFX1NQRUMgPSAvXltBLVphLXowLTlfXVtBLVphLXowLTlfLjorPTw+IX5AJV4sXFxbXFxdXFwvLV0qJC87XG4vKiogQW4gZW52aXJvbm1lbnQgdmFyaWFibGUgbmFtZS4gKi9cbmV4cG9ydCBjb25zdCBFTlZfTkFNRSA9IC9eW0EtWmEtel9dW0EtWmEtejAtOV9dKiQvO1xuLyoqIEFuIElQdjQgb3IgSVB2NiBsaXRlcmFsICh3aGF0IGEgc2VydmljZSBtYXkgYmluZCB0bykuICovXG5leHBvcnQgY29uc3QgSVBfQUREUkVTUyA9IC9eKD86KD86MjVbMC01XXwyWzAtNF1cXGR8MT9cXGQ/XFxkKSg/OlxcLig/OjI1WzAtNV18MlswLTRdXFxkfDE/XFxkP1xcZCkpezN9fFswLTlBLUZhLWY6XSo6WzAtOUEtRmEtZjouXSopJC87XG5cbi8qKiBXaGV0aGVyIGFuIGFkZHJlc3MgaXMgdGhlIGxvb3BiYWNrIGludGVyZmFjZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0xvb3BiYWNrKGFkZHJlc3M6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gYWRkcmVzcyA9PT0gJzo6MScgfHwgL14xMjdcXC4vLnRlc3QoYWRkcmVzcyk7XG59XG5cbi8qKiBBIGhlcmVkb2MgZGVsaW1pdGVyIHRoYXQgZG9lcyBub3Qgb2NjdXIgYXMgYSBsaW5lIG9mIGBjb250ZW50YC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBoZXJlZG9jRGVsaW1pdGVyKGNvbnRlbnQ6IHN0cmluZywgYmFzZSA9ICdSV1NfRU9GJyk6IHN0cmluZyB7XG4gIGNvbnN0IGxpbmVzID0gbmV3IFNldChjb250ZW50LnNwbGl0KCdcXG4nKSk7XG4gIGxldCBkID0gYmFzZTtcbiAgZm9yIChsZXQgaSA9IDE7IGxpbmVzLmhhcyhkKTsgaSsrKSBkID0gYCR7YmFzZX1fJHtpfWA7XG4gIHJldHVybiBkO1xufVxuIl19