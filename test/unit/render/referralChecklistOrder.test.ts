// The checklist follows the referral rule (issue 21). The first message to the person they named goes
// out after the leader's word or your message to them (they said they would introduce you, or you ask
// whether to mention them, or you tell them first), so the checklist lists it after the step that
// contacts the leader; only "see X first, then come back" puts meeting that person first. Over the
// four doors, several phrasings and tones.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, section, render, TODAY } from './helpers';

const AFTER_THE_LEADER: { words: string; referTo: string }[] = [
  // They will tell the person first: wait for their word.
  { words: 'Khun Pimchanok is better than me for this, she did the whole switch. Let me tell her first, then you can go see her.', referTo: 'Khun Pimchanok' },
  { words: 'Talk to Marcos, he knows this better than I do. I’ll introduce you.', referTo: 'Marcos' },
  // Nothing said: you ask them whether to mention them.
  { words: 'Talk to Marcos, he knows this better than I do.', referTo: 'Marcos' },
  // Say I sent you: the leader hears it from you first.
  { words: 'Habla con Rocío Salazar, ella lleva toda la arquitectura de pagos; dile que vas de mi parte.', referTo: 'Rocío Salazar' },
  { words: 'Speak to Anna Berg, and tell her I sent you.', referTo: 'Anna Berg' },
];
const FIRST = { words: 'Go and see Farid Rahman first. After that, come see me if you still need me.', referTo: 'Farid Rahman' };

/** The ids of the prep doc's checklist, in order. */
function checklistIds(profile: Record<string, unknown>): string[] {
  const v = validateProfile(profile);
  assert.ok(v.ok, JSON.stringify(!v.ok && v.issues));
  return buildContext(v.profile, builtinGlossary(), TODAY).checklist.map((s) => s.id);
}

suite('The checklist follows the referral rule', () => {
  test('over doors, phrasings and tones: the person named is written to after the leader is contacted', () => {
    for (const c of AFTER_THE_LEADER) for (const tone of TONES) {
      const profile = exampleWith({ tone, firstResponse: 'referral', firstResponseWords: c.words, firstResponseDetails: { referTo: c.referTo } });
      const ids = checklistIds(profile);
      const where = `${c.words} / ${tone}: ${ids.join(', ')}`;
      assert.ok(ids.includes('write-to-referral'), where);
      assert.ok(ids.indexOf('book-meeting') < ids.indexOf('write-to-referral'), where);
      // The prep doc's checklist in the same order: the step to the person named is not the first of the two.
      const list = section(render('prep-doc', profile), 'Prep checklist').split('\n').filter((l) => l.startsWith('- ['));
      assert.ok(list.findIndex((l) => /the person they named/.test(l)) > ids.indexOf('book-meeting'), where);
    }
  });

  test('"see X first, then come back": meeting that person comes before the leader (the check can fail)', () => {
    for (const tone of TONES) {
      const list = section(render('prep-doc', exampleWith({ tone, firstResponse: 'referral', firstResponseWords: FIRST.words, firstResponseDetails: { referTo: FIRST.referTo } })), 'Prep checklist');
      const meet = list.indexOf('- [ ] Meet the person they named first');
      const ask = list.indexOf('- [ ] After that meeting, ask for a short conversation');
      assert.ok(meet >= 0 && ask > meet, `${tone}: ${list}`);
    }
  });
});
