// The package as a developer installs it from npm: what `npm pack` puts in the tarball, how its
// name resolves (Node, a bundler for the browser or for a server, TypeScript under `bundler` and
// `node16` resolution), what it does when imported in Node (server-side rendering), and what
// the types accept and reject. The package is reached by its own name (package self-reference
// through `exports`), so every check goes through the fields a consumer's tools read. Lives in
// tests/e2e/ because that step runs after the build, which writes dist/, lib/ and types/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../node/static-server.js';
import { launchBrowser } from '../node/browser.js';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const NAME: string = manifest.name;
const CONSUMER = resolve('tests/fixtures/consumer/consumer.ts');
const MISTAKES = resolve('tests/fixtures/consumer/mistakes.ts');
/** The elements' tags and the names of their exported classes. */
const CLASSES = {
  'careers-board': 'CareersBoard',
  'careers-job-card': 'CareersJobCard',
  'careers-job-detail': 'CareersJobDetail',
  'careers-apply-button': 'CareersApplyButton',
};
const TAGS = Object.keys(CLASSES);

interface PackedFile {
  path: string;
  size: number;
  mode: number;
}

/** The files a path in package.json may name, with `./` dropped. */
const packagePath = (path: string) => path.replace(/^\.\//, '');

/** Every file path in the `exports` map (through nested conditions). */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [packagePath(value)];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

/** Only these may be published. */
const SHIPPED = [
  /^(package\.json|README\.md|LICENSE|custom-elements\.json)$/,
  /^dist\/careers-widget\.(js|mjs|node\.mjs|LICENSES\.txt)$/,
  /^lib\/careers-feed\.(mjs|LICENSES\.txt)$/,
  /^bin\/careers-feed\.js$/,
  /^schema\/[a-z-]+\.schema\.json$/,
  /^src\/[\w/.-]+(?<!\.test)\.ts$/,
  /^types\/[\w/.-]+\.d\.ts(\.map)?$/,
];

/** The packages a module specifier or `/// <reference types>` needs, or none for a relative one. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

describe('the npm package, as a consumer installs it', () => {
  let files: Map<string, PackedFile>;

  before(() => {
    for (const built of [
      'dist/careers-widget.mjs',
      'dist/careers-widget.node.mjs',
      'lib/careers-feed.mjs',
      'types/index.d.ts',
    ])
      assert.ok(existsSync(built), `${built} is missing: run npm run build`);
    // What `npm publish` would upload; no network, no lifecycle script.
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    files = new Map((packed.files as PackedFile[]).map((file) => [file.path, file]));
    console.log(
      `npm pack: ${packed.entryCount} files, ${packed.size} B packed, ${packed.unpackedSize} B unpacked`,
    );
  });

  it('ships every file its package.json names, with an executable bin', () => {
    const named = [
      packagePath(manifest.main),
      packagePath(manifest.module),
      packagePath(manifest.types),
      packagePath(manifest.customElements),
      ...Object.values<string>(manifest.bin).map(packagePath),
      ...exportTargets(manifest.exports),
      // The licence texts of the bundled packages, next to the scripts that name them.
      'dist/careers-widget.LICENSES.txt',
      'lib/careers-feed.LICENSES.txt',
      'LICENSE',
    ];
    for (const path of named) assert.ok(files.has(path), `${path} is not in the tarball`);
    for (const bin of Object.values<string>(manifest.bin)) {
      const file = files.get(packagePath(bin))!;
      assert.equal(file.mode & 0o111, 0o111, `${bin} is not executable`);
      assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    }
  });

  it('ships nothing else: no tests, fixtures, demo data, docs or results', () => {
    const unexpected = [...files.keys()].filter((path) => !SHIPPED.some((re) => re.test(path)));
    assert.deepEqual(unexpected, []);
  });

  it('ships the declarations of exactly the modules in src/ (none stale, none missing)', () => {
    const declared = [...files.keys()]
      .filter((path) => path.endsWith('.d.ts'))
      .map((path) => path.replace(/^types\//, 'src/').replace(/\.d\.ts$/, '.ts'));
    const sources = [...files.keys()].filter(
      (path) => path.startsWith('src/') && !path.startsWith('src/cli/'),
    );
    const stale = declared.filter((path) => !sources.includes(path));
    const missing = sources.filter((path) => !declared.includes(path));
    assert.deepEqual({ stale, missing }, { stale: [], missing: [] });
  });

  it('lists under dependencies exactly the packages its declarations and bin need', () => {
    const declared = new Set([
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ]);
    const needed = new Map<string, string>();
    for (const path of files.keys()) {
      if (!path.endsWith('.d.ts')) continue;
      const text = readFileSync(path, 'utf8');
      const { importedFiles, typeReferenceDirectives } = ts.preProcessFile(text, true, true);
      for (const { fileName } of importedFiles) {
        const name = packageOf(fileName);
        if (name) needed.set(name, path);
      }
      for (const { fileName } of typeReferenceDirectives) needed.set(`@types/${fileName}`, path);
      // `import("x")` types that tsc inferred (preProcessFile skips the ones in type positions).
      for (const [, specifier] of text.matchAll(/import\("([^"]+)"\)/g)) {
        const name = packageOf(specifier);
        if (name) needed.set(name, path);
      }
    }
    // The CLI is bundled: its one module imports Node's own modules only.
    const cli = readFileSync('lib/careers-feed.mjs', 'utf8');
    for (const { fileName } of ts.preProcessFile(cli, true, true).importedFiles) {
      const name = packageOf(fileName);
      if (name) needed.set(name, 'lib/careers-feed.mjs');
    }
    assert.ok(needed.has('lit'), 'the element classes extend LitElement');
    for (const [name, where] of needed)
      assert.ok(declared.has(name), `${where} needs ${name}, which is not a dependency`);
    // And nothing more: what the scripts bundle is not installed again for nothing.
    const unneeded = [...declared].filter((name) => !needed.has(name));
    assert.deepEqual(unneeded, [], 'dependencies that no declaration or bin imports');
  });

  it('names in its Custom Elements Manifest the attributes every element reads: lang, theme, color-scheme', () => {
    const elements = (
      JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
        modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
      }
    ).modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName);
    assert.deepEqual(elements.map((element) => element.tagName).sort(), [...TAGS].sort());
    for (const element of elements) {
      const names = (element.attributes ?? []).map((attribute) => attribute.name);
      for (const name of ['lang', 'theme', 'color-scheme']) {
        assert.ok(names.includes(name), `${element.tagName} lists no ${name}`);
      }
    }
  });

  it('lists in its manifest every part the board forwards, and each token with its default', () => {
    type Declaration = {
      tagName?: string;
      cssParts?: { name: string; description: string }[];
      cssProperties?: { name: string; default?: string }[];
    };
    const elements = new Map(
      (
        JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
          modules: { declarations?: Declaration[] }[];
        }
      ).modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => [declaration.tagName!, declaration]),
    );
    const parts = (tag: string) => new Set(elements.get(tag)!.cssParts!.map((part) => part.name));
    const board = parts('careers-board');
    // What `careers-board::part(x)` reaches: the card's and the detail's parts, and the renamed.
    for (const name of [...parts('careers-job-card'), ...parts('careers-job-detail')])
      assert.ok(board.has(name), `the board's parts lack ${name}`);
    for (const name of ['card-title', 'card-meta', 'detail-title', 'detail-meta'])
      assert.ok(board.has(name), `the board's parts lack ${name}`);
    for (const [tag, element] of elements) {
      for (const property of element.cssProperties ?? [])
        assert.ok(property.default, `${tag}: ${property.name} has no default`);
    }
  });

  it('resolves its name and subpaths in plain Node (import and require): the module for Node', () => {
    // A plain Node process (no loader) inside the package: `careers-widget` is its own name.
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const name = ${JSON.stringify(NAME)};
      const json = async (s) => (await import(s, { with: { type: 'json' } })).default;
      const manifest = await json(name + '/custom-elements.json');
      const schema = await json(name + '/schema/careers-feed.schema.json');
      console.log(JSON.stringify({
        import: import.meta.resolve(name),
        require: require.resolve(name),
        script: import.meta.resolve(name + '/careers-widget.js'),
        version: (await json(name + '/package.json')).version,
        tags: manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean),
        schema: schema.title,
      }));`;
    const out = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      }),
    );
    const file = (path: string) => new URL(path, `file://${resolve('.')}/`).href;
    // The `node` condition: the same API, with Lit's Node build (no DOM needed to load it).
    assert.equal(out.import, file('dist/careers-widget.node.mjs'));
    // `require()` gets the same ES module as `import` (what the types describe), not the IIFE.
    assert.equal(out.require, resolve('dist/careers-widget.node.mjs'));
    assert.equal(out.script, file('dist/careers-widget.js'));
    assert.equal(out.version, manifest.version);
    assert.deepEqual(out.tags.sort(), [...TAGS].sort());
    assert.match(out.schema, /careers feed/i);
  });

  it('imports by its name in plain Node, no DOM: the data functions work, the elements are defined', () => {
    // What a server-side rendering framework does with a component library imported in shared
    // code. A fictional feed; the functions that need a DOM say so, by name.
    const script = `
      const name = ${JSON.stringify(NAME)};
      const widget = await import(name);
      const feed = {
        version: 1,
        organization: { name: 'Atelier Fictif', url: 'https://example.org' },
        jobs: [
          { id: 'sre', title: 'Ingénieur·e SRE', locations: ['Lille'], open: true, publishedAt: '2026-10-01' },
          { id: 'back', title: 'Développeuse back-end', locations: ['Nantes'], tags: ['Rust'],
            open: true, publishedAt: '2026-11-02', description: 'Une **équipe** fictive.' },
        ],
      };
      const { jobs, format, warnings } = widget.normalizeFeed(feed);
      const indexed = widget.indexJobs(jobs);
      const filters = { query: 'rust', organization: '', location: '', contract: '', remote: '', experience: '', tag: '' };
      const error = async (run) => {
        try { await run(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; }
      };
      console.log(JSON.stringify({
        format,
        warnings: warnings.length,
        newestFirst: indexed.map((entry) => entry.job.id),
        found: widget.filterJobs(indexed, filters).map((entry) => entry.job.title),
        ld: widget.jobPostingLd(jobs[1])?.['@type'],
        defined: Object.entries(${JSON.stringify(CLASSES)}).map(([tag, name]) =>
          typeof widget[name] === 'function' && customElements.get(tag) === widget[name] ? tag : 'not ' + tag),
        board: new widget.CareersBoard() instanceof widget.CareersBoard,
        render: await error(() => widget.renderDescription(jobs[1])),
        fragment: await error(() => widget.renderDescriptionFragment(jobs[1])),
        fetch: await error(() => widget.fetchFeed('feeds/jobs.json')),
      }));`;
    const out = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      }),
    );
    assert.deepEqual(
      { format: out.format, warnings: out.warnings, newestFirst: out.newestFirst },
      { format: 'careers', warnings: 0, newestFirst: ['back', 'sre'] },
    );
    assert.deepEqual(out.found, ['Développeuse back-end']);
    assert.equal(out.ld, 'JobPosting');
    assert.deepEqual(out.defined, TAGS);
    assert.equal(out.board, true);
    const needsDom = (name: string) =>
      new RegExp(`^Error: careers-widget: ${name}\\(\\) needs a DOM \\(window and document\\)`);
    assert.match(out.render, needsDom('renderDescription'));
    assert.match(out.fragment, needsDom('renderDescriptionFragment'));
    assert.match(
      out.fetch,
      /^FeedError: careers-widget: fetchFeed\(\) in Node needs an absolute URL/,
    );
  });

  it('exports from its ES module every value its declarations promise', () => {
    const names = (file: string, typeOnly: boolean) => {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
      return source.statements
        .filter(ts.isExportDeclaration)
        .filter((node) => node.isTypeOnly === typeOnly && node.exportClause)
        .flatMap((node) => (node.exportClause as ts.NamedExports).elements)
        .filter((element) => !element.isTypeOnly)
        .map((element) => element.name.text)
        .sort();
    };
    const promised = names('types/index.d.ts', false);
    assert.ok(promised.includes('CareersBoard') && promised.includes('normalizeFeed'));
    assert.deepEqual(names('dist/careers-widget.mjs', false), promised);
    assert.deepEqual(names('dist/careers-widget.node.mjs', false), promised);
  });

  /** Bundles the consumer module with Vite, for the browser or (`ssr`) for a server. */
  async function bundle(ssr: boolean) {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      // A server build that bundles its dependencies too (else Node resolves them at run time).
      ssr: { noExternal: true },
      build: {
        write: false,
        minify: false,
        ...(ssr
          ? { ssr: CONSUMER, rolldownOptions: { output: { entryFileNames: 'app.mjs' } } }
          : { lib: { entry: CONSUMER, formats: ['es'], fileName: 'app' } }),
      },
    });
    const result = (Array.isArray(output) ? output[0] : output) as {
      output: { code: string; moduleIds: string[] }[];
    };
    const { code, moduleIds } = result.output[0];
    const fromPackage = moduleIds.filter((id) => id.startsWith(resolve('dist')));
    return { code, fromPackage };
  }

  it('bundles with Vite by its name: the browser ES module, elements and all', async () => {
    const { code, fromPackage } = await bundle(false);
    // The `node` condition is not a browser build's: it gets the module it always got.
    assert.deepEqual(fromPackage, [resolve('dist/careers-widget.mjs')]);
    assert.ok(
      code.includes(`/*! ${NAME} ${manifest.version}`),
      "the bundle keeps the package's notice",
    );
    for (const tag of TAGS) assert.ok(code.includes(tag), `${tag} is in the bundle`);
  });

  it('bundles with Vite for a server (SSR) by its name: the module for Node', async () => {
    const { fromPackage } = await bundle(true);
    assert.deepEqual(fromPackage, [resolve('dist/careers-widget.node.mjs')]);
  });

  describe('its types, compiled from a consumer module', () => {
    // One cache of the standard library files for every compilation below.
    const libraries = new Map<string, ts.SourceFile | undefined>();

    function compile(
      moduleResolution: 'bundler' | 'node16',
      rootNames: string[],
      replace?: Map<string, string>,
    ): ts.Diagnostic[] {
      const options: ts.CompilerOptions = {
        strict: true,
        noEmit: true,
        // A consumer who checks the package's declarations too.
        skipLibCheck: false,
        // No ambient @types: what the declarations need, they must load themselves.
        types: [],
        target: ts.ScriptTarget.ES2022,
        lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        ...(moduleResolution === 'bundler'
          ? { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }
          : { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }),
      };
      const host = ts.createCompilerHost(options);
      const { getSourceFile, readFile } = host;
      host.readFile = (file) => replace?.get(file) ?? readFile(file);
      host.getSourceFile = (file, ...rest) => {
        if (!/[\\/]typescript[\\/]lib[\\/]lib\.[\w.]+\.d\.ts$/.test(file))
          return getSourceFile(file, ...rest);
        if (!libraries.has(file)) libraries.set(file, getSourceFile(file, ...rest));
        return libraries.get(file);
      };
      const program = ts.createProgram({ rootNames, options, host });
      assert.ok(
        program.getSourceFile(resolve('types/index.d.ts')),
        `${moduleResolution}: "${NAME}" resolves to types/index.d.ts`,
      );
      return [...ts.getPreEmitDiagnostics(program)];
    }

    const format = (diagnostics: ts.Diagnostic[]) =>
      diagnostics.map((d) => {
        const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
        if (!d.file || d.start === undefined) return message;
        const { line } = d.file.getLineAndCharacterOfPosition(d.start);
        return `${d.file.fileName}:${line + 1}: ${message}`;
      });

    for (const resolution of ['bundler', 'node16'] as const) {
      it(`compiles under moduleResolution ${resolution}, each marked mistake an error`, () => {
        // Also fails on a `@ts-expect-error` whose line compiles ("Unused directive").
        assert.deepEqual(format(compile(resolution, [CONSUMER, MISTAKES])), []);
      });
    }

    it('rejects each marked mistake on its own line (not as a side effect of another)', () => {
      const lines = readFileSync(MISTAKES, 'utf8').split('\n');
      const marked = lines.flatMap((line, i) =>
        /^\s*\/\/ @ts-expect-error/.test(line) ? [i + 1] : [],
      );
      assert.ok(marked.length >= 5);
      const bare = lines.map((line) => line.replace(/@ts-expect-error/, 'expected error'));
      const errors = compile('bundler', [MISTAKES], new Map([[MISTAKES, bare.join('\n')]]));
      const lineOf = (d: ts.Diagnostic) => d.file!.getLineAndCharacterOfPosition(d.start!).line;
      assert.ok(
        errors.every((d) => d.file?.fileName === MISTAKES),
        format(errors).join('\n'),
      );
      assert.deepEqual(
        [...new Set(errors.map(lineOf))].sort((a, b) => a - b),
        marked,
      );
    });
  });

  describe('its ES module in a page', () => {
    let server: StaticServer;
    let browser: Browser;

    before(async () => {
      server = await startStaticServer();
      browser = await launchBrowser();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('defines the elements it exports and shows a feed', async () => {
      server.route('/esm.html', (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ESM</title>
<script type="module">
  import { CareersBoard, normalizeFeed } from '/dist/careers-widget.mjs';
  const feed = await (await fetch('/tests/fixtures/feeds/careers-small.json')).json();
  const board = document.querySelector('careers-board');
  board.jobs = normalizeFeed(feed).jobs;
  window.sameClass = customElements.get('careers-board') === CareersBoard;
</script></head><body><main><h1>Jobs</h1><careers-board></careers-board></main></body></html>`);
      });
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/esm.html`);
      const titles = page.locator('careers-board careers-job-card a');
      await titles.first().waitFor();
      assert.deepEqual(await titles.allTextContents(), [
        'Développeur·se front-end',
        'Product designer',
      ]);
      assert.equal(await page.evaluate(() => (window as { sameClass?: boolean }).sameClass), true);
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
});
