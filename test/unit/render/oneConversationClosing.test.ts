// A one-conversation ask (after a referral, a doubt about fit, a no): the script promises nothing in
// the plural ("I will only bring decisions that are worth it") and its closing says "Whatever you
// decide" only where something is left to decide.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

/** The script's closing part: from its heading to the next heading. */
const closingOf = (script: string): string => /\n### \d+\. Closing\n([\s\S]*?)(?=\n##|$)/.exec(script)?.[1] ?? '';

const ANSWERS = [
  { firstResponse: 'referral', firstResponseWords: 'Go and talk to Dilani, she did exactly this at the mobile side. I\'ll tell her you\'ll call.', firstResponseDetails: { referTo: 'Dilani' } },
  { firstResponse: 'referral', firstResponseWords: 'Talk to Mr Okafor, he knows this better than I do.', firstResponseDetails: { referTo: 'Mr Okafor' } },
  { firstResponse: 'doubts-fit', firstResponseWords: 'I\'m not sure I\'m the right person for this, but happy to talk once.' },
];
const COUNTRIES = ['LK', 'NG', 'JP', 'US'];

suite('a one-conversation ask: no plural promises, no “whatever you decide” in the closing', () => {
  for (const a of ANSWERS) {
    for (const country of COUNTRIES) {
      test(`${a.firstResponse}, ${country}: every tone, executive and skip-level`, () => {
        for (const tone of TONES) {
          for (const relationship of ['executive', 'skip-level'] as const) {
            const docs = renderAll(exampleWith({ ...a, culture: { country }, tone, relationship, cadence: 'biweekly', sessionMinutes: 30 }));
            for (const id of ['script', 'prep-doc', 'brief']) {
              assert.doesNotMatch(docs[id]!, /bring (?:you )?decisions (?:that are )?worth it/, `${id} ${tone}/${relationship}: one decision, not several`);
            }
            const closing = closingOf(docs['script']!);
            assert.ok(closing.length > 0, 'the script has a closing');
            // After a referral the one conversation is the whole ask: nothing is left to decide. (A doubt about
            // fit leaves a second conversation theirs to offer, so its closing may still leave it to them.)
            if (a.firstResponse === 'referral') assert.doesNotMatch(closing, /Whatever you decide|Either way/, `${tone}/${relationship}: nothing is left to decide`);
          }
        }
      });
    }
  }
});
