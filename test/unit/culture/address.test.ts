import * as assert from 'assert';
import { addressedByTitle, defaultAddress, signOffName, splitName } from '../../../src/core/culture/address';
import { PRESETS } from '../../../src/core/culture/presets';
import { nameAboutLeader } from '../../../src/core/render/rules/shared';
import { exampleWith, render } from '../render/helpers';

suite('forms of address', () => {
  test('names are split with their salutation and title, in the order the script shows', () => {
    assert.deepStrictEqual(splitName('Frau Prof. Dr. Anna Hoffmann'), { salutation: 'Frau', title: 'Prof. Dr.', given: 'Anna', family: 'Hoffmann' });
    assert.deepStrictEqual(splitName('Wang Wei', 'family-first'), { given: 'Wei', family: 'Wang' });
    assert.deepStrictEqual(splitName('田中 太郎'), { given: '太郎', family: '田中' });
    assert.deepStrictEqual(splitName('Joost van der Berg'), { given: 'Joost', family: 'van der Berg' });
    assert.deepStrictEqual(splitName('Madonna'), { given: 'Madonna', family: 'Madonna' });
  });

  test('each country\'s usual form, with the name', () => {
    const cases: [string, string, string, boolean][] = [
      ['JP', 'Hiroshi Tanaka', 'Tanaka-san', true],
      ['JP', '田中 太郎', '田中-san', false],
      ['DE', 'Dr. Anna Hoffmann', 'Dr. Hoffmann', false],
      ['DE', 'Frau Dr. Anna Hoffmann', 'Frau Dr. Hoffmann', false],
      ['DE', 'Anna Hoffmann', 'Anna Hoffmann', true],
      ['US', 'Dana Okafor', 'Dana', false],
      ['NL', 'Dr. Joost de Vries', 'Joost', false],
      ['AE', 'Fatima Al Mansouri', 'Fatima Al Mansouri', true],
      ['AE', 'Dr. Fatima Al Mansouri', 'Dr. Fatima', false],
      ['IN', 'Ms. Priya Sharma', 'Ms. Sharma', false],
      ['IN', 'Priya Sharma', 'Priya Sharma', true],
      ['CN', 'Wang Wei', 'Wang Wei', true],
      ['TR', 'Ahmet Yılmaz', 'Ahmet Yılmaz', true],
      ['BR', 'Ana Souza', 'Ana', false],
    ];
    for (const [country, name, text, confirm] of cases) {
      const got = defaultAddress(name, country);
      assert.deepStrictEqual([got.text, got.confirm], [text, confirm], `${country} ${name}`);
    }
  });

  test('a greeting always holds a name, for every preset and every name shape', () => {
    for (const p of PRESETS) {
      for (const name of ['Dana Okafor', 'Dr. Anna Hoffmann', 'Madonna', 'Frau Anna Maria Hoffmann', '田中 太郎']) {
        const got = defaultAddress(name, p.code);
        assert.ok(got.text.trim().length >= 2 && got.text !== '-san', `${p.code} ${name}: ${JSON.stringify(got)}`);
        assert.ok(!/^(?:Mr|Ms|Mrs|Herr|Frau)\.?$/.test(got.text), `${p.code}: a salutation without a name`);
      }
    }
  });

  test('no salutation is ever guessed: without one in the name, none in the greeting', () => {
    for (const p of PRESETS) {
      const got = defaultAddress('Anna Hoffmann', p.code);
      assert.ok(!/\b(?:Mr|Ms|Mrs|Herr|Frau|Madame|Monsieur|Bey|Hanım|Pak|Ibu)\b/.test(got.text), `${p.code}: ${got.text}`);
    }
  });

  test('without a country, the given name as today', () => {
    assert.deepStrictEqual(defaultAddress('Dana Okafor'), { text: 'Dana', form: 'given-name', confirm: false });
  });

  test('the sign-off follows the culture: given name where names are informal, full name where they are not', () => {
    assert.strictEqual(signOffName('Sam Rivera', 'US'), 'Sam');
    assert.strictEqual(signOffName('Sam Rivera', 'JP'), 'Sam Rivera');
    assert.strictEqual(signOffName('Sam Rivera'), 'Sam');
  });
});

suite('a form of address with a salutation or title is greeted "Dear" in every tone', () => {
  test('titles and salutations are recognised; a bare name, a single word and a name that only starts like one are not', () => {
    for (const a of ['Dr. Vogel', 'Dr Vogel', 'Prof. Weber', 'Frau Hoffmann', 'Mr O’Neill', 'Ms. Rao', 'Sra. López', 'Herr Dr. Klein']) assert.ok(addressedByTitle(a), a);
    for (const a of ['Dana', 'Priya Raman', 'Dr.', 'Drew Barry', 'Mrinal Sen', 'Tanaka-san', '']) assert.ok(!addressedByTitle(a), a);
  });

  test('speaking about the leader, a form that is only a title gives way to their name; one with the name stays', () => {
    assert.strictEqual(nameAboutLeader('Madame la Directrice', 'Hélène Garnier'), 'Hélène Garnier');
    assert.strictEqual(nameAboutLeader('Ma’am', 'Priya Raman'), 'Priya Raman');
    for (const [form, name] of [['Dr. Hoffmann', 'Dr. Klaus Hoffmann'], ['Tanaka-san', 'Hiroshi Tanaka'], ['Dana', 'Dana Okafor'], ['Frau Dr. Krüger', 'Anja Krüger']]) {
      assert.strictEqual(nameAboutLeader(form, name), form);
    }
    assert.strictEqual(nameAboutLeader('', 'Dana Okafor'), 'Dana Okafor');
    const input = exampleWith({ leader: { name: 'Hélène Garnier', addressAs: 'Madame la Directrice', role: 'Director of Digital Services' }, relationship: 'executive', culture: { communication: 'indirect', hierarchy: 'hierarchical' } });
    const toManager = render('manager-first', input);
    assert.doesNotMatch(toManager, /Directrice/, 'said to your manager, about her');
    assert.match(toManager, /Hélène Garnier/);
    assert.match(render('request-meeting', input), /Madame la Directrice/, 'said to her');
  });
});
