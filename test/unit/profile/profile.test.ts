import * as assert from 'assert';
import fc from 'fast-check';
import schema from '../../../schemas/profile.schema.json';
import {
  CADENCES, COMMUNICATION, DEFAULTS, FORMATS, getText, HIERARCHY, MAX_TEXT, RELATIONSHIPS, SESSION_MINUTES, slug, TEXT_FIELDS, TONES, FIRST_RESPONSES, ORGANIZATIONS,
} from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';

suite('slug', () => {
  test('lower-cases and joins words with hyphens', () => {
    assert.strictEqual(slug('Dana Okafor'), 'dana-okafor');
  });

  test('drops apostrophes instead of splitting on them', () => {
    assert.strictEqual(slug("Dana O'Kafor"), 'dana-okafor');
    assert.strictEqual(slug('Dana O’Kafor'), 'dana-okafor');
  });

  test('removes accents', () => {
    assert.strictEqual(slug('José Núñez-Åberg'), 'jose-nunez-aberg');
  });

  test('keeps letters of other scripts', () => {
    assert.strictEqual(slug('山田 太郎'), '山田-太郎');
    assert.strictEqual(slug('Ирина Петрова'), 'ирина-петрова');
  });

  test('keeps the vowel signs of scripts that write them as combining marks', () => {
    assert.strictEqual(slug('प्रिया शर्मा'), 'प्रिया-शर्मा');
  });

  test('keeps Hangul syllables composed', () => {
    assert.strictEqual(slug('김민지'), '김민지');
  });

  test('collapses punctuation and trims hyphens at the ends', () => {
    assert.strictEqual(slug('  --Dr. Dana  (VP)!! '), 'dr-dana-vp');
  });

  test('path characters cannot survive', () => {
    assert.strictEqual(slug('../../etc/passwd'), 'etc-passwd');
    assert.strictEqual(slug('C:\\Windows\\system32'), 'c-windows-system32');
  });

  test('falls back to "leader" when nothing usable is left', () => {
    for (const s of ['', '   ', '!!!', '../..', '’']) assert.strictEqual(slug(s), 'leader', JSON.stringify(s));
  });

  test('is at most 60 characters and never ends with a hyphen', () => {
    const s = slug('a'.repeat(59) + ' b' + 'c'.repeat(20));
    assert.ok(s.length <= 60, s);
    assert.strictEqual(s, 'a'.repeat(59));
  });

  test('never cuts a character in half when shortening', () => {
    const s = slug('a' + '𝒜'.repeat(40));
    assert.doesNotMatch(s, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  test('any text gives a safe, non-empty file name part', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
      const s = slug(text);
      assert.match(s, /^[\p{L}\p{N}\p{M}]+(-[\p{L}\p{N}\p{M}]+)*$/u, JSON.stringify(text));
      assert.ok([...s].length <= 60);
      assert.doesNotMatch(s, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }), { numRuns: 2000 });
  });
});

suite('getText', () => {
  const { profile } = validateProfile({ leader: { name: 'Dana', role: 'VP' }, challenge: 'scaling', you: { name: 'Sam' } });

  test('reads top-level and nested text fields', () => {
    assert.strictEqual(getText(profile, 'challenge'), 'scaling');
    assert.strictEqual(getText(profile, 'leader.role'), 'VP');
    assert.strictEqual(getText(profile, 'you.name'), 'Sam');
  });

  test('returns undefined for a missing or blank answer', () => {
    assert.strictEqual(getText(profile, 'leader.initiative'), undefined);
    assert.strictEqual(getText(profile, 'valueYouBring'), undefined);
    assert.strictEqual(getText({ ...profile, challenge: '  ' }, 'challenge'), undefined);
  });
});

suite('TEXT_FIELDS', () => {
  test('only leader.name and challenge are required', () => {
    assert.deepStrictEqual(TEXT_FIELDS.filter((f) => f.required).map((f) => f.path), ['leader.name', 'challenge']);
  });

  test('every field has a prompt to show when the answer is missing', () => {
    for (const f of TEXT_FIELDS) assert.ok(f.prompt.trim().length > 3, f.path);
  });
});

suite('profile.schema.json describes the same contract', () => {
  type Node = { type?: string; enum?: string[]; default?: unknown; maxLength?: number; minimum?: number; maximum?: number; required?: string[]; properties?: Record<string, Node>; additionalProperties?: boolean };
  const root = schema as unknown as Node;
  const prop = (path: string): Node => path.split('.').reduce<Node>((n, k) => n.properties![k]!, root);

  test('the same enums, in the same order', () => {
    assert.deepStrictEqual(prop('cadence').enum, [...CADENCES]);
    assert.deepStrictEqual(prop('format').enum, [...FORMATS]);
    assert.deepStrictEqual(prop('culture.communication').enum, [...COMMUNICATION]);
    assert.deepStrictEqual(prop('culture.hierarchy').enum, [...HIERARCHY]);
    assert.deepStrictEqual(prop('relationship').enum, [...RELATIONSHIPS]);
    assert.deepStrictEqual(prop('tone').enum, [...TONES]);
    assert.deepStrictEqual(prop('firstResponse').enum, [...FIRST_RESPONSES]);
    assert.deepStrictEqual(prop('organization').enum, [...ORGANIZATIONS]);
  });

  test('the same defaults', () => {
    assert.strictEqual(prop('you.role').default, DEFAULTS.youRole);
    assert.strictEqual(prop('cadence').default, DEFAULTS.cadence);
    assert.strictEqual(prop('sessionMinutes').default, DEFAULTS.sessionMinutes);
    assert.strictEqual(prop('format').default, DEFAULTS.format);
    assert.strictEqual(prop('culture.communication').default, DEFAULTS.communication);
    assert.strictEqual(prop('culture.hierarchy').default, DEFAULTS.hierarchy);
    assert.strictEqual(prop('relationship').default, DEFAULTS.relationship);
    assert.strictEqual(prop('tone').default, DEFAULTS.tone);
  });

  test('the same limits', () => {
    assert.strictEqual(prop('sessionMinutes').minimum, SESSION_MINUTES.min);
    assert.strictEqual(prop('sessionMinutes').maximum, SESSION_MINUTES.max);
    for (const f of TEXT_FIELDS) assert.strictEqual(prop(f.path).maxLength, MAX_TEXT, f.path);
  });

  test('the same required fields', () => {
    assert.deepStrictEqual(root.required, ['leader', 'challenge']);
    assert.deepStrictEqual(prop('leader').required, ['name']);
  });

  test('the same field names: anything else is reported as unknown', () => {
    const fields = (n: Node, prefix = ''): string[] => Object.entries(n.properties ?? {}).flatMap(([k, v]) => [prefix + k, ...fields(v, `${prefix}${k}.`)]);
    for (const path of fields(root)) {
      const [a, b] = path.split('.');
      const input = b === undefined ? { [a!]: undefined } : { [a!]: { [b]: undefined } };
      const unknown = validateProfile(input).issues.filter((i) => i.severity === 'warning');
      assert.deepStrictEqual(unknown, [], path);
    }
  });
});
