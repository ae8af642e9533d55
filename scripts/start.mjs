// `npm start`: prepares the demo feeds, then serves demo/index.html with Vite and prints its URL.
// The demo feed is built from the fictional Markdown postings in demo/postings/ by the
// careers-feed CLI (run from its TypeScript sources, so no build is needed first).
import { spawn, spawnSync } from 'node:child_process';

const feed = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    'src/cli/bin.ts',
    'build',
    'demo/postings',
    '--startups',
    'demo/startups',
    '-o',
    'demo/feeds/sample.json',
  ],
  { stdio: 'inherit' },
);
if (feed.status !== 0) {
  console.error('npm start: the demo feed could not be built from demo/postings (see above).');
  process.exit(feed.status ?? 1);
}

const vite = spawn('npx', ['vite', '--host', '127.0.0.1'], {
  stdio: ['inherit', 'pipe', 'inherit'],
});
vite.stdout.on('data', (chunk) => {
  const text = chunk.toString();
  process.stdout.write(text);
  const match = text.match(/http:\/\/[^\s/]+:\d+\//);
  if (match) console.log(`\n  Demo: ${match[0]}demo/\n`);
});
vite.on('exit', (code) => process.exit(code ?? 0));
