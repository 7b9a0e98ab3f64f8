// The leader's silence is not consent (issue 21): the English async update says what you will do and
// invites a word if they see a problem, with no deadline on them ("If I have not heard from you by
// then, I will proceed"; "No reply by then: I go with my recommendation"). The date is yours: when
// you decide.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const SILENCE_IS_YES = [
  /\bhaven[’']t heard\b/i, /\bhave not heard\b/i, /\bheard from you\b/i, /\bproceed\b/i, /\bno reply by\b/i, /\bby then\b/i,
  /\bif you don[’']t get to it\b/i, /\bunless I hear\b/i, /\bInput requested by\b/i, /\bQuestion by\b/i, /\*\*By when:\*\*/,
];
const ANSWERS: Record<string, unknown>[] = [
  { firstResponse: 'yes-with-limits', firstResponseWords: 'Happy to, but only by email and not more than once a month.' },
  { firstResponse: 'not-now', firstResponseWords: 'Not this quarter, try me after the release.' },
  { firstResponse: 'no-time', firstResponseWords: 'My calendar is impossible right now.' },
  { firstResponse: 'doubts-fit' },
  {},
];

suite('Their silence is never taken as a yes', () => {
  test('the async update, over tones, cultures, formats and first answers: your plan, a word welcome, no deadline on them', () => {
    let seen = 0;
    for (const answer of ANSWERS) for (const tone of TONES) for (const communication of ['direct', 'indirect']) for (const hierarchy of ['flat', 'hierarchical']) {
      for (const format of ['async', 'meetings']) {
        const doc = render('async-update', exampleWith({ ...answer, tone, format, culture: { communication, hierarchy } }));
        const label = `${tone}/${communication}/${hierarchy}/${format}/${String(answer.firstResponse)}`;
        for (const re of SILENCE_IS_YES) assert.doesNotMatch(doc, re, label);
        if (communication === 'direct' && hierarchy === 'flat' && !/They chose a chat/.test(doc)) {
          assert.match(doc, /if you see a problem with it/i, label);
          seen++;
        }
      }
    }
    assert.ok(seen >= 20, `only ${seen} updates with the plain close`);
  });
});
