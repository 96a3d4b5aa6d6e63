// Hand-written baseline for <openllm-manifesto>: the same French text and structure, `variant`
// (summary with its disclosure button, or full), `open`, `heading-level`, `join-href`, `cta-label`.
import { esc, shadow, stamp } from './vanilla-shared.js';

const TITLE = 'Création de la communauté francophone « OpenLLM France »';
const DECK = 'pour développer un giga modèle de langage (Large Language Model, LLM) souverain et Open Source';
const TEASER =
  'Une communauté, francophone puis européenne, pour développer ensemble un grand modèle de langage souverain et réellement Open Source : des corpus d’apprentissage publics et ouverts, des algorithmes documentés et une licence libre.';
const SECTIONS = [
  {
    id: 'about',
    heading: 'À propos',
    paragraphs: [
      'À tous les passionnés des Large Language Models (LLM) et autres IA génératives,',
      'Comme vous, nous sommes convaincus que les LLM représentent l’avenir de la compréhension du langage. Ces modèles constituent des gisements de productivité stratégiques pour les entreprises et auront des impacts sur la vie de nos concitoyens. C’est pourquoi nous croyons fermement qu’il est crucial de promouvoir la souveraineté, la transparence et l’ouverture dans ce domaine stratégique.',
      'À cette fin, nous lançons un appel à tous les acteurs francophones qui s’intéressent aux LLM maîtrisés et ouverts, les testent, les expérimentent et souhaitent les mettre en œuvre : rejoignez-nous au sein de cette communauté d’intérêt.',
    ],
  },
  {
    id: 'objectives',
    heading: 'Objectifs',
    paragraphs: [
      'L’objectif de cette communauté est de rassembler les forces vives du domaine, d’échanger des connaissances et de collaborer activement pour développer un LLM français, souverain et réellement Open Source, qui repose sur :',
      'Dans un premier temps, nous souhaitons identifier les différents types d’acteurs impliqués dans les LLM, comprendre leurs attentes et capitaliser sur leurs retours d’expérience issus des tests en cours. En mettant en commun nos connaissances, nous pourrons identifier les défis techniques à relever pour créer un LLM fondation français adapté aux besoins de nos membres.',
    ],
    list: [
      'des corpus de données d’apprentissage publics et ouverts ;',
      'des algorithmes documentés pour en assurer l’explicabilité ;',
      'une licence d’utilisation libre, non restrictive.',
    ],
  },
  {
    id: 'welcome',
    heading: 'Vous êtes tous les bienvenus',
    paragraphs: [
      'Si vous êtes passionné par les LLM, si les enjeux de souveraineté numérique vous préoccupent et si vous croyez au rôle de l’open source, rejoignez-nous dès aujourd’hui !',
      'Nous sommes convaincus que la collaboration et la transparence sont essentielles pour garantir la maîtrise et l’éthique des LLM.',
    ],
    list: [
      'chercheurs au sein de la recherche académique ;',
      'acteurs du code et des algorithmes ;',
      'spécialistes du langage ;',
      'futurs utilisateurs souhaitant découvrir tout le potentiel des LLM ;',
      'ou juste curieux.',
    ],
  },
  {
    id: 'trust',
    heading: 'Pour une IA de confiance',
    paragraphs: [
      'L’avenir de la France et de l’Europe se dessine aussi dans les lignes de code et les algorithmes. Face à la domination des géants américains et chinois en matière d’IA, l’Europe, et la France en particulier, ont une carte cruciale à jouer. Une IA souveraine constitue le commun numérique indispensable pour assurer son acceptabilité et ainsi devenir un levier puissant pour stimuler notre économie, en créant des emplois de qualité et en soutenant la compétitivité de nos industries stratégiques.',
    ],
    emphasis:
      'Il est donc temps d’unir nos efforts et nos expériences pour nous doter d’une IA de confiance afin de renforcer notre autonomie stratégique dans le domaine des IA.',
  },
];
const CONTACT = [
  ['mailto:contact@openllm-france.fr', 'écrivez-nous à contact@openllm-france.fr'],
  ['https://github.com/OpenLLM-France/Manifesto', 'consultez la page GitHub de la communauté'],
  ['https://discord.gg/k2BQvGfjzA', 'poursuivez les échanges sur le serveur Discord de la communauté'],
];

const heading = (level, text, part, id) => `<h${level} part="${part}" id="${id}">${text}</h${level}>`;
const list = (items) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

function section({ id, heading: title, paragraphs: [first, ...rest], list: items, emphasis }, level) {
  return `<section aria-labelledby="${id}">${heading(level, title, 'section-heading', id)}<p>${first}</p>${items ? list(items) : ''}${rest.map((text) => `<p>${text}</p>`).join('')}${emphasis ? `<p><strong>${emphasis}</strong></p>` : ''}</section>`;
}

export class VanillaManifesto extends HTMLElement {
  static observedAttributes = ['variant', 'open', 'heading-level', 'join-href', 'cta-label'];

  constructor() {
    super();
    this.root = shadow(this, 'vanilla-manifesto');
  }

  connectedCallback() {
    if (!this.root.firstChild) this.render();
  }

  attributeChangedCallback(name) {
    if (!this.root.firstChild) return;
    if (name === 'open') this.showOpen();
    else this.render();
  }

  render() {
    const summary = this.getAttribute('variant') === 'summary';
    const asked = Number(this.getAttribute('heading-level') ?? 2);
    const level = Number.isInteger(asked) && asked >= 1 && asked <= 6 ? asked : 2;
    const sub = Math.min(6, level + 1);
    const href = this.getAttribute('join-href') ?? '';
    const cta = esc(this.getAttribute('cta-label') || 'Rejoindre la communauté');
    const safeHref = /^(https?:\/\/|#)/.test(href) ? esc(href) : '';
    const actions = `<div part="actions" class="actions">${summary ? '<button part="toggle" type="button" aria-expanded="false" aria-controls="body">Lire le manifeste</button> ' : ''}${
      safeHref
        ? `<a part="cta" class="primary" href="${safeHref}">${cta}</a>`
        : `<button part="cta" class="primary" type="button">${cta}</button>`
    }</div>`;
    stamp(
      this.root,
      `<article part="base" class="card" aria-labelledby="title">${heading(level, TITLE, 'title', 'title')}${summary ? `<p part="teaser">${TEASER}</p>${actions}` : ''}<div part="body" id="body"><p part="deck">${DECK}</p>${SECTIONS.map((s) => section(s, sub)).join('')} <section part="contact" aria-labelledby="contact">${heading(sub, 'Nous rejoindre', 'section-heading', 'contact')}<p>Pour rejoindre notre communauté et participer à cette aventure passionnante :</p><ul>${CONTACT.map(([url, text]) => `<li><a href="${url}">${text}</a></li>`).join('')}</ul></section></div>${summary ? '' : actions}</article>`,
    );
    this.root.querySelector('[part="toggle"]')?.addEventListener('click', () => this.toggleAttribute('open'));
    this.root
      .querySelector('button[part="cta"]')
      ?.addEventListener('click', () =>
        this.dispatchEvent(new Event('openllm-join-request', { bubbles: true, composed: true })),
      );
    this.showOpen();
  }

  showOpen() {
    const open = this.hasAttribute('open');
    this.root.getElementById('body').hidden = this.getAttribute('variant') === 'summary' && !open;
    const toggle = this.root.querySelector('[part="toggle"]');
    if (!toggle) return;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Refermer le manifeste' : 'Lire le manifeste';
  }
}

if (!customElements.get('vanilla-manifesto')) customElements.define('vanilla-manifesto', VanillaManifesto);
