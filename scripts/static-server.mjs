import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves files under the given roots on 127.0.0.1. `mounts` maps a URL prefix to a folder
 * (`{ '/': 'demo', '/dist/': 'dist' }`); the longest matching prefix wins. `headers` are added to
 * every answer (a Content-Security-Policy, say). Resolves to `{ server, url, handler }`; with
 * `listen: false`, to `{ handler }` only, for a server of the caller's.
 */
export function serveStatic({ mounts, port = 0, host = '127.0.0.1', headers = {}, listen = true }) {
  const table = Object.entries(mounts)
    .map(([prefix, folder]) => [prefix, resolve(folder)])
    .sort((a, b) => b[0].length - a[0].length);

  const handler = async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const mount = table.find(([prefix]) => path.startsWith(prefix));
    if (!mount || (request.method !== 'GET' && request.method !== 'HEAD')) return send(response, 404, 'Not found');
    const [prefix, folder] = mount;
    let file = normalize(join(folder, path.slice(prefix.length)));
    if (file !== folder && !file.startsWith(folder + sep)) return send(response, 403, 'Forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...headers,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      send(response, 404, 'Not found');
    }
  };
  if (!listen) return Promise.resolve({ handler });

  const server = createServer(handler);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}/`, handler });
    });
  });
}

function send(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
