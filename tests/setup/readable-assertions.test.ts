// Self-test of tests/setup/readable-assertions.ts, which web-test-runner loads before each file.
import { chai, expect, fixture, html } from '@open-wc/testing';

/** The AssertionError that `assertion` throws (checked without handing a node to chai). */
function failure(
  assertion: () => void,
): Chai.AssertionError & { actual: unknown; expected: unknown } {
  try {
    assertion();
  } catch (error) {
    if (error instanceof chai.AssertionError) return error as never;
    throw error;
  }
  throw new Error('the assertion passed');
}

/** What web-test-runner does with a failed test's error before sending it to Node. */
function sendable({ actual, expected }: { actual: unknown; expected: unknown }): boolean {
  try {
    structuredClone({ actual, expected });
    return true;
  } catch {
    return false;
  }
}

/** A host with a shadow root holding a host with a shadow root holding two links. */
async function nested() {
  const outer = await fixture<HTMLElement>(html`<section id="outer"></section>`);
  const inner = document.createElement('article');
  inner.setAttribute('part', 'card');
  outer.attachShadow({ mode: 'open' }).append(inner);
  inner.attachShadow({ mode: 'open' }).innerHTML = `
    <a part="link" class="title big" href="#job=one">  First
      posting </a>
    <a part="link" class="title" href="https://jobs.example.org/two">Second posting</a>`;
  const [first, second] = inner.shadowRoot!.querySelectorAll('a');
  return { outer, inner, first, second };
}

describe('readable assertions on DOM nodes (test setup)', () => {
  it('two different elements in shadow roots: the message names both, with their hosts', async () => {
    const { first, second } = await nested();
    const error = failure(() => expect(first).to.equal(second));
    expect(error.message).to.equal(
      'expected <a part="link" class="title big" href="#job=one"> "First posting" in ' +
        '<article part="card"> in <section id="outer"> to equal ' +
        '<a part="link" class="title" href="https://jobs.example.org/two"> "Second posting" in ' +
        '<article part="card"> in <section id="outer">',
    );
  });

  it('the error carries descriptions, not live nodes, so the runner can send it', async () => {
    const { first, second } = await nested();
    const error = failure(() => expect(first).to.equal(second));
    expect(error.actual instanceof Node, 'actual is a node').to.equal(false);
    expect(error.expected instanceof Node, 'expected is a node').to.equal(false);
    expect(String(error.actual)).to.match(/^<a part="link" class="title big".* in <section/);
    expect(String(error.expected)).to.match(/^<a part="link" class="title" .*"Second posting"/);
    expect(sendable(error), 'structuredClone of actual and expected').to.equal(true);
  });

  it('keeps the custom message and the negation', async () => {
    const { first, second } = await nested();
    const custom = failure(() => expect(first, 'focus on the second card').to.equal(second));
    expect(custom.message.startsWith('focus on the second card: expected <a part="link"')).to.equal(
      true,
    );
    const negated = failure(() => expect(first).to.not.equal(first));
    expect(negated.message).to.match(/^expected <a [^>]*> "First posting" in .* to not equal <a /);
    expect(sendable(negated)).to.equal(true);
  });

  it('an element against null, and assertions with no expected value', async () => {
    const { first } = await nested();
    const againstNull = failure(() => expect(first).to.equal(null));
    expect(againstNull.message).to.match(/^expected <a .*"First posting" .* to equal null$/);
    expect(againstNull.expected).to.equal(null);
    // chai puts the asserted node itself in `actual` when the assertion passes none (chai-dom).
    const noClass = failure(() => expect(first).to.have.class('missing'));
    expect(noClass.message).to.include('to have class');
    expect(sendable(noClass)).to.equal(true);
    expect(sendable(failure(() => expect(first).to.be.null))).to.equal(true);
  });

  it('lists of nodes are described item by item', async () => {
    const { first, second, inner } = await nested();
    const error = failure(() => expect([first]).to.include(second));
    expect(error.message).to.include('[ <a part="link" class="title big"');
    expect(error.message).to.include('include <a part="link" class="title" ');
    expect(sendable(error)).to.equal(true);
    const links = inner.shadowRoot!.querySelectorAll('a');
    expect(sendable(failure(() => expect(links).to.have.length(3)))).to.equal(true);
  });

  it('two elements that read the same are told apart by their place', async () => {
    const list = await fixture<HTMLElement>(
      html`<ul>
        <li>Same</li>
        <li>Same</li>
      </ul>`,
    );
    const [one, two] = list.querySelectorAll('li');
    const error = failure(() => expect(one).to.equal(two));
    expect(error.message).to.equal(
      'expected <li> "Same" (child 1 of 2) to equal <li> "Same" (child 2 of 2)',
    );
  });

  it('detached nodes, text nodes, shadow roots and the document', async () => {
    const { inner } = await nested();
    const detached = document.createElement('p');
    expect(failure(() => expect(detached).to.equal(document)).message).to.equal(
      'expected <p> in a detached tree to equal #document',
    );
    const text = inner.shadowRoot!.querySelector('a')!.firstChild!;
    expect(failure(() => expect(text).to.equal(inner.shadowRoot)).message).to.equal(
      'expected #text "First posting" in <article part="card"> in <section id="outer"> ' +
        'to equal #shadow-root in <article part="card"> in <section id="outer">',
    );
  });

  it('other values the runner cannot send (functions) become their printed form', () => {
    const error = failure(() => expect(function one() {}).to.equal(function two() {}));
    // Compared as printed text: a failing check must not hand chai a function either.
    expect(sendable(error)).to.equal(true);
    expect(`${typeof error.actual}: ${String(error.actual)}`).to.equal('string: [Function: one]');
    expect(`${typeof error.expected}: ${String(error.expected)}`).to.equal(
      'string: [Function: two]',
    );
  });

  it('passing assertions on nodes still pass, and other failures are untouched', async () => {
    const { first, second } = await nested();
    expect(first).to.equal(first);
    expect(first).to.not.equal(second);
    expect([first, second]).to.include(second);
    const numbers = failure(() => expect(1).to.equal(2));
    expect([numbers.message, numbers.actual, numbers.expected]).to.deep.equal([
      'expected 1 to equal 2',
      1,
      2,
    ]);
  });

  it('loading the setup before mocha leaves the fixture cleanup working', () => {
    // Every test above made a fixture with this section; each was removed after its test.
    expect(document.querySelectorAll('section#outer').length).to.equal(0);
  });
});
