// A leader who doubts the fit is never told their doubt back (issue 21, the last fresh reader's third
// finding: "You weren't sure you're the right person" said to a Singapore bank leader, where it costs them
// face), and the request thanks them for the person they pointed to, as the script does.
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';

/** The lines said or sent to the leader: quoted "You:" lines, the message blocks, the letters. */
const sentLines = (doc: string): string[] => doc.split('\n').filter((l) => /^>|^(?:Dear|Hi|Hello)\b/.test(l.trim()) || (/^[A-Z]/.test(l) && !/^\*|^#|^-|^\*\*/.test(l)));

const DOUBT_SAID_BACK = /\b(?:you (?:said you )?(?:were(?:n[’']t| not)|was(?:n[’']t| not)) sure|right person|right mentor|best person|you doubted|your doubts?)\b/i;

suite('Their doubt about fit, never said back to them', () => {
  test('no spoken or sent line restates the doubt; the request thanks them for the person they named', function () {
    this.timeout(300_000);
    const problems: string[] = [];
    const cases: [string, string | undefined][] = [
      ['Aiyah, I’m honestly not the best person for this lah. You should go and talk to Priya in the streaming team.', 'Priya'],
      ['I’m not sure I’m the right person to mentor you. Maybe ask Marcos?', 'Marcos'],
      ['Not sure I’d be much use to you here; Lucía knows this far better than I do.', 'Lucía'],
      ['I’m not sure I’m the right mentor for you, to be honest.', undefined],
    ];
    for (const [words, referTo] of cases) {
      for (const country of ['SG', 'US', 'JP']) {
        for (const tone of ['formal', 'warm', 'concise']) {
          for (const confirmed of [true, false]) {
            const profile = exampleWith({ tone, culture: { country }, firstResponseWords: words,
              ...(confirmed ? { firstResponse: 'doubts-fit', firstResponseDetails: referTo ? { referTo } : {} } : {}) });
            const docs = renderAll(profile);
            for (const [id, text] of Object.entries(docs)) {
              if (id === 'manager-first') continue; // said to your manager, about them
              for (const line of sentLines(text)) {
                if (line.includes('They said:') || line.includes('“' + words.slice(0, 12))) continue;
                if (DOUBT_SAID_BACK.test(line)) problems.push(`${country}/${tone}/${confirmed ? 'confirmed' : 'read'} ${id}: ${line.trim().slice(0, 140)}`);
              }
            }
            if (confirmed && referTo && !new RegExp(`pointing me to ${referTo}`).test(docs['request-meeting']!)) problems.push(`${country}/${tone} request-meeting: no thanks for ${referTo}`);
          }
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });
});
