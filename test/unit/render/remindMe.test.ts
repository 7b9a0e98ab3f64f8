// "Remind me" is answered with the reminder they asked for. When a leader who put it off asks to be
// reminded ("remind me", "ping me", "nudge me", "give me a shout", "erinnern Sie mich", "recuérdame",
// "relance-moi"), the meeting request is a short reminder sent at the time or once the condition they
// named, not a fresh pitch; the prep doc's premise and the checklist say the same.
import * as assert from 'assert';
import { asksForReminder } from '../../../src/core/render/remindMe';
import { validateProfile } from '../../../src/core/profile/validate';
import { stepsFor } from '../../../src/core/checklist/steps';
import { exampleWith, renderAll } from './helpers';

const REMIND = [
  'Not now, after the go-live. Remind me once the cutover is stable.',
  'Ping me after the Q3 launch and we can talk.',
  'Nudge me in September, it is mad until then.',
  'Give me a shout once the reorg is done.',
  'Nicht jetzt. Erinnern Sie mich nach dem Go-live im März.',
  'Ahora no, recuérdame después del cierre de marzo.',
  'Pas maintenant. Relance-moi après la clôture de mars.',
];
const NOT_REMIND = ['Not now, after the go-live. Come back once the cutover is stable.', 'Let’s revisit after the Q3 launch.', 'I remember your last note, but not now.'];

const message = (doc: string) => doc.split('## The message')[1]!.split('## As a chat message')[0]!;

suite('"Remind me" is answered with the reminder they asked for', () => {
  test('the phrasings that ask to be reminded are read, and others are not', () => {
    for (const w of REMIND) assert.ok(asksForReminder(w), w);
    for (const w of NOT_REMIND) assert.ok(!asksForReminder(w), w);
  });

  test('over phrasings, tones and cultures, the request is the short reminder, the premise and the checklist agree', function () {
    this.timeout(120_000);
    for (const words of REMIND) for (const tone of ['formal', 'warm', 'concise']) for (const country of ['GB', 'PH', 'DE']) {
      const where = `${words} / ${tone} / ${country}`;
      const profile = exampleWith({ tone, culture: { country }, firstResponse: 'not-now', firstResponseWords: words });
      const docs = renderAll(profile);
      const request = message(docs['request-meeting']!);
      assert.match(request, /asked me to remind you/, `the reminder: ${where}`);
      assert.doesNotMatch(request, /Before (?:asking for|I ask for) any of your time|I’m working on|I am working on|a heads-up/i, `a fresh pitch: ${where}`);
      assert.match(docs['request-meeting']!.split('## The message')[0]!, /The reminder they asked for/, `the note: ${where}`);
      assert.match(docs['request-meeting']!.split('## As a chat message')[1]!, /asked me to remind you/, `the chat message: ${where}`);
      assert.match(docs['prep-doc']!, /They asked you to remind them: the meeting request is that reminder/, `the premise: ${where}`);
      assert.match(docs['prep-doc']!, /- \[ \] Send the short reminder they asked for, when they said, not before/, `the checklist: ${where}`);
      assert.doesNotMatch(docs['prep-doc']!, /Book a short 1:1/, `the checklist books a meeting: ${where}`);
    }
  });

  test('without "remind me", the request stays a request (the check can fail)', () => {
    for (const words of NOT_REMIND) {
      const docs = renderAll(exampleWith({ tone: 'warm', culture: { country: 'GB' }, firstResponse: 'not-now', firstResponseWords: words }));
      assert.doesNotMatch(docs['request-meeting']!, /remind you/, words);
      assert.doesNotMatch(docs['prep-doc']!, /They asked you to remind them/, words);
    }
  });

  test('the sidebar checklist names the reminder step for the same profiles', () => {
    const result = validateProfile(exampleWith({ firstResponse: 'not-now', firstResponseWords: REMIND[1] }));
    assert.ok(result.ok);
    const step = stepsFor(result.profile).find((s) => s.id === 'book-meeting')!;
    assert.strictEqual(step.titleFor?.(result.profile), 'Send the short reminder they asked for, when they said, not before');
  });
});
