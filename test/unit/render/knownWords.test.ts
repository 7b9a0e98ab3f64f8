// In words the tool cannot read, the few it knows are said with their meaning (Greek, Hebrew, Arabic):
// "ευχαρίστως" is gladly, "όχι" not, "μήνα" a month. A help to confirm the answer, never a reading of it.
import * as assert from 'assert';
import { knownWordsIn } from '../../../src/core/render/wordsGloss';
import { exampleWith, render } from './helpers';

const CASES: readonly [string, string, readonly string[]][] = [
  ['GR', 'Ελένη μου, ευχαρίστως, αλλά όχι κάθε δύο εβδομάδες. Μία φορά τον μήνα, για καφέ, και έλα με συγκεκριμένη ερώτηση.',
    ['ευχαρίστως (gladly)', 'όχι (not)', 'κάθε δύο εβδομάδες (every two weeks)', 'μήνα (month)', 'καφέ (coffee)', 'ερώτηση (question)']],
  ['GR', 'ΔΕΝ ΜΠΟΡΩ αυτόν τον μήνα, λυπάμαι. Ρώτα με αργότερα.', ['δεν μπορώ (I cannot)', 'μήνα (month)', 'αργότερα (later)']],
  ['GR', 'Ευχαριστως! Ενας καφες τον μηνα;', ['ευχαρίστως (gladly)', 'καφέ (coffee)', 'μήνα (month)']],
  ['IL', 'בשמחה, אבל לא כל שבועיים. פעם בחודש, על קפה, ותביא שאלה ספציפית.', ['בשמחה (gladly)', 'לא (not)', 'שבועיים (two weeks)', 'חודש (month)', 'קפה (coffee)', 'שאלה (question)']],
  ['AE', 'بكل سرور، لكن ليس كل أسبوعين. مرة في الشهر على فنجان قهوة، وتعال بسؤال محدد.', ['بكل سرور (gladly)', 'ليس (not)', 'أسبوعين (two weeks)', 'شهر (month)', 'قهوة (coffee)', 'سؤال (question)']],
];

suite('Words the tool knows in words it cannot read', () => {
  test('each known word is found with its meaning, in the order they said it, whatever the accents or the case', () => {
    for (const [, words, known] of CASES) assert.deepStrictEqual(knownWordsIn(words), known, words);
    for (const words of ['Let me think about it.', 'Μάλλον.', '喜んで。']) assert.deepStrictEqual(knownWordsIn(words), [], words);
  });

  test('the note at the top says them, and says they are not a reading', () => {
    for (const [country, words, known] of CASES) for (const tone of ['warm', 'formal', 'concise']) {
      const head = render('prep-doc', exampleWith({ firstResponseWords: words, culture: { country }, tone })).split('## ')[0]!;
      for (const k of known) assert.ok(head.includes(k), `${country} ${tone}: ${k}`);
      assert.match(head, /not a reading of it/, country);
    }
    // Confirmed, the answer is the user's: no gloss.
    const confirmed = render('prep-doc', exampleWith({ firstResponseWords: CASES[0]![1], culture: { country: 'GR' }, firstResponse: 'noncommittal' }));
    assert.doesNotMatch(confirmed, /ευχαρίστως \(gladly\)/);
  });

  test('matching stays linear on long input', () => {
    const long = 'όχι '.repeat(20000) + 'καφέ';
    const start = Date.now();
    knownWordsIn(long);
    assert.ok(Date.now() - start < 500, `${Date.now() - start} ms`);
  });
});
