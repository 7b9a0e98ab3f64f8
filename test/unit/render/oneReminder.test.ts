// One reminder rule in every document: how long to wait before following up an unanswered note, and
// how (one short written reminder, or, where trust is built in person, asking once in person instead
// of a formal reminder), computed once and said the same way in the prep doc, the script, the brief,
// the cards and the rest. Over culture presets x first answers x tones x formats.
import * as assert from 'assert';
import { exampleWith, FIRST_ANSWER_WORDS, renderAll } from './helpers';

const WEEKS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
/** A sentence about following up a note or a question that went unanswered. */
const FOLLOW_UP = /\b(?:remind(?:er)?|no answer|unanswered|check back)\b/i;
/** Not about a silence: a reminder in your own calendar, the reminder they asked for, "Remind me". */
const OTHER_REMINDER = /in (?:my|your) own calendar|reminder (?:they|you) asked for|asked (?:me|you) to remind|remind (?:you|them) (?:about|of|in|after|when|once)|the reminder is|Remind me|send no reminder|take the silence as a no/i;
const WRITTEN = /\bsend (?:one|a) (?:short )?reminder\b|one short reminder\b/i;
const IN_PERSON = /do not send a formal reminder|rather than (?:send )?a (?:formal|written) reminder|not (?:with|by) a (?:formal |written )?reminder|in person\b/i;

function sentencesOf(text: string): string[] {
  return text.replace(/[*>]/g, ' ').split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => FOLLOW_UP.test(s) && !OTHER_REMINDER.test(s));
}
function weeksIn(sentence: string): number | undefined {
  if (/\bnext week\b/i.test(sentence)) return 1;
  const m = /\b(a|one|two|three|four|five|six) weeks?\b/i.exec(sentence);
  return m ? WEEKS[m[1]!.toLowerCase()] : undefined;
}

suite('One reminder rule in every document', function () {
  this.timeout(600_000);
  test('the wait and the way to follow up are the same in every document', () => {
    const problems: string[] = [];
    let relationship = 0;
    for (const country of ['ES', 'MY', 'GH', 'BR', 'GB', 'DE', 'US']) for (const firstResponse of ['not-now', 'no-time', 'noncommittal', 'doubts-fit', 'yes-with-limits']) for (const [tone, format] of [['warm', 'meetings'], ['formal', 'async'], ['concise', 'mixed']] as const) {
      const docs = renderAll(exampleWith({ tone, format, culture: { country }, firstResponse, firstResponseWords: FIRST_ANSWER_WORDS[firstResponse] }));
      const found: { id: string; s: string; weeks?: number; written: boolean; inPerson: boolean }[] = [];
      for (const [id, doc] of Object.entries(docs)) for (const s of sentencesOf(doc)) found.push({ id, s, weeks: weeksIn(s), written: WRITTEN.test(s), inPerson: IN_PERSON.test(s) });
      const where = `${country} ${firstResponse} ${tone} ${format}`;
      const waits = new Set(found.filter((f) => f.weeks !== undefined).map((f) => f.weeks));
      if (waits.size > 1) problems.push(`${where}: waits ${[...waits].join(' vs ')}: ${found.filter((f) => f.weeks !== undefined).map((f) => `[${f.id}] ${f.s.slice(0, 90)}`).join(' | ')}`);
      const written = found.filter((f) => f.written && !f.inPerson), inPerson = found.filter((f) => f.inPerson);
      if (inPerson.length) relationship++;
      if (written.length && inPerson.length) problems.push(`${where}: a written reminder [${written[0]!.id}] “${written[0]!.s.slice(0, 90)}” beside [${inPerson[0]!.id}] “${inPerson[0]!.s.slice(0, 90)}”`);
    }
    assert.ok(relationship > 0, 'some cultures follow up in person');
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
  });
});
