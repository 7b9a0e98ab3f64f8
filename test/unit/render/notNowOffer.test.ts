// What a "not now" held besides the not now (issue 21). An offer inside it ("after Seollal,
// come find me and we'll have a proper meal and talk") is what you come back for: the request, the
// script's ask, the one-pager and the thank-you name that offer, and the request asks for no length of
// meeting beside it. A program named beside it ("hablemos en marzo, y conversa con la Pame, que tiene
// el programa de mentores") is applied to before you come back, and every document says so the same
// way: done, as they suggested, never "I'll go through it" in one and "I've applied" in another.
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';

const OFFERS: { words: string; offered: string; after: string; month: string; mention: RegExp }[] = [
  { words: 'Year-end is a war zone. After Seollal, come find me and we’ll have a proper meal and talk.', offered: 'a proper meal and a talk', after: 'after Seollal', month: '2027-02', mention: /a proper meal and a talk/ },
  { words: 'Not before the launch, sorry. Once it’s out, buy me a coffee when I’m back in Lisbon.', offered: 'coffee when I’m back in Lisbon', after: 'after the launch', month: '2027-04', mention: /coffee when (?:you’re|you are) back in Lisbon|“coffee when I’m back in Lisbon”|\b(?:a|the) coffee\b/ },
  { words: 'Ask me again in June; we can do a walk around the campus then.', offered: 'a walk around the campus', after: 'in June', month: '2027-06', mention: /a walk around the campus/ },
];

/** The message of the request (between its heading and the chat form). */
const requestMessage = (doc: string) => doc.split('## The message')[1]!.split('## As a chat message')[0]!;

suite('An offer inside a "not now" is what you come back for', () => {
  test('over offers, tones and cultures, the request, the script’s ask, the one-pager and the thank-you take up that offer', function () {
    this.timeout(300_000);
    for (const o of OFFERS) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const communication of ['direct', 'indirect']) {
          const where = `${o.offered} / ${tone} / ${communication}`;
          const docs = renderAll(exampleWith({
            tone, culture: { communication }, firstResponse: 'not-now', firstResponseWords: o.words,
            firstResponseDetails: { comeBackAfter: o.after, comeBackMonth: o.month, offered: o.offered },
          }));
          const request = requestMessage(docs['request-meeting']!);
          assert.match(request, o.mention, `request: ${where}`);
          assert.doesNotMatch(request, /\b\d+ (?:minutes|min)\b/, `request asks for a length beside the offer: ${where}`);
          // The meal, the coffee or the walk is the meeting itself: the script's setting names it, and
          // at it the ask is the one question, not the offer asked for again.
          const ask = docs.script!.split(/### \d\. /).find((part) => /^The ask/.test(part)) ?? '';
          assert.match(docs.script!.split('\n').find((l) => l.startsWith('*Setting:')) ?? '', o.mention, `script setting: ${where}`);
          assert.doesNotMatch(ask, /exactly what you offered|my (?:ask|request) is/i, `script ask: ${where}`);
          assert.match(docs['one-pager']!, o.mention, `one-pager: ${where}`);
          // The thank-you is sent after that meal, coffee or walk: it thanks for the conversation.
          assert.match(docs['thank-you']!.split('## If they are still')[0]!, /Thank(?:s| you)(?: so much)? for (?:the conversation )?today/, `thank-you: ${where}`);
        }
      }
    }
  });

  test('without an offer, the not now comes back with the usual small meeting (the check can fail)', () => {
    const docs = renderAll(exampleWith({ tone: 'warm', culture: { communication: 'direct' }, firstResponse: 'not-now', firstResponseWords: 'Not now, come back in June.', firstResponseDetails: { comeBackAfter: 'in June', comeBackMonth: '2027-06' } }));
    assert.match(requestMessage(docs['request-meeting']!), /\b\d+ minutes\b/);
    assert.doesNotMatch(docs.script!, /exactly what you offered/);
  });
});

const CHANNELS: { channel: string; words: string; done: RegExp }[] = [
  { channel: 'el programa de mentores de Personas (la Pame)', words: 'Hablemos en marzo, ¿ya? Y de paso conversa con la Pame de Personas, que tiene el programa de mentores.', done: /applied to the mentoring program, as you suggested/ },
  { channel: 'the mentoring programme', words: 'Not now. Let’s talk in March, and meanwhile look at the mentoring programme.', done: /applied to the mentoring programme, as you suggested/ },
  { channel: 'the architecture guild', words: 'Not this quarter. Come back in March; in the meantime the architecture guild is the place.', done: /joined the architecture guild, as you suggested/ },
];

suite('A program named beside a "not now" is applied to before you come back, and said so everywhere', () => {
  test('over channels and tones, the script’s opening, the request and the reply to a not now say it as done, and nothing promises it again', function () {
    this.timeout(300_000);
    for (const c of CHANNELS) {
      for (const tone of ['formal', 'warm', 'concise']) {
        const where = `${c.channel} / ${tone}`;
        const docs = renderAll(exampleWith({ tone, firstResponse: 'not-now', firstResponseWords: c.words, firstResponseDetails: { comeBackAfter: 'in March', comeBackMonth: '2027-03', channel: c.channel } }));
        const opening = docs.script!.split(/### \d\. /).find((part) => /^Opening/.test(part)) ?? '';
        // The script says it in the tone's words ("as you advised", formal).
        assert.match(opening, new RegExp(c.done.source.replace('as you suggested', 'as you (?:suggested|advised)')), `script opening: ${where}`);
        assert.match(requestMessage(docs['request-meeting']!), c.done, `request: ${where}`);
        assert.match(docs['no-reply']!.split('## If the answer was “not now”')[1]!, c.done, `reply to a not now: ${where}`);
        for (const [id, text] of Object.entries(docs)) {
          assert.doesNotMatch(text, /\bI(?:’ll| will) go through\b/, `${id} promises what was done: ${where}`);
        }
      }
    }
  });

  test('a department beside a not now is not a program to apply to', () => {
    const docs = renderAll(exampleWith({ tone: 'warm', firstResponse: 'not-now', firstResponseWords: 'Not now. Come back in March, and talk to someone on the platform side meanwhile.', firstResponseDetails: { comeBackMonth: '2027-03', channel: 'someone on the platform side' } }));
    for (const [id, text] of Object.entries(docs)) assert.doesNotMatch(text, /applied to the mentoring|Apply to the mentoring/, id);
  });
});
