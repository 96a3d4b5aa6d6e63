/** The community's e-mail address (from the manifesto), shown by the manifesto and the form. */
export const CONTACT_EMAIL = 'contact@openllm-france.fr';
