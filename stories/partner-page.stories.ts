import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import type { Theme } from '../src/core/base-element.js';
import type { Locale } from '../src/core/locale.js';
import { fakeEndpoint, fakeFeed, installFakeEndpoint } from './fake-endpoint.js';

interface PartnerPageArgs {
  lang?: Locale;
  theme: Theme;
}

/** Where a partner's page puts the three elements: one column, its text around them, nothing else set. */
const PAGE_STYLES = html`<style>
  .partner-pages {
    display: flex;
    gap: 2rem;
    align-items: start;
  }
  .partner-page {
    flex: none;
    box-sizing: border-box;
    padding: 1.5rem 1rem;
    border: 1px solid #8a8f9c;
    font-family: Georgia, serif;
    color: light-dark(#1f2328, #e8e6e1);
    background: light-dark(#fbfaf7, #14161c);
  }
  .partner-page main {
    max-width: 40rem;
    margin: 0 auto;
  }
  .partner-page figcaption {
    font:
      600 0.875rem system-ui,
      sans-serif;
    margin-block-end: 1rem;
  }
</style>`;

/** One partner page, `width` pixels wide, in the page's colour scheme. */
const partnerPage = (width: number, { theme }: PartnerPageArgs) =>
  html`<figure
    class="partner-page"
    style="width: ${width}px; margin: 0; color-scheme: ${theme === 'auto' ? 'light dark' : theme}"
  >
    <figcaption>${width} px</figcaption>
    <main>
      <h1>Nous soutenons OpenLLM France</h1>
      <p>Notre atelier participe à la communauté OpenLLM France.</p>
      <openllm-manifesto theme=${theme} variant="summary" join-href="#rejoindre"></openllm-manifesto>
      <openllm-meetup
        theme=${theme}
        src=${fakeFeed('meetup')}
        heading-level="3"
        .now=${new Date('2027-01-18T12:00:00Z')}
        .viewerTimeZone=${'Europe/Paris'}
      ></openllm-meetup>
      <openllm-join theme=${theme} endpoint=${fakeEndpoint('subscribed')} privacy-url="/privacy"></openllm-join>
      <p>La suite de la page du partenaire.</p>
    </main>
  </figure>`;

const meta = {
  title: 'Partner page',
  tags: ['!autodocs'],
  args: { theme: 'auto' },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] } },
  decorators: [
    (story) => {
      installFakeEndpoint();
      return story();
    },
  ],
  parameters: { layout: 'fullscreen', openllm: { expectedPart: 'calendar' } },
  render: (args) =>
    html`${PAGE_STYLES}
      <div class="partner-pages">${partnerPage(390, args)} ${partnerPage(1280, args)}</div>`,
} satisfies Meta<PartnerPageArgs>;

export default meta;
type Story = StoryObj<PartnerPageArgs>;

/**
 * The three elements together on a bare partner page, on a phone (390 px) and on a desktop (1280 px),
 * with their default width rule and spacing. `theme="auto"` follows the system: switch it to dark to
 * see both pages in dark mode.
 */
export const SideBySide: Story = {};
export const SideBySideEnglish: Story = { args: { lang: 'en' } };
