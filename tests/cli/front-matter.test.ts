// The front matter reader of `careers-feed build`: broken YAML and tab indentation, each said at
// the line at fault, with the values read as the author meant them where that is clear.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarkdownFile } from '../../src/cli/front-matter.js';

/** A file with this front matter (line 2 onwards) and a one-line body. */
const read = (frontMatter: string) => parseMarkdownFile(`---\n${frontMatter}---\nTexte.\n`);
const said = (file: ReturnType<typeof read>) =>
  file.problems.map(({ line, message }) => `${line}: ${message}`);

describe('front matter YAML cannot read', () => {
  it('says the line where an unclosed quote opens, and reads the value without it', () => {
    const file = read('title: "Stagiaire data\nopen: false\ndate: 2025-01-02\n');
    assert.deepEqual(file.frontMatter, {
      title: 'Stagiaire data',
      open: false,
      date: '2025-01-02',
    });
    assert.deepEqual(said(file), [
      '2: the front matter is not valid YAML (Missing closing "quote): read line by line instead',
      '2: "title": the " that opens the value is not closed (not valid YAML): read as "Stagiaire data"',
    ]);
  });

  it('says the line where an unclosed bracket opens, and reads the list', () => {
    const file = read("roles: data\ndomaines: [Data, 'IA'\nopen: true\n");
    assert.deepEqual(file.frontMatter, { roles: 'data', domaines: ['Data', 'IA'], open: true });
    assert.equal(file.problems.length, 2);
    assert.ok(
      file.problems.every((problem) => problem.line === 3),
      said(file).join('\n'),
    );
    assert.match(said(file)[1], /"domaines": the \[ .* read as the list \["Data","IA"\]$/);
  });

  it('reads quotes within quotes as the text between the outer ones, and says so', () => {
    const file = read('title: "Le "Lab" recrute"\nopen: true # ouvert\n');
    assert.deepEqual(file.frontMatter, { title: 'Le "Lab" recrute', open: true });
    assert.match(
      said(file)[1],
      /^2: "title": quotes within quotes .*: read as "Le "Lab" recrute"$/,
    );
  });

  it('reads the other values as YAML reads them, lists under a key included', () => {
    const file = read(
      "title: 'X\nopen: false\njunior: 'oui'\ndomaines:\n  - Data\n  - 'IA' # note\ndate: 2025-01-02\n",
    );
    assert.deepEqual(file.frontMatter, {
      title: 'X',
      open: false,
      junior: 'oui',
      domaines: ['Data', 'IA'],
      date: '2025-01-02',
    });
    assert.deepEqual(file.lines, { title: 2, open: 3, junior: 4, domaines: 5, date: 8 });
  });

  it('says which lines it cannot read, and drops an unclosed {', () => {
    const file = read('title: "X\nstartup:\n  id: a\nequipe: {nom: b\n');
    assert.deepEqual(file.frontMatter, { title: 'X', startup: null, equipe: null });
    assert.match(said(file).join('\n'), /^4: line left out: the front matter is not valid YAML/m);
    assert.match(said(file).join('\n'), /^5: "equipe": the \{ .* left out$/m);
  });

  it('says a key given twice, and keeps the last one, as when the YAML parses', () => {
    const file = read(
      'open: false\ntitle: "X\ndomaines:\n  - Data\nopen: true\ndomaines: [IA]\nopen: oui\n',
    );
    assert.deepEqual(file.frontMatter, { open: 'oui', title: 'X', domaines: ['IA'] });
    assert.deepEqual(file.lines, { open: 8, title: 3, domaines: 7 });
    assert.deepEqual(
      said(file).filter((line) => line.includes('twice')),
      [
        '6: "open" is given twice (line 2 and here): the last one is kept',
        '7: "domaines" is given twice (line 4 and here): the last one is kept',
        '8: "open" is given twice (line 6 and here): the last one is kept',
      ],
    );
    // The same words as for YAML that parses.
    const valid = read('open: false\ntitle: X\nopen: true\n');
    assert.deepEqual(said(valid), [
      '4: "open" is given twice (line 2 and here): the last one is kept',
    ]);
  });

  it('keeps a __proto__ key as a key of its own, as YAML that parses does', () => {
    const file = read('title: "X\n__proto__: [a, b]\nopen: true\n');
    assert.equal(Object.getPrototypeOf(file.frontMatter), Object.prototype);
    assert.deepEqual(Object.keys(file.frontMatter!), ['title', '__proto__', 'open']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(file.frontMatter, '__proto__')?.value, [
      'a',
      'b',
    ]);
  });

  it('leaves a value that is valid YAML alone, quotes that pair included', () => {
    const file = read('title: Stagiaire "data" (Lab)\nopen: true\n');
    assert.deepEqual(file.frontMatter, { title: 'Stagiaire "data" (Lab)', open: true });
    assert.deepEqual(file.problems, []);
  });

  it('reads a value closed then followed by text as that text without the quotes, and says so', () => {
    const file = read('contrat: "CDI"x\ntitle: "Développeur" senior\nopen: true\n');
    assert.deepEqual(file.frontMatter, {
      contrat: 'CDIx',
      title: 'Développeur senior',
      open: true,
    });
    assert.deepEqual(said(file).slice(1), [
      '2: "contrat": text after the closing " ("CDI"x) (not valid YAML): read as "CDIx"',
      '3: "title": text after the closing " ("Développeur" senior) (not valid YAML): read as ' +
        '"Développeur senior"',
    ]);
  });
});

describe('front matter values with a stray quote at one end', () => {
  const stray = (line: number, key: string, quote: string, written: string, value: string) =>
    `${line}: "${key}": a stray ${quote} at the end that no quote opens (${written}): read as ` +
    `"${value}" (put the whole value in quotes to keep it)`;

  it('takes off a lone closing quote of an unquoted value, and says it at its line', () => {
    const file = read(
      "title: Développeur\"\ncontrat: CDI'\nroles: Chargé·e de mission d'État'\nopen: true\n",
    );
    assert.deepEqual(file.frontMatter, {
      title: 'Développeur',
      contrat: 'CDI',
      roles: "Chargé·e de mission d'État",
      open: true,
    });
    assert.deepEqual(said(file), [
      stray(2, 'title', '"', 'Développeur"', 'Développeur'),
      stray(3, 'contrat', "'", "CDI'", 'CDI'),
      stray(4, 'roles', "'", "Chargé·e de mission d'État'", "Chargé·e de mission d'État"),
    ]);
  });

  it('takes it off the items of a list, each said at its own line', () => {
    const file = read('domaines:\n  - Design"\n  - Produit\ntechno: [Python\', Rust]\n');
    assert.deepEqual(file.frontMatter, {
      domaines: ['Design', 'Produit'],
      techno: ['Python', 'Rust'],
    });
    assert.deepEqual(said(file), [
      stray(3, 'domaines', '"', 'Design"', 'Design'),
      stray(5, 'techno', "'", "Python'", 'Python'),
    ]);
  });

  it('never touches an apostrophe, quotes that pair, a quoted value or a quote inside', () => {
    const frontMatter = {
      title: "Chef·fe de projet à l'équipe d'État",
      roles: "aujourd'hui, l'IA",
      equipe: 'Le "Lab" du ministère',
      friend: "Rock 'n' roll",
      contrat: "Dev' senior",
      contact: 'Écran 27" ou plus',
      techno: "Dev'",
      domaine: 'Développeur"',
      startup: "Service 'Mon compte' d'accompagnement vers l'emploi'",
    };
    const file = read(
      [
        "title: Chef·fe de projet à l'équipe d'État",
        "roles: aujourd'hui, l'IA",
        'equipe: Le "Lab" du ministère',
        "friend: Rock 'n' roll",
        "contrat: Dev' senior",
        'contact: Écran 27" ou plus',
        'techno: "Dev\'"',
        "domaine: 'Développeur\"'",
        "startup: Service 'Mon compte' d'accompagnement vers l'emploi'",
        '',
      ].join('\n'),
    );
    assert.deepEqual(file.frontMatter, frontMatter);
    assert.deepEqual(file.problems, []);
  });

  it('reads only the value of a key given twice that is kept', () => {
    const file = read('title: Dev"\ntitle: Designer\n');
    assert.deepEqual(file.frontMatter, { title: 'Designer' });
    assert.deepEqual(said(file), [
      '3: "title" is given twice (line 2 and here): the last one is kept',
    ]);
  });

  it('takes it off too when the front matter is read line by line, inside quotes included', () => {
    const file = read('title: Développeur"\nopen: [true\nroles: "Dev""\n');
    assert.deepEqual(file.frontMatter, { title: 'Développeur', open: ['true'], roles: 'Dev' });
    assert.deepEqual(
      said(file).filter((line) => !line.includes('read line by line')),
      [
        stray(2, 'title', '"', 'Développeur"', 'Développeur'),
        '3: "open": the [ that opens the value is not closed (not valid YAML): read as the list ["true"]',
        stray(4, 'roles', '"', '"Dev""', 'Dev'),
      ],
    );
  });
});

describe('front matter lines indented with a tab', () => {
  it('reads a tab-indented key after a complete line as a key of its own, at its line', () => {
    const file = read('title: Jardinier\n\topen: false\ndate: 2025-01-02\n');
    assert.deepEqual(file.frontMatter, { title: 'Jardinier', open: false, date: '2025-01-02' });
    assert.deepEqual(said(file), [
      '3: "open" is indented with a tab, which YAML forbids: read as a key of its own, its value kept',
    ]);
    assert.equal(file.lines.open, 3);
  });

  it('reads tab-indented items and lines under a key as part of it', () => {
    const file = read(
      'domaines:\n    - Data\n\t- IA\nstartup:\n\tid: a\ntitle: >\n\tUn\n\tposte\n',
    );
    assert.deepEqual(file.frontMatter, {
      domaines: ['Data', 'IA'],
      startup: { id: 'a' },
      title: 'Un poste\n',
    });
    assert.deepEqual(
      said(file).map((line) => line.replace(/:.*as part of /, ': ')),
      ['4: "domaines"', '6: "startup"', '8: "title"', '9: "title"'],
    );
    assert.match(
      said(file)[0],
      /line indented with a tab, which YAML forbids: read as if indented with spaces/,
    );
  });

  it('reads a key after spaces and a tab, or on the first line, as a key of its own', () => {
    const file = read('\ttitle: X\n \topen: false\n');
    assert.deepEqual(file.frontMatter, { title: 'X', open: false });
    assert.deepEqual(
      file.problems.map((problem) => problem.line),
      [2, 3],
    );
  });

  it('leaves the tabs of valid YAML alone: the text of a block after its indentation', () => {
    const file = read('title: X\nnote: |\n  code\n  \tindenté\nopen: true\n');
    assert.deepEqual(file.frontMatter, { title: 'X', note: 'code\n\tindenté\n', open: true });
    assert.deepEqual(file.problems, []);
  });

  it('says nothing of tabs after a key, in a comment line or in the body', () => {
    const file = parseMarkdownFile(
      '---\ntitle:\tX\n\t# note\nopen: true\t# ouvert\n---\n\tTexte.\n',
    );
    assert.deepEqual(file.frontMatter, { title: 'X', open: true });
    assert.deepEqual(file.problems, []);
  });
});
