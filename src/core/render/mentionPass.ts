/**
 * What the passes that name a thing once per document share (namedOnce.ts for the challenge,
 * offerOnce.ts for what they offered): the stream a line belongs to, each stream naming it once in
 * full, and the leader's own words, set aside before a pass and put back unchanged after it.
 */

export type Stream = 'spoken' | 'quoted' | 'narrative';

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
