/**
 * Utilities: formatDate with Java SimpleDateFormat patterns in any time zone (via Intl), getUuid (a
 * deterministic, seedable sequence of v4-shaped ids), sleep on the virtual clock, computeDigest returning
 * signed bytes like Apps Script, base64 encoding and decoding, the DigestAlgorithm/Charset enums, and
 * newBlob/zip/unzip (zip.ts).
 */
import { createHash } from "node:crypto";
import { MONTH_NAMES } from "../../core/dates.ts";
import type { VirtualClock } from "./clock.ts";
import { Charset, DigestAlgorithm, enumName } from "./enums.ts";
import { offsetAt } from "./timezone.ts";
import { isDateObject } from "./values.ts";
import { createBlobUtilities, type UnzipContentTypes } from "./zip.ts";

const MONTHS = MONTH_NAMES.en;
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Offset (ms) of a zone given as an IANA name or as "GMT", "UTC", "GMT+1", "GMT-05:30". */
function zoneOffset(timeZone: string, instant: number): number {
  const fixed = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(timeZone);
  if (fixed) {
    if (!fixed[1]) return 0;
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
    return (fixed[1] === "-" ? -1 : 1) * minutes * 60_000;
  }
  return offsetAt(timeZone, instant);
}

function zoneName(timeZone: string, instant: number, long: boolean): string {
  if (/^(GMT|UTC)/.test(timeZone)) return timeZone;
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    timeZoneName: long ? "long" : "short",
  }).formatToParts(new Date(instant));
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

function offsetText(offsetMs: number, style: "Z" | "X" | "XX" | "XXX"): string {
  if (offsetMs === 0 && style !== "Z") return "Z";
  const sign = offsetMs < 0 ? "-" : "+";
  const total = Math.abs(offsetMs) / 60_000;
  const hh = String(Math.floor(total / 60)).padStart(2, "0");
  const mm = String(total % 60).padStart(2, "0");
  if (style === "X") return `${sign}${hh}`;
  if (style === "XXX") return `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

/** Java SimpleDateFormat, as Utilities.formatDate uses it (English names). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!isDateObject(date)) throw new Error("Invalid argument: date");
  const instant = date.getTime();
  const offset = zoneOffset(timeZone, instant);
  const d = new Date(instant + offset);
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else out += pattern[j++];
      }
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    const hours = d.getUTCHours();
    switch (ch) {
      case "G":
        out += "AD";
        break;
      case "y":
      case "Y":
        out += n === 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), n);
        break;
      case "M":
      case "L":
        out +=
          n >= 4
            ? MONTHS[d.getUTCMonth()]
            : n === 3
              ? MONTHS[d.getUTCMonth()]!.slice(0, 3)
              : pad(d.getUTCMonth() + 1, n);
        break;
      case "d":
        out += pad(d.getUTCDate(), n);
        break;
      case "D": {
        const start = Date.UTC(d.getUTCFullYear(), 0, 1);
        out += pad(Math.floor((d.getTime() - start) / 86_400_000) + 1, n);
        break;
      }
      case "E":
        out += n >= 4 ? DAYS[d.getUTCDay()] : DAYS[d.getUTCDay()]!.slice(0, 3);
        break;
      case "u":
        out += pad(d.getUTCDay() === 0 ? 7 : d.getUTCDay(), n);
        break;
      case "a":
        out += hours < 12 ? "AM" : "PM";
        break;
      case "H":
        out += pad(hours, n);
        break;
      case "k":
        out += pad(hours === 0 ? 24 : hours, n);
        break;
      case "K":
        out += pad(hours % 12, n);
        break;
      case "h":
        out += pad(hours % 12 === 0 ? 12 : hours % 12, n);
        break;
      case "m":
        out += pad(d.getUTCMinutes(), n);
        break;
      case "s":
        out += pad(d.getUTCSeconds(), n);
        break;
      case "S":
        out += pad(d.getUTCMilliseconds(), n);
        break;
      case "z":
        out += zoneName(timeZone, instant, n >= 4);
        break;
      case "Z":
        out += offsetText(offset, "Z");
        break;
      case "X":
        out += offsetText(offset, n === 1 ? "X" : n === 2 ? "XX" : "XXX");
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

function toSigned(buf: Buffer): number[] {
  return [...buf].map((b) => (b > 127 ? b - 256 : b));
}

function toBuffer(value: unknown): Buffer {
  if (Array.isArray(value)) return Buffer.from(value.map((b) => (Number(b) + 256) % 256));
  return Buffer.from(String(value), "utf8");
}

const HASHES: Record<string, string> = {
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

export function createUtilities(
  clock: VirtualClock,
  uuidSeed: string,
  unzipContentTypes: UnzipContentTypes = "zip-only",
) {
  let uuidCounter = 0;
  return {
    DigestAlgorithm,
    Charset,
    ...createBlobUtilities(unzipContentTypes),
    formatDate: (date: Date, timeZone: string, format: string) => formatDate(date, timeZone, format),
    getUuid(): string {
      const h = createHash("sha256").update(`${uuidSeed}:${uuidCounter++}`).digest("hex");
      const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    sleep(milliseconds: number): void {
      clock.advance(Math.max(0, Number(milliseconds) || 0));
    },
    computeDigest(algorithm: unknown, value: unknown, _charset?: unknown): number[] {
      const name = HASHES[enumName(algorithm)];
      if (!name) throw new Error(`Unsupported digest algorithm: ${enumName(algorithm)}`);
      return toSigned(createHash(name).update(toBuffer(value)).digest());
    },
    base64Encode: (data: unknown, _charset?: unknown) => toBuffer(data).toString("base64"),
    base64EncodeWebSafe: (data: unknown, _charset?: unknown) =>
      toBuffer(data)
        .toString("base64url")
        .padEnd(Math.ceil(toBuffer(data).length / 3) * 4, "="),
    base64Decode: (encoded: string) => toSigned(Buffer.from(String(encoded), "base64")),
    base64DecodeWebSafe: (encoded: string) => toSigned(Buffer.from(String(encoded), "base64url")),
  };
}
