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

/** Hands out ids, suffixing `-2`, `-3`... when one is taken. */
export class IdRegistry {
  private readonly taken = new Set<string>();
  /** Next suffix to try per base, so thousands of equal titles stay linear. */
  private readonly next = new Map<string, number>();

  claim(wanted: string): string {
    const base = wanted || 'job';
    let id = base;
    if (this.taken.has(id)) {
      let n = this.next.get(base) ?? 2;
      while (this.taken.has(id)) id = `${base}-${n++}`;
      this.next.set(base, n);
    }
    this.taken.add(id);
    return id;
  }

  /** Whether an id was already handed out. */
  has(id: string): boolean {
    return this.taken.has(id);
  }
}
