// The build's own Vite plugins (used by vite.config.ts): each changes what goes into the shipped
// scripts, and each fails or warns loudly rather than silently stop doing its job.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Leaves the design tokens' `description`s out of the bundle. They document the tokens (README
 * table, Custom Elements Manifest, tests); the browser never reads them (about 0.5 kB gzip).
 * The source keeps them next to the values they describe. Fails the build if it finds none, so
 * it cannot silently stop working when the file changes.
 */
export function dropTokenDescriptions(): Plugin {
  return {
    name: 'careers-drop-token-descriptions',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]src[\\/]styles[\\/]design-tokens\.ts$/ },
      handler(code) {
        const spans: Array<[number, number]> = [];
        const visit = (node: unknown): void => {
          if (Array.isArray(node)) return node.forEach(visit);
          if (!node || typeof node !== 'object') return;
          const n = node as { type?: string; key?: { name?: string }; start: number; end: number };
          if (n.type === 'Property' && n.key?.name === 'description') {
            // The property and the comma after it.
            const comma = /^\s*,/.exec(code.slice(n.end));
            spans.push([n.start, n.end + (comma ? comma[0].length : 0)]);
            return;
          }
          for (const [key, value] of Object.entries(node)) if (key !== 'parent') visit(value);
        };
        visit(this.parse(code, { lang: 'ts' }));
        if (spans.length === 0) this.error('no `description` found in design-tokens.ts');
        let out = code;
        for (const [start, end] of spans.sort((a, b) => b[0] - a[0]))
          out = out.slice(0, start) + out.slice(end);
        return { code: out, map: null };
      },
    },
  };
}

interface EstreeNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * How a library-patching plugin gives up when the library's code is not what it expects (after
 * an update, say): it warns, saying what is left as shipped, why, and what to update, and leaves
 * the module as it is (a transform that returns null). The script still works, only larger,
 * and the size step of `npm test` fails.
 */
function refusal(plugin: { warn(message: string): void }, what: string, update: string) {
  return (why: string): null => {
    plugin.warn(`${what} (${why}): update ${update} in scripts/build-plugins.ts`);
    return null;
  };
}

/** The name of an identifier node. */
const nameOf = (node: unknown): string => (node as { name: string } | null)?.name as string;

/** The identifier nodes under a node, except non-computed property names and keys. */
function identifiersIn(node: unknown, out: EstreeNode[] = []): EstreeNode[] {
  if (Array.isArray(node)) {
    for (const each of node) identifiersIn(each, out);
    return out;
  }
  if (!node || typeof node !== 'object') return out;
  const n = node as EstreeNode;
  if (n.type === 'Identifier') out.push(n);
  for (const [key, value] of Object.entries(n)) {
    if (key === 'parent') continue;
    if (!n.computed && key === 'property' && n.type === 'MemberExpression') continue;
    if (
      !n.computed &&
      key === 'key' &&
      /^(Property|MethodDefinition|PropertyDefinition)$/.test(n.type)
    )
      continue;
    identifiersIn(value, out);
  }
  return out;
}

/** Every name a node mentions, except non-computed property names and keys. */
const namesIn = (node: unknown): Set<string> => new Set(identifiersIn(node).map(nameOf));

/** The names a top-level statement declares. */
function declaredBy(statement: EstreeNode): string[] {
  if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration')
    return [nameOf(statement.id)];
  if (statement.type === 'VariableDeclaration')
    return (statement.declarations as EstreeNode[]).flatMap((d) => [...namesIn(d.id)]);
  return [];
}

/** Only property writes on dropped names: `x.a = ...`, `x.a = x.b = ...`, or a sequence of them. */
function writesOnly(node: EstreeNode, dead: Set<string>): boolean {
  if (node.type === 'SequenceExpression')
    return (node.expressions as EstreeNode[]).every((each) => writesOnly(each, dead));
  if (node.type !== 'AssignmentExpression') return false;
  let target = node.left as EstreeNode;
  if (target.type !== 'MemberExpression') return false;
  while (target.type === 'MemberExpression') target = target.object as EstreeNode;
  return target.type === 'Identifier' && dead.has(target.name as string);
}

interface DeadLibraryCode {
  library: string;
  id: RegExp;
  /** Top-level names that are dropped, with every top-level statement that mentions them. */
  seeds(body: EstreeNode[], exported: Map<string, string>): string[];
  /** Exports that may go with them (the widget imports none of them). */
  exports: string[];
  /**
   * Object properties to cut; the top-level variables only their values used are then dropped,
   * and those only these used, and so on. Empty when the code has changed.
   */
  properties?(body: EstreeNode[]): EstreeNode[];
}

/** The properties of each top-level object literal (`const x = { ... }`) whose keys `match`. */
function objectsWith(body: EstreeNode[], match: (keys: string[]) => boolean): EstreeNode[][] {
  return body
    .filter((s) => s.type === 'VariableDeclaration')
    .flatMap((s) => s.declarations as EstreeNode[])
    .map((d) => d.init as EstreeNode | null)
    .filter((init) => init?.type === 'ObjectExpression')
    .map((init) => init!.properties as EstreeNode[])
    .filter((props) => props.every((p) => p.type === 'Property'))
    .filter((props) => match(props.map((p) => nameOf(p.key))));
}

const DEAD_LIBRARY_CODE: DeadLibraryCode[] = [
  {
    // marked's default instance and the `marked()` function API around it (`marked.use`,
    // `marked.setOptions`...). The widget calls marked's lexer and parser itself; the bundler
    // keeps the default instance (and so the `Marked` class) because building it writes
    // properties on a function.
    library: 'marked',
    id: /[\\/]node_modules[\\/]marked[\\/]lib[\\/]marked\.esm\.js$/,
    seeds(body, exported) {
      const markedClass = exported.get('Marked');
      const instances = body
        .filter((s) => s.type === 'VariableDeclaration')
        .flatMap((s) => s.declarations as EstreeNode[])
        .filter((d) => {
          const init = d.init as EstreeNode | null;
          const callee = init?.callee as EstreeNode | undefined;
          return init?.type === 'NewExpression' && callee?.name === markedClass;
        })
        .map((d) => nameOf(d.id));
      const api = exported.get('marked');
      return api && markedClass ? [api, ...instances] : [];
    },
    exports: [
      'marked',
      'use',
      'options',
      'setOptions',
      'walkTokens',
      'parse',
      'parseInline',
      'parser',
      'lexer',
    ],
    // What only the modes the widget never turns on use: it reads Markdown with marked's
    // defaults, `gfm` on, `breaks` and `pedantic` off, and no one else can reach its lexer, its
    // options or the default `Marked` instance. The lexer picks its rules from two objects by
    // mode, `{ normal, gfm, pedantic }` (block) and `{ normal, gfm, breaks, pedantic }` (inline);
    // the tokenizer reads the `pedantic...` entries of its other regular expressions only in
    // pedantic mode.
    properties(body) {
      const same = (keys: string[]) => (found: string[]) =>
        found.length === keys.length && keys.every((key) => found.includes(key));
      const block = objectsWith(body, same(['normal', 'gfm', 'pedantic']));
      const inline = objectsWith(body, same(['normal', 'gfm', 'breaks', 'pedantic']));
      const other = objectsWith(body, (keys) => keys.includes('pedanticHrefTitle'));
      if (block.length !== 1 || inline.length !== 1 || other.length !== 1) return [];
      return [...block, ...inline, ...other]
        .flat()
        .filter((p) => /^(pedantic|breaks$)/.test(nameOf(p.key)));
    },
  },
  {
    // Babel's async generator helper, which DOMPurify's build includes but never calls; the
    // bundler keeps it because it writes to its prototype.
    library: 'DOMPurify',
    id: /[\\/]node_modules[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
    seeds: () => ['AsyncGenerator', '_OverloadYield'],
    exports: [],
  },
];

/**
 * Leaves out library code the widget never runs but the bundler cannot prove unused, because
 * it writes properties or calls functions at load time (see DEAD_LIBRARY_CODE; about 1 kB
 * gzip). Drops the given top-level names and every top-level statement that mentions them, and
 * refuses (warning, the module left as it is) unless each dropped statement is a declaration
 * or only writes properties on dropped names, and each dropped export is listed. Then cuts the
 * given object properties and drops the variables only they used. A library update that
 * changes this code shows as that warning and as a larger bundle.
 */
export function dropDeadLibraryCode(): Plugin {
  return {
    name: 'careers-drop-dead-library-code',
    apply: 'build',
    transform: {
      filter: { id: { include: DEAD_LIBRARY_CODE.map((lib) => lib.id) } },
      handler(code, id) {
        const lib = DEAD_LIBRARY_CODE.find((each) => each.id.test(id));
        if (!lib) return null;
        const refuse = refusal(this, `${lib.library} left whole`, 'DEAD_LIBRARY_CODE');
        const body = this.parse(code).body as unknown as EstreeNode[];
        const exportClauses = body.filter((s) => s.type === 'ExportNamedDeclaration');
        const exported = new Map<string, string>();
        for (const clause of exportClauses) {
          if (clause.declaration || clause.source) return refuse('unexpected export form');
          for (const spec of clause.specifiers as EstreeNode[])
            exported.set(nameOf(spec.exported), nameOf(spec.local));
        }
        const seeds = lib.seeds(body, exported);
        const declared = new Set(body.flatMap(declaredBy));
        if (seeds.length === 0 || !seeds.every((name) => declared.has(name)))
          return refuse('the code to drop was not found');
        const dead = new Set(seeds);
        const dropped = new Set<EstreeNode>();
        for (let grew = true; grew;) {
          grew = false;
          for (const statement of body) {
            if (dropped.has(statement) || statement.type.startsWith('Export')) continue;
            if (![...namesIn(statement)].some((n) => dead.has(n))) continue;
            dropped.add(statement);
            for (const name of declaredBy(statement)) dead.add(name);
            grew = true;
          }
        }
        for (const statement of dropped) {
          const isDeclaration = declaredBy(statement).length > 0;
          const isWrite =
            statement.type === 'ExpressionStatement' &&
            writesOnly(statement.expression as EstreeNode, dead);
          if (!isDeclaration && !isWrite) return refuse(`it would drop a ${statement.type}`);
        }
        const mentionsDead = (node: EstreeNode) => [...namesIn(node)].some((n) => dead.has(n));
        if (body.some((s) => s.type === 'ExportDefaultDeclaration' && mentionsDead(s)))
          return refuse('it would drop the default export');
        const edits: Array<[number, number, string]> = [...dropped].map((s) => [
          s.start,
          s.end,
          '',
        ]);
        for (const clause of exportClauses) {
          const specifiers = clause.specifiers as EstreeNode[];
          const kept = specifiers.filter((spec) => !dead.has(nameOf(spec.local)));
          for (const spec of specifiers)
            if (!kept.includes(spec) && !lib.exports.includes(nameOf(spec.exported)))
              return refuse(`it would drop the export ${nameOf(spec.exported)}`);
          const list = kept.map((spec) => code.slice(spec.start, spec.end)).join(',');
          edits.push([clause.start, clause.end, `export{${list}};`]);
        }
        if (lib.properties) {
          const cut = lib.properties(body);
          if (cut.length === 0) return refuse('the properties to cut were not found');
          edits.push(...unusedDeclarators(body, dropped, cut));
        }
        let out = code;
        for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
          out = out.slice(0, start) + text + out.slice(end);
        return { code: out, map: null };
      },
    },
  };
}

/**
 * The edits that cut `properties` (each with the comma before it) and drop the top-level
 * variables only they used, then those only these used, and so on; a variable still named
 * anywhere else (an export included) stays.
 */
function unusedDeclarators(
  body: EstreeNode[],
  dropped: Set<EstreeNode>,
  properties: EstreeNode[],
): Array<[number, number, string]> {
  const declarators = new Map<string, { declarator: EstreeNode; statement: EstreeNode }>();
  for (const statement of body) {
    if (statement.type !== 'VariableDeclaration' || dropped.has(statement)) continue;
    for (const declarator of statement.declarations as EstreeNode[]) {
      const id = declarator.id as EstreeNode;
      if (id.type === 'Identifier') declarators.set(nameOf(id), { declarator, statement });
    }
  }
  const gone = new Set<EstreeNode>([...dropped, ...properties]);
  const mentioned = (name: string): boolean => {
    const visit = (node: unknown): boolean => {
      if (Array.isArray(node)) return node.some(visit);
      if (!node || typeof node !== 'object' || gone.has(node as EstreeNode)) return false;
      const n = node as EstreeNode;
      if (n.type === 'Identifier' && n.name === name) return true;
      return Object.entries(n).some(([key, value]) => key !== 'parent' && visit(value));
    };
    return visit(body);
  };
  const queue = [...namesIn(properties.map((p) => p.value))];
  const dead = new Set<EstreeNode>();
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    const found = declarators.get(name);
    if (!found || dead.has(found.declarator)) continue;
    // Its own declarator does not count as a use.
    gone.add(found.declarator);
    if (mentioned(name)) {
      gone.delete(found.declarator);
      continue;
    }
    dead.add(found.declarator);
    queue.push(...namesIn(found.declarator.init));
  }
  const edits: Array<[number, number, string]> = [];
  // Each cut item goes with the comma before it, or the one after it when it comes first.
  const cutFrom = (items: EstreeNode[], isCut: (item: EstreeNode) => boolean) => {
    const firstKept = items.findIndex((item) => !isCut(item));
    if (firstKept === -1) {
      edits.push([items[0].start, items.at(-1)!.end, '']);
      return;
    }
    if (firstKept > 0) edits.push([items[0].start, items[firstKept].start, '']);
    items.forEach((item, i) => {
      if (i > firstKept && isCut(item)) edits.push([items[i - 1].end, item.end, '']);
    });
  };
  const objects = new Set<EstreeNode[]>();
  const findObjects = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(findObjects);
    if (!node || typeof node !== 'object') return;
    const n = node as EstreeNode;
    const props = n.properties as EstreeNode[];
    if (n.type === 'ObjectExpression' && props.some((p) => properties.includes(p)))
      objects.add(props);
    for (const [key, value] of Object.entries(n)) if (key !== 'parent') findObjects(value);
  };
  findObjects(body);
  for (const props of objects) cutFrom(props, (p) => properties.includes(p));
  const statements = new Set(
    [...declarators.values()].filter((d) => dead.has(d.declarator)).map((d) => d.statement),
  );
  for (const statement of statements) {
    const list = statement.declarations as EstreeNode[];
    if (list.every((d) => dead.has(d))) edits.push([statement.start, statement.end, '']);
    else cutFrom(list, (d) => dead.has(d));
  }
  return edits;
}

/**
 * The options of the widget's DOMPurify sanitizer: the values `SANITIZE_CONFIG` in
 * src/data/render-description.ts gives, DOMPurify's defaults for the others
 * (tests/node/sanitizer-options.test.ts checks both). `RETURN_DOM` follows from
 * `RETURN_DOM_FRAGMENT`.
 */
export const SANITIZER_OPTIONS: Record<string, boolean | string> = {
  ALLOW_ARIA_ATTR: true,
  ALLOW_DATA_ATTR: false,
  ALLOW_SELF_CLOSE_IN_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  FORCE_BODY: false,
  IN_PLACE: false,
  KEEP_CONTENT: true,
  NAMESPACE: 'http://www.w3.org/1999/xhtml',
  PARSER_MEDIA_TYPE: 'text/html',
  RETURN_DOM: true,
  RETURN_DOM_FRAGMENT: true,
  RETURN_TRUSTED_TYPE: false,
  SAFE_FOR_TEMPLATES: false,
  SAFE_FOR_XML: true,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: false,
  WHOLE_DOCUMENT: false,
};

/** The methods of a DOMPurify instance the widget never calls (it calls `addHook` and `sanitize`). */
const UNUSED_SANITIZER_METHODS = [
  'setConfig',
  'clearConfig',
  'isValidAttribute',
  'removeHook',
  'removeHooks',
  'removeAllHooks',
];

/** DOMPurify's bookkeeping of in-place sanitizing (the `IN_PLACE` option). */
const IN_PLACE_STATE = ['IN_PLACE_VISITED', 'IN_PLACE_RETURNS'];

/** DOMPurify's lists of SVG and MathML attributes (its `svg`, `mathMl` and `xml`). */
const SVG_AND_MATHML_ATTRIBUTE_LISTS = ['svg', 'mathMl', 'xml'];

/** The identifiers under `node` that name `name` (not property names or keys). */
const referencesTo = (node: unknown, name: string): EstreeNode[] =>
  identifiersIn(node).filter((n) => n.name === name);

/** Every node under `node` (itself included) for which `test` holds. */
function nodesIn(node: unknown, test: (n: EstreeNode) => boolean, out: EstreeNode[] = []) {
  if (Array.isArray(node)) {
    for (const each of node) nodesIn(each, test, out);
    return out;
  }
  if (!node || typeof node !== 'object') return out;
  const n = node as EstreeNode;
  if (typeof n.type === 'string' && test(n)) out.push(n);
  for (const [key, value] of Object.entries(n)) if (key !== 'parent') nodesIn(value, test, out);
  return out;
}

/**
 * Builds DOMPurify with the widget's options fixed (SANITIZER_OPTIONS), so the minifier drops
 * the code of the modes the widget never turns on (template scrubbing, in-place and
 * whole-document sanitizing, XHTML parsing, string and TrustedHTML output...: about 1.9 kB
 * gzip). The widget's instance is private to render-description.ts, which always passes the
 * same options; each option's variable in `createDOMPurify()` starts at the widget's value and
 * `_parseConfig` no longer sets it (the right sides only read the copied options). The instance
 * methods no one calls go too, the SVG and MathML attribute lists are left empty (only the
 * profiles the widget does not ask for read them: about 1 kB gzip), the branches for an input
 * that is not text go (the widget passes a string), the bookkeeping of in-place sanitizing stays
 * null, and the top-level constants only the code left out used go. Refuses (warning, the
 * module left as it is) unless each variable is declared once with `let`, is set only in
 * `_parseConfig` with right sides that only read (the in-place bookkeeping: only in `_sanitize`'s
 * in-place branches, or back to its value on entry), each list is read where expected, and
 * `_sanitize` reads its input as checked.
 */
export function fixSanitizerOptions(): Plugin {
  return {
    name: 'careers-fix-sanitizer-options',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/ },
      handler(code) {
        const refuse = refusal(this, "DOMPurify's options left open", 'fixSanitizerOptions');
        const body = this.parse(code).body as unknown as EstreeNode[];
        const factory = body.find(
          (s) => s.type === 'FunctionDeclaration' && nameOf(s.id) === 'createDOMPurify',
        );
        if (!factory) return refuse('no createDOMPurify()');
        const statements = (factory.body as { body: EstreeNode[] }).body;
        const parseConfig = nodesIn(
          factory,
          (n) => n.type === 'VariableDeclarator' && nameOf(n.id) === '_parseConfig',
        )[0]?.init as EstreeNode | undefined;
        if (parseConfig?.type !== 'FunctionExpression') return refuse('no _parseConfig');
        const inParseConfig = (n: EstreeNode) =>
          n.start >= parseConfig.start && n.end <= parseConfig.end;
        // Each variable's right sides may only read: no call (but `indexOf`), write or `new`.
        const onlyReads = (n: EstreeNode) =>
          nodesIn(
            n,
            (each) =>
              /^(Assignment|Update|New|Await|Yield)Expression$/.test(each.type) ||
              (each.type === 'CallExpression' &&
                nameOf((each.callee as EstreeNode).property) !== 'indexOf'),
          ).length === 0;
        const edits: Array<[number, number, string]> = [];
        /**
         * The declarator of `let <name>` in `createDOMPurify()`'s body and every write to it, or
         * the reason it is not one variable written by `=` only.
         */
        const variable = (name: string) => {
          const declarators = statements
            .filter((s) => s.type === 'VariableDeclaration' && s.kind === 'let')
            .flatMap((s) => s.declarations as EstreeNode[])
            .filter((d) => nameOf(d.id) === name);
          const declarator = declarators[0];
          if (declarators.length !== 1 || !declarator.init) return `no single \`let ${name}\``;
          // A declaration elsewhere (parameter, inner variable) would be another variable.
          const declared = nodesIn(factory, (n) =>
            ['VariableDeclarator', 'FunctionDeclaration', 'FunctionExpression'].includes(n.type),
          ).flatMap((n) => [
            ...(n.type === 'VariableDeclarator' && n !== declarator ? [...namesIn(n.id)] : []),
            ...(n.type === 'VariableDeclarator' ? [] : [...namesIn(n.params)]),
          ]);
          if (declared.includes(name)) return `${name} is declared more than once`;
          const writes = nodesIn(factory, (n) => {
            const target = (n.left ?? n.argument) as EstreeNode | undefined;
            return /^(Assignment|Update)Expression$/.test(n.type) && target?.name === name;
          });
          if (writes.some((n) => n.type !== 'AssignmentExpression' || n.operator !== '='))
            return `${name} is changed other than by =`;
          return { init: declarator.init as EstreeNode, writes };
        };
        for (const [name, value] of Object.entries(SANITIZER_OPTIONS)) {
          const found = variable(name);
          if (typeof found === 'string') return refuse(found);
          for (const write of found.writes) {
            if (!inParseConfig(write)) return refuse(`${name} is set outside _parseConfig`);
            if (!onlyReads(write.right as EstreeNode))
              return refuse(`${name} is set to a value with side effects`);
            edits.push([write.start, write.end, 'void 0']);
          }
          edits.push([found.init.start, found.init.end, JSON.stringify(value)]);
        }
        for (const method of UNUSED_SANITIZER_METHODS) {
          const found = statements.filter((s) => {
            const expression = s.expression as EstreeNode | undefined;
            const left = expression?.left as EstreeNode | undefined;
            return (
              expression?.type === 'AssignmentExpression' &&
              nameOf(left?.object) === 'DOMPurify' &&
              nameOf(left?.property) === method &&
              (expression.right as EstreeNode).type === 'FunctionExpression'
            );
          });
          if (found.length !== 1) return refuse(`no single DOMPurify.${method}`);
          edits.push([found[0].start, found[0].end, '']);
        }
        // The SVG and MathML attribute lists are read by the SVG and MathML profiles and by the
        // default allow-list of attributes only. The widget asks for the HTML profile alone,
        // which replaces the default list with a new one (`if (USE_PROFILES) { ALLOWED_ATTR =
        // create(null); ...`) before anything reads it; the default list is then only compared
        // by identity (its three uses in DOMPurify 3.5; their number is checked): the lists are
        // left empty.
        const profiles = nodesIn(
          factory,
          (n) =>
            n.type === 'IfStatement' &&
            /^USE_PROFILES\.(svg|svgFilters|mathMl) === true$/.test(
              code.slice((n.test as EstreeNode).start, (n.test as EstreeNode).end),
            ),
        );
        const defaultList = nodesIn(
          factory,
          (n) => n.type === 'VariableDeclarator' && nameOf(n.id) === 'DEFAULT_ALLOWED_ATTR',
        );
        if (profiles.length !== 3 || defaultList.length !== 1)
          return refuse('the SVG and MathML profiles were not found');
        if (referencesTo(factory, 'DEFAULT_ALLOWED_ATTR').length !== 4)
          return refuse('the default attribute list has other uses');
        const replacesList = nodesIn(parseConfig, (n) => {
          const test = n.test as EstreeNode | undefined;
          const block = (n.consequent as EstreeNode | undefined)?.body as EstreeNode[] | undefined;
          return (
            n.type === 'IfStatement' &&
            test?.type === 'Identifier' &&
            test.name === 'USE_PROFILES' &&
            !!block?.some(
              (s) =>
                s.type === 'ExpressionStatement' &&
                code.slice(s.start, s.end) === 'ALLOWED_ATTR = create(null);',
            )
          );
        });
        if (replacesList.length !== 1)
          return refuse('the HTML profile does not replace the default list');
        const within = (n: EstreeNode, outer: EstreeNode) =>
          n.start >= outer.start && n.end <= outer.end;
        for (const name of SVG_AND_MATHML_ATTRIBUTE_LISTS) {
          const declarators = body
            .filter((s) => s.type === 'VariableDeclaration')
            .flatMap((s) => s.declarations as EstreeNode[])
            .filter((d) => nameOf(d.id) === name);
          const init = declarators[0]?.init as EstreeNode | undefined;
          const list = (init?.arguments as EstreeNode[] | undefined)?.[0];
          if (
            declarators.length !== 1 ||
            nameOf(init?.callee) !== 'freeze' ||
            list?.type !== 'ArrayExpression' ||
            !(list.elements as EstreeNode[]).every((e) => e.type === 'Literal')
          )
            return refuse(`no list ${name}`);
          const uses = referencesTo(body, name).filter((n) => n !== declarators[0].id);
          if (!uses.every((n) => within(n, defaultList[0]) || profiles.some((p) => within(n, p))))
            return refuse(`${name} is read elsewhere`);
          edits.push([list.start, list.end, '[]']);
        }
        // The widget gives its sanitizer text only (a string, in render-description.ts): the
        // branches of `_sanitize` for a DOM node or another value go.
        const sanitize = nodesIn(
          factory,
          (n) => n.type === 'VariableDeclarator' && nameOf(n.id) === '_sanitize',
        )[0]?.init as EstreeNode | undefined;
        const params = sanitize?.params as EstreeNode[] | undefined;
        if (sanitize?.type !== 'FunctionExpression' || nameOf(params?.[0]) !== 'dirty')
          return refuse('no _sanitize(dirty)');
        const notText = nodesIn(sanitize, (n) => {
          const source = code.slice(n.start, n.end);
          return (
            (n.type === 'CallExpression' && source === '_isNode(dirty)') ||
            (n.type === 'BinaryExpression' && source === 'typeof dirty !== "string"')
          );
        });
        // `dirty` stays text: set only to a string, or in the branches that go.
        const textBranches = nodesIn(
          sanitize,
          (n) =>
            n.type === 'IfStatement' && notText.some((each) => within(each, n.test as EstreeNode)),
        );
        const setsDirty = nodesIn(
          sanitize,
          (n) => n.type === 'AssignmentExpression' && nameOf(n.left) === 'dirty',
        );
        if (
          notText.length < 2 ||
          !setsDirty.every(
            (n) =>
              typeof (n.right as EstreeNode).value === 'string' ||
              textBranches.some((branch) => within(n, branch.consequent as EstreeNode)),
          )
        )
          return refuse('_sanitize reads its input differently');
        for (const n of notText) edits.push([n.start, n.end, 'false']);
        // In-place sanitizing is off (IN_PLACE), so its bookkeeping stays null: `_sanitize` sets
        // it only in the branches for in-place input (`if (inPlace)`, `inPlace` being `IN_PLACE
        // && ...`), and puts back the value it saved on entry (`const saved = <name>`).
        const inPlace = nodesIn(
          sanitize,
          (n) => n.type === 'VariableDeclarator' && nameOf(n.id) === 'inPlace',
        );
        const inPlaceInit = inPlace[0]?.init as EstreeNode | undefined;
        if (
          SANITIZER_OPTIONS.IN_PLACE !== false ||
          inPlace.length !== 1 ||
          inPlaceInit?.type !== 'LogicalExpression' ||
          inPlaceInit.operator !== '&&' ||
          !code.slice(inPlaceInit.start, inPlaceInit.end).startsWith('IN_PLACE &&')
        )
          return refuse('no `const inPlace = IN_PLACE && ...`');
        const inPlaceBranches = nodesIn(
          sanitize,
          (n) => n.type === 'IfStatement' && nameOf(n.test) === 'inPlace',
        ).map((n) => n.consequent as EstreeNode);
        for (const name of IN_PLACE_STATE) {
          const found = variable(name);
          if (typeof found === 'string') return refuse(found);
          if ((found.init as { value?: unknown }).value !== null)
            return refuse(`${name} does not start null`);
          const saved = nodesIn(
            sanitize,
            (n) => n.type === 'VariableDeclarator' && nameOf(n.init) === name,
          ).map((n) => nameOf(n.id));
          for (const write of found.writes) {
            const restores = saved.includes(nameOf(write.right));
            if (!restores && !inPlaceBranches.some((branch) => within(write, branch)))
              return refuse(`${name} is set outside in-place sanitizing`);
            edits.push([write.start, write.end, 'void 0']);
          }
        }
        // DOMPurify's top-level constants are made by `freeze`, `seal` (Object's, or the
        // identity) and `unapply` (which wraps a method): marked pure, those only the code left
        // out used go too (the bundler keeps a call it cannot prove pure).
        for (const statement of body) {
          if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
          for (const declarator of statement.declarations as EstreeNode[]) {
            const init = declarator.init as EstreeNode | null;
            if (
              init?.type === 'CallExpression' &&
              /^(freeze|seal|unapply)$/.test(nameOf(init.callee))
            )
              edits.push([init.start, init.start, '/* @__PURE__ */ ']);
          }
        }
        let out = code;
        for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
          out = out.slice(0, start) + text + out.slice(end);
        return { code: out, map: null };
      },
    },
  };
}

/**
 * marked's options as every lexer and parser in the widget reads them: marked's defaults, which
 * the description renderer passes (`getDefaults()`) and the beta.gouv.fr adapter's `Lexer.lex()`
 * falls back to (the API that could change them is left out by dropDeadLibraryCode).
 */
export const MARKDOWN_OPTIONS: Record<string, boolean | null> = {
  breaks: false,
  extensions: null,
  gfm: true,
  hooks: null,
  pedantic: false,
  silent: false,
};

/**
 * Builds marked with the widget's options fixed (MARKDOWN_OPTIONS): each read of
 * `this.options.<name>` in its lexer, tokenizer, parser and renderer becomes the value, so the
 * minifier drops the code of pedantic mode, extensions and hooks. Refuses (warning, the module
 * left as it is) if marked writes one of these options anywhere or reads none of them.
 */
export function fixMarkdownOptions(): Plugin {
  return {
    name: 'careers-fix-markdown-options',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]marked[\\/]lib[\\/]marked\.esm\.js$/ },
      handler(code) {
        const refuse = refusal(this, "marked's options left open", 'fixMarkdownOptions');
        const body = this.parse(code).body as unknown as EstreeNode[];
        // `this.options.<name>`, `<name>` one of the fixed options.
        const isFixed = (n: EstreeNode) => {
          const object = n.object as EstreeNode | undefined;
          return (
            n.type === 'MemberExpression' &&
            !n.computed &&
            nameOf(n.property) in MARKDOWN_OPTIONS &&
            object?.type === 'MemberExpression' &&
            !object.computed &&
            (object.object as EstreeNode).type === 'ThisExpression' &&
            nameOf(object.property) === 'options'
          );
        };
        const writes = nodesIn(body, (n) => {
          const target = (n.left ?? n.argument) as EstreeNode | undefined;
          return (
            /^(Assignment|Update)Expression$/.test(n.type) &&
            !!target &&
            nodesIn(target, isFixed).length > 0
          );
        });
        if (writes.length) return refuse('it writes one');
        const reads = nodesIn(body, isFixed);
        if (reads.length === 0) return refuse('it reads none');
        let out = code;
        for (const read of reads.sort((a, b) => b.start - a.start)) {
          const value = JSON.stringify(MARKDOWN_OPTIONS[nameOf(read.property)]);
          out = out.slice(0, read.start) + `(${value})` + out.slice(read.end);
        }
        return { code: out, map: null };
      },
    },
  };
}

/** The folder of the npm package a bundled module comes from, or undefined for our own code. */
function packageDir(moduleId: string): string | undefined {
  return /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(moduleId)?.[1];
}

/**
 * Bundled packages that ship no licence file of their own, and the package whose file covers
 * them: @lit-labs/ssr-dom-shim (in the Node module only) comes from the lit/lit repository,
 * whose LICENSE (BSD-3-Clause, Google LLC) is the one lit ships.
 */
export const LICENSE_FILE_OF: Record<string, string> = { '@lit-labs/ssr-dom-shim': 'lit' };

/**
 * The notices of the open-source code inside the script. A comment first in each file names
 * every bundled package, its copyright holder and licence (added after minification, which
 * drops comments); `fileName` next to them (`dist/careers-widget.LICENSES.txt` for the widget,
 * `lib/careers-feed.LICENSES.txt` for the CLI) holds their full licence texts. Both are
 * made from the modules that are really in the bundle, so a new dependency is listed without
 * anyone having to remember it; the build fails when a bundled package has no licence file.
 */
export function thirdPartyLicenses(fileName = 'careers-widget.LICENSES.txt'): Plugin {
  // One licence file for all the outputs of a build (the widget's two formats share it).
  let emitted = false;
  return {
    name: 'careers-third-party-licenses',
    apply: 'build',
    buildStart() {
      emitted = false;
    },
    generateBundle(_options, bundle) {
      const dirs = new Set<string>();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        for (const id of file.moduleIds) {
          const dir = packageDir(id);
          if (dir) dirs.add(dir);
        }
      }
      const packages = [...dirs]
        .map((dir) => {
          const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
            name: string;
            version: string;
            license: string;
            author?: string | { name: string };
          };
          const other = LICENSE_FILE_OF[meta.name];
          const from = other ? packageDir(createRequire(import.meta.url).resolve(other))! : dir;
          const file = readdirSync(from).find((name) => /^licen[cs]e(\.md|\.txt)?$/i.test(name));
          if (!file) this.error(`${meta.name} is bundled but ships no LICENSE file`);
          const text = readFileSync(join(from, file), 'utf8').trim();
          // Who holds the copyright: the licence's first Copyright line, else the author.
          const author = typeof meta.author === 'string' ? meta.author : meta.author?.name;
          const holder =
            /^copyright\b.*$/im
              .exec(text)?.[0]
              .replace(/\s*All rights reserved\.?/i, '')
              .replace(/^Copyright \(c\)/i, '(c)')
              .replace(/\s*\(https?:[^)]*\)/g, '') ??
            (author ? `(c) ${author.replace(/\s*[<(].*$/, '')}` : undefined);
          const license = meta.license.replace(/^\((.*)\)$/, '$1');
          return { name: meta.name, version: meta.version, license, text, holder };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      const own = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, string>;
      // Packages with the same licence and holder (lit's five) are named together.
      const groups = new Map<string, string[]>();
      for (const p of packages) {
        const key = [p.license, p.holder].filter(Boolean).join(', ');
        groups.set(key, [...(groups.get(key) ?? []), `${p.name} ${p.version}`]);
      }
      const banner =
        `/*! ${own.name} ${own.version} (${own.license}) with ` +
        [...groups].map(([key, names]) => `${names.join(', ')} (${key})`).join(', ') +
        `; licence texts: ${fileName} */\n`;
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = banner + file.code;
      }
      if (emitted) return;
      emitted = true;
      this.emitFile({
        type: 'asset',
        fileName,
        source:
          `Open-source software bundled in the scripts next to this file\n\n` +
          packages
            .map((p) => `${'='.repeat(72)}\n${p.name} ${p.version} (${p.license})\n\n${p.text}\n`)
            .join('\n'),
      });
    },
  };
}

/**
 * Writes every character outside ASCII as a `\uXXXX` escape, after minification, so the shipped
 * scripts are pure ASCII. A browser reads a script served without a charset in the encoding of
 * the page that loads it: on a legacy windows-1252 or ISO-8859-1 page, UTF-8 bytes would turn
 * the French UI into mojibake and break the regular expressions that hold accented letters (the
 * script would throw). The escapes mean the same in strings, templates, regular expressions,
 * identifiers and comments, which are the only places these characters stand.
 */
export function asciiOnly(): Plugin {
  return {
    name: 'careers-ascii-only',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        // After a backslash (`"\é"`) the escape would read as text: the only case it changes.
        const escaped = /(?<!\\)(?:\\\\)*\\[^\0-\x7f]/.exec(file.code);
        if (escaped) this.error(`${file.fileName}: a backslash before "${escaped[0]}"`);
        file.code = file.code.replace(
          /[^\0-\x7f]/g,
          (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
      }
    },
  };
}
