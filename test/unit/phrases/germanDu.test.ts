// German has two registers: a former colleague or a peer called by first name is „du“, and a German
// reader scores a letter that says „Sie“ to him, with the user's own du-words mixed in, as unsendable.
// `leader.anrede` says which; without it, the user's own words decide.
import * as assert from 'assert';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { validateProfile } from '../../../src/core/profile/validate';
import { FIRST_RESPONSES } from '../../../src/core/profile/profile';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { anredeOf } from '../../../src/core/render/german';
import { exampleWith, TODAY } from '../render/helpers';

const GERMAN = ['request-meeting', 'no-reply', 'thank-you'];
const library = new TemplateLibrary();
const render = (template: string, patch: Record<string, unknown>) => {
  const v = validateProfile(exampleWith(patch));
  assert.ok(v.ok, JSON.stringify(!v.ok && v.issues));
  const out = renderDocument(library, template, { profile: v.profile, glossary: builtinGlossary(), today: TODAY, language: 'de' });
  assert.ok(out.ok, JSON.stringify(!out.ok && out.problem));
  assert.deepStrictEqual(out.phraseProblems, [], template);
  return out.text;
};

/** What is sent to the leader: the lines of the messages, not the notes to the user (italic lines, the
 *  „Danach“ list, headings) — those speak to the user, in „Sie“. */
const sent = (text: string): string[] => {
  const lines: string[] = [];
  for (const l of text.split('\n')) {
    if (/^## Danach/.test(l)) break;
    if (/^(?:#|\*[^*])/.test(l) || l.trim() === '') continue;
    lines.push(l);
  }
  return lines;
};
/** The polite forms: „Sie“, „Ihnen“, „Ihr…“ with a capital, anywhere (the du register says „sie“ for her). */
const SIE = /(?<![\p{L}])(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)(?![\p{L}])/u;
const DU = /(?<![\p{L}])(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein|[Dd]eine|[Dd]einem|[Dd]einen|[Dd]einer|[Dd]eines)(?![\p{L}])/u;
const FIRSTS = [undefined, ...FIRST_RESPONSES];

suite('German documents: „du“ to a leader called by first name, „Sie“ otherwise', () => {
  test('leader.anrede du: over tones, formats, relationships and first answers, no sent line says Sie, Ihnen or Ihr', () => {
    let lines = 0;
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const format of ['meetings', 'async', 'mixed']) {
        for (const [i, firstResponse] of FIRSTS.entries()) {
          const relationship = ['skip-level', 'cross-team', 'executive', 'former-manager'][(i + format.length) % 4];
          for (const t of GERMAN) {
            const text = render(t, { tone, format, relationship, leader: { name: 'Lukas Baumgartner', addressAs: 'Lukas', anrede: 'du', organization: i % 2 ? 'other' : 'same' },
              culture: { hierarchy: i % 3 ? 'flat' : 'hierarchical', communication: i % 2 ? 'indirect' : 'direct' }, ...(firstResponse ? { firstResponse } : {}) });
            for (const l of sent(text)) {
              lines++;
              assert.doesNotMatch(l, SIE, `${t} ${tone} ${format} ${relationship} ${firstResponse}: „${l}“`);
            }
            assert.doesNotMatch(text, /Sehr geehrte/, `${t} ${tone}: „Sehr geehrte“ to a du`);
          }
        }
      }
    }
    assert.ok(lines > 1000, `${lines} lines`);
  });

  test('the same profiles with Sie (given or by default): no sent line says du, dich, dir or dein', () => {
    for (const anrede of ['Sie', undefined]) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const [i, firstResponse] of FIRSTS.entries()) {
          for (const t of GERMAN) {
            const text = render(t, { tone, format: ['meetings', 'async', 'mixed'][i % 3], leader: { name: 'Lukas Baumgartner', addressAs: 'Lukas', ...(anrede ? { anrede } : {}) }, ...(firstResponse ? { firstResponse } : {}) });
            for (const l of sent(text)) assert.doesNotMatch(l, DU, `${t} ${tone} ${firstResponse}: „${l}“`);
          }
        }
      }
    }
  });

  test('a du letter greets and signs off as one writes to a du: „Hallo“/„Lieber“, „Viele“/„Liebe Grüße“, signed with the first name', () => {
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const t of GERMAN) {
        const text = render(t, { tone, you: { name: 'Mirjam Keller' }, leader: { name: 'Lukas Baumgartner', addressAs: 'Lukas', anrede: 'du' } });
        const lines = text.split('\n');
        assert.ok(lines.some((l) => /^(?:Hallo|Lieber|Liebe) Lukas,$/.test(l)), `${t} ${tone}: no du greeting`);
        assert.doesNotMatch(text, /Mit freundlichen Grüßen|Freundliche Grüße|Guten Tag, Lukas/, `${t} ${tone}`);
        const signed = lines.flatMap((l, n) => (/Grü(?:ß|ss)e$/.test(l) ? [lines.slice(n + 1).find((x) => x.trim() !== '')!] : []));
        assert.ok(signed.length > 0 && signed.every((s) => s === 'Mirjam'), `${t} ${tone}: signed ${signed.join(', ')}`);
      }
    }
  });

  test('without leader.anrede, the user’s own words decide: du when they say du to the leader and never Sie', () => {
    assert.strictEqual(anredeOf(undefined, 'wie du bei Tavolo entschieden hast'), 'du');
    assert.strictEqual(anredeOf(undefined, 'meine Erfahrungen, die dir helfen könnten'), 'du');
    assert.strictEqual(anredeOf(undefined, 'wie Sie bei Tavolo entschieden haben'), 'Sie');
    assert.strictEqual(anredeOf(undefined, 'what you decided at the Dublin office'), 'Sie');
    assert.strictEqual(anredeOf(undefined, 'wie du es machst, was Ihnen wichtig ist'), 'Sie', 'mixed: not reliable, Sie');
    assert.strictEqual(anredeOf('Sie', 'wie du bei Tavolo entschieden hast'), 'Sie', 'the profile’s choice wins');
    assert.strictEqual(anredeOf('du', ''), 'du');
    const text = render('thank-you', { leader: { name: 'Lukas Baumgartner', addressAs: 'Lukas' }, expertiseApplied: 'wie du bei Tavolo entschieden hast, was die Plattform übernimmt' });
    assert.ok(sent(text).every((l) => !SIE.test(l)), 'inferred du');
  });

  test('an invalid anrede is refused by validation', () => {
    assert.strictEqual(validateProfile(exampleWith({ leader: { name: 'Lukas B', anrede: 'ihr' } })).ok, false);
  });
});
