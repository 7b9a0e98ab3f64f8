// A Swiss letter: the salutation alone on its line, with no comma, and the body opening with its
// capital; a German or Austrian letter keeps the comma and goes on in lower case.
import * as assert from 'assert';
import { germanLetter } from '../../../src/core/render/german';

const LETTER = (salutation: string) => `**Betreff:** Eine Frage\n\n${salutation},\n\nVielen Dank für Ihre Antwort. Sie hatten vorgeschlagen …\n\nFreundliche Grüße\n`;

suite('German letters by country: the Swiss salutation has no comma', () => {
  test('CH: no comma after the salutation or after „Guten Tag“, the body keeps its capital, no ß', () => {
    for (const salutation of ['Sehr geehrte Frau Dr. Meier', 'Sehr geehrter Herr Ammann', 'Guten Tag, Herr Ammann', 'Liebe Frau Meier', 'Hallo Lukas']) {
      const text = germanLetter(LETTER(salutation), 'CH');
      const shown = salutation.replace(/^Guten Tag,/, 'Guten Tag');
      assert.ok(text.includes(`\n\n${shown}\n\nVielen Dank für Ihre Antwort.`), text);
      assert.ok(!text.includes('ß'), text);
    }
  });
  test('DE and AT: the comma stays and the body goes on in lower case', () => {
    for (const country of ['DE', 'AT', undefined]) {
      const text = germanLetter(LETTER('Sehr geehrter Herr Ammann'), country);
      assert.ok(text.includes('\n\nSehr geehrter Herr Ammann,\n\nvielen Dank für Ihre Antwort.'), `${country}: ${text}`);
    }
  });
});
