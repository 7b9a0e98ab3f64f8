import * as assert from 'assert';
import { chooseEnglish, englishVariantOf, ENGLISH_VARIANTS, knownUsWords, spell, spellingOf, spellWord } from '../../../src/core/culture/english';
import { PRESETS } from '../../../src/core/culture/presets';

suite('which English', () => {
  test('a regional English from any spelling of the tag; plain "en" and other languages say nothing', () => {
    assert.strictEqual(englishVariantOf('en-gb'), 'en-GB');
    assert.strictEqual(englishVariantOf('en_AU'), 'en-AU');
    assert.strictEqual(englishVariantOf('en-GB-oxendict'), 'en-GB');
    for (const none of ['en', 'de-DE', 'en-XX', '', undefined, 'english']) assert.strictEqual(englishVariantOf(none), undefined, String(none));
  });

  test('you.locale first, then the editor, then the leader\'s country, then US', () => {
    assert.strictEqual(chooseEnglish({ youLocale: 'en-US', editorLocale: 'en-GB', country: 'GB' }), 'en-US');
    assert.strictEqual(chooseEnglish({ editorLocale: 'en-GB', country: 'US' }), 'en-GB');
    assert.strictEqual(chooseEnglish({ editorLocale: 'en', country: 'GB' }), 'en-GB');
    assert.strictEqual(chooseEnglish({ editorLocale: 'de', country: 'IN' }), 'en-IN');
    assert.strictEqual(chooseEnglish({ country: 'JP' }), 'en-US');
    assert.strictEqual(chooseEnglish({}), 'en-US');
  });

  test('every preset names an English this module knows', () => {
    for (const p of PRESETS) assert.ok(ENGLISH_VARIANTS.includes(p.english), p.code);
  });
});

suite('spelling', () => {
  test('candor to a UK leader is candour; organization is organisation; Canada keeps -ize and takes -our', () => {
    assert.strictEqual(spell('Thank you for your candor.', 'en-GB'), 'Thank you for your candour.');
    assert.strictEqual(spell('The organization prioritized it.', 'en-GB'), 'The organisation prioritised it.');
    assert.strictEqual(spell('The organization prioritized its behavior.', 'en-CA'), 'The organization prioritized its behaviour.');
    assert.strictEqual(spell('The organization prioritized its behavior.', 'en-US'), 'The organization prioritized its behavior.');
    assert.strictEqual(spell('the mentoring program at the center', 'en-AU'), 'the mentoring programme at the centre');
  });

  test('case is kept: Capitalized, UPPER, lower', () => {
    assert.strictEqual(spellWord('Organization', 'british'), 'Organisation');
    assert.strictEqual(spellWord('COLOR', 'british'), 'COLOUR');
    assert.strictEqual(spellWord('favorite', 'british'), 'favourite');
  });

  test('whole words only: parts of longer words and unknown words stay', () => {
    assert.strictEqual(spell('colorimeter honorarium Centerville', 'en-GB'), 'colorimeter honorarium Centerville');
    assert.strictEqual(spell('color-coded, labeled', 'en-GB'), 'colour-coded, labelled');
  });

  test('every entry changes the word for British spelling, and maps no word onto itself', () => {
    for (const w of knownUsWords()) assert.notStrictEqual(spellWord(w, 'british'), w, w);
    assert.strictEqual(spellingOf('en-IN'), 'british');
    assert.ok(knownUsWords().length > 300, `${knownUsWords().length} words`);
  });

  test('no state carried from one word or call to the next: the same text twice is spelled the same twice', () => {
    const text = 'Our organization values candor; the program center analyzed it. '.repeat(2000);
    assert.strictEqual(spell(text + text, 'en-GB'), spell(text, 'en-GB').repeat(2));
  });
});
