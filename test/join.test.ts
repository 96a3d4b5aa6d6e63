import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/join/define.js';
import type { OpenLlmJoin, JoinState } from '../src/join/join.js';
import type { JoinErrorEvent, JoinQueuedEvent, JoinSuccessEvent } from '../src/join/events.js';
import { SignupSchema, type Signup } from '../src/contracts/index.js';
import { readOutbox } from '../src/join/delivery/outbox.js';
import { CLIENT_VERSION } from '../src/core/version.js';
import { captureWarnings, setPageLanguage } from './helpers/locale.js';
import { eventually } from './helpers/dom.js';

interface Recorded {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  at: number;
}

let keys = 0;
const newKey = () => `t${Date.now()}-${keys++}`;
const endpoint = (scenario: string, key: string) => `${location.origin}/__signup/${scenario}/${key}`;
const recorded = async (key: string): Promise<Recorded[]> => (await fetch(`/__signup-log/${key}`)).json();
/** Fast retries so the fault tests take a second, not a minute. */
const FAST = { baseDelayMs: 5, maxDelayMs: 10, maxAttempts: 3 };

const $ = <T extends Element = HTMLElement>(el: OpenLlmJoin, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const input = (el: OpenLlmJoin, name: string) => $<HTMLInputElement>(el, `[name="${name}"]`)!;

function fill(
  el: OpenLlmJoin,
  values: { email?: string; name?: string; profile?: string; organization?: string; consent?: boolean },
) {
  const { consent = true, ...fields } = { email: 'ada@example.org', ...values };
  for (const [name, value] of Object.entries(fields)) {
    const control = input(el, name);
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  input(el, 'consent').checked = consent;
}

const submit = (el: OpenLlmJoin) => $<HTMLButtonElement>(el, '[part~="submit"]')!.click();

async function until(el: OpenLlmJoin, state: JoinState) {
  await eventually(() => el.state === state, `the state stayed ${el.state}, expected ${state}`);
  await el.updateComplete;
}

async function join(attributes: { scenario?: string; key?: string; extra?: Partial<OpenLlmJoin> } = {}) {
  const key = attributes.key ?? newKey();
  const el = await fixture<OpenLlmJoin>(
    html`<openllm-join endpoint=${attributes.scenario ? endpoint(attributes.scenario, key) : ''}></openllm-join>`,
  );
  el.deliveryOptions = FAST;
  Object.assign(el, attributes.extra);
  await el.updateComplete;
  return { el, key };
}

/** Submits and returns the payload announced by openllm-join-submit. */
async function submitAndCapture(el: OpenLlmJoin): Promise<Signup> {
  const event = oneEvent(el, 'openllm-join-submit');
  submit(el);
  return (await event).detail;
}

describe('<openllm-join>', () => {
  afterEach(async () => {
    localStorage.clear();
    await setPageLanguage('fr');
  });

  describe('defaults and fields', () => {
    it('shows e-mail, name, profile, organisation and an unticked consent', async () => {
      const { el } = await join();
      expect(el.state).to.equal('editing');
      expect(el.adapter).to.equal('json');
      for (const name of ['email', 'name', 'profile', 'organization', 'consent'])
        expect(input(el, name), name).to.exist;
      expect(input(el, 'consent').checked).to.equal(false);
      expect($(el, 'label[for="consent"]')!.textContent).to.contain('contacté·e par OpenLLM France');
      const options = [...el.shadowRoot!.querySelectorAll('option')].map((option) => option.value);
      expect(options).to.deep.equal([
        '',
        'researcher',
        'developer',
        'language-specialist',
        'user',
        'curious',
        'organization',
      ]);
    });

    it('shows only the listed optional fields', async () => {
      const el = await fixture<OpenLlmJoin>(html`<openllm-join fields=""></openllm-join>`);
      expect(input(el, 'name')).to.equal(null);
      expect(input(el, 'profile')).to.equal(null);
      expect(input(el, 'organization')).to.equal(null);
      expect(input(el, 'email')).to.exist;
      el.fields = 'profile';
      await el.updateComplete;
      expect(input(el, 'profile')).to.exist;
      expect(input(el, 'name')).to.equal(null);
    });

    it('warns about unknown fields', async () => {
      const warnings = await captureWarnings(() => fixture(html`<openllm-join fields="name phone"></openllm-join>`));
      expect(warnings.join('\n')).to.contain('unknown phone');
    });

    it('links the privacy notice when privacy-url is safe', async () => {
      const el = await fixture<OpenLlmJoin>(html`<openllm-join privacy-url="/confidentialite"></openllm-join>`);
      expect($(el, 'a.privacy')!.getAttribute('href')).to.equal(new URL('/confidentialite', location.href).href);
      const warnings = await captureWarnings(async () => {
        el.privacyUrl = 'javascript:alert(1)';
        await el.updateComplete;
      });
      expect($(el, 'a.privacy')).to.equal(null);
      expect(warnings.join('\n')).to.contain('privacy-url');
    });
  });

  describe('field rules', () => {
    for (const bad of ['foo@bar', 'a@b@c.fr', '@x.fr', 'ada lovelace@example.org', 'ada@exa mple.org', '']) {
      it(`refuses the e-mail "${bad}" and focuses it`, async () => {
        const { el, key } = await join({ scenario: 'ok' });
        fill(el, { email: bad });
        submit(el);
        await until(el, 'invalid');
        expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
        expect($(el, '#email-error')!.textContent).to.match(bad ? /n’est pas valide/ : /Indiquez votre adresse/);
        expect(el.shadowRoot!.activeElement).to.equal(input(el, 'email'));
        expect(await recorded(key)).to.have.length(0);
      });
    }

    it('accepts a Unicode address, trims it and lower-cases its domain', async () => {
      const { el } = await join({ scenario: 'ok' });
      fill(el, { email: '  prénom.nom+tag@EXÄMPLE.fr ' });
      const signup = await submitAndCapture(el);
      expect(signup.email).to.equal('prénom.nom+tag@exämple.fr');
    });

    it('limits name and organisation to 200 characters', async () => {
      const { el } = await join({ scenario: 'ok' });
      expect(input(el, 'name').maxLength).to.equal(200);
      fill(el, { name: 'n'.repeat(201), organization: 'o'.repeat(201) });
      submit(el);
      await until(el, 'invalid');
      expect($(el, '#name-error')!.textContent).to.contain('200');
      expect($(el, '#organization-error')!.textContent).to.contain('200');
      expect(el.shadowRoot!.activeElement).to.equal(input(el, 'name'));
    });

    it('requires consent, then announces how many fields to fix', async () => {
      const { el } = await join({ scenario: 'ok' });
      fill(el, { email: 'x', consent: false });
      submit(el);
      await until(el, 'invalid');
      expect($(el, '#consent-error')!.hidden).to.equal(false);
      // Each message sits with its field: the consent error right under the checkbox's label.
      expect($(el, '#consent-error')!.previousElementSibling).to.equal($(el, 'label[for="consent"]'));
      // One error style: a red border, and the focus ring turns red too (no blue ring on a red border).
      const email = getComputedStyle(input(el, 'email'));
      expect(email.borderColor).to.equal('rgb(180, 35, 24)');
      expect(email.outlineColor).to.equal('rgb(180, 35, 24)');
      expect($(el, '[aria-live="polite"]')!.textContent).to.contain('2 champs à corriger');
      input(el, 'email').value = 'ok@example.org';
      input(el, 'email').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect($(el, '#email-error')!.hidden).to.equal(true);
    });

    it('builds the whole payload, valid against SignupSchema', async () => {
      const el = await fixture<OpenLlmJoin>(
        html`<openllm-join
          endpoint=${endpoint('ok', newKey())}
          source="partenaire-x"
          notice-version="2026-11"
        ></openllm-join>`,
      );
      const consentLabel = $(el, 'label[for="consent"]')!.textContent!.trim();
      fill(el, { name: ' Ada ', profile: 'researcher', organization: 'CNRS' });
      const signup = await submitAndCapture(el);
      const { safeParse } = await import('zod/mini');
      expect(safeParse(SignupSchema, signup).success).to.equal(true);
      expect(signup.submissionId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(signup).to.deep.include({
        email: 'ada@example.org',
        name: 'Ada',
        profile: 'researcher',
        organization: 'CNRS',
        locale: 'fr',
      });
      expect(signup.consent.given).to.equal(true);
      expect(signup.consent.text).to.equal(consentLabel);
      expect(signup.consent.noticeVersion).to.equal('2026-11');
      expect(Date.now() - Date.parse(signup.consent.at)).to.be.lessThan(5000);
      expect(signup.source).to.deep.equal({ page: location.origin + location.pathname, tag: 'partenaire-x' });
      expect(signup.elapsedMs).to.be.a('number').and.to.be.at.least(0);
      expect(signup.client).to.deep.equal({ name: '@openllm-france/widgets', version: CLIENT_VERSION });
    });

    it('leaves empty optional fields out of the payload', async () => {
      const { el } = await join({ scenario: 'ok' });
      fill(el, {});
      const signup = await submitAndCapture(el);
      expect(signup).to.not.have.any.keys('name', 'profile', 'organization');
    });
  });

  describe('adapters send the exact request', () => {
    it('json: POST with the payload, a quoted Idempotency-Key and no cookie', async () => {
      document.cookie = 'partner-session=secret; path=/';
      const { el, key } = await join({ scenario: 'ok' });
      fill(el, { name: 'Ada' });
      const signup = await submitAndCapture(el);
      await until(el, 'success');
      const [request] = await recorded(key);
      expect(request.method).to.equal('POST');
      expect(request.headers['content-type']).to.equal('application/json');
      expect(request.headers['idempotency-key']).to.equal(`"${signup.submissionId}"`);
      expect(request.headers.cookie).to.equal(undefined);
      expect(JSON.parse(request.body)).to.deep.equal(signup);
      document.cookie = 'partner-session=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    });

    it('form: the same fields, form-encoded with dotted names', async () => {
      const key = newKey();
      const el = await fixture<OpenLlmJoin>(
        html`<openllm-join adapter="form" endpoint=${endpoint('ok', key)} source="tag"></openllm-join>`,
      );
      fill(el, { name: 'Ada', profile: 'curious' });
      const signup = await submitAndCapture(el);
      await until(el, 'success');
      const [request] = await recorded(key);
      expect(request.headers['content-type']).to.contain('application/x-www-form-urlencoded');
      expect(request.headers['idempotency-key']).to.equal(undefined);
      const form = Object.fromEntries(new URLSearchParams(request.body));
      expect(form).to.deep.equal({
        submissionId: signup.submissionId,
        email: 'ada@example.org',
        name: 'Ada',
        profile: 'curious',
        locale: 'fr',
        'consent.given': 'true',
        'consent.at': signup.consent.at,
        'consent.text': signup.consent.text,
        'consent.noticeVersion': '1',
        'source.page': signup.source.page,
        'source.tag': 'tag',
        elapsedMs: String(signup.elapsedMs),
        'client.name': '@openllm-france/widgets',
        'client.version': CLIENT_VERSION,
      });
    });

    it('listmonk: POST {endpoint}/api/public/subscription, then asks to confirm by e-mail', async () => {
      const key = newKey();
      const el = await fixture<OpenLlmJoin>(
        html`<openllm-join
          adapter="listmonk"
          endpoint=${endpoint('listmonk', key) + '/'}
          lists="6b0e6a4e-3a8e-4d8c-9f5e-2b4c7d9e1a01, 0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9"
        ></openllm-join>`,
      );
      fill(el, { name: 'Ada' });
      setTimeout(() => submit(el));
      const success = (await oneEvent(el, 'openllm-join-success')) as JoinSuccessEvent;
      expect(success.detail.status).to.equal('pending-optin');
      expect(el.state).to.equal('pending-optin');
      const [request] = await recorded(key);
      expect(request.path).to.equal('/api/public/subscription');
      expect(JSON.parse(request.body)).to.deep.equal({
        email: 'ada@example.org',
        name: 'Ada',
        list_uuids: ['6b0e6a4e-3a8e-4d8c-9f5e-2b4c7d9e1a01', '0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9'],
      });
    });
  });

  describe('answers and faults against a real endpoint', () => {
    it('a redirect is reported, not followed (it would turn the POST into a GET)', async () => {
      const { el, key } = await join({ scenario: 'redirect' });
      fill(el, {});
      const warnings = await captureWarnings(async () => {
        submit(el);
        await until(el, 'error');
      });
      expect(warnings.join('\n')).to.contain('answers with a redirect');
      expect(await recorded(key)).to.have.length(1);
      expect(await recorded('redirected')).to.have.length(0);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="retry"]'));
    });

    it('2xx: shows success and fires openllm-join-success', async () => {
      const { el } = await join({ scenario: 'ok' });
      fill(el, {});
      setTimeout(() => submit(el));
      const event = (await oneEvent(el, 'openllm-join-success')) as JoinSuccessEvent;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.have.keys('submissionId', 'status');
      expect(event.detail.status).to.equal('subscribed');
      await el.updateComplete;
      expect($(el, '[part~="panel"]')!.textContent).to.contain('Merci');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="panel"]'));
    });

    it('keeps its height from the form to the message, so the page below does not move', async () => {
      const { el } = await join({ scenario: 'ok' });
      const base = $(el, '[part~="base"]')!;
      const before = base.getBoundingClientRect().height;
      fill(el, {});
      submit(el);
      await until(el, 'success');
      expect(base.getBoundingClientRect().height).to.be.closeTo(before, 1);
      // Back to a form (the same element, reused), the card takes the form's own height again.
      el.endpoint = 'ftp://example.org';
      await captureWarnings(() => el.updateComplete);
      expect(base.style.minBlockSize).to.equal('');
    });

    it('{"status":"pending-optin"}: shows the confirm-by-mail state', async () => {
      const { el } = await join({ scenario: 'optin' });
      fill(el, {});
      submit(el);
      await until(el, 'pending-optin');
      expect($(el, '[part~="panel"]')!.textContent).to.contain('boîte mail');
    });

    it('500 then 201: retried with the same submissionId', async () => {
      const { el, key } = await join({ scenario: 'fail-then-ok' });
      fill(el, {});
      submit(el);
      await until(el, 'success');
      const requests = await recorded(key);
      expect(requests).to.have.length(2);
      expect(JSON.parse(requests[0].body).submissionId).to.equal(JSON.parse(requests[1].body).submissionId);
    });

    // The waits themselves (seconds, HTTP dates, caps, the deadline) are checked with a fake clock in
    // delivery.test.ts; here, once, the real thing end to end: one second.
    it('503 with Retry-After in seconds: waits that long before retrying', async () => {
      const { el, key } = await join({ scenario: 'retry-after-seconds' });
      fill(el, {});
      submit(el);
      await until(el, 'success');
      const [first, second] = await recorded(key);
      expect(second.at - first.at).to.be.at.least(950);
    });

    it('a Retry-After beyond the cap stops retrying and queues the sign-up', async () => {
      const { el, key } = await join({ scenario: 'retry-after-too-long' });
      fill(el, {});
      submit(el);
      await until(el, 'queued');
      expect(await recorded(key)).to.have.length(1);
    });

    it('a hang past the timeout: retried, then queued with reason timeout', async () => {
      const { el, key } = await join({ scenario: 'hang', extra: { timeout: 200 } });
      el.deliveryOptions = { ...FAST, maxAttempts: 2 };
      fill(el, {});
      setTimeout(() => submit(el));
      await until(el, 'sending');
      expect($(el, '[part~="submit"]')!.hasAttribute('disabled')).to.equal(true);
      expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[aria-live="polite"]')!.textContent).to.contain('Envoi');
      const queued = (await oneEvent(el, 'openllm-join-queued')) as JoinQueuedEvent;
      expect(queued.detail.reason).to.equal('timeout');
      expect(await recorded(key)).to.have.length(2);
      expect(readOutbox().map((entry) => entry.signup.submissionId)).to.deep.equal([queued.detail.submissionId]);
      await el.updateComplete;
      expect($(el, '[part~="panel"]')!.textContent).to.contain('enregistrée sur cet appareil');
    });

    it('connection refused: queued with reason network', async () => {
      const el = await fixture<OpenLlmJoin>(html`<openllm-join endpoint="http://127.0.0.1:9/signups"></openllm-join>`);
      el.deliveryOptions = FAST;
      fill(el, {});
      setTimeout(() => submit(el));
      const queued = (await oneEvent(el, 'openllm-join-queued')) as JoinQueuedEvent;
      expect(queued.detail.reason).to.equal('network');
      expect(readOutbox()).to.have.length(1);
    });

    it('the sending code cannot load (offline before first use): the sign-up waits in the outbox, then goes', async () => {
      const { el, key } = await join({ scenario: 'ok' });
      const sender = (el as unknown as { sender: { load: () => Promise<unknown> } }).sender;
      const load = sender.load.bind(sender);
      sender.load = () => Promise.reject(new Error('offline'));
      fill(el, {});
      setTimeout(() => submit(el));
      const queued = (await oneEvent(el, 'openllm-join-queued')) as JoinQueuedEvent;
      expect(queued.detail.reason).to.equal('network');
      await until(el, 'queued');
      expect(readOutbox().map((entry) => entry.signup.submissionId)).to.deep.equal([queued.detail.submissionId]);
      // Back online: the form's replay loads the sending code and delivers it, once.
      sender.load = load;
      window.dispatchEvent(new Event('online'));
      await until(el, 'success');
      expect(await recorded(key)).to.have.length(1);
      expect(readOutbox()).to.deep.equal([]);
    });

    it('stops retrying at the deadline, so the person is not kept waiting', async () => {
      const { el, key } = await join({
        scenario: 'retry-after-seconds',
        extra: { deliveryOptions: { ...FAST, deadlineMs: 500 } },
      });
      fill(el, {});
      submit(el);
      await until(el, 'queued');
      expect(await recorded(key)).to.have.length(1); // a 1 s Retry-After would pass the 0.5 s deadline
    });

    it('503 every time: a bounded number of attempts, then queued', async () => {
      const { el, key } = await join({ scenario: 'down' });
      fill(el, {});
      submit(el);
      await until(el, 'queued');
      expect(await recorded(key)).to.have.length(FAST.maxAttempts);
    });

    it('422 with field errors: not retried, messages on the fields', async () => {
      const { el, key } = await join({ scenario: 'field-errors' });
      fill(el, {});
      setTimeout(() => submit(el));
      const error = (await oneEvent(el, 'openllm-join-error')) as JoinErrorEvent;
      expect(error.detail).to.include({ status: 422, reason: 'rejected' });
      await el.updateComplete;
      expect(el.state).to.equal('invalid');
      expect($(el, '#email-error')!.textContent).to.equal('Adresse déjà inscrite');
      expect($(el, '#name-error')!.hidden).to.equal(true);
      expect(await recorded(key)).to.have.length(1);
      expect(readOutbox()).to.have.length(0);
    });

    it('400 without field errors: a general error, not retried', async () => {
      const { el, key } = await join({ scenario: 'bad-request' });
      fill(el, {});
      submit(el);
      await until(el, 'error');
      expect($(el, '[part~="alert"]')!.textContent).to.contain('refusé');
      expect(await recorded(key)).to.have.length(1);
    });

    it('404: a refusal, shown without a retry button', async () => {
      const { el, key } = await join({ scenario: 'not-found' });
      fill(el, {});
      setTimeout(() => submit(el));
      const error = (await oneEvent(el, 'openllm-join-error')) as JoinErrorEvent;
      expect(error.detail).to.include({ status: 404, reason: 'rejected' });
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect($(el, '[part~="retry"]')).to.equal(null);
      expect($(el, '[part~="alert-detail"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="submit"]'));
      expect(await recorded(key)).to.have.length(1);
    });

    for (const [scenario, message] of [
      ['listmonk-invalid-email', 'Invalid email.'],
      ['listmonk-blocklisted', 'The e-mail domain is blocklisted.'],
      ['listmonk-no-lists', 'No valid lists selected to subscribe.'],
      ['listmonk-disabled', 'That feature is not available.'],
    ]) {
      it(`shows Listmonk's own reason for a refusal, as text, and does not offer to retry: ${message}`, async () => {
        const key = newKey();
        const el = await fixture<OpenLlmJoin>(
          html`<openllm-join
            adapter="listmonk"
            endpoint=${endpoint(scenario, key)}
            lists="6b0e6a4e-3a8e-4d8c-9f5e-2b4c7d9e1a01"
          ></openllm-join>`,
        );
        el.deliveryOptions = FAST;
        fill(el, {});
        submit(el);
        await until(el, 'error');
        expect($(el, '[part~="alert-detail"]')!.textContent).to.equal(message);
        expect($(el, '[part~="retry"]')).to.equal(null);
        const requests = await recorded(key);
        expect(requests).to.have.length(1);
        expect(requests[0].path).to.equal('/api/public/subscription');
        await expect(el).to.be.accessible();
      });
    }

    it('a cross-origin endpoint that never answers while online: the console names CORS and the origin to allow', async () => {
      // localhost is another origin than the page's 127.0.0.1, and the endpoint sends no CORS headers.
      const key = newKey();
      const crossOrigin = endpoint('ok', key).replace('127.0.0.1', 'localhost');
      const el = await fixture<OpenLlmJoin>(html`<openllm-join endpoint=${crossOrigin}></openllm-join>`);
      el.deliveryOptions = { ...FAST, maxAttempts: 1 };
      fill(el, {});
      const warnings = await captureWarnings(async () => {
        submit(el);
        await until(el, 'queued');
      });
      const text = warnings.join('\n');
      expect(text).to.contain(
        `no answer from ${crossOrigin} while online: if CORS is refused, allow ${location.origin}`,
      );
      localStorage.removeItem('openllm-join-outbox');
    });

    it("shows an RFC 9457 problem's detail", async () => {
      const { el } = await join({ scenario: 'problem' });
      fill(el, {});
      submit(el);
      await until(el, 'error');
      expect($(el, '[part~="alert-detail"]')!.textContent).to.equal('Sign-ups from this site are closed.');
    });
  });

  describe('outbox', () => {
    it('delivers a queued sign-up on the next load, exactly once, then forgets it', async () => {
      const key = newKey();
      // First visit: the endpoint is down.
      const first = await fixture<OpenLlmJoin>(html`<openllm-join endpoint=${endpoint('down', key)}></openllm-join>`);
      first.deliveryOptions = { ...FAST, maxAttempts: 1 };
      fill(first, {});
      submit(first);
      await until(first, 'queued');
      const [entry] = readOutbox();
      expect(localStorage.getItem('openllm-join-outbox')).to.contain('ada@example.org');
      // Next page load: the service is back (the stored entry points at a working endpoint).
      entry.target.endpoint = endpoint('ok', key);
      localStorage.setItem('openllm-join-outbox', JSON.stringify([entry]));
      first.remove();
      await fixture(html`<openllm-join></openllm-join>`);
      await fixture(html`<openllm-join></openllm-join>`); // a second element on the page must not send it again
      await eventually(() => localStorage.getItem('openllm-join-outbox') === null, 'outbox not emptied');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const delivered = (await recorded(key)).filter((request) => request.body.includes(entry.signup.submissionId));
      expect(delivered).to.have.length(2); // the failed first attempt, then the single replay
    });

    it('delivers when the browser comes back online and tells the waiting form', async () => {
      const { el, key } = await join({ scenario: 'down' });
      el.deliveryOptions = { ...FAST, maxAttempts: 1 };
      fill(el, {});
      submit(el);
      await until(el, 'queued');
      const [entry] = readOutbox();
      entry.target.endpoint = endpoint('ok', key);
      localStorage.setItem('openllm-join-outbox', JSON.stringify([entry]));
      setTimeout(() => window.dispatchEvent(new Event('online')));
      const success = (await oneEvent(el, 'openllm-join-success')) as JoinSuccessEvent;
      expect(success.detail.submissionId).to.equal(entry.signup.submissionId);
      await until(el, 'success');
      expect(localStorage.getItem('openllm-join-outbox')).to.equal(null);
    });

    it('brings the form back, filled in, when a queued sign-up is refused on replay', async () => {
      const { el, key } = await join({ scenario: 'down' });
      el.deliveryOptions = { ...FAST, maxAttempts: 1 };
      fill(el, { name: 'Ada' });
      submit(el);
      await until(el, 'queued');
      const [entry] = readOutbox();
      entry.target.endpoint = endpoint('field-errors', key);
      localStorage.setItem('openllm-join-outbox', JSON.stringify([entry]));
      window.dispatchEvent(new Event('online'));
      await until(el, 'invalid');
      await el.updateComplete;
      expect(input(el, 'email').value).to.equal('ada@example.org');
      expect(input(el, 'name').value).to.equal('Ada');
      expect($(el, '#email-error')!.textContent).to.equal('Adresse déjà inscrite');
      expect(readOutbox()).to.have.length(0);
    });

    it('forgets expired entries and never trusts a stored endpoint that is not allowed', async () => {
      const { el } = await join({ scenario: 'down' });
      el.deliveryOptions = { ...FAST, maxAttempts: 1 };
      fill(el, {});
      submit(el);
      await until(el, 'queued');
      const [entry] = readOutbox();
      const old = { ...entry, queuedAt: new Date(Date.now() - 31 * 24 * 3600 * 1000).toISOString() };
      const hostile = { ...entry, target: { ...entry.target, endpoint: 'javascript:alert(1)' } };
      localStorage.setItem('openllm-join-outbox', JSON.stringify([old, hostile]));
      expect(readOutbox()).to.deep.equal([]);
      expect(localStorage.getItem('openllm-join-outbox')).to.equal(null);
    });

    it('drops unreadable outbox content without breaking', async () => {
      localStorage.setItem('openllm-join-outbox', '{not json');
      const el = await fixture<OpenLlmJoin>(html`<openllm-join></openllm-join>`);
      expect(el.state).to.equal('editing');
      expect(readOutbox()).to.deep.equal([]);
    });

    it('without storage, an undeliverable sign-up shows an error with a retry button and throws nothing', async () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const { el } = await join({ scenario: 'down' });
        fill(el, {});
        setTimeout(() => submit(el));
        const error = (await oneEvent(el, 'openllm-join-error')) as JoinErrorEvent;
        expect(error.detail).to.include({ status: 503, reason: 'http' });
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect($(el, '[part~="retry"]')).to.exist;
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });
  });

  describe('submitting', () => {
    it('a double click or a repeated Enter sends one request', async () => {
      const { el, key } = await join({ scenario: 'slow' });
      fill(el, {});
      input(el, 'email').focus();
      await sendKeys({ press: 'Enter' });
      submit(el);
      submit(el);
      await sendKeys({ press: 'Enter' });
      expect(el.state).to.equal('sending');
      await until(el, 'success');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await recorded(key)).to.have.length(1);
    });

    it('submits with Enter from a field', async () => {
      const { el } = await join({ scenario: 'ok' });
      fill(el, {});
      input(el, 'email').focus();
      await sendKeys({ press: 'Enter' });
      await until(el, 'success');
    });

    it('a filled honeypot shows success and sends nothing', async () => {
      const { el, key } = await join({ scenario: 'ok' });
      fill(el, {});
      input(el, 'website').value = 'http://spam.example';
      expect($(el, '.honeypot')!.getAttribute('aria-hidden')).to.equal('true');
      expect(input(el, 'website').tabIndex).to.equal(-1);
      let events = 0;
      el.addEventListener('openllm-join-submit', () => events++);
      submit(el);
      await until(el, 'success');
      expect(events).to.equal(0);
      expect(await recorded(key)).to.have.length(0);
    });

    it('a cancelled openllm-join-submit sends nothing', async () => {
      const { el, key } = await join({ scenario: 'ok' });
      el.addEventListener('openllm-join-submit', (event) => event.preventDefault());
      fill(el, {});
      submit(el);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(el.state).to.equal('editing');
      expect(await recorded(key)).to.have.length(0);
    });

    it('never submits a host page form around it', async () => {
      const key = newKey();
      const outer = await fixture<HTMLFormElement>(
        html`<form action="/nowhere">
          <openllm-join endpoint=${endpoint('ok', key)}></openllm-join><button>outer</button>
        </form>`,
      );
      let outerSubmits = 0;
      outer.addEventListener('submit', (event) => {
        outerSubmits++;
        event.preventDefault();
      });
      const el = outer.querySelector('openllm-join')!;
      await el.updateComplete;
      fill(el, {});
      input(el, 'email').focus();
      await sendKeys({ press: 'Enter' });
      await until(el, 'success');
      expect(outerSubmits).to.equal(0);
    });

    it('without endpoint, says so and opens a prefilled e-mail to the community', async () => {
      const el = await fixture<OpenLlmJoin>(html`<openllm-join></openllm-join>`);
      expect($(el, '[part~="notice"]')!.textContent).to.contain('contact@openllm-france.fr');
      fill(el, { name: 'Ada' });
      const opened = new Promise<string>((resolve) =>
        el.shadowRoot!.addEventListener('click', (event) => {
          const link = event.target as HTMLAnchorElement;
          if (link.matches('[part~="mailto-link"]')) {
            event.preventDefault();
            resolve(link.href);
          }
        }),
      );
      submit(el);
      const href = await opened;
      expect(href).to.match(/^mailto:contact@openllm-france\.fr\?subject=/);
      expect(decodeURIComponent(href)).to.contain('Adresse e-mail : ada@example.org').and.to.contain('Nom : Ada');
      expect(el.state).to.equal('mailto');
    });

    it('uses the page-set submit-label and success-message', async () => {
      const el = await fixture<OpenLlmJoin>(
        html`<openllm-join
          endpoint=${endpoint('ok', newKey())}
          submit-label="Je signe"
          success-message="Bravo !"
        ></openllm-join>`,
      );
      expect($(el, '[part~="submit"]')!.textContent!.trim()).to.equal('Je signe');
      fill(el, {});
      submit(el);
      await until(el, 'success');
      expect($(el, '[part~="panel"]')!.textContent!.trim()).to.equal('Bravo !');
    });
  });

  describe('bad configuration', () => {
    for (const bad of [
      'ftp://example.org/signups',
      'http://example.org/signups',
      'javascript:alert(1)',
      'http://[bad',
      'data:text/plain,x',
    ]) {
      it(`endpoint="${bad}" shows a configuration error and sends nothing`, async () => {
        let el!: OpenLlmJoin;
        const warnings = await captureWarnings(async () => {
          el = await fixture<OpenLlmJoin>(html`<openllm-join endpoint=${bad}></openllm-join>`);
        });
        expect(el.state).to.equal('misconfigured');
        expect($(el, '[part~="alert"]')!.textContent).to.contain('mal configuré');
        expect($(el, 'form')).to.equal(null);
        expect(warnings.join('\n')).to.contain(`endpoint="${bad}" must be an https: URL`);
      });
    }

    it('an unknown adapter or listmonk without lists is a configuration error', async () => {
      let el!: OpenLlmJoin;
      const warnings = await captureWarnings(async () => {
        el = await fixture<OpenLlmJoin>(html`<openllm-join endpoint="https://x.example" adapter="xml"></openllm-join>`);
      });
      expect(el.state).to.equal('misconfigured');
      expect(warnings.join('\n')).to.contain('adapter="xml"');
      const more = await captureWarnings(async () => {
        el.adapter = 'listmonk';
        await el.updateComplete;
      });
      expect(el.state).to.equal('misconfigured');
      expect(more.join('\n')).to.contain('lists');
      const malformed = await captureWarnings(async () => {
        el.lists = '6b0e6a4e-3a8e-4d8c-9f5e-2b4c7d9e1a01, newsletter';
        await el.updateComplete;
      });
      expect(el.state).to.equal('misconfigured');
      expect(malformed.join('\n')).to.contain('newsletter is not a list UUID');
      el.lists = '6b0e6a4e-3a8e-4d8c-9f5e-2b4c7d9e1a01';
      await el.updateComplete;
      expect(el.state).to.equal('editing');
    });

    it('makes no request with malformed Listmonk lists', async () => {
      const key = newKey();
      let el!: OpenLlmJoin;
      await captureWarnings(async () => {
        el = await fixture<OpenLlmJoin>(
          html`<openllm-join adapter="listmonk" endpoint=${endpoint('listmonk', key)} lists="abc"></openllm-join>`,
        );
      });
      expect(el.state).to.equal('misconfigured');
      expect($(el, 'form')).to.equal(null);
      expect(await recorded(key)).to.have.length(0);
    });

    it('accepts http on localhost, 127.0.0.1 and [::1]', async () => {
      for (const host of ['localhost:8080', '127.0.0.1', '[::1]:3000']) {
        const el = await fixture<OpenLlmJoin>(html`<openllm-join endpoint="http://${host}/api"></openllm-join>`);
        expect(el.state, host).to.equal('editing');
      }
    });
  });

  describe('language', () => {
    it('speaks English on an English page', async () => {
      await setPageLanguage('en');
      const el = await fixture<OpenLlmJoin>(html`<openllm-join></openllm-join>`);
      expect($(el, 'label[for="email"]')!.textContent).to.contain('E-mail address');
      expect($(el, '[part~="submit"]')!.textContent!.trim()).to.equal('Sign up');
      fill(el, { email: 'nope' });
      submit(el);
      await until(el, 'invalid');
      expect($(el, '#email-error')!.textContent).to.contain('not valid');
      const { el: sender } = await join({ scenario: 'ok' });
      fill(sender, {});
      const signup = await submitAndCapture(sender);
      expect(signup.locale).to.equal('en');
      expect(signup.consent.text).to.contain('I agree');
    });

    it('puts its messages in the new language when the page switches, errors and alerts included', async () => {
      const { el } = await join({ scenario: 'not-found' });
      fill(el, { email: 'nope', consent: false });
      submit(el);
      await until(el, 'invalid');
      await setPageLanguage('en');
      await el.updateComplete;
      expect($(el, '#email-error')!.textContent).to.contain('not valid');
      expect($(el, '#consent-error')!.textContent).to.contain('Tick');
      fill(el, {});
      submit(el);
      await until(el, 'error');
      await setPageLanguage('fr');
      await el.updateComplete;
      expect($(el, '[part~="alert"]')!.textContent).to.contain('Le serveur a refusé');
    });
  });

  describe('accessibility', () => {
    for (const [lang, theme] of [
      ['fr', 'light'],
      ['en', 'dark'],
    ]) {
      it(`passes axe in every state (${lang}, ${theme})`, async () => {
        await setPageLanguage(lang);
        const check = async (el: OpenLlmJoin, state: JoinState) => {
          expect(el.state).to.equal(state);
          await expect(el, state).to.be.accessible();
        };
        const editing = await fixture<OpenLlmJoin>(
          html`<openllm-join theme=${theme} privacy-url="/privacy"></openllm-join>`,
        );
        await check(editing, 'editing');
        fill(editing, { email: 'bad', consent: false });
        submit(editing);
        await until(editing, 'invalid');
        await check(editing, 'invalid');
        for (const [scenario, state] of [
          ['ok', 'success'],
          ['optin', 'pending-optin'],
          ['down', 'queued'],
          ['not-found', 'error'],
        ] as const) {
          const { el } = await join({ scenario, extra: { theme: theme as 'light' | 'dark' } });
          fill(el, {});
          submit(el);
          await until(el, state);
          await check(el, state);
        }
        const { el: sending } = await join({ scenario: 'hang', extra: { theme: theme as 'light' | 'dark' } });
        fill(sending, {});
        submit(sending);
        await until(sending, 'sending');
        await check(sending, 'sending');
        let misconfigured!: OpenLlmJoin;
        await captureWarnings(async () => {
          misconfigured = await fixture<OpenLlmJoin>(
            html`<openllm-join theme=${theme} endpoint="ftp://x"></openllm-join>`,
          );
        });
        await check(misconfigured, 'misconfigured');
        const mailto = await fixture<OpenLlmJoin>(html`<openllm-join theme=${theme}></openllm-join>`);
        mailto.shadowRoot!.addEventListener('click', (event) => {
          if ((event.target as Element).matches('[part~="mailto-link"]')) event.preventDefault();
        });
        fill(mailto, {});
        submit(mailto);
        await until(mailto, 'mailto');
        await check(mailto, 'mailto');
      });
    }
  });
});
