import * as assert from 'assert';
import { Phrasebook } from '../../../src/core/phrases/phrasebook';
import { stakesOf, type Speak } from '../../../src/core/render/rules/shared';
import { exampleWith, render, section } from './helpers';

// "It touches what the company cares about most: reliability while it grows, onboarding
// new teams, and delivery speed" was sent for a cloud-bill cut; earlier profiles had "I'm new to …"
// said for them. A sent or spoken line claims only what the profile says, or leaves a visible blank.
const ORGANIZATIONS = ['startup', 'scale-up', 'enterprise', 'public-sector', 'nonprofit', undefined] as const;
const TONES = ['formal', 'warm', 'concise'] as const;
const RELATIONSHIPS = ['skip-level', 'executive', 'cross-team', 'former-manager'] as const;
const SENT = ['one-pager', 'request-meeting', 'thank-you', 'first-checkin', 'async-update', 'no-reply', 'brief', 'script', 'objections'];

/** The lines said or sent: not headings, not the italic notes to the user, not the doc's own advice. */
function sentLines(doc: string): string[] {
  return doc.split('\n').filter((l) => l.trim() !== '' && !/^(?:#|\*[^*]|_)/u.test(l));
}

suite('Nothing invented about the company or the user in a sent line', () => {
  test('no organization’s generic stakes reach a sent or spoken line, whatever the organization, tone or relationship', () => {
    const english = new Phrasebook();
    const speak: Speak = (phrases) => [phrases].flat().map((p) => english.say(p)).join(' ');
    const generic = ORGANIZATIONS.map((o) => stakesOf(o, speak).stakes);
    assert.strictEqual(new Set(generic).size, ORGANIZATIONS.length, 'each organization has its own stakes');
    for (const organization of ORGANIZATIONS) for (const tone of TONES) for (const relationship of RELATIONSHIPS) {
      for (const template of SENT) {
        const lines = sentLines(render(template, exampleWith({ organization, tone, relationship })));
        for (const stakes of generic) assert.ok(!lines.some((l) => l.includes(stakes)), `${template} ${organization} ${tone} ${relationship}: ${stakes}`);
      }
    }
  });

  test('the one-pager says why the problem matters only with the user’s own goal, never a guess about the company', () => {
    for (const organization of ORGANIZATIONS) for (const tone of TONES) {
      for (const goal of ['own the platform’s cost model', 'Lead the cut-over of the ledger', 'I want to present the plan to the audit committee']) {
        const problem = section(render('one-pager', exampleWith({ organization, tone, goal, challenge: 'cutting our cloud bill by 15% this year' })), 'The problem');
        assert.match(problem, /step toward (?:my own goal|what I’m working for|my goal): to \S/u, `${organization} ${tone} ${goal}`);
        assert.match(problem, /(?:own the platform’s cost model|lead the cut-over of the ledger|present the plan to the audit committee)\./u, `${organization} ${tone} ${goal}`);
        assert.doesNotMatch(problem, /cares about|\[fill in/u, `${organization} ${tone}`);
      }
      const without = section(render('one-pager', exampleWith({ organization, tone, goal: undefined })), 'The problem');
      assert.doesNotMatch(without, /cares about|step toward|\[fill in/u, `${organization} ${tone}: no goal, nothing said`);
    }
  });

  test('the objection cards never tell the leader the user is new to their field', () => {
    for (const tone of TONES) for (const relationship of RELATIONSHIPS) {
      for (const expertise of ['building data platforms that product teams pay for themselves', 'public-sector procurement', 'breaking up monoliths without stopping delivery']) {
        const cards = render('objections', exampleWith({ tone, relationship, leader: { expertise }, you: { strengths: 'tuning Spark and warehouse costs' } }));
        assert.doesNotMatch(cards, /\b(?:I[’']m|I am) new to\b|\bwhat I do not yet have is experience with\b/iu, `${tone} ${relationship} ${expertise}`);
      }
    }
  });
});
