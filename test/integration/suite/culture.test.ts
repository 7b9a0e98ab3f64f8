import * as assert from 'assert';
import { chuseok, islamicDates, lunarNewYear, lunarNewYearFromIntl, nextGoodWindow } from '../../../src/core/culture/calendars';
import { countryName } from '../../../src/core/culture/presets';

// The calendars come from the engine's Intl (ICU): in the web worker host that is the browser's,
// not Node's. The same published dates the unit tests check, here in the host that runs the extension.
suite('Culture calendars in this host', () => {
  test('Ramadan, Eid al-Fitr, Lunar New Year, Chuseok: the published 2026 to 2028 dates (Ramadan and Eid within a day)', () => {
    const near = (a: string | undefined, b: string) => a !== undefined && Math.abs(Date.parse(a) - Date.parse(b)) <= 86_400_000;
    const ramadan = { 2026: '2026-02-18', 2027: '2027-02-08', 2028: '2028-01-28' } as const;
    const eid = { 2026: '2026-03-20', 2027: '2027-03-10', 2028: '2028-02-27' } as const;
    for (const y of [2026, 2027, 2028] as const) {
      const islamic = islamicDates(y);
      assert.ok(near(islamic.ramadan[0], ramadan[y]), `Ramadan ${y}: ${islamic.ramadan.join(',')}`);
      assert.ok(near(islamic.eidAlFitr[0], eid[y]), `Eid ${y}: ${islamic.eidAlFitr.join(',')}`);
      assert.ok(near(lunarNewYearFromIntl(y), lunarNewYear(y)!), `Lunar New Year ${y}: Intl ${lunarNewYearFromIntl(y)}`);
    }
    assert.deepStrictEqual([chuseok(2026), chuseok(2027), chuseok(2028)], ['2026-09-25', '2027-09-15', '2028-10-03']);
  });

  test('the next good window steps over Golden Week, and country names come from Intl', () => {
    assert.strictEqual(nextGoodWindow('JP', '2026-05-01').start, '2026-05-07');
    assert.strictEqual(countryName('DE', 'de'), 'Deutschland');
  });
});
