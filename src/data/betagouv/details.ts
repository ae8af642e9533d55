/**
 * What beta.gouv.fr postings say only in their text: where (`Lieu : Lyon`), how remote
 * ("télétravail partiel", "100 % télétravail") and the pay (`Rémunération : ...`, `TJM : ...`).
 * Read from labelled lines and plain words only; when unsure, nothing is guessed. Browser-safe.
 */
import type { RemotePolicy } from '../job.js';
import { markdownToPlainText } from './text.js';

export interface BodyDetails {
  locations: string[];
  remote?: RemotePolicy;
  /** The pay as written. */
  salaryText?: string;
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** `- **Lieu** : Lyon` -> ["lieu", "Lyon"], for lines of the form "Label : value". */
function labelledLines(markdown: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = markdownToPlainText(raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
    const match = /^([A-Za-zÀ-ÿ' ]{2,30}?)\s*:\s*(.+)$/.exec(line);
    if (match) out.push([fold(match[1]).trim(), match[2].trim()]);
  }
  return out;
}

const LOCATION_LABEL =
  /^(lieu|lieux|localisation|lieu de travail|lieu de stage|lieu de la mission|ville)$/;
const SALARY_LABEL =
  /^(remuneration|salaire|tjm|tjm envisage|taux journalier|gratification|remuneration envisagee)$/;

/** Place names in a location value: short, capitalized, not about remote work. */
function places(value: string): string[] {
  return value
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+ou\s+|\s+et\s+|[,;/]|\s+-\s+/)
    .map((part) =>
      part
        .trim()
        .replace(/^(?:a|à|au|en)\s+/i, '')
        // "75 007 Paris" -> "Paris"
        .replace(/^\d{2}\s?\d{3}\s+/, '')
        .replace(/[.!]+$/, ''),
    )
    .filter(
      (part) =>
        /^\p{Lu}/u.test(part) &&
        !/\d/.test(part) &&
        part.split(/\s+/).length <= 3 &&
        !/teletravail|remote|distance|travail|organisation/.test(fold(part)),
    );
}

function remotePolicy(text: string): RemotePolicy | undefined {
  const t = fold(text).replace(/\s+/g, ' ');
  if (
    /pas de teletravail|sans teletravail|teletravail\s*:\s*non|teletravail (n'est )?(pas|non) (possible|autorise)/.test(
      t,
    )
  ) {
    return 'none';
  }
  if (
    /(100 ?%|totalement|entierement|completement|full)[ -]*(en )?(teletravail|remote|a distance)|(teletravail|remote) (complet|total|integral|a 100)|full[ -]remote/.test(
      t,
    )
  ) {
    return 'full';
  }
  if (
    /teletravail (partiel|possible|ponctuel|encourag|autoris|accept|regulier|flexible|occasionnel|\d|un |deux|trois|quelques)|jours? (de|en) teletravail|en teletravail|hybride|remote (friendly|possible)/.test(
      t,
    )
  ) {
    return 'hybrid';
  }
  return undefined;
}

export function findDetailsInBody(markdown: string): BodyDetails {
  const locations: string[] = [];
  let salaryText: string | undefined;
  for (const [label, value] of labelledLines(markdown)) {
    if (LOCATION_LABEL.test(label)) {
      for (const place of places(value)) if (!locations.includes(place)) locations.push(place);
    } else if (
      SALARY_LABEL.test(label) &&
      !salaryText &&
      value.length <= 160 &&
      /\d|€|euro|grille/i.test(value)
    ) {
      salaryText = `${label.startsWith('tjm') ? 'TJM : ' : ''}${value}`;
    }
  }
  return { locations, remote: remotePolicy(markdownToPlainText(markdown)), salaryText };
}
