// `receiver import FILE.jsonl`: brings the 0.1 receiver's data file into the store. Lines that
// cannot be read (a torn last line) or that fail the schema are counted and named by number, never
// printed: they hold personal data.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { digestOf, emailKeyOf, validateSignup } from './signup.mjs';

/** Resolves to `{ imported, present, conflicting, unreadable: [line numbers], invalid: [line numbers] }`. */
export async function importJsonl(store, file) {
  const counts = { imported: 0, present: 0, conflicting: 0, unreadable: [], invalid: [] };
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (!line.trim()) continue;
    let record;
    try {
      record = JSON.parse(line);
    } catch {
      counts.unreadable.push(number);
      continue;
    }
    const { signup } = validateSignup(record?.signup);
    const receivedAt = Date.parse(record?.receivedAt);
    if (!signup || Number.isNaN(receivedAt)) {
      counts.invalid.push(number);
      continue;
    }
    const outcome = await store.add({
      submissionId: signup.submissionId,
      receivedAt: new Date(receivedAt).toISOString(),
      emailKey: emailKeyOf(signup.email),
      digest: digestOf(signup),
      signup,
    });
    counts[{ stored: 'imported', replayed: 'present', conflict: 'conflicting' }[outcome]]++;
  }
  return counts;
}

/** One sentence for the operator. */
export function describeImport({ imported, present, conflicting, unreadable, invalid }) {
  const parts = [`imported ${imported} sign-up(s)`, `${present} already present`];
  if (conflicting)
    parts.push(`${conflicting} whose submissionId is already used by another sign-up (kept the stored one)`);
  if (unreadable.length) parts.push(`skipped ${unreadable.length} unreadable line(s): ${unreadable.join(', ')}`);
  if (invalid.length)
    parts.push(`skipped ${invalid.length} line(s) that are not valid sign-ups: ${invalid.join(', ')}`);
  return `${parts.join('; ')}.`;
}
