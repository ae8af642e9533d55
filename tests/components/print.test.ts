// A printed posting (or list) keeps what paper can hold: where to apply, written out; the
// addresses of the description's links; no controls that cannot be used on paper.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define-all.js';
import type { CareersApplyButton } from '../../src/components/careers-apply-button/careers-apply-button.component.js';
import type { CareersJobDetail } from '../../src/components/careers-job-detail/careers-job-detail.component.js';
import type { CareersBoard } from '../../src/components/careers-board/careers-board.component.js';
import { BOARD_FEED, makeJob, resetUrl } from './ui-helpers.js';

const after = (element: Element) => getComputedStyle(element, '::after').content;
const shown = (element: Element | null | undefined) =>
  !!element && getComputedStyle(element).display !== 'none';

/** Runs `check` on screen, then on paper. */
async function onScreenThenPaper(check: (print: boolean) => Promise<void> | void) {
  await emulateMedia({ media: 'screen' });
  await check(false);
  await emulateMedia({ media: 'print' });
  await check(true);
}

describe('printing', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    resetUrl();
  });

  it('writes out where to apply after the apply link: the URL, or the bare e-mail address', async () => {
    const web = await fixture<CareersApplyButton>(
      html`<careers-apply-button
        .job=${makeJob({ apply: { url: 'https://jobs.example.org/apply/1' } })}
      ></careers-apply-button>`,
    );
    const mail = await fixture<CareersApplyButton>(
      html`<careers-apply-button
        .job=${makeJob({ title: 'Designer', apply: { email: 'jobs@example.org' } })}
      ></careers-apply-button>`,
    );
    const webLink = web.shadowRoot!.querySelector('a')!;
    const mailLink = mail.shadowRoot!.querySelector('a')!;
    await onScreenThenPaper((print) => {
      expect(after(webLink)).to.equal(print ? '" (https://jobs.example.org/apply/1)"' : 'none');
      expect(after(mailLink)).to.equal(print ? '" (jobs@example.org)"' : 'none');
      // The button's white-on-colour text would vanish on paper, where backgrounds are left out.
      const style = getComputedStyle(webLink);
      if (print) {
        expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(style.color).to.equal(getComputedStyle(web).color);
      } else {
        expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      }
    });
  });

  it('prints a posting without its back link and share button, with its links’ addresses', async () => {
    const detail = await fixture<CareersJobDetail>(
      html`<careers-job-detail
        back-href="#"
        .job=${makeJob({
          description:
            'Voir [notre équipe](https://example.org/equipe) ou [écrire](mailto:a@example.org).',
          apply: { url: 'https://jobs.example.org/apply/1' },
        })}
      ></careers-job-detail>`,
    );
    const root = detail.shadowRoot!;
    const web = root.querySelector('[part~="description"] a[href^="https"]')!;
    const mail = root.querySelector('[part~="description"] a[href^="mailto"]')!;
    await onScreenThenPaper((print) => {
      expect(shown(root.querySelector('[part~="back"]'))).to.equal(!print);
      expect(shown(root.querySelector('[part~="share"]'))).to.equal(!print);
      expect(shown(root.querySelector('careers-apply-button'))).to.equal(true);
      expect(after(web)).to.equal(print ? '" (https://example.org/equipe)"' : 'none');
      expect(after(mail), 'an e-mail link says its address already').to.equal('none');
    });
  });

  it('prints the list as it stands, without the form and buttons, no card cut in two', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board page-size="2" src=${BOARD_FEED}></careers-board>`,
    );
    await waitUntil(() => board.shadowRoot!.querySelector('careers-job-card'), 'cards shown');
    const root = board.shadowRoot!;
    const item = root.querySelector('[part~="item"]')!;
    await onScreenThenPaper((print) => {
      expect(shown(root.querySelector('[part~="filters"]'))).to.equal(!print);
      expect(shown(root.querySelector('[part~="more"]'))).to.equal(!print);
      expect(shown(root.querySelector('[part~="count"]'))).to.equal(true);
      expect(getComputedStyle(item).breakInside).to.equal(print ? 'avoid' : 'auto');
      expect(getComputedStyle(item).contentVisibility).to.equal(print ? 'visible' : 'auto');
    });
  });
});
