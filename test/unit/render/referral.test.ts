// A referral ("X is a better fit than me, talk to her"): the leader who sent you on is asked for one
// conversation at most, never a three-month trial on top (reader r5), and not asked for a second referral.
import * as assert from 'assert';
import { FORMATS, TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

suite('After a referral, one conversation at most', () => {
  test('no trial, no recurring rhythm, and no second referral asked for, in every tone and format', () => {
    const problems: string[] = [];
    for (const tone of TONES) {
      for (const format of FORMATS) {
        const profile = exampleWith({
          tone, format, cadence: 'biweekly', firstResponse: 'referral',
          firstResponseWords: 'For architecture these days Lucía Hernández is a better fit than me. Talk to her.',
          firstResponseDetails: { referTo: 'Lucía Hernández' },
        });
        for (const id of ['prep-doc', 'script', 'one-pager', 'brief']) {
          const text = render(id, profile);
          for (const line of text.split('\n')) {
            if (/\bthree months\b|\bevery two weeks\b/i.test(line)) problems.push(`${tone}/${format} ${id}: a trial: ${line.trim().slice(0, 140)}`);
            if (/\bsomeone else (?:would )?fits? better\b/i.test(line) && /“/.test(line)) problems.push(`${tone}/${format} ${id}: a second referral: ${line.trim().slice(0, 140)}`);
          }
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });
});
