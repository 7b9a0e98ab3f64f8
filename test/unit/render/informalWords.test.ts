// A leader who writes to you informally ("Слухай", "ти", "du", "tú", an informal "write to me"), and
// whom you call by first name, is on familiar terms with you: no "keep a more formal register in
// writing", no "I know how much is on your plate", and the message greets them "Hi Elena", not "Dear
// Elena". A leader greeted by title keeps the formal register, whatever their words.
import * as assert from 'assert';
import { exampleWith, render } from './helpers';
import { familiarWith } from '../../../src/core/render/profileReadings';
import { validateProfile } from '../../../src/core/profile/validate';

/** Informal words, each with a culture where the register is otherwise formal. */
const CASES = [
  { words: 'Слухай, щось регулярне я зараз не потягну. Але давай в суботу на каву.', culture: { country: 'UA', scales: { communication: 'high-context', hierarchy: 'hierarchical', trust: 'relationship-based', disagreement: 'open', time: 'flexible' } } },
  { words: 'Пиши ми по имейл, на срещи нямам време. Ако въпросът е конкретен, ще отговоря.', culture: { country: 'BG', scales: { communication: 'low-context', hierarchy: 'hierarchical', trust: 'relationship-based', disagreement: 'open', time: 'flexible' } } },
  { words: 'Schreib mir einfach nach dem Release, dann schauen wir, ob du mit der Frage weiterkommst.', culture: { country: 'DE' } },
  { words: 'Mira, ahora no puedo. Escríbeme después de la auditoría y lo vemos.', culture: { country: 'MX' } },
  { words: 'Știi că te ajut, dar acum sunt pe fugă. Scrie-mi un mail cu ce vrei concret.', culture: { country: 'RO', scales: { communication: 'high-context', hierarchy: 'hierarchical', trust: 'relationship-based', disagreement: 'avoided', time: 'flexible' } } },
];
const RELATIONSHIPS = ['skip-level', 'former-manager', 'cross-team'];
const FORMAL = /a more formal register in writing|how much is on your plate|how many demands there are on your time/;
const greetings = (doc: string) => doc.split('\n').map((l) => l.replace(/^>\s*/u, '').trim()).filter((l) => /^(?:Dear|Hi|Hello)\b.*,$/u.test(l));

function profile(i: number, c: typeof CASES[number], addressAs: string): Record<string, unknown> {
  return { ...exampleWith({ leader: { name: 'Elena Georgieva', addressAs }, tone: i % 2 ? 'warm' : 'concise', relationship: RELATIONSHIPS[i % 3], firstResponseWords: c.words }), culture: c.culture };
}

suite('A leader who writes to you informally', () => {
  test('is on familiar terms when their words are informal, in several languages', () => {
    CASES.forEach((c, i) => {
      const p = validateProfile({ ...profile(i, c, 'Elena'), relationship: 'skip-level' });
      assert.ok(p.ok && familiarWith(p.profile), c.words);
    });
    const formal = validateProfile(exampleWith({ relationship: 'skip-level', firstResponseWords: 'Schreiben Sie mir nach dem Release, dann sehen wir weiter.' }));
    assert.ok(formal.ok && !familiarWith(formal.profile));
  });

  test('called by first name: no formal register, no formal thanks, greeted “Hi”', () => {
    const found: string[] = [];
    CASES.forEach((c, i) => {
      const p = profile(i, c, 'Elena');
      for (const id of ['prep-doc', 'script', 'brief']) {
        const line = render(id, p).split('\n').find((l) => FORMAL.test(l));
        if (line) found.push(`${c.culture.country} ${String(p.relationship)} ${id}: ${line.slice(0, 160)}`);
      }
      for (const id of ['request-meeting', 'thank-you']) {
        for (const g of greetings(render(id, p))) if (g.includes('Elena') && !/^Hi Elena,$/u.test(g)) found.push(`${c.culture.country} ${id}: ${g}`);
      }
    });
    assert.deepStrictEqual(found, []);
  });

  test('greeted by title: the formal greeting stays', () => {
    CASES.forEach((c, i) => {
      for (const g of greetings(render('request-meeting', profile(i, c, 'Dr. Georgieva')))) assert.match(g, /^Dear /u, `${c.culture.country}: ${g}`);
    });
  });
});
