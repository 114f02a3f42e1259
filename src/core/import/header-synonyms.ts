/**
 * Header words → template columns (templates/plan-daction.json): the words committees put over the
 * columns of their plans, in French and English (`Mandat`, `Porteur`, `Quand`, `Indicateur`, `Budget`,
 * `Who`, `Timeline`…), compared accent- and case-insensitively (text-key.ts). `columnForLabel` reads one
 * header cell or field label; `mapHeaderRow` reads a whole header row — synonyms first, each column
 * taken once by its best cell, then position for what is left — and scores how much it looks like a
 * header, so a reader can tell a header row from a row of content. Used by the text reader, the .docx
 * reader and "a table already in a sheet"; the sheet's own columns are found by template.ts instead.
 */

import { DEFAULT_TEMPLATE } from "../template";
import { textKey } from "../text-key";

export type HeaderColumn =
  | "objectif"
  | "resultat"
  | "moyens"
  | "ressources"
  | "responsables"
  | "echeancier"
  | "debut"
  | "echeance"
  | "statut"
  | "avancement"
  | "remarques";

/**
 * Synonyms, as text keys split into words. A label matches a synonym exactly (confidence 1) or when it
 * starts with it (0.8: `Responsable(s) du dossier`); longer synonyms are tried first so that `date de
 * début` is Début and `moyens financiers` Ressources, not Échéancier and Moyens. `échéance` alone is the
 * Échéancier: what committees write under it is free text ("juin 2024", "en continu"), which the
 * Échéancier column holds; `date d'échéance` / `due date` are the Échéance date column.
 */
const SYNONYMS: Record<HeaderColumn, string[]> = {
  objectif: [
    "objectif",
    "objectifs",
    "objectif general",
    "objectifs generaux",
    "objectif specifique",
    "objectifs specifiques",
    "orientation",
    "orientations",
    "orientation strategique",
    "orientations strategiques",
    "axe",
    "axes",
    "axe d'intervention",
    "but",
    "buts",
    "mandat",
    "mandats",
    "enjeu",
    "enjeux",
    "priorite",
    "priorites",
    "dossier",
    "dossiers",
    "volet",
    "volets",
    "theme",
    "themes",
    "chantier",
    "chantiers",
    "objective",
    "objectives",
    "goal",
    "goals",
    "aim",
    "aims",
    "priority",
    "priorities",
    "strategic direction",
    "focus area",
    "issue",
    "issues",
  ],
  resultat: [
    "resultat",
    "resultats",
    "resultat attendu",
    "resultats attendus",
    "resultat(s) attendu(s)",
    "resultats vises",
    "effets attendus",
    "indicateur",
    "indicateurs",
    "indicateur de resultat",
    "indicateurs de resultat",
    "indicateurs de reussite",
    "cible",
    "cibles",
    "livrable",
    "livrables",
    "mesure de succes",
    "expected result",
    "expected results",
    "expected outcome",
    "outcome",
    "outcomes",
    "result",
    "results",
    "indicator",
    "indicators",
    "target",
    "targets",
    "deliverable",
    "deliverables",
    "success measure",
  ],
  moyens: [
    "action",
    "actions",
    "action(s)",
    "actions a realiser",
    "actions prevues",
    "moyen",
    "moyens",
    "moyens d'action",
    "moyens et actions",
    "moyens/actions/activites",
    "moyens/actions",
    "activite",
    "activites",
    "activites prevues",
    "tache",
    "taches",
    "realisation",
    "realisations",
    "mesure",
    "mesures",
    "strategie",
    "strategies",
    "intervention",
    "interventions",
    "quoi",
    "comment",
    "means",
    "activity",
    "activities",
    "task",
    "tasks",
    "what",
    "how",
    "steps",
  ],
  ressources: [
    "ressource",
    "ressources",
    "ressources requises",
    "ressources necessaires",
    "ressources humaines et financieres",
    "moyens financiers",
    "budget",
    "budgets",
    "cout",
    "couts",
    "cout estime",
    "materiel",
    "financement",
    "resource",
    "resources",
    "required resources",
    "cost",
    "costs",
    "funding",
  ],
  responsables: [
    "responsable",
    "responsables",
    "responsable(s)",
    "responsabilite",
    "responsabilites",
    "personne responsable",
    "personnes responsables",
    "porteur",
    "porteurs",
    "porteuse",
    "porteur de dossier",
    "porte-parole",
    "qui",
    "par qui",
    "comite",
    "comites",
    "comite responsable",
    "instance",
    "mandataire",
    "mandataires",
    "lead",
    "owner",
    "owners",
    "who",
    "responsible",
    "responsibility",
    "person in charge",
    "in charge",
  ],
  echeancier: [
    "echeance",
    "echeances",
    "echeancier",
    "echeancier prevu",
    "quand",
    "date",
    "dates",
    "date prevue",
    "date de realisation",
    "calendrier",
    "periode",
    "delai",
    "delais",
    "moment",
    "horizon",
    "annee",
    "when",
    "timeline",
    "timeframe",
    "time frame",
    "schedule",
    "deadline",
    "deadlines",
    "due",
    "target date",
    "period",
  ],
  debut: ["debut", "date de debut", "commencement", "start", "start date", "begins"],
  echeance: ["date d'echeance", "date limite", "date de fin", "fin", "due date", "end date", "end"],
  statut: [
    "statut",
    "etat",
    "etat de realisation",
    "realise",
    "fait",
    "status",
    "state",
    "done",
    "completed",
  ],
  avancement: [
    "avancement",
    "etat d'avancement",
    "% avancement",
    "% d'avancement",
    "pourcentage d'avancement",
    "avancement (%)",
    "progression",
    "% realise",
    "progress",
    "% complete",
  ],
  remarques: [
    "remarque",
    "remarques",
    "commentaire",
    "commentaires",
    "note",
    "notes",
    "suivi",
    "suivis",
    "observations",
    "observation",
    "bilan",
    "comments",
    "comment(s)",
    "remarks",
    "follow-up",
    "follow up",
  ],
};

/** The matching form of a label: its text key, `(s)` kept, other punctuation but `'%/-` to spaces. */
function labelKey(label: string): string {
  return textKey(label)
    .replace(/[^a-z0-9'%/()\- ]/g, " ")
    .replace(/\s*\?\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

interface Synonym {
  column: HeaderColumn;
  key: string;
}

/** Every synonym, longest first (so the more specific wins a "starts with" match). */
const ORDERED: Synonym[] = (Object.keys(SYNONYMS) as HeaderColumn[])
  .flatMap((column) => SYNONYMS[column].map((key) => ({ column, key: labelKey(key) })))
  .sort((a, b) => b.key.length - a.key.length);

const EXACT = new Map<string, HeaderColumn>();
for (const s of ORDERED) if (!EXACT.has(s.key)) EXACT.set(s.key, s.column);

/** Labels are short: a cell of more than this many words is content, not a header. */
const MAX_LABEL_WORDS = 6;

export interface LabelMatch {
  column: HeaderColumn;
  /** 1 for an exact synonym, 0.8 when the label starts with one, 0.6 when a later word is one. */
  confidence: number;
}

/**
 * True for the header of an optional union column (« Budget prévu », « Libérations (jours) »…, the
 * template's unionColumns): it names none of the template's columns, so the import keeps it as a column
 * of its own after them, which the new plan then knows by that header (src/core/union).
 */
export function namesUnionColumn(label: string): boolean {
  // The names' keys, made once (unionColumnNamed makes every name's key at each call, and this runs for
  // every line a reader asks about: the 200,000-character bench took three times as long).
  if (!unionNameKeys) {
    unionNameKeys = new Set(
      DEFAULT_TEMPLATE.unionColumns.flatMap((c) => [c.label.fr, c.label.en, ...c.aliases]).map(textKey),
    );
  }
  const key = textKey(label);
  return key !== "" && unionNameKeys.has(key);
}

let unionNameKeys: Set<string> | undefined;

/** The column a header cell or a field label names, or null. */
export function columnForLabel(label: string): LabelMatch | null {
  if (label.length > 80 || namesUnionColumn(label)) return null;
  const key = labelKey(label);
  if (key === "" || key.split(" ").length > MAX_LABEL_WORDS) return null;
  const exact = EXACT.get(key) ?? EXACT.get(key.replace(/\(s\)/g, "").trim());
  if (exact) return { column: exact, confidence: 1 };
  for (const s of ORDERED) {
    if (key.startsWith(s.key) && /^[\s/(-]|^$/.test(key.slice(s.key.length))) {
      return { column: s.column, confidence: 0.8 };
    }
  }
  // `Résultats attendus / indicateurs`, `Échéance / quand`: the first word that is a synonym.
  for (const word of key.split(/[\s/]+/)) {
    const hit = EXACT.get(word);
    if (hit && word.length >= 3) return { column: hit, confidence: 0.6 };
  }
  return null;
}

/** A year or school-year column (`2024-2025`, `2018-19`, `2026`): its marks say in which years an action runs. */
export const YEAR_COLUMN = /^(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?$/;

export interface HeaderMapping {
  /** The column of each cell, in cell order; null for a cell that names no known column. */
  columns: (HeaderColumn | null)[];
  /** The cells that are years (`2024-2025`): the mapping reads their marks as the Échéancier. */
  years: number[];
  /** 0–1: how much the row looks like a header (known labels, short cells, an action or objective column). */
  score: number;
  /** How many cells were read by their label (the rest by position, or not at all). */
  byLabel: number;
}

/**
 * Where a table without readable labels puts its columns, by how many it has: the order committees
 * use (objective, action, who, when), the template's when there are more.
 */
const POSITIONAL: Record<number, HeaderColumn[]> = {
  1: ["moyens"],
  2: ["moyens", "echeancier"],
  3: ["moyens", "responsables", "echeancier"],
  4: ["objectif", "moyens", "responsables", "echeancier"],
  5: ["objectif", "moyens", "ressources", "responsables", "echeancier"],
  6: ["objectif", "resultat", "moyens", "ressources", "responsables", "echeancier"],
};

/** The positional guess for a table of `n` columns (extra columns beyond six are Remarques). */
export function positionalColumns(n: number): HeaderColumn[] {
  if (n <= 6) return [...(POSITIONAL[n] ?? [])];
  const out = [...POSITIONAL[6]];
  while (out.length < n) out.push("remarques");
  return out;
}

/**
 * Maps a header row to columns: every cell's best synonym, each column kept by its most confident cell
 * (ties: the leftmost); then, when the row names no action column, the first unnamed non-empty cell is
 * taken as the action by position. A second cell naming a column already taken (`Indicateur` beside
 * `Résultats attendus`) stays null: its content is kept under its own label by the mapping step.
 */
export function mapHeaderRow(cells: string[]): HeaderMapping {
  const matches = cells.map((c) => columnForLabel(c));
  const columns: (HeaderColumn | null)[] = cells.map(() => null);
  const best = new Map<HeaderColumn, number>();
  matches.forEach((m, i) => {
    if (!m) return;
    const held = best.get(m.column);
    const heldConfidence = held === undefined ? -1 : (matches[held]?.confidence ?? 0);
    // Of two equally sure objective cells the later is the objective (`BUTS | OBJECTIFS`, `Axe | Objectif`):
    // a plan's columns go from the general to the specific; the other is kept under its own label.
    const later = m.column === "objectif" && heldConfidence === m.confidence;
    if (heldConfidence < m.confidence || later) best.set(m.column, i);
  });
  const years = cells.flatMap((c, i) => (!matches[i] && YEAR_COLUMN.test(c.trim()) ? [i] : []));
  // Union columns' headers (« Budget prévu ») are known labels too: never the action by position.
  const union = cells.filter((c) => namesUnionColumn(c)).length;
  for (const [column, i] of best) columns[i] = column;
  const byLabel = best.size;
  if (!best.has("moyens") && byLabel > 0) {
    const free = cells.findIndex(
      (c, i) =>
        columns[i] === null && c.trim() !== "" && !matches[i] && !years.includes(i) && !namesUnionColumn(c),
    );
    if (free >= 0) columns[free] = "moyens";
  }
  const filled = cells.filter((c) => c.trim() !== "").length;
  let score = 0;
  if (filled > 0 && byLabel > 0) {
    const confidence = [...best.values()].reduce((s, i) => s + (matches[i]?.confidence ?? 0), 0) / byLabel;
    const coverage = (byLabel + years.length + union) / filled;
    const core = best.has("moyens") || best.has("objectif") ? 1 : 0.6;
    score = confidence * coverage * core * (byLabel >= 2 ? 1 : 0.5);
  }
  return { columns, score, byLabel, years };
}

/** A header row: at least two columns named by label and a score of at least this. */
export const HEADER_MIN_SCORE = 0.5;

/**
 * Whether a row is a header: two columns named by label with a score of HEADER_MIN_SCORE, or a row of
 * short cells (three words at most) one of which names the action or objective column exactly
 * (`Action | Personne`).
 */
export function isHeaderRow(cells: string[]): boolean {
  const m = mapHeaderRow(cells);
  if (m.byLabel >= 2) return m.score >= HEADER_MIN_SCORE;
  if (m.byLabel !== 1) return false;
  const short = cells.every((c) => c.trim().split(/\s+/).length <= 3 && !/[.!?]$/.test(c.trim()));
  const core = cells.some((c) => {
    const hit = columnForLabel(c);
    return hit !== null && hit.confidence === 1 && (hit.column === "moyens" || hit.column === "objectif");
  });
  return short && core && cells.filter((c) => c.trim() !== "").length >= 2;
}
