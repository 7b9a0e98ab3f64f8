// The decision the user admires and the leader's initiative were asked for and never said in German.
// The request now names the decision (a zu-infinitive after „Ihre Entscheidung,“), else the initiative.
import * as assert from 'assert';
import { germanAdmired } from '../../../src/core/phrases/germanTopic';
import { renderFinished } from '../render/helpers';

const DECISION = 'die Migration zuerst für das kleinste Werk freizugeben und erst danach den Zeitplan festzulegen';
const INITIATIVE = 'die Konsolidierung der drei SAP-Landschaften nach der Fusion';

suite('German requests name what the user admires in the leader’s work', () => {
  test('which one can be said', () => {
    assert.strictEqual(germanAdmired(DECISION, INITIATIVE), 'decision');
    assert.strictEqual(germanAdmired('die Eigenentwicklung des Leitstands zu stoppen', 'none'), 'decision');
    assert.strictEqual(germanAdmired('none', INITIATIVE), 'initiative');
    assert.strictEqual(germanAdmired('der Schnitt nach Domänen', 'der Umbau der Plattform'), 'none');
    assert.strictEqual(germanAdmired('none', 'none'), 'none');
  });

  test('every tone, du and Sie, meeting and written: the decision, else the initiative, in the letter', () => {
    for (const anrede of ['Sie', 'du']) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const format of ['meetings', 'async']) {
          const at = `${anrede} ${tone} ${format}`;
          const base = { tone, format, culture: { communication: 'direct' }, firstResponse: 'noncommittal' };
          const both = renderFinished('request-meeting', { ...base, leader: { anrede, decisionYouAdmire: DECISION, initiative: INITIATIVE } }, 'de');
          assert.ok(both.includes(`Entscheidung, ${DECISION}, ist`), `${at}\n${both}`);
          const initiative = renderFinished('request-meeting', { ...base, leader: { anrede, decisionYouAdmire: '', initiative: INITIATIVE } }, 'de');
          assert.ok(initiative.includes(` ${INITIATIVE} vorangebracht`), `${at}\n${initiative}`);
        }
      }
    }
  });
});
