import { msg } from '@lit/localize';
import type { MeetupInput } from '../contracts/meetup.js';

/**
 * The community's inaugural meetup, from the manifesto's invitation: shown when a page gives no
 * meetup of its own. A function: `msg()` must run at render time to follow the current locale.
 */
export const inauguralMeetup = (): MeetupInput => ({
  id: 'openllm-france-inaugural-meetup-2023-06-28',
  title: msg('Meetup inaugural de la communauté OpenLLM France', { id: 'meetup.inaugural.title' }),
  start: '2023-06-28T18:30:00+02:00',
  end: '2023-06-28T22:30:00+02:00',
  timezone: 'Europe/Paris',
  venue: msg('Villa Good Tech, siège de LINAGORA', { id: 'meetup.inaugural.venue' }),
  address: '37 rue Pierre Poli, Issy-les-Moulineaux',
  registrationUrl: 'https://www.eventbrite.fr/e/meetup-inaugural-de-la-communaute-openllm-france-tickets-662423335027',
  streamUrl: 'https://live.linagora.com/',
  agenda: [
    {
      title: msg('Tour de table des participants (1 à 2 minutes chacun)', { id: 'meetup.inaugural.agenda.roundTable' }),
      durationMinutes: 30,
    },
    {
      title: msg('Présentation de l’initiative OpenLLM France', { id: 'meetup.inaugural.agenda.initiative' }),
      speaker: 'Michel-Marie Maudet',
      durationMinutes: 10,
    },
    {
      title: msg('Brainstorming sur l’organisation de l’initiative', { id: 'meetup.inaugural.agenda.brainstorming' }),
      speaker: 'Pierre-Julien',
      durationMinutes: 20,
    },
    {
      title: msg('Intervention d’une personnalité du monde académique (à définir)', {
        id: 'meetup.inaugural.agenda.academic',
      }),
      durationMinutes: 20,
    },
    {
      title: msg('Proposition de Barcamp / Hackathon pour un premier démonstrateur d’ici fin juillet', {
        id: 'meetup.inaugural.agenda.hackathon',
      }),
      speaker: 'Michel-Marie Maudet',
      durationMinutes: 10,
    },
  ],
});
