/**
 * What the mapping step (map-blocks.ts) knows while it walks the blocks, shared by its rules (rules/*):
 * the plan being built, the open sections (headings, objective lines, list titles) from which an action
 * takes its objective, the deadline heading or line waiting for the actions below it, the last row
 * (which a date line or labelled field below it completes), the labelled fields and table rows waiting
 * to be read together. Rules read and change it through the few methods here, so each rule only holds
 * its own decision.
 */

import { splitActionDeadline } from "./action-deadline";
import type { Block, RowBlock } from "./blocks";
import type { HeaderColumn } from "./header-synonyms";
import { isActionSection } from "./rules/action-sections";
import { capitalise, looksLikeAction } from "./rules/looks-like-action";
import { splitResponsables } from "./rules/responsible-at-end";
import { emptyRow, type ImportedHeader, type ImportedRow } from "./types";

export type LineRole = "objectif" | "action" | "ignore";

/** What the person corrected in the preview; keys are table ids and block lines, as strings. */
export interface ImportCorrections {
  columns?: Record<string, (HeaderColumn | "")[]>;
  lines?: Record<string, LineRole>;
}

export interface MappedTable {
  table: number;
  /** The header cells as written ("" when the table has no header row). */
  headers: string[];
  columns: (HeaderColumn | null)[];
  /** How the columns were found. */
  source: "labels" | "position" | "corrected";
}

export interface MappedPlan {
  header: ImportedHeader;
  rows: ImportedRow[];
  /** The block line each row came from. */
  rowLines: number[];
  /** 0–1 per row: how sure the reading is that it is an action. */
  confidence: number[];
  unplaced: { line: number; text: string }[];
  tables: MappedTable[];
  /** Lists that are not actions (standing files, delegations). */
  skippedLists: { title: string; items: string[] }[];
  /** Lines read as objectives (headings, objective fields and cells), for the preview. */
  objectiveLines: { line: number; text: string }[];
  /** Headers of table columns the template lacks, kept after the template's columns. */
  addedColumns: string[];
  score: number;
}

export interface Section {
  level: number;
  text: string;
  line: number;
  objective: boolean;
  used: boolean;
  strong: boolean;
  /** Prose came under it before any action: a section of a text, not of the plan. */
  prose?: boolean;
  /** `Suivis`, `Prochaines étapes` (rules/action-sections.ts): holds actions, names no objective. */
  actions?: boolean;
}

interface Deadline {
  text: string;
  line: number;
  used: boolean;
}

/** Labelled fields (`Action : …`, `Responsable : …`) waiting to become one row. */
export interface PendingRecord {
  fields: Partial<Record<HeaderColumn, string>>;
  extra: string[];
  line: number;
}

/** A heading with a number or a section word holds its level; a line in capitals or ending with `:` nests. */
const STRONG_HEADING =
  /^(?:\d{1,2}\b|[A-Z]\d|[IVX]{1,4}\s*[.\-–—)]|[A-H]\s*[.\-–—)]|(?:axe|orientation|objectif|but|volet|enjeu|chantier|priorit[ée]|partie|section|th[èe]me|dossier|goal|objective|priority)s?(?:\s+(?:n[°o]\s*)?(?:\d|[IVX]{1,4}\b|[A-Z]\b)|\s*[:–—-]))/i;

/** The numbering family of a heading (`5.1` and `B2` are different families); "" when not numbered. */
function numberingFamily(text: string): string {
  if (/^\d/.test(text)) return "digit";
  if (/^[A-Z]\d/.test(text)) return "letter-digit";
  return "";
}

export function appendText(current: string, more: string, sep = " — "): string {
  if (more === "") return current;
  return current === "" ? more : current + sep + more;
}

export class MappingState {
  readonly plan: MappedPlan = {
    header: {},
    rows: [],
    rowLines: [],
    confidence: [],
    unplaced: [],
    tables: [],
    skippedLists: [],
    objectiveLines: [],
    addedColumns: [],
    score: 0,
  };
  readonly roles: Record<string, LineRole>;
  readonly sections: Section[] = [];
  lastRow: ImportedRow | null = null;
  lastRowIndex = -1;
  anyAction = false;
  /** Whether the plan writes its date lines after their actions (rules/date-line.ts). */
  datesAfter = false;
  record: PendingRecord | null = null;
  /** A title line whose one date line comes next (rules/paragraph.ts): the action that line dates. */
  titleAwaitingDate: { text: string; line: number } | null = null;
  tableRows: RowBlock[] = [];
  /** Headers of table columns the template lacks, kept as columns of their own (rules/table.ts). */
  get addedColumns(): string[] {
    return this.plan.addedColumns;
  }
  /** Per row: the weak heading a list item sits under (for the standing-lists rule), or null. */
  readonly itemGroups: ({ section: number; title: string } | null)[] = [];
  private dateContext: Deadline | null = null;

  constructor(
    readonly blocks: Block[],
    readonly corrections: ImportCorrections,
  ) {
    this.roles = corrections.lines ?? {};
  }

  hasDateContext(): boolean {
    return this.dateContext !== null;
  }

  /** Replaces the deadline context; one that no action used is kept as not placed. */
  setDateContext(next: { text: string; line: number } | null): void {
    const current = this.dateContext;
    if (current && !current.used) this.plan.unplaced.push({ line: current.line, text: current.text });
    this.dateContext = next ? { ...next, used: false } : null;
  }

  useDateContext(): string {
    if (!this.dateContext) return "";
    this.dateContext.used = true;
    return this.dateContext.text;
  }

  /** The objective of an action placed now, and the sections inside (résultat) and around (remarques) it. */
  objectiveFor(): { objectif: string; inner: string; outer: string } {
    const sections = this.sections;
    let obj = -1;
    for (let k = sections.length - 1; k >= 0; k--) {
      if (sections[k].objective) {
        obj = k;
        break;
      }
    }
    if (obj < 0) {
      for (let k = sections.length - 1; k >= 0 && obj < 0; k--) if (!sections[k].actions) obj = k;
    }
    if (obj < 0 && sections.length > 0) {
      // only sections of actions (`Suivis`): no objective, their titles in Remarques
      sections.forEach((s) => {
        s.used = true;
      });
      return { objectif: "", inner: "", outer: sections.map((s) => s.text).join(" — ") };
    }
    if (obj < 0) {
      return { objectif: "", inner: sections.map((s) => s.text).join(" — "), outer: "" };
    }
    sections.forEach((s) => {
      s.used = true;
    });
    return {
      objectif: sections[obj].text,
      inner: sections
        .slice(obj + 1)
        .filter((s) => !s.actions)
        .map((s) => s.text)
        .join(" — "),
      outer: [...sections.slice(0, obj), ...sections.slice(obj + 1).filter((s) => s.actions)]
        .map((s) => s.text)
        .join(" — "),
    };
  }

  pushRow(row: ImportedRow, line: number, confidence: number): void {
    const plan = this.plan;
    while (this.itemGroups.length < plan.rows.length) this.itemGroups.push(null);
    plan.rows.push(row);
    plan.rowLines.push(line);
    plan.confidence.push(confidence);
    this.lastRow = row;
    this.lastRowIndex = plan.rows.length - 1;
    this.anyAction = true;
  }

  /** Whether the last row placed is the plan's last (nothing removed it since). */
  lastRowIsLatest(): boolean {
    return this.lastRow !== null && this.lastRowIndex === this.plan.rows.length - 1;
  }

  /**
   * An action line under the open sections: its labelled responsible and its deadline taken out, its
   * objective from the sections, its deadline from the line or the date heading above. `"item"`: a list
   * item, whose confidence depends on how much it reads like an action.
   */
  addAction(text: string, line: number, confidence: number | "item"): ImportedRow {
    const sections = this.sections;
    const who = splitResponsables(text);
    const split = splitActionDeadline(who.text);
    const row = emptyRow();
    row.responsables = who.responsables;
    const inner = sections[sections.length - 1];
    const underStrong = sections.some((s) => s.strong || s.objective);
    const ctx = this.objectiveFor();
    row.objectif = ctx.objectif;
    row.resultat = ctx.inner;
    row.remarques = ctx.outer;
    row.moyens = split.text;
    row.echeancier = split.echeance !== "" ? split.echeance : !this.datesAfter ? this.useDateContext() : "";
    // `OCTOBRE` ⏎ `3 octobre : Débat…`: the month heading was read, as the frame of dated lines under it
    if (split.echeance !== "" && this.dateContext && !this.datesAfter) this.dateContext.used = true;
    const score =
      confidence === "item"
        ? Math.min(
            1,
            0.4 +
              (looksLikeAction(capitalise(split.text)) ? 0.3 : 0) +
              (row.echeancier !== "" ? 0.2 : 0) +
              (underStrong ? 0.2 : 0),
          )
        : confidence;
    this.pushRow(row, line, score);
    this.itemGroups.push(
      confidence === "item" && inner && !inner.strong && inner.level < 100
        ? { section: inner.line, title: sections.map((s) => s.text).join(" — ") }
        : null,
    );
    return row;
  }

  /** Closes the innermost section; a heading no action used is kept as not placed. */
  closeTop(): void {
    const closed = this.sections.pop();
    if (closed && !closed.used && closed.level < 100)
      this.plan.unplaced.push({ line: closed.line, text: closed.text });
  }

  closeAllSections(): void {
    while (this.sections.length > 0) this.closeTop();
  }

  /** Opens a section at `level0` (list items that head sub-lists use 100 + their level). */
  openSection(level0: number, heading: string, line: number, objective: boolean): void {
    const sections = this.sections;
    const text = heading.replace(/\s*:\s*$/, "");
    const strong = objective || level0 >= 100 || STRONG_HEADING.test(text);
    let level = level0;
    if (!strong) {
      // a section whose content was prose (`2. Adoption de l'ordre du jour` ⏎ `L'ordre du jour est adopté.`)
      // does not hold the list that comes after it
      while (sections.length > 0 && sections[sections.length - 1].prose) this.closeTop();
      // `LOGEMENT` under `Orientation 2 —`: one level below the numbered or named heading above
      while (
        sections.length > 0 &&
        !sections[sections.length - 1].strong &&
        sections[sections.length - 1].level < 100
      ) {
        this.closeTop();
      }
      const top = sections[sections.length - 1];
      if (top && top.level < 100) level = top.level + 1;
    } else {
      const family = numberingFamily(text);
      if (family !== "") {
        // `B2 - …` after `5.1 …`: another numbering, not a child of the first
        const other = sections.findIndex(
          (s) => numberingFamily(s.text) !== "" && numberingFamily(s.text) !== family,
        );
        while (other >= 0 && sections.length > other) this.closeTop();
      }
    }
    while (sections.length > 0 && sections[sections.length - 1].level >= level) this.closeTop();
    const actions = !objective && isActionSection(text);
    sections.push({ level, text, line, objective, used: false, strong, ...(actions ? { actions } : {}) });
    if (objective) this.plan.objectiveLines.push({ line, text });
  }
}
