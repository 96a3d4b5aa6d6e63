import { followDocumentLanguage, getLocale, resolveLocale } from '../../src/core/locale.js';

/** Sets `<html lang>` as a page would, and waits until the widgets have switched language. */
export async function setPageLanguage(lang: string): Promise<void> {
  followDocumentLanguage();
  const target = resolveLocale(lang);
  const switched =
    target === getLocale()
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const onStatus = (event: Event) => {
            const { detail } = event as CustomEvent<{ status: string; readyLocale?: string }>;
            if (detail.status === 'ready' && detail.readyLocale === target) {
              window.removeEventListener('lit-localize-status', onStatus);
              resolve();
            }
          };
          window.addEventListener('lit-localize-status', onStatus);
        });
  document.documentElement.lang = lang;
  await switched;
}

/** Collects `console.warn` messages while `run` executes. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return messages;
}
