// An async format (or their words asking for the question in writing) governs every document: the first
// message is the question itself (the decision, options and a recommendation, no request for time), the
// script has no meeting setting, the thank-you thanks them for their answer, and the one-pager goes with
// that message rather than "before the meeting".
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { exampleWith, renderAll, section } from './helpers';

/** A reader profile of test/fixtures/reader-profiles/r18. */
export const r18 = (name: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/reader-profiles/r18', `${name}.json`), 'utf8')) as Record<string, unknown>;

const ASYNC_CASES: [string, Record<string, unknown>][] = [
  ['async, words unread (Chinese)', r18('tw-lin')],
  ['async, formal, indirect, skip-level, no first answer', exampleWith({ format: 'async' })],
  ['async, warm, direct, cross-team, noncommittal', exampleWith({ format: 'async', tone: 'warm', relationship: 'cross-team', culture: { communication: 'direct', hierarchy: 'flat' }, firstResponse: 'noncommittal' })],
  ['async, concise, executive, no first answer', exampleWith({ format: 'async', tone: 'concise', relationship: 'executive' })],
  ['meetings, their words: write your question down and send it', exampleWith({ format: 'meetings', tone: 'warm', firstResponseWords: 'I can’t meet regularly at the moment. Write your question down and send it to me, and I will answer when I can.' })],
  ['mixed, their words: send me your questions by email', exampleWith({ format: 'mixed', tone: 'concise', relationship: 'cross-team', firstResponseWords: 'My diary is packed this quarter. Send me your questions by email and I’ll reply when I can.' })],
];

/** The message itself, without the notes to the user (italic lines) and headings. */
const sent = (text: string): string => text.split('\n').filter((l) => l.trim() !== '' && !/^\s*\*[^*]/.test(l) && !/^#/.test(l)).join('\n');

suite('An async ask governs every document', () => {
  for (const [name, profile] of ASYNC_CASES) {
    test(`${name}: the request is the question itself, with options and a recommendation, and asks for no time`, () => {
      const request = sent(section(renderAll(profile)['request-meeting']!, 'The message'));
      assert.match(request, /\bMy recommendation:\*\*/, request);
      assert.doesNotMatch(renderAll(profile)['script']!, /\bthe ask is one conversation\b/);
      assert.doesNotMatch(request, /\b(?:perhaps I could send|may I send|could I send|would you be open to|minutes of your time)\b/i, request);
    });
    test(`${name}: the script has no meeting setting`, () => {
      const docs = renderAll(profile);
      for (const id of ['script', 'prep-doc']) {
        assert.doesNotMatch(docs[id]!, /Setting: a private, scheduled 1:1|\bscheduled 1:1 of \d+ minutes\b/, id);
      }
    });
    test(`${name}: the thank-you thanks them for their answer, not for a meeting`, () => {
      const note = sent(section(renderAll(profile)['thank-you']!, 'The note'));
      assert.doesNotMatch(note, /\bmeeting with me\b|\bfor your time today\b/i, note);
      assert.match(note, /\b(?:your answer|the answer|your reply to my note)\b/i, note);
      assert.doesNotMatch(note, /\bFirst note:\*\* I will send it\b/, note);
    });
    test(`${name}: the one-pager goes with the message, not before a meeting, and nothing says to follow up only in person`, () => {
      const docs = renderAll(profile);
      assert.doesNotMatch(docs['one-pager']!, /before the meeting/i);
      assert.doesNotMatch(docs['prep-doc']!, /Follow up in person or by phone, not only in writing/);
      assert.doesNotMatch(docs['async-update']!, /You normally talk live/);
    });
  }
});
