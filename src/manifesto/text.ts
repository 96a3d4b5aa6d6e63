import { msg, str } from '@lit/localize';

import { CONTACT_EMAIL } from '../core/contact.js';

export interface ManifestoSection {
  id: string;
  heading: string;
  paragraphs: string[];
  /** A real list shown after the first paragraph. */
  list?: string[];
  /** The section's closing sentence, set in bold. */
  emphasis?: string;
}

/**
 * The manifesto of OpenLLM France, French source text kept faithful to the original call. A
 * function, not a constant: `msg()` must run at render time to follow the current locale.
 */
export function manifestoText() {
  return {
    // The original title is one long sentence: its first half is the heading, the rest follows it.
    title: msg('Création de la communauté francophone « OpenLLM France »', { id: 'manifesto.title' }),
    deck: msg('pour développer un giga modèle de langage (Large Language Model, LLM) souverain et Open Source', {
      id: 'manifesto.deck',
    }),
    teaser: msg(
      'Une communauté, francophone puis européenne, pour développer ensemble un grand modèle de langage souverain et réellement Open Source : des corpus d’apprentissage publics et ouverts, des algorithmes documentés et une licence libre.',
      { id: 'manifesto.teaser' },
    ),
    sections: [
      {
        id: 'about',
        heading: msg('À propos', { id: 'manifesto.about.heading' }),
        paragraphs: [
          msg('À tous les passionnés des Large Language Models (LLM) et autres IA génératives,', {
            id: 'manifesto.about.greeting',
          }),
          msg(
            'Comme vous, nous sommes convaincus que les LLM représentent l’avenir de la compréhension du langage. Ces modèles constituent des gisements de productivité stratégiques pour les entreprises et auront des impacts sur la vie de nos concitoyens. C’est pourquoi nous croyons fermement qu’il est crucial de promouvoir la souveraineté, la transparence et l’ouverture dans ce domaine stratégique.',
            { id: 'manifesto.about.conviction' },
          ),
          msg(
            'À cette fin, nous lançons un appel à tous les acteurs francophones qui s’intéressent aux LLM maîtrisés et ouverts, les testent, les expérimentent et souhaitent les mettre en œuvre : rejoignez-nous au sein de cette communauté d’intérêt.',
            { id: 'manifesto.about.call' },
          ),
        ],
      },
      {
        id: 'objectives',
        heading: msg('Objectifs', { id: 'manifesto.objectives.heading' }),
        paragraphs: [
          msg(
            'L’objectif de cette communauté est de rassembler les forces vives du domaine, d’échanger des connaissances et de collaborer activement pour développer un LLM français, souverain et réellement Open Source, qui repose sur :',
            { id: 'manifesto.objectives.goal' },
          ),
          msg(
            'Dans un premier temps, nous souhaitons identifier les différents types d’acteurs impliqués dans les LLM, comprendre leurs attentes et capitaliser sur leurs retours d’expérience issus des tests en cours. En mettant en commun nos connaissances, nous pourrons identifier les défis techniques à relever pour créer un LLM fondation français adapté aux besoins de nos membres.',
            { id: 'manifesto.objectives.firstSteps' },
          ),
        ],
        list: [
          msg('des corpus de données d’apprentissage publics et ouverts ;', { id: 'manifesto.objectives.corpora' }),
          msg('des algorithmes documentés pour en assurer l’explicabilité ;', {
            id: 'manifesto.objectives.algorithms',
          }),
          msg('une licence d’utilisation libre, non restrictive.', { id: 'manifesto.objectives.licence' }),
        ],
      },
      {
        id: 'welcome',
        heading: msg('Vous êtes tous les bienvenus', { id: 'manifesto.welcome.heading' }),
        paragraphs: [
          msg(
            'Si vous êtes passionné par les LLM, si les enjeux de souveraineté numérique vous préoccupent et si vous croyez au rôle de l’open source, rejoignez-nous dès aujourd’hui !',
            { id: 'manifesto.welcome.invitation' },
          ),
          msg(
            'Nous sommes convaincus que la collaboration et la transparence sont essentielles pour garantir la maîtrise et l’éthique des LLM.',
            { id: 'manifesto.welcome.conviction' },
          ),
        ],
        list: [
          msg('chercheurs au sein de la recherche académique ;', { id: 'manifesto.welcome.researchers' }),
          msg('acteurs du code et des algorithmes ;', { id: 'manifesto.welcome.developers' }),
          msg('spécialistes du langage ;', { id: 'manifesto.welcome.linguists' }),
          msg('futurs utilisateurs souhaitant découvrir tout le potentiel des LLM ;', {
            id: 'manifesto.welcome.users',
          }),
          msg('ou juste curieux.', { id: 'manifesto.welcome.curious' }),
        ],
      },
      {
        id: 'trust',
        heading: msg('Pour une IA de confiance', { id: 'manifesto.trust.heading' }),
        paragraphs: [
          msg(
            'L’avenir de la France et de l’Europe se dessine aussi dans les lignes de code et les algorithmes. Face à la domination des géants américains et chinois en matière d’IA, l’Europe, et la France en particulier, ont une carte cruciale à jouer. Une IA souveraine constitue le commun numérique indispensable pour assurer son acceptabilité et ainsi devenir un levier puissant pour stimuler notre économie, en créant des emplois de qualité et en soutenant la compétitivité de nos industries stratégiques.',
            { id: 'manifesto.trust.future' },
          ),
        ],
        emphasis: msg(
          'Il est donc temps d’unir nos efforts et nos expériences pour nous doter d’une IA de confiance afin de renforcer notre autonomie stratégique dans le domaine des IA.',
          { id: 'manifesto.trust.call' },
        ),
      },
    ] satisfies ManifestoSection[],
    contact: {
      heading: msg('Nous rejoindre', { id: 'manifesto.contact.heading' }),
      intro: msg('Pour rejoindre notre communauté et participer à cette aventure passionnante :', {
        id: 'manifesto.contact.intro',
      }),
      email: msg(str`écrivez-nous à ${CONTACT_EMAIL}`, { id: 'manifesto.contact.email' }),
      github: msg('consultez la page GitHub de la communauté', { id: 'manifesto.contact.github' }),
      discord: msg('poursuivez les échanges sur le serveur Discord de la communauté', {
        id: 'manifesto.contact.discord',
      }),
    },
  };
}
