/**
 * What the passes that name a thing once per document share (namedOnce.ts for the challenge,
 * offerOnce.ts for what they offered): the stream a line belongs to, each stream naming it once in
 * full, and the leader's own words, set aside before a pass and put back unchanged after it.
 */

export type Stream = 'spoken' | 'quoted' | 'narrative';

/** What a pass is given: the forms the thing is printed in, and the leader's words it must leave as they are. */
export interface Mention<Form> {
  /** Every printed form (with its short replacement, where the pass has one). */
  forms: readonly Form[];
  /** Text left as it is wherever it appears: the leader's words. */
  keep: readonly string[];
}

/** The script's spoken lines, the other quoted lines (a message to send), and the doc's own narrative. */
export function streamOf(line: string): Stream {
  return line.startsWith('> **You:**') ? 'spoken' : line.startsWith('>') ? 'quoted' : 'narrative';
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The texts to keep, longest first, empty ones left out: a pass keeps them whatever it changes. */
export function keptTexts(keep: readonly string[] | undefined): string[] {
  return (keep ?? []).filter((k) => k.trim() !== '').sort((a, b) => b.length - a.length);
}

/** `line` with every kept text replaced by a private-use marker, and how to put them back. */
export function setAside(line: string, keep: readonly string[]): { text: string; kept: number; putBack: (text: string) => string } {
  const kept: string[] = [];
  let text = line;
  for (const k of keep) text = text.split(k).join(`\u{F0000}${kept.push(k) - 1}\u{F0001}`);
  return { text, kept: kept.length, putBack: (t) => t.replace(/\u{F0000}(\d+)\u{F0001}/gu, (_, i: string) => kept[Number(i)]!) };
}

/** What a pass needs of a document, attached to its render context by the code that builds the
 *  context and read back by the pass; a context without it leaves the document as rendered. */
export function contextNote<T>(): { attach: (context: object, value: T) => void; of: (context: unknown) => T | undefined } {
  const notes = new WeakMap<object, T>();
  return {
    attach: (context, value) => { notes.set(context, value); },
    of: (context) => (context !== null && typeof context === 'object' ? notes.get(context) : undefined),
  };
}
