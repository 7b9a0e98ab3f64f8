// What they offered, written in their language (issue 21, 22): "обед, когда буду в Алматы" is a lunch when
// they are in Almaty, as "lunch when I'm in Almaty" is: no one-page summary on the table, no dates of ours,
// their place kept. And the note above words the tool cannot read says what is true: what they offered
// may be written in your own words, in any language.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { offerKind, offerOf } from '../../../src/core/render/offerShape';
import { exampleWith, render } from './helpers';

const r21 = (name: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/reader-profiles/r21', `${name}.json`), 'utf8')) as Record<string, unknown>;

/** [their offer, its kind, the place it names]. */
const OFFERS: readonly (readonly [string, string, string | undefined])[] = [
  ['обед, когда буду в Алматы', 'lunch', 'Алматы'], ['давай пообедаем как-нибудь', 'lunch', undefined],
  ['кава, коли буду у Львові', 'coffee', 'Львові'], ['kava kad budem u Zagrebu', 'coffee', 'Zagrebu'],
  ['obiad, kiedy będę w Krakowie', 'lunch', 'Krakowie'], ['un caffè quando passo da Milano', 'coffee', undefined],
  ['um almoço qualquer dia', 'lunch', undefined], ['ngopi bareng kapan-kapan', 'coffee', undefined],
  ['вечеря, когато съм в София', 'dinner', undefined], ['прогулка по набережной', 'walk', undefined],
];

suite('An offer in their language', function () {
  this.timeout(120_000);
  test('is read for its kind and place, whatever the language', () => {
    for (const [offered, kind, place] of OFFERS) {
      assert.strictEqual(offerKind(offered), kind, offered);
      const offer = offerOf(offered);
      assert.strictEqual(offer?.shape, 'informal', offered);
      assert.strictEqual(offer?.place, place, offered);
    }
  });

  test('a lunch offered in Russian is taken up as a lunch, when they are in their city', () => {
    const p = r21('kz-b-confirmed');
    const prep = render('prep-doc', p), request = render('request-meeting', p);
    assert.doesNotMatch(prep, /one-page summary in front of you/);
    assert.match(prep, /No agenda and no papers/);
    assert.match(request, /your offer of lunch/);
    assert.match(request, /next time you’re in Алматы/);
    assert.doesNotMatch(request, /Would \w+day \d+ \w+ or/);
  });

  test('the note above unread words asks for what they offered in your own words, in any language', () => {
    for (const [country, words] of [['RU', 'Слушай, ментор из меня так себе. Посмотрим.'], ['GR', 'Ευχαρίστως, αλλά όχι κάθε δύο εβδομάδες.']]) {
      const head = render('prep-doc', exampleWith({ firstResponseWords: words, culture: { country } })).split('## ')[0]!;
      assert.match(head, /cannot read/, country);
      assert.match(head, /What they offered, What they ruled out\), in your own words and in any language/, country);
    }
  });
});
