/** Where the community can be reached (from the manifesto). */
export const CONTACT_EMAIL = 'contact@openllm-france.fr';
export const GITHUB_URL = 'https://github.com/OpenLLM-France/Manifesto';
export const DISCORD_URL = 'https://discord.gg/k2BQvGfjzA';
