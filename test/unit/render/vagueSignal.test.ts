// A vague yes names "the ask was too vague" as the reason they signalled only when their words say so
// ("not sure what exactly you're asking", „zu vage“, „was genau Sie wollen“); a vague yes that says
// nothing of the kind ("let me see how the quarter goes", „mal sehen“) signals no reason, and the
// reasons are ranked by fit.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const SAID_VAGUE = [
  'Maybe. I\'m not sure what exactly you\'re asking for, to be honest.',
  'Hmm, that sounds too broad for me right now.',
  'Klingt interessant, aber mir ist das noch zu vage.',
  'Vielleicht. Ich weiß nicht, was genau Sie sich vorstellen.',
];
const NOT_SAID = [
  'Kwabena, let me see how the quarter goes first. Put something small in writing for me, then we\'ll see.',
  'Sure, let\'s find some time at some point.',
  'Mal sehen, melden Sie sich einfach irgendwann.',
  'Ja, vielleicht, schauen wir mal.',
];
const SIGNALLED = /The one they signalled: the ask was too vague|One they signalled: the ask was too vague/;

suite('a vague yes: “the ask was too vague” only when their words say so', () => {
  test('their words say it: signalled, in every tone and culture', () => {
    for (const words of SAID_VAGUE) for (const tone of TONES) for (const country of ['GB', 'DE', 'GH']) {
      assert.match(render('prep-doc', exampleWith({ tone, culture: { country }, firstResponse: 'noncommittal', firstResponseWords: words })), SIGNALLED, `${words} / ${tone} / ${country}`);
    }
  });
  test('their words do not: not signalled', () => {
    for (const words of NOT_SAID) for (const tone of TONES) for (const country of ['GB', 'DE', 'GH']) {
      assert.doesNotMatch(render('prep-doc', exampleWith({ tone, culture: { country }, firstResponse: 'noncommittal', firstResponseWords: words })), SIGNALLED, `${words} / ${tone} / ${country}`);
    }
  });
});
