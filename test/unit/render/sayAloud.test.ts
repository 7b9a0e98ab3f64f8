// Every line of the script, the brief and the one-pager can be said as written: nothing in brackets
// when an answer is missing, the problem named in the short versions, one rule for what to do
// when they need time, totals that agree, and thanks and sign-offs said once.
import * as assert from 'assert';
import { exampleWith, render, section, cto, crossTeam, written } from './helpers';

const spoken = (doc: string) => doc.split('\n').filter((l) => l.startsWith('> **You:**'));
const thirty = (doc: string) => /\*\*The 30-second version:\*\* “(.+)”/.exec(doc)?.[1] ?? '';

suite('Lines you can say aloud: the script, the 30-second version, the brief and the one-pager', () => {
  test('no expertiseApplied or initiative: the script, brief and one-pager say nothing in brackets', () => {
    const input = exampleWith({ expertiseApplied: '', leader: { name: 'Dana Okafor', role: 'CTO', expertise: 'scaling Postgres' } });
    for (const line of spoken(render('script', input))) assert.ok(!line.includes('[fill in'), line);
    const brief = render('brief', input);
    const bridge = brief.split('\n').find((l) => l.includes('The bridge'))!;
    assert.ok(bridge && !bridge.includes('[fill in'), bridge);
    const pager = render('one-pager', input);
    assert.ok(!/\[fill in: a project or initiative/.test(pager), 'the one-pager drops the initiative clause');
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

  test('the trial’s time counts the sessions once, and the review is named on its own', () => {
    const pager = render('one-pager', exampleWith({ cadence: 'monthly', sessionMinutes: 30, format: 'meetings' }));
    assert.match(pager, /about three sessions of 30 minutes in three months, some 90 minutes in all, then a 20-minute review/);
  });

  test('the one-pager opens with its bottom line in every culture and relationship, and claims nothing about the organization', () => {
    for (const culture of [{ communication: 'indirect', hierarchy: 'hierarchical' }, { communication: 'direct', hierarchy: 'flat' }]) {
      const pager = render('one-pager', exampleWith({ culture, relationship: 'cross-team' }));
      assert.match(pager, /^\*\*(?:In one sentence|In short):\*\*/m);
      assert.doesNotMatch(pager, /Other teams will copy|a wrong call spreads|At your level/);
    }
  });

  test('no time: the script states the cost; the lighter version waits for the card', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'no-time', culture: { communication: 'direct', hierarchy: 'flat' } }));
    const ask = section(doc, 'The script').split('### 3.')[1]!.split('### 4.')[0]!;
    assert.doesNotMatch(ask, /too much/i);
    assert.match(section(doc, 'Objections and answers'), /lighter/);
  });

  test('the brief’s 30-second ask names the problem', () => {
    const brief = render('brief', cto());
    assert.match(brief, /\*\*The 30-second ask:\*\* “I am working on the problem that our three product teams each built their own integration to SAP/);
  });

  test('no reference to a document the reader was never told how to get', () => {
    for (const input of [cto(), crossTeam(), written(), exampleWith({ relationship: 'skip-level' })]) {
      for (const id of ['prep-doc', 'script', 'request-meeting']) {
        const doc = render(id, input);
        assert.doesNotMatch(doc, /the manager-first document|Use the first check-in agenda|the request document/, id);
      }
    }
    assert.match(render('prep-doc', cto()), /[Tt]he “Manager first” template in Mentorship Prep/);
  });

  test('their milestone opens the script; no second way out in the middle of the ask', () => {
    const doc = render('prep-doc', crossTeam());
    const script = section(doc, 'The script');
    assert.match(script, /You said to come back after the Q3 launch\. Here’s a small, specific ask\./);
    assert.doesNotMatch(script, /Still not the moment/);
    assert.match(section(doc, 'The ask in one paragraph'), /They put it off until after the Q3 launch: an answer about timing, not a no\./);
  });

  test('what to do when they need time: the brief and the script’s line follow one rule', () => {
    // Put off with a come-back named: one timing for "later" again, the month agreed before you leave
    // (no month is known after "the Q3 launch"), in the brief and the script's line; no "next week" beside it.
    const direct = crossTeam();
    assert.match(render('brief', direct), /If they put it off again, agree on a month before you leave/);
    assert.match(section(render('prep-doc', direct), 'The script'), /Which month (?:would suit|suits) you better\?/);
    assert.doesNotMatch(render('brief', direct) + section(render('prep-doc', direct), 'The script'), /next week/);
    // Without a come-back, the direct rule is still to check back once, next week.
    const lukewarm = cto({ culture: { communication: 'direct', hierarchy: 'flat' }, relationship: 'cross-team', organization: 'scale-up', tone: 'concise', firstResponse: 'noncommittal', cadence: 'biweekly', format: 'meetings' });
    assert.match(render('brief', lukewarm), /check back once, next week/);
    const indirect = cto();
    assert.match(render('brief', indirect), /offer dates once; no reply within two weeks is a no/);
    assert.doesNotMatch(render('brief', indirect), /do not chase/);
  });

  test('the script’s total and the one-pager’s agree: sessions, then the review named on its own', () => {
    const input = exampleWith({ firstResponse: 'no-time', cadence: 'monthly', sessionMinutes: 15, relationship: 'executive', culture: { communication: 'direct', hierarchy: 'hierarchical' } });
    assert.match(section(render('prep-doc', input), 'The script'), /about 45 minutes, plus a 15-minute review, of your time in calls over three months/);
    assert.match(render('one-pager', input), /some 45 minutes in all, then a 15-minute review/);
  });

  test('the first check-in’s aim is their critique of your decision, drawing on their experience', () => {
    assert.match(render('first-checkin', exampleWith({})), /Leave with their critique of one decision you face on the challenge/);
  });

  test('sign-offs and thanks said once', () => {
    const update = render('async-update', exampleWith({ tone: 'concise' }));
    assert.doesNotMatch(update, /Thanks\.\n\nBest,/);
    assert.doesNotMatch(render('no-reply', exampleWith({})), /consider my request, and for considering it/);
  });

  test('one thank-you in a no-time closing, no “even mid-sentence”, and the 30-second version in two sentences', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'no-time', tone: 'warm', relationship: 'executive', culture: { communication: 'direct', hierarchy: 'hierarchical' } }));
    const script = section(doc, 'The script');
    const closing = script.split('### 5.')[1] ?? script.split('Closing')[1]!;
    assert.ok((closing.match(/[Tt]hank/g) ?? []).length <= 1, closing);
    assert.doesNotMatch(script, /mid-sentence/);
    assert.match(doc, /\*\*The 30-second version:\*\* “I’m working on scaling our API gateway for 10x user load\. Your experience with/);
  });

  test('small wording: no capital after a colon, no “If not, we stop”, no British “neighbours”, a single conversation is what was agreed, not a rhythm', () => {
    assert.doesNotMatch(render('no-reply', exampleWith({ relationship: 'former-manager', tone: 'warm' })), /suggestion: [A-Z]/);
    const concise = render('one-pager', exampleWith({ tone: 'concise', culture: { communication: 'direct', hierarchy: 'flat' } }));
    assert.doesNotMatch(concise, /If not, we stop|neighbours/);
    assert.match(render('thank-you', exampleWith({ firstResponse: 'no-reply' })), /\*\*What we agreed:\*\* a single conversation/);
    assert.match(render('first-checkin', exampleWith({ format: 'async', cadence: 'weekly' })), /Keep it under ten lines/);
    assert.doesNotMatch(render('first-checkin', exampleWith({})), /What I would like from you:\*\* [^\n]*: /);
  });
});
