// Loads one entry point of the installed package, chosen by `?entry=`, and mounts what a consumer
// would: the tags, the React wrappers or a Vue app. The test drives the page and reads
// `window.consumer` (events received, errors).
const entry = new URLSearchParams(location.search).get('entry') ?? '';
const app = document.getElementById('app')!;
const events: string[] = [];
const record = (event: Event & { detail?: unknown }) =>
  events.push(`${event.type} ${event.detail ? JSON.stringify(event.detail) : ''}`.trim());
Object.assign(window, { consumer: { entry, events, ready: false } });

const TAGS = { manifesto: 'openllm-manifesto', meetup: 'openllm-meetup', join: 'openllm-join' } as const;

/** Every element, as plain HTML would have them: the page's own markup and listeners. */
function mountTags(tags: string[]) {
  for (const tag of tags) {
    const element = document.createElement(tag);
    if (tag === 'openllm-manifesto') element.setAttribute('variant', 'summary');
    if (tag === 'openllm-join') element.setAttribute('fields', '');
    app.append(element);
  }
  for (const type of ['openllm-join-request', 'openllm-join-submit']) app.addEventListener(type, record);
  app.addEventListener('openllm-join-submit', (event) => event.preventDefault());
}

async function mountReact() {
  const React = await import('react');
  const { createRoot } = await import('react-dom/client');
  const { OpenLlmJoin, OpenLlmManifesto } = await import('@openllm-france/widgets/react');
  const h = React.createElement;
  createRoot(app).render(
    h(
      React.Fragment,
      null,
      // The wrapper: a property (not an attribute) and typed callbacks.
      h(OpenLlmManifesto, { variant: 'summary', headingLevel: 3, onJoinRequest: record }),
      h(OpenLlmJoin, {
        fields: '',
        endpoint: 'https://example.org/signups',
        onJoinSubmit: (event) => {
          event.preventDefault();
          record(event);
        },
      }),
      // The bare tag: React 19 adds `on<event name>` props as listeners on custom elements.
      h('openllm-meetup', {
        id: 'bare',
        title: 'Meetup OpenLLM Europe',
        start: '2099-06-01T18:30:00+02:00',
        end: '2099-06-01T21:00:00+02:00',
        timezone: 'Europe/Paris',
        'heading-level': 4,
        'onopenllm-meetup-calendar': record,
      }),
    ),
  );
}

async function mountVue() {
  // `vue` is aliased to its full build, which compiles the template in the page; with an SFC, the
  // same option goes to the Vue plugin's `template.compilerOptions` (see the README).
  const { createApp, ref } = await import('vue');
  await import('@openllm-france/widgets');
  const vue = createApp({
    setup: () => ({ fields: ref(''), level: ref(3), record }),
    template: `
      <openllm-manifesto variant="summary" :heading-level="level" @openllm-join-request="record"></openllm-manifesto>
      <openllm-join :fields="fields" endpoint="https://example.org/signups"
        @openllm-join-submit.prevent="record"></openllm-join>`,
  });
  vue.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('openllm-');
  vue.mount(app);
}

async function main() {
  if (entry === 'react') await mountReact();
  else if (entry === 'vue') await mountVue();
  else if (entry === 'schemas') {
    const { SignupSchema } = await import('@openllm-france/widgets/schemas');
    const result = SignupSchema.safeParse({ email: 'not an address' });
    events.push(`schemas ${result.success ? 'accepted' : 'refused'}`);
  } else if (entry === 'root') {
    const widgets = await import('@openllm-france/widgets');
    mountTags(Object.values(TAGS));
    await widgets.setLocale('nl');
  } else if (entry in TAGS) {
    if (entry === 'manifesto') await import('@openllm-france/widgets/manifesto');
    if (entry === 'meetup') await import('@openllm-france/widgets/meetup');
    if (entry === 'join') await import('@openllm-france/widgets/join');
    mountTags([TAGS[entry as keyof typeof TAGS]]);
  } else throw new Error(`unknown entry ${entry}`);
  Object.assign(window, { consumer: { entry, events, ready: true } });
}

void main();
