"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.proxyHostProblem = proxyHostProblem;
exports.urlHost = urlHost;
/**
 * Checks of a package proxy's address before it goes into a shell script (the proxy set-up
 * every proxied workspace runs as root). Pure functions; not exported from the package.
 */
const net_1 = require("net");
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/**
 * Why `host` is not a DNS name, an IPv4 address or an IPv6 address (bare or in brackets), or
 * undefined when it is one. Nothing else can reach a URL in a shell script: no spaces, quotes,
 * `;`, `$`, backticks, slashes or line breaks.
 */
function proxyHostProblem(host) {
    if (host.length === 0)
        return 'it is empty';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\s'"`$;&|<>()\\{}*?!#/@%,=]/.test(host))
        return 'it holds characters that no host name or address has (spaces, quotes, $, ;, backticks, slashes, line breaks...)';
    const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
    if ((0, net_1.isIPv6)(bare))
        return undefined;
    if (bare !== host)
        return 'brackets hold something that is not an IPv6 address';
    if (/^[0-9.]+$/.test(host))
        return (0, net_1.isIPv4)(host) ? undefined : 'it looks like an IPv4 address but is not one';
    if (host.length > 253)
        return 'a DNS name has at most 253 characters';
    const labels = (host.endsWith('.') ? host.slice(0, -1) : host).split('.');
    if (labels.some((l) => !LABEL.test(l)))
        return 'every dot-separated label of a DNS name has 1-63 letters, digits or inner hyphens';
    return undefined;
}
/** The host as it goes into a URL: an IPv6 address in brackets. */
function urlHost(host) {
    return (0, net_1.isIPv6)(host) ? `[${host}]` : host;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicHJveHktaG9zdC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL2t1YmVybmV0ZXMvcHJpdmF0ZS9wcm94eS1ob3N0LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7O0FBYUEsNENBWUM7QUFHRCwwQkFFQztBQTlCRDs7O0dBR0c7QUFDSCw2QkFBcUM7QUFFckMsTUFBTSxLQUFLLEdBQUcsaURBQWlELENBQUM7QUFFaEU7Ozs7R0FJRztBQUNILFNBQWdCLGdCQUFnQixDQUFDLElBQVk7SUFDM0MsSUFBSSxJQUFJLENBQUMsTUFBTSxLQUFLLENBQUM7UUFBRSxPQUFPLGFBQWEsQ0FBQztJQUM1Qyw0Q0FBNEM7SUFDNUMsSUFBSSxpREFBaUQsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDO1FBQUUsT0FBTyxpSEFBaUgsQ0FBQztJQUMzTCxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxJQUFJLElBQUksQ0FBQyxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztJQUNuRixJQUFJLElBQUEsWUFBTSxFQUFDLElBQUksQ0FBQztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQ25DLElBQUksSUFBSSxLQUFLLElBQUk7UUFBRSxPQUFPLHFEQUFxRCxDQUFDO0lBQ2hGLElBQUksV0FBVyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7UUFBRSxPQUFPLElBQUEsWUFBTSxFQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLDhDQUE4QyxDQUFDO0lBQzdHLElBQUksSUFBSSxDQUFDLE1BQU0sR0FBRyxHQUFHO1FBQUUsT0FBTyx1Q0FBdUMsQ0FBQztJQUN0RSxNQUFNLE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUMxRSxJQUFJLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUFFLE9BQU8sbUZBQW1GLENBQUM7SUFDbkksT0FBTyxTQUFTLENBQUM7QUFDbkIsQ0FBQztBQUVELG1FQUFtRTtBQUNuRSxTQUFnQixPQUFPLENBQUMsSUFBWTtJQUNsQyxPQUFPLElBQUEsWUFBTSxFQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUM7QUFDM0MsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogQ2hlY2tzIG9mIGEgcGFja2FnZSBwcm94eSdzIGFkZHJlc3MgYmVmb3JlIGl0IGdvZXMgaW50byBhIHNoZWxsIHNjcmlwdCAodGhlIHByb3h5IHNldC11cFxuICogZXZlcnkgcHJveGllZCB3b3Jrc3BhY2UgcnVucyBhcyByb290KS4gUHVyZSBmdW5jdGlvbnM7IG5vdCBleHBvcnRlZCBmcm9tIHRoZSBwYWNrYWdlLlxuICovXG5pbXBvcnQgeyBpc0lQdjQsIGlzSVB2NiB9IGZyb20gJ25ldCc7XG5cbmNvbnN0IExBQkVMID0gL15bQS1aYS16MC05XSg/OltBLVphLXowLTktXXswLDYxfVtBLVphLXowLTldKT8kLztcblxuLyoqXG4gKiBXaHkgYGhvc3RgIGlzIG5vdCBhIEROUyBuYW1lLCBhbiBJUHY0IGFkZHJlc3Mgb3IgYW4gSVB2NiBhZGRyZXNzIChiYXJlIG9yIGluIGJyYWNrZXRzKSwgb3JcbiAqIHVuZGVmaW5lZCB3aGVuIGl0IGlzIG9uZS4gTm90aGluZyBlbHNlIGNhbiByZWFjaCBhIFVSTCBpbiBhIHNoZWxsIHNjcmlwdDogbm8gc3BhY2VzLCBxdW90ZXMsXG4gKiBgO2AsIGAkYCwgYmFja3RpY2tzLCBzbGFzaGVzIG9yIGxpbmUgYnJlYWtzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcHJveHlIb3N0UHJvYmxlbShob3N0OiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAoaG9zdC5sZW5ndGggPT09IDApIHJldHVybiAnaXQgaXMgZW1wdHknO1xuICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgbm8tY29udHJvbC1yZWdleFxuICBpZiAoL1tcXHUwMDAwLVxcdTAwMWZcXHUwMDdmXFxzJ1wiYCQ7Jnw8PigpXFxcXHt9Kj8hIy9AJSw9XS8udGVzdChob3N0KSkgcmV0dXJuICdpdCBob2xkcyBjaGFyYWN0ZXJzIHRoYXQgbm8gaG9zdCBuYW1lIG9yIGFkZHJlc3MgaGFzIChzcGFjZXMsIHF1b3RlcywgJCwgOywgYmFja3RpY2tzLCBzbGFzaGVzLCBsaW5lIGJyZWFrcy4uLiknO1xuICBjb25zdCBiYXJlID0gaG9zdC5zdGFydHNXaXRoKCdbJykgJiYgaG9zdC5lbmRzV2l0aCgnXScpID8gaG9zdC5zbGljZSgxLCAtMSkgOiBob3N0O1xuICBpZiAoaXNJUHY2KGJhcmUpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBpZiAoYmFyZSAhPT0gaG9zdCkgcmV0dXJuICdicmFja2V0cyBob2xkIHNvbWV0aGluZyB0aGF0IGlzIG5vdCBhbiBJUHY2IGFkZHJlc3MnO1xuICBpZiAoL15bMC05Ll0rJC8udGVzdChob3N0KSkgcmV0dXJuIGlzSVB2NChob3N0KSA/IHVuZGVmaW5lZCA6ICdpdCBsb29rcyBsaWtlIGFuIElQdjQgYWRkcmVzcyBidXQgaXMgbm90IG9uZSc7XG4gIGlmIChob3N0Lmxlbmd0aCA+IDI1MykgcmV0dXJuICdhIEROUyBuYW1lIGhhcyBhdCBtb3N0IDI1MyBjaGFyYWN0ZXJzJztcbiAgY29uc3QgbGFiZWxzID0gKGhvc3QuZW5kc1dpdGgoJy4nKSA/IGhvc3Quc2xpY2UoMCwgLTEpIDogaG9zdCkuc3BsaXQoJy4nKTtcbiAgaWYgKGxhYmVscy5zb21lKChsKSA9PiAhTEFCRUwudGVzdChsKSkpIHJldHVybiAnZXZlcnkgZG90LXNlcGFyYXRlZCBsYWJlbCBvZiBhIEROUyBuYW1lIGhhcyAxLTYzIGxldHRlcnMsIGRpZ2l0cyBvciBpbm5lciBoeXBoZW5zJztcbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIFRoZSBob3N0IGFzIGl0IGdvZXMgaW50byBhIFVSTDogYW4gSVB2NiBhZGRyZXNzIGluIGJyYWNrZXRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVybEhvc3QoaG9zdDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGlzSVB2Nihob3N0KSA/IGBbJHtob3N0fV1gIDogaG9zdDtcbn1cbiJdfQ==