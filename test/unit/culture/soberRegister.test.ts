// Where praise is understated (presets.ts praise: the Netherlands, Germany, the Nordics, the UK,
// Belgium…), an upgrader such as "Totally fair" reads as gushing: the warm lines say "That’s fair"
// there (a reader on a Flemish agency: "'That’s fair' instead of 'Totally fair'"). Elsewhere the
// warm wording stays as it was.
import * as assert from 'assert';
import { exampleWith, render } from '../render/helpers';
import { BUILTIN_TEMPLATES, type BuiltinTemplateId } from '../../../src/core/render/builtins';
import { PRESETS } from '../../../src/core/culture/presets';

const IDS = Object.keys(BUILTIN_TEMPLATES) as BuiltinTemplateId[];
const FIRST = [undefined, 'no-time', 'not-now', 'noncommittal'] as const;
const FORMATS = ['meetings', 'async'] as const;
const count = (country: string, pattern: RegExp): number => {
  let n = 0;
  for (const firstResponse of FIRST) for (const format of FORMATS) {
    const p = exampleWith({ tone: 'warm', format, leader: { addressAs: 'Dana' }, ...(firstResponse ? { firstResponse } : {}) });
    p.culture = { country };
    for (const id of IDS) n += (render(id, p).match(pattern) ?? []).length;
  }
  return n;
};

suite('a sober register where praise is understated', () => {
  test('no “Totally fair” for a leader in BE, NL, DE, GB, SE, FI or EE; “That’s fair” in its place', () => {
    const understated = PRESETS.filter((p) => p.praise === 'understated').map((p) => p.code);
    for (const c of ['BE', 'NL', 'DE', 'GB', 'SE', 'FI', 'EE']) {
      assert.ok(understated.includes(c), c);
      assert.strictEqual(count(c, /Totally fair/gu), 0, c);
      assert.ok(count(c, /That’s fair\./gu) > 0, c);
    }
  });

  test('elsewhere the warm lines keep “Totally fair”', () => {
    for (const c of ['US', 'BR', 'UY']) assert.ok(count(c, /Totally fair/gu) > 0, c);
  });
});
