// The German notes to the user name the leader as the letter greets them („Herr Dr. Kröger hat schon
// zugesagt …“, „Frau Huber“, „Dr. Martin Hofbauer“ when no Frau/Herr is known, a first name as chosen),
// with „er“/„sie“ where a pronoun reads better; „die Person“ read as a form, not as a coach talking
// about someone the user knows. Over the German reader profiles and a sample of the golden corpus: no
// note, reading note or list item outside the letters says „die Person“ about the leader. The profile
// form's own label („Was die Person beim ersten Mal gesagt hat“) is quoted as the form says it.
import * as assert from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { validateProfile } from '../../../src/core/profile/validate';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { goldenCases } from '../../golden/profiles';
import { GOLDEN_TODAY } from '../../golden/corpus';
import { renderFinished } from '../render/helpers';

const library = new TemplateLibrary();
const TEMPLATES = ['request-meeting', 'no-reply', 'thank-you'];

function readerProfiles(dir = path.join(process.cwd(), 'test/fixtures/reader-profiles')): { id: string; profile: Record<string, unknown> }[] {
  const out: { id: string; profile: Record<string, unknown> }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) out.push(...readerProfiles(file));
    else if (name.endsWith('.json')) out.push({ id: name, profile: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> });
  }
  return out;
}

/** The lines that talk to the user: italic or bold notes and the list items of „Danach“ (a letter's
 *  labelled points start with „**“), with the profile form's quoted label set aside. */
function notes(text: string): string[] {
  return text.split('\n')
    .filter((l) => /^\*[^(]/u.test(l) || /^- (?!\*\*)/u.test(l))
    .map((l) => l.replace(/\(Was die Person beim ersten Mal gesagt hat\)/gu, '(…)'));
}

const PERSON = /\b(?:[Dd]ie|[Dd]er) Person\b(?!,? die (?:Sie|du))/u;

suite('German notes name the leader, not „die Person“', function () {
  this.timeout(300_000);

  test('over the reader profiles and a sample of the corpus, no note says „die Person“ about a named leader', () => {
    const cases = [...readerProfiles(), ...goldenCases().filter((_, i) => i % 5 === 0)];
    const problems: string[] = [];
    let checked = 0;
    for (const c of cases) {
      const v = validateProfile(c.profile);
      if (!v.ok || !v.profile.leader.name.trim()) continue;
      for (const template of TEMPLATES) {
        const out = renderDocument(library, template, { profile: v.profile, glossary: builtinGlossary(), today: GOLDEN_TODAY, language: 'de' });
        if (!out.ok) continue;
        checked++;
        for (const l of notes(out.text)) if (PERSON.test(l)) problems.push(`${c.id} ${template}: ${l.slice(0, 140)}`);
      }
    }
    assert.ok(checked > 300, `${checked} documents`);
    assert.deepStrictEqual([...new Set(problems)].slice(0, 10), [], `${problems.length} notes say „die Person“`);
  });

  test('the name is the greeting’s form: Herr/Frau with the title when known, the full name when not, a first name as chosen', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ leader: { name: 'Dr. Matthias Kröger', addressAs: 'Herr Dr. Kröger' } }, /Herr Dr\. Kröger hat Sie an jemand anderen verwiesen/u],
      [{ leader: { name: 'Anna Huber', addressAs: 'Frau Huber' } }, /Frau Huber hat Sie an jemand anderen verwiesen/u],
      [{ leader: { name: 'Dr. Martin Hofbauer', addressAs: 'Dr. Hofbauer' } }, /Dr\. Martin Hofbauer hat Sie an jemand anderen verwiesen/u],
      [{ leader: { name: 'Dana Okafor', addressAs: 'Dana' } }, /Dana hat Sie an jemand anderen verwiesen/u],
    ];
    for (const [patch, want] of cases) for (const tone of ['formal', 'warm', 'concise']) {
      const text = renderFinished('request-meeting', { ...patch, tone, firstResponse: 'referral', firstResponseWords: 'Sprechen Sie mit Frau Brandt, sie kennt das besser.' }, 'de');
      assert.match(text, want, `${JSON.stringify(patch)} ${tone}`);
    }
    // After a preposition, the dative: „nicht in den von Herrn Dr. Kröger“; the reading note names them too.
    const read = renderFinished('no-reply', { leader: { name: 'Dr. Matthias Kröger', addressAs: 'Herr Dr. Kröger' }, firstResponse: undefined, firstResponseWords: 'Jetzt nicht, vielleicht später.' }, 'de');
    assert.match(read, /nicht in den von Herrn Dr\. Kröger\./u);
    assert.match(read, /was Herr Dr\. Kröger gesagt hat: „jetzt nicht/u);
  });
});
