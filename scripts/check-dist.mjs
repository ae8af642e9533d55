// The build must leave exactly the shipped files in dist/: the two scripts (the page needs
// nothing else), pure ASCII, and the licence texts of the open-source code bundled in them,
// which each script names in its first comment.
import { readdirSync, readFileSync } from 'node:fs';

const SCRIPTS = ['careers-widget.js', 'careers-widget.mjs'];
const LICENSES = 'careers-widget.LICENSES.txt';
/** The packages of `dependencies` that end up in the browser bundle (yaml is the CLI's). */
const BUNDLED = [
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
  '@lit/task',
  'marked',
  'dompurify',
];

const fail = (message) => {
  console.error(`check-dist: ${message}`);
  process.exit(1);
};

const expected = [LICENSES, ...SCRIPTS].sort();
const actual = readdirSync('dist').sort();
if (JSON.stringify(actual) !== JSON.stringify(expected)) {
  fail(`dist/ should hold exactly ${expected.join(', ')}, found: ${actual.join(', ')}`);
}

// Pure ASCII, so that a page in another encoding than UTF-8 reads the script right.
for (const script of SCRIPTS) {
  const at = readFileSync(`dist/${script}`).findIndex((byte) => byte > 0x7f);
  if (at >= 0) fail(`dist/${script} is not pure ASCII (byte ${at})`);
}

const own = JSON.parse(readFileSync('package.json', 'utf8'));
const texts = readFileSync(`dist/${LICENSES}`, 'utf8');
for (const name of BUNDLED) {
  const { version, license } = JSON.parse(
    readFileSync(`node_modules/${name}/package.json`, 'utf8'),
  );
  const licence = readFileSync(
    `node_modules/${name}/${readdirSync(`node_modules/${name}`).find((f) => /^licen[cs]e/i.test(f))}`,
    'utf8',
  ).trim();
  if (
    !texts.includes(`${name} ${version} (${license.replace(/^\((.*)\)$/, '$1')})\n\n${licence}`)
  ) {
    fail(`${LICENSES} lacks the licence text of ${name} ${version}`);
  }
  for (const script of SCRIPTS) {
    const banner = /^\/\*![^]*?\*\//.exec(readFileSync(`dist/${script}`, 'utf8'))?.[0] ?? '';
    if (!banner.startsWith(`/*! ${own.name} ${own.version} (${own.license}) with `)) {
      fail(`dist/${script} does not start with the notice comment`);
    }
    if (!banner.includes(`${name} ${version}`) || !banner.includes(LICENSES)) {
      fail(`the notice comment of dist/${script} does not name ${name} ${version} and ${LICENSES}`);
    }
  }
}
console.log(`dist/: ${actual.join(', ')}; notices name ${BUNDLED.length} bundled packages`);
