// `npm start`: serves the partner demo page (demo/) and the built bundle (dist/) on 127.0.0.1,
// under the strict Content-Security-Policy a careful partner would use.
import { DEMO_CSP } from './demo-csp.mjs';
import { serveStatic } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8080);
const { server, url } = await serveStatic({
  mounts: { '/': 'demo', '/dist/': 'dist' },
  port,
  headers: { 'Content-Security-Policy': DEMO_CSP },
}).catch((error) => {
  console.error(`Cannot serve the demo on port ${port}: ${error.message}. Try PORT=8081 npm start.`);
  process.exit(1);
});

console.log(`OpenLLM widgets demo: ${url}  (Ctrl-C to stop)`);
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
