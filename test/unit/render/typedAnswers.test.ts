// How free text reads once placed in a sentence: a challenge typed as a clause is recognised, a
// common word loses its capital mid-sentence, typed apostrophes match the doc's own, a long
// challenge gets a short subject line, and every pattern that reads answers stays linear.
import * as assert from 'assert';
import { exampleWith, render, section } from './helpers';
import { comeBackReading, doubtsFit, firstResponsesFromWords, goalPhrase, leaderPronoun, lowerLeadingCommonWord, narratedAboutLeader, referralFrom, slot } from '../../../src/core/render/slots';

suite('Typed answers: clauses, capitals, apostrophes and quotes', () => {
  test('a hyphenated common word loses its capital mid-sentence; a hyphenated name keeps it', () => {
    assert.strictEqual(slot('Cloud-native migration of billing is stalling.').text, 'cloud-native migration of billing is stalling');
    assert.strictEqual(lowerLeadingCommonWord('Event-driven design'), 'event-driven design');
    assert.strictEqual(lowerLeadingCommonWord('Rolls-Royce engines'), 'Rolls-Royce engines');
    assert.strictEqual(lowerLeadingCommonWord('Kafka-based events'), 'Kafka-based events');
    assert.strictEqual(lowerLeadingCommonWord('Domain-Driven Design in regulated banking'), 'Domain-Driven Design in regulated banking'); // a fresh reader heard “domain-Driven”
    assert.strictEqual(lowerLeadingCommonWord('Multi-tenant billing'), 'multi-tenant billing');
  });

  test('a long or clause challenge gives a short subject line', () => {
    const request = render('request-meeting', exampleWith({ challenge: 'Our three product teams each built their own integration to SAP and nobody owns the contracts.', culture: { communication: 'direct' } }));
    const subject = request.split('\n').find((l) => l.startsWith('**Subject:**'))!;
    // Its short name (issue 23), not the clause: the body says the challenge in full.
    assert.match(subject, /the integration problem/);
    assert.ok(subject.split(' ').length <= 10, subject);
    assert.match(request, /our three product teams each built their own integration to SAP and nobody owns the contracts/);
  });

  test('a challenge that starts with a number and a subject is a clause', () => {
    assert.ok(slot('five country offices each run their own database').clause);
    assert.ok(slot('12 teams share one release train').clause);
  });

  test('a challenge typed as a sentence with any plural subject, or “… keep breaking”, is a clause', () => {
    assert.ok(slot('Our mainframe batch jobs block the move to event-driven order processing.').clause);
    assert.ok(slot('API contracts with our three external vendors keep breaking and nobody owns the versioning.').clause);
    assert.ok(!slot('a review of the event schemas for your team\'s new inventory service').clause);
    assert.ok(!slot('scaling our API gateway for 10x user load').clause);
    const brief = render('brief', exampleWith({ challenge: 'Our mainframe batch jobs block the move to event-driven order processing.' }));
    assert.match(brief, /working on the problem that our mainframe batch jobs block the move/);
  });

  test('typed apostrophes inside words match the doc’s own in every document, and only there', () => {
    const doc = render('prep-doc', exampleWith({ valueYouBring: 'a review of her team\'s service that we don\'t own' }));
    assert.match(doc, /team’s service that we don’t own/);
    assert.doesNotMatch(doc, /[\p{L}]'[\p{L}]/u);
  });

  test('a “where …” inside a phrase is not a clause; “stretched thin” is quoted as said; the one conversation’s brief asks for nothing more; the reply does not promise more of the problem', () => {
    assert.ok(!slot('Feedback from a consuming team on where your platform docs are unclear.').clause);
    assert.match(section(render('prep-doc', exampleWith({ firstResponse: 'no-time', firstResponseWords: 'Happy to help where I can, but I\'m stretched thin.', culture: { communication: 'direct', hierarchy: 'flat' } })), 'The script'), /stretched thin/);
    const no = exampleWith({ firstResponse: 'declined', firstResponseWords: 'Unfortunately I cannot offer individual mentoring.' });
    const brief = render('brief', no);
    assert.match(brief, /They agreed to this one conversation after a no/);
    assert.doesNotMatch(brief, /offer dates once|choose someone else/);
    assert.doesNotMatch(render('no-reply', exampleWith({ challenge: 'SLA breaches on our payments API every time there is a peak' })), /keep (?:going|working) (?:with|on) SLA breaches/);
  });

  test('the patterns that read typed answers stay linear on long runs of what they repeat', () => {
    const runs = ['#', '/', '-', ' ', '\n', 'a', 'our jobs ', 'he led the ', 'maybe ', 'talk to Aa ', 'after the ', 'a\'b ', 'she her ', 'I want to ', 'where x are ', 'better fit '];
    for (const run of runs) {
      const input = run.repeat(Math.ceil(200_000 / run.length));
      const start = process.hrtime.bigint();
      slot(input); narratedAboutLeader(input); goalPhrase(input); doubtsFit(input); referralFrom(input);
      leaderPronoun(input, input); firstResponsesFromWords(input); comeBackReading(input);
      // A profile caps answers at 500 characters; the functions above get 200 000.
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      assert.ok(ms < 2000, `${JSON.stringify(run)} × 200 000 characters: ${ms.toFixed(0)} ms`);
    }
  });
});
