// A leader at another company (issue 21, item 2): their team is no party to the ask. No document says
// "your advice, not your people's time", "outside your team's remit", "your team gets…", "the
// summaries are yours to share with your team" or "closes the loop for their team" to them; a
// cross-team leader in your own company still hears them.
import * as assert from 'assert';
import { FIRST_RESPONSES, TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

/** Lines about the leader's own team or people (the vocabulary's suggested questions are the glossary's). */
const THEIR_TEAM = /\byour people[’']s time\b|\byour (?:own )?team[’']s (?:remit|work|time)\b|\bYour team gets\b|\byours to share with your team\b|\bwould (?:be useful to|help) your team\b|\bloop for their team\b|\bSomeone in your team\b|\bsomeone in your team\b/i;

function profile(organization: 'other' | 'same', tone: string, firstResponse: string | undefined, i: number): Record<string, unknown> {
  return exampleWith({
    relationship: 'cross-team', tone,
    culture: { communication: i % 2 ? 'indirect' : 'direct', hierarchy: Math.floor(i / 2) % 2 ? 'hierarchical' : 'flat' },
    leader: { organization, company: 'Paybridge' },
    valueYouBring: 'a written summary of each decision',
    ...(firstResponse ? { firstResponse } : {}),
  });
}

function teamLines(docs: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [id, text] of Object.entries(docs)) {
    if (id === 'manager-first') continue; // said to your own manager, about your own team
    for (const line of text.split('\n')) if (!line.includes('*Try:*') && THEIR_TEAM.test(line)) found.push(`${id}: ${line.trim().slice(0, 180)}`);
  }
  return found;
}

suite('A leader at another company: no lines about their team or their people', () => {
  test('cross-team at another company, over tones, cultures and first answers: nothing about their team', function () {
    this.timeout(300_000);
    const problems: string[] = [];
    let i = 0;
    for (const tone of TONES) {
      for (const firstResponse of ['yes-with-limits', 'no-time', 'not-now', 'declined', undefined] as const) {
        if (firstResponse && !(FIRST_RESPONSES as readonly string[]).includes(firstResponse)) continue;
        for (const line of teamLines(renderAll(profile('other', tone, firstResponse, i++)))) problems.push(`${tone}/${firstResponse ?? 'first ask'}: ${line}`);
      }
    }
    assert.deepStrictEqual(problems.slice(0, 12), []);
  });

  test('cross-team inside your own company still says it asks for advice, not their people’s time', () => {
    for (const tone of TONES) {
      const docs = renderAll(profile('same', tone, undefined, 0));
      assert.ok(teamLines(docs).length > 0, `${tone}: a cross-team leader in your company hears about their team`);
    }
  });
});
