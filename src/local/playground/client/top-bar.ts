/**
 * The page's top bar: the menu bar (Fichier: make a copy of the workbook, switch between the open ones;
 * Extensions: the add-on's menus), the buttons that replace the workbook (Charger un exemple,
 * Réinitialiser, Restaurer: workbook-buttons.ts), the language switch, and the Agenda and Courriels
 * panels' buttons (one side panel at a time, as in Sheets).
 */
import type { PageView } from "../view.ts";
import type { WorkbookEntry } from "../workbooks.ts";
import { installMenu } from "./addon-menu.ts";
import { calendarPanelOpen, setCalendarPanel } from "./calendar-panel.ts";
import { promptText, toast } from "./dialogs.ts";
import { $, api } from "./dom.ts";
import { installFileMenu } from "./file-menu.ts";
import { mailPanelOpen, setMailPanel } from "./mail-panel.ts";
import { t } from "./strings.ts";
import { replaceWorkbook, restoreBackup } from "./workbook-buttons.ts";

/** What the top bar needs from the page. */
export interface TopBarPage {
  view(): PageView | null;
  withBusy<T>(work: () => Promise<T>): Promise<T | undefined>;
  refresh(): Promise<void>;
  /** Shows the workbook now on screen afresh (another one, or the same replaced). */
  showWorkbook(): Promise<void>;
}

export function wireTopBar(page: TopBarPage): void {
  installMenu();
  installFileMenu({
    copy: () =>
      void page.withBusy(async () => {
        const name = page.view()?.spreadsheetName ?? "";
        const typed = await promptText(t("makeCopy"), t("copyName"), t("copyOf", { name }));
        if (typed === null) return;
        const result = await api<{ workbook: WorkbookEntry }>("/api/workbook/copy", { name: typed });
        await page.showWorkbook();
        toast("", t("copyMade", { name: result.workbook.name }), 6);
      }),
    show: (id) =>
      void page.withBusy(async () => {
        await api("/api/workbook/show", { id });
        await page.showWorkbook();
      }),
  });
  $("btn-example").addEventListener(
    "click",
    () => void page.withBusy(() => replaceWorkbook("example", page.showWorkbook)),
  );
  $("btn-reset").addEventListener(
    "click",
    () => void page.withBusy(() => replaceWorkbook("reset", page.showWorkbook)),
  );
  $("btn-restore").addEventListener(
    "click",
    () =>
      void page.withBusy(() =>
        restoreBackup(page.view()?.backups ?? [], page.view()?.lang ?? "fr", page.showWorkbook),
      ),
  );
  // The download goes on; the page says what the file does not carry.
  $("btn-xlsx").addEventListener("click", () => toast("", t("xlsxNoCharts"), 12));
  $("lang-switch").addEventListener("change", () => {
    const locale = ($("lang-switch") as HTMLSelectElement).value;
    void page.withBusy(async () => {
      await api("/api/locale", { locale });
      await page.refresh();
    });
  });
  $("btn-agenda").addEventListener("click", () => {
    const open = !calendarPanelOpen();
    if (open) setMailPanel(false);
    // One side panel at a time, as in Sheets: the Agenda takes the sidebar's place and gives it back.
    if (open && !$("sidebar-panel").hidden) $("sidebar-panel").classList.add("folded");
    if (!open) $("sidebar-panel").classList.remove("folded");
    setCalendarPanel(open);
  });
  $("btn-mails").addEventListener("click", () => {
    const open = !mailPanelOpen();
    // One side panel at a time: the Courriels take the Agenda's and the sidebar's place.
    if (open) setCalendarPanel(false);
    if (open && !$("sidebar-panel").hidden) $("sidebar-panel").classList.add("folded");
    if (!open) $("sidebar-panel").classList.remove("folded");
    setMailPanel(open);
  });
  $("mail-close").addEventListener("click", () => {
    setMailPanel(false);
    $("sidebar-panel").classList.remove("folded");
    $("btn-mails").focus();
  });
  $("calendar-close").addEventListener("click", () => {
    setCalendarPanel(false);
    $("sidebar-panel").classList.remove("folded");
    $("btn-agenda").focus();
  });
}
