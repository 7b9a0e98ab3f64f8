// How alike two documents read, for the culture tests that print and bound it.

/** difflib's ratio over words: 2 × the longest common subsequence / the total length. */
export function similarity(a: string, b: string): number {
  const x = a.split(/\s+/u).filter(Boolean);
  const y = b.split(/\s+/u).filter(Boolean);
  let prev = new Array<number>(y.length + 1).fill(0);
  for (const wx of x) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) row[j] = wx === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return (2 * prev[y.length]!) / (x.length + y.length || 1);
}
