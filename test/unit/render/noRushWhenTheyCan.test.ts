// They said they answer when they can ("te contesto cuando pueda", "I'll get to it when I can", „wenn
// ich Zeit habe“): the first note puts no deadline on them ("Could you give me your view before
// then?"); it says there is no rush and what you will do if it does not fit.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { render, renderFinished, exampleWith, section } from './helpers';
import { answersWhenTheyCan } from '../../../src/core/render/theirTerms';

const WHEN_THEY_CAN: readonly { words: string; country: string }[] = [
  { words: 'Dale, pero no me pongas reuniones. Escribime por Slack y te contesto cuando pueda.', country: 'UY' },
  { words: 'Sure, no meetings though. Drop me a written question and I’ll get to it when I can.', country: 'GB' },
  { words: 'Gern, aber keine Termine. Schreiben Sie mir, ich antworte, wenn ich Zeit habe.', country: 'DE' },
];
const PRESSURE = /(?:view|look at it|Blick darauf|Einschätzung geben)[^.]*before then\?|bis dahin[^.?]*\?|I decide by \*\(date\)\*; what do you think\?/;

suite('“I answer when I can”: no deadline put on them', () => {
  for (const c of WHEN_THEY_CAN) {
    test(`${c.country}: “${c.words.slice(0, 40)}…”, every tone`, () => {
      for (const tone of TONES) {
        const patch = { tone, format: 'async', culture: { country: c.country }, firstResponse: 'yes-with-limits', firstResponseWords: c.words, firstResponseDetails: { limits: 'no meetings' } };
        const profile = exampleWith(patch);
        const request = render('request-meeting', profile);
        assert.doesNotMatch(request, PRESSURE, `${tone} request`);
        assert.match(section(request, 'The message'), /No rush|There is no rush/, `${tone} request: no rush`);
        assert.match(request, /go with my recommendation and (?:tell|let) you know|go with my recommendation and tell you how it went/, `${tone} request: the default said`);
        assert.match(request, /I’ll go with \*\(B\)\* and tell you how it went|I will go with \*\(B\)\* and let you know how it went/, `${tone} chat: the default said`);
        const script = render('script', profile);
        assert.doesNotMatch(script, PRESSURE, `${tone} script`);
        assert.match(script, /No rush|There is no rush/, `${tone} script`);
        const german = renderFinished('request-meeting', patch, 'de');
        assert.match(german, /Keine Eile|Es eilt nicht/, `${tone} de`);
        assert.doesNotMatch(german, PRESSURE, `${tone} de`);
      }
    });
  }
  test('a yes with no word on when they answer keeps the date to answer by', () => {
    for (const tone of TONES) {
      const profile = exampleWith({ tone, format: 'async', firstResponse: 'yes-with-limits', firstResponseWords: 'Sure, no meetings though. Write to me.', firstResponseDetails: { limits: 'no meetings' } });
      assert.match(render('request-meeting', profile), /before then\?/, tone);
      assert.doesNotMatch(render('request-meeting', profile), /No rush/, tone);
    }
  });
  test('the phrasings read as “when I can”, and a promised turnaround is not', () => {
    for (const words of ['Write to me and I will answer when I get a chance.', 'I reply as time allows.', 'Te respondo en cuanto pueda.', 'Je réponds quand je peux.',
      'Ich melde mich, sobald ich dazu komme.', 'Respondo quando puder.', 'Fine, whenever I can.']) assert.ok(answersWhenTheyCan(words), words);
    for (const words of ['I will answer within two days.', 'Send it and I will reply by Friday.', 'Cuando vuelva de Madrid, hablamos.']) assert.ok(!answersWhenTheyCan(words), words);
  });
});
