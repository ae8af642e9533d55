import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/data/normalize.js';

describe('normalizeFeed (careers feed)', () => {
  it('reads jobs and gives them the feed organization', () => {
    const { jobs, warnings } = normalizeFeed({
      version: 1,
      organization: { name: 'Org' },
      jobs: [{ id: 'a', title: 'A' }],
    });
    expect(warnings).to.deep.equal([]);
    expect(jobs[0].organization?.name).to.equal('Org');
  });

  it('skips a job without a title with a warning naming it', () => {
    const { jobs, warnings } = normalizeFeed([{ id: 'x' }, { title: 'Ok' }]);
    expect(jobs.map((j) => j.title)).to.deep.equal(['Ok']);
    expect(warnings[0].message).to.contain('#1');
  });

  it('never lets a javascript: URL through', () => {
    const { jobs } = normalizeFeed([{ title: 'T', url: 'javascript:alert(1)' }]);
    expect(jobs[0].url).to.equal(undefined);
  });
});
