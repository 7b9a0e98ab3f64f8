// One ask (issue 21, item 4): the ask is computed once (facts.rhythm) and said the same way in every
// document that says or sends it: the script, the meeting request (and its chat form), the night-before
// brief, the one-pager, the thank-you note and the reply to a no. This test reads the ask out of each
// message, the way a reader would (its shape: one conversation, one written question, or a rhythm; its
// length in minutes), and checks that each message holds one ask, the same across documents and the one
// the facts hold; that each message offers the way out once; and that at most one sentence speaks of
// the calendar (who books what, or that nothing is booked).
import * as assert from 'assert';
import { CADENCES, FIRST_RESPONSES, FORMATS, RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { factsOf } from '../../../src/core/render/facts';
import { exampleWith, render, TODAY } from './helpers';

type Kind = 'conversation' | 'written' | 'rhythm';

/** What a sentence asks for, read from its words. */
const KINDS: Record<Kind, RegExp> = {
  written: /\b(?:one|a single) written question\b|\bone question in writing\b/i,
  conversation: /\b(?:one|a single) (?:\d+-minute )?(?:conversation|call|chat)\b|\b(?:one|a single) (?:short )?meeting\b|\btalk it through once\b/i,
  rhythm: /\b(?:every (?:two|other) weeks?|once a (?:week|month)|each (?:week|month)|weekly|monthly|fortnightly|biweekly)\b/i,
};
/** A length asked for ("20 minutes", "a 30-minute conversation"); not a total over the trial. */
const MINUTES = /(?<!\b(?:[Aa]bout|[Ss]ome) )\b(\d+)(?:-minute\b| minutes\b)(?! (?:of your time )?(?:in calls )?(?:over|in total|in all))/g;
/** The way out: said once per message. */
const EXIT = /\bif the timing (?:is not right|isn’t right|is wrong)\b|\bif (?:it’s|it is) (?:still )?a no\b(?!:)|\b(?:a|the answer) no is (?:completely |entirely )?fine\b|‘not this time’|\bif not, (?:that’s|that is) (?:completely )?fine\b/i;
/** A sentence about booking: who puts what in whose calendar, or that nothing goes in it. */
const CALENDAR = /\b(?:in|into|to) (?:your|the) calendar\b|\bassistant\b|\bslot\b|\bsuggest (?:a few )?dates\b|\b(?:send|find) (?:you )?(?:a few )?(?:dates|times)\b|\binvites?\b/i;

interface Message { doc: string; text: string; shape?: false }

/** The lines of a section, from its heading to the next heading of the same or a higher level. */
function section(text: string, heading: RegExp): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return '';
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && /^#+/.exec(l)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** What is said or sent, without the notes to the user (italic lines) and headings. */
const sent = (text: string) => text.split('\n').filter((l) => l.trim() !== '' && !/^\s*\*[^*]/.test(l) && !/^#/.test(l)).join('\n');

/** Each document's spoken or sent messages (the thank-you's alternative and the reply to a no are
 *  messages of their own, each with one ask). */
function messagesOf(profile: Record<string, unknown>): Message[] {
  const script = render('script', profile);
  const spoken = (t: string) => t.split('\n').filter((l) => l.startsWith('> **You:**')).join('\n');
  const request = render('request-meeting', profile);
  const brief = render('brief', profile);
  const thankYou = render('thank-you', profile);
  const noReply = render('no-reply', profile);
  return [
    // The script up to the pushback: its "if they need time" line is part of the one conversation.
    { doc: 'script', text: spoken(section(script, /^## The (?:conversation|message)$/)) },
    { doc: 'request-meeting', text: sent(section(request, /^## The message/)) },
    { doc: 'request-meeting (chat)', text: sent(section(request, /^## As a chat message/)) },
    { doc: 'brief', text: brief.split('\n').filter((l) => /^\*\*(?:Opening line|The 30-second ask|The walk-away line):\*\*/.test(l)).join('\n') },
    { doc: 'one-pager', text: sent(render('one-pager', profile).replace(/^# .*$/m, '')) },
    { doc: 'thank-you', text: sent(section(thankYou, /^## The note/)) },
    { doc: 'thank-you (still considering)', text: sent(section(thankYou, /^## If they are still considering it/)) },
    // After a no the ask is smaller by design (a name, or one question): its exits and calendar are checked, not its shape.
    { doc: 'no-reply (no)', text: sent(section(noReply, /^## If the answer was no/)), shape: false as const },
  ].filter((m) => m.text !== '');
}

const sentencesOf = (text: string) => text.split(/(?<=[.?!])\s+|\n/).filter((s) => s.trim() !== '');

/** The asks a message makes: its shapes and the lengths it names. */
function asksOf(text: string): { kinds: Set<Kind>; minutes: Set<number> } {
  const kinds = new Set<Kind>();
  for (const [kind, pattern] of Object.entries(KINDS) as [Kind, RegExp][]) if (pattern.test(text)) kinds.add(kind);
  return { kinds, minutes: new Set([...text.matchAll(MINUTES)].map((m) => Number(m[1]))) };
}

function problemsOf(profile: Record<string, unknown>): string[] {
  const facts = factsOf(validateProfile(profile).profile, TODAY);
  const r = facts.rhythm;
  const expected: Kind = r.single ? (r.written ? 'written' : 'conversation') : 'rhythm';
  // The lengths a message may name: the meeting in which you ask, each exchange, the review at the end.
  const lengths = new Set([r.meetingMinutes, ...(r.live ? [r.minutes] : []), ...(r.reviewMinutes ? [r.reviewMinutes] : [])]);
  // The lighter version prepared for "no time" is said as such (the one-pager's "If that is still too much"):
  // it is the same ask made smaller, not a second one.
  const fallback = (text: string) => text.split('\n').filter((l) => !(r.fallbackText && l.includes(r.fallbackText)) && !(r.fallback && l.includes(r.fallback))).join('\n');
  const problems: string[] = [];
  const offered = new Set<string>();
  for (const m of messagesOf(profile)) {
    const { kinds, minutes } = asksOf(fallback(m.text));
    // A yes with limits asks for what they offered, whatever its shape: the same in every document.
    if (m.shape !== false && facts.firstResponse === 'yes-with-limits') offered.add([...kinds].sort().join(' and ') || 'nothing named');
    else if (m.shape !== false && kinds.size > 0 && [...kinds].some((k) => k !== expected)) problems.push(`${m.doc}: asks for ${[...kinds].join(' and ')}, the ask is ${expected}`);
    const wrong = [...minutes].filter((n) => !lengths.has(n));
    if (wrong.length > 0) problems.push(`${m.doc}: names ${wrong.join(' and ')} minutes, the ask is ${[...lengths].join('/')}${r.written ? ' (in writing)' : ''}`);
    const exits = sentencesOf(m.text).filter((s) => EXIT.test(s));
    if (exits.length > 1) problems.push(`${m.doc}: ${exits.length} exits: ${exits.map((s) => s.trim().slice(0, 90)).join(' | ')}`);
    const calendar = sentencesOf(m.text).filter((s) => CALENDAR.test(s));
    if (calendar.length > 1) problems.push(`${m.doc}: ${calendar.length} calendar sentences: ${calendar.map((s) => s.trim().slice(0, 90)).join(' | ')}`);
  }
  if ([...offered].filter((k) => k !== 'nothing named').length > 1) problems.push(`the documents ask for ${[...offered].join(', ')} (a yes with limits)`);
  return problems;
}

suite('One ask: the same ask in every document, one exit, one calendar sentence', () => {
  test('over first answers, formats, cadences, relationships and tones, every message holds the one ask of the facts', function () {
    this.timeout(900_000);
    const problems = new Map<string, string[]>();
    let profiles = 0, i = 0;
    for (const firstResponse of [...FIRST_RESPONSES, undefined]) {
      for (const format of FORMATS) {
        for (const relationship of RELATIONSHIPS) {
          for (const tone of TONES) {
            i++;
            const profile = exampleWith({
              firstResponse, format, relationship, tone, cadence: CADENCES[i % CADENCES.length], sessionMinutes: [20, 30, 45][i % 3],
              culture: { communication: i % 2 ? 'indirect' : 'direct', hierarchy: Math.floor(i / 2) % 2 ? 'hierarchical' : 'flat' },
            });
            profiles++;
            for (const p of problemsOf(profile)) {
              const kind = p.replace(/:.*/, '') + ': ' + p.replace(/^[^:]*: /, '').replace(/\d+/g, 'N').slice(0, 40);
              problems.set(kind, [...(problems.get(kind) ?? []), `${p} (${firstResponse ?? 'none'}, ${format}, ${relationship}, ${tone}, #${i})`]);
            }
          }
        }
      }
    }
    assert.ok(profiles >= 400, `${profiles} profiles`);
    const report = [...problems.values()].map((list) => `${list.length}× ${list[0]}`);
    assert.deepStrictEqual(report, [], `${report.length} kinds of problem`);
  });

  test('the reader sees a second ask, a second exit and a second calendar sentence, so the check above can fail', () => {
    assert.deepStrictEqual([...asksOf('One conversation of 20 minutes, or a single written question.').kinds].sort(), ['conversation', 'written']);
    assert.deepStrictEqual([...asksOf('A 30-minute conversation every two weeks. In total, that is 90 minutes of your time over three months. About 60 minutes, plus a 20-minute review.').minutes], [30, 20]);
    assert.strictEqual(sentencesOf('If the timing isn’t right, I completely understand. And if it’s a no, that’s completely fine.').filter((s) => EXIT.test(s)).length, 2);
    assert.strictEqual(sentencesOf('I’m happy to find a slot with your assistant. Nothing goes in your calendar.').filter((s) => CALENDAR.test(s)).length, 2);
  });
});
