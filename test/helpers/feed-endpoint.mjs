// Meetup feeds for the browser tests, served by the test runner's own server on 127.0.0.1:
// `/__feed/<name>` answers with the named feed, a broken one, or an HTTP error.
import { Readable } from 'node:stream';

const flakyCalls = new Map();

const meetup = (overrides = {}) => ({
  title: 'Atelier corpus ouverts',
  start: '2026-12-10T18:30:00+01:00',
  end: '2026-12-10T21:00:00+01:00',
  timezone: 'Europe/Paris',
  venue: 'Campus Jussieu',
  address: '4 place Jussieu, Paris',
  registrationUrl: 'https://example.org/inscription',
  streamUrl: 'https://example.org/direct',
  ...overrides,
});

const FEEDS = {
  single: () => [200, JSON.stringify(meetup())],
  list: () => [
    200,
    JSON.stringify({
      meetups: [
        meetup({ title: 'Passé ancien', start: '2025-01-10T18:00:00+01:00', end: '2025-01-10T20:00:00+01:00' }),
        meetup({ title: 'Futur lointain', start: '2027-03-10T18:00:00+01:00', end: '2027-03-10T20:00:00+01:00' }),
        meetup({ title: 'Passé récent', start: '2026-06-10T18:00:00+02:00', end: '2026-06-10T20:00:00+02:00' }),
        meetup({ title: 'Futur proche', start: '2026-12-10T18:30:00+01:00', end: '2026-12-10T21:00:00+01:00' }),
      ],
    }),
  ],
  'not-json': () => [200, '{"meetups": [ {"title": "oops", '],
  'wrong-types': () => [
    200,
    JSON.stringify({ meetups: [meetup(), meetup({ start: 20261210, agenda: [{ title: 'x' }] })] }),
  ],
  hostile: () => [
    200,
    JSON.stringify(
      meetup({
        title: '<img src=x onerror="window.__pwned=1">Meetup </script><b>gras</b>',
        venue: '<script>window.__pwned=1</script>',
        registrationUrl: 'javascript:window.__pwned=1',
        streamUrl: 'JaVaScRiPt:window.__pwned=1',
        replayUrl: 'data:text/html,<script>alert(1)</script>',
      }),
    ),
  ],
  huge: () => [
    200,
    JSON.stringify({ meetups: [meetup({ description: 'x'.repeat(2000) })], padding: 'y'.repeat(300_000) }),
  ],
  'not-found': () => [404, '{"error":"not found"}'],
  'server-error': () => [500, 'oops'],
  slow: () => new Promise((resolve) => setTimeout(() => resolve([200, JSON.stringify(meetup())]), 1500)),
  // Streamed without Content-Length: only the size of what is read can stop it.
  'huge-chunked': () => [
    200,
    Readable.from(
      (function* () {
        for (let i = 0; i < 40; i++) yield 'x'.repeat(10_000);
      })(),
    ),
  ],
  // Fails the first time for each ?key=, then works.
  flaky: (key) => {
    flakyCalls.set(key, (flakyCalls.get(key) ?? 0) + 1);
    return flakyCalls.get(key) === 1 ? [500, 'oops'] : [200, JSON.stringify(meetup())];
  },
};

export function feedEndpoint() {
  return async (ctx, next) => {
    const match = ctx.path.match(/^\/__feed\/([\w-]+)$/);
    if (!match || !FEEDS[match[1]]) return next();
    const [status, body] = await FEEDS[match[1]](ctx.query.key);
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = body;
  };
}
