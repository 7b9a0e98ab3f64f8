// A written exchange keeps no meeting headings (issue 21): when the ask is itself a message (time was
// the worry and everything is written, a written no-reply, an offer to answer in writing) or the
// document they offered to read, the prep doc's sections are named for writing: the message part by
// part, research before you write, what to do after you send it. A live ask keeps the meeting's.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, headings, LIBRARY, TODAY } from './helpers';

const WRITTEN: Record<string, Record<string, unknown>> = {
  'no time, all in writing': { firstResponse: 'no-time', firstResponseWords: 'My calendar is brutal this quarter.', format: 'async' },
  'no reply, all in writing': { firstResponse: 'no-reply', format: 'async' },
  'an offer to answer in writing': { firstResponse: 'yes-with-limits', firstResponseWords: 'Happy to answer specific written questions, but no calls.', firstResponseDetails: { offered: 'answers to specific written questions', limits: 'no calls' }, format: 'async' },
  'an offer to mark up a design doc': { firstResponse: 'yes-with-limits', firstResponseWords: 'Send your design doc over and I’ll mark it up.', firstResponseDetails: { offered: 'to mark up your design doc', limits: 'no meetings' }, format: 'mixed' },
};
const LIVE: Record<string, Record<string, unknown>> = {
  'not now, meetings': { firstResponse: 'not-now', firstResponseWords: 'Let’s revisit after the Q3 launch.', format: 'meetings' },
  'no time, mixed': { firstResponse: 'no-time', firstResponseWords: 'My calendar is brutal this quarter.', format: 'mixed' },
};

function prepHeadings(patch: Record<string, unknown>, language?: string): string[] {
  const result = validateProfile(exampleWith(patch));
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  const r = LIBRARY.render('prep-doc', buildContext(result.profile, builtinGlossary(), TODAY, { language }));
  if (!r.ok) assert.fail(JSON.stringify(r.problem));
  return headings(r.text).filter(([level]) => level === 2).map(([, text]) => text);
}

suite('A written exchange keeps no meeting headings', () => {
  test('the prep doc of a written ask names its sections for writing, in English and German', () => {
    for (const [name, patch] of Object.entries(WRITTEN)) {
      for (const tone of TONES) {
        const h = prepHeadings({ ...patch, tone });
        for (const meeting of ['The script', 'Research before the meeting', 'After the meeting']) assert.ok(!h.includes(meeting), `${name} / ${tone}: "${meeting}" in ${h.join(' | ')}`);
        for (const written of ['The message, part by part', 'Research before you write', 'After you send it']) assert.ok(h.includes(written), `${name} / ${tone}: no "${written}" in ${h.join(' | ')}`);
      }
      const de = prepHeadings(patch, 'de');
      assert.ok(de.includes('Nach dem Absenden') && !de.includes('Nach dem Gespräch'), `${name} / de: ${de.join(' | ')}`);
    }
  });

  test('a live ask keeps the meeting headings (the check can fail)', () => {
    for (const [name, patch] of Object.entries(LIVE)) {
      const h = prepHeadings(patch);
      for (const meeting of ['The script', 'Research before the meeting', 'After the meeting']) assert.ok(h.includes(meeting), `${name}: no "${meeting}" in ${h.join(' | ')}`);
    }
  });
});
