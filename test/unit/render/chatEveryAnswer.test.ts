// A chat channel named in their words or the profile gets chat messages whatever the first answer
// (issue 21): a not now, an ask-your-manager, a doubt or a no that names WhatsApp, Slack, a Teams chat
// or a text gets a thank-you and an async update that are short chat messages, with no subject line
// and no labelled points, in every section; an answer that names no chat keeps the email.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const ANSWERS: { firstResponse: string; words: string; details?: Record<string, string> }[] = [
  { firstResponse: 'not-now', words: 'Not now, we are mid-migration. WhatsApp me after the release and we can see.' },
  { firstResponse: 'ask-your-manager', words: 'Check with your manager first, then ping me on Slack.' },
  { firstResponse: 'no-time', words: 'My calendar is impossible. Text me if something urgent comes up.' },
  { firstResponse: 'noncommittal', words: 'Maybe, let\'s see.', details: { channel: 'Teams chat' } },
  { firstResponse: 'doubts-fit', words: 'Not sure I\'m the right person for this. Send me a Telegram message with the details.' },
  { firstResponse: 'declined', words: 'I can\'t take on mentoring. If you need a quick view on one thing, WhatsApp me.' },
];

const EMAIL = /\*\*Subject:\*\*|\*\*(?:Context|Options|By when|When I decide|The question|What we agreed|First topic|First note|What I will bring|The proposal)[^*]*:\*\*/;

suite('A chat they named gets chat messages, whatever their first answer', () => {
  test('over first answers, chats and tones: the thank-you and the async update hold no email', () => {
    for (const { firstResponse, words, details } of ANSWERS) {
      for (const tone of TONES) {
        const p = exampleWith({ tone, firstResponse, firstResponseWords: words, ...(details ? { firstResponseDetails: details } : {}) });
        for (const id of ['thank-you', 'async-update']) {
          const doc = render(id, p);
          const label = `${id}/${firstResponse}/${tone}`;
          assert.doesNotMatch(doc, EMAIL, `${label}: an email in a chat`);
          const messages = doc.split('\n').filter((l) => l.startsWith('> '));
          assert.ok(messages.length > 0, `${label}: no chat message`);
          for (const m of messages) assert.ok(m.split(/\s+/).length <= 60, `${label}: a long message: ${m}`);
        }
      }
    }
  });

  test('without a chat named, a not now keeps the email', () => {
    for (const tone of TONES) {
      assert.match(render('thank-you', exampleWith({ tone, firstResponse: 'not-now', firstResponseWords: 'Not now, maybe after the release.' })), /\*\*Subject:\*\*/, tone);
    }
  });
});
