// Loaded before every browser test file (web-test-runner.config.mjs, testRunnerHtml).
//
// Why: web-test-runner sends each failed test's error to Node with `structuredClone`, which
// throws on a DOM node (or a function). A failing `expect(deepActiveElement()).to.equal(link)`
// left the node in the AssertionError's `actual`/`expected`, so the page never reported back
// and the whole file ended in a testsFinishTimeout with no result. Here every failing chai
// assertion that involves a DOM node gets a short description of it in the message and in
// `actual`/`expected` instead (tag, id, part, class, text, and the shadow hosts around it).

// The side-effect-free entry: this module runs before mocha defines its globals, and the main
// entry registers the fixture cleanup with `afterEach` only if that global exists when it loads.
// It exports the same chai instance as the main entry; its typings just leave `chai` out.
import * as pure from '@open-wc/testing/pure';

const { chai } = pure as unknown as { chai: Chai.ChaiStatic };

const TEXT_MAX = 40;
const ATTRIBUTES = ['id', 'part', 'class', 'name', 'type', 'role', 'href'];

function trim(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > TEXT_MAX ? `${flat.slice(0, TEXT_MAX - 1)}…` : flat;
}

/** A link back into the test page (routing) reads as its hash, another local one as its path. */
function shortHref(href: string): string {
  let url: URL;
  try {
    url = new URL(href, location.href);
  } catch {
    return href;
  }
  if (url.origin !== location.origin) return href;
  const page = location.pathname + location.search;
  return url.pathname + url.search === page
    ? url.hash || '#'
    : url.pathname + url.search + url.hash;
}

function tag(element: Element): string {
  const attributes = ATTRIBUTES.filter((name) => element.hasAttribute(name)).map((name) => {
    const value = element.getAttribute(name)!;
    return ` ${name}="${trim(name === 'href' ? shortHref(value) : value)}"`;
  });
  return `<${element.localName}${attributes.join('')}>`;
}

function ownDescription(node: Node): string {
  if (node instanceof Element) {
    const text = trim(node.textContent ?? '');
    return text ? `${tag(node)} "${text}"` : tag(node);
  }
  if (node instanceof ShadowRoot) return '#shadow-root';
  if (node instanceof Text) return `#text "${trim(node.data)}"`;
  if (node instanceof Comment) return `<!--${trim(node.data)}-->`;
  return node.nodeName.toLowerCase();
}

/** A one-line description of a node: itself, then each shadow host it lives in. */
function describeNode(node: Node): string {
  const parts = [ownDescription(node)];
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    parts.push(tag(root.host));
    root = root.host.getRootNode();
  }
  if (root !== document) parts.push('a detached tree');
  return parts.join(' in ');
}

const isNodeList = (value: unknown): value is ArrayLike<unknown> =>
  Array.isArray(value) || value instanceof NodeList || value instanceof HTMLCollection;

/** Whether a value is a node or a list holding one (what chai would otherwise print raw). */
function holdsNode(value: unknown): boolean {
  if (value instanceof Node) return true;
  return isNodeList(value) && Array.from(value).some((item) => item instanceof Node);
}

function display(value: unknown): string {
  if (value instanceof Node) return describeNode(value);
  if (isNodeList(value)) return `[ ${Array.from(value, display).join(', ')} ]`;
  return chai.util.inspect(value);
}

/** Stands in for a node in chai's message: chai prints an object's own `inspect()`. */
class Described {
  constructor(public text: string) {}
  inspect(): string {
    return this.text;
  }
  // Not "[object Object]", which chai would shorten to "{ Object (text) }" past 40 characters.
  get [Symbol.toStringTag](): string {
    return 'Node';
  }
}

/** Whether the runner can send this value to Node (it uses structuredClone). */
function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/** The value as the runner will send it: a description instead of anything it cannot clone. */
function sendable(value: unknown): unknown {
  if (value instanceof Described) return value.text;
  return cloneable(value) ? value : display(value);
}

type AssertArgs = [expr: unknown, msg?: unknown, negateMsg?: unknown, ...values: unknown[]];
const prototype = chai.Assertion.prototype as unknown as {
  assert(this: object, ...args: AssertArgs): void;
};
const assert = prototype.assert;
const { flag } = chai.util;

prototype.assert = function (this: object, ...args: AssertArgs) {
  const passed = flag(this, 'negate') ? !args[0] : !!args[0];
  if (passed) return assert.apply(this, args);
  const object: unknown = flag(this, 'object');
  // args[3] is the expected value, args[4] (when given) the actual one.
  const values = args.slice(3);
  const involved = [object, ...values].filter(holdsNode);
  const described = new Map(involved.map((value) => [value, new Described(display(value))]));
  sameLooking([...described].filter(([value]) => value instanceof Node) as [Node, Described][]);
  const standIn = (value: unknown) => described.get(value) ?? value;
  flag(this, 'object', standIn(object));
  try {
    assert.call(this, args[0], args[1], args[2], ...values.map(standIn));
  } catch (error) {
    if (error instanceof chai.AssertionError) {
      const fields = error as unknown as { actual: unknown; expected: unknown };
      fields.actual = sendable(fields.actual);
      fields.expected = sendable(fields.expected);
    }
    throw error;
  } finally {
    flag(this, 'object', object);
  }
};

/** Two different nodes that read the same: tell them apart by their place among siblings. */
function sameLooking(entries: [Node, Described][]): void {
  const twins = entries.filter(([node, entry]) =>
    entries.some(([other, { text }]) => other !== node && text === entry.text),
  );
  for (const [node, entry] of twins) {
    const parent = node.parentNode;
    if (!parent) continue;
    const siblings = node instanceof Element ? parent.children : parent.childNodes;
    const index = Array.prototype.indexOf.call(siblings, node) + 1;
    entry.text += ` (child ${index} of ${siblings.length})`;
  }
}
