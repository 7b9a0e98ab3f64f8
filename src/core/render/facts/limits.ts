// The length they set for what you write to them, read once from their limits or their words: "one
// page", "a single page", "a paragraph at most", "eine Seite", "una página", "une page". Every message
// that sizes a written question reads it as `$length` (spokenFacts.ts); `none` keeps the short default.
import type { FirstResponseDetails } from '../../profile/profile';

export type WrittenLength = 'page' | 'paragraph' | 'none';

const PAGE = /(?<!\p{L})(?:(?:one|a|single|1)\s+(?:single\s+)?page|one-pager|(?:eine|einer)\s+Seite|una\s+(?:sola\s+)?p[áa]gina|une\s+(?:seule\s+)?page|uma\s+p[áa]gina)(?!\p{L})/iu;
const PARAGRAPH = /(?<!\p{L})(?:(?:one|a|single|1)\s+(?:short\s+)?paragraph|(?:einen|ein)\s+Absatz|un\s+p[áa]rrafo|un\s+paragraphe|um\s+par[áa]grafo)(?!\p{L})/iu;

/** The length they set, their limits first (what the user confirmed), then their words. */
export function writtenLengthOf(words: string | undefined, details: Pick<FirstResponseDetails, 'limits'>): WrittenLength {
  for (const text of [details.limits ?? '', words ?? '']) {
    if (PAGE.test(text)) return 'page';
    if (PARAGRAPH.test(text)) return 'paragraph';
  }
  return 'none';
}

/** They asked not to be chased: "Don't chase me on WhatsApp", "no reminders, please", "no need to
 *  follow up", „bitte nicht nachhaken“, „keine Erinnerungen“, "no me persigas". Bounded: linear. */
const NO_CHASING = /(?<!\p{L})(?:(?:don['’]?t|do not|never|please don['’]?t)\s+(?:chase|remind|nudge|hassle|ping)|no\s+(?:\p{L}+\s+)?(?:chasing|reminders?|nudges?|nudging)|no\s+need\s+to\s+(?:chase|remind|follow\s+up)|(?:nicht|kein)\s+(?:nachhaken|drängeln|hinterhertelefonieren)|keine\s+Erinnerung(?:en)?|no\s+me\s+(?:persigas|persiga|presiones))(?!\p{L})/iu;

/** Their words or limits ask not to be chased: the one reminder every document would give is not sent. */
export const noChasing = (words: string | undefined, details: Pick<FirstResponseDetails, 'limits'>): boolean =>
  NO_CHASING.test(`${words ?? ''} ${details.limits ?? ''}`);
