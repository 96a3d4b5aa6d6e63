import { compactDate, endDay, toUtcStamp, type CalendarEvent } from './calendar.js';

/**
 * The .ics file (RFC 5545) and its name: loaded when someone asks for the file, since nothing
 * else needs it.
 */

/** The organiser's address in an .ics: RFC 5546 PUBLISH requires an `ORGANIZER`, which is a URI. */
const ORGANIZER_ADDRESS = 'mailto:contact@openllm-france.fr';

/**
 * Removes the control characters (RFC 5545 §3.3.11: TSAFE-CHAR allows none but the tab), which
 * no calendar shows and some refuse.
 */
export const stripControls = (value: string): string => value.replace(/[^\P{Cc}\t]/gu, '');

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, newlines (as `\n`), then
 * drops the other control characters.
 */
export function escapeText(value: string): string {
  return stripControls(
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n'),
  );
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): each continuation starts with a space, and a
 * multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuations 74, after their leading space.
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** One VEVENT's lines. */
function eventLines(event: CalendarEvent, stamp: string): (string | undefined)[] {
  const { allDay } = event;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    allDay ? `DTSTART;VALUE=DATE:${compactDate(event.start)}` : `DTSTART:${toUtcStamp(event.start)}`,
    allDay ? `DTEND;VALUE=DATE:${compactDate(endDay(event))}` : `DTEND:${toUtcStamp(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    event.description && `DESCRIPTION:${escapeText(event.description)}`,
    event.location && `LOCATION:${escapeText(event.location)}`,
    event.url && `URL:${stripControls(event.url)}`,
    `STATUS:${event.status}`,
    `SEQUENCE:${event.sequence}`,
    // A parameter value is quoted, so it may hold `:`, `;` and `,`, but never `"` (RFC 5545 §3.2).
    `ORGANIZER;CN="${stripControls(event.organizer).replace(/"/g, "'")}":${ORGANIZER_ADDRESS}`,
    'END:VEVENT',
  ];
}

/**
 * A complete iCalendar file (CRLF line ends) with one VEVENT per event: timed ones in UTC, all-day
 * ones as dates. Give every upcoming meetup of a list to get them all in one file.
 */
export function toIcs(events: CalendarEvent | readonly CalendarEvent[], now: Date, productVersion: string): string {
  const stamp = toUtcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//OpenLLM France//widgets ${productVersion}//FR`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...[events].flat().flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ].filter((line): line is string => Boolean(line));
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Letters that lose nothing but become two, or that no decomposition turns into ASCII. */
const LETTERS: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** The longest name before `.ics`. */
const MAX_NAME = 80;

/**
 * A file name for the meetup's .ics: its title in lower-case ASCII words joined by hyphens
 * (`Données & œuvres` → `donnees-oeuvres.ics`), at most 80 characters before `.ics`, cut between
 * words when it can be.
 */
export function icsFileName(title: string): string {
  let name = title
    .toLowerCase()
    .replace(/[œæßøłđðþı]/g, (letter) => LETTERS[letter]!)
    .normalize('NFKD')
    // Accents go; so do control characters, but those that separate words (tab, newline) separate them here too.
    .replace(/[\p{M}]|[^\P{Cc}\t-\r]/gu, '')
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-|-$/g, '');
  if (name.length > MAX_NAME) {
    const cut = name.slice(0, MAX_NAME + 1);
    const at = cut.lastIndexOf('-');
    name = at > 0 ? cut.slice(0, at) : cut.slice(0, MAX_NAME);
  }
  return `${name || 'meetup'}.ics`;
}

/** The file name of a list's .ics, with every upcoming meetup. */
export const LIST_ICS_FILE_NAME = 'meetups-openllm-france.ics';
