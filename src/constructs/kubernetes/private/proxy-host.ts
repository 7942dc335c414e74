/**
 * Checks of a package proxy's address before it goes into a shell script (the proxy set-up
 * every proxied workspace runs as root). Pure functions; not exported from the package.
 */
import { isIPv4, isIPv6 } from 'net';

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * Why `host` is not a DNS name, an IPv4 address or an IPv6 address (bare or in brackets), or
 * undefined when it is one. Nothing else can reach a URL in a shell script: no spaces, quotes,
 * `;`, `$`, backticks, slashes or line breaks.
 */
export function proxyHostProblem(host: string): string | undefined {
  if (host.length === 0) return 'it is empty';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s'"`$;&|<>()\\{}*?!#/@%,=]/.test(host)) return 'it holds characters that no host name or address has (spaces, quotes, $, ;, backticks, slashes, line breaks...)';
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (isIPv6(bare)) return undefined;
  if (bare !== host) return 'brackets hold something that is not an IPv6 address';
  if (/^[0-9.]+$/.test(host)) return isIPv4(host) ? undefined : 'it looks like an IPv4 address but is not one';
  if (host.length > 253) return 'a DNS name has at most 253 characters';
  const labels = (host.endsWith('.') ? host.slice(0, -1) : host).split('.');
  if (labels.some((l) => !LABEL.test(l))) return 'every dot-separated label of a DNS name has 1-63 letters, digits or inner hyphens';
  return undefined;
}

/** The host as it goes into a URL: an IPv6 address in brackets. */
export function urlHost(host: string): string {
  return isIPv6(host) ? `[${host}]` : host;
}
