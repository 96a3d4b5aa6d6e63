/** Why a JSON document could not be had. */
export type FeedFailure =
  | { reason: 'unreachable'; status?: number }
  | { reason: 'too-large'; bytes: number }
  | { reason: 'invalid-json'; message: string };

export const MAX_FEED_BYTES = 256 * 1024;

/**
 * Fetches a JSON document without cookies, within a time limit and a size limit (the limit is
 * checked on the body read, not only on a Content-Length that may be missing or wrong).
 */
export async function fetchJson(
  url: string,
  { timeoutMs = 10_000, maxBytes = MAX_FEED_BYTES }: { timeoutMs?: number; maxBytes?: number } = {},
): Promise<{ data: unknown } | FeedFailure> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    if (!response.ok) return { reason: 'unreachable', status: response.status };
    const declared = Number(response.headers.get('Content-Length'));
    if (declared > maxBytes) return { reason: 'too-large', bytes: declared };
    const body = await readAtMost(response, maxBytes);
    if (typeof body === 'number') return { reason: 'too-large', bytes: body };
    try {
      return { data: JSON.parse(body) };
    } catch (error) {
      return { reason: 'invalid-json', message: (error as Error).message };
    }
  } catch {
    return { reason: 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, or the bytes read so far once past `maxBytes` (the download is then stopped). */
async function readAtMost(response: Response, maxBytes: number): Promise<string | number> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    if (bytes > maxBytes) {
      await reader.cancel();
      return bytes;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(all);
}
