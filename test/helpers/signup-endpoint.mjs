// A real HTTP sign-up endpoint for the browser tests, served by the test runner's own server on
// 127.0.0.1: `/__signup/<scenario>/<key>` answers as the scenario says and records each request
// under <key>; `GET /__signup-log/<key>` returns what was recorded.

const requests = new Map();
const SCENARIOS = {
  ok: () => [201, { status: 'subscribed' }],
  optin: () => [200, { status: 'pending-optin' }],
  listmonk: () => [200, { data: { id: 1, has_optin: true } }],
  'fail-then-ok': (count) => (count === 1 ? [500, { error: 'boom' }] : [201, { status: 'subscribed' }]),
  'retry-after-seconds': (count) => (count === 1 ? [503, {}, { 'Retry-After': '1' }] : [201, {}]),
  'retry-after-too-long': () => [503, {}, { 'Retry-After': '3600' }],
  'field-errors': () => [422, { errors: { email: 'Adresse déjà inscrite', unknownField: 'x', name: 42 } }],
  'bad-request': () => [400, { message: 'no' }],
  'not-found': () => [404, {}],
  // Listmonk's refusals, as its public subscription handler answers them (cmd/public.go, i18n/en.json).
  'listmonk-invalid-email': () => [400, { message: 'Invalid email.' }],
  'listmonk-blocklisted': () => [400, { message: 'The e-mail domain is blocklisted.' }],
  'listmonk-no-lists': () => [400, { message: 'No valid lists selected to subscribe.' }],
  'listmonk-disabled': () => [400, { message: 'That feature is not available.' }],
  // An RFC 9457 problem.
  problem: () => [403, { type: 'about:blank', title: 'Forbidden', detail: 'Sign-ups from this site are closed.' }],
  down: () => [503, {}],
  hang: () => new Promise((resolve) => setTimeout(() => resolve([201, {}]), 4000)),
  slow: () => new Promise((resolve) => setTimeout(() => resolve([201, { status: 'subscribed' }]), 300)),
  redirect: () => [302, {}, { Location: '/__signup/ok/redirected' }],
};

const readBody = (req) =>
  new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });

export function signupEndpoint() {
  return async (ctx, next) => {
    const log = ctx.path.match(/^\/__signup-log\/([^/]+)$/);
    if (log) {
      ctx.body = JSON.stringify(requests.get(log[1]) ?? []);
      ctx.type = 'application/json';
      return;
    }
    const match = ctx.path.match(/^\/__signup\/([^/]+)\/([^/]+)(\/.*)?$/);
    if (!match) return next();
    const [, scenario, key, rest = ''] = match;
    const list = requests.get(key) ?? [];
    requests.set(key, list);
    list.push({ method: ctx.method, path: rest, headers: ctx.headers, body: await readBody(ctx.req), at: Date.now() });
    const [status, body, headers = {}] = await SCENARIOS[scenario](list.length);
    ctx.status = status;
    ctx.set(headers);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(body);
  };
}
