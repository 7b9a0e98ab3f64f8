// They already offered something (a yes with limits, or an offer beside a not now, a referral or a
// doubt: "lo hablamos con un café"): they said yes to that, so no document offers them a way to say
// no to it ("if it's a no, that's completely fine", "no pressure to say yes", "make it easy to
// decline"). Over first answers x offers x tones x cultures.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

/** An exit offered on what they already offered. */
const EASY_OUT = /if the timing (?:is(?: still)? not right|isn[’']t right|is(?: still)? wrong|still isn[’']t right)|if it[’']s a no\b|if that is a no\b|if the answer is no\b|(?:a no|that)(?: is| would be|[’']s|[’']d be)? (?:completely |totally |absolutely |perfectly )?(?:fine|ok|okay)\b(?! with)|no pressure|easy (?:way )?to (?:say no|decline|turn (?:it|this) down)|easy way to say no|either answer is fine|no hard feelings|feel free to say no|(?:you can|free to) (?:always )?(?:say no|decline)|I will understand (?:if not|completely)|I completely understand if not/i;

const CASES: { firstResponse: string; words: string; details: Record<string, string> }[] = [
  { firstResponse: 'not-now', words: 'Mira, ahora mismo imposible, estamos con la auditoría hasta marzo. Cuando la cerremos, escríbeme y lo hablamos con un café.', details: { comeBackAfter: 'once the audit is closed', offered: 'a coffee' } },
  { firstResponse: 'not-now', words: 'Not before the launch, sorry. Once it’s out, buy me lunch when I’m back in Lisbon.', details: { comeBackAfter: 'after the launch', offered: 'lunch when I’m back in Lisbon' } },
  { firstResponse: 'yes-with-limits', words: 'Coffee when I’m in town, sure. I can’t do a regular slot though.', details: { offered: 'coffee when I’m in town', limits: 'no regular slot' } },
  { firstResponse: 'yes-with-limits', words: 'Happy to answer written questions now and then, no meetings.', details: { offered: 'answers to written questions now and then', limits: 'no meetings' } },
  { firstResponse: 'referral', words: 'Farid knows this better; after that, if you still have questions, come and see me.', details: { referTo: 'Farid', offered: 'to see me afterwards if questions remain' } },
  { firstResponse: 'doubts-fit', words: 'Not sure I’m the right person, but happy to have a coffee and hear about it.', details: { offered: 'a coffee to hear about it' } },
];
const CULTURES = [{ country: 'ES' }, { country: 'GB' }, { country: 'JP' }, { country: 'MY' }, { communication: 'direct', hierarchy: 'flat' }];
/** The documents that carry the ask; the reply to a no answers another situation and is left out. */
const DOCUMENTS = ['request-meeting', 'script', 'prep-doc', 'brief', 'one-pager', 'objections'];

suite('After they offered something, no easy way out of it', function () {
  this.timeout(300_000);
  test('no document offers an exit from what they offered', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const culture of CULTURES) for (const c of CASES) {
      const docs = renderAll(exampleWith({ tone, culture, relationship: 'cross-team', firstResponse: c.firstResponse, firstResponseWords: c.words, firstResponseDetails: c.details }));
      for (const id of DOCUMENTS) {
        // What not to add, quoted as advice (“…but only if you have time, no pressure at all”), is no exit.
        const line = docs[id]!.split('\n').map((l) => l.replace(/\(“…[^)]*\)/gu, '')).find((l) => EASY_OUT.test(l));
        if (line) problems.push(`${c.firstResponse}/${c.details.offered}/${tone}/${JSON.stringify(culture)} ${id}: ${line.match(EASY_OUT)![0]} … ${line.trim().slice(0, 140)}`);
      }
    }
    assert.deepStrictEqual(problems.slice(0, 16), [], `${problems.length} problems`);
  });

  test('the pattern catches the exits it is meant for', () => {
    for (const line of ['And if it’s a no, that’s completely fine.', 'No pressure to say yes.', 'I want to make it an easy way to say no.', 'keep the ask small and make it easy to decline.'])
      assert.ok(EASY_OUT.test(line), line);
  });
});
