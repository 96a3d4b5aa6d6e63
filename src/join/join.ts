import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { OpenLlmElement } from '../core/base-element.js';
import { CONTACT_EMAIL } from '../core/contact.js';
import { getLocale } from '../core/locale.js';
import { safeUrl } from '../core/safe-url.js';
import { CLIENT_VERSION } from '../core/version.js';
import { safeEndpoint } from './delivery/endpoint.js';
import { warn } from '../core/warn.js';
import type { Signup } from '../contracts/signup.js';
import { PROFILES } from '../contracts/profiles.js';
import type { SignupFields } from '../contracts/signup-fields.js';
import { checkSignupFields } from '../contracts/check-signup-fields.js';
import { ADAPTERS, isListUuid, type AdapterName, type DeliveryTarget } from './delivery/target.js';
import type { OutboxEntry } from './delivery/outbox.js';
import type { DeliveryOptions, DeliveryResult } from './delivery/transport.js';
import { JoinErrorEvent, JoinQueuedEvent, JoinSubmitEvent, JoinSuccessEvent } from './events.js';
import {
  FIELDS,
  OPTIONAL_FIELDS,
  problemOf,
  readFields,
  type FieldName,
  type FieldSpec,
  type OptionalField,
} from './fields.js';
import { joinStyles } from './join.styles.js';
import { canSubmit, DONE_STATES, next, type JoinInput, type JoinState } from './machine.js';
import { consentSentence, fieldMessages, profileLabels } from './messages.js';
import { SignupSender, type Engine } from './sender.js';
import { keepUnsent } from './delivery/waiting.js';
import { uuid } from './uuid.js';

export type { JoinState } from './machine.js';

/** A message looked up when rendered, so that it follows a change of the page's language. */
type Message = () => string;

/**
 * The sign-up form of the OpenLLM France community. Validates with the package's `SignupSchema`,
 * records proof of consent, retries with backoff, and keeps a sign-up that cannot be delivered in
 * a local outbox until it can.
 *
 * @tagname openllm-join
 * @summary A sign-up form that never loses a sign-up.
 *
 * @fires {JoinSubmitEvent} openllm-join-submit - About to send; `detail` is the payload. Cancelable: `preventDefault()` sends nothing.
 * @fires {JoinSuccessEvent} openllm-join-success - Delivered; `detail` is `{ submissionId, status: 'subscribed' | 'pending-optin' }`.
 * @fires {JoinQueuedEvent} openllm-join-queued - Not delivered now, kept on the device to be sent later; `detail` is `{ submissionId, reason }`.
 * @fires {JoinErrorEvent} openllm-join-error - Refused, or neither delivered nor kept; `detail` is `{ submissionId, status?, reason }`.
 *
 * @csspart base - The card around everything.
 * @csspart form - The form.
 * @csspart field - Each field's wrapper (label, control, message).
 * @csspart input - Each text input and the profile select.
 * @csspart error - The message under a field.
 * @csspart consent - The consent checkbox row.
 * @csspart submit - The submit button.
 * @csspart notice - A notice inside the form (no endpoint: the form opens an e-mail).
 * @csspart alert - The error message of the `error` and `misconfigured` states.
 * @csspart alert-detail - The server's own explanation of a refusal, under the alert (as the server wrote it).
 * @csspart retry - The "Try again" button of the `error` state (not after a refusal: a 4xx).
 * @csspart panel - The message that replaces the form once sent, queued or handed to the e-mail app.
 *
 * @cssprop [--openllm-join-background=var(--openllm-color-surface)] - Background.
 * @cssprop [--openllm-join-color=var(--openllm-color-text)] - Text colour.
 * @cssprop [--openllm-join-accent=var(--openllm-color-accent)] - Submit button and links.
 */
export class OpenLlmJoin extends OpenLlmElement {
  static override properties = {
    shown: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    alert: { state: true, attribute: false },
    alertDetail: { state: true, attribute: false },
    retryable: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    mailtoHref: { state: true, attribute: false },
    endpoint: {},
    adapter: {},
    lists: {},
    privacyUrl: { attribute: 'privacy-url' },
    source: {},
    fields: {},
    noticeVersion: { attribute: 'notice-version' },
    submitLabel: { attribute: 'submit-label' },
    successMessage: { attribute: 'success-message' },
    timeout: { type: Number },
    deliveryOptions: { attribute: false },
  };

  static override styles = [...OpenLlmElement.styles, joinStyles];

  private get base() {
    return this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
  }
  private get form() {
    return this.renderRoot.querySelector('form');
  }

  /** What the element shows (`state`); it changes only through `move`, by the rules of machine.ts. */
  private shown: JoinState = 'editing';
  private errors: Partial<Record<FieldName, Message>> = {};
  private alert?: Message;
  /** The server's own words about a refusal, shown under the alert. */
  private alertDetail = '';
  /** Whether the alert offers to send the same sign-up again (not after a refusal). */
  private retryable = false;
  private announcement = '';
  private mailtoHref = '';
  /** The sign-up last sent, kept for the retry button and to recognise its replay. */
  private current?: { target: DeliveryTarget; signup: Signup };
  private renderedAt = 0;
  /** The card's height when the form gave way to a message, kept so that the page below does not move. */
  private heldHeight = 0;
  private readonly sender = new SignupSender(
    this,
    () => ({ timeoutMs: this.timeout, ...this.deliveryOptions }),
    (entry, result, engine) => this.onReplayed(entry, result, engine),
  );

  /** Where sign-ups are sent: `https:` (or `http:` on localhost). Without it the form opens an e-mail to the community. */
  endpoint = '';

  /** How the sign-up is encoded: `json` (default), `form` (form-encoded) or `listmonk`. */
  adapter: AdapterName = 'json';

  /** Listmonk list UUIDs, comma-separated (with `adapter="listmonk"`). */
  lists = '';

  /** Link to the privacy notice, shown next to the consent checkbox. */
  privacyUrl = '';

  /** A free tag chosen by the partner, sent as `source.tag`. */
  source = '';

  /** Optional fields to show, among `name profile organization` (the default); `fields=""` keeps e-mail and consent only. */
  fields = 'name profile organization';

  /** Version of the privacy notice the consent refers to, sent as `consent.noticeVersion`. */
  noticeVersion = '1';

  /** Replaces the translated "S’inscrire" / "Sign up" button label. */
  submitLabel = '';

  /** Replaces the translated message shown once the sign-up is delivered. */
  successMessage = '';

  /** Time allowed for one request, in milliseconds. */
  timeout = 10_000;

  /** Retry policy (attempts, backoff, deadline); mostly for tests and stories. */
  deliveryOptions: DeliveryOptions = {};

  /** What the element shows now. */
  get state(): JoinState {
    return this.shown;
  }

  private move(input: JoinInput): void {
    this.shown = next(this.shown, input);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('endpoint') || changed.has('adapter') || changed.has('lists')) {
      const problem = this.configurationProblem;
      if (problem) warn(this, `${problem} Nothing will be sent.`);
      this.move({ type: 'configured', ok: !problem });
    }
    if (changed.has('privacyUrl') && this.privacyUrl && !this.safePrivacyUrl) {
      warn(this, `privacy-url="${this.privacyUrl}" is not an http(s) URL; the link is left out.`);
    }
    if (changed.has('shown' as keyof OpenLlmJoin)) {
      this.heldHeight = DONE_STATES.includes(this.shown) ? (this.base?.offsetHeight ?? 0) : 0;
    }
    if (changed.has('fields')) {
      const unknown = this.fieldTokens.filter((token) => !(OPTIONAL_FIELDS as readonly string[]).includes(token));
      if (unknown.length)
        warn(this, `fields: unknown ${unknown.join(', ')}; expected some of ${OPTIONAL_FIELDS.join(', ')}.`);
    }
  }

  protected override firstUpdated(): void {
    this.renderedAt = performance.now();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('shown' as keyof OpenLlmJoin)) return;
    // Set through the CSSOM, which a strict style-src allows (a style attribute it would block).
    this.base?.style.setProperty('min-block-size', this.heldHeight ? `${this.heldHeight}px` : null);
    // Focus goes where the person has to look or act next: the message that replaced the form (so
    // that it is read), the first field to fix, or the way out of an error (the submit button,
    // disabled while sending, lost it).
    const focusTarget =
      this.shown === 'invalid'
        ? '[aria-invalid="true"]'
        : this.shown === 'error'
          ? '[part~="retry"], [part~="submit"]'
          : DONE_STATES.includes(this.shown)
            ? '[part~="panel"]'
            : undefined;
    if (focusTarget) this.shadowRoot?.querySelector<HTMLElement>(focusTarget)?.focus();
  }

  private get fieldTokens(): string[] {
    return this.fields.split(/[\s,]+/).filter(Boolean);
  }

  private shows(field: OptionalField): boolean {
    return this.fieldTokens.includes(field);
  }

  private get safePrivacyUrl(): string | undefined {
    return safeUrl(this.privacyUrl);
  }

  /** Why the configuration cannot work, in words for the console; undefined when it can. */
  private get configurationProblem(): string | undefined {
    if (this.endpoint && !safeEndpoint(this.endpoint)) {
      return `endpoint="${this.endpoint}" must be an https: URL (http: only on localhost, 127.0.0.1 or [::1]).`;
    }
    if (!(ADAPTERS as readonly string[]).includes(this.adapter)) {
      return `adapter="${this.adapter}" is not one of ${ADAPTERS.join(', ')}.`;
    }
    if (this.adapter === 'listmonk' && this.endpoint) {
      if (!this.listIds.length) return 'adapter="listmonk" needs the list UUIDs in the lists attribute.';
      const wrong = this.listIds.filter((id) => !isListUuid(id));
      if (wrong.length) return `lists: ${wrong.join(', ')} is not a list UUID.`;
    }
    return undefined;
  }

  private get listIds(): string[] {
    return this.lists
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
  }

  private get target(): DeliveryTarget | undefined {
    const endpoint = safeEndpoint(this.endpoint);
    return endpoint && !this.configurationProblem
      ? { endpoint, adapter: this.adapter, lists: this.listIds }
      : undefined;
  }

  /** A replay settled the sign-up this element shows as queued: say so (a refusal brings the form back, filled in). */
  private onReplayed(entry: OutboxEntry, result: DeliveryResult, engine: Engine): void {
    const waiting = this.shown === 'queued' && entry.signup.submissionId === this.current?.signup.submissionId;
    if (!waiting || result.outcome === 'undelivered') return;
    this.settle(engine, entry.target, entry.signup, result);
    void this.refill(entry.signup);
  }

  /** Puts a sign-up back into the form, so that nothing typed is lost when it must be changed. */
  private async refill(signup: Signup): Promise<void> {
    await this.updateComplete;
    const form = this.form;
    if (!form) return;
    for (const { name } of FIELDS) {
      const control = form.elements.namedItem(name) as HTMLInputElement | null;
      if (control) control.value = signup[name] ?? '';
    }
    (form.elements.namedItem('consent') as HTMLInputElement).checked = true;
  }

  private showInvalid(errors: Partial<Record<FieldName, Message>>): void {
    this.errors = errors;
    const count = Object.keys(errors).length;
    this.announcement =
      count === 1
        ? msg('1 champ à corriger.', { id: 'join.announce.oneInvalid' })
        : msg(str`${count} champs à corriger.`, { id: 'join.announce.manyInvalid' });
    this.move({ type: 'invalid' });
  }

  private showError(message: Message, { detail = '', retryable = true } = {}): void {
    this.alert = message;
    this.alertDetail = detail;
    this.retryable = retryable;
    this.announcement = '';
    this.move({ type: 'failed' });
  }

  private buildSignup(fields: SignupFields): Signup {
    const { consent, ...person } = fields; // consent is recorded below, as proof
    return {
      submissionId: uuid(),
      ...person,
      locale: getLocale(),
      consent: {
        given: true,
        at: new Date().toISOString(),
        text: consentSentence(),
        noticeVersion: this.noticeVersion,
      },
      source: { page: location.origin + location.pathname, ...(this.source ? { tag: this.source } : {}) },
      elapsedMs: Math.max(0, Math.round(performance.now() - this.renderedAt)),
      client: { name: '@openllm-france/widgets', version: CLIENT_VERSION },
    };
  }

  /** The sending code loads while the person types, not with the page: a failure here is retried on submit. */
  private readonly prepareSending = (): void => void this.sender.load().catch(() => undefined);

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!canSubmit(this.shown)) return; // a double click or a repeated Enter sends once
    const data = new FormData(this.form ?? undefined);
    // Only bots fill the hidden field: look successful, send nothing.
    if (data.get('website')) return this.move({ type: 'bot' });
    const fields = readFields(data);
    // Sending from here on, once.
    this.startSending();
    const result = checkSignupFields(fields);
    if ('invalid' in result) {
      const problems = result.invalid.map((field) => [field, problemOf(field, fields[field])] as const);
      return this.showInvalid(
        Object.fromEntries(problems.map(([field, problem]) => [field, () => fieldMessages()[problem]])),
      );
    }
    const signup = this.buildSignup(result.fields);
    if (!this.dispatchEvent(new JoinSubmitEvent(signup))) {
      this.announcement = '';
      return this.move({ type: 'cancelled' });
    }
    const target = this.target;
    if (target) await this.send(target, signup);
    else this.openMail(signup);
  }

  private startSending(): void {
    this.errors = {};
    this.alert = undefined;
    this.announcement = msg('Envoi de votre inscription…', { id: 'join.announce.sending' });
    this.move({ type: 'submit' });
  }

  /** Sends (or sends again, from the retry button) a valid sign-up. */
  private async send(target: DeliveryTarget, signup: Signup): Promise<void> {
    this.current = { target, signup };
    if (this.shown !== 'sending') this.startSending();
    let engine;
    try {
      engine = await this.sender.load();
    } catch {
      // The sending code did not arrive (offline): the sign-up waits in the outbox, sent when the
      // code loads (back online, or on the next visit); if storage refuses, the retry button keeps it.
      if (!keepUnsent(target, signup))
        return this.showError(() =>
          msg('L’envoi a échoué. Vérifiez votre connexion et réessayez.', { id: 'join.error.network' }),
        );
      this.move({ type: 'kept' });
      this.dispatchEvent(new JoinQueuedEvent({ submissionId: signup.submissionId, reason: 'network' }));
      return;
    }
    const result = await engine.deliver(target, signup, { timeoutMs: this.timeout, ...this.deliveryOptions });
    this.settle(engine, target, signup, result);
  }

  private readonly onRetry = (): void => {
    if (this.current) void this.send(this.current.target, this.current.signup);
  };

  /** Shows what became of a sign-up and tells the page. */
  private settle(
    { removeFromOutbox, addToOutbox }: Engine,
    target: DeliveryTarget,
    signup: Signup,
    result: DeliveryResult,
  ): void {
    const { submissionId } = signup;
    this.announcement = '';
    switch (result.outcome) {
      case 'delivered': {
        removeFromOutbox(submissionId);
        this.move({ type: 'delivered', pendingOptin: result.pendingOptin });
        const status = result.pendingOptin ? 'pending-optin' : 'subscribed';
        this.dispatchEvent(new JoinSuccessEvent({ submissionId, status }));
        return;
      }
      case 'undelivered':
        if (result.reason === 'network') this.explainNetworkFailure(target);
        if (addToOutbox(target, signup)) {
          this.move({ type: 'kept' });
          this.dispatchEvent(new JoinQueuedEvent({ submissionId, reason: result.reason }));
          return;
        }
        this.showError(() =>
          msg('L’envoi a échoué. Vérifiez votre connexion et réessayez.', { id: 'join.error.network' }),
        );
        break;
      case 'rejected': {
        const known = Object.entries(result.fieldErrors).filter(
          ([field]) => field === 'consent' || FIELDS.some(({ name }) => name === field),
        );
        // The server's own words, as it wrote them.
        if (known.length) this.showInvalid(Object.fromEntries(known.map(([field, text]) => [field, () => text])));
        else
          this.showError(
            () =>
              msg('Le serveur a refusé cette inscription. Vérifiez vos informations et réessayez.', {
                id: 'join.error.rejected',
              }),
            { detail: result.message ?? '', retryable: false },
          );
        break;
      }
      case 'failed':
        if (result.reason === 'redirect')
          warn(this, `${target.endpoint} answers with a redirect; set endpoint to the final URL.`);
        this.showError(() => msg('Le serveur n’a pas pu enregistrer votre inscription.', { id: 'join.error.failed' }));
        break;
    }
    const reason = result.outcome === 'rejected' ? 'rejected' : result.reason;
    this.dispatchEvent(new JoinErrorEvent({ submissionId, status: result.status, reason }));
  }

  /**
   * A request that never got an answer while the browser is online, to another origin: most often
   * CORS (the receiver does not allow this page), which the page cannot tell from a server that is
   * down. Says so in the console, where the integrator looks.
   */
  private explainNetworkFailure(target: DeliveryTarget): void {
    if (navigator.onLine && new URL(target.endpoint, location.href).origin !== location.origin)
      warn(this, `no answer from ${target.endpoint} while online: if CORS is refused, allow ${location.origin} there.`);
  }

  private openMail(signup: Signup): void {
    const labels = profileLabels();
    // "Label : value", punctuated as each language does (French puts a space before the colon).
    const mailLine = (label: string, value: string) => msg(str`${label} : ${value}`, { id: 'join.mail.line' });
    const lines = [
      msg('Bonjour, je souhaite rejoindre la communauté OpenLLM France.', { id: 'join.mail.intro' }),
      '',
      mailLine(msg('Adresse e-mail', { id: 'join.label.email' }), signup.email),
      signup.name && mailLine(msg('Nom', { id: 'join.label.name' }), signup.name),
      signup.profile && mailLine(msg('Profil', { id: 'join.label.profile' }), labels[signup.profile]),
      signup.organization && mailLine(msg('Organisation', { id: 'join.label.organization' }), signup.organization),
      '',
      `${signup.consent.text} (${signup.consent.at})`,
    ].filter((line) => line !== undefined);
    const subject = msg('Inscription à la communauté OpenLLM France', { id: 'join.mail.subject' });
    this.mailtoHref = `mailto:${CONTACT_EMAIL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\n'))}`;
    this.announcement = '';
    this.move({ type: 'mailed' });
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLAnchorElement>('[part~="mailto-link"]')?.click(),
    );
  }

  private readonly clearError = (event: Event): void => {
    const field = (event.target as HTMLInputElement).name as FieldName;
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
  };

  private renderError(field: FieldName) {
    const error = this.errors[field]?.();
    return html`<p part="error" class="error" id="${field}-error" ?hidden=${!error}>${error}</p>`;
  }

  /** One field of the table in fields.ts: its label, its control and its message. */
  private renderField({ name, kind, label, autocomplete }: FieldSpec) {
    const invalid = this.errors[name] ? 'true' : 'false';
    const hint =
      kind === 'email' ? msg('(obligatoire)', { id: 'join.required' }) : msg('(facultatif)', { id: 'join.optional' });
    const control =
      kind === 'select'
        ? html`<select part="input" id=${name} name=${name} aria-invalid=${invalid} aria-describedby="${name}-error">
            <option value="">${msg('Choisir un profil', { id: 'join.profile.choose' })}</option>
            ${PROFILES.map((profile) => html`<option value=${profile}>${profileLabels()[profile]}</option>`)}
          </select>`
        : html`<input
            part="input"
            id=${name}
            name=${name}
            type="text"
            inputmode=${kind === 'email' ? 'email' : nothing}
            autocomplete=${autocomplete ?? nothing}
            autocapitalize=${kind === 'email' ? 'off' : nothing}
            spellcheck=${kind === 'email' ? 'false' : nothing}
            maxlength=${kind === 'text' ? '200' : nothing}
            ?required=${kind === 'email'}
            aria-invalid=${invalid}
            aria-describedby="${name}-error"
          />`;
    return html`<div part="field" class="field">
      <label for=${name}>${label()} <span class="hint">${hint}</span></label>
      ${control} ${this.renderError(name)}
    </div>`;
  }

  private renderForm() {
    const sending = this.shown === 'sending';
    const privacyUrl = this.safePrivacyUrl;
    return html`<form
      part="form"
      novalidate
      aria-label=${msg('Rejoindre la communauté OpenLLM France', { id: 'join.form.label' })}
      aria-busy=${sending ? 'true' : 'false'}
      @submit=${this.onSubmit}
      @input=${this.clearError}
      @focusin=${this.prepareSending}
    >
      ${FIELDS.filter(({ name }) => name === 'email' || this.shows(name as OptionalField)).map((field) =>
        this.renderField(field),
      )}
      <div class="honeypot" aria-hidden="true">
        <label for="website">${msg('Ne pas remplir ce champ', { id: 'join.honeypot' })}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <div part="consent" class="field consent">
        <input
          id="consent"
          name="consent"
          type="checkbox"
          value="yes"
          required
          aria-invalid=${this.errors.consent ? 'true' : 'false'}
          aria-describedby="consent-error"
        />
        <label for="consent">${consentSentence()}</label>
        ${this.renderError('consent')}
        ${
          privacyUrl
            ? html`<a class="privacy" href=${privacyUrl}
                >${msg('Politique de confidentialité', { id: 'join.privacy' })}</a
              >`
            : nothing
        }
      </div>
      ${
        this.target
          ? nothing
          : html`<p part="notice" class="notice">
              ${msg(
                str`Ce formulaire ouvrira votre messagerie avec un e-mail prérempli pour ${CONTACT_EMAIL} : envoyez-le pour vous inscrire.`,
                { id: 'join.notice.mailto' },
              )}
            </p>`
      }
      ${
        this.shown === 'error'
          ? html`<div part="alert" class="alert" role="alert">
              <p>${this.alert?.()}</p>
              ${this.alertDetail ? html`<p part="alert-detail">${this.alertDetail}</p>` : nothing}
              ${
                this.current && this.retryable
                  ? html`<button part="retry" type="button" @click=${this.onRetry}>
                      ${msg('Réessayer', { id: 'join.retry' })}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <button part="submit" class="primary" type="submit" ?disabled=${sending}>
        ${sending ? msg('Envoi…', { id: 'join.sending' }) : this.submitLabel || msg('S’inscrire', { id: 'join.submit' })}
      </button>
    </form>`;
  }

  private renderPanel() {
    const contact = html`<a href="mailto:${CONTACT_EMAIL}">${CONTACT_EMAIL}</a>`;
    switch (this.shown) {
      case 'success':
        return html`<p>
          ${this.successMessage || msg('Merci ! Votre inscription est enregistrée. Bienvenue dans la communauté OpenLLM France.', { id: 'join.success' })}
        </p>`;
      case 'pending-optin':
        return html`<p>
          ${msg('Presque fini : vérifiez votre boîte mail et cliquez sur le lien de confirmation.', { id: 'join.pendingOptin' })}
        </p>`;
      case 'queued':
        return html`<p>
          ${msg('Votre inscription est enregistrée sur cet appareil. Le serveur est injoignable pour le moment : elle sera envoyée automatiquement dès que possible.', { id: 'join.queued' })}
        </p>`;
      default:
        return html`<p>
            ${msg('Votre messagerie devrait s’ouvrir avec un e-mail prêt à partir : envoyez-le pour terminer votre inscription.', { id: 'join.mailto' })}
          </p>
          <p>
            <a part="mailto-link" href=${this.mailtoHref}
              >${msg('Rien ne s’est ouvert ? Écrire l’e-mail', { id: 'join.mailto.link' })}</a
            >
            (${contact})
          </p>`;
    }
  }

  private renderContent() {
    if (this.shown === 'misconfigured') {
      return html`<div part="alert" class="alert" role="alert">
        <p>
          ${msg('Ce formulaire est mal configuré et ne peut pas envoyer d’inscription. Pour rejoindre la communauté, écrivez à', { id: 'join.misconfigured' })}
          <a href="mailto:${CONTACT_EMAIL}">${CONTACT_EMAIL}</a>.
        </p>
      </div>`;
    }
    return DONE_STATES.includes(this.shown)
      ? html`<div part="panel" class="panel ${this.shown}" role="status" tabindex="-1">${this.renderPanel()}</div>`
      : this.renderForm();
  }

  override render() {
    return html`<div part="base" class="card" lang=${getLocale()}>
      ${this.renderContent()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'openllm-join': OpenLlmJoin;
  }
}
