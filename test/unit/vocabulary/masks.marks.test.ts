import * as assert from 'assert';
import fc from 'fast-check';
import { maskLine } from '../../../src/core/vocabulary/masks';
import type { StepCounter } from '../../../src/core/vocabulary/matcher';

// Masking reads only the runs of a line that hold a character some mask needs (`.`, `/`, `:`, `@`,
// `#`, `]`, `{`, `\`): a word of prose is passed over. The masked ranges are the same as when every
// run is read, and a line of prose costs about one read per character, not five.

const PIECES = [
  'technical', 'debt', 'API', 'gateway', 'teams,', 'plan;', '(scope)', 'it’s', 'naïve', 'über', '—', '"quoted"', 'end.', 'Dev/Test/Prod',
  'https://example.com/a', 'www.example.org', 'a@b.io', 'docs/gw.md', './run.sh', '~/x', 'C:\\tmp', 'C:/tmp', 'api.dev(', 'v1.2',
  '[API gateway](docs/gw.md)', '](z', '{#anchor}', '#back-pressure', '<a href="x">', '<b', '>', 'foo.internal:8080', 'a/b/c', '/usr/bin',
  'DDD/CQRS', 'README.md', 'e.g.', 'U.S.', 'x{#', '\\\\server\\share', 'svc.cluster.local', '+k8s:required', '//', '@team',
];

suite('Vocabulary masks: only runs with a mark are read', () => {
  test('the masked ranges are those of reading every run, over random lines', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.constantFrom(' ', '  ', '\t', '\u00a0'), (pieces, gap) => {
      const line = pieces.join(gap);
      assert.deepStrictEqual(maskLine(line, 0, line.length), maskLine(line, 0, line.length, undefined, true), line);
    }), { numRuns: 2000 });
  });

  test('a line of prose is read about once per character', () => {
    for (const words of ['the team plans to move the service into a model', 'l’équipe prévoit de déplacer le service', 'technical debt, bounded context; API gateway']) {
      const line = `${words} `.repeat(200);
      const fast: StepCounter = { steps: 0 }, every: StepCounter = { steps: 0 };
      assert.deepStrictEqual(maskLine(line, 0, line.length, fast), []);
      maskLine(line, 0, line.length, every, true);
      assert.ok(fast.steps <= 2.5 * line.length, `${fast.steps} steps for ${line.length} characters`);
      assert.ok(every.steps > 2 * fast.steps, `reading every run: ${every.steps} steps, with marks only: ${fast.steps}`);
    }
  });
});
