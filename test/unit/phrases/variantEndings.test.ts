// A variant is said instead of its siblings, so it ends as they do: where the other variants of a
// choice end a sentence, one that stops on a word ("I'll put it") was cut off when it was edited.
import * as assert from 'assert';
import { FluentResource } from '@fluent/bundle';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

type Pattern = string | readonly unknown[];
interface Select { type: 'select'; variants: readonly { value: Pattern }[] }

/** The text a pattern ends with, or undefined when it ends with a placeable. */
function lastText(p: Pattern): string | undefined {
  if (typeof p === 'string') return p;
  const last = p[p.length - 1];
  return typeof last === 'string' ? last : undefined;
}

/** Every choice in a pattern, nested ones too. */
function selects(p: Pattern | null | undefined, out: Select[] = []): Select[] {
  if (!p || typeof p === 'string') return out;
  for (const part of p) {
    const sel = part as Partial<Select>;
    if (sel && typeof sel === 'object' && sel.type === 'select') {
      out.push(sel as Select);
      for (const v of sel.variants!) selects(v.value, out);
    }
  }
  return out;
}

const ENDS_SENTENCE = /[.?!…][”’)*]*\s*$/u;
const ENDS_ON_WORD = /\p{Ll}$/u;

/** Choices in which one variant stops on a word while at least two siblings end a sentence. */
export function cutOffVariants(source: string): string[] {
  const found: string[] = [];
  for (const m of new FluentResource(source).body) {
    if (/subject/.test(m.id)) continue; // a subject line is a title: “…, in writing” ends it as well as “?”
    for (const s of selects((m as { value: Pattern | null }).value)) {
      const ends = s.variants.map((v) => lastText(v.value));
      const texts = ends.filter((e) => e !== undefined);
      const sentences = texts.filter((e) => ENDS_SENTENCE.test(e)).length;
      // Most siblings end a sentence: the choice is between sentences, not between names or phrases.
      for (const e of texts) if (sentences >= 1 && 2 * sentences >= texts.length && ENDS_ON_WORD.test(e)) found.push(`${m.id}: “…${e.slice(-40)}”`);
    }
  }
  return found;
}

suite('Phrasebook: every variant ends as its siblings do', () => {
  test('the check finds a variant cut off mid-sentence', () => {
    const cut = 'm = { $tone ->\n    [formal] Which month would suit you? I will write then.\n    [warm] Which month? I’ll put it\n   *[concise] Which month?\n}\n';
    assert.deepStrictEqual(cutOffVariants(cut), ['m: “…Which month? I’ll put it”']);
  });

  for (const locale of ['en', 'de']) {
    test(`no message in phrases/${locale} has a variant cut off mid-sentence`, () => {
      const dir = path.join('phrases', locale);
      const found = readdirSync(dir).filter((f) => f.endsWith('.ftl')).flatMap((f) => cutOffVariants(readFileSync(path.join(dir, f), 'utf8')).map((x) => `${f} ${x}`));
      assert.deepStrictEqual(found, []);
    });
  }
});
