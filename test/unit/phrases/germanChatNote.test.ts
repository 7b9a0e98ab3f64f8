// The German note over the chat version said „Für Slack oder Teams“ to a leader at another company
// (an insurer, an institute, a ministry), whom the user's own company chat does not reach; the English
// note already said so. Over tones, forms of address and first answers: a leader elsewhere gets a
// messenger you already share, a leader in the same house Slack or Teams.
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

suite('German chat note: the company chat only for a leader in the same house', () => {
  test('leader.organization other: no Slack or Teams; same: Slack or Teams', () => {
    const problems: string[] = [];
    let seen = 0;
    for (const tone of ['formal', 'warm', 'concise']) for (const anrede of ['Sie', 'du']) for (const firstResponse of [undefined, 'not-now', 'yes-with-limits', 'noncommittal']) {
      for (const organization of ['other', 'same']) {
        const text = renderFinished('request-meeting', { tone, firstResponse, leader: { anrede, organization },
          ...(firstResponse === 'yes-with-limits' ? { firstResponseDetails: { offered: 'einmal im Monat eine Stunde' } } : {}) }, 'de');
        const chat = text.split('## Als Chat-Nachricht')[1]?.split('\n').find((l) => /^\*[^(]/u.test(l));
        if (chat === undefined) continue;
        seen++;
        const company = /Slack oder Teams/u.test(chat);
        if (organization === 'other' && company) problems.push(`${tone} ${anrede} ${firstResponse} other: ${chat}`);
        if (organization === 'same' && !company) problems.push(`${tone} ${anrede} ${firstResponse} same: ${chat}`);
      }
    }
    assert.ok(seen >= 40, `${seen} chat notes`);
    assert.deepStrictEqual(problems.slice(0, 8), [], `${problems.length} problems`);
  });
});
