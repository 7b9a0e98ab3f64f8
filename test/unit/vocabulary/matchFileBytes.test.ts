import * as assert from 'assert';
import fc from 'fast-check';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { TermMatcher, type TermMatch } from '../../../src/core/vocabulary/matcher';
import { matchFileBytes } from '../../../src/features/vocabularyView/matchBytes';
import { entry, fuzzRuns } from './helpers';

// The Vocabulary view's matching thread reads a file's bytes and matches them on the bytes where
// they are ASCII or valid UTF-8. What it finds must be what the editor finds in the same file:
// the bytes decoded as UTF-8 (BOM dropped, an invalid sequence a replacement character), matched.

const RUNS = fuzzRuns(1_000);
const MATCHER = new TermMatcher([...builtinGlossary(), entry('Domänenmodell'), entry('微服务'), entry('Café Latte')]);
const SPELLINGS = ['API gateway', 'api-gateway', 'Event Sourcing', 'CQRS', 'domänenmodell', 'DOMAENENMODELL', '微服务', 'café latte', 'cafe latte', 'Technical Debt', 'apiGateway', 'SLO'];
const BYTES = [[0xef, 0xbb, 0xbf], [0xc3], [0xa9], [0xe2, 0x82], [0xf0, 0x9f, 0x8e, 0x89], [0xff], [0xe9], [0x00], [0x0d, 0x0a], [0xed, 0xa0, 0x80]];

const editorFinds = (bytes: Buffer) => MATCHER.findAll(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
const shape = (ms: readonly TermMatch[]) => ms.map((m) => [m.start, m.end, m.text, m.entry.name]);

/** A file: spellings, words and separators as UTF-8, with raw bytes (BOMs, stray or cut sequences) between. */
const file = fc.array(fc.oneof(
  fc.constantFrom(...SPELLINGS).map((s) => Buffer.from(s)),
  fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => Buffer.from(s)),
  fc.constantFrom(' ', '\n', '. ', '-', 'é ', 'ü').map((s) => Buffer.from(s)),
  fc.constantFrom(...BYTES).map((b) => Buffer.from(b)),
), { maxLength: 60 }).map((parts) => Buffer.concat(parts));

suite('Vocabulary view: matching a file on its bytes', () => {
  test('finds what the editor finds in the decoded file, for ASCII, UTF-8, a BOM and invalid bytes', () => {
    fc.assert(fc.property(file, (bytes) => { assert.deepStrictEqual(shape(matchFileBytes(MATCHER, bytes)), shape(editorFinds(bytes))); }), { numRuns: RUNS });
  });

  for (const [what, bytes] of [
    ['plain ASCII', Buffer.from('Our API gateway and event sourcing.\n')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ünïcødé: API gateway, Domänenmodell, 微服务')])],
    ['ISO-8859-1 bytes (invalid UTF-8)', Buffer.from('Caf\xe9 Latte \xfcber API gateway', 'latin1')],
  ] as const) {
    test(`${what}: the same terms at the same offsets as the editor`, () => {
      const found = shape(matchFileBytes(MATCHER, bytes));
      assert.ok(found.length > 0);
      assert.deepStrictEqual(found, shape(editorFinds(bytes)));
    });
  }
});
