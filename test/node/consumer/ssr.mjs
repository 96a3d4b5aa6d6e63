// Server-side rendering of a host app (a Next.js page, say): every entry point is imported in
// plain Node, without `window` or `document`, and the React wrappers render to HTML.
import { createElement, Fragment } from 'react';
import { renderToString } from 'react-dom/server';

const entries = ['.', './manifesto', './meetup', './join', './schemas', './react'];
for (const entry of entries)
  await import(entry === '.' ? '@openllm-france/widgets' : `@openllm-france/widgets/${entry.slice(2)}`);

// Lit's server build registers the classes; constructing one must not reach for the DOM either.
const constructed = ['openllm-manifesto', 'openllm-meetup', 'openllm-join'].filter(
  (tag) => new (customElements.get(tag))() instanceof customElements.get(tag),
);

const { OpenLlmJoin, OpenLlmManifesto } = await import('@openllm-france/widgets/react');
const html = renderToString(
  createElement(
    Fragment,
    null,
    createElement(OpenLlmJoin, { endpoint: 'https://example.org/signups' }),
    createElement(OpenLlmManifesto, { variant: 'summary' }),
  ),
);
const globals = { window: typeof window, document: typeof document };
console.log(JSON.stringify({ entries, constructed, globals, html }));
