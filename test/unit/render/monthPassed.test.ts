// A come-back month that has passed on the day of generation (comeBackMonth 2026-04 on 7 December
// 2026): every document that carries timing says so at the top, coming back is due now, no document
// proposes or names a month before this one, and a condition they named ("once the audit is closed")
// is never said as met in a spoken or sent line: a marked blank or a note leaves it to the user.
// Over first answers x conditions x tones x cultures, with a month still ahead as the control.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { buildContext } from '../../../src/core/render/context';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, LIBRARY } from './helpers';

const TODAY = new Date(2026, 11, 7, 12, 0, 0);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The documents that carry the come-back's timing. */
const TIMING = ['prep-doc', 'script', 'objections', 'thank-you', 'request-meeting', 'one-pager', 'brief', 'no-reply'];

const CASES: { firstResponse: string; words?: string; details: Record<string, string> }[] = [
  { firstResponse: 'not-now', words: 'Ahora mismo imposible, estamos con la auditoría hasta marzo. Cuando la cerremos, escríbeme y lo hablamos con un café.', details: { comeBackAfter: 'once the audit is closed', offered: 'a coffee' } },
  { firstResponse: 'not-now', words: 'Not before the platform team is in place.', details: { comeBackAfter: 'when the platform team is in place' } },
  { firstResponse: 'not-now', words: 'Let’s revisit after the Q3 launch.', details: { comeBackAfter: 'after the Q3 launch' } },
  { firstResponse: 'not-now', words: 'Not now, come back in April.', details: { comeBackAfter: 'in April' } },
  { firstResponse: 'no-time', details: {} },
  { firstResponse: 'declined', words: 'No, I can’t take on mentoring this year.', details: {} },
];
const CULTURES = [{ country: 'ES' }, { country: 'GB' }, { country: 'MY' }, { communication: 'direct', hierarchy: 'flat' }];

function renderAllOn(profile: Record<string, unknown>, today: Date): Record<string, string> {
  const v = validateProfile(profile);
  assert.ok(v.ok, JSON.stringify(!v.ok && v.issues));
  const ctx = buildContext(v.profile, builtinGlossary(), today);
  return Object.fromEntries(Object.keys(BUILTIN_TEMPLATES).map((id) => {
    const r = LIBRARY.render(id, ctx);
    if (!r.ok) assert.fail(`${id}: ${JSON.stringify(r.problem)}`);
    return [id, r.text];
  }));
}

/** "April 2026" and 2026-04(-15) before this month, anywhere in a line. */
function pastDates(line: string, today: Date): string[] {
  const now = today.getFullYear() * 12 + today.getMonth();
  const named = [...line.matchAll(new RegExp(`\\b(${MONTHS.join('|')}) (\\d{4})\\b`, 'g'))]
    .filter((m) => Number(m[2]) * 12 + MONTHS.indexOf(m[1]!) < now).map((m) => m[0]);
  const iso = [...line.matchAll(/\b(\d{4})-(\d{2})(?:-\d{2})?\b/g)].filter((m) => Number(m[1]) * 12 + Number(m[2]) - 1 < now).map((m) => m[0]);
  return [...named, ...iso];
}

/** Their condition said as met, outside a marked blank or a note. */
const SAID_MET = /That(?:’s| has now) happened/;

suite('A come-back month that has passed: due now, said at the top, never named', function () {
  this.timeout(300_000);
  test('every timing document says so at the top; no line proposes or names a past month; a condition is not said as met', () => {
    const problems: string[] = [];
    for (const month of ['2026-04', '2025-11']) for (const tone of TONES) for (const culture of CULTURES) for (const c of CASES) {
      const docs = renderAllOn(exampleWith({ tone, culture, firstResponse: c.firstResponse, ...(c.words ? { firstResponseWords: c.words } : {}), firstResponseDetails: { ...c.details, comeBackMonth: month } }), TODAY);
      const where = `${month} ${c.firstResponse}/${c.details.comeBackAfter ?? '-'} ${tone} ${JSON.stringify(culture)}`;
      const passedName = `${MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;
      for (const [id, doc] of Object.entries(docs)) {
        const lines = doc.split('\n');
        const note = lines.findIndex((l) => /has passed/.test(l));
        if (TIMING.includes(id) && (note < 0 || note > 4 || !lines[note]!.includes(passedName))) problems.push(`${where} ${id}: no note at the top naming ${passedName}`);
        lines.forEach((l, i) => {
          if (i === note) return;
          const past = pastDates(l, TODAY);
          if (past.length) problems.push(`${where} ${id}: names ${past.join(', ')}: ${l.trim().slice(0, 120)}`);
          if (SAID_MET.test(l) && !/\[fill in:/.test(l) && !/^\*/.test(l.trim())) problems.push(`${where} ${id}: said as met: ${l.trim().slice(0, 120)}`);
        });
      }
      // The message leaves the condition to the user when it would otherwise say it is met.
      if (c.details.comeBackAfter && /^(?:once|when) /.test(c.details.comeBackAfter) && !c.details.offered) {
        assert.match(docs['request-meeting']!, /\[fill in: “That(?:’s| has now) happened\.”/, `${where}: the request leaves a blank`);
      }
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('a month still ahead, or none, gets no note, and a condition is said as met as before (the check can fail)', () => {
    for (const tone of TONES) for (const month of ['2027-04', '2026-12', undefined]) {
      const docs = renderAllOn(exampleWith({ tone, culture: { country: 'ES' }, firstResponse: 'not-now', firstResponseWords: 'Not before the platform team is in place.', firstResponseDetails: { comeBackAfter: 'when the platform team is in place', ...(month ? { comeBackMonth: month } : {}) } }), TODAY);
      for (const [id, doc] of Object.entries(docs)) assert.doesNotMatch(doc, /has passed/, `${month} ${tone} ${id}`);
      assert.match(docs['request-meeting']!, SAID_MET, `${month} ${tone}`);
    }
  });

  test('the facts decide it once: the past month is gone from the details, the second come-back is three months from now', async () => {
    const { factsOf } = await import('../../../src/core/render/facts');
    const profile = validateProfile(exampleWith({ culture: { country: 'ES' }, firstResponse: 'not-now', firstResponseDetails: { comeBackAfter: 'once the audit is closed', comeBackMonth: '2026-04' } })).profile;
    const facts = factsOf(profile, TODAY);
    assert.strictEqual(facts.monthPassed, '2026-04');
    assert.strictEqual(facts.details.comeBackMonth, undefined);
    assert.strictEqual(facts.comeBackAgain, '2027-03');
    assert.strictEqual(factsOf(profile, new Date(2026, 2, 1)).monthPassed, undefined, 'in March 2026, April is still ahead');
  });
});
