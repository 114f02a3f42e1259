/**
 * Protections (Range.protect / Sheet.protect) and named ranges, recorded on the spreadsheet. Their
 * rectangles follow row/column insertions and deletions like the rest of the grid.
 * Who may edit, as Google documents it (developers.google.com/apps-script/reference/spreadsheet/range,
 * protect(); …/spreadsheet/protection): a new protection's permissions "mirror those of the spreadsheet
 * itself, which effectively means that the range remains unprotected" until the script changes its
 * editors (addEditor(s), removeEditor(s), setDomainEdit); "neither the owner of the spreadsheet nor the
 * current user can be removed"; "the spreadsheet owner is always able to edit protected ranges and
 * sheets". A write by anyone else into a protected cell is refused with Sheets' message ("You are trying
 * to edit a protected cell or object…", as public reports quote it): range.ts checks every cell write.
 * A warning-only protection refuses nothing (its warning is the editor's UI, which scripts do not see).
 * Guesses: setDomainEdit(true) lets everyone edit; conditional-format rules and developer metadata are not
 * checked (Google's pages do not say whether a protection covers them).
 */
import { contains, type GridRect, intersects } from "./a1.ts";
import { ProtectionType } from "./enums.ts";
import type { EmuRange } from "./range.ts";
import { EmuUser } from "./session.ts";
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
  /** The protection's own editors (emails); null while it mirrors the spreadsheet's (no one is kept out). */
  editors?: string[] | null;
  domainEdit?: boolean;
}

/** The people of the spreadsheet as protections need them (set by the emulator; absent: no one is refused). */
export interface SpreadsheetPeople {
  /** The person the current execution runs as. */
  current(): string;
  owner(): string;
  /** Everyone who may edit the spreadsheet. */
  all(): string[];
}

/** Sheets' answer to a write into a protected cell by someone not among its editors. */
export const PROTECTED_CELL_MESSAGE =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** True when `email` may edit what `record` protects. */
export function mayEdit(record: ProtectionRecord, people: SpreadsheetPeople | null, email: string): boolean {
  if (!people || record.warningOnly || record.domainEdit) return true;
  if (!record.editors) return true;
  if (same(email, people.owner())) return true;
  return record.editors.some((editor) => same(editor, email));
}

/** True when `record` covers some cell of `rect` on its sheet. */
export function covers(record: ProtectionRecord, sheetId: number, rect: GridRect): boolean {
  if (record.sheetId !== sheetId) return false;
  if (record.type === "RANGE") return record.rect !== null && intersects(record.rect, rect);
  return !record.unprotected.some((open) => contains(open, rect));
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
    const people = this.spreadsheet.people;
    return mayEdit(this.record, people, people?.current() ?? "");
  }
  /** The editors, as User objects; everyone who may edit the spreadsheet while the list mirrors it. */
  getEditors(): EmuUser[] {
    const people = this.spreadsheet.people;
    const emails = this.record.editors ?? people?.all() ?? [];
    return emails.map((email) => new EmuUser(email));
  }
  addEditor(user: unknown): this {
    return this.addEditors([user]);
  }
  addEditors(users: unknown[]): this {
    const list = this.ownList();
    for (const email of users.map(emailOf)) if (!list.some((known) => same(known, email))) list.push(email);
    return this;
  }
  removeEditor(user: unknown): this {
    return this.removeEditors([user]);
  }
  removeEditors(users: unknown[]): this {
    const people = this.spreadsheet.people;
    const kept = [people?.owner() ?? "", people?.current() ?? ""];
    const gone = users.map(emailOf).filter((email) => !kept.some((keep) => same(keep, email)));
    this.record.editors = this.ownList().filter((editor) => !gone.some((email) => same(email, editor)));
    return this;
  }
  canDomainEdit(): boolean {
    return this.record.domainEdit === true;
  }
  setDomainEdit(editable: boolean): this {
    this.ownList();
    this.record.domainEdit = Boolean(editable);
    return this;
  }
  /** The protection's own list of editors, made from the spreadsheet's the first time it changes. */
  private ownList(): string[] {
    if (!this.record.editors) {
      const people = this.spreadsheet.people;
      const start = people ? [people.owner(), people.current(), ...people.all()] : [];
      this.record.editors = start.filter((email, i) => email && start.findIndex((e) => same(e, email)) === i);
    }
    return this.record.editors;
  }
  remove(): void {
    const list = this.spreadsheet.protections;
    const i = list.indexOf(this.record);
    if (i >= 0) list.splice(i, 1);
  }
}

function emailOf(user: unknown): string {
  if (user && typeof user === "object" && "getEmail" in user) return String((user as EmuUser).getEmail());
  return String(user);
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
