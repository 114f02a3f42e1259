/**
 * The per-plan event settings a committee chooses in the sidebar: what the event title shows (the
 * action — Moyens / Actions —, the expected result, or both as "Résultat — Action"), whether an event
 * covers the Échéance day or the whole Début–Échéance period, and whether Terminé actions whose deadline
 * is past go into the calendar at all (null until the committee has been asked, on the first sync of an
 * old plan). Pure: cleaning what arrives from the wire or from storage, with the defaults.
 */

export type EventTitleChoice = "action" | "result" | "both";
export type EventSpanChoice = "echeance" | "period";

export interface EventSettings {
  title: EventTitleChoice;
  span: EventSpanChoice;
  /** True: past Terminé actions stay out of the calendar; false: they are synced; null: not asked yet. */
  skipPastDone: boolean | null;
}

export const DEFAULT_EVENT_SETTINGS: EventSettings = {
  title: "action",
  span: "echeance",
  skipPastDone: null,
};

const TITLES: readonly EventTitleChoice[] = ["action", "result", "both"];
const SPANS: readonly EventSpanChoice[] = ["echeance", "period"];

/**
 * The settings in `raw` that are valid, each missing or invalid one taken from `base` (so a partial
 * change from the sidebar keeps the rest, and damaged storage falls back to the defaults).
 */
export function cleanEventSettings(
  raw: unknown,
  base: EventSettings = DEFAULT_EVENT_SETTINGS,
): EventSettings {
  const data = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const title = TITLES.find((choice) => choice === data.title) ?? base.title;
  const span = SPANS.find((choice) => choice === data.span) ?? base.span;
  const skipPastDone =
    typeof data.skipPastDone === "boolean" || data.skipPastDone === null
      ? (data.skipPastDone as boolean | null)
      : base.skipPastDone;
  return { title, span, skipPastDone };
}

/** Reads stored settings (JSON text); anything unreadable gives `base`. */
export function parseEventSettings(
  text: string | null | undefined,
  base = DEFAULT_EVENT_SETTINGS,
): EventSettings {
  if (!text) return { ...base };
  try {
    return cleanEventSettings(JSON.parse(text), base);
  } catch (_error) {
    return { ...base };
  }
}
