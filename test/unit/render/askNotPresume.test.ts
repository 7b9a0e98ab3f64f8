// A first written note to a leader who offered their view asks for it: it names when the user has to
// decide and asks whether they can look before then. It never tells them that silence is a yes
// ("If I haven't heard from you by (date), I'll go ahead"; „Wenn ich bis (Datum) nichts von Ihnen
// höre, setze ich meine Empfehlung um“): the leader gives time as a favour, above all one from outside.
import * as assert from 'assert';
import { renderFinished } from './helpers';

const SILENCE_IS_YES = [
  /\bhaven[’']t heard\b/i, /\bhave not heard\b/i, /\bno need to reply if it looks right\b/i, /\bI[’']ll go (?:ahead )?with (?:it|my recommendation)\b/i,
  /\bnichts (?:von (?:Ihnen|dir) )?höre\b/, /\bOhne Antwort bis\b/, /\bsetze ich (?:meine Empfehlung|das(?: so)?) um\b/,
];
const OFFERS = [
  { firstResponse: 'yes-with-limits', firstResponseWords: 'Happy to, but only by email and not more than once a month.' },
  { firstResponse: 'yes-with-limits', firstResponseWords: 'Gern, aber nur schriftlich, höchstens einmal im Monat.', firstResponseDetails: { offered: 'höchstens einmal im Monat schriftlich' } },
];

suite('A first written note asks for their view; it never makes silence a yes', () => {
  test('English and German, every tone, inside and outside the company, Sie and du: the deadline is a question', () => {
    let seen = 0;
    for (const offer of OFFERS) for (const tone of ['formal', 'warm', 'concise']) for (const relationship of ['skip-level', 'executive', 'cross-team', 'former-manager']) {
      for (const [language, anrede] of [['en', undefined], ['de', 'Sie'], ['de', 'du']] as const) {
        for (const organization of [undefined, 'other']) {
          const patch = { ...offer, tone, relationship, format: 'async', leader: { ...(anrede ? { anrede } : {}), ...(organization ? { organization, company: 'Lumen' } : {}) } };
          const templates = language === 'en' ? ['request-meeting', 'script', 'prep-doc'] : ['request-meeting'];
          for (const template of templates) {
            const text = renderFinished(template, patch, language);
            if (!/\*\((?:date|Datum)\)\*/.test(text)) continue;
            seen++;
            for (const re of SILENCE_IS_YES) assert.doesNotMatch(text, re, `${template} ${language} ${anrede ?? ''} ${tone} ${relationship} ${organization ?? ''}`);
          }
        }
      }
    }
    assert.ok(seen >= 48, `only ${seen} documents with a first note`);
  });
});
