// After a "not now" with a named month you come back in that month; the reply to a not now then and
// the thank-you's not-now version name the month three months on. A reader saw June beside the March
// she was told and took it for a mistake: the month is labelled as the one for a
// second "not now", in English and German.
import * as assert from 'assert';
import { renderDocument } from '../../../src/core/render/document';
import { validateProfile } from '../../../src/core/profile/validate';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, LIBRARY, TODAY } from './helpers';

const render = (template: string, language: string, patch: Record<string, unknown>) => {
  const v = validateProfile(exampleWith(patch));
  assert.ok(v.ok, JSON.stringify(!v.ok && v.issues));
  const out = renderDocument(LIBRARY, template, { profile: v.profile, glossary: builtinGlossary(), today: TODAY, language });
  assert.ok(out.ok);
  return out.text;
};
/** The not-now section: from its heading to the next heading. */
const notNowSection = (text: string): string => {
  const start = text.search(/^## .*(?:not now|nicht jetzt)/m);
  assert.ok(start >= 0, 'no not-now section');
  const rest = text.slice(start + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
};

suite('the month after a second "not now" is labelled as that', () => {
  const cases = [
    { language: 'en', named: 'March', later: 'June', label: /second “not now”: if March(?: 2027)? is still not the right time/ },
    { language: 'de', named: 'März', later: 'Juni', label: /zweites „nicht jetzt“: Wenn es auch im März(?: 2027)? noch nicht passt, sagt diese Antwort, dass Sie sich im Juni/ },
  ];
  for (const c of cases) {
    test(`${c.language}: the reply to a no and the thank-you name ${c.later} only after saying it is for a second not now after ${c.named}`, () => {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const template of ['no-reply', 'thank-you']) {
          const section = notNowSection(render(template, c.language, { tone, firstResponse: 'not-now', firstResponseDetails: { comeBackMonth: '2027-03' } }));
          const label = section.search(c.label);
          const month = section.indexOf(c.later, label < 0 ? 0 : label + 1);
          assert.ok(label >= 0, `${c.language} ${template} ${tone}: no label before ${c.later}:\n${section}`);
          assert.ok(section.slice(0, label).indexOf(c.later) < 0 && month > label, `${c.language} ${template} ${tone}: ${c.later} before its label`);
        }
      }
    });
  }

  test('without a named month, or without a not now, no such label', () => {
    for (const language of ['en', 'de']) {
      for (const template of ['no-reply', 'thank-you']) {
        for (const patch of [{ firstResponse: 'not-now' }, { firstResponse: 'no-time' }, {}]) {
          assert.doesNotMatch(render(template, language, patch), /second “not now”|zweites „nicht jetzt“/, `${language} ${template} ${JSON.stringify(patch)}`);
        }
      }
    }
  });
});
