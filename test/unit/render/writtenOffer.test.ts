// A yes with limits where what they offered is written only ("no meetings, write to me, I answer
// within a week"): every document names that offer plainly ("answer my questions in writing", "a
// written question now and then"), never "some of your time, within limits" or a meeting. An offer
// of time keeps its own words.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { render, renderFinished, exampleWith } from './helpers';

const WRITTEN: readonly { words: string; country: string }[] = [
  { words: 'Olgu. Aga koosolekuid ma juurde ei võta. Kirjuta mulle, vastan kui jõuan, ehk nädala jooksul.', country: 'EE' },
  { words: 'Fine, but no more meetings for me. Write to me and I will answer within a week or so.', country: 'GB' },
  { words: 'Gut, aber keine weiteren Termine. Schreiben Sie mir, ich antworte, wenn ich dazu komme.', country: 'DE' },
];
const TIME = /some (?:of your )?time|within (?:clear )?limits|etwas Zeit/;

suite('a yes with limits that offered writing only: named as that', () => {
  for (const c of WRITTEN) {
    test(`${c.country}: “${c.words.slice(0, 40)}…”, every tone, English and German`, () => {
      for (const tone of TONES) {
        const patch = { tone, format: 'async', culture: { country: c.country }, firstResponse: 'yes-with-limits', firstResponseWords: c.words, firstResponseDetails: { limits: 'no meetings' } };
        const profile = exampleWith(patch);
        for (const id of ['request-meeting', 'script', 'brief', 'prep-doc']) {
          const text = render(id, profile);
          assert.doesNotMatch(text, TIME, `${tone} ${id}`);
        }
        assert.match(render('request-meeting', profile), /answer (?:my )?questions in writing/, `${tone}: the offer named`);
        assert.match(render('script', profile), /in writing|written answers/, `${tone}: the offer named`);
        const german = renderFinished('request-meeting', patch, 'de');
        assert.doesNotMatch(german, TIME, `${tone} de`);
      }
    });
  }
  test('an offer of time says back the limit they set (not the gloss “within limits”), and the user’s own async format is not said to be their offer', () => {
    for (const format of ['meetings', 'async']) {
      const profile = exampleWith({ tone: 'warm', format, firstResponse: 'yes-with-limits', firstResponseWords: 'Yes, but I can only do a little, and nothing regular.' });
      assert.match(render('request-meeting', profile), /As you said: nothing regular/, format);
      assert.doesNotMatch(render('request-meeting', profile), /within limits/, format);
      assert.doesNotMatch(render('request-meeting', profile), /offered to answer my questions in writing/, format);
    }
  });
});
