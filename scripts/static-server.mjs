import { createServer } from 'node:http';
import compression from 'compression';
import sirv from 'sirv';

/** Compresses answers (gzip) like a CDN would, so that load timings count what a browser downloads. */
const compress = compression();

/**
 * Serves folders on 127.0.0.1 with sirv, uncached (`dev`) and compressed, for the demo and the page tests.
 * `mounts` maps a URL prefix to a folder (`{ '/': 'demo', '/dist/': 'dist' }`); the longest
 * matching prefix wins. `headers` are added to every answer (a Content-Security-Policy, say).
 * Resolves to `{ server, url, handler }`; with `listen: false`, to `{ handler }` only, for a server
 * of the caller's.
 */
export function serveStatic({ mounts, port = 0, host = '127.0.0.1', headers = {}, listen = true }) {
  const setHeaders = (response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  };
  const table = Object.entries(mounts)
    .sort(([a], [b]) => b.length - a.length)
    .map(([prefix, folder]) => [prefix, sirv(folder, { dev: true, setHeaders })]);

  const handler = (request, response) => {
    const notFound = () => {
      setHeaders(response);
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    };
    const mount = table.find(([prefix]) => request.url.startsWith(prefix));
    if (!mount || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
    const [prefix, serve] = mount;
    request.url = `/${request.url.slice(prefix.length)}`;
    compress(request, response, () => serve(request, response, notFound));
  };
  if (!listen) return Promise.resolve({ handler });

  const server = createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}/`, handler }));
  });
}
