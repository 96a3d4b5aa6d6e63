import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { OpenLlmElement } from '../src/core/base-element.js';
import type { OpenLlmMeetup } from '../src/meetup/meetup.js';
import { part, eventually } from './helpers/dom.js';

// The rules the three elements share on a page: one width, spacing between them, type that follows
// their width, and a theme a page can drive from its own dark class.

const TAGS = ['openllm-manifesto', 'openllm-meetup', 'openllm-join'] as const;
const box = (el: Element) => el.getBoundingClientRect();

/** The three elements in a column `width` pixels wide, rendered, the meetup upcoming (the inaugural one, seen a week before). */
async function column(width: number, style = '') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px; ${style}">
      <openllm-manifesto variant="summary"></openllm-manifesto>
      <openllm-meetup></openllm-meetup>
      <openllm-join></openllm-join>
    </div>`,
  );
  const elements = [...wrapper.children] as OpenLlmElement[];
  const meetup = elements[1] as OpenLlmMeetup;
  meetup.now = new Date('2023-06-20T12:00:00Z');
  await eventually(() => meetup.shadowRoot!.querySelector('[part~="calendar"]'), 'meetup not rendered');
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

describe('layout shared by the three elements', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('take the column up to one shared max-width (40rem), with space between them', async () => {
    for (const el of await column(1000)) {
      expect(box(el).width, el.localName).to.equal(640);
      expect(getComputedStyle(el).marginBlockEnd, el.localName).to.equal('24px');
    }
    const [first, second] = await column(300);
    expect(box(first!).width).to.equal(300);
    expect(box(second!).top - box(first!).bottom).to.equal(24);
  });

  it('let the page set the width token and the spacing', async () => {
    const elements = await column(1000, '--openllm-max-width: 30rem; --openllm-margin: 0 0 3rem');
    for (const el of elements) {
      expect(box(el).width, el.localName).to.equal(480);
      expect(getComputedStyle(el).marginBlockEnd, el.localName).to.equal('48px');
    }
  });

  it('size headings with the element: the manifesto title fits in four lines on a phone', async () => {
    const [narrow] = await column(358);
    const [wide] = await column(800);
    const size = (el: Element) => parseFloat(getComputedStyle(part(el, 'title')!).fontSize);
    expect(size(narrow!)).to.be.lessThan(size(wide!));
    const title = getComputedStyle(part(narrow!, 'title')!);
    const lines = Math.round(box(part(narrow!, 'title')!).height / parseFloat(title.lineHeight));
    expect(lines).to.be.within(2, 4);
  });

  it('stack action buttons at one width on a phone, and set the calendar choices two by two, alike, on a desktop', async () => {
    const choices = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="calendar-choice"]')];
    const [, phoneMeetup] = await column(358);
    const phone = choices(phoneMeetup!);
    expect(phone.map((choice) => choice.localName)).to.deep.equal(['button', 'a', 'a', 'a']);
    expect(new Set(phone.map((choice) => box(choice).width)).size).to.equal(1);
    expect(new Set(phone.map((choice) => box(choice).left)).size).to.equal(1);
    const manifestoActions = [...part((await column(358))[0]!, 'actions')!.children];
    expect(new Set(manifestoActions.map((action) => box(action).width)).size).to.equal(1);

    const [, desktopMeetup] = await column(800);
    const desktop = choices(desktopMeetup!);
    const rows = desktop.map((choice) => box(choice).top);
    expect(rows[0]).to.equal(rows[1]);
    expect(rows[2]).to.equal(rows[3]);
    expect(rows[2]).to.be.greaterThan(rows[0]!);
    expect(new Set(desktop.map((choice) => Math.round(box(choice).width))).size).to.equal(1);
    const looks = desktop.map((choice) => {
      const style = getComputedStyle(choice);
      return [style.borderColor, style.backgroundColor, style.color, style.fontWeight, box(choice).height].join();
    });
    expect(new Set(looks).size).to.equal(1);
  });

  it('follow a dark class of the page with one line of CSS (color-scheme), and the system with theme="auto"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <style>
          .dark :is(openllm-manifesto, openllm-meetup, openllm-join) {
            color-scheme: dark;
          }
        </style>
        <div class="dark">
          <openllm-manifesto theme="auto"></openllm-manifesto>
          <openllm-join></openllm-join>
        </div>
        <openllm-manifesto theme="auto"></openllm-manifesto>
      </div>`,
    );
    const [inDark, joinInDark, outside] = [...wrapper.querySelectorAll<OpenLlmElement>(TAGS.join(','))];
    const background = (el: Element) => getComputedStyle(part(el, 'base')!).backgroundColor;
    expect(background(inDark!)).to.equal('rgb(18, 21, 42)');
    expect(background(joinInDark!)).to.equal('rgb(18, 21, 42)');
    expect(background(outside!)).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(outside!)).to.equal('rgb(18, 21, 42)');
  });
});
