import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/data/normalize.js';
import { renderDescription } from '../../src/data/render-description.js';
import { safeEmail } from '../../src/data/urls.js';
import type { Job } from '../../src/data/job.js';
import { FORMAT_FIXTURES, fixture } from './fixtures.js';
import { expectHttpUrl, expectSafeHtml } from './safe-html.js';

/** Set by a payload that runs: a property of its own, so no other suite's global clashes. */
const ran = () => (window as unknown as Record<string, unknown>).__dataPayloadRan;

/** Script, handler, URL-scheme and mutation-XSS payloads; each sets a window property if it runs. */
const RUN = 'self.__dataPayloadRan=1';
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<img src=x onerror=${RUN}//`,
  `<svg onload="${RUN}"></svg>`,
  `<details open ontoggle="${RUN}">x</details>`,
  `<a href="https://ok.example" onclick="${RUN}">ok</a>`,
  `javascript:${RUN}`,
  ` JaVaScRiPt:${RUN}`,
  `\u0001javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `jav&#x09;ascript:${RUN}`,
  `&#106;avascript:${RUN}`,
  `&#0000106&#0000097vascript:${RUN}`,
  `javascript&colon;${RUN}`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  `<a href="jav&#x09;ascript:${RUN}">a</a>`,
  `<a href="&#106;avascript:${RUN}">b</a>`,
  `<a href=" javascript:${RUN}">c</a>`,
  `<a href="data:text/html,<script>${RUN}</script>">d</a>`,
  `<a href="vbscript:msgbox(1)">e</a>`,
  `[x](javascript:${RUN})`,
  `[x](JAVASCRIPT:${RUN})`,
  `[x]( jav&#x09;ascript:${RUN} )`,
  `![i](javascript:${RUN})`,
  `<javascript:${RUN}>`,
  `[r]: javascript:${RUN}\n\n[ref][r]`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<base href="javascript:/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<div style="background:url(javascript:${RUN})">s</div>`,
  `<style>@import 'javascript:${RUN}';</style>`,
  `<form action="javascript:${RUN}"><button formaction="javascript:${RUN}">f</button></form>`,
  `<input autofocus onfocus="${RUN}">`,
  `<video><source onerror="${RUN}"></video>`,
  `<svg><a xlink:href="javascript:${RUN}"><text>x</text></a></svg>`,
  `<math href="javascript:${RUN}">m</math>`,
  `<template><script>${RUN}</script></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>"></noscript>`,
  `<svg><style><img src=x onerror=${RUN}></style></svg>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${RUN}>">`,
  `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${RUN}&gt;">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${RUN}>`,
  `<math><mi><table><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${RUN} src=1>">`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `<a href="mailto:x@y.example?body=<script>${RUN}</script>">m</a>`,
  `"><img src=x onerror=${RUN}>`,
  `'--></style></script><script>${RUN}</script>`,
];

/** The JSON with every string leaf replaced by `map(leaf)` (JSON-LD `@` keywords kept). */
function mapStrings(value: unknown, map: (leaf: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key.startsWith('@') ? item : mapStrings(item, map),
      ]),
    );
  }
  return value;
}

function expectSafeJob(job: Job): string {
  const what = `job ${job.id}`;
  expect(job.id).to.match(/^[A-Za-z0-9_-]+$/);
  expectHttpUrl(job.url, `${what} url`);
  expectHttpUrl(job.apply?.url, `${what} apply.url`);
  expectHttpUrl(job.organization?.url, `${what} organization.url`);
  expectHttpUrl(job.organization?.logo, `${what} organization.logo`);
  expectHttpUrl(job.team?.url, `${what} team.url`);
  if (job.apply?.email !== undefined) {
    expect(safeEmail(job.apply.email), `${what} apply.email`).to.equal(job.apply.email);
  }
  const html = renderDescription(job, { headingLevel: 2 });
  expectSafeHtml(html);
  return html;
}

describe('hostile input', () => {
  afterEach(() => {
    expect(ran(), 'a payload ran').to.equal(undefined);
  });

  for (const name of FORMAT_FIXTURES) {
    it(`keeps every string field of a ${name} feed harmless`, async () => {
      const feed = await fixture(name);
      const live = document.createElement('div');
      document.body.append(live);
      let jobsSeen = 0;
      try {
        for (const payload of PAYLOADS) {
          const variants = [
            mapStrings(feed, () => payload),
            mapStrings(feed, (leaf) => `${leaf}${payload}`),
            mapStrings(feed, (leaf) => `${payload}${leaf}`),
          ];
          for (const variant of variants) {
            const { jobs } = normalizeFeed(variant, {
              format: name,
              source: 'https://feeds.example/f.json',
            });
            jobsSeen += jobs.length;
            for (const job of jobs) {
              // Into the live page too: any handler that survived would run here.
              live.insertAdjacentHTML('beforeend', expectSafeJob(job));
            }
          }
        }
        await new Promise((done) => setTimeout(done, 50));
      } finally {
        live.remove();
      }
      expect(jobsSeen).to.be.greaterThan(PAYLOADS.length);
    });
  }
});
