// The country's line fits the leader (reader 23, a Vietnamese VP addressed "chị Lan"): its examples
// follow the honorific the user greets them with, else stay neutral, never a man's name for a woman; a
// leader in your own company, skip-level or not, needs no introduction; and the line never contradicts
// the short note sent ahead ("meet before you write").
import * as assert from 'assert';
import { cultureSection, exampleWith, render } from '../render/helpers';

const TONES = ['formal', 'warm', 'concise'] as const;
const profile = (country: string, patch: Record<string, unknown>) => ({ ...exampleWith(patch), culture: { country } });

suite('A country line that fits the leader', () => {
  test('Vietnam: the example follows the honorific, or stays neutral', () => {
    const cases: [string, string | undefined, RegExp, RegExp][] = [
      ['Phạm Thị Lan', 'chị Lan', /Greet her by her given name with “chị”/u, /Mr Minh|“anh”|Greet him/u],
      ['Nguyễn Văn Minh', 'anh Minh', /Greet him by his given name with “anh”/u, /Mr Minh|“chị”|Greet her/u],
      ['Nguyễn Thu Hà', undefined, /“anh” or “chị”, “ông” or “bà”/u, /Mr Minh|Greet her|Greet him/u],
    ];
    for (const [name, addressAs, fits, never] of cases) {
      for (const tone of TONES) {
        const text = cultureSection(render('prep-doc', profile('VN', { tone, relationship: 'skip-level', leader: { name, ...(addressAs ? { addressAs } : {}) } })));
        assert.match(text, fits, `${name} ${tone}`);
        assert.doesNotMatch(text, never, `${name} ${tone}`);
        assert.doesNotMatch(text, /meet before you write/u, `${name} ${tone}`);
      }
    }
  });

  test('a leader in your own company needs no introduction; one elsewhere does (VN, ID, AE, EG, SA)', () => {
    for (const country of ['VN', 'ID', 'AE', 'EG', 'SA']) {
      for (const relationship of ['skip-level', 'cross-team', 'executive']) {
        const text = cultureSection(render('prep-doc', profile(country, { relationship, tone: 'warm' })));
        assert.doesNotMatch(text, /introduce you|who introduced you/u, `${country} ${relationship}`);
      }
      const outside = cultureSection(render('prep-doc', profile(country, { relationship: 'cross-team', tone: 'warm', leader: { organization: 'other', company: 'Acme Bank' } })));
      assert.match(outside, /introduce you|introduction/u, `${country} outside`);
    }
  });

  test('the Philippines: “Ma’am” for a woman, “Sir” for a man, both when the profile does not say', () => {
    const ph = (addressAs: string | undefined) => cultureSection(render('prep-doc', profile('PH', { tone: 'warm', leader: { name: 'Tina Reyes', ...(addressAs ? { addressAs } : {}) } })));
    assert.doesNotMatch(ph('Sir Mark'), /Ma’am Tina/u);
    assert.doesNotMatch(ph('Ma’am Tina'), /Sir Mark/u);
    assert.match(ph(undefined), /“Ma’am Tina”, “Sir Mark”/u);
  });
});
