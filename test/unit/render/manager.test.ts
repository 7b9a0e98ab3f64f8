// Where the manager appears: once in a skip-level opening, before the short version in a
// hierarchy, never as a claim the user has not made, and in the manager talk with what the
// leader already said.
import * as assert from 'assert';
import { exampleWith, render, section } from './helpers';

suite('Your manager: named when the situation needs it, and told what the leader said', () => {
  test('“my manager supports it” is a line to add once that conversation has happened, never said unasked', () => {
    const script = render('script', exampleWith({ relationship: 'executive', culture: { communication: 'direct', hierarchy: 'hierarchical' } }));
    assert.ok(script.includes('My manager knows I am asking you.'), 'the line is there');
    assert.doesNotMatch(script, /supports|supportive|discussed this with my manager|talked this through/, 'it says only that they know');
    assert.match(script, /^\*If your manager already knows, add: “[^”]*my manager[^”]*”/im, 'offered as a line to add, outside what is said');
    assert.doesNotMatch(script, /^> \*\*You:\*\* “[^\n]*my manager (?:knows|first)/m, 'never inside a spoken line');
  });

  test('skip-level, sent to the manager: the opening mentions the manager once', () => {
    const script = section(render('prep-doc', exampleWith({ relationship: 'skip-level', firstResponse: 'ask-your-manager', culture: { hierarchy: 'hierarchical' } })), 'The script');
    const opening = script.slice(script.indexOf('### 1.'), script.indexOf('### 2.'));
    assert.strictEqual((opening.match(/my manager/g) ?? []).length, 1, opening);
  });

  test('the manager hears that the leader was already asked, and what they said', () => {
    const asked = section(render('manager-first', exampleWith({ firstResponse: 'noncommittal', firstResponseWords: 'Let me think about it.' })), 'The script');
    // What they said, in a few words of yours: their own words are not read out to a third person.
    assert.match(asked, /I asked Dana for some guidance recently, and the answer was friendly, but not a yes yet\. I would like/);
    assert.doesNotMatch(asked, /Let me think about it/);
    // The apology only when the profile says the manager was not told (managerKnows: false); unset, nothing is assumed (issue 21).
    assert.doesNotMatch(asked, /I should have (?:mentioned|told you) this/);
    const notTold = section(render('manager-first', exampleWith({ firstResponse: 'noncommittal', firstResponseWords: 'Let me think about it.', managerKnows: false })), 'The script');
    assert.match(notTold, /I should have told you this before I first asked, and I am sorry I did not\. I asked Dana for some guidance recently, and the answer was friendly, but not a yes yet\. I would like/);
    assert.doesNotMatch(asked, /I have been thinking of asking|I am planning to ask/);
    const silent = section(render('manager-first', exampleWith({ firstResponse: 'no-reply' })), 'The script');
    assert.match(silent, /have not had a reply/);
    const no = section(render('manager-first', exampleWith({ firstResponse: 'declined', firstResponseWords: 'Unfortunately I cannot offer individual mentoring. Please contact HR about the mentoring programme.' })), 'The script');
    assert.match(no, /I asked Dana about mentoring, and the answer was no\./);
    assert.doesNotMatch(no, /every session/);
    // Never asked: the plan, as before.
    assert.match(section(render('manager-first', exampleWith({})), 'The script'), /I have been thinking of asking Dana /);
  });

  test('skip-level: the manager line is in the opening after a no and after silence too', () => {
    for (const patch of [{ firstResponse: 'no-reply' }, { firstResponse: 'not-now', firstResponseWords: 'Unfortunately I cannot take this on.' }]) {
      const opening = section(render('prep-doc', exampleWith({ relationship: 'skip-level', ...patch })), 'The script').split('### 2.')[0]!;
      assert.match(opening, /If your manager already knows, add: “My manager knows I am here, and why\.”/, JSON.stringify(patch));
    }
  });

  test('in a hierarchy the manager is named before the short version; cross-team’s “this needs your advice” follows it', () => {
    const exec = section(render('prep-doc', exampleWith({ relationship: 'executive', tone: 'warm', culture: { communication: 'direct', hierarchy: 'hierarchical' } })), 'The script').split('### 2.')[0]!;
    assert.ok(exec.indexOf('My manager knows') > 0 && exec.indexOf('My manager knows') < exec.indexOf('the short version'), exec);
    assert.match(exec, /If your manager already knows, add: “My manager knows/);
    assert.doesNotMatch(exec, /^> \*\*You:\*\* “[^\n]*my manager knows/im);
    const cross = section(render('prep-doc', exampleWith({ relationship: 'cross-team', tone: 'concise', culture: { communication: 'direct', hierarchy: 'flat' } })), 'The script').split('### 2.')[0]!;
    assert.ok(cross.indexOf('Short version first') < cross.indexOf('This needs your advice'), cross);
  });

  test('flat: the advice does not tell you to mention your manager in the ask the script does not have, nor call a channel they named odd', () => {
    const input = exampleWith({ culture: { communication: 'indirect', hierarchy: 'flat' }, relationship: 'cross-team', firstResponse: 'use-the-program', firstResponseWords: 'Have you tried the architecture guild?' });
    const doc = render('prep-doc', input);
    assert.doesNotMatch(section(doc, 'Why leaders hesitate, and what to do about it'), /say in the ask that you did/);
    assert.doesNotMatch(section(doc, 'Your relationship and the culture'), /a formal channel would feel odd/);
    assert.match(section(doc, 'Your relationship and the culture'), /they pointed you to the architecture guild/i);
  });
});
