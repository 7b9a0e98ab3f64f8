// A script that is itself a written message said "My manager knows I’m here, and why." (a skip-level
// leader who answers in writing only). In writing it is "writing to you"; in a meeting, "here".
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';

const WRITTEN = [
  { firstResponse: 'yes-with-limits', firstResponseDetails: { offered: 'written answers to one question at a time', limits: 'no meetings' }, format: 'async' },
  { firstResponse: 'no-time', format: 'async' },
  { firstResponse: 'no-reply', format: 'async' },
];

suite('The manager line says where you are, and what the profile says the manager knows', () => {
  test('a written ask says “writing to you”, never “here”, in the script and the brief, over tones', () => {
    for (const w of WRITTEN) for (const tone of ['formal', 'warm', 'concise']) {
      const docs = renderAll(exampleWith({ relationship: 'skip-level', managerKnows: true, tone, cadence: 'as-needed', ...w }));
      for (const id of ['script', 'brief']) assert.doesNotMatch(docs[id]!, /know(?:s)? I(?: am|’m) here/, `${w.firstResponse} / ${tone} ${id}`);
      if (w.firstResponse === 'yes-with-limits') assert.match(docs['brief']!, /know(?:s)? I(?: am|’m) writing to you/, `${w.firstResponse} / ${tone} brief`);
      // The profile says the manager knows: the card does not tell the user to make sure of it.
      assert.doesNotMatch(docs['script']!, /only once your manager really knows/, `${w.firstResponse} / ${tone} script card`);
    }
  });

  test('a meeting still says “here” (the check can fail)', () => {
    const docs = renderAll(exampleWith({ relationship: 'skip-level', managerKnows: true, tone: 'concise', format: 'meetings', firstResponse: 'noncommittal' }));
    assert.match(docs['script']!, /My manager knows I’m here, and why\./);
    const unsaid = renderAll(exampleWith({ relationship: 'skip-level', tone: 'formal', cadence: 'as-needed', ...WRITTEN[0] }));
    assert.match(unsaid['script']!, /only once your manager really knows/, 'not said in the profile: the card still says to check');
  });
});
