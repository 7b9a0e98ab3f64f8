// A Singapore bank's platform head, whom the user calls "Wei Ling", was
// written "Dear Wei Ling," under the subject "Advance note: …". Where English is the language of
// business writing, a first name the user chose is greeted as colleagues write ("Hi Wei Ling,"),
// however hierarchical the office, and the subject reads plainly; the formal tone keeps "Dear".
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

const ENGLISH_SPEAKING = ['SG', 'AU', 'NZ', 'IE', 'CA', 'US', 'GB'] as const;
const profile = (country: string, tone: string, addressAs = 'Wei Ling') => ({
  culture: { country }, tone, relationship: 'cross-team', organization: 'enterprise',
  leader: { name: 'Tan Wei Ling', addressAs },
  firstResponseWords: 'I’m honestly not the best person for this lah. You should talk to Priya in the streaming team.',
});
const greetings = (doc: string) => [...doc.matchAll(/^(Dear|Hi|Hello) ([^,\n]+),/gmu)].map((m) => `${m[1]} ${m[2]}`);

suite('a plain register where English is the language of business writing', () => {
  test('a chosen first name is “Hi …,” in every letter outside the formal tone, in SG, AU, NZ, IE, CA, US, GB', () => {
    for (const country of ENGLISH_SPEAKING) {
      for (const tone of ['concise', 'warm']) {
        for (const template of ['request-meeting', 'thank-you', 'no-reply']) {
          const found = greetings(renderFinished(template, profile(country, tone)));
          assert.ok(found.length > 0, `${country} ${tone} ${template}`);
          for (const g of found) assert.strictEqual(g, 'Hi Wei Ling', `${country} ${tone} ${template}`);
        }
      }
      for (const g of greetings(renderFinished('thank-you', profile(country, 'formal')))) assert.strictEqual(g, 'Dear Wei Ling', `${country} formal`);
    }
  });

  test('no “Advance note:” label in a subject line, in any of these countries or tones', () => {
    for (const country of ENGLISH_SPEAKING) {
      for (const tone of ['concise', 'warm', 'formal']) {
        assert.doesNotMatch(renderFinished('request-meeting', profile(country, tone)), /Advance note/u, `${country} ${tone}`);
      }
    }
  });

  test('a title, a full name or a country whose business writing is not in English keeps its form', () => {
    assert.match(renderFinished('thank-you', profile('SG', 'concise', 'Ms Tan')), /^Dear Ms Tan,/mu);
    assert.match(renderFinished('thank-you', profile('SG', 'concise', 'Tan Wei Ling')), /^Dear Tan Wei Ling,/mu);
    assert.match(renderFinished('thank-you', profile('CN', 'concise', 'Wei Ling')), /^Dear Wei Ling,/mu);
  });
});
