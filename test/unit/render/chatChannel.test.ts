// A chat they chose (WhatsApp, Slack, a Teams chat, a text) gets chat messages: the thank-you and the
// async update are short messages with no subject line, no list of labelled points and no email
// recap; a written yes by email keeps the email.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const CHATS: { words: string; details?: Record<string, string> }[] = [
  { words: 'Look, I don\'t do mentoring calls. Send me a WhatsApp when you\'re stuck on something concrete, I\'ll answer when I can. No decks.' },
  { words: 'Happy to help a bit. Ping me on Slack with a specific question and I\'ll reply when I get a minute, nothing regular.' },
  { words: 'I can answer the odd question, nothing scheduled.', details: { channel: 'Teams chat' } },
  { words: 'Just text me when you hit a wall on it, I\'ll answer when I can. No calls.' },
];

/** What an email has and a chat message must not: a subject line, bold labels, a recap of points. */
const EMAIL = /\*\*Subject:\*\*|\*\*(?:Context|Options|By when|The question|What we agreed|First topic|First note|What I will bring)[^*]*:\*\*/;

function profile(words: string, tone: string, details?: Record<string, string>): Record<string, unknown> {
  return exampleWith({
    tone, format: 'async', cadence: 'as-needed', firstResponse: 'yes-with-limits', firstResponseWords: words,
    firstResponseDetails: { offered: 'answers to a specific question when I’m stuck', ...(details ?? {}) },
  });
}

suite('A chat they chose gets chat messages', () => {
  test('over chats and tones, the thank-you and the async update are short messages with no subject or labels', () => {
    for (const { words, details } of CHATS) {
      for (const tone of TONES) {
        for (const id of ['thank-you', 'async-update']) {
          const doc = render(id, profile(words, tone, details));
          assert.doesNotMatch(doc, EMAIL, `${id}/${tone}: an email in a chat (${words.slice(0, 30)})`);
          const message = doc.split('\n').find((l) => l.startsWith('> '));
          assert.ok(message !== undefined && message.split(/\s+/).length <= 60, `${id}/${tone}: one short chat message`);
        }
      }
    }
  });

  test('a written yes by email keeps the email, with its subject line', () => {
    for (const tone of TONES) {
      const doc = render('async-update', profile('Email me a specific question when you have one, I\'ll answer.', tone));
      assert.match(doc, /\*\*Subject:\*\*/, tone);
      assert.match(render('thank-you', profile('Email me a specific question when you have one, I\'ll answer.', tone)), /\*\*Subject:\*\*/, tone);
    }
  });
});
