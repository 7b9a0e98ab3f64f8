// No time for meetings, and an invitation to write ("zero time for meetings … ktebli, write to me",
// "no time for meetings, email me"): a yes, in writing, with that limit. Not a vague yes to ask again,
// nor a no. "No time, sorry" alone, or a come-back they named, stays what it was.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TONES } from '../../../src/core/profile/profile';
import { proposeReading } from '../../../src/core/render/firstAnswer';
import { render } from './helpers';

const TODAY = new Date(2026, 11, 7, 12, 0, 0);
const r22 = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/reader-profiles/r22/lb-async-unset.json'), 'utf8')) as Record<string, unknown>;

/** [their words, the limit said back, in their words]. */
const WRITTEN_YES: readonly (readonly [string, RegExp])[] = [
  ['Habibi, wallah I have zero time for meetings these months. Ktebli, write to me. Put it in writing and I\'ll answer when I can, maybe not same day.', /^zero time for meetings these months$/],
  ['Wallah, zero time for meetings these days. Ktebli.', /^zero time for meetings these days$/],
  ['I have no time for meetings, but email me and I\'ll reply.', /^no time for meetings$/],
  ['No time for meetings right now, sorry. Send it in writing and I\'ll have a look.', /^No time for meetings right now$/],
  ['I don\'t have time for meetings. Put it in writing.', /^I don't have time for meetings$/],
  ['Keine Zeit für Meetings. Schreiben Sie mir.', /^Keine Zeit für Meetings$/],
  ['No tengo tiempo para reuniones, escríbeme.', /^No tengo tiempo para reuniones$/],
  ['Напиши мені, на зустрічі зараз немає часу.', /на зустрічі зараз немає часу/],
];

/** Words that stay what they were: no invitation to write, or a come-back they named. */
const CONTROLS: readonly (readonly [string, string | undefined])[] = [
  ['No time, sorry.', 'declined'],
  ['No time for meetings, sorry.', 'declined'],
  ['Not this year, no time for meetings. Write to me in March.', 'not-now'],
];

suite('no time for meetings and “write to me”: a yes in writing', () => {
  test('read as a yes with limits, the limit in their words, in several languages', () => {
    for (const [words, limit] of WRITTEN_YES) {
      const reading = proposeReading(words, TODAY);
      assert.strictEqual(reading.response, 'yes-with-limits', words);
      assert.match(reading.details.limits ?? '', limit, words);
    }
  });

  test('without an invitation to write, or with a come-back named, the reading stays', () => {
    for (const [words, response] of CONTROLS) assert.strictEqual(proposeReading(words, TODAY).response, response, words);
  });

  test('the documents take up the written yes: nothing asked again, no meeting found, written questions', () => {
    for (const tone of TONES) {
      const profile = { ...r22, tone };
      const prep = render('prep-doc', profile);
      assert.doesNotMatch(prep, /door left ajar|find some time at some point|offer dates once|review point after/i, tone);
      // The yes in writing taken up: their offer named, or the note itself, with nothing asked again.
      assert.match(render('request-meeting', profile), /answer (?:my )?questions in writing|As you asked, (?:here it is )?in writing/, tone);
    }
  });
});
