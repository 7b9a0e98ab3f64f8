// The next check-in where what they offered is informal (a coffee, a walk, a fika): no pre-read, no
// timed agenda, no set length; what to have ready, untimed. A booked session keeps its agenda.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const INFORMAL = [
  { offered: 'a coffee some Friday near Grand Canal Dock', words: 'Nothing formal, but give me a shout some Friday and we\'ll grab a coffee.', country: 'IE' },
  { offered: 'a walk round the lake at lunchtime', words: 'I don\'t do mentoring sessions, but happy to go for a walk round the lake at lunchtime now and then.', country: 'GB' },
  { offered: 'a fika when I\'m in Stockholm', words: 'Inget formellt, but a fika when I\'m in Stockholm, sure.', country: 'SE' },
  { offered: 'ab und zu einen Kaffee', words: 'Nichts Regelmäßiges, aber ab und zu einen Kaffee, gern.', country: 'DE' },
];

suite('the next check-in after an informal offer: nothing to pre-read, nothing timed', () => {
  for (const c of INFORMAL) {
    test(`${c.country}: “${c.offered}”, every tone and format`, () => {
      for (const tone of TONES) {
        for (const format of ['meetings', 'mixed', 'async'] as const) {
          const text = render('next-checkin', exampleWith({ tone, format, culture: { country: c.country }, firstResponse: 'yes-with-limits', firstResponseWords: c.words, firstResponseDetails: { offered: c.offered } }));
          const label = `${tone}/${format}`;
          assert.doesNotMatch(text, /as a pre-read|send a pre-read|pre-read (?:a|the) day/i, `${label}: no pre-read asked for`);
          assert.doesNotMatch(text, /## Agenda|\(\d+ minutes\)|\d+ minutes\./, `${label}: no timed agenda, no length`);
          assert.match(text, /## What to have ready/, label);
        }
      }
    });
  }
  test('a booked session keeps its timed agenda and pre-read', () => {
    const text = render('next-checkin', exampleWith({ format: 'meetings', firstResponse: 'no-time' }));
    assert.match(text, /## Agenda \(\d+ minutes\)/);
    assert.match(text, /pre-read/);
  });
});
