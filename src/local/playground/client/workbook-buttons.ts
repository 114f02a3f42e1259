/**
 * The top bar's buttons that replace the whole workbook, as the issue "nothing lost by a button" asks:
 * Charger un exemple and Réinitialiser ask first, the server keeps a backup copy of the workbook and the
 * calendar before replacing them (backups.ts) and the page names it; Restaurer lists the copies and
 * brings back the one chosen.
 */
import { confirmAction, openModal, showMessage, toast } from "./dialogs.ts";
import { api, el } from "./dom.ts";
import { type PageLang, t } from "./strings.ts";

function when(iso: string, lang: PageLang): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-CA" : "fr-CA", {
    dateStyle: "long",
    timeStyle: "medium",
  }).format(new Date(iso));
}

/** Charger un exemple or Réinitialiser, once the person confirms; `show` redraws the new workbook. */
export async function replaceWorkbook(kind: "example" | "reset", show: () => Promise<void>): Promise<void> {
  const label = t(kind === "example" ? "loadExample" : "reset");
  const ok = await confirmAction(label, t(kind === "example" ? "confirmExample" : "confirmReset"), label);
  if (!ok) return;
  const result = await api<{ backup: string }>(kind === "example" ? "/api/example" : "/api/reset", {});
  await show();
  const kept = t("backupKept", { file: result.backup });
  toast("", kind === "example" ? `${t("exampleLoaded")} ${kept}` : kept, 8);
}

/**
 * Restaurer: lists the backup copies, newest first, each with its time and its number of sheets (the
 * newest chosen), and brings back the one chosen once the person confirms.
 */
export async function restoreBackup(
  backups: Array<{ file: string; savedAt: string; sheets: number | null }>,
  lang: PageLang,
  show: () => Promise<void>,
): Promise<void> {
  if (backups.length === 0) {
    await showMessage(t("restore"), t("noBackup"));
    return;
  }
  const list = el("div", { className: "backup-list", role: "radiogroup", "aria-label": t("backupList") });
  backups.forEach((backup, i) => {
    const sheets =
      backup.sheets === null
        ? ""
        : ` — ${t(backup.sheets === 1 ? "sheetCount" : "sheetCountPlural", { n: backup.sheets })}`;
    const radio = el("input", { type: "radio", name: "backup", value: backup.file, checked: i === 0 });
    list.append(
      el("label", { className: "backup-choice" }, [radio, ` ${when(backup.savedAt, lang)}${sheets}`]),
    );
  });
  const answer = await openModal(
    t("restore"),
    [el("p", { className: "message", text: t("confirmRestore") }), list],
    [
      ["CANCEL", t("cancel")],
      ["OK", t("restore")],
    ],
    "alert",
  );
  if (answer !== "OK") return;
  const file = (list.querySelector("input:checked") as HTMLInputElement | null)?.value ?? backups[0]!.file;
  const chosen = backups.find((b) => b.file === file) ?? backups[0]!;
  await api("/api/restore", { file });
  await show();
  toast("", t("restored", { when: when(chosen.savedAt, lang) }), 6);
}
