// The leader named the channel for the next step ("escríbeme", "write to me", "call me", "llámame")
// (issue 21): every line of advice about how to reach them follows it. A culture's usual channel
// ("Speak to them before you write", "Follow up in person") is the default, never said against theirs.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { channelNamed } from '../../../src/core/render/leaderWords';
import { exampleWith, render } from './helpers';

/** "Write to me", in English, Spanish, German, French and Portuguese, in three first answers. */
const WRITE = [
  { firstResponse: 'not-now', words: 'Mira, ahora mismo imposible, estamos con la auditoría hasta marzo. Cuando la cerremos, escríbeme y lo hablamos con un café.' },
  { firstResponse: 'not-now', words: 'Not before the budget round is done. Write to me after that and we can have a coffee.' },
  { firstResponse: 'noncommittal', words: 'Interesting. Schreiben Sie mir nach dem Quartal, dann sehen wir.' },
  { firstResponse: 'not-now', words: 'Pas maintenant. Écrivez-moi en septembre et on en parle.' },
  { firstResponse: 'noncommittal', words: 'Talvez. Escreva-me depois do lançamento e vemos.' },
];
/** "Call me", in English and Spanish. */
const CALL = [
  { firstResponse: 'not-now', words: 'Not this month. Call me after the launch and we will see.' },
  { firstResponse: 'noncommittal', words: 'Puede ser. Llámame la semana que viene y lo vemos.' },
];

/** Countries whose usual advice is a call or a word in person before anything written, or in-person follow-ups. */
const COUNTRIES = ['ES', 'PT', 'CL', 'MX', 'BR', 'CO', 'GH', 'KR', 'TR', 'ZA', 'JP', 'VN', 'EG', 'KE', 'MA', 'NG'];

/** Advice that says to talk, call or meet rather than write. */
const NOT_WRITING = /speak to them before you write|talk before you write|call them before the email|call or (?:speak to|meet) them? ?before|call or send a WhatsApp message before the email|(?:a )?word in person before the written request|mention the idea in person|meet before you write|not by email|follow up (?:once,? )?(?:warmly, |politely, )?(?:in person|by phone)|check back once, politely, in person|in person or by phone, not only in writing|ask once more in person|ask in person or at the next informal occasion|asked for in person or/i;
/** Advice that says to follow up in person or in writing when they asked for a call. */
const NOT_CALLING = /follow up (?:once,? )?(?:warmly, |politely, )?in person|check back once, politely, in person|ask once more in person|ask in person or at the next informal occasion|not only in writing, and stay/i;

function problems(cases: readonly { firstResponse: string; words: string }[], contra: RegExp): string[] {
  const found: string[] = [];
  let i = 0;
  for (const { firstResponse, words } of cases) {
    for (const country of COUNTRIES) {
      const tone = TONES[i % TONES.length];
      // The country's own scales: no communication or hierarchy set by hand, so its own lines are said.
      const p = { ...exampleWith({ firstResponse, firstResponseWords: words, tone, leader: i % 3 ? { addressAs: 'Dana' } : {}, relationship: i % 2 ? 'cross-team' : 'skip-level' }), culture: { country } };
      i++;
      for (const id of Object.keys(BUILTIN_TEMPLATES)) {
        // Their own words may be quoted; only the document's sentences count.
        const doc = render(id, p).split(words).join('');
        const line = doc.split('\n').find((l) => contra.test(l));
        if (line) found.push(`${country} ${tone} ${id} (${words}): ${line.slice(0, 200)}`);
      }
    }
  }
  return found;
}

suite('The channel they named for the next step', () => {
  test('is read from their words, in several languages', () => {
    for (const { words } of WRITE) assert.strictEqual(channelNamed(words), 'write', words);
    for (const { words } of CALL) assert.strictEqual(channelNamed(words), 'call', words);
    assert.strictEqual(channelNamed('Drop by my office after the launch.'), 'visit');
    assert.strictEqual(channelNamed('Interesting idea, let me think about it.'), 'none');
  });

  test('“write to me”: no advice, in any document, says to call, speak or meet before writing', function () {
    this.timeout(600_000);
    const found = problems(WRITE, NOT_WRITING);
    assert.deepStrictEqual(found.slice(0, Number(process.env.SHOW ?? 8)), [], `${found.length} lines`);
  });

  test('“call me”: no advice says to follow up in person or only in writing', function () {
    this.timeout(600_000);
    const found = problems(CALL, NOT_CALLING);
    assert.deepStrictEqual(found.slice(0, Number(process.env.SHOW ?? 8)), [], `${found.length} lines`);
  });
});
