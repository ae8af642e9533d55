// The embedding recipes of docs/ are tested: the HTML ones run in Chromium against the built
// script (with the strict CSP and Trusted Types where the recipe says so), the generators'
// templates are checked to produce the HTML they document, and the React and Vue snippets are
// parsed and checked against the Custom Elements Manifest (names of attributes and events).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../node/static-server.js';
import { launchBrowser } from '../node/browser.js';

interface Block {
  lang: string;
  role: string;
  code: string;
}

/** Fenced code blocks of a Markdown file; "```html page" gives lang html, role page. */
function blocks(file: string): Block[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^```(\S+)(?: (\S+))?\n([\s\S]*?)^```$/gm)].map(
    ([, lang, role, code]) => ({
      lang,
      role: role ?? '',
      code,
    }),
  );
}

function block(file: string, lang: string, role: string): string {
  const found = blocks(file).filter((b) => b.lang === lang && b.role === role);
  assert.equal(found.length, 1, `${file}: one \`\`\`${lang} ${role} block`);
  return found[0].code;
}

interface ManifestElement {
  tagName: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  members?: { name: string; kind: string }[];
}

function board(): ManifestElement {
  assert.ok(existsSync('custom-elements.json'), 'custom-elements.json is missing: npm run build');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const element = manifest.modules
    .flatMap((m: { declarations?: ManifestElement[] }) => m.declarations ?? [])
    .find((d: ManifestElement) => d.tagName === 'careers-board');
  assert.ok(element, 'careers-board is in the manifest');
  return element;
}
/** HTML's global attributes, valid on any element (the board reads `lang` like any element). */
const GLOBAL_ATTRIBUTES = ['lang', 'dir', 'class', 'id', 'style', 'slot', 'hidden', 'title'];
const attributeNames = () =>
  new Set([...GLOBAL_ATTRIBUTES, ...(board().attributes ?? []).map((a) => a.name)]);
const eventNames = () => new Set((board().events ?? []).map((e) => e.name));
const propertyNames = () => new Set((board().members ?? []).map((m) => m.name));

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/&#38;/g, '&amp;');
/** HTML compared by its tokens: whitespace between attributes does not matter. */
const normalize = (html: string) =>
  html
    .replace(/\s+/g, ' ')
    .replace(/\s*(\/?>)/g, '$1')
    .trim();

const SCRIPT_PATHS = [
  '/assets/careers-widget.js',
  '/js/careers-widget.js',
  '/wp-content/themes/my-theme/careers-widget.js',
];

describe('embedding recipes (docs/)', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await startStaticServer();
    const script = readFileSync('dist/careers-widget.js');
    for (const path of SCRIPT_PATHS) {
      server.route(path, (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        res.end(script);
      });
    }
    const feed = readFileSync('tests/fixtures/feeds/careers-small.json');
    server.route('/offres.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(feed);
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Serves `html` as a page, opens it and checks the board shows the feed's cards. */
  async function runPage(name: string, html: string, openPosting = false): Promise<void> {
    server.route(`/recipe/${name}.html`, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    const context = await browser.newContext();
    const page: Page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type()))
        problems.push(`${message.type()}: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(`${server.url}/recipe/${name}.html`);
    const titles = page.locator('careers-board careers-job-card [part~="title"]');
    await titles.first().waitFor({ timeout: 10_000 });
    assert.deepEqual(
      (await titles.allTextContents()).map((t) => t.trim()),
      ['Développeur·se front-end', 'Product designer'],
    );
    for (const names of await page.$$eval('careers-board', (els) =>
      els.map((el) => el.getAttributeNames()),
    )) {
      for (const name of names)
        assert.ok(attributeNames().has(name), `${name} is an attribute of <careers-board>`);
    }
    if (openPosting) {
      // The detail view and its JSON-LD: the Trusted Types policies beyond lit's and DOMPurify's.
      await titles.first().locator('a').click();
      await page.locator('careers-board [part~="description"]').waitFor();
      if (await page.locator('careers-board[structured-data]').count())
        assert.equal(await page.locator('head script[type="application/ld+json"]').count(), 1);
    }
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    assert.deepEqual(
      axe.violations.map((v) => v.id),
      [],
    );
    assert.deepEqual(problems, []);
    await context.close();
  }

  it('plain HTML: each page runs, the strict CSP and Trusted Types one included', async () => {
    const pages = blocks('docs/embed-html.md').filter(
      (b) => b.lang === 'html' && b.role === 'page',
    );
    assert.equal(pages.length, 2);
    assert.match(pages[1].code, /require-trusted-types-for 'script'/);
    await runPage('html-plain', pages[0].code);
    const integrity = `sha384-${createHash('sha384').update(readFileSync('dist/careers-widget.js')).digest('base64')}`;
    assert.match(pages[1].code, /integrity="sha384-PRINTED-BY-npm-run-build"/);
    await runPage(
      'html-strict',
      pages[1].code.replace('sha384-PRINTED-BY-npm-run-build', integrity),
      true,
    );
  });

  it('Hugo: the shortcode renders the documented HTML, which runs', async () => {
    const file = 'docs/embed-hugo.md';
    const template = block(file, 'go-html-template', 'shortcode');
    const usage = block(file, 'markdown', 'usage');
    const params = Object.fromEntries(
      [...usage.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]),
    );
    // The two template forms the shortcode uses: {{ .Get "x" }} and {{ with .Get "x" }}...{{ end }}.
    const rendered = template
      .replace(/\{\{ with \.Get "([a-z-]+)" \}\}(.*?)\{\{ end \}\}/g, (_m, key, inner) =>
        params[key] ? inner.replace(/\{\{ \. \}\}/g, escapeHtml(params[key])) : '',
      )
      .replace(/\{\{ \.Get "([a-z-]+)" \}\}/g, (_m, key) => escapeHtml(params[key] ?? ''));
    assert.doesNotMatch(rendered, /\{\{/, 'every template action is understood');
    const output = block(file, 'html', 'output');
    assert.equal(normalize(rendered), normalize(output));
    await runPage(
      'hugo',
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Hugo</title></head><body><main><h1>Offres</h1>${output}</main></body></html>`,
    );
  });

  it('WordPress: the shortcode escapes every value and writes the documented HTML, which runs', async () => {
    const file = 'docs/embed-wordpress.md';
    const php = block(file, 'php', 'shortcode');
    const keys = [
      ...(/shortcode_atts\(\[([^\]]*)\]/.exec(php)?.[1] ?? '').matchAll(/'([a-z-]+)' =>/g),
    ].map((m) => m[1]);
    const emitted = [
      ...php.matchAll(/[' ]([a-z-]+)="' \. (esc_url|esc_attr)\(\$atts\['([a-z-]+)'\]\)/g),
    ];
    assert.deepEqual(
      emitted.map((m) => m[1]),
      keys,
      'each shortcode attribute is written once, escaped',
    );
    for (const [, name, , key] of emitted) assert.equal(name, key);
    assert.equal((php.match(/\$atts\['/g) ?? []).length, keys.length * 2 - 1, 'no value unescaped');
    assert.match(php, /'strategy' => 'defer'/);

    const usage = block(file, 'text', 'usage');
    const params = Object.fromEntries(
      [...usage.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]),
    );
    const tag = `<careers-board${keys
      .filter((k) => k === 'src' || params[k])
      .map((k) => ` ${k}="${escapeHtml(params[k] ?? '')}"`)
      .join('')}></careers-board>`;
    const output = block(file, 'html', 'output');
    assert.ok(normalize(output).startsWith(normalize(tag)), `${output} starts with ${tag}`);
    await runPage(
      'wordpress',
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>WP</title></head><body><main><h1>Offres</h1>${output}</main></body></html>`,
    );
  });

  it("README: the slots example and the analytics snippet run; the beacon reaches the site's own server", async () => {
    const slots = block('README.md', 'html', 'slots');
    const analytics = block('README.md', 'js', 'analytics');
    const beacons: string[] = [];
    server.route('/stats', async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      beacons.push(body);
      res.writeHead(204).end();
    });
    server.route('/analytics.js', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(analytics);
    });
    await runPage(
      'readme',
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>README</title>
<script src="/assets/careers-widget.js" defer></script><script src="/analytics.js"></script>
</head><body><main><h1>Offres</h1>${slots}</main></body></html>`,
      true,
    );
    const deadline = Date.now() + 5_000;
    while (beacons.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    const [first] = beacons.map((body) => JSON.parse(body));
    assert.equal(first?.event, 'open');
    assert.equal(first?.job, 'dev-front');
  });

  /** Parses TS/JS/JSX and fails on any syntax error. */
  function parse(name: string, code: string, kind: ts.ScriptKind): ts.SourceFile {
    const source = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true, kind);
    const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] })
      .parseDiagnostics;
    assert.deepEqual(
      diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
      [],
      `${name} parses`,
    );
    return source;
  }

  function visit(node: ts.Node, each: (node: ts.Node) => void): void {
    each(node);
    node.forEachChild((child) => visit(child, each));
  }

  const packageName = () => JSON.parse(readFileSync('package.json', 'utf8')).name as string;

  it('React: the component uses the package, real attributes and real events', () => {
    const source = parse(
      'Careers.jsx',
      block('docs/embed-react.md', 'jsx', 'component'),
      ts.ScriptKind.JSX,
    );
    const imports: string[] = [];
    const jsxAttributes: string[] = [];
    const events: string[] = [];
    visit(source, (node) => {
      if (ts.isImportDeclaration(node))
        imports.push((node.moduleSpecifier as ts.StringLiteral).text);
      if (
        (ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) &&
        node.tagName.getText() === 'careers-board'
      ) {
        for (const attribute of node.attributes.properties)
          if (ts.isJsxAttribute(attribute)) jsxAttributes.push(attribute.name.getText());
      }
      if (
        ts.isCallExpression(node) &&
        /\.(add|remove)EventListener$/.test(node.expression.getText()) &&
        ts.isStringLiteral(node.arguments[0])
      )
        events.push(node.arguments[0].text);
    });
    assert.ok(imports.includes(packageName()), 'imports the package by its name');
    const props = jsxAttributes.filter((name) => !['ref', 'key'].includes(name));
    assert.ok(props.length >= 3);
    for (const name of props) assert.ok(attributeNames().has(name), `${name} is an attribute`);
    assert.ok(events.length >= 2);
    for (const name of events) assert.ok(eventNames().has(name), `${name} is an event`);
    assert.ok(propertyNames().has('jobs'), 'the jobs property the recipe mentions exists');

    const types = parse(
      'careers.d.tsx',
      block('docs/embed-react.md', 'tsx', 'types'),
      ts.ScriptKind.TSX,
    );
    const declared: string[] = [];
    visit(types, (node) => {
      if (ts.isPropertySignature(node) && ts.isTypeLiteralNode(node.parent))
        declared.push(node.name.getText().replace(/^'|'$/g, ''));
    });
    for (const name of declared) assert.ok(attributeNames().has(name), `${name} is an attribute`);
    assert.match(readFileSync('src/index.ts', 'utf8'), /export \{ CareersBoard \}/);
  });

  it('Vue: the config parses and the template uses real attributes, events and properties', () => {
    parse('vite.config.js', block('docs/embed-vue.md', 'js', 'config'), ts.ScriptKind.JS);
    const sfc = block('docs/embed-vue.md', 'vue', 'component');
    const script = /<script setup>([\s\S]*?)<\/script>/.exec(sfc)?.[1] ?? '';
    parse('script.js', script, ts.ScriptKind.JS);
    assert.match(script, new RegExp(`import '${packageName()}';`));
    const tag = /<careers-board([^>]*)>/.exec(sfc)?.[1] ?? '';
    const attributes = [...tag.matchAll(/([@:]?[a-z-]+)="[^"]*"/g)].map((m) => m[1]);
    assert.ok(attributes.length >= 4);
    for (const name of attributes) {
      if (name.startsWith('@')) assert.ok(eventNames().has(name.slice(1)), `${name}: an event`);
      else if (name.startsWith(':'))
        assert.ok(propertyNames().has(name.slice(1)), `${name}: a property`);
      else assert.ok(attributeNames().has(name), `${name}: an attribute`);
    }
  });
});
