/**
 * Developer metadata: key/value pairs attached to the spreadsheet, a sheet, or whole rows or columns, with
 * DOCUMENT or PROJECT visibility. Row and column locations follow row/column insertions and deletions as
 * Google's reference says (sheets/api/reference/rest/v4/spreadsheets.developerMetadata, "DeveloperMetadata":
 * metadata on row 5 stays with that row when a row is inserted above it, now row 6; when its row or
 * column is deleted the metadata is deleted too). Whether a location spanning several rows grows when a
 * row is inserted strictly inside it is not said there: a guess, as named ranges and protected ranges
 * do, so an option (`growsInside`, default true; false keeps its start and length). Enforces the 30,000-character limit per sheet (and for
 * the spreadsheet itself: sheets/api/guides/metadata).
 */
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumName } from "./enums.ts";
import type { EmuRange } from "./range.ts";
import type { EmuSheet } from "./sheet.ts";
import type { EmuSpreadsheet } from "./spreadsheet.ts";

export const METADATA_CHARS_LIMIT = 30_000;

export type MetadataLocation =
  | { type: "SPREADSHEET" }
  | { type: "SHEET"; sheetId: number }
  | { type: "ROW" | "COLUMN"; sheetId: number; start: number; length: number };

export interface MetadataRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: "DOCUMENT" | "PROJECT";
  location: MetadataLocation;
}

function sizeOf(r: { key: string; value: string | null }): number {
  return r.key.length + (r.value?.length ?? 0);
}

function sameScope(a: MetadataLocation, b: MetadataLocation): boolean {
  if (a.type === "SPREADSHEET" || b.type === "SPREADSHEET") return a.type === b.type;
  return a.sheetId === b.sheetId;
}

export class MetadataStore {
  readonly records: MetadataRecord[] = [];
  private nextId = 1_000_001;
  /** Whether a row/column location grows with rows/columns inserted strictly inside it (a guess: above). */
  growsInside = true;

  add(key: string, value: string | null, visibility: unknown, location: MetadataLocation): MetadataRecord {
    const vis = visibility === undefined ? "DOCUMENT" : (enumName(visibility) as "DOCUMENT" | "PROJECT");
    if (vis !== "DOCUMENT" && vis !== "PROJECT") throw new Error(`Invalid visibility: ${String(visibility)}`);
    const record: MetadataRecord = { id: this.nextId++, key: String(key), value, visibility: vis, location };
    this.checkSize(location, sizeOf(record));
    this.records.push(record);
    return record;
  }

  checkSize(location: MetadataLocation, extra: number): void {
    let total = extra;
    for (const r of this.records) if (sameScope(r.location, location)) total += sizeOf(r);
    if (total > METADATA_CHARS_LIMIT) {
      const where = location.type === "SPREADSHEET" ? "spreadsheet" : "sheet";
      throw new Error(
        `Developer metadata storage limit exceeded: the metadata on this ${where} would use ${total} characters; the limit is ${METADATA_CHARS_LIMIT} characters per ${where}.`,
      );
    }
  }

  remove(id: number): void {
    const i = this.records.findIndex((r) => r.id === id);
    if (i >= 0) this.records.splice(i, 1);
  }

  /** Follows a row/column insertion or deletion on one sheet. */
  shift(sheetId: number, dimension: "ROWS" | "COLUMNS", at: number, delta: number): void {
    const type = dimension === "ROWS" ? "ROW" : "COLUMN";
    for (const r of [...this.records]) {
      const loc = r.location;
      if (loc.type !== type || loc.sheetId !== sheetId) continue;
      const end = loc.start + loc.length - 1;
      if (delta > 0) {
        if (loc.start >= at) loc.start += delta;
        // Otherwise (the other reading) its indices stay: it keeps its length, its last rows pushed out.
        else if (end >= at && this.growsInside) loc.length += delta;
      } else {
        const n = -delta;
        const delEnd = at + n - 1;
        if (end < at) continue;
        if (loc.start > delEnd) loc.start -= n;
        else {
          const kept = loc.length - (Math.min(end, delEnd) - Math.max(loc.start, at) + 1);
          if (kept <= 0) this.remove(r.id);
          else {
            loc.start = Math.min(loc.start, at);
            loc.length = kept;
          }
        }
      }
    }
  }

  /** A workbook copy's store: every record (ids kept: they are unique within one document). */
  copyFrom(source: MetadataStore): void {
    for (const r of source.records) this.records.push(structuredClone(r));
    this.nextId = Math.max(this.nextId, source.nextId);
  }

  dropSheet(sheetId: number): void {
    for (const r of [...this.records])
      if (r.location.type !== "SPREADSHEET" && r.location.sheetId === sheetId) this.remove(r.id);
  }
}

export class EmuDeveloperMetadataLocation {
  readonly __class = "DeveloperMetadataLocation";
  constructor(
    private readonly location: MetadataLocation,
    private readonly spreadsheet: EmuSpreadsheet,
  ) {}
  getLocationType() {
    return DeveloperMetadataLocationType[this.location.type];
  }
  getSpreadsheet(): EmuSpreadsheet | null {
    return this.location.type === "SPREADSHEET" ? this.spreadsheet : null;
  }
  getSheet(): EmuSheet | null {
    return this.location.type === "SHEET" ? this.spreadsheet.sheetById(this.location.sheetId) : null;
  }
  getRow(): EmuRange | null {
    const loc = this.location;
    if (loc.type !== "ROW") return null;
    const sheet = this.spreadsheet.sheetById(loc.sheetId)!;
    return sheet.getRange(loc.start, 1, loc.length, sheet.getMaxColumns());
  }
  getColumn(): EmuRange | null {
    const loc = this.location;
    if (loc.type !== "COLUMN") return null;
    const sheet = this.spreadsheet.sheetById(loc.sheetId)!;
    return sheet.getRange(1, loc.start, sheet.getMaxRows(), loc.length);
  }
}

export class EmuDeveloperMetadata {
  readonly __class = "DeveloperMetadata";
  constructor(
    readonly record: MetadataRecord,
    private readonly spreadsheet: EmuSpreadsheet,
  ) {}
  getId(): number {
    return this.record.id;
  }
  getKey(): string {
    return this.record.key;
  }
  getValue(): string | null {
    return this.record.value;
  }
  getVisibility() {
    return DeveloperMetadataVisibility[this.record.visibility];
  }
  getLocation(): EmuDeveloperMetadataLocation {
    return new EmuDeveloperMetadataLocation(this.record.location, this.spreadsheet);
  }
  setKey(key: string): this {
    this.spreadsheet.metadata.checkSize(this.record.location, String(key).length - this.record.key.length);
    this.record.key = String(key);
    return this;
  }
  setValue(value: string): this {
    const v = value === null || value === undefined ? null : String(value);
    this.spreadsheet.metadata.checkSize(
      this.record.location,
      (v?.length ?? 0) - (this.record.value?.length ?? 0),
    );
    this.record.value = v;
    return this;
  }
  setVisibility(visibility: unknown): this {
    this.record.visibility = enumName(visibility) as "DOCUMENT" | "PROJECT";
    return this;
  }
  remove(): void {
    this.spreadsheet.metadata.remove(this.record.id);
  }
}

/** Search over metadata in a scope (the records the creating object can see). */
export class EmuDeveloperMetadataFinder {
  readonly __class = "DeveloperMetadataFinder";
  private readonly filters: Array<(r: MetadataRecord) => boolean> = [];
  constructor(
    private readonly spreadsheet: EmuSpreadsheet,
    private readonly scope: (r: MetadataRecord, intersecting: boolean) => boolean,
  ) {}
  private intersecting = false;
  withId(id: number) {
    this.filters.push((r) => r.id === id);
    return this;
  }
  withKey(key: string) {
    this.filters.push((r) => r.key === key);
    return this;
  }
  withValue(value: string) {
    this.filters.push((r) => r.value === value);
    return this;
  }
  withVisibility(visibility: unknown) {
    const v = enumName(visibility);
    this.filters.push((r) => r.visibility === v);
    return this;
  }
  withLocationType(type: unknown) {
    const t = enumName(type);
    this.filters.push((r) => r.location.type === t);
    return this;
  }
  onIntersectingLocations() {
    this.intersecting = true;
    return this;
  }
  find(): EmuDeveloperMetadata[] {
    return this.spreadsheet.metadata.records
      .filter((r) => this.scope(r, this.intersecting) && this.filters.every((f) => f(r)))
      .map((r) => new EmuDeveloperMetadata(r, this.spreadsheet));
  }
}
