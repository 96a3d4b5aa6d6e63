// Writes the JSON Schemas of the public data contracts next to the npm build, from the same zod
// schemas the widgets use: dist/schemas/*.schema.json. Run after `vite build`.
import { mkdir, writeFile } from 'node:fs/promises';
import { toJSONSchema } from 'zod/mini';
import { MeetupFeedSchema, SignupSchema } from '../dist/contracts/index.js';

// The sign-up as the widgets send it (what a receiver gets); the feed as a partner writes it, so
// fields with a default (`timezone`, `status`) are optional there (zod's `input` side).
const schemas = { signup: [SignupSchema, 'output'], 'meetup-feed': [MeetupFeedSchema, 'input'] };

await mkdir('dist/schemas', { recursive: true });
for (const [name, [schema, io]] of Object.entries(schemas)) {
  const json = { $id: `https://openllm-france.fr/schemas/${name}.schema.json`, ...toJSONSchema(schema, { io }) };
  await writeFile(`dist/schemas/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
}
