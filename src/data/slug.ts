/** URL-safe ids: ASCII letters, digits, `-` and `_` only. */

/** A lowercase, accent-free, dash-separated slug of any text ("Développeur·se" -> "developpeur-se"). */
export function slugify(text: string, maxLength = 80): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** Whether a string may be used as a job id as it is. */
export function isUrlSafeId(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,200}$/.test(value);
}

/**
 * Hands out ids, suffixing `-2`, `-3`... when one is taken. Ids reserved beforehand (a feed's
 * own ids) go only to the postings that carry them, so a slug made from another posting's
 * title or odd id never takes them: deep links to a posting with its own id stay put.
 */
export class IdRegistry {
  readonly #taken = new Set<string>();
  readonly #reserved = new Set<string>();
  /** Next suffix to try per base, so thousands of equal titles stay linear. */
  readonly #next = new Map<string, number>();

  reserve(id: string): void {
    this.#reserved.add(id);
  }

  /** An id for a posting that wants `wanted`; `own`: it is the posting's own (reserved) id. */
  claim(wanted: string, own = false): string {
    const base = wanted || 'job';
    const busy = (id: string) =>
      this.#taken.has(id) || (this.#reserved.has(id) && !(own && id === base));
    let id = base;
    if (busy(id)) {
      let n = this.#next.get(base) ?? 2;
      while (busy(id)) id = `${base}-${n++}`;
      this.#next.set(base, n);
    }
    this.#taken.add(id);
    return id;
  }
}
