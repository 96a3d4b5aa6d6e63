import { expect } from '@open-wc/testing';
import type { Meetup } from '../src/contracts/meetup.js';
import { icsFileName, lifecycleOf, linksOf, structuredDataOf, viewsOf } from '../src/meetup/view-model.js';

// The meetup's view model on its own: pure functions of the data and the clock.

const meetup = (title: string, start: string, end: string, more: Partial<Meetup> = {}): Meetup => ({
  title,
  start,
  end,
  timezone: 'Europe/Paris',
  ...more,
});
const at = (iso: string) => new Date(iso);

describe('meetup view model', () => {
  const past = meetup('Passé', '2026-01-10T18:00:00Z', '2026-01-10T20:00:00Z');
  const older = meetup('Plus ancien', '2025-06-10T18:00:00Z', '2025-06-10T20:00:00Z');
  const live = meetup('En cours', '2026-11-24T11:00:00Z', '2026-11-24T13:00:00Z');
  const soon = meetup('Bientôt', '2026-12-01T18:00:00Z', '2026-12-01T20:00:00Z');
  const later = meetup('Plus tard', '2027-03-01T18:00:00Z', '2027-03-01T20:00:00Z');
  const now = at('2026-11-24T12:00:00Z');

  it('tells upcoming, live and past apart at the exact instants', () => {
    expect(lifecycleOf(soon, at('2026-12-01T17:59:59.999Z'))).to.equal('upcoming');
    expect(lifecycleOf(soon, at('2026-12-01T18:00:00Z'))).to.equal('live');
    expect(lifecycleOf(soon, at('2026-12-01T20:00:00Z'))).to.equal('past');
  });

  it('orders live and upcoming ones first, soonest first, then past ones, latest first', () => {
    const titles = viewsOf([older, later, past, soon, live], now, 'list').map((view) => view.meetup.title);
    expect(titles).to.deep.equal(['En cours', 'Bientôt', 'Plus tard', 'Passé', 'Plus ancien']);
    expect(viewsOf([older, later, past, soon, live], now, 'card').map((view) => view.meetup.title)).to.deep.equal([
      'En cours',
    ]);
    expect(viewsOf([older, past], now, 'card')[0]!.meetup.title).to.equal('Passé');
  });

  it('keeps only safe links, and the others as text to report', () => {
    const links = linksOf(
      meetup('Liens', soon.start, soon.end, {
        registrationUrl: 'mailto:inscription@example.org',
        streamUrl: 'javascript:alert(1)',
        replayUrl: 'https://example.org/replay',
      }),
    );
    expect(links.registrationUrl).to.equal('mailto:inscription@example.org');
    expect(links.streamUrl).to.equal(undefined);
    expect(links.replayUrl).to.equal('https://example.org/replay');
    expect(links.unsafe).to.deep.equal({ streamUrl: 'javascript:alert(1)' });
  });

  it('builds one calendar entry per meetup, with its agenda and a stable id when the data has one', () => {
    const [view] = viewsOf(
      [
        meetup('Atelier', soon.start, soon.end, {
          id: 'atelier-2026-12',
          venue: 'Campus',
          address: '4 place Jussieu, Paris',
          agenda: [{ title: 'Accueil', speaker: 'Équipe', durationMinutes: 30 }],
          registrationUrl: 'https://example.org/inscription',
        }),
      ],
      now,
      'card',
    );
    expect(view!.calendar).to.deep.include({
      uid: 'atelier-2026-12@openllm-france.fr',
      location: 'Campus, 4 place Jussieu, Paris',
      description: '- Accueil (Équipe)',
      url: 'https://example.org/inscription',
    });
  });

  it('describes the shown meetups to search engines', () => {
    const [event] = structuredDataOf(viewsOf([soon], now, 'card')) as Record<string, unknown>[];
    expect(event).to.include({ '@type': 'Event', name: 'Bientôt', startDate: soon.start, endDate: soon.end });
  });

  it('names the .ics file after the title, in plain lower-case words', () => {
    expect(icsFileName('Meetup OpenLLM Europe : bilan 2027')).to.equal('meetup-openllm-europe-bilan-2027.ics');
    expect(icsFileName('« ! »')).to.equal('meetup.ics');
  });
});
