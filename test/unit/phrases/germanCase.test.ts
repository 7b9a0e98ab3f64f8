// The user's topic in the case its German slot needs. They type it in either case („den Schnitt
// unseres Schadensystems …“ as the object of their sentence, „der Domänenschnitt“ as a label), and the
// letters print it after a label or a colon (nominative: „**Erstes Thema:** der Schnitt …“), after
// „um“ (accusative: „Es geht um den Domänenschnitt …“), and shortened where it is named again.
import * as assert from 'assert';
import { germanCase } from '../../../src/core/phrases/germanTopic';
import { renderFinished } from '../render/helpers';

suite('German: the topic in the case of its slot', () => {
  test('the masculine singular changes its determiner, adjectives and weak noun; the rest stays as typed', () => {
    const cases: [string, 'nom' | 'acc', string][] = [
      ['den Schnitt unseres Schadensystems in fachliche Domänen', 'nom', 'der Schnitt unseres Schadensystems in fachliche Domänen'],
      ['den gewachsenen Monolithen im Vertrieb', 'nom', 'der gewachsene Monolith im Vertrieb'],
      ['einen tragfähigen Plan für die Migration', 'nom', 'ein tragfähiger Plan für die Migration'],
      ['unseren Auftragsmonolithen', 'nom', 'unser Auftragsmonolith'],
      ['Den Umbau der Datenplattform', 'nom', 'Der Umbau der Datenplattform'],
      ['der Domänenschnitt im Schadensystem', 'acc', 'den Domänenschnitt im Schadensystem'],
      ['der gewachsene Monolith', 'acc', 'den gewachsenen Monolithen'],
      ['ein tragfähiger Plan für die Migration', 'acc', 'einen tragfähigen Plan für die Migration'],
      // Neuter or feminine, or a gender nothing shows: both cases are the same, or it stays as typed.
      ['ein neues Rollenmodell', 'acc', 'ein neues Rollenmodell'],
      ['unser Umzug in die Cloud', 'acc', 'unser Umzug in die Cloud'],
      ['die Ablösung der Service-Software', 'acc', 'die Ablösung der Service-Software'],
      ['das Plattform-Team', 'nom', 'das Plattform-Team'],
      ['wie wir den Monolithen schneiden', 'nom', 'wie wir den Monolithen schneiden'],
      ['scaling our API gateway', 'nom', 'scaling our API gateway'],
    ];
    for (const [typed, to, expected] of cases) assert.strictEqual(germanCase(typed, to), expected, `${typed} → ${to}`);
  });

  /** Challenges and short labels typed in either case. */
  const TOPICS = [
    { challenge: 'den Schnitt unseres Schadensystems in fachliche Domänen, bevor wir die Ablösung des Host-Systems planen', challengeShort: 'der Domänenschnitt im Schadensystem' },
    { challenge: 'der Umbau unseres gewachsenen Auftragsmonolithen zu fachlichen Modulen', challengeShort: 'den Modulschnitt' },
    { challenge: 'einen tragfähigen Plan für die Ablösung unseres Host-Systems', challengeShort: 'der Ablöseplan' },
  ];
  /** A masculine accusative in a nominative slot, or a nominative after „um“. */
  const WRONG = [
    /\*\*[^*\n]+:\*\* (?:den|einen|unseren|meinen|diesen) /u, /: (?:den|einen|unseren|meinen|diesen) \p{Lu}/u, /\bist (?:den|einen|unseren) \p{Lu}/u,
    /(?<![\p{L}])(?:um|für|über) „?(?:der|dieser|jeder) \p{Lu}/u,
  ];

  test('three topics, three tones, Sie and du, four first answers, the three German documents: no masculine in the wrong case', () => {
    let seen = 0;
    for (const topic of TOPICS) for (const tone of ['formal', 'warm', 'concise']) for (const anrede of ['Sie', 'du']) {
      for (const firstResponse of [undefined, 'not-now', 'not-ready', 'yes-with-limits']) {
        for (const template of ['request-meeting', 'no-reply', 'thank-you']) {
          const text = renderFinished(template, { ...topic, tone, leader: { anrede }, ...(firstResponse ? { firstResponse } : {}) }, 'de');
          const at = `${topic.challengeShort} ${tone} ${anrede} ${firstResponse ?? ''} ${template}`;
          for (const re of WRONG) {
            const line = text.split('\n').find((l) => re.test(l));
            assert.strictEqual(line, undefined, `${at}: ${re}`);
          }
          seen++;
        }
      }
    }
    assert.strictEqual(seen, 216);
  });
});
