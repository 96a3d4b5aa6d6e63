/** The people the manifesto welcomes, plus organisations: the sign-up form's profile choices. */
export const PROFILES = ['researcher', 'developer', 'language-specialist', 'user', 'curious', 'organization'] as const;
export type Profile = (typeof PROFILES)[number];
