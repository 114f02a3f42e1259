/**
 * The playground page (browser side): draws the emulated spreadsheet sent by GET /api/view — tabs, the
 * grid (grid-render.ts), the add-on menu — and wires what a person does to the server: the grid's
 * gestures (grid-keyboard.ts) become cell edits and row changes, sent one after the other; the add-on's
 * menu items run with their alerts and prompts answered in the page; the buttons of the top bar load
 * the example, reset, restore a backup copy (each asking first), switch the language, print, and open
 * the Agenda panel. Every text from the workbook is written with textContent: a cell is user input.
 */
import type { ActionResult, Answer, RpcResult, UiChanges } from "../runtime.ts";
import type { PageView } from "../view.ts";
import { renderMenu } from "./addon-menu.ts";
import { renderCalendars, setCalendarPanel } from "./calendar-panel.ts";
import { whenNotEditing } from "./cell-editor.ts";
import { drawCharts } from "./chart-layer.ts";
import { hiddenAround, openColumnMenu } from "./column-menu.ts";
import { closeOnScroll, type RowAction } from "./context-menu.ts";
import {
  ask,
  closeModeless,
  closeSidebar,
  closeSurface,
  confirmAction,
  installDialogs,
  promptText,
  showMessage,
  showUi,
  uncover,
  whenSidebarShown,
} from "./dialogs.ts";
import { $, api } from "./dom.ts";
import { renderFileMenu } from "./file-menu.ts";
import { type CellEdit, type GridActions, gridEvents, installGridKeys } from "./grid-keyboard.ts";
import { cellId, listenToGrid } from "./grid-render.ts";
import { installGridWindow, renderGrid, rowsToStyle } from "./grid-window.ts";
import { refreshMails, setMailPanel } from "./mail-panel.ts";
import * as selection from "./selection.ts";
import { applyLanguage, t } from "./strings.ts";
import { installTabs, renderTabs, type TabHandlers } from "./tabs.ts";
import { wireTopBar } from "./top-bar.ts";
import { forgetHistory, type Replay, recordStep, takeRedo, takeUndo } from "./undo.ts";

let view: PageView | null = null;
let shownSheetId: number | undefined;
let busy = 0;
/** The sheet the grid last drew: another sheet starts scrolled back to column A. */
let drawnSheetId: number | undefined;

function setBusy(delta: number): void {
  busy += delta;
  document.body.classList.toggle("busy", busy > 0);
  for (const id of [
    "btn-example",
    "btn-reset",
    "btn-restore",
    "menu-file",
    "menu-extensions",
    "lang-switch",
  ]) {
    ($(id) as HTMLButtonElement).disabled = busy > 0 || (id === "btn-restore" && !view?.backups.length);
  }
}

async function withBusy<T>(work: () => Promise<T>): Promise<T | undefined> {
  setBusy(1);
  try {
    return await work();
  } catch (error) {
    await showMessage(t("error"), (error as Error).message);
    return undefined;
  } finally {
    setBusy(-1);
  }
}

/** The grid's changes go to the server one after the other, in the order the person made them. */
let queue: Promise<unknown> = Promise.resolve();
function enqueue(work: () => Promise<void>): void {
  queue = queue.then(() => withBusy(work));
}

// --- the grid ----------------------------------------------------------------------------------------------------

const actions: GridActions = {
  write(edits: CellEdit[]) {
    const sheetId = view?.sheet.id;
    if (sheetId === undefined) return;
    const cells = selection.grid().cells;
    recordStep({
      kind: "cells",
      sheetId,
      cells: edits.map((e) => ({
        ...e,
        before: cells.get(`${e.row}:${e.column}`)?.edit ?? "",
        after: e.text,
      })),
    });
    sendEdits(sheetId, edits);
  },
  undo() {
    replay(takeUndo());
  },
  redo() {
    replay(takeRedo());
  },
  columnMenu(column, x, y) {
    const sheetId = view?.sheet.id;
    const columns = selection.selectedColumns();
    if (sheetId === undefined || columns.length === 0) return;
    const first = columns[0]!;
    const last = columns.at(-1)!;
    const visible = selection.grid().columns;
    openColumnMenu(
      { x, y },
      { first, last, clicked: column, visibleCount: columns.length },
      hiddenAround(visible, first, last),
      (action, at, count) =>
        enqueue(async () => {
          const result = await api<{ ok: boolean; error: string | null }>("/api/columns", {
            sheetId,
            action,
            column: at,
            count,
          });
          shownSheetId = sheetId;
          forgetHistory();
          await refresh();
          if (!result.ok && result.error) await showMessage(t("error"), result.error);
        }),
    );
  },
  rows(action, first, count) {
    const sheetId = view?.sheet.id;
    if (sheetId === undefined) return;
    enqueue(async () => {
      const token = await changeRows(sheetId, action, first, count);
      if (token) recordStep({ kind: "rows", sheetId, action, first, count, token });
    });
  },
};

/** Sends a row change, redraws and selects what Sheets selects after it; returns its undo token. */
async function changeRows(sheetId: number, action: RowAction, first: number, count: number) {
  const result = await api<{ ok: boolean; error: string | null; undo: string | null }>("/api/rows", {
    sheetId,
    action,
    row: first,
    count,
  });
  shownSheetId = sheetId;
  await refresh();
  if (!result.ok && result.error) await showMessage(t("error"), result.error);
  const row = action === "insertAfter" ? first + count : first;
  const columns = selection.grid().columns;
  if (action === "delete") selection.select({ row, column: selection.active()?.column ?? columns[0] ?? 1 });
  else
    selection.selectBlock(
      { row, column: columns[0] ?? 1 },
      { row: row + count - 1, column: columns.at(-1) ?? 1 },
    );
  return result.undo;
}

function replay(step: Replay | null): void {
  if (!step) return;
  if (step.kind === "cells") {
    sendEdits(step.sheetId, step.edits);
    return;
  }
  const rows = step.step;
  enqueue(async () => {
    if (step.kind === "redoRows") {
      const token = await changeRows(rows.sheetId, rows.action, rows.first, rows.count);
      if (token) rows.token = token;
      else forgetHistory();
      return;
    }
    const result = await api<{ ok: boolean; error: string | null }>("/api/rows/undo", { token: rows.token });
    shownSheetId = rows.sheetId;
    await refresh();
    if (!result.ok) {
      // The sheet changed since (the add-on wrote to it): the older steps no longer fit it either.
      forgetHistory();
      if (result.error) await showMessage(t("error"), result.error);
    }
  });
}

function sendEdits(sheetId: number, edits: CellEdit[]): void {
  enqueue(async () => {
    const result = await api<{ ok: boolean; error: string | null }>("/api/edit", { sheetId, edits });
    if (shownSheetId !== sheetId) shownSheetId = sheetId;
    await refresh();
    if (!result.ok && result.error) await showMessage(t("invalidData"), result.error);
  });
}

const events = gridEvents(actions);
listenToGrid($<HTMLTableElement>("grid"), events);

/** Redraws the grid from the view; while a cell is being edited, once the edit is done. */
function drawGrid(): void {
  whenNotEditing(redrawGrid);
}

function redrawGrid(): void {
  if (!view) return;
  const sheet = view.sheet;
  if (sheet.id !== drawnSheetId) {
    $("grid-scroll").scrollLeft = 0;
    $("grid-scroll").scrollTop = 0;
    drawnSheetId = sheet.id;
    selection.select(null);
  }
  const hadFocus = document.activeElement === $("grid");
  selection.setGeometry(renderGrid($<HTMLTableElement>("grid"), sheet, selection.paintRows));
  drawCharts(sheet);
  selection.paint();
  if (hadFocus) $("grid").focus({ preventScroll: true });
}

const tabHandlers: TabHandlers = {
  show(sheetId) {
    void withBusy(async () => {
      shownSheetId = sheetId;
      await api("/api/select", { sheetId });
      await refresh();
    });
  },
  act(sheetId, name, action) {
    void withBusy(async () => {
      let newName = "";
      if (action === "delete") {
        const ok = await confirmAction(t("deleteSheet"), t("confirmDeleteSheet", { name }), t("deleteSheet"));
        if (!ok) return;
      } else if (action === "rename") {
        const typed = await promptText(t("renameSheet"), t("renamePrompt", { name }), name);
        if (typed === null || typed === name) return;
        newName = typed;
      }
      const result = await api<{ ok: boolean; error: string | null; sheetId: number | null }>("/api/sheet", {
        sheetId,
        action,
        name: newName,
      });
      if (result.sheetId !== null) shownSheetId = result.sheetId;
      forgetHistory();
      await refresh();
      if (!result.ok && result.error) await showMessage(t("error"), result.error);
    });
  },
};

// --- the add-on menu --------------------------------------------------------------------------------------------

async function runMenu(functionName: string): Promise<void> {
  await withBusy(async () => {
    let answers: Answer[] = [];
    let token: string | undefined;
    for (;;) {
      const result = await api<ActionResult>("/api/menu", { functionName, answers, token });
      if (result.status === "done") {
        // The script may have activated another sheet or cell (activate()): show it, as Sheets does.
        shownSheetId = undefined;
        await refresh({ followActiveCell: true });
        await showUi(result.ui);
        return;
      }
      token = result.token;
      const answer = await ask(result.question);
      answers = [...result.answered, answer];
    }
  });
}

// --- language, refresh -------------------------------------------------------------------------------------------

async function refresh(options: { followActiveCell?: boolean } = {}): Promise<void> {
  const rows = shownSheetId === undefined ? null : rowsToStyle(shownSheetId);
  const query =
    shownSheetId === undefined
      ? ""
      : `?sheet=${shownSheetId}${rows ? `&from=${rows.from}&to=${rows.to}` : ""}`;
  view = await api<PageView>(`/api/view${query}`);
  shownSheetId = view.sheet.id;
  applyLanguage(view.lang);
  $("doc-title").textContent = view.spreadsheetName;
  ($("btn-print") as HTMLAnchorElement).href = `/print?sheet=${view.sheet.id}`;
  const problem = $("problem");
  problem.hidden = view.problem === null;
  problem.textContent = view.problem ?? "";
  renderTabs(view, tabHandlers);
  // An empty workbook says where to start.
  $("start-hint").hidden = !(
    view.tabs.length === 1 &&
    view.sheet.lastRow === 0 &&
    view.sheet.lastColumn === 0
  );
  drawGrid();
  const activeCell = view.activeCell;
  if (
    (options.followActiveCell || !selection.active()) &&
    activeCell &&
    activeCell.sheetId === view.sheet.id
  ) {
    selection.select({ row: activeCell.row, column: activeCell.column });
    if (options.followActiveCell) selection.scrollToActive();
  }
  renderMenu(view.menus, (functionName) => void runMenu(functionName));
  renderFileMenu(view.workbooks);
  renderCalendars(view.calendars, view.legend);
  void refreshMails();
  setBusy(0);
  document.body.dataset.ready = "true";
}

// --- the top bar's buttons ----------------------------------------------------------------------------------------

/**
 * After the workbook was replaced or another one shown: from its active sheet, no selection, no history,
 * no sidebar or dialog (they belonged to the workbook before).
 */
async function showReplacedWorkbook(): Promise<void> {
  shownSheetId = undefined;
  selection.select(null);
  forgetHistory();
  closeSidebar();
  closeModeless();
  await refresh({ followActiveCell: true });
}

/**
 * A dialog's or the sidebar's google.script.run call (shim.ts): the page makes it and answers the frame,
 * then shows what it did — the grid and the calendar refreshed, its toasts and dialogs — even when the
 * frame was closed before the answer came (an import closed right after « Importer »).
 */
async function surfaceCall(
  data: { id?: number; name?: string; args?: unknown[] },
  frame: MessageEventSource | null,
) {
  const name = String(data.name ?? "");
  let result: RpcResult;
  try {
    result = await api<RpcResult>(
      `/rpc/${encodeURIComponent(name)}`,
      Array.isArray(data.args) ? data.args : [],
    );
  } catch (error) {
    result = { ok: false, error: `NetworkError: ${(error as Error).message}`, ui: emptyUi() };
  }
  try {
    (frame as Window | null)?.postMessage(
      { source: "plan-daction-page", type: "rpc-result", id: data.id, result },
      "*",
    );
  } catch {
    // The frame is gone: its handlers cannot run any more, but the page still shows what the call did.
  }
  // The add-on may have moved the selection (selectCell): follow it to its sheet.
  const before = JSON.stringify(view?.activeCell ?? null);
  shownSheetId = undefined;
  await refresh({ followActiveCell: true });
  // A link that selected a cell (a finding, a member's row): the dialog moves off it if it covers it.
  const active = selection.active();
  const td = active && document.getElementById(cellId(active.row, active.column));
  if (td && JSON.stringify(view?.activeCell ?? null) !== before) uncover(td.getBoundingClientRect());
  if (result.ui) await showUi({ ...result.ui, error: null });
}

function emptyUi(): UiChanges {
  return { toasts: [], alerts: [], dialogs: [], sidebars: [], error: null };
}

window.addEventListener("message", (event: MessageEvent) => {
  const data = event.data as {
    source?: string;
    type?: string;
    key?: string;
    id?: number;
    name?: string;
    args?: unknown[];
  };
  if (data?.source !== "plan-daction-surface" || event.origin !== window.location.origin) return;
  if (data.type === "close") closeSurface(data.key);
  if (data.type === "rpc-call") void surfaceCall(data, event.source);
});

// The sidebar opening closes the Agenda panel, so the grid keeps its width (one side panel at a time).
whenSidebarShown(() => {
  setCalendarPanel(false);
  setMailPanel(false);
});
installDialogs();
installGridKeys(actions);
installGridWindow();
installTabs();
wireTopBar({ view: () => view, withBusy, refresh: () => refresh(), showWorkbook: showReplacedWorkbook });
document.addEventListener("scroll", closeOnScroll, true);
void withBusy(() => refresh({ followActiveCell: true }));
