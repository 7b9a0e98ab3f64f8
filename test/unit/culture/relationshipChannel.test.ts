// An Egyptian CTO offered tea in his office, "come up when you're stuck". The
// documents missed Ramadan, which the trial's weeks run into, and took the offer up by a formal email
// "For Slack or Teams". Where the calendar keeps Ramadan, the prep doc says when in the day to ask and
// the Eid break after it; where colleagues talk on WhatsApp and trust is relationship-based, an open
// door in your own organisation is taken up by dropping by or a WhatsApp message.
import * as assert from 'assert';
import { exampleWith } from '../render/helpers';
import { validateProfile } from '../../../src/core/profile/validate';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';

const LIBRARY = new TemplateLibrary();
function render(template: string, profile: Record<string, unknown>, today: Date): string {
  const v = validateProfile(profile);
  assert.ok(v.ok, JSON.stringify(v.ok ? '' : v.issues));
  const out = renderDocument(LIBRARY, template, { profile: v.profile, glossary: builtinGlossary(), today });
  if (!out.ok) assert.fail(JSON.stringify(out.problem));
  assert.deepStrictEqual(out.phraseProblems, []);
  return out.text;
}

const tea = (country: string, more: Record<string, unknown> = {}) => exampleWith({
  culture: { country }, relationship: 'executive', tone: 'formal', cadence: 'as-needed', format: 'meetings',
  firstResponse: 'yes-with-limits',
  firstResponseWords: 'I won’t promise a fixed slot. But my door is open: bring the diagram, come up, we’ll have tea and look at it together.',
  firstResponseDetails: { offered: 'tea in my office when you are stuck, with the diagram', limits: 'no fixed slot' },
  ...more,
});

// Ramadan 2027 begins on 8 February (Umm al-Qura): ten weeks after this, inside a three-month trial.
const BEFORE_RAMADAN = new Date(2026, 11, 1, 12);
const FAR_FROM_RAMADAN = new Date(2026, 5, 1, 12);

suite('relationship-first, in-house: Ramadan in the trial, and an open door taken up in person', () => {
  test('Ramadan in the trial: iftar hours and the Eid break where the calendar keeps Ramadan; nothing elsewhere or when it is months away', () => {
    for (const country of ['EG', 'SA', 'AE', 'ID', 'GB', 'TR', 'IN', 'US']) {
      const kept = ['EG', 'SA', 'AE', 'ID'].includes(country);
      const doc = render('prep-doc', tea(country), BEFORE_RAMADAN);
      assert.strictEqual(/\*\*In Ramadan \(Feb 8 – Mar \d+, 2027, ±1 day\):\*\*/u.test(doc) || /\*\*In Ramadan \(8 Feb – \d+ Mar 2027, ±1 day\):\*\*/u.test(doc), kept, country);
      assert.strictEqual(/before iftar/u.test(doc), kept, country);
      // Indonesia names the break as it does (Idul Fitri), as its season greeting does.
      if (kept) assert.match(doc, country === 'ID' ? /Idul Fitri break/u : /Eid al-Fitr break/u, country);
      assert.doesNotMatch(render('prep-doc', tea(country), FAR_FROM_RAMADAN), /In Ramadan/u, `${country} in June`);
    }
  });

  test('an open door at your own organisation: drop by or WhatsApp where colleagues talk there and trust is relationship-based', () => {
    for (const country of ['EG', 'SA', 'NG', 'BR', 'IN', 'MX', 'GB', 'DE', 'JP', 'US', 'NL']) {
      const dropIn = ['EG', 'SA', 'NG', 'BR', 'IN', 'MX'].includes(country);
      const doc = render('request-meeting', tea(country), BEFORE_RAMADAN);
      assert.strictEqual(/drop by/u.test(doc), dropIn, country);
      assert.strictEqual(/For WhatsApp, how colleagues here/u.test(doc), dropIn, country);
      assert.strictEqual(/For Slack or Teams/u.test(doc), !dropIn, country);
    }
  });

  test('the same offer from a leader at another organisation is no drop-in', () => {
    for (const country of ['EG', 'SA', 'BR']) {
      const doc = render('request-meeting', tea(country, { leader: { organization: 'other', company: 'Northwind' } }), BEFORE_RAMADAN);
      assert.doesNotMatch(doc, /drop by|how colleagues here/u, country);
    }
  });
});
