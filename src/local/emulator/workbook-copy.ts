/**
 * File ▸ Make a copy (and Spreadsheet.copy(name), apps-script/reference/spreadsheet/spreadsheet#copy(String)):
 * `copyWorkbook(emulator, options)` answers a second emulator whose active spreadsheet is a copy of the
 * first's — every sheet with its id, cells, formats, notes, validation, conditional formats, developer
 * metadata, protections and named ranges (EmuSpreadsheet.copyAs) — under a new spreadsheet id and name
 * ("Copie de …" / "Copy of …", or `options.name`). The rest follows Google's model of who owns what:
 *
 * - the people are the same accounts: each person's user properties are theirs for the script, not the
 *   document's (apps-script/guides/properties: "User Properties … specific to the current user of a
 *   script"), so they are shared with the original, unchanged; so are their scopes and locales, and the
 *   person acting (switching to someone in one switches in both);
 * - the services that are a person's and not the document's (the Calendar advanced service, mail…) are the
 *   same objects: the copy's sync sees the same calendars;
 * - document properties ("specific to the current … document", same page): whether Drive's copy keeps them
 *   Google does not say anywhere, so the caller chooses — `documentProperties: "copied"` (a snapshot of the
 *   original's, then independent) or `"empty"`; tests run both;
 * - the copy has its own call log, UI recorder, locks and auth mode; the clock is the same.
 *
 * `options.by` is the person making the copy (they act in it first; default whoever acts now). The copy
 * lives only in memory: load the add-on into it with loadAddon(copy) (tests/support/addon.ts: copyAddon).
 */
import { createEmulator, type Emulator } from "./index.ts";

export interface WorkbookCopyOptions {
  /** Whether the copy starts with a snapshot of the original's document properties or with none. */
  documentProperties: "copied" | "empty";
  /** The copy's name; default "Copie de <name>" (or "Copy of <name>" for a non-French locale). */
  name?: string;
  /** The copy's spreadsheet id; default a new one. */
  id?: string;
  /** Who makes the copy (must be one of the emulator's people); default the person acting now. */
  by?: string;
}

let copies = 0;

/** A new spreadsheet id shaped like the emulator's first one (43 characters), unique in this process. */
function newSpreadsheetId(): string {
  copies++;
  return `1EmuLatedCopy${String(copies).padStart(30, "0")}`;
}

export function copyWorkbook(original: Emulator, options: WorkbookCopyOptions): Emulator {
  const parts = original.parts();
  const source = parts.spreadsheet;
  const french = source.getSpreadsheetLocale().toLowerCase().startsWith("fr");
  const id = options.id ?? newSpreadsheetId();
  const spreadsheet = source.copyAs({
    id,
    name: options.name ?? `${french ? "Copie de " : "Copy of "}${source.getName()}`,
    timeZone: source.getSpreadsheetTimeZone(),
    locale: source.getSpreadsheetLocale(),
    onToast: () => {},
  });
  if (options.by) parts.users.switchTo(options.by);
  return createEmulator(
    {},
    {
      ...parts,
      spreadsheet,
      documentProperties:
        options.documentProperties === "copied" ? new Map(parts.documentProperties) : new Map(),
      // Another document, another script execution stream: its own Utilities.getUuid sequence.
      uuidSeed: `${parts.uuidSeed}:${id}`,
    },
  );
}
