// The chat a message goes to, where colleagues do not share the company's own tool: the apps people
// in the leader's country use (presets.ts chat). In Kyiv that is Telegram or Viber, in Sofia Viber;
// WhatsApp is not suggested there (a reader from Ukraine: "in Kyiv it would be Telegram or Viber").
import * as assert from 'assert';
import { exampleWith, render } from '../render/helpers';

const TONES = ['formal', 'warm', 'concise'] as const;
const FIRST = [undefined, 'no-time', 'not-now', 'yes-with-limits'] as const;
const chatNote = (country: string, tone: string, firstResponse: string | undefined): string => {
  const p = exampleWith({ tone, leader: { organization: 'other', company: 'Monobrick' }, ...(firstResponse ? { firstResponse } : {}) });
  p.culture = { country };
  const doc = render('request-meeting', p);
  return doc.split('\n').find((l) => l.includes('For a message app you already use with each other')) ?? '';
};

suite('the chat apps named for a leader in another company follow their country', () => {
  test('Ukraine: Telegram and Viber, never WhatsApp; Bulgaria: Viber; elsewhere WhatsApp as before', () => {
    let seen = 0;
    for (const tone of TONES) for (const firstResponse of FIRST) {
      const ua = chatNote('UA', tone, firstResponse), bg = chatNote('BG', tone, firstResponse);
      if (ua) { seen++; assert.match(ua, /\(Telegram, Viber, LinkedIn\)/u, `${tone} ${firstResponse}`); assert.doesNotMatch(ua, /WhatsApp/u); }
      if (bg) { assert.match(bg, /\(Viber, LinkedIn\)/u, `${tone} ${firstResponse}`); assert.doesNotMatch(bg, /WhatsApp/u); }
      for (const other of ['BR', 'DE', 'JO']) {
        const line = chatNote(other, tone, firstResponse);
        if (line) assert.match(line, /\(WhatsApp, LinkedIn\)/u, `${other} ${tone} ${firstResponse}`);
      }
    }
    assert.ok(seen >= 6, `the chat note was rendered only ${seen} times`);
  });
});
