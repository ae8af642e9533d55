import type { ContractKind, ExperienceLevel, RemotePolicy, SalaryPeriod } from '../data/job.js';
import type { FeedErrorReason } from '../data/feed-error.js';
import type { FacetName } from '../data/filter-jobs.js';

/** Every UI string. Terms that depend on a number are functions of it. */
export interface Translation {
  /** BCP 47 locale for Intl formatters. */
  locale: string;
  loading: string;
  errorTitle: string;
  /** What went wrong, in words, for one feed. */
  errorReason: (reason: FeedErrorReason, status?: number) => string;
  /** Some feeds failed, the others are shown. */
  partialError: (failed: number) => string;
  retry: string;
  fallback: string;
  empty: string;
  /** Under the count ("Aucune offre") when nothing matches: what to try. */
  noMatch: string;
  /** The button that clears the search text (`query`, when any) and the filters. */
  clearFilters: (query: string) => string;
  /** The result count, announced politely. */
  jobCount: (n: number) => string;
  search: string;
  filters: string;
  /** The button that shows or hides the filters on a narrow board, with how many are set. */
  filtersToggle: (active: number) => string;
  facets: Record<FacetName, string>;
  facetAny: Record<FacetName, string>;
  facetOption: (label: string, count: number) => string;
  contractKinds: Record<ContractKind, string>;
  remote: Record<RemotePolicy, string>;
  experience: Record<ExperienceLevel, string>;
  salaryPeriod: Record<SalaryPeriod, string>;
  /** Before the relative date: "publiée" (il y a 3 jours). */
  published: string;
  closed: string;
  tags: string;
  showMore: (remaining: number) => string;
  unknownJob: string;
  back: string;
  share: string;
  copied: string;
  copyFailed: string;
  apply: string;
  applyByEmail: string;
  newWindow: string;
  applySubject: (title: string) => string;
  filled: string;
  labels: {
    organization: string;
    team: string;
    locations: string;
    remote: string;
    contract: string;
    experience: string;
    salary: string;
    published: string;
    closes: string;
    starts: string;
  };
}

// Counts are whole and never negative: French puts 0 and 1 in the singular (`n < 2`), English
// only 1 (CLDR's plural rules for these two languages, without an Intl.PluralRules each).
const number = new Intl.NumberFormat('fr-FR');

/** French UI strings: the default language. */
export const fr: Translation = {
  locale: 'fr-FR',
  loading: 'Chargement des offres…',
  errorTitle: 'Les offres n’ont pas pu être chargées.',
  errorReason: (reason, status) => {
    switch (reason) {
      case 'network':
        return 'Le serveur des offres est injoignable (réseau coupé ou adresse refusée).';
      case 'timeout':
        return 'Le serveur des offres n’a pas répondu à temps.';
      case 'aborted':
        return 'Le chargement a été interrompu.';
      case 'http':
        return status === 404
          ? 'La liste des offres est introuvable (erreur 404).'
          : `Le serveur des offres a répondu par une erreur${status ? ` (${status})` : ''}.`;
      case 'not-json':
      case 'invalid-feed':
        return 'La liste des offres reçue est illisible.';
      case 'too-large':
        return 'La liste des offres est trop volumineuse pour être affichée.';
      case 'empty':
        return 'La liste des offres reçue est vide.';
      default:
        return 'Une erreur inattendue est survenue.';
    }
  },
  partialError: (n) =>
    n < 2
      ? 'Une source d’offres n’a pas pu être chargée\u00a0: certaines offres peuvent manquer.'
      : `${n} sources d’offres n’ont pas pu être chargées\u00a0: certaines offres peuvent manquer.`,
  retry: 'Réessayer',
  fallback: 'Voir les offres sur notre site',
  empty: 'Aucune offre pour le moment.',
  noMatch: 'Essayez d’autres mots ou d’autres filtres.',
  clearFilters: (query) => (query ? 'Effacer la recherche et les filtres' : 'Effacer les filtres'),
  jobCount: (n) => (n === 0 ? 'Aucune offre' : n < 2 ? `${n} offre` : `${number.format(n)} offres`),
  search: 'Rechercher une offre',
  filters: 'Filtrer les offres',
  filtersToggle: (n) => (n === 0 ? 'Filtres' : `Filtres (${n} ${n < 2 ? 'actif' : 'actifs'})`),
  facets: {
    organization: 'Organisation',
    location: 'Lieu',
    contract: 'Contrat',
    remote: 'Télétravail',
    experience: 'Expérience',
    tag: 'Compétence',
  },
  facetAny: {
    organization: 'Toutes',
    location: 'Tous',
    contract: 'Tous',
    remote: 'Indifférent',
    experience: 'Tous',
    tag: 'Toutes',
  },
  facetOption: (label, count) => `${label} (${count})`,
  contractKinds: {
    permanent: 'CDI',
    'fixed-term': 'CDD',
    freelance: 'Indépendant·e',
    internship: 'Stage',
    apprenticeship: 'Alternance',
    contractual: 'Contractuel·le',
    'civil-servant': 'Fonctionnaire',
    temporary: 'Intérim',
    'part-time': 'Temps partiel',
    volunteer: 'Bénévolat',
    other: 'Autre contrat',
  },
  remote: {
    none: 'Sur site',
    hybrid: 'Télétravail partiel',
    full: 'Télétravail complet',
  },
  experience: {
    student: 'Étudiant·e',
    junior: 'Junior',
    mid: 'Confirmé·e',
    senior: 'Senior',
    executive: 'Direction',
  },
  salaryPeriod: {
    hour: 'par heure',
    day: 'par jour',
    week: 'par semaine',
    month: 'par mois',
    year: 'par an',
  },
  published: 'publiée',
  closed: 'Clôturée',
  tags: 'Compétences',
  showMore: (n) =>
    n < 2 ? 'Afficher 1 offre de plus' : `Afficher ${number.format(n)} offres de plus`,
  unknownJob: 'Cette offre n’existe plus ou son lien est erroné. Voici les offres en cours.',
  back: 'Retour aux offres',
  share: 'Partager l’offre',
  copied: 'Lien de l’offre copié dans le presse-papiers.',
  copyFailed: 'Le lien n’a pas pu être copié. Le voici\u00a0:',
  apply: 'Postuler',
  applyByEmail: 'Postuler par e-mail',
  newWindow: '(nouvelle fenêtre)',
  applySubject: (title) => `Candidature : ${title}`,
  filled: 'Cette offre est clôturée\u00a0: les candidatures ne sont plus acceptées.',
  labels: {
    organization: 'Organisation',
    team: 'Équipe',
    locations: 'Lieu',
    remote: 'Télétravail',
    contract: 'Contrat',
    experience: 'Expérience',
    salary: 'Rémunération',
    published: 'Publiée le',
    closes: 'Candidatures jusqu’au',
    starts: 'Début',
  },
};
