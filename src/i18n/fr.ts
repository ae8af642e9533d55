/** French UI strings: the default language. */
export const fr = {
  loading: 'Chargement des offres…',
  errorTitle: 'Les offres n’ont pas pu être chargées.',
  retry: 'Réessayer',
  empty: 'Aucune offre pour le moment.',
  jobCount: (n: number) => (n === 0 ? 'Aucune offre' : n === 1 ? '1 offre' : `${n} offres`),
  closed: 'Pourvue',
};

export type Translation = typeof fr;
