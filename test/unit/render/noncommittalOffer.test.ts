// A noncommittal answer that still offered something ("mentoring's not my thing, but let's have lunch
// when I'm in Almaty") is taken up as offered, as after a yes with limits or a not now: the request
// took no notice of the lunch and asked for 20 minutes of a scheduled 1:1.
import * as assert from 'assert';
import { exampleWith, render } from './helpers';

suite('A noncommittal answer with an offer: the offer is the ask', () => {
  const offers: [string, RegExp][] = [
    ["lunch when I'm next in Almaty", /lunch/],
    ['a coffee when you are in London', /coffee/],
    ['a walk after the offsite', /walk/],
  ];
  for (const [offered, word] of offers) {
    for (const tone of ['formal', 'warm', 'concise'] as const) {
      test(`“${offered}” (${tone})`, () => {
        const profile = exampleWith({ tone, firstResponse: 'noncommittal', firstResponseDetails: { offered } });
        const request = render('request-meeting', profile);
        const message = request.split('## ')[1] ?? '';
        assert.match(message, word, message);
        assert.doesNotMatch(message, /\b\d+ minutes in the (?:next|coming) (?:few )?weeks\b/, message);
      });
    }
  }
});
