// A country without a preset, with no scales the user set, was written in the casual American
// register of the warm and concise tones: "Hi Madam Mensah,", "Totally fair.", "we stop, no hard
// feelings". Where we know nothing of the culture, the letters are courteous and neutral: "Dear
// <address>," and none of the casual idioms, in every tone. Scales the user set keep the usual register.
// (communication: direct and hierarchy: flat are the defaults older files and the guided flow write:
// not the user's view of the culture.)
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';
import { presetFor } from '../../../src/core/culture/presets';

const WITHOUT_PRESET = ['PY', 'LV', 'SK', 'MK', 'EC', 'BO'];
const TONES = ['formal', 'warm', 'concise'] as const;
const TEMPLATES = ['request-meeting', 'thank-you', 'no-reply', 'async-update', 'script', 'brief', 'one-pager', 'prep-doc', 'objections'];
const CASUAL = /\b(?:Totally|no hard feelings|super|awesome|no worries|quick one)\b/iu;
const FIRST_WORDS = ['Let’s revisit after the Q3 launch.', 'My calendar is brutal this quarter.', 'No, I can’t take on mentoring this year.'];

const greetings = (doc: string) => [...doc.matchAll(/^>? ?(Dear|Hi|Hello) ([^,\n]+),/gmu)].map((m) => m[1]);

suite('Culture: a country without a preset gets a neutral, courteous register', () => {
  test('the listed countries have no preset', () => {
    for (const code of WITHOUT_PRESET) assert.strictEqual(presetFor(code), undefined, code);
  });

  test('every greeting is “Dear …,” and no casual idiom is used, in every tone', () => {
    for (const country of WITHOUT_PRESET) {
      for (const tone of TONES) {
        for (const words of FIRST_WORDS) {
          for (const template of TEMPLATES) {
            const doc = renderFinished(template, { culture: { country, communication: 'direct', hierarchy: 'flat' }, tone, firstResponseWords: words, leader: { name: 'Abena Mensah', addressAs: 'Madam Mensah' } });
            const label = `${country} ${tone} ${template} ${words}`;
            assert.deepStrictEqual(doc.split('\n').filter((l) => CASUAL.test(l)), [], label);
            for (const g of greetings(doc)) assert.notStrictEqual(g, 'Hi', label);
          }
        }
      }
    }
  });

  test('the letters do greet by name with “Dear”', () => {
    for (const country of WITHOUT_PRESET) {
      for (const tone of TONES) {
        const doc = renderFinished('thank-you', { culture: { country, communication: 'direct', hierarchy: 'flat' }, tone, leader: { name: 'Abena Mensah', addressAs: 'Madam Mensah' } });
        assert.match(doc, /^Dear Madam Mensah,/mu, `${country} ${tone}`);
      }
    }
  });

  test('scales the user set keep the usual register (a warm tone may still say “Hi”)', () => {
    const doc = renderFinished('thank-you', { culture: { country: 'GE', scales: { communication: 'high-context', hierarchy: 'egalitarian', trust: 'task-based', disagreement: 'open', time: 'linear' } }, tone: 'warm', leader: { name: 'Dana Ito', addressAs: 'Dana' } });
    assert.match(doc, /^Hi Dana,/mu);
  });
});
