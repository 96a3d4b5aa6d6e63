/**
 * A sign-up endpoint that lives in the story's page: `fetch` to https://signups.example.invalid/<answer>
 * is answered here, so that stories reach every state of <openllm-join> without any network.
 */
const ORIGIN = 'https://signups.example.invalid/';

export type FakeAnswer = 'subscribed' | 'pending-optin' | 'unavailable' | 'not-found' | 'hang';

const ANSWERS: Record<Exclude<FakeAnswer, 'hang'>, [number, object]> = {
  subscribed: [201, { status: 'subscribed' }],
  'pending-optin': [200, { status: 'pending-optin' }],
  unavailable: [503, { error: 'maintenance' }],
  'not-found': [404, {}],
};

export const fakeEndpoint = (answer: FakeAnswer): string => ORIGIN + answer;

let installed = false;

/** Routes requests to the fake origin to canned answers; everything else goes to the real fetch. */
export function installFakeEndpoint(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(ORIGIN)) return realFetch(input, init);
    const answer = url.slice(ORIGIN.length) as FakeAnswer;
    if (answer === 'hang') {
      // Never answers; gives up like a real request when the widget's timeout aborts it.
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    const [status, body] = ANSWERS[answer];
    return Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
    );
  };
}
