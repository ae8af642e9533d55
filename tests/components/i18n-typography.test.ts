// French typography of the interface's own strings: a no-break space before the two-part
// punctuation (`:`, `;`, `?`, `!`), so a narrow screen never starts a line with it.
import { expect } from '@open-wc/testing';
import { fr } from '../../src/i18n/fr.js';

/** Every string the French interface can show, functions called with sample arguments. */
function strings(value: unknown, path: string, out: Array<[string, string]>) {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    for (const args of [[0], [1], [3], ['x', 2], ['http', 500], ['not-json', 200]]) {
      strings((value as (...a: unknown[]) => unknown)(...args), `${path}(${args})`, out);
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) strings(item, `${path}.${key}`, out);
  }
}

describe('French interface strings', () => {
  it('put a no-break space, never a plain one, before : ; ? and !', () => {
    const all: Array<[string, string]> = [];
    // The subject of an e-mail is not laid out by us: a plain space is the safer there.
    strings({ ...fr, applySubject: undefined }, 'fr', all);
    expect(all.length).to.be.greaterThan(50);
    const plain = all
      .filter(([, text]) => / [:;?!]/.test(text))
      .map(([path, text]) => `${path}: ${text}`);
    expect(plain).to.deep.equal([]);
    // And the ones that need it have it.
    expect(all.filter(([, text]) => /\u00a0:/.test(text)).length).to.be.greaterThan(2);
  });
});
