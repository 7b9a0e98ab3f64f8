/**
 * Reads VS Code's settings files, which are JSON with comments (`//`, `/* *\/`) and trailing
 * commas. One pass turns them into plain JSON (a comment becomes spaces, a trailing comma a space,
 * so positions keep their line and column) and JSON.parse does the rest. Linear in the text.
 */
export function parseJsonc(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const parts: string[] = [];
  let from = 0;
  let pendingComma = -1; // index in `parts` of a comma that may turn out to be trailing
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
      i = Math.min(j + 1, n);
      pendingComma = -1;
    } else if (c === 0x2f /* / */ && (text.charCodeAt(i + 1) === 0x2f || text.charCodeAt(i + 1) === 0x2a)) {
      const block = text.charCodeAt(i + 1) === 0x2a;
      const found = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i + 2);
      const end = found < 0 ? n : block ? found + 2 : found;
      parts.push(text.slice(from, i), text.slice(i, end).replace(/[^\r\n]/g, ' '));
      from = i = end;
    } else if (c === 0x2c /* , */) {
      parts.push(text.slice(from, i), ',');
      pendingComma = parts.length - 1;
      from = ++i;
    } else {
      if ((c === 0x7d || c === 0x5d) /* } ] */ && pendingComma >= 0) parts[pendingComma] = ' ';
      if (c > 0x20) pendingComma = -1;
      i++;
    }
  }
  parts.push(text.slice(from));
  const json = parts.join('');
  if (json.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
