import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/join/define.js';
import type { JoinState, OpenLlmJoin } from '../src/join/define.js';
import type { Theme } from '../src/core/base-element.js';
import { getLocale, type Locale } from '../src/core/locale.js';
import { fakeEndpoint, installFakeEndpoint, type FakeAnswer } from './fake-endpoint.js';

/** Story args are the element's attributes (kebab-case), its events' actions, and the page's language. */
interface JoinArgs {
  lang?: Locale;
  theme: Theme;
  endpoint?: string;
  adapter?: string;
  fields?: string;
  'privacy-url'?: string;
  source?: string;
  'submit-label'?: string;
  'success-message'?: string;
  onOpenllmJoinSubmit?: (event: Event) => void;
  onOpenllmJoinSuccess?: (event: Event) => void;
  onOpenllmJoinQueued?: (event: Event) => void;
  onOpenllmJoinError?: (event: Event) => void;
}

const meta = {
  title: 'Elements/Join',
  component: 'openllm-join',
  tags: ['autodocs'],
  args: { theme: 'light', 'privacy-url': '/privacy' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    adapter: { control: 'inline-radio', options: ['json', 'form', 'listmonk'] },
  },
  // Tall enough on the docs page for the whole form, its submit button included.
  parameters: { docs: { story: { height: '48rem' } } },
  decorators: [
    (story) => {
      installFakeEndpoint();
      // A sign-up queued by another story would be replayed here: start every story clean.
      localStorage.removeItem('openllm-join-outbox');
      return story();
    },
  ],
  render: (args) =>
    html`<openllm-join
      theme=${args.theme}
      endpoint=${args.endpoint || nothing}
      adapter=${args.adapter || nothing}
      fields=${args.fields ?? nothing}
      privacy-url=${args['privacy-url'] || nothing}
      source=${args.source || nothing}
      submit-label=${args['submit-label'] || nothing}
      success-message=${args['success-message'] || nothing}
      .deliveryOptions=${{ maxAttempts: 1 }}
      timeout="60000"
      @openllm-join-submit=${args.onOpenllmJoinSubmit}
      @openllm-join-success=${args.onOpenllmJoinSuccess}
      @openllm-join-queued=${args.onOpenllmJoinQueued}
      @openllm-join-error=${args.onOpenllmJoinError}
    ></openllm-join>`,
} satisfies Meta<JoinArgs>;

export default meta;
type Story = StoryObj<JoinArgs>;

interface Scenario {
  /** What the fake endpoint answers (none: no endpoint, the e-mail fallback). */
  answer?: FakeAnswer;
  /** The form is filled and sent by the story. */
  submit?: 'valid' | 'invalid';
  endpoint?: string;
  expectedWarning?: string;
}

const SCENARIOS: Record<JoinState, Scenario> = {
  editing: { answer: 'subscribed' },
  invalid: { answer: 'subscribed', submit: 'invalid' },
  sending: { answer: 'hang', submit: 'valid' },
  success: { answer: 'subscribed', submit: 'valid' },
  'pending-optin': { answer: 'pending-optin', submit: 'valid' },
  queued: { answer: 'unavailable', submit: 'valid' },
  error: { answer: 'refused', submit: 'valid' },
  misconfigured: { endpoint: 'ftp://example.org/signups', expectedWarning: 'endpoint="ftp://example.org/signups"' },
  mailto: { submit: 'valid' },
};

const waitFor = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
};

/**
 * Fills the form as a person would, then sends it, and waits for the state the story shows. It
 * starts once the page's language has loaded, so that the form is filled in the story's language.
 */
async function play(canvas: HTMLElement, state: JoinState, submit: Scenario['submit'], lang: Locale) {
  const join = canvas.querySelector<OpenLlmJoin>('openllm-join')!;
  await waitFor(() => getLocale() === lang);
  // Defined once the page's language is in (core/define.ts).
  await customElements.whenDefined('openllm-join');
  await join.updateComplete;
  if (!submit) return;
  const root = join.shadowRoot!;
  // The e-mail fallback would leave the story for the mail app: stay on the page.
  root.addEventListener('click', (event) => {
    if ((event.target as Element).matches('[part~="mailto-link"]')) event.preventDefault();
  });
  const field = (name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  field('email').value = submit === 'valid' ? 'marie.curie@example.org' : 'marie.curie@';
  field('name').value = 'Marie Curie';
  field('profile').value = 'researcher';
  field('consent').checked = submit === 'valid';
  root.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  await waitFor(() => join.state === state);
  await join.updateComplete;
}

/** The story of one state, in a language and a theme. */
function story(state: JoinState, lang: Locale, theme: Theme): Story {
  const { answer, submit, endpoint, expectedWarning } = SCENARIOS[state];
  return {
    args: { lang, theme, endpoint: endpoint ?? (answer ? fakeEndpoint(answer) : '') },
    parameters: { openllm: { expectedState: state, expectedWarning } },
    play: ({ canvasElement }) => play(canvasElement, state, submit, lang),
    // The docs page shows each state once (the sidebar has every language and theme), except the
    // misconfigured one, whose intended console warning would pollute the page.
    tags: lang === 'fr' && theme === 'light' && !expectedWarning ? [] : ['!autodocs'],
  };
}

export const EditingFrenchLight = story('editing', 'fr', 'light');
export const EditingFrenchDark = story('editing', 'fr', 'dark');
export const EditingEnglishLight = story('editing', 'en', 'light');
export const EditingEnglishDark = story('editing', 'en', 'dark');
export const EditingGermanLight = story('editing', 'de', 'light');
export const EditingSpanishLight = story('editing', 'es', 'light');
export const EditingItalianLight = story('editing', 'it', 'light');
export const EditingDutchLight = story('editing', 'nl', 'light');
export const InvalidFrenchLight = story('invalid', 'fr', 'light');
export const InvalidFrenchDark = story('invalid', 'fr', 'dark');
export const InvalidEnglishLight = story('invalid', 'en', 'light');
export const InvalidEnglishDark = story('invalid', 'en', 'dark');
export const SendingFrenchLight = story('sending', 'fr', 'light');
export const SendingFrenchDark = story('sending', 'fr', 'dark');
export const SendingEnglishLight = story('sending', 'en', 'light');
export const SendingEnglishDark = story('sending', 'en', 'dark');
export const SuccessFrenchLight = story('success', 'fr', 'light');
export const SuccessFrenchDark = story('success', 'fr', 'dark');
export const SuccessEnglishLight = story('success', 'en', 'light');
export const SuccessEnglishDark = story('success', 'en', 'dark');
export const PendingOptInFrenchLight = story('pending-optin', 'fr', 'light');
export const PendingOptInFrenchDark = story('pending-optin', 'fr', 'dark');
export const PendingOptInEnglishLight = story('pending-optin', 'en', 'light');
export const PendingOptInEnglishDark = story('pending-optin', 'en', 'dark');
export const QueuedFrenchLight = story('queued', 'fr', 'light');
export const QueuedFrenchDark = story('queued', 'fr', 'dark');
export const QueuedEnglishLight = story('queued', 'en', 'light');
export const QueuedEnglishDark = story('queued', 'en', 'dark');
export const ErrorFrenchLight = story('error', 'fr', 'light');
export const ErrorFrenchDark = story('error', 'fr', 'dark');
export const ErrorEnglishLight = story('error', 'en', 'light');
export const ErrorEnglishDark = story('error', 'en', 'dark');
export const MisconfiguredFrenchLight = story('misconfigured', 'fr', 'light');
export const MisconfiguredFrenchDark = story('misconfigured', 'fr', 'dark');
export const MisconfiguredEnglishLight = story('misconfigured', 'en', 'light');
export const MisconfiguredEnglishDark = story('misconfigured', 'en', 'dark');
export const MailtoFrenchLight = story('mailto', 'fr', 'light');
export const MailtoFrenchDark = story('mailto', 'fr', 'dark');
export const MailtoEnglishLight = story('mailto', 'en', 'light');
export const MailtoEnglishDark = story('mailto', 'en', 'dark');
