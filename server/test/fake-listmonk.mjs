// A fake Listmonk for the relay tests, written from Listmonk's source (cmd/handlers.go,
// cmd/subscribers.go, internal/core/subscribers.go, internal/subimporter): the admin routes the
// relay uses, API-user auth (`Authorization: token user:token`, 403 "invalid API credentials"
// otherwise), `{ "data": … }` answers and `{ "message": … }` refusals, addresses kept in lower
// case, 409 "E-mail already exists." for a known address. Faults on demand: the next answers fail
// with a status, or the server stops and starts again on the same port.
import { createServer } from 'node:http';

export async function startFakeListmonk({ user = 'relay', token = 'secret', lists = [1, 2, 3] } = {}) {
  const state = {
    subscribers: [],
    lists: lists.map((id) => ({
      id,
      uuid: `00000000-0000-4000-8000-00000000000${id}`,
      name: `List ${id}`,
      optin: 'double',
    })),
    optins: [],
    requests: [],
    failures: [],
    refuseEmails: new Set(),
  };
  let nextId = 1;

  const send = (response, status, body, headers = {}) => {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    response.end(JSON.stringify(body));
  };

  async function handle(request, response) {
    let text = '';
    for await (const chunk of request) text += chunk;
    const url = new URL(request.url, 'http://listmonk');
    const route = `${request.method} ${url.pathname}`;
    state.requests.push({ route, body: text && JSON.parse(text) });
    if (request.headers.authorization !== `token ${user}:${token}`)
      return send(response, 403, { message: 'invalid API credentials' });
    const failure = state.failures.shift();
    if (failure) return send(response, failure.status, { message: failure.message ?? 'error' }, failure.headers);

    const body = text ? JSON.parse(text) : {};
    if (route === 'GET /api/lists')
      return send(response, 200, { data: { results: state.lists, total: state.lists.length } });
    if (route === 'POST /api/subscribers') {
      const email = String(body.email ?? '').toLowerCase();
      if (!/^[^@\s]+@[^@\s]+$/.test(email) || email.length > 1000)
        return send(response, 400, { message: 'Invalid email.' });
      if (state.refuseEmails.has(email)) return send(response, 400, { message: 'The e-mail domain is blocklisted.' });
      if (state.subscribers.some((s) => s.email === email))
        return send(response, 409, { message: 'E-mail already exists.' });
      const subscriber = {
        id: nextId++,
        email,
        name: body.name || email.split('@')[0],
        status: body.status ?? 'enabled',
        attribs: body.attribs ?? {},
        lists: (body.lists ?? []).map((id) => ({
          id,
          subscription_status: body.preconfirm_subscriptions ? 'confirmed' : 'unconfirmed',
        })),
      };
      state.subscribers.push(subscriber);
      if (!body.preconfirm_subscriptions) state.optins.push(subscriber.id); // Listmonk mails the double opt-in
      return send(response, 200, { data: subscriber });
    }
    if (route === 'GET /api/subscribers') {
      const search = (url.searchParams.get('search') ?? '').toLowerCase();
      const results = state.subscribers.filter(
        (s) => s.email.includes(search) || s.name.toLowerCase().includes(search),
      );
      return send(response, 200, { data: { results, total: results.length, page: 1, per_page: 50 } });
    }
    if (route === 'PUT /api/subscribers/lists') {
      if (!body.ids?.length) return send(response, 400, { message: 'No IDs given.' });
      if (!body.target_list_ids?.length) return send(response, 400, { message: 'No lists given.' });
      if (body.action !== 'add') return send(response, 400, { message: 'Invalid action.' });
      for (const subscriber of state.subscribers.filter((s) => body.ids.includes(s.id)))
        for (const id of body.target_list_ids)
          if (!subscriber.lists.some((list) => list.id === id))
            subscriber.lists.push({ id, subscription_status: body.status ?? 'unconfirmed' });
      return send(response, 200, { data: true });
    }
    const optin = url.pathname.match(/^\/api\/subscribers\/(\d+)\/optin$/);
    if (request.method === 'POST' && optin) {
      state.optins.push(Number(optin[1]));
      return send(response, 200, { data: true });
    }
    const one = url.pathname.match(/^\/api\/subscribers\/(\d+)$/);
    if (request.method === 'PATCH' && one) {
      // Listmonk binds the body over the stored subscriber: JSON objects merge into existing maps.
      const subscriber = state.subscribers.find((s) => s.id === Number(one[1]));
      if (!subscriber) return send(response, 404, { message: 'Subscriber not found.' });
      if (body.attribs) subscriber.attribs = { ...subscriber.attribs, ...body.attribs };
      if (body.name) subscriber.name = body.name;
      return send(response, 200, { data: subscriber });
    }
    if (request.method === 'DELETE' && one) {
      state.subscribers = state.subscribers.filter((s) => s.id !== Number(one[1]));
      return send(response, 200, { data: true });
    }
    return send(response, 404, { message: 'Not found' });
  }

  let server;
  let port = 0;
  const start = () =>
    new Promise((resolve) => {
      server = createServer((request, response) => void handle(request, response));
      server.listen(port, '127.0.0.1', () => {
        port = server.address().port;
        resolve();
      });
    });
  const stop = () =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
  await start();
  return {
    url: `http://127.0.0.1:${port}`,
    user,
    token,
    state,
    /** The next `count` answers fail with `status`. */
    failNext: (count, status, headers = {}) => {
      for (let i = 0; i < count; i++) state.failures.push({ status, headers });
    },
    start,
    stop,
  };
}
