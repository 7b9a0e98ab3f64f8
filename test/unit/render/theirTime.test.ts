// A come-back time in their words wins over the calendar (issue 21, the last fresh reader's second
// finding): "until our Q1 planning wraps" became "When to ask: before Dec 14 or from Jan 4", and the
// NIK audit that kept a leader busy was never acknowledged where the come-back was said.
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';
import { busyWithIn } from '../../../src/core/render/firstAnswer';

const whenLine = (doc: string): string => doc.split('\n').find((l) => l.includes('**When to ask:**')) ?? '';

suite('Their time, and what kept them busy', () => {
  test('"When to ask" follows the time their words named; the calendar only adds notes', function () {
    this.timeout(300_000);
    const problems: string[] = [];
    const cases: [string, string, string][] = [
      ['when Q1 planning wraps', 'I’m underwater until our Q1 planning wraps, so calls are a non-starter. Send me questions in writing.', 'US'],
      ['until the reorg is done', 'Happy to answer questions by email, but not until the reorg is done.', 'GB'],
      ['after our board offsite', 'Glad to have a coffee after our board offsite, but nothing regular.', 'DE'],
      ['once the migration lands', 'Happy to do a call once the migration lands, but no standing slot.', 'NL'],
    ];
    for (const [comeBackAfter, words, country] of cases) {
      for (const tone of ['formal', 'warm', 'concise']) {
        const docs = renderAll(exampleWith({ tone, culture: { country }, firstResponse: 'yes-with-limits', firstResponseWords: words,
          firstResponseDetails: { offered: 'answers to written questions', limits: 'nothing regular', comeBackAfter } }));
        const line = whenLine(docs['prep-doc']!);
        const theirs = comeBackAfter.replace(/\bour\b/, 'their');
        if (!line.includes(theirs)) problems.push(`${country}/${tone} prep-doc: ${line}`);
        if (/\bbefore \w+ \d+|\bfrom \w+ \d+|\bfrom \d+ \w+/.test(line)) problems.push(`${country}/${tone} the calendar decides: ${line}`);
        if (!docs['request-meeting']!.includes(theirs)) problems.push(`${country}/${tone} request-meeting: their time is not said`);
      }
    }
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
  });

  test('what kept them busy is read from their words', () => {
    const cases: [string, string | undefined][] = [
      ['until majówka I don’t have a head for anything except the NIK audit. Write to me after the long weekend.', 'the NIK audit'],
      ['I’m busy with the platform migration until June.', 'the platform migration'],
      ['We are swamped with our annual audit, come back after it.', 'the annual audit'],
      ['Honestly I’m heads-down on the board pack right now, so later.', 'the board pack'],
      ['Not now, ask me after the summer.', undefined],
    ];
    for (const [words, busy] of cases) assert.strictEqual(busyWithIn(words), busy, words);
  });

  test('after a not now, the script and the request acknowledge what kept them busy where the come-back is said', function () {
    this.timeout(300_000);
    const problems: string[] = [];
    const cases: [string, string, string][] = [
      ['Until majówka I don’t have a head for anything except the NIK audit. Write to me after the long weekend.', 'after the long weekend', 'the NIK audit'],
      ['I’m busy with the platform migration. Come back after the summer.', 'after the summer', 'the platform migration'],
      ['We are swamped with our annual audit; try me after the audit closes.', 'after the audit closes', 'the annual audit'],
    ];
    for (const [words, comeBackAfter, busy] of cases) {
      for (const tone of ['formal', 'warm', 'concise']) {
        const docs = renderAll(exampleWith({ tone, firstResponse: 'not-now', firstResponseWords: words, firstResponseDetails: { comeBackAfter } }));
        for (const id of ['script', 'request-meeting']) {
          const spoken = docs[id]!.split('\n').filter((l) => !l.includes('They said:') && !l.includes('what they said last time'));
          if (!spoken.some((l) => l.includes(`${busy} `) && l.includes(comeBackAfter))) problems.push(`${tone} ${id}: ${busy} not acknowledged with ${comeBackAfter}`);
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
  });
});
