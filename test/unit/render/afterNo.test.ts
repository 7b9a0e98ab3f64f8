// After a no, a written no or silence, the documents ask for one conversation (at most 30 minutes)
// and nothing more: no trial, review or rhythm, a referral after a second no, and no line that
// names what they ignored.
import * as assert from 'assert';
import { exampleWith, render, section } from './helpers';

const spoken = (doc: string) => doc.split('\n').filter((l) => l.startsWith('> **You:**'));
const thirty = (doc: string) => /\*\*The 30-second version:\*\* “(.+)”/.exec(doc)?.[1] ?? '';
const declined = { firstResponse: 'declined', firstResponseWords: 'I am not able to take on mentoring commitments this year.', format: 'meetings', cadence: 'weekly', sessionMinutes: 15, tone: 'formal' };

suite('After a no or no reply: the one conversation, the reply and the thank-you', () => {
  test('the ask and the 30-second version still name what the conversation is about', () => {
    const doc = render('prep-doc', exampleWith({ expertiseApplied: '', firstResponseWords: 'I can’t take on mentoring this year due to the budget negotiations.' }));
    const lines = spoken(section(doc, 'The script'));
    assert.ok(lines.some((l) => /on where we should start/.test(l)), lines.join('\n'));
    assert.match(thirty(doc), /working on /);
    for (const l of lines) assert.ok(!l.includes('[fill in'), l);
  });

  test('the meeting after a written no is the single conversation: nothing more is asked in the room', () => {
    const script = section(render('prep-doc', exampleWith(declined)), 'The script');
    assert.match(script, /this conversation is all I am asking for/);
    assert.doesNotMatch(script, /one conversation of 15 minutes, on|The pause|need to decide today/);
  });

  test('the one-pager, the check-ins and the manager talk promise no trial, review or rhythm', () => {
    const input = exampleWith(declined);
    // The user's own goal may name a review of theirs ("a design review"): only the doc's own words count.
    const pager = render('one-pager', input).replace(String(input.goal), '');
    assert.doesNotMatch(pager, /three-month|Trial:|review/i);
    assert.doesNotMatch(render('first-checkin', input), /sets the pattern|\*\*Next conversation:\*\*/);
    assert.doesNotMatch(render('next-checkin', input), /once a week/);
    assert.doesNotMatch(render('manager-first', input), /three-month review/);
  });

  test('the reply to a second no asks only for a referral', () => {
    for (const tone of ['formal', 'warm', 'concise']) {
      const reply = section(render('no-reply', exampleWith({ ...declined, tone })), 'If the answer was no').replace(/^\*\*Subject:\*\*.*$/m, '');
      assert.doesNotMatch(reply, /single question|one question|written question/, tone);
      assert.match(reply, /someone you would suggest/, tone);
    }
  });

  test('the “not now” thank-you does not thank an indirect leader for honesty, and names the month before “until then”', () => {
    const note = render('thank-you', exampleWith({ ...declined, culture: { communication: 'indirect' } }));
    const notNow = note.slice(note.indexOf('If the answer was “not now”'));
    assert.doesNotMatch(notNow, /honesty|plainly/);
    assert.ok(notNow.indexOf('in January') < notNow.indexOf('until then'), notNow);
  });

  test('after a no, the single conversation is at most 30 minutes, everywhere', () => {
    const input = exampleWith({ sessionMinutes: 45, firstResponse: 'declined', firstResponseWords: 'Unfortunately I cannot offer individual mentoring.' });
    for (const id of ['prep-doc', 'request-meeting', 'one-pager', 'brief', 'manager-first']) {
      const doc = render(id, input);
      assert.doesNotMatch(doc, /45/, id);
    }
    assert.match(render('prep-doc', input), /a single conversation of 30 minutes/);
  });

  test('no reply in a hierarchy: ask in writing or through their assistant, never in passing; research checks the first message arrived', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'no-reply' }));
    assert.match(section(doc, 'The script'), /never in passing/);
    assert.doesNotMatch(doc, /catch them after a meeting/);
    assert.match(section(doc, 'Research before the meeting'), /Check that it reached them/);
    assert.doesNotMatch(section(doc, 'Research before the meeting'), /anyone who was there/);
  });

  test('after silence the formal opening says “I know how many…” once, and does not name the word they ignored', () => {
    const opening = section(render('prep-doc', exampleWith({ firstResponse: 'no-reply' })), 'The script').split('### 2.')[0]!;
    assert.strictEqual((opening.match(/I know how many/g) ?? []).length, 1, opening);
    assert.doesNotMatch(opening, /mentorship/);
  });

  test('a written no that pointed to a program: the reply and the request say you applied; no escalation line; no “no becomes yes” after the second ask', () => {
    const input = exampleWith({ relationship: 'skip-level', firstResponse: 'declined', firstResponseWords: 'Unfortunately I cannot offer individual mentoring. Please contact HR about the cross-agency mentoring programme.' });
    const reply = render('no-reply', input);
    assert.match(section(reply, 'If the answer was no'), /I have applied to the mentoring programme, as you suggested/);
    assert.doesNotMatch(reply, /let my manager know|update my manager/);
    assert.doesNotMatch(reply, /often turns into a yes/);
    assert.match(render('request-meeting', input), /I have applied to the mentoring programme, as you suggested/);
  });

  test('in the one conversation a written no granted: the brief states the question, nothing schedules a meeting you are in, equal treatment ranks high in the public sector', () => {
    const input = exampleWith({ relationship: 'skip-level', organization: 'public-sector', culture: { communication: 'direct', hierarchy: 'hierarchical' }, firstResponse: 'declined', firstResponseWords: 'Unfortunately I cannot offer individual mentoring. Please contact HR about the cross-agency mentoring programme.' });
    const brief = render('brief', input);
    assert.match(brief, /\*\*The question:\*\* “As I wrote, this conversation is all I am asking for/);
    assert.doesNotMatch(brief, /a single conversation of|\*\*The bridge/);
    assert.doesNotMatch(brief, /\[delete unless|“[^”]*my manager first/, 'no claim about the manager inside a spoken line');
    const cards = section(render('prep-doc', input), 'Objections and answers');
    assert.doesNotMatch(cards, /find some time|check with a few people/);
    const top = [...render('brief', input).matchAll(/^\d\. \*\*“(.+?)”\*\*/gm)].map((m) => m[1]!);
    assert.ok(top.some((t) => /do it for everyone/.test(t)), top.join(' | '));
  });

  test('after a no or silence: the arrangement advice is about the one conversation, the header says where the rhythm went, and the wording is not a series', () => {
    const input = exampleWith({ firstResponse: 'no-reply', cadence: 'monthly' });
    const doc = render('prep-doc', input);
    assert.match(doc, /the rhythm in your profile waits until they offer a second one/);
    assert.doesNotMatch(section(doc, 'Your relationship and the culture'), /choose the rhythm and the format|which rhythm and format/);
    assert.match(render('first-checkin', input), /Pre-read for our conversation on/);
    assert.match(render('brief', input), /After their silence this meeting is your one more ask/);
  });
});
