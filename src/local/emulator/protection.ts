/**
 * Protections (Range.protect / Sheet.protect) and named ranges, recorded on the spreadsheet. Their
 * rectangles follow row/column insertions and deletions like the rest of the grid.
 */
import type { GridRect } from "./a1.ts";
import { ProtectionType } from "./enums.ts";
import type { EmuRange } from "./range.ts";
import type { EmuSheet } from "./sheet.ts";
import type { EmuSpreadsheet } from "./spreadsheet.ts";

export interface ProtectionRecord {
  type: "RANGE" | "SHEET";
  sheetId: number;
  rect: GridRect | null;
  description: string;
  warningOnly: boolean;
  rangeName: string | null;
  unprotected: GridRect[];
}

export class EmuProtection {
  readonly __class = "Protection";
  constructor(
    readonly record: ProtectionRecord,
    private readonly spreadsheet: EmuSpreadsheet,
  ) {}
  getProtectionType() {
    return ProtectionType[this.record.type];
  }
  getDescription(): string {
    return this.record.description;
  }
  setDescription(description: string): this {
    this.record.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.record.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.record.warningOnly = Boolean(warningOnly);
    return this;
  }
  getRange(): EmuRange {
    const sheet = this.spreadsheet.sheetById(this.record.sheetId)!;
    const r = this.record.rect ?? {
      row: 1,
      column: 1,
      numRows: sheet.getMaxRows(),
      numColumns: sheet.getMaxColumns(),
    };
    return sheet.getRange(r.row, r.column, r.numRows, r.numColumns);
  }
  getRangeName(): string | null {
    return this.record.rangeName;
  }
  setUnprotectedRanges(ranges: EmuRange[]): this {
    this.record.unprotected = ranges.map((r) => r.rect());
    return this;
  }
  getUnprotectedRanges(): EmuRange[] {
    const sheet = this.spreadsheet.sheetById(this.record.sheetId)!;
    return this.record.unprotected.map((r) => sheet.getRange(r.row, r.column, r.numRows, r.numColumns));
  }
  canEdit(): boolean {
    return true;
  }
  remove(): void {
    const list = this.spreadsheet.protections;
    const i = list.indexOf(this.record);
    if (i >= 0) list.splice(i, 1);
  }
}

export interface NamedRangeRecord {
  name: string;
  sheetId: number;
  rect: GridRect;
}

export class EmuNamedRange {
  readonly __class = "NamedRange";
  constructor(
    readonly record: NamedRangeRecord,
    private readonly spreadsheet: EmuSpreadsheet,
  ) {}
  getName(): string {
    return this.record.name;
  }
  getRange(): EmuRange {
    const sheet: EmuSheet = this.spreadsheet.sheetById(this.record.sheetId)!;
    const r = this.record.rect;
    return sheet.getRange(r.row, r.column, r.numRows, r.numColumns);
  }
  setName(name: string): this {
    this.spreadsheet.renameNamedRange(this.record, name);
    return this;
  }
  setRange(range: EmuRange): this {
    this.record.sheetId = range.getSheet().getSheetId();
    this.record.rect = range.rect();
    return this;
  }
  remove(): void {
    this.spreadsheet.removeNamedRange(this.record.name);
  }
}
