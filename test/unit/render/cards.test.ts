import * as assert from 'assert';
import { objectionCards } from '../../../src/core/render/cards';
import { markdownLines } from '../../../src/core/markdown/blocks';

suite('objection cards read from a rendered document', () => {
  test('every level-3 heading is an objection, the text under it the answer', () => {
    const doc = '# Objections\n\nIntro.\n\n### “I don’t have time.”\n\nOffer 20 minutes.\n\n### Too junior?\r\nNo: bring a decision.\n\n## After\n\nNot a card.\n';
    assert.deepStrictEqual(objectionCards(doc), [
      { objection: 'I don’t have time.', answer: 'Offer 20 minutes.' },
      { objection: 'Too junior?', answer: 'No: bring a decision.' },
    ]);
  });

  test('a ### line inside a fenced code block belongs to the answer, not a new card', () => {
    const doc = '### “Why me?”\n\nSay this:\n\n```md\n### not a heading\n```\n\nThen stop.\n';
    const cards = objectionCards(doc);
    assert.strictEqual(cards.length, 1);
    assert.ok(cards[0]!.answer.includes('### not a heading'), cards[0]!.answer);
    assert.ok(cards[0]!.answer.endsWith('Then stop.'));
  });
});

suite('Markdown block structure', () => {
  test('headings and fenced code by line, with CR, LF and CRLF line ends counted as VS Code does', () => {
    const lines = markdownLines('# A\r\ntext\r```\r## code\r```\n## B ##\n~~~\n# still code');
    assert.deepStrictEqual(lines.map((l) => [l.index, l.heading ?? null, l.code]), [
      [0, { level: 1, text: 'A' }, false],
      [1, null, false],
      [2, null, true],
      [3, null, true],
      [4, null, true],
      [5, { level: 2, text: 'B' }, false],
      [6, null, true],
      [7, null, true],
    ]);
  });
});
