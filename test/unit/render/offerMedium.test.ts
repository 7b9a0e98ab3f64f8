// The leader's offer decides what is asked first; the user's format preference shapes the rhythm
// only where the offer does not say (a coffee offered, an async format, and the
// documents took them up "in writing"; the other way round, written help offered to a user who
// prefers meetings was asked for in a meeting).
import * as assert from 'assert';
import { stepsFor } from '../../../src/core/checklist/steps';
import { TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { offerMedium } from '../../../src/core/render/offerMedium';
import { exampleWith, render } from './helpers';

const TALK_OFFERS = [
  { words: 'Happy to grab coffee when I’m in London, but I can’t commit to anything regular.', offered: 'coffee when I’m in London', limits: 'nothing regular' },
  { words: 'Glad to have a call once a quarter, though not more than that.', offered: 'a call once a quarter', limits: 'not more than that' },
  { words: 'Sure, let’s meet for lunch when the launch is done, but no standing slot.', offered: 'lunch when the launch is done', limits: 'no standing slot' },
];
const WRITTEN_OFFERS = [
  { words: 'I honestly can’t do calls. Flick me a written question when you’ve got a specific one.', offered: 'answers to specific written questions', limits: 'no calls, nothing regular' },
  { words: 'Email me when you are stuck and I will reply, but no meetings please.', offered: 'a reply by email when you are stuck', limits: 'no meetings' },
  { words: 'Send me a few lines on Slack whenever you hit a wall.', offered: 'a Slack message whenever you hit a wall', limits: '' },
];
/** The prep doc's and request's marks of a note taken up in writing (the first note itself). */
const FIRST_NOTE = /they offered to answer in writing|this is not a request: it is the first note|Send the first note when a real decision/i;

suite('What they offered decides what is asked first, whatever the format', () => {
  test('the medium of an offer is read from what they offered and its limits', () => {
    for (const o of TALK_OFFERS) assert.strictEqual(offerMedium(o), 'talk', o.offered);
    for (const o of WRITTEN_OFFERS) assert.strictEqual(offerMedium(o), 'writing', o.offered);
    assert.strictEqual(offerMedium({ offered: 'help with the architecture review' }), undefined);
    assert.strictEqual(offerMedium({ offered: 'a chat now and then', limits: 'no calls' }), 'writing');
  });

  test('a call, a coffee or a lunch offered to a user who prefers async is not taken up as a written note', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const o of TALK_OFFERS) {
      const profile = exampleWith({ tone, format: 'async', cadence: 'as-needed', firstResponse: 'yes-with-limits', firstResponseWords: o.words, firstResponseDetails: { offered: o.offered, limits: o.limits } });
      for (const id of ['prep-doc', 'request-meeting', 'script']) {
        const bad = render(id, profile).split('\n').find((l) => FIRST_NOTE.test(l));
        if (bad) problems.push(`${tone} ${o.offered} ${id}: ${bad.slice(0, 120)}`);
      }
      const steps = stepsFor(validateProfile(profile).profile).map((s) => s.title).join('\n');
      if (/Send the first note when a real decision/.test(steps)) problems.push(`${tone} ${o.offered} checklist: the first note`);
    }
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
  });

  test('written help offered to a user who prefers meetings is taken up in writing: the first note, no meeting asked for', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const format of ['meetings', 'mixed']) for (const o of WRITTEN_OFFERS) {
      const profile = exampleWith({ tone, format, cadence: 'monthly', firstResponse: 'yes-with-limits', firstResponseWords: o.words, firstResponseDetails: { offered: o.offered, limits: o.limits } });
      if (!FIRST_NOTE.test(render('request-meeting', profile))) problems.push(`${tone} ${format} ${o.offered}: the request is not the first note`);
      const steps = stepsFor(validateProfile(profile).profile).map((s) => s.title).join('\n');
      if (!/Send the first note when a real decision/.test(steps)) problems.push(`${tone} ${format} ${o.offered} checklist: no first note`);
    }
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
  });
});
