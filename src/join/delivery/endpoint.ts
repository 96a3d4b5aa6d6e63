import { safeUrl } from '../../core/safe-url.js';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A sign-up endpoint: `https:`, or `http:` on the loopback only (local development). */
export function safeEndpoint(value: string | null | undefined): string | undefined {
  const url = safeUrl(value);
  if (!url) return undefined;
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || LOOPBACK_HOSTS.has(hostname) ? url : undefined;
}
