// Country customs in the culture section, on the kept reader profiles
// (test/fixtures/reader-profiles/r9/), rendered on the day they were written: KR (the Seollal
// greeting when the ask falls after it, a self-introduction first, the -nim title out loud, in
// person over email), NG ("sir"/"ma", family before business, WhatsApp where they use it), NL (no
// titles in Dutch government, the Woo), CL ("Don Rodrigo" in a tech company, usted, not the first
// week of March). Each is a message selected by country: another country gets none of them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { exampleWith } from '../render/helpers';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { TemplateLibrary } from '../../../src/core/render/library';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';

const LIBRARY = new TemplateLibrary();
const REVIEWED = new Date(2026, 11, 6, 12);
const fixture = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/reader-profiles/r9', name), 'utf8')) as Record<string, unknown>;

function culture(profile: Record<string, unknown>, today = REVIEWED): string {
  const v = validateProfile(profile);
  assert.ok(v.ok, JSON.stringify(v.ok ? '' : v.issues));
  const out = LIBRARY.render('prep-doc', buildContext(v.profile, builtinGlossary(), today));
  assert.ok(out.ok);
  const start = out.text.indexOf('## Your relationship and the culture');
  return out.text.slice(start, out.text.indexOf('\n## ', start + 3));
}

suite('country customs in the culture section: KR, NG, NL and CL, none elsewhere (issue 22)', () => {
  test('KR: in person, a self-introduction, the title with -nim out loud; the Seollal greeting for a meeting after Seollal', () => {
    const text = culture(fixture('kr-seollal.json'));
    assert.match(text, /in person, not by email/u);
    assert.match(text, /self-introduction/u);
    assert.match(text, /Sangmu-nim/u);
    assert.match(text, /Saehae bok mani badeuseyo/u, 'they said to come back after Seollal (February 2027)');
    // The come-back month is the planned ask: Seollal in it is said with its dates.
    assert.match(text, /\*\*When to ask:\*\* from Feb 9, after Seollal \(Feb 6 – 8, 2027\): it starts too soon/u);
    // Asked in June, far from any new year: no greeting.
    const june = exampleWith({ culture: { country: 'KR' } });
    assert.doesNotMatch(culture(june, new Date(2027, 5, 1, 12)), /Saehae/u);
  });

  test('NG: family before business, "sir" or "ma", WhatsApp', () => {
    const text = culture(fixture('ng-referral.json'));
    assert.match(text, /Ask after them and their family first/u);
    assert.match(text, /say “sir” or “ma”/u);
    assert.match(text, /WhatsApp/u);
  });

  test('NL public sector: no titles, the Woo; a Dutch company gets neither', () => {
    const text = culture(fixture('nl-written.json'));
    assert.match(text, /Titles are not used at any rank/u);
    assert.match(text, /Woo \(the Open Government Act\)/u);
    const company = culture({ ...fixture('nl-written.json'), organization: 'enterprise' });
    assert.doesNotMatch(company, /Woo|Dutch government/u);
  });

  test('CL: "Don Rodrigo" is named as old-fashioned, usted with the first name; the first week of March is avoided', () => {
    const text = culture(fixture('cl-march.json'));
    assert.match(text, /“Don Rodrigo” is how you would greet an older man/u);
    assert.match(text, /first name with usted until they move to tú/u);
    // They said to talk in March: the return to school is its first week.
    assert.match(text, /\*\*When to ask:\*\* from Mar 8, after the return to school and work \(until Mar 7\)\./u);
    // Greeted by first name already: no word about Don.
    const rodrigo = culture({ ...fixture('cl-march.json'), leader: { ...(fixture('cl-march.json').leader as object), addressAs: 'Rodrigo' } });
    assert.doesNotMatch(rodrigo, /Don Rodrigo|old-fashioned/u);
  });

  test('another country gets none of these notes', () => {
    for (const country of ['US', 'DE', 'JP', 'BR']) {
      const text = culture(exampleWith({ culture: { country }, organization: 'public-sector' }));
      assert.doesNotMatch(text, /Meeting them|Before the business\.|How to address them|Dutch government|Saehae|Woo/u, country);
    }
  });
});
