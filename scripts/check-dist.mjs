// The build must leave exactly the shipped files: in dist/, the two widget scripts (the page
// needs nothing else), pure ASCII; in lib/, the CLI. Each folder also holds the licence texts of
// the open-source code bundled in its scripts, which each script names in its first comment.
import { readdirSync, readFileSync } from 'node:fs';

const OUTPUTS = [
  {
    dir: 'dist',
    scripts: ['careers-widget.js', 'careers-widget.mjs'],
    licenses: 'careers-widget.LICENSES.txt',
    // Pure ASCII, so that a page in another encoding than UTF-8 reads the script right.
    ascii: true,
    /** The packages of `dependencies` that end up in the browser bundle. */
    bundled: [
      'lit',
      'lit-html',
      'lit-element',
      '@lit/reactive-element',
      '@lit/task',
      'marked',
      'dompurify',
    ],
  },
  {
    dir: 'lib',
    scripts: ['careers-feed.mjs'],
    licenses: 'careers-feed.LICENSES.txt',
    ascii: false,
    bundled: ['yaml', 'marked'],
  },
];

const fail = (message) => {
  console.error(`check-dist: ${message}`);
  process.exit(1);
};

const own = JSON.parse(readFileSync('package.json', 'utf8'));

for (const { dir, scripts, licenses, ascii, bundled } of OUTPUTS) {
  const expected = [licenses, ...scripts].sort();
  const actual = readdirSync(dir).sort();
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    fail(`${dir}/ should hold exactly ${expected.join(', ')}, found: ${actual.join(', ')}`);
  }
  for (const script of ascii ? scripts : []) {
    const at = readFileSync(`${dir}/${script}`).findIndex((byte) => byte > 0x7f);
    if (at >= 0) fail(`${dir}/${script} is not pure ASCII (byte ${at})`);
  }
  const texts = readFileSync(`${dir}/${licenses}`, 'utf8');
  for (const name of bundled) {
    const pkg = `node_modules/${name}`;
    const { version, license } = JSON.parse(readFileSync(`${pkg}/package.json`, 'utf8'));
    const file = readdirSync(pkg).find((f) => /^licen[cs]e/i.test(f));
    const licence = readFileSync(`${pkg}/${file}`, 'utf8').trim();
    const heading = `${name} ${version} (${license.replace(/^\((.*)\)$/, '$1')})`;
    if (!texts.includes(`${heading}\n\n${licence}`)) {
      fail(`${dir}/${licenses} lacks the licence text of ${name} ${version}`);
    }
    for (const script of scripts) {
      const banner = /^\/\*![^]*?\*\//.exec(readFileSync(`${dir}/${script}`, 'utf8'))?.[0] ?? '';
      if (!banner.startsWith(`/*! ${own.name} ${own.version} (${own.license}) with `)) {
        fail(`${dir}/${script} does not start with the notice comment`);
      }
      if (!banner.includes(`${name} ${version}`) || !banner.includes(licenses)) {
        fail(
          `the notice comment of ${dir}/${script} does not name ${name} ${version} and ${licenses}`,
        );
      }
    }
  }
  console.log(`${dir}/: ${actual.join(', ')}; the notices name ${bundled.join(', ')}`);
}
