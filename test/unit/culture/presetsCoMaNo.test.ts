// Presets for Colombia, Morocco and Norway: each row with its sources, and each saying something of
// its own in the documents, not only that the row exists: "doctor"/"doctora" and the December season
// to Reyes in Colombia; French letters and Ramadan and the Eids in Morocco; fellesferie and plain
// praise in Norway.
import * as assert from 'assert';
import { sourcesOf } from '../../../src/core/culture/presetSources';
import { cultureSection, presetDoc } from '../render/helpers';
import { presetFor } from '../../../src/core/culture/presets';
import { observances } from '../../../src/core/culture/calendars';
import { timingAhead } from '../../../src/core/culture/timing';

const TONES = ['formal', 'warm', 'concise'] as const;

const doc = presetDoc;

const culture = cultureSection;

suite('presets for Colombia, Morocco and Norway (issue 22)', () => {
  test('each row has its scales and sources', () => {
    for (const code of ['CO', 'MA', 'NO']) {
      const p = presetFor(code);
      assert.ok(p, code);
      assert.ok(sourcesOf(p.code)!.hofstede.pdi > 0 && sourcesOf(p.code)!.hofstede.idv > 0 && sourcesOf(p.code)!.globe.length > 5 && sourcesOf(p.code)!.meyer.length > 40, code);
    }
    assert.strictEqual(presetFor('CO')!.scales.trust, 'relationship-based');
    assert.strictEqual(presetFor('CO')!.chat, 'whatsapp');
    assert.strictEqual(presetFor('MA')!.chat, 'whatsapp');
    assert.strictEqual(presetFor('NO')!.scales.hierarchy, 'egalitarian');
    assert.strictEqual(presetFor('NO')!.praise, 'understated');
    // Power distance: Norway's among the lowest, Colombia's and Morocco's well above the middle.
    assert.ok(sourcesOf('NO')!.hofstede.pdi < 40 && sourcesOf('CO')!.hofstede.pdi > 60 && sourcesOf('MA')!.hofstede.pdi > 60);
  });

  test('Colombia: “doctor” or “doctora” as the courtesy, WhatsApp, the December season and Semana Santa', () => {
    for (const tone of TONES) {
      const text = culture(doc('prep-doc', 'CO', new Date(2024, 4, 1, 12), { tone }));
      assert.match(text, /“doctor” or “doctora”/u, tone);
      assert.match(text, /WhatsApp/u, tone);
      assert.doesNotMatch(text, /no culture preset/u);
    }
    // "Doctora Marta Gómez": the courtesy title and the family name, as with any title.
    const request = doc('request-meeting', 'CO', new Date(2024, 4, 1, 12), { leader: { name: 'Doctora Marta Gómez' } });
    assert.match(request, /Doctora Gómez,/u);
    // The December season runs to the Monday after Reyes; Semana Santa is Holy Week.
    assert.ok(observances('CO', 2027).some((o) => o.id === 'year-end-shutdown' && o.start === '2027-12-18' && o.end === '2028-01-12'));
    assert.ok(observances('CO', 2027).some((o) => o.id === 'holy-week' && o.start === '2027-03-21' && o.end === '2027-03-28'));
    const december = doc('prep-doc', 'CO', new Date(2027, 10, 25, 12));
    assert.match(december, /the December holidays, until after Reyes/u);
    assert.match(doc('prep-doc', 'CO', new Date(2027, 1, 20, 12)), /Semana Santa/u);
  });

  test('Morocco: letters in French with Monsieur or Madame, Si and Lalla out loud, Ramadan and the Eids', () => {
    for (const tone of TONES) {
      const text = culture(doc('prep-doc', 'MA', new Date(2024, 4, 1, 12), { tone }));
      assert.match(text, /Letters are in French/u, tone);
      assert.match(text, /“Monsieur” or “Madame”/u, tone);
      assert.match(text, /“Si” or “Lalla”/u, tone);
    }
    // Ramadan 2027 begins around 8 February (Umm al-Qura; Morocco's own sighting may be a day later).
    const ahead = timingAhead('MA', '2027-01-20');
    assert.strictEqual(ahead[0]?.observance.id, 'ramadan');
    assert.match(doc('prep-doc', 'MA', new Date(2027, 0, 20, 12)), /Ramadan/u);
    assert.ok(observances('MA', 2027).some((o) => o.id === 'eid-al-adha'));
    // A French locale: the note on writing in French, with vous.
    assert.match(doc('prep-doc', 'MA', new Date(2024, 4, 1, 12), { you: { locale: 'fr-MA' } }), /\*vous\*/u);
  });

  test('Norway: fellesferie in July, juleferie, and plain praise', () => {
    assert.ok(observances('NO', 2027).some((o) => o.id === 'summer-holidays' && o.start === '2027-07-01' && o.end === '2027-07-31'));
    assert.ok(observances('NO', 2027).some((o) => o.id === 'year-end-shutdown'));
    assert.match(doc('prep-doc', 'NO', new Date(2027, 5, 10, 12)), /fellesferie/u);
    assert.match(doc('prep-doc', 'NO', new Date(2027, 10, 30, 12)), /juleferie/u);
    for (const tone of TONES) {
      const text = ['script', 'prep-doc', 'request-meeting'].map((id) => doc(id, 'NO', new Date(2024, 4, 1, 12), { tone })).join('\n');
      assert.doesNotMatch(text, /better than anyone|exactly the perspective|really stuck with me|really value your take/u, tone);
      assert.match(culture(text), /first names at every level/u, tone);
    }
  });
});

suite('presets for Portugal, Denmark and Finland (issue 22)', () => {
  test('each row has its sources, and its own line in the prep doc', () => {
    const own: Record<string, RegExp> = {
      PT: /“Engenheiro Silva”, “Doutora Costa”/u,
      DK: /first names at every level; say plainly what you think/u,
      FI: /a silence is them thinking, not a no/u,
    };
    for (const [code, line] of Object.entries(own)) {
      const p = presetFor(code);
      assert.ok(p && sourcesOf(p.code)!.hofstede.pdi > 0 && sourcesOf(p.code)!.meyer.length > 40, code);
      for (const tone of TONES) assert.match(culture(doc('prep-doc', code, new Date(2024, 4, 1, 12), { tone })), line, `${code} ${tone}`);
    }
    // Denmark has the lowest power distance in Hofstede's tables; Portugal's is high.
    assert.ok(sourcesOf('DK')!.hofstede.pdi < 20 && sourcesOf('PT')!.hofstede.pdi > 60);
    assert.strictEqual(presetFor('DK')!.praise, 'understated');
    assert.strictEqual(presetFor('PT')!.scales.disagreement, 'avoided');
  });

  test('their calendars: August in Portugal, July in Denmark and Finland, and a title with the name in Portugal', () => {
    assert.match(doc('prep-doc', 'PT', new Date(2027, 6, 1, 12)), /the August holidays/u);
    assert.match(doc('prep-doc', 'DK', new Date(2027, 5, 10, 12)), /the July summer holidays/u);
    assert.match(doc('prep-doc', 'FI', new Date(2027, 5, 10, 12)), /kesäloma/u);
    assert.match(doc('prep-doc', 'FI', new Date(2027, 10, 30, 12)), /joululoma/u);
    assert.match(doc('request-meeting', 'PT', new Date(2024, 4, 1, 12), { leader: { name: 'Engenheiro Rui Silva' } }), /Engenheiro Silva,/u);
  });
});
