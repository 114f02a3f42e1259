/**
 * The values a pasted table already holds in the columns the add-on follows — Statut, Avancement,
 * Début, Échéance — checked before they are kept: a Statut the template knows (its labels in French or
 * English, or the words committees use for them: « Fait », « Réalisé », « Complété », « Done »,
 * « Commencé », « Abandonné »…), an Avancement the sheet reads (avancement.ts), a date that names one
 * day (`2025-10-15`, `15/10/2025`, `15 octobre 2025`). A value that is none of these is not lost: the
 * table rule keeps it in Remarques under its label.
 */
import { isIsoDay } from "../dates";
import { parseEcheance } from "../echeance";
import { readAvancement } from "../plan/avancement";
import { statusFromText } from "../plan/status-text";
import { DEFAULT_TEMPLATE, type StatusKey } from "../template";
import { textKey } from "../text-key";

const STATUS_WORDS: [StatusKey, RegExp][] = [
  [
    "termine",
    /^(?:termine|terminee|fait|faite|faits|realise|realisee|complete|completee|acheve|achevee|accompli|done|completed|complete|finished|closed)$/,
  ],
  [
    "enCours",
    /^(?:en cours|commence|commencee|debute|debutee|amorce|amorcee|in progress|ongoing|started|underway)$/,
  ],
  ["annule", /^(?:annule|annulee|abandonne|abandonnee|cancelled|canceled|dropped)$/],
  ["reporte", /^(?:reporte|reportee|remis|remise|postponed|deferred|on hold)$/],
  ["aFaire", /^(?:a faire|a venir|prevu|prevue|non commence|non debute|to do|todo|planned|not started)$/],
];

/** The status a typed Statut cell names, or undefined. */
export function typedStatus(text: string): StatusKey | undefined {
  const known = statusFromText(text, DEFAULT_TEMPLATE);
  if (known) return known;
  const key = textKey(text).replace(/[.!]+$/, "");
  return STATUS_WORDS.find(([, words]) => words.test(key))?.[0];
}

/** The Avancement as typed when the sheet reads it (`30 %`, `0,3`, `30`), else undefined. */
export function typedAvancement(text: string): string | undefined {
  const t = text.trim();
  return readAvancement(t).kind === "ratio" ? t : undefined;
}

/** The ISO day a typed date names (`2025-10-15`, `15/10/2025`, `15 octobre 2025`), else undefined. */
export function typedDay(text: string): string | undefined {
  const t = text.trim();
  if (isIsoDay(t)) return t;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)$/.exec(t);
  if (dmy) {
    const iso = `${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}`;
    return isIsoDay(iso) ? iso : undefined;
  }
  const year = /(?:19|20)\d\d/.exec(t);
  if (!year) return undefined; // a day without its year would be a guess
  const parsed = parseEcheance(t, { reference: `${year[0]}-01-01` });
  return parsed.kind === "dated" && !parsed.approximate && parsed.start === parsed.end
    ? parsed.start
    : undefined;
}
