// When the leader said to see someone else first ("You go and see Encik Farid first … then come see
// me"), the ask to them comes after that meeting, weeks on: "When to ask" reads the calendar from then,
// so a festival that falls near it (Chinese New Year in Malaysia, Tết, Seollal) is named, not missed
// because it was nine weeks from today. And the end of Ramadan is named and greeted as the country
// does: Hari Raya Aidilfitri and "Selamat Hari Raya" in Malaysia, not "Eid Mubarak".
import * as assert from 'assert';
import { cultureSection, presetDoc } from '../render/helpers';

const REFERRAL_FIRST = {
  firstResponse: 'referral', firstResponseDetails: { referTo: 'Farid Hashim' },
  firstResponseWords: 'You go and see Farid first, he did the same thing. After that, if still got questions, come see me.',
};
const DEC_7 = new Date(2026, 11, 7);

function whenToAsk(country: string, today: Date, patch: Record<string, unknown>): string {
  return cultureSection(presetDoc('prep-doc', country, today, patch)).split('\n').filter((l) => l.includes('**When to ask:**')).join('\n');
}

suite('when to ask: read from the day of the ask, and the festival named as the country names it', () => {
  test('after a referral to see first, a festival near the ask is named (Chinese New Year, Tết, Seollal)', () => {
    const cases: [string, RegExp][] = [
      ['MY', /Chinese New Year \([^)]*Feb[^)]*2027/u],
      ['VN', /Tết[^(]*\([^)]*Feb[^)]*2027/u],
      ['KR', /Seollal[^(]*\([^)]*Feb[^)]*2027/u],
    ];
    for (const [country, expected] of cases) {
      const line = whenToAsk(country, DEC_7, REFERRAL_FIRST);
      assert.match(line, expected, `${country}: ${line}`);
    }
  });

  test('without a step first, the ask is today and the same festival, nine weeks off, is not yet said', () => {
    assert.doesNotMatch(whenToAsk('MY', DEC_7, {}), /Chinese New Year/u);
  });

  test('the end of Ramadan as the country names and greets it', () => {
    const jan = new Date(2027, 0, 10);
    const my = cultureSection(presetDoc('prep-doc', 'MY', jan));
    assert.match(my, /Hari Raya Aidilfitri break \([^)]*\); after it, open with “Selamat Hari Raya”/u);
    assert.doesNotMatch(my, /Eid Mubarak|Eid al-Fitr break/u);
    const ae = cultureSection(presetDoc('prep-doc', 'AE', jan));
    assert.match(ae, /“Eid Mubarak”/u);
  });
});
