// The build fixes marked's options to the ones every lexer and parser in the widget reads
// (fixMarkdownOptions in scripts/build-plugins.ts): marked's defaults, which the description
// renderer passes and a lexer given no options falls back to.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

  it('are the only ones the widget gives marked: its modules pass none of their own', () => {
    // The widget's modules: what src/index.ts imports, directly or not.
    const modules = new Set<string>();
    const visit = (file: string) => {
      if (modules.has(file)) return;
      modules.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, path] of source.matchAll(/^(?:import|export)[^'"]*'(\.[^']+)\.js';/gm))
        visit(join(dirname(file), `${path}.ts`));
    };
    visit('src/index.ts');
    const users = [...modules].filter((file) => /from 'marked'/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(users.sort(), ['src/data/betagouv/text.ts', 'src/data/render-description.ts']);
    for (const file of users) {
      const source = readFileSync(file, 'utf8');
      // A lexer or parser given options other than marked's defaults, or a `Marked` instance.
      const calls = [...source.matchAll(/\b(Lexer|Parser)\.(lex|parse)\w*\(([^()]*)\)/g)];
      assert.ok(calls.length > 0, file);
      for (const [call, , , args] of calls)
        assert.match(args, /^[\w.]+(, options)?$/, `${file}: ${call}`);
      if (source.includes(', options)'))
        assert.match(source, /const options = getDefaults\(\);/, file);
      assert.doesNotMatch(source, /new (Marked|Lexer|Parser)\b|\bmarked\(/, file);
    }
  });
});
