// Writes custom-elements.json (the Custom Elements Manifest) and, from it, the README's API
// reference and design-token tables, between `<!-- api:start -->`/`<!-- api:end -->` and
// `<!-- tokens:start -->`/`<!-- tokens:end -->`.
//   node scripts/api-docs.mjs             manifest + README
//   node scripts/api-docs.mjs --manifest  manifest only (the build's step)
//   node scripts/api-docs.mjs --check     writes nothing; fails when the README is not current
import { readFileSync, writeFileSync } from 'node:fs';
import prettier from 'prettier';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { designTokens } from '../custom-elements-manifest.config.mjs';

const README = 'README.md';
const check = process.argv.includes('--check');
const manifestOnly = process.argv.includes('--manifest');

const manifest = await cli({
  argv: ['analyze', '--quiet'],
  cwd: process.cwd(),
  noWrite: check,
});
if (manifestOnly) {
  console.log('custom-elements.json written');
  process.exit(0);
}

/** A Markdown table cell: one line, pipes escaped. */
const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || ' ';
const code = (text) => (text === undefined || text === '' ? '' : `\`${text}\``);

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

// Design tokens are the CSS properties every element shares; listed once, in the tokens table.
const shared = elements
  .map((element) => new Set((element.cssProperties ?? []).map((p) => p.name)))
  .reduce((a, b) => new Set([...a].filter((name) => b.has(name))));

function elementSection(element) {
  const attributes = element.attributes ?? [];
  const attributeFields = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
  const properties = (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('_') &&
      !attributeFields.has(member.name),
  );
  const ownCss = (element.cssProperties ?? []).filter((p) => !shared.has(p.name));
  const parts = [
    `### \`<${element.tagName}>\``,
    element.description ?? '',
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      attributes.map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        a.description,
      ]),
    ),
    table(
      ['Property (no attribute)', 'Type', 'Default', 'Description'],
      properties.map((p) => [code(p.name), code(p.type?.text), code(p.default), p.description]),
    ),
    table(
      ['Event', 'Description'],
      (element.events ?? []).map((e) => [code(e.name), e.description]),
    ),
    table(
      ['Slot', 'Description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
    ),
    table(
      ['Part', 'Description'],
      (element.cssParts ?? []).map((p) => [code(p.name), p.description]),
    ),
    table(
      ['CSS property', 'Default', 'Description'],
      ownCss.map((p) => [code(p.name), code(p.default), p.description]),
    ),
    shared.size ? 'Plus every design token (see [Styling and theming](#styling-and-theming)).' : '',
  ];
  return parts.filter(Boolean).join('\n\n');
}

const api = [
  '<!-- Generated from custom-elements.json by scripts/api-docs.mjs: edit the JSDoc, then run `node scripts/api-docs.mjs`. -->',
  ...elements.map(elementSection),
].join('\n\n');

const publicValue = (value) =>
  value === undefined ? '' : code(value.replace(/var\(--_([a-z0-9-]+)\)/g, 'var(--careers-$1)'));
const tokensTable = [
  '<!-- Generated from src/styles/design-tokens.ts by scripts/api-docs.mjs. -->',
  table(
    ['Custom property', 'Default', 'Dark', 'DSFR', 'DSFR dark', 'Styles'],
    designTokens.map((t) => [
      code(`--careers-${t.name}`),
      publicValue(t.value),
      publicValue(t.dark),
      publicValue(t.dsfr),
      publicValue(t.dsfrDark),
      t.description,
    ]),
  ),
].join('\n\n');

function replaceRegion(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    throw new Error(`${README} needs a region ${start} ... ${end}`);
  }
  return `${text.slice(0, from + start.length)}\n\n${content}\n\n${text.slice(to)}`;
}

const current = readFileSync(README, 'utf8');
let next = replaceRegion(current, 'api', api);
next = replaceRegion(next, 'tokens', tokensTable);
next = await prettier.format(next, {
  ...(await prettier.resolveConfig(README)),
  filepath: README,
});

if (check) {
  if (next !== current) {
    console.error(
      `${README}: the API reference or token tables are not current. Run \`node scripts/api-docs.mjs\` and commit README.md.`,
    );
    process.exit(1);
  }
  console.log(`${README}: API reference and token tables are current.`);
} else {
  writeFileSync(README, next);
  console.log(`custom-elements.json and ${README} API tables written`);
}
