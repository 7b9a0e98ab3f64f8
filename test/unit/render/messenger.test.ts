// A leader who said where to write ("send me something on WhatsApp") gets the short message there:
// the meeting request says to send its chat version on WhatsApp, not the email.
import * as assert from 'assert';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { validateProfile } from '../../../src/core/profile/validate';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, render, TODAY } from './helpers';

const inGerman = (input: unknown): string => {
  const v = validateProfile(input);
  assert.ok(v.ok);
  const out = renderDocument(new TemplateLibrary(), 'request-meeting', { profile: v.profile, glossary: builtinGlossary(), today: TODAY, language: 'de' });
  assert.ok(out.ok, JSON.stringify(!out.ok && out.problem));
  return out.text;
};

const chatNote = (doc: string) => doc.split('\n').find((l) => /^\*(?:For|Für) \S/.test(l) && /Slack|where they asked|wo Sie sich/.test(l));

suite('Messenger: the app the leader named for the short message', () => {
  const named = [
    { firstResponseWords: 'Inshallah, after Ramadan we will sit together. Send me something on WhatsApp closer to the time.' },
    { firstResponse: 'not-now', firstResponseDetails: { comeBackAfter: 'after Ramadan', channel: 'a WhatsApp message' } },
    { firstResponse: 'yes-with-limits', firstResponseDetails: { offered: 'a quick chat on Whatsapp when you are stuck' } },
  ];
  for (const [i, fields] of named.entries()) {
    test(`named in their words or the details (${i + 1}): the chat version is for WhatsApp, in every tone`, () => {
      for (const tone of ['formal', 'warm', 'concise'] as const) {
        const note = chatNote(render('request-meeting', exampleWith({ tone, ...fields })));
        assert.ok(note, `no chat note (${tone})`);
        assert.match(note, /WhatsApp/, `${tone}: ${note}`);
      }
    });
  }

  test('the other apps leaders name: WeChat, KakaoTalk, LINE, Telegram, Signal; a word that only looks like one is not', () => {
    const cases: [string, RegExp | undefined][] = [
      ['My calendar is full. If you have questions, send me on WeChat.', /For WeChat/],
      ['Xiao Li, just message me on 微信 after the review.', /For WeChat/],
      ['Send me a KakaoTalk when you are back.', /For KakaoTalk/],
      ['Ping me on LINE next month.', /For LINE/],
      ['Telegram me after the conference.', /For Telegram/],
      ['Message me on Signal, I do not read email.', /For Signal/],
      ['Drop me a line next month.', undefined],
      ['That would be a good signal to the teams.', undefined],
    ];
    for (const [firstResponseWords, app] of cases) {
      const note = chatNote(render('request-meeting', exampleWith({ firstResponseWords })));
      assert.ok(note, firstResponseWords);
      if (app) assert.match(note, app, firstResponseWords);
      else assert.match(note, /Slack or Teams/, firstResponseWords);
    }
    assert.match(chatNote(inGerman(exampleWith({ firstResponseWords: 'Schreiben Sie mir auf WeChat.' }))) ?? '', /Für WeChat, wo Sie/);
  });

  test('not named: Slack or Teams, as before; and German says it too', () => {
    assert.match(chatNote(render('request-meeting', exampleWith({ firstResponseWords: 'Not now, maybe after the launch.' })))!, /Slack or Teams/);
    assert.doesNotMatch(render('request-meeting', exampleWith({ firstResponseWords: 'Not now, maybe after the launch.' })), /WhatsApp/);
    const german = inGerman(exampleWith(named[0]!));
    assert.match(chatNote(german) ?? '', /Für WhatsApp/);
  });
});
