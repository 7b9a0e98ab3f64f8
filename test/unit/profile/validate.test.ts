import * as assert from 'assert';
import fc from 'fast-check';
import {
  CADENCES, COMMUNICATION, DEFAULTS, FORMATS, HIERARCHY, MAX_TEXT, RELATIONSHIPS, SESSION_MINUTES, TONES,
} from '../../../src/core/profile/profile';
import { formatIssues, validateProfile, type ProfileIssue } from '../../../src/core/profile/validate';
import { exampleProfile, exampleWith } from '../render/helpers';

const errors = (issues: ProfileIssue[]) => issues.filter((i) => i.severity === 'error');
const warnings = (issues: ProfileIssue[]) => issues.filter((i) => i.severity === 'warning');

/** The single error for `path`, failing if there is not exactly one. */
function errorAt(input: unknown, path: string): ProfileIssue {
  const result = validateProfile(input);
  assert.strictEqual(result.ok, false, 'expected the profile to be rejected');
  const found = errors(result.issues).filter((i) => i.path === path);
  assert.strictEqual(found.length, 1, `one error at "${path}", got ${JSON.stringify(result.issues)}`);
  return found[0]!;
}

const MINIMAL = { leader: { name: 'Dana Okafor' }, challenge: 'scaling our API gateway' };

suite('validateProfile: valid profiles', () => {
  test('the example profile is valid, with no issues, and comes back unchanged', () => {
    const result = validateProfile(exampleProfile());
    assert.strictEqual(result.ok, true);
    assert.deepStrictEqual(result.issues, []);
    assert.deepStrictEqual(result.profile, exampleProfile());
  });

  test('only leader.name and challenge are required', () => {
    const result = validateProfile(MINIMAL);
    assert.strictEqual(result.ok, true);
    assert.deepStrictEqual(result.issues, []);
  });

  test('missing settings get their documented defaults', () => {
    const { profile } = validateProfile(MINIMAL);
    assert.strictEqual(profile.you.role, DEFAULTS.youRole);
    assert.strictEqual(profile.cadence, 'biweekly');
    assert.strictEqual(profile.sessionMinutes, 30);
    assert.strictEqual(profile.format, 'mixed');
    assert.deepStrictEqual(profile.culture, { communication: 'direct', hierarchy: 'flat' });
    assert.strictEqual(profile.relationship, 'skip-level');
    assert.strictEqual(profile.tone, 'warm');
  });

  test('missing optional text stays absent rather than becoming an empty string', () => {
    const { profile } = validateProfile(MINIMAL);
    assert.deepStrictEqual(profile.you, { role: DEFAULTS.youRole });
    assert.deepStrictEqual(profile.leader, { name: 'Dana Okafor' });
    assert.ok(!('expertiseApplied' in profile) && !('valueYouBring' in profile));
  });

  test('null and empty strings count as "not answered"', () => {
    const result = validateProfile({ ...MINIMAL, you: { name: null, role: '' }, expertiseApplied: '   ', cadence: null, tone: '', sessionMinutes: '' });
    assert.strictEqual(result.ok, true, JSON.stringify(result.issues));
    assert.strictEqual(result.profile.you.role, DEFAULTS.youRole);
    assert.strictEqual(result.profile.tone, DEFAULTS.tone);
  });

  test('text is trimmed', () => {
    const { profile } = validateProfile({ leader: { name: '  Dana  ' }, challenge: '\n scaling \t' });
    assert.strictEqual(profile.leader.name, 'Dana');
    assert.strictEqual(profile.challenge, 'scaling');
  });

  test('every allowed value of every choice is accepted', () => {
    const choices: [string, readonly string[], (v: string) => unknown][] = [
      ['cadence', CADENCES, (v) => ({ cadence: v })],
      ['format', FORMATS, (v) => ({ format: v })],
      ['culture.communication', COMMUNICATION, (v) => ({ culture: { communication: v } })],
      ['culture.hierarchy', HIERARCHY, (v) => ({ culture: { hierarchy: v } })],
      ['relationship', RELATIONSHIPS, (v) => ({ relationship: v })],
      ['tone', TONES, (v) => ({ tone: v })],
    ];
    for (const [path, allowed, patch] of choices) {
      for (const v of allowed) {
        const result = validateProfile({ ...MINIMAL, ...(patch(v) as object) });
        assert.strictEqual(result.ok, true, `${path}=${v}`);
      }
    }
  });

  test('the enums are the ones the spec names', () => {
    assert.deepStrictEqual([...CADENCES], ['weekly', 'biweekly', 'monthly', 'as-needed']);
    assert.deepStrictEqual([...FORMATS], ['meetings', 'async', 'mixed']);
    assert.deepStrictEqual([...COMMUNICATION], ['direct', 'indirect']);
    assert.deepStrictEqual([...HIERARCHY], ['flat', 'hierarchical']);
    assert.deepStrictEqual([...RELATIONSHIPS], ['skip-level', 'cross-team', 'executive', 'former-manager']);
    assert.deepStrictEqual([...TONES], ['formal', 'warm', 'concise']);
  });

  test('sessionMinutes accepts the bounds and whole numbers written as text', () => {
    assert.strictEqual(validateProfile({ ...MINIMAL, sessionMinutes: SESSION_MINUTES.min }).profile.sessionMinutes, 10);
    assert.strictEqual(validateProfile({ ...MINIMAL, sessionMinutes: SESSION_MINUTES.max }).profile.sessionMinutes, 120);
    const fromText = validateProfile({ ...MINIMAL, sessionMinutes: ' 45 ' });
    assert.strictEqual(fromText.ok, true);
    assert.strictEqual(fromText.profile.sessionMinutes, 45);
  });

  test('a $schema reference is allowed', () => {
    const result = validateProfile({ $schema: './profile.schema.json', ...MINIMAL });
    assert.deepStrictEqual(result.issues, []);
  });

  test('text of exactly the maximum length is accepted', () => {
    assert.strictEqual(validateProfile({ ...MINIMAL, challenge: 'x'.repeat(MAX_TEXT) }).ok, true);
  });
});

suite('validateProfile: invalid profiles get messages that name the field and what is allowed', () => {
  test('a wrong cadence lists the allowed cadences', () => {
    const issue = errorAt(exampleWith({ cadence: 'daily' }), 'cadence');
    assert.strictEqual(issue.message, 'cadence must be one of weekly, biweekly, monthly, as-needed (got "daily").');
  });

  test('a wrong culture.hierarchy names the nested path and the allowed values', () => {
    const issue = errorAt(exampleWith({ culture: { hierarchy: 'matrix' } }), 'culture.hierarchy');
    assert.match(issue.message, /^culture\.hierarchy must be one of flat, hierarchical \(got "matrix"\)\.$/);
  });

  test('enum values are case-sensitive', () => {
    const issue = errorAt(exampleWith({ tone: 'Formal' }), 'tone');
    assert.match(issue.message, /tone must be one of formal, warm, concise/);
  });

  test('a non-text enum value is described, not printed as [object Object]', () => {
    assert.match(errorAt(exampleWith({ format: 3 }), 'format').message, /format must be one of meetings, async, mixed \(got 3\)/);
    assert.match(errorAt(exampleWith({ relationship: { id: 'executive' } }), 'relationship').message, /\(got an object\)/);
    assert.match(errorAt(exampleWith({ relationship: ['executive'] }), 'relationship').message, /\(got a list\)/);
  });

  test('a wrong type for a text field says it must be text', () => {
    const issue = errorAt(exampleWith({ leader: { name: 42 } }), 'leader.name');
    assert.strictEqual(issue.message, 'leader.name must be text, not 42.');
  });

  test('a group that is not an object says so', () => {
    assert.strictEqual(errorAt(exampleWith({ culture: 'direct' }), 'culture').message, 'culture must be an object, not "direct".');
    assert.strictEqual(errorAt(exampleWith({ you: ['Sam'] }), 'you').message, 'you must be an object, not a list.');
  });

  test('a missing required field names the field and what to write', () => {
    const result = validateProfile({ leader: {} });
    assert.strictEqual(result.ok, false);
    assert.deepStrictEqual(errors(result.issues).map((i) => i.path), ['leader.name', 'challenge']);
    assert.match(errors(result.issues)[0]!.message, /^leader\.name is required: the leader’s name\.$/);
    assert.match(errors(result.issues)[1]!.message, /^challenge is required: the challenge you want their view on\.$/);
  });

  test('a blank required field is as good as missing', () => {
    errorAt({ leader: { name: ' \n\t ' }, challenge: 'x' }, 'leader.name');
  });

  test('sessionMinutes below the range names the range and the value', () => {
    const issue = errorAt(exampleWith({ sessionMinutes: 5 }), 'sessionMinutes');
    assert.strictEqual(issue.message, 'sessionMinutes must be a whole number of minutes from 10 to 120 (got 5).');
  });

  test('sessionMinutes above the range, fractional, non-numeric or boolean is rejected', () => {
    for (const v of [121, 1000, 30.5, 'thirty', '30 min', true, Number.NaN, Number.POSITIVE_INFINITY, -30, [30]]) {
      const issue = errorAt(exampleWith({ sessionMinutes: v }), 'sessionMinutes');
      assert.match(issue.message, /from 10 to 120/, String(v));
    }
  });

  test('text over the maximum length is rejected with its length', () => {
    const issue = errorAt(exampleWith({ challenge: 'x'.repeat(MAX_TEXT + 1) }), 'challenge');
    assert.strictEqual(issue.message, `challenge is ${MAX_TEXT + 1} characters; keep it under ${MAX_TEXT}.`);
  });

  test('a long wrong value is shortened in the message', () => {
    const issue = errorAt(exampleWith({ tone: 'y'.repeat(200) }), 'tone');
    assert.ok(issue.message.length < 120, issue.message);
    assert.match(issue.message, /…"\)\.$/);
  });

  test('input that is not an object is an error for the whole profile', () => {
    for (const input of [null, undefined, 'profile', 42, true, [], [MINIMAL]]) {
      const result = validateProfile(input);
      assert.strictEqual(result.ok, false, String(input));
      const whole = result.issues.find((i) => i.path === '');
      assert.ok(whole, `an issue for the whole profile, input ${JSON.stringify(input)}`);
      assert.match(whole.message, /^A profile must be a JSON object, not /);
    }
  });

  test('several problems are all reported at once', () => {
    const result = validateProfile(exampleWith({ cadence: 'daily', tone: 'rude', sessionMinutes: 0, culture: { communication: 'loud' } }));
    assert.deepStrictEqual(errors(result.issues).map((i) => i.path).sort(), ['cadence', 'culture.communication', 'sessionMinutes', 'tone']);
  });

  test('invalid values are replaced by defaults in the returned profile', () => {
    const { profile } = validateProfile(exampleWith({ cadence: 'daily', sessionMinutes: 500, culture: { hierarchy: 'matrix' }, leader: { role: 7 } }));
    assert.strictEqual(profile.cadence, DEFAULTS.cadence);
    assert.strictEqual(profile.sessionMinutes, DEFAULTS.sessionMinutes);
    assert.strictEqual(profile.culture.hierarchy, DEFAULTS.hierarchy);
    assert.strictEqual(profile.culture.communication, 'indirect');
    assert.strictEqual(profile.leader.role, undefined);
    assert.strictEqual(profile.leader.name, 'Dana Okafor');
  });
});

suite('validateProfile: unknown fields', () => {
  test('an unknown top-level field is a warning, not an error', () => {
    const result = validateProfile(exampleWith({ mood: 'hopeful' }));
    assert.strictEqual(result.ok, true);
    assert.deepStrictEqual(result.issues, [{ path: 'mood', message: 'mood is not a profile field; it is ignored.', severity: 'warning' }]);
  });

  test('an unknown nested field is a warning with its dotted path', () => {
    const result = validateProfile(exampleWith({ leader: { email: 'dana@example.com' } }));
    assert.strictEqual(result.ok, true);
    assert.deepStrictEqual(warnings(result.issues).map((i) => i.path), ['leader.email']);
  });

  test('unknown fields are not copied into the profile', () => {
    const { profile } = validateProfile(exampleWith({ mood: 'hopeful', leader: { email: 'x' } }));
    assert.ok(!('mood' in profile));
    assert.ok(!('email' in profile.leader));
  });

  test('a __proto__ key is only an unknown field: it does not change the profile', () => {
    const result = validateProfile(JSON.parse('{"leader":{"name":"Dana","__proto__":{"role":"CEO"}},"challenge":"x","__proto__":{"tone":"formal"}}'));
    assert.strictEqual(result.ok, true);
    assert.strictEqual(result.profile.tone, DEFAULTS.tone);
    assert.strictEqual(result.profile.leader.role, undefined);
    assert.deepStrictEqual(warnings(result.issues).map((i) => i.path).sort(), ['__proto__', 'leader.__proto__']);
  });
});

suite('formatIssues', () => {
  test('prints one line per issue, prefixed with its severity', () => {
    const { issues } = validateProfile(exampleWith({ tone: 'rude', mood: 'x' }));
    assert.strictEqual(formatIssues(issues), 'warning: mood is not a profile field; it is ignored.\nerror: tone must be one of formal, warm, concise (got "rude").');
  });

  test('prints nothing for no issues', () => {
    assert.strictEqual(formatIssues([]), '');
  });
});

suite('validateProfile: properties', () => {
  const anyValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }));
  const choice = (values: readonly string[]) => fc.oneof(fc.constantFrom(...values), anyValue);
  const profileLike = fc.record({
    you: fc.oneof(fc.record({ name: anyValue, role: anyValue, strengths: anyValue }, { requiredKeys: [] }), anyValue),
    leader: fc.oneof(fc.record({ name: anyValue, role: anyValue, initiative: anyValue, expertise: anyValue }, { requiredKeys: [] }), anyValue),
    challenge: anyValue,
    expertiseApplied: anyValue,
    valueYouBring: anyValue,
    cadence: choice(CADENCES),
    sessionMinutes: fc.oneof(fc.integer({ min: -10, max: 200 }), anyValue),
    format: choice(FORMATS),
    culture: fc.oneof(fc.record({ communication: choice(COMMUNICATION), hierarchy: choice(HIERARCHY) }, { requiredKeys: [] }), anyValue),
    relationship: choice(RELATIONSHIPS),
    tone: choice(TONES),
    extra: anyValue,
  }, { requiredKeys: [] });

  test('never throws, and the returned profile always has allowed values', () => {
    fc.assert(fc.property(fc.oneof(profileLike, fc.anything()), (input) => {
      const { profile, issues } = validateProfile(input);
      assert.ok(CADENCES.includes(profile.cadence));
      assert.ok(FORMATS.includes(profile.format));
      assert.ok(COMMUNICATION.includes(profile.culture.communication));
      assert.ok(HIERARCHY.includes(profile.culture.hierarchy));
      assert.ok(RELATIONSHIPS.includes(profile.relationship));
      assert.ok(TONES.includes(profile.tone));
      assert.ok(Number.isInteger(profile.sessionMinutes) && profile.sessionMinutes >= 10 && profile.sessionMinutes <= 120);
      assert.strictEqual(typeof profile.leader.name, 'string');
      assert.strictEqual(typeof profile.challenge, 'string');
      for (const i of issues) assert.ok(i.message.length > 0 && !i.message.includes('[object Object]'), i.message);
    }), { numRuns: 2000 });
  });

  test('ok is true exactly when there is no error', () => {
    fc.assert(fc.property(profileLike, (input) => {
      const result = validateProfile(input);
      assert.strictEqual(result.ok, errors(result.issues).length === 0);
    }), { numRuns: 1000 });
  });

  test('every error names a field path that exists in the profile, or "" for the whole', () => {
    const paths = new Set(['', 'you', 'leader', 'culture', 'you.name', 'you.role', 'you.strengths', 'leader.name', 'leader.role', 'leader.initiative', 'leader.expertise',
      'challenge', 'expertiseApplied', 'valueYouBring', 'cadence', 'sessionMinutes', 'format', 'culture.communication', 'culture.hierarchy', 'relationship', 'tone']);
    fc.assert(fc.property(profileLike, (input) => {
      for (const e of errors(validateProfile(input).issues)) assert.ok(paths.has(e.path), e.path);
    }), { numRuns: 1000 });
  });

  test('validating the returned profile of a valid input changes nothing', () => {
    fc.assert(fc.property(profileLike, (input) => {
      const first = validateProfile(input);
      if (!first.ok) return;
      const second = validateProfile(first.profile);
      assert.deepStrictEqual(errors(second.issues), []);
      assert.deepStrictEqual(second.profile, first.profile);
    }), { numRuns: 1000 });
  });
});

suite('validateProfile: the fields that tailor what is said', () => {
  test('addressAs, firstResponse, firstResponseWords, goal, successLooksLike and organization are kept', () => {
    const input = exampleWith({ leader: { addressAs: 'Dana' }, firstResponse: 'no-time', firstResponseWords: 'My calendar is brutal.', goal: 'lead the integration architecture', successLooksLike: 'an agreed contract owner', organization: 'public-sector' });
    const result = validateProfile(input);
    assert.strictEqual(result.ok, true, JSON.stringify(result.issues));
    assert.strictEqual(result.profile.leader.addressAs, 'Dana');
    assert.strictEqual(result.profile.firstResponse, 'no-time');
    assert.strictEqual(result.profile.organization, 'public-sector');
    assert.strictEqual(result.profile.goal, 'lead the integration architecture');
  });

  test('an unknown firstResponse or organization is an error that names the field', () => {
    for (const [field, value] of [['firstResponse', 'maybe'], ['organization', 'government']] as const) {
      const result = validateProfile(exampleWith({ [field]: value }));
      assert.strictEqual(result.ok, false);
      const issue = errors(result.issues).find((i) => i.path === field);
      assert.ok(issue && issue.message.startsWith(`${field} must be one of`), JSON.stringify(result.issues));
    }
  });

  test('an answer that reads as a whole sentence gets a warning with the expected form', () => {
    const result = validateProfile(exampleWith({ challenge: 'We have three teams. Nobody owns the contracts.' }));
    assert.strictEqual(result.ok, true);
    const w = warnings(result.issues).find((i) => i.path === 'challenge');
    assert.ok(w && /Our current challenge is …/.test(w.message), JSON.stringify(result.issues));
    assert.ok(!warnings(validateProfile(exampleWith({ challenge: 'scaling the gateway.' })).issues).some((i) => i.path === 'challenge'), 'a phrase with a trailing period is fine');
  });

  test('a tone that clashes with the culture gets a warning on the tone', () => {
    const clash = validateProfile(exampleWith({ tone: 'concise', culture: { communication: 'indirect' } }));
    assert.ok(warnings(clash.issues).some((i) => i.path === 'tone'));
    assert.ok(!warnings(validateProfile(exampleWith({ tone: 'formal' })).issues).some((i) => i.path === 'tone'));
  });
});

suite('validateProfile: a phrase that names someone is not a whole sentence', () => {
  test('a title, an abbreviation or an initial before a capital does not end a sentence', () => {
    for (const phrase of ['a draft interface specification for the permit portal that Dr. Brandt has read and commented on', 'a design Prof. Weber has signed off',
      'a vendor shortlist Mr. Tan agrees with', 'two managed options, e.g. Kafka or Pulsar, costed', 'a runbook J. Okafor can follow at 3 a.m. without calling me']) {
      const v = validateProfile({ ...exampleProfile(), successLooksLike: phrase });
      assert.ok(!v.issues.some((i) => i.path === 'successLooksLike'), `${phrase}: ${JSON.stringify(v.issues)}`);
    }
  });

  test('two sentences still get the warning, whatever the first one ends with', () => {
    for (const sentences of ['We ship weekly. The board wants daily.', 'A plan Dr. Brandt has read. She signs it off in March.', 'The cut-over works! Nobody was paged.']) {
      const v = validateProfile({ ...exampleProfile(), successLooksLike: sentences });
      assert.ok(v.issues.some((i) => i.path === 'successLooksLike' && i.severity === 'warning'), sentences);
    }
  });
});
