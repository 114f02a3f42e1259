/**
 * The answer to « Quelles colonnes syndicales ajouter ? » (at install, and from the menu): the columns
 * are offered numbered, and the person types the numbers of those they want (« 4, 5 » or « 4 5 »), a
 * column's name (« budget prévu »), « toutes » / "all", or nothing at all — nothing is the default, so
 * a plan gets no union column unless someone asks for one. Whatever part of the answer is not understood
 * is returned as typed, so the message can name it; it never adds a column nobody asked for.
 */
import type { Lang } from "../i18n";
import type { PlanTemplate, UnionColumnKey } from "../template";
import { textKey } from "../text-key";

export interface UnionChoice {
  /** The columns asked for, in the template's order, only among those offered. */
  keys: UnionColumnKey[];
  /** Parts of the answer that name no offered column (as typed). */
  unreadable: string[];
}

const ALL_WORDS = new Set(["toutes", "tout", "toutes les colonnes", "oui", "all", "yes", "all of them"]);
const NONE_WORDS = new Set(["aucune", "aucun", "non", "rien", "none", "no", "nothing"]);

/** The numbered list the question shows: « 1. Mandat / résolution » per offered column, one a line. */
export function unionChoiceList(
  template: PlanTemplate,
  offered: readonly UnionColumnKey[],
  lang: Lang,
): string {
  return template.unionColumns
    .map((column, index) => (offered.includes(column.key) ? `${index + 1}. ${column.label[lang]}` : ""))
    .filter(Boolean)
    .join("\n");
}

/**
 * Reads the answer. Numbers are the template's (1 = Mandat / résolution … 6 = Libérations), so the same
 * number means the same column at install and later; a number of a column not offered (the plan has it
 * already) is simply not added again.
 */
export function readUnionChoice(
  text: string,
  template: PlanTemplate,
  offered: readonly UnionColumnKey[],
): UnionChoice {
  const answer = textKey(text);
  if (answer === "" || NONE_WORDS.has(answer)) return { keys: [], unreadable: [] };
  if (ALL_WORDS.has(answer)) return { keys: inOrder(template, offered, new Set(offered)), unreadable: [] };

  const names = new Map<string, UnionColumnKey>();
  for (const column of template.unionColumns) {
    for (const name of [column.label.fr, column.label.en, ...column.aliases])
      names.set(textKey(name), column.key);
  }
  const wanted = new Set<UnionColumnKey>();
  const unreadable: string[] = [];
  const parts = text
    .split(/[,;\n]+|\s+(?:et|and)\s+/i)
    .map((part) => part.trim())
    .filter(Boolean);
  for (const part of parts) {
    const byName = names.get(textKey(part));
    if (byName) {
      wanted.add(byName);
      continue;
    }
    // « 4 5 », « 4. », « n° 4 »: numbers separated by spaces.
    const numbers = part.replace(/n[°o]\s*/gi, "").split(/\s+/);
    if (numbers.every((word) => /^\d+\.?$/.test(word))) {
      for (const word of numbers) {
        const column = template.unionColumns[Number.parseInt(word, 10) - 1];
        if (column) wanted.add(column.key);
        else unreadable.push(word);
      }
      continue;
    }
    unreadable.push(part);
  }
  return { keys: inOrder(template, offered, wanted), unreadable };
}

function inOrder(template: PlanTemplate, offered: readonly UnionColumnKey[], wanted: Set<UnionColumnKey>) {
  return template.unionColumns
    .map((column) => column.key)
    .filter((key) => wanted.has(key) && offered.includes(key));
}
