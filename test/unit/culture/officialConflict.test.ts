// A state IT agency's director, at another organisation, advising a municipality
// got readiness objections first and the conflict-of-interest card late. An official at another body
// (or a regulator, an auditor) asks first whether advising you is a conflict: that card leads, after
// what they said themselves, in every country; a leader at another company keeps the usual order.
import * as assert from 'assert';
import { renderFinished, section } from '../render/helpers';

const COUNTRIES = ['PL', 'DE', 'FR', 'GB', 'US', 'EG', 'IN'] as const;
const CONFLICT = /I’d have to be careful\./u;

/** The objection headings of the cards document, in order. */
function cardHeadings(doc: string): string[] {
  return [...section(doc, 'The cards').matchAll(/^### (.+)$/gmu)].map((m) => m[1]!);
}
/** The reasons the prep doc gives in full, in order. */
function fullReasons(doc: string): string[] {
  return [...section(doc, 'Why leaders hesitate, and what to do about it').matchAll(/^### (.+)$/gmu)].map((m) => m[1]!);
}

const official = (country: string, more: Record<string, unknown> = {}) => ({
  culture: { country }, relationship: 'cross-team', organization: 'public-sector', tone: 'formal',
  leader: { organization: 'other', sector: 'public-sector', company: 'the state IT agency' },
  firstResponse: 'not-now', firstResponseWords: 'Write to me after the long weekend and we will see.',
  ...more,
});

suite('an official at another body: the conflict-of-interest card leads', () => {
  test('public official at another organisation, over countries: conflict card right after the signalled one, and the conflict reason in full', () => {
    for (const country of COUNTRIES) {
      for (const yours of ['public-sector', 'enterprise']) {
        const profile = official(country, { organization: yours });
        const cards = cardHeadings(renderFinished('objections', profile));
        assert.match(cards[0]!, /not the right time/u, `${country} ${yours}: their own words first`);
        assert.match(cards[1]!, CONFLICT, `${country} ${yours}: ${cards.join(' | ')}`);
        const reasons = fullReasons(renderFinished('prep-doc', profile));
        assert.match(reasons[1] ?? '', /conflict of interest/u, `${country} ${yours}: ${reasons.join(' | ')}`);
      }
    }
  });

  test('an auditor or regulator named by their body, whatever its sector: the conflict card leads too', () => {
    for (const country of COUNTRIES) {
      const profile = official(country, { organization: 'enterprise', leader: { organization: 'other', company: 'National Audit Office' } });
      assert.match(cardHeadings(renderFinished('objections', profile))[1]!, CONFLICT, country);
    }
  });

  test('a leader at another company (no official role): the conflict card does not jump the deck', () => {
    for (const country of COUNTRIES) {
      const profile = official(country, { organization: 'enterprise', leader: { organization: 'other', sector: 'enterprise', company: 'Northwind Ltd' } });
      const cards = cardHeadings(renderFinished('objections', profile));
      assert.doesNotMatch(cards[1]!, CONFLICT, country);
    }
  });

  test('two public bodies: the reason speaks of favouring one body, not of another company or recruiting', () => {
    for (const country of COUNTRIES) {
      const doc = renderFinished('prep-doc', official(country));
      assert.match(doc, /favouring one public body over the others/u, country);
      assert.doesNotMatch(doc, /another company can look like sharing|like recruiting/u, country);
    }
  });
});
