// A public body is never called "flat" (a German federal agency, for one), whatever the country's
// or the profile's hierarchy; other organizations with a flat hierarchy keep the flat note.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { exampleWith, render } from './helpers';

suite('A public body is not called flat', () => {
  test('public sector: the formal line, not "a flat organization"; a flat scale-up keeps it', () => {
    for (const country of [undefined, 'DE', 'SE', 'NL']) {
      const culture = country ? { country } : { hierarchy: 'flat', communication: 'direct' };
      const prep = render('prep-doc', exampleWith({ organization: 'public-sector', relationship: 'skip-level', culture }));
      const flat = prep.split('\n').filter((l) => /\bflat organi[sz]ation\b/.test(l));
      assert.deepStrictEqual(flat, [], `${country ?? 'no country'}: a public body called flat`);
      if (!country) assert.match(prep, /a public body keeps its formal line/, 'the formal line is named');
    }
    // A German federal agency's profile, as its author wrote it.
    const agency = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/reader-profiles/r5/de-dr-public.json'), 'utf8')) as unknown;
    assert.match(render('prep-doc', agency), /a public body keeps its formal line/);
    assert.match(render('prep-doc', exampleWith({ organization: 'scale-up', relationship: 'skip-level', culture: { hierarchy: 'flat', communication: 'direct' } })), /In a flat organi[sz]ation you can approach them directly/);
  });
});
