// A leader at another organisation, by kind, over sectors x same/other.
// - A Saudi Deputy Governor's door is kept by the office director (مدير المكتب), not "their assistant";
// - an external official was offered "For Slack or Teams": internal chat is for the same organisation;
// - the conflict-of-interest card was written for two companies, where a company approaching an
//   official needs "this is not about any tender or procurement";
// - research hints for an official were "engineering-blog posts, open-source work", not their
//   speeches, annual reports and published strategies.
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

const SECTORS = ['startup', 'scale-up', 'enterprise', 'public-sector', 'nonprofit'] as const;
const all = (patch: Record<string, unknown>) => ['prep-doc', 'request-meeting', 'objections', 'script', 'one-pager'].map((t) => renderFinished(t, patch)).join('\n');
/** The example profile's patch for a leader in `sector`, at your organisation or another. */
const leaderAt = (sector: string, where: 'same' | 'other', more: Record<string, unknown> = {}): Record<string, unknown> => ({
  relationship: 'executive',
  ...(where === 'other' ? { leader: { organization: 'other', sector, company: 'Northwind' } } : {}),
  organization: where === 'same' ? sector : 'enterprise',
  ...more,
});

suite('a leader at another organisation, over sectors x same/other', () => {
  test('internal chat ("Slack or Teams") only for a leader at your own organisation', () => {
    for (const sector of SECTORS) {
      for (const where of ['same', 'other'] as const) {
        const text = renderFinished('request-meeting', leaderAt(sector, where));
        assert.strictEqual(/Slack or Teams/u.test(text), where === 'same', `${sector} ${where}`);
      }
    }
  });

  test('a company approaching a public official: "not about any tender or procurement" in the conflict card; not for companies or for a fellow official', () => {
    for (const sector of SECTORS) {
      for (const where of ['same', 'other'] as const) {
        const text = all(leaderAt(sector, where));
        const official = sector === 'public-sector' && where === 'other';
        assert.strictEqual(/not about any tender or procurement/u.test(text), official, `${sector} ${where}`);
        if (official) assert.doesNotMatch(text, /Advising someone at another company|not about your clients, contracts or plans/u, `${sector} ${where}`);
      }
    }
    // A public body's architect asking another body's official: no supplier's disclaimer.
    const fellow = all(leaderAt('public-sector', 'other', { organization: 'public-sector' }));
    assert.doesNotMatch(fellow, /tender or procurement/u);
  });

  test('research hints for an official at another body: speeches, annual reports, published strategies', () => {
    for (const sector of SECTORS) {
      const text = renderFinished('prep-doc', leaderAt(sector, 'other'));
      const official = sector === 'public-sector';
      assert.strictEqual(/speeches.*annual reports and published strategies/u.test(text), official, sector);
      assert.strictEqual(/engineering-blog posts/u.test(text), !official, sector);
    }
  });

  test('the office director, not "their assistant", for a Gulf or Egyptian official; an assistant elsewhere', () => {
    for (const country of ['SA', 'AE', 'EG', 'GB', 'IN']) {
      for (const sector of ['public-sector', 'enterprise'] as const) {
        for (const where of ['same', 'other'] as const) {
          const text = all(leaderAt(sector, where, { culture: { country } }));
          const director = ['SA', 'AE', 'EG'].includes(country) && sector === 'public-sector';
          const label = `${country} ${sector} ${where}`;
          assert.strictEqual(/\b(?:their|your) office director\b/u.test(text), director, label);
          if (director) assert.doesNotMatch(text, /\b(?:their|your) (?:executive )?assistant\b/u, label);
          else assert.match(text, /\b(?:their|your) (?:executive )?assistant\b/u, label);
        }
      }
    }
  });
});
