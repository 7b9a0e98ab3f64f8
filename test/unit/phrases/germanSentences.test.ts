// German sentences a reader can say aloud: the long challenge never sits mid-sentence before the
// final verb (only its short label does, in brackets), and the concise tone is short but whole
// sentences, never a telegram ("Verstanden.").
import * as assert from 'assert';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { validateProfile } from '../../../src/core/profile/validate';
import { FIRST_RESPONSES } from '../../../src/core/profile/profile';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, TODAY } from '../render/helpers';

const GERMAN = ['request-meeting', 'no-reply', 'thank-you'];
const library = new TemplateLibrary();
const render = (template: string, patch: Record<string, unknown>): string => {
  const v = validateProfile(exampleWith(patch));
  assert.ok(v.ok, JSON.stringify(!v.ok && v.issues));
  const out = renderDocument(library, template, { profile: v.profile, glossary: builtinGlossary(), today: TODAY, language: 'de' });
  assert.ok(out.ok, JSON.stringify(!out.ok && out.problem));
  return out.text;
};

/** Long challenges with their short labels, one per grammatical gender (the reader's three). */
const LONG = [
  { challenge: 'der Aufbau eines Plattformteams, das fünf Produktteams entlastet, ohne selbst zum Flaschenhals zu werden', challengeShort: 'das Plattformteam' },
  { challenge: 'die Ablösung unseres 20 Jahre alten Fachverfahrens für das Wohngeld, ohne dass die Bewilligungsstellen einen Tag stillstehen', challengeShort: 'die Ablösung des Wohngeld-Fachverfahrens' },
  { challenge: 'das Aufteilen unseres Kernbanken-Monolithen in fachliche Module, während die FINMA-Prüfung schon feststeht', challengeShort: 'die Modularisierung des Kernbankensystems' },
];

/** The section of a document under a heading, up to the next one. */
const section = (text: string, heading: RegExp): string => {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  assert.ok(start >= 0, `no heading ${heading}`);
  const end = lines.findIndex((l, n) => n > start && /^## /.test(l));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
};

suite('German: the reply to a "not now" names the challenge by its short label mid-sentence', () => {
  test('three genders, three tones, three relationships: the short label in a sentence of its own, and never the full challenge', () => {
    for (const words of LONG) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const relationship of ['skip-level', 'executive', 'former-manager']) {
          const reply = section(render('no-reply', { tone, relationship, ...words, firstResponse: 'not-now' }), /^## Wenn die Antwort „nicht jetzt“/);
          assert.ok(!reply.includes(words.challenge), `${tone} ${relationship}: the full challenge in „${reply}“`);
          // Its own sentence, so the label keeps the case it was typed in (never „über unser Vorhaben (Thema: der …)“).
          assert.match(reply, new RegExp(`(?:Es geht um|Das Thema ist) ${words.challengeShort}\\.`), `${tone} ${relationship}: no short label in „${reply}“`);
          assert.ok(!reply.includes('(Thema:'), `${tone} ${relationship}: the label in brackets in „${reply}“`);
        }
      }
    }
  });
});

/** The message bodies: the lines sent, not the notes to the user, the headings, the bullets or the greeting and signature. */
function bodySentences(text: string): string[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !/^(?:#|\*|- |> |\*\*Betreff)/.test(l));
  const body = lines.filter((l) => !/,$/.test(l) && !/Grü(?:ß|ss)e|Grü(?:ß|ss)en$/.test(l) && !/^\p{Lu}\p{L}+ \p{Lu}\p{L}+$/u.test(l));
  return body.flatMap((l) => l.split(/(?<=[.?!])\s+(?=\p{Lu}|\p{Ll})/u)).map((s) => s.trim()).filter(Boolean);
}
/** A whole German sentence here has a subject a reader can point to. */
const SUBJECT = /\b(?:[Ii]ch|Sie|[Ww]ir|[Ee]s|[Dd]as|[Mm]an|[Dd]ies|[Mm]ir|[Mm]ich)\b/;
/** A thanks formula stands alone in any register ("vielen Dank für Ihre Zusage."), and a lead-in ends in a colon. */
const WHOLE = (s: string) => /^(?:vielen|herzlichen|ganz herzlichen) Dank\b/i.test(s) || /:$/.test(s);

suite('German: the concise tone is short but whole sentences', () => {
  test('every first answer and format: each sentence of a concise message has its subject and at least four words', () => {
    let seen = 0;
    const telegrams = new Set<string>();
    for (const firstResponse of [undefined, ...FIRST_RESPONSES]) {
      for (const format of ['meetings', 'async', 'mixed']) {
        for (const [i, relationship] of ['skip-level', 'cross-team', 'executive', 'former-manager'].entries()) {
          for (const t of GERMAN) {
            const text = render(t, { tone: 'concise', format, relationship, culture: { communication: i % 2 ? 'indirect' : 'direct' }, ...(firstResponse ? { firstResponse } : {}) });
            for (const s of bodySentences(text)) {
              seen++;
              if (!WHOLE(s) && (s.split(/\s+/).length < 4 || !SUBJECT.test(s))) telegrams.add(`${t}: „${s}“`);
            }
          }
        }
      }
    }
    assert.deepStrictEqual([...telegrams], []);
    assert.ok(seen > 500, `only ${seen} sentences`);
  });
});

suite('German: the request after a "not now" says back the leader’s own words for when', () => {
  test('three tones, with and without a month: their words in brackets, and no "jetzt" they never said', () => {
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const month of [undefined, '2027-04']) {
        const comeBackAfter = 'nach dem Go-live im Frühling';
        const text = render('request-meeting', { tone, firstResponse: 'not-now', firstResponseDetails: { comeBackAfter, ...(month ? { comeBackMonth: month } : {}) } });
        assert.ok(text.includes(`(${comeBackAfter})`), `${tone} ${month}: their words are not said back`);
        assert.doesNotMatch(text, /das jetzt wieder aufgreifen/, `${tone} ${month}`);
      }
    }
  });
});

suite('German: Austria says "Jänner"', () => {
  test('a January come-back month in every German document, AT against DE and CH, three tones', () => {
    // January itself (the request), and October, whose second "not now" is January (the replies).
    for (const [tone, comeBackMonth] of [['formal', '2025-01'], ['warm', '2024-10'], ['concise', '2024-10'], ['formal', '2024-10']]) {
      for (const t of GERMAN) {
        const patch = (country: string) => ({ tone, culture: { country }, firstResponse: 'not-now', firstResponseDetails: { comeBackMonth } });
        const at = render(t, patch('AT'));
        assert.doesNotMatch(at, /\bJanuar\b/, `${t} ${tone} AT`);
        for (const country of ['DE', 'CH']) {
          const other = render(t, patch(country));
          assert.doesNotMatch(other, /Jänner/, `${t} ${tone} ${country}`);
          // Wherever Germany says "Januar", Austria says "Jänner".
          assert.strictEqual((at.match(/Jänner/g) ?? []).length, (other.match(/\bJanuar\b/g) ?? []).length, `${t} ${tone} ${country}`);
        }
      }
    }
    assert.match(render('no-reply', { culture: { country: 'AT' }, firstResponse: 'not-now', firstResponseDetails: { comeBackMonth: '2024-10' } }), /im Jänner/);
    assert.match(render('request-meeting', { culture: { country: 'AT' }, firstResponse: 'not-now', firstResponseDetails: { comeBackMonth: '2025-01' } }), /im Jänner/);
  });
});
