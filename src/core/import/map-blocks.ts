/**
 * The mapping step of the importer: blocks (blocks.ts, from any reader) → template rows. It decides what
 * each block means, in one pass with a little look-ahead:
 * - headings open sections; the objective of an action is the innermost heading named like an objective
 *   (`OBJECTIF 3`, `But`, `Goal`), else the innermost heading; headings inside it (and list items that
 *   have items of their own) go to Résultats attendus, headings around it to Remarques (`AXE 1 : …`);
 * - a heading or line that is only a date (`SEPTEMBRE`, `Février 2017`, `En continu`) is a deadline: for
 *   the action above it when the plan writes dates after its actions, for the actions below it otherwise
 *   (month headings over a list);
 * - list items are actions; a deadline inside one is taken out (action-deadline.ts);
 * - labelled lines (`Action : …`, `Responsable : …`, `Échéance : juin 2024`) fill one row per action
 *   label, or the action just above;
 * - table rows are read through their header row (header-synonyms.ts), or by position when the table has
 *   none; a blank objective cell is the one above; several bullets in the action cell are several actions
 *   sharing the row's other cells; cells of columns the template lacks go to Remarques under their label;
 *   year columns (`2024-2025`) marked `✓`/`X` give the Échéancier (year-columns.ts `yearsToEcheancier`);
 * - paragraphs under a section that read like an action (short, starting with a verb) are actions with a
 *   lower confidence; other prose, and headings no action used, are "not placed", in order.
 * Corrections from the preview (a table's columns, "this line is an objective / an action / not part of
 * the plan") override the guesses. Each row gets a confidence; their sum is the reading's score.
 */

import { isDeadlinePhrase, splitActionDeadline } from "./action-deadline";
import { type Block, blockText, type HeadingBlock, type RowBlock } from "./blocks";
import { applyHeaderLine } from "./header";
import {
  columnForLabel,
  type HeaderColumn,
  isHeaderRow,
  mapHeaderRow,
  positionalColumns,
} from "./header-synonyms";
import { emptyRow, type ImportedHeader, type ImportedRow } from "./types";
import { yearsToEcheancier } from "./year-columns";

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
  score: number;
}

/** Words that name a plan document in its title. */
const TITLE_WORDS =
  /\b(?:plan|calendrier|programme|programmation|bilan|work ?plan|action plan|actions \d{4})\b/i;
const OBJECTIVE_WORD = /^(?:objectifs?|buts?|goals?|objectives?)\b/i;
/** A heading with a number or a section word holds its level; a line in capitals or ending with `:` nests. */
const STRONG_HEADING =
  /^(?:\d{1,2}\b|[A-Z]\d|[IVX]{1,4}\s*[.\-–—)]|[A-H]\s*[.\-–—)]|(?:axe|orientation|objectif|but|volet|enjeu|chantier|priorit[ée]|partie|section|th[èe]me|dossier|goal|objective|priority)s?(?:\s+(?:n[°o]\s*)?(?:\d|[IVX]{1,4}\b|[A-Z]\b)|\s*[:–—-]))/i;

/** The numbering family of a heading (`5.1` and `B2` are different families); "" when not numbered. */
function numberingFamily(text: string): string {
  if (/^\d/.test(text)) return "digit";
  if (/^[A-Z]\d/.test(text)) return "letter-digit";
  return "";
}
/** A heading that only names a column or a list (`Actions :`, `Moyens d'action`) is structure. */
function isColumnLabel(text: string): boolean {
  const t = text.replace(/[:\s]+$/, "");
  const m = columnForLabel(t);
  return m !== null && m.confidence === 1;
}

/** The first word of a line that reads as an action: an infinitive or an imperative, not prose. */
const PROSE_START =
  /^(?:notre|votre|leur|entre|autre|contre|outre|lettre|titre|chapitre|pour|par|sur|lire|dire|faire partie|le|la|les|un|une|des|nous|vous|ils|elles|il|elle|on|ce|cette|ces|depuis|dans|en|au|aux|du|de|si|the|this|our|we|it|in|on|for|as|when|since|a|an)\b/i;
const FRENCH_VERB = /^[A-ZÀ-Ýa-zà-ÿ]\p{Ll}+(?:er|ir|re|oir)$/u;
const ENGLISH_VERB =
  /^(?:Organize|Organise|Hold|Create|Develop|Prepare|Set|Build|Plan|Review|Update|Launch|Train|Meet|Publish|Promote|Support|Ensure|Maintain|Offer|Provide|Produce|Recruit|Follow|Invite|Send|Write|Make|Run|Hold|Host|Increase|Improve|Establish|Conduct|Identify|Participate|Continue|Assess|Evaluate)$/;

/** Common nouns and words that end like an infinitive (`Dossier spécial`, `Membres`, `Octobre`). */
const NOT_VERBS = new Set(
  (
    "dossier dossiers premier première dernier dernière janvier février quartier atelier chantier calendrier " +
    "métier papier courrier conseiller conseillère plaisir avenir loisir désir souvenir centre titre membre " +
    "nombre ordre cadre lettre livre notre votre chambre septembre octobre novembre décembre ministre " +
    "registre entre autre offre libre pouvoir devoir savoir espoir soir territoire " +
    "comptoir trimestre semestre genre père mère frère théâtre cinéma lumière matière manière carrière " +
    "barrière filière frontière prière rivière terre guerre verre pierre ère"
  ).split(" "),
);
const FRENCH_SECOND_WORD = /^\S+\s+(?:de|du|des|d['’]|la|le|les|et)\b/i;

export function looksLikeAction(text: string): boolean {
  if (text.length < 8 || text.length > 300) return false;
  const first = text.split(/[\s,:]/)[0];
  if (PROSE_START.test(first + " ")) return false;
  if (FRENCH_VERB.test(first)) return !NOT_VERBS.has(first.toLowerCase());
  return ENGLISH_VERB.test(first) && !FRENCH_SECOND_WORD.test(text);
}

interface Section {
  level: number;
  text: string;
  line: number;
  objective: boolean;
  used: boolean;
  strong: boolean;
  /** Prose came under it before any action: a section of a text, not of the plan. */
  prose?: boolean;
}

interface Deadline {
  text: string;
  line: number;
  used: boolean;
}

/** Splits an action cell into its actions: one per bullet paragraph, or the whole cell. */
export function splitCellActions(cell: string): string[] {
  const paragraphs = cell
    .split(/\n|(?:^|\s)[•▪●◦○■□➢►✓](?=\s)/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const bullet = /^(?:[-–—•▪●◦○■□➢►✓*]|\(?[a-z]\)|[a-z]\.|\d{1,2}[.)])\s+/i;
  const bulleted = paragraphs.filter((p) => bullet.test(p)).length;
  const inlineBullets = /[•▪●◦○■□➢►✓]\s/.test(cell);
  if (bulleted < 2 && !(inlineBullets && paragraphs.length >= 2))
    return paragraphs.length ? [paragraphs.join(" ")] : [];
  const out: string[] = [];
  for (const p of paragraphs) {
    if (bullet.test(p) || out.length === 0 || inlineBullets) out.push(p.replace(bullet, "").trim());
    else out[out.length - 1] += " " + p;
  }
  return out.filter((a) => a !== "");
}

function joinCell(cell: string): string {
  return cell
    .split("\n")
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .join(" ");
}

function appendText(current: string, more: string, sep = " — "): string {
  if (more === "") return current;
  return current === "" ? more : current + sep + more;
}

export function mapBlocks(blocks: Block[], corrections: ImportCorrections = {}): MappedPlan {
  const plan: MappedPlan = {
    header: {},
    rows: [],
    rowLines: [],
    confidence: [],
    unplaced: [],
    tables: [],
    skippedLists: [],
    objectiveLines: [],
    score: 0,
  };
  const roles = corrections.lines ?? {};
  const sections: Section[] = [];
  let dateContext: Deadline | null = null;
  /** Replaces the deadline context; one that no action used is kept as not placed. */
  const setDateContext = (next: Deadline | null): void => {
    if (dateContext && !dateContext.used)
      plan.unplaced.push({ line: dateContext.line, text: dateContext.text });
    dateContext = next;
  };
  const useDateContext = (): string => {
    if (!dateContext) return "";
    dateContext.used = true;
    return dateContext.text;
  };
  let lastRow: ImportedRow | null = null;
  let lastRowIndex = -1;
  let anyAction = false;

  const datesAfter = datesComeAfter(blocks, roles);

  const objectiveFor = (): { objectif: string; inner: string; outer: string } => {
    let obj = -1;
    for (let k = sections.length - 1; k >= 0; k--) {
      if (sections[k].objective) {
        obj = k;
        break;
      }
    }
    if (obj < 0) obj = sections.length - 1;
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
        .map((s) => s.text)
        .join(" — "),
      outer: sections
        .slice(0, obj)
        .map((s) => s.text)
        .join(" — "),
    };
  };

  /** Per row: the weak heading a list item sits under (for the standing-lists rule), or null. */
  const itemGroups: ({ section: number; title: string } | null)[] = [];
  const pushRow = (row: ImportedRow, line: number, confidence: number): void => {
    while (itemGroups.length < plan.rows.length) itemGroups.push(null);
    plan.rows.push(row);
    plan.rowLines.push(line);
    plan.confidence.push(confidence);
    lastRow = row;
    lastRowIndex = plan.rows.length - 1;
    anyAction = true;
  };

  const addAction = (text: string, line: number, confidence: number | "item"): ImportedRow => {
    const who = splitResponsables(text);
    const split = splitActionDeadline(who.text);
    const row = emptyRow();
    row.responsables = who.responsables;
    const inner = sections[sections.length - 1];
    const underStrong = sections.some((s) => s.strong || s.objective);
    const ctx = objectiveFor();
    row.objectif = ctx.objectif;
    row.resultat = ctx.inner;
    row.remarques = ctx.outer;
    row.moyens = split.text;
    row.echeancier = split.echeance !== "" ? split.echeance : !datesAfter ? useDateContext() : "";
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
    pushRow(row, line, score);
    itemGroups.push(
      confidence === "item" && inner && !inner.strong && inner.level < 100
        ? { section: inner.line, title: sections.map((s) => s.text).join(" — ") }
        : null,
    );
    return row;
  };

  const closeTop = (): void => {
    const closed = sections.pop();
    if (closed && !closed.used && closed.level < 100)
      plan.unplaced.push({ line: closed.line, text: closed.text });
  };
  const openSection = (level0: number, heading: string, line: number, objective: boolean): void => {
    const text = heading.replace(/\s*:\s*$/, "");
    const strong = objective || level0 >= 100 || STRONG_HEADING.test(text);
    let level = level0;
    if (!strong) {
      // a section whose content was prose (`2. Adoption de l'ordre du jour` ⏎ `L'ordre du jour est adopté.`)
      // does not hold the list that comes after it
      while (sections.length > 0 && sections[sections.length - 1].prose) closeTop();
      // `LOGEMENT` under `Orientation 2 —`: one level below the numbered or named heading above
      while (
        sections.length > 0 &&
        !sections[sections.length - 1].strong &&
        sections[sections.length - 1].level < 100
      ) {
        closeTop();
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
        while (other >= 0 && sections.length > other) closeTop();
      }
    }
    while (sections.length > 0 && sections[sections.length - 1].level >= level) closeTop();
    sections.push({ level, text, line, objective, used: false, strong });
    if (objective) plan.objectiveLines.push({ line, text });
  };

  const tryHeader = (text: string): boolean => {
    if (anyAction) return false;
    // `Plan d'action : Comité Entraide` names the committee as well as the title (header.ts).
    if (/^plan (?:d['’]action|de travail)\s*:/i.test(text) && applyHeaderLine(plan.header, text) === "placed")
      return true;
    if (
      plan.header.titre === undefined &&
      sections.length === 0 &&
      TITLE_WORDS.test(text) &&
      text.length <= 120
    ) {
      // `CALENDRIER DES ACTIONS – COMITÉ…`, `Comité SST – plan 2024`: the document's title
      plan.header.titre = text;
      const years =
        /((?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)?\d\d))\b/.exec(text) ?? /\b((?:19|20)\d\d)\b/.exec(text);
      if (years && plan.header.periode === undefined)
        plan.header.periode = years[1].replace(/\s+/g, "").replace(/[/–]/, "-");
      return true;
    }
    const range = /((?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)?\d\d))\b/.exec(text);
    const period = range ? range[1].replace(/\s+/g, "").replace(/[/–]/, "-") : undefined;
    if (applyHeaderLine(plan.header, text) === "placed") {
      if (period && plan.header.periode === undefined) plan.header.periode = period;
      return true;
    }
    if (period && text.length <= 90 && plan.header.periode === undefined && sections.length === 0) {
      plan.header.periode = period;
      if (plan.header.titre === undefined) plan.header.titre = text;
      return true;
    }
    return false;
  };

  // Labelled fields waiting to become one row.
  let record: { fields: Partial<Record<HeaderColumn, string>>; extra: string[]; line: number } | null = null;
  const closeRecord = (): void => {
    if (!record) return;
    const r = record;
    record = null;
    const f = r.fields;
    const deadline = [
      f.echeancier,
      f.debut && f.echeance ? `${f.debut} à ${f.echeance}` : (f.echeance ?? f.debut),
    ]
      .filter((s): s is string => s !== undefined && s !== "")
      .join(" ; ");
    if (
      f.objectif !== undefined &&
      f.moyens === undefined &&
      Object.keys(f).length === 1 &&
      r.extra.length === 0
    ) {
      openSection(50, f.objectif, r.line, true);
      return;
    }
    if (f.moyens === undefined) {
      // `Échéance : juin 2024` or `Responsable : …` under an action: they complete it.
      const target = lastRow;
      if (target && lastRowIndex === plan.rows.length - 1) {
        if (f.objectif !== undefined && target.objectif === "") target.objectif = f.objectif;
        if (deadline !== "" && target.echeancier === "") target.echeancier = deadline;
        if (f.responsables !== undefined)
          target.responsables = appendText(target.responsables, f.responsables, ", ");
        if (f.resultat !== undefined) target.resultat = appendText(target.resultat, f.resultat);
        if (f.ressources !== undefined) target.ressources = appendText(target.ressources, f.ressources);
        if (f.remarques !== undefined) target.remarques = appendText(target.remarques, f.remarques);
        for (const e of r.extra) target.remarques = appendText(target.remarques, e);
        return;
      }
      if (f.objectif !== undefined) {
        openSection(50, f.objectif, r.line, true);
        return;
      }
      const text = Object.entries(f)
        .map(([k, v]) => `${k} : ${v}`)
        .concat(r.extra)
        .join(" — ");
      plan.unplaced.push({ line: r.line, text });
      return;
    }
    if (f.objectif !== undefined) openSection(50, f.objectif, r.line, true);
    const row = addAction(f.moyens, r.line, 0.9);
    if (deadline !== "") row.echeancier = deadline;
    if (f.responsables !== undefined) row.responsables = f.responsables;
    if (f.resultat !== undefined) row.resultat = appendText(row.resultat, f.resultat);
    if (f.ressources !== undefined) row.ressources = f.ressources;
    if (f.remarques !== undefined) row.remarques = appendText(row.remarques, f.remarques);
    for (const e of r.extra) row.remarques = appendText(row.remarques, e);
  };

  // Tables: rows grouped by their table id, read when the table ends.
  let tableRows: RowBlock[] = [];
  const closeTable = (): void => {
    if (tableRows.length === 0) return;
    const rows = tableRows;
    tableRows = [];
    mapTable(rows);
  };

  const mapTable = (rows: RowBlock[]): void => {
    const id = rows[0].table;
    const corrected = corrections.columns?.[String(id)];
    let start = 0;
    let table: MappedTable;
    const width = Math.max(...rows.map((r) => r.cells.length));
    if (isHeaderRow(rows[0].cells) || (corrected && rows.length > 1 && isHeaderRow(rows[0].cells))) {
      table = {
        table: id,
        headers: rows[0].cells,
        columns: mapHeaderRow(rows[0].cells).columns,
        source: "labels",
      };
      start = 1;
    } else {
      table = { table: id, headers: [], columns: positionalColumns(width), source: "position" };
    }
    if (corrected) {
      table = { ...table, columns: corrected.map((c) => (c === "" ? null : c)), source: "corrected" };
    }
    plan.tables.push(table);
    const columns = table.columns;
    // Without an action column, the objective-like column names the actions (`Orientation | Porteur | Quand`).
    const actionColumn =
      columns.indexOf("moyens") >= 0 ? "moyens" : columns.indexOf("objectif") >= 0 ? "objectif" : null;
    const headerKey = table.headers.map((h) => h.trim()).join("\t");
    // Year columns (`2024-2025`) not given another column: their marks are the row's Échéancier.
    const yearColumns =
      table.headers.length > 0 ? mapHeaderRow(table.headers).years.filter((i) => columns[i] === null) : [];
    let objective = "";
    const confidence = table.source === "position" ? 0.6 : 0.95;
    for (let r = start; r < rows.length; r++) {
      const row = rows[r];
      const role = roles[String(row.line)];
      if (role === "ignore") continue;
      if (row.cells.map((h) => h.trim()).join("\t") === headerKey) continue; // header repeated on a new page
      const values: Partial<Record<HeaderColumn, string>> = {};
      const extra: string[] = [];
      row.cells.forEach((cell, i) => {
        if (yearColumns.includes(i)) return;
        const column = columns[i] ?? null;
        const text = column === "moyens" || column === actionColumn ? cell : joinCell(cell);
        if (text.trim() === "") return;
        if (column === null) {
          const label = table.headers[i]?.trim();
          extra.push(label ? `${label} : ${joinCell(text)}` : joinCell(text));
        } else if (values[column] !== undefined)
          values[column] = appendText(values[column] ?? "", text, " ; ");
        else values[column] = text;
      });
      const filled = Object.keys(values).length + extra.length;
      if (filled === 0) continue;
      if (
        role === "objectif" ||
        (filled === 1 && values.objectif !== undefined && actionColumn === "moyens")
      ) {
        objective = joinCell(values.objectif ?? row.cells.join(" "));
        plan.objectiveLines.push({ line: row.line, text: objective });
        continue;
      }
      if (actionColumn === "moyens" && values.objectif !== undefined) {
        objective = joinCell(values.objectif);
        plan.objectiveLines.push({ line: row.line, text: objective });
      }
      const actionsText = actionColumn ? (values[actionColumn] ?? "") : "";
      const actions = splitCellActions(actionsText);
      if (actions.length === 0) actions.push("");
      const deadline =
        [
          values.echeancier,
          values.debut && values.echeance
            ? `${values.debut} à ${values.echeance}`
            : (values.echeance ?? values.debut),
        ]
          .filter((s): s is string => s !== undefined && s !== "")
          .map(joinCell)
          .join(" ; ") ||
        yearsToEcheancier(
          yearColumns.map((i) => ({
            label: (table.headers[i] ?? "").replace(/\s+/g, ""),
            value: joinCell(row.cells[i] ?? ""),
          })),
        );
      const ctx = objectiveFor();
      for (const action of actions) {
        const out = emptyRow();
        const split = deadline === "" ? splitActionDeadline(action) : { text: action, echeance: "" };
        out.objectif = actionColumn === "moyens" ? objective || ctx.objectif : ctx.objectif;
        out.moyens = split.text;
        out.resultat = appendText(ctx.inner, joinCell(values.resultat ?? ""));
        out.ressources = joinCell(values.ressources ?? "");
        out.responsables = joinCell(values.responsables ?? "");
        out.echeancier = deadline || split.echeance || useDateContext();
        out.remarques = [
          ctx.outer,
          values.statut ? `Statut : ${joinCell(values.statut)}` : "",
          values.avancement ? `Avancement : ${joinCell(values.avancement)}` : "",
          joinCell(values.remarques ?? ""),
          ...extra,
        ]
          .filter((s) => s !== "")
          .join(" — ");
        // A table without a header is a plan only where its cells read like one: a deadline, an action.
        const rowConfidence =
          table.source !== "position"
            ? confidence
            : 0.3 +
              (isDeadlinePhrase(out.echeancier) ? 0.4 : 0) +
              (looksLikeAction(capitalise(out.moyens)) ? 0.3 : 0);
        pushRow(out, row.line, action === "" ? rowConfidence * 0.5 : rowConfidence);
      }
    }
  };

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind !== "row") closeTable();
    if (block.kind !== "field") closeRecord();
    const role = roles[String(block.line)];
    if (role === "ignore") continue;
    if (role === "objectif" && block.kind !== "row") {
      openSection(
        block.kind === "heading" ? block.level : 50,
        blockText(block).replace(/^[-–•]\s+/, ""),
        block.line,
        true,
      );
      setDateContext(null);
      continue;
    }
    if (role === "action" && block.kind !== "row") {
      const text =
        block.kind === "field" ? block.value : block.kind === "item" ? block.text : blockText(block);
      addAction(text, block.line, 1);
      continue;
    }
    switch (block.kind) {
      case "row":
        if (tableRows.length > 0 && tableRows[0].table !== block.table) closeTable();
        tableRows.push(block);
        break;
      case "heading":
        handleHeading(block);
        break;
      case "field": {
        if (!anyAction && !record && tryHeader(`${block.label} : ${block.value}`)) break;
        if (
          record &&
          (record.fields[block.column] !== undefined ||
            block.gapBefore ||
            (block.column === "objectif" && record.fields.moyens !== undefined))
        ) {
          closeRecord();
        }
        if (!record) record = { fields: {}, extra: [], line: block.line };
        record.fields[block.column] = block.value;
        break;
      }
      case "item": {
        const next = blocks[b + 1];
        const hasChildren = next !== undefined && next.kind === "item" && next.level > block.level;
        if (hasChildren) {
          openSection(100 + block.level, block.text.replace(/\s*:$/, ""), block.line, false);
          sections[sections.length - 1].used = true;
          break;
        }
        // an item closes the item-headers deeper than itself
        while (sections.length > 0 && sections[sections.length - 1].level >= 100 + block.level)
          sections.pop();
        if (isDeadlinePhrase(block.text)) {
          handleDateLine(block.text, block.line);
          break;
        }
        addAction(block.text, block.line, "item");
        break;
      }
      case "paragraph": {
        const text = block.text;
        if (tryHeader(text)) break;
        if (isDeadlinePhrase(text)) {
          handleDateLine(text, block.line);
          break;
        }
        const next = blocks[b + 1];
        const leadsList =
          next?.kind === "item" ||
          (next?.kind === "paragraph" && !looksLikeAction(text) && looksLikeAction(next.text)) ||
          (next?.kind === "paragraph" &&
            startsWithDeadline(next.text) &&
            !startsWithDeadline(text) &&
            text.length <= 80);
        if (
          leadsList &&
          text.length <= 150 &&
          !/[.!?]$/.test(text) &&
          !/:\s*\S/.test(text) &&
          !startsWithDeadline(text)
        ) {
          // the title line of the list below it (`Dossiers statutaires` ⏎ `- Immigration`)
          openSection(
            sections.length > 0 ? sections[sections.length - 1].level + 1 : 1,
            text,
            block.line,
            false,
          );
          setDateContext(null);
          break;
        }
        const split = splitActionDeadline(text);
        const dateFirst = split.echeance !== "" && text.trim().startsWith(split.echeance);
        if (
          dateFirst ||
          (looksLikeAction(text) && (sections.length > 0 || dateContext !== null || anyAction))
        ) {
          addAction(text, block.line, dateFirst ? 0.9 : 0.6);
          break;
        }
        plan.unplaced.push({ line: block.line, text });
        const top = sections[sections.length - 1];
        if (top && !top.used) top.prose = true;
        break;
      }
    }
  }
  closeTable();
  closeRecord();
  setDateContext(null);
  while (sections.length > 0) {
    const closed = sections.pop();
    if (closed && !closed.used && closed.level < 100)
      plan.unplaced.push({ line: closed.line, text: closed.text });
  }
  while (itemGroups.length < plan.rows.length) itemGroups.push(null);
  moveStandingLists(plan, itemGroups);
  plan.unplaced.sort((a, b) => a.line - b.line);
  plan.score = plan.confidence.reduce((s, c) => s + c, 0);
  return plan;

  function handleHeading(block: HeadingBlock): void {
    const text = block.text;
    if (tryHeader(text)) return;
    const bare = text.replace(/[:\s]+$/, "");
    if (isDeadlinePhrase(bare)) {
      // a month heading over a list: the actions below are due then
      setDateContext({ text: bare, line: block.line, used: false });
      return;
    }
    if (isColumnLabel(bare)) return;
    openSection(block.level, text, block.line, OBJECTIVE_WORD.test(text));
    setDateContext(null);
  }

  function handleDateLine(text: string, line: number): void {
    const bare = text.replace(/[:\s]+$/, "");
    const previous = lastRow;
    if (datesAfter && previous && previous.echeancier === "" && lastRowIndex === plan.rows.length - 1) {
      previous.echeancier = bare;
      plan.confidence[lastRowIndex] = Math.min(1, plan.confidence[lastRowIndex] + 0.2);
      return;
    }
    setDateContext({ text: bare, line, used: false });
  }
}

/**
 * A responsible person named at the end of an action line, with its label: `… (resp. : Marie)`,
 * `… — Responsable : comité SST`, `…, porteur : Luc`, before or after the deadline. Names written without
 * a label (`… (Paul Roy)`) stay in the action: a word in parentheses is as often a place or an example.
 */
const RESPONSIBLE_AT_END =
  /^(.*?\S)\s*(?:[([]\s*|\s[-–—]\s*|,\s*|;\s*)(?:resp(?:onsables?)?\.?|porteur|porteuse|qui|lead|responsible)\s*:\s*([^()[\]:]{2,80}?)\s*[)\]]?\s*((?:[,;]|\s[-–—])\s*[^:]*)?$/i;

export function splitResponsables(text: string): { text: string; responsables: string } {
  const m = RESPONSIBLE_AT_END.exec(text.trim());
  if (!m) return { text, responsables: "" };
  const after = (m[3] ?? "").trim();
  // what followed the name (`, juin 2024`) stays with the action, for the deadline to be found
  if (after !== "" && !isDeadlinePhrase(after.replace(/^(?:[,;]|[-–—])\s*/, "")))
    return { text, responsables: "" };
  return {
    text: after !== "" ? `${m[1]}${after.startsWith(",") || after.startsWith(";") ? "" : " "}${after}` : m[1],
    responsables: m[2].trim(),
  };
}

/** `Février 2017 : Lancer le compostage`: the line opens with its deadline. */
function startsWithDeadline(text: string): boolean {
  const split = splitActionDeadline(text);
  return split.echeance !== "" && text.trim().startsWith(split.echeance);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Standing files and delegations (`Dossiers statutaires` ⏎ `- Immigration` ⏎ `- Formation`): in a plan
 * whose actions mostly carry a deadline (60 % or more), a list of two items or more of which fewer than
 * half carry one, under a heading that is neither numbered nor named (`Objectif`, `Axe`…), is not a list of actions.
 * Its items go to skippedLists under the heading, where the preview shows them.
 */
function moveStandingLists(plan: MappedPlan, groups: ({ section: number; title: string } | null)[]): void {
  const bySection = new Map<number, number[]>();
  groups.forEach((g, i) => {
    if (g) bySection.set(g.section, [...(bySection.get(g.section) ?? []), i]);
  });
  const lists = [...bySection.values()].filter(
    (rows) => rows.length >= 2 && rows.filter((i) => plan.rows[i].echeancier !== "").length * 2 < rows.length,
  );
  const drop = new Set(lists.flat());
  const rest = plan.rows.filter((_, i) => !drop.has(i));
  const dated = rest.filter((r) => r.echeancier !== "").length;
  if (drop.size === 0 || rest.length === 0 || dated < rest.length * 0.6) return;
  for (const rows of lists) {
    const first = groups[rows[0]];
    plan.skippedLists.push({ title: first ? first.title : "", items: rows.map((i) => plan.rows[i].moyens) });
  }
  const keep = (_: unknown, i: number): boolean => !drop.has(i);
  plan.rows = plan.rows.filter(keep);
  plan.rowLines = plan.rowLines.filter(keep);
  plan.confidence = plan.confidence.filter(keep);
}

/**
 * Whether the plan writes its date lines after the action they belong to (`Action` ⏎ `juin 2024`)
 * rather than before (`juin 2024` ⏎ `Action`, or month headings): decided once, at the first date line
 * that stands between two actions — after, when the action above it has no date of its own and the
 * block below is not an action or is one that is followed by another date line.
 */
function datesComeAfter(blocks: Block[], roles: Record<string, LineRole>): boolean {
  const actionLike = (b: Block | undefined): boolean =>
    b !== undefined &&
    roles[String(b.line)] !== "ignore" &&
    ((b.kind === "item" && !isDeadlinePhrase(b.text)) ||
      (b.kind === "paragraph" && looksLikeAction(b.text) && !isDeadlinePhrase(b.text)));
  const dateLine = (b: Block | undefined): boolean =>
    b !== undefined &&
    ((b.kind === "paragraph" && isDeadlinePhrase(b.text)) || (b.kind === "item" && isDeadlinePhrase(b.text)));
  for (let i = 0; i < blocks.length; i++) {
    if (!dateLine(blocks[i])) continue;
    const before = blocks[i - 1];
    const after = blocks[i + 1];
    if (!actionLike(before)) return false;
    if (before.kind === "item" || before.kind === "paragraph") {
      if (splitActionDeadline(before.text).echeance !== "") return false;
    }
    if (!actionLike(after)) return true;
    // action, date, action: the pattern repeats one way or the other; look at what follows
    return dateLine(blocks[i + 2]);
  }
  return false;
}
