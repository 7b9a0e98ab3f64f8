// After a referral, one order in every document: the note back to the leader says you will get in
// touch (or, when they said nothing about using their name, asks whether they will introduce you or you
// may mention them), the first message to the person named goes after it (or after their answer). The
// question went to that person: the prep doc says to contact them before asking the leader for anything,
// and the script, for later, says you met them first.
import * as assert from 'assert';
import { RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { exampleWith, render, section } from './helpers';

const NAMED: readonly { words: string; referTo: string; sentYou: boolean }[] = [
  { words: 'For architecture these days Lucía Hernández is a better fit than me. Talk to her.', referTo: 'Lucía Hernández', sentYou: false },
  { words: 'Fale com a engenheira Inês Carvalho, ela fez exatamente isso. Diga-lhe que fui eu que o mandei.', referTo: 'Engenheira Inês Carvalho', sentYou: true },
  { words: 'Kerem ran it end to end, he’s the one you should talk to. Tell him I sent you.', referTo: 'Kerem', sentYou: true },
];
const STILL_TO_DO = /I will speak with them|I’ll talk to them|I will talk to them|Not yet(?:;|, but) I will/;

suite('After a referral, the documents tell one order', () => {
  test('the prep doc says to contact them before asking the leader for anything, and the script says you met them first, in every tone', () => {
    for (const c of NAMED) {
      for (const tone of TONES) {
        for (const relationship of RELATIONSHIPS) {
          const label = `${c.referTo}/${tone}/${relationship}`;
          const profile = exampleWith({ tone, relationship, firstResponse: 'referral', firstResponseWords: c.words, firstResponseDetails: { referTo: c.referTo } });
          const doc = render('prep-doc', profile);
          const script = render('script', profile);
          const brief = render('brief', profile);
          assert.match(doc, new RegExp(`They pointed you to ${c.referTo}: a next step, not a no\\. The question is (?:theirs|his|hers) now: contact (?:them|him|her) before you ask them for anything`), label);
          assert.doesNotMatch(doc, /Take that step first/, label);
          for (const [id, text] of [['prep-doc', doc], ['script', script], ['brief', brief]] as const) {
            assert.doesNotMatch(text, STILL_TO_DO, `${label} ${id}`);
          }
          assert.match(section(doc, 'The script'), new RegExp(`As you suggested, I met ${c.referTo} first`), label);
          // The request, sent before you write to them, still says it as planned, and the first message follows it.
          const request = render('request-meeting', profile);
          if (c.sentYou) {
            assert.match(request, /I will get in touch|I’ll get in touch/, label);
            assert.match(request, /Send it once the message above has gone/, label);
          } else {
            assert.match(request, /introduce us, or may I mention/, label);
            assert.match(request, /Wait for .*’s answer to the question above/, label);
          }
        }
      }
    }
  });
});
