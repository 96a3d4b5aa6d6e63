import { msg } from '@lit/localize';
import type { Profile } from '../contracts/profiles.js';

/** Labels of the profile choices (functions: `msg()` must run at render time). */
export const profileLabels = (): Record<Profile, string> => ({
  researcher: msg('Chercheur ou chercheuse', { id: 'join.profile.researcher' }),
  developer: msg('Acteur du code et des algorithmes', { id: 'join.profile.developer' }),
  'language-specialist': msg('Spécialiste du langage', { id: 'join.profile.languageSpecialist' }),
  user: msg('Futur utilisateur ou utilisatrice', { id: 'join.profile.user' }),
  curious: msg('Curieux ou curieuse', { id: 'join.profile.curious' }),
  organization: msg('Organisation (entreprise, organisme public, association)', { id: 'join.profile.organization' }),
});

/** The exact consent sentence; it is also what the payload records as `consent.text`. */
export const consentSentence = () =>
  msg('J’accepte d’être contacté·e par OpenLLM France au sujet de la communauté.', { id: 'join.consent' });

/** Client-side messages for each field problem. */
export const fieldMessages = () => ({
  emailMissing: msg('Indiquez votre adresse e-mail.', { id: 'join.error.emailMissing' }),
  emailInvalid: msg('Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).', {
    id: 'join.error.emailInvalid',
  }),
  tooLong: msg('200 caractères au maximum.', { id: 'join.error.tooLong' }),
  consent: msg('Cochez cette case pour que nous puissions vous contacter.', { id: 'join.error.consent' }),
  invalid: msg('Cette valeur n’est pas valide.', { id: 'join.error.invalid' }),
});
