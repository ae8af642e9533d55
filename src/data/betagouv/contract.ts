/** beta.gouv.fr's free-text `contrat` to a contract kind, misspellings included. Browser-safe. */
import { contractKind } from '../adapters/fields.js';
import type { Contract } from '../job.js';

/**
 * The contract kind named first in `text` ("Fonctionaire A/A+ ou CDD 3 ans" -> civil-servant;
 * indépendant, indépendent, préstataire... -> freelance), with the original words as label;
 * `other` when no kind is recognized.
 */
export function readContract(text: string): { contract: Contract; recognized: boolean } {
  const label = text.replace(/\s+/g, ' ').trim();
  const kind = contractKind(label);
  return { contract: { kind: kind ?? 'other', label }, recognized: Boolean(kind) };
}
