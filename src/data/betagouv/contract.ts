/** beta.gouv.fr's free-text `contrat` to a contract kind, misspellings included. Browser-safe. */
import type { Contract, ContractKind } from '../job.js';

/** Accent-free lowercase patterns, tested on the folded text; the earliest match wins. */
const KINDS: Array<[RegExp, ContractKind]> = [
  [
    /\bind[eé]p[ae]nd[ae]n|freelance|free-lance|pr[eé]?stataire|auto-?entrepreneur|\bportage\b/,
    'freelance',
  ],
  [/\bstag(e|iaire)/, 'internship'],
  [/alternan|apprenti/, 'apprenticeship'],
  [/\bcdi\b|\bpermanent/, 'permanent'],
  [/\bcdd\b|dur[eé]e determinee/, 'fixed-term'],
  [/contractuel/, 'contractual'],
  [/fonctionn?aire|detachement|titulaire/, 'civil-servant'],
  [/interim|temporaire/, 'temporary'],
  [/temps partiel|part-time/, 'part-time'],
  [/benevol|volontari|service civique/, 'volunteer'],
];

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The contract kind named first in `text` ("Fonctionaire A/A+ ou CDD 3 ans" -> civil-servant),
 * with the original words as label; `other` when no kind is recognized.
 */
export function readContract(text: string): { contract: Contract; recognized: boolean } {
  const label = text.replace(/\s+/g, ' ').trim();
  const folded = fold(label);
  let best: { index: number; kind: ContractKind } | undefined;
  for (const [pattern, kind] of KINDS) {
    const index = folded.search(pattern);
    if (index >= 0 && (!best || index < best.index)) best = { index, kind };
  }
  return { contract: { kind: best?.kind ?? 'other', label }, recognized: Boolean(best) };
}
