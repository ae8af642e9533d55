// The build fixes DOMPurify's options to those of the widget's sanitizer (fixSanitizerOptions in
// scripts/build-plugins.ts) and the minifier drops the code of the others: the values it fixes
// must be those the widget's config gives, or DOMPurify's defaults for the options it leaves.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SANITIZER_OPTIONS } from '../../scripts/build-plugins.ts';
import { SANITIZE_CONFIG } from '../../src/data/render-description.ts';

const purifyDir = dirname(createRequire(import.meta.url).resolve('dompurify'));
const source = readFileSync(join(purifyDir, 'purify.es.mjs'), 'utf8');
const given = SANITIZE_CONFIG as Record<string, unknown>;

/** The value of a string constant of DOMPurify's code. */
const constant = (name: string): string => {
  const found = new RegExp(`const ${name} = "([^"]*)";`).exec(source);
  assert.ok(found, `DOMPurify has no constant ${name}`);
  return found[1];
};

/** The value DOMPurify gives an option the config leaves out, as its `_parseConfig` reads it. */
function defaultOf(name: string): boolean | string {
  const line = new RegExp(`\\n\\s*${name} = ([^\\n]*);\\n`).exec(source)?.[1];
  if (line === `cfg.${name} || false`) return false;
  if (line === `cfg.${name} !== false`) return true;
  if (line === `typeof cfg.${name} === "string" ? cfg.${name} : HTML_NAMESPACE`)
    return constant('HTML_NAMESPACE');
  if (
    line ===
    `SUPPORTED_PARSER_MEDIA_TYPES.indexOf(cfg.${name}) === -1 ? DEFAULT_PARSER_MEDIA_TYPE : cfg.${name}`
  )
    return constant('DEFAULT_PARSER_MEDIA_TYPE');
  assert.fail(`DOMPurify reads ${name} in a way this test does not know: ${line}`);
}

describe('the DOMPurify options the build fixes', () => {
  it('are the values the widget sets', () => {
    const set = Object.keys(SANITIZER_OPTIONS).filter((name) => name in given);
    assert.deepEqual(set.sort(), ['ALLOW_DATA_ATTR', 'RETURN_DOM_FRAGMENT']);
    for (const name of set) assert.equal(SANITIZER_OPTIONS[name], given[name], name);
  });

  it('include the HTML profile alone, as the SVG and MathML attribute lists are left empty', () => {
    assert.deepEqual(given.USE_PROFILES, { html: true });
  });

  it("are DOMPurify's defaults for the options the widget leaves", () => {
    const left = Object.keys(SANITIZER_OPTIONS).filter((name) => !(name in given));
    assert.ok(left.length > 10);
    for (const name of left) {
      // RETURN_DOM_FRAGMENT turns RETURN_DOM on.
      if (name === 'RETURN_DOM') {
        assert.match(source, /\n\s*if \(RETURN_DOM_FRAGMENT\) RETURN_DOM = true;\n/);
        assert.equal(SANITIZER_OPTIONS[name], given.RETURN_DOM_FRAGMENT === true || false);
        continue;
      }
      assert.equal(SANITIZER_OPTIONS[name], defaultOf(name), name);
    }
  });
});
