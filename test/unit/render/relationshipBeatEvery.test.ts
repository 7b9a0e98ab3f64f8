// Where trust is built by time together, every script spoken in a room starts with time on them,
// whatever the first answer: a referral, a no that granted one conversation, an offer taken up. At
// their home or table, the beat says the evening is that time and the business waits for them.
import * as assert from 'assert';
import { FIRST_RESPONSES, TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const COUNTRIES = ['JO', 'HU', 'BR', 'CN'];
const DETAILS: Record<string, Record<string, string>> = {
  referral: { referTo: 'Rania Haddad' },
  'yes-with-limits': { offered: 'coffee when I am in town' },
};

suite('The relationship beat holds for every profile where trust is relationship-based', () => {
  test('every first answer, tone and country: a spoken script starts with time on them', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const country of COUNTRIES) for (const firstResponse of FIRST_RESPONSES) {
      const profile = exampleWith({ tone, format: 'meetings', firstResponse, firstResponseDetails: DETAILS[firstResponse] ?? {}, culture: { country, scales: { trust: 'relationship-based' } } });
      const script = render('script', profile);
      // A script that is a written message has no room to spend time in.
      if (!/^### \d\. .*(?:Opening|Their view|The pause)/m.test(script)) continue;
      if (!/^### 1\. Before the business: time on them/m.test(script)) problems.push(`${tone}/${country}/${firstResponse}`);
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('at their home, the beat says the meal is the time on them', () => {
    for (const tone of TONES) for (const firstResponse of ['referral', 'yes-with-limits']) {
      const profile = exampleWith({ tone, format: 'mixed', firstResponse, firstResponseWords: 'Talk to Rania first. Then come for dinner at ours, we’ll talk properly.',
        firstResponseDetails: { ...(DETAILS[firstResponse] ?? {}), offered: 'dinner at ours' }, culture: { country: 'JO', scales: { trust: 'relationship-based' } } });
      const beat = render('script', profile).split('### 1. Before the business: time on them')[1]?.split('### 2.')[0] ?? '';
      assert.match(beat, /meal/, `${tone}/${firstResponse}: ${beat.slice(0, 200)}`);
    }
  });
});
