// The vocabulary section's questions: a term the leader practises is asked about as their
// experience, no question presumes what they did, and the challenge is not repeated per term.
import * as assert from 'assert';
import { exampleWith, render, section, cto } from './helpers';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';


suite('Vocabulary lines: asked of their experience, never presumed', () => {
  test('a long challenge is not repeated in every vocabulary line', () => {
    const doc = render('prep-doc', exampleWith({ challenge: 'our three product teams each built their own integration to SAP and nobody owns the contracts' }));
    const vocab = section(doc, 'Vocabulary for this conversation');
    assert.ok((vocab.match(/nobody owns the contracts/g) ?? []).length <= 1, vocab);
  });

  test('a term the leader practises is asked about as their experience, not proposed to them', () => {
    const vocab = section(render('prep-doc', cto()), 'Vocabulary for this conversation');
    // Named among the terms; when it is one to use, its question asks about their own work.
    assert.match(vocab, /Modular Monolith/);
    const line = vocab.split('\n').find((l) => l.startsWith('- **Modular Monolith**'));
    if (line) assert.match(line, /On the move of the core banking platform to a modular monolith: what convinced you, and what would you do differently now\?/);
    assert.doesNotMatch(vocab, /if I proposed a modular monolith/);
  });

  test('no vocabulary question presumes what the leader did, and none is the "for our challenge" filler', () => {
    const vocab = section(render('prep-doc', cto()), 'Vocabulary for this conversation');
    const tries = [...vocab.matchAll(/\*Try:\* “(.+)”/g)].map((m) => m[1]!);
    assert.ok(tries.length >= 3, vocab);
    for (const t of tries) {
      if (t.startsWith('On the move')) continue; // their own work: true by definition
      assert.doesNotMatch(t, /\b(?:did you|you had to)\b|^(?:How did you|When you|Did )/, t);
      assert.doesNotMatch(t, /for our challenge/, t);
    }
  });

  test('every built-in question that presumes has a question for anyone', () => {
    const presumes = /^(?:How did you|When you|When your|What did you|How far ahead did you|Which investments|What framework did you|Was |At what|Did )|\b(?:did you|who negotiated|you had to)\b/i;
    const missing = builtinGlossary().filter((e) => presumes.test(e.howToSay ?? '') && !e.askAnyone);
    assert.deepStrictEqual(missing.map((e) => e.name), []);
    for (const e of builtinGlossary()) if (e.askAnyone) assert.doesNotMatch(e.askAnyone, presumes, e.name);
  });
});
