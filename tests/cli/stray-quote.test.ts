// A stray quote at one end of an unquoted front matter value (`title: Développeur"`): build takes
// it off and says it at its line; validate says it of a betagouv JSON feed, which the widget
// shows as written. Apostrophes in French text are never touched.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import type { CareersFeed } from '../../src/data/job.js';
import { corpusPath, runCli, useTempDir } from './helpers.js';

const NOW = '2026-11-28T00:00:00Z';

describe('stray quotes in front matter values', () => {
  const inTemp = useTempDir();

  it('build publishes the value without it and warns file:line naming the field and the quote', async () => {
    const file = inTemp('2026-11-20-jardinier.md');
    await writeFile(
      file,
      [
        '---',
        "title: Jardinier·ère de l'équipe d'État\"",
        "contrat: CDD 3 ans'",
        'equipe: Les "Potagers" du quartier',
        'open: true',
        'contact: recrutement@potager.example',
        '---',
        "Rejoignez l'équipe du potager partagé.",
        '',
      ].join('\n'),
    );
    const run = await runCli('build', file, '--now', NOW);
    assert.equal(run.code, 0, run.stderr);
    const [job] = (JSON.parse(run.stdout) as CareersFeed).jobs;
    assert.equal(job.title, "Jardinier·ère de l'équipe d'État");
    assert.deepEqual(job.contract, { kind: 'fixed-term', label: 'CDD 3 ans' });
    assert.equal(job.organization?.name, 'Les "Potagers" du quartier');
    const stray = run.stderr.split('\n').filter((line) => line.includes('stray'));
    assert.deepEqual(stray, [
      `${file}:2: "title": a stray " at the end that no quote opens (Jardinier·ère de l'équipe ` +
        `d'État"): read as "Jardinier·ère de l'équipe d'État" (put the whole value in quotes to keep it)`,
      `${file}:3: "contrat": a stray ' at the end that no quote opens (CDD 3 ans'): read as "CDD 3 ans" ` +
        '(put the whole value in quotes to keep it)',
    ]);
  });

  it('validate says it of a betagouv feed, which the widget shows as written', async () => {
    const path = inTemp('postings.json');
    await writeFile(
      path,
      JSON.stringify([
        {
          file: 'a.md',
          title: 'Développeur"',
          roles: "Chargé·e d'accompagnement",
          domaines: ['Design', "Produit'"],
          open: true,
          body: "L'équipe recrute.",
        },
      ]),
    );
    const run = await runCli('validate', path, '--now', NOW);
    const stray = run.stdout.split('\n').filter((line) => line.includes('stray'));
    assert.deepEqual(stray, [
      '  - Job #1 ("a.md"): "title": a stray " at the end that no quote opens (Développeur"): ' +
        'the widget shows it as written',
      '  - Job #1 ("a.md"): "domaines": a stray \' at the end that no quote opens (Produit\'): ' +
        'the widget shows it as written',
    ]);
  });

  it('finds none in the real corpus, as a betagouv feed', async () => {
    const run = await runCli('validate', corpusPath('betagouv-jobs.parsed.json'), '--now', NOW);
    assert.equal(run.code, 0);
    assert.doesNotMatch(run.stdout, /stray/);
    assert.match(run.stdout, /^110 jobs read/m);
  });
});
