// An app named only to rule it out is not where to write: "Don't chase me on WhatsApp" after "put it in
// writing, one page" made every written document a chat message, sent on the app they had ruled out.
import * as assert from 'assert';
import { messengerIn } from '../../../src/core/render/profileReadings';
import { exampleWith, render } from './helpers';

suite('Their words rule an app out', () => {
  const ruledOut = [
    'Put it in writing, one page. Don’t chase me on WhatsApp.',
    "no meetings, one page, no WhatsApp chasing",
    'Email is fine; please do not message me on Telegram.',
    'Write to me, never on WeChat',
    'Send it by email — not WhatsApp.',
  ];
  for (const words of ruledOut) test(`none: “${words}”`, () => assert.strictEqual(messengerIn(words), 'none'));

  const named: [string, string][] = [
    ['WhatsApp me when you are stuck.', 'whatsapp'],
    ['Not on Slack, but WhatsApp works.', 'whatsapp'],
    ['No meetings. Send me something on WeChat.', 'wechat'],
    ['Don’t email, just ping me on Telegram.', 'telegram'],
  ];
  for (const [words, app] of named) test(`${app}: “${words}”`, () => assert.strictEqual(messengerIn(words), app));

  for (const tone of ['formal', 'warm', 'concise'] as const) {
    test(`a written yes that rules WhatsApp out is thanked in writing, not in a chat (${tone})`, () => {
      const profile = exampleWith({
        tone, format: 'async', firstResponse: 'yes-with-limits',
        firstResponseWords: 'Okay, but no meetings. Put it in writing, one page, and I will reply when I can. Don’t chase me on WhatsApp.',
        firstResponseDetails: { limits: 'no meetings, one page, no WhatsApp chasing', channel: 'email, one page' },
      });
      for (const template of ['thank-you', 'async-update', 'request-meeting']) {
        const doc = render(template, profile);
        assert.doesNotMatch(doc, /They chose a chat|For WhatsApp, where they asked you to write/, `${template}: ${doc.slice(0, 400)}`);
      }
    });
  }
});
