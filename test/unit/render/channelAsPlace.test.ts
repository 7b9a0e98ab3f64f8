// The channel they pointed to is said as a place to go through ("I will go through the mentoring
// programme, as you suggested") only when it is one. A way to reach them typed in that field ("get
// back in touch with her directly", "written messages to him directly") was spliced in as one: "I will
// go through get back in touch with her directly, as you suggested."
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';

const INSTRUCTIONS = ['get back in touch with her directly', 'written messages to him directly', 'email me when the audit is done', 'ping him on Slack'];
const PLACES = ['the mentoring programme', 'our architecture guild', 'mentoring scheme', 'HR'];
const DOCUMENTS = ['no-reply', 'brief', 'prep-doc', 'script', 'request-meeting', 'thank-you'];

suite('A channel is gone through only when it is a place', () => {
  test('a way to reach them in the channel field is never said as a place to go through, over answers and tones', () => {
    const problems: string[] = [];
    for (const channel of INSTRUCTIONS) for (const firstResponse of ['not-now', 'yes-with-limits', 'noncommittal']) for (const tone of ['formal', 'warm', 'concise']) {
      const docs = renderAll(exampleWith({ tone, firstResponse, firstResponseDetails: { channel, comeBackAfter: 'after the audit' } }));
      for (const id of DOCUMENTS) {
        const line = docs[id]!.split('\n').find((l) => l.includes(`through ${channel}`) || l.includes(`pointing me to ${channel}`));
        if (line) problems.push(`${channel} / ${firstResponse} / ${tone} ${id}: ${line.trim().slice(0, 140)}`);
      }
    }
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} lines`);
  });

  test('a programme, a guild, a scheme or a named body still is (the check can fail)', () => {
    for (const channel of PLACES) {
      const docs = renderAll(exampleWith({ tone: 'warm', firstResponse: 'not-now', firstResponseDetails: { channel, comeBackAfter: 'after the audit' } }));
      // Said to them or done: "I will go through HR", "I’ve applied to the mentoring programme", "I’ve joined the architecture guild".
      const place = channel.replace(/^(?:our|the|my|your)\s+/, '');
      assert.ok(DOCUMENTS.some((id) => new RegExp(`(?:through|applied to|joined)(?: the)? ${place}`).test(docs[id]!)), `${channel}: the place they pointed to is not taken up`);
    }
  });
});
