// What the leader said first, read from their own words when no answer is picked (a picked answer
// wins): a no, a deferral to their milestone, a program or guild they named, someone they named
// instead of themselves, a doubt that they are the right mentor.
import * as assert from 'assert';
import { exampleWith, render, section } from './helpers';
import { Phrasebook, type Phrase } from '../../../src/core/phrases/phrasebook';
import { comeBackFrom, doubtsFit, firstResponsesFromWords, referralFrom, soundsLikeNo } from '../../../src/core/render/slots';
import { stepsFor } from '../../../src/core/checklist/steps';
import { validateProfile } from '../../../src/core/profile/validate';

const book = new Phrasebook();
const english = (p: Phrase) => book.say(p);

suite('What the leader said: read from their words, and come back when they said', () => {
  test('a written no is read as a no when no answer is picked; a picked answer wins over the words (issue 21)', () => {
    const read = render('script', exampleWith({ firstResponseWords: 'I have to decline; I cannot take on mentoring this year.' }));
    assert.doesNotMatch(read, /never answered/);
    assert.match(read, /already said no/);
    const picked = render('script', exampleWith({ firstResponse: 'no-reply', firstResponseWords: 'I have to decline; I cannot take on mentoring this year.' }));
    assert.match(picked, /never answered/);
    assert.doesNotMatch(picked, /already said no/);
  });

  test('“I don’t take on individual mentees” is a no', () => {
    assert.ok(soundsLikeNo('Thanks for asking. I don\'t take on individual mentees; please apply to the Mentor Circle in the spring.'));
    assert.ok(soundsLikeNo('I do not take on mentoring at the moment.'));
  });

  test('“after the Q3 launch” is their milestone: the card comes back after it, not at the start of next quarter', () => {
    assert.deepStrictEqual(comeBackFrom('Let\'s revisit after the Q3 launch.', english), { when: 'after the Q3 launch', objection: 'Let’s revisit after the Q3 launch.', named: true });
    const doc = render('prep-doc', exampleWith({ firstResponse: 'not-now', firstResponseWords: 'Let\'s revisit after the Q3 launch.' }));
    assert.doesNotMatch(doc, /start of next quarter/);
    assert.match(doc, /after the Q3 launch/);
  });

  test('"until the end of the quarter" comes back right after it, not "after the end … is over"', () => {
    assert.strictEqual(comeBackFrom('My calendar is full until the end of the quarter.', english).when, 'right after the end of the quarter');
    assert.doesNotMatch(render('brief', exampleWith({ firstResponse: 'no-time', firstResponseWords: 'My calendar is full until the end of the quarter.' })), /is over/);
  });

  test('the checklist reads what they said from their words too, as the doc does', () => {
    // No first response picked, only their words: the doc asks in writing, so must the checklist.
    const input = exampleWith({ format: 'async', cadence: 'as-needed', firstResponseWords: 'My calendar is brutal this quarter.' });
    const r = validateProfile(input);
    assert.ok(r.ok);
    const titles = stepsFor(r.profile).map((s) => s.titleFor?.(r.profile) ?? s.title);
    assert.ok(titles.includes('Send the ask as one short written message'), titles.join(' | '));
    assert.match(section(render('prep-doc', input), 'The message, part by part'), /in writing/);
  });

  test('back after their milestone, a second “later” gets a month of their choosing', () => {
    const cards = render('objections', exampleWith({ firstResponse: 'not-now', firstResponseWords: 'Let\'s revisit after the Q3 launch.' }));
    assert.match(cards, /Which month would suit you better\?/);
    assert.doesNotMatch(cards, /send you a short note after the Q3 launch/);
  });

  test('someone they named instead of themselves: the card with the name ranks among the three, and the reply asks for that introduction', () => {
    assert.strictEqual(referralFrom('My calendar is completely full this quarter. Maybe talk to Marcos?'), 'Marcos');
    assert.strictEqual(referralFrom('Ask your manager first.'), undefined);
    assert.strictEqual(referralFrom('Please talk to HR about the programme.'), undefined);
    assert.ok(!firstResponsesFromWords('Maybe talk to Marcos?').includes('noncommittal'), 'a referral is not a vague yes');
    // The name is a detail the user confirmed beside the answer they picked (issue 21: their words are not re-read).
    const input = exampleWith({ firstResponse: 'no-time', firstResponseWords: 'My calendar is completely full this quarter, I only have 15-minute slots. Maybe talk to Marcos?', firstResponseDetails: { referTo: 'Marcos' } });
    const brief = render('brief', input);
    assert.match(brief, /\*\*“Have you talked to Marcos\?”\*\* “Not yet, but I will/);
    // "I will", the same in every document (issue 21): the profile does not say it is done.
    const script = section(render('prep-doc', input), 'The script');
    assert.match(script, /As you suggested, I will speak with Marcos/);
    assert.match(script, /Write to Marcos as they suggested/);
    assert.doesNotMatch(brief, /find some time/);
    assert.match(section(render('no-reply', input), 'If the answer was no'), /Thank you for pointing me to Marcos; I will get in touch, as you suggested, and let you know how it goes/);
  });

  test('a leader who doubts they are the right mentor is answered as that, first', () => {
    assert.ok(doubtsFit('I\'d love to, but I don\'t think I\'d be a good mentor for you.'));
    assert.ok(!doubtsFit('Not the right time, sorry.'));
    const input = exampleWith({ firstResponse: undefined, firstResponseWords: 'I\'d love to, but I don\'t think I\'d be a good mentor for you.', tone: 'warm' });
    const script = section(render('prep-doc', input), 'The script');
    // Answered, never said back to them (issue 21): the ask is made smaller instead.
    assert.match(script, /I think I made my first ask sound bigger than it is/);
    assert.doesNotMatch(script, /weren’t sure you’d be the right mentor/);
    const first = /^1\. \*\*“(.+?)”\*\*/m.exec(render('brief', input))![1]!;
    assert.strictEqual(first, 'I\'d love to, but I don\'t think I\'d be a good mentor for you.', 'in their words (issue 21)');
  });

  test('a guild is named as they named it and joined, not applied to; “not sure” is not a vague yes', () => {
    const input = exampleWith({ firstResponse: 'doubts-fit', firstResponseWords: 'I\'m not sure I\'m the right person — have you tried the architecture guild?' });
    const doc = render('prep-doc', input);
    assert.match(section(doc, 'The script'), /I have joined the architecture guild, as you suggested/);
    assert.doesNotMatch(doc, /applied to the|mentoring program(?:me)?\b.*as you|run it through the program/);
    assert.match(section(doc, 'Objections and answers'), /### “I'm not sure I'm the right person — have you tried the architecture guild\?”/);
    assert.ok(!firstResponsesFromWords('I\'m not sure I\'m the right person.').includes('noncommittal'));
  });

  test('“maybe after we close the Series B” is a deferral to their milestone, not a vague yes', () => {
    const words = 'Not right now — maybe after we close the Series B.';
    assert.ok(firstResponsesFromWords(words).includes('not-now'));
    assert.ok(!firstResponsesFromWords(words).includes('noncommittal'));
    assert.strictEqual(comeBackFrom(words, english).when, 'after we close the Series B');
    const script = section(render('prep-doc', exampleWith({ firstResponse: 'not-now', firstResponseWords: words, tone: 'concise', culture: { communication: 'direct', hierarchy: 'flat' } })), 'The script');
    assert.match(script, /You said to come back after we close the Series B/);
  });
});
