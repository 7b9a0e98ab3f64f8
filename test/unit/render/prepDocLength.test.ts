// The prep doc stays readable for long free-text answers (2,167 words): repeated sentences
// are cut first. What may be shared with a leader at another company is said once in the prep doc.
import * as assert from 'assert';
import { exampleWith, render } from './helpers';

const KEEP = /keep what they tell you/gi;

suite('The prep doc says each rule once', () => {
  test('a leader at another company: “keep what they tell you” once in the prep doc, and still in the script', () => {
    for (const relationship of ['cross-team', 'executive', 'former-manager']) for (const company of ['Acme Ltd', undefined]) {
      const profile = exampleWith({ relationship, leader: { organization: 'other', ...(company ? { company } : {}) } });
      const doc = render('prep-doc', profile);
      assert.strictEqual(doc.match(KEEP)?.length ?? 0, 1, `${relationship} ${company}`);
      assert.ok((render('script', profile).match(KEEP)?.length ?? 0) >= 1, `${relationship} ${company}: the script keeps it`);
    }
  });
});
