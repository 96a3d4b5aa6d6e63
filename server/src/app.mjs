// The receiver's HTTP side on fastify: the endpoint the widget posts to, the operator's exports and
// personal-data requests, and a health check. Storage is behind `store` (./store/index.mjs).
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController } from 'fastify';
import { csvLines, jsonLines } from './export.mjs';
import { confirmPage, languageOf, page, textsFor } from './optin/messages.mjs';
import { hashToken } from './optin/token.mjs';
import { scrub } from './scrub.mjs';
import { StoreError } from './store/index.mjs';
import { digestOf, emailKey, emailKeyOf, isBot, validateSignup } from './signup.mjs';

const MAX_BODY_BYTES = 16 * 1024;
/** What a 503 asks the widget to wait before its next attempt, in seconds. */
const STORE_RETRY_AFTER = 5;
const SUBSCRIBED = { status: 'subscribed' };
const PENDING_OPTIN = { status: 'pending-optin' };

/** Log serializers that keep personal data out: the route pattern, never the URL, IP or body. */
const serializers = {
  req: (request) => ({ method: request.method, route: request.routeOptions?.url }),
  res: (reply) => ({ status: reply.statusCode }),
  err: (error) => ({
    type: error.name,
    code: error.code ?? error.cause?.code,
    message: scrub(error.message),
    cause: error.cause && scrub(error.cause.message),
  }),
};

/** Fastify's own request lines, replaced by one line per request: method, route, status, time. */
class RequestLog extends LogController {
  incomingRequest() {}

  requestCompleted(error, request, reply) {
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? null, // the pattern, never the URL: no address in a query
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }

  routeNotFound() {}
}

/** The timeouts that keep a slow or stalled client from holding a connection. */
export const DEFAULT_TIMEOUTS = { headersMs: 10_000, requestMs: 20_000, keepAliveMs: 5_000 };

/**
 * Builds the fastify app. Options: store, allowedOrigins, exportToken, rateLimit (per minute per
 * client), trustProxy, logLevel, logStream (where JSON log lines go; stdout by default), timeouts,
 * rateLimitWindowMs (the limit's window: one minute but in tests), relay (whether sign-ups are
 * handed over through the queue: /healthz then reports it), optin (the double opt-in settings:
 * sign-ups then wait for their confirmation link).
 */
export async function buildApp({
  store,
  allowedOrigins = [],
  exportToken = '',
  rateLimit: limit = 20,
  rateLimitWindowMs = 60_000,
  trustProxy = false,
  relay = false,
  optin,
  logLevel = 'info',
  logStream,
  timeouts = DEFAULT_TIMEOUTS,
}) {
  const app = Fastify({
    logger: {
      level: logLevel,
      serializers,
      // A second guard: should a log call ever carry a sign-up or headers, these fields are blanked.
      redact: ['email', '*.email', 'signup', '*.signup', 'headers', '*.headers', 'ip', '*.ip'],
      ...(logStream && { stream: logStream }),
    },
    logController: new RequestLog(),
    trustProxy,
    bodyLimit: MAX_BODY_BYTES,
    serverFactory: (handler) =>
      createServer(
        {
          headersTimeout: timeouts.headersMs,
          requestTimeout: timeouts.requestMs,
          keepAliveTimeout: timeouts.keepAliveMs,
          connectionsCheckingInterval: Math.min(1000, timeouts.headersMs),
        },
        handler,
      ),
  });
  const allowed = new Set(allowedOrigins);

  app.removeContentTypeParser('text/plain'); // JSON only: anything else is a 415
  // A partner page missing from ALLOWED_ORIGINS only sees a network error: say here which origin
  // was refused (an origin is not personal data).
  app.addHook('onRequest', async (request) => {
    const origin = request.headers.origin;
    if (origin && !allowed.has(origin) && request.url.split('?')[0] === '/api/signups')
      request.log.warn({ origin, method: request.method }, 'origin not in ALLOWED_ORIGINS: refused');
  });
  await app.register(cors, {
    origin: (origin, callback) => callback(null, allowed.has(origin)),
    methods: ['POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key'],
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });
  await app.register(rateLimit, {
    global: false,
    cache: 10_000, // clients remembered at once, least recent forgotten first
    // The client's address (behind TRUST_PROXY, the forwarded one); none once it has hung up.
    keyGenerator: (request) => request.ip ?? 'gone',
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error('too many requests'), { statusCode: context.statusCode }),
  });
  const limited = { rateLimit: { max: limit, timeWindow: rateLimitWindowMs } };

  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof StoreError) {
      request.log.error({ err: error }, 'storage unavailable');
      return reply
        .code(503)
        .header('Retry-After', String(STORE_RETRY_AFTER))
        .send({ error: 'storage unavailable, try again shortly' });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'unexpected error');
      return reply.code(500).send({ error: 'internal error' });
    }
    // A client's mistake: a plain answer, and no echo of what was sent (it may hold an address).
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return reply.code(415).send({ error: 'expected application/json' });
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.code(413).header('Connection', 'close').send({ error: 'body too large' });
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError || error.code?.includes('JSON'))
      return reply.code(400).send({ errors: { body: 'not JSON' } });
    return reply.code(status).send({ error: status === 429 ? 'too many requests' : 'bad request' });
  });

  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not found' }));

  /** Requests from a page whose origin is not allowed are refused; servers send no Origin. */
  const fromAllowedOrigin = async (request, reply) => {
    const origin = request.headers.origin;
    if (origin && !allowed.has(origin)) return reply.code(403).send({ error: 'origin not allowed' });
  };

  const expectedToken = exportToken && createHash('sha256').update(`Bearer ${exportToken}`).digest();
  /** The operator's routes: the bearer EXPORT_TOKEN, compared in constant time; closed without one. */
  const requireToken = async (request, reply) => {
    const given = createHash('sha256')
      .update(request.headers.authorization ?? '')
      .digest();
    if (!expectedToken || !timingSafeEqual(given, expectedToken))
      return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'a valid bearer token is required' });
  };

  app.post('/api/signups', { config: limited, onRequest: fromAllowedOrigin }, async (request, reply) => {
    const body = request.body;
    const answer = optin ? PENDING_OPTIN : SUBSCRIBED;
    if (isBot(body)) return reply.code(201).send(answer);
    const { signup, errors } = validateSignup(body);
    if (errors) return reply.code(422).send({ errors });
    const outcome = await store.add({
      submissionId: signup.submissionId,
      receivedAt: new Date().toISOString(),
      emailKey: emailKeyOf(signup.email),
      digest: digestOf(signup),
      signup,
    });
    if (outcome === 'conflict')
      return reply.code(422).send({ errors: { submissionId: 'already used for another sign-up' } });
    if (outcome === 'replayed') reply.header('Idempotent-Replayed', 'true');
    return reply.code(201).send(answer);
  });

  /** `?since=` as an ISO time, '' when absent; undefined when it cannot be read. */
  const sinceOf = (query) => {
    if (query.since === undefined) return '';
    const time = Date.parse(query.since);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  };

  const exporter = (type, filename, lines) => async (request, reply) => {
    const since = sinceOf(request.query);
    if (since === undefined) return reply.code(400).send({ error: 'since must be an ISO 8601 date or time' });
    const first = await store.page({ since }); // a store that is down answers 503 before any byte
    return reply
      .type(type)
      .header('Content-Disposition', `attachment; filename="${filename}"`)
      .header('Cache-Control', 'no-store')
      .send(Readable.from(lines(store, since, first)));
  };

  const operator = { config: limited, onRequest: requireToken };
  app.get('/api/signups.csv', operator, exporter('text/csv; charset=utf-8', 'signups.csv', csvLines));
  app.get('/api/signups.jsonl', operator, exporter('application/jsonl; charset=utf-8', 'signups.jsonl', jsonLines));

  /** The address of an access or erasure request, as the store keys it. */
  const keyOf = (request, reply) => {
    const key = typeof request.query.email === 'string' ? emailKey(request.query.email) : undefined;
    if (!key) reply.code(400).send({ error: 'email must be an e-mail address' });
    return key;
  };

  app.get('/api/signups', operator, async (request, reply) => {
    const key = keyOf(request, reply);
    if (!key) return reply;
    const records = await store.findByEmail(key);
    return reply.header('Cache-Control', 'no-store').send({
      records: records.map(({ submissionId, receivedAt, signup }) => ({ submissionId, receivedAt, signup })),
    });
  });

  app.delete('/api/signups', operator, async (request, reply) => {
    const key = keyOf(request, reply);
    if (!key) return reply;
    const erased = await store.erase(key, new Date().toISOString());
    request.log.info({ event: 'erasure', records: erased }, 'erased the records of one address');
    return reply.send({ erased });
  });

  if (optin) await app.register(confirmationRoutes, { store, limited });

  app.get('/healthz', async (request, reply) => {
    try {
      await store.ping();
      return reply
        .header('Cache-Control', 'no-store')
        .send({ status: 'ok', store: store.engine, ...(relay && { relay: await store.relayStats() }) });
    } catch (error) {
      request.log.error({ err: error }, 'health check failed');
      return reply.code(503).header('Cache-Control', 'no-store').send({ status: 'unavailable', store: store.engine });
    }
  });

  return app;
}

/** How the confirmation pages are served: no script, no style, no referrer (the link holds a token). */
const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * The double opt-in's link: GET shows a button (a mail scanner that follows links confirms
 * nothing), its POST confirms once. In a plugin of its own, the only place that reads forms.
 */
async function confirmationRoutes(app, { store, limited }) {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(body))),
  );
  const invalid = (request, reply) => {
    const locale = languageOf(request.headers['accept-language']);
    const t = textsFor(locale);
    return reply
      .code(410)
      .headers(PAGE_HEADERS)
      .send(page(locale, t.invalid, t.invalidText));
  };
  const tokenOf = (source) => (typeof source?.token === 'string' && source.token.length < 200 ? source.token : '');

  app.get('/api/signups/confirm', { config: limited }, async (request, reply) => {
    const token = tokenOf(request.query);
    const signup = token && (await store.findOptin(hashToken(token), new Date().toISOString()));
    if (!signup) return invalid(request, reply);
    return reply.headers(PAGE_HEADERS).send(confirmPage(signup.locale, token));
  });

  app.post('/api/signups/confirm', { config: limited }, async (request, reply) => {
    const token = tokenOf(request.body);
    const signup = token && (await store.confirmOptin(hashToken(token), new Date().toISOString()));
    if (!signup) return invalid(request, reply);
    request.log.info({ event: 'optin-confirmed' }, 'sign-up confirmed');
    const t = textsFor(signup.locale);
    return reply.headers(PAGE_HEADERS).send(page(signup.locale, t.done, t.doneText));
  });
}
