// Three things a reader found on a script for a leader at another company who offered coffee once a
// review is over (ET), and on a written-only ask: the question was asked twice (once in the connection,
// again in the ask); a possible conflict of interest was left under "other reasons"; and a script that
// is a written message was headed "The conversation".
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render, renderFinished } from './helpers';

const BRIDGE = 'using bounded contexts to split the gateway';
const COUNTRIES = ['ET', 'IE', 'JP', 'DE', 'BR'];

/** The script up to the pushback: what is said in the meeting. */
const spoken = (script: string) => script.slice(0, script.indexOf('## If they push back'));
const count = (text: string, words: string) => text.split(words).length - 1;

/** Situations where the ask names the question word for word: a coffee they offered, the one
 *  conversation granted after a no or a referral. */
const NAMED_ASK: Record<string, unknown>[] = [
  { firstResponse: 'not-now', firstResponseWords: 'Once the review is behind us, come for coffee at our office and we will see what I can do.',
    firstResponseDetails: { comeBackAfter: 'once the review is behind us', offered: 'coffee at their office' } },
  { firstResponse: 'yes-with-limits', firstResponseWords: 'Happy to have a coffee with you next time I am in town.', firstResponseDetails: { offered: 'a coffee next time they are in town' } },
  { firstResponse: 'declined', firstResponseWords: 'No, I can’t take on mentoring this year.' },
  { firstResponse: 'referral', firstResponseWords: 'Talk to Marcos, he knows this better than I do.' },
];

suite('One ask, the outside leader’s worry, the written heading', () => {
  test('the script asks its question once: the connection says why them, the ask names the question', function () {
    this.timeout(120_000);
    const problems: string[] = [];
    for (const tone of TONES) for (const country of COUNTRIES) for (const [i, patch] of NAMED_ASK.entries()) {
      for (const organization of ['same', 'other']) {
        const script = spoken(render('script', exampleWith({ ...patch, tone, format: 'meetings', relationship: 'cross-team', culture: { country }, leader: { organization } })));
        const n = count(script, BRIDGE);
        if (n !== 1) problems.push(`${tone} ${country} ${organization} #${i}: the question said ${n} times`);
      }
    }
    assert.deepStrictEqual(problems.slice(0, 8), [], `${problems.length} problems`);
  });

  test('a leader at another company: the conflict of interest is a reason given in full, answered with what you will not ask and what you keep', function () {
    this.timeout(120_000);
    const problems: string[] = [];
    for (const tone of TONES) for (const country of COUNTRIES) for (const relationship of ['cross-team', 'executive', 'skip-level']) {
      for (const fr of ['not-now', 'no-time', 'noncommittal']) {
        const prep = render('prep-doc', exampleWith({ tone, relationship, firstResponse: fr, culture: { country }, leader: { organization: 'other', company: 'Northwind' } }));
        const hesitate = prep.slice(prep.indexOf('## Why leaders hesitate'), prep.indexOf('## Objections and answers'));
        const where = `${tone} ${country} ${relationship} ${fr}`;
        if (!/^### .*conflict of interest/im.test(hesitate)) problems.push(`${where}: the conflict of interest is not a reason in full`);
        if (/Other reasons[^\n]*conflict of interest/i.test(hesitate)) problems.push(`${where}: still under other reasons`);
        if (!/supplier|partners|competitors/i.test(hesitate)) problems.push(`${where}: no supplier, partner or competitor named`);
        if (!/what you will not ask them/i.test(hesitate) || !/stays with you/i.test(hesitate)) problems.push(`${where}: the answer does not say what is not asked and what is kept`);
      }
    }
    assert.deepStrictEqual(problems.slice(0, 8), [], `${problems.length} problems`);
  });

  test('a written ask is headed as the message, in English and German; a meeting keeps "The conversation"', function () {
    this.timeout(120_000);
    const written = [
      { firstResponse: 'yes-with-limits', firstResponseWords: 'Happy to answer the odd question by email, but no meetings.' },
      { firstResponse: 'no-time', firstResponseWords: 'My calendar is brutal this quarter.' },
      { firstResponse: 'noncommittal', firstResponseWords: 'Interesting idea, let me think about it.' },
    ];
    for (const tone of TONES) for (const patch of written) {
      const profile = { ...patch, tone, format: 'async', cadence: 'as-needed', culture: { country: 'LB' } };
      const en = renderFinished('script', profile);
      assert.match(en, /^## The message$/m, `${tone} ${patch.firstResponse}`);
      assert.doesNotMatch(en, /^## The conversation$/m, `${tone} ${patch.firstResponse}`);
      const de = renderFinished('script', profile, 'de');
      assert.match(de, /^## Die Nachricht$/m, `${tone} ${patch.firstResponse} (de)`);
      assert.doesNotMatch(de, /^## Das Gespräch$/m, `${tone} ${patch.firstResponse} (de)`);
      // Their email-only offer keeps the ask in writing whatever the format; the others meet.
      if (patch.firstResponse === 'yes-with-limits') continue;
      const meeting = renderFinished('script', { ...profile, format: 'meetings', cadence: 'monthly' });
      assert.match(meeting, /^## The conversation$/m, `${tone} ${patch.firstResponse} (meetings)`);
    }
  });
});
