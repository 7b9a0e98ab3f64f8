// The leader named their PA, secretary, assistant or office as the way in ("ask my PA Puan Aishah to
// find fifteen minutes", "go through my secretary, Ms Tan"): the request's note says to send it there,
// by name where they gave one (a reader: a Dato' is reached through the PA, and the words said so).
// Nothing when they named none.
import * as assert from 'assert';
import { gatekeeperNamed } from '../../../src/core/render/leaderWords';
import { renderFinished } from './helpers';

function note(country: string, words: string, channel?: string): string {
  const doc = renderFinished('request-meeting', {
    culture: { country }, tone: 'formal', relationship: 'skip-level', firstResponse: 'not-now', firstResponseWords: words,
    firstResponseDetails: { comeBackAfter: 'after the audit', comeBackMonth: '2027-03', ...(channel ? { channel } : {}) },
  });
  return doc.split('## ')[0]!;
}

suite('a PA, secretary or office they named is the way in', () => {
  test('gatekeeperNamed: the role and the name, from their words', () => {
    assert.deepStrictEqual(gatekeeperNamed('After the audit, ask my PA Puan Aishah to find fifteen minutes.'), { role: 'pa', name: 'Puan Aishah' });
    assert.deepStrictEqual(gatekeeperNamed('Go through my secretary, Ms Tan, she has my diary.'), { role: 'secretary', name: 'Ms Tan' });
    assert.deepStrictEqual(gatekeeperNamed('Email my office and they will find a slot.'), { role: 'office' });
    assert.deepStrictEqual(gatekeeperNamed('Talk to my executive assistant next month.'), { role: 'assistant' });
    assert.strictEqual(gatekeeperNamed('Let me think about it.'), undefined);
    assert.strictEqual(gatekeeperNamed('My office is on the third floor.'), undefined);
  });

  test('the request’s note sends it there, over countries and wordings', () => {
    const cases: [string, string, RegExp][] = [
      ['MY', 'Quite stretched lah. After the audit, ask my PA Puan Aishah to find fifteen minutes.', /their PA, Puan Aishah, as the way in/u],
      ['SG', 'Not now. After the audit, go through my secretary, Ms Tan.', /their secretary, Ms Tan, as the way in/u],
      ['GB', 'Not until the audit is done. Then email my office.', /their office as the way in/u],
    ];
    for (const [country, words, expected] of cases) assert.match(note(country, words), expected, country);
    assert.match(note('MY', 'Not now, after the audit.', 'through my PA'), /their PA as the way in/u);
    assert.doesNotMatch(note('MY', 'Not now, after the audit.'), /as the way in/u);
  });
});
