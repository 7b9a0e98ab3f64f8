// What the fifth fresh reader found, each pinned.
import * as assert from 'assert';
import { exampleWith, render, section } from './helpers';
import { comeBackFrom, soundsLikeNo } from '../../../src/core/render/slots';

suite('Fifth reader', () => {
  test('“I don’t take on individual mentees” is a no', () => {
    assert.ok(soundsLikeNo('Thanks for asking. I don\'t take on individual mentees; please apply to the Mentor Circle in the spring.'));
    assert.ok(soundsLikeNo('I do not take on mentoring at the moment.'));
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

  test('a written ask: the thank-you answers their reply, and the brief has no walk-away line', () => {
    const input = exampleWith({ format: 'async', cadence: 'as-needed', firstResponse: 'no-time' });
    const note = section(render('thank-you', input), 'The note');
    assert.match(note, /reply/);
    assert.doesNotMatch(note.replace(/today['’]s traffic/g, ''), /today|in the room/);
    assert.doesNotMatch(render('brief', input), /walk-away/);
  });

  test('an executive in a flat organization has no assistant in the script', () => {
    const script = section(render('prep-doc', exampleWith({ relationship: 'executive', organization: 'nonprofit', culture: { communication: 'direct', hierarchy: 'flat' } })), 'The script');
    assert.doesNotMatch(script, /assistant/);
  });

  test('“after the Q3 launch” is their milestone: the card comes back after it, not at the start of next quarter', () => {
    assert.deepStrictEqual(comeBackFrom('Let\'s revisit after the Q3 launch.'), { when: 'after the Q3 launch', objection: 'Let’s revisit after the Q3 launch.', named: true });
    const doc = render('prep-doc', exampleWith({ firstResponse: 'not-now', firstResponseWords: 'Let\'s revisit after the Q3 launch.' }));
    assert.doesNotMatch(doc, /start of next quarter/);
    assert.match(doc, /after the Q3 launch/);
  });
});
