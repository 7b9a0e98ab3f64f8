// What the script has said is not said again (ke-budget's prep doc ran over 2,000
// words, with a second way out after the one the opening gave back after "not now", and "if they
// ask whether your manager knows" after the opening had said so).
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

/** The ways out the script offers: "if the timing is not right", "if this is still not a good moment"… */
const EXIT = /if (?:the timing (?:is not|isn’t|is) (?:right|wrong)|(?:this|it) is still not|it’s still not|it isn’t|it is not)|still not the moment/gi;

const NOT_NOW = [
  { firstResponseWords: 'Come back to me after the budget reading in June, we shall see then.', firstResponseDetails: { comeBackAfter: 'after the budget reading in June', comeBackMonth: '2027-07' } },
  { firstResponseWords: 'Not now, the timing is bad.', firstResponseDetails: {} },
  { firstResponseWords: 'Let’s revisit after the Q3 launch.', firstResponseDetails: { comeBackAfter: 'after the Q3 launch' } },
];
const INDIRECT = [{ communication: 'indirect', hierarchy: 'hierarchical' }, { country: 'KE' }, { country: 'JP' }];

suite('What the script said once is not said again', () => {
  test('back after "not now", the script offers one way out, in the opening, not a second in the ask', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const culture of INDIRECT) for (const nn of NOT_NOW) {
      const script = render('script', exampleWith({ tone, culture, relationship: 'skip-level', firstResponse: 'not-now', ...nn }));
      const spoken = script.slice(script.indexOf('## The conversation'), script.indexOf('### 5.') > 0 ? script.indexOf('### 5.') : undefined);
      const exits = spoken.match(EXIT) ?? [];
      if (exits.length > 1) problems.push(`${tone} ${JSON.stringify(culture)} ${nn.firstResponseWords.slice(0, 20)}: ${exits.length} exits: ${exits.join(' | ')}`);
    }
    assert.deepStrictEqual(problems.slice(0, 8), [], `${problems.length} problems`);
  });

  test('a skip-level script that says the manager knows does not tell you what to say if they ask', () => {
    for (const tone of TONES) for (const culture of INDIRECT) {
      const doc = render('prep-doc', exampleWith({ tone, culture, relationship: 'skip-level', managerKnows: true, firstResponse: 'not-now', ...NOT_NOW[0] }));
      assert.match(doc, /manager (?:first|knows)/i, `${tone}: the opening says it`);
      assert.doesNotMatch(doc, /If they ask whether your manager knows/, `${tone} ${JSON.stringify(culture)}`);
      // Not told yet: the pause line is what keeps the answer truthful, so it stays.
      const notTold = render('prep-doc', exampleWith({ tone, culture, relationship: 'skip-level', managerKnows: false, firstResponse: 'not-now', ...NOT_NOW[0] }));
      assert.match(notTold, /If they ask whether your manager knows/, tone);
    }
  });
});
