import { expect } from '@open-wc/testing';

const FORBIDDEN =
  'script, iframe, frame, object, embed, style, form, input, button, textarea, svg, math, base, link, meta, template, noscript';
const SAFE_URL = /^(https?:\/\/|mailto:)/i;

function check(html: string): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const content = template.content;
  expect(content.querySelector(FORBIDDEN), `forbidden element in ${html}`).to.equal(null);
  for (const element of content.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      expect(name.startsWith('on'), `${name} in ${html}`).to.equal(false);
      expect(name, `style in ${html}`).not.to.equal('style');
      if (
        [
          'href',
          'src',
          'xlink:href',
          'action',
          'formaction',
          'data',
          'srcset',
          'background',
          'poster',
          'cite',
        ].includes(name)
      ) {
        expect(attribute.value, `${name} in ${html}`).to.match(SAFE_URL);
      }
    }
  }
  return template;
}

/**
 * Asserts nothing executable is in an HTML string: no script-capable element, no event handler
 * attribute, no style, only http(s) and mailto URLs; and that parsing it again (what the DOM
 * does when it is inserted) still gives safe HTML, so no mutation XSS hides in the output.
 */
export function expectSafeHtml(html: string): void {
  const template = check(html);
  check(template.innerHTML);
}

/** A URL field of a Job: absent, or an absolute http(s) URL. */
export function expectHttpUrl(value: string | undefined, what: string): void {
  if (value === undefined) return;
  expect(value, what).to.match(/^https?:\/\//);
  expect(new URL(value).protocol, what).to.match(/^https?:$/);
}
