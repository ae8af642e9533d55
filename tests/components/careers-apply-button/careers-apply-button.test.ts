import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/define-all.js';
import type { CareersApplyButton } from '../../../src/components/careers-apply-button/careers-apply-button.component.js';
import { makeJob, onWhitePageAllowingDark } from '../ui-helpers.js';
import { contrast, textContrast } from '../careers-job-detail/readable.js';

const link = (el: CareersApplyButton) => el.shadowRoot!.querySelector('a');

describe('<careers-apply-button>', () => {
  it('links to the posting’s application page in a new window, and says so', async () => {
    const job = makeJob({ apply: { url: 'https://jobs.example.org/apply/1' } });
    const el = await fixture<CareersApplyButton>(
      html`<careers-apply-button .job=${job}></careers-apply-button>`,
    );
    const a = link(el)!;
    expect(a.getAttribute('href')).to.equal('https://jobs.example.org/apply/1');
    expect(a.target).to.equal('_blank');
    expect(a.rel).to.equal('noopener noreferrer');
    expect(a.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Postuler (nouvelle fenêtre)');
    await expect(el).to.be.accessible();
  });

  it('writes an e-mail whose subject names the posting when there is only an address', async () => {
    const job = makeJob({ title: 'Designer', apply: { email: 'jobs@example.org' } });
    const el = await fixture<CareersApplyButton>(
      html`<careers-apply-button .job=${job} lang="en"></careers-apply-button>`,
    );
    const a = link(el)!;
    expect(a.getAttribute('href')).to.equal(
      `mailto:jobs@example.org?subject=${encodeURIComponent('Application: Designer')}`,
    );
    expect(a.hasAttribute('target')).to.equal(false);
    expect(a.textContent!.trim()).to.equal('Apply by e-mail');
    await expect(el).to.be.accessible();
  });

  it('links to a given href rather than to the posting’s own application', async () => {
    const job = makeJob({ apply: { url: 'https://jobs.example.org/apply/1' } });
    const el = await fixture<CareersApplyButton>(
      html`<careers-apply-button
        .job=${job}
        href="https://forms.example.org/candidature"
      ></careers-apply-button>`,
    );
    expect(link(el)!.getAttribute('href')).to.equal('https://forms.example.org/candidature');
  });

  it('opens a same-site href in the same window', async () => {
    const el = await fixture<CareersApplyButton>(
      html`<careers-apply-button href="/candidature"></careers-apply-button>`,
    );
    expect(link(el)!.href).to.equal(new URL('/candidature', location.href).href);
    expect(link(el)!.hasAttribute('target')).to.equal(false);
  });

  for (const hostile of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:javascript:alert(1)',
  ]) {
    it(`renders no link at all for ${hostile}, only the instructions`, async () => {
      const job = makeJob({ apply: { url: hostile, instructions: 'Écrivez-nous.' } });
      const fromJob = await fixture<CareersApplyButton>(
        html`<careers-apply-button .job=${job}></careers-apply-button>`,
      );
      expect(link(fromJob)).to.equal(null);
      expect(fromJob.shadowRoot!.textContent).to.contain('Écrivez-nous.');
      const fromHref = await fixture<CareersApplyButton>(
        html`<careers-apply-button href=${hostile}></careers-apply-button>`,
      );
      expect(link(fromHref)).to.equal(null);
    });
  }

  it('keeps the query of a given mailto: href, but only for a real address', async () => {
    const good = await fixture<CareersApplyButton>(
      html`<careers-apply-button
        href="mailto:jobs@example.org?subject=Candidature%20spontan%C3%A9e"
      ></careers-apply-button>`,
    );
    expect(link(good)!.getAttribute('href')).to.equal(
      'mailto:jobs@example.org?subject=Candidature%20spontan%C3%A9e',
    );
    // All of it, past a second `?` too.
    const whole = 'mailto:jobs@example.org?subject=Pourquoi nous ?&body=Bonjour';
    const asked = await fixture<CareersApplyButton>(
      html`<careers-apply-button href=${whole}></careers-apply-button>`,
    );
    expect(link(asked)!.getAttribute('href')).to.equal(whole);
    for (const hostile of [
      'mailto:pas-une-adresse?subject=Candidature',
      'mailto:jobs@example.org%0D%0ABcc:spy@example.net?subject=Candidature',
    ]) {
      const el = await fixture<CareersApplyButton>(
        html`<careers-apply-button href=${hostile}></careers-apply-button>`,
      );
      expect(link(el), hostile).to.equal(null);
    }
  });

  it('fires a cancelable careers-apply; preventDefault stops the navigation', async () => {
    const job = makeJob({ apply: { url: 'https://jobs.example.org/apply/1' } });
    const el = await fixture<CareersApplyButton>(
      html`<careers-apply-button .job=${job}></careers-apply-button>`,
    );
    let navigationPrevented = false;
    // Runs after the element's own handler: tells whether the click's default action was stopped.
    el.shadowRoot!.addEventListener('click', (event) => {
      navigationPrevented = event.defaultPrevented;
      event.preventDefault();
    });
    el.addEventListener('careers-apply', (event) => event.preventDefault());
    setTimeout(() => link(el)!.click());
    const event = await oneEvent(el, 'careers-apply');
    expect(event.detail).to.deep.equal({ job, href: 'https://jobs.example.org/apply/1' });
    expect(event.cancelable).to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(navigationPrevented).to.equal(true);
  });

  it('lets the navigation happen when nobody cancels', async () => {
    const el = await fixture<CareersApplyButton>(
      html`<careers-apply-button href="https://jobs.example.org/x"></careers-apply-button>`,
    );
    let navigationPrevented: boolean | undefined;
    el.shadowRoot!.addEventListener('click', (event) => {
      navigationPrevented = event.defaultPrevented;
      event.preventDefault(); // keep the test page where it is
    });
    link(el)!.click();
    expect(navigationPrevented).to.equal(false);
  });

  describe('standalone on a white page that allows dark, for a visitor who prefers dark', () => {
    onWhitePageAllowingDark();

    it('keeps its instructions readable: they are painted on the widget’s background', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const job = makeJob({
        apply: { url: 'https://jobs.example.org/apply/1', instructions: 'Joignez un portfolio.' },
      });
      const el = await fixture<CareersApplyButton>(
        html`<careers-apply-button .job=${job}></careers-apply-button>`,
      );
      const instructions = el.shadowRoot!.querySelector('[part="instructions"]')!;
      expect(getComputedStyle(instructions).color, 'sanity: light text').to.equal(
        'rgb(236, 236, 236)',
      );
      expect(textContrast(instructions)).to.be.at.least(4.5);
      // The host itself paints nothing: the link is a button of its own colours.
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      await expect(el).to.be.accessible();
    });

    // Dark by the visitor's preference or by the attribute, on a white page or a black one.
    const cases = [
      { scheme: 'light', prefers: 'light', page: '#ffffff' },
      { scheme: 'auto', prefers: 'dark', page: '#ffffff' },
      { scheme: 'dark', prefers: 'light', page: '#ffffff' },
      { scheme: 'auto', prefers: 'dark', page: '#000000' },
      { scheme: 'light', prefers: 'dark', page: '#000000' },
    ] as const;
    for (const theme of ['default', 'dsfr']) {
      for (const { scheme, prefers, page } of cases) {
        it(`rings its focus 3:1 against the button and the page: ${theme}, ${scheme} scheme, visitor prefers ${prefers}, page ${page}`, async () => {
          await emulateMedia({ colorScheme: prefers });
          document.body.style.background = page;
          const wrapper = await fixture<HTMLDivElement>(
            html`<div>
              <button>avant</button>
              <careers-apply-button
                theme=${theme}
                color-scheme=${scheme}
                href="https://jobs.example.org/apply/1"
              ></careers-apply-button>
            </div>`,
          );
          const el = wrapper.querySelector('careers-apply-button')!;
          wrapper.querySelector('button')!.focus();
          await sendKeys({ press: 'Tab' });
          const button = link(el)!;
          expect(button.matches(':focus-visible')).to.equal(true);
          const style = getComputedStyle(button);
          // Sanity: in the dark scheme the button is light (and dark in the light one).
          const white = 'rgb(255, 255, 255)';
          const black = 'rgb(0, 0, 0)';
          const dark = scheme === 'dark' || (scheme === 'auto' && prefers === 'dark');
          expect(
            contrast(style.backgroundColor, black) > contrast(style.backgroundColor, white),
            'dark scheme',
          ).to.equal(dark);
          const ring = style.outlineColor;
          const width = parseFloat(style.outlineWidth);
          const offset = parseFloat(style.outlineOffset);
          expect(style.outlineStyle).to.equal('solid');
          expect(width).to.be.at.least(2);
          const pageColor = getComputedStyle(document.body).backgroundColor;
          // A band painted under the ring (box-shadow) stands between it and the page.
          const band = /^(rgb\([^)]*\)) 0px 0px 0px ([\d.]+)px$/.exec(style.boxShadow);
          const bandColor = band?.[1];
          const spread = Number(band?.[2] ?? 0);
          // What the ring touches on each side: the band where it reaches, else the page.
          const inside =
            offset <= 0 ? style.backgroundColor : spread >= offset ? bandColor! : pageColor;
          const outside = spread >= offset + width + 2 ? bandColor! : pageColor;
          expect(contrast(ring, inside), `ring ${ring} / inside ${inside}`).to.be.at.least(3);
          expect(contrast(ring, outside), `ring ${ring} / outside ${outside}`).to.be.at.least(3);
          // And the indicator is seen apart from the button it rings.
          const next = offset <= 0 ? ring : inside;
          expect(
            contrast(next, style.backgroundColor),
            `${next} / button ${style.backgroundColor}`,
          ).to.be.at.least(3);
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
