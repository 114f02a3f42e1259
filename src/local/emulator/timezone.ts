/**
 * Time-zone arithmetic for the emulator, built on Intl only: the offset of a zone at an instant, and the
 * conversions between absolute instants and "wall-clock" times (a local date-time stored as if it were UTC
 * milliseconds). Spreadsheet serial dates, Utilities.formatDate and the add-on's Date all rely on it.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      era: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError for an unknown IANA zone name. */
export function checkTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

const QUARTER_HOUR = 900_000;
const offsetCache = new Map<string, Map<number, number>>();

/**
 * Offset of `timeZone` from UTC at `instant`, in milliseconds (e.g. -5 h for Toronto in winter). Zone
 * transitions fall on quarter hours, so offsets are cached per zone and quarter hour.
 */
export function offsetAt(timeZone: string, instant: number): number {
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const bucket = Math.floor(instant / QUARTER_HOUR);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    offset = computeOffset(timeZone, bucket * QUARTER_HOUR);
    if (cache.size > 200_000) cache.clear();
    cache.set(bucket, offset);
  }
  return offset;
}

function computeOffset(timeZone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const parts = formatterFor(timeZone).formatToParts(new Date(whole));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  let year = get("year");
  if (parts.find((p) => p.type === "era")?.value === "BC") year = 1 - year;
  const asUtc = Date.UTC(year, get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  const d = new Date(asUtc);
  if (year >= 0 && year < 100) d.setUTCFullYear(year);
  return d.getTime() - whole;
}

/** The local wall-clock time (as UTC-based milliseconds) of an instant in a zone. */
export function instantToWall(timeZone: string, instant: number): number {
  return instant + offsetAt(timeZone, instant);
}

/**
 * The instant at which the zone's clocks show `wall`. In a spring-forward gap the later offset is used
 * (02:30 that does not exist becomes 03:30), as Sheets does; in a fall-back overlap the first occurrence.
 */
export function wallToInstant(timeZone: string, wall: number): number {
  const before = offsetAt(timeZone, wall - 86_400_000);
  const after = offsetAt(timeZone, wall + 86_400_000);
  const candidateA = wall - before;
  const candidateB = wall - after;
  const okA = instantToWall(timeZone, candidateA) === wall;
  const okB = instantToWall(timeZone, candidateB) === wall;
  if (okA && okB) return Math.min(candidateA, candidateB);
  if (okA) return candidateA;
  if (okB) return candidateB;
  return wall - before;
}
