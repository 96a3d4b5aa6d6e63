// The receiver's settings, read from the environment once, each checked with a message that says
// which variable is wrong and what it expects.
import { isIP } from 'node:net';

export class ConfigError extends Error {
  name = 'ConfigError';
}

const positiveInteger = (name, text, fallback) => {
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new ConfigError(`${name} must be a whole number above 0 (got ${JSON.stringify(text)})`);
  return Number(text);
};

const list = (text = '') =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function origins(text) {
  return list(text).map((origin) => {
    const url = URL.parse(origin);
    if (!url || url.origin !== origin)
      throw new ConfigError(
        `ALLOWED_ORIGINS takes origins such as https://partner.example, without path or slash (got ${JSON.stringify(origin)})`,
      );
    return origin;
  });
}

/**
 * TRUST_PROXY: unset or `false` (the default: the client is the socket's peer), `true` (trust every
 * X-Forwarded-For hop), a number of proxy hops, or a comma-separated list of proxy addresses/CIDRs.
 */
function trustProxy(text) {
  if (text === undefined || text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  const proxies = list(text);
  for (const proxy of proxies) {
    const [address, bits, extra] = proxy.split('/');
    if (!isIP(address) || extra !== undefined || (bits !== undefined && !/^\d{1,3}$/.test(bits)))
      throw new ConfigError(
        `TRUST_PROXY takes true, false, a number of hops, or proxy addresses such as 10.0.0.1,10.1.0.0/16 (got ${JSON.stringify(proxy)})`,
      );
  }
  return proxies;
}

function databaseUrl(text) {
  if (!text) return undefined;
  const url = URL.parse(text);
  if (!url || !['postgres:', 'postgresql:'].includes(url.protocol))
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  return text;
}

/**
 * The Listmonk relay: LISTMONK_URL with LISTMONK_USER and LISTMONK_TOKEN (an API user of Listmonk)
 * and LISTMONK_LISTS (the IDs of the lists to subscribe people to). Undefined without LISTMONK_URL.
 */
function listmonk(env) {
  if (!env.LISTMONK_URL) return undefined;
  const url = URL.parse(env.LISTMONK_URL);
  if (!url || !['http:', 'https:'].includes(url.protocol))
    throw new ConfigError('LISTMONK_URL must be the http(s) address of Listmonk, such as https://lists.example.org');
  if (!env.LISTMONK_USER || !env.LISTMONK_TOKEN || !env.LISTMONK_LISTS)
    throw new ConfigError('LISTMONK_URL needs LISTMONK_USER, LISTMONK_TOKEN and LISTMONK_LISTS as well');
  const lists = list(env.LISTMONK_LISTS);
  if (!lists.every((id) => /^\d+$/.test(id) && Number(id) > 0))
    throw new ConfigError(
      `LISTMONK_LISTS takes list IDs, comma-separated, such as 3,7 (got ${JSON.stringify(env.LISTMONK_LISTS)})`,
    );
  return { url: url.href, user: env.LISTMONK_USER, token: env.LISTMONK_TOKEN, lists: lists.map(Number) };
}

/**
 * The double opt-in without Listmonk: SMTP_URL (nodemailer's `smtp://user:password@host:587`),
 * MAIL_FROM, PUBLIC_URL (the receiver's public address, for the link) and OPTIN_EXPIRY_DAYS.
 */
function optin(env) {
  if (!env.SMTP_URL) return undefined;
  if (env.LISTMONK_URL)
    throw new ConfigError('SMTP_URL and LISTMONK_URL: choose one (Listmonk sends its own double opt-in e-mails)');
  const smtp = URL.parse(env.SMTP_URL);
  if (!smtp || !['smtp:', 'smtps:'].includes(smtp.protocol))
    throw new ConfigError(
      'SMTP_URL must be an smtp:// or smtps:// URL, such as smtps://user:password@mail.example.org',
    );
  if (!env.MAIL_FROM || !env.PUBLIC_URL)
    throw new ConfigError(
      'SMTP_URL needs MAIL_FROM (the sender) and PUBLIC_URL (the address of this receiver) as well',
    );
  const publicUrl = URL.parse(env.PUBLIC_URL);
  if (!publicUrl || !['http:', 'https:'].includes(publicUrl.protocol))
    throw new ConfigError('PUBLIC_URL must be the http(s) address where people reach this receiver');
  return {
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    publicUrl: publicUrl.href,
    expiryDays: positiveInteger('OPTIN_EXPIRY_DAYS', env.OPTIN_EXPIRY_DAYS, 7),
  };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function logLevel(text) {
  if (!text) return 'info';
  if (!LOG_LEVELS.includes(text)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return text;
}

/** The settings from `env`; throws a ConfigError naming the first wrong variable. */
export function readConfig(env = process.env) {
  return {
    port: env.PORT === '0' ? 0 : positiveInteger('PORT', env.PORT, 8787),
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR || 'data',
    databaseUrl: databaseUrl(env.DATABASE_URL),
    allowedOrigins: origins(env.ALLOWED_ORIGINS),
    exportToken: env.EXPORT_TOKEN ?? '',
    rateLimit: positiveInteger('RATE_LIMIT', env.RATE_LIMIT, 20),
    trustProxy: trustProxy(env.TRUST_PROXY),
    retentionDays: positiveInteger('RETENTION_DAYS', env.RETENTION_DAYS, undefined),
    logLevel: logLevel(env.LOG_LEVEL),
    listmonk: listmonk(env),
    optin: optin(env),
  };
}
