// When the ask is written (no time, async, as needed), nothing asks for a room: no minutes in a
// subject or header, one attachment policy, a checklist that says send, attach and wait, and
// thank-yous that answer their reply.
import * as assert from 'assert';
import { exampleWith, render, section, written } from './helpers';
import { stepsFor } from '../../../src/core/checklist/steps';
import { validateProfile } from '../../../src/core/profile/validate';

const noTimeAsync = { firstResponse: 'no-time', firstResponseWords: 'My calendar is brutal this quarter.', format: 'async', cadence: 'as-needed', sessionMinutes: 15, tone: 'concise', relationship: 'former-manager' };

suite('A written ask: a message, not a meeting', () => {
  test('no time, and everything proposed is written: the ask is a message, not a meeting', () => {
    const script = section(render('prep-doc', exampleWith(noTimeAsync)), 'The message, part by part');
    assert.match(script, /ask in writing too: a message, not a meeting request, with the one-pager attached/);
    assert.doesNotMatch(script, /minutes, no more|The pause|booked for/);
    assert.match(script, /this needs none of your calendar: it is all in writing/);
  });

  test('the night-before brief of a written ask has no pause and nothing to bring into a room', () => {
    const brief = render('brief', exampleWith(noTimeAsync));
    assert.doesNotMatch(brief, /In the pause|count to five|\*Bring:/);
    // The wait is the script's own rule, word for word (one rule for the reminder).
    const after = /\*\*After you send it:\*\* (Then wait\..*send one short reminder.*)$/m.exec(brief);
    assert.ok(after, brief);
    assert.ok(render('prep-doc', exampleWith(noTimeAsync)).includes(`*${after[1]}*`), after[1]);
  });

  test('an async request leads with writing: no minutes in the subject, and no meeting offered beside it (one ask, issue 21)', () => {
    const request = render('request-meeting', exampleWith({ ...noTimeAsync, culture: { communication: 'direct', hierarchy: 'flat' } }));
    const subject = request.split('\n').find((l) => l.startsWith('**Subject:**'))!;
    assert.doesNotMatch(subject, /\bmin(?:utes)?\b/, subject);
    assert.match(request, /No meeting needed/);
    const body = request.slice(request.indexOf('**Subject:**'), request.indexOf('## As a chat message'));
    assert.ok(body.includes('written question'), body);
    assert.doesNotMatch(body, /\d+ minutes/, 'no meeting offered beside the written ask');
  });

  test('as needed: the script says “only when a decision is ready” once in the ask, and names the first question', () => {
    const script = section(render('prep-doc', exampleWith({ cadence: 'as-needed', format: 'meetings', tone: 'concise' })), 'The script');
    const ask = script.slice(script.indexOf('### 3.'), script.indexOf('### 4.'));
    assert.strictEqual((ask.match(/when a decision is ready|real decision/g) ?? []).length, 1, ask);
    assert.match(ask, /The first is the one I just described\./); // named, never claimed ready (issue 21)
  });

  test('an async first check-in names no minutes in its header', () => {
    const checkin = render('first-checkin', exampleWith({ format: 'async', cadence: 'weekly', sessionMinutes: 30 }));
    const header = checkin.split('\n').find((l) => l.startsWith('*In writing'))!;
    assert.ok(header, 'the header line is there');
    assert.doesNotMatch(header, /minutes/, header);
  });

  test('a written ask after “no time”: the checklist says send, attach and wait, and the doc has no room', () => {
    const r = validateProfile(exampleWith({ format: 'async', cadence: 'as-needed', firstResponse: 'no-time' }));
    assert.ok(r.ok);
    const titles = stepsFor(r.profile).map((s) => s.titleFor?.(r.profile) ?? s.title);
    assert.ok(titles.includes('Send the ask as one short written message'), titles.join(' | '));
    assert.ok(!titles.some((t) => /Book a short 1:1|pause and listen/.test(t)), titles.join(' | '));
    const doc = render('prep-doc', exampleWith({ format: 'async', cadence: 'as-needed', firstResponse: 'no-time' }));
    assert.doesNotMatch(doc.split('## The ask in one paragraph')[0]!, /In the meeting/);
    assert.doesNotMatch(section(doc, 'The message, part by part'), /no meeting|one-line no/i);
  });

  test('a written ask: the thank-you answers their reply, and the brief has no walk-away line', () => {
    const input = exampleWith({ format: 'async', cadence: 'as-needed', firstResponse: 'no-time' });
    const note = section(render('thank-you', input), 'The note');
    assert.match(note, /reply/);
    assert.doesNotMatch(note.replace(/today['’]s traffic/g, ''), /today|in the room/);
    assert.doesNotMatch(render('brief', input), /walk-away/);
  });

  test('a written ask: one attachment policy, no fragments, the calendar said once, no meeting words', () => {
    const input = written();
    const doc = render('prep-doc', input);
    const script = section(doc, 'The message, part by part');
    assert.doesNotMatch(script, /Decisions, not status reports|blind spots|Thanks for reading/);
    assert.strictEqual((script.match(/calendar/g) ?? []).length, 1, script);
    assert.match(script, /attached one-pager/);
    assert.match(render('request-meeting', input), /Attach the one-pager/);
    assert.match(render('brief', input), /Attach: the one-pager/);
    assert.match(render('brief', input), /\*\*First lines of the message:\*\*/);
    assert.doesNotMatch(doc, /Do not renegotiate in the room|when they tend to hold 1:1s|I have it with me|before the meeting\.\)/);
    // The written review names its three questions once.
    assert.ok((doc.match(/what was useful/g) ?? []).length <= 1);
  });

  test('“it’s attached” only when the ask is a written message; a live 1:1 has the write-up with you', () => {
    const live = render('objections', exampleWith({ format: 'meetings', cadence: 'weekly', tone: 'concise', culture: { communication: 'direct', hierarchy: 'flat' } }));
    assert.match(live, /I have it with me/);
    assert.doesNotMatch(live, /it’s attached/);
    // Async with no first answer yet: the ask is the first note itself, with the one-pager attached.
    const ownNote = render('objections', exampleWith({ format: 'async', cadence: 'weekly', tone: 'concise', culture: { communication: 'direct', hierarchy: 'flat' } }));
    assert.match(ownNote, /it’s attached/);
    const written = render('objections', exampleWith({ format: 'async', cadence: 'as-needed', tone: 'concise', firstResponse: 'no-time', culture: { communication: 'direct', hierarchy: 'flat' } }));
    assert.match(written, /it’s attached/);
  });

  test('a written ask: the “not now” thank-you answers their reply; a referral still asks for one written question', () => {
    const input = exampleWith({ format: 'async', cadence: 'as-needed', firstResponse: 'no-time', tone: 'concise', culture: { communication: 'direct', hierarchy: 'flat' } });
    const notNow = section(render('thank-you', input), 'If the answer was “not now”');
    assert.match(notNow, /Thanks for the reply/);
    assert.doesNotMatch(notNow, /hearing me out/);
    assert.doesNotMatch(render('objections', input), /one conversation with you/);
  });

  test('a written first check-in asks one question, not five', () => {
    const note = render('first-checkin', exampleWith({ format: 'async', cadence: 'weekly' }));
    assert.strictEqual((section(note, 'Questions worth asking').match(/^- “/gm) ?? []).length, 1);
    assert.ok((section(render('first-checkin', exampleWith({})), 'Questions worth asking').match(/^- “/gm) ?? []).length >= 4);
  });
});
