// A referral ("X is a better fit than me, talk to her"): the leader who sent you on is asked for one
// conversation at most, never a three-month trial on top, and not asked for a second referral.
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

suite('What they said, introduced for what it was', () => {
  test('a yes with limits or a referral is not called "the worry behind it" to answer before they raise it', () => {
    const limits = render('prep-doc', exampleWith({ firstResponse: 'yes-with-limits', firstResponseWords: 'Happy to, but only a call once a quarter.', firstResponseDetails: { offered: 'a call once a quarter' } }));
    const referral = render('prep-doc', exampleWith({ firstResponse: 'referral', firstResponseWords: 'Lucía Hernández is a better fit than me.', firstResponseDetails: { referTo: 'Lucía Hernández' } }));
    const declined = render('prep-doc', exampleWith({ firstResponse: 'no-time', firstResponseWords: 'My calendar is impossible right now.' }));
    assert.match(limits, /Keep inside the limits they set, and this one stays answered/);
    assert.match(referral, /Answer this one only if they raise it/);
    assert.doesNotMatch(limits + referral, /Answer this one before they raise it again/);
    assert.match(declined, /Answer this one before they raise it again/);
    // The card's title names the worry: the note never points at an unnamed one (reader 23).
    assert.doesNotMatch(limits + referral + declined, /the worry behind it|This worry is/);
  });
});

suite('After a referral, the meeting is the one conversation', () => {
  const referral = (patch: Record<string, unknown> = {}) => exampleWith({
    sessionMinutes: 15, firstResponse: 'referral', culture: { communication: 'indirect', hierarchy: 'hierarchical' },
    firstResponseWords: 'Park Ji-yeon has done this twice already. It would be better to learn from her first. I can mention it to her.',
    firstResponseDetails: { referTo: 'Park Ji-yeon', offered: 'to mention it to her' }, ...patch,
  });

  test('the script brings the decision instead of asking for a meeting inside the meeting', () => {
    for (const tone of TONES) {
      const script = render('script', referral({ tone }));
      assert.doesNotMatch(script, /(?:request|ask) is (?:small|much smaller)[^”]*one conversation of 15 minutes/i, tone);
      assert.match(script, /### 3\. The question: one decision, your options/, tone);
    }
  });

  test('it is read as a next step, not a lukewarm answer, and their offer to introduce you is taken up', () => {
    const doc = render('prep-doc', referral());
    assert.doesNotMatch(doc, /a lukewarm answer can be a polite no/);
    // The question went to her: she comes first, their offer to introduce you is the way to her, and they are thanked after.
    assert.match(doc, /They pointed you to Park Ji-yeon: a next step, not a no\. The question is hers now: contact her before you ask them for anything \(the first message is in the meeting request\), take up what they offered \(“to mention it to her”\), and once you have met her, send them two lines of thanks\./);
    assert.match(doc, /They offered this: “to mention it to her”\. Say yes, and thank them for it\./);
    const noOffer = render('prep-doc', referral({ firstResponseDetails: { referTo: 'Park Ji-yeon' } }));
    assert.doesNotMatch(noOffer, /take up their offer|They offered/);
  });
});
