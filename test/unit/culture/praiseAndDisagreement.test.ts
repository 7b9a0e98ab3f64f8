// Praise and disagreement by culture: praise a Swede, a Dane, a Dutch or German
// leader would wince at ("better than anyone I can ask") becomes plain and specific where the
// country's praise is understated (presets.ts `praise`); and where disagreement is avoided in a flat
// culture, the advice says it is avoided with anyone, not only with someone senior.
import * as assert from 'assert';
import { exampleWith, render } from '../render/helpers';
import { PRESETS, presetFor } from '../../../src/core/culture/presets';

const EFFUSIVE = /better than anyone|exactly the perspective|really stuck with me|really value your take/u;

function docs(country: string, tone: string): string {
  const profile = exampleWith({ tone });
  profile.culture = { country };
  return ['script', 'prep-doc', 'request-meeting', 'brief'].map((id) => render(id, profile)).join('\n');
}

suite('praise and disagreement by culture', () => {
  test('the understated presets are the Germanic, Nordic and Anglo ones the sources name, and not the US', () => {
    const understated = PRESETS.filter((p) => p.praise === 'understated').map((p) => p.code);
    for (const c of ['SE', 'NL', 'DE', 'GB']) assert.ok(understated.includes(c), c);
    for (const c of ['US', 'BR', 'IN', 'MX']) assert.ok(!understated.includes(c), c);
  });

  test('understated countries: no superlative praise in the script, the request or the prep doc, in any tone', () => {
    for (const country of ['SE', 'NL', 'DE', 'GB', 'AU', 'CH']) {
      assert.strictEqual(presetFor(country)?.praise, 'understated');
      for (const tone of ['warm', 'concise', 'formal']) {
        const text = docs(country, tone);
        const found = EFFUSIVE.exec(text);
        assert.ok(!found, `${country} ${tone}: “${found?.[0]}” in ${text.slice(Math.max(0, (found?.index ?? 0) - 80), (found?.index ?? 0) + 80)}`);
        assert.match(text, /what I’m missing|what I am missing|directly relevant/u, `${country} ${tone}: their experience is still named as the reason`);
      }
    }
  });

  test('expressive countries keep the warmer praise (the check can fail)', () => {
    for (const country of ['US', 'BR', 'IN']) {
      assert.match(docs(country, 'concise'), /better than anyone I can ask/u, country);
      assert.match(docs(country, 'warm'), /exactly the perspective I don’t have yet/u, country);
    }
  });

  test('avoided disagreement in a flat culture is avoided with anyone; in a hierarchical one, with someone senior', () => {
    const notes = (country: string) => {
      const profile = exampleWith({ tone: 'warm' });
      profile.culture = { country };
      return { prep: render('prep-doc', profile), script: render('script', profile) };
    };
    const flat = PRESETS.filter((p) => p.scales.disagreement === 'avoided' && p.scales.hierarchy === 'egalitarian').map((p) => p.code);
    assert.deepStrictEqual(flat.sort(), ['GB', 'IE', 'SE', 'UY']);
    for (const country of flat) {
      const { prep, script } = notes(country);
      assert.match(prep, /rarely said outright, to anyone, not only to someone senior/u, country);
      assert.match(script, /between equals too/u, country);
    }
    assert.match(notes('SE').prep, /“Mm, interesting” \(“intressant”\) is often the no/u);
    for (const country of ['JP', 'AE', 'IN']) {
      const { prep, script } = notes(country);
      assert.match(prep, /rarely said outright to someone senior/u, country);
      assert.doesNotMatch(prep + script, /to anyone|between equals/u, country);
    }
  });
});
