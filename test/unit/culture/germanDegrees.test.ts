// One list of the academic degrees written before a name (germanNames.ts), and what each reader of it
// does with every member: your name in the first message to the person they named loses them all; a
// German or Swiss greeting keeps Dr./DDr./Prof. and leaves the Austrian ones out (an Austrian keeps
// them); the leader named in your own German words is said to them with any of them before the name.
import * as assert from 'assert';
import { AUSTRIAN_DEGREES, SALUTATION_DEGREES } from '../../../src/core/culture/germanNames';
import { greetingFullName } from '../../../src/core/render/german';
import { germanLeaderToYou } from '../../../src/core/render/germanYou';
import { renderFinished, section } from '../render/helpers';

const ALL = [...SALUTATION_DEGREES, ...AUSTRIAN_DEGREES];

suite('German: one list of academic degrees before a name, and what each reader does with it', () => {
  test('the lists: the salutation degrees and the Austrian ones, none in both', () => {
    for (const d of ['Dr.', 'DDr.', 'Prof.']) assert.ok(SALUTATION_DEGREES.includes(d), d);
    for (const d of ['DI', 'Dipl.-Ing.', 'Mag.', 'Mag.a', 'MMag.', 'Ing.', 'BSc', 'MSc', 'BA', 'MA']) assert.ok(AUSTRIAN_DEGREES.includes(d), d);
    assert.deepStrictEqual(SALUTATION_DEGREES.filter((d) => AUSTRIAN_DEGREES.includes(d)), []);
  });
  test('who is writing, in the first message to the person they named: every degree left out', () => {
    for (const d of ALL) {
      for (const twice of [false, true]) {
        const name = twice ? `${d} Dr. Sabine Leitner` : `${d} Sabine Leitner`;
        const text = renderFinished('request-meeting', { tone: 'formal', you: { name }, firstResponse: 'referral', firstResponseDetails: { referTo: 'Frau Weber' } }, 'de');
        assert.ok(section(text, 'An Frau Weber: die erste Nachricht').includes('mein Name ist Sabine Leitner,'), name);
      }
    }
  });
  test('the greeting’s full name: Dr./DDr./Prof. kept everywhere, the Austrian degrees only in Austria', () => {
    for (const d of SALUTATION_DEGREES) {
      for (const country of ['DE', 'CH', 'AT']) assert.strictEqual(greetingFullName('Martin Hofbauer', `${d} Martin Hofbauer`, country), `${d} Martin Hofbauer`, `${d}/${country}`);
    }
    for (const d of AUSTRIAN_DEGREES) {
      assert.strictEqual(greetingFullName('Martin Hofbauer', `${d} Martin Hofbauer`, 'DE'), 'Martin Hofbauer', d);
      assert.strictEqual(greetingFullName('Martin Hofbauer', `${d} Dr. Martin Hofbauer`, 'CH'), 'Dr. Martin Hofbauer', d);
      assert.strictEqual(greetingFullName('Martin Hofbauer', `${d} Martin Hofbauer`, 'AT'), `${d} Martin Hofbauer`, d);
      // The form the user chose with such a degree keeps them in Germany too.
      assert.strictEqual(greetingFullName(`${d} Hofbauer`, `${d} Martin Hofbauer`, 'DE'), `${d} Martin Hofbauer`, d);
    }
  });
  test('the leader named in your own words, with any degree before the name, is said to them', () => {
    for (const d of [...ALL, 'Frau', 'Herr', 'Herrn']) {
      assert.strictEqual(germanLeaderToYou(`ein Gespräch mit ${d} Keller zur Migration`, ['Keller'], 'Sie'), 'ein Gespräch mit Ihnen zur Migration', d);
      assert.strictEqual(germanLeaderToYou(`ein Gespräch mit Frau ${d} Keller`, ['Keller'], 'du'), 'ein Gespräch mit dir', d);
    }
  });
});
