// `npm start`: the reference sign-up receiver on its own port, and the partner demo (demo/ and the
// built dist/) on 127.0.0.1 under the strict Content-Security-Policy a careful partner would use.
// The demo forwards /api/ to the receiver, so the page's requests stay same-origin
// (`connect-src 'self'`) while the receiver stays a separate server that can stop and restart.
import { randomBytes } from 'node:crypto';
import { createServer, request as forward } from 'node:http';
import { startReceiver } from '@openllm-france/signup-receiver';
import { DEMO_CSP } from './demo-csp.mjs';
import { serveStatic } from './static-server.mjs';

const listen = (server, port) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server.address().port));
  });

/** Serves the demo and forwards /api/ to the receiver at `receiverPort`; resolves to `{ server, url }`. */
export async function startDemoSite({ port = 8080, receiverPort }) {
  const { handler: files } = await serveStatic({
    mounts: { '/': 'demo', '/dist/': 'dist' },
    headers: { 'Content-Security-Policy': DEMO_CSP },
    listen: false,
  });
  const proxy = (request, response) => {
    const upstream = forward(
      { host: '127.0.0.1', port: receiverPort, path: request.url, method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode, answer.headers);
        answer.pipe(response);
      },
    );
    // Receiver down: a gateway error, which the widget retries, then queues.
    upstream.on('error', () => response.headersSent || response.writeHead(502).end());
    request.pipe(upstream);
  };
  const server = createServer((request, response) =>
    request.url.startsWith('/api/') ? proxy(request, response) : files(request, response),
  );
  const actualPort = await listen(server, port);
  return { server, url: `http://127.0.0.1:${actualPort}/` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  const receiverPort = Number(process.env.RECEIVER_PORT ?? 8787);
  const exportToken = process.env.EXPORT_TOKEN ?? randomBytes(16).toString('hex');
  try {
    const relay = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('LISTMONK_')));
    const receiver = await startReceiver({
      ...relay, // LISTMONK_URL, LISTMONK_USER, LISTMONK_TOKEN, LISTMONK_LISTS: the demo relays to Listmonk too
      PORT: String(receiverPort),
      DATA_DIR: process.env.DATA_DIR ?? '.data/demo',
      ALLOWED_ORIGINS: `http://127.0.0.1:${port}`,
      EXPORT_TOKEN: exportToken,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    });
    const { server, url } = await startDemoSite({ port, receiverPort });
    console.log(`OpenLLM widgets demo:   ${url}  (English: ${url}en.html)`);
    console.log(`Sign-up receiver:       http://127.0.0.1:${receiverPort}/api/signups`);
    if (relay.LISTMONK_URL)
      console.log(`Relaying to Listmonk:   ${relay.LISTMONK_URL} (lists ${relay.LISTMONK_LISTS})`);
    console.log(`Export the sign-ups:    curl -H "Authorization: Bearer ${exportToken}" ${url}api/signups.csv`);
    console.log('Ctrl-C to stop.');
    const stop = async () => {
      server.close();
      server.closeAllConnections(); // idle keep-alive sockets must not hold the exit
      await receiver.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    const reason = error.code === 'EADDRINUSE' ? `port ${error.port} is in use` : error.message;
    console.error(`Cannot start the demo: ${reason}. Try PORT=8081 RECEIVER_PORT=8788 npm start.`);
    process.exit(1);
  }
}
