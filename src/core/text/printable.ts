/** Characters a terminal or a notification would act on or hide: C0, DEL and C1 controls (ESC
 *  starts ANSI/OSC sequences), lone surrogates, line and paragraph separators, and the bidi
 *  controls that reorder what follows (U+202E). */
export const UNSEEN = /[\p{Cc}\p{Cs}\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u;
const UNSEEN_ALL = new RegExp(UNSEEN.source, 'gu');
/** The bidi controls alone: they reorder text in a calendar or a document without being seen. */
export const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\x1b`, `\u202e`: how an unseen character is shown. */
export function escapeChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  return SHORT[ch] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** Text from a file or a file name, safe to show in a message: every unseen character escaped
 *  (line breaks kept with `keepLineBreaks`, for a message of several lines). */
export function printable(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(UNSEEN_ALL, (ch) => (options.keepLineBreaks && ch === '\n' ? ch : escapeChar(ch)));
}
