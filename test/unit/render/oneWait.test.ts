// Time statements agree: where time is flexible the documents allow two weeks
// before a reminder, so no line says to check back "next week". Over rhythms x formats x cultures.
import * as assert from 'assert';
import { CADENCES, FORMATS } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { factsOf } from '../../../src/core/render/facts';
import { exampleWith, render, TODAY } from './helpers';

suite('One wait before a reminder', function () {
  this.timeout(300_000);
  test('where the reminder waits more than a week, no document checks back “next week”', () => {
    const problems: string[] = [];
    let flexible = 0;
    for (const cadence of CADENCES) for (const format of FORMATS) for (const country of ['ZA', 'BR', 'GB', 'DE']) for (const firstResponse of ['no-time', 'noncommittal', undefined]) {
      const profile = exampleWith({ cadence, format, culture: { country, communication: 'direct', hierarchy: 'flat' }, ...(firstResponse ? { firstResponse } : {}) });
      const facts = factsOf(validateProfile(profile).profile, TODAY);
      if (facts.reminderWeeks < 2) continue;
      flexible++;
      for (const id of ['brief', 'prep-doc', 'script']) {
        const line = render(id, profile).split('\n').find((l) => /\bnext week\b/i.test(l));
        if (line) problems.push(`${country} ${cadence} ${format} ${firstResponse} ${id}: ${line.slice(0, 160)}`);
      }
    }
    assert.ok(flexible > 0, 'some cultures wait two weeks');
    assert.deepStrictEqual(problems.slice(0, 8), [], `${problems.length} problems`);
  });
});
