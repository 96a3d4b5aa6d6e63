// The confirmation e-mail of the double opt-in, sent with nodemailer to SMTP_URL. Each call
// resolves to an outcome for the queue: `{ done }`, `{ retry }` (no connection, or a 4xx SMTP
// answer: try later) or `{ refuse }` (a 5xx SMTP answer: this address will not take it).
import nodemailer from 'nodemailer';
import { scrub } from '../scrub.mjs';
import { textsFor } from './messages.mjs';

export function optinMailer({ smtpUrl, mailFrom, publicUrl, expiryDays }) {
  const transport = nodemailer.createTransport(smtpUrl);
  const base = publicUrl.replace(/\/+$/, '');

  return {
    /** Resolves to undefined when the SMTP server answers, else to what is wrong. */
    async check() {
      try {
        await transport.verify();
        return undefined;
      } catch (error) {
        return `cannot use SMTP_URL: ${error.message}`;
      }
    },

    /** Sends the link that confirms `signup`, in its language. */
    async send(signup, token) {
      const t = textsFor(signup.locale);
      const link = `${base}/api/signups/confirm?token=${encodeURIComponent(token)}`;
      try {
        await transport.sendMail({
          from: mailFrom,
          to: signup.email,
          subject: t.subject,
          text: t.body(link, expiryDays),
          textEncoding: 'base64', // a link never split by quoted-printable soft breaks
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        return { done: true };
      } catch (error) {
        const code = error.responseCode;
        const reason = scrub(`SMTP ${code ?? error.code ?? 'error'}: ${error.response ?? error.message}`);
        return code >= 500 && code < 600 ? { refuse: reason } : { retry: reason };
      }
    },

    close: () => transport.close(),
  };
}
