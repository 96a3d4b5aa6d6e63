/** Schemes a configured URL may use to become a link or a request target. */
export const WEB_SCHEMES = ['https:', 'http:'] as const;

export interface SafeUrlOptions {
  /** Allowed schemes, with their colon (default: http and https). */
  schemes?: readonly string[];
  /** Accept a same-page anchor such as `#join` as it is. */
  allowFragment?: boolean;
}

/**
 * The only way a configured URL becomes an `href` or a request target: parsed with `new URL()`
 * against the page's base URL (so `java\tscript:` and other odd spellings are normalised first),
 * then checked against an allow-list of schemes. Returns the URL to use, or `undefined`.
 */
export function safeUrl(value: string | null | undefined, options: SafeUrlOptions = {}): string | undefined {
  const { schemes = WEB_SCHEMES, allowFragment = false } = options;
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (trimmed.startsWith('#')) return allowFragment && /^#[^\s]*$/.test(trimmed) ? trimmed : undefined;
  let url: URL;
  try {
    url = new URL(trimmed, globalThis.document?.baseURI); // no document: in Node
  } catch {
    return undefined;
  }
  return schemes.includes(url.protocol) ? url.href : undefined;
}
