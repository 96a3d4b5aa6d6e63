import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { OpenLlmElement } from '../core/base-element.js';
import { heading } from '../core/heading.js';
import { getLocale } from '../core/locale.js';
import type { Meetup, MeetupInput } from '../contracts/meetup.js';
import { safeUrl } from '../core/safe-url.js';
import { formatDay, formatDays, formatSpan, formatTime, relativeTime, sameClock, zoneName } from './time.js';
import { CLIENT_VERSION } from '../core/version.js';
import { checkChoice, checkHeadingLevel } from '../core/attributes.js';
import { warn } from '../core/warn.js';
import { MeetupCalendarEvent, MeetupRegisterEvent, type CalendarKind } from './events.js';
import { meetupStyles } from './meetup.styles.js';
import { encodeText, googleCalendarUrl, outlookCalendarUrl } from './calendar.js';
import { fetchJson } from './feed.js';
import { checkMeetupFeed } from '../contracts/check-meetup-feed.js';
import { linksOf, viewsOf, type MeetupView } from './view-model.js';

export type MeetupLayout = 'card' | 'list';
const LAYOUTS: readonly MeetupLayout[] = ['card', 'list'];
export type { MeetupLifecycle } from './view-model.js';
/** The visitor's zone, read once: each read creates a formatter. */
let browserZone: string | undefined;
/** The community's own meetup, loaded only by a page that gives none. */
let inaugural: typeof import('./inaugural.js') | undefined;
/**
 * In-app browsers (Facebook, Instagram, LinkedIn… and other WebViews) cannot save a file: the .ics
 * button explains instead (see docs/meetup.md).
 */
const IN_APP_BROWSER = /; wv\)|FBAN|FBAV|Instagram|LinkedInApp|Line\/|(iPhone|iPad|iPod)(?!.*Safari)/;
type Source = 'feed' | 'inline' | 'attributes' | 'default';
type Failure = 'invalid' | 'unreachable';
/** Where the element's data stands; only `ready` has meetups. */
type Data =
  | { status: 'loading' }
  | { status: 'ready'; meetups: Meetup[]; source: Source }
  | { status: 'failed'; failure: Failure };

/** Properties that change which meetups are shown. */
const DATA_PROPERTIES = [
  'src',
  'meetupId',
  'meetupTitle',
  'start',
  'end',
  'timezone',
  'venue',
  'address',
  'registrationUrl',
  'streamUrl',
  'replayUrl',
] as const;

const MINUTE = 60_000;
const STRUCTURED_DATA = ':scope > script[data-openllm-structured-data]';

/**
 * A community meetup: when (in the meetup's time zone, and in the visitor's own when it differs),
 * where, the agenda, registration, livestream, replay and add-to-calendar.
 *
 * Data comes from, in order: the JSON feed at `src`; an inline `<script type="application/json">`
 * child; the attributes; the community's inaugural meetup. It is validated with `MeetupSchema`.
 *
 * @tagname openllm-meetup
 * @summary The community's meetup card: time zones, agenda, registration, livestream and calendar.
 *
 * @fires {MeetupCalendarEvent} openllm-meetup-calendar - The person chose a calendar; `detail` is `{ kind: 'ics' | 'google' | 'outlook' | 'microsoft365' }`.
 * @fires {MeetupRegisterEvent} openllm-meetup-register - The person followed the registration link; `detail` is `{ url, meetupId? }`.
 *
 * @csspart base - The outermost wrapper, in every state: the card, the list, the placeholder or the error.
 * @csspart card - Each meetup's card.
 * @csspart status - The lifecycle badge: upcoming (with how soon), live, past.
 * @csspart title - The meetup's title.
 * @csspart when - Date, times and time zone.
 * @csspart local-time - The same times in the visitor's time zone, when it differs.
 * @csspart where - Venue, address and map link.
 * @csspart agenda - The agenda list.
 * @csspart actions - Registration, livestream and replay links.
 * @csspart primary-action - The main action of the moment (register, watch live, watch the replay).
 * @csspart calendar - The add-to-calendar group: its label and its choices.
 * @csspart calendar-choice - Each add-to-calendar choice (the .ics file, Google, Outlook), all alike.
 * @csspart list - The list of meetups of `layout="list"`.
 * @csspart loading - The placeholder shown while a feed loads.
 * @csspart error - The message shown when the meetup cannot be shown.
 *
 * @cssprop [--openllm-meetup-background=var(--openllm-color-surface)] - Card background.
 * @cssprop [--openllm-meetup-color=var(--openllm-color-text)] - Text colour.
 * @cssprop [--openllm-meetup-accent=var(--openllm-color-accent)] - Links, badge and main action.
 * @cssprop [--openllm-meetup-min-height=41rem] - Height kept while loading, so that the page does not jump (61rem in an element narrower than 30rem, 50rem up to 36rem; openllm-widgets.css reserves the same before the element is defined).
 */
export class OpenLlmMeetup extends OpenLlmElement {
  static override properties = {
    data: { state: true, attribute: false },
    fileRefused: { state: true, attribute: false },
    src: {},
    meetupId: { attribute: 'meetup-id' },
    meetupTitle: { attribute: 'title' },
    start: {},
    end: {},
    timezone: {},
    venue: {},
    address: {},
    registrationUrl: { attribute: 'registration-url' },
    streamUrl: { attribute: 'stream-url' },
    replayUrl: { attribute: 'replay-url' },
    layout: { reflect: true, useDefault: true },
    structuredData: { attribute: 'structured-data', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
    now: { attribute: false },
    viewerTimeZone: { attribute: false },
  };

  static override styles = [...OpenLlmElement.styles, meetupStyles];

  private data: Data = { status: 'loading' };
  /** An in-app browser refused the .ics: say why, under the choices. */
  private fileRefused = false;
  /** The shown meetups as rendered: computed once per update from the data, the clock and the layout. */
  private views: MeetupView[] = [];
  private loads = 0;
  private clock?: ReturnType<typeof setInterval>;

  /** URL of a JSON feed: one meetup, or `{ "meetups": [ … ] }`. */
  src = '';

  /**
   * A stable identifier of the meetup given by attributes: calendars know the meetup by it (its
   * UID), so a new title or another language updates the entry rather than adding one.
   */
  meetupId = '';

  /** Title of the meetup given by attributes (also shown by browsers as a tooltip: prefer JSON for long titles). */
  meetupTitle = '';

  /** Start, ISO 8601 with offset (`2023-06-28T18:30:00+02:00`). */
  start = '';

  /** End, ISO 8601 with offset. */
  end = '';

  /** IANA time zone the meetup is shown in. */
  timezone = 'Europe/Paris';

  /** Name of the place. */
  venue = '';

  /** Street address, also used for the OpenStreetMap link. */
  address = '';

  /** Registration page (http(s) or mailto). */
  registrationUrl = '';

  /** Livestream page (http(s)). */
  streamUrl = '';

  /** Replay page (http(s)). */
  replayUrl = '';

  /** `card` (default) shows the next meetup (or the latest past one); `list` shows them all, upcoming first. */
  layout: MeetupLayout = 'card';

  /** Adds a schema.org `Event` JSON-LD block to the light DOM, for search engines. */
  structuredData = false;

  /** Level (1–6) of each meetup's title; the agenda heading uses the next level. */
  headingLevel = 2;

  /** The current time, for tests and stories; the real clock when unset. */
  now?: Date;

  /** The visitor's IANA time zone; the browser's when unset. */
  viewerTimeZone?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Keep "dans 3 jours" and the live/past switch true while the page stays open.
    this.clock = setInterval(() => this.now || this.requestUpdate(), MINUTE);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
  }

  /** The heading level and layout in use: the attributes' values, or their defaults when invalid. */
  private level = 2;
  private shownLayout: MeetupLayout = 'card';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.level = checkHeadingLevel(this, this.headingLevel);
    if (changed.has('layout')) this.shownLayout = checkChoice(this, 'layout', this.layout, LAYOUTS);
    if (!this.hasUpdated || DATA_PROPERTIES.some((name) => changed.has(name))) void this.load();
    // The default meetup is translated: parse it again in the current language.
    else if (this.data.status === 'ready' && this.data.source === 'default' && inaugural)
      this.show(inaugural.inauguralMeetup(), 'default');
    this.views = this.data.status === 'ready' ? viewsOf(this.data.meetups, this.currentTime, this.shownLayout) : [];
  }

  protected override updated(): void {
    if (this.structuredData || this.querySelector(STRUCTURED_DATA))
      this.updateStructuredData().catch((error: unknown) => warn(this, `could not add its structured data: ${error}`));
  }

  private get currentTime(): Date {
    return this.now ?? new Date();
  }

  private get viewerZone(): string {
    return this.viewerTimeZone ?? (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
  }

  /**
   * Finds the data (feed, inline JSON, attributes, default) and shows it, or says why it can't.
   * Runs on the first update, so a feed is requested as soon as the element connects; data
   * already in the page shows in that same first render, with no placeholder.
   */
  private async load(): Promise<void> {
    const load = ++this.loads;
    this.data = { status: 'loading' };
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (this.src) {
      const url = safeUrl(this.src);
      if (!url) return this.fail('invalid', `src="${this.src}" is not an http(s) URL.`);
      const result = await fetchJson(url);
      if (load !== this.loads) return; // a newer load started meanwhile
      if ('data' in result) return this.show(result.data, 'feed');
      if (result.reason === 'unreachable')
        return this.fail('unreachable', `could not load ${url}${result.status ? ` (HTTP ${result.status})` : ''}.`);
      if (result.reason === 'too-large') return this.fail('invalid', `${url} is too large (${result.bytes} bytes).`);
      return this.fail('invalid', `${url} is not valid JSON: ${result.message}`);
    }
    if (inline) {
      try {
        return this.show(JSON.parse(inline.textContent ?? ''), 'inline');
      } catch (error) {
        return this.fail('invalid', `the inline JSON is not valid: ${(error as Error).message}`);
      }
    }
    if (this.start || this.end || this.meetupTitle) return this.show(this.fromAttributes(), 'attributes');
    try {
      inaugural ??= await import('./inaugural.js');
    } catch {
      if (load === this.loads) this.fail('unreachable', 'could not load the default meetup (offline?).');
      return;
    }
    if (load === this.loads) this.show(inaugural.inauguralMeetup(), 'default');
  }

  private fromAttributes(): MeetupInput {
    const optional = (value: string) => value || undefined;
    return {
      id: optional(this.meetupId),
      title: this.meetupTitle,
      start: this.start,
      end: this.end,
      timezone: this.timezone,
      venue: optional(this.venue),
      address: optional(this.address),
      registrationUrl: optional(this.registrationUrl),
      streamUrl: optional(this.streamUrl),
      replayUrl: optional(this.replayUrl),
    };
  }

  private show(data: unknown, source: Source): void {
    const parsed = checkMeetupFeed(data);
    if ('problems' in parsed)
      return this.fail('invalid', `the ${source} data is invalid: ${parsed.problems.join('; ')}.`);
    this.data = { status: 'ready', meetups: parsed.meetups, source };
    // Links that will be shown as plain text, said once in the console.
    if (source === 'default') return;
    for (const meetup of parsed.meetups)
      for (const [field, value] of Object.entries(linksOf(meetup).unsafe))
        warn(this, `${field} "${value}" of "${meetup.title}" is not an allowed link; it is shown as text.`);
  }

  private fail(failure: Failure, message: string): void {
    warn(this, message);
    this.data = { status: 'failed', failure };
  }

  /**
   * Saves the .ics of `views` (one meetup, or every upcoming one of a list). A data: URL, not a
   * blob: iOS Safari opens it in Calendar. In-app browsers save nothing: the element says so.
   */
  private async downloadIcs(views: readonly MeetupView[]): Promise<void> {
    this.dispatchEvent(new MeetupCalendarEvent('ics'));
    if ((this.fileRefused = IN_APP_BROWSER.test(navigator.userAgent))) return;
    const { toIcs, icsFileName, LIST_ICS_FILE_NAME } = await import('./ics.js');
    const ics = toIcs(
      views.map((view) => view.calendar),
      this.currentTime,
      CLIENT_VERSION,
    );
    const link = document.createElement('a');
    link.href = `data:text/calendar;charset=utf-8,${encodeText(ics)}`;
    link.download = views.length === 1 ? icsFileName(views[0]!.meetup.title) : LIST_ICS_FILE_NAME;
    link.click();
  }

  private onCalendarLink(kind: CalendarKind): void {
    this.dispatchEvent(new MeetupCalendarEvent(kind));
  }

  private onRegister(meetup: Meetup, url: string): void {
    this.dispatchEvent(new MeetupRegisterEvent({ url, meetupId: meetup.id }));
  }

  /** Keeps a schema.org Event block in the light DOM in step with the shown meetups (code loaded on demand). */
  private async updateStructuredData(): Promise<void> {
    const { structuredDataOf } = await import('./structured-data.js');
    let block = this.querySelector<HTMLScriptElement>(STRUCTURED_DATA);
    if (!this.structuredData || !this.views.length) return block?.remove();
    if (!block) {
      block = document.createElement('script');
      block.type = 'application/ld+json';
      block.dataset.openllmStructuredData = '';
      this.append(block);
    }
    const events = structuredDataOf(this.views);
    // `<` escaped so that no text of the data can close the script element.
    block.textContent = JSON.stringify(events.length === 1 ? events[0] : events).replace(/</g, '\\u003c');
  }

  private renderStatus({ lifecycle, status, startAt }: MeetupView) {
    const label =
      status === 'cancelled'
        ? msg('Annulé', { id: 'meetup.status.cancelled' })
        : status === 'postponed'
          ? msg('Reporté : nouvelle date à venir', { id: 'meetup.status.postponed' })
          : lifecycle === 'upcoming'
            ? msg(str`À venir · ${relativeTime(startAt, this.currentTime, getLocale())}`, {
                id: 'meetup.status.upcoming',
              })
            : lifecycle === 'live'
              ? msg('En direct', { id: 'meetup.status.live' })
              : msg('Événement passé', { id: 'meetup.status.past' });
    const kind = status === 'cancelled' || status === 'postponed' ? status : lifecycle;
    return html`<p part="status" class="status ${kind}">${label}</p>`;
  }

  private renderWhen({ meetup, allDay, startAt, endAt, previousStartAt }: MeetupView) {
    const locale = getLocale();
    const { timezone } = meetup;
    const previous = previousStartAt
      ? html`<p part="previous-date" class="previous">
          ${msg(str`Nouvelle date : initialement prévu ${formatDay(previousStartAt, timezone, locale, !allDay)}`, {
            id: 'meetup.previousDate',
          })}
        </p>`
      : nothing;
    // A whole day, or several: the days as the meetup's place reads them, no hours, no zone.
    if (allDay)
      return html`<p part="when" class="when">
          <time datetime=${meetup.start}>${formatDays(startAt, endAt, timezone, locale)}</time>
        </p>
        ${previous}`;
    const span = formatSpan(startAt, endAt, timezone, locale);
    const viewer = this.viewerZone;
    const onSameClock = sameClock(startAt, timezone, viewer) && sameClock(endAt, timezone, viewer);
    const local = onSameClock ? undefined : formatSpan(startAt, endAt, viewer, locale);
    return html`<p part="when" class="when">
        <time datetime=${meetup.start}>${span.day}</time>${span.time ? html`<br />${span.time}` : nothing}
        <span class="zone">(${zoneName(startAt, timezone, locale)})</span>
      </p>
      ${
        local
          ? html`<p part="local-time" class="local">
              ${msg('Chez vous :', { id: 'meetup.localTime' })}
              ${local.time && local.day === span.day ? local.time : [local.day, local.time].filter(Boolean).join(', ')}
              (${zoneName(startAt, viewer, locale)})
            </p>`
          : nothing
      }
      ${previous}`;
  }

  private renderWhere(meetup: Meetup) {
    if (!meetup.venue && !meetup.address) return nothing;
    const place = meetup.address ?? meetup.venue!;
    const map = `https://www.openstreetmap.org/search?query=${encodeText(place)}`;
    return html`<p part="where" class="where">
      ${[meetup.venue, meetup.address].filter(Boolean).join(' — ')}
      <br /><a href=${map}>${msg('Voir le plan sur OpenStreetMap', { id: 'meetup.map' })}</a>
    </p>`;
  }

  /** The agenda; an all-day meetup's items have no clock times. */
  private renderAgenda({ meetup, allDay, startAt }: MeetupView) {
    if (!meetup.agenda?.length) return nothing;
    let at = startAt.getTime();
    return html`${heading(this.level + 1, msg('Programme', { id: 'meetup.agenda' }), 'agenda-heading')}
      <ol part="agenda" class="agenda ${allDay ? 'untimed' : ''}">
        ${meetup.agenda.map((item) => {
          const begins = new Date(at);
          at += item.durationMinutes * MINUTE;
          return html`<li>
            ${
              allDay
                ? nothing
                : html`<time datetime=${begins.toISOString()}
                    >${formatTime(begins, meetup.timezone, getLocale())}</time
                  >`
            }
            <span class="item">
              <span class="item-title">${item.title}</span>
              ${item.speaker ? html`<span class="speaker">${item.speaker}</span>` : nothing}
              <span class="duration">${msg(str`${item.durationMinutes} min`, { id: 'meetup.duration' })}</span>
            </span>
          </li>`;
        })}
      </ol>`;
  }

  private renderActions({ meetup, lifecycle, links, status }: MeetupView) {
    const unsafe = Object.values(links.unsafe);
    const cancelled = status === 'cancelled';
    const register =
      lifecycle === 'upcoming' && !cancelled && links.registrationUrl
        ? html`<a
            part="primary-action"
            class="primary"
            href=${links.registrationUrl}
            @click=${() => this.onRegister(meetup, links.registrationUrl!)}
            >${msg('S’inscrire', { id: 'meetup.register' })}</a
          >`
        : nothing;
    const stream =
      lifecycle !== 'past' && !cancelled && links.streamUrl
        ? html`<a
            part=${lifecycle === 'live' ? 'primary-action' : nothing}
            class=${lifecycle === 'live' ? 'primary' : 'secondary'}
            href=${links.streamUrl}
            >${
              lifecycle === 'live'
                ? msg('Suivre en direct maintenant', { id: 'meetup.watchLive' })
                : msg('Suivre en direct', { id: 'meetup.stream' })
            }</a
          >`
        : nothing;
    const replay =
      links.replayUrl && lifecycle === 'past'
        ? html`<a part="primary-action" class="primary" href=${links.replayUrl}
            >${msg('Voir le replay', { id: 'meetup.replay' })}</a
          >`
        : nothing;
    if (register === nothing && stream === nothing && replay === nothing && !unsafe.length) return nothing;
    return html`<div part="actions" class="actions">
      ${lifecycle === 'live' ? [stream, register] : [register, stream]} ${replay}
      ${unsafe.map((value) => html`<span class="unsafe-url">${value}</span>`)}
    </div>`;
  }

  /** A link to add the meetup to an online calendar, which tells the page which one was chosen. */
  private renderCalendarLink(kind: CalendarKind, href: string, label: string) {
    return html`<a part="calendar-choice" class="secondary" href=${href} @click=${() => this.onCalendarLink(kind)}
      >${label}</a
    >`;
  }

  /**
   * The calendar choices, equals: the .ics file (a button: it downloads), Google Calendar,
   * Outlook.com (personal accounts) and Microsoft 365 (work and school accounts). A cancelled
   * meetup offers the file only: it turns an entry already added into a cancelled one.
   */
  private renderCalendar(view: MeetupView) {
    const { calendar, meetup, status } = view;
    const cancelled = status === 'cancelled';
    const label = cancelled
      ? msg('Mettre à jour mon agenda', { id: 'meetup.calendar.update' })
      : msg('Ajouter à mon agenda', { id: 'meetup.calendar' });
    return html`<div part="calendar" class="calendar" role="group" aria-label=${label}>
      <p class="calendar-label" aria-hidden="true">${label}</p>
      <div class="actions choices">
        ${this.renderIcsButton([view], msg('Fichier .ics', { id: 'meetup.calendar.ics' }))}
        ${
          cancelled
            ? nothing
            : [
                this.renderCalendarLink(
                  'google',
                  googleCalendarUrl(calendar, meetup.timezone),
                  msg('Google Agenda', { id: 'meetup.calendar.google' }),
                ),
                this.renderCalendarLink('outlook', outlookCalendarUrl(calendar, 'live'), 'Outlook.com'),
                this.renderCalendarLink('microsoft365', outlookCalendarUrl(calendar, 'office'), 'Microsoft 365'),
              ]
        }
      </div>
    </div>`;
  }

  private renderIcsButton(views: readonly MeetupView[], label: string) {
    return html`<button
      part="calendar-choice"
      class="secondary"
      type="button"
      @click=${() =>
        this.downloadIcs(views).catch((error: unknown) => warn(this, `could not make the calendar file: ${error}`))}
    >
      ${label}
    </button>`;
  }

  /**
   * Said under the .ics button in a browser that cannot save files (an app's built-in browser). The
   * live region is always there, empty, so that its text is announced when it comes.
   */
  private renderFileRefused() {
    const note = this.fileRefused
      ? msg(
          'Ce navigateur intégré à une application ne peut pas enregistrer le fichier : ouvrez la page dans votre navigateur, ou choisissez un agenda en ligne.',
          { id: 'meetup.calendar.refused' },
        )
      : nothing;
    return html`<p part="calendar-note" class="calendar-note" role="status">${note}</p>`;
  }

  /** One meetup's card; alone (`layout="card"`) it is also the element's base. */
  private renderMeetup(view: MeetupView, alone: boolean) {
    const { meetup, lifecycle } = view;
    return html`<article part=${alone ? 'base card' : 'card'} class="card ${lifecycle}" lang=${getLocale()}>
      ${this.renderStatus(view)} ${heading(this.level, meetup.title, 'title')}
      ${meetup.description ? html`<p class="description">${meetup.description}</p>` : nothing} ${this.renderWhen(view)}
      ${this.renderWhere(meetup)} ${this.renderAgenda(view)} ${this.renderActions(view)}
      ${lifecycle === 'upcoming' ? this.renderCalendar(view) : nothing} ${alone ? this.renderFileRefused() : nothing}
    </article>`;
  }

  private renderFailure(failure: Failure) {
    return html`<div part="base error" class="card error" role="status" lang=${getLocale()}>
      <p>
        ${
          failure === 'unreachable'
            ? msg('Les informations du meetup n’ont pas pu être chargées. Réessayez plus tard.', {
                id: 'meetup.error.unreachable',
              })
            : msg('Les informations du meetup sont incomplètes ou invalides : elles ne peuvent pas être affichées.', {
                id: 'meetup.error.invalid',
              })
        }
      </p>
      ${
        failure === 'unreachable'
          ? html`<button type="button" @click=${() => void this.load()}>
              ${msg('Réessayer', { id: 'meetup.retry' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** Every meetup, and one .ics file with all the upcoming ones. */
  private renderList(views: readonly MeetupView[]) {
    const upcoming = views.filter((view) => view.lifecycle === 'upcoming');
    return html`<div part="base" class="list-layout" lang=${getLocale()}>
      <ul part="list" class="list">
        ${views.map((view) => html`<li>${this.renderMeetup(view, false)}</li>`)}
      </ul>
      ${
        upcoming.length > 1
          ? html`<div part="calendar-all" class="card actions">
              ${this.renderIcsButton(upcoming, msg('Tous les meetups à venir dans mon agenda (.ics)', { id: 'meetup.calendar.all' }))}
            </div>`
          : nothing
      }
      ${this.renderFileRefused()}
    </div>`;
  }

  override render() {
    const { data, views } = this;
    switch (data.status) {
      case 'loading':
        return html`<div part="base loading" class="card loading" role="status" aria-busy="true" lang=${getLocale()}>
          ${msg('Chargement du meetup…', { id: 'meetup.loading' })}
        </div>`;
      case 'failed':
        return this.renderFailure(data.failure);
      default:
        return this.shownLayout === 'list' ? this.renderList(views) : this.renderMeetup(views[0]!, true);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'openllm-meetup': OpenLlmMeetup;
  }
}
