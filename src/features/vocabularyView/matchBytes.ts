import { isAscii, isUtf8 } from 'node:buffer';
import type { TermMatch, TermMatcher } from '../../core/vocabulary/matcher';

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * A file's matches as the editor would show them, read from its bytes: the file is decoded as
 * UTF-8 (a byte order mark dropped, an invalid sequence a replacement character), as VS Code opens
 * it. Valid UTF-8 and plain ASCII (most files) are matched on the bytes, as the `vocab` command
 * does, and decoded only when a word in them may start a term; the rest is decoded first.
 */
export function matchFileBytes(matcher: TermMatcher, bytes: Buffer): TermMatch[] {
  if (isAscii(bytes)) return matcher.findAllInBytes(bytes, false, () => bytes.toString('latin1'));
  if (isUtf8(bytes)) return matcher.findAllInBytes(bytes, true, () => decoder.decode(bytes));
  return matcher.findAll(decoder.decode(bytes));
}
