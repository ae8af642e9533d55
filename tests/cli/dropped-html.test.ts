// Raw HTML the widget drops, found without a DOM (src/cli/dropped-html.ts). That these lists
// match the real renderer is checked in Chromium by tests/e2e/careers-feed-bin.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  droppedFromHtml,
  droppedFromMarkdown,
  droppedHtmlMessage,
} from '../../src/cli/dropped-html.js';

const kinds = (found: Array<{ what: string; lines: number[] }>) =>
  found.map(({ what, lines }) => `${what} ${lines.join(',')}`.trim());

describe('raw HTML the widget drops', () => {
  it('finds dropped elements and event handlers in Markdown, at their lines', () => {
    const markdown = [
      'Intro <b onclick="go()">gras</b> à <nom>.', // 1
      '',
      '<style type="text/css">', // 3
      'p { margin: 0 }',
      '</style>',
      '',
      '- un point <iframe src="https://example.org"></iframe>', // 7
      '',
      '<div>', // 9
      '<form><input name="q"></form>', // 10
      '</div>',
      '',
      '| a | b |',
      '|---|---|',
      '| <svg></svg> | c |', // 15
      '',
      '> <SCRIPT>alert(1)</SCRIPT>', // 17
      '',
      '<img src="https://example.org/a.png" onerror="x()">', // 19
    ].join('\n');
    assert.deepEqual(kinds(droppedFromMarkdown(markdown)), [
      'onclick 1',
      '<nom> 1',
      '<style> 3',
      '<iframe> 7',
      '<form> 10',
      '<input> 10',
      '<svg> 15',
      '<script> 17',
      'onerror 19',
    ]);
  });

  it('says nothing of HTML the widget keeps, of code, of comments and of escaped tags', () => {
    const markdown = [
      'Un <b>gras</b>, <i>italique</i>, <br/> <sup>1</sup> <a href="https://example.org">lien</a>.',
      '',
      '<p></p>',
      '',
      '<img src="https://example.org/a.png" alt="logo" width="250"/>',
      '',
      '<details><summary>Plus</summary><table><tr><td>x</td></tr></table></details>',
      '',
      '`<script>` en code, et &lt;script&gt; écrit.',
      '',
      '```html',
      '<iframe src="x" onload="y()"></iframe>',
      '```',
      '',
      '    <style>indenté: du code</style>',
      '',
      '<!--more-->',
      '<!-- <script>alert(1)</script> -->',
      '',
      'Écrivez à <jo@example.org> ou voyez <https://example.org>.',
      '',
      'La phrase "onclick=x" en texte, et <span class="online">une classe</span>.',
    ].join('\n');
    assert.deepEqual(droppedFromMarkdown(markdown), []);
  });

  it('reads tags inside <script> or <style> as their text, not as tags', () => {
    assert.deepEqual(kinds(droppedFromHtml('<script>document.write("<iframe>")</script>')), [
      '<script>',
    ]);
  });

  it('finds them in HTML as a whole, namespaced tags and CRLF included', () => {
    const html = '<p onmouseover=go()>a</p>\r\n<o:p></o:p><Object data="x">b</Object><p>c</p>';
    assert.deepEqual(kinds(droppedFromHtml(html)), ['onmouseover', '<o:p>', '<object>']);
  });

  it('says what goes with its content and what keeps it, with the lines', () => {
    assert.equal(
      droppedHtmlMessage([
        { what: '<style>', lines: [14] },
        { what: '<form>', lines: [20, 25] },
        { what: 'onclick', lines: [22] },
      ]),
      'raw HTML the widget drops: <style> (line 14, with all it holds), <form> (lines 20, 25, ' +
        'the tag only: what it holds stays), onclick attributes (line 22)',
    );
    assert.equal(
      droppedHtmlMessage([{ what: '<iframe>', lines: [] }]),
      'raw HTML the widget drops: <iframe> (with all it holds)',
    );
    assert.equal(droppedHtmlMessage([]), undefined);
  });
});
