// Seeded generator of realistic careers feeds (v1) for the benchmark: fictional teams, French
// titles and places, tags, Markdown descriptions, and one very long posting. Same seed, same
// feed, so runs compare.

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES = [
  'Développeur·se',
  'Product designer',
  'Data scientist',
  'Chargé·e de déploiement',
  'Product owner',
  'Coach produit',
  'Intrapreneur·e',
  'Ingénieur·e DevOps',
  'UX researcher',
  'Chargé·e de développement',
  'Chef·fe de projet',
  'Juriste du numérique',
  'Data engineer',
  'Architecte logiciel',
  'Responsable support',
];
const QUALIFIERS = [
  'back-end',
  'front-end',
  'full-stack',
  'senior',
  'confirmé·e',
  'Python / Django',
  'Ruby on Rails',
  'React',
  'TypeScript',
  'accessibilité',
  'données ouvertes',
  'santé',
  'environnement',
];
const TEAMS = [
  'Démarches Express',
  'Cantine Ouverte',
  'Tracteur Numérique',
  'Signal Vert',
  'Boussole Emploi',
  'Aide Facile',
  'Cadastre Vivant',
  'École Connectée',
  'Mobilité Douce',
  'Quartier Propre',
  'Parcours Santé',
  'Registre Simple',
];
const ORGS = [
  'Fabrique Numérique Fictive',
  'Incubateur Imaginaire',
  'Agence des Exemples',
  'Direction du Numérique Inventée',
  'Atelier Public Fictif',
];
const CITIES = [
  'Paris',
  'Lyon',
  'Marseille',
  'Nantes',
  'Lille',
  'Bordeaux',
  'Toulouse',
  'Rennes',
  'Strasbourg',
  'Télétravail',
];
const TAGS = [
  'TypeScript',
  'Python',
  'Ruby',
  'PostgreSQL',
  'Design',
  'Accessibilité',
  'Recherche utilisateur',
  'Données',
  'Agilité',
  'Sécurité',
  'Cloud',
  'Produit',
  'Juridique',
  'Support',
];
const CONTRACTS = [
  ['freelance', 'Indépendant·e'],
  ['fixed-term', 'CDD 3 ans'],
  ['permanent', 'CDI'],
  ['contractual', 'Contractuel·le'],
  ['internship', 'Stage'],
];
const WORDS = (
  'nous construisons des services publics numériques simples utiles et accessibles avec les ' +
  'usagers et les agents en équipe autonome de petite taille qui mesure son impact chaque ' +
  'semaine et livre souvent en production en suivant une approche centrée sur les besoins ' +
  'réels des personnes avec des outils libres et une culture du partage et de la transparence'
).split(' ');

/** Index of the very long posting: on the first page, so the benchmark can open it. */
const LONGEST_AT = 2;

export function generateFeed(count, seed = 42) {
  const rnd = random(seed + count);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const some = (list, max) => {
    const n = 1 + Math.floor(rnd() * max);
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const sentence = (min, max) => {
    const n = min + Math.floor(rnd() * (max - min));
    const words = Array.from({ length: n }, () => pick(WORDS));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const paragraph = () =>
    Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => sentence(8, 20)).join(' ');
  const description = (sections) =>
    Array.from({ length: sections }, (_, i) =>
      [
        `## ${pick(['La mission', 'Le profil', 'Les conditions', 'L’équipe', 'Le contexte'])} ${i + 1}`,
        paragraph(),
        `- **${pick(TAGS)}** : ${sentence(5, 10)}`,
        `- ${sentence(5, 12)}`,
        `- [En savoir plus](https://example.org/${i})`,
        paragraph(),
      ].join('\n\n'),
    ).join('\n\n');

  const jobs = Array.from({ length: count }, (_, i) => {
    const team = pick(TEAMS);
    const [kind, label] = pick(CONTRACTS);
    const month = String(1 + Math.floor(rnd() * 11)).padStart(2, '0');
    const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    return {
      id: `poste-${i + 1}`,
      title: `${pick(ROLES)} ${pick(QUALIFIERS)} pour ${team}`,
      organization: { name: pick(ORGS), url: 'https://example.org' },
      team: { name: team },
      locations: some(CITIES, 2),
      remote: pick(['none', 'hybrid', 'full']),
      contract: { kind, label },
      tags: some(TAGS, 4),
      // The very long posting is the newest, so it shows on the first page (newest first).
      publishedAt: i === LONGEST_AT ? '2026-11-30' : `2026-${month}-${day}`,
      open: i === LONGEST_AT || rnd() > 0.05,
      apply:
        rnd() > 0.5
          ? { email: 'recrutement@example.org' }
          : { url: `https://example.org/postuler/${i}` },
      description: description(i === LONGEST_AT ? 60 : 1 + Math.floor(rnd() * 3)),
    };
  });
  return {
    version: 1,
    organization: { name: 'Fabrique Numérique Fictive', url: 'https://example.org' },
    jobs,
  };
}

/** Id of the longest posting of a generated feed. */
export const longestId = (feed) =>
  feed.jobs.reduce((a, b) => (b.description.length > a.description.length ? b : a)).id;
