// At the coffee they offered, the opening thanked them by reading their offer back and taking them up on
// it: "Last time you offered this: ‘a coffee some Friday near Grand Canal Dock’. I’d love to take you up
// on exactly that, and no more." said over that very coffee. The informal offer is the meeting itself.
import * as assert from 'assert';
import { exampleWith, render } from './helpers';

const INFORMAL = ['a coffee some Friday near Grand Canal Dock', 'lunch when I’m in Leeds', 'a walk around the campus'];
const OTHER = ['written comments when I have time', 'a monthly 30-minute call'];

/** The script's opening lines (part 1). */
const opening = (script: string) => script.split(/### \d\. /).find((part) => /^Opening/.test(part)) ?? '';

suite('At an informal offer, the opening does not read their offer back', () => {
  test('over informal offers and tones: thanks and the one question, no "take you up on"', () => {
    for (const offered of INFORMAL) for (const tone of ['formal', 'warm', 'concise']) {
      const open = opening(render('script', exampleWith({ tone, format: 'meetings', firstResponse: 'yes-with-limits', firstResponseDetails: { offered } })));
      assert.ok(open.length > 0, `${offered} / ${tone}: no opening`);
      assert.doesNotMatch(open, /take you up on|you offered this|What you offered/i, `${offered} / ${tone}`);
      assert.match(open, /one question/, `${offered} / ${tone}`);
    }
  });

  test('another offer is still taken up as offered (the check can fail)', () => {
    for (const offered of OTHER) {
      const open = opening(render('script', exampleWith({ tone: 'warm', format: 'meetings', firstResponse: 'yes-with-limits', firstResponseDetails: { offered } })));
      assert.match(open, /take you up on exactly that/, offered);
    }
  });
});
