// Prints the bundle's raw, gzip and brotli sizes; with --check, fails over the gzip budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Enforced budget for dist/careers-widget.js, gzip -9: it stops the bundle from growing. The
 * performance target is 45 kB and is not met: lit, marked and DOMPurify alone weigh about 35 kB
 * gzip, and our code about 24 kB (README, Performance). Lowered from 61 to 60 kB when the build
 * dropped dead library code and ran terser before oxc, which took the bundle to 59.7 kB. Raised
 * to 60.5 kB for the licence notice comment at its top (0.2 kB) and the board's idle-time work
 * (the Intl warm-up, folding that stops with the board: 0.1 kB), which took it to 60.03 kB
 * (README, Performance). Lowered to 60.3 kB when savings in the data layer took it to 60.2 kB,
 * then to 59.8 kB when the list of cards dropped Lit's `repeat` directive (59.6 kB), then to
 * 59.5 kB when the detail view dropped `guard` and the bundle put marked and DOMPurify before
 * our data code, an order gzip compresses better (59.4 kB). Raised back to 59.8 kB for fixes
 * found by a visual review and a review of the CLI (+0.3 kB: description tables and code
 * blocks, equal card and field heights, the card scrolled into view after Back, the partial
 * error's look, the detail's own background, day-first dates and negated statuses in the
 * beta.gouv.fr reader), then dark mode following the page (light-dark() pairs) and a loading
 * state that keeps the room of the form, which took it to 61,190 B (README, Performance).
 * Raised to 60 kB for the fixes of an integrator's review (+0.1 kB: a bad or removed `src`, a
 * `format` the JSON is not in, events fired once the board shows what they announce) and of
 * a second visual review (+0.05 kB: the apply button's focus ring on any page, narrow tables,
 * the card's metadata separators), which took it to 61,356 B (README, Performance). Lowered
 * to 59.5 kB when the build left out marked's pedantic and breaks rules (-559 B: 60,797 B);
 * postings' languages and an accessibility audit's fixes then took it to 60,908 B. Lowered to
 * 54.5 kB when the description renderer called marked's lexer and parser directly and the build
 * fixed marked's and DOMPurify's options to the widget's, so the minifier dropped the modes it
 * never turns on (-5,647 B); accessibility fixes (one live region from loading to the list,
 * focus rings on any page, only scrolling tables focusable) then took it to 54.3 kB (55,623 B).
 * Lowered to 54.2 kB when the data layer and the UI strings saved 167 B (the CLI's body details
 * mapped in the CLI, normalizeFeed's checks in one table, no Intl.PluralRules, derived capital
 * entities), which took it to 55,456 B.
 * Lower this number as the bundle shrinks; never raise it without saying why in the README.
 */
export const GZIP_BUDGET = 54.2 * 1024;

export function bundleSizes(file = 'dist/careers-widget.js') {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  for (const file of ['dist/careers-widget.js', 'dist/careers-widget.mjs']) {
    const { raw, gzip, brotli } = bundleSizes(file);
    console.log(`${file}: ${kB(raw)} raw, ${kB(gzip)} gzip, ${kB(brotli)} brotli`);
  }
  if (process.argv.includes('--check')) {
    const { gzip } = bundleSizes();
    if (gzip > GZIP_BUDGET) {
      console.error(`Size budget exceeded: ${kB(gzip)} gzip > ${kB(GZIP_BUDGET)}.`);
      process.exit(1);
    }
    console.log(`Within the ${kB(GZIP_BUDGET)} gzip budget.`);
  }
}
