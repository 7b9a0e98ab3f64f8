// A German document says every message in German. Over a seeded sample of the golden corpus's
// profiles (every first answer, relationship, tone, organization) and every reader profile, each
// rendered in German: no message of a German document falls back to its English words. (The check
// that every German message has an English one runs the other way, so it could not see these.)
import * as assert from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { builtinBundle, documentLocale, Phrasebook } from '../../../src/core/phrases/phrasebook';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
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

/** Each German document of `c`, rendered in German (with each message's ID before it when `showIds`). */
function* germanDocs(c: Case, showIds: boolean): Generator<{ template: string; text: string }> {
  const v = validateProfile(c.profile);
  if (!v.ok) return;
  for (const template of GERMAN) {
    const ctx = buildContext(v.profile, builtinGlossary(), GOLDEN_TODAY, { sessionLog: c.log, language: 'de', phrasebook: new Phrasebook({ locale: 'de', showIds }) });
    const out = library.render(template, ctx);
    assert.ok(out.ok, `${c.id} ${template}: ${JSON.stringify(!out.ok && out.problem)}`);
    yield { template, text: out.text };
  }
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
});
