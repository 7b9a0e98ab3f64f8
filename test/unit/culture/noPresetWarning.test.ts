// A country without a culture preset asks for the five scales only while some are missing: once all five
// are set, the warning "set all five" is not printed.
import * as assert from 'assert';
import { validateProfile } from '../../../src/core/profile/validate';
import { exampleWith } from '../render/helpers';

const ALL_FIVE = { communication: 'high-context', hierarchy: 'hierarchical', trust: 'relationship-based', disagreement: 'avoided', time: 'linear' };
const warned = (culture: Record<string, unknown>): boolean => {
  const p = exampleWith({});
  p.culture = culture;
  return validateProfile(p).issues.some((i) => /has no culture preset yet/.test(i.message));
};

suite('The no-preset warning asks only for the scales still missing', () => {
  for (const country of ['LV', 'MK', 'AM', 'GE']) {
    test(`${country}: warned with none or some scales, silent with all five`, () => {
      assert.ok(warned({ country }), 'no scales');
      assert.ok(warned({ country, scales: { communication: 'high-context', trust: 'task-based' } }), 'two scales');
      assert.ok(!warned({ country, scales: ALL_FIVE }), 'all five');
      assert.ok(!warned({ country, scales: { ...ALL_FIVE, time: 'flexible', disagreement: 'open' } }), 'all five, other values');
    });
  }
});
