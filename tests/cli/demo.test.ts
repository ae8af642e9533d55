// The demo's data: fictional postings in demo/postings/, built by the CLI into the feed the demo
// page loads (demo/feeds/sample.json, rebuilt by `npm start`), plus a second, job-board feed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CareersFeed, Job } from '../../src/data/job.js';
import { validate } from '../data/json-schema.js';
import { runCli } from './helpers.js';

const withoutOpen = (jobs: Job[]) => jobs.map(({ open: _open, ...rest }) => rest);

describe('demo feeds', () => {
  it('demo/feeds/sample.json is what the CLI builds from demo/postings', async () => {
    const run = await runCli('build', 'demo/postings', '--startups', 'demo/startups');
    assert.equal(run.code, 0, run.stderr);
    const built = JSON.parse(run.stdout) as CareersFeed;
    const committed = JSON.parse(await readFile('demo/feeds/sample.json', 'utf8')) as CareersFeed;
    // `open` depends on the day of the build; everything else must match.
    assert.deepEqual(withoutOpen(committed.jobs), withoutOpen(built.jobs));
    assert.deepEqual({ ...committed, jobs: [] }, { ...built, jobs: [] });
    assert.doesNotMatch(run.stderr, /not found|not valid|no way to apply|no date/);
    const schema = JSON.parse(await readFile('schema/careers-feed.schema.json', 'utf8'));
    assert.deepEqual(validate(schema, committed), []);
  });

  it('shows varied postings: organizations, contracts, places, pay, remote work, a closed one', async () => {
    const run = await runCli('build', 'demo/postings', '--startups', 'demo/startups');
    const { jobs } = JSON.parse(run.stdout) as CareersFeed;
    const files = await readdir('demo/postings');
    assert.ok(jobs.length >= 6 && jobs.length <= 10 && jobs.length === files.length);
    for (const job of jobs) {
      assert.ok(job.organization && job.apply && job.summary && job.publishedAt, job.id);
    }
    assert.ok(new Set(jobs.map((job) => job.contract?.kind)).size >= 4);
    assert.ok(jobs.some((job) => !job.open));
    assert.ok(jobs.some((job) => job.team));
    assert.ok(jobs.some((job) => job.salary));
    assert.ok(jobs.some((job) => job.locations.length));
    assert.ok(new Set(jobs.map((job) => job.remote).filter(Boolean)).size >= 2);
  });

  it('uses only fictional addresses and links', async () => {
    const allowed =
      /(^|\.)example\.(org|com)$|^www\.demarches-simplifiees\.fr$|^airtable\.com$|^tally\.so$/;
    for (const folder of ['demo/postings', 'demo/startups']) {
      for (const name of await readdir(folder)) {
        const text = await readFile(join(folder, name), 'utf8');
        for (const [, host] of text.matchAll(/https?:\/\/([^/\s)>]+)/g)) {
          assert.match(host, allowed, `${name}: ${host}`);
        }
        for (const [, host] of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) {
          assert.match(host, allowed, `${name}: ${host}`);
        }
      }
    }
  });

  it('demo/feeds/partner-greenhouse.json is a second organization in a job-board format', async () => {
    const run = await runCli('validate', 'demo/feeds/partner-greenhouse.json');
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /format "greenhouse" \(detected\)/);
    assert.match(run.stdout, /^3 jobs read: 3 will show/m);
    assert.doesNotMatch(run.stdout, /warning/);
  });
});
