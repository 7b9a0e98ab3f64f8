// No claimed manager talk (issue 21, item 3). When the leader asked you to talk to your manager first,
// no spoken or sent line says you did unless the profile says your manager knows (`managerKnows: true`):
// the script says you will talk to them before anything is agreed, naming them as the leader did
// ("Talk to Marcos first" → Marcos). A name without "first" ("maybe talk to Marcos") is someone else.
import * as assert from 'assert';
import { proposeReading } from '../../../src/core/render/firstAnswer';
import { exampleWith, renderAll, TODAY } from './helpers';

const SENT_FIRST: { words: string; who: RegExp }[] = [
  { words: 'Talk to Marcos first, then we’ll see.', who: /\bMarcos\b/ },
  { words: 'Check with Ana first. If she’s fine with it, so am I.', who: /\bAna\b/ },
  { words: 'Have you talked to your manager about this first?', who: /\bmy manager\b/ },
  { words: 'Run it past Paulo first, please.', who: /\bPaulo\b/ },
];

/** A line said or sent that claims you already talked to your manager. */
const CLAIMED = /\bso I did\b|\bI did\.|\bI have talked it through with\b|\bI(?:’ve| have) (?:talked|spoken) (?:to|with) (?:my|him|her|them|Marcos|Ana|Paulo)\b|\btalked to my manager first\b|\bwho supports this\b/;

/** Lines said or sent: quoted script lines, the brief's lines, the request's message. */
const spokenOrSent = (docs: Record<string, string>): string[] => [
  ...docs.script!.split('\n').filter((l) => l.startsWith('> **You:**')),
  ...docs.brief!.split('\n').filter((l) => /“/.test(l) && !l.startsWith('*')),
  docs['request-meeting']!.split('## The message')[1] ?? '',
];

const opening = (script: string) => script.split(/### \d\. /).find((part) => /^Opening/.test(part)) ?? '';

suite('No claimed manager talk', () => {
  test('a name with "first" is your manager, read as "ask your manager"; without it, someone else', () => {
    for (const c of SENT_FIRST) assert.strictEqual(proposeReading(c.words, TODAY).response, 'ask-your-manager', c.words);
    assert.strictEqual(proposeReading('Maybe talk to Marcos, he ran the gateway work.', TODAY).response, 'referral');
  });

  test('over phrasings, tones and what the profile says, nothing claims the talk unless managerKnows is true', function () {
    this.timeout(300_000);
    for (const c of SENT_FIRST) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const managerKnows of [undefined, false, true]) {
          for (const confirmed of [true, false]) {
            const where = `${c.words} / ${tone} / managerKnows ${String(managerKnows)} / ${confirmed ? 'confirmed' : 'read'}`;
            const docs = renderAll(exampleWith({
              tone, relationship: 'cross-team', firstResponseWords: c.words,
              ...(confirmed ? { firstResponse: 'ask-your-manager' } : {}), ...(managerKnows === undefined ? {} : { managerKnows }),
            }));
            const open = opening(docs.script!);
            assert.match(open, c.who, `the one they named: ${where}`);
            if (managerKnows === true) continue;
            assert.match(open, /before (?:anything is agreed|we agree anything)/, `you will talk to them first: ${where}`);
            for (const line of spokenOrSent(docs)) assert.doesNotMatch(line, CLAIMED, `${where}: ${line.slice(0, 160)}`);
          }
        }
      }
    }
  });
});
