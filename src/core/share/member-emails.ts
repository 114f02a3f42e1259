/**
 * The e-mail addresses of the `Membres` sheet, as read in one getValues: the column is found by its
 * header (Courriel, Email, Adresse courriel…, any case or accents, in the first rows), each cell may hold
 * one address or several separated by commas, semicolons or line breaks, "Julie <julie@example.org>"
 * and "mailto:" are understood, and every text that is not an address is kept with its cell so that the
 * report can point at it. Addresses are compared in lower case; a repeated address counts once.
 */
import { cellA1 } from "../a1";
import { textKey } from "../text-key";

/** A valid address and the first cell it was found in. */
export interface MemberEmail {
  email: string;
  cell: string;
}

/** A text of the e-mail column that is not an address, and its cell. */
export interface InvalidEmail {
  text: string;
  cell: string;
}

export type MemberEmailsResult =
  | { ok: true; emails: MemberEmail[]; invalid: InvalidEmail[] }
  | { ok: false; reason: "noColumn" };

/** Headers of the e-mail column, as textKey gives them (also read by the suivi, core/suivi). */
export const EMAIL_HEADERS = [
  "courriel",
  "courriels",
  "adresse courriel",
  "email",
  "e-mail",
  "emails",
  "mail",
  "adresse",
];

/** Rows searched for the header: the template puts it on row 1; a title row or two above it is common. */
const HEADER_SEARCH_ROWS = 5;

/**
 * A pragmatic address check (RFC 5322 allows much more, but Google accounts do not): a local part
 * without spaces or brackets, one @, and a domain of dot-separated labels ending in letters.
 */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

export function isValidEmail(text: string): boolean {
  return EMAIL.test(text) && !text.startsWith(".") && !text.includes("..") && !/\.@/.test(text);
}

/** The address inside "Name <address>" or "mailto:address", else the text itself, trimmed. */
export function addressOf(text: string): string {
  const angle = /<([^<>]+)>\s*$/.exec(text);
  const address = (angle ? angle[1] : text).trim();
  return address.replace(/^mailto:/i, "");
}

/** The pieces of one cell: "a@x.org; b@y.org" → two, "Julie <j@x.org>" → one. */
function piecesOf(value: unknown): string[] {
  return String(value ?? "")
    .split(/[,;\n\r]+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "");
}

/** Finds the e-mail column and reads every address below its header. */
export function readMemberEmails(values: readonly (readonly unknown[])[]): MemberEmailsResult {
  let headerRow = -1;
  let column = -1;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS) && column < 0; r++) {
    const c = values[r].findIndex((cell) => EMAIL_HEADERS.indexOf(textKey(cell)) >= 0);
    if (c >= 0) {
      headerRow = r;
      column = c;
    }
  }
  if (column < 0) return { ok: false, reason: "noColumn" };
  const emails: MemberEmail[] = [];
  const invalid: InvalidEmail[] = [];
  const seen = new Set<string>();
  for (let r = headerRow + 1; r < values.length; r++) {
    const cell = cellA1(r + 1, column + 1);
    for (const piece of piecesOf(values[r][column])) {
      const address = addressOf(piece);
      if (!isValidEmail(address)) {
        invalid.push({ text: piece, cell });
        continue;
      }
      const email = address.toLowerCase();
      if (seen.has(email)) continue;
      seen.add(email);
      emails.push({ email, cell });
    }
  }
  return { ok: true, emails, invalid };
}
