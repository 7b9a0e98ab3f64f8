// The pause never contradicts itself (issue 21). Put off once with a come-back they named (a month, a
// time, a condition), every document gives one timing for "later" again: the later month proposed, or
// one agreed before you leave. Never "next week", "offer dates once", "whenever suits you" or "start
// now" beside it.
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';

const COME_BACKS = [
  { words: 'Not now. Come back to me in September.', month: 'September' },
  { words: 'Let’s revisit after the Q3 launch.' },
  { words: 'Once the migration is done, remind me.' },
  { words: 'When the platform team is in place, come find me.' },
];
const CULTURES = [
  { communication: 'direct', hierarchy: 'flat', country: 'GB' }, { country: 'PH' }, { country: 'JP' }, { country: 'BR' }, { country: 'US' },
];
/** Timing statements that disagree with a come-back already named. */
const OTHER_TIMING = /next week|check (?:back|in)(?: again)? (?:next|in (?:a|two|three) weeks?|after (?:a|two|three) weeks?)|offer dates once|pick it up again whenever|whenever it suits you, over coffee|small enough to start now/i;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A sentence that says when you will come back or write again, with the month it names. */
const COME_BACK_MONTH = new RegExp(`(?:come back|write again|get back in touch|try again|propose|see you in|a note for)[^.;]*?\\b(${MONTHS})\\b`, 'g');

suite('One timing for "later" again, in every document', () => {
  test('over come-backs, tones, cultures and relationships, no two timing statements disagree', function () {
    this.timeout(300_000);
    for (const c of COME_BACKS) for (const culture of CULTURES) for (const tone of ['formal', 'warm', 'concise']) for (const relationship of ['skip-level', 'cross-team', 'executive']) {
      const where = `${c.words} / ${JSON.stringify(culture)} / ${tone} / ${relationship}`;
      const docs = renderAll(exampleWith({ tone, relationship, culture, firstResponse: 'not-now', firstResponseWords: c.words }));
      const months = new Set<string>();
      for (const [id, doc] of Object.entries(docs)) {
        if (id === 'next-checkin' || id === 'first-checkin' || id === 'async-update') continue;
        const bad = OTHER_TIMING.exec(doc);
        assert.strictEqual(bad, null, `${id} says “${bad?.[0]}” beside a come-back: ${where}\n${doc.split('\n').find((l) => bad && l.includes(bad[0])) ?? ''}`);
        for (const m of doc.matchAll(COME_BACK_MONTH)) months.add(m[1]!);
      }
      assert.ok(months.size <= 2, `more than one come-back and one later month: ${[...months].join(', ')}: ${where}`);
    }
  });

  test('a pause for a leader who never put it off keeps its own follow-up (the check can fail)', () => {
    const docs = renderAll(exampleWith({ tone: 'warm', culture: { communication: 'direct', hierarchy: 'flat', country: 'GB' }, firstResponse: 'noncommittal' }));
    assert.match(docs['script']!, OTHER_TIMING);
  });
});
