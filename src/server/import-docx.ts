/**
 * "Choisir un fichier Word (.docx)" in the import dialog: the dialog reads the file itself (FileReader) and
 * sends it as text, `{ name, base64 }` — not as a form's file input, which public reports say arrives
 * broken or not at all under V8 ("Invalid argument: blob") — and the server makes the Blob:
 * Utilities.newBlob(Utilities.base64Decode(b64), 'application/zip', name), the content type
 * Utilities.unzip is commonly given. previewDocxImport shows what the document would give, importDocxPlan
 * writes it into a new plan sheet: both read the file the same way — its size as text first (a
 * google.script.run argument has a limit Google does not document: see MAX_DOCX_BASE64_CHARS), then its
 * bytes (upload-check.ts: empty, too large, protected, an old .doc, not a Word file), the sizes its zip
 * directory declares once inflated (zip-sizes.ts), then Utilities.unzip and XmlService (docx-parts.ts:
 * DOCTYPE refused, byte-order mark accepted), then the same blocks, mapping and preview as pasted text.
 * Nothing is written when the file cannot be read as a plan.
 */
import type { Lang } from "../core/i18n";
import type { Block } from "../core/import/blocks";
import { planFromBlocks } from "../core/import/blocks-plan";
import { docxBlocks } from "../core/import/docx/docx-blocks";
import {
  classifyUpload,
  MAX_DOCX_BYTES,
  MAX_DOCX_INFLATED_BYTES,
  type UploadProblem,
  uploadMessage,
  zipProblem,
} from "../core/import/docx/upload-check";
import { declaredZipSizes } from "../core/import/docx/zip-sizes";
import { readCorrections, readInto, withChosenPeriod } from "../core/import/import-corrections";
import type { ImportedPlan } from "../core/import/types";
import type { ImportCorrectionsWire, ImportDoneResult, ImportPreviewResult } from "../shared/import-wire";
import { DocxRefusal, readDocxContent, unzipParts } from "./docx-parts";
import { previewFor, writeImportedPlan } from "./import";
import { userLang } from "./locale";

type Blob = GoogleAppsScript.Base.Blob;

/** The Word file as the dialog sends it: its name and its bytes in base64 (FileReader's data URL). */
export interface DocxFile {
  name: string;
  base64: string;
}

/**
 * The longest base64 text taken: the file bound (MAX_DOCX_BYTES, 10 MB) as base64, ≈ 13.4 MB of text.
 * Google documents no size limit for a google.script.run argument (apps-script/guides/html/communication
 * gives none); this bound is a choice, not a documented figure: well under the 50 MB Apps Script's quotas
 * page gives for its other payloads (URL Fetch POST size), and a plan is a few hundred KB. The dialog
 * refuses a larger file before reading it, so this only meets a caller that skipped the dialog.
 */
export const MAX_DOCX_BASE64_CHARS = Math.ceil(MAX_DOCX_BYTES / 3) * 4;

type Read = { ok: true; plan: ImportedPlan } | { ok: false; message: string };

function problem(kind: UploadProblem, lang: Lang, name: string, size = 0): Read {
  return { ok: false, message: uploadMessage(kind, lang, name, size) };
}

/** How many bytes base64 text decodes to, from its length and padding (without decoding it). */
function decodedSize(base64: string): number {
  const padding = base64.slice(-2) === "==" ? 2 : base64.slice(-1) === "=" ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** The file's name and base64 text, when `file` is what the dialog sends. */
function fileParts(file: unknown): { name: string; base64: string } | null {
  if (file === null || typeof file !== "object") return null;
  const { name, base64 } = file as Partial<DocxFile>;
  if (typeof base64 !== "string") return null;
  return { name: typeof name === "string" ? name.slice(0, 255) : "", base64 };
}

/** The blocks of the uploaded document, or the problem to tell the person. */
function readBlocks(file: unknown, lang: Lang): { ok: true; blocks: Block[]; name: string } | Read {
  const sent = fileParts(file);
  if (!sent || (sent.base64 === "" && sent.name === "")) return problem("no-file", lang, "");
  const { name, base64 } = sent;
  const size = decodedSize(base64);
  if (base64.length > MAX_DOCX_BASE64_CHARS || size > MAX_DOCX_BYTES)
    return problem("too-large", lang, name, size);
  let bytes: number[];
  try {
    bytes = Utilities.base64Decode(base64);
  } catch (_) {
    return problem("damaged", lang, name);
  }
  const kind = classifyUpload(bytes);
  if (kind !== "zip") return problem(kind, lang, name, bytes.length);
  const declared = declaredZipSizes(bytes);
  if (!declared) return problem("damaged", lang, name);
  if (declared.inflated > MAX_DOCX_INFLATED_BYTES) return problem("inflated-too-large", lang, name);
  let parts: Record<string, Blob>;
  try {
    parts = unzipParts(Utilities.newBlob(bytes, "application/zip", name));
  } catch (_) {
    return problem("damaged", lang, name);
  }
  let content: ReturnType<typeof readDocxContent>;
  try {
    content = readDocxContent(parts);
  } catch (error) {
    return problem(error instanceof DocxRefusal ? error.problem : "damaged", lang, name);
  }
  if (!content) {
    const mimetype = parts["mimetype"];
    return problem(zipProblem(mimetype ? mimetype.getDataAsString() : null), lang, name);
  }
  return { ok: true, blocks: docxBlocks(content), name };
}

function readPlan(file: unknown, corrections: unknown, lang: Lang): Read {
  const read = readBlocks(file, lang);
  if (!read.ok) return read;
  if (!("blocks" in read)) return read;
  if (read.blocks.length === 0) return problem("no-text", lang, read.name);
  const plan = planFromBlocks(read.blocks, readCorrections(corrections));
  if (plan.rows.length === 0) return problem("no-actions", lang, read.name);
  return { ok: true, plan: withChosenPeriod(plan, corrections) };
}

/** Called by the import dialog with the file as text: what the Word file would give, writing nothing. */
export function previewDocxImport(file: DocxFile, corrections?: ImportCorrectionsWire): ImportPreviewResult {
  const lang = userLang();
  const read = readPlan(file, corrections, lang);
  if (!read.ok) return read;
  return previewFor(read.plan, lang, corrections);
}

/** Called by the import dialog with the file as text: writes the Word file's plan into a new plan sheet. */
export function importDocxPlan(
  file: DocxFile,
  comite?: string,
  corrections?: ImportCorrectionsWire,
): ImportDoneResult {
  const lang = userLang();
  const read = readPlan(file, corrections, lang);
  if (!read.ok) return read;
  return writeImportedPlan(read.plan, comite, lang, readInto(corrections));
}
