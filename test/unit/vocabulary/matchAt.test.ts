import * as assert from 'assert';
import { HOVER_WINDOW, TermMatcher, matchAt } from '../../../src/core/vocabulary/matcher';
import { builtins, entry } from './helpers';

/** The matched text under `offset`, or undefined. */
function under(text: string, offset: number, window?: number): string | undefined {
  return matchAt(builtins(), text, offset, window)?.text;
}

const TEN_MB = 10 * 1024 * 1024;

suite('Vocabulary matcher: matchAt', () => {
  const text = 'We owe technical debt to the API Gateway team.';
  const debt = text.indexOf('technical debt');
  const gateway = text.indexOf('API Gateway');

  test('finds the match under an offset at its first character', () => {
    assert.strictEqual(under(text, debt), 'technical debt');
  });
  test('finds the match under an offset in its middle', () => {
    assert.strictEqual(under(text, debt + 5), 'technical debt');
  });
  test('finds the match when the offset is right after it (a cursor at the end of a word)', () => {
    assert.strictEqual(under(text, debt + 'technical debt'.length), 'technical debt');
  });
  test('finds a phrase from the separator between its words', () => {
    assert.strictEqual(under(text, gateway + 3), 'API Gateway');
  });
  test('returns the whole match with its entry and exact range', () => {
    const m = matchAt(builtins(), text, gateway + 6);
    assert.ok(m);
    assert.strictEqual(m.entry.name, 'API Gateway');
    assert.deepStrictEqual([m.start, m.end], [gateway, gateway + 'API Gateway'.length]);
  });
  test('returns undefined on a word that is not a term', () => {
    assert.strictEqual(under(text, text.indexOf('owe') + 1), undefined);
    assert.strictEqual(under(text, text.indexOf('team') + 2), undefined);
  });
  test('returns undefined for offsets outside the text', () => {
    assert.strictEqual(under(text, -1), undefined);
    assert.strictEqual(under(text, text.length + 1), undefined);
  });
  test('finds a term that ends the text at offset text.length', () => {
    assert.strictEqual(under('we use DDD', 'we use DDD'.length), 'DDD');
  });
  test('returns undefined on an empty text', () => {
    assert.strictEqual(under('', 0), undefined);
  });
  test('agrees with findAll at every offset of a small document', () => {
    const doc = '# Ask\n\n> our technical\n> debt and API gateways,\nDDD/NFRs in `apiGateway`;\n\ntechnical\n\ndebt';
    const all = builtins().findAll(doc);
    for (let offset = 0; offset <= doc.length; offset++) {
      const expected = all.find((m) => m.start <= offset && offset <= m.end);
      assert.deepStrictEqual(matchAt(builtins(), doc, offset), expected, `offset ${offset}`);
    }
  });
  test('a match over a line break is found from either line', () => {
    const doc = 'intro\n> eventual\n> consistency\n';
    assert.strictEqual(under(doc, doc.indexOf('eventual')), 'eventual\n> consistency');
    assert.strictEqual(under(doc, doc.indexOf('consistency') + 4), 'eventual\n> consistency');
  });
  test('a window cut inside a word never makes a different term of its end (xxx…DDD)', () => {
    const doc = 'x'.repeat(1000) + 'DDD';
    assert.strictEqual(under(doc, doc.length - 1), undefined);
    assert.strictEqual(under(doc, doc.length - 1, 10), undefined);
  });
  test('a window cut inside a word never makes a different term of its start (NFRxxx…)', () => {
    const doc = 'NFR' + 'x'.repeat(1000);
    assert.strictEqual(under(doc, 1), undefined);
    assert.strictEqual(under(doc, 1, 10), undefined);
  });
  test('a small window still finds a term that fits in it', () => {
    const doc = 'lorem '.repeat(50) + 'technical debt' + ' ipsum'.repeat(50);
    assert.strictEqual(under(doc, doc.indexOf('debt'), 20), 'technical debt');
  });
  test('the default window is HOVER_WINDOW characters', () => {
    assert.strictEqual(HOVER_WINDOW, 400);
  });
  test('a hand-made glossary works through matchAt', () => {
    const m = new TermMatcher([entry('Platform Team', ['PT'])]);
    assert.strictEqual(matchAt(m, 'ask the platform team', 12)?.entry.name, 'Platform Team');
  });
});

suite('Vocabulary matcher: matchAt on a 10 MB single line', () => {
  test('finds a term near the end of a huge line of words', () => {
    const doc = 'lorem ipsum '.repeat(TEN_MB / 12) + 'we need an API Gateway here';
    assert.strictEqual(under(doc, doc.length - 'way here'.length), 'API Gateway');
  });
  test('finds a term near the start of a huge line of words', () => {
    const doc = 'our technical debt ' + 'lorem ipsum '.repeat(TEN_MB / 12);
    assert.strictEqual(under(doc, 6), 'technical debt');
  });
  test('finds a term in the middle of a huge line of words', () => {
    const half = 'lorem ipsum '.repeat(TEN_MB / 24);
    const doc = half + 'eventual consistency ' + half;
    assert.strictEqual(under(doc, half.length + 3), 'eventual consistency');
  });
  test('finds a term right after a 10 MB word (a base64 blob)', () => {
    const doc = 'A'.repeat(TEN_MB) + ' API Gateway';
    assert.strictEqual(under(doc, doc.length - 3), 'API Gateway');
  });
  test('finds a term right before a 10 MB word', () => {
    const doc = 'API Gateway ' + 'x'.repeat(TEN_MB);
    assert.strictEqual(under(doc, 2), 'API Gateway');
  });
  test('finds nothing inside a 10 MB word, even one ending in a term', () => {
    const doc = 'x'.repeat(TEN_MB) + 'DDD';
    assert.strictEqual(under(doc, doc.length - 2), undefined);
    assert.strictEqual(under(doc, TEN_MB / 2), undefined);
  });
  test('finds a term between two 10 MB words', () => {
    const doc = 'x'.repeat(TEN_MB) + ' NFRs ' + 'y'.repeat(TEN_MB);
    assert.strictEqual(under(doc, TEN_MB + 2), 'NFRs');
  });
});
