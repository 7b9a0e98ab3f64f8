// A yes on a condition, once it is met, is taken up (issue 21). A not now whose come-back is a condition
// ("once the tender is published") and whose words or limits name a rhythm ("elke maand een kwartiertje",
// "15 minutes a month", "once a quarter") already said yes to that rhythm: the request and the script
// book the first one, saying their condition in the past ("once the tender was published") with a
// marked date for when it happened. It is not pitched again as a new ask with a way out ("if it's a
// no, that's fine"). Over phrasings, languages, tones and countries.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

const CASES: { words: string; after: string; limits?: string; past: RegExp }[] = [
  { words: 'Zodra de aanbesteding gepubliceerd is, kunnen we elke maand een kwartiertje inplannen.', after: 'once the tender is published', limits: 'a quarter of an hour a month', past: /once the tender was published/ },
  { words: 'Once the migration is live, we can do 15 minutes a month.', after: 'once the migration is live', past: /once the migration was live/ },
  { words: 'When the platform team is in place, let’s meet once a quarter.', after: 'when the platform team is in place', past: /when the platform team was in place/ },
  { words: 'Sobald du den Plan dem Vorstand vorgestellt hast, gern einmal im Monat.', after: 'once you’ve presented the plan to the board', limits: 'once a month', past: /once I had presented the plan to the board/ },
];
const COUNTRIES = ['BE', 'GB', 'DE'];
const message = (doc: string) => doc.split('## The message')[1]!.split('## As a chat message')[0]!;
const opening = (script: string) => script.split(/### \d\. /).find((part) => /^Opening/.test(part)) ?? '';

suite('A yes on a condition, once met, books the first one', function () {
  this.timeout(300_000);
  test('over phrasings, tones and countries: the request and the script take up the rhythm, in the past tense, with no way out', () => {
    const problems: string[] = [];
    for (const c of CASES) for (const tone of TONES) for (const country of COUNTRIES) {
      const where = `${c.after} / ${tone} / ${country}`;
      const docs = renderAll(exampleWith({
        tone, culture: { country }, firstResponse: 'not-now', firstResponseWords: c.words,
        firstResponseDetails: { comeBackAfter: c.after, ...(c.limits ? { limits: c.limits } : {}) },
      }));
      const request = message(docs['request-meeting']!);
      if (!c.past.test(request)) problems.push(`${where}: the request does not say their condition in the past: ${request.slice(0, 300)}`);
      if (!/\*\(date\)\*/.test(request)) problems.push(`${where}: no marked date for when it happened`);
      if (!/book the first one|first one/i.test(request)) problems.push(`${where}: the request does not book the first one`);
      if (/no, that’s|that’s completely fine|is a no|perfectly fine|if the timing/i.test(request)) problems.push(`${where}: a way out of a yes: ${request.slice(0, 300)}`);
      if (!c.past.test(opening(docs.script!))) problems.push(`${where}: the script's opening does not say their condition in the past`);
      if (/once the \w+ is published|Which month/.test(opening(docs.script!))) problems.push(`${where}: the opening waits for a condition already met`);
      if (/next real decision comes up|rarely, and only with a real decision/.test(docs.script!)) problems.push(`${where}: the script treats the rhythm they named as irregular`);
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('a condition with no rhythm named stays a not now (the check can fail)', () => {
    const docs = renderAll(exampleWith({ tone: 'warm', culture: { country: 'GB' }, firstResponse: 'not-now', firstResponseWords: 'Once the tender is published, come back to me.', firstResponseDetails: { comeBackAfter: 'once the tender is published' } }));
    assert.doesNotMatch(message(docs['request-meeting']!), /book the first one/);
    assert.match(docs['request-meeting']!, /\[fill in:/);
  });
});
