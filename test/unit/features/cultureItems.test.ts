import * as assert from 'assert';
import { COMMUNICATION, HIERARCHY, RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { PRESETS } from '../../../src/core/culture/presets';
import { english } from '../../../src/core/l10n/l10n';
import { cultureItems, type CultureDraft, type CultureItem } from '../../../src/features/generate/cultureItems';

const WARNING = 'This tone can work against this culture';
const warns = (i: CultureItem) => (i.detail ?? '').includes(WARNING) || (i.description ?? '').includes(WARNING);
const focused = (items: CultureItem[]) => items.filter((i) => i.picked);
const build = (d: CultureDraft) => cultureItems(d, english, 'en', 'Dana');

suite('the guided flow: the culture step’s items', () => {
  test('a new user (nothing saved) sees one row in focus, and it carries no tone warning', () => {
    const items = build({ culture: {} });
    const rows = focused(items);
    assert.strictEqual(rows.length, 1, 'exactly one row preselected');
    assert.ok(!warns(rows[0]!), `the preselected row warns: ${rows[0]!.label} / ${rows[0]!.detail}`);
    // The warning is still offered where the tone does clash: the step did not just drop it.
    assert.ok(items.some(warns), 'clashing rows keep their warning');
  });

  test('with no tone saved, whatever culture and relationship are in effect, the row in focus never warns', () => {
    const cultures: CultureDraft['culture'][] = [
      ...COMMUNICATION.flatMap((communication) => HIERARCHY.map((hierarchy) => ({ communication, hierarchy }))),
      ...PRESETS.map((p) => ({ country: p.code })),
    ];
    let checked = 0;
    for (const culture of cultures) {
      for (const relationship of RELATIONSHIPS) {
        const items = build({ culture, relationship });
        const rows = focused(items);
        assert.strictEqual(rows.length, 1, `${JSON.stringify(culture)} ${relationship}: one row in focus`);
        // Only where every tone clashes may the focus warn (none is a better default then).
        const row = rows[0]!;
        const sameCulture = items.filter((i) => i.value.kind === row.value.kind && (row.value.kind === 'country'
          ? i.value.kind === 'country' && i.value.country === row.value.country
          : i.value.kind === 'manual' && row.value.kind === 'manual' && i.value.communication === row.value.communication && i.value.hierarchy === row.value.hierarchy));
        assert.strictEqual(sameCulture.length, TONES.length);
        if (sameCulture.some((i) => !warns(i))) assert.ok(!warns(row), `${JSON.stringify(culture)} ${relationship}: ${row.label} ${row.description} warns`);
        checked++;
      }
    }
    assert.ok(checked > 20);
  });

  test('the tone the user saved stays in focus, with its warning when it clashes (it is their choice)', () => {
    for (const tone of TONES) {
      const rows = focused(build({ culture: { communication: 'direct', hierarchy: 'flat' }, tone }));
      assert.strictEqual(rows.length, 1);
      assert.deepStrictEqual(rows[0]!.value, { kind: 'manual', communication: 'direct', hierarchy: 'flat', tone });
    }
    const country = PRESETS[0]!.code;
    const rows = focused(build({ culture: { country }, tone: 'concise' }));
    assert.deepStrictEqual(rows.map((r) => r.value), [{ kind: 'country', country, tone: 'concise' }]);
  });

  test('the warning sits on the clashing row itself, never on a neighbour that is fine', () => {
    const items = build({ culture: {} });
    const direct = items.filter((i) => i.value.kind === 'manual' && i.value.communication === 'direct' && i.value.hierarchy === 'flat');
    // Each row's warning belongs to that row's tone: they are not all alike.
    assert.ok(direct.some(warns) && direct.some((i) => !warns(i)), direct.map((i) => `${i.description}:${warns(i)}`).join(', '));
  });
});
