/**
 * Why `host` is not a DNS name, an IPv4 address or an IPv6 address (bare or in brackets), or
 * undefined when it is one. Nothing else can reach a URL in a shell script: no spaces, quotes,
 * `;`, `$`, backticks, slashes or line breaks.
 */
export declare function proxyHostProblem(host: string): string | undefined;
/** The host as it goes into a URL: an IPv6 address in brackets. */
export declare function urlHost(host: string): string;
