// Ramadan gets one consistent piece of advice: when the planned ask falls in it, "When to ask" moves
// it past Ramadan and the note says how to ask only if it cannot wait (shorter, late morning, no
// lunch); when it is only ahead, "When to ask" says to ask before or after it, and no line proposes a
// slot in it.
import * as assert from 'assert';
import { presetDoc } from '../render/helpers';

const COUNTRIES = ['MY', 'AE', 'ID', 'EG', 'PK'];
const TONES = ['formal', 'warm', 'concise'];
const SLOTS = /late-morning slot|in the late morning/u;
const lines = (doc: string) => doc.split('\n');

suite('Ramadan: one consistent advice on when to ask (issue 22)', () => {
  test('the ask falls in Ramadan: moved past it, and shorter, late morning, no lunch only if it cannot wait', () => {
    for (const country of COUNTRIES) for (const tone of TONES) {
      // 15 February 2027 is inside Ramadan 1448 (about 8 February to 9 March).
      const doc = presetDoc('prep-doc', country, new Date(2027, 1, 15, 12), { tone });
      const note = lines(doc).find((l) => l.includes('**In Ramadan'));
      assert.ok(note, `${country} ${tone}: the Ramadan note`);
      assert.match(note, SLOTS, `${country} ${tone}`);
      assert.match(note, /no lunch/u, `${country} ${tone}`);
      // The slots are the fallback of a line that moves the ask, never advice beside a line that forbids it.
      assert.match(note, /If it cannot wait until after: [^.]*late[- ]morning/u, `${country} ${tone}`);
      assert.ok(lines(doc).some((l) => /When to ask/u.test(l) && /Ramadan/u.test(l)), `${country} ${tone}: "When to ask" names Ramadan`);
    }
  });

  test('Ramadan only ahead: ask before or after it, and no slot in it is proposed', () => {
    for (const country of COUNTRIES) for (const tone of TONES) {
      for (const today of [new Date(2027, 0, 5, 12), new Date(2026, 11, 10, 12)]) {
        const doc = presetDoc('prep-doc', country, today, { tone });
        const note = lines(doc).find((l) => l.includes('**In Ramadan'));
        assert.ok(note, `${country} ${tone} ${today.toISOString()}: the Ramadan note`);
        assert.doesNotMatch(note, SLOTS, `${country} ${tone} ${today.toISOString()}`);
      }
    }
  });
});
