// A yes with limits (issue 21, item 4): the ask is exactly what they offered, in their words, in
// every document, never shrunk to "a single written question" and never grown into a three-month
// trial. When what they offered is written ("only by email"), the second ask is a message too: no
// meeting to book, which is the one thing they ruled out.
import * as assert from 'assert';
import { CADENCES, FORMATS, RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { toYou } from '../../../src/core/render/rhythm';
import { exampleWith, render } from './helpers';

const OFFERED = 'an email exchange once a month';

function offeredProfile(patch: Record<string, unknown>): Record<string, unknown> {
  return exampleWith({
    firstResponse: 'yes-with-limits',
    firstResponseWords: 'Happy to, but only by email, once a month. My calendar has no room for more meetings.',
    firstResponseDetails: { offered: OFFERED, limits: 'only by email, once a month' },
    ...patch,
  });
}

/** Lines that say the ask is smaller than, or more than, what they offered. */
const NOT_WHAT_THEY_OFFERED: { name: string; pattern: RegExp }[] = [
  { name: 'shrunk to a single question', pattern: /\ba single written question\b|\bOne written question on one decision\b/i },
  { name: 'a trial on top', pattern: /\bfor (?:about )?three months\b|\bAfter three months\b/i },
  { name: 'a single conversation instead', pattern: /\ba single conversation of \d+ minutes\b/i },
];

suite('A yes with limits: the ask is what they offered', () => {
  test('every document names what they offered, and none shrinks it or adds a trial', function () {
    this.timeout(300_000);
    const problems: string[] = [];
    for (const tone of TONES) {
      for (const relationship of RELATIONSHIPS) {
        for (const format of FORMATS) {
          const profile = offeredProfile({ tone, relationship, format, cadence: CADENCES[(tone.length + format.length) % CADENCES.length] });
          for (const id of ['prep-doc', 'script', 'one-pager', 'request-meeting', 'thank-you', 'brief']) {
            const text = render(id, profile);
            // The "if they are still considering it" and "not now" notes of the thank-you are other situations.
            const checked = id === 'thank-you' ? text.split('## If they are still considering it')[0]! : text;
            if (!checked.includes(OFFERED)) problems.push(`${tone}/${relationship}/${format} ${id}: what they offered is never named`);
            for (const line of checked.split('\n')) {
              for (const w of NOT_WHAT_THEY_OFFERED) if (w.pattern.test(line)) problems.push(`${tone}/${relationship}/${format} ${id}: ${w.name}: ${line.trim().slice(0, 160)}`);
            }
          }
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 20), [], `${problems.length} problems`);
  });

  test('offered in writing, the second ask is a message: no meeting to book, no room to stand in', () => {
    for (const tone of TONES) {
      const profile = offeredProfile({ tone, format: 'async', relationship: 'executive' });
      const script = render('script', profile);
      assert.match(script, /Setting: they offered to answer in writing/, `${tone}: the script is a message`);
      assert.doesNotMatch(script, /private 1:1|booked for \d+ minutes|The pause/, `${tone}: no meeting in the script`);
      const prep = render('prep-doc', profile);
      assert.doesNotMatch(prep, /Book a short 1:1|at a startup there is usually no assistant/, `${tone}: no meeting in the checklist, no startup in an enterprise`);
      assert.doesNotMatch(render('brief', profile), /Thanks for the time/, `${tone}: a message does not thank them for a meeting`);
    }
  });

  test('offered in person, the ask is still what they offered, and the script is a meeting', () => {
    const profile = offeredProfile({ format: 'meetings', firstResponseWords: 'Happy to chat when I’m in London, but nothing regular.', firstResponseDetails: { offered: 'to chat when I’m in London', limits: 'nothing regular' } });
    const prep = render('prep-doc', profile);
    assert.match(prep, /what they offered, “to chat when they’re in London”/, 'told about them in the doc, quoted');
    // A chat when they are in town is that meeting itself: the script does not read their offer back and
    // take them up on it there; the opening keeps to the one question.
    assert.doesNotMatch(prep, /> \*\*You:\*\* .*take you up on/, 'read back to them at the meeting itself');
    assert.match(prep, /> \*\*You:\*\* .*one question I brought/, 'the opening keeps to the one question');
    assert.doesNotMatch(prep, /Setting: they offered their help in writing/);
    assert.ok(Object.keys(BUILTIN_TEMPLATES).length > 10);
  });
});

suite('Greeting a leader by title', () => {
  test('"Dr. Vogel" is greeted "Dear" in the concise and warm tones too; a given name keeps "Hi"', () => {
    for (const tone of ['concise', 'warm']) {
      const titled = render('request-meeting', exampleWith({ tone, leader: { addressAs: 'Dr. Vogel' } }));
      assert.match(titled, /^Dear Dr\. Vogel,$/m, tone);
      assert.doesNotMatch(titled, /\bHi Dr\. Vogel\b/, tone);
      assert.match(render('thank-you', exampleWith({ tone, leader: { addressAs: 'Dr. Vogel' } })), /^Dear Dr\. Vogel,$/m, `${tone} thank-you`);
      assert.match(render('request-meeting', exampleWith({ tone, culture: { hierarchy: 'flat' }, leader: { addressAs: 'Dana' } })), /^Hi Dana,$/m, `${tone} given name`);
    }
  });
});

suite('Their offer said back to them', () => {
  test('pronouns turn both ways, once: their "I" is "you", their "you" is "I" or "me"', () => {
    assert.strictEqual(toYou('coffee when I’m in town'), 'coffee when you’re in town');
    assert.strictEqual(toYou('one call a quarter, and ping me on Slack when you’re stuck'), 'one call a quarter, and ping you on Slack when I’m stuck');
    assert.strictEqual(toYou('a call if you send me the question first'), 'a call if I send you the question first');
    assert.strictEqual(toYou('my office hours, if you book them'), 'your office hours, if I book them');
    assert.strictEqual(toYou('an email exchange once a month'), 'an email exchange once a month');
    // Only the words just before a "you" decide its case, however long the text before it.
    assert.strictEqual(toYou(`${'we talked about the platform, '.repeat(15)}and when you send me a note, call`), `${'we talked about the platform, '.repeat(15)}and when I send you a note, call`);
    assert.strictEqual(toYou('you send me the question'), 'I send you the question');
    assert.strictEqual(toYou(`a call when${' '.repeat(30)}you ask`), `a call when${' '.repeat(30)}I ask`);
  });
});
