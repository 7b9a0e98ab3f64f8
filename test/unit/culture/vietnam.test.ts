// Issue 22: a Vietnam preset, with Tết from the lunar calendar the Lunar New
// Year uses, its sources noted, and the Tết greeting in the weeks after it.
import * as assert from 'assert';
import { sourcesOf } from '../../../src/core/culture/presetSources';
import { observances } from '../../../src/core/culture/calendars';
import { addDays } from '../../../src/core/culture/calendarTables';
import { presetFor } from '../../../src/core/culture/presets';
import { exampleWith } from '../render/helpers';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { TemplateLibrary } from '../../../src/core/render/library';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';

const LIBRARY = new TemplateLibrary();
function prepDoc(today: Date): string {
  const v = validateProfile(exampleWith({ culture: { country: 'VN' }, leader: { name: 'Nguyễn Văn Minh', addressAs: 'Mr Minh' } }));
  assert.ok(v.ok);
  const out = LIBRARY.render('prep-doc', buildContext(v.profile, builtinGlossary(), today));
  assert.ok(out.ok);
  return out.text;
}

// Tết Nguyên Đán as Vietnam's government holiday notices give it.
const TET: Record<number, string> = { 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26' };

suite('Vietnam: the preset and Tết', () => {
  test('the preset: relationship-based, hierarchical, family name first, sources noted', () => {
    const vn = presetFor('vn');
    assert.ok(vn);
    assert.strictEqual(vn.nameOrder, 'family-first');
    assert.strictEqual(vn.scales.trust, 'relationship-based');
    assert.strictEqual(vn.scales.hierarchy, 'hierarchical');
    assert.ok(sourcesOf(vn.code)!.hofstede.pdi > 0 && sourcesOf(vn.code)!.globe !== '' && sourcesOf(vn.code)!.meyer !== '');
  });

  test('Tết 2026–2028 matches the published dates, with the week before and after it', () => {
    for (const [year, day] of Object.entries(TET)) {
      const tet = observances('VN', Number(year)).find((o) => o.id === 'lunar-new-year' && o.start <= day && o.end >= day);
      assert.ok(tet, year);
      assert.strictEqual(tet.start, addDays(day, -7), year);
      assert.strictEqual(tet.end, addDays(day, 6), year);
    }
  });

  test('the prep doc: Tết as the timing cue before it, the Tết greeting after it; another country has neither', () => {
    const before = prepDoc(new Date(2027, 0, 4, 12));
    assert.match(before, /\*\*When to ask:\*\*[^\n]*the Tết holiday/u);
    const after = prepDoc(new Date(2027, 1, 15, 12));
    assert.match(after, /\*\*Tết\.\*\* Open with “Chúc mừng năm mới”/u);
    assert.match(after, /how Tết with their family was/u);
    const v = validateProfile(exampleWith({ culture: { country: 'TH' } }));
    assert.ok(v.ok);
    const other = LIBRARY.render('prep-doc', buildContext(v.profile, builtinGlossary(), new Date(2027, 1, 15, 12)));
    assert.ok(other.ok && !/Tết/u.test(other.text));
  });
});
