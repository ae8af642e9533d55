// The browser-safe pieces of the beta.gouv.fr format: dates, contracts, excerpt, apply links,
// and one posting object to a job draft.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findApplyInBody } from '../../src/data/betagouv/apply.js';
import { findDetailsInBody } from '../../src/data/betagouv/details.js';
import { contractFrom } from '../../src/data/adapters/fields.js';
import { fileNameDate, readDate } from '../../src/data/betagouv/dates.js';
import { bodyReaders } from '../../src/data/betagouv/body.js';
import { betagouvPostingToDraft } from '../../src/data/betagouv/posting.js';
import { postingUrl } from '../../src/cli/build.js';
import { markdownExcerpt, markdownToPlainText } from '../../src/data/betagouv/text.js';
import { postingProblems } from '../../src/cli/posting-problems.js';

describe('readDate', () => {
  it('reads the date forms found in the front matter, keeping what they say', () => {
    assert.equal(readDate('2021-11-24T11:04:26.278Z'), '2021-11-24T11:04:26.278Z');
    assert.equal(readDate('2021-10-18'), '2021-10-18');
    assert.equal(readDate('2022-06-27T09:00:00'), '2022-06-27T09:00:00');
    assert.equal(readDate('2022-06-27T9:05'), '2022-06-27T09:05:00');
    assert.equal(readDate('2022-06-27 9:05:00'), '2022-06-27T09:05:00');
    assert.equal(readDate('2022-06-27\u00a09:05:00'), '2022-06-27T09:05:00', 'non-breaking space');
    assert.equal(readDate('2021-11-24T11:04:26.278+00:00'), '2021-11-24T11:04:26.278+00:00');
    assert.equal(readDate(new Date(Date.UTC(2021, 0, 2))), '2021-01-02T00:00:00.000Z');
  });

  it('reads day/month/year, day first, with /, - or . between', () => {
    assert.equal(readDate('18/03/2024'), '2024-03-18');
    assert.equal(readDate('03/04/2024'), '2024-04-03', 'not March 4');
    assert.equal(readDate('01-06-2024'), '2024-06-01', 'not January 6');
    assert.equal(readDate('1.6.2024'), '2024-06-01');
    assert.equal(readDate(' 29/02/2024\u00a0'), '2024-02-29');
  });

  it('refuses what is not a date, and guesses no other form', () => {
    for (const value of [
      '2021-02-30',
      'demain',
      '',
      '2021-13-01',
      12,
      null,
      '2021-10-18T25:00',
      '31/02/2024',
      '13/13/2024',
      '03/18/2024',
      '18/03/24',
      '6 mars 2024',
      'March 6, 2024',
      '2024/03/18',
      'le 3 juin 2024',
    ]) {
      assert.equal(readDate(value), undefined, String(value));
    }
  });

  it('takes the date a file name starts with', () => {
    assert.equal(fileNameDate('content/_jobs/2019-12-04-DossierFacile - stage.md'), '2019-12-04');
    assert.equal(fileNameDate('potdb_mia.md'), undefined);
  });
});

describe('contractFrom on beta.gouv.fr contrat words', () => {
  const kind = (text: string) => contractFrom(text)?.kind;
  it('tolerates the spellings of indépendant and friends', () => {
    for (const text of [
      'indépendant',
      'indépendent',
      'independant',
      'Indépendant',
      'indépendant·e',
      'préstataire',
      'freelance',
      'indépendant/freelance',
    ]) {
      assert.equal(kind(text), 'freelance', text);
    }
  });

  it('reads the other kinds, the first one named winning', () => {
    assert.equal(kind('stage'), 'internship');
    assert.equal(kind('stagiaire'), 'internship');
    assert.equal(kind('contractuel'), 'contractual');
    assert.equal(kind('CDD 3 ans'), 'fixed-term');
    assert.equal(kind('CDI'), 'permanent');
    assert.equal(kind('alternance'), 'apprenticeship');
    assert.equal(kind('Fonctionaire A/A+ ou CDD 3 ans'), 'civil-servant');
    assert.equal(kind('CDD ou fonctionnaire'), 'fixed-term');
  });

  it('keeps unknown words as the label of an "other" contract', () => {
    assert.deepEqual(contractFrom('à définir'), { kind: 'other', label: 'à définir' });
  });
});

describe('markdownExcerpt', () => {
  it('keeps an excerpt of exactly the maximum length whole, without an ellipsis', () => {
    const exact = `${'mot '.repeat(74)}fin.`;
    assert.equal(exact.length, 300);
    assert.equal(markdownExcerpt(exact), exact);
  });

  it('leaves out the code of script and style elements, not only their tags', () => {
    assert.equal(
      markdownToPlainText('Avant <script>alert(1)</script><style>p{color:red}</style> après'),
      'Avant après',
    );
  });

  it('takes what is before <!--more-->', () => {
    assert.equal(
      markdownExcerpt('Un **premier** [lien](https://x.org).\n\n<!--more-->\n\nSuite'),
      'Un premier lien.',
    );
  });

  it('leaves headings out of the text before <!--more-->', () => {
    assert.equal(markdownExcerpt('## 📚 Titre\n\nLe texte.\n\n<!--more-->\n\nSuite'), 'Le texte.');
  });

  it('skips headings, setext headings, bold-only lines, rules and comments', () => {
    const body =
      '# Titre\n\nSous-titre\n----------\n\n**Qui sommes-nous ?**\n\n---\n\n<!--StartFragment-->\n\nLe vrai texte&nbsp;: ici.';
    assert.equal(markdownExcerpt(body), 'Le vrai texte\u00a0: ici.');
  });

  it('keeps the no-break spaces French typography puts in, one for a run; other runs one space', () => {
    assert.equal(
      markdownExcerpt(
        'Jusqu’à 10\u00a0000\u00a0€ par\n  an\u00a0\u00a0! «\u202fBien\u202f» \u00a0\nsûr.',
      ),
      'Jusqu’à 10\u00a0000\u00a0€ par an\u00a0! «\u202fBien\u202f» sûr.',
    );
  });

  it('unwraps bold that runs over a line break, leaving no asterisks', () => {
    assert.equal(
      markdownExcerpt('**Le Potager Partagé cherche une personne\npour son jardin.**\n\n## Suite'),
      'Le Potager Partagé cherche une personne pour son jardin.',
    );
    assert.equal(
      markdownToPlainText('__Deux\nlignes__ puis **trois\nlignes\nici**'),
      'Deux lignes puis trois lignes ici',
    );
  });

  it('shortens long paragraphs at a word, with an ellipsis', () => {
    const excerpt = markdownExcerpt(`${'mot '.repeat(200)}fin`, 100)!;
    assert.ok(excerpt.length <= 100);
    assert.match(excerpt, /mot…$/);
  });

  it('returns nothing for an empty body', () => {
    assert.equal(markdownExcerpt('\n\n# Seulement un titre\n'), undefined);
  });

  it('reads Markdown as marked does: emphasis around a link, a setext heading, code', () => {
    // The closing `*` follows the link: emphasis all the same, with nothing left of it.
    assert.equal(
      markdownToPlainText('Écris à *[jo@example.org ](mailto:jo@example.org "Jo")*(RH) !'),
      'Écris à jo@example.org (RH) !',
    );
    assert.equal(
      markdownToPlainText('Comment candidater\n==========\nÉcris-nous.'),
      'Comment candidater Écris-nous.',
    );
    assert.equal(
      markdownToPlainText('**Lieu**: Paris, l’**équipe** _ici_ et `Jo <jo@example.org>`.'),
      'Lieu: Paris, l’équipe ici et Jo jo@example.org.',
    );
    assert.equal(
      markdownToPlainText('- un\n- **deux**\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nFin\\_ici.'),
      'un deux a b 1 2 Fin_ici.',
    );
  });

  it('turns markup into plain text, never keeping a tag', () => {
    const text = markdownToPlainText(
      'A <b>b</b> <img src=x onerror=alert(1)> &lt;script&gt;x&lt;/script&gt; [](mailto:a@b.org) <https://c.org> `code`',
    );
    assert.equal(text, 'A b x a@b.org https://c.org code');
  });
});

describe('findApplyInBody', () => {
  it('finds forms first, then job boards, then addresses', () => {
    const body = [
      'Écrivez à equipe@example.org pour en savoir plus.',
      'Offre aussi sur https://www.welcometothejungle.com/fr/companies/fictive/jobs/dev.',
      'Candidatez via https://www.demarches-simplifiees.fr/commencer/fictif-dev !',
    ].join('\n\n');
    const found = findApplyInBody(body);
    assert.equal(found.url, 'https://www.demarches-simplifiees.fr/commencer/fictif-dev');
    assert.equal(found.email, 'equipe@example.org');
    assert.match(found.instructions ?? '', /^Candidatez via/);
  });

  it('finds Tally, Typeform, Airtable and Google forms, and skips other links', () => {
    assert.equal(findApplyInBody('https://tally.so/r/abc').url, 'https://tally.so/r/abc');
    assert.equal(
      findApplyInBody('<https://x.typeform.com/to/abc>').url,
      'https://x.typeform.com/to/abc',
    );
    assert.equal(
      findApplyInBody('[ici](https://airtable.com/shrAbc)').url,
      'https://airtable.com/shrAbc',
    );
    assert.equal(findApplyInBody('https://forms.gle/abc.').url, 'https://forms.gle/abc');
    assert.equal(findApplyInBody('Voir https://example.org/blog').url, undefined);
  });

  it('prefers the address in a paragraph about applying, including obfuscated ones', () => {
    const body =
      'Notre équipe : a@example.org\n\nPour candidater, envoyez un CV à **jobs at example.org**';
    assert.equal(findApplyInBody(body).email, 'jobs@example.org');
    assert.equal(
      findApplyInBody('(<mailto:x@example.org?cc=y@example.org&subject=CV>)').email,
      'x@example.org',
    );
    assert.equal(findApplyInBody('`prenom\\_nom@example.org`').email, 'prenom_nom@example.org');
  });

  it('keeps the address of the paragraph about applying even when another address follows', () => {
    const body = 'Pour candidater, écrivez à jobs@example.org.\n\nLa presse : presse@example.org';
    assert.equal(findApplyInBody(body).email, 'jobs@example.org');
  });

  it('takes a Google or LinkedIn page for a form or a board only on its form or job paths', () => {
    assert.equal(
      findApplyInBody('Candidatez : https://docs.google.com/document/d/fiche-de-poste').url,
      undefined,
    );
    assert.equal(findApplyInBody('Suivez https://www.linkedin.com/company/fictive').url, undefined);
    assert.equal(
      findApplyInBody('https://www.linkedin.com/jobs/view/123').url,
      'https://www.linkedin.com/jobs/view/123',
    );
  });

  it('takes a France Travail or Pôle emploi page for a board only on a job offer, not a product', () => {
    const product = [
      'Le Phare Fictif aide les demandeurs d’emploi : https://phare.francetravail.fr et ' +
        '[le simulateur](https://simulateur.pole-emploi.fr/accueil).',
      '# Candidater',
      'Envoyez votre CV à recrutement@phare.example.org.',
    ].join('\n\n');
    assert.deepEqual(findApplyInBody(product), {
      url: undefined,
      email: 'recrutement@phare.example.org',
      instructions: 'Envoyez votre CV à recrutement@phare.example.org.',
    });
    for (const offer of [
      'https://candidat.francetravail.fr/offres/recherche/detail/123ABCD',
      'https://candidat.pole-emploi.fr/offres/recherche/detail/987ZYXW',
    ]) {
      assert.equal(findApplyInBody(`Postulez sur ${offer}.`).url, offer);
    }
    assert.equal(
      findApplyInBody('Candidatez : https://candidat.francetravail.fr/accueil').url,
      undefined,
    );
  });

  it('prefers an address in a paragraph about applying over a board named elsewhere', () => {
    const press =
      'Notre équipe dans la presse : https://www.welcometothejungle.com/fr/articles/phare-fictif';
    const apply = 'Pour candidater, écrivez à jobs@phare.example.org.';
    assert.deepEqual(findApplyInBody(`${press}\n\n${apply}`), {
      url: undefined,
      email: 'jobs@phare.example.org',
      instructions: apply,
    });
    // A board in the paragraph about applying is still the place to apply.
    const board = 'Candidatez sur https://www.welcometothejungle.com/fr/companies/phare/jobs/dev.';
    const found = findApplyInBody(`${board}\n\n${apply}`);
    assert.equal(found.url, 'https://www.welcometothejungle.com/fr/companies/phare/jobs/dev');
    assert.equal(found.email, 'jobs@phare.example.org');
    // Without an address about applying, a board named anywhere is kept.
    assert.equal(
      findApplyInBody(press).url,
      'https://www.welcometothejungle.com/fr/articles/phare-fictif',
    );
  });

  it(
    'gets through hostile text (long runs of dots, parens, brackets) with nothing found',
    {
      timeout: 20_000,
    },
    () => {
      for (const body of [
        `${'a.'.repeat(30_000)}@`,
        `x at ${'a-'.repeat(30_000)}`,
        `${'a'.repeat(30_000)}@${'b'.repeat(30_000)}`,
        `[${'a'.repeat(20_000)}](${'('.repeat(10_000)}`,
        `https://${'('.repeat(20_000)}`,
      ]) {
        const found = findApplyInBody(body);
        assert.equal(found.email, undefined);
        assert.equal(found.url, undefined);
        assert.ok(markdownExcerpt(body)!.length <= 300);
      }
    },
  );

  it('finds nothing in a body that names no way to apply', () => {
    assert.deepEqual(findApplyInBody('Rien ici. javascript:alert(1)'), {
      url: undefined,
      email: undefined,
      instructions: undefined,
    });
  });
});

describe('betagouvPostingToDraft', () => {
  const draft = (posting: Record<string, unknown>, now = '2025-01-01T00:00:00Z') => {
    const result = betagouvPostingToDraft(posting, { now: new Date(now) });
    return { result, warnings: postingProblems(posting, result) };
  };

  it('maps the fields of a posting', () => {
    const { result, warnings } = draft({
      file: '2024-05-02-dev.md',
      roles: 'un·e développeur·se',
      role: 'Tech lead',
      startup: { id: 'x', title: 'Équipe X', link: 'https://x.example.org', mission: 'M' },
      open: true,
      junior: true,
      domaine: 'Produit',
      techno: ['Rust', 'rust'],
      contrat: 'CDI',
      externalUrl: 'https://x.example.org/jobs/1',
      poste_ouvert: '2024-05-01',
      body: 'Texte.',
    });
    assert.deepEqual(warnings, []);
    assert.equal(result.id, '2024-05-02-dev');
    assert.equal(result.title, 'Équipe X recrute\u00a0: un·e développeur·se, Tech lead');
    assert.deepEqual(result.roles, ['un·e développeur·se', 'Tech lead']);
    assert.deepEqual(result.organization, { name: 'Équipe X', url: 'https://x.example.org/' });
    assert.deepEqual(result.tags, ['Produit', 'Rust']);
    assert.equal(result.publishedAt, '2024-05-01');
    assert.equal(result.experience, 'junior');
    assert.deepEqual(result.contract, { kind: 'permanent', label: 'CDI' });
    assert.deepEqual(result.apply, { url: 'https://x.example.org/jobs/1' });
  });

  it('reads closed flags given as text or dates, and status', () => {
    assert.equal(draft({ open: 'false', roles: 'r', body: 'b' }).result.open, false);
    assert.equal(draft({ poste_pourvu: '2024-12-01', roles: 'r', body: 'b' }).result.open, false);
    assert.equal(draft({ poste_ferme: true, roles: 'r', body: 'b' }).result.open, false);
    assert.equal(draft({ status: 'fermé', roles: 'r', body: 'b' }).result.open, false);
    assert.equal(draft({ status: 'open', open: true, roles: 'r', body: 'b' }).result.open, true);
    const future = draft({ open: true, depublication_date: '2025-02-01T00:00:00Z', body: 'b' });
    assert.equal(future.result.open, true);
    assert.equal(future.result.closesAt, '2025-02-01T00:00:00Z');
    assert.equal(draft({ status: 'Poste pourvu', roles: 'r', body: 'b' }).result.open, false);
  });

  it('reads a negated status as open, and a status that closes after a negation as closed', () => {
    const open = (status: string) => draft({ status, roles: 'r', body: 'b' }).result.open;
    for (const negated of [
      'non pourvu',
      'Non pourvue',
      'non-pourvu',
      'pas pourvu',
      "Le poste n'est pas encore pourvu",
      'pas fermé',
      'non clos',
      'not filled',
      'not yet filled',
      'unfilled',
      'not closed',
    ]) {
      assert.equal(open(negated), true, negated);
    }
    for (const closing of [
      'pourvu',
      'Pourvue',
      'clos',
      'Fermée',
      'closed',
      'filled',
      'Un poste pourvu',
      'Poste non ouvert, pourvu',
      'non, pourvu',
    ]) {
      assert.equal(open(closing), false, closing);
    }
  });

  it('leaves out what it cannot use, and the CLI names each quirk with its field', () => {
    const { result, warnings } = draft({
      open: 'peut-être',
      date: 'hier',
      contrat: 'à voir',
      contact: 'pas une adresse',
      externalURL: 'javascript:alert(1)',
      poste_ferme: 'bientôt',
      startup: false,
      techno: 'x'.repeat(50),
      body: '',
    });
    const fields = warnings.map((w) => w.field);
    for (const field of [
      'open',
      'date',
      'contrat',
      'contact',
      'externalURL',
      'poste_ferme',
      'techno',
      'title',
      'body',
    ]) {
      assert.ok(fields.includes(field), `no warning about ${field}: ${JSON.stringify(warnings)}`);
    }
    assert.equal(result.open, true);
    assert.equal(result.title, 'Offre');
    assert.equal(result.apply, undefined);
    assert.equal(result.publishedAt, undefined);
    assert.deepEqual(result.tags, []);
    assert.deepEqual(result.contract, { kind: 'other', label: 'à voir' });
  });

  it('keeps a posting open through the day its date-only closing date names', () => {
    const { result } = draft(
      { open: true, depublication_date: '2025-02-01', body: 'b' },
      '2025-02-01T12:00:00Z',
    );
    assert.equal(result.open, true);
    assert.equal(result.closesAt, '2025-02-01');
  });

  it('takes the earliest of several closing dates as closesAt', () => {
    const { result } = draft({
      open: true,
      poste_ferme: '2025-03-01',
      depublication_date: '2025-02-15',
      body: 'b',
    });
    assert.equal(result.closesAt, '2025-02-15');
  });

  it('names no team when equipe is the organization written in another case', () => {
    const { result } = draft({ startup: { title: 'Équipe X' }, equipe: 'équipe x', body: 'b' });
    assert.equal(result.organization?.name, 'Équipe X');
    assert.equal(result.team, undefined);
  });

  it('takes roles that are already a sentence as the title, without "recrute :"', () => {
    const { result } = draft({
      startup: { title: 'Datagir' },
      roles: 'Datagir recrute une développeuse',
      body: 'b',
    });
    assert.equal(result.title, 'Datagir recrute une développeuse');
  });

  it("keeps the text's words only when they are about the link or address kept", () => {
    const result = betagouvPostingToDraft(
      {
        externalURL: 'https://x.example.org/jobs/1',
        body: 'Pour candidater, écrivez à jobs@example.org.',
      },
      { body: bodyReaders },
    );
    assert.deepEqual(result.apply, {
      url: 'https://x.example.org/jobs/1',
      email: 'jobs@example.org',
    });
  });

  it('says how it reads an open flag given as a word, and which date field is not a date', () => {
    const messages = (posting: Record<string, unknown>) =>
      draft({ roles: 'r', body: 'b', ...posting }).warnings.map((w) => w.message);
    assert.ok(
      messages({ open: 'non' }).includes('"open" is "non", not true or false: read as closed'),
    );
    assert.ok(
      messages({ open: 'oui' }).includes('"open" is "oui", not true or false: read as open'),
    );
    assert.ok(
      messages({ open: true, date: 'hier' }).includes(
        '"date" is "hier": not a date (2024-03-18, or 18/03/2024 day first), ignored',
      ),
    );
  });

  it('says how it reads a day/month/year date, and that it guesses no other form', () => {
    const { result, warnings } = draft(
      {
        roles: 'r',
        body: 'b',
        open: true,
        contact: 'jobs@example.org',
        date: '03/04/2024',
        depublication_date: '01/06/2024',
        poste_ferme: '6 mars 2024',
      },
      '2024-05-01T00:00:00Z',
    );
    assert.equal(result.publishedAt, '2024-04-03');
    assert.equal(result.closesAt, '2024-06-01');
    assert.equal(result.open, true);
    assert.deepEqual(
      warnings.map((w) => [w.field, w.message]),
      [
        [
          'poste_ferme',
          '"poste_ferme" is "6 mars 2024": not a date (2024-03-18, or 18/03/2024 day first) nor true/false, ignored',
        ],
        ['date', '"date" "03/04/2024" read as day/month/year: 2024-04-03'],
        [
          'depublication_date',
          '"depublication_date" "01/06/2024" read as day/month/year: 2024-06-01',
        ],
      ],
    );
  });

  it('keeps a tag of exactly the longest length, with no warning', () => {
    const tag = 'x'.repeat(40);
    const { result, warnings } = draft({ open: true, roles: 'r', techno: tag, body: 'b' });
    assert.deepEqual(result.tags, [tag]);
    assert.deepEqual(
      warnings.filter((w) => w.field === 'techno'),
      [],
    );
  });

  it('never throws, whatever the JSON value', () => {
    for (const odd of [
      null,
      1,
      [],
      'x',
      { body: 5 },
      { roles: { a: 1 }, title: ['T'], open: [] },
    ]) {
      const result = betagouvPostingToDraft(odd as Record<string, unknown>);
      assert.ok(result.title, JSON.stringify(odd));
      assert.doesNotThrow(() => postingProblems(odd as Record<string, unknown>, result));
    }
  });

  it('builds the canonical URL from a base, with or without {slug}', () => {
    assert.equal(postingUrl('https://x.org/jobs/', 'a-b'), 'https://x.org/jobs/a-b');
    assert.equal(
      postingUrl('https://x.org/jobs/{slug}.html', 'a-b'),
      'https://x.org/jobs/a-b.html',
    );
    assert.equal(postingUrl('javascript:alert(1)//', 'a'), undefined);
  });
});

describe('findDetailsInBody', () => {
  it('reads places from "Lieu :" lines, leaving out remote words, numbers and long phrases', () => {
    assert.deepEqual(findDetailsInBody('- **Lieu** : Lyon ou Marseille\n').locations, [
      'Lyon',
      'Marseille',
    ]);
    assert.deepEqual(findDetailsInBody('Localisation : 20 rue Exemple - 75 007 Paris').locations, [
      'Paris',
    ]);
    assert.deepEqual(
      findDetailsInBody('Localisation : Organisation de travail flexible, en télétravail')
        .locations,
      [],
    );
    assert.deepEqual(findDetailsInBody('Nous sommes à Lyon.').locations, []);
  });

  it('tells full, partial and no remote work apart, and guesses nothing from silence', () => {
    assert.equal(findDetailsInBody('Poste en 100 % télétravail.').remote, 'full');
    assert.equal(findDetailsInBody('Télétravail complet possible').remote, 'full');
    assert.equal(findDetailsInBody('Télétravail partiel (2 jours)').remote, 'hybrid');
    assert.equal(findDetailsInBody('Pas de télétravail.').remote, 'none');
    assert.equal(findDetailsInBody('Poste sans télétravail.').remote, 'none');
    assert.equal(findDetailsInBody('Bureaux à Paris.').remote, undefined);
  });

  it('keeps the pay as written when it names an amount or a scale', () => {
    assert.equal(
      findDetailsInBody('* **TJM envisagé :** entre 500€ et 600€').salaryText,
      'TJM : entre 500€ et 600€',
    );
    assert.equal(findDetailsInBody('Rémunération : 45 000 € bruts').salaryText, '45 000 € bruts');
    assert.equal(
      findDetailsInBody('- **Rémunération**\u00a0: environ 48\u00a0000\u00a0€ bruts').salaryText,
      'environ 48\u00a0000\u00a0€ bruts',
      'its figures kept together',
    );
    assert.equal(findDetailsInBody('Rémunération : à discuter').salaryText, undefined);
    assert.equal(
      findDetailsInBody('Rémunération : 45 000 €\n\nSalaire : 50 000 €').salaryText,
      '45 000 €',
      'the first pay named',
    );
  });
});
