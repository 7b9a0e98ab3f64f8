// German subject lines as an inbox shows them: at most 70 characters, no „;“, no „es geht um“, and a
// not-ready answer (the leader asked for something done first) is not answered with „wenn es zeitlich passt“.
import * as assert from 'assert';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readGolden } from '../../golden/store';
import { goldenCases } from '../../golden/profiles';
import { renderFinished } from '../render/helpers';
import { validateProfile } from '../../../src/core/profile/validate';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';

const SUBJECT = /^\*\*Betreff:\*\* (.*)$/gmu;
const subjects = (text: string): string[] => [...text.matchAll(SUBJECT)].map((m) => m[1]!);
const problem = (s: string): string | undefined =>
  s.length > 70 ? `${s.length} characters` : s.includes(';') ? 'a semicolon' : /\bes geht (?:um|darum)\b/iu.test(s) ? '„es geht um“' : undefined;

suite('German subject lines fit an inbox', () => {
  test('every German subject of the golden corpus: at most 70 characters, no „;“', () => {
    const german = new Set(goldenCases().filter((c) => c.language === 'de').map((c) => c.id));
    let seen = 0;
    for (const [template, docs] of readGolden()) {
      if (!['request-meeting', 'no-reply', 'thank-you'].includes(template)) continue;
      for (const [id, text] of docs) {
        if (!german.has(id)) continue;
        for (const s of subjects(text)) { seen++; assert.strictEqual(problem(s), undefined, `${template} ${id}: „${s}“`); }
      }
    }
    assert.ok(seen > 200, `only ${seen} German subjects`);
  });

  test('the German readers’ profiles, each in three tones: the same', () => {
    const library = new TemplateLibrary();
    const root = path.resolve(process.cwd(), 'test/fixtures/reader-profiles');
    let seen = 0;
    for (const dir of readdirSync(root).filter((d) => d.startsWith('german-'))) {
      for (const file of readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.json'))) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const profile = require(path.join(root, dir, file)) as Record<string, unknown>;
        for (const tone of ['formal', 'warm', 'concise']) {
          const v = validateProfile({ ...profile, tone });
          assert.ok(v.ok, `${dir}/${file}`);
          for (const template of ['request-meeting', 'no-reply', 'thank-you']) {
            const out = renderDocument(library, template, { profile: v.profile, glossary: builtinGlossary(), today: new Date(2026, 11, 5), language: 'de' });
            assert.ok(out.ok);
            for (const s of subjects(out.text)) { seen++; assert.strictEqual(problem(s), undefined, `${dir}/${file} ${tone} ${template}: „${s}“`); }
          }
        }
      }
    }
    assert.ok(seen > 300, `only ${seen} subjects`);
  });

  test('a not-ready answer, every tone, Sie and du, direct and indirect: the subject does not wait for time', () => {
    for (const tone of ['formal', 'warm', 'concise']) for (const anrede of ['Sie', 'du']) for (const communication of ['direct', 'indirect']) {
      const text = renderFinished('request-meeting', { tone, leader: { anrede }, culture: { communication }, firstResponse: 'not-ready' }, 'de');
      for (const s of subjects(text)) assert.doesNotMatch(s, /zeitlich/u, `${tone} ${anrede} ${communication}: „${s}“`);
    }
  });
});
