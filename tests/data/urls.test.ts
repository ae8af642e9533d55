import { expect } from '@open-wc/testing';
import { mailtoUrl, safeEmail, safeHttpUrl } from '../../src/data/urls.js';

const BASE = 'https://feeds.example/team/jobs.json';

describe('safeHttpUrl', () => {
  it('keeps plain http URLs as well as https ones', () => {
    expect(safeHttpUrl('http://jobs.example/a')).to.equal('http://jobs.example/a');
    expect(safeHttpUrl('https://jobs.example/a')).to.equal('https://jobs.example/a');
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'jav\tascript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
      'ftp://files.example/a',
      'mailto:jobs@team.example',
    ]) {
      expect(safeHttpUrl(value), value).to.equal(undefined);
      expect(safeHttpUrl(value, BASE), `${value} with a base`).to.equal(undefined);
    }
  });

  it('refuses a value that is not a string, even when a base would resolve it', () => {
    for (const value of [42, true, ['a'], { href: 'https://jobs.example/' }]) {
      expect(safeHttpUrl(value, BASE), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('refuses an empty or blank URL instead of resolving it to the base', () => {
    expect(safeHttpUrl('', BASE)).to.equal(undefined);
    expect(safeHttpUrl('   ', BASE)).to.equal(undefined);
  });

  it('accepts a URL of 8192 characters and refuses a longer one', () => {
    const prefix = 'https://jobs.example/';
    const at = prefix + 'a'.repeat(8192 - prefix.length);
    expect(safeHttpUrl(at)).to.equal(at);
    expect(safeHttpUrl(`${at}b`)).to.equal(undefined);
  });

  it('resolves a relative URL against the base, never without one', () => {
    expect(safeHttpUrl('offres/a.html', BASE)).to.equal('https://feeds.example/team/offres/a.html');
    expect(safeHttpUrl('offres/a.html')).to.equal(undefined);
  });
});

describe('safeEmail', () => {
  it('reads an address written with a mailto: prefix in any case', () => {
    expect(safeEmail('mailto:jobs@team.example')).to.equal('jobs@team.example');
    expect(safeEmail('MailTo:jobs@team.example')).to.equal('jobs@team.example');
  });

  it('accepts an address of 320 characters and refuses a longer one', () => {
    const domain = '@team.example';
    const local = 'a'.repeat(320 - domain.length);
    expect(safeEmail(local + domain)).to.equal(local + domain);
    expect(safeEmail(`b${local}${domain}`)).to.equal(undefined);
  });

  it('refuses addresses with markup, spaces, quotes or URL delimiters in them', () => {
    for (const value of [
      'a<b@team.example',
      'a>b@team.example',
      'a b@team.example',
      'a"b@team.example',
      "a'b@team.example",
      'a?b@team.example',
      'a&b@team.example',
      'a#b@team.example',
      'a/b@team.example',
      'a%b@team.example',
    ]) {
      expect(safeEmail(value), value).to.equal(undefined);
    }
  });

  it('requires a dotted domain with a TLD of two letters or more', () => {
    expect(safeEmail('jobs@localhost')).to.equal(undefined);
    expect(safeEmail('jobs@team.e')).to.equal(undefined);
    expect(safeEmail('jobs@-team.example')).to.equal(undefined);
    expect(safeEmail('jobs@équipe.example')).to.equal('jobs@équipe.example');
  });

  it('refuses an address with text before or after it', () => {
    expect(safeEmail('<jobs@team.example')).to.equal(undefined);
    expect(safeEmail('x: jobs@team.example')).to.equal(undefined);
    expect(safeEmail('jobs@team.example>')).to.equal(undefined);
    expect(safeEmail('jobs@team.example?subject=x')).to.equal(undefined);
  });
});

describe('mailtoUrl', () => {
  it('is undefined when the address is not one', () => {
    expect(mailtoUrl('not an address')).to.equal(undefined);
    expect(mailtoUrl(undefined, 'Subject')).to.equal(undefined);
  });

  it('adds the subject, encoded, when there is one', () => {
    expect(mailtoUrl('jobs@team.example')).to.equal('mailto:jobs@team.example');
    expect(mailtoUrl('jobs@team.example', 'Dev & ops?')).to.equal(
      'mailto:jobs@team.example?subject=Dev%20%26%20ops%3F',
    );
  });
});
