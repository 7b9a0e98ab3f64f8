// A German document says every message in German. Over a seeded sample of the golden corpus's
// profiles (every first answer, relationship, tone, organization) and every reader profile, each
// rendered in German: no message of a German document falls back to its English words (the check
// that every German message has an English one runs the other way, so it could not see these), and
// no line reads as English once the user's own words (names, fields, the leader's quoted words) are
// set aside: words the code puts in, such as a fill-in prompt, are German too.
import * as assert from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { builtinBundle, documentLocale } from '../../../src/core/phrases/phrasebook';
import { validateProfile } from '../../../src/core/profile/validate';
import { renderDocument } from '../../../src/core/render/document';
import { leaderNames } from '../../../src/core/render/leaderYou';
import { TemplateLibrary } from '../../../src/core/render/library';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { goldenCases } from '../../golden/profiles';
import { GOLDEN_TODAY } from '../../golden/corpus';

const library = new TemplateLibrary();
const GERMAN = library.list().map((t) => t.id).filter((t) => documentLocale(t, 'de') === 'de').sort();

interface Case { id: string; profile: Record<string, unknown>; log?: string }

/** Every reader profile under test/fixtures/reader-profiles/, at any depth. */
function readerProfiles(dir = path.join(process.cwd(), 'test/fixtures/reader-profiles')): Case[] {
  const out: Case[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) out.push(...readerProfiles(file));
    else if (name.endsWith('.json')) out.push({ id: path.relative(process.cwd(), file), profile: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> });
  }
  return out;
}

/** Every seventh case of the golden corpus, and every reader profile that validates. */
function sample(): Case[] {
  return [...goldenCases().filter((_, i) => i % 7 === 0), ...readerProfiles()].filter((c) => validateProfile(c.profile).ok);
}

/** Each German document of `c`, rendered in German as the CLI and the extension do (with each
 *  message's ID before it when `showIds`). */
function* germanDocs(c: Case, showIds: boolean): Generator<{ template: string; text: string }> {
  const v = validateProfile(c.profile);
  if (!v.ok) return;
  for (const template of GERMAN) {
    const out = renderDocument(library, template, { profile: v.profile, glossary: builtinGlossary(), today: GOLDEN_TODAY, sessionLog: c.log, language: 'de', phrases: { showIds } });
    assert.ok(out.ok, `${c.id} ${template}: ${JSON.stringify(!out.ok && out.problem)}`);
    yield { template, text: out.text };
  }
}

/** The user's own words in a profile: every string value, at any depth. */
function ownWords(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) ownWords(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) ownWords(v, out);
  return out;
}

/** English function words: one of them on a German line, outside the user's words, marks a sentence left in English. */
const ENGLISH = new Set(['the', 'and', 'you', 'your', 'with', 'this', 'that', 'they', 'their', 'what', 'when', 'for', 'is', 'are', 'i', 'i’ll', 'i’d', 'i’m', 'i’ve', 'we’ll']);
/** Said back to the leader or to the user, "my team" becomes "your team": every person is one token. */
const PERSON = /^(?:i|me|my|mine|myself|you|your|yours|yourself|we|us|our|ours|they|them|their|he|she|him|his|her|i’m|you’re|i’ve|you’ve|i’ll|you’ll)$/;

/** The words of `text`, each person as one token and a closing "s" dropped ("agrees" said back is "agree"). */
function words(text: string): string[] {
  return text.toLowerCase().replace(/'/g, '’').match(/[\p{L}\p{N}’]+/gu) ?? [];
}
/** A title before a name („Dr. Brandt“ said back is „you“). */
const TITLE = /^(?:dr|prof|mr|mrs|ms|frau|herr)$/;
/** The verbs said back after "you" whose form changes beyond a closing "s" ("Dr. Brandt has read" → "you have read"). */
const AGREEING: Readonly<Record<string, string>> = { has: 'have', is: 'are', was: 'were', does: 'do' };
const token = (w: string) => (PERSON.test(w) ? '·' : AGREEING[w] ?? (w.length > 3 ? w.replace(/s$/u, '') : w));

/** Every pair of neighbouring words in the user's own words; the leader's name is a person too, as
 *  a line said to them turns it into "you". */
function ownPairs(own: readonly string[], names: readonly string[] = []): Set<string> {
  const pairs = new Set<string>();
  for (let w of own) {
    for (const n of [...names].sort((a, b) => b.length - a.length)) w = w.split(n).join(' you ');
    const t = words(w).filter((x) => !TITLE.test(x)).map(token);
    for (let i = 1; i < t.length; i++) pairs.add(`${t[i - 1]} ${t[i]}`);
  }
  return pairs;
}

/** An English function word on `line` that is neither inside quotation marks nor beside a neighbour it
 *  has in the user's own words (their text is said back, its persons turned: "my team" → "your team"). */
function englishWord(line: string, own: ReadonlySet<string>): string | undefined {
  const w = words(line.replace(/“[^”]*”|„[^“]*“|"[^"]*"/g, ' · '));
  const t = w.map(token);
  for (let i = 0; i < t.length; i++) {
    if (!ENGLISH.has(w[i]!)) continue;
    if (own.has(`${t[i - 1]} ${t[i]}`) || own.has(`${t[i]} ${t[i + 1]}`)) continue;
    return w[i];
  }
  return undefined;
}

suite('German documents: every message they say has German words', function () {
  this.timeout(300_000);

  test('the sample holds every first answer and both organizations', () => {
    const cases = sample();
    const firsts = new Set(cases.map((c) => c.profile.firstResponse));
    for (const f of ['yes-with-limits', 'referral', 'not-now', 'declined', 'no-reply', 'ask-your-manager']) assert.ok(firsts.has(f), f);
    const orgs = new Set(cases.map((c) => ((c.profile.leader ?? {}) as Record<string, unknown>).organization ?? 'same'));
    assert.ok(orgs.has('other') && orgs.has('same'));
  });

  test('the English-line check finds an English sentence and passes German and the user’s words', () => {
    const none = new Set<string>();
    assert.strictEqual(englishWord('Thanks, I’ll keep this short.', none), 'i’ll');
    assert.strictEqual(englishWord('Here is the first one.', none), 'is');
    assert.strictEqual(englishWord('Sie sagten: “Not now, ask me in March.” Danke.', none), undefined);
    assert.strictEqual(englishWord('Es geht um the platform team, insbesondere your experience with SLOs.', ownPairs(['The platform team', 'my experience with SLOs'])), undefined);
    assert.strictEqual(englishWord('Es geht um the platform team, and the rest.', ownPairs(['The platform team'])), 'and');
    assert.strictEqual(englishWord('Vielen Dank für Ihre Zeit, und bis bald.', none), undefined);
    // Their words said to the leader: the name becomes "you" and its verb agrees ("has" → "have").
    assert.strictEqual(englishWord('Ziel: a design you have reviewed and the team trusts.', ownPairs(['a design Madam Mensah has reviewed and the team trusts'], ['Madam Mensah'])), undefined);
    assert.strictEqual(englishWord('Ziel: a design you have reviewed and that is all.', ownPairs(['a design Madam Mensah has reviewed'], ['Madam Mensah'])), 'and');
  });

  test('no message of a German document falls back to its English words', () => {
    const german = builtinBundle('de')!;
    const missing = new Map<string, Set<string>>();
    for (const c of sample()) {
      for (const doc of germanDocs(c, true)) {
        for (const [, id] of doc.text.matchAll(/⟦([\w-]+)⟧/g)) {
          if (german.hasMessage(id!)) continue;
          let at = missing.get(id!);
          if (!at) missing.set(id!, (at = new Set()));
          at.add(`${doc.template} (${c.id})`);
        }
      }
    }
    assert.deepStrictEqual([...missing].map(([id, at]) => `${id}: ${[...at].slice(0, 2).join(', ')}`), []);
  });

  test('no line of a German document reads as English, the user’s own words aside', () => {
    const english: string[] = [];
    let rendered = 0;
    for (const c of sample()) {
      const leader = (c.profile.leader ?? {}) as Record<string, unknown>;
      const own = ownPairs(ownWords(c.profile), leaderNames(String(leader.name ?? ''), String(leader.addressAs ?? '')));
      for (const doc of germanDocs(c, false)) {
        rendered++;
        for (const line of doc.text.split('\n')) {
          const word = englishWord(line, own);
          if (word !== undefined && english.length < 8) english.push(`${doc.template} (${c.id}), “${word}”: ${line}`);
        }
      }
    }
    assert.ok(rendered > 1000, `${rendered} documents`);
    assert.deepStrictEqual(english, []);
  });
});
