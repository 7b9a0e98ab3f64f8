// The channel they gave is the way in (issue 21). When the leader said "write to me", "email me", "drop
// me a line", "message me" (or „schreiben Sie mir“, „schick mir eine Mail“), the request goes by that
// channel and its note says so in their words; before a come-back they named, the note says that way
// in stays open as they offered it; and the async update never calls the two of you people who
// "normally talk live". Over phrasings, first answers, tones and countries; words naming no channel
// are the control.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

const PHRASINGS: { words: string; said: RegExp }[] = [
  { words: 'Once the audit is closed, come back to me. Till then, just email me.', said: /email me/i },
  { words: 'Not now. Write to me once the audit is closed and we will see.', said: /write to me/i },
  { words: 'Message me when the audit is closed, I read everything.', said: /message me/i },
  { words: 'Schreiben Sie mir, wenn das Audit abgeschlossen ist.', said: /schreiben Sie mir/i },
  { words: 'Schick mir eine Mail, sobald das Audit durch ist.', said: /schick mir/i },
];
const ANSWERS: { firstResponse: string; details: Record<string, string> }[] = [
  { firstResponse: 'not-now', details: { comeBackAfter: 'once the audit is closed' } },
  { firstResponse: 'yes-with-limits', details: { offered: 'a coffee when you have something concrete', limits: 'nothing regular' } },
];
const COUNTRIES = ['PK', 'DK', 'GB', 'DE'];
const LIVE = /normally talk live/;
const note = (doc: string) => doc.split('## The message')[0]!;

suite('The channel they gave is the way in', function () {
  this.timeout(300_000);
  test('over phrasings, answers, tones and countries: the request goes by their channel and says so; the update never says you talk live', () => {
    const problems: string[] = [];
    for (const w of PHRASINGS) for (const a of ANSWERS) for (const tone of TONES) for (const country of COUNTRIES) {
      const where = `${w.words} / ${a.firstResponse} / ${tone} / ${country}`;
      const docs = renderAll(exampleWith({ tone, format: 'meetings', culture: { country }, firstResponse: a.firstResponse, firstResponseWords: w.words, firstResponseDetails: a.details }));
      if (LIVE.test(docs['async-update']!)) problems.push(`${where}: the update says you normally talk live`);
      const top = note(docs['request-meeting']!);
      if (!new RegExp(`They said “${w.said.source}`, 'i').test(top)) problems.push(`${where}: the note does not name their channel: ${top.trim().slice(0, 240)}`);
      const meantime = /Until then/.test(top);
      if (a.firstResponse === 'not-now' && !meantime) problems.push(`${where}: before the come-back, the way in they offered is not said to stay open`);
      if (a.firstResponse !== 'not-now' && meantime) problems.push(`${where}: a meantime with no come-back`);
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('words naming no channel: you talk live, and no channel is named (the check can fail)', () => {
    for (const tone of TONES) {
      const docs = renderAll(exampleWith({ tone, format: 'meetings', culture: { country: 'GB' }, firstResponse: 'not-now', firstResponseWords: 'Let’s revisit after the Q3 launch.' }));
      assert.match(docs['async-update']!, LIVE, tone);
      assert.doesNotMatch(note(docs['request-meeting']!), /They said “/, tone);
    }
  });
});
