// Their limits are obeyed everywhere (issue 21): after "no decks", "no slides", "no documents" or "keep it
// short", no document tells you to bring, attach or send a one-pager, a write-up or a pre-read; the
// preparation is in the message itself (three lines of context, your pick, and why). The one-pager
// template says it is not to be sent.
import * as assert from 'assert';
import { FIRST_RESPONSES, TONES } from '../../../src/core/profile/profile';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { exampleWith, render } from './helpers';

const LIMITS = [
  'Send me a WhatsApp when you\'re stuck on something concrete, I\'ll answer when I can. No decks.',
  'Write to me with a specific question and I\'ll answer. No slides, please.',
  'Happy to give you a view on one decision. No documents, just tell me what you need.',
  'Sure, one question at a time, but keep it short.',
];

/** A line that has you send, bring or attach a document. */
const PAPER = /(?<!\bno )\bone-page(?:r)?\b|\bwrite-up\b|\bpre-read\b|(?<!\bNothing to |obligation )\battach(?:ed)?\b/i;

function profile(words: string, tone: string, firstResponse: string, i: number): Record<string, unknown> {
  return exampleWith({
    tone, firstResponse, firstResponseWords: words,
    format: 'async', cadence: 'as-needed', relationship: i % 2 ? 'cross-team' : 'executive',
    culture: { communication: i % 3 ? 'direct' : 'indirect', hierarchy: 'flat' },
    valueYouBring: 'a short note of what we decided',
    ...(firstResponse === 'yes-with-limits' ? { firstResponseDetails: { offered: 'answers to a specific written question' } } : {}),
  });
}

suite('Their limits on documents are obeyed in every document', () => {
  test('after a written yes with limits, over phrasings, tones, relationships and cultures, nothing is sent, brought or attached on paper', function () {
    this.timeout(300_000);
    const problems: string[] = [];
    let i = 0;
    for (const words of LIMITS) {
      for (const tone of TONES) {
        for (const firstResponse of ['yes-with-limits']) {
          const p = profile(words, tone, firstResponse, i++);
          for (const id of Object.keys(BUILTIN_TEMPLATES)) {
            // The one-pager is checked below; the talk with your own manager sends the leader nothing.
            if (id === 'one-pager' || id === 'next-checkin' || id === 'manager-first') continue;
            for (const line of render(id, p).split('\n')) {
              if (!line.includes('*Try:*') && PAPER.test(line)) problems.push(`${id}/${tone}/${firstResponse}/${words.slice(0, 20)}: ${line.trim().slice(0, 160)}`);
            }
          }
          if (!/Not to send/.test(render('one-pager', p).split('\n').slice(0, 4).join(' '))) problems.push(`one-pager/${tone}/${firstResponse}: it does not say it is not to be sent`);
        }
      }
    }
    assert.deepStrictEqual([...new Set(problems.map((x) => x.replace(/^[^:]*: /, '')))].slice(0, 40), []);
  });

  test('the counter-move to a doubt about readiness shows the preparation in the message, over first answers and tones', () => {
    let i = 0;
    for (const words of LIMITS) {
      for (const tone of TONES) {
        for (const firstResponse of ['not-ready', 'no-time', 'yes-with-limits']) {
          const doc = render('prep-doc', profile(words, tone, firstResponse, i++));
          assert.doesNotMatch(doc, /Bring a one-page write-up/, `${tone}/${firstResponse}/${words.slice(0, 20)}`);
          if (/They doubt your readiness/.test(doc)) assert.match(doc, /three lines of context, your pick, and why/, `${tone}/${firstResponse}`);
        }
      }
    }
  });
  test('after every other first answer, over phrasings, tones and relationships, nothing is sent, brought or attached on paper', function () {
    this.timeout(600_000);
    const problems: string[] = [];
    let i = 0;
    for (const firstResponse of FIRST_RESPONSES.filter((f) => f !== 'yes-with-limits')) {
      for (const [k, words] of LIMITS.entries()) {
        const tone = TONES[(i + k) % TONES.length]!;
        const p = profile(words, tone, firstResponse, i++);
        for (const id of Object.keys(BUILTIN_TEMPLATES)) {
          if (id === 'one-pager' || id === 'next-checkin' || id === 'manager-first') continue;
          for (const line of render(id, p).split('\n')) {
            // "nothing recurring attached", "with no ask attached": no document.
            const paper = line.replace(/\b(?:recurring|ask) attached\b/g, '');
            if (!line.includes('*Try:*') && PAPER.test(paper)) problems.push(`${id}/${firstResponse}: ${line.trim().slice(0, 160)}`);
          }
        }
        if (!/Not to send/.test(render('one-pager', p).split('\n').slice(0, 4).join(' '))) problems.push(`one-pager/${firstResponse}: it does not say it is not to be sent`);
      }
    }
    assert.deepStrictEqual([...new Set(problems)].slice(0, 60), []);
  });
});
