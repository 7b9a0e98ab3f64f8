// A referral whose name carries an article or a title in the leader's language ("Fale com a engenheira
// Inês Carvalho", "habla con el ingeniero Ruiz"): the article goes, the title stays as the person's
// form of address, capitalised ("Engenheira Inês Carvalho"), so English lines read cleanly and the
// first message to that person, and the checklist step for it, are written.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { personNamed } from '../../../src/core/render/firstAnswer';
import { exampleWith, render } from './helpers';

const CASES: readonly { words: string; referTo: string; named: string }[] = [
  { words: 'Agora não consigo. Fale com a engenheira Inês Carvalho, ela fez exatamente isso.', referTo: 'a engenheira Inês Carvalho', named: 'Engenheira Inês Carvalho' },
  { words: 'Ahora no puedo. Habla con el ingeniero Ruiz, él lo hizo el año pasado.', referTo: 'el ingeniero Ruiz', named: 'Ingeniero Ruiz' },
  { words: 'Je ne peux pas. Parlez à la directrice Martin, elle connaît le sujet.', referTo: 'la directrice Martin', named: 'Directrice Martin' },
  { words: 'Ich schaffe das nicht. Sprich mit der Frau Weber, sie hat das gebaut.', referTo: 'der Frau Weber', named: 'Frau Weber' },
  { words: 'Não consigo. Fale com o Dr. Nuno Reis.', referTo: 'o Dr. Nuno Reis', named: 'Dr. Nuno Reis' },
];

suite('A referral named with an article or a title', () => {
  test('the article is dropped and the title kept, capitalised, as a form of address', () => {
    for (const c of CASES) assert.strictEqual(personNamed(c.referTo), c.named, c.referTo);
    // A plain name, and someone unnamed, stay as they are.
    assert.strictEqual(personNamed('Lucía Hernández'), 'Lucía Hernández');
    assert.strictEqual(personNamed('someone on the platform team'), 'someone on the platform team');
    assert.strictEqual(personNamed('the head of platform'), 'the head of platform');
  });

  test('English lines name the person without the article, and the first message to them is written, in every tone', () => {
    for (const c of CASES) {
      for (const tone of TONES) {
        const profile = exampleWith({ tone, firstResponse: 'referral', firstResponseWords: c.words, firstResponseDetails: { referTo: c.referTo } });
        const doc = render('prep-doc', profile);
        const request = render('request-meeting', profile);
        assert.match(doc, new RegExp(`pointed you to ${c.named}`), `${c.referTo}/${tone}`);
        assert.doesNotMatch(doc + request, new RegExp(`\\b(?:to|suggesting|with) ${c.referTo}\\b`), `${c.referTo}/${tone}`);
        assert.match(request, new RegExp(`To ${c.named}: the first message`), `${c.referTo}/${tone}`);
        // After the leader's answer when nothing says you may name them (the referral rule: the checklist's order).
        assert.match(doc, /- \[ \] (?:Once the leader has (?:answered|told them), w|W)rite to the person they named/, `${c.referTo}/${tone}: checklist step`);
      }
    }
  });

  test('a name read from their words, with no confirmed details, drops the article too', () => {
    const profile = exampleWith({ firstResponse: 'referral', firstResponseWords: CASES[0]!.words });
    assert.match(render('prep-doc', profile), /pointed you to Engenheira Inês Carvalho/);
  });
});
