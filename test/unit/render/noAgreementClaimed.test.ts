// The reply to a "not now" proposes when you will come back; it never says the month was agreed
// ("As agreed, I will get back in touch in July" after "remind me after Eid and we
// will see": nothing was agreed, and July was the tool's proposal).
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

suite('Nothing claimed as agreed in the reply to a not now', () => {
  test('every tone and hierarchy: the come-back month is proposed, not "as agreed"', () => {
    const problems: string[] = [];
    for (const tone of TONES) {
      for (const hierarchy of ['flat', 'hierarchical'] as const) {
        for (const details of [{ comeBackAfter: 'after Eid', comeBackMonth: '2027-04' }, { comeBackAfter: 'after the budget' }]) {
          const doc = render('no-reply', exampleWith({ tone, firstResponse: 'not-now', firstResponseWords: 'After Eid, inshallah, remind me and we will see.', firstResponseDetails: details, culture: { communication: 'indirect', hierarchy } }));
          const agreed = /\bas agreed\b|\bas we agreed\b/i.exec(doc);
          if (agreed) problems.push(`${tone}/${hierarchy}/${details.comeBackMonth ?? 'no month'}: "${agreed[0]}"`);
        }
      }
    }
    assert.deepStrictEqual(problems, []);
  });
});
