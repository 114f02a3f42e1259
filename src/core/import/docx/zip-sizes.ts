/**
 * How much an uploaded .docx says it holds once inflated, read from its zip central directory before
 * anything is unzipped: Utilities.unzip inflates every file at once, so a small archive that inflates to
 * gigabytes (a "zip bomb") must be refused from these numbers first. The layout is the zip format's
 * (PKWARE APPNOTE.TXT §4.3.12 central directory header, §4.3.16 end of central directory record): the end
 * record gives where the directory starts and how many entries it has; each entry gives its compressed and
 * uncompressed sizes. Word never writes Zip64 archives for a document; an archive that needs them (the
 * 0xFFFF / 0xFFFFFFFF markers) is reported as unbounded; one whose directory cannot be found or read (a file
 * cut short) as null, a damaged file. Pure: the server hands over the bytes (signed or
 * not). The declared sizes can lie; the reader also bounds the parts it actually reads (docx-parts.ts).
 */

/** What the directory declares; `unbounded` when it uses Zip64's markers. */
export interface ZipSizes {
  entries: number;
  inflated: number;
  unbounded: boolean;
}

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const END_LENGTH = 22;
const ENTRY_LENGTH = 46;
/** The end record's comment is at most 65,535 bytes, so the record starts within this many of the end. */
const END_SEARCH = END_LENGTH + 0xffff;

function u8(bytes: ArrayLike<number>, at: number): number {
  return bytes[at]! & 0xff;
}
function u16(bytes: ArrayLike<number>, at: number): number {
  return u8(bytes, at) | (u8(bytes, at + 1) << 8);
}
function u32(bytes: ArrayLike<number>, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}

const UNBOUNDED: ZipSizes = { entries: 0, inflated: Infinity, unbounded: true };

/** The entries and the total uncompressed size the archive's central directory declares; null if unreadable. */
export function declaredZipSizes(bytes: ArrayLike<number>): ZipSizes | null {
  const lowest = Math.max(0, bytes.length - END_SEARCH);
  let end = -1;
  for (let at = bytes.length - END_LENGTH; at >= lowest; at--) {
    if (u32(bytes, at) === END_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  const offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff) return UNBOUNDED;
  let at = offset;
  let inflated = 0;
  for (let i = 0; i < count; i++) {
    if (at + ENTRY_LENGTH > bytes.length || u32(bytes, at) !== ENTRY_SIGNATURE) return null;
    const size = u32(bytes, at + 24);
    if (size === 0xffffffff || u32(bytes, at + 20) === 0xffffffff) return UNBOUNDED;
    inflated += size;
    at += ENTRY_LENGTH + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { entries: count, inflated, unbounded: false };
}
