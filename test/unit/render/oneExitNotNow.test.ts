// Back after a "not now" with no milestone named, the opening already lets them off ("If now still
// isn't right, just tell me when would be"; „Wenn es jetzt immer noch nicht passt, ist mir auch ein
// späterer Zeitpunkt recht“): the close adds no second way out ("And if it's a no, that's completely
// fine"). One exit per message, in English and German, over tones, formats and cultures.
import * as assert from 'assert';
import { renderFinished } from './helpers';

const EXITS: Record<string, RegExp> = {
  en: /If now still isn’t right|if not, (?:a|any) later date|If the answer is no|if it’s a no|A no is fine|If the timing is not right|if the timing isn’t right|If the timing isn’t right/giu,
  de: /immer noch nicht passt|ist das völlig in Ordnung|ist das (?:auch )?in Ordnung|verstehe ich (?:das )?(?:natürlich|selbstverständlich|gut)/giu,
};

const message = (doc: string) => doc.split(/^## /mu)[1] ?? '';

suite('back after a not now: one way out per message', () => {
  test('the opening’s way out is the only one', () => {
    for (const language of ['en', 'de']) for (const tone of ['formal', 'warm', 'concise']) for (const format of ['meetings', 'async'])
      for (const culture of [{ country: 'CH' }, { communication: 'direct', hierarchy: 'flat' }, { communication: 'indirect', hierarchy: 'hierarchical' }]) {
        const doc = renderFinished('request-meeting', {
          tone, format, culture, relationship: 'former-manager', firstResponse: 'not-now',
          firstResponseWords: 'Not now, sorry. Maybe later.',
        }, language === 'de' ? 'de' : undefined);
        const exits = message(doc).match(EXITS[language]!) ?? [];
        assert.ok(exits.length <= 1, `${language} ${tone} ${format} ${JSON.stringify(culture)}: ${exits.join(' | ')}\n${message(doc)}`);
      }
  });
});
