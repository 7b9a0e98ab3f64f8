// "No papers" (issue 21): where the leader ruled out documents, in English or in their own language, no
// card, script line or note brings, offers or attaches a write-up, a one-pager, a pre-read or notes, in a
// live rhythm as in a written one, whatever the culture, relationship and tone. Each such line has its
// `documents = none` wording.
import * as assert from 'assert';
import { FIRST_RESPONSES, TONES } from '../../../src/core/profile/profile';
import { documentsRuledOut } from '../../../src/core/render/leaderWords';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { exampleWith, render } from './helpers';

/** Documents ruled out, in English, Spanish, German and French. */
const NO_PAPERS = [
  'Maybe. Come and tell me about it, but no papers, please.',
  'Vale, pero sin papeles ni presentaciones: cuéntamelo tú.',
  'Gern, aber bitte keine Folien und keine Unterlagen.',
  'D’accord, mais pas de documents : on en parle simplement.',
];

/** A line that has you send, bring, offer or attach a document (a summary sent in place of an answer is
 *  one; the summaries after each session are kept: they record, they are not brought). */
const PAPER = /(?<!\bno )\bone-page(?:r)?\b|\bwrite-?up\b|\bpre-read\b|(?<!\bNothing to |obligation |nothing )\battach(?:ed)?\b|\b(?:send|sent|leave|offer) (?:you |them )?(?:a |the )?(?:short )?written summary\b|\bwritten summary (?:help|carry)|\blet the written summary\b|\bto (?:a single|one) page\b|\bfits on one page\b|\bthe short summary today\b|\bSummary to you today\b/i;

const CULTURES = [{ country: 'ES' }, { country: 'DE' }, { country: 'GH' }, { communication: 'direct', hierarchy: 'flat' }];
const RELATIONSHIPS = ['executive', 'skip-level', 'cross-team', 'former-manager'];

suite('No papers: every line that brings a document has its “none” wording', () => {
  test('documents are ruled out in each language', () => {
    for (const words of NO_PAPERS) assert.ok(documentsRuledOut(words, {}), words);
  });

  test('over first answers, live and written rhythms, cultures, relationships and tones, nothing is brought, offered or attached', function () {
    this.timeout(600_000);
    const problems = new Set<string>();
    let i = 0;
    for (const firstResponse of FIRST_RESPONSES) {
      const words = NO_PAPERS[i % NO_PAPERS.length]!;
      for (const format of ['mixed', 'meetings']) {
        const p = exampleWith({
          firstResponse, firstResponseWords: words, format, cadence: i % 2 ? 'biweekly' : 'monthly',
          tone: TONES[i % TONES.length], culture: CULTURES[i % CULTURES.length], relationship: RELATIONSHIPS[Math.floor(i / CULTURES.length) % RELATIONSHIPS.length],
          valueYouBring: 'an honest account of what failed for us',
        });
        i++;
        for (const id of Object.keys(BUILTIN_TEMPLATES)) {
          // The one-pager says it is not to be sent; the talk with your own manager sends the leader nothing;
          // a later check-in follows the log.
          if (id === 'one-pager' || id === 'next-checkin' || id === 'manager-first') continue;
          for (const line of render(id, p).split(words).join('').split('\n')) {
            const paper = line.replace(/\b(?:recurring|ask) attached\b/g, '');
            if (!line.includes('*Try:*') && PAPER.test(paper)) problems.add(`${id}: ${line.trim().slice(0, 180)}`);
          }
        }
      }
    }
    assert.deepStrictEqual([...problems].slice(0, Number(process.env.SHOW ?? 12)), [], `${problems.size} lines`);
  });
});
