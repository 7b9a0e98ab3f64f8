import * as assert from 'assert';
import { SOURCED_CODES, sourcesOf } from '../../../src/core/culture/presetSources';
import { DEFAULTS } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { cultureToStore, profileToStore } from '../../../src/core/culture/validateCulture';
import { profileToSave } from '../../../src/core/profile/roundTrip';
import type { Profile } from '../../../src/core/profile/profile';
import { COUNTRY_CODES, PRESETS, presetFor, countryName } from '../../../src/core/culture/presets';
import { DEFAULT_SCALES, legacyFields, resolveScales, resolveScalesWithSources, SCALE_NAMES, SCALES } from '../../../src/core/culture/scales';

const MINIMAL = { leader: { name: 'Dana Okafor' }, challenge: 'scaling our API gateway' };

suite('culture presets', () => {
  test('at least 24 countries on every inhabited continent, the twelve the issue names among them', () => {
    assert.ok(PRESETS.length >= 24, `${PRESETS.length} presets`);
    const continents = new Set(PRESETS.map((p) => p.continent));
    assert.deepStrictEqual([...continents].sort(), ['Africa', 'Asia', 'Europe', 'North America', 'Oceania', 'South America']);
    for (const code of ['JP', 'DE', 'BR', 'IN', 'GB', 'US', 'AE', 'NL', 'SE', 'CN', 'MX', 'FR']) assert.ok(presetFor(code), code);
  });

  test('every preset has a valid ISO code, a value at each end of the scale it sits on, and its sources', () => {
    const seen = new Set<string>();
    for (const p of PRESETS) {
      assert.match(p.code, /^[A-Z]{2}$/);
      assert.ok(!seen.has(p.code), `${p.code} twice`);
      seen.add(p.code);
      // Intl knows every code as a region: a typo such as "UK" would come back unchanged.
      assert.notStrictEqual(new Intl.DisplayNames(['en'], { type: 'region' }).of(p.code), p.code, p.code);
      for (const name of SCALE_NAMES) assert.ok((SCALES[name] as readonly string[]).includes(p.scales[name]), `${p.code}.${name}`);
      assert.ok(sourcesOf(p.code)!.hofstede.pdi > 0 && sourcesOf(p.code)!.hofstede.pdi <= 120 && sourcesOf(p.code)!.hofstede.idv > 0 && sourcesOf(p.code)!.hofstede.idv <= 100, p.code);
      assert.ok(sourcesOf(p.code)!.globe.length > 3 && sourcesOf(p.code)!.meyer.length > 10, p.code);
      assert.ok(p.replyWeeks >= 1 && p.replyWeeks <= 6, p.code);
      assert.match(p.english, /^en-[A-Z]{2}$/);
    }
  });

  test('the sources and the presets name the same countries, one for one', () => {
    assert.deepStrictEqual([...SOURCED_CODES].sort(), PRESETS.map((p) => p.code).sort());
  });

  test('the presets follow the sources where they agree: hierarchical where Hofstede power distance is high', () => {
    for (const p of PRESETS) {
      if (sourcesOf(p.code)!.hofstede.pdi >= 70) assert.strictEqual(p.scales.hierarchy, 'hierarchical', p.code);
      if (sourcesOf(p.code)!.hofstede.pdi <= 40) assert.strictEqual(p.scales.hierarchy, 'egalitarian', p.code);
    }
  });

  test('the presets tell cultures apart: Japan and Brazil differ on time, and each differs from the US on at least four scales', () => {
    const differ = (a: string, b: string) => SCALE_NAMES.filter((n) => presetFor(a)!.scales[n] !== presetFor(b)!.scales[n]).length;
    assert.ok(differ('JP', 'BR') >= 1 && differ('JP', 'US') >= 4 && differ('BR', 'US') >= 4, `${differ('JP', 'BR')} ${differ('JP', 'US')} ${differ('BR', 'US')}`);
    assert.strictEqual(presetFor('BR')!.scales.trust, 'relationship-based');
    assert.strictEqual(presetFor('JP')!.scales.time, 'linear');
    assert.strictEqual(presetFor('BR')!.scales.time, 'flexible');
  });

  test('codes are found in any case, unknown codes are not; names come in the asked language', () => {
    assert.strictEqual(presetFor('jp')?.code, 'JP');
    assert.strictEqual(presetFor('XX'), undefined);
    assert.strictEqual(countryName('DE', 'de'), 'Deutschland');
    assert.strictEqual(countryName('JP'), 'Japan');
    assert.strictEqual(COUNTRY_CODES.length, PRESETS.length);
  });
});

suite('resolveScales: override > today\'s fields > country > defaults', () => {
  test('nothing set: the defaults, which are today\'s defaults (direct, flat)', () => {
    assert.deepStrictEqual(resolveScales({}), DEFAULT_SCALES);
    assert.deepStrictEqual(legacyFields(DEFAULT_SCALES), { communication: DEFAULTS.communication, hierarchy: DEFAULTS.hierarchy });
  });

  test('a country gives its preset', () => {
    assert.deepStrictEqual(resolveScales({ country: 'JP' }), presetFor('JP')!.scales);
    assert.deepStrictEqual(resolveScales({ country: 'xx' }), DEFAULT_SCALES);
  });

  test('today\'s fields outrank the country; a scale set by hand outranks both', () => {
    const r = resolveScalesWithSources({ country: 'JP', communication: 'direct', scales: { hierarchy: 'egalitarian', time: 'flexible' }, hierarchy: 'hierarchical' });
    assert.deepStrictEqual(r.scales, { communication: 'low-context', hierarchy: 'egalitarian', trust: 'relationship-based', disagreement: 'avoided', time: 'flexible' });
    assert.deepStrictEqual(r.sources, { communication: 'profile', hierarchy: 'override', trust: 'country', disagreement: 'country', time: 'override' });
  });

  test('today\'s two fields map onto the scales and back, all four combinations', () => {
    for (const communication of ['direct', 'indirect'] as const) {
      for (const hierarchy of ['flat', 'hierarchical'] as const) {
        assert.deepStrictEqual(legacyFields(resolveScales({ communication, hierarchy })), { communication, hierarchy });
      }
    }
  });
});

suite('validateProfile: culture', () => {
  test('a profile without country or scales comes back exactly as today', () => {
    for (const culture of [undefined, { communication: 'indirect', hierarchy: 'hierarchical' }, { hierarchy: 'hierarchical' }]) {
      const { profile, issues } = validateProfile({ ...MINIMAL, ...(culture ? { culture } : {}) });
      assert.deepStrictEqual(issues, []);
      assert.deepStrictEqual(Object.keys(profile.culture), ['communication', 'hierarchy']);
      assert.deepStrictEqual(profile.culture, { communication: 'direct', hierarchy: 'flat', ...culture });
    }
  });

  test('a country fills today\'s fields from its preset, so today\'s documents already follow it', () => {
    const { profile, issues } = validateProfile({ ...MINIMAL, culture: { country: 'jp' } });
    assert.deepStrictEqual(issues, []);
    assert.deepStrictEqual(profile.culture, { communication: 'indirect', hierarchy: 'hierarchical', country: 'JP' });
    assert.deepStrictEqual(validateProfile({ ...MINIMAL, culture: { country: 'NL' } }).profile.culture, { communication: 'direct', hierarchy: 'flat', country: 'NL' });
  });

  test('scales set by hand are kept, and map back onto today\'s fields', () => {
    const { profile } = validateProfile({ ...MINIMAL, culture: { country: 'US', scales: { communication: 'high-context', trust: 'relationship-based' } } });
    assert.deepStrictEqual(profile.culture, { communication: 'indirect', hierarchy: 'flat', country: 'US', scales: { communication: 'high-context', trust: 'relationship-based' } });
  });

  test('clear messages: a bad country, a bad scale value, an unknown scale, a country without a preset, a clash', () => {
    const issues = validateProfile({ ...MINIMAL, culture: { country: 'Japan', scales: { trust: 'high', mood: 'calm', disagreement: 'avoided' } } }).issues;
    const at = (path: string) => issues.find((i) => i.path === path);
    assert.match(at('culture.country')!.message, /culture\.country must be a two-letter country code such as JP, DE or BR \(got "Japan"\)/);
    assert.strictEqual(at('culture.country')!.severity, 'error');
    assert.match(at('culture.scales.trust')!.message, /culture\.scales\.trust must be one of task-based, relationship-based \(got "high"\)/);
    assert.strictEqual(at('culture.scales.mood')!.severity, 'warning');
    assert.strictEqual(at('culture.scales.disagreement'), undefined);
    const none = validateProfile({ ...MINIMAL, culture: { country: 'MK' } });
    assert.strictEqual(none.ok, true);
    assert.match(none.issues[0]!.message, /MK has no culture preset yet/);
    assert.deepStrictEqual(none.profile.culture, { communication: 'direct', hierarchy: 'flat', country: 'MK' });
    const clash = validateProfile({ ...MINIMAL, culture: { communication: 'direct', scales: { communication: 'high-context' } } });
    assert.match(clash.issues[0]!.message, /culture\.communication says direct but culture\.scales\.communication says high-context; the scale is used/);
    assert.strictEqual(clash.profile.culture.communication, 'indirect');
    assert.match(validateProfile({ ...MINIMAL, culture: { scales: 'JP' } }).issues[0]!.message, /culture\.scales must be an object/);
  });

  test('validation is idempotent: the validated profile validates to itself', () => {
    for (const culture of [{ country: 'JP' }, { country: 'BR', scales: { time: 'linear' } }, { country: 'DE', communication: 'indirect' }]) {
      const once = validateProfile({ ...MINIMAL, culture }).profile;
      assert.deepStrictEqual(validateProfile(once).profile, once);
    }
  });

  test('you.locale is canonicalized; a tag that is not one is an error', () => {
    assert.strictEqual(validateProfile({ ...MINIMAL, you: { locale: 'en-gb' } }).profile.you.locale, 'en-GB');
    const bad = validateProfile({ ...MINIMAL, you: { locale: 'British!' } });
    assert.strictEqual(bad.ok, false);
    assert.match(bad.issues[0]!.message, /you\.locale must be a language tag such as en-GB or en-US \(got "British!"\)/);
  });
});

suite('cultureToStore: what profile.json keeps', () => {
  test('without a country, the culture is written as today', () => {
    const p = validateProfile({ ...MINIMAL, culture: { communication: 'indirect' } }).profile;
    assert.deepStrictEqual(profileToStore(p), p);
  });

  test('with a country, copies of its preset are dropped so a later change of country is not outvoted', () => {
    const p = validateProfile({ ...MINIMAL, culture: { country: 'JP' } }).profile;
    assert.deepStrictEqual(cultureToStore(p.culture), { country: 'JP' });
    // Choosing the Netherlands in the stored file then gives the Dutch preset, not Japan's.
    const moved = validateProfile({ ...profileToStore(p), culture: { ...cultureToStore(p.culture), country: 'NL' } }).profile;
    assert.deepStrictEqual(moved.culture, { communication: 'direct', hierarchy: 'flat', country: 'NL' });
  });

  test('a field that differs from the country is kept: it was chosen', () => {
    const p = validateProfile({ ...MINIMAL, culture: { country: 'JP', communication: 'direct' } }).profile;
    assert.deepStrictEqual(cultureToStore(p.culture), { communication: 'direct', country: 'JP' });
    assert.deepStrictEqual(validateProfile({ ...MINIMAL, culture: cultureToStore(p.culture) }).profile.culture, p.culture);
  });

  test('through the save that keeps the user\'s own keys: copies dropped, the user\'s note kept', () => {
    const file = { ...MINIMAL, culture: { country: 'JP', communication: 'indirect', note: 'met at the offsite' } };
    const saved = profileToSave(file, profileToStore(validateProfile(file).profile) as Profile) as { culture: Record<string, unknown> };
    assert.deepStrictEqual(saved.culture, { country: 'JP', note: 'met at the offsite' });
  });
});
