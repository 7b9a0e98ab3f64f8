// Asked again for what they already gave (issue 21): after they named Tunde, or pointed to
// the mentoring programme, the no-reply still asked "And is there someone you would suggest I speak
// with?". Whoever or wherever they pointed you (confirmed, or read from their words) is not asked for
// again in any document, in any words.
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';

/** Every way the documents ask for a person to talk to. */
const ASKS_FOR_SOMEONE = /\b(?:someone|anyone(?: else)?) you(?:’d| would)? suggest\b|\bAnyone else I should talk to\b|\bAnyone you’d suggest\b|\bAnyone else you’d suggest\b/i;

function asking(profile: Record<string, unknown>): string[] {
  const found: string[] = [];
  for (const [id, text] of Object.entries(renderAll(profile))) {
    for (const line of text.split('\n')) if (ASKS_FOR_SOMEONE.test(line)) found.push(`${id}: ${line.trim().slice(0, 140)}`);
  }
  return found;
}

suite('Whom they pointed you to is not asked for again', () => {
  const pointed: [string, Record<string, unknown>][] = [
    ['a confirmed referral', { firstResponse: 'referral', firstResponseWords: 'Talk to Tunde at Paystack, he is deep in that stuff.', firstResponseDetails: { referTo: 'Tunde at Paystack' } }],
    ['a not-now with a channel', { firstResponse: 'not-now', firstResponseWords: 'Not now. Let’s talk in March, and meanwhile talk to the mentoring programme.', firstResponseDetails: { comeBackMonth: '2027-03', channel: 'the mentoring programme' } }],
    ['a referral only in their words, read as an offer', { firstResponseWords: 'The one you want is Tunde at Paystack, he’s deep in that stuff. But greet me when you’re on the Island.' }],
    ['a declined with a referral', { firstResponse: 'declined', firstResponseWords: 'No, sorry. Try Marcos in payments.', firstResponseDetails: { referTo: 'Marcos in payments' } }],
  ];
  for (const [name, patch] of pointed) {
    test(`${name}: no document asks for someone to suggest`, function () {
      this.timeout(120_000);
      for (const tone of ['formal', 'warm', 'concise']) {
        assert.deepStrictEqual(asking(exampleWith({ tone, ...patch })).slice(0, 6), [], `${name}/${tone}`);
      }
    });
  }

  test('with nobody named, the no-reply still asks for someone (the check can see the question)', function () {
    this.timeout(120_000);
    const found = asking(exampleWith({ tone: 'warm', firstResponse: 'not-now', firstResponseWords: 'Not now, maybe in March.', firstResponseDetails: { comeBackMonth: '2027-03' } }));
    assert.ok(found.some((l) => l.startsWith('no-reply:')), found.join('\n'));
  });
});
