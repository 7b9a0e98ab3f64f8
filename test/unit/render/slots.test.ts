import * as assert from 'assert';
import { article, lowerLeadingCommonWord, slot, soundsLikeNo, spokenTo } from '../../../src/core/render/slots';
import { render, exampleWith, section } from './helpers';

suite('Slots: free text pasted mid-sentence', () => {
  test('a trailing period, and doubled punctuation, go', () => {
    assert.strictEqual(slot('scaling the gateway.').text, 'scaling the gateway');
    assert.strictEqual(slot('Our teams each built their own integration to SAP and nobody owns the contracts..').text, 'our teams each built their own integration to SAP and nobody owns the contracts');
    assert.strictEqual(slot('slow,, fragile releases!!').text, 'slow, fragile releases');
    assert.strictEqual(slot('R&D budgets &amp;').text, 'R&D budgets &amp;', 'an entity keeps its semicolon-free form, and R&D stays');
  });

  test('a leading capital is lowered only for a common word: SAP, Kafka, iOS and names keep theirs', () => {
    assert.strictEqual(lowerLeadingCommonWord('Scaling the gateway'), 'scaling the gateway');
    assert.strictEqual(lowerLeadingCommonWord('Our three teams'), 'our three teams');
    assert.strictEqual(lowerLeadingCommonWord('Consolidation of billing'), 'consolidation of billing');
    for (const kept of ['SAP integration ownership', 'Kafka adoption in payments', 'iOS platform architecture', 'GraphQL federation', 'Dana’s platform', 'I want', 'Postgres tuning']) {
      assert.strictEqual(lowerLeadingCommonWord(kept), kept, kept);
    }
  });

  test('the frame the doc already says is not said twice: "Our current challenge is Our …" cannot happen', () => {
    assert.strictEqual(slot('Our current challenge is that our three product teams each built their own SAP integration.').text, 'our three product teams each built their own SAP integration');
    assert.strictEqual(slot('The problem is: nobody owns the contracts').text, 'nobody owns the contracts');
    const doc = render('prep-doc', exampleWith({ challenge: 'Our three product teams each built their own integration to SAP and nobody owns the contracts.' }));
    assert.doesNotMatch(doc, /challenge is Our|challenge is our three/);
    assert.match(doc, /Our current challenge is that our three product teams each built their own integration to SAP and nobody owns the contracts\./);
    assert.doesNotMatch(doc, /contracts\.\./);
  });

  test('a clause is told apart from a phrase', () => {
    for (const clause of ['our three product teams each built their own integration', 'we keep breaking checkout', 'nobody owns the contracts', 'the gateway keeps timing out']) assert.ok(slot(clause).clause, clause);
    for (const phrase of ['scaling our API gateway for 10x user load', 'SAP integration ownership across three teams', 'moving the rates system off the mainframe']) assert.ok(!slot(phrase).clause, phrase);
  });

  test('a line said to the leader turns the third person into the second', () => {
    assert.strictEqual(spokenTo('how she staged her team\'s identity migration'), 'how you staged your team\'s identity migration');
    assert.strictEqual(spokenTo('what he does when his team ships'), 'what you do when your team ships');
    assert.strictEqual(spokenTo('a review their team could reuse'), 'a review your team could reuse');
    assert.strictEqual(spokenTo('helped her with the rollout'), 'helped you with the rollout');
    assert.strictEqual(spokenTo('their own integrations to SAP'), 'their own integrations to SAP', '"their" about other teams stays');
  });

  test('articles follow the sound: an SLO, a UI, an hour, a user, an API', () => {
    const cases: [string, string][] = [['SLO', 'an'], ['UI', 'a'], ['hour', 'an'], ['user', 'a'], ['API', 'an'], ['enterprise', 'an'], ['startup', 'a'], ['one-page', 'a'], ['MRI', 'an'], ['VP', 'a']];
    for (const [word, want] of cases) assert.strictEqual(article(word), want, word);
  });

  test('a refusal is heard, a friendly "no problem" is not', () => {
    for (const no of ['No, I can’t take this on.', 'I’m afraid I have to say no', 'Unfortunately I am not able to mentor anyone this year', 'I will have to decline']) assert.ok(soundsLikeNo(no), no);
    for (const maybe of ['No problem, ping me next month', 'Let me see what I can do', 'Sure, some time', 'My calendar is brutal this quarter']) assert.ok(!soundsLikeNo(maybe), maybe);
  });

  test('normalizing is linear: 200 000 characters of adversarial text take well under a second', () => {
    const inputs = ['our '.repeat(50_000), 'a'.repeat(200_000) + '.', '.,;:!'.repeat(40_000), 'her '.repeat(50_000), 'she s'.repeat(40_000), '&a'.repeat(100_000) + ';'];
    for (const input of inputs) {
      const start = process.hrtime.bigint();
      spokenTo(slot(input).text);
      soundsLikeNo(input);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      assert.ok(ms < 1000, `${JSON.stringify(input.slice(0, 12))}…: ${ms.toFixed(0)} ms`);
    }
  });

  test('the spoken script says "your team" while the advice to you keeps "her team"', () => {
    const doc = render('prep-doc', exampleWith({ expertiseApplied: 'how she staged her team\'s identity migration' }));
    assert.match(section(doc, 'The script'), /how you staged your team's identity migration/);
    assert.match(section(doc, 'Framing: a strategic partnership'), /how she staged her team's identity migration/);
  });
});

suite('Slots: their words, read', () => {
  test('their words rank the reasons when the profile names no first response', async () => {
    const { firstResponseFromWords } = await import('../../../src/core/render/slots');
    assert.strictEqual(firstResponseFromWords('My calendar is brutal this quarter'), 'no-time');
    assert.strictEqual(firstResponseFromWords('Let me see what I can do'), 'noncommittal');
    assert.strictEqual(firstResponseFromWords('Have you looked at the mentoring program?'), 'use-the-program');
    assert.strictEqual(firstResponseFromWords('Let’s revisit after the reorg'), 'not-now');
    assert.strictEqual(firstResponseFromWords('Good question'), undefined);
    const doc = render('prep-doc', exampleWith({ firstResponseWords: 'My calendar is brutal this quarter.' }));
    const first = section(doc, 'Why leaders hesitate, and what to do about it').split('\n').find((l) => l.startsWith('### '));
    assert.strictEqual(first, '### The one they signalled: their time is already spoken for');
  });
});

suite('Slots: first person and clauses in every place', () => {
  test('a first-person wrapper is dropped where the doc already says it', () => {
    assert.strictEqual(slot('I want to learn how you split the routing rules').text, 'how you split the routing rules');
    assert.strictEqual(slot('I’d like your view on sequencing the extractions.').text, 'sequencing the extractions');
    assert.strictEqual(slot('I will bring a written summary of each decision').text, 'a written summary of each decision');
    assert.strictEqual(slot('I want to be able to lead the integration architecture').text, 'lead the integration architecture');
  });

  test('a success written as a clause or as a phrase reads right after "if" and "whether"', () => {
    for (const [successLooksLike, want] of [['Every SAP contract has an owner.', 'if every SAP contract has an owner'], ['an agreed owner for every SAP contract', 'if we had an agreed owner for every SAP contract']] as const) {
      const doc = render('prep-doc', exampleWith({ successLooksLike, tone: 'formal' }));
      assert.ok(doc.includes(want), `${successLooksLike}: ${want}`);
      const note = render('thank-you', exampleWith({ successLooksLike, tone: 'formal' }));
      assert.doesNotMatch(note, /whether we reached every|whether we reached we/);
    }
  });
});
