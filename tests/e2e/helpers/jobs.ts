// Postings shared by the accessibility and CSP journeys: fictional teams, every state a card
// and a detail can be in (Markdown and HTML descriptions, apply by e-mail or URL, closed).
/** Postings written for these tests (fictional teams). */
export const JOBS = {
  version: 1,
  organization: { name: 'Fabrique Numérique Fictive', url: 'https://example.org' },
  jobs: [
    {
      id: 'dev-fullstack',
      title: 'Développeur·se full-stack confirmé·e pour une plateforme de démarches en ligne',
      team: { name: 'Démarches Express' },
      locations: ['Paris', 'Lyon'],
      remote: 'hybrid',
      contract: { kind: 'freelance', label: 'Indépendant·e' },
      tags: ['TypeScript', 'PostgreSQL', 'Accessibilité'],
      publishedAt: '2026-11-02',
      open: true,
      apply: { email: 'recrutement@example.org' },
      description: '## La mission\n\nConstruire **avec** les usagers.\n\n- Un\n- Deux',
    },
    {
      id: 'designer',
      title: 'Product designer',
      organization: { name: 'Atelier Imaginaire', url: 'https://example.net' },
      locations: ['Télétravail'],
      remote: 'full',
      contract: { kind: 'fixed-term', label: 'CDD 3 ans' },
      tags: ['Design', 'Recherche utilisateur'],
      publishedAt: '2026-10-20',
      open: true,
      apply: { url: 'https://example.net/postuler' },
      description: 'Concevoir des services simples.',
    },
    {
      id: 'ux-designer',
      title: 'UX designer',
      organization: { name: 'Atelier Imaginaire', url: 'https://example.net' },
      locations: ['Lyon'],
      remote: 'hybrid',
      contract: { kind: 'freelance', label: 'Indépendant·e' },
      salary: { min: 450, max: 600, currency: 'EUR', period: 'day' },
      tags: ['Design', 'Accessibilité'],
      publishedAt: '2026-11-10',
      closesAt: '2027-01-15',
      open: true,
      apply: { email: 'design@example.net', instructions: 'Joignez un portfolio.' },
      description:
        '## Ce que vous ferez\n\nDes parcours **simples**. Voir [notre blog](https://example.net/blog).\n\n### Profil\n\n1. Curiosité\n2. Écoute',
    },
    {
      id: 'data-analyst',
      title: 'Data analyst',
      locations: ['Marseille'],
      tags: ['Python'],
      publishedAt: '2026-09-14',
      open: true,
      apply: { url: 'https://example.org/data' },
      // HTML as job boards send it.
      descriptionHtml:
        '<p>Mesurer <strong>l’impact</strong>, voir <a href="https://example.org/data">les données</a>.</p>',
    },
    {
      id: 'coach-agile',
      title: 'Coach agile',
      locations: ['Nantes'],
      tags: ['Agilité'],
      publishedAt: '2026-06-01',
      open: false,
      description: 'Poste pourvu.',
    },
  ],
};
