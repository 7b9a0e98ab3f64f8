/** Reading the files `vocab` scans: many at once, each in as few system calls as it takes. */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';

/** Why a file could not be read as text; vocab counts the files it skips by it. */
export type Unreadable = 'binary' | 'large' | 'unreadable' | 'encoding';

/** Files read at once: enough to keep the thread pool busy while the matcher works on the file
 *  before, few enough that the memory held is small (at most this many files of the size limit). */
export const READ_AHEAD = 8;

/**
 * A regular file's bytes (open, fstat, read, close), or why not: over `maxBytes`, or unreadable.
 * Callback calls, not FileHandle: one trip to the thread pool each and nothing left for the
 * garbage collector to close.
 */
export function readFileAtMost(file: string, maxBytes: number): Promise<Buffer | Unreadable> {
  return new Promise((resolve) => {
    fs.open(file, 'r', (err, fd) => {
      if (err) { resolve('unreadable'); return; }
      const done = (result: Buffer | Unreadable) => { resolve(result); fs.close(fd, () => undefined); };
      fs.fstat(fd, (err, stat) => {
        if (err) { done('unreadable'); return; }
        if (stat.size > maxBytes) { done('large'); return; }
        const bytes = Buffer.allocUnsafe(stat.size);
        let length = 0;
        const more = () => fs.read(fd, bytes, length, stat.size - length, length, (err, read) => {
          if (err) { done('unreadable'); return; }
          length += read;
          if (read === 0 || length >= stat.size) done(bytes.subarray(0, length)); else more();
        });
        if (stat.size === 0) done(bytes); else more();
      });
    });
  });
}

/** Whether the bytes look like a binary file: a NUL in the first 8,000 bytes, as git decides. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

/** UTF-8 (a byte order mark dropped, as TextDecoder does), or ISO-8859-1 when the bytes are not UTF-8. */
export function decodeText(bytes: Buffer): string {
  if (!isUtf8(bytes)) return bytes.toString('latin1');
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return (bom ? bytes.subarray(3) : bytes).toString('utf8');
}

