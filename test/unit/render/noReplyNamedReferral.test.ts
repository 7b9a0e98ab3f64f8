// The reply to a no, after a referral to a named person: the "Then" step names them ("Write to Marcos
// Silva within a week…"), in English as in German, never "If they suggest someone" (they already did).
// Without a name it stays "if they suggest someone".
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { renderFinished } from './helpers';

const NAMED = [
  { words: 'Talk to Marcos Silva, he knows this better than I do.', referTo: 'Marcos Silva' },
  { words: 'Oh, for this one I think Khun Pimchanok is better than me krub. Let me tell her first.', referTo: 'Khun Pimchanok' },
  { words: 'Priya Raman built exactly that; she is the one to ask.', referTo: 'Priya Raman' },
];

suite('reply to a no after a named referral: the step names them', () => {
  for (const c of NAMED) {
    test(`${c.referTo}: every tone and relationship`, () => {
      for (const tone of TONES) {
        for (const relationship of ['skip-level', 'cross-team', 'executive'] as const) {
          const text = renderFinished('no-reply', { tone, relationship, firstResponse: 'referral', firstResponseWords: c.words, firstResponseDetails: { referTo: c.referTo } });
          assert.doesNotMatch(text, /If they suggest someone/, `${tone}/${relationship}`);
          assert.match(text, new RegExp(`Write to ${c.referTo} within a week`), `${tone}/${relationship}`);
        }
      }
    });
  }
  test('no one named: the step stays conditional', () => {
    const text = renderFinished('no-reply', { firstResponse: 'no-time', firstResponseWords: 'I really have no time this quarter.' });
    assert.match(text, /If they suggest someone/);
  });
});
