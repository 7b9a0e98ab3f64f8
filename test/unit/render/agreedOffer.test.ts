// A yes with limits is agreed: nothing asks again whether they agree, the request arranges the first
// one, the thank-you thanks for the yes, the checklist's steps fit an agreed offer, and the offer is
// said once per document (once in each stream: the narrative, the spoken script, a quoted version).
import * as assert from 'assert';
import { stepsFor } from '../../../src/core/checklist/steps';
import { TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { exampleWith, render } from './helpers';

const OFFERS = [
  { words: 'Happy to do a monthly 30-minute call, nothing more than that.', offered: 'a monthly 30-minute call', limits: 'nothing more', cadence: 'monthly', sessionMinutes: 30 },
  { words: 'Coffee when I’m in town, sure. I can’t do a regular slot though.', offered: 'coffee when I’m in town', limits: 'no regular slot', cadence: 'as-needed', sessionMinutes: 30 },
  { words: 'A lunch once a quarter is fine. Any more than that I cannot promise.', offered: 'a lunch once a quarter', limits: 'no more than that', cadence: 'as-needed', sessionMinutes: 45 },
];
const CULTURES = [{ country: 'GB' }, { country: 'IN' }, { country: 'JP' }, { communication: 'direct', hierarchy: 'flat' }, { country: 'DE' }];
const RELATIONSHIPS = ['skip-level', 'former-manager'];

/** Asking again whether they agree, or preparing for a no, after they said yes. */
const ASKS_AGAIN = /Would that work for you|timing (?:is not|isn’t|is wrong)|easy way to say no|either answer is fine|Does that work\?|If the answer is (?:yes|no)|If it’s a (?:yes|no)|If yes, |A no is (?:fine|completely fine)|if it’s a no|if that is a no|still considering|for considering (?:this|it)|If the answer was/i;

function offerMentions(text: string, offered: string): Record<string, number> {
  const forms = [offered, offered.replace(/I’m/g, 'you’re'), offered.replace(/I’m/g, 'they’re'), offered.replace(/I’m/g, 'I\'m')].map((f) => f.toLowerCase());
  const count: Record<string, number> = { spoken: 0, quoted: 0, narrative: 0 };
  for (const line of text.split('\n')) {
    // Their own words quoted back do not count.
    const l = line.toLowerCase().split(OFFERS.map((o) => o.words.toLowerCase()).find((w) => line.toLowerCase().includes(w)) ?? '\u0000').join('');
    const stream = line.startsWith('> **You:**') ? 'spoken' : line.startsWith('>') ? 'quoted' : 'narrative';
    for (const f of forms) if (l.includes(f)) { count[stream]! += l.split(f).length - 1; break; }
  }
  return count;
}

suite('A yes with limits is agreed: taken up, not asked again', () => {
  test('no document asks again whether they agree, or prepares for a no', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const culture of CULTURES) for (const relationship of RELATIONSHIPS) for (const o of OFFERS) {
      const profile = exampleWith({ tone, culture, relationship, format: 'meetings', cadence: o.cadence, sessionMinutes: o.sessionMinutes, firstResponse: 'yes-with-limits', firstResponseWords: o.words, firstResponseDetails: { offered: o.offered, limits: o.limits } });
      for (const id of ['request-meeting', 'script', 'prep-doc', 'thank-you', 'brief', 'one-pager']) {
        const line = render(id, profile).split('\n').find((l) => ASKS_AGAIN.test(l));
        if (line) problems.push(`${tone}/${JSON.stringify(culture)}/${relationship}/${o.offered} ${id}: ${line.trim().slice(0, 150)}`);
      }
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('what they offered is said once in each stream of a document', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const culture of CULTURES) for (const o of OFFERS) {
      const profile = exampleWith({ tone, culture, format: 'meetings', cadence: o.cadence, sessionMinutes: o.sessionMinutes, firstResponse: 'yes-with-limits', firstResponseWords: o.words, firstResponseDetails: { offered: o.offered, limits: o.limits } });
      for (const id of ['request-meeting', 'script', 'prep-doc', 'thank-you', 'brief', 'one-pager']) {
        const count = offerMentions(render(id, profile), o.offered);
        const over = Object.entries(count).filter(([, n]) => n > 1);
        if (over.length) problems.push(`${tone}/${JSON.stringify(culture)}/${o.offered} ${id}: ${JSON.stringify(count)}`);
      }
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  // A coffee or a lunch offered is the meeting itself: its thank-you comes after the coffee and thanks for the conversation.
  test('the thank-you thanks for the yes (for the conversation after a coffee), and has no variant for a pending answer or a not now', () => {
    for (const tone of TONES) for (const o of OFFERS) {
      const text = render('thank-you', exampleWith({ tone, culture: { country: 'GB' }, format: 'meetings', cadence: o.cadence, firstResponse: 'yes-with-limits', firstResponseWords: o.words, firstResponseDetails: { offered: o.offered } }));
      assert.doesNotMatch(text, /still considering|not now/i, `${tone} ${o.offered}`);
      if (/coffee|lunch/.test(o.offered)) {
        assert.match(text, /Thank(?:s| you)(?: so much)? for (?:the (?:conversation|coffee|lunch) )?today/i, `${tone} ${o.offered}: no thanks for the coffee`);
        assert.doesNotMatch(text, /for saying yes|for the yes/i, `${tone} ${o.offered}: thanks for a yes after the coffee`);
      } else assert.match(text, /for saying yes|for the yes/i, `${tone} ${o.offered}: no thanks for the yes`);
    }
  });

  test('the checklist arranges what was agreed: no 1:1 to book, no one-pager, no ask, no reply to a no', () => {
    for (const o of OFFERS) for (const format of ['meetings', 'mixed']) {
      const profile = validateProfile(exampleWith({ format, cadence: o.cadence, firstResponse: 'yes-with-limits', firstResponseWords: o.words, firstResponseDetails: { offered: o.offered } })).profile;
      const titles = stepsFor(profile).map((s) => s.title).join('\n');
      assert.doesNotMatch(titles, /Book a short 1:1|Send the one-pager|Make the ask|answer was no|pause and listen/i, `${o.offered} ${format}:\n${titles}`);
      assert.match(titles, /first one|what they offered/i, `${o.offered} ${format}:\n${titles}`);
    }
  });
});
