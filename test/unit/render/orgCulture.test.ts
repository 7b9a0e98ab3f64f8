// What the organization and the culture change: no OKRs in the public sector, no assistant in a
// startup or a flat organization, the form of address in the hierarchy advice, a formal request
// for an introduction, and a cross-team opening that asks for advice.
import * as assert from 'assert';
import { exampleWith, render, section, crossTeam } from './helpers';


suite('Organization and culture: what is said, and to whom', () => {
  test('pointed to the program: the opening says you enrolled, and the setting says to do it first', () => {
    const script = section(render('prep-doc', exampleWith({ firstResponse: 'use-the-program', firstResponseWords: 'Please route this through the departmental mentoring scheme.' })), 'The script');
    assert.match(script, /the mentoring scheme, and I have applied|applied to the mentoring scheme/);
    assert.match(script, /Apply to the mentoring scheme before the meeting/);
  });

  test('public-sector research never says OKRs; a startup has no assistant to ask about', () => {
    const pub = render('prep-doc', exampleWith({ organization: 'public-sector' }));
    assert.doesNotMatch(pub, /OKRs/);
    const startup = section(render('prep-doc', exampleWith({ organization: 'startup', relationship: 'executive' })), 'Research before the meeting');
    assert.doesNotMatch(startup, /assistant/);
  });

  test('a warm tone toward a public-sector leader in an indirect hierarchy gets a note', () => {
    const doc = render('prep-doc', exampleWith({ tone: 'warm', organization: 'public-sector', culture: { communication: 'indirect', hierarchy: 'hierarchical' } }));
    assert.match(doc, /can read as too casual/);
  });

  test('an executive in a flat organization has no assistant in the script', () => {
    const script = section(render('prep-doc', exampleWith({ relationship: 'executive', organization: 'nonprofit', culture: { communication: 'direct', hierarchy: 'flat' } })), 'The script');
    assert.doesNotMatch(script, /assistant/);
  });

  test('cross-team: the opening asks for advice, not their people’s time', () => {
    const script = section(render('prep-doc', crossTeam()), 'The script');
    assert.match(script, /This needs your advice, not your people’s time\./);
    assert.doesNotMatch(render('prep-doc', crossTeam()), /owe your team nothing/);
  });

  test('formal: someone on their staff is an introduction you would be grateful for, not an order', () => {
    const script = section(render('prep-doc', exampleWith({ relationship: 'executive', organization: 'enterprise', culture: { communication: 'direct', hierarchy: 'hierarchical' } })), 'The script');
    assert.match(script, /I would be grateful for an introduction/);
    assert.doesNotMatch(script, /point me to them/);
    // Indirect: one exit in the ask; the staff referral is left to its card.
    const indirect = section(render('prep-doc', exampleWith({ relationship: 'executive', organization: 'enterprise' })), 'The script');
    assert.doesNotMatch(indirect, /someone on your staff/);
    const spokenAssistant = indirect.split('\n').filter((l) => l.startsWith('> **You:**') && l.includes('assistant')).length;
    assert.ok(spokenAssistant <= 2, indirect);
  });

  test('hours in words, and the hierarchy advice uses the form of address you chose', () => {
    assert.match(render('one-pager', exampleWith({ cadence: 'weekly', sessionMinutes: 20, format: 'meetings' })), /a little over four hours/);
    const nuance = section(render('prep-doc', exampleWith({ leader: { addressAs: 'Ana' } })), 'Your relationship and the culture');
    assert.match(nuance, /Address them as Ana and keep a more formal register/);
    assert.doesNotMatch(nuance, /Use their title/);
  });

  test('indirect: their own short non-answer is named in the premise; the executive ask stays short; the advance note’s subject names the topic', () => {
    const input = exampleWith({ relationship: 'executive', firstResponse: 'noncommittal', firstResponseWords: 'Let me think about it.' });
    const doc = render('prep-doc', input);
    assert.match(section(doc, 'The ask in one paragraph'), /In an indirect culture “Let me think about it” can be a polite no/);
    assert.doesNotMatch(section(doc, 'The script'), /frame each decision/);
    // The subject names the topic by its short name; the body names it in full (issue 23).
    const request = render('request-meeting', input);
    assert.match(request, /\*\*Subject:\*\* A request for your advice on the API gateway scaling/);
    assert.match(request, /I am working on scaling our API gateway for 10x user load/);
  });
});
