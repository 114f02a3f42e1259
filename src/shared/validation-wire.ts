/**
 * A validation finding as it crosses google.script.run: plain JSON, the message already in the user's
 * language, the cell in A1 notation ("F12") with the sheet it belongs to so the UI can jump to it.
 */
export type Severity = "erreur" | "avertissement";

export interface Finding {
  severity: Severity;
  ruleId: string;
  sheet: string;
  cell: string;
  message: string;
}

/** Findings of one rule, shown together: "44 actions sans responsable" and their cells. */
export interface FindingGroup {
  severity: Severity;
  ruleId: string;
  /** "44 actions sans responsable"; for a single finding, its message. */
  title: string;
  findings: Finding[];
}

export interface ValidationReport {
  /** The language the messages are written in (the user's, from the server). */
  lang: "fr" | "en";
  /** False when there are errors, or when no plan could be read at all (then `problem` says why). */
  ok: boolean;
  problem?: string;
  /** One line such as "2 erreurs, 5 avertissements". */
  summary: string;
  errors: number;
  warnings: number;
  findings: Finding[];
  /** The same findings grouped by rule, errors first, in the order of their first cell. */
  groups: FindingGroup[];
}
