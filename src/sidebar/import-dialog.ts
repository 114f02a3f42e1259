/**
 * The import dialog (dist/ImportDialog.html, menu "Importer un plan existant…"): the user pastes the
 * text of a Word or PDF plan, or chooses the Word file itself (.docx: read here with FileReader and sent
 * as text, `{ name, base64 }`, since a form's file input may arrive broken under V8; a file above the
 * server's bound is refused here, before it is read), or uses a table pasted into the active
 * sheet; sees a preview of what will be imported — rows, objectives, deadlines as understood, lines that
 * could not be placed, the Période read from the document in two date fields the person can change (the
 * plan gets what they hold) — and imports it into a new plan sheet. All text shown comes from the user's
 * documents and is rendered with textContent only.
 */
import { type Lang, pluralOf } from "../core/i18n";
import { MAX_DOCX_BYTES, uploadMessage } from "../core/import/docx/upload-check";
import type { DocxFile } from "../server/import-docx";
import type { SheetTableSource } from "../server/import-sheet-table";
import type { ImportCorrectionsWire, ImportPreview } from "../shared/import-wire";
import { BusyGate } from "./busy";
import { append, byId, el, replaceChildren, setText } from "./dom";
import { formatDay } from "./format";
import { browserLang } from "./labels";
import { callServer, permissionMessage } from "./rpc";

const TEXT = {
  fr: {
    title: "Importer un plan existant",
    intro:
      "Choisissez le fichier Word de votre plan, utilisez un tableau collé dans cette feuille, ou collez le texte du plan (Word ou PDF) ci-dessous puis cliquez sur Aperçu : rien n'est écrit dans la feuille avant que vous cliquiez sur Importer.",
    chooseDocx: "Choisir un fichier Word (.docx)",
    useSheet: "Utiliser un tableau de cette feuille",
    readingFile: "Lecture du fichier…",
    fileUnreadable: (name: string) =>
      `Le fichier « ${name} » n'a pas pu être lu sur cet ordinateur. Choisissez-le de nouveau, ou copiez le texte du plan et collez-le.`,
    readingSheet: "Lecture du tableau…",
    sourceDocx: (name: string) => `Aperçu du fichier « ${name} ».`,
    sourceSheet: (sheet: string, range: string) =>
      `Aperçu du tableau de la feuille « ${sheet} », cellules ${range} (cette feuille ne sera pas modifiée).`,
    pasteLabel: "Texte du plan",
    preview: "Aperçu",
    import: "Importer",
    previewing: "Lecture du texte…",
    importing: "Importation…",
    failed: "Le serveur n'a pas répondu. Vérifiez votre connexion et réessayez.",
    summary: (rows: number, objectives: number) =>
      `${rows} ${pluralOf("fr", rows, "action", "actions")} dans ${objectives} ${pluralOf("fr", objectives, "objectif", "objectifs")} ${pluralOf("fr", rows, "sera importée", "seront importées")}.`,
    period: (start: string, end: string) =>
      `Période lue dans le document : du ${start} au ${end}. Corrigez-la ici au besoin.`,
    chosenPeriod: (start: string, end: string) =>
      `Période : du ${start} au ${end}, telle que vous l'avez inscrite.`,
    noPeriod:
      "Période : le texte ne la donne pas. Inscrivez-la ici ou après l'importation : les échéances sans année seront alors datées.",
    periodStart: "Début de la Période",
    periodEnd: "Fin de la Période",
    periodFrom: "Du",
    periodTo: "au",
    periodInvalid: "La Période doit avoir un début et une fin, la fin après le début (ou les deux vides).",
    keptPeriod: (sheet: string, start: string, end: string) =>
      `Période du plan « ${sheet} », gardée : du ${start} au ${end}. Corrigez-la ici au besoin.`,
    documentPeriod: (start: string, end: string) => `Le document donne : du ${start} au ${end}.`,
    where: "Où importer ce plan ?",
    fillEmpty: (sheet: string) =>
      `Dans le plan vide « ${sheet} » (son comité, sa Période et les Membres sont gardés)`,
    newSheet: "Dans une nouvelle feuille, à côté",
    committee: "Comité",
    close: "Fermer",
    columns: ["Objectif", "Action", "Responsables", "Échéancier", "Compris comme"],
    roleColumn: "Cette ligne est",
    unplaced: (n: number) =>
      pluralOf(
        "fr",
        n,
        "1 ligne n'a pas pu être placée (elle ne sera pas importée) :",
        `${n} lignes n'ont pas pu être placées (elles ne seront pas importées) :`,
      ),
    skipped: (title: string, n: number) =>
      `« ${title} » : liste de ${n} ${pluralOf("fr", n, "élément", "éléments")} qui ne ${pluralOf("fr", n, "est pas une action", "sont pas des actions")} (non importée).`,
    notUnderstood: "à préciser",
    columnsRead: "Les colonnes du tableau, telles qu'elles seront importées :",
    columnRead: (header: string, readAs: string) => `« ${header} » → ${readAs}`,
    correctColumns: "Les colonnes du tableau, telles qu'elles seront importées (corrigez au besoin) :",
    columnIs: (header: string) => `« ${header} » est :`,
    otherColumn: "une colonne à part, après celles du modèle",
    lineIs: "Cette ligne est",
    lineIsOf: (line: string) => `Cette ligne est : ${line}`,
    roles: { action: "une action", objectif: "un objectif", ignore: "hors du plan", unplaced: "non placée" },
  },
  en: {
    title: "Import an existing plan",
    intro:
      "Choose your plan's Word file, use a table pasted into this sheet, or paste the text of the plan (Word or PDF) below and click Preview: nothing is written to the sheet until you click Import.",
    chooseDocx: "Choose a Word file (.docx)",
    useSheet: "Use a table from this sheet",
    readingFile: "Reading the file…",
    fileUnreadable: (name: string) =>
      `The file "${name}" could not be read on this computer. Choose it again, or copy the text of the plan and paste it.`,
    readingSheet: "Reading the table…",
    sourceDocx: (name: string) => `Preview of the file "${name}".`,
    sourceSheet: (sheet: string, range: string) =>
      `Preview of the table in the sheet "${sheet}", cells ${range} (this sheet will not be changed).`,
    pasteLabel: "Plan text",
    preview: "Preview",
    import: "Import",
    previewing: "Reading the text…",
    importing: "Importing…",
    failed: "The server did not answer. Check your connection and try again.",
    summary: (rows: number, objectives: number) =>
      `${rows} ${pluralOf("en", rows, "action", "actions")} in ${objectives} ${pluralOf("en", objectives, "objective", "objectives")} will be imported.`,
    period: (start: string, end: string) =>
      `Period read from the document: ${start} to ${end}. Correct it here if needed.`,
    chosenPeriod: (start: string, end: string) => `Period: ${start} to ${end}, as you entered it.`,
    noPeriod:
      "Period: the text does not give it. Enter it here or after the import: deadlines without a year will then be dated.",
    periodStart: "Start of the Period",
    periodEnd: "End of the Period",
    periodFrom: "From",
    periodTo: "to",
    periodInvalid: "The Period needs a start and an end, the end after the start (or both empty).",
    keptPeriod: (sheet: string, start: string, end: string) =>
      `Period of the plan "${sheet}", kept: ${start} to ${end}. Correct it here if needed.`,
    documentPeriod: (start: string, end: string) => `The document gives: ${start} to ${end}.`,
    where: "Where should this plan go?",
    fillEmpty: (sheet: string) =>
      `Into the empty plan "${sheet}" (its committee, Period and Members are kept)`,
    newSheet: "Into a new sheet, beside it",
    committee: "Committee",
    close: "Close",
    columns: ["Objective", "Action", "Responsible", "Schedule", "Understood as"],
    roleColumn: "This line is",
    unplaced: (n: number) =>
      pluralOf(
        "en",
        n,
        "1 line could not be placed (it will not be imported):",
        `${n} lines could not be placed (they will not be imported):`,
      ),
    skipped: (title: string, n: number) =>
      `"${title}": a list of ${n} ${pluralOf("en", n, "item that is not an action", "items that are not actions")} (not imported).`,
    notUnderstood: "to be clarified",
    columnsRead: "The table's columns, as they will be imported:",
    columnRead: (header: string, readAs: string) => `"${header}" → ${readAs}`,
    correctColumns: "The table's columns, as they will be imported (correct them if needed):",
    columnIs: (header: string) => `"${header}" is:`,
    otherColumn: "a column of its own, after the template's",
    lineIs: "This line is",
    lineIsOf: (line: string) => `This line is: ${line}`,
    roles: {
      action: "an action",
      objectif: "an objective",
      ignore: "not part of the plan",
      unplaced: "not placed",
    },
  },
} as const;

/** The browser's language until the server says the user's (the same as the add-on menu's). */
let lang: Lang = browserLang();
let text: (typeof TEXT)[Lang] = TEXT[lang];
const previewButton = byId<HTMLButtonElement>("preview");
const importButton = byId<HTMLButtonElement>("import");
const closeButton = byId<HTMLButtonElement>("close");
const paste = byId<HTMLTextAreaElement>("paste");
const committee = byId<HTMLInputElement>("committee");
const sheetButton = byId<HTMLButtonElement>("sheet-table");
const docxInput = byId<HTMLInputElement>("docx");
const gate = new BusyGate(() => [previewButton, importButton, sheetButton]);
/** What was previewed, and so what Importer imports: the pasted text, the chosen file or a sheet's table. */
type Previewed =
  | { kind: "text"; text: string }
  | { kind: "docx"; file: DocxFile }
  | { kind: "sheet"; source: SheetTableSource };
let previewed: Previewed | null = null;
let suggestedCommittee = "";
/** What the person corrected in the preview of the pasted text; sent with the preview and the import. */
let corrections: ImportCorrectionsWire = {};
/** Whether the Période fields hold something that is not a Période (one day only, end before start). */
let periodInvalid = false;
/** Whether the person has been asked about the empty plan of this preview (its name, once offered). */
let offeredEmptyPlan: string | null = null;
/** Set when a preview offered an empty plan: the entry point reads it again for filling it. */
let rereadForEmptyPlan = false;

type Role = "action" | "objectif" | "ignore" | "unplaced";

/** A select of what a line is; changing it reads the text again with that correction. */
function roleSelect(line: number, current: Role, choices: Role[], shown: string): HTMLSelectElement {
  const select = el("select", { className: "role", aria: { label: text.lineIsOf(shown) } });
  for (const role of choices) {
    const option = el("option", {}, text.roles[role]);
    option.value = role;
    option.selected = role === current;
    append(select, option);
  }
  select.addEventListener("change", () => {
    const lines = { ...(corrections.lines ?? {}) };
    if (select.value === "unplaced") delete lines[String(line)];
    else lines[String(line)] = select.value as "objectif" | "action" | "ignore";
    corrections = { ...corrections, lines };
    void gate.run(null, runCorrectedPreview).then(refreshImportButton);
  });
  return select;
}

/** "« Porteur » est : [Responsables]": one select per header cell of a table the text reader mapped. */
function columnSelects(preview: ImportPreview, table: ImportPreview["tables"][number]): HTMLElement {
  const items = table.headers.map((header, i) => {
    const select = el("select", { className: "column", aria: { label: text.columnIs(header) } });
    for (const choice of [...preview.columnChoices, { key: "", label: text.otherColumn }]) {
      const option = el("option", {}, choice.label);
      option.value = choice.key;
      option.selected = choice.key === (table.columns[i] ?? "");
      append(select, option);
    }
    select.addEventListener("change", () => {
      const columns = { ...(corrections.columns ?? {}) };
      const current = [...table.columns];
      current[i] = select.value;
      columns[String(table.table)] = current;
      corrections = { ...corrections, columns };
      void gate.run(null, runCorrectedPreview).then(refreshImportButton);
    });
    return el("li", {}, el("span", {}, text.columnIs(header)), " ", select);
  });
  return el("ul", { className: "columns-read" }, ...items);
}

/** A date field of the Période; an ISO day is what a date input's value is. */
function periodInput(id: string, label: string, day: string): HTMLInputElement {
  const input = el("input", { id, aria: { label } });
  input.type = "date";
  input.value = day;
  return input;
}

/**
 * The Période as read from the document (or as the person set it), with two date fields to change it:
 * the plan gets what they hold. Both empty: the Période is left blank. A change reads the preview again,
 * since the deadlines written without a year are dated within it.
 */
function periodEditor(preview: ImportPreview): HTMLElement {
  const period = preview.period;
  const days = period ? [formatDay(period.start, lang), formatDay(period.end, lang)] : null;
  const stated = preview.documentPeriod;
  const differs =
    stated !== null && (stated.start !== period?.start || stated.end !== period?.end)
      ? ` ${text.documentPeriod(formatDay(stated.start, lang), formatDay(stated.end, lang))}`
      : "";
  const said = !days
    ? text.noPeriod
    : preview.periodSource === "chosen"
      ? text.chosenPeriod(days[0], days[1])
      : preview.periodSource === "plan"
        ? text.keptPeriod(corrections.into ?? "", days[0], days[1]) + differs
        : text.period(days[0], days[1]);
  const start = periodInput("period-start", text.periodStart, period?.start ?? "");
  const end = periodInput("period-end", text.periodEnd, period?.end ?? "");
  const problem = el("p", { id: "period-problem", className: "error", role: "alert" });
  const onChange = (): void => {
    const both = start.value !== "" && end.value !== "";
    const none = start.value === "" && end.value === "";
    periodInvalid = !none && (!both || end.value < start.value);
    setText(problem, periodInvalid ? text.periodInvalid : "");
    refreshImportButton();
    if (periodInvalid) return;
    corrections = { ...corrections, period: none ? null : { start: start.value, end: end.value } };
    void gate.run(null, runCorrectedPreview).then(refreshImportButton);
  };
  start.addEventListener("change", onChange);
  end.addEventListener("change", onChange);
  return el(
    "div",
    { className: "period" },
    el("p", {}, said),
    el("div", { className: "period-fields" }, text.periodFrom, " ", start, " ", text.periodTo, " ", end),
    problem,
  );
}

/** A radio button of the « where » choice; choosing it reads the preview again for that place. */
function placeChoice(label: string, into: string | undefined): HTMLElement {
  const input = el("input", {});
  input.type = "radio";
  input.name = "into";
  input.checked = corrections.into === into;
  input.addEventListener("change", () => {
    const { into: _previous, ...rest } = corrections;
    corrections = into === undefined ? rest : { ...rest, into };
    void gate.run(null, runCorrectedPreview).then(refreshImportButton);
  });
  return el("label", { className: "choice" }, input, " ", label);
}

/** Right after the install, the plan sheet is empty: fill it (the first choice) or add a sheet beside it. */
function placeChooser(preview: ImportPreview): HTMLElement | null {
  const empty = preview.emptyPlan;
  if (!empty) return null;
  return el(
    "fieldset",
    { className: "into" },
    el("legend", {}, text.where),
    placeChoice(text.fillEmpty(empty.sheetName), empty.sheetName),
    placeChoice(text.newSheet, undefined),
  );
}

function canCorrect(preview: ImportPreview): boolean {
  return preview.correctable && previewed !== null;
}

function previewTable(preview: ImportPreview): HTMLElement {
  const correct = canCorrect(preview);
  const labels: string[] = correct ? [...text.columns, text.roleColumn] : [...text.columns];
  const head = el("tr", {}, ...labels.map((label) => el("th", {}, label)));
  const rows = preview.rows.map((row) =>
    el(
      "tr",
      {},
      el("td", {}, row.objectif),
      el("td", {}, row.moyens),
      el("td", {}, row.responsables),
      el("td", {}, row.echeancier),
      el(
        "td",
        { className: row.understood ? "" : "warning" },
        row.understood ? row.deadline : text.notUnderstood,
      ),
      ...(correct
        ? [
            el(
              "td",
              {},
              row.line >= 0
                ? roleSelect(row.line, "action", ["action", "objectif", "ignore"], row.moyens)
                : "",
            ),
          ]
        : []),
    ),
  );
  return el("table", { className: "preview" }, el("thead", {}, head), el("tbody", {}, ...rows));
}

function showPreview(preview: ImportPreview): void {
  const result = byId("result");
  replaceChildren(
    result,
    el("p", { className: "summary" }, text.summary(preview.rows.length, preview.objectives.length)),
    placeChooser(preview),
    periodEditor(preview),
  );
  // How the table's columns were read, to confirm — or correct — before importing.
  if (canCorrect(preview)) {
    for (const table of preview.tables.filter((t) => t.headers.length > 0)) {
      append(result, el("p", { className: "note" }, text.correctColumns), columnSelects(preview, table));
    }
  }
  for (const table of canCorrect(preview) ? [] : preview.columns) {
    append(
      result,
      el("p", { className: "note" }, text.columnsRead),
      el(
        "ul",
        { className: "columns-read" },
        ...table.map((c) => el("li", {}, text.columnRead(c.header, c.readAs))),
      ),
    );
  }
  // Cells longer than Sheets keeps: said before the table, since the import will clip them.
  if (preview.tooLong.length > 0) {
    append(result, el("ul", { className: "too-long" }, ...preview.tooLong.map((line) => el("li", {}, line))));
  }
  append(result, previewTable(preview));
  for (const list of preview.skippedLists)
    append(result, el("p", { className: "note" }, text.skipped(list.title, list.items.length)));
  if (preview.unplaced.length > 0) {
    append(
      result,
      el("p", { className: "note" }, text.unplaced(preview.unplaced.length)),
      el(
        "ul",
        { className: "unplaced" },
        // Every unplaced line, whatever the text's length, with its correction when its line is known.
        ...(canCorrect(preview)
          ? preview.unplacedLines.map((u) =>
              el(
                "li",
                {},
                el("span", {}, u.text),
                " ",
                u.line >= 0
                  ? roleSelect(u.line, "unplaced", ["unplaced", "objectif", "action", "ignore"], u.text)
                  : "",
              ),
            )
          : preview.unplaced.map((line) => el("li", {}, line))),
      ),
    );
  }
}

function showProblem(message: string): void {
  setText(byId("error"), message);
  replaceChildren(byId("result"));
}

/** Shows a preview the server answered, or its problem; `what` is what it previewed. */
function receivePreview(
  preview: ImportPreview | { ok: false; message: string },
  what: Previewed,
  note: string,
): void {
  setText(byId("status"), "");
  const source = byId("source");
  if (!preview.ok) {
    previewed = null;
    source.hidden = true;
    showProblem(preview.message);
    return;
  }
  // An empty plan offered for the first time: filling it is the first choice, read again for it.
  const empty = preview.emptyPlan?.sheetName ?? null;
  if (empty !== null && offeredEmptyPlan !== empty) {
    offeredEmptyPlan = empty;
    corrections = { ...corrections, into: empty };
    previewed = what;
    rereadForEmptyPlan = true;
    return;
  }
  if (empty === null && corrections.into !== undefined) {
    const { into: _gone, ...rest } = corrections;
    corrections = rest;
  }
  previewed = what;
  setText(source, note);
  source.hidden = note === "";
  // The committee found in the plan, unless the person typed their own since the last preview.
  if (!committee.value.trim() || committee.value === suggestedCommittee) committee.value = preview.comite;
  suggestedCommittee = preview.comite;
  // Filling the empty plan keeps its committee: nothing to name then.
  byId("committee-row").hidden = corrections.into !== undefined;
  showPreview(preview);
}

async function runPreview(): Promise<void> {
  corrections = {};
  periodInvalid = false;
  offeredEmptyPlan = null;
  await previewText(paste.value);
  await offerEmptyPlan();
}

/** After a first preview that offered an empty plan: the preview again, for filling it (the first choice). */
async function offerEmptyPlan(): Promise<void> {
  if (!rereadForEmptyPlan) return;
  rereadForEmptyPlan = false;
  await runCorrectedPreview();
}

/** What was previewed — a text, a Word file, a sheet's table — read again with the corrections made since. */
async function runCorrectedPreview(): Promise<void> {
  if (previewed?.kind === "text") await previewText(previewed.text);
  else if (previewed?.kind === "docx") await previewDocx(previewed.file);
  else if (previewed?.kind === "sheet") await previewSheet(previewed.source);
}

async function previewText(pasted: string): Promise<void> {
  setText(byId("error"), "");
  setText(byId("status"), text.previewing);
  try {
    receivePreview(
      await callServer("previewImport", pasted, corrections),
      { kind: "text", text: pasted },
      "",
    );
  } catch (error) {
    setText(byId("status"), "");
    showProblem(permissionMessage(error) ?? text.failed);
  }
}

/** The chosen file's bytes in base64, read with FileReader (its data URL, after the comma). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

async function runDocxPreview(): Promise<void> {
  const chosen = docxInput.files?.[0];
  if (!chosen) return;
  corrections = {};
  periodInvalid = false;
  setText(byId("error"), "");
  offeredEmptyPlan = null;
  // Refused before reading: the server would refuse it too (MAX_DOCX_BASE64_CHARS), after a long upload.
  if (chosen.size > MAX_DOCX_BYTES) {
    docxInput.value = "";
    receivePreview(
      { ok: false, message: uploadMessage("too-large", lang, chosen.name, chosen.size) },
      { kind: "text", text: "" },
      "",
    );
    return;
  }
  let base64: string;
  try {
    setText(byId("status"), text.readingFile);
    base64 = await readBase64(chosen);
  } catch (_error) {
    docxInput.value = "";
    receivePreview({ ok: false, message: text.fileUnreadable(chosen.name) }, { kind: "text", text: "" }, "");
    return;
  }
  await previewDocx({ name: chosen.name, base64 });
  await offerEmptyPlan();
}

async function previewDocx(file: DocxFile): Promise<void> {
  setText(byId("error"), "");
  setText(byId("status"), text.readingFile);
  try {
    const preview = await callServer("previewDocxImport", file, corrections);
    // After a problem, choosing the same file again (once fixed) must start a new preview.
    if (!preview.ok) docxInput.value = "";
    receivePreview(preview, { kind: "docx", file }, text.sourceDocx(file.name));
  } catch (error) {
    setText(byId("status"), "");
    showProblem(permissionMessage(error) ?? text.failed);
  }
}

async function runSheetPreview(): Promise<void> {
  corrections = {};
  periodInvalid = false;
  offeredEmptyPlan = null;
  await previewSheet(undefined);
  await offerEmptyPlan();
}

/** The active sheet's table (`source` undefined), or the one previewed, read again with the corrections. */
async function previewSheet(source: SheetTableSource | undefined): Promise<void> {
  setText(byId("error"), "");
  setText(byId("status"), text.readingSheet);
  try {
    const preview = await callServer("previewSheetTableImport", source, corrections);
    if (!preview.ok) receivePreview(preview, { kind: "text", text: "" }, "");
    else
      receivePreview(
        preview,
        { kind: "sheet", source: preview.source },
        text.sourceSheet(preview.source.sheet, preview.source.range),
      );
  } catch (error) {
    setText(byId("status"), "");
    showProblem(permissionMessage(error) ?? text.failed);
  }
}

function importPreviewed(what: Previewed) {
  if (what.kind === "docx") return callServer("importDocxPlan", what.file, committee.value, corrections);
  if (what.kind === "sheet") return callServer("importSheetTable", what.source, committee.value, corrections);
  return callServer("importPlanText", what.text, committee.value, corrections);
}

async function runImport(): Promise<void> {
  if (previewed === null) return;
  setText(byId("error"), "");
  setText(byId("status"), text.importing);
  try {
    const done = await importPreviewed(previewed);
    setText(byId("status"), "");
    if (!done.ok) {
      showProblem(done.message);
      return;
    }
    previewed = null;
    // Done: the preview is history now; say what happened and offer to close.
    replaceChildren(byId("result"), el("p", { className: "summary" }, done.message));
    byId("committee-row").hidden = true;
    byId("source").hidden = true;
    closeButton.hidden = false;
    closeButton.focus();
  } catch (error) {
    setText(byId("status"), "");
    showProblem(permissionMessage(error) ?? text.failed);
  }
}

function refreshImportButton(): void {
  // A pasted text must still be the one previewed; a file or a sheet's table is read again on import.
  importButton.disabled =
    gate.isBusy ||
    periodInvalid ||
    previewed === null ||
    (previewed.kind === "text" && previewed.text !== paste.value);
}

function showTexts(next: Lang): void {
  lang = next;
  text = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = text.title;
  setText(byId("title"), text.title);
  setText(byId("intro"), text.intro);
  setText(byId("paste-label"), text.pasteLabel);
  setText(previewButton, text.preview);
  setText(importButton, text.import);
  setText(closeButton, text.close);
  setText(byId("committee-label"), text.committee);
  setText(byId("docx-label"), text.chooseDocx);
  setText(sheetButton, text.useSheet);
}

showTexts(lang);
callServer("getUserLanguage").then(showTexts, () => undefined);
previewButton.addEventListener("click", () => gate.run(previewButton, runPreview).then(refreshImportButton));
importButton.addEventListener("click", () => gate.run(importButton, runImport).then(refreshImportButton));
paste.addEventListener("input", refreshImportButton);
docxInput.addEventListener("change", () => gate.run(null, runDocxPreview).then(refreshImportButton));
sheetButton.addEventListener("click", () => gate.run(sheetButton, runSheetPreview).then(refreshImportButton));
closeButton.addEventListener("click", () => window.google?.script?.host?.close());
