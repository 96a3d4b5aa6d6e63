/**
 * Servers that live in the story's page, so that stories reach every state without any network:
 * `fetch` to https://signups.example.invalid/<answer> is a sign-up endpoint for <openllm-join>,
 * and https://feeds.example.invalid/<name> a meetup feed for <openllm-meetup>.
 */
const ORIGIN = 'https://signups.example.invalid/';
const FEEDS_ORIGIN = 'https://feeds.example.invalid/';

const meetup = (title: string, start: string, end: string, more: object = {}) => ({
  title,
  start,
  end,
  timezone: 'Europe/Paris',
  venue: 'Villa Good Tech',
  address: '37 rue Pierre Poli, Issy-les-Moulineaux',
  registrationUrl: 'https://example.org/inscription',
  streamUrl: 'https://example.org/direct',
  agenda: [
    { title: 'Accueil', durationMinutes: 30 },
    { title: 'Lucie\u00a0: ce que nous avons appris', speaker: 'Équipe OpenLLM', durationMinutes: 45 },
    { title: 'Feuille de route et groupes de travail', durationMinutes: 45 },
  ],
  ...more,
});

/** The roadmap meetup of 21 January 2027, as the states change it. */
const roadmap = (more: object = {}) =>
  meetup(
    'Meetup OpenLLM Europe\u00a0: feuille de route 2027',
    '2027-01-21T18:30:00+01:00',
    '2027-01-21T21:30:00+01:00',
    more,
  );

/** Meetup feeds: a name gives a body and a status; `hang` never answers. */
const FEEDS: Record<string, [number, string]> = {
  meetup: [
    200,
    JSON.stringify(
      roadmap({
        replayUrl: 'https://example.org/replay',
      }),
    ),
  ],
  list: [
    200,
    JSON.stringify({
      meetups: [
        roadmap(),
        meetup('Atelier corpus ouverts', '2027-03-11T18:30:00+01:00', '2027-03-11T21:00:00+01:00'),
        meetup('Meetup inaugural', '2023-06-28T18:30:00+02:00', '2023-06-28T22:30:00+02:00', {
          replayUrl: 'https://example.org/replay',
        }),
      ],
    }),
  ],
  cancelled: [
    200,
    JSON.stringify(
      roadmap({
        status: 'cancelled',
      }),
    ),
  ],
  postponed: [
    200,
    JSON.stringify(
      roadmap({
        status: 'postponed',
      }),
    ),
  ],
  rescheduled: [
    200,
    JSON.stringify(
      meetup(
        'Meetup OpenLLM Europe\u00a0: feuille de route 2027',
        '2027-01-28T18:30:00+01:00',
        '2027-01-28T21:30:00+01:00',
        {
          status: 'rescheduled',
          previousStart: '2027-01-21T18:30:00+01:00',
        },
      ),
    ),
  ],
  online: [
    200,
    JSON.stringify(
      meetup('Webinaire OpenLLM\u00a0: évaluer un modèle', '2027-01-21T18:30:00+01:00', '2027-01-21T20:00:00+01:00', {
        venue: undefined,
        address: undefined,
        attendance: 'online',
      }),
    ),
  ],
  'all-day': [
    200,
    JSON.stringify(
      meetup('Hackathon OpenLLM\u00a0: données ouvertes', '2027-01-23', '2027-01-24', {
        agenda: [
          { title: 'Constitution des équipes', durationMinutes: 60 },
          { title: 'Présentation des travaux', speaker: 'Les équipes', durationMinutes: 120 },
        ],
      }),
    ),
  ],
  invalid: [200, JSON.stringify({ meetups: [{ title: 'Sans date' }] })],
  unreachable: [404, '{"error":"not found"}'],
};

export const fakeFeed = (name: keyof typeof FEEDS | 'hang'): string => FEEDS_ORIGIN + name;

export type FakeAnswer = 'subscribed' | 'pending-optin' | 'unavailable' | 'refused' | 'hang';

const ANSWERS: Record<Exclude<FakeAnswer, 'hang'>, [number, object]> = {
  subscribed: [201, { status: 'subscribed' }],
  'pending-optin': [200, { status: 'pending-optin' }],
  unavailable: [503, { error: 'maintenance' }],
  refused: [400, { message: 'The e-mail domain is blocklisted.' }], // as Listmonk answers
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
    const json = (status: number, body: string) =>
      Promise.resolve(new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));
    if (url.startsWith(FEEDS_ORIGIN)) {
      const feed = FEEDS[url.slice(FEEDS_ORIGIN.length)];
      return feed ? json(...feed) : new Promise(() => undefined); // `hang`: loading forever
    }
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
