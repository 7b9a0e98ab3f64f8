// The organisation words fit both sides (issue 21): `organization` is yours. A startup
// user asking a government CTO at another organisation heard "their company" and "a leader at another
// company" about a public authority. The leader's side is named from `leader.sector`, else from
// `leader.company` ("… Authority"), else neutrally; never from your own organization.
import * as assert from 'assert';
import { RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { exampleWith, render } from './helpers';

/** Sentences that call the leader's employer a company. */
const THEIRS_A_COMPANY = /\b(?:a leader at|Leader at|works at|moving to) another company\b|\btheir (?:own )?company(?:’s)?\b|\bfrom either company\b/;

function leaderSideLines(profile: Record<string, unknown>): string[] {
  const found: string[] = [];
  for (const id of Object.keys(BUILTIN_TEMPLATES)) {
    for (const line of render(id, profile).split('\n')) if (THEIRS_A_COMPANY.test(line)) found.push(`${id}: ${line.trim().slice(0, 160)}`);
  }
  return found;
}

const startupUser = (leader: Record<string, unknown>, patch: Record<string, unknown> = {}) =>
  exampleWith({ organization: 'startup', leader: { organization: 'other', ...leader }, valueYouBring: 'a written summary of each session’s decisions', ...patch });

suite('The organisation words fit both sides', () => {
  test('a startup user × a public-sector leader at another organisation: nothing calls their side a company, over relationships, tones and first answers', function () {
    this.timeout(300_000);
    let i = 0;
    for (const leader of [{ sector: 'public-sector' }, { company: 'the Emirates Digital Services Authority' }, { sector: 'nonprofit' }]) {
      for (const relationship of RELATIONSHIPS) {
        const tone = TONES[i % TONES.length]!;
        const firstResponse = ['noncommittal', 'ask-your-manager', undefined][i++ % 3];
        const profile = startupUser(leader, { relationship, tone, ...(firstResponse ? { firstResponse } : {}) });
        assert.deepStrictEqual(leaderSideLines(profile), [], `${JSON.stringify(leader)} ${relationship} ${tone} ${firstResponse ?? 'none'}`);
      }
    }
  });

  test('the same check finds "company" where their side is one, so it can fail', () => {
    const lines = leaderSideLines(startupUser({ sector: 'enterprise' }));
    assert.ok(lines.some((l) => /a leader at another company/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /their company/.test(l)), lines.join('\n'));
  });

  test('the prep doc names a public body’s side as an organisation, and your own side stays yours', () => {
    const prep = render('prep-doc', startupUser({ sector: 'public-sector' }));
    assert.match(prep, /a leader at another organi[sz]ation\./);
    assert.match(prep, /their organi[sz]ation’s work and yours stay confidential/);
    // What you may not share is your company's: you work at a startup.
    assert.match(prep, /what may leave your company/);
  });

  test('leader.sector is validated: one of the kinds of organization, else an error', () => {
    const ok = validateProfile(startupUser({ sector: 'public-sector' }));
    assert.ok(ok.ok);
    assert.strictEqual(ok.profile.leader.sector, 'public-sector');
    const bad = validateProfile(startupUser({ sector: 'government' }));
    assert.ok(bad.issues.some((x) => x.path === 'leader.sector'), JSON.stringify(bad.issues));
  });
});
