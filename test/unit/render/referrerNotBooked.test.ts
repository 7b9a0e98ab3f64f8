// After a referral to a named person, the question went to them: the leader who passed it on is not
// booked on it. The request is a short thank-you and heads-up, with no time asked; the plan is the person
// named first, two lines of thanks after meeting them, nothing asked before a come-back the leader named,
// and then at most one open question, in 15 minutes. Over phrasings, countries, tones and relationships.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll, section } from './helpers';

const CASES = [
  { words: 'Aney, I\'m buried in the board paper till March, machan. Go and talk to Dilani, she did exactly this at the mobile side. I\'ll tell her you\'ll call.', referTo: 'Dilani', country: 'LK', month: 'March' },
  { words: 'Talk to Mr Okafor, he knows this better than I do.', referTo: 'Mr Okafor', country: 'NG' },
  { words: 'Honestly Priya Raman built exactly that; she is the one to ask. Feel free to mention my name.', referTo: 'Priya Raman', country: 'IN' },
  { words: 'Oh, for this one I think Khun Pimchanok is better than me krub. Let me tell her first.', referTo: 'Khun Pimchanok', country: 'TH' },
  { words: 'You go and see Encik Farid first. After that, if still got questions, come see me.', referTo: 'Encik Farid', country: 'MY' },
];

suite('after a referral the leader is not booked on the question they passed on', () => {
  for (const c of CASES) {
    test(`${c.country}: “${c.words.slice(0, 40)}…”, every tone and relationship`, () => {
      for (const tone of TONES) {
        for (const relationship of ['executive', 'skip-level', 'cross-team'] as const) {
          const why = `${c.country} ${tone}/${relationship}`;
          const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: c.words, firstResponseDetails: { referTo: c.referTo }, culture: { country: c.country }, tone, relationship, sessionMinutes: 45, cadence: 'biweekly' }));
          const request = docs['request-meeting']!;
          const message = section(request, 'The message') + section(request, 'As a chat message');
          assert.doesNotMatch(message, /\b\d+ minutes\b|half an hour|coming weeks|next few weeks|find (?:a )?time|borrow/, `${why}: no time asked of the leader`);
          assert.match(request, /not a meeting request/i, `${why}: the note says so plainly`);
          assert.match(request, /two lines of thanks/, `${why}: thanks after meeting them`);
          if (c.month) assert.match(request, new RegExp(`nothing (?:of them )?before ${c.month}`), `${why}: nothing before their come-back`);
          const prep = docs['prep-doc']!;
          const ask = section(prep, 'The ask in one paragraph');
          assert.match(ask, /two lines of thanks/, `${why}: the prep doc's plan thanks them after meeting the person named`);
          assert.match(ask, /15 minutes/, `${why}: then at most one open question, in 15 minutes`);
          if (c.month) assert.match(ask, new RegExp(`before ${c.month}`), `${why}: nothing before their come-back`);
          for (const id of ['prep-doc', 'brief', 'script']) assert.doesNotMatch(docs[id]!, /\b(?:30|45) minutes\b/, `${why}: ${id} books no 30 or 45 minutes`);
        }
      }
    });
  }
});
