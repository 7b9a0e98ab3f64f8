// Issue 22: Austria, Switzerland and Chile were named by readers and had no preset (the no-preset
// note said so for them). Each now has a preset with its sources, its own lines in "Your
// relationship and the culture", and calendar rows; Switzerland's lines say nothing that depends on
// one of its four languages.
import * as assert from 'assert';
import { sourcesOf } from '../../../src/core/culture/presetSources';
import { exampleWith, render } from '../render/helpers';
import { presetFor } from '../../../src/core/culture/presets';
import { fiscalYearStart, observances } from '../../../src/core/culture/calendars';
import { timingAhead } from '../../../src/core/culture/timing';

const section = (doc: string) => {
  const start = doc.indexOf('## Your relationship and the culture');
  return doc.slice(start, doc.indexOf('\n## ', start + 3));
};

suite('presets for Austria, Switzerland and Chile (issue 22)', () => {
  test('each has scales, a form of address, its English and its sources', () => {
    for (const code of ['AT', 'CH', 'CL']) {
      const p = presetFor(code);
      assert.ok(p, `${code} has a preset`);
      assert.ok(sourcesOf(p.code)!.hofstede.pdi > 0 && sourcesOf(p.code)!.hofstede.idv > 0 && sourcesOf(p.code)!.globe.length > 5 && sourcesOf(p.code)!.meyer.length > 20, `${code}: sources`);
    }
    // Hofstede's power distance: Austria the lowest in the tables, Chile far above both.
    assert.ok(sourcesOf('AT')!.hofstede.pdi < sourcesOf('CH')!.hofstede.pdi);
    assert.ok(sourcesOf('CL')!.hofstede.pdi > 50);
    assert.strictEqual(presetFor('CL')!.scales.trust, 'relationship-based');
    assert.strictEqual(presetFor('AT')!.scales.hierarchy, 'egalitarian');
  });

  test('the prep doc speaks their own lines, not the no-preset note or the general line', () => {
    const general = /no culture preset|Keep a more formal register in writing until they suggest otherwise|flat does not mean invisible/u;
    // The country alone (the example profile's two hand-set scales dropped), as a user who picks it has it.
    const docs = new Map(['AT', 'CH', 'CL'].map((c) => [c, section(render('prep-doc', { ...exampleWith({}), culture: { country: c } }))]));
    for (const [c, text] of docs) assert.doesNotMatch(text, general, c);
    assert.match(docs.get('CL')!, /let’s see/u, 'Chile: how a no sounds');
    assert.match(docs.get('CL')!, /Talk before you write/u);
    assert.match(docs.get('AT')!, /well-prepared agenda/u);
    assert.match(docs.get('CH')!, /decisions are made together/u);
    // Four national languages: no language, greeting or spelling of one of them is advised.
    assert.doesNotMatch(docs.get('CH')!, /German|French|Italian|Romansh|Grüezi|Grüß|Bonjour|Sie\b|vous/u);
  });

  test('calendars: the Chilean February and the return in March, the Austrian and Swiss year end', () => {
    const cl = timingAhead('CL', '2027-01-11');
    assert.strictEqual(cl[0]?.observance.id, 'summer-holidays');
    assert.strictEqual(cl[0]?.observance.end, '2027-02-28');
    // The first week of March follows at once, so the first good day is after it.
    assert.deepStrictEqual(cl[0]?.then.map((o) => o.id), ['back-to-school']);
    assert.ok(cl[0]!.after >= '2027-03-08', cl[0]!.after);
    // In a leap year February has its 29th.
    assert.ok(observances('CL', 2028).some((o) => o.id === 'summer-holidays' && o.end === '2028-02-29'));
    assert.ok(observances('AT', 2027).some((o) => o.id === 'year-end-shutdown' && o.end === '2027-01-06'));
    assert.ok(observances('CH', 2027).some((o) => o.id === 'year-end-shutdown' && o.end === '2027-01-02'));
    for (const c of ['AT', 'CH', 'CL']) assert.ok(fiscalYearStart(c), c);
  });
});
