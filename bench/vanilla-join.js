// Hand-written baseline for <openllm-join>: the same form, text and handlers in its default state
// (no endpoint: the e-mail notice), without the outbox, retries and delivery of the real one.
import { esc, shadow, stamp } from './vanilla-shared.js';

const PROFILES = [
  ['researcher', 'Chercheur ou chercheuse'],
  ['developer', 'Acteur du code et des algorithmes'],
  ['language-specialist', 'Spécialiste du langage'],
  ['user', 'Futur utilisateur ou utilisatrice'],
  ['curious', 'Curieux ou curieuse'],
  ['organization', 'Organisation (entreprise, organisme public, association)'],
];
const CONTACT = 'contact@openllm-france.fr';
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[^\s@.]{2,}$/u;

const error = (field) => `<p part="error" class="error" id="${field}-error" hidden></p>`;
const label = (field, text, hint = '(facultatif)') =>
  `<label for="${field}">${text} <span class="hint">${hint}</span></label>`;
const textField = (field, text) =>
  `<div part="field" class="field">${label(field, text)}<input part="input" id="${field}" name="${field}" type="text" autocomplete="${field}" maxlength="200" aria-invalid="false" aria-describedby="${field}-error">${error(field)}</div>`;

export class VanillaJoin extends HTMLElement {
  constructor() {
    super();
    this.root = shadow(this, 'vanilla-join');
  }

  connectedCallback() {
    if (!this.root.firstChild) this.render();
  }

  render() {
    const fields = (this.getAttribute('fields') ?? 'name profile organization').split(/[\s,]+/);
    const privacy = this.getAttribute('privacy-url') ?? '';
    const endpoint = this.getAttribute('endpoint') ?? '';
    const profile = `<div part="field" class="field">${label('profile', 'Profil')}<select part="input" id="profile" name="profile" aria-invalid="false" aria-describedby="profile-error"><option value="">Choisir un profil</option>${PROFILES.map(([value, text]) => `<option value="${value}">${text}</option>`).join('')}</select>${error('profile')}</div>`;
    stamp(
      this.root,
      `<div part="base" class="card"><form part="form" novalidate aria-label="Rejoindre la communauté OpenLLM France" aria-busy="false">
<div part="field" class="field">${label('email', 'Adresse e-mail', '(obligatoire)')}<input part="input" id="email" name="email" type="text" inputmode="email" autocomplete="email" autocapitalize="off" spellcheck="false" required aria-invalid="false" aria-describedby="email-error">${error('email')}</div>
${fields.includes('name') ? textField('name', 'Nom') : ''}
${fields.includes('profile') ? profile : ''}
${fields.includes('organization') ? textField('organization', 'Organisation') : ''}
<div class="honeypot" aria-hidden="true"><label for="website">Ne pas remplir ce champ</label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
<div part="consent" class="field consent"><input id="consent" name="consent" type="checkbox" value="yes" required aria-invalid="false" aria-describedby="consent-error"><label for="consent">J’accepte d’être contacté·e par OpenLLM France au sujet de la communauté.</label>
${error('consent')}${/^https?:\/\//.test(privacy) ? `<a class="privacy" href="${esc(privacy)}">Politique de confidentialité</a>` : ''}</div>
${/^https:\/\//.test(endpoint) ? '' : `<p part="notice" class="notice">Ce formulaire ouvrira votre messagerie avec un e-mail prérempli pour ${CONTACT} : envoyez-le pour vous inscrire.</p>`}
<button part="submit" class="primary" type="submit">${esc(this.getAttribute('submit-label') || 'S’inscrire')}</button>
</form><div class="visually-hidden" role="status" aria-live="polite"></div></div>`,
    );
    const form = this.root.querySelector('form');
    form.addEventListener('submit', (event) => this.onSubmit(event));
    form.addEventListener('input', (event) => this.showError(event.target.name, ''));
  }

  onSubmit(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    const email = String(data.get('email') ?? '').trim();
    this.showError('email', EMAIL.test(email) ? '' : 'Cette adresse e-mail n’est pas valide.');
    this.showError('consent', data.get('consent') ? '' : 'Cochez cette case pour que nous puissions vous contacter.');
  }

  showError(field, message) {
    const node = this.root.getElementById(`${field}-error`);
    if (!node) return;
    node.textContent = message;
    node.hidden = !message;
    this.root.getElementById(field)?.setAttribute('aria-invalid', String(Boolean(message)));
  }
}

if (!customElements.get('vanilla-join')) customElements.define('vanilla-join', VanillaJoin);
