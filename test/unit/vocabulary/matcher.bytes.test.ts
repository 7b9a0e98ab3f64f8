import * as assert from 'assert';
import fc from 'fast-check';
import { decodeAs, decodeText, isUtf8Text } from '../../../src/cli/scanFiles';
import { builtinGlossary, type GlossaryEntry } from '../../../src/core/vocabulary/glossary';
import { TermMatcher, tokenize, type TermMatch } from '../../../src/core/vocabulary/matcher';
import { entry, fuzzRuns } from './helpers';

// `vocab` matches a file's bytes (findAllInBytes) and decodes them only when a word may start a
// term; the editor matches the decoded text (findAll). Both must find the same terms at the same
// UTF-16 offsets, whatever the bytes: UTF-8 with accents, ideographs, emoji and a byte order mark,
// ISO-8859-1, CRLF, very long lines and words.

const RUNS = fuzzRuns(1_000);

/** The built-in glossary and team terms with accents and ideographs, which take the tokenizer's
 *  non-ASCII paths (folded words, one word per ideograph). */
const TEAM: GlossaryEntry[] = [
  entry('Domänenmodell'), entry('Straße'), entry('Café Latte', ['Cafe-Latte']), entry('微服务', ['服务网格']), entry('Ĳssel Gateway'),
  entry('Ünïcødé Layer'), entry('naïve Cache'), entry('İstanbul Ring'), entry('Ölçek API'),
];
const MATCHERS = [new TermMatcher(builtinGlossary()), new TermMatcher([...builtinGlossary(), ...TEAM])];

const SPELLINGS = [...builtinGlossary(), ...TEAM].flatMap((e) => [e.name, ...e.aliases]);
const SEPARATORS = [' ', '  ', '\t', '-', '_', '\n', '\r\n', '\r', '\n> ', '\r\n// ', '\n\n', '\r\n\r\n', ', ', '. ', '/', '**', '`', '\u00a0', '\u2011', '–', ''];
const FILLER = ['the', 'a', 'vs.', 'Ünïcødé', 'naïve', 'café', 'İstanbul', 'straße', 'ǅemal', 'Ωmega', 'ÆON', 'x', 'zzz', 'K', 'DDDX', 'xDDD', 'NFRs', 'IaC', 'CqrsModule',
  'getSLO(', 'apiGateway', 'API_GATEWAY', 'C++', 'F#', 'Notepad++', '42', '🎉', '👩‍💻', '𝐀𝐏𝐈', '\u0301', '\u200b', '\ufeff', '我们使用API Gateway', '服务', 'カタカナ', '한국어',
  '“quoted”', '’s', '—', '…', 'https://api.example.com/gateway', 'docs/api-gateway.md', '<a href="event-sourcing">', '[x](technical-debt)', 'user@cqrs.io', '\x00', '\x7f', '\x85'];
const CASES: ((w: string) => string)[] = [(w) => w, (w) => w.toLowerCase(), (w) => w.toUpperCase(), (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()];

/** A spelling with its words re-joined by random separators and cases (found or near misses). */
function phrase(spelling: string, pick: <T>(items: readonly T[]) => T): string {
  const b = tokenize(spelling);
  let text = '';
  for (let i = 0; i < b.length; i += 2) {
    if (i > 0) text += pick([spelling.slice(b[i - 1], b[i]), pick(SEPARATORS)]);
    text += pick(CASES)(spelling.slice(b[i], b[i + 1]));
  }
  return text;
}

/** A document: fragments drawn by fast-check, sometimes one very long line or a very long word. */
const documentText = fc.array(fc.tuple(fc.nat(SPELLINGS.length - 1), fc.nat(FILLER.length - 1), fc.nat(SEPARATORS.length - 1), fc.nat(9), fc.array(fc.nat(), { maxLength: 6 })), { maxLength: 120 })
  .chain((parts) => fc.tuple(fc.constant(parts), fc.constantFrom('', '', '\ufeff', 'x'.repeat(70_000), 'Api'.repeat(3_000) + ' ', ' API gateway '.repeat(2_000))))
  .map(([parts, long]) => {
    let text = '';
    for (const [s, f, sep, kind, picks] of parts) {
      let p = 0;
      const pick = <T>(items: readonly T[]): T => items[(picks[p++ % Math.max(1, picks.length)] ?? 0) % items.length]!;
      if (kind < 5) text += phrase(SPELLINGS[s]!, pick);
      else if (kind < 8) text += FILLER[f];
      else text += String.fromCharCode(...picks.map((x) => x % 0x10000));
      text += SEPARATORS[sep];
    }
    return long.startsWith('\ufeff') ? long + text : text + long + text;
  });

/** What a test compares: the range, text and every entry of each match. */
function shape(matches: readonly TermMatch[]): unknown[] {
  return matches.map((m) => [m.start, m.end, m.text, m.entry.name, m.entries.map((e) => e.name)]);
}

/** The bytes matched as vocab matches them, and the decoded text matched as the editor does. */
function bothPaths(bytes: Buffer, matcher: TermMatcher): { bytes: unknown[]; text: unknown[] } {
  const utf8 = isUtf8Text(bytes);
  return {
    bytes: shape(matcher.findAllInBytes(bytes, utf8, () => decodeAs(bytes, utf8))),
    text: shape(matcher.findAll(decodeText(bytes))),
  };
}

suite('Vocabulary matcher: a file\'s bytes give the matches of its decoded text', function () {
  this.timeout(Math.max(60_000, RUNS * 20));

  test(`UTF-8 text, with accents, ideographs, emoji, a byte order mark, CRLF and long lines (${RUNS} runs)`, () => {
    fc.assert(fc.property(documentText, fc.nat(1), (text, m) => {
      const { bytes, text: expected } = bothPaths(Buffer.from(text, 'utf8'), MATCHERS[m]!);
      assert.deepStrictEqual(bytes, expected);
    }), { numRuns: RUNS });
  });

  test(`the same text in ISO-8859-1 bytes, read as UTF-8 where they happen to be valid (${RUNS} runs)`, () => {
    fc.assert(fc.property(documentText, fc.nat(1), (text, m) => {
      const { bytes, text: expected } = bothPaths(Buffer.from(text, 'latin1'), MATCHERS[m]!);
      assert.deepStrictEqual(bytes, expected);
    }), { numRuns: RUNS });
  });

  test(`arbitrary bytes between glossary phrases (${RUNS} runs)`, () => {
    const chunk = fc.oneof(fc.uint8Array({ maxLength: 12 }), fc.constantFrom(...SPELLINGS, ...FILLER).map((s) => Buffer.from(s, 'utf8')));
    fc.assert(fc.property(fc.array(chunk, { maxLength: 80 }), fc.nat(1), (chunks, m) => {
      const { bytes, text: expected } = bothPaths(Buffer.concat(chunks), MATCHERS[m]!);
      assert.deepStrictEqual(bytes, expected);
    }), { numRuns: RUNS });
  });

  test('examples: each path of the byte tokenizer', () => {
    const cases = [
      'API Gateway', '\ufeffAPI Gateway', 'résumé — API\u00a0Gateway', '微服务 and 服务网格, 我们使用API Gateway', '👩‍💻 API Gateway 🎉', 'Domänenmodell\r\nStraße',
      'apiGateway CqrsModule getSLO( IaCTool NFRs', 'x'.repeat(100_000) + ' technical debt', 'Ölçek API, naïve cache', 'Build vs. buy',
    ];
    for (const text of cases) {
      for (const bytes of [Buffer.from(text, 'utf8'), Buffer.from(text, 'latin1')]) {
        const { bytes: got, text: expected } = bothPaths(bytes, MATCHERS[1]!);
        assert.deepStrictEqual(got, expected, JSON.stringify(text.slice(0, 60)));
      }
    }
    assert.ok(bothPaths(Buffer.from('我们使用API Gateway', 'utf8'), MATCHERS[1]!).bytes.length > 0, 'the examples find terms');
  });

  test('a file with no word that starts a term is never decoded', () => {
    const bytes = Buffer.from('zzz qqq — wibble\r\n'.repeat(1_000), 'utf8');
    assert.deepStrictEqual(MATCHERS[0]!.findAllInBytes(bytes, isUtf8Text(bytes), () => { throw new Error('decoded'); }), []);
  });

  test('a file whose words start terms only of several words, never followed by their next word, is never decoded', () => {
    // "data" starts Data Mesh, "service" Service Mesh, "one"/"two" one-way door, "high" High
    // Availability, "build" Build vs Buy: none is a term alone, and no next word of those terms follows.
    const texts = [
      'The data we keep is high on the list.\n', 'One service, two builds: error rates are high\r\n', 'Data — service — build — one — two — design.\n',
      'We change plans twice; the team is high-minded. Ünïcødé data\n', 'dataService oneTwo HighData\n',
    ];
    for (const text of texts) {
      for (const bytes of [Buffer.from(text.repeat(200), 'utf8'), Buffer.from(text.repeat(200), 'latin1')]) {
        assert.deepStrictEqual(MATCHERS[0]!.findAllInBytes(bytes, isUtf8Text(bytes), () => { throw new Error(`decoded: ${text}`); }), []);
      }
    }
    // Followed by their next word, they are decoded and found.
    const found = Buffer.from('the data mesh and one-way doors, a service\nmesh. '.repeat(3), 'utf8');
    assert.strictEqual(MATCHERS[0]!.findAllInBytes(found, false, () => found.toString('latin1')).length, 9);
  });
});
