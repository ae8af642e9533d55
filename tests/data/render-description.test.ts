import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import {
  TRUSTED_TYPES_POLICY_NAME,
  renderDescription,
  renderDescriptionFragment,
  renderDescriptionTrusted,
} from '../../src/data/render-description.js';
import type { Job } from '../../src/data/job.js';
import { expectSafeHtml } from './safe-html.js';

const job = (fields: Partial<Job>): Job => ({
  id: 'j',
  title: 'T',
  locations: [],
  tags: [],
  open: true,
  url: 'https://team.example/jobs/dev',
  ...fields,
});

const render = (fields: Partial<Job>, headingLevel = 3) => {
  const html = renderDescription(job(fields), { headingLevel });
  expectSafeHtml(html);
  const template = document.createElement('template');
  template.innerHTML = html;
  return { html, root: template.content };
};

const headings = (root: DocumentFragment) =>
  [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (h) => `${h.localName}:${h.textContent}`,
  );

describe('renderDescription', () => {
  it('renders Markdown (GFM) and keeps safe raw HTML', () => {
    const { root } = render({
      description:
        '**gras** et __gras__\n\n- un\n- deux\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nligne<br/>suite <b>b</b>&nbsp;fin',
    });
    expect(root.querySelectorAll('strong')).to.have.length(2);
    expect(root.querySelectorAll('li')).to.have.length(2);
    expect(root.querySelector('table td')?.textContent).to.equal('1');
    expect(root.querySelector('br')).to.not.equal(null);
    expect(root.querySelector('b')?.textContent).to.equal('b');
  });

  it('prefers descriptionHtml over description', () => {
    const { root } = render({ description: 'markdown', descriptionHtml: '<p>html</p>' });
    expect(root.textContent?.trim()).to.equal('html');
  });

  it('shifts headings below the title level and keeps their order, setext ones too', () => {
    const text = '# Un\n\n## Deux\n\n#### Quatre\n\nTrois\n=====\n\nCinq\n----\n';
    expect(headings(render({ description: text }, 2).root)).to.deep.equal([
      'h3:Un',
      'h4:Deux',
      'h5:Quatre',
      'h3:Trois',
      'h4:Cinq',
    ]);
    expect(headings(render({ description: '### Bas\n\n#### Plus bas' }, 2).root)).to.deep.equal([
      'h3:Bas',
      'h4:Plus bas',
    ]);
    expect(headings(render({ description: '# A\n\n### C' }, 5).root)).to.deep.equal([
      'h6:A',
      'h6:C',
    ]);
  });

  it('never skips a heading level, even where the author did', () => {
    // A title, a sub-section written one level too deep, then the sections it belongs with.
    const skipped = '# Nous rejoindre\n\n### Le poste\n\n## Qui sommes-nous\n\n## Le profil';
    expect(headings(render({ description: skipped }).root)).to.deep.equal([
      'h4:Nous rejoindre',
      'h5:Le poste',
      'h5:Qui sommes-nous',
      'h5:Le profil',
    ]);
    // `##` sections with `####` details: the details sit one level below, not two.
    const deep = '## Contexte\n\n#### Produit\n\n#### Équipe\n\n## Modalités\n\n#### Contrat';
    expect(headings(render({ description: deep }).root)).to.deep.equal([
      'h4:Contexte',
      'h5:Produit',
      'h5:Équipe',
      'h4:Modalités',
      'h5:Contrat',
    ]);
    // Levels past h6 all stay h6 (the bottom); a later higher heading climbs back.
    const bottom = '# A\n\n## B\n\n### C\n\n#### D\n\n## E';
    expect(headings(render({ description: bottom }, 4).root)).to.deep.equal([
      'h5:A',
      'h6:B',
      'h6:C',
      'h6:D',
      'h6:E',
    ]);
  });

  it('drops paragraphs with nothing to read: spacers, and what a dropped image leaves', () => {
    const { root } = render({
      description:
        'Avant\n\n<p></p>\n\n<p>&nbsp;</p>\n\n&nbsp;\n\n<p><br></p>\n\n![](data:image/png;base64,AAAA)\n\n[](mailto:rh@team.example)\n\n![Logo](https://team.example/logo.png)\n\nAprès',
    });
    const paragraphs = [...root.querySelectorAll('p')];
    expect(paragraphs.map((p) => p.textContent)).to.deep.equal([
      'Avant',
      'rh@team.example',
      '',
      'Après',
    ]);
    expect(paragraphs[2].querySelector('img')?.getAttribute('alt')).to.equal('Logo');
  });

  it('resolves relative links against the posting URL, then the feed URL, else drops them', () => {
    expect(
      render({ description: '[a](/apply)' }).root.querySelector('a')?.getAttribute('href'),
    ).to.equal('https://team.example/apply');
    const fromSource = render({
      url: undefined,
      source: 'https://feeds.example/f.json',
      description: '[a](x.html)',
    });
    expect(fromSource.root.querySelector('a')?.getAttribute('href')).to.equal(
      'https://feeds.example/x.html',
    );
    const none = render({ url: undefined, description: '[a](x.html)' });
    expect(none.root.querySelector('a')?.hasAttribute('href')).to.equal(false);
    expect(none.root.textContent).to.contain('a');
  });

  it('marks external links noopener noreferrer and keeps no target', () => {
    const { root } = render({ descriptionHtml: '<a target=_blank href="https://x.example">x</a>' });
    const link = root.querySelector('a')!;
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.hasAttribute('target')).to.equal(false);
  });

  it('links bare e-mails and URLs, fills empty links, keeps mailto queries', () => {
    const { root } = render({
      description:
        'Écrire à jane@team.example ou https://team.example/a.\n\n[](mailto:bob@team.example)\n\n(<mailto:rh@team.example?cc=boss@team.example&subject=Candidature%20dev>)\n\n`code@team.example`',
    });
    const links = [...root.querySelectorAll('a')].map((a) => [
      a.getAttribute('href'),
      a.textContent,
    ]);
    expect(links).to.deep.include(['mailto:jane@team.example', 'jane@team.example']);
    expect(links).to.deep.include(['https://team.example/a', 'https://team.example/a']);
    expect(links).to.deep.include(['mailto:bob@team.example', 'bob@team.example']);
    expect(links.map((l) => l[0])).to.include(
      'mailto:rh@team.example?cc=boss@team.example&subject=Candidature%20dev',
    );
    expect(links).to.deep.include(['mailto:code@team.example', 'code@team.example']);
  });

  it('links bare e-mails in HTML descriptions too', () => {
    const { root } = render({ descriptionHtml: '<p>Contact : rh@team.example</p>' });
    expect(root.querySelector('a')?.getAttribute('href')).to.equal('mailto:rh@team.example');
  });

  it('loads images lazily without referrer, http(s) only', () => {
    const { root } = render({
      descriptionHtml:
        '<img src="/logo.png" width="40"><img src="data:image/png;base64,AAAA" alt="d"><img src="javascript:alert(1)">',
    });
    const images = root.querySelectorAll('img');
    expect(images).to.have.length(1);
    expect(images[0].getAttribute('src')).to.equal('https://team.example/logo.png');
    expect(images[0].getAttribute('loading')).to.equal('lazy');
    expect(images[0].getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(images[0].getAttribute('alt')).to.equal('');
  });

  it('drops styles, forms, iframes and comments; <!--more--> is harmless', () => {
    const { html, root } = render({
      description:
        'Intro\n\n<!--more-->\n\n<!--StartFragment--><p style="color:red">rouge</p><form action="https://x.example"><input name="q"><button>go</button></form><iframe src="https://x.example"></iframe>',
    });
    expect(html).not.to.contain('<!--');
    expect(html).not.to.contain('style');
    expect(root.querySelector('form, input, button, iframe')).to.equal(null);
    expect(root.textContent).to.contain('rouge');
  });

  it('drops a style attribute the pre-parse cut misses (no space before it)', () => {
    const { html, root } = render({ descriptionHtml: '<p/style="color:red">rouge</p>' });
    expect(html).not.to.contain('style');
    expect(root.textContent).to.equal('rouge');
  });

  it('lets the keyboard reach tables and code blocks, which scroll when wider than the text', () => {
    const { root } = render({
      description: '| a | b |\n| --- | --- |\n| 1 | 2 |\n\n```\ncode\n```\n\nTexte.',
    });
    expect(
      [...root.querySelectorAll('table, pre')].map((block) => block.getAttribute('tabindex')),
    ).to.deep.equal(['0', '0']);
    expect(root.querySelector('p')!.hasAttribute('tabindex')).to.equal(false);
  });

  it('drops ids, names, tabindex, ping, srcset and data attributes', () => {
    const { root } = render({
      descriptionHtml:
        '<h2 id="top">A</h2><p tabindex="0" data-x="1">B</p><a href="https://x.example/" ping="https://track.example/" name="n">C</a><img src="https://x.example/i.png" srcset="https://track.example/i.png 2x" alt="i">',
    });
    const attributes = [...root.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => `${el.localName}[${a.name}]`),
    );
    expect(attributes).to.deep.equal([
      'a[href]',
      'a[rel]',
      'img[src]',
      'img[alt]',
      'img[loading]',
      'img[referrerpolicy]',
      'img[decoding]',
    ]);
  });

  it('embeds nothing and changes nothing of the page: no frame, object, base, link or meta', () => {
    // What DOMPurify's HTML profile leaves out, which the widget's own lists no longer repeat.
    const { root } = render({
      descriptionHtml:
        '<iframe src="https://x.example/"></iframe><frameset><frame src="https://x.example/"></frameset><object data="https://x.example/o"></object><embed src="https://x.example/e"><base href="https://x.example/"><link rel="stylesheet" href="https://x.example/s.css"><meta http-equiv="refresh" content="0;url=https://x.example/"><svg><a xlink:href="https://x.example/">s</a></svg><math><mi>m</mi></math><p>reste</p>',
    });
    expect(
      root.querySelector('iframe, frame, frameset, object, embed, base, link, meta, svg, math'),
    ).to.equal(null);
    expect(root.textContent).to.contain('reste');
  });

  it('keeps no attribute that opens, pings, describes elsewhere or grabs focus', () => {
    const { root } = render({
      descriptionHtml:
        '<a href="https://x.example/" target="_blank" ping="https://track.example/">a</a><img src="https://x.example/i.png" alt="i" longdesc="https://x.example/d"><p autofocus formaction="https://x.example/f" action="https://x.example/a">p</p>',
    });
    const attributes = [...root.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => a.name),
    );
    for (const name of ['target', 'ping', 'longdesc', 'autofocus', 'formaction', 'action']) {
      expect(attributes, name).not.to.include(name);
    }
  });

  it('keeps an href only on links, a src only on images, and no cite', () => {
    const { root } = render({
      descriptionHtml:
        '<p href="https://x.example/" src="https://x.example/i.png">p</p><blockquote cite="https://x.example/">q</blockquote><map><area href="https://x.example/area" alt="zone"></map>',
    });
    expect(root.querySelector('p')!.attributes).to.have.length(0);
    expect(root.querySelector('blockquote')!.attributes).to.have.length(0);
    const area = root.querySelector('area')!;
    expect(area.getAttribute('href')).to.equal('https://x.example/area');
    expect(area.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('refuses every href that is not http(s) or mailto, even one DOMPurify lets through', () => {
    const { root } = render({
      descriptionHtml:
        '<a href="c2:payload">a</a><map><area href="c2:payload" alt="b"></map><img src="mailto:rh@team.example" alt="c">',
    });
    expect(root.querySelector('a')!.hasAttribute('href')).to.equal(false);
    expect(root.querySelector('area')!.hasAttribute('href')).to.equal(false);
    expect(root.querySelector('img')).to.equal(null);
  });

  it('keeps a mailto link only when every address in it is one, its query encoded', () => {
    const { root } = render({
      descriptionHtml:
        '<a href="mailto:rh@team.example,oops">a</a><a href="mailto:not an address">b</a><a href="mailto:rh@team.example?subject=a b&quot;c">c</a><a href="mai\tlto:rh@team.example">d</a>',
    });
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([
      null,
      null,
      'mailto:rh@team.example?subject=a%20b%22c',
      'mailto:rh@team.example',
    ]);
  });

  it('links bare URLs of HTML text without their closing punctuation, outside <pre>, noopener', () => {
    const { root } = render({
      descriptionHtml:
        '<p>Voir https://team.example/a. Ou https://[bad et a%b@team.example</p><pre>https://team.example/code</pre>',
    });
    const links = [...root.querySelectorAll('a')].map((a) => [
      a.getAttribute('href'),
      a.getAttribute('rel'),
      a.textContent,
    ]);
    expect(links).to.deep.equal([
      ['https://team.example/a', 'noopener noreferrer', 'https://team.example/a'],
    ]);
    expect(root.querySelector('p')!.textContent).to.contain('https://[bad et a%b@team.example');
  });

  it('puts headings below an h3 title when no level is given, and keeps an asked level within 1 to 6', () => {
    const source = '# Missions\n\n## Profil';
    expect(headings(render({ description: source }).root)).to.deep.equal([
      'h4:Missions',
      'h5:Profil',
    ]);
    const shown = (headingLevel?: number) =>
      renderDescription(job({ description: source }), { headingLevel });
    expect(shown()).to.equal('<h4>Missions</h4>\n<h5>Profil</h5>\n');
    expect(shown(Number.NaN)).to.equal(shown());
    expect(shown(0)).to.equal(shown());
    expect(shown(-4)).to.equal('<h2>Missions</h2>\n<h3>Profil</h3>\n');
    expect(shown(9)).to.equal('<h6>Missions</h6>\n<h6>Profil</h6>\n');
  });

  it('drops form, media, dialog and template elements, whatever DOMPurify would allow', () => {
    const tags = [
      'style',
      'form',
      'input',
      'button',
      'select',
      'option',
      'optgroup',
      'textarea',
      'label',
      'fieldset',
      'video',
      'audio',
      'source',
      'track',
      'picture',
      'dialog',
      'template',
    ];
    for (const tag of tags) {
      const { root } = render({ descriptionHtml: `<p>avant</p><${tag} open>dedans</${tag}>` });
      expect(root.querySelector(tag), tag).to.equal(null);
      expect(root.textContent, tag).to.contain('avant');
    }
  });

  it('keeps no rel on a mailto: link, whatever the source wrote', () => {
    const { root } = render({
      descriptionHtml: '<a href="mailto:rh@team.example" rel="opener">Écrire</a>',
    });
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('mailto:rh@team.example');
    expect(link.hasAttribute('rel')).to.equal(false);
  });

  it('renders one posting at each heading level asked, not the first one cached', () => {
    const posting = job({ description: '# Missions' });
    expect(renderDescription(posting, { headingLevel: 2 }).trim()).to.equal('<h3>Missions</h3>');
    expect(renderDescription(posting, { headingLevel: 4 }).trim()).to.equal('<h5>Missions</h5>');
  });

  it('resolves relative links against the feed URL when the posting URL is not one', () => {
    const { root } = render({
      url: 'not a url',
      source: 'https://feeds.example/team/jobs.json',
      descriptionHtml: '<a href="offres/a.html">a</a>',
    });
    expect(root.querySelector('a')!.getAttribute('href')).to.equal(
      'https://feeds.example/team/offres/a.html',
    );
  });

  it('cuts inline styles before parsing, so a strict CSP reports no violation', async () => {
    const frame = document.createElement('iframe');
    const module = new URL('../../src/data/render-description.ts', import.meta.url).href;
    frame.srcdoc = `<!doctype html>
<meta http-equiv="Content-Security-Policy" content="style-src-attr 'none'">
<script type="module">
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
  const { renderDescription } = await import(${JSON.stringify(module)});
  const html = renderDescription({ id: 'a', title: 'A', locations: [], tags: [], open: true,
    descriptionHtml: '<p style="color:red">rouge</p><span style = \\'x\\'>s</span>' });
  setTimeout(() => parent.postMessage({ cspReport: { html, violations } }, '*'), 200);
</script>`;
    const answer = new Promise<{ html: string; violations: string[] }>((resolve) => {
      const listener = (event: MessageEvent) => {
        if (event.data?.cspReport) {
          window.removeEventListener('message', listener);
          resolve(event.data.cspReport);
        }
      };
      window.addEventListener('message', listener);
    });
    document.body.append(frame);
    try {
      const { html, violations } = await answer;
      expect(html).to.contain('rouge');
      expect(html).not.to.contain('style');
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('links addresses in huge hostile text without stalling', () => {
    const long = `${'a'.repeat(200_000)} ${'a.'.repeat(50_000)}@ ${'x@'.repeat(50_000)} https://${'h'.repeat(10_000)}`;
    const { root } = render({ descriptionHtml: `<p>${long} rh@team.example</p>` });
    expect(root.querySelector('a[href="mailto:rh@team.example"]')).to.not.equal(null);
  });

  it('returns an empty string when there is no text', () => {
    expect(renderDescription(job({}))).to.equal('');
  });

  it('leaves the page’s global DOMPurify untouched', () => {
    expect(DOMPurify.sanitize('<a href="/x" target="_blank">x</a>')).to.equal('<a href="/x">x</a>');
    expect(DOMPurify.sanitize('<p style="color:red">x</p>')).to.contain('style');
  });
});

describe('renderDescriptionFragment', () => {
  it('gives the same sanitized content as nodes of this document, a fresh copy each time', () => {
    const posting = job({
      description: '# Rôle\n\n**Écrire** à rh@team.example\n\n<img src=x onerror="alert(1)">',
    });
    const first = renderDescriptionFragment(posting, { headingLevel: 2 });
    const second = renderDescriptionFragment(posting, { headingLevel: 2 });
    expect(first).to.not.equal(second);
    expect(first.ownerDocument).to.equal(document);
    const container = document.createElement('div');
    container.append(first);
    expect(container.innerHTML).to.equal(renderDescription(posting, { headingLevel: 2 }));
    expectSafeHtml(container.innerHTML);
    expect(container.querySelector('h3')!.textContent).to.equal('Rôle');
    expect(container.querySelector('a[href="mailto:rh@team.example"]')).to.not.equal(null);
    expect(second.childNodes.length).to.be.greaterThan(0);
  });

  it('is empty when there is no text', () => {
    expect(renderDescriptionFragment(job({})).childNodes.length).to.equal(0);
  });
});

describe('renderDescriptionTrusted', () => {
  it('returns TrustedHTML from the careers-widget policy where Trusted Types exist', () => {
    const value = renderDescriptionTrusted(job({ description: '*x*' }));
    expect(window.trustedTypes?.isHTML(value)).to.equal(true);
    expect(String(value)).to.equal('<p><em>x</em></p>\n');
  });

  it('works on a page that enforces Trusted Types with only its own policy allowed', async () => {
    const frame = document.createElement('iframe');
    const module = new URL('../../src/data/render-description.ts', import.meta.url).href;
    const normalizer = new URL('../../src/data/normalize.ts', import.meta.url).href;
    frame.srcdoc = `<!doctype html>
<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${TRUSTED_TYPES_POLICY_NAME}">
<div id="out"></div>
<script type="module">
  const report = (value) => parent.postMessage({ ttReport: value }, '*');
  try {
    let plainBlocked = false;
    try { document.body.innerHTML = '<b>x</b>'; } catch { plainBlocked = true; }
    const { renderDescriptionTrusted } = await import(${JSON.stringify(module)});
    const { normalizeFeed } = await import(${JSON.stringify(normalizer)});
    const html = renderDescriptionTrusted({ id: 'a', title: 'A', locations: [], tags: [], open: true,
      description: '# Titre\\n\\nTexte <img src=x onerror=alert(1)>' }, { headingLevel: 2 });
    document.getElementById('out').innerHTML = html;
    const greenhouse = normalizeFeed({ jobs: [{ id: 1, title: 'G', absolute_url: 'https://g.example/1',
      content: '&lt;p&gt;Caf&amp;eacute;&lt;/p&gt;' }] });
    report({ plainBlocked, out: document.getElementById('out').innerHTML,
      greenhouse: greenhouse.jobs[0]?.descriptionHtml });
  } catch (error) {
    report({ error: String(error) });
  }
</script>`;
    const answer = new Promise<{
      plainBlocked?: boolean;
      out?: string;
      greenhouse?: string;
      error?: string;
    }>((resolve) => {
      const listener = (event: MessageEvent) => {
        if (event.data?.ttReport) {
          window.removeEventListener('message', listener);
          resolve(event.data.ttReport);
        }
      };
      window.addEventListener('message', listener);
    });
    document.body.append(frame);
    try {
      const result = await answer;
      expect(result.error).to.equal(undefined);
      expect(result.plainBlocked).to.equal(true);
      expect(result.out).to.contain('<h3>Titre</h3>');
      expect(result.out).not.to.contain('onerror');
      // Adapters decode entities without any DOM sink, so they work under enforcement too.
      expect(result.greenhouse).to.equal('<p>Caf&eacute;</p>');
    } finally {
      frame.remove();
    }
  });
});
