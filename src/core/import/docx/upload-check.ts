/**
 * What kind of file was uploaded as "a Word file", decided from its bytes before anything is unzipped,
 * and the plain messages (French, English) for every file the importer cannot read: none chosen, empty,
 * too large, protected by a password, an old .doc, an OpenDocument text, not a Word file at all, damaged,
 * without text, without any action.
 * The signatures: a .docx is a zip archive (`PK\x03\x04`, ECMA-376 part 2); a .doc and a password-protected
 * .docx are both OLE compound files (`D0 CF 11 E0 A1 B1 1A E1`, [MS-CFB]) — the protected one holds the
 * streams `EncryptionInfo` and `EncryptedPackage` ([MS-OFFCRYPTO] §2.3.4), whose names the directory
 * stores in UTF-16LE. Pure: the server hands over the bytes (Apps Script's signed Byte[] or not).
 */
import { type Lang, localize } from "../../i18n";

/** A plan is a few hundred KB; 10 MB leaves room for logos and photos, and bounds what unzip must inflate. */
export const MAX_DOCX_BYTES = 10 * 1024 * 1024;
/**
 * What a .docx may hold once inflated (its zip directory's declared sizes, and the parts read): a plan's
 * text is a few MB at most even with pictures; past this it is refused before Utilities.unzip inflates it.
 */
export const MAX_DOCX_INFLATED_BYTES = 50 * 1024 * 1024;

export type UploadProblem =
  | "no-file"
  | "empty"
  | "too-large"
  | "inflated-too-large"
  | "doctype"
  | "protected"
  | "old-doc"
  | "odt"
  | "not-docx"
  | "damaged"
  | "no-text"
  | "no-actions";

const MESSAGES: Record<UploadProblem, { fr: string; en: string }> = {
  "no-file": {
    fr: "Choisissez d'abord le fichier Word (.docx) de votre plan.",
    en: "First choose the Word file (.docx) of your plan.",
  },
  empty: {
    fr: "Le fichier « {name} » est vide. Choisissez le fichier .docx de votre plan, tel qu'enregistré par Word.",
    en: 'The file "{name}" is empty. Choose the .docx file of your plan, as saved by Word.',
  },
  "too-large": {
    fr: "Le fichier « {name} » est trop gros ({size} Mo, maximum {max} Mo). Enregistrez une copie sans les images, ou copiez le texte du plan et collez-le.",
    en: 'The file "{name}" is too large ({size} MB, at most {max} MB). Save a copy without the pictures, or copy the text of the plan and paste it.',
  },
  "inflated-too-large": {
    fr: "Le fichier « {name} » contient beaucoup plus que le texte d'un plan (plus de {inflated} Mo une fois décompressé) : il n'est pas lu. Enregistrez une copie sans les images, ou copiez le texte du plan et collez-le.",
    en: 'The file "{name}" holds far more than a plan\'s text (over {inflated} MB once uncompressed), so it is not read. Save a copy without the pictures, or copy the text of the plan and paste it.',
  },
  doctype: {
    fr: "Le fichier « {name} » contient une déclaration DOCTYPE, que Word n'écrit jamais : il n'est pas lu. Ouvrez-le dans Word, enregistrez-le de nouveau au format .docx, puis réessayez.",
    en: 'The file "{name}" contains a DOCTYPE declaration, which Word never writes, so it is not read. Open it in Word, save it again as .docx, then try again.',
  },
  protected: {
    fr: "Le fichier « {name} » est protégé par un mot de passe : il ne peut pas être lu. Ouvrez-le dans Word, retirez le mot de passe (Fichier › Informations › Protéger le document), enregistrez-le, puis réessayez.",
    en: 'The file "{name}" is protected by a password, so it cannot be read. Open it in Word, remove the password (File › Info › Protect Document), save it, then try again.',
  },
  "old-doc": {
    fr: "Le fichier « {name} » est un ancien document Word (.doc). Ouvrez-le dans Word ou LibreOffice, enregistrez-le au format .docx, puis réessayez.",
    en: 'The file "{name}" is an old Word document (.doc). Open it in Word or LibreOffice, save it as .docx, then try again.',
  },
  odt: {
    fr: "Le fichier « {name} » est un document OpenDocument (.odt). Dans LibreOffice, enregistrez-le au format Word (.docx), puis réessayez.",
    en: 'The file "{name}" is an OpenDocument text (.odt). In LibreOffice, save it as Word (.docx), then try again.',
  },
  "not-docx": {
    fr: "Le fichier « {name} » n'est pas un document Word (.docx). Choisissez le fichier .docx du plan, ou copiez le texte du plan et collez-le.",
    en: 'The file "{name}" is not a Word document (.docx). Choose the plan\'s .docx file, or copy the text of the plan and paste it.',
  },
  damaged: {
    fr: "Le fichier « {name} » est endommagé : il n'a pas pu être lu comme un document Word. Ouvrez-le dans Word, enregistrez-le de nouveau au format .docx, puis réessayez.",
    en: 'The file "{name}" is damaged: it could not be read as a Word document. Open it in Word, save it again as .docx, then try again.',
  },
  "no-text": {
    fr: "Le document « {name} » ne contient aucun texte. Choisissez le fichier .docx de votre plan.",
    en: 'The document "{name}" holds no text. Choose the .docx file of your plan.',
  },
  "no-actions": {
    fr: "Aucune action n'a été reconnue dans « {name} ». Le plan doit avoir ses actions dans un tableau (Objectifs, Moyens, Échéancier…) ou en listes à puces sous ses objectifs (titres ou liste numérotée). Vous pouvez aussi copier son texte et le coller.",
    en: 'No action was recognised in "{name}". The plan needs its actions in a table (Objectives, Means, Schedule…) or in bullet lists under its objectives (headings or a numbered list). You can also copy its text and paste it.',
  },
};

export function uploadMessage(problem: UploadProblem, lang: Lang, name: string, size = 0): string {
  const megabytes = (n: number): string =>
    (Math.ceil((n / (1024 * 1024)) * 10) / 10).toLocaleString(lang === "fr" ? "fr-CA" : "en-CA");
  return localize(lang, MESSAGES[problem], {
    name: name || (lang === "fr" ? "sans nom" : "unnamed"),
    size: megabytes(size),
    max: megabytes(MAX_DOCX_BYTES),
    inflated: megabytes(MAX_DOCX_INFLATED_BYTES),
  });
}

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: ArrayLike<number>, signature: number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => (bytes[i]! & 0xff) === b);
}

/** True when the UTF-16LE form of `name` occurs in the bytes (an OLE directory entry name). */
function holdsUtf16Name(bytes: ArrayLike<number>, name: string): boolean {
  const first = name.charCodeAt(0);
  const last = bytes.length - name.length * 2;
  for (let i = 0; i <= last; i++) {
    if ((bytes[i]! & 0xff) !== first || (bytes[i + 1]! & 0xff) !== 0) continue;
    let k = 1;
    while (
      k < name.length &&
      (bytes[i + 2 * k]! & 0xff) === name.charCodeAt(k) &&
      (bytes[i + 2 * k + 1]! & 0xff) === 0
    )
      k++;
    if (k === name.length) return true;
  }
  return false;
}

/**
 * "zip" when the bytes may be a .docx (still to be unzipped and read), else the problem to report.
 * Sizes are checked before any scan.
 */
export function classifyUpload(bytes: ArrayLike<number>): "zip" | UploadProblem {
  if (bytes.length === 0) return "empty";
  if (bytes.length > MAX_DOCX_BYTES) return "too-large";
  if (startsWith(bytes, OLE)) {
    return holdsUtf16Name(bytes, "EncryptionInfo") || holdsUtf16Name(bytes, "EncryptedPackage")
      ? "protected"
      : "old-doc";
  }
  if (startsWith(bytes, ZIP)) return "zip";
  return "not-docx";
}

/** After unzipping: an OpenDocument package names its type in its `mimetype` file. */
export function zipProblem(mimetype: string | null): UploadProblem {
  return mimetype !== null && /opendocument\.text/.test(mimetype) ? "odt" : "not-docx";
}
