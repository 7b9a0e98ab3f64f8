// Words the tool cannot read: a leader who answered in Greek, Hebrew, Arabic, Thai, Japanese, Chinese,
// Korean or Cyrillic, with no first answer confirmed. The prep doc quotes their words, says plainly it
// could not read them, and asks the user to confirm the answer and what they offered; and no document
// proposes a rhythm of our own, since they may have said one (the Greek leader's "not every two weeks").
import * as assert from 'assert';
import { unreadScript } from '../../../src/core/render/wordsScript';
import { exampleWith, render } from './helpers';
import { COUNTRY_CODES } from '../../../src/core/culture/presets';

/** Words as pages.test counts them: whitespace-separated tokens with a letter or a digit. */
const wordCount = (markdown: string): number => markdown.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/** Each a leader's answer, with the script the note names. */
const FOREIGN: readonly [string, string, RegExp][] = [
  ['GR', 'Ελένη μου, ευχαρίστως, αλλά όχι κάθε δύο εβδομάδες. Μία φορά τον μήνα, για καφέ, και έλα με συγκεκριμένη ερώτηση.', /Greek/],
  ['IL', 'בשמחה, אבל לא כל שבועיים. פעם בחודש, על קפה.', /Hebrew/],
  ['AE', 'بكل سرور، لكن ليس كل أسبوعين. مرة في الشهر على فنجان قهوة.', /Arabic/],
  ['TH', 'ยินดีครับ แต่ไม่ใช่ทุกสองสัปดาห์ เดือนละครั้งก็พอ', /Thai/],
  ['JP', '喜んで。ただ、二週間ごとは難しいです。月に一度、コーヒーでもどうですか。', /Japanese/],
  ['CN', '很乐意，但不能每两周一次。每个月一次，喝杯咖啡吧。', /Chinese/],
  ['KR', '기꺼이요. 하지만 2주마다는 어렵고, 한 달에 한 번 커피 한잔 해요.', /Korean/],
  ['RU', 'С удовольствием, но не каждые две недели. Раз в месяц, за кофе.', /Cyrillic/],
];
const PROFILES = (words: string, country: string) => ['warm', 'formal', 'concise'].flatMap((tone) => ['weekly', 'biweekly', 'monthly'].map((cadence) =>
  exampleWith({ firstResponseWords: words, culture: { country }, tone, cadence, sessionMinutes: 45, relationship: 'former-manager' })));

suite('Words in a script the tool cannot read', () => {
  test('the script is named from the letters, and English (or German) words are not flagged', () => {
    for (const [, words, script] of FOREIGN) assert.match(unreadScript(words) ?? 'none', new RegExp(script.source.toLowerCase()), words);
    for (const words of ['Let me think about it.', 'Gerne, aber nicht alle zwei Wochen.', 'Hmm, 好的 maybe later, let me check my calendar first.']) {
      assert.strictEqual(unreadScript(words), undefined, words);
    }
  });

  test('the prep doc quotes their words, says it could not read them, and asks to confirm the answer and the offer', () => {
    for (const [country, words, script] of FOREIGN) for (const profile of PROFILES(words, country).slice(0, 3)) {
      const doc = render('prep-doc', profile);
      const head = doc.split('## ')[0]!;
      assert.ok(head.includes(words.replace(/[.。]$/u, '').slice(0, 12)), `${country}: their words are quoted at the top`);
      assert.match(head, script, country);
      assert.match(head, /cannot read/, country);
      assert.match(head, /What they said the first time/, country);
      assert.match(head, /What they offered/, country);
      assert.doesNotMatch(doc, /lukewarm/i, country);
      assert.match(doc, /- \[ \] Confirm what they said the first time, and anything they offered/, `${country}: the checklist's first step`);
    }
  });

  test('no document proposes a rhythm or a trial of our own: one conversation, their choice of rhythm', () => {
    for (const [country, words] of FOREIGN) for (const profile of PROFILES(words, country)) {
      for (const id of ['prep-doc', 'script', 'request-meeting', 'one-pager', 'brief', 'thank-you']) {
        // The words the tool knows in theirs are glossed ("every two weeks" is what they said): not a proposal.
        const doc = render(id, profile).replace(/^\*Words this tool knows in them:.*$/mu, '');
        for (const bad of [/every two weeks/, /every week/, /once a month/, /\bweekly\b/i, /three-month trial/, /for three months/, /45 minutes/]) {
          assert.doesNotMatch(doc, bad, `${id} ${country} ${profile['tone'] as string} ${profile['cadence'] as string}: ${String(bad)}`);
        }
      }
    }
  });

  test('with the note, a prep doc stays within two pages in every relationship and tone', () => {
    for (const [country, words] of FOREIGN) for (const relationship of ['skip-level', 'cross-team', 'executive', 'former-manager']) for (const tone of ['warm', 'formal', 'concise']) {
      const n = wordCount(render('prep-doc', exampleWith({ firstResponseWords: words, culture: { country }, relationship, tone })));
      assert.ok(n <= 2000, `${country} ${relationship} ${tone}: ${n} words`);
    }
  });

  test('with the note and the words it knows, a prep doc stays within two pages for every country preset', () => {
    const [, words] = FOREIGN[2]!;
    for (const country of COUNTRY_CODES) for (const relationship of ['cross-team', 'executive']) for (const organization of ['public-sector', 'enterprise']) {
      const n = wordCount(render('prep-doc', exampleWith({ firstResponseWords: words, culture: { country }, relationship, tone: 'warm', organization })));
      assert.ok(n <= 2000, `${country} ${relationship} ${organization}: ${n} words`);
    }
  });

  test('a confirmed answer is followed, and the note is gone', () => {
    const [, words] = FOREIGN[0]!;
    const doc = render('prep-doc', exampleWith({ firstResponseWords: words, culture: { country: 'GR' }, firstResponse: 'yes-with-limits', firstResponseDetails: { offered: 'once a month, over coffee', limits: 'not every two weeks' } }));
    assert.doesNotMatch(doc, /cannot read/);
    assert.match(doc, /once a month, over coffee/);
  });
});
