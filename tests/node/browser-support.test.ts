// The browser script promises Chrome and Edge 105, Firefox 110 and Safari 16.4 (iOS 16.4) with no
// polyfill (README, "Browser support"), but its tests run in Chromium only. This check reads the
// browser sources with the TypeScript compiler and MDN's browser-compat-data (BCD) and fails on
// any use of a platform API those browsers lack, unless the use is feature-detected.
//
// What it checks: in every source file the widget's entry (src/index.ts, and src/define-all.ts for
// the demo) imports, each property access (`x.y`, `x['y']`), call and `new` whose symbol
// TypeScript declares in its own lib files (lib.dom.d.ts, lib.es20xx.*.d.ts) or in
// @types/trusted-types, and each global of those files (`fetch`, `ResizeObserver`). An inherited
// member is looked up on the interface that declares it (`addEventListener` on EventTarget); a
// mixin's member (`querySelector` of ParentNode) on the nearest interface of the receiver's type
// that BCD lists it on (Element, DocumentFragment).
// What it does not check: the members of an options object (`checkVisibility`'s
// `contentVisibilityAuto`, `scrollIntoView`'s `behavior`), the values of an argument (event
// names), a member reached through a cast to the project's own type (`(globalThis as
// { trustedTypes?: … }).trustedTypes`), syntax (held to ES2022 by tsconfig's target), CSS (the
// styles guard `light-dark()` and `content-visibility` with `@supports`), HTML, and the code of the
// libraries bundled with the sources (Lit, marked, DOMPurify): only the project's own sources.
// A feature test is recognized only in the simple forms `isGuarded` lists, on the same expression
// text (`if (x.y) x.y()`, not `const f = x.y; if (f) f()`); anything else goes in ALLOWED.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The widget bundle's entry (vite.config.ts) and the demo's, which registers every element. */
const ENTRIES = ['src/index.ts', 'src/define-all.ts'];

/** The oldest browsers the README promises, as BCD names them (Edge 105 is Chrome 105's engine). */
const TARGETS = { chrome: '105', firefox: '110', safari: '16.4', safari_ios: '16.4' } as const;
type Browser = keyof typeof TARGETS;

/**
 * Uses that are fine without a feature test, each reviewed. `key` is the BCD key, `file` the source
 * that uses it: a use of the same key elsewhere is still checked. An entry no use needs fails.
 */
const ALLOWED: { key: string; file: string; reason: string }[] = [];

/**
 * Platform types whose members BCD does not list, each reviewed: what the sources use of them
 * cannot be checked here. A member of another type that BCD does not list fails, to be looked at
 * (and mapped, or added here).
 */
const UNLISTED: Record<string, string> = {
  NodeFilter: 'its constants (SHOW_TEXT) are as old as TreeWalker, which BCD lists',
  'Intl.ResolvedNumberFormatOptions': 'an object resolvedOptions() returns, no interface',
  PromiseFulfilledResult: 'an object Promise.allSettled() gives, no interface',
  PromiseRejectedResult: 'an object Promise.allSettled() gives, no interface',
  RegExpExecArray: 'the array RegExp.exec() returns (an Array with index and input)',
};

// ---------------------------------------------------------------------------------------------
// BCD

interface SupportStatement {
  version_added: string | boolean | null;
  version_removed?: string | boolean | null;
  flags?: unknown[];
  prefix?: string;
  alternative_name?: string;
  partial_implementation?: boolean;
}
interface CompatNode {
  __compat?: { support: Partial<Record<Browser, SupportStatement | SupportStatement[]>> };
  [name: string]: unknown;
}
const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data') as CompatNode;

function bcdEntry(key: string): CompatNode | undefined {
  let node: CompatNode | undefined = bcd;
  for (const part of key.split('.')) {
    node = Object.hasOwn(node, part) ? (node[part] as CompatNode) : undefined;
    if (!node) return undefined;
  }
  return node.__compat ? node : undefined;
}

/**
 * The first release of `browser` that has the feature of `key` as it is called here, or undefined
 * if none has. A statement counts when the feature works without setting anything: one behind a
 * flag, under a prefix or another name, or removed since, does not. `partial_implementation`
 * counts as support (the member exists; what it lacks is a detail this check cannot see);
 * `version_added: true` (some version, unknown) counts as support; a range `≤N` counts as N
 * (the latest version the data allows); `false`, `null` (unknown) and `"preview"` count as none.
 */
function firstRelease(key: string, browser: Browser): string | undefined {
  const support = bcdEntry(key)?.__compat?.support[browser];
  const versions = [support ?? []]
    .flat()
    .filter((s) => !s.flags && !s.prefix && !s.alternative_name && !s.version_removed)
    .map((s) => s.version_added)
    .flatMap((v) => (v === true ? ['0'] : typeof v === 'string' ? [v.replace(/^≤/, '')] : []))
    .filter((v) => /^\d+(\.\d+)*$/.test(v));
  return versions.sort((a, b) => compareVersions(a, b))[0];
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/**
 * The promised browsers that lack the feature of `key`, with the release that has it. A member
 * that came in the same release as its interface (`TrustedTypePolicy.createHTML`,
 * `IdleDeadline.timeRemaining`) is not missing on its own: code that holds such an object has
 * the member too. What gives the object (the global, the constructor, the method returning it)
 * is checked where it is used.
 */
function missingIn(key: string): string[] {
  const parent = key.slice(0, key.lastIndexOf('.'));
  return (Object.keys(TARGETS) as Browser[]).flatMap((browser) => {
    const first = firstRelease(key, browser);
    if (first !== undefined && compareVersions(first, TARGETS[browser]) <= 0) return [];
    if (bcdEntry(parent) && firstRelease(parent, browser) === first) return [];
    return [`${browser} ${first ?? 'none'} (needs ${TARGETS[browser]})`];
  });
}

// ---------------------------------------------------------------------------------------------
// From a TypeScript symbol to BCD keys

function isPlatformFile(program: ts.Program, file: ts.SourceFile): boolean {
  return (
    program.isSourceFileDefaultLibrary(file) ||
    /[\\/]node_modules[\\/]@types[\\/]trusted-types[\\/]/.test(file.fileName)
  );
}

/** The enclosing namespace's name (`Intl`, `CSS`) of a declaration in a lib file, if any. */
function namespaceOf(node: ts.Node): string | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isModuleDeclaration(n) && ts.isIdentifier(n.name) && n.name.text !== 'global') {
      return n.name.text;
    }
  }
  return undefined;
}

/** TypeScript's interfaces BCD lists under another name. */
const BUILTIN_ALIASES: Record<string, string> = {
  ReadonlyArray: 'Array',
  ...Object.fromEntries(
    ['Int8', 'Uint8', 'Uint8Clamped', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float32', 'Float64']
      .concat(['BigInt64', 'BigUint64'])
      .map((kind) => [`${kind}Array`, 'TypedArray']),
  ),
};

/** Where a platform declaration belongs: which interface, namespace or global, and which tree. */
interface Owner {
  tree: 'api' | 'javascript.builtins';
  /** Interface or namespace (`Element`, `Intl.Segmenter`, `CSS`); empty for a global. */
  name: string;
  isStatic: boolean;
}

function ownerOf(declaration: ts.Declaration): Owner | undefined {
  const tree = /^lib\.dom\b/.test(basename(declaration.getSourceFile().fileName))
    ? 'api'
    : /trusted-types/.test(declaration.getSourceFile().fileName)
      ? 'api'
      : 'javascript.builtins';
  const ns = namespaceOf(declaration);
  const inNamespace = (name: string) => (ns ? `${ns}.${name}` : name);
  const parent = declaration.parent;
  if (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent)) {
    const name = parent.name?.text ?? '';
    if (tree === 'javascript.builtins' && name.endsWith('Constructor')) {
      const base = name.slice(0, -'Constructor'.length);
      return { tree, name: inNamespace(BUILTIN_ALIASES[base] ?? base), isStatic: true };
    }
    // The global `console` is a namespace for BCD, `Console` an interface for TypeScript.
    if (tree === 'api' && name === 'Console') return { tree, name: 'console', isStatic: true };
    return { tree, name: inNamespace(BUILTIN_ALIASES[name] ?? name), isStatic: false };
  }
  // `declare var AbortSignal: { prototype: AbortSignal; any(...): AbortSignal }`: a static.
  if (ts.isTypeLiteralNode(parent) && ts.isVariableDeclaration(parent.parent)) {
    const name = parent.parent.name.getText();
    return { tree, name: inNamespace(name), isStatic: true };
  }
  // A global function or variable (`fetch`, `customElements`), or a namespace's (`CSS.supports`).
  const statement = ts.isVariableDeclaration(declaration) ? parent.parent : declaration;
  if (ts.isSourceFile(statement.parent)) return { tree, name: '', isStatic: false };
  if (ts.isModuleBlock(statement.parent)) {
    const module = statement.parent.parent;
    if (module.name.text === 'global') return { tree, name: '', isStatic: false };
    if (ns) return { tree, name: ns, isStatic: true };
  }
  return undefined;
}

/** BCD keys a member `name` of `owner` may be listed under, most likely first. */
function memberKeys(owner: Owner, name: string): string[] {
  const { tree } = owner;
  if (!owner.name) {
    // A global of the page is a member of Window or of an interface it inherits.
    return tree === 'api'
      ? [`api.${name}`, `api.Window.${name}`, `api.EventTarget.${name}`]
      : [`javascript.builtins.${name}`, `javascript.builtins.globalThis.${name}`];
  }
  if (owner.isStatic && tree === 'api') {
    return [`api.${owner.name}.${name}_static`, `api.${owner.name}.${name}`];
  }
  return [`${tree}.${owner.name}.${name}`];
}

/**
 * The interfaces and classes of `type` and its bases, nearest first: where BCD lists a mixin's
 * member (`ParentNode.querySelector` as Element's, Document's and DocumentFragment's).
 */
function typeChain(checker: ts.TypeChecker, type: ts.Type): string[] {
  const names: string[] = [];
  const queue = checker.getApparentType(checker.getNonNullableType(type));
  const pending: ts.Type[] = queue.isUnionOrIntersection() ? [...queue.types] : [queue];
  const seen = new Set<ts.Type>();
  while (pending.length) {
    let t = pending.shift()!;
    if (seen.has(t)) continue;
    seen.add(t);
    const symbol = t.getSymbol();
    if (symbol && !names.includes(symbol.name)) names.push(symbol.name);
    if (
      t.flags & ts.TypeFlags.Object &&
      (t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference
    ) {
      t = (t as ts.TypeReference).target;
    }
    if (
      t.flags & ts.TypeFlags.Object &&
      (t as ts.ObjectType).objectFlags & ts.ObjectFlags.ClassOrInterface
    ) {
      pending.push(...(checker.getBaseTypes(t as ts.InterfaceType) ?? []));
    }
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Feature detection

/** `x.y`, `x['y']` or a bare `y`: its member name and its receiver's text ('' for a global). */
function accessParts(node: ts.Node): { name: string; receiver: string } | undefined {
  node = skipParens(node);
  if (ts.isIdentifier(node)) return { name: node.text, receiver: '' };
  if (ts.isPropertyAccessExpression(node)) {
    return { name: node.name.text, receiver: receiverText(node.expression) };
  }
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    return { name: node.argumentExpression.text, receiver: receiverText(node.expression) };
  }
  return undefined;
}

function skipParens(node: ts.Node): ts.Node {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return node;
}

/** A receiver's text without spaces; the global object's names are all the empty receiver. */
function receiverText(node: ts.Expression): string {
  const text = skipParens(node).getText().replace(/\s+/g, '');
  return ['window', 'globalThis', 'self'].includes(text) ? '' : text;
}

type Access = { name: string; receiver: string };
const sameAccess = (a: Access | undefined, b: Access) =>
  !!a && a.name === b.name && a.receiver === b.receiver;

/**
 * Whether `condition` being true proves `use` is there: `x.y` (truthy), `typeof x.y === 'function'`
 * (or any type but 'undefined'), `typeof x.y !== 'undefined'`, `x.y != null`, `'y' in x`, or a
 * conjunction with one of these. With `negated`, whether `condition` being false proves it:
 * `!x.y`, `typeof x.y !== 'function'`, `typeof x.y === 'undefined'`, `!('y' in x)`, `x.y == null`,
 * or a disjunction with one of these.
 */
function proves(condition: ts.Node, use: Access, negated: boolean): boolean {
  const c = skipParens(condition);
  if (ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken) {
    return proves(c.operand, use, !negated);
  }
  if (!ts.isBinaryExpression(c)) return !negated && sameAccess(accessParts(c), use);
  const op = c.operatorToken.kind;
  const junction = negated ? ts.SyntaxKind.BarBarToken : ts.SyntaxKind.AmpersandAmpersandToken;
  if (op === junction) return proves(c.left, use, negated) || proves(c.right, use, negated);
  if (op === ts.SyntaxKind.InKeyword) {
    return (
      !negated &&
      ts.isStringLiteralLike(c.left) &&
      c.left.text === use.name &&
      receiverText(c.right) === use.receiver
    );
  }
  const equal = [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken];
  const unequal = [
    ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsToken,
  ];
  if (!equal.includes(op) && !unequal.includes(op)) return false;
  // `typeof x.y === 'function'` and the like, either side first.
  for (const [tested, value] of [
    [c.left, c.right],
    [c.right, c.left],
  ]) {
    const t = skipParens(tested);
    const v = skipParens(value);
    const isTypeof = ts.isTypeOfExpression(t) && ts.isStringLiteralLike(v);
    const isNull =
      v.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(v) && v.text === 'undefined');
    if (!isTypeof && !isNull) continue;
    if (!sameAccess(accessParts(isTypeof ? t.expression : t), use)) continue;
    // "There" when: typeof is not 'undefined', or the value is not null/undefined.
    const saysThere = isTypeof
      ? ((v as ts.StringLiteralLike).text !== 'undefined') === equal.includes(op)
      : unequal.includes(op);
    return saysThere !== negated;
  }
  return false;
}

/** A statement that always leaves its block: `return`, `throw`, or a block ending in one. */
function leaves(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  return (
    ts.isBlock(statement) && statement.statements.length > 0 && leaves(statement.statements.at(-1)!)
  );
}

/**
 * Whether `node` (the use of `use`) only runs where `use` is there: it is called or read with `?.`
 * (`x.y?.()`, `x.y?.z`), it is itself the test (`if (x.y)`, `typeof x.y`, `x.y ?? fallback`), or an
 * enclosing `if`, `?:`, `&&` or `||` tests it first, or an earlier `if (!x.y) return;` in a block.
 */
function isGuarded(node: ts.Node, use: Access): boolean {
  const parent = node.parent;
  if (
    (ts.isCallExpression(parent) ||
      ts.isPropertyAccessExpression(parent) ||
      ts.isElementAccessExpression(parent)) &&
    parent.expression === node &&
    parent.questionDotToken
  ) {
    return true;
  }
  if (ts.isTypeOfExpression(parent)) return true;
  if (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken) {
    return true;
  }
  if (ts.isIfStatement(parent) && parent.expression === node) return true;
  if (ts.isConditionalExpression(parent) && parent.condition === node) return true;
  if (
    ts.isBinaryExpression(parent) &&
    parent.left === node &&
    [
      ts.SyntaxKind.AmpersandAmpersandToken,
      ts.SyntaxKind.BarBarToken,
      ts.SyntaxKind.QuestionQuestionToken,
    ].includes(parent.operatorToken.kind)
  ) {
    return true;
  }
  for (let child: ts.Node = node, n = node.parent; n; child = n, n = n.parent) {
    if (ts.isIfStatement(n)) {
      if (child === n.thenStatement && proves(n.expression, use, false)) return true;
      if (child === n.elseStatement && proves(n.expression, use, true)) return true;
    } else if (ts.isConditionalExpression(n)) {
      if (child === n.whenTrue && proves(n.condition, use, false)) return true;
      if (child === n.whenFalse && proves(n.condition, use, true)) return true;
    } else if (ts.isBinaryExpression(n) && child === n.right) {
      const op = n.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken && proves(n.left, use, false)) return true;
      if (op === ts.SyntaxKind.BarBarToken && proves(n.left, use, true)) return true;
    } else if (ts.isBlock(n) || ts.isSourceFile(n)) {
      for (const statement of n.statements) {
        if (statement === child) break;
        if (
          ts.isIfStatement(statement) &&
          !statement.elseStatement &&
          leaves(statement.thenStatement) &&
          proves(statement.expression, use, true)
        ) {
          return true;
        }
      }
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// The walk

interface Finding {
  /** `src/file.ts:line`. */
  where: string;
  key: string;
  missing: string[];
}

interface Report {
  findings: Finding[];
  /** Platform members BCD lists under no key this check knows (`Owner.member`, or a global). */
  unmapped: Set<string>;
  /** How many uses of platform APIs were looked up. */
  checked: number;
}

function analyze(program: ts.Program, files: readonly ts.SourceFile[]): Report {
  const checker = program.getTypeChecker();
  const report: Report = { findings: [], unmapped: new Set(), checked: 0 };

  function check(node: ts.Node, nameNode: ts.Node, receiver: ts.Expression | undefined) {
    let symbol = ts.isShorthandPropertyAssignment(nameNode.parent)
      ? checker.getShorthandAssignmentValueSymbol(nameNode.parent)
      : checker.getSymbolAtLocation(nameNode);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declarations = (symbol?.declarations ?? []).filter((d) =>
      isPlatformFile(program, d.getSourceFile()),
    );
    // An index signature (`dataset.anyName`) is no member of its own.
    if (!symbol || declarations.length === 0 || symbol.name === '__index') return;
    const name = symbol.name;
    const keys = new Set<string>();
    for (const declaration of declarations) {
      // A global type used as a value (`new ResizeObserver`): its `declare var` says it.
      if (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration))
        continue;
      if (ts.isModuleDeclaration(declaration)) continue;
      const owner = ownerOf(declaration);
      if (!owner) continue;
      let candidates = memberKeys(owner, name);
      if (!candidates.some(bcdEntry) && owner.tree === 'api' && owner.name && receiver) {
        candidates = typeChain(checker, checker.getTypeAtLocation(receiver)).map(
          (type) => `api.${type}.${name}`,
        );
        // What Window shares with workers (`fetch`, `isSecureContext`) is a global for BCD.
        candidates.push(`api.${name}`);
      }
      const key = candidates.find(bcdEntry);
      if (!key) {
        report.unmapped.add(owner.name ? `${owner.name}.${name}` : name);
        continue;
      }
      keys.add(key);
      // `new X()` also needs X's constructor, listed as `X.X`.
      if (ts.isNewExpression(node.parent) && node.parent.expression === node) {
        const constructorKey = `${key}.${name}`;
        if (bcdEntry(constructorKey)) keys.add(constructorKey);
      }
    }
    if (keys.size === 0) return;
    report.checked++;
    const access = accessParts(node);
    if (access && isGuarded(node, access)) return;
    const file = node.getSourceFile();
    const line = file.getLineAndCharacterOfPosition(nameNode.getStart()).line + 1;
    const where = `${relative(ROOT, file.fileName)}:${line}`;
    for (const key of keys) {
      const missing = missingIn(key);
      if (missing.length) report.findings.push({ where, key, missing });
    }
  }

  function visit(node: ts.Node): void {
    // Types, imports and exports name no runtime API.
    if (
      ts.isTypeNode(node) ||
      ts.isImportDeclaration(node) ||
      ts.isExportDeclaration(node) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isTypeAliasDeclaration(node) ||
      (ts.isHeritageClause(node) && node.token === ts.SyntaxKind.ImplementsKeyword)
    ) {
      return;
    }
    if (ts.isPropertyAccessExpression(node)) {
      check(node, node.name, node.expression);
    } else if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteralLike(node.argumentExpression)
    ) {
      check(node, node.argumentExpression, node.expression);
    } else if (ts.isIdentifier(node) && isValueReference(node)) {
      check(node, node, undefined);
    }
    ts.forEachChild(node, visit);
  }

  for (const file of files) visit(file);
  return report;
}

/** An identifier read as a value on its own: not a member's or a declaration's name, a label. */
function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.expression === node;
  if (ts.isShorthandPropertyAssignment(parent)) return true;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
  const named = parent as { name?: ts.Node; propertyName?: ts.Node };
  return named.name !== node && named.propertyName !== node;
}

// ---------------------------------------------------------------------------------------------
// Programs

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(ROOT, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, configPath);
  // The browser sources see no Node or Mocha globals (as in tsconfig.types.json, which builds
  // their published declarations): a Node-only global there would be a finding of its own.
  return { ...options, types: ['trusted-types'], noEmit: true };
}

/** The project's sources the widget bundle is made of, checked together. */
function browserProgram() {
  const program = ts.createProgram({
    rootNames: ENTRIES.map((entry) => join(ROOT, entry)),
    options: compilerOptions(),
  });
  const src = join(ROOT, 'src') + '/';
  const files = program
    .getSourceFiles()
    .filter((file) => !file.isDeclarationFile && file.fileName.startsWith(src));
  return { program, files };
}

/** The reports on made-up source files, checked as one program (a module each). */
function checkSnippets(codes: string[]): Report[] {
  const fileNames = codes.map((_, i) => join(ROOT, 'src', `__snippet${i}__.ts`));
  const text = new Map(fileNames.map((name, i) => [name, `export {};\n${codes[i]}\n`]));
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, ...rest) => {
    const code = text.get(resolve(name));
    return code === undefined
      ? getSourceFile.call(host, name, version, ...rest)
      : ts.createSourceFile(name, code, version, true);
  };
  host.fileExists = (name) => text.has(resolve(name)) || fileExists.call(host, name);
  host.readFile = (name) => text.get(resolve(name)) ?? readFile.call(host, name);
  const program = ts.createProgram({ rootNames: fileNames, options, host });
  return fileNames.map((name) => analyze(program, [program.getSourceFile(name)!]));
}

const keysOf = (report: Report) => report.findings.map((f) => f.key);

// ---------------------------------------------------------------------------------------------

describe('browser support: platform APIs the promised browsers lack are feature-detected', () => {
  const { program, files } = browserProgram();
  const report = analyze(program, files);
  const names = files.map((file) => relative(ROOT, file.fileName));

  it('reads the widget’s sources and only them', () => {
    assert.ok(
      names.includes('src/components/careers-board/careers-board.component.ts'),
      names.join(),
    );
    assert.ok(names.includes('src/data/fetch-feed.ts'), names.join());
    const nodeOnly = names.filter((name) => name.startsWith('src/cli/') || name === 'src/node.ts');
    assert.deepEqual(nodeOnly, [], 'the widget bundle imports Node-only code');
    assert.ok(report.checked > 200, `only ${report.checked} platform API uses found`);
  });

  it('finds no unguarded use of an API missing from Chrome 105, Firefox 110, Safari 16.4', () => {
    const allows = (a: (typeof ALLOWED)[number], f: Finding) =>
      a.key === f.key && f.where.startsWith(`${a.file}:`);
    const unguarded = report.findings.filter((f) => !ALLOWED.some((a) => allows(a, f)));
    assert.deepEqual(
      unguarded.map((f) => `${f.where}: ${f.key}: ${f.missing.join(', ')}`),
      [],
      'feature-detect these (x.y?.(), typeof x.y === "function", if (x.y), "y" in x) or allow them',
    );
    const stale = ALLOWED.filter((a) => !report.findings.some((f) => allows(a, f)));
    assert.deepEqual(stale, [], 'ALLOWED lets through a use the sources no longer have');
  });

  it('knows where BCD lists every platform member the sources use', () => {
    const listed = (type: string, member: string) =>
      member === type || member.startsWith(`${type}.`);
    const unknown = [...report.unmapped].filter(
      (member) => !Object.keys(UNLISTED).some((type) => listed(type, member)),
    );
    assert.deepEqual(
      unknown,
      [],
      'map these to BCD keys in this file, or list their type in UNLISTED',
    );
    const unused = Object.keys(UNLISTED).filter(
      (type) => ![...report.unmapped].some((member) => listed(type, member)),
    );
    assert.deepEqual(unused, [], 'UNLISTED names a type the sources no longer use');
  });
});

describe('browser support check, on made-up code', () => {
  const element = 'declare const el: HTMLElement;\n';
  const found = [
    [
      'el.checkVisibility();',
      'AbortSignal.any([]);',
      'const r = new ResizeObserver(() => {});',
      'r.disconnect();',
      'requestIdleCallback((deadline) => deadline.timeRemaining());',
      "new Intl.Segmenter('fr').segment('a');",
      'structuredClone({});',
    ].join('\n'),
    [
      '[1].toSorted();',
      "el.ariaLabel = 'x';",
      "el.shadowRoot!.querySelector('a');",
      "'a'.replaceAll('a', 'b');",
      "el.addEventListener('click', () => {});",
    ].join('\n'),
  ];
  const guarded = [
    'el.checkVisibility?.();',
    "if (typeof el.checkVisibility === 'function') el.checkVisibility();",
    "if (typeof el.checkVisibility !== 'undefined' && el.isConnected) el.checkVisibility();",
    'if (el.checkVisibility) { el.checkVisibility(); }',
    "if ('checkVisibility' in el) el.checkVisibility();",
    'const v = el.checkVisibility ? el.checkVisibility() : true;',
    'const w = !el.checkVisibility || el.checkVisibility();',
    'function f() { if (!el.checkVisibility) return; el.checkVisibility(); }',
    "if (typeof el.checkVisibility !== 'function') {} else el.checkVisibility();",
    'if (window.requestIdleCallback) requestIdleCallback(() => {});',
  ];
  const unguarded = [
    'if (el.isConnected) el.checkVisibility();',
    "if (typeof el.checkVisibility === 'undefined') el.checkVisibility();",
    "if ('checkVisibility' in document) el.checkVisibility();",
    'if (!el.checkVisibility) el.checkVisibility();',
    'el?.checkVisibility();',
    'function f() { if (el.checkVisibility) return; el.checkVisibility(); }',
  ];
  const reports = checkSnippets(
    [...found, ...guarded, ...unguarded].map((c) => (c.startsWith(element) ? c : element + c)),
  );
  const [calls, members] = reports;

  it('finds unguarded inherited methods, statics, globals and constructors, not older ones', () => {
    assert.deepEqual(keysOf(calls), [
      'api.Element.checkVisibility',
      'api.AbortSignal.any_static',
      'api.Window.requestIdleCallback',
      // Its constructor and segment() came with it: the one finding is enough.
      'javascript.builtins.Intl.Segmenter',
    ]);
    assert.equal(calls.findings[0].where, 'src/__snippet0__.ts:3');
    assert.match(calls.findings[0].missing.join(), /safari 17\.4 \(needs 16\.4\)/);
    // A member as old as its interface (IdleDeadline) comes with the object that has it.
    assert.ok(!keysOf(calls).some((key) => key.includes('IdleDeadline')));
    assert.ok(calls.checked >= 10, `${calls.checked} uses checked`);
  });

  it('finds members of the ES library and of mixins, not older ones', () => {
    assert.deepEqual(keysOf(members), [
      'javascript.builtins.Array.toSorted',
      'api.Element.ariaLabel',
    ]);
  });

  it('accepts the feature tests it knows', () => {
    guarded.forEach((code, i) => {
      assert.deepEqual(keysOf(reports[found.length + i]), [], code);
    });
  });

  it('refuses tests of something else', () => {
    unguarded.forEach((code, i) => {
      const report = reports[found.length + guarded.length + i];
      assert.deepEqual(keysOf(report), ['api.Element.checkVisibility'], code);
    });
  });
});
