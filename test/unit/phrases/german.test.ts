// The body of the meeting request, the reply to a no and the thank-you note in German (phrases/de/),
// chosen by the display language; the other documents keep an English body under German headings.
import * as assert from 'assert';
import BUILTIN from 'phrases:builtin';
import { builtinBundle, documentLocale } from '../../../src/core/phrases/phrasebook';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { validateProfile } from '../../../src/core/profile/validate';
import { FIRST_RESPONSES } from '../../../src/core/profile/profile';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, TODAY } from '../render/helpers';

const GERMAN = ['request-meeting', 'no-reply', 'thank-you'];
const library = new TemplateLibrary();
const render = (template: string, patch: Record<string, unknown>, language = 'de') => {
  const v = validateProfile(exampleWith(patch));
  assert.ok(v.ok);
  const out = renderDocument(library, template, { profile: v.profile, glossary: builtinGlossary(), today: TODAY, language });
  assert.ok(out.ok, JSON.stringify(!out.ok && out.problem));
  return out;
};
/** Words that mark an English sentence (the profile's own values are English in these tests). */
const ENGLISH = /\b(?:I will|I’ll|Thank you|Thanks|Kind regards|Dear|Subject|your time|If the timing)\b/;

suite('German documents: the request, the reply to a no and the thank-you note', () => {
  test('a document is German when phrases/de/ has its file; the others keep English', () => {
    for (const t of GERMAN) assert.strictEqual(documentLocale(t, 'de'), 'de', t);
    for (const t of ['prep-doc', 'script', 'async-update']) assert.strictEqual(documentLocale(t, 'de'), 'en', t);
    assert.strictEqual(documentLocale('thank-you', 'en'), 'en');
    assert.strictEqual(documentLocale('thank-you', 'fr'), 'en');
  });

  test('every German message has the English message of the same ID to fall back on (shared-rhythm aside)', () => {
    const english = builtinBundle('en')!;
    for (const f of BUILTIN.de ?? []) {
      for (const id of f.text.match(/^[a-z][\w-]*(?= *=)/gm) ?? []) if (id !== 'shared-rhythm') assert.ok(english.hasMessage(id), `${f.file}: ${id} has no English message`);
    }
  });

  test('over every tone, first answer, format and relationship, the three documents say no English sentence and leave no variable unfilled', () => {
    const firsts = [undefined, ...FIRST_RESPONSES, 'declined-in-words'];
    let rendered = 0;
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const format of ['meetings', 'async', 'mixed']) {
        for (const [i, firstResponse] of firsts.entries()) {
          const relationship = ['skip-level', 'cross-team', 'executive', 'former-manager'][i % 4];
          const communication = i % 2 ? 'indirect' : 'direct';
          for (const t of GERMAN) {
            const out = render(t, { tone, format, relationship, culture: { communication, hierarchy: i % 3 ? 'flat' : 'hierarchical' }, ...(firstResponse === 'declined-in-words' ? { firstResponseWords: 'No, I cannot take this on.' } : firstResponse ? { firstResponse } : {}) });
            assert.deepStrictEqual(out.phraseProblems, [], `${t} ${tone} ${format} ${firstResponse}`);
            assert.doesNotMatch(out.text, /\{\$|⟦/, `${t} ${tone} ${format} ${firstResponse}`);
            const english = out.text.split('\n').find((l) => ENGLISH.test(l));
            assert.strictEqual(english, undefined, `${t} ${tone} ${format} ${firstResponse}: an English line`);
            rendered++;
          }
        }
      }
    }
    assert.ok(rendered >= 3 * 3 * 9 * 3);
  });

  test('the same profile in English is unchanged by the German files, and the prep doc stays English under German headings', () => {
    const english = render('request-meeting', { tone: 'formal' }, 'en').text;
    assert.match(english, /\*\*Subject:\*\*/);
    const german = render('request-meeting', { tone: 'formal' }).text;
    assert.match(german, /\*\*Betreff:\*\*/);
    assert.match(german, /^Mit freundlichen Grüßen$/m);
    const prep = render('prep-doc', { tone: 'formal' }).text;
    assert.match(prep, /^# Mentorship-Vorbereitung|^# /);
    assert.doesNotMatch(prep, /Mit freundlichen Grüßen|Guten Tag/, 'no German greeting inside an English body');
  });
});
