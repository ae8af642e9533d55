import { expect } from '@open-wc/testing';
import {
  contractKind,
  currency,
  decodeEntities,
  excerpt,
  field,
  isoDate,
  num,
  remotePolicy,
  salaryPeriod,
  textList,
} from '../../src/data/adapters/fields.js';

describe('contractKind', () => {
  const cases: Array<[string, string]> = [
    ['CDI', 'permanent'],
    ['CDD 3 ans', 'fixed-term'],
    ['indépendant', 'freelance'],
    ['indépendent', 'freelance'],
    ['independant', 'freelance'],
    ['Indépendant', 'freelance'],
    ['indépendant·e', 'freelance'],
    ['préstataire', 'freelance'],
    ['freelance', 'freelance'],
    ['stage', 'internship'],
    ['stagiaire', 'internship'],
    ['alternance', 'apprenticeship'],
    ['apprentissage', 'apprenticeship'],
    ['contractuel', 'contractual'],
    ['Fonctionaire A/A+ ou CDD 3 ans', 'civil-servant'],
    ['fonctionnaire', 'civil-servant'],
    ['FullTime', 'permanent'],
    ['PartTime', 'part-time'],
    ['Intern', 'internship'],
    ['Contract', 'freelance'],
    ['Temporary', 'temporary'],
    ['full_time', 'permanent'],
    ['FULL_TIME', 'permanent'],
    ['CONTRACTOR', 'freelance'],
    ['fulltime_fixed_term', 'fixed-term'],
    ['Service civique', 'volunteer'],
  ];
  for (const [words, kind] of cases) {
    it(`reads "${words}" as ${kind}`, () => expect(contractKind(words)).to.equal(kind));
  }
  it('gives nothing for words it does not know', () => {
    expect(contractKind('à discuter')).to.equal(undefined);
    expect(contractKind(42)).to.equal(undefined);
  });
});

describe('remotePolicy and salaryPeriod', () => {
  it('reads remote words', () => {
    expect(
      ['on-site', 'OnSite', 'hybrid', 'Hybride', 'remote', 'TELECOMMUTE'].map(remotePolicy),
    ).to.deep.equal(['none', 'none', 'hybrid', 'hybrid', 'full', 'full']);
    expect(remotePolicy('unspecified')).to.equal(undefined);
  });
  it('reads salary periods', () => {
    expect(
      ['per-year-salary', '1 YEAR', 'monthly', 'hourly', 'per-day-wage', 'WEEK'].map(salaryPeriod),
    ).to.deep.equal(['year', 'year', 'month', 'hour', 'day', 'week']);
  });
});

describe('isoDate', () => {
  it('keeps ISO dates and repairs near misses', () => {
    expect(isoDate('2021-10-18')).to.equal('2021-10-18');
    expect(isoDate('2021-11-24T11:04:26.278Z')).to.equal('2021-11-24T11:04:26.278Z');
    expect(isoDate('2021-11-24T9:04')).to.equal('2021-11-24T09:04:00');
    expect(isoDate('2021-11-24 09:04:00+0100')).to.equal('2021-11-24T09:04:00+01:00');
    expect(isoDate(1793000000000)).to.equal(new Date(1793000000000).toISOString());
  });
  it('refuses what is not a date', () => {
    for (const bad of ['2021-02-30', '2021-13-01', 'il y a 2 jours', '', 'NaN', Infinity, {}, []]) {
      expect(isoDate(bad), String(bad)).to.equal(undefined);
    }
  });
  it('knows the length of every month, leap years included', () => {
    for (const good of ['2024-02-29', '2000-02-29', '2026-04-30', '2026-12-31', '2026-01-31']) {
      expect(isoDate(good), good).to.equal(good);
    }
    expect(isoDate('2024-02-29T10:00Z')).to.equal('2024-02-29T10:00:00Z');
    for (const bad of ['2023-02-29', '1900-02-29', '2026-04-31', '2026-11-31', '2026-00-10']) {
      expect(isoDate(bad), bad).to.equal(undefined);
    }
    expect(isoDate('2026-06-00'), 'day 0').to.equal(undefined);
  });
});

describe('textList', () => {
  it('keeps trimmed, non-empty, distinct texts in order, short lists and long ones', () => {
    expect(textList(' Paris ')).to.deep.equal(['Paris']);
    expect(textList(['Paris', ' Paris', '', 3, null, {}, 'Lyon'])).to.deep.equal([
      'Paris',
      '3',
      'Lyon',
    ]);
    const long = Array.from({ length: 50 }, (_, i) => (i % 2 ? ` t${i % 10} ` : ''));
    expect(textList(long)).to.deep.equal(['t1', 't3', 't5', 't7', 't9']);
    expect(textList(undefined)).to.deep.equal([]);
  });

  it('drops the holes of a sparse list and never hands back the list it was given', () => {
    const sparse = ['Paris', , 'Lyon'];
    const read = textList(sparse);
    expect(read).to.deep.equal(['Paris', 'Lyon']);
    expect(Object.keys(read)).to.deep.equal(['0', '1']);
    const clean = ['Paris', 'Lyon'];
    const copy = textList(clean);
    expect(copy).to.deep.equal(clean);
    expect(copy).to.not.equal(clean);
    expect(textList(['Lyon', 'Paris', 'Lyon'])).to.deep.equal(['Lyon', 'Paris']);
  });
});

describe('decodeEntities', () => {
  it('decodes French and typographic entities, and leaves unknown ones to the HTML parser', () => {
    expect(
      decodeEntities('Caf&eacute; &laquo;&nbsp;ok&nbsp;&raquo; &rsquo; &#233;&#xE9; &zwj;'),
    ).to.equal('Café «\u00a0ok\u00a0» ’ éé &zwj;');
  });

  it('gives a capital letter for an entity written with a capital (Île-de-France)', () => {
    expect(
      decodeEntities('&Icirc;le-de-France, &Ocirc;, &Uuml;, &Eacute;, &OElig;, &AMP;'),
    ).to.equal('Île-de-France, Ô, Ü, É, Œ, &');
    expect(decodeEntities('&icirc;, &oelig;, &eacute;')).to.equal('î, œ, é');
  });

  it('leaves the names an object inherits as written', () => {
    expect(decodeEntities('&toString; &valueOf; &TOSTRING; &amp;')).to.equal(
      '&toString; &valueOf; &TOSTRING; &',
    );
  });

  it('decodes once and never parses tags', () => {
    expect(decodeEntities('&lt;b&gt;x&amp;amp;y&lt;/b&gt;')).to.equal('<b>x&amp;y</b>');
    expect(decodeEntities('&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt;')).to.equal(
      '</textarea><img src=x onerror=alert(1)>',
    );
  });
});

describe('field, num, isoDate, excerpt and decodeEntities at their edges', () => {
  it('reads own properties only', () => {
    expect(field(Object.create({ title: 'inherited' }), 'title')).to.equal(undefined);
    expect(field({ title: 'own' }, 'title')).to.equal('own');
  });

  it('reads a decimal comma, and nothing that is not plainly a number', () => {
    expect(num('45,5')).to.equal(45.5);
    expect(num('45 000')).to.equal(45000);
    for (const value of ['', ' ', '1e3', '0x10', 'Infinity', '12 k€']) {
      expect(num(value), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('refuses impossible times and dates out of 1970 to 2200', () => {
    expect(isoDate('2026-01-01T24:00')).to.equal(undefined);
    expect(isoDate('2026-01-01T23:59')).to.equal('2026-01-01T23:59:00');
    expect(isoDate(-1000)).to.equal(undefined);
    expect(isoDate('1 January 1900')).to.equal(undefined);
    expect(isoDate('1 January 2300')).to.equal(undefined);
  });

  it('refuses a date without a four-digit year rather than guess it', () => {
    expect(isoDate('March 5')).to.equal(undefined);
    expect(isoDate('5 March 2026 12:00 UTC')).to.equal('2026-03-05T12:00:00.000Z');
  });

  it('splits camel-case contract codes into words', () => {
    expect(contractKind('SelfEmployed')).to.equal('freelance');
  });

  it('cuts an excerpt at a word boundary', () => {
    expect(excerpt('hello world again', 13)).to.equal('hello world…');
  });

  it('decodes neither NUL nor lone surrogates', () => {
    expect(decodeEntities('a&#0;b&#xD800;c')).to.equal('a\ufffdb\ufffdc');
  });
});

describe('currency', () => {
  it('reads a three-letter code in any case and the euro, dollar and pound signs', () => {
    const cases: Array<[unknown, string | undefined]> = [
      ['EUR', 'EUR'],
      [' chf ', 'CHF'],
      ['€', 'EUR'],
      ['$', 'USD'],
      ['£', 'GBP'],
      ['euro', undefined],
      ['E1R', undefined],
      ['', undefined],
      [978, undefined],
    ];
    for (const [value, expected] of cases)
      expect(currency(value), String(value)).to.equal(expected);
  });
});
