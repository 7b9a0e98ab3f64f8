// The objection cards a profile gets: the one their words signal comes first and quotes them,
// the rest follow the situation, and each card offers only what the doc offers elsewhere.
import * as assert from 'assert';
import { exampleWith, render, section } from './helpers';

const cardsOf = (doc: string) => [...section(doc, 'Objections and answers').matchAll(/^### “(.+)”$/gm)].map((m) => m[1]!);

suite('Objection cards: which are signalled, their order and what they offer', () => {
  test('two cards in full, the signalled one first with their words quoted', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'no-time', firstResponseWords: 'My calendar is brutal this quarter.' }));
    const cards = cardsOf(doc);
    assert.strictEqual(cards.length, 2);
    // The objection they voiced is said in their words (issue 21).
    assert.strictEqual(cards[0], 'My calendar is brutal this quarter.');
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

  test('a deferred answer has one rule in the premise and the pause, and no contradicting line', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'noncommittal', firstResponseWords: 'Interesting idea, let me see what I can do.', culture: { communication: 'indirect', hierarchy: 'hierarchical' } }));
    assert.doesNotMatch(doc, /take a second soft answer as a no|A second vague “sure”|Deferred is not refused|a deferred answer is not a refusal/);
    // Stated once in the prep doc (its premise); the script document's pause says it too.
    assert.strictEqual((doc.match(/no reply within two weeks is a no/g) ?? []).length, 1, 'the rule, once in the prep doc');
    const script = render('script', exampleWith({ firstResponse: 'noncommittal', firstResponseWords: 'Interesting idea, let me see what I can do.', culture: { communication: 'indirect', hierarchy: 'hierarchical' } }));
    assert.match(script, /no reply within two weeks is a no/, 'the same rule in the script document’s pause');
  });

  // One answer, one diagnosis. The consult card alone is marked as signalled; the
  // vague-yes card is ranked with the rest and never says "They signalled this one too".
  test('“let me see what I can do” in a hierarchy signals the consult card alone', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'noncommittal', firstResponseWords: 'Interesting idea, let me see what I can do.', culture: { communication: 'indirect', hierarchy: 'hierarchical' } }));
    const cards = [...section(doc, 'Objections and answers').matchAll(/^### “(.+)”$/gm)].map((m) => m[1]!);
    assert.match(cards[0]!, /check with a few people/);
    const objections = section(doc, 'Objections and answers');
    assert.doesNotMatch(objections, /They signalled this one too/);
    assert.strictEqual((objections.match(/They said: “Interesting idea/g) ?? []).length, 1);
  });

  test('pointed to the program: the card says you signed up, and tells you to do it first', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'use-the-program', firstResponseWords: 'We have the mentoring programme for that, have you applied?' }));
    const objections = section(doc, 'Objections and answers');
    assert.match(objections, /I (?:have|’ve) applied, as you suggested/);
    // What the objection usually means (and what to do first) is on the card in the cards document.
    assert.match(render('objections', exampleWith({ firstResponse: 'use-the-program', firstResponseWords: 'We have the mentoring programme for that, have you applied?' })), /Apply before the meeting/);
    assert.doesNotMatch(doc, /[?!.]”\./, 'their words keep their own final punctuation');
  });

  test('the lighter version is named on the time card, with no “whichever you prefer” after a single option', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'no-time', tone: 'concise', culture: { communication: 'indirect' } }));
    const card = section(doc, 'Objections and answers').split('\n### ')[1]!;
    assert.match(card, /Then we go lighter: .{10,}/);
    assert.doesNotMatch(doc, /Whichever you prefer|Your call\.”/);
  });

  test('after “later”, the card takes the date and offers nothing in between', () => {
    const doc = render('prep-doc', exampleWith({ culture: { communication: 'direct' } }));
    assert.doesNotMatch(doc, /written question in the meantime|One written question in between/);
  });

  test('a single conversation is never called “a first” one on a card', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'no-reply', format: 'mixed' }));
    assert.doesNotMatch(doc, /a first \d+-minute conversation|for the first \d+ minutes/);
  });
});
