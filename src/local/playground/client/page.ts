/**
 * The playground page (browser side): draws the emulated spreadsheet sent by GET /api/view — tabs,
 * column letters, row numbers, frozen header rows kept in view, cells with their displayed text and
 * evaluated colours, Statut dropdowns, notes as tooltips — and lets a person use it like Google Sheets:
 * edit a cell, pick a status, open Extensions ▸ Plan d'action ▸ …, answer the add-on's alerts and prompts,
 * read its toasts, dialogs and sidebar (served in iframes), and follow the calendar panel. Every text
 * that comes from the workbook is written with textContent: a cell is user input.
 */
import type { ActionResult, Answer, HtmlSurface, Question, UiChanges } from "../runtime.ts";
import type { CalendarView, CellView, SheetView, WorkbookView } from "../view.ts";

type MenuItem = WorkbookView["menus"][number]["items"][number];

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | number | boolean | undefined> = {},
  children: Array<Node | string | null | undefined> = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "className") node.className = String(value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

let view: WorkbookView | null = null;
let shownSheetId: number | undefined;
let selected: { row: number; column: number } | null = null;
let busy = 0;
let sidebarKey: string | null = null;
let dialogKey: string | null = null;

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(data.error ?? `HTTP ${response.status}`);
  return data;
}

function setBusy(delta: number): void {
  busy += delta;
  document.body.classList.toggle("busy", busy > 0);
  for (const id of ["btn-example", "btn-reset", "menu-extensions"]) {
    ($(id) as HTMLButtonElement).disabled = busy > 0;
  }
}

async function withBusy<T>(work: () => Promise<T>): Promise<T | undefined> {
  setBusy(1);
  try {
    return await work();
  } catch (error) {
    await showMessage("Erreur", (error as Error).message);
    return undefined;
  } finally {
    setBusy(-1);
  }
}

// --- the grid ----------------------------------------------------------------------------------------------

function a1(row: number, column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row}`;
}

function cellStyle(td: HTMLElement, cell: CellView): void {
  if (cell.background) td.style.backgroundColor = cell.background;
  if (cell.color) td.style.color = cell.color;
  if (cell.bold) td.style.fontWeight = "bold";
  if (cell.italic) td.style.fontStyle = "italic";
  if (cell.strike) td.style.textDecoration = "line-through";
  if (cell.fontSize) td.style.fontSize = `${Math.round(cell.fontSize * 1.333)}px`;
  if (cell.align) td.style.textAlign = cell.align.toLowerCase();
  if (cell.valign)
    td.style.verticalAlign = cell.valign.toLowerCase() === "middle" ? "middle" : cell.valign.toLowerCase();
  td.classList.toggle("wrap", Boolean(cell.wrap));
}

function renderCell(sheet: SheetView, row: number, cell: CellView): HTMLTableCellElement {
  const td = el("td", {
    className: "cell",
    "data-cell": a1(row, cell.column),
    "data-row": row,
    "data-column": cell.column,
    title: cell.note,
    colspan: cell.colSpan,
    rowspan: cell.rowSpan,
  });
  cellStyle(td, cell);
  if (cell.options) {
    const select = el("select", { className: "status-select", "aria-label": `${a1(row, cell.column)}` });
    const values = cell.options.includes(cell.text) ? cell.options : ["", ...cell.options];
    if (!values.includes("")) select.append(el("option", { value: "", text: "" }));
    for (const option of values) select.append(el("option", { value: option, text: option }));
    select.value = cell.text;
    if (cell.background) select.style.backgroundColor = cell.background;
    if (cell.color) select.style.color = cell.color;
    select.addEventListener("change", () => void commitEdit(sheet.id, row, cell.column, select.value));
    select.addEventListener("focus", () => selectCell(row, cell.column));
    td.append(select);
    td.classList.add("has-select");
  } else {
    td.append(el("div", { className: "cell-text", text: cell.text }));
  }
  if (cell.note) td.classList.add("has-note");
  td.addEventListener("click", () => selectCell(row, cell.column));
  td.addEventListener("dblclick", () => startEdit(td, sheet, row, cell));
  return td;
}

/** The sheet the grid last drew: another sheet starts scrolled back to column A. */
let drawnSheetId: number | undefined;

function renderGrid(): void {
  if (!view) return;
  const sheet = view.sheet;
  if (sheet.id !== drawnSheetId) {
    $("grid-scroll").scrollLeft = 0;
    drawnSheetId = sheet.id;
  }
  const table = $<HTMLTableElement>("grid");
  table.replaceChildren();
  const colgroup = el("colgroup", {}, [el("col", { style: "width:46px" })]);
  for (const column of sheet.columns) colgroup.append(el("col", { style: `width:${column.width}px` }));
  table.append(colgroup);
  const totalWidth = 46 + sheet.columns.reduce((sum, c) => sum + c.width, 0);
  table.style.width = `${totalWidth}px`;

  const head = el("thead");
  const letters = el("tr", {}, [el("th", { className: "corner" })]);
  for (const column of sheet.columns)
    letters.append(el("th", { className: "col-head", text: column.letter }));
  head.append(letters);
  table.append(head);

  const body = el("tbody");
  const byRow = new Map<number, Map<number, CellView>>();
  for (const row of sheet.rows) byRow.set(row.row, new Map(row.cells.map((c) => [c.column, c])));
  const covered = new Set<string>();
  for (const row of sheet.rows) {
    const tr = el("tr", { "data-row": row.row }, [
      el("th", { className: "row-head", text: String(row.row) }),
    ]);
    if (row.row <= sheet.frozenRows) tr.classList.add("frozen");
    if (row.row === sheet.frozenRows) tr.classList.add("frozen-last");
    const cells = byRow.get(row.row) ?? new Map();
    for (const { column } of sheet.columns) {
      if (covered.has(`${row.row}:${column}`)) continue;
      const cell = cells.get(column);
      if (!cell) continue;
      for (let r = 0; r < (cell.rowSpan ?? 1); r++)
        for (let c = 0; c < (cell.colSpan ?? 1); c++) if (r || c) covered.add(`${row.row + r}:${column + c}`);
      const td = renderCell(sheet, row.row, cell);
      // As in Sheets, unwrapped left-aligned text runs over the empty cell to its right (numbers do not).
      const next = cells.get(column + 1);
      const spills = !cell.wrap && !cell.options && cell.align === undefined && !cell.colSpan;
      if (spills && cell.text !== "" && (!next || next.text === "")) td.classList.add("overflow");
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  stickFrozenRows(table);
  highlightSelection();
}

/** Keeps the column letters and the frozen rows in view while scrolling, like Sheets' frozen panes. */
function stickFrozenRows(table: HTMLTableElement): void {
  const headRow = table.tHead?.rows[0];
  let top = headRow ? headRow.getBoundingClientRect().height : 0;
  for (const tr of Array.from(table.tBodies[0]?.rows ?? [])) {
    if (!tr.classList.contains("frozen")) break;
    for (const cell of Array.from(tr.cells)) {
      cell.style.position = "sticky";
      cell.style.top = `${top}px`;
      cell.style.zIndex = cell.classList.contains("row-head")
        ? "4"
        : cell.classList.contains("overflow")
          ? "3"
          : "2";
    }
    top += tr.getBoundingClientRect().height;
  }
}

function selectCell(row: number, column: number): void {
  selected = { row, column };
  highlightSelection();
}

function highlightSelection(): void {
  for (const node of Array.from(document.querySelectorAll(".cell.selected")))
    node.classList.remove("selected");
  const ref = $("cell-ref");
  const content = $("cell-content");
  if (!selected || !view) {
    ref.textContent = "";
    content.textContent = "";
    return;
  }
  const td = document.querySelector(`.cell[data-cell="${a1(selected.row, selected.column)}"]`);
  td?.classList.add("selected");
  ref.textContent = a1(selected.row, selected.column);
  const row = view.sheet.rows.find((r) => r.row === selected?.row);
  const cell = row?.cells.find((c) => c.column === selected?.column);
  content.textContent = cell?.edit ?? "";
}

function startEdit(td: HTMLTableCellElement, sheet: SheetView, row: number, cell: CellView): void {
  if (cell.options || td.querySelector("input")) return;
  const input = el("input", {
    className: "cell-editor",
    value: cell.edit,
    "aria-label": `Modifier ${a1(row, cell.column)}`,
  });
  if (cell.suggestions?.length) {
    const id = `suggest-${row}-${cell.column}`;
    const list = el("datalist", { id });
    for (const option of cell.suggestions) list.append(el("option", { value: option }));
    td.append(list);
    input.setAttribute("list", id);
  }
  input.value = cell.edit;
  const text = td.querySelector(".cell-text");
  text?.remove();
  td.append(input);
  td.classList.add("editing");
  input.focus();
  input.select();
  let done = false;
  const finish = (save: boolean) => {
    if (done) return;
    done = true;
    if (save && input.value !== cell.edit) void commitEdit(sheet.id, row, cell.column, input.value);
    else renderGrid();
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") finish(true);
    if (event.key === "Escape") finish(false);
  });
  input.addEventListener("blur", () => finish(true));
}

async function commitEdit(sheetId: number, row: number, column: number, text: string): Promise<void> {
  await withBusy(async () => {
    const result = await api<{ ok: boolean; error: string | null }>("/api/edit", {
      sheetId,
      row,
      column,
      text,
    });
    await refresh();
    if (!result.ok && result.error) await showMessage("Données non valides", result.error);
  });
}

function renderTabs(): void {
  if (!view) return;
  const tabs = $("tabs");
  tabs.replaceChildren();
  for (const tab of view.tabs) {
    if (tab.hidden) continue;
    const button = el("button", {
      type: "button",
      className: `tab${tab.id === view.sheet.id ? " current" : ""}`,
      role: "tab",
      "aria-selected": tab.id === view.sheet.id ? "true" : "false",
      text: tab.name,
    });
    button.addEventListener(
      "click",
      () =>
        void withBusy(async () => {
          shownSheetId = tab.id;
          selected = null;
          await api("/api/select", { sheetId: tab.id });
          await refresh();
        }),
    );
    tabs.append(button);
  }
}

// --- the calendar panel ---------------------------------------------------------------------------------------

const DAY_FORMAT = new Intl.DateTimeFormat("fr-CA", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

function frenchDay(iso: string): string {
  return DAY_FORMAT.format(new Date(`${iso}T00:00:00Z`));
}

/** "6 événements, dont 2 en retard": no raw time zone (America/Toronto means nothing to a volunteer). */
function calendarMeta(calendar: CalendarView): string {
  const count = calendar.events.length;
  const late = calendar.events.filter((event) => event.late).length;
  const events = `${count} événement${count > 1 ? "s" : ""}`;
  return late > 0 ? `${events}, dont ${late} en retard` : events;
}

function renderCalendars(calendars: CalendarView[]): void {
  const list = $("calendar-list");
  list.replaceChildren();
  if (calendars.length === 0) {
    list.append(
      el("p", {
        className: "empty",
        text: "Aucun agenda pour l'instant. Synchronisez le plan pour y mettre les échéances.",
      }),
    );
    return;
  }
  for (const calendar of calendars) {
    const section = el("section", { className: "calendar", "data-calendar": calendar.id });
    section.append(el("h3", { text: calendar.name }));
    section.append(
      el("p", {
        className: "calendar-meta",
        text: calendarMeta(calendar),
      }),
    );
    const ul = el("ul", { className: "events" });
    for (const event of calendar.events) {
      const dates =
        event.start === event.end
          ? frenchDay(event.start)
          : `${frenchDay(event.start)} → ${frenchDay(event.end)}`;
      const dot = el("span", { className: "dot", "aria-hidden": "true" });
      dot.style.backgroundColor = event.color;
      const li = el(
        "li",
        {
          className: event.late ? "event late" : "event",
          "data-event-id": event.id,
          "data-start": event.start,
          "data-end": event.end,
          "data-color": event.color,
          title: event.description,
        },
        [
          dot,
          el("div", {}, [
            el("div", { className: "event-title", text: event.title }),
            el("div", { className: "event-dates" }, [
              dates,
              // Late is said in words, not by colour alone.
              event.late ? el("span", { className: "late-badge", text: "En retard" }) : null,
            ]),
          ]),
        ],
      );
      li.style.borderLeftColor = event.color;
      ul.append(li);
    }
    section.append(ul);
    list.append(section);
  }
}

// --- the add-on menu --------------------------------------------------------------------------------------------

function closeMenu(): void {
  $("menu-dropdown").hidden = true;
  $("menu-extensions").setAttribute("aria-expanded", "false");
}

function renderMenu(): void {
  if (!view) return;
  const dropdown = $("menu-dropdown");
  dropdown.replaceChildren();
  for (const menu of view.menus) {
    const submenu = el("div", { className: "submenu", role: "menu" });
    const renderItems = (items: MenuItem[], into: HTMLElement) => {
      for (const item of items) {
        if ("separator" in item) into.append(el("div", { className: "separator", role: "separator" }));
        else if ("submenu" in item) {
          const nested = el("div", { className: "submenu", role: "menu" });
          renderItems(item.submenu.items, nested);
          into.append(
            el("div", { className: "has-submenu" }, [
              el("button", { type: "button", role: "menuitem", text: `${item.submenu.name}` }),
              nested,
            ]),
          );
        } else {
          const button = el("button", {
            type: "button",
            role: "menuitem",
            text: item.caption,
            "data-function": item.functionName,
          });
          button.addEventListener("click", () => {
            closeMenu();
            void runMenu(item.functionName);
          });
          into.append(button);
        }
      }
    };
    renderItems(menu.items, submenu);
    const opener = el("button", {
      type: "button",
      role: "menuitem",
      className: "submenu-opener",
      "aria-haspopup": "true",
      text: menu.name,
    });
    const holder = el("div", { className: "has-submenu" }, [opener, submenu]);
    opener.addEventListener("click", () => holder.classList.toggle("open"));
    dropdown.append(holder);
  }
  if (view.menus.length === 0) dropdown.append(el("div", { className: "menu-empty", text: "Aucun module" }));
}

async function runMenu(functionName: string): Promise<void> {
  await withBusy(async () => {
    let answers: Answer[] = [];
    let token: string | undefined;
    for (;;) {
      const result = await api<ActionResult>("/api/menu", { functionName, answers, token });
      if (result.status === "done") {
        // The script may have activated another sheet (sheet.activate()): show it, as Sheets does.
        shownSheetId = undefined;
        await refresh();
        await showUi(result.ui);
        return;
      }
      token = result.token;
      const answer = await ask(result.question);
      answers = [...result.answered, answer];
    }
  });
}

// --- modal: alerts, prompts, dialogs ----------------------------------------------------------------------------

const BUTTON_LABELS: Record<string, Array<[string, string]>> = {
  OK: [["OK", "OK"]],
  OK_CANCEL: [
    ["CANCEL", "Annuler"],
    ["OK", "OK"],
  ],
  YES_NO: [
    ["NO", "Non"],
    ["YES", "Oui"],
  ],
  YES_NO_CANCEL: [
    ["CANCEL", "Annuler"],
    ["NO", "Non"],
    ["YES", "Oui"],
  ],
};

let modalClose: (() => void) | null = null;

function openModal(
  title: string,
  body: Node[],
  buttons: Array<[string, string]>,
  kind: string,
): Promise<string> {
  return new Promise((resolve) => {
    const overlay = $("overlay");
    const modal = $("modal");
    modal.className = `modal ${kind}`;
    modal.style.width = "";
    modal.style.height = "";
    $("modal-title").textContent = title;
    $("modal-body").replaceChildren(...body);
    const footer = $("modal-buttons");
    footer.replaceChildren();
    footer.hidden = buttons.length === 0;
    const done = (answer: string) => {
      overlay.hidden = true;
      modalClose = null;
      $("modal-body").replaceChildren();
      resolve(answer);
    };
    buttons.forEach(([value, label], i) => {
      const button = el("button", {
        type: "button",
        className: i === buttons.length - 1 ? "primary" : "",
        text: label,
      });
      button.addEventListener("click", () => done(value));
      footer.append(button);
    });
    modalClose = () => done("CLOSE");
    overlay.hidden = false;
    const focus = body.find((n) => n instanceof HTMLInputElement) as HTMLInputElement | undefined;
    (focus ?? (footer.lastElementChild as HTMLElement | null))?.focus();
  });
}

/** An alert or prompt without a title shows the add-on's name, never an empty title bar. */
const ADDON_NAME = "Plan d'action";

function titleOrAddon(title: string | null | undefined): string {
  return title?.trim() ? title : ADDON_NAME;
}

function showMessage(title: string, message: string): Promise<string> {
  return openModal(title, [el("p", { className: "message", text: message })], BUTTON_LABELS.OK!, "alert");
}

async function ask(question: Question): Promise<Answer> {
  const body: Node[] = [el("p", { className: "message", text: question.message })];
  const buttons = BUTTON_LABELS[question.buttons] ?? BUTTON_LABELS.OK!;
  if (question.kind === "prompt") {
    const input = el("input", { type: "text", className: "prompt-input", "aria-label": question.message });
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") ($("modal-buttons").lastElementChild as HTMLButtonElement | null)?.click();
    });
    body.push(input);
    const button = await openModal(titleOrAddon(question.title), body, buttons, "prompt");
    return { kind: "prompt", button, text: input.value };
  }
  const button = await openModal(titleOrAddon(question.title), body, buttons, "alert");
  return { kind: "alert", button };
}

async function showDialog(surface: HtmlSurface): Promise<void> {
  dialogKey = surface.key;
  const frame = el("iframe", {
    src: `/html/${encodeURIComponent(surface.key)}`,
    title: surface.title,
    className: "dialog-frame",
  });
  const shown = openModal(surface.title, [frame], [], "html-dialog");
  const modal = $("modal");
  modal.style.width = `${Math.min(surface.width ?? 600, window.innerWidth - 40)}px`;
  modal.style.height = `${Math.min((surface.height ?? 400) + 48, window.innerHeight - 40)}px`;
  await shown;
  dialogKey = null;
}

function showSidebar(surface: HtmlSurface): void {
  sidebarKey = surface.key;
  $("sidebar-title").textContent = surface.title;
  ($("sidebar-frame") as HTMLIFrameElement).src = `/html/${encodeURIComponent(surface.key)}`;
  $("sidebar-panel").hidden = false;
}

function closeSidebar(): void {
  sidebarKey = null;
  $("sidebar-panel").hidden = true;
  ($("sidebar-frame") as HTMLIFrameElement).src = "about:blank";
}

const MAX_TOASTS = 2;

function toast(title: string, message: string, seconds: number): void {
  const box = el("div", { className: "toast", role: "status" }, [
    title ? el("strong", { text: title }) : null,
    el("span", { text: message }),
  ]);
  const close = el("button", { type: "button", className: "toast-close", "aria-label": "Fermer", text: "×" });
  close.addEventListener("click", () => box.remove());
  box.append(close);
  // Newest on top; at most MAX_TOASTS at once, the older ones dismissed, so they never pile up over the grid.
  const toasts = $("toasts");
  toasts.prepend(box);
  while (toasts.children.length > MAX_TOASTS) toasts.lastElementChild?.remove();
  const ms = Math.min(Math.max(seconds, 3), 15) * 1000;
  setTimeout(() => box.remove(), seconds < 0 ? 60_000 : ms);
}

async function showUi(ui: UiChanges): Promise<void> {
  for (const t of ui.toasts) toast(t.title, t.message, t.timeoutSeconds);
  for (const s of ui.sidebars) showSidebar(s);
  if (ui.error) await showMessage("Erreur du script", ui.error);
  for (const a of ui.alerts) await showMessage(titleOrAddon(a.title), a.message);
  for (const d of ui.dialogs) await showDialog(d);
}

// --- refresh and wiring ---------------------------------------------------------------------------------------------

async function refresh(): Promise<void> {
  const query = shownSheetId === undefined ? "" : `?sheet=${shownSheetId}`;
  view = await api<WorkbookView>(`/api/view${query}`);
  shownSheetId = view.sheet.id;
  if (view.activeCell && view.activeCell.sheetId === view.sheet.id) {
    selected = { row: view.activeCell.row, column: view.activeCell.column };
  }
  $("doc-title").textContent = view.spreadsheetName;
  const problem = $("problem");
  problem.hidden = view.problem === null;
  problem.textContent = view.problem ?? "";
  renderTabs();
  renderGrid();
  renderMenu();
  renderCalendars(view.calendars);
  document.body.dataset.ready = "true";
}

window.addEventListener("message", (event: MessageEvent) => {
  const data = event.data as { source?: string; type?: string; key?: string; ui?: UiChanges };
  if (data?.source !== "plan-daction-surface") return;
  if (data.type === "close") {
    if (data.key === dialogKey) modalClose?.();
    if (data.key === sidebarKey) closeSidebar();
  }
  if (data.type === "rpc") {
    void (async () => {
      // The add-on may have moved the selection (selectCell): follow it to its sheet.
      shownSheetId = undefined;
      await refresh();
      if (data.ui) await showUi({ ...data.ui, error: null });
      const target =
        selected && document.querySelector(`.cell[data-cell="${a1(selected.row, selected.column)}"]`);
      target?.scrollIntoView({ block: "nearest", inline: "nearest" });
    })();
  }
});

$("menu-extensions").addEventListener("click", (event) => {
  event.stopPropagation();
  const dropdown = $("menu-dropdown");
  dropdown.hidden = !dropdown.hidden;
  $("menu-extensions").setAttribute("aria-expanded", String(!dropdown.hidden));
});
document.addEventListener("click", (event) => {
  if (!(event.target as HTMLElement).closest(".menu-root")) closeMenu();
});
$("modal-close").addEventListener("click", () => modalClose?.());
$("sidebar-close").addEventListener("click", closeSidebar);
$("btn-example").addEventListener(
  "click",
  () =>
    void withBusy(async () => {
      const result = await api<{ status: string; ui: UiChanges }>("/api/example", {});
      shownSheetId = undefined;
      closeSidebar();
      await refresh();
      toast("", "Exemple chargé : plan du Comité Entraide (année 1).", 5);
      void result;
    }),
);
$("btn-reset").addEventListener(
  "click",
  () =>
    void withBusy(async () => {
      const answer = await openModal(
        "Réinitialiser",
        [
          el("p", {
            className: "message",
            text: "Vider le classeur et l'agenda du bac à sable ? Cette action ne peut pas être annulée.",
          }),
        ],
        [
          ["CANCEL", "Annuler"],
          ["OK", "Réinitialiser"],
        ],
        "alert",
      );
      if (answer !== "OK") return;
      await api("/api/reset", {});
      shownSheetId = undefined;
      selected = null;
      closeSidebar();
      await refresh();
    }),
);
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !$("overlay").hidden) modalClose?.();
});

void withBusy(refresh);
