// Inputs of the differential test (tests/e2e/library-patches.test.ts): generated HTML and
// Markdown that mix what the widget's sanitizer and Markdown reader treat specially.
import fc from 'fast-check';

/** Tags DOMPurify keeps, drops, drops with their content, or reads in another namespace. */
const TAGS = [
  'a',
  'abbr',
  'area',
  'audio',
  'b',
  'base',
  'blockquote',
  'br',
  'button',
  'caption',
  'code',
  'col',
  'dd',
  'del',
  'desc',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'em',
  'embed',
  'fieldset',
  'font',
  'foreignObject',
  'form',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h6',
  'hr',
  'i',
  'iframe',
  'image',
  'img',
  'input',
  'label',
  'li',
  'link',
  'map',
  'marquee',
  'math',
  'meta',
  'mglyph',
  'mi',
  'malignmark',
  'mtext',
  'annotation-xml',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'ol',
  'option',
  'p',
  'picture',
  'plaintext',
  'pre',
  'script',
  'select',
  'slot',
  'source',
  'span',
  'strong',
  'style',
  'sub',
  'summary',
  'sup',
  'svg',
  'table',
  'tbody',
  'td',
  'template',
  'textarea',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
  'use',
  'animate',
  'set',
  'video',
  'xmp',
  'x-custom',
];

/** HTML, ARIA, data-, SVG and MathML attributes, event handlers and the ones the widget forbids. */
const ATTRIBUTES = [
  'href',
  'src',
  'title',
  'alt',
  'class',
  'id',
  'name',
  'style',
  'data-x',
  'data-careers-drop',
  'aria-label',
  'aria-hidden',
  'role',
  'onerror',
  'onclick',
  'xlink:href',
  'xmlns',
  'xmlns:xlink',
  'is',
  'target',
  'rel',
  'lang',
  'dir',
  'width',
  'colspan',
  'start',
  'type',
  'value',
  'action',
  'formaction',
  'srcset',
  'background',
  'tabindex',
  'cite',
  'datetime',
  'open',
  'hidden',
  'nonce',
  'fill',
  'stroke',
  'viewBox',
  'd',
  'definitionURL',
  'encoding',
  'mathvariant',
  'attributeName',
  'values',
  'to',
  'begin',
  'download',
  'ping',
  'face',
  'color',
  'align',
  'summary',
  'headers',
  'scope',
  'reversed',
  'shape',
  'coords',
  'usemap',
  'border',
  'xml:lang',
  'xmlns:xml',
];

/** URLs with odd schemes, spellings and entities; addresses; relative links. */
const URLS = [
  'https://example.org/a?b=c&d=e#f',
  'http://example.org',
  'HTTPS://EXAMPLE.ORG/X',
  '//example.org/p',
  '/relative/path',
  'relative/path',
  '../up',
  '#fragment',
  '?query=1',
  'mailto:someone@example.org',
  'mailto:a@example.org,b@example.org?subject=Hi%20there&body=x',
  'MAILTO:not-an-address',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java&#x09;script:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  '&#106;avascript:alert(1)',
  '\u0001javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/png;base64,AAAA',
  'ftp://example.org/f',
  'tel:+33123456789',
  'sms:+33123456789',
  'xmpp:someone@example.org',
  'file:///etc/passwd',
  'https://example.org/"onmouseover="alert(1)',
  'https://exa mple.org',
  'http://[::1]/',
  'https://user:pass@example.org/',
  'www.example.org',
  'example.org',
  'https://example.org/a_(b)',
  '',
];

/** Characters and snippets the parsers treat specially. */
const SPECIALS = [
  '<!-- comment -->',
  '<!--',
  '-->',
  '<!--more-->',
  '<![CDATA[x]]>',
  '<?php x ?>',
  '</p>',
  '</div>',
  '</a>',
  '</svg>',
  '</math>',
  '<!doctype html>',
  '&lt;script&gt;',
  '&amp;',
  '&amp;lt;',
  '&#x3C;img src=x&#x3E;',
  '&nbsp;',
  '&#0;',
  '&#x110000;',
  '&copy;',
  '&unknown;',
  '<',
  '>',
  '"',
  "'",
  '`',
  '\\',
  '\u0000',
  '\u00a0',
  '\u2028',
  '\u200b',
  '\r\n',
  'é',
  '😀',
  'someone@example.org',
  'https://example.org/x?y=z.',
  'www.example.org',
  '(https://example.org)',
  '${x}',
  '{{x}}',
  '<%= x %>',
];

const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.lorem({ maxCount: 4 }),
  fc.constantFrom(...SPECIALS),
);

const url = fc.oneof(fc.constantFrom(...URLS), fc.webUrl());

const quote = fc.constantFrom('"', "'", '', 'bare');

const attribute = fc
  .tuple(
    fc.constantFrom(...ATTRIBUTES),
    fc.oneof(url, text, fc.constantFrom('x', 'alert(1)', 'lazy', '1', 'true')),
    quote,
  )
  .map(([name, value, q]) =>
    q === 'bare' ? ` ${name}` : q ? ` ${name}=${q}${value}${q}` : ` ${name}=${value || 'x'}`,
  );

/** HTML: elements (nested, unclosed or self-closed, any case), text, comments, entities. */
const html: fc.Arbitrary<string> = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ maxDepth: 3, depthSize: 'small' }, text, tie('element')),
  element: fc
    .tuple(
      fc.constantFrom(...TAGS),
      fc.boolean(),
      fc.array(attribute, { maxLength: 3 }),
      fc.array(tie('node'), { maxLength: 3 }),
      fc.constantFrom('close', 'close', 'open', 'self'),
    )
    .map(([tag, upper, attrs, children, end]) => {
      const name = upper ? tag.toUpperCase() : tag;
      const open = `<${name}${attrs.join('')}${end === 'self' ? '/' : ''}>`;
      return `${open}${children.join('')}${end === 'close' ? `</${name}>` : ''}`;
    }),
})).node;

/** Inline Markdown: emphasis edge cases, code, links, images, autolinks, escapes, raw HTML. */
const inline: fc.Arbitrary<string> = fc.oneof(
  text,
  fc
    .tuple(text, fc.constantFrom('*', '**', '***', '_', '__', '~', '~~', '`', '``'))
    .map(([t, m]) => `${m}${t}${m}`),
  fc.tuple(text, text, fc.constantFrom('*', '_')).map(([a, b, m]) => `${m}${a}${m}${m}${b}${m}`),
  fc.tuple(text, text).map(([a, b]) => `**${a}*${b}`),
  fc.tuple(text, text).map(([a, b]) => `${a}__${b}__${a}`),
  fc.tuple(text, url).map(([t, u]) => `[${t}](${u})`),
  fc.tuple(text, url, text).map(([t, u, title]) => `[${t}](${u} "${title}")`),
  fc.tuple(text, url).map(([t, u]) => `[${t}](<${u}>)`),
  fc.tuple(text, url).map(([t, u]) => `![${t}](${u})`),
  fc.tuple(text, url).map(([t, u]) => `[![${t}](${u})](${u})`),
  fc.tuple(text, text).map(([t, r]) => `[${t}][${r}]`),
  url.map((u) => `<${u}>`),
  url,
  fc.constantFrom('<someone@example.org>', '\\*not em\\*', '\\<b>', 'a  \nb', 'a\\\nb', 'a\nb'),
  html,
);

const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

/** Markdown blocks: lists, tables, code, quotes, headings, rules, definitions, HTML blocks. */
const block: fc.Arbitrary<string> = fc.oneof(
  line,
  fc
    .array(line, { minLength: 1, maxLength: 4 })
    .map((items) => items.map((i) => `- ${i}`).join('\n')),
  fc
    .tuple(fc.array(line, { minLength: 1, maxLength: 3 }), fc.constantFrom('.', ')'))
    .map(([items, d]) => items.map((i, n) => `${n + 1}${d} ${i}`).join('\n')),
  fc.tuple(line, line).map(([a, b]) => `* ${a}\n  * ${b}\n    1. ${a}`),
  fc.tuple(line, line).map(([a, b]) => `- [ ] ${a}\n- [x] ${b}`),
  fc.tuple(line, line).map(([a, b]) => `1.${a}\n2.${b}`),
  fc
    .tuple(inline, inline, inline, inline, fc.constantFrom('---', ':--', ':-:', '--:'))
    .map(([a, b, c, d, align]) => `| ${a} | ${b} |\n| ${align} | --- |\n| ${c} | ${d} |`),
  fc.tuple(inline, inline).map(([a, b]) => `${a} | ${b}\n-- | --\nx | y`),
  fc
    .tuple(text, fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'html'))
    .map(([t, fence, lang]) => `${fence}${lang}\n${t}\n<b>x</b>\n${fence}`),
  text.map((t) => `    ${t}\n    <script>x</script>`),
  fc.tuple(line, line).map(([a, b]) => `> ${a}\n> > ${b}`),
  fc
    .tuple(fc.constantFrom('#', '##', '###', '####', '#####', '######', '#######'), line)
    .map(([h, t]) => `${h} ${t}`),
  line.map((t) => `#${t}`),
  fc.tuple(line, fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}`),
  fc.constantFrom('---', '***', '___', '- - -', '* * *'),
  fc.tuple(text, url).map(([r, u]) => `[${r}]: ${u} "title"`),
  fc.tuple(html, line).map(([h, t]) => `<div>\n${h}\n\n${t}\n</div>`),
  fc.tuple(line, line).map(([a, b]) => `<details>\n<summary>${a}</summary>\n\n${b}\n</details>`),
  html,
);

/** A document: blocks and inline pieces separated by nothing, spaces or line breaks. */
export const generatedDocument: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(block, inline, html),
      fc.constantFrom('', ' ', '\n', '\n\n', '\n\n', '  \n', '\t', '\r\n'),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

/** The page URL of a posting (relative links resolve against it) and a title level. */
export const generatedContext = fc.record({
  url: fc.constantFrom(undefined, 'https://example.org/jobs/1', 'http://example.org/a/b/'),
  level: fc.integer({ min: 1, max: 6 }),
});
