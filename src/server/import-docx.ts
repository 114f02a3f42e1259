/**
 * "Choisir un fichier Word (.docx)" in the import dialog: the dialog passes its form to google.script.run,
 * so the file arrives here as a Blob in the field `docx` (apps-script/guides/html/communication, "Forms").
 * previewDocxImport shows what the document would give, importDocxPlan writes it into a new plan sheet:
 * both read the file the same way — its bytes checked first (upload-check.ts: empty, too large, protected,
 * an old .doc, not a Word file), then Utilities.unzip and XmlService (docx-parts.ts), then the same blocks,
 * mapping and preview as pasted text. Nothing is written when the file cannot be read as a plan.
 */
import type { Lang } from "../core/i18n";
import type { Block } from "../core/import/blocks";
import { planFromBlocks } from "../core/import/blocks-plan";
import { docxBlocks } from "../core/import/docx/docx-blocks";
import {
  classifyUpload,
  type UploadProblem,
  uploadMessage,
  zipProblem,
} from "../core/import/docx/upload-check";
import { readCorrections } from "../core/import/import-corrections";
import { importPreview } from "../core/import/import-preview";
import type { ImportedPlan } from "../core/import/types";
import type { ImportDoneResult, ImportPreviewResult } from "../shared/import-wire";
import { readDocxContent, unzipParts } from "./docx-parts";
import { writeImportedPlan } from "./import";
import { userLang } from "./locale";
import { todayIn } from "./today";

type Blob = GoogleAppsScript.Base.Blob;

/**
 * The form the dialog sends: its file input `docx`, on import the committee's name, and the preview's
 * corrections as JSON (a hidden field: a form is the call's only argument).
 */
export interface DocxForm {
  docx?: Blob;
  comite?: string;
  corrections?: string;
}

/** The corrections a form carries, validated (import-corrections.ts); none when absent or unreadable. */
function formCorrections(form: unknown) {
  const json = form !== null && typeof form === "object" ? (form as DocxForm).corrections : undefined;
  if (typeof json !== "string" || json === "") return undefined;
  try {
    return readCorrections(JSON.parse(json));
  } catch (_) {
    return undefined;
  }
}

type Read = { ok: true; plan: ImportedPlan } | { ok: false; message: string };

function isBlob(value: unknown): value is Blob {
  return value !== null && typeof value === "object" && typeof (value as Blob).getBytes === "function";
}

function problem(kind: UploadProblem, lang: Lang, name: string, size = 0): Read {
  return { ok: false, message: uploadMessage(kind, lang, name, size) };
}

/** The blocks of the uploaded document, or the problem to tell the person. */
function readBlocks(form: unknown, lang: Lang): { ok: true; blocks: Block[]; name: string } | Read {
  const blob = form !== null && typeof form === "object" ? (form as DocxForm).docx : undefined;
  if (!isBlob(blob)) return problem("no-file", lang, "");
  const name = String(blob.getName() ?? "");
  const bytes = blob.getBytes();
  if (bytes.length === 0 && name === "") return problem("no-file", lang, "");
  const kind = classifyUpload(bytes);
  if (kind !== "zip") return problem(kind, lang, name, bytes.length);
  let parts: Record<string, Blob>;
  try {
    parts = unzipParts(blob);
  } catch (_) {
    return problem("damaged", lang, name);
  }
  let content: ReturnType<typeof readDocxContent>;
  try {
    content = readDocxContent(parts);
  } catch (_) {
    return problem("damaged", lang, name);
  }
  if (!content) {
    const mimetype = parts["mimetype"];
    return problem(zipProblem(mimetype ? mimetype.getDataAsString() : null), lang, name);
  }
  return { ok: true, blocks: docxBlocks(content), name };
}

function readPlan(form: unknown, lang: Lang): Read {
  const read = readBlocks(form, lang);
  if (!read.ok) return read;
  if (!("blocks" in read)) return read;
  if (read.blocks.length === 0) return problem("no-text", lang, read.name);
  const plan = planFromBlocks(read.blocks, formCorrections(form));
  if (plan.rows.length === 0) return problem("no-actions", lang, read.name);
  return { ok: true, plan };
}

/** Called by the import dialog with its form: what the Word file would give, without writing anything. */
export function previewDocxImport(form: DocxForm): ImportPreviewResult {
  const lang = userLang();
  const read = readPlan(form, lang);
  if (!read.ok) return read;
  const today = todayIn(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());
  return importPreview(read.plan, today, lang);
}

/** Called by the import dialog with its form: writes the Word file's plan into a new plan sheet. */
export function importDocxPlan(form: DocxForm): ImportDoneResult {
  const lang = userLang();
  const read = readPlan(form, lang);
  if (!read.ok) return read;
  return writeImportedPlan(read.plan, form.comite, lang);
}
