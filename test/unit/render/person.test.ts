// Answers typed in the first person or to the leader read as "you" and "they" in the narrative
// and as "I" and "you" when spoken; the leader and the manager get the pronoun the profile
// supports, "they" otherwise.
import * as assert from 'assert';
import { exampleWith, render, section, cto } from './helpers';
import { goalPhrase, leaderPronoun, narrated, narratedAboutLeader } from '../../../src/core/render/slots';

const spoken = (doc: string) => doc.split('\n').filter((l) => l.startsWith('> **You:**'));

suite('Person and pronouns: the narrative speaks of the leader, the spoken lines to them', () => {
  test('a first-person value and goal read in the second person in the narrative, first person when spoken', () => {
    const doc = render('prep-doc', exampleWith({ valueYouBring: 'I’ll write up every decision for the platform guild.', goal: 'lead a platform migration on my own' }));
    assert.doesNotMatch(doc, /you bring I/);
    // The narrative names the goal in the first check-in (the prep doc says it only aloud).
    assert.match(render('first-checkin', exampleWith({ goal: 'lead a platform migration on my own' })), /goal for the year: to lead a platform migration on your own/);
    assert.ok(spoken(doc).some((l) => l.includes('I’ll write up every decision')), 'the spoken line keeps the first person');
    assert.ok(spoken(doc).some((l) => l.includes('on my own')), 'the spoken goal keeps “my”');
  });

  test('narrated turns pronouns, not I/O or names', () => {
    assert.strictEqual(narrated('I am sure I can help me and my team'), 'you are sure you can help you and your team');
    assert.strictEqual(narrated('I/O limits on Phase-I hosts'), 'I/O limits on Phase-I hosts');
    assert.strictEqual(narrated('I’m good at Postgres; mine is the query layer'), 'you’re good at Postgres; yours is the query layer');
  });

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

  test('the leader is "they" in the narrative even when an answer says "his"', () => {
    const doc = render('prep-doc', cto());
    const narrative = doc.split('\n').filter((l) => !l.startsWith('> ')).join('\n');
    assert.doesNotMatch(narrative, /\bhis\b/);
    assert.match(section(doc, 'The script'), /your team’s platform/);
  });

  test('a goal typed as “I want to…”, “Be…” or “Become…” follows “I want to” cleanly', () => {
    assert.strictEqual(goalPhrase('I want to lead the mainframe exit programme for the whole group'), 'lead the mainframe exit programme for the whole group');
    assert.strictEqual(goalPhrase('Be the person who can plan and defend a data decomposition on my own'), 'be the person who can plan and defend a data decomposition on my own');
    assert.strictEqual(goalPhrase('Become the architect people trust with platform decisions'), 'become the architect people trust with platform decisions');
    assert.strictEqual(goalPhrase('a staff engineer role by next autumn'), 'get to a staff engineer role by next autumn');
    for (const goal of ['I want to lead the mainframe exit programme for the whole group.', 'Be the person who can plan and defend a data decomposition on my own.']) {
      const doc = render('prep-doc', exampleWith({ goal }));
      assert.doesNotMatch(doc, /able to (?:I|you|Be|be the)\b|want to (?:I|you) want/, goal);
      assert.match(section(doc, 'The script'), /I want to (?:lead the mainframe|be the person who can plan and defend a data decomposition on my own)/);
      assert.match(render('first-checkin', exampleWith({ goal })), /goal for the year: to (?:lead the mainframe|be the person who can plan and defend a data decomposition on your own)/);
    }
  });

  test('“he led …” in their work, “I want to get …” in the goal, the success in the advice, their milestone in the request, a walk-away for a no', () => {
    const input = exampleWith({ leader: { initiative: 'He led the monolith split at Lumen when he was my manager.' }, goal: 'I want to get designs through the TDA first time.', successLooksLike: 'Deploys under 15 minutes and a decomposition plan she has signed off.', firstResponse: 'not-now', firstResponseWords: 'Not right now — maybe after we close the Series B.', culture: { communication: 'direct', hierarchy: 'flat' } });
    const doc = render('prep-doc', input);
    assert.match(section(doc, 'The script'), /the work you led on the monolith split at Lumen when you were my manager/i);
    assert.match(section(doc, 'The script'), /I want to get designs through the TDA first time/);
    assert.match(section(doc, 'The script'), /deploys under 15 minutes and a decomposition plan you have signed off/);
    assert.match(render('request-meeting', input), /pick this up after we close the Series B|returning to this after we close the Series B/);
    assert.match(render('brief', input), /If it is a no: “I understand\. Is there someone you would suggest I speak with\?”/);
  });

  test('the manager hears “she” or “he” when how you address them or your answers say so; “they” otherwise', () => {
    assert.strictEqual(leaderPronoun('Frau Dr. Krüger', '').they, 'she');
    assert.strictEqual(leaderPronoun('Mr. Venkataraman', '').they, 'he');
    assert.strictEqual(leaderPronoun('Ana', 'how she sized capacity for PIX').their, 'her');
    assert.strictEqual(leaderPronoun('Sam', 'how she and his team split it').they, 'they');
    assert.strictEqual(leaderPronoun('', '').they, 'they');
    const script = section(render('manager-first', exampleWith({ leader: { addressAs: 'Frau Dr. Krüger' }, firstResponse: 'declined', firstResponseWords: 'Unfortunately I cannot offer individual mentoring.' })), 'The script');
    assert.match(script, /and she declined/);
    // Issue 22: without addressAs, the culture's usual form of their name (the given name without a country).
    assert.match(render('manager-first', exampleWith({ firstResponse: 'no-time' })), /before your next message goes to Dana,/);
  });
});
