// The library-patching build plugins (scripts/build-plugins.ts) must give up loudly, never patch
// blindly, when a library's code is not what they expect (after an update, say): each is run
// here on the library as installed, then on copies changed the way an update could change them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseAst, type Plugin } from 'vite';
import {
  dropDeadLibraryCode,
  fixMarkdownOptions,
  fixSanitizerOptions,
} from '../../scripts/build-plugins.ts';

const require = createRequire(import.meta.url);
/** A file next to a package's main module. */
const besideMain = (name: string, file: string) => join(dirname(require.resolve(name)), file);
const MARKED = besideMain('marked', 'marked.esm.js');
const DOMPURIFY = besideMain('dompurify', 'purify.es.mjs');
const source = (file: string) => readFileSync(file, 'utf8');

/** Runs a plugin's transform on `code` as the bundler would, collecting its warnings. */
function transform(plugin: Plugin, code: string, id: string) {
  const warnings: string[] = [];
  const context = {
    parse: (text: string, options?: Parameters<typeof parseAst>[1]) => parseAst(text, options),
    warn: (message: string) => warnings.push(message),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const { handler } = plugin.transform as {
    handler: (this: unknown, code: string, id: string) => { code: string } | null;
  };
  return { result: handler.call(context, code, id), warnings };
}

/** `code` with `from` replaced everywhere, failing if it is not there. */
function changed(code: string, from: string | RegExp, to: string): string {
  const out = code.replaceAll(from, to);
  assert.notEqual(out, code, `${from} is in the library's code`);
  return out;
}

describe('library-patching plugins', () => {
  it('patch the libraries as installed, without a warning', () => {
    for (const [plugin, file] of [
      [fixMarkdownOptions(), MARKED],
      [fixSanitizerOptions(), DOMPURIFY],
      [dropDeadLibraryCode(), MARKED],
      [dropDeadLibraryCode(), DOMPURIFY],
    ] as const) {
      const code = source(file);
      const { result, warnings } = transform(plugin, code, file);
      assert.deepEqual(warnings, [], `${plugin.name} on ${file}`);
      assert.ok(result && result.code.length < code.length, `${plugin.name} changed ${file}`);
    }
  });

  it("leave marked's options open when marked writes one of them", () => {
    const code = `${source(MARKED)}\nclass Later { set() { this.options.gfm = false; } }\n`;
    const { result, warnings } = transform(fixMarkdownOptions(), code, MARKED);
    assert.equal(result, null);
    assert.deepEqual(warnings, [
      "marked's options left open (it writes one): update fixMarkdownOptions in scripts/build-plugins.ts",
    ]);
  });

  it("leave marked's options open when marked reads them some other way", () => {
    const code = changed(source(MARKED), /this\.options\./g, 'this.settings.');
    const { result, warnings } = transform(fixMarkdownOptions(), code, MARKED);
    assert.equal(result, null);
    assert.match(warnings.join('\n'), /^marked's options left open \(it reads none\): update/);
  });

  it("leave DOMPurify's options open when its configuration code is not found", () => {
    const code = changed(source(DOMPURIFY), /\b_parseConfig\b/g, '_readConfig');
    const { result, warnings } = transform(fixSanitizerOptions(), code, DOMPURIFY);
    assert.equal(result, null);
    assert.match(warnings.join('\n'), /^DOMPurify's options left open \(no _parseConfig\): update/);
  });

  it('leave a library whole when the dead code it drops is not found', () => {
    const purify = changed(source(DOMPURIFY), /\bAsyncGenerator\b/g, 'AsyncSteps');
    const dompurify = transform(dropDeadLibraryCode(), purify, DOMPURIFY);
    assert.equal(dompurify.result, null);
    assert.deepEqual(dompurify.warnings, [
      'DOMPurify left whole (the code to drop was not found): update DEAD_LIBRARY_CODE in scripts/build-plugins.ts',
    ]);

    const marked = changed(source(MARKED), /\bpedanticHrefTitle\b/g, 'hrefTitleLoose');
    const markedRun = transform(dropDeadLibraryCode(), marked, MARKED);
    assert.equal(markedRun.result, null);
    assert.deepEqual(markedRun.warnings, [
      'marked left whole (the properties to cut were not found): update DEAD_LIBRARY_CODE in scripts/build-plugins.ts',
    ]);
  });
});
