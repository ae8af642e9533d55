// The build fixes marked's options to the ones every lexer and parser in the widget reads
// (fixMarkdownOptions in scripts/build-plugins.ts): marked's defaults, which the description
// renderer passes and a lexer given no options falls back to.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Lexer, defaults, getDefaults } from 'marked';
import { MARKDOWN_OPTIONS } from '../../scripts/build-plugins.ts';

describe('the marked options the build fixes', () => {
  it("are marked's defaults, given and fallen back to", () => {
    const names = Object.keys(MARKDOWN_OPTIONS);
    assert.ok(names.includes('pedantic') && names.includes('gfm'));
    for (const name of names) {
      const key = name as keyof typeof defaults;
      assert.equal(getDefaults()[key], MARKDOWN_OPTIONS[name], name);
      assert.equal(defaults[key], MARKDOWN_OPTIONS[name], name);
      assert.equal(new Lexer().options[key], MARKDOWN_OPTIONS[name], name);
    }
  });
});
