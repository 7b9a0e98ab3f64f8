// A leader who said where to write ("send me something on WhatsApp") gets the short message there:
// the meeting request says to send its chat version on WhatsApp, not the email (reader 10).
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

const chatNote = (doc: string) => doc.split('\n').find((l) => /^\*For (WhatsApp|Slack)/.test(l) || /^\*Für (WhatsApp|Slack)/.test(l));

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

  test('not named: Slack or Teams, as before; and German says it too', () => {
    assert.match(chatNote(render('request-meeting', exampleWith({ firstResponseWords: 'Not now, maybe after the launch.' })))!, /Slack or Teams/);
    assert.doesNotMatch(render('request-meeting', exampleWith({ firstResponseWords: 'Not now, maybe after the launch.' })), /WhatsApp/);
    const german = inGerman(exampleWith(named[0]!));
    assert.match(chatNote(german) ?? '', /Für WhatsApp/);
  });
});
