// Issue 22, item 5: the documents' own words in the English the user writes (you.locale, else the
// editor's language, else the leader's country); the user's words are never respelled.
import * as assert from 'assert';
import { Phrasebook } from '../../../src/core/phrases/phrasebook';
import { renderDocument } from '../../../src/core/render/document';
import { validateProfile } from '../../../src/core/profile/validate';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { LIBRARY, TODAY, exampleWith } from '../render/helpers';

const FORMAL = { tone: 'formal', hierarchy: 'flat' };

function requestFor(patch: Record<string, unknown>, language?: string): string {
  const p = exampleWith({ relationship: 'former-manager', tone: 'formal', ...patch });
  const v = validateProfile(p);
  assert.ok(v.ok, JSON.stringify(!v.ok && v.issues));
  const out = renderDocument(LIBRARY, 'request-meeting', { profile: v.profile, glossary: builtinGlossary(), today: TODAY, language });
  assert.ok(out.ok);
  return out.text;
}

suite('spelling follows the English the user writes (issue 22)', () => {
  test('the built-in messages are spelled for en-GB and en-CA; US by default', () => {
    const args = { ...FORMAL, joined: 'x' };
    assert.match(new Phrasebook().format('request-since-program', args), /mentoring program,/);
    assert.match(new Phrasebook({ english: 'en-GB' }).format('request-since-program', args), /mentoring programme,/);
    assert.match(new Phrasebook({ english: 'en-GB' }).format('request-who-former-manager', args), /your judgement on/);
    assert.match(new Phrasebook({ english: 'en-CA' }).format('request-since-program', args), /mentoring program,/);
    assert.match(new Phrasebook({ english: 'en-IN' }).format('request-who-former-manager', args), /your judgement on/);
  });

  test('arguments are the user’s words: never respelled', () => {
    assert.strictEqual(new Phrasebook({ english: 'en-GB' }).format('request-since-program-joined', { ...FORMAL, joined: 'joined the program for organization design' }),
      'As you suggested, I have joined the program for organization design.');
  });

  test('which English: you.locale first, then the editor’s language, then the leader’s country', () => {
    assert.match(requestFor({}), /your judgment on/);
    assert.match(requestFor({ culture: { country: 'GB' } }), /your judgement on/);
    assert.match(requestFor({ culture: { country: 'US' } }, 'en-gb'), /your judgement on/);
    assert.match(requestFor({ culture: { country: 'GB' }, you: { locale: 'en-US' } }), /your judgment on/);
    assert.match(requestFor({ culture: { country: 'US' }, you: { locale: 'en-GB' } }, 'en-us'), /your judgement on/);
  });
});
