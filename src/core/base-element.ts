import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { followDocumentLanguage } from './locale.js';
import { hostStyles } from './tokens.styles.js';
import { checkChoice } from './attributes.js';
import { CLIENT_VERSION } from './version.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * What every OpenLLM element shares: the host reset and tokens, the `theme` attribute, and
 * re-rendering in the page's language.
 */
export class OpenLlmElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true, useDefault: true },
  };

  static override styles = [hostStyles];

  /** The package version that defined the element (a page may load two copies). */
  static readonly version = CLIENT_VERSION;

  /**
   * Colour theme: `light`, `dark`, or `auto` (the visitor's system setting). It sets the element's
   * `color-scheme`, which a page's own CSS can set instead (`.dark openllm-join { color-scheme: dark }`).
   */
  theme: Theme = 'light';

  /** Renders again once another language's texts are in (what `updateWhenLocaleChanges` does, in fewer bytes). */
  readonly #onLocaleStatus = (event: CustomEvent<LocaleStatusEventDetail>): void => {
    if (event.detail.status === 'ready') this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(LOCALE_STATUS_EVENT, this.#onLocaleStatus);
    void followDocumentLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(LOCALE_STATUS_EVENT, this.#onLocaleStatus);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // An unknown theme matches none of the theme rules of the styles: light applies.
    if (changed.has('theme')) checkChoice(this, 'theme', this.theme, THEMES);
  }
}
