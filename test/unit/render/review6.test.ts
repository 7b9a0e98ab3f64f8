// What the sixth fresh reader found (three profiles read aloud), each pinned.
import * as assert from 'assert';
import { stepsFor } from '../../../src/core/checklist/steps';
import { validateProfile } from '../../../src/core/profile/validate';
import { comeBackFrom } from '../../../src/core/render/slots';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, render, section } from './helpers';

/** The profile that reader read as "A": a CTO who led the move to a modular monolith. */
const cto = (patch: Record<string, unknown> = {}) => exampleWith({
  leader: { name: 'Dr. Klaus Hoffmann', addressAs: 'Dr. Hoffmann', role: 'CTO', initiative: 'The move of the core banking platform to a modular monolith.', expertise: 'Domain-driven design for regulated systems' },
  challenge: 'Our three product teams each built their own integration to SAP and nobody owns the contracts.',
  expertiseApplied: 'how to draw ownership boundaries for shared integration contracts in his team\'s platform',
  valueYouBring: 'a tenancy and data-isolation review of his team\'s new collections service',
  relationship: 'executive', organization: 'enterprise', tone: 'formal',
  culture: { communication: 'indirect', hierarchy: 'hierarchical' },
  firstResponse: 'noncommittal', firstResponseWords: 'Interesting idea, let me see what I can do.',
  ...patch,
});

/** Reader 6's "C": direct, flat, concise, cross-team, "revisit after the Q3 launch". */
const crossTeam = () => cto({ culture: { communication: 'direct', hierarchy: 'flat' }, relationship: 'cross-team', organization: 'scale-up', tone: 'concise', firstResponse: 'not-now', firstResponseWords: 'Let\'s revisit after the Q3 launch.', cadence: 'biweekly', format: 'meetings' });

/** Reader 6's "B": a former manager, no time, as-needed and async. */
const written = () => exampleWith({ relationship: 'former-manager', firstResponse: 'no-time', cadence: 'as-needed', format: 'async', sessionMinutes: 15, tone: 'concise', culture: { communication: 'direct', hierarchy: 'flat' }, leader: { addressAs: 'James' } });

suite('Sixth reader', () => {
  test('a term the leader practises is asked about as their experience, not proposed to them', () => {
    const vocab = section(render('prep-doc', cto()), 'Vocabulary for this conversation');
    // Named among the terms; when it is one to use, its question asks about their own work.
    assert.match(vocab, /Modular Monolith/);
    const line = vocab.split('\n').find((l) => l.startsWith('- **Modular Monolith**'));
    if (line) assert.match(line, /On the move of the core banking platform to a modular monolith: what convinced you, and what would you do differently now\?/);
    assert.doesNotMatch(vocab, /if I proposed a modular monolith/);
  });

  test('no vocabulary question presumes what the leader did, and none is the "for our challenge" filler', () => {
    const vocab = section(render('prep-doc', cto()), 'Vocabulary for this conversation');
    const tries = [...vocab.matchAll(/\*Try:\* “(.+)”/g)].map((m) => m[1]!);
    assert.ok(tries.length >= 3, vocab);
    for (const t of tries) {
      if (t.startsWith('On the move')) continue; // their own work: true by definition
      assert.doesNotMatch(t, /\b(?:did you|you had to)\b|^(?:How did you|When you|Did )/, t);
      assert.doesNotMatch(t, /for our challenge/, t);
    }
  });

  test('every built-in question that presumes has a question for anyone', () => {
    const presumes = /^(?:How did you|When you|When your|What did you|How far ahead did you|Which investments|What framework did you|Was |At what|Did )|\b(?:did you|who negotiated|you had to)\b/i;
    const missing = builtinGlossary().filter((e) => presumes.test(e.howToSay ?? '') && !e.askAnyone);
    assert.deepStrictEqual(missing.map((e) => e.name), []);
    for (const e of builtinGlossary()) if (e.askAnyone) assert.doesNotMatch(e.askAnyone, presumes, e.name);
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

  test('a line wholly in italics holds no inner asterisk (nested emphasis breaks it)', () => {
    for (const input of [cto(), crossTeam(), written(), exampleWith({ relationship: 'skip-level' })]) {
      for (const id of ['prep-doc', 'script', 'request-meeting', 'brief']) {
        for (const line of render(id, input).split('\n')) {
          const m = /^\*([^*].*[^*])\*$/.exec(line);
          if (m) assert.doesNotMatch(m[1]!, /(?:^|\s)\*\S|\S\*(?:\s|$)/, `${id}: ${line}`);
        }
      }
    }
  });

  test('the leader is "they" in the narrative even when an answer says "his"', () => {
    const doc = render('prep-doc', cto());
    const narrative = doc.split('\n').filter((l) => !l.startsWith('> ')).join('\n');
    assert.doesNotMatch(narrative, /\bhis\b/);
    assert.match(section(doc, 'The script'), /your team’s platform/);
  });

  test('no "Relationship: an executive." label; the relationship reads as a phrase', () => {
    const doc = render('prep-doc', cto());
    assert.doesNotMatch(doc, /Relationship: an|relationship: an/);
    assert.match(doc, /Leader: Dr\. Klaus Hoffmann \(CTO\), an executive\./);
  });

  test('their milestone opens the script; no second way out in the middle of the ask', () => {
    const doc = render('prep-doc', crossTeam());
    const script = section(doc, 'The script');
    assert.match(script, /You said to come back after the Q3 launch\. Here’s a small, specific ask\./);
    assert.doesNotMatch(script, /Still not the moment/);
    assert.match(section(doc, 'The ask in one paragraph'), /They put it off until after the Q3 launch: an answer about timing, not a no\./);
  });

  test('cross-team: the opening asks for advice, not their people’s time', () => {
    const script = section(render('prep-doc', crossTeam()), 'The script');
    assert.match(script, /This needs your advice, not your people’s time\./);
    assert.doesNotMatch(render('prep-doc', crossTeam()), /owe your team nothing/);
  });

  test('what to do when they need time: the brief and the script’s line follow one rule', () => {
    const direct = crossTeam();
    assert.match(render('brief', direct), /check back once, next week/);
    assert.match(section(render('prep-doc', direct), 'The script'), /check back next week/);
    const indirect = cto();
    assert.match(render('brief', indirect), /offer dates once; no reply within two weeks is a no/);
    assert.doesNotMatch(render('brief', indirect), /do not chase/);
  });

  test('a written ask: one attachment policy, no fragments, the calendar said once, no meeting words', () => {
    const input = written();
    const doc = render('prep-doc', input);
    const script = section(doc, 'The script');
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

  test('"until the end of the quarter" comes back right after it, not "after the end … is over"', () => {
    assert.strictEqual(comeBackFrom('My calendar is full until the end of the quarter.').when, 'right after the end of the quarter');
    assert.doesNotMatch(render('brief', exampleWith({ firstResponse: 'no-time', firstResponseWords: 'My calendar is full until the end of the quarter.' })), /is over/);
  });

  test('the checklist reads what they said from their words too, as the doc does', () => {
    // No first response picked, only their words: the doc asks in writing, so must the checklist.
    const input = exampleWith({ format: 'async', cadence: 'as-needed', firstResponseWords: 'My calendar is brutal this quarter.' });
    const r = validateProfile(input);
    assert.ok(r.ok);
    const titles = stepsFor(r.profile).map((s) => s.titleFor?.(r.profile) ?? s.title);
    assert.ok(titles.includes('Send the ask as one short written message'), titles.join(' | '));
    assert.match(section(render('prep-doc', input), 'The script'), /in writing/);
  });
});
