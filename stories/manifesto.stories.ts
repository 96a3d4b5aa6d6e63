import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/manifesto/define.js';
import type { ManifestoVariant } from '../src/manifesto/define.js';
import type { Theme } from '../src/core/base-element.js';
import type { Locale } from '../src/core/locale.js';

/** Story args are the element's attributes (kebab-case), the action for its event, and the page's language. */
interface ManifestoArgs {
  lang?: Locale;
  variant: ManifestoVariant;
  open: boolean;
  theme: Theme;
  'heading-level'?: number;
  'join-href'?: string;
  'cta-label'?: string;
  onOpenllmJoinRequest?: (event: Event) => void;
  /** The element's CSS custom properties, set inline to try the theming tokens. */
  [customProperty: `--${string}`]: string | undefined;
}

const inlineStyle = (args: ManifestoArgs) =>
  Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && value)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');

const meta = {
  title: 'Elements/Manifesto',
  component: 'openllm-manifesto',
  tags: ['autodocs'],
  args: { variant: 'full', open: false, theme: 'light' },
  argTypes: {
    // custom-elements.json gives type names (ManifestoVariant, Theme), not their values.
    variant: { control: 'inline-radio', options: ['full', 'summary'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
  },
  render: (args) =>
    html`<openllm-manifesto
      variant=${args.variant}
      ?open=${args.open}
      theme=${args.theme}
      heading-level=${args['heading-level'] ?? nothing}
      join-href=${args['join-href'] || nothing}
      cta-label=${args['cta-label'] || nothing}
      style=${inlineStyle(args) || nothing}
      @openllm-join-request=${args.onOpenllmJoinRequest}
    ></openllm-manifesto>`,
} satisfies Meta<ManifestoArgs>;

export default meta;
type Story = StoryObj<ManifestoArgs>;

/** One story of a variant, in a language and a theme. */
const story = (variant: ManifestoVariant, lang: Locale, theme: Theme, more: Partial<ManifestoArgs> = {}): Story => ({
  args: { variant, lang, theme, ...more },
});

export const FullFrenchLight = story('full', 'fr', 'light');
export const FullFrenchDark = story('full', 'fr', 'dark');
export const FullEnglishLight = story('full', 'en', 'light');
export const FullEnglishDark = story('full', 'en', 'dark');
export const FullGermanLight = story('full', 'de', 'light');
export const FullSpanishLight = story('full', 'es', 'light');
export const FullItalianLight = story('full', 'it', 'light');
export const FullDutchLight = story('full', 'nl', 'light');
export const SummaryFrenchLight = story('summary', 'fr', 'light');
export const SummaryFrenchDark = story('summary', 'fr', 'dark');
export const SummaryEnglishLight = story('summary', 'en', 'light');
export const SummaryEnglishDark = story('summary', 'en', 'dark');
export const SummaryOpened = story('summary', 'fr', 'light', { open: true });
