import { createHash } from 'node:crypto';

/** The hash under which a confirmation token is kept: the token itself is only in the e-mail. */
export const hashToken = (token) => createHash('sha256').update(token).digest('hex');
