// Greetings in one language and one register: an English letter does not put "Dear"
// before a French, German, Spanish or Italian salutation ("Dear Madame Vidal"), and where the
// country's usual form of address is the first name, a first name is not "Dear" outside the formal
// tone ("Dear Vero," to an Argentinian VP). Checked over every preset and tone.
import * as assert from 'assert';
import { exampleWith, render } from '../render/helpers';
import { PRESETS } from '../../../src/core/culture/presets';
import { addressInEnglish, addressLanguages } from '../../../src/core/culture/address';

const LETTERS = ['request-meeting', 'thank-you', 'no-reply', 'async-update'];
const TONES = ['formal', 'warm', 'concise'];
const GREETING = /^(?:Dear|Hi|Hello)\s+([^,]+),/u;
/** The salutations of other languages a colleague might type as how they address the leader. */
const FOREIGN = ['Madame Vidal', 'Monsieur Girard', 'Frau Vogel', 'Herr Brandt', 'Señora Paz', 'Sra. Paz', 'Signora Rossi', 'Senhora Souza', 'Mevrouw Jansen'];
const FOREIGN_WORD = /^(?:Madame|Monsieur|Mme|Frau|Herr|Señora|Señor|Sra|Sr|Signora|Signor|Senhora|Senhor|Mevrouw|Meneer|Pani|Pan)\b/u;

function greetings(profile: Record<string, unknown>): { doc: string; line: string; name: string }[] {
  const out: { doc: string; line: string; name: string }[] = [];
  for (const doc of LETTERS) {
    for (const raw of render(doc, profile).split('\n')) {
      const line = raw.replace(/^>\s*/u, '').trim();
      const m = GREETING.exec(line);
      if (m) out.push({ doc, line, name: m[1]!.trim() });
    }
  }
  return out;
}

suite('greetings: one language, the culture’s register', () => {
  test('addressInEnglish: the salutation in English, the title kept, honorifics a country’s English keeps left alone', () => {
    assert.strictEqual(addressInEnglish('Madame Vidal', 'en-GB'), 'Ms Vidal');
    assert.strictEqual(addressInEnglish('Madame Vidal', 'en-US'), 'Ms. Vidal');
    assert.strictEqual(addressInEnglish('Herr Brandt', 'en-GB'), 'Mr Brandt');
    assert.strictEqual(addressInEnglish('Frau Dr. Hoffmann', 'en-GB'), 'Dr. Hoffmann');
    assert.strictEqual(addressInEnglish('Sig.ra Rossi', 'en-GB'), 'Ms Rossi');
    for (const kept of ['Pak Budi', 'Ahmet Bey', 'Tanaka-san', 'Dr. Khalid', 'Vero', 'Pan Wei', 'Madame', 'Madame la Directrice']) assert.strictEqual(addressInEnglish(kept, 'en-GB'), kept);
    assert.strictEqual(addressInEnglish('Pani Nowak', 'en-GB', 'PL'), 'Ms Nowak');
    assert.deepStrictEqual(addressLanguages('Madame Vidal'), ['fr']);
    assert.deepStrictEqual(addressLanguages('Vero'), []);
  });

  test('every preset and tone: no English “Dear”/“Hi” before a salutation from another language', () => {
    let seen = 0;
    // Each preset and tone with one of the salutations in turn, so every salutation meets several countries and every tone.
    for (const [i, preset] of PRESETS.entries()) {
      for (const [t, tone] of TONES.entries()) {
        for (const addressAs of [FOREIGN[(i + t) % FOREIGN.length]!]) {
          const profile = exampleWith({ leader: { addressAs }, tone });
          profile.culture = { country: preset.code };
          for (const g of greetings(profile)) {
            seen++;
            assert.doesNotMatch(g.name, FOREIGN_WORD, `${preset.code} ${tone} ${g.doc}: “${g.line}” mixes an English greeting with a salutation from another language`);
          }
        }
      }
    }
    assert.ok(seen > PRESETS.length * TONES.length * 2, `only ${seen} greetings`);
  });

  test('every preset and tone: where first names are the norm, a first name is “Hi”, not “Dear”, outside the formal tone', () => {
    const firstNameCountries = PRESETS.filter((p) => p.address === 'given-name');
    assert.ok(firstNameCountries.length >= 8 && firstNameCountries.some((p) => p.scales.hierarchy === 'hierarchical'));
    for (const preset of PRESETS) {
      for (const tone of TONES) {
        for (const addressAs of ['Vero', undefined]) {
          const profile = exampleWith({ leader: { name: 'Verónica Paz', ...(addressAs ? { addressAs } : {}) }, tone });
          profile.culture = { country: preset.code };
          const found = greetings(profile);
          assert.ok(found.length >= 3, `${preset.code} ${tone}: only ${found.length} greetings`);
          for (const g of found) {
            const firstName = g.name === 'Vero' || g.name === 'Verónica';
            if (preset.address === 'given-name' && tone !== 'formal' && firstName) {
              assert.doesNotMatch(g.line, /^Dear\b/u, `${preset.code} ${tone} ${g.doc}: “${g.line}” where a first name is the everyday form`);
            }
          }
        }
      }
    }
  });

  test('a warm Argentine letter to “Vero” and a formal French one to “Madame Vidal”: “Hi Vero,” and “Dear Ms Vidal,”', () => {
    const ar = exampleWith({ leader: { name: 'Verónica Paz', addressAs: 'Vero' }, tone: 'warm' });
    ar.culture = { country: 'AR' };
    assert.ok(greetings(ar).every((g) => g.line.startsWith('Hi Vero,')), greetings(ar).map((g) => g.line).join(' | '));
    const fr = exampleWith({ leader: { name: 'Laurence Vidal', addressAs: 'Madame Vidal' }, tone: 'formal', you: { locale: 'en-GB' } });
    fr.culture = { country: 'FR' };
    assert.ok(greetings(fr).some((g) => g.line === 'Dear Ms Vidal,'), greetings(fr).map((g) => g.line).join(' | '));
  });
});
