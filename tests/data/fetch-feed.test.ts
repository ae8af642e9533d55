import { expect } from '@open-wc/testing';
import { fetchFeed, loadFeeds, MAX_FEED_BYTES } from '../../src/data/fetch-feed.js';
import { FeedError, type FeedErrorReason } from '../../src/data/feed-error.js';
import { adapters } from '../../src/data/adapters/index.js';

const FORMATS = adapters.map((adapter) => adapter.format);

const url = (path: string) => new URL(path, location.origin).href;

async function failure(path: string, options = {}): Promise<FeedError> {
  try {
    await fetchFeed(url(path), options);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error(`${path} did not fail`);
}

describe('fetchFeed', () => {
  it('returns the parsed JSON of a feed', async () => {
    const data = (await fetchFeed(url('/tests/fixtures/feeds/careers.json'))) as {
      version: number;
    };
    expect(data.version).to.equal(1);
  });

  const cases: Array<[string, FeedErrorReason, number | undefined]> = [
    ['/__test__/status/404', 'http', 404],
    ['/__test__/status/500', 'http', 500],
    ['/__test__/status/403', 'http', 403],
    ['/__test__/html', 'not-json', 200],
    ['/__test__/invalid-json', 'not-json', 200],
    ['/__test__/truncated', 'not-json', 200],
    ['/__test__/empty', 'empty', 200],
    ['/__test__/blank', 'empty', 200],
    ['/__test__/drop', 'network', undefined],
    ['/__test__/drop-mid', 'network', undefined],
  ];
  for (const [path, reason, status] of cases) {
    it(`fails with reason ${reason} for ${path}`, async () => {
      const error = await failure(path);
      expect(error.reason).to.equal(reason);
      expect(error.status).to.equal(status);
      expect(error.url).to.equal(url(path));
      expect(error.message).to.contain(url(path));
    });
  }

  it('names an HTML page in its message', async () => {
    expect((await failure('/__test__/html')).message).to.match(/HTML page/);
  });

  it('stops reading a body larger than 15 MB', async () => {
    const error = await failure(`/__test__/big/${MAX_FEED_BYTES + 1024 * 1024}`);
    expect(error.reason).to.equal('too-large');
    expect(error.message).to.match(/download stopped/);
  });

  it('refuses a body whose Content-Length is over the limit before reading it', async () => {
    const error = await failure(`/__test__/big/${MAX_FEED_BYTES + 1}?declared`);
    expect(error.reason).to.equal('too-large');
    expect(error.message).to.match(/announces/);
  });

  it('reads a body just under the limit', async () => {
    const data = (await fetchFeed(url(`/__test__/big/${MAX_FEED_BYTES - 200_000}`), {
      timeout: 20_000,
    })) as { jobs: unknown[] };
    expect(data.jobs.length).to.be.greaterThan(200);
  });

  it('gives up after the timeout when the answer is late', async () => {
    const error = await failure('/__test__/delay/3000/tests/fixtures/feeds/careers.json', {
      timeout: 200,
    });
    expect(error.reason).to.equal('timeout');
    expect(error.message).to.contain('200 ms');
  });

  it('gives up after the timeout when the body is late', async () => {
    const error = await failure('/__test__/slow-body/3000', { timeout: 300 });
    expect(error.reason).to.equal('timeout');
  });

  it('reports an abort by the caller as aborted, before or during the request', async () => {
    const early = new AbortController();
    early.abort();
    expect(
      (await failure('/tests/fixtures/feeds/careers.json', { signal: early.signal })).reason,
    ).to.equal('aborted');
    const late = new AbortController();
    const pending = failure('/__test__/delay/3000/tests/fixtures/feeds/careers.json', {
      signal: late.signal,
    });
    setTimeout(() => late.abort(), 50);
    expect((await pending).reason).to.equal('aborted');
  });

  it('uses the default timeout when the one given is not a positive number', async () => {
    for (const timeout of [0, -1, Number.NaN]) {
      const data = (await fetchFeed(url('/__test__/delay/100/tests/fixtures/feeds/careers.json'), {
        timeout,
      })) as { version: number };
      expect(data.version, String(timeout)).to.equal(1);
    }
  });

  it("sends no cookies with the feed request, not even to the page's own site", async () => {
    document.cookie = 'careers-probe=1; path=/';
    try {
      const sent = (await fetchFeed(url('/__test__/cookies'))) as { cookie: string };
      expect(sent.cookie).to.equal('');
      // The page's own requests do carry it: the probe would show a cookie sent.
      const own = (await (await fetch(url('/__test__/cookies'))).json()) as { cookie: string };
      expect(own.cookie).to.contain('careers-probe=1');
    } finally {
      document.cookie = 'careers-probe=; path=/; max-age=0';
    }
  });

  it('fails with network for a host that does not answer', async () => {
    const error = await failure('http://127.0.0.1:9/feed.json');
    expect(error.reason).to.equal('network');
  });
});

describe('loadFeeds', () => {
  it('merges feeds in parallel and keeps the others when one fails', async () => {
    const result = await loadFeeds([
      url('/tests/fixtures/feeds/careers.json'),
      url('/__test__/status/502'),
      url('/tests/fixtures/feeds/lever.json'),
    ]);
    expect(result.errors.map((e) => [e.reason, e.status])).to.deep.equal([['http', 502]]);
    expect(result.sources).to.deep.equal([
      url('/tests/fixtures/feeds/careers.json'),
      url('/tests/fixtures/feeds/lever.json'),
    ]);
    expect(result.feeds.map((f) => [f.format, f.count])).to.deep.equal([
      ['careers', 2],
      ['lever', 2],
    ]);
    expect(result.jobs.map((j) => j.title)).to.deep.equal([
      'Développeur·se back-end',
      'Designer produit',
      'Backend Engineer',
      'Summer Intern',
    ]);
    expect(result.jobs[3].source).to.equal(url('/tests/fixtures/feeds/lever.json'));
  });

  it('ignores blank URLs instead of fetching the page itself', async () => {
    const one = url('/__test__/json/one-job');
    const result = await loadFeeds(['', '  ', one]);
    expect(result.errors).to.deep.equal([]);
    expect(result.sources).to.deep.equal([one]);
    expect(result.jobs.map((j) => j.id)).to.deep.equal(['one']);
  });

  it('removes the same posting given by two feeds, and keeps ids unique', async () => {
    const careers = url('/tests/fixtures/feeds/careers.json');
    const copy = url('/__test__/delay/0/tests/fixtures/feeds/careers.json');
    const one = url('/__test__/json/one-job');
    const result = await loadFeeds([careers, copy, careers, one]);
    expect(result.jobs.map((j) => j.id)).to.deep.equal(['dev-back-end', 'designer', 'one']);
    expect(result.duplicates).to.equal(2);
  });

  it('reports a JSON value that is no feed as invalid-feed', async () => {
    const result = await loadFeeds([
      url('/__test__/json/not-a-feed'),
      url('/__test__/json/all-invalid'),
      url('/__test__/json/one-job'),
    ]);
    expect(result.errors.map((e) => e.reason)).to.deep.equal(['invalid-feed', 'invalid-feed']);
    expect(result.errors[1].message).to.contain('3 skipped');
    // Named once, with its URL: "<url>: Not a job feed: expected ...".
    const [notFeed] = result.errors;
    expect(notFeed.message).to.match(/^http\S+\/not-a-feed: Not a job feed: expected a careers/);
    expect(notFeed.message.split('Not a job feed')).to.have.length(2);
    expect(result.jobs.map((j) => j.id)).to.deep.equal(['one']);
  });

  it('reports a feed not written in the format it is read as as invalid-feed; an empty one stays empty', async () => {
    const careers = url('/tests/fixtures/feeds/careers.json');
    const wrong = await loadFeeds([careers], { format: 'lever' });
    expect(wrong.errors.map((e) => e.reason)).to.deep.equal(['invalid-feed']);
    expect(wrong.errors[0].message).to.contain('it is a careers feed, not lever');
    expect(wrong.sources).to.deep.equal([]);
    const right = await loadFeeds([url('/tests/fixtures/feeds/lever.json')], { format: 'lever' });
    expect(right.errors).to.deep.equal([]);
    expect(right.jobs.length).to.be.greaterThan(0);
    const empty = await loadFeeds([url('/tests/fixtures/feeds/ui-empty.json')], {
      format: 'greenhouse',
    });
    expect(empty.errors).to.deep.equal([]);
    expect(empty.sources).to.have.length(1);
    expect(empty.jobs).to.deep.equal([]);
  });

  it('reports a versioned careers feed read as another format as invalid-feed, not read wrong', async () => {
    const careers = url('/tests/fixtures/feeds/careers.json');
    const result = await loadFeeds([careers], { format: 'greenhouse' });
    expect(result.jobs).to.deep.equal([]);
    expect(result.errors.map((e) => e.reason)).to.deep.equal(['invalid-feed']);
    expect(result.errors[0].message).to.equal(`${careers}: it is a careers feed, not greenhouse.`);
  });

  it('reports JSON that is no feed of the format asked for as invalid-feed, in every format', async () => {
    const json = `data:application/json,${encodeURIComponent('{"foo":1}')}`;
    for (const format of FORMATS) {
      const result = await loadFeeds([json], { format });
      expect(
        result.errors.map((e) => [e.reason, e.message]),
        format,
      ).to.deep.equal([['invalid-feed', `${json}: not a ${format} feed.`]]);
      expect(result.sources, format).to.deep.equal([]);
    }
  });

  it('fails only the feed whose URL cannot be parsed, and says so', async () => {
    const good = url('/tests/fixtures/feeds/careers-small.json');
    const result = await loadFeeds([good, 'http://[bad']);
    expect(result.sources).to.deep.equal([good]);
    expect(result.jobs.length).to.be.greaterThan(0);
    expect(result.errors.map((e) => [e.reason, e.url, e.message])).to.deep.equal([
      ['network', 'http://[bad', 'Not a valid feed URL: http://[bad'],
    ]);
  });

  it('tags warnings with the feed they come from', async () => {
    const source = url('/tests/fixtures/feeds/ashby.json');
    const result = await loadFeeds([source]);
    expect(result.warnings).to.have.length(1);
    expect(result.warnings[0]).to.include({ source, job: 'Hidden Role' });
  });

  describe('duplicates across feeds', () => {
    /** A feed served as a data: URL, so each test writes exactly the postings it needs. */
    const feed = (jobs: object[]) =>
      `data:application/json,${encodeURIComponent(JSON.stringify({ version: 1, jobs }))}`;
    const org = { name: 'Atelier Fictif' };

    it('drops a posting an earlier feed gave with the same page URL', async () => {
      const page = 'https://jobs.example/offres/1';
      const result = await loadFeeds([
        feed([{ id: 'a', title: 'Designer', url: page }]),
        feed([{ id: 'b', title: 'Designer produit', url: page }]),
      ]);
      expect(result.jobs.map((j) => j.id)).to.deep.equal(['a']);
      expect(result.duplicates).to.equal(1);
    });

    it('drops the same title, organization and team, whatever the accents and case', async () => {
      const result = await loadFeeds([
        feed([{ id: 'a', title: 'Développeur', organization: org, team: 'Potager' }]),
        feed([{ id: 'b', title: 'DEVELOPPEUR', organization: org, team: 'Potager' }]),
        feed([{ id: 'c', title: 'Développeur', organization: org, team: 'Verger' }]),
      ]);
      expect(result.jobs.map((j) => j.id)).to.deep.equal(['a', 'c']);
    });

    it('keeps the same id from two organizations, under ids made unique', async () => {
      const result = await loadFeeds([
        feed([{ id: 'dev', title: 'Développeur', organization: org }]),
        feed([{ id: 'dev', title: 'Développeuse', organization: { name: 'Autre' } }]),
        feed([{ id: 'dev', title: 'Dev', organization: org }]),
      ]);
      expect(result.jobs.map((j) => [j.id, j.title])).to.deep.equal([
        ['dev', 'Développeur'],
        ['dev-2', 'Développeuse'],
      ]);
      expect(result.duplicates).to.equal(1);
    });

    it('keeps every posting of one feed, even twins', async () => {
      const twin = { title: 'Designer', organization: org };
      const result = await loadFeeds([feed([twin, twin])]);
      expect(result.jobs.map((j) => j.id)).to.deep.equal(['designer', 'designer-2']);
      expect(result.duplicates).to.equal(0);
    });
  });
});
