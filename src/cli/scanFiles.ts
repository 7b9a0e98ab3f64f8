/** Reading the files `vocab` scans, each in as few system calls as it takes. */
import { isAscii, isUtf8 } from 'node:buffer';
import fs from 'node:fs';

/** Why a file could not be read as text; vocab counts the files it skips by it. */
export type Unreadable = 'binary' | 'large' | 'unreadable' | 'encoding';

/** A buffer reused for every file read synchronously, grown to the largest file read so far. */
export class ReadBuffer { bytes = Buffer.allocUnsafe(64 * 1024); }

/**
 * A regular file's bytes, read synchronously into `into` (valid until the next read into it), or
 * why not. No trip to the thread pool: for a scan of thousands of small files from the page cache,
 * the pool's hand-offs cost more CPU than the reads (10,446 files, 60 MB: 0.7 s of CPU read with 8
 * in flight, 0.25 s read this way). Most files take three system calls (open, one read, close): a
 * read that stops short of the buffer's end has reached the end of the file. Only a read that fills
 * the buffer (a larger file) or returns nothing (an empty file, or something that is not a file)
 * asks the file's size. Opened non-blocking, so a FIFO put where a file was listed is refused, not
 * waited on.
 */
export function readFileAtMostSync(file: string, maxBytes: number, into: ReadBuffer): Buffer | Unreadable {
  let fd: number;
  try { fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK); } catch { return 'unreadable'; }
  try {
    let length = fs.readSync(fd, into.bytes, 0, into.bytes.length, 0);
    if (length > 0 && length < into.bytes.length) return length > maxBytes ? 'large' : into.bytes.subarray(0, length);
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return 'unreadable';
    if (stat.size > maxBytes) return 'large';
    if (stat.size > into.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.min(Math.max(stat.size, into.bytes.length * 2), maxBytes));
      into.bytes.copy(grown, 0, 0, length);
      into.bytes = grown;
    }
    const bytes = into.bytes;
    while (length < stat.size) {
      const read = fs.readSync(fd, bytes, length, stat.size - length, length);
      if (read === 0) break;
      length += read;
    }
    return bytes.subarray(0, Math.min(length, stat.size));
  } catch {
    return 'unreadable';
  } finally {
    try { fs.closeSync(fd); } catch { /* nothing was lost: the bytes are read */ }
  }
}

/** Whether the bytes look like a binary file: a NUL in the first 8,000 bytes, as git decides. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

/** UTF-8 (a byte order mark dropped, as TextDecoder does), or ISO-8859-1 when the bytes are not UTF-8. */
export function decodeText(bytes: Buffer): string {
  return decodeAs(bytes, isUtf8Text(bytes));
}

/** Whether decodeText reads the bytes as UTF-8 (true) or ISO-8859-1 (false). Plain ASCII (most
 *  source and prose) is the same in both: latin1 is a straight copy. */
export function isUtf8Text(bytes: Buffer): boolean {
  return !isAscii(bytes) && isUtf8(bytes);
}

/** The bytes decoded as UTF-8 (a byte order mark dropped) or ISO-8859-1. */
export function decodeAs(bytes: Buffer, utf8: boolean): string {
  if (!utf8) return bytes.toString('latin1');
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return (bom ? bytes.subarray(3) : bytes).toString('utf8');
}

