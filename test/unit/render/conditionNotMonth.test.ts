// A condition is not a month, and not a fact (issue 21). When the come-back is a condition ("once the
// audit is closed", "when the platform team is in place"), the request's note sends it once that
// condition is met, naming a month only when they or the profile named one (and then beside the
// condition, never instead of it); and no spoken or sent line says the condition has happened: the
// message leaves a marked blank the user keeps or deletes, the script a note. Over phrasings, tones,
// countries, with a month ahead (in their words and the profile) and with none.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

const CONDITIONS: { words: string; after: string; narrated: RegExp }[] = [
  { words: 'Once the PTA audit is closed{month}, come back to me. Till then, just email me.', after: 'once the PTA audit is closed', narrated: /once the PTA audit is closed/ },
  { words: 'When the platform team is in place{month}, come find me.', after: 'when the platform team is in place', narrated: /when the platform team is in place/ },
  { words: 'Come back to me once you’ve presented the migration plan to the board{month}.', after: 'once you’ve presented the migration plan to the board', narrated: /once you’ve presented the migration plan to the board/ },
];
const COUNTRIES = ['PK', 'GB', 'ES', 'US'];
/** Their condition said as met. */
const SAID_MET = /That(?:’s| has now) happened/;

const note = (doc: string) => doc.split('## The message')[0]!;

suite('A condition is not a month, and is never said as met', function () {
  this.timeout(300_000);
  test('over conditions, tones, countries, with a month named and without: the note sends it on the condition; no line says it is met', () => {
    const problems: string[] = [];
    for (const c of CONDITIONS) for (const tone of TONES) for (const country of COUNTRIES) for (const month of ['2024-09', undefined]) {
      const where = `${c.after} / ${tone} / ${country} / ${month ?? 'no month'}`;
      const docs = renderAll(exampleWith({
        tone, culture: { country }, firstResponse: 'not-now', firstResponseWords: c.words.replace('{month}', month ? ' (September, I expect)' : ''),
        firstResponseDetails: { comeBackAfter: c.after, ...(month ? { comeBackMonth: month } : {}) },
      }));
      for (const [id, doc] of Object.entries(docs)) {
        for (const line of doc.split('\n')) {
          if (SAID_MET.test(line) && !/\[fill in:/.test(line) && !/^\*/.test(line.trim())) problems.push(`${where} ${id}: said as met: ${line.trim().slice(0, 140)}`);
        }
      }
      const request = docs['request-meeting']!;
      if (!/\[fill in: “That(?:’s| has now) happened\.”/.test(request)) problems.push(`${where}: the request leaves no blank for the condition`);
      const top = note(request);
      if (!new RegExp(`Send it only ${c.narrated.source}`).test(top)) problems.push(`${where}: the note does not send it on the condition: ${top.trim().slice(0, 200)}`);
      if (/Send it in \w+, when they said/.test(top)) problems.push(`${where}: the note sends it in a month instead of on the condition`);
      if (month && !/September/.test(top)) problems.push(`${where}: the month they named is not beside the condition`);
      if (!month && /September/.test(top)) problems.push(`${where}: a month nobody named`);
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('a month that is no condition is still sent in that month (the check can fail)', () => {
    const docs = renderAll(exampleWith({ tone: 'formal', culture: { country: 'GB' }, firstResponse: 'not-now', firstResponseWords: 'Not now, come back in September.', firstResponseDetails: { comeBackAfter: 'in September', comeBackMonth: '2024-09' } }));
    assert.match(note(docs['request-meeting']!), /Send it in September/);
    assert.doesNotMatch(docs['request-meeting']!, /\[fill in: “That/);
  });
});
