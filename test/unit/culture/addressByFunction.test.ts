// Polish public administration addresses by function („Pani Dyrektor”, „Panie
// Dyrektorze”). In Polish the prep doc says so; in a letter in English the form is "Dear Dr Kowalska"
// (the title with the family name) or "Dear Ms Kowalska", never a mix ("Dear Ms Dyrektor", "Dear
// Panie Dyrektorze"). German-speaking offices' forms by function ("Herr Direktor") likewise.
import * as assert from 'assert';
import { addressInEnglish } from '../../../src/core/culture/address';
import { renderFinished } from '../render/helpers';

const MIXED = /\b(?:Pani|Panie|Pan|Dyrektor\w*|Prezes\w*|Herr|Frau|Direktor\w*|Bürgermeister\w*)\b/u;

suite('address by function: in the language it belongs to, never mixed into an English greeting', () => {
  test('addressInEnglish: a form by function becomes the title or Mr/Ms with the family name, per country', () => {
    const cases: [string, string, string, string][] = [
      ['PL', 'Pani Dyrektor', 'Dr Ewa Kowalska', 'Dr Kowalska'],
      ['PL', 'Pani Dyrektor', 'Ewa Kowalska', 'Ms Kowalska'],
      ['PL', 'Panie Dyrektorze', 'Jan Nowak', 'Mr Nowak'],
      ['PL', 'Panie Prezesie Nowak', 'Jan Nowak', 'Mr Nowak'],
      ['AT', 'Herr Direktor Huber', 'Mag. Karl Huber', 'Mag. Huber'],
      ['AT', 'Frau Bürgermeisterin', 'Anna Gruber', 'Ms Gruber'],
      ['DE', 'Herr Präsident', 'Dr. Klaus Vogel', 'Dr. Vogel'],
    ];
    for (const [country, address, name, expected] of cases) {
      assert.strictEqual(addressInEnglish(address, 'en-GB', country, name), expected, `${country} ${address}`);
    }
    // Elsewhere and for other forms, nothing changes.
    assert.strictEqual(addressInEnglish('Dr Kowalska', 'en-GB', 'PL', 'Dr Ewa Kowalska'), 'Dr Kowalska');
    assert.strictEqual(addressInEnglish('Pani Kowalska', 'en-GB', 'PL', 'Ewa Kowalska'), 'Ms Kowalska');
  });

  test('every English greeting to a Polish or Austrian official addressed by function names them in English', () => {
    const cases: [string, string, string][] = [['PL', 'Pani Dyrektor', 'Dr Ewa Kowalska'], ['PL', 'Panie Dyrektorze', 'Tomasz Wójcik'], ['AT', 'Herr Direktor', 'Mag. Karl Huber'], ['DE', 'Frau Präsidentin', 'Dr. Anna Weber']];
    for (const [country, addressAs, name] of cases) {
      const profile = { culture: { country }, tone: 'formal', organization: 'public-sector', leader: { name, addressAs } };
      for (const template of ['request-meeting', 'thank-you', 'no-reply']) {
        const doc = renderFinished(template, profile);
        const greetings = [...doc.matchAll(/^(?:Dear|Hello|Hi) ([^,\n]+),/gmu)].map((m) => m[1]!);
        assert.ok(greetings.length > 0, `${country} ${template}: no greeting`);
        for (const g of greetings) assert.doesNotMatch(g, MIXED, `${country} ${addressAs} ${template}: “${g}”`);
      }
    }
  });

  test('the Polish prep doc says to address by function in Polish, and which English greeting to write', () => {
    for (const addressAs of ['Dr Kowalska', 'Pani Dyrektor', 'Panie Dyrektorze']) {
      const doc = renderFinished('prep-doc', { culture: { country: 'PL' }, tone: 'formal', leader: { name: 'Dr Ewa Kowalska', addressAs } });
      assert.match(doc, /\*\*Address by function\.\*\* In Polish, .*“Pani Dyrektor”/u, addressAs);
      assert.match(doc, /In English, write “Dear Dr Kowalska”/u, addressAs);
    }
    // Not for an egalitarian override, nor another country.
    assert.doesNotMatch(renderFinished('prep-doc', { culture: { country: 'PL', scales: { hierarchy: 'egalitarian' } }, leader: { name: 'Ewa Kowalska', addressAs: 'Ewa' } }), /Address by function/u);
    assert.doesNotMatch(renderFinished('prep-doc', { culture: { country: 'DE' }, leader: { name: 'Dr. Anna Weber' } }), /Address by function/u);
  });
});
