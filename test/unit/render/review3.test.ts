// What the second reader still found after the first round of fixes, each pinned: first-person
// answers in the doc's narrative, capitals mid-sentence, a 30-second version you can say, a
// written ask after "no time" when everything else is written, ranked objection cards, and a
// decision named even when the bridge is missing.
import * as assert from 'assert';
import { exampleWith, render, section } from './helpers';
import { lowerLeadingCommonWord, narrated, slot } from '../../../src/core/render/slots';

const spoken = (doc: string) => doc.split('\n').filter((l) => l.startsWith('> **You:**'));
const thirty = (doc: string) => /\*\*The 30-second version:\*\* “(.+)”/.exec(doc)?.[1] ?? '';

suite('Third round: first person, capitals and the 30-second version', () => {
  test('a first-person value and goal read in the second person in the narrative, first person when spoken', () => {
    const doc = render('prep-doc', exampleWith({ valueYouBring: 'I’ll write up every decision for the platform guild.', goal: 'lead a platform migration on my own' }));
    const ask = section(doc, 'The ask in one paragraph');
    assert.doesNotMatch(doc, /you bring I/);
    assert.match(ask, /In return, you’ll write up every decision for the platform guild/);
    assert.match(ask, /to be able to lead a platform migration on your own/);
    assert.ok(spoken(doc).some((l) => l.includes('I’ll write up every decision')), 'the spoken line keeps the first person');
    assert.ok(spoken(doc).some((l) => l.includes('on my own')), 'the spoken goal keeps “my”');
  });

  test('narrated turns pronouns, not I/O or names', () => {
    assert.strictEqual(narrated('I am sure I can help me and my team'), 'you are sure you can help you and your team');
    assert.strictEqual(narrated('I/O limits on Phase-I hosts'), 'I/O limits on Phase-I hosts');
    assert.strictEqual(narrated('I’m good at Postgres; mine is the query layer'), 'you’re good at Postgres; yours is the query layer');
  });

  test('a hyphenated common word loses its capital mid-sentence; a hyphenated name keeps it', () => {
    assert.strictEqual(slot('Cloud-native migration of billing is stalling.').text, 'cloud-native migration of billing is stalling');
    assert.strictEqual(lowerLeadingCommonWord('Event-driven design'), 'event-driven design');
    assert.strictEqual(lowerLeadingCommonWord('Rolls-Royce engines'), 'Rolls-Royce engines');
    assert.strictEqual(lowerLeadingCommonWord('Kafka-based events'), 'Kafka-based events');
    assert.strictEqual(lowerLeadingCommonWord('Multi-tenant billing'), 'multi-tenant billing');
  });

  test('the concise 30-second version names the problem, asks a question and has no capital after a colon', () => {
    for (const format of ['meetings', 'mixed', 'async']) {
      for (const cadence of ['weekly', 'as-needed']) {
        const doc = render('prep-doc', exampleWith({ tone: 'concise', format, cadence }));
        const line = thirty(doc);
        assert.match(line, /^I’m working on /, `${format}/${cadence}: ${line}`);
        assert.match(line, /\?/, `${format}/${cadence}: a question to answer: ${line}`);
        assert.doesNotMatch(line, /: \p{Lu}/u, `${format}/${cadence}: ${line}`);
        assert.doesNotMatch(line, /^Short version/, line);
      }
    }
  });
});

suite('Third round: the ask follows the rhythm', () => {
  const noTimeAsync = { firstResponse: 'no-time', firstResponseWords: 'My calendar is brutal this quarter.', format: 'async', cadence: 'as-needed', sessionMinutes: 15, tone: 'concise', relationship: 'former-manager' };

  test('no time, and everything proposed is written: the ask is a message, not a meeting', () => {
    const script = section(render('prep-doc', exampleWith(noTimeAsync)), 'The script');
    assert.match(script, /ask in writing too: one short message, not a meeting request/);
    assert.doesNotMatch(script, /minutes, no more|The pause|booked for/);
    assert.match(script, /So no meeting: this is all in writing/);
  });

  test('the night-before brief of a written ask has no pause and nothing to bring into a room', () => {
    const brief = render('brief', exampleWith(noTimeAsync));
    assert.doesNotMatch(brief, /In the pause|count to five|\*Bring:/);
    assert.match(brief, /\*\*After you send it:\*\* Wait\./);
  });

  test('an async request leads with writing: no minutes in the subject, minutes only as the alternative', () => {
    const request = render('request-meeting', exampleWith({ ...noTimeAsync, culture: { communication: 'direct', hierarchy: 'flat' } }));
    const subject = request.split('\n').find((l) => l.startsWith('**Subject:**'))!;
    assert.doesNotMatch(subject, /\bmin(?:utes)?\b/, subject);
    assert.match(request, /No meeting needed/);
    const body = request.slice(request.indexOf('**Subject:**'), request.indexOf('## As a chat message'));
    assert.ok(body.indexOf('written question') < body.search(/\d+ minutes/), 'writing comes before any meeting');
  });

  test('as needed: the script says “only when a decision is ready” once in the ask, and names the first question', () => {
    const script = section(render('prep-doc', exampleWith({ cadence: 'as-needed', format: 'meetings', tone: 'concise' })), 'The script');
    const ask = script.slice(script.indexOf('### 3.'), script.indexOf('### 4.'));
    assert.strictEqual((ask.match(/when a decision is ready|real decision/g) ?? []).length, 1, ask);
    assert.match(ask, /The first question is ready: /);
  });

  test('an async first check-in names no minutes in its header', () => {
    const checkin = render('first-checkin', exampleWith({ format: 'async', cadence: 'weekly', sessionMinutes: 30 }));
    const header = checkin.split('\n').find((l) => l.startsWith('*In writing'))!;
    assert.ok(header, 'the header line is there');
    assert.doesNotMatch(header, /minutes/, header);
  });

  test('skip-level, sent to the manager: the opening mentions the manager once', () => {
    const script = section(render('prep-doc', exampleWith({ relationship: 'skip-level', firstResponse: 'ask-your-manager', culture: { hierarchy: 'hierarchical' } })), 'The script');
    const opening = script.slice(script.indexOf('### 1.'), script.indexOf('### 2.'));
    assert.strictEqual((opening.match(/my manager/g) ?? []).length, 1, opening);
  });
});

suite('Third round: objection cards', () => {
  const cardsOf = (doc: string) => [...section(doc, 'Objections and answers').matchAll(/^### “(.+)”$/gm)].map((m) => m[1]!);

  test('five cards in full, the signalled one first with their words quoted', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'no-time', firstResponseWords: 'My calendar is brutal this quarter.' }));
    const cards = cardsOf(doc);
    assert.strictEqual(cards.length, 5);
    assert.match(cards[0]!, /calendar is impossible/);
    assert.match(section(doc, 'Objections and answers'), /\*They said: “My calendar is brutal this quarter\.”/);
  });

  test('the order follows the situation: a startup former manager is not asked about the mentoring program first', () => {
    const cards = cardsOf(render('prep-doc', exampleWith({ organization: 'startup', relationship: 'former-manager' })));
    assert.ok(!cards.some((c) => /mentoring program/.test(c)), cards.join(' | '));
    const enterprise = cardsOf(render('prep-doc', exampleWith({ organization: 'enterprise', relationship: 'executive', culture: { hierarchy: 'hierarchical' } })));
    assert.notDeepStrictEqual(cards, enterprise);
  });

  test('“let me think about it” in a hierarchical culture gets its own card, first', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'noncommittal', firstResponseWords: 'Interesting idea, let me think about it.', culture: { communication: 'indirect', hierarchy: 'hierarchical' } }));
    assert.match(cardsOf(doc)[0]!, /check with a few people first/);
    const flat = render('prep-doc', exampleWith({ firstResponse: 'noncommittal', firstResponseWords: 'Interesting idea, let me think about it.', culture: { communication: 'direct', hierarchy: 'flat' } }));
    assert.ok(!/check with a few people first/.test(flat), 'a flat organization has no such card');
  });
});

suite('Third round: a declined leader, no bridge given', () => {
  test('the ask and the 30-second version still name what the conversation is about', () => {
    const doc = render('prep-doc', exampleWith({ expertiseApplied: '', firstResponseWords: 'I can’t take on mentoring this year due to the budget negotiations.' }));
    const lines = spoken(section(doc, 'The script'));
    assert.ok(lines.some((l) => /on where we should start/.test(l)), lines.join('\n'));
    assert.match(thirty(doc), /working on /);
    for (const l of lines) assert.ok(!l.includes('[fill in'), l);
  });
});
