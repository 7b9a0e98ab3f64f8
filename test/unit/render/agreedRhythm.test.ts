// A yes with limits whose words or limits name a rhythm ("fifteen minutes, once a month", "every two
// weeks", "jednom mjesečno") agreed to that rhythm (issue 21): every document says the rhythm as agreed,
// never "a single conversation"; the request books the first one; the script does not pitch it again
// with a short version first, nor keeps a line for their no. Over phrasings, tones and countries.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

const CASES: { words: string; limits?: string; rhythm: RegExp }[] = [
  { words: 'Sure, fine. But fifteen minutes, once a month, and you bring the question. I’m not reading slide decks.', limits: 'fifteen minutes once a month, no slide decks', rhythm: /once a month/ },
  { words: 'Yes, but keep it to half an hour every month, and no homework for me.', rhythm: /every month/ },
  { words: 'OK. Twenty minutes once a fortnight, and you run the agenda.', rhythm: /once a fortnight/ },
  { words: 'Može, ali jednom mjesečno, pola sata, i bez prezentacija.', rhythm: /jednom mjesečno/ },
];
const COUNTRIES = ['IS', 'GB', 'HR'];
const SINGLE = /single conversation|one conversation of \d+|a single question/i;
const message = (doc: string) => doc.split('## The message')[1]!.split('## As a chat message')[0]!;

suite('A yes with limits that names a rhythm: the rhythm is agreed', function () {
  this.timeout(300_000);
  test('over phrasings, tones and countries: said as agreed, the first one booked, no re-pitch', () => {
    const problems: string[] = [];
    for (const c of CASES) for (const tone of TONES) for (const country of COUNTRIES) {
      const where = `${c.words.slice(0, 30)} / ${tone} / ${country}`;
      const docs = renderAll(exampleWith({
        tone, culture: { country }, cadence: 'monthly', sessionMinutes: 15, firstResponse: 'yes-with-limits', firstResponseWords: c.words,
        ...(c.limits ? { firstResponseDetails: { limits: c.limits } } : {}),
      }));
      for (const id of ['thank-you', 'prep-doc', 'one-pager', 'script', 'brief', 'request-meeting']) {
        if (SINGLE.test(docs[id]!)) problems.push(`${where}: ${id} says a single conversation: ${docs[id]!.match(new RegExp(`.*(?:${SINGLE.source}).*`, 'i'))?.[0]?.slice(0, 160)}`);
      }
      if (!c.rhythm.test(docs['thank-you']!.split('What we agreed')[1]?.split('\n')[0] ?? '')) problems.push(`${where}: the thank-you does not confirm the rhythm`);
      if (/“(?:but|ali|aber)\s/i.test(docs['thank-you']!)) problems.push(`${where}: the rhythm is quoted with its "but"`);
      if (!/first one/i.test(message(docs['request-meeting']!))) problems.push(`${where}: the request does not book the first one`);
      if (/short version first|Short version:|The short version/i.test(docs.script!)) problems.push(`${where}: the script pitches the agreed rhythm again`);
      if (/do not invent a rhythm|rarely, and only with a real decision/.test(docs['prep-doc']!)) problems.push(`${where}: the prep doc treats the rhythm they named as irregular`);
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('a yes with limits that names no rhythm keeps what they offered (the check can fail)', () => {
    const docs = renderAll(exampleWith({ tone: 'warm', culture: { country: 'GB' }, firstResponse: 'yes-with-limits', firstResponseWords: 'Fine, but nothing regular, and you bring the question.' }));
    assert.doesNotMatch(docs['thank-you']!, /once a month|every month/);
  });
});

suite('a reply time is not a rhythm', () => {
  test('"within a week", "in a month", "for a week" name when, not how often; "a week", "once a month" still do', async () => {
    const { rhythmNamed } = await import('../../../src/core/render/conditionalYes');
    for (const words of ['Write to me and I will answer within a week or so.', 'I can reply in a month.', 'I am away for a week.', 'Back after a month.'])
      assert.strictEqual(rhythmNamed(words), undefined, words);
    for (const words of ['Fifteen minutes a week.', 'Once a month, and you bring the question.', 'Every month is fine.'])
      assert.notStrictEqual(rhythmNamed(words), undefined, words);
  });
});
