/**
 * Reads the header block of a plan (DESIGN.md §3) from the lines before its first table or section:
 * `Plan d'action : <comité>` (titre and comité), `Période (de) : …`, `Besoin identifié / description de
 * la situation : …`, `Résultats attendus : …`, `Comité : …`, a title such as `PLAN D'ACTION 2022-2023`
 * (titre, and the year range as période) or a line that is only a year range (période). Template blanks
 * (`_____`) count as empty. Without any of these, the first short line is taken as the title. A later
 * header block (plans that repeat it per year or page) only fills what is still missing; a value that
 * differs from the one already read is reported back as unplaced, never overwritten.
 */

import { cleanCell } from "./clean-text";
import type { ImportedHeader } from "./types";

const YEAR_RANGE = /((?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d)/;

type HeaderKey = keyof ImportedHeader;
/** A Période read only as a year range (from a title): a stated one replaces it. */
const BARE_RANGE = /^(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d$/;

/** The header field a line sets, with its value, or null. */
export function matchHeaderLine(line: string): { key: HeaderKey; value: string; comite?: string } | null {
  let m = /^plan (?:d['’]action|de travail)\s*:\s*(.*)$/i.exec(line);
  if (m) return { key: "titre", value: cleanCell(line), comite: cleanCell(m[1]) };
  m = /^p[ée]riode(?:\s+de)?\s*:\s*(.*)$/i.exec(line);
  if (m) return { key: "periode", value: cleanCell(m[1]) };
  m = /^besoin[^:]{0,80}:\s*(.*)$/i.exec(line);
  if (m) return { key: "besoin", value: cleanCell(m[1]) };
  m = /^r[ée]sultats? attendus?\s*:\s*(.*)$/i.exec(line);
  if (m) return { key: "resultatsAttendus", value: cleanCell(m[1]) };
  m = /^(?:comit[ée](?:\s*\/\s*instance)?|instance)\s*:\s*(.*)$/i.exec(line);
  if (m) return { key: "comite", value: cleanCell(m[1]) };
  if (/^plan (?:d['’]action|de travail)\b/i.test(line) && line.length <= 100) {
    return { key: "titre", value: cleanCell(line) };
  }
  if (/^(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d$/.test(line)) return { key: "periode", value: line };
  return null;
}

/**
 * Applies one header line to `header`. Returns "placed" when the line was used (or repeats what is
 * known, or is blank), "conflict" when it carries a different value than the one already read (the
 * caller keeps it as unplaced), "none" when it is not a header line.
 */
export function applyHeaderLine(header: ImportedHeader, line: string): "placed" | "conflict" | "none" {
  const hit = matchHeaderLine(line);
  if (!hit) return "none";
  let conflict = false;
  const set = (key: HeaderKey, value: string | undefined): void => {
    if (value === undefined || value === "") return;
    const known = header[key];
    if (known === undefined) header[key] = value;
    else if (known !== value) conflict = true;
  };
  if (hit.key === "titre") {
    if (hit.comite !== undefined && hit.comite !== "") {
      // "Plan de travail : Comité Entraide" after "Plan d'action : Comité Entraide" is the same plan.
      if (header.comite === hit.comite) return "placed";
      set("comite", hit.comite);
    }
    set("titre", hit.value);
    if (!header.periode && !conflict) {
      const y = YEAR_RANGE.exec(hit.value);
      if (y) header.periode = y[1];
    }
  } else if (hit.key === "periode" && header.periode !== undefined && BARE_RANGE.test(header.periode)) {
    // a Période the document states replaces the year range its title gave
    if (hit.value !== "" && !/^_+$/.test(hit.value)) header.periode = hit.value;
  } else {
    set(hit.key, hit.value);
  }
  return conflict ? "conflict" : "placed";
}

/**
 * Reads a preamble (lines before the structure) into `header`; returns the lines it did not use.
 * `allowFirstLineTitle`: take the first short line as the title when no title line is found.
 */
export function readPreamble(header: ImportedHeader, lines: string[], allowFirstLineTitle = true): string[] {
  const rest: string[] = [];
  for (const line of lines) {
    if (line === "") continue;
    if (applyHeaderLine(header, line) !== "placed") rest.push(line);
  }
  if (allowFirstLineTitle && header.titre === undefined && rest.length > 0 && rest[0].length <= 80) {
    header.titre = rest.shift();
  }
  return rest;
}
