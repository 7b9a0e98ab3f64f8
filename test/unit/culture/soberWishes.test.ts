// Where praise is understated (presets.ts praise: the Netherlands, Germany, the Nordics, the UK,
// Belgium…), "I’d love your take" and "I’d love to take you up on it" read as gushing, as "Totally fair"
// did: the warm lines say "I’d value your take", "I’d like to take you up on it" there. Elsewhere the warm
// wording stays. Over every preset that carries the flag, first answers and formats.
import * as assert from 'assert';
import { exampleWith, render } from '../render/helpers';
import { BUILTIN_TEMPLATES, type BuiltinTemplateId } from '../../../src/core/render/builtins';
import { PRESETS } from '../../../src/core/culture/presets';

const IDS = Object.keys(BUILTIN_TEMPLATES) as BuiltinTemplateId[];
const ANSWERS: readonly Record<string, unknown>[] = [
  {},
  { firstResponse: 'no-time' },
  { firstResponse: 'not-now', firstResponseWords: 'Let’s revisit after the Q3 launch.' },
  { firstResponse: 'yes-with-limits', firstResponseDetails: { offered: 'a coffee when I’m in town', limits: 'nothing regular' } },
  { firstResponse: 'noncommittal' },
];
const GUSHING = /I’d (?:really )?love|\bamazing\b|\bthrilled\b/gu;
const docsFor = (country: string, k: number): string => {
  const format = k % 2 === 0 ? 'meetings' : 'async';
  const p = exampleWith({ tone: 'warm', format, leader: { addressAs: 'Dana' }, ...ANSWERS[k % ANSWERS.length] });
  p.culture = { country };
  return IDS.map((id) => render(id, p)).join('\n');
};

suite('no gushing wish where praise is understated', function () {
  this.timeout(300_000);
  const understated = PRESETS.filter((p) => p.praise === 'understated').map((p) => p.code);

  test('every understated preset: no “I’d love”, “amazing” or “thrilled”; “I’d value” or “I’d like to” instead', () => {
    assert.ok(understated.length >= 10, understated.join());
    const problems: string[] = [];
    understated.forEach((country, k) => {
      for (const shift of [0, 1, 2]) {
        const docs = docsFor(country, k + shift);
        const found = docs.match(GUSHING) ?? [];
        if (found.length > 0) problems.push(`${country}/${(k + shift) % ANSWERS.length}: ${found.join(', ')}`);
        if (!/I’d value|I’d like to/u.test(docs)) problems.push(`${country}/${(k + shift) % ANSWERS.length}: no sober wish`);
      }
    });
    assert.deepStrictEqual(problems, []);
  });

  test('where praise is expressive, the warm lines keep “I’d love”', () => {
    for (const country of ['US', 'BR', 'MX']) {
      assert.ok(!understated.includes(country), country);
      assert.ok(ANSWERS.some((_, k) => (docsFor(country, k).match(GUSHING) ?? []).length > 0), country);
    }
  });
});
