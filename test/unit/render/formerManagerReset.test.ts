// The reset line to a former manager ("this isn't like when you were my manager") is said only when
// there is a reason to reset: they doubted they were the right fit, their words speak of the old roles,
// or your own words ask for a different footing. Never at an informal setting they offered, and not
// by default.
import * as assert from 'assert';
import { exampleWith, render } from './helpers';

const RESET = /like when you were my manager|Different from when you managed me|the ones I brought you as my manager/u;
const profile = (country: string, tone: string, patch: Record<string, unknown>) => {
  const p = exampleWith({ leader: { name: 'Jorge Quispe', addressAs: 'Jorge' }, relationship: 'former-manager', tone, ...patch });
  p.culture = { country };
  return p;
};
const docs = (p: Record<string, unknown>) => ['script', 'prep-doc', 'brief'].map((id) => render(id, p)).join('\n');

suite('former manager: the reset line only where there is a reason (issue 22)', () => {
  const countries = ['PE', 'US', 'DE', 'IN'];
  const tones = ['warm', 'formal', 'concise'];

  test('never at an informal setting they offered', () => {
    const offers: [string, string][] = [
      ['un almuerzo cuando quieras (lunch whenever you like)', 'Ay Vale, estoy a full. Y un almuerzo cuando quieras, eso sí.'],
      ['a coffee next week', 'Swamped right now, but let’s grab a coffee next week.'],
    ];
    for (const country of countries) for (const tone of tones) for (const [offered, words] of offers) {
      const p = profile(country, tone, { firstResponse: 'yes-with-limits', firstResponseWords: words, firstResponseDetails: { offered } });
      assert.doesNotMatch(docs(p), RESET, `${country} ${tone} ${offered}`);
    }
  });

  test('not by default: a plain no-time answer gives no reason to reset', () => {
    for (const country of countries) for (const tone of tones) {
      const p = profile(country, tone, { firstResponse: 'no-time', firstResponseWords: 'I am stretched thin this quarter.' });
      assert.doesNotMatch(docs(p), RESET, `${country} ${tone}`);
    }
  });

  test('said where they doubted their fit, or their words speak of the old roles', () => {
    const reasons = ['I’m not sure I’m the right person for this any more.', 'I’m not your manager any more, so I’m not sure how much I can help.'];
    for (const country of countries) for (const tone of tones) for (const words of reasons) {
      const p = profile(country, tone, { firstResponse: 'no-time', firstResponseWords: words });
      assert.match(render('script', p), RESET, `${country} ${tone} ${words}`);
    }
  });
});
