// "Talk to X first" means the leader expects you to have talked to X before you see them: read so
// whether or not a way back is said, never for the leader's own first step ("let me talk to her
// first"); the documents do not state "we haven't spoken yet" as a fact, the script gives the line for
// once you have spoken with a visible note for not yet, and the checklist puts talking to X first.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { seeFirst } from '../../../src/core/render/referral';
import { stepsFor } from '../../../src/core/checklist/steps';
import { validateProfile } from '../../../src/core/profile/validate';
import { exampleWith, render } from './helpers';

const FIRST = [
  { words: 'Ya Lina, wallah I’m drowning this quarter. Talk to Rania Haddad first, she ran our depot sync.', referTo: 'Rania Haddad' },
  { words: 'You should speak with Anna Berg first; she owns the ledger.', referTo: 'Anna Berg' },
  { words: 'Honestly, chat to Priya Nair first. She built the thing.', referTo: 'Priya Nair' },
  { words: 'Go and see Encik Farid first.', referTo: 'Encik Farid' },
];
const NOT_FIRST = ['Let me talk to Rania first, then you can reach out to her.', 'I’ll speak with Anna first and let you know.', 'Rania Haddad is the one to ask; she ran our depot sync.'];

suite('"Talk to X first": you have talked to them before you see the leader', () => {
  test('read from the words with or without a way back; not the leader’s own first step', () => {
    for (const f of FIRST) assert.ok(seeFirst(f.words), f.words);
    for (const w of NOT_FIRST) assert.ok(!seeFirst(w), w);
  });

  test('the script says nothing of "not spoken yet" as a fact, gives the line for not yet in a note, and the checklist puts talking to them first', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const f of FIRST) for (const country of ['JO', 'MY', 'SE']) {
      const profile = exampleWith({ tone, firstResponse: 'referral', firstResponseWords: f.words, firstResponseDetails: { referTo: f.referTo }, culture: { country } });
      const where = `${tone}/${country}/${f.referTo}`;
      const script = render('script', profile);
      const spoken = script.split('\n').filter((l) => l.startsWith('> **You:**') || /^\d\. \*\*“/.test(l)).join('\n');
      if (/haven’t spoken|have not spoken|not spoken yet/.test(spoken)) problems.push(`${where}: says not spoken yet as a fact`);
      if (!/once you have spoken/.test(script)) problems.push(`${where}: no visible choice for not yet`);
      const brief = render('brief', profile);
      if (/haven’t spoken|have not spoken|not spoken yet/.test(brief)) problems.push(`${where} brief: says not spoken yet`);
      // The first of the meeting phase's two contact steps (the leader, the person named) meets that person.
      const step = stepsFor(validateProfile(profile).profile!).find((s) => s.id === 'book-meeting' || s.id === 'write-to-referral');
      if (!step || !/first, as they asked/.test(step.title)) problems.push(`${where} checklist: ${step?.title ?? 'no step'}`);
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });
});
