import { expect } from '@open-wc/testing';
import { IdRegistry, isUrlSafeId, slugify } from '../../src/data/slug.js';

describe('slugify', () => {
  it('keeps underscores and turns each run of other characters into one dash', () => {
    expect(slugify('dev_ops  /  Lead')).to.equal('dev_ops-lead');
    expect(slugify('C++ & C#')).to.equal('c-c');
  });

  it('trims dashes at both ends', () => {
    expect(slugify('  -- Développeur·se !! ')).to.equal('developpeur-se');
  });

  it('cuts at 80 characters by default, without a dash left at the cut', () => {
    const long = `${'a'.repeat(79)} ${'b'.repeat(30)}`;
    expect(slugify(long)).to.equal('a'.repeat(79));
    expect(slugify('b'.repeat(120))).to.have.length(80);
    expect(slugify('abc def', 4)).to.equal('abc');
  });
});

describe('isUrlSafeId', () => {
  it('accepts letters, digits, dashes and underscores, up to 200 of them', () => {
    expect(isUrlSafeId('Job_42-a')).to.equal(true);
    expect(isUrlSafeId('a'.repeat(200))).to.equal(true);
    expect(isUrlSafeId('a'.repeat(201))).to.equal(false);
    expect(isUrlSafeId('')).to.equal(false);
  });

  it('refuses any other character anywhere in the id', () => {
    for (const id of ['a b', 'a/b', '#a', 'a?', 'é', 'a.b', 'a\nb']) {
      expect(isUrlSafeId(id), JSON.stringify(id)).to.equal(false);
    }
  });
});

describe('IdRegistry', () => {
  it('suffixes -2, -3... when an id is taken, and calls an empty one "job"', () => {
    const ids = new IdRegistry();
    expect(['a', 'a', 'a', '', ''].map((id) => ids.claim(id))).to.deep.equal([
      'a',
      'a-2',
      'a-3',
      'job',
      'job-2',
    ]);
    // Handed out: the next claims go on from there.
    expect(ids.claim('a-3')).to.equal('a-3-2');
    expect(ids.claim('a-4')).to.equal('a-4');
  });

  it('keeps a reserved id for the posting that owns it, whoever claims it first', () => {
    const ids = new IdRegistry();
    ids.reserve('designer');
    ids.reserve('designer-2');
    expect(ids.claim('designer')).to.equal('designer-3');
    expect(ids.claim('designer-2', true)).to.equal('designer-2');
    expect(ids.claim('designer', true)).to.equal('designer');
  });

  it('gives an owner its reserved id only once', () => {
    const ids = new IdRegistry();
    ids.reserve('same');
    expect(ids.claim('same', true)).to.equal('same');
    expect(ids.claim('same', true)).to.equal('same-2');
  });

  it('never gives a posting another posting’s reserved id as a suffixed one', () => {
    const ids = new IdRegistry();
    ids.reserve('x-2');
    expect(ids.claim('x')).to.equal('x');
    expect(ids.claim('x', true)).to.equal('x-3');
    expect(ids.claim('x-2', true)).to.equal('x-2');
  });
});
