// The manager-first document follows managerKnows: false or unset, it is the talk before anything
// ("Before I do anything, I would like your view"); true, it says once that they know and is an
// update ("A quick update on the mentoring request you know about"), never "before I do anything",
// over tones, relationships, first answers and cultures.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const ANSWERS = [
  { firstResponse: 'not-now', firstResponseWords: 'Teď fakt ne, máme na krku audit. Až bude po auditu, ozvěte se mi znovu.', country: 'CZ' },
  { firstResponse: 'yes-with-limits', firstResponseWords: 'Fine, but no more meetings for me. Write to me.', country: 'EE' },
  { firstResponse: 'no-time', firstResponseWords: 'I really have no time this quarter.', country: 'US' },
  { firstResponse: undefined, firstResponseWords: undefined, country: 'DE' },
] as const;
const BEFORE = /Before I do anything|before I do anything with it|Have this conversation before/;
const KNOWN = /already knows about your request/;

suite('manager first: what the manager already knows decides the talk', () => {
  for (const a of ANSWERS) {
    test(`${a.country}, ${a.firstResponse ?? 'first ask'}: every tone and relationship`, () => {
      for (const tone of TONES) {
        for (const relationship of ['skip-level', 'cross-team', 'executive'] as const) {
          const base = { tone, relationship, culture: { country: a.country }, ...(a.firstResponse ? { firstResponse: a.firstResponse, firstResponseWords: a.firstResponseWords } : {}) };
          const known = render('manager-first', exampleWith({ ...base, managerKnows: true }));
          const label = `${tone}/${relationship}`;
          assert.doesNotMatch(known, BEFORE, `${label}: known, yet “before I do anything”`);
          assert.strictEqual((known.match(KNOWN) ?? []).length, 1, `${label}: said once that they know`);
          assert.match(known, /update on the (?:mentoring )?request you know about/, `${label}: the script opens as an update`);
          for (const managerKnows of [false, undefined]) {
            const text = render('manager-first', exampleWith({ ...base, ...(managerKnows === undefined ? {} : { managerKnows }) }));
            assert.doesNotMatch(text, KNOWN, `${label}/${String(managerKnows)}: nothing claimed`);
            assert.match(text, /Have this conversation before/, `${label}/${String(managerKnows)}: the talk comes first`);
          }
        }
      }
    });
  }
});
