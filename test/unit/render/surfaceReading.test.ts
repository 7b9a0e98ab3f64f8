// The surface of their words, read right: "inshallah … we will see" may be a courteous no
// and the reading note says what to watch for (not that it is one); South African "just now" (later) and
// "now now" (soon) are decoded; a doubt about their own currency is a doubt about fit, never mentoring
// fatigue and never "I'm not sure you're ready".
import * as assert from 'assert';
import { proposeReading } from '../../../src/core/render/firstAnswer';
import { exampleWith, render } from './helpers';

const MAYBE = ['After Eid, inshallah, remind me and we will see.', 'Let’s see after the budget is closed.', 'We’ll see. Ask me again next quarter.', 'Remind me in March and we shall see.'];
const ZA_NOW = ['Let’s talk just now, when things calm down.', 'I’ll ping you now now about a slot.', 'Ag, my diary is a disaster. Just now, okay?'];
const CURRENCY = ['My hands-on knowledge has moved on since then.', 'I’m out of date on that, honestly.', 'I’ve not touched event sourcing in anger since the ledger work and it’s moved on.', 'I’m a bit rusty on Kafka these days.'];
const top = (doc: string) => doc.split('\n').slice(0, 6).join('\n');

suite('The surface of their words', () => {
  test('a “we will see” is flagged as a possible courteous no, with what to watch for, in every document with the note', () => {
    for (const words of MAYBE) for (const firstResponse of [undefined, 'not-now', 'noncommittal']) {
      for (const id of ['prep-doc', 'script', 'request-meeting']) {
        const head = top(render(id, exampleWith({ firstResponseWords: words, ...(firstResponse ? { firstResponse } : {}) })));
        assert.match(head, /can be a real maybe or a courteous no/, `${id} ${firstResponse} ${words}`);
        assert.match(head, /Watch for/, `${id} ${words}`);
        assert.doesNotMatch(head, /\bis a no\b|they said no|declined/i, `${id} ${words}`);
      }
    }
    assert.match(top(render('prep-doc', exampleWith({ firstResponseWords: MAYBE[0] }))), /“inshallah … we will see”/);
    // Words with no such phrase get no such note.
    assert.doesNotMatch(render('prep-doc', exampleWith({ firstResponse: 'not-now', firstResponseWords: 'Come back after the reorg.' })), /courteous no; do not read/);
  });

  test('South African “just now” and “now now” are decoded for a leader in South Africa, and only there', () => {
    for (const words of ZA_NOW) {
      const za = top(render('prep-doc', exampleWith({ firstResponse: 'not-now', firstResponseWords: words, culture: { country: 'ZA' } })));
      assert.match(za, /In South African English “(?:just now” means later|now now” means soon)/, words);
      const gb = render('prep-doc', exampleWith({ firstResponse: 'not-now', firstResponseWords: words, culture: { country: 'GB' } }));
      assert.doesNotMatch(gb, /South African English/, words);
    }
  });

  test('a doubt about their own currency is a doubt about fit: read so, never mentoring fatigue, never “not ready”', () => {
    for (const words of CURRENCY) {
      assert.strictEqual(proposeReading(words).response, 'doubts-fit', words);
      for (const answer of [{ firstResponse: 'referral', firstResponseWords: `${words} Have a word with Priya.` }, { firstResponse: 'doubts-fit', firstResponseWords: words }, { firstResponseWords: words }]) {
        for (const relationship of ['cross-team', 'executive', 'skip-level']) {
          const profile = exampleWith({ ...answer, relationship });
          const doc = render('prep-doc', profile);
          assert.doesNotMatch(doc, /signalled[^\n]*mentoring fatigue/i, `${answer.firstResponse} ${relationship} ${words}`);
          assert.doesNotMatch(render('objections', profile), /not sure you’re ready|not sure you are ready/i, `${answer.firstResponse} ${relationship} ${words}`);
          assert.doesNotMatch(doc, /not sure you’re ready|not sure you are ready/i, `${answer.firstResponse} ${relationship} ${words}`);
        }
      }
    }
  });
});
