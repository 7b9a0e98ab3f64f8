// Where first names are the country's usual address (the Nordics, the Netherlands, Estonia), the public
// service is as flat as the rest: the prep doc does not warn of titles and a formal line there, but keeps
// the written record. Between two public bodies, the conflict card speaks of decisions, budgets and
// dealings, never of customers or deals, which a directorate does not have.
import * as assert from 'assert';
import { exampleWith, render } from './helpers';

const TONES = ['formal', 'warm', 'concise'] as const;
/** The example profile with the patch, and the country's own scales (the example's are dropped). */
const inCountry = (country: string, patch: Record<string, unknown>) => ({ ...exampleWith(patch), culture: { country } });

suite('A public body where first names are the norm', () => {
  test('Nordic and Dutch public bodies: first names and the written record, not a formal line', () => {
    for (const country of ['NO', 'SE', 'DK', 'FI', 'NL', 'EE']) {
      for (const relationship of ['skip-level', 'cross-team']) {
        const prep = render('prep-doc', inCountry(country, { organization: 'public-sector', relationship, tone: 'warm' }));
        assert.doesNotMatch(prep, /keeps its formal line/, `${country} ${relationship}: a formal line`);
        assert.match(prep, /first names and plain talk are normal in the public service/, `${country} ${relationship}`);
        assert.match(prep, /written record/, `${country} ${relationship}`);
      }
    }
  });

  test('German-speaking public bodies keep the formal line', () => {
    for (const country of ['DE', 'AT', 'CH']) {
      const prep = render('prep-doc', inCountry(country, { organization: 'public-sector', relationship: 'skip-level' }));
      assert.doesNotMatch(prep, /first names and plain talk/, country);
    }
    assert.match(render('prep-doc', inCountry('DE', { organization: 'public-sector', relationship: 'skip-level' })), /keeps its formal line/);
  });

  test('two public bodies: no customers, deals or contracts in the conflict card, in every tone', () => {
    for (const country of ['NO', 'DE', 'GB']) {
      for (const tone of TONES) {
        const profile = inCountry(country, { organization: 'public-sector', relationship: 'cross-team', tone,
          leader: { organization: 'other', sector: 'public-sector', company: 'Digitaliseringsdirektoratet' } });
        const cards = render('objections', profile);
        assert.match(cards, /budgets/, `${country} ${tone}: the conflict card`);
        assert.doesNotMatch(cards, /customers, (?:prices, )?deals|clients, contracts/, `${country} ${tone}`);
      }
    }
    // At a company, the company's words stay.
    const company = render('objections', exampleWith({ organization: 'scale-up', relationship: 'cross-team', tone: 'warm', leader: { organization: 'other', sector: 'scale-up', company: 'Acme' } }));
    assert.match(company, /customers, prices, deals or plans/);
  });
});
