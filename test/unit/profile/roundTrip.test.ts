import * as assert from 'assert';
import fc from 'fast-check';
import { profileToSave } from '../../../src/core/profile/roundTrip';
import { KNOWN, KNOWN_NESTED, validateProfile } from '../../../src/core/profile/validate';
import { exampleWith } from '../render/helpers';

/** What Save writes after a load: the file validated, then saved over itself. */
function resave(raw: Record<string, unknown>): Record<string, unknown> {
  const checked = validateProfile(raw);
  assert.ok(checked.ok, JSON.stringify(checked.issues));
  return JSON.parse(JSON.stringify(profileToSave(raw, checked.profile))) as Record<string, unknown>;
}

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const unknownKey = (known: Set<string>) => fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !known.has(k));
const jsonValue = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

suite('saving the profile keeps what the user wrote (issue 26)', () => {
  test('$schema, a top-level key of the user and leader.phone survive a save exactly', () => {
    const raw = { $schema: './profile.schema.json', ...exampleWith({}), notes: { free: ['text', 1, null] } } as Record<string, unknown>;
    (raw.leader as Record<string, unknown>).phone = '+1 555 0100';
    const saved = resave(raw);
    assert.strictEqual(saved.$schema, './profile.schema.json');
    assert.deepStrictEqual(saved.notes, { free: ['text', 1, null] });
    assert.strictEqual((saved.leader as Record<string, unknown>).phone, '+1 555 0100');
    assert.deepStrictEqual(Object.keys(saved).slice(0, 1), ['$schema'], 'the file’s order is kept');
  });

  test('property: random extra keys, top-level and nested, round-trip exactly; the fields are the profile’s', () => {
    fc.assert(fc.property(
      fc.dictionary(unknownKey(KNOWN), jsonValue, { maxKeys: 5 }),
      fc.dictionary(unknownKey(KNOWN_NESTED.leader!), jsonValue, { maxKeys: 3 }),
      fc.dictionary(unknownKey(KNOWN_NESTED.you!), jsonValue, { maxKeys: 3 }),
      (top, leader, you) => {
        const base = exampleWith({}) as Record<string, unknown>;
        const raw: Record<string, unknown> = { ...base, leader: { ...(base.leader as object), ...leader }, you: { ...(base.you as object), ...you } };
        for (const [k, v] of Object.entries(top)) Object.defineProperty(raw, k, { value: v, enumerable: true, writable: true, configurable: true });
        const saved = resave(JSON.parse(JSON.stringify(raw)) as Record<string, unknown>);
        for (const [k, v] of Object.entries(top)) assert.deepStrictEqual(saved[k], v, `top-level ${JSON.stringify(k)}`);
        for (const [k, v] of Object.entries(leader)) assert.deepStrictEqual((saved.leader as Record<string, unknown>)[k], v, `leader.${k}`);
        for (const [k, v] of Object.entries(you)) assert.deepStrictEqual((saved.you as Record<string, unknown>)[k], v, `you.${k}`);
        // And saving again changes nothing.
        assert.deepStrictEqual(resave(saved), saved);
      }), { numRuns: FUZZ_RUNS });
  });

  test('a field the form changed or cleared is the profile’s, not the old file’s', () => {
    const raw = exampleWith({}) as Record<string, unknown>;
    const checked = validateProfile(raw);
    const profile = { ...checked.profile, leader: { ...checked.profile.leader, name: 'Ravi Menon', role: undefined } };
    const saved = profileToSave({ ...raw, leader: { ...(raw.leader as object), role: 'CTO', phone: 'x' } }, profile as typeof checked.profile) as { leader: Record<string, unknown> };
    assert.strictEqual(saved.leader.name, 'Ravi Menon');
    assert.ok(!('role' in saved.leader), 'a cleared field is dropped');
    assert.strictEqual(saved.leader.phone, 'x');
  });
});
