// Pure parts of the receiver: CSV cells and settings.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell } from '../src/export.mjs';
import { ConfigError, readConfig } from '../src/config.mjs';

describe('CSV cells', () => {
  it('quotes every cell and doubles quotes', () => {
    assert.equal(csvCell('Marie "la" Curie'), '"Marie ""la"" Curie"');
    assert.equal(csvCell(undefined), '""');
    assert.equal(csvCell(42), '"42"');
  });

  it('defuses a formula wherever it starts after spaces, control characters or line breaks', () => {
    const formulas = [
      '=1+1',
      '+1',
      '-1',
      '@SUM(A1)',
      ' =1+1',
      '\u00a0=1+1',
      '\u200b=1+1',
      '\t=1+1',
      '\r=1+1',
      '\n=1+1',
      '\u0007=1+1',
      '＝1+1',
      '＋1',
      '－1',
      '＠SUM(A1)',
      '﹦1+1',
      '  \n ＝1',
    ];
    for (const formula of formulas) assert.match(csvCell(formula), /^"'/, JSON.stringify(formula));
  });

  it('turns line breaks into spaces and leaves plain text alone', () => {
    assert.equal(csvCell('Ada\r\nByron\u2028King'), '"Ada Byron King"');
    assert.equal(csvCell('Ada Lovelace'), '"Ada Lovelace"');
    assert.equal(csvCell('a=b'), '"a=b"');
  });
});

describe('settings from the environment', () => {
  it('has defaults', () => {
    const config = readConfig({});
    assert.equal(config.port, 8787);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.dataDir, 'data');
    assert.equal(config.databaseUrl, undefined);
    assert.deepEqual(config.allowedOrigins, []);
    assert.equal(config.rateLimit, 20);
    assert.equal(config.trustProxy, false);
    assert.equal(config.retentionDays, undefined);
  });

  it('reads every variable', () => {
    const config = readConfig({
      PORT: '9000',
      ALLOWED_ORIGINS: 'https://a.example, http://127.0.0.1:8080',
      RATE_LIMIT: '5',
      TRUST_PROXY: '10.0.0.1,10.1.0.0/16',
      RETENTION_DAYS: '365',
      DATABASE_URL: 'postgres://u:p@db.internal:5432/signups',
    });
    assert.equal(config.port, 9000);
    assert.deepEqual(config.allowedOrigins, ['https://a.example', 'http://127.0.0.1:8080']);
    assert.deepEqual(config.trustProxy, ['10.0.0.1', '10.1.0.0/16']);
    assert.equal(readConfig({ TRUST_PROXY: 'true' }).trustProxy, true);
    assert.equal(readConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
    assert.equal(config.retentionDays, 365);
  });

  it('reads the relay and the double opt-in, one at a time', () => {
    const relay = readConfig({
      LISTMONK_URL: 'https://lists.example.org',
      LISTMONK_USER: 'u',
      LISTMONK_TOKEN: 't',
      LISTMONK_LISTS: '3, 7',
    });
    assert.deepEqual(relay.listmonk, { url: 'https://lists.example.org/', user: 'u', token: 't', lists: [3, 7] });
    const mail = {
      SMTP_URL: 'smtps://u:p@mail.example.org',
      MAIL_FROM: 'a@example.org',
      PUBLIC_URL: 'https://s.example.org',
    };
    assert.equal(readConfig(mail).optin.expiryDays, 7);
    const both = {
      ...mail,
      LISTMONK_URL: 'https://x.example',
      LISTMONK_USER: 'u',
      LISTMONK_TOKEN: 't',
      LISTMONK_LISTS: '3',
    };
    assert.throws(() => readConfig(both), /choose one/);
  });

  it('names the wrong variable and what it expects', () => {
    const cases = {
      PORT: ['abc', /PORT must be a whole number/],
      RATE_LIMIT: ['-3', /RATE_LIMIT must be a whole number/],
      RETENTION_DAYS: ['0', /RETENTION_DAYS/],
      ALLOWED_ORIGINS: ['https://a.example/path', /ALLOWED_ORIGINS takes origins/],
      TRUST_PROXY: ['proxy.example', /TRUST_PROXY takes/],
      DATABASE_URL: ['mysql://x', /DATABASE_URL must be a postgres/],
      LOG_LEVEL: ['loud', /LOG_LEVEL must be one of/],
      LISTMONK_URL: ['ftp://lists.example.org', /LISTMONK_URL must be the http\(s\) address/],
      SMTP_URL: ['smtp://mail.example.org', /SMTP_URL needs MAIL_FROM/],
    };
    for (const [name, [value, message]] of Object.entries(cases))
      assert.throws(
        () => readConfig({ [name]: value }),
        (error) => error instanceof ConfigError && message.test(error.message),
      );
  });
});
