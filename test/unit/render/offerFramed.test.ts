// What they offered is said in a frame that takes any form of it: a noun phrase ("a coffee"), a verb
// phrase ("to comment in writing when I have time") or a clause ("he can comment when he has time").
// It is quoted after "what you offered" / "what they offered", never pasted into a sentence
// ("You offered written comments when he has time.", "In time, that is to see them afterwards ...").
// Out loud, an offer that reads as a thing or an infinitive ("a coffee", "to comment in writing when
// you have time") follows "offered" plainly: a quotation spliced into speech read oddly to a reader
// ("in the way you offered: ‘a quarter of an hour’"). The others stay quoted there too.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const OFFERS = [
  { offered: 'a coffee', core: 'a coffee' },
  { offered: 'to comment in writing when I have time', core: 'comment in writing when' },
  { offered: 'he can comment when he has time', core: 'can comment when' },
  { offered: 'written comments when he has time', core: 'written comments when' },
  { offered: 'to see them afterwards if questions remain', core: 'see them afterwards if' },
];
const ANSWERS = [
  { firstResponse: 'yes-with-limits', words: 'I cannot promise regular meetings.', extra: { limits: 'no regular meetings' } },
  { firstResponse: 'not-now', words: 'Not now, we are in the middle of an audit until March.', extra: { comeBackAfter: 'the audit', comeBackMonth: '2026-04' } },
];
/** The offers said plainly after "offered" out loud: a thing with its article, an infinitive. */
const PLAIN = new Set(['a coffee', 'to comment in writing when I have time', 'to see them afterwards if questions remain']);
const DOCS = ['request-meeting', 'script', 'prep-doc', 'thank-you', 'brief', 'one-pager', 'manager-first', 'first-checkin'];
const BARE = /In time, that(?:’s| is) what (?:they|you) offered\./;

suite('What they offered is framed so any form reads', () => {
  test('the offer is quoted wherever a sentence carries it, and "In time" never ends on "what they offered"', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const a of ANSWERS) for (const o of OFFERS) {
      const profile = exampleWith({ tone, firstResponse: a.firstResponse, firstResponseWords: a.words, firstResponseDetails: { offered: o.offered, ...a.extra } });
      for (const id of DOCS) {
        for (const line of render(id, profile).split('\n')) {
          if (BARE.test(line)) problems.push(`${tone}/${a.firstResponse}/${o.offered} ${id}: ${line.trim().slice(0, 160)}`);
          const lower = line.toLowerCase();
          for (let at = lower.indexOf(o.core); at >= 0; at = lower.indexOf(o.core, at + 1)) {
            const before = line.slice(Math.max(0, at - 12), at);
            if (PLAIN.has(o.offered) && /\boffered (?:to )?$/u.test(before)) continue;
            if (!/[“"]\s*(?:to )?$|[“"](?:you|they|he|i) $/i.test(before)) problems.push(`${tone}/${a.firstResponse}/${o.offered} ${id}: ${line.trim().slice(0, 160)}`);
          }
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });
});
