
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'manifesto.about.call': `To this end, we call on every French-speaking player who is interested in controlled and open LLMs, tests them, experiments with them and wishes to put them to use: join us in this community of interest.`,
'manifesto.about.conviction': `Like you, we are convinced that LLMs are the future of language understanding. These models are strategic sources of productivity for businesses and will have an impact on the lives of our fellow citizens. That is why we firmly believe it is crucial to promote sovereignty, transparency and openness in this strategic field.`,
'manifesto.about.greeting': `To everyone passionate about Large Language Models (LLMs) and other generative AI,`,
'manifesto.about.heading': `About`,
'manifesto.contact.discord': `continue the conversation on the community’s Discord server`,
'manifesto.contact.email': str`write to us at ${0}`,
'manifesto.contact.github': `visit the community’s GitHub page`,
'manifesto.contact.heading': `Join us`,
'manifesto.contact.intro': `To join our community and take part in this exciting adventure:`,
'manifesto.cta': `Join the community`,
'manifesto.objectives.algorithms': `documented algorithms, to make it explainable;`,
'manifesto.objectives.corpora': `public and open training data corpora;`,
'manifesto.objectives.firstSteps': `As a first step, we want to identify the different kinds of players involved in LLMs, understand their expectations and build on the lessons learned from the tests under way. By pooling our knowledge, we will be able to identify the technical challenges to overcome in order to create a French foundation LLM suited to the needs of our members.`,
'manifesto.objectives.goal': `The aim of this community is to bring together the driving forces of the field, to share knowledge and to collaborate actively in developing a French, sovereign and truly open-source LLM, built on:`,
'manifesto.objectives.heading': `Objectives`,
'manifesto.objectives.licence': `a free, non-restrictive licence of use.`,
'manifesto.teaser': `A community, French-speaking and now European, building together a sovereign and truly open-source large language model: public and open training corpora, documented algorithms and a free licence.`,
'manifesto.title': `Founding the French-speaking “OpenLLM France” community to develop a sovereign, open-source giant language model (Large Language Model, LLM)`,
'manifesto.toggle': `Read the manifesto`,
'manifesto.trust.call': `It is therefore time to join forces and pool our experience to equip ourselves with a trustworthy AI and strengthen our strategic autonomy in the field of AI.`,
'manifesto.trust.future': `The future of France and Europe is also being written in lines of code and algorithms. Faced with the dominance of the American and Chinese giants in AI, Europe, and France in particular, have a crucial card to play. A sovereign AI is the indispensable digital commons that will make AI acceptable, and so become a powerful lever to boost our economy, creating quality jobs and supporting the competitiveness of our strategic industries.`,
'manifesto.trust.heading': `For a trustworthy AI`,
'manifesto.welcome.conviction': `We are convinced that collaboration and transparency are essential to keep LLMs under control and ethical.`,
'manifesto.welcome.curious': `or the simply curious.`,
'manifesto.welcome.developers': `people who work with code and algorithms;`,
'manifesto.welcome.heading': `Everyone is welcome`,
'manifesto.welcome.invitation': `If you are passionate about LLMs, if the stakes of digital sovereignty concern you and if you believe in the role of open source, join us today!`,
'manifesto.welcome.linguists': `language specialists;`,
'manifesto.welcome.researchers': `researchers in academia;`,
'manifesto.welcome.users': `future users eager to discover the full potential of LLMs;`,
    };
  