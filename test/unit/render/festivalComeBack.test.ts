// A come-back named by a festival, a season or a round ("after Tết", "once Ramadan is over", "after the
// budget round", "hablemos después de Semana Santa") is a "not now": not a no, and not a yes to start
// now. A meal or a coffee they offered for then stays inside that come-back: the ask is what they
// offered, when they said (issue 21).
import * as assert from 'assert';
import { proposeReading } from '../../../src/core/render/firstAnswer';
import { exampleWith, renderAll, TODAY } from './helpers';

const CASES: { words: string; after: RegExp; offered?: RegExp }[] = [
  { words: 'After Tết, come to my house for a meal and we’ll talk properly.', after: /^after Tết$/, offered: /a meal at my house/ },
  { words: 'I can’t right now. Once Ramadan is over, we can have coffee and talk it through.', after: /^after Ramadan$/, offered: /^coffee$/ },
  { words: 'Ping me after the budget round.', after: /^after the budget round$/ },
  { words: 'After the festival season, send something to my office.', after: /^after the festival season$/ },
  { words: 'Hablemos después de Semana Santa.', after: /^after Semana Santa$/ },
  { words: 'Let’s talk after Diwali, we’ll grab a proper lunch.', after: /^after Diwali$/, offered: /^a proper lunch$/ },
  { words: 'Not before Chuseok, sorry. After that, let’s have dinner and you can tell me about it.', after: /Chuseok/, offered: /^dinner/ },
];

/** The message of the request (between its heading and the chat form). */
const requestMessage = (doc: string) => doc.split('## The message')[1]!.split('## As a chat message')[0]!;

suite('A come-back named by a festival, a season or a round is a "not now"', () => {
  test('over phrasings, their words read as not now, with when they said and what they offered for then', () => {
    for (const c of CASES) {
      const reading = proposeReading(c.words, TODAY);
      assert.strictEqual(reading.response, 'not-now', c.words);
      assert.match(reading.details.comeBackAfter ?? '', c.after, `when: ${c.words}`);
      if (c.offered) assert.match(reading.details.offered ?? '', c.offered, `offered: ${c.words}`);
      else assert.strictEqual(reading.details.offered, undefined, `offered: ${c.words}`);
    }
  });

  test('the documents neither say they declined nor ask to start now, and ask for the meal or coffee they offered', function () {
    this.timeout(300_000);
    for (const c of CASES) {
      for (const tone of ['formal', 'warm', 'concise']) {
        const where = `${c.words} / ${tone}`;
        const docs = renderAll(exampleWith({ tone, culture: { communication: 'direct' }, firstResponseWords: c.words }));
        assert.match(docs.script!, /Read from their words as “not now, maybe later”/, `reading: ${where}`);
        for (const [id, text] of Object.entries(docs)) {
          assert.doesNotMatch(text, /\b(?:you|they) (?:said no|declined)\b|couldn’t take on mentoring/i, `${id} says they declined: ${where}`);
        }
        const request = requestMessage(docs['request-meeting']!);
        if (c.offered) {
          const offered = proposeReading(c.words, TODAY).details.offered!.split(' ').slice(0, 3).join(' ').replace(/\bmy\b/g, '(?:my|your)');
          assert.match(request, new RegExp(offered), `request asks for the offer: ${where}`);
          assert.doesNotMatch(request, /\b\d+ (?:minutes|min)\b/, `request asks for a length beside the offer: ${where}`);
        }
      }
    }
  });

  test('a clear no with a festival in it stays a no (the check can fail)', () => {
    assert.strictEqual(proposeReading('No, I don’t take on mentees, not even after Tết.', TODAY).response, 'declined');
  });
});
