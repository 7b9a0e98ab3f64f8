// The golden corpus: every built-in template over 2,352 seeded profiles (test/golden/profiles.ts),
// compared byte for byte with test/golden/. A wording change is made on purpose with
// `npm run golden:update` and reviewed in the diff of test/golden/lines.txt.
import * as assert from 'assert';
import { renderCorpus } from '../../golden/corpus';
import { goldenCases } from '../../golden/profiles';
import { distinctLines, firstDifference, pack, readGolden, readLines, writeGolden } from '../../golden/store';
import { FIRST_RESPONSES, RELATIONSHIPS, TONES, CADENCES, FORMATS, ORGANIZATIONS } from '../../../src/core/profile/profile';

const UPDATE = process.env.GOLDEN_UPDATE === '1';

suite('golden corpus: every built-in template over the seeded profiles', function () {
  this.timeout(180_000);

  test('covers at least 2,000 profiles, every enum value and first answers in the leader’s words', () => {
    const cases = goldenCases();
    assert.ok(cases.length >= 2000, `${cases.length} cases`);
    const seen = (f: (p: Record<string, unknown>) => unknown) => new Set(cases.map((c) => f(c.profile)));
    for (const [values, f] of [
      [FIRST_RESPONSES, (p: Record<string, unknown>) => p.firstResponse], [RELATIONSHIPS, (p: Record<string, unknown>) => p.relationship],
      [TONES, (p: Record<string, unknown>) => p.tone], [CADENCES, (p: Record<string, unknown>) => p.cadence],
      [FORMATS, (p: Record<string, unknown>) => p.format], [ORGANIZATIONS, (p: Record<string, unknown>) => p.organization],
    ] as const) for (const v of values) assert.ok(seen(f).has(v), `no case with ${v}`);
    assert.ok(cases.filter((c) => c.profile.firstResponseWords !== undefined && c.profile.firstResponse === undefined).length > 50, 'words without a picked first response');
    assert.ok(cases.some((c) => c.profile.goal === undefined) && cases.some((c) => c.profile.goal !== undefined));
  });

  test('renders every document exactly as test/golden/ holds it', () => {
    const actual = pack(renderCorpus());
    if (UPDATE) { writeGolden(actual); return; }
    const expected = readGolden();
    assert.ok(expected.size > 0, 'test/golden/ holds no corpus: run `npm run golden:update`');
    const problems: string[] = [];
    let changed = 0;
    for (const t of new Set([...expected.keys(), ...actual.keys()])) {
      const e = expected.get(t), a = actual.get(t);
      if (!e || !a) { problems.push(`template ${t}: ${e ? 'no longer renders' : 'has no golden'}`); continue; }
      for (const id of new Set([...e.keys(), ...a.keys()])) {
        const d = firstDifference(e.get(id) ?? '(no golden)', a.get(id) ?? '(not rendered)');
        if (!d) continue;
        changed++;
        if (problems.length < 5) problems.push(`${t} for case ${id}, line ${d.line}:\n    golden:   ${d.expected}\n    rendered: ${d.actual}`);
      }
    }
    assert.ok(problems.length === 0, `${changed} documents differ from the golden corpus (npm run golden:update rewrites it). First:\n  ${problems.join('\n  ')}`);
    assert.strictEqual(readLines(), distinctLines(actual), 'test/golden/lines.txt is stale: run `npm run golden:update`');
  });
});
