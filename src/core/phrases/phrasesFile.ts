// `.mentorship/phrases.json` as the extension and the command line both read it: the overrides
// that can apply, and every problem with the file (not JSON, an unknown ID, a syntax error, a
// variable the message does not have), each with its file and line.
import { parseOverrides, type PhraseOverrides } from './overrides';
import { Phrasebook, type PhraseProblem } from './phrasebook';

/** Where a workspace keeps its own wording, relative to the workspace folder. */
export const PHRASES_PATH = '.mentorship/phrases.json';

export function checkPhrasesFile(text: string, file: string): { overrides: PhraseOverrides; problems: PhraseProblem[] } {
  const { overrides, problems } = parseOverrides(text, file);
  // Compiling them is the check: the phrasebook reports each override it cannot use.
  const book = new Phrasebook({ overrides });
  return { overrides, problems: [...problems, ...book.problems] };
}

/** A problem as one line for a terminal or a log: `file:line: message`, or the message and its ID. */
export function describePhraseProblem(p: PhraseProblem): string {
  if (p.file) return `${p.file}:${p.line ?? 1}: ${p.message}`;
  return p.id && !p.message.includes(p.id) ? `${p.id}: ${p.message}` : p.message;
}
