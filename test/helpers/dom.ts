import { waitUntil } from '@open-wc/testing';

/** Reading an element's shadow DOM as the tests do: by part name (`part~=`), and as plain text. */

/** The first node of the element's shadow root with this part, or null. */
export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Every node of the element's shadow root with this part. */
export const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** A node's text with its whitespace collapsed and trimmed ('' for no node). */
export const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Waits until `condition` holds, with a limit sized for a CI machine whose cores are busy (on an
 * idle one it holds within milliseconds); the test runner allows each test 30 s.
 */
export const eventually = (condition: () => unknown, message: string) =>
  waitUntil(condition, message, { timeout: 20_000, interval: 20 });
