// The exports, streamed from the store page by page: CSV for spreadsheets, JSON Lines for programs.

/** The columns of the CSV export, in order. */
const CSV_COLUMNS = [
  ['submissionId', (r) => r.submissionId],
  ['receivedAt', (r) => r.receivedAt],
  ['email', (r) => r.signup.email],
  ['name', (r) => r.signup.name],
  ['profile', (r) => r.signup.profile],
  ['organization', (r) => r.signup.organization],
  ['locale', (r) => r.signup.locale],
  ['consentAt', (r) => r.signup.consent.at],
  ['consentText', (r) => r.signup.consent.text],
  ['noticeVersion', (r) => r.signup.consent.noticeVersion],
  ['sourcePage', (r) => r.signup.source.page],
  ['sourceTag', (r) => r.signup.source.tag],
  ['confirmedAt', (r) => r.confirmedAt],
  ['relayState', (r) => r.relay?.state],
  ['relayReason', (r) => r.relay?.reason],
];

// What a spreadsheet may take as the start of a formula, in ASCII, fullwidth and small forms,
// once it has skipped leading spaces and control characters.
const FORMULA_START = /^[\s\p{Cc}\p{Cf}]*[=+\-@＝＋－＠﹦﹢﹣]/u;
const LINE_BREAK = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;

/**
 * One CSV cell, quoted. Line breaks become spaces (a spreadsheet may split a row on them, and what
 * follows would start a cell of its own), and a cell that could read as a formula gets a leading
 * apostrophe, which makes spreadsheets show it as text. The JSON Lines export keeps values exact.
 */
export function csvCell(value) {
  const text = value === undefined || value === null ? '' : String(value).replace(LINE_BREAK, ' ');
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** Every record received at or after `since`, read from the store 500 at a time. */
export async function* records(store, since, first) {
  let page = first;
  while (page.length) {
    yield* page;
    page = await store.page({ since, afterId: page.at(-1).id });
  }
}

export async function* csvLines(store, since, first) {
  yield `${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`;
  for await (const record of records(store, since, first))
    yield `${CSV_COLUMNS.map(([, get]) => csvCell(get(record))).join(',')}\r\n`;
}

export async function* jsonLines(store, since, first) {
  for await (const { submissionId, receivedAt, signup, confirmedAt, relay } of records(store, since, first))
    yield `${JSON.stringify({ submissionId, receivedAt, signup, confirmedAt, relay })}\n`;
}
