/** English quotes inside quotes: a message that quotes their words (“to chat when you’re in London”)
 *  said inside a spoken line that is itself in quotes gets single marks, as English nests them:
 *  “I would value your view, in the way you offered: ‘to chat when you’re in London’.” */
export function nestEnglishQuotes(text: string): string {
  return text.includes('“') ? text.split('\n').map(nestLine).join('\n') : text;
}

/** One line, left as it is unless its double quotes pair up (a stray “ in the user's words would
 *  otherwise turn every later quote on the line). One pass: linear in the line's length. */
function nestLine(line: string): string {
  let opens = 0;
  let closes = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x201c) opens++;
    else if (c === 0x201d) closes++;
  }
  if (opens < 2 || opens !== closes) return line;
  let depth = 0;
  return line.replace(/[“”]/g, (c) => (c === '“' ? (depth++ > 0 ? '‘' : '“') : depth > 0 ? (--depth > 0 ? '’' : '”') : c));
}
