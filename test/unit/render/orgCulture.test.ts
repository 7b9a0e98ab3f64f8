// What the fourth fresh reader found, each pinned: the narrative speaks of the leader as "they",
// a written ask never mentions a meeting, the program they pointed to is joined before it is
// said, and a few sentences that repeated or contradicted others.
import * as assert from 'assert';
import { exampleWith, render, section } from './helpers';
import { narratedAboutLeader, slot } from '../../../src/core/render/slots';
import { stepsFor } from '../../../src/core/checklist/steps';
import { validateProfile } from '../../../src/core/profile/validate';

const spoken = (doc: string) => doc.split('\n').filter((l) => l.startsWith('> **You:**'));

suite('Fourth reader', () => {
  test('an answer typed to the leader reads “they/their” in the narrative and “you/your” when spoken', () => {
    assert.strictEqual(narratedAboutLeader('how you sequenced your district cut-overs for my team'), 'how they sequenced their district cut-overs for your team');
    // An object is "them" (a fresh reader found "reviewed twice with they"), a subject "they".
    assert.strictEqual(narratedAboutLeader('a sequenced exit plan reviewed twice with you and accepted by our board'), 'a sequenced exit plan reviewed twice with them and accepted by our board');
    assert.strictEqual(narratedAboutLeader('a plan agreed with you, which you sign off'), 'a plan agreed with them, which they sign off');
    const doc = render('prep-doc', exampleWith({ expertiseApplied: 'how you sequenced the cut-overs', valueYouBring: 'a review of your team’s app' }));
    // The prep doc says the bridge and the value aloud only; no narrative line says them as “you”.
    assert.doesNotMatch(doc.split('\n').filter((l) => !l.startsWith('> ')).join('\n'), /how you sequenced the cut-overs|a review of your team’s app/);
    assert.ok(spoken(doc).some((l) => l.includes('how you sequenced the cut-overs')), 'spoken lines keep “you”');
  });

  test('a challenge that starts with a number and a subject is a clause', () => {
    assert.ok(slot('five country offices each run their own database').clause);
    assert.ok(slot('12 teams share one release train').clause);
  });

  test('a written ask after “no time”: the checklist says send, attach and wait, and the doc has no room', () => {
    const r = validateProfile(exampleWith({ format: 'async', cadence: 'as-needed', firstResponse: 'no-time' }));
    assert.ok(r.ok);
    const titles = stepsFor(r.profile).map((s) => s.titleFor?.(r.profile) ?? s.title);
    assert.ok(titles.includes('Send the ask as one short written message'), titles.join(' | '));
    assert.ok(!titles.some((t) => /Book a short 1:1|pause and listen/.test(t)), titles.join(' | '));
    const doc = render('prep-doc', exampleWith({ format: 'async', cadence: 'as-needed', firstResponse: 'no-time' }));
    assert.doesNotMatch(doc.split('## The ask in one paragraph')[0]!, /In the meeting/);
    assert.doesNotMatch(section(doc, 'The script'), /no meeting|one-line no/i);
  });

  test('pointed to the program: the opening says you enrolled, and the setting says to do it first', () => {
    const script = section(render('prep-doc', exampleWith({ firstResponse: 'use-the-program', firstResponseWords: 'Please route this through the departmental mentoring scheme.' })), 'The script');
    assert.match(script, /the mentoring scheme, and I have applied|applied to the mentoring scheme/);
    assert.match(script, /Apply to the mentoring scheme before the meeting/);
  });

  test('after “later”, the card takes the date and offers nothing in between', () => {
    const doc = render('prep-doc', exampleWith({ culture: { communication: 'direct' } }));
    assert.doesNotMatch(doc, /written question in the meantime|One written question in between/);
  });

  test('a single conversation is never called “a first” one on a card', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'no-reply', format: 'mixed' }));
    assert.doesNotMatch(doc, /a first \d+-minute conversation|for the first \d+ minutes/);
  });

  test('a long challenge is not repeated in every vocabulary line', () => {
    const doc = render('prep-doc', exampleWith({ challenge: 'our three product teams each built their own integration to SAP and nobody owns the contracts' }));
    const vocab = section(doc, 'Vocabulary for this conversation');
    assert.ok((vocab.match(/nobody owns the contracts/g) ?? []).length <= 1, vocab);
  });

  test('public-sector research never says OKRs; a startup has no assistant to ask about', () => {
    const pub = render('prep-doc', exampleWith({ organization: 'public-sector' }));
    assert.doesNotMatch(pub, /OKRs/);
    const startup = section(render('prep-doc', exampleWith({ organization: 'startup', relationship: 'executive' })), 'Research before the meeting');
    assert.doesNotMatch(startup, /assistant/);
  });

  test('a warm tone toward a public-sector leader in an indirect hierarchy gets a note', () => {
    const doc = render('prep-doc', exampleWith({ tone: 'warm', organization: 'public-sector', culture: { communication: 'indirect', hierarchy: 'hierarchical' } }));
    assert.match(doc, /can read as too casual/);
  });
});
