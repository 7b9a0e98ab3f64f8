// "Give me a shout some Friday and we'll grab a coffee", "ping me sometime": a vague open door is not
// answered with another one. The request proposes two concrete days, on the weekday they named (else
// a Tuesday and the Thursday after it), a week or more away and never between Christmas and New Year,
// in English and German; an offer tied to a place they will be, or inside a not now, keeps its own timing.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { proposedDays, weekdayIn } from '../../../src/core/render/proposedDays';
import { renderFinished, section } from './helpers';

const OPEN: readonly { words: string; offered: string; day: RegExp; country: string }[] = [
  { words: 'Ah look, I couldn\'t commit to anything formal, I\'m up to my eyes. But sure if you\'re around Grand Canal Dock some Friday, give me a shout and we\'ll grab a coffee.',
    offered: 'a coffee some Friday near Grand Canal Dock', day: /Friday/, country: 'IE' },
  { words: 'Nothing regular, sorry. Ping me sometime and we can grab a coffee.', offered: 'a coffee sometime', day: /Tuesday .* Thursday/, country: 'GB' },
  { words: 'Happy to have lunch on a Wednesday, drop me a line.', offered: 'lunch on a Wednesday', day: /Wednesday .* Wednesday/, country: 'AU' },
];

suite('an informal offer with the time left open: two concrete days proposed', () => {
  test('the weekday they named, twice, a week or more away; else a Tuesday and a Thursday; never at the year end', () => {
    assert.strictEqual(weekdayIn('some Friday'), 5);
    assert.strictEqual(weekdayIn('freitags auf einen Kaffee'), 5);
    assert.strictEqual(weekdayIn('sometime'), undefined);
    assert.deepStrictEqual(proposedDays('2026-12-07', ['some Friday'], 'en-IE'), ['Friday 18 December', 'Friday 8 January']);
    assert.deepStrictEqual(proposedDays('2024-05-01', ['coffee sometime'], 'en-US'), ['Tuesday, May 14', 'Thursday, May 16']);
    assert.deepStrictEqual(proposedDays('2024-05-01', ['gern mal freitags einen Kaffee'], 'de-DE'), ['Freitag, 10. Mai', 'Freitag, 17. Mai']);
  });
  for (const c of OPEN) {
    test(`${c.country}: “${c.offered}” in every tone`, () => {
      for (const tone of TONES) {
        const text = renderFinished('request-meeting', { tone, firstResponse: 'yes-with-limits', firstResponseWords: c.words, firstResponseDetails: { offered: c.offered }, culture: { country: c.country } });
        const message = section(text, 'The message');
        assert.doesNotMatch(message, /Whenever it suits you/, `${tone}: no open door back`);
        assert.match(message, /Would \w+ \d+ \w+ or \w+ \d+ \w+ (?:suit you|work)/, `${tone}: two days proposed`);
        assert.match(message, c.day, `${tone}: on the day they named`);
        assert.strictEqual((message.match(/\?/g) ?? []).length, 1, `${tone}: one question`);
      }
    });
  }
  test('German: „Würde Ihnen … oder … passen?“', () => {
    for (const tone of TONES) {
      const text = renderFinished('request-meeting', { tone, firstResponse: 'yes-with-limits', firstResponseWords: 'Nichts Regelmäßiges. Aber melden Sie sich gern, dann trinken wir mal freitags einen Kaffee.', firstResponseDetails: { offered: 'freitags einen Kaffee' } }, 'de');
      assert.match(text, /Würde (?:Ihnen|dir) Freitag, \d+\. \p{L}+ oder Freitag, \d+\. \p{L}+ passen\?/u, tone);
      assert.doesNotMatch(text, /Wann immer es (?:Ihnen|dir) passt/, tone);
    }
  });
  test('a place they will be keeps its timing (the next time they are there), and so does an offer inside a not now', () => {
    const inTown = renderFinished('request-meeting', { tone: 'warm', firstResponse: 'yes-with-limits', firstResponseWords: 'Nothing regular, but a coffee when I\'m in Bern, sure.', firstResponseDetails: { offered: 'a coffee when I\'m in Bern' } });
    assert.match(inTown, /next time you’re in Bern/);
    assert.doesNotMatch(inTown, /Would \w+ \d+/);
  });
});
