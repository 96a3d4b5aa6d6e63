// Hand-written baseline for <openllm-meetup> with its built-in inaugural meetup: status, date and
// times in the meetup's zone and the visitor's (Intl.DateTimeFormat, like the real one), place,
// agenda, and the links of an upcoming or live meetup (the calendar menu and feeds are left out:
// the built-in meetup is past, so the real element shows neither).
import { esc, shadow, stamp } from './vanilla-shared.js';

const MEETUP = {
  title: 'Meetup inaugural de la communauté OpenLLM France',
  start: '2023-06-28T18:30:00+02:00',
  end: '2023-06-28T22:30:00+02:00',
  timezone: 'Europe/Paris',
  venue: 'Villa Good Tech, siège de LINAGORA',
  address: '37 rue Pierre Poli, Issy-les-Moulineaux',
  registrationUrl: 'https://www.eventbrite.fr/e/meetup-inaugural-de-la-communaute-openllm-france-tickets-662423335027',
  streamUrl: 'https://live.linagora.com/',
  agenda: [
    ['Tour de table des participants (1 à 2 minutes chacun)', '', 30],
    ['Présentation de l’initiative OpenLLM France', 'Michel-Marie Maudet', 10],
    ['Brainstorming sur l’organisation de l’initiative', 'Pierre-Julien', 20],
    ['Intervention d’une personnalité du monde académique (à définir)', '', 20],
    ['Proposition de Barcamp / Hackathon pour un premier démonstrateur d’ici fin juillet', 'Michel-Marie Maudet', 10],
  ],
};
const MINUTE = 60_000;

/** Formatters are slow to create: a careful hand-written element keeps them, as the real one does. */
const formatters = new Map();
const formatter = (options) => {
  const key = JSON.stringify(options);
  if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat('fr', options));
  return formatters.get(key);
};
const relative = new Intl.RelativeTimeFormat('fr', { numeric: 'auto' });
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Day, times and zone name of a span in a zone. */
function inZone(start, end, timeZone) {
  const day = formatter({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const time = formatter({ hour: '2-digit', minute: '2-digit', timeZone });
  const zone = formatter({ timeZoneName: 'long', timeZone }).formatToParts(start);
  return {
    day: day.format(start),
    time: time.formatRange(start, end),
    zone: zone.find((part) => part.type === 'timeZoneName')?.value ?? timeZone,
    clock: time,
  };
}

function status(start, end, now) {
  if (now >= end) return ['past', 'Événement passé'];
  if (now >= start) return ['live', 'En direct'];
  const minutes = Math.round((start - now) / MINUTE);
  const soon =
    minutes < 60
      ? relative.format(minutes, 'minute')
      : minutes < 48 * 60
        ? relative.format(Math.round(minutes / 60), 'hour')
        : relative.format(Math.round(minutes / 1440), 'day');
  return ['upcoming', `À venir · ${soon}`];
}

export class VanillaMeetup extends HTMLElement {
  static observedAttributes = ['heading-level'];

  constructor() {
    super();
    this.root = shadow(this, 'vanilla-meetup');
  }

  connectedCallback() {
    this.render();
    // Keeps the status ("dans 3 jours", live, past) true while the page stays open.
    this.clock = setInterval(() => this.render(), MINUTE);
  }

  disconnectedCallback() {
    clearInterval(this.clock);
  }

  attributeChangedCallback() {
    if (this.isConnected) this.render();
  }

  render() {
    const m = MEETUP;
    const level = Math.min(6, Math.max(1, Number(this.getAttribute('heading-level')) || 2));
    const sub = Math.min(6, level + 1);
    const start = new Date(m.start);
    const end = new Date(m.end);
    const [lifecycle, label] = status(start, end, Date.now());
    const here = inZone(start, end, m.timezone);
    const viewer = inZone(start, end, browserZone);
    const local =
      viewer.day === here.day && viewer.time === here.time
        ? ''
        : `<p part="local-time" class="local">Chez vous : ${viewer.day === here.day ? viewer.time : `${viewer.day}, ${viewer.time}`} (${viewer.zone})</p>`;
    let at = start.getTime();
    const agenda = m.agenda.map(([title, speaker, minutes]) => {
      const begins = new Date(at);
      at += minutes * MINUTE;
      return `<li><time datetime="${begins.toISOString()}">${here.clock.format(begins)}</time> <span class="item"><span class="item-title">${esc(title)}</span> ${speaker ? `<span class="speaker">${esc(speaker)}</span> ` : ''}<span class="duration">${minutes} min</span></span></li>`;
    });
    const links = [
      lifecycle === 'upcoming' &&
        `<a part="primary-action" class="primary" href="${esc(m.registrationUrl)}">S’inscrire</a>`,
      lifecycle !== 'past' && `<a class="secondary" href="${esc(m.streamUrl)}">Suivre en direct</a>`,
    ].filter(Boolean);
    stamp(
      this.root,
      `<article part="base" class="card ${lifecycle}"><p part="status" class="status ${lifecycle}">${label}</p> <h${level} part="title">${esc(m.title)}</h${level}>
<p part="when" class="when"><time datetime="${m.start}">${here.day}</time><br>${here.time} <span class="zone">(${here.zone})</span></p>
${local} <p part="where" class="where">${esc(m.venue)} — ${esc(m.address)} <br><a href="https://www.openstreetmap.org/search?query=${encodeURIComponent(m.address)}">Voir le plan sur OpenStreetMap</a></p>
<h${sub} part="agenda-heading">Programme</h${sub}><ol part="agenda" class="agenda">${agenda.join('')}</ol>
${links.length ? `<div part="actions" class="actions">${links.join(' ')}</div>` : ''}</article>`,
    );
  }
}

if (!customElements.get('vanilla-meetup')) customElements.define('vanilla-meetup', VanillaMeetup);
