/**
 * The top bar's buttons that replace the whole workbook, as the issue "nothing lost by a button" asks:
 * Charger un exemple and Réinitialiser ask first, the server keeps a backup copy of the workbook and the
 * calendar before replacing them (backups.ts) and the page names it; Restaurer asks, then brings back
 * the newest copy.
 */
import { confirmAction, showMessage, toast } from "./dialogs.ts";
import { api } from "./dom.ts";
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

/** Restaurer: back to the newest backup copy (`backup`), once the person confirms. */
export async function restoreBackup(
  backup: { savedAt: string } | null,
  lang: PageLang,
  show: () => Promise<void>,
): Promise<void> {
  if (!backup) {
    await showMessage(t("restore"), t("noBackup"));
    return;
  }
  const ok = await confirmAction(
    t("restore"),
    t("confirmRestore", { when: when(backup.savedAt, lang) }),
    t("restore"),
  );
  if (!ok) return;
  await api("/api/restore", {});
  await show();
  toast("", t("restored", { when: when(backup.savedAt, lang) }), 6);
}
