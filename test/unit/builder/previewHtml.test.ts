import * as assert from 'assert';
import { markdownInlineToHtml, markdownToHtml } from '../../../src/core/markdown/html';
import { objectionCards } from '../../../src/core/render/cards';

// The Builder's preview is rendered to HTML in the extension host and set as the webview's
// innerHTML: whatever a user typed into the profile must arrive as text, never as markup.
suite('Builder preview HTML (rendered by the host)', () => {
  const HOSTILE = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=2</script>',
    '<iframe src="https://example.com"></iframe>',
    '<a href="javascript:alert(1)">link</a>',
    '[click](javascript:alert(1))',
    '<svg onload="alert(1)">',
  ];

  test('Markdown becomes structure: headings, emphasis, lists, task boxes', () => {
    const html = markdownToHtml('# Title\n\n**bold** and *soft*\n\n- one\n- [ ] two\n');
    assert.match(html, /<h1>Title<\/h1>/);
    assert.match(html, /<strong>bold<\/strong> and <em>soft<\/em>/);
    assert.match(html, /<li>one<\/li>\s*<li>\[ \] two<\/li>/);
  });

  for (const text of HOSTILE) {
    test(`typed into a profile, ${JSON.stringify(text)} stays text in a document, a card and its heading`, () => {
      const doc = `# Prep for ${text}\n\nMy challenge: ${text}\n\n### They say ${text}\n\nAnswer with ${text}\n`;
      const card = objectionCards(doc)[0]!;
      for (const html of [markdownToHtml(doc), markdownToHtml(card.answer), markdownInlineToHtml(card.objection)]) {
        assert.doesNotMatch(html, /<(?:img|script|iframe|svg)\b/i, html);
        assert.doesNotMatch(html, /href="javascript:/i, html);
      }
    });
  }
});
