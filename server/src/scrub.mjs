/** Text for a log line or a stored reason, with anything shaped like an e-mail address masked. */
export const scrub = (text = '') => String(text).replace(/[^\s"'<>@]+@[^\s"'<>@]+/g, '[address]');
