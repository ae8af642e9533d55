// `node bench/compare.mjs <a.js> <b.js> [--rounds N] [--size N]`: first cards of two builds of
// the widget (say the main branch's dist/careers-widget.js and yours), each in fresh pages of
// the bench (bench/bench-page.js), the two builds taking turns page after page. On a shared,
// busy machine two runs of `npm run bench` minutes apart differ by more than most changes; here
// both builds meet the same load, so the difference between them means something. Prints, for
// each build, the median over pages of each page's median (runs 2 to 21, as the bench), the
// widget-to-floor ratio and the lower quartile of every run. Figures, not assertions.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { launchOptions } from '../scripts/chrome.mjs';
import { generateFeed } from './generate.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const [fileA, fileB] = process.argv.slice(2).filter((value, i, all) => {
  return !value.startsWith('--') && !all[i - 1]?.startsWith('--');
});
if (!fileA || !fileB) {
  console.error('Usage: node bench/compare.mjs <a.js> <b.js> [--rounds N] [--size N]');
  process.exit(2);
}
const ROUNDS = Number(arg('rounds', 10));
const SIZE = Number(arg('size', 1000));
const RUNS = 21;

const builds = { a: readFileSync(fileA), b: readFileSync(fileB) };
const feed = JSON.stringify(generateFeed(SIZE));
const benchPage = readFileSync(new URL('./bench-page.js', import.meta.url));
const page = (build) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>compare</title><script src="/${build}.js"></script></head>
<body><main><div id="styled"></div><h1>Bench</h1><h2>Widget</h2><div id="widget"></div>
<h2>Baseline</h2><div id="baseline"></div></main><script src="/bench-page.js"></script></body></html>`;

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  const build = /^\/(a|b)(\.js)?$/.exec(path);
  const send = (type, body) =>
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
  if (path === '/feed.json') return void send('application/json', feed);
  if (path === '/bench-page.js') return void send('text/javascript', benchPage);
  if (build && build[2]) return void send('text/javascript', builds[build[1]]);
  if (build) return void send('text/html', page(build[1]));
  res.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(launchOptions());

const quantile = (values, q) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) * q)];
};
const results = {
  a: { medians: [], ratios: [], runs: [] },
  b: { medians: [], ratios: [], runs: [] },
};
for (let round = 0; round < ROUNDS; round++) {
  // Each build goes first every other round.
  for (const build of round % 2 ? ['b', 'a'] : ['a', 'b']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(`${origin}/${build}`);
    await tab.evaluate(() => window.bench.load('/feed.json'));
    const widget = [];
    const floor = [];
    for (let run = 0; run < RUNS; run++) {
      widget.push(await tab.evaluate(() => window.bench.widgetFirstCards()));
      floor.push(await tab.evaluate(() => window.bench.baselineFirstCards()));
    }
    await context.close();
    // The first run warms the JIT and caches: kept out, as in the bench.
    const median = quantile(widget.slice(1), 0.5);
    results[build].medians.push(median);
    results[build].ratios.push(median / quantile(floor.slice(1), 0.5));
    results[build].runs.push(...widget.slice(1));
  }
  process.stdout.write('.');
}
await browser.close();
server.close();

console.log(`\nFirst cards at ${SIZE.toLocaleString('en')} postings, ${ROUNDS} pages per build:`);
for (const [build, file] of [
  ['a', fileA],
  ['b', fileB],
]) {
  const r = results[build];
  console.log(
    `${build} (${file}): ${quantile(r.medians, 0.5).toFixed(1)} ms (median of page medians), ` +
      `${quantile(r.ratios, 0.5).toFixed(2)}x the floor, lower quartile of all runs ` +
      `${quantile(r.runs, 0.25).toFixed(1)} ms`,
  );
}
