// The build must leave exactly the shipped files: in dist/, the widget scripts (the page needs
// nothing else; the third is the module for Node), pure ASCII; in lib/, the CLI. Each folder also
// holds the licence texts of the open-source code bundled in its scripts, which each script
// names in its first comment: exactly the packages listed here for it.
import { readdirSync, readFileSync } from 'node:fs';

/** The packages of `dependencies` (and theirs) that end up in the browser bundle. */
const BROWSER = [
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
  '@lit/task',
  'marked',
  'dompurify',
];

const OUTPUTS = [
  {
    dir: 'dist',
    scripts: {
      'careers-widget.js': BROWSER,
      'careers-widget.mjs': BROWSER,
      // Lit's Node build brings its DOM shim (HTMLElement, customElements): never the browser's.
      'careers-widget.node.mjs': [...BROWSER, '@lit-labs/ssr-dom-shim'],
    },
    licenses: 'careers-widget.LICENSES.txt',
    // Pure ASCII, so that a page in another encoding than UTF-8 reads the script right.
    ascii: true,
  },
  {
    dir: 'lib',
    scripts: { 'careers-feed.mjs': ['yaml', 'marked'] },
    licenses: 'careers-feed.LICENSES.txt',
    ascii: false,
  },
];

/** Packages with no licence file, and the package whose file covers them (scripts/build-plugins.ts). */
const LICENSE_FILE_OF = { '@lit-labs/ssr-dom-shim': 'lit' };

const fail = (message) => {
  console.error(`check-dist: ${message}`);
  process.exit(1);
};

const own = JSON.parse(readFileSync('package.json', 'utf8'));

for (const { dir, scripts, licenses, ascii } of OUTPUTS) {
  const expected = [licenses, ...Object.keys(scripts)].sort();
  const actual = readdirSync(dir).sort();
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    fail(`${dir}/ should hold exactly ${expected.join(', ')}, found: ${actual.join(', ')}`);
  }
  for (const script of ascii ? Object.keys(scripts) : []) {
    const at = readFileSync(`${dir}/${script}`).findIndex((byte) => byte > 0x7f);
    if (at >= 0) fail(`${dir}/${script} is not pure ASCII (byte ${at})`);
  }
  const texts = readFileSync(`${dir}/${licenses}`, 'utf8');
  const all = [...new Set(Object.values(scripts).flat())];
  for (const name of all) {
    const { version, license } = JSON.parse(
      readFileSync(`node_modules/${name}/package.json`, 'utf8'),
    );
    const pkg = `node_modules/${LICENSE_FILE_OF[name] ?? name}`;
    const file = readdirSync(pkg).find((f) => /^licen[cs]e/i.test(f));
    const licence = readFileSync(`${pkg}/${file}`, 'utf8').trim();
    const heading = `${name} ${version} (${license.replace(/^\((.*)\)$/, '$1')})`;
    if (!texts.includes(`${heading}\n\n${licence}`)) {
      fail(`${dir}/${licenses} lacks the licence text of ${name} ${version}`);
    }
    for (const [script, bundled] of Object.entries(scripts)) {
      const banner = /^\/\*![^]*?\*\//.exec(readFileSync(`${dir}/${script}`, 'utf8'))?.[0] ?? '';
      if (!banner.startsWith(`/*! ${own.name} ${own.version} (${own.license}) with `)) {
        fail(`${dir}/${script} does not start with the notice comment`);
      }
      if (!banner.includes(licenses))
        fail(`the notice comment of ${dir}/${script} lacks ${licenses}`);
      const named = new RegExp(`(?:with |, )${name.replace(/[/.]/g, '\\$&')} ${version}\\b`).test(
        banner,
      );
      if (named !== bundled.includes(name)) {
        fail(
          `the notice comment of ${dir}/${script} ${named ? 'names' : 'does not name'} ${name} ${version}`,
        );
      }
    }
  }
  console.log(`${dir}/: ${actual.join(', ')}; the notices name ${all.join(', ')}`);
}
