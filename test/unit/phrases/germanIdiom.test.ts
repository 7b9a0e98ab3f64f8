// German that reads as German, not as English put into German words: „Es geht um die Zerlegung …“, not
// „zu einem Thema: die Zerlegung …“; „Sie hatten mir angeboten: „…“. Dieses Angebot nehme ich sehr gern
// an.“, not „Genau das möchte ich gern annehmen, und nicht mehr.“; the subject „Vielen Dank für Ihre
// Rückmeldung“; „danke Ihnen für die offene Rückmeldung“; „Ich möchte Ihre Zeit nicht über Gebühr
// beanspruchen.“; „Nächster Termin:“ for the next meeting; „genau die Abwägung, vor der ich jetzt stehe“;
// a concise „du“ thanks without „es bedeutet mir viel“. Over DE, AT, CH, three tones, Sie and du, and
// the first answers that lead to these sentences, in the three German documents.
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

const NOT_GERMAN: [RegExp, string][] = [
  [/zu einem Thema: /u, 'zu einem Thema:'], [/einer Frage hören: /u, 'Frage hören:'],
  [/Genau das möchte ich gern annehmen, und nicht mehr/u, 'und nicht mehr'], [/Betreff:\*\* Vielen Dank, dass Sie meine Bitte geprüft haben/u, 'Betreff geprüft'],
  [/dass Sie es mir gesagt haben/u, 'es mir gesagt'], [/Um mehr werde ich Sie nicht bitten/u, 'Um mehr'],
  [/\*\*Das Gespräch:\*\*/u, 'Das Gespräch:'], [/die Art Abwägung/u, 'die Art Abwägung'],
];

const ANSWERS: [string, string, Record<string, string>][] = [
  ['yes-with-limits', 'Regelmäßig schaffe ich das nicht. Aber zwei-, dreimal im Halbjahr eine halbe Stunde per Teams, das geht.', { offered: 'zwei-, dreimal im Halbjahr eine halbe Stunde per Teams' }],
  ['not-now', 'Jetzt nicht, melden Sie sich nach dem Jahresabschluss.', {}],
  ['declined', 'Nein, Mentoring kann ich dieses Jahr nicht übernehmen.', {}],
  ['referral', 'Reden Sie mit Frau Dr. Hofbauer, die weiß da viel mehr als ich.', { referTo: 'Frau Dr. Hofbauer' }],
];

suite('German idiom: no sentence translated word for word from English', () => {
  test('DE, AT, CH × three tones × Sie and du × four first answers × the three documents', () => {
    let seen = 0;
    for (const [firstResponse, words, details] of ANSWERS) for (const country of ['DE', 'AT', 'CH']) for (const tone of ['formal', 'warm', 'concise']) {
      for (const anrede of ['Sie', 'du'] as const) for (const template of ['request-meeting', 'no-reply', 'thank-you']) {
        const text = renderFinished(template, {
          tone, culture: { country }, firstResponse, firstResponseWords: words, firstResponseDetails: details,
          leader: { name: 'Dr. Katrin Oberländer', addressAs: anrede === 'du' ? 'Katrin' : 'Frau Dr. Oberländer', anrede },
        }, 'de');
        const where = `${template} ${firstResponse} ${country} ${tone} ${anrede}`;
        for (const [re, name] of NOT_GERMAN) assert.doesNotMatch(text, re, `${where}: ${name}`);
        if (anrede === 'du' && tone === 'concise') assert.doesNotMatch(text, /bedeutet mir viel/u, where);
        seen++;
      }
    }
    assert.strictEqual(seen, 4 * 3 * 3 * 2 * 3);
  });

  test('what is said instead: their offer taken up, the topic in a sentence of its own', () => {
    for (const anrede of ['Sie', 'du'] as const) for (const tone of ['formal', 'warm', 'concise']) {
      const text = renderFinished('request-meeting', {
        tone, format: 'meetings', culture: { country: 'DE', communication: 'direct' }, firstResponse: 'yes-with-limits', firstResponseWords: ANSWERS[0]![1], firstResponseDetails: ANSWERS[0]![2],
        leader: { name: 'Dr. Katrin Oberländer', addressAs: anrede === 'du' ? 'Katrin' : 'Frau Dr. Oberländer', anrede },
      }, 'de');
      assert.match(text, anrede === 'du' ? /Du hattest mir angeboten: „[^“]+“\. Dieses Angebot nehme ich sehr gern an\./u : /Sie hatten mir angeboten: „[^“]+“\. Dieses Angebot nehme ich sehr gern an\./u, `${anrede} ${tone}\n${text}`);
      assert.match(text, /Es geht (?:um|darum)\b/u, `${anrede} ${tone}\n${text}`);
    }
  });
});
