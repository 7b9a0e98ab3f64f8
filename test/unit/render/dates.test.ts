// Dates that are known are written (issue 21, item 5): a month to come back in (the profile's
// firstResponseDetails.comeBackMonth, or read from their words) fills every "(month)", named in the
// document's language with the platform's calendar data (Intl), and the request waits for it instead
// of hoping "this is a better moment" now. Unknown, the month stays a marked blank.
import * as assert from 'assert';
import { monthName } from '../../../src/core/render/firstAnswer';
import { renderDocument } from '../../../src/core/render/document';
import { validateProfile } from '../../../src/core/profile/validate';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, LIBRARY, render as renderProfile, TODAY } from './helpers';

const render = (template: string, patch: Record<string, unknown>) => renderProfile(template, exampleWith(patch));

const DEC_5 = new Date(2026, 11, 5, 12, 0, 0);

function renderIn(language: string, template: string, patch: Record<string, unknown>): string {
  const v = validateProfile(exampleWith(patch));
  assert.ok(v.ok);
  const out = renderDocument(LIBRARY, template, { profile: v.profile, glossary: builtinGlossary(), today: TODAY, language });
  assert.ok(out.ok);
  return out.text;
}

suite('Dates that are known are written', () => {
  test('a month is named in the document’s language, with the year when it is a year or more away', () => {
    assert.strictEqual(monthName('2027-01', 'en', DEC_5), 'January');
    assert.strictEqual(monthName('2027-01', 'de', DEC_5), 'Januar');
    assert.strictEqual(monthName('2026-12', 'en', DEC_5), 'December');
    assert.strictEqual(monthName('2027-12', 'en', DEC_5), 'December 2027');
    assert.strictEqual(monthName('2027-13', 'en', DEC_5), undefined);
  });

  // The request goes out in the month they named (January); the thank-you and the reply answer the meeting
  // held then, so a second "not now" comes back three months later, the same month in both.
  test('“not this year”: the request waits for January; the reply to a second not-now and the thank-you name April', () => {
    const profile = { firstResponse: 'not-now', firstResponseWords: 'Not this year, sorry.', tone: 'warm', culture: { communication: 'direct', hierarchy: 'flat' } };
    const reply = render('no-reply', profile);
    assert.match(reply, /see you in April/);
    assert.match(reply, /I’ll get back in touch in April/);
    assert.doesNotMatch(reply, /\(month\)/);
    const thanks = render('thank-you', profile);
    assert.match(thanks, /I will get back in touch in April|I’ll get back in touch in April/);
    assert.match(thanks, /a note for April/);
    assert.doesNotMatch(thanks, /\(month\)/);
    const request = render('request-meeting', profile);
    assert.match(request, /Send it in January, when they said to come back, not before\./);
    assert.doesNotMatch(request, /I hope (?:the timing is better now|this is a better moment|now is better)/);
    assert.doesNotMatch(render('script', profile), /I hope (?:this is a better moment|now is better)/);
  });

  test('a month the user confirmed is used as given (a second not-now three months after it), and in German with its article', () => {
    const profile = { firstResponse: 'not-now', firstResponseDetails: { comeBackMonth: '2024-09' }, tone: 'formal', culture: { communication: 'direct', hierarchy: 'flat' } };
    assert.match(render('script', profile), /come back to it in September/);
    assert.match(render('no-reply', profile), /I will come back to this in December/);
    const german = renderIn('de', 'no-reply', profile);
    assert.match(german, /im Dezember\b/);
    // The message says only the month three months on; the note to the user names September to say why.
    assert.doesNotMatch(german.split('\n').filter((l) => !/^\*[^*]/.test(l)).join('\n'), /im September/);
    assert.match(german, /^\*Für ein zweites „nicht jetzt“: Wenn es auch im September/m);
    assert.match(renderIn('de', 'request-meeting', profile), /Schicken Sie sie im September/);
  });

  test('unknown, the month stays a marked blank', () => {
    const profile = { firstResponse: 'not-now', tone: 'warm' };
    assert.match(render('no-reply', profile), /see you in \*\(month\)\*/);
    assert.match(render('thank-you', profile), /\*\(month\)\*/);
    assert.doesNotMatch(render('request-meeting', profile), /Send it in/);
    assert.match(renderIn('de', 'no-reply', profile), /\*\(Monat\)\*/);
  });
});
