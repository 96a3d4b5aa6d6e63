import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { OpenLlmElement } from '../core/base-element.js';
import { heading } from '../core/heading.js';
import { getLocale } from '../core/locale.js';
import { safeUrl } from '../core/safe-url.js';
import { checkChoice, checkHeadingLevel } from '../core/attributes.js';
import { warn } from '../core/warn.js';
import { CONTACT_EMAIL } from '../core/contact.js';
import { manifestoText, type ManifestoSection } from './text.js';
import { JoinRequestEvent } from './events.js';
import { manifestoStyles } from './manifesto.styles.js';

export type ManifestoVariant = 'full' | 'summary';
const VARIANTS: readonly ManifestoVariant[] = ['full', 'summary'];
/** Where else the community can be reached (from the manifesto). */
const GITHUB_URL = 'https://github.com/OpenLLM-France/Manifesto';
const DISCORD_URL = 'https://discord.gg/k2BQvGfjzA';

/**
 * The manifesto of the OpenLLM France community, in the page's language.
 *
 * @tagname openllm-manifesto
 * @summary Shows the community's manifesto, in full or as a teaser that expands in place.
 *
 * @fires {JoinRequestEvent} openllm-join-request - The person clicked "Join the community" and no
 *   `join-href` is set: the page can open its `<openllm-join>`. Bubbles and is composed.
 *
 * @csspart base - The card around everything.
 * @csspart title - The manifesto's main heading.
 * @csspart deck - The rest of the title's sentence, under the heading (first in the full text).
 * @csspart teaser - The short introduction shown by `variant="summary"`.
 * @csspart toggle - The disclosure button of `variant="summary"`: "Read the manifesto", then "Close the manifesto".
 * @csspart body - The full text: its sections and the ways to reach the community.
 * @csspart contact - The "Join us" section with the e-mail address, GitHub and Discord links.
 * @csspart actions - The row holding the disclosure button and the call to action.
 * @csspart cta - The "Join the community" link or button.
 *
 * @cssprop [--openllm-manifesto-background=var(--openllm-color-surface)] - Card background.
 * @cssprop [--openllm-manifesto-color=var(--openllm-color-text)] - Text colour.
 * @cssprop [--openllm-manifesto-accent=var(--openllm-color-accent)] - Links and call to action.
 * @cssprop [--openllm-manifesto-title-size=clamp(1.25em, 1em + 1.5cqi, 1.6em)] - Font size of the main heading (grows with the element's width).
 */
export class OpenLlmManifesto extends OpenLlmElement {
  static override properties = {
    variant: { reflect: true, useDefault: true },
    open: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    joinHref: { attribute: 'join-href' },
    ctaLabel: { attribute: 'cta-label' },
  };

  static override styles = [...OpenLlmElement.styles, manifestoStyles];

  /** `full` shows the whole text; `summary` shows a teaser and a button that expands it in place. */
  variant: ManifestoVariant = 'full';

  /** Whether the full text of `variant="summary"` is expanded. */
  open = false;

  /** Level (1–6) of the main heading, so the element fits the page's outline; sections use the next level. */
  headingLevel = 2;

  /**
   * Where "Join the community" leads (an http(s) URL or a same-page anchor such as `#join`).
   * Without it, the button fires `openllm-join-request` instead.
   */
  joinHref = '';

  /** Replaces the translated "Join the community" label. */
  ctaLabel = '';

  /** The heading level and variant in use: the attributes' values, or their defaults when invalid. */
  private level = 2;
  private shownVariant: ManifestoVariant = 'full';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.level = checkHeadingLevel(this, this.headingLevel);
    if (changed.has('variant')) this.shownVariant = checkChoice(this, 'variant', this.variant, VARIANTS);
    if (changed.has('joinHref') && this.joinHref && !this.safeJoinHref) {
      warn(
        this,
        `join-href="${this.joinHref}" is not an http(s) URL or a same-page anchor; the button fires openllm-join-request instead.`,
      );
    }
  }

  private get isSummary(): boolean {
    return this.shownVariant === 'summary';
  }

  private get safeJoinHref(): string | undefined {
    return safeUrl(this.joinHref, { allowFragment: true });
  }

  private onToggle(): void {
    this.open = !this.open;
  }

  private onJoinRequest(): void {
    this.dispatchEvent(new JoinRequestEvent());
  }

  private renderSection(section: ManifestoSection) {
    const [first, ...rest] = section.paragraphs;
    return html`<section aria-labelledby=${section.id}>
      ${heading(this.level + 1, section.heading, 'section-heading', section.id)}
      <p>${first}</p>
      ${
        section.list
          ? html`<ul>
              ${section.list.map((item) => html`<li>${item}</li>`)}
            </ul>`
          : nothing
      }
      ${rest.map((paragraph) => html`<p>${paragraph}</p>`)}
      ${section.emphasis ? html`<p><strong>${section.emphasis}</strong></p>` : nothing}
    </section>`;
  }

  private renderContact(contact: ReturnType<typeof manifestoText>['contact']) {
    return html`<section part="contact" aria-labelledby="contact">
      ${heading(this.level + 1, contact.heading, 'section-heading', 'contact')}
      <p>${contact.intro}</p>
      <ul>
        <li><a href="mailto:${CONTACT_EMAIL}">${contact.email}</a></li>
        <li><a href=${GITHUB_URL}>${contact.github}</a></li>
        <li><a href=${DISCORD_URL}>${contact.discord}</a></li>
      </ul>
    </section>`;
  }

  private renderCallToAction() {
    const label = this.ctaLabel || msg('Rejoindre la communauté', { id: 'manifesto.cta' });
    const href = this.safeJoinHref;
    return href
      ? html`<a part="cta" class="primary" href=${href}>${label}</a>`
      : html`<button part="cta" class="primary" type="button" @click=${this.onJoinRequest}>${label}</button>`;
  }

  private renderActions() {
    return html`<div part="actions" class="actions">
      ${
        this.isSummary
          ? html`<button
              part="toggle"
              type="button"
              aria-expanded=${this.open ? 'true' : 'false'}
              aria-controls="body"
              @click=${this.onToggle}
            >
              ${
                this.open
                  ? msg('Refermer le manifeste', { id: 'manifesto.toggle.close' })
                  : msg('Lire le manifeste', { id: 'manifesto.toggle' })
              }
            </button>`
          : nothing
      }
      ${this.renderCallToAction()}
    </div>`;
  }

  override render() {
    const text = manifestoText();
    // In a summary the buttons sit right under the teaser, so the text expands after the focused toggle.
    return html`<article part="base" class="card" lang=${getLocale()} aria-labelledby="title">
      ${heading(this.level, text.title, 'title', 'title')}
      ${
        this.isSummary
          ? html`<p part="teaser">${text.teaser}</p>
              ${this.renderActions()}`
          : nothing
      }
      <div part="body" id="body" ?hidden=${this.isSummary && !this.open}>
        <p part="deck">${text.deck}</p>
        ${text.sections.map((section) => this.renderSection(section))} ${this.renderContact(text.contact)}
      </div>
      ${this.isSummary ? nothing : this.renderActions()}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'openllm-manifesto': OpenLlmManifesto;
  }
}
