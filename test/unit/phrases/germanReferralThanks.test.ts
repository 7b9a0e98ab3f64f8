// „Thanks for pointing me to X“: the English reply to a no thanks the leader for the person they named
// before staying in touch; the German said only „… bleibe ich mit der Person in Kontakt, die Sie
// genannt haben: Herr Gisler.“
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

suite('German reply to a no: thanks for the person they named', () => {
  test('every tone, du and Sie, a named person and one typed with an article: thanked, „Herr“ as „Herrn“ after „mit“', () => {
    let seen = 0;
    for (const referTo of ['Herr Gisler', 'Priya Nair', 'der Kollege aus dem Architekturteam']) {
      for (const anrede of ['Sie', 'du']) {
        for (const tone of ['formal', 'warm', 'concise']) {
          const text = renderFinished('no-reply', { tone, leader: { anrede }, firstResponse: 'referral', firstResponseDetails: { referTo } }, 'de');
          // Staying in touch, or (the person not met yet) getting in touch: „melde ich mich bei Herrn Gisler“.
          const lines = text.split('\n').filter((l) => (l.includes('Kontakt') || /\bmelde\b/u.test(l)) && !/^(?:\*|-|#)/.test(l));
          assert.ok(lines.length >= 2, `${referTo} ${anrede} ${tone}\n${text}`);
          for (const l of lines) {
            assert.match(l, /[Dd]ank|[Dd]anke/, `${referTo} ${anrede} ${tone}: ${l}`);
            assert.doesNotMatch(l, /: Herr |Zwischenzeit: /, l);
            seen++;
          }
        }
      }
    }
    assert.ok(seen >= 3 * 2 * 3 * 2);
  });
});
