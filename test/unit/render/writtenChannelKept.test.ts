// A leader who asked to be written to ("write to me by email", "no time for meetings") keeps writing,
// in any language the reading knows, where trust is otherwise built in person: the one reminder is a
// short written one, never "ask once in person" or a word at the next informal occasion, and the card
// for "just send me your questions by email" is among the first three.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { proposeReading } from '../../../src/core/render/firstAnswer';
import { channelNamed } from '../../../src/core/render/leaderWords';
import { exampleWith, render } from './helpers';

/** "Write to me (by email)" and "no time for meetings", in English, Romanian, Bulgarian, Ukrainian and Russian. */
const WORDS = [
  'Write to me by email, I have no time for meetings. If the question is specific, I will answer.',
  'I have no time for meetings right now. If it is specific, I will answer.',
  'Andrei, știi că te ajut, dar acum sunt pe fugă. Scrie-mi un mail cu ce vrei concret și mă uit la el.',
  'Пиши ми по имейл, на срещи нямам време. Ако въпросът е конкретен, ще отговоря.',
  'Напиши мені на пошту, на зустрічі зараз немає часу.',
  'Напиши мне на почту, на встречи нет времени.',
];

/** Countries where trust is built in person (their own scales, or set by hand where there is no preset). */
const CULTURES = [
  { country: 'BG', scales: { communication: 'low-context', hierarchy: 'hierarchical', trust: 'relationship-based', disagreement: 'open', time: 'flexible' } },
  { country: 'RO', scales: { communication: 'high-context', hierarchy: 'hierarchical', trust: 'relationship-based', disagreement: 'avoided', time: 'flexible' } },
  { country: 'BR' }, { country: 'MX' }, { country: 'TR' },
];

/** Advice to follow up face to face rather than in writing. */
const IN_PERSON = /ask once (?:more )?in person|ask in person|at the next informal occasion|catch them (?:after|in)|rather than send a reminder: ask/i;

function profiles(): { label: string; p: Record<string, unknown> }[] {
  const out: { label: string; p: Record<string, unknown> }[] = [];
  let i = 0;
  for (const words of WORDS) {
    for (const culture of CULTURES) {
      const tone = TONES[i % TONES.length];
      const format = ['async', 'mixed', 'meetings'][i % 3];
      const relationship = ['skip-level', 'executive', 'cross-team'][i % 3];
      const firstResponse = i % 2 ? { firstResponse: 'no-time' } : {};
      out.push({ label: `${culture.country} ${tone} ${format} ${relationship} ${i % 2 ? 'no-time' : 'unset'} (${words.slice(0, 30)})`,
        p: { ...exampleWith({ ...firstResponse, firstResponseWords: words, tone, format, relationship, leader: { addressAs: 'Elena' } }), culture } });
      i++;
    }
  }
  return out;
}

suite('A leader who asked to be written to keeps writing', () => {
  test('“write to me” and “no time for meetings” are read as writing, in the languages the reading knows', () => {
    for (const words of WORDS) assert.strictEqual(channelNamed(words), 'write', words);
    assert.strictEqual(channelNamed('Scrieți-mi după audit.'), 'write');
    assert.strictEqual(channelNamed('Пишете ми след одита.'), 'write');
    assert.strictEqual(channelNamed('Нямам време за срещи.'), 'write');
    // A call named first is still the call; meetings they do have time for are no channel.
    assert.strictEqual(channelNamed('No time for meetings, but call me on Friday.'), 'call');
    assert.strictEqual(channelNamed('I have time for meetings on Fridays.'), 'none');
  });

  test('no document sends the reminder in person, and the prep doc and brief send it in writing', function () {
    this.timeout(600_000);
    const found: string[] = [];
    for (const { label, p } of profiles()) {
      const words = String(p.firstResponseWords);
      for (const id of Object.keys(BUILTIN_TEMPLATES)) {
        const doc = render(id, p).split(words).join('');
        const line = doc.split('\n').find((l) => IN_PERSON.test(l));
        if (line) found.push(`${label} ${id}: ${line.slice(0, 220)}`);
      }
      if (!/two-line reminder in writing/.test(render('prep-doc', p))) found.push(`${label} prep-doc: no written reminder`);
    }
    assert.deepStrictEqual(found.slice(0, Number(process.env.SHOW ?? 6)), [], `${found.length} lines`);
  });

  test('the card for “just send me your questions by email” is among the first three (none after a yes in writing that drops it)', function () {
    this.timeout(600_000);
    const found: string[] = [];
    for (const { label, p } of profiles()) {
      const all = render('objections', p).split('\n').filter((l) => l.startsWith('### '));
      const headings = all.slice(0, 3);
      // Read as a yes in writing (no time for meetings, and "write to me"), a deck without that card keeps the
      // rule that what they offered in writing is no objection to it; a deck with it has it among the first three.
      const writtenYes = p.firstResponse === undefined && proposeReading(String(p.firstResponseWords)).response === 'yes-with-limits';
      if (writtenYes && !all.some((h) => /send me your questions by email/i.test(h))) continue;
      if (!headings.some((h) => /send me your questions by email|write to me|пиши|напиши|scrie-mi/i.test(h))) found.push(`${label}: ${headings.join(' | ')}`);
    }
    assert.deepStrictEqual(found.slice(0, Number(process.env.SHOW ?? 6)), [], `${found.length} decks`);
  });
});
