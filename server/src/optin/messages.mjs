// The words of the double opt-in, in the widgets' six languages: the confirmation e-mail and the
// pages its link opens. A sign-up's locale picks the language (`fr-CA` → `fr`); French otherwise.

const TEXTS = {
  fr: {
    subject: 'Confirmez votre inscription à la communauté OpenLLM France',
    body: (link, days) =>
      `Bonjour,\n\nPour confirmer votre inscription à la communauté OpenLLM France, ouvrez ce lien :\n${link}\n\n` +
      `Il est valable ${days} jours. Si vous n’avez rien demandé, ignorez ce message : sans confirmation, votre adresse sera effacée.`,
    ask: 'Confirmer votre inscription',
    askText: 'Un clic, et vous rejoignez la communauté OpenLLM France.',
    button: 'Je confirme mon inscription',
    done: 'Inscription confirmée',
    doneText: 'Merci ! Votre inscription à la communauté OpenLLM France est confirmée.',
    invalid: 'Lien invalide ou expiré',
    invalidText:
      'Ce lien de confirmation n’est plus valable : il a déjà servi, ou il a expiré. Vous pouvez vous inscrire à nouveau.',
  },
  en: {
    subject: 'Confirm your sign-up to the OpenLLM France community',
    body: (link, days) =>
      `Hello,\n\nTo confirm that you are joining the OpenLLM France community, open this link:\n${link}\n\n` +
      `It is valid for ${days} days. If you did not ask for this, ignore this message: without confirmation, your address will be erased.`,
    ask: 'Confirm your sign-up',
    askText: 'One click, and you join the OpenLLM France community.',
    button: 'I confirm my sign-up',
    done: 'Sign-up confirmed',
    doneText: 'Thank you! Your sign-up to the OpenLLM France community is confirmed.',
    invalid: 'Invalid or expired link',
    invalidText:
      'This confirmation link is no longer valid: it has been used already, or it has expired. You can sign up again.',
  },
  de: {
    subject: 'Bestätigen Sie Ihre Anmeldung bei der Community OpenLLM France',
    body: (link, days) =>
      `Guten Tag,\n\num Ihre Anmeldung bei der Community OpenLLM France zu bestätigen, öffnen Sie diesen Link:\n${link}\n\n` +
      `Er ist ${days} Tage gültig. Wenn Sie nichts angefordert haben, ignorieren Sie diese Nachricht: Ohne Bestätigung wird Ihre Adresse gelöscht.`,
    ask: 'Anmeldung bestätigen',
    askText: 'Ein Klick, und Sie sind Teil der Community OpenLLM France.',
    button: 'Ich bestätige meine Anmeldung',
    done: 'Anmeldung bestätigt',
    doneText: 'Vielen Dank! Ihre Anmeldung bei der Community OpenLLM France ist bestätigt.',
    invalid: 'Ungültiger oder abgelaufener Link',
    invalidText:
      'Dieser Bestätigungslink ist nicht mehr gültig: Er wurde bereits verwendet oder ist abgelaufen. Sie können sich erneut anmelden.',
  },
  es: {
    subject: 'Confirme su inscripción en la comunidad OpenLLM France',
    body: (link, days) =>
      `Hola:\n\nPara confirmar su inscripción en la comunidad OpenLLM France, abra este enlace:\n${link}\n\n` +
      `Es válido durante ${days} días. Si no ha pedido nada, ignore este mensaje: sin confirmación, su dirección se borrará.`,
    ask: 'Confirme su inscripción',
    askText: 'Un clic y se une a la comunidad OpenLLM France.',
    button: 'Confirmo mi inscripción',
    done: 'Inscripción confirmada',
    doneText: '¡Gracias! Su inscripción en la comunidad OpenLLM France está confirmada.',
    invalid: 'Enlace no válido o caducado',
    invalidText:
      'Este enlace de confirmación ya no es válido: ya se ha usado o ha caducado. Puede inscribirse de nuevo.',
  },
  it: {
    subject: 'Conferma la tua iscrizione alla comunità OpenLLM France',
    body: (link, days) =>
      `Ciao,\n\nper confermare la tua iscrizione alla comunità OpenLLM France, apri questo link:\n${link}\n\n` +
      `È valido per ${days} giorni. Se non hai chiesto nulla, ignora questo messaggio: senza conferma, il tuo indirizzo sarà cancellato.`,
    ask: 'Conferma la tua iscrizione',
    askText: 'Un clic e fai parte della comunità OpenLLM France.',
    button: 'Confermo la mia iscrizione',
    done: 'Iscrizione confermata',
    doneText: 'Grazie! La tua iscrizione alla comunità OpenLLM France è confermata.',
    invalid: 'Link non valido o scaduto',
    invalidText:
      'Questo link di conferma non è più valido: è già stato usato oppure è scaduto. Puoi iscriverti di nuovo.',
  },
  nl: {
    subject: 'Bevestig je aanmelding bij de OpenLLM France-community',
    body: (link, days) =>
      `Hallo,\n\nOpen deze link om je aanmelding bij de OpenLLM France-community te bevestigen:\n${link}\n\n` +
      `Hij is ${days} dagen geldig. Heb je niets aangevraagd, negeer dan dit bericht: zonder bevestiging wordt je adres gewist.`,
    ask: 'Bevestig je aanmelding',
    askText: 'Eén klik, en je hoort bij de OpenLLM France-community.',
    button: 'Ik bevestig mijn aanmelding',
    done: 'Aanmelding bevestigd',
    doneText: 'Bedankt! Je aanmelding bij de OpenLLM France-community is bevestigd.',
    invalid: 'Ongeldige of verlopen link',
    invalidText:
      'Deze bevestigingslink is niet meer geldig: hij is al gebruikt of verlopen. Je kunt je opnieuw aanmelden.',
  },
};

/** The language of a locale among the six, French by default. */
export const languageOf = (locale = '') => {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return language in TEXTS ? language : 'fr';
};

export const textsFor = (locale) => TEXTS[languageOf(locale)];

const escape = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A small page in the sign-up's language: a heading, a sentence, and optionally a form. */
export function page(locale, title, text, form = '') {
  return `<!doctype html>
<html lang="${languageOf(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(text)}</p>
${form}
</main>
</body>
</html>
`;
}

/** The page a confirmation link opens: one button, so that a mail scanner following links confirms nothing. */
export function confirmPage(locale, token) {
  const t = textsFor(locale);
  return page(
    locale,
    t.ask,
    t.askText,
    `<form method="post" action="confirm"><input type="hidden" name="token" value="${escape(token)}"><button type="submit">${escape(t.button)}</button></form>`,
  );
}
