// A leader who names something to do first („Kommen Sie wieder, wenn Sie Ihre Zielarchitektur vorgestellt
// haben“, „erst wenn …“, „sobald …“, „nachdem …“, „zuerst …, dann …“) sets a condition, not a time: their
// words read as not-ready, as "come back when you have led a cross-team design" does in English. A time in
// English ("once the reorg is done", "after the Q3 launch") still reads as not now.
import * as assert from 'assert';
import { firstResponseFromWords } from '../../../src/core/render/slots';
import { proposeReading } from '../../../src/core/render/firstAnswer';

const CONDITIONS = [
  'Kommen Sie gerne wieder, wenn Sie Ihre Zielarchitektur im Architekturboard vorgestellt haben.',
  'Erst wenn der Domänenschnitt steht, lohnt sich ein Gespräch.',
  'Melden Sie sich, sobald Sie den ersten Piloten durch haben.',
  'Nachdem Sie das mit Ihrem Team abgestimmt haben, gern.',
  'Zuerst die Zielarchitektur, dann reden wir gern darüber.',
  'Komm gern wieder, wenn du das Konzept fertig hast.',
];
const TIMES = ['Let’s revisit after the Q3 launch.', 'Maybe once the reorg is done.', 'Not this year, sorry.'];

suite('A condition is read as a condition, not as a time', () => {
  test('German conditions read as not-ready, in the single reading and the proposed one', () => {
    for (const words of CONDITIONS) {
      assert.strictEqual(firstResponseFromWords(words), 'not-ready', words);
      assert.strictEqual(proposeReading(words, new Date(2026, 11, 5)).response, 'not-ready', words);
    }
  });

  test('English times still read as not now', () => {
    for (const words of TIMES) assert.strictEqual(firstResponseFromWords(words), 'not-now', words);
  });
});
