import * as assert from 'assert';
import { exampleWith, render } from '../render/helpers';
import { presetFor } from '../../../src/core/culture/presets';

// A country the presets do not cover got the defaults (direct, flat) silently (a Chilean
// bank's skip-level manager was told "a long wind-up reads as uncertainty").
suite('Culture: a country without a preset is said, not silently defaulted', () => {
  test('the prep doc names the country and how to set the culture; a preset country and no country do not', () => {
    for (const code of ['CL', 'PE', 'AT', 'CH', 'EG']) {
      if (presetFor(code)) continue; // a preset added later: nothing to say
      const doc = render('prep-doc', exampleWith({ culture: { country: code, communication: 'direct', hierarchy: 'flat' } }));
      const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code)!;
      assert.match(doc, new RegExp(`no culture preset for ${name} yet`), code);
    }
    assert.doesNotMatch(render('prep-doc', exampleWith({ culture: { country: 'JP', communication: 'indirect', hierarchy: 'hierarchical' } })), /no culture preset/);
    assert.doesNotMatch(render('prep-doc', exampleWith({})), /no culture preset/);
  });
});
