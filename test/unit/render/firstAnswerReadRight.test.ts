// Reading the first answer right. A written no that says how long it holds ("this year", "for now") is no
// date to come back: only a no that asks you to come back keeps one. "Send your questions by email, I will
// reply" is a yes in writing, not no time, so nothing asks permission again. And when the work is written
// only, no document invites them to talk it through.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TONES } from '../../../src/core/profile/profile';
import { proposeReading } from '../../../src/core/render/firstAnswer';
import { exampleWith, render, TODAY } from './helpers';

const ALL = ['prep-doc', 'script', 'objections', 'brief', 'request-meeting', 'thank-you', 'no-reply', 'one-pager', 'manager-first'];
const COUNTRIES = [{ country: 'RS' }, { country: 'DE' }, { country: 'JP' }, { communication: 'direct', hierarchy: 'flat' }];

/** A no with how long it holds, and no invitation to come back. */
const NO_THIS_YEAR = [
  '(by email) Hi Milica, thanks for thinking of me. Honestly I can\'t take on mentoring anyone this year, the board has me on the licensing in three new markets. I\'m sure you understand. Nenad',
  'Sorry, I am not able to take on any mentees this year.',
  'I have to say no this year, we are in the middle of the merger.',
  'Thanks, but no. Not this year, and I don\'t see that changing for now.',
];

suite('A written no with “this year” or “for now” is no date to come back', () => {
  test('no document writes in January, or says they asked you to come back', () => {
    let i = 0;
    for (const words of NO_THIS_YEAR) {
      for (const tone of TONES) {
        const culture = COUNTRIES[i++ % COUNTRIES.length];
        const profile = exampleWith({ firstResponse: 'declined', firstResponseWords: words, tone, culture });
        for (const id of ALL) {
          // The country's calendar may name a holiday in January ("Orthodox Christmas (7 January)"): that is no come-back.
          const doc = render(id, profile).replace(/\(7 January\)/g, '');
          assert.doesNotMatch(doc, /January|when they said to come back|Not this year\.”\*\*|revisit this next quarter/, `${id} ${tone} ${words}`);
        }
      }
    }
  });

  test('read from the words alone, the no keeps no come-back month either', () => {
    for (const words of NO_THIS_YEAR) {
      const reading = proposeReading(words, TODAY);
      if (reading.response !== 'declined') continue;
      const doc = render('request-meeting', exampleWith({ firstResponseWords: words }));
      assert.doesNotMatch(doc, /January|when they said to come back/, words);
    }
  });

  test('a no that asks you to come back keeps its month', () => {
    for (const words of ['Not this year, sorry. Ask me again in January.', 'I can\'t this year. Get back to me next year and we\'ll see.', 'No, not this year; try me again in January.']) {
      for (const tone of TONES) {
        const doc = render('request-meeting', exampleWith({ firstResponse: 'declined', firstResponseWords: words, tone }));
        assert.match(doc, /January/, `${tone} ${words}`);
      }
    }
  });
});

/** Their words ask for your questions in writing, or promise a written reply. */
const WRITE_AND_REPLY = [
  'Bahini, I am in the districts most weeks now, no time for sitting together. Send your questions by email, I will reply when I am back in Kathmandu. Not every week, huh.',
  'I\'m travelling most weeks. Mail me your questions and I\'ll answer when I can.',
  'Put it in writing, I\'ll answer.',
  'Can\'t meet this quarter. Email me your questions and I\'ll get back to you.',
  'Schick mir deine Fragen per Mail, ich antworte, wenn ich zurück bin.',
  'Mándame tus preguntas por correo y te respondo.',
  'Envoyez-moi vos questions par mail, je vous répondrai.',
];

suite('“Send your questions by email, I will reply” is a yes in writing', () => {
  test('read as a yes with limits, in several phrasings and languages', () => {
    for (const words of WRITE_AND_REPLY) assert.strictEqual(proposeReading(words, TODAY).response, 'yes-with-limits', words);
  });

  test('a rhythm ruled out (“not every week”) is never what they offered', () => {
    const doc = render('request-meeting', exampleWith({ firstResponseWords: WRITE_AND_REPLY[0], format: 'async' }));
    assert.doesNotMatch(doc, /offered “?Not every week/i);
  });

  test('the documents start from that yes: no permission asked again, nothing lighter to start with', () => {
    for (const words of WRITE_AND_REPLY) {
      for (const tone of TONES) {
        const profile = exampleWith({ firstResponseWords: words, tone, format: 'async', culture: { country: 'NP' } });
        const docs = ['request-meeting', 'prep-doc', 'objections'].map((id) => render(id, profile)).join('\n');
        assert.doesNotMatch(docs, /Would you be open to|If you['’]re open to it|start lighter|could I send you a short note about it first/i, `${tone} ${words}`);
        assert.match(render('request-meeting', profile), /in writing/, `${tone} ${words}`);
      }
    }
  });
});

suite('Written only: no invitation to talk', () => {
  test('the update, the next note and the manager talk offer a one-line answer, not a talk', () => {
    for (const tone of TONES) {
      for (const culture of [{ country: 'NP' }, { country: 'JP' }, { communication: 'indirect', hierarchy: 'hierarchical' }]) {
        for (const profile of [
          exampleWith({ format: 'async', tone, culture, firstResponseWords: WRITE_AND_REPLY[0] }),
          exampleWith({ format: 'async', tone, culture, firstResponse: 'yes-with-limits', firstResponseWords: 'No time for meetings, but email me and I\'ll reply.' }),
        ]) {
          for (const id of ['async-update', 'next-checkin', 'manager-first']) {
            assert.doesNotMatch(render(id, profile), /talk it through|find a moment|in the room|let’s talk about it/i, `${id} ${tone} ${JSON.stringify(culture)}`);
          }
        }
      }
    }
  });
});

suite('No time: nothing put in their mouth', () => {
  test('“your calendar was packed” only when they spoke of a calendar, a schedule or meetings', () => {
    const other = ['I am in the districts most weeks, no time for this, sorry.', 'Travelling non-stop until spring, I can’t give you time.', 'The review eats all my time right now.'];
    for (const words of other) {
      for (const tone of TONES) {
        for (const format of ['meetings', 'async']) {
          const profile = exampleWith({ firstResponse: 'no-time', firstResponseWords: words, tone, format });
          for (const id of ['script', 'prep-doc', 'brief']) assert.doesNotMatch(render(id, profile), /calendar was packed|how full your calendar is/, `${id} ${tone} ${format} ${words}`);
        }
      }
    }
    const doc = render('script', exampleWith({ firstResponse: 'no-time', firstResponseWords: 'My calendar is packed for months.', tone: 'warm', format: 'meetings' }));
    assert.match(doc, /calendar was packed/);
  });
});

const vn = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/reader-profiles/r23/vn-referral-15min.json'), 'utf8')) as Record<string, unknown>;

suite('A standing offer (“sometimes”, “now and then”) is not a single conversation', () => {
  test('the closing and the next check-in may ask for another of those slots', () => {
    const offers = ['15 minutes on a Friday afternoon sometimes', 'a coffee now and then', 'half an hour from time to time', 'a call whenever you are stuck'];
    for (const offered of offers) {
      for (const tone of TONES) {
        for (const firstResponse of ['referral', 'yes-with-limits']) {
          const profile = { ...vn, tone, firstResponse, firstResponseDetails: { ...(vn.firstResponseDetails as object), offered } };
          assert.doesNotMatch(render('script', profile), /entirely yours to offer|completely your call|Another one is your call/, `${tone} ${firstResponse} ${offered}`);
          assert.doesNotMatch(render('next-checkin', profile), /use this only if they offered another/, `${tone} ${firstResponse} ${offered}`);
        }
      }
    }
  });
});
