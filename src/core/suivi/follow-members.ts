/**
 * The people of the `Membres` sheet as the suivi sees them, from one getValues: each row's name, its
 * address (the first valid one of the Courriel cell: "Julie <j@x.org>", "mailto:" understood; a text
 * that is not an address — a line break and "Bcc: …" included — is never an address), whether the person
 * follows by e-mail (« Suivi par courriel »: Non/No turns it off; blank, Oui or anything else leaves it
 * on) and their language when a « Langue » column says it. Columns are found by header, in any order.
 */
import { type Lang, langFromLocale } from "../i18n";
import { nameKey } from "../plan/names";
import { addressOf, EMAIL_HEADERS, isValidEmail } from "../share/member-emails";
import { textKey } from "../text-key";

/** The « Suivi par courriel » column's header in each language (the template's labels). */
export const FOLLOW_HEADER: Record<Lang, string> = { fr: "Suivi par courriel", en: "Email follow-up" };
/** The dropdown's choices in each language. */
export const FOLLOW_CHOICES: Record<Lang, [string, string]> = { fr: ["Oui", "Non"], en: ["Yes", "No"] };

const FOLLOW_HEADERS = [
  "suivi par courriel",
  "suivi courriel",
  "suivi par e-mail",
  "suivi par email",
  "email follow-up",
  "e-mail follow-up",
  "email follow up",
  "follow-up by email",
  "follow-up",
];
const NAME_HEADERS = ["nom", "name", "nom complet", "full name", "membre", "member", "personne"];
const LANG_HEADERS = ["langue", "language", "lang"];
const NO_VALUES = ["non", "no", "n", "false", "faux", "0"];
/** Rows searched for the header: the template puts it on row 1; a title row or two above it is common. */
const HEADER_SEARCH_ROWS = 5;

export interface FollowMember {
  /** 1-based row of the Membres sheet. */
  row: number;
  name: string;
  key: string;
  /** Lower-case address, or null when the cell holds none. */
  email: string | null;
  follows: boolean;
  /** From the Langue column; null when there is none or it says neither language. */
  lang: Lang | null;
}

export interface FollowMembers {
  members: FollowMember[];
  /** 1-based row of the header, 0 when no Nom header was found (the first column is then the name). */
  headerRow: number;
  /** 1-based column of « Suivi par courriel », null when the sheet has none yet. */
  followColumn: number | null;
}

function findHeader(values: readonly (readonly unknown[])[]) {
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const keys = values[r].map(textKey);
    const column = (headers: string[]) => {
      const index = keys.findIndex((key) => headers.indexOf(key) >= 0);
      return index < 0 ? null : index;
    };
    const name = column(NAME_HEADERS);
    const email = column(EMAIL_HEADERS);
    if (name !== null || email !== null)
      return { row: r, name: name ?? 0, email, follow: column(FOLLOW_HEADERS), lang: column(LANG_HEADERS) };
  }
  return null;
}

function langOf(value: unknown): Lang | null {
  const key = textKey(value);
  if (key === "") return null;
  if (/^(fr|francais|french)\b/.test(key)) return "fr";
  if (/^(en|anglais|english)\b/.test(key)) return "en";
  return key.length === 2 || key.length === 5 ? langFromLocale(key) : null;
}

/** The first valid address of a Courriel cell, lower case. */
function firstAddress(value: unknown): string | null {
  for (const piece of String(value ?? "").split(/[,;\n\r]+/)) {
    const address = addressOf(piece.trim());
    if (address !== "" && isValidEmail(address)) return address.toLowerCase();
  }
  return null;
}

/** Reads the Membres sheet's values (row 1 of the sheet is index 0). */
export function readFollowMembers(values: readonly (readonly unknown[])[]): FollowMembers {
  const header = findHeader(values);
  const first = header ? header.row + 1 : 1;
  const members: FollowMember[] = [];
  for (let r = first; r < values.length; r++) {
    const row = values[r];
    const name = String(row[header?.name ?? 0] ?? "").trim();
    if (name === "") continue;
    const followText = header?.follow === null || !header ? "" : textKey(row[header.follow]);
    members.push({
      row: r + 1,
      name,
      key: nameKey(name),
      email: header?.email === null || !header ? null : firstAddress(row[header.email]),
      follows: NO_VALUES.indexOf(followText) < 0,
      lang: header?.lang === null || !header ? null : langOf(row[header.lang]),
    });
  }
  return {
    members,
    headerRow: header ? header.row + 1 : 0,
    followColumn: header && header.follow !== null ? header.follow + 1 : null,
  };
}
