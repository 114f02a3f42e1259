/**
 * How late an action is, said the way people say it: "depuis 3 jours", "depuis 3 semaines", and past
 * two months "depuis novembre 2019" (the month of the missed deadline) — never "2558 j de retard". Used by
 * validation and the sidebar.
 */
import { daysBetween, MONTH_NAMES } from "./dates";
import { type Lang, pluralOf } from "./i18n";

/** Up to this many days late, lateness is counted in days; then in weeks up to WEEKS_UNTIL_MONTHS. */
const DAYS_UNTIL_WEEKS = 13;
const WEEKS_UNTIL_MONTHS = 8;

/** "depuis 3 semaines" / "for 3 weeks" for an action due on `due` (ISO day), late on `today`. */
export function latenessPhrase(due: string, today: string, lang: Lang): string {
  const days = Math.max(1, daysBetween(due, today));
  if (days <= DAYS_UNTIL_WEEKS) {
    return lang === "fr"
      ? `depuis ${days} ${pluralOf("fr", days, "jour", "jours")}`
      : `for ${days} ${pluralOf("en", days, "day", "days")}`;
  }
  const weeks = Math.floor(days / 7);
  if (weeks < WEEKS_UNTIL_MONTHS) {
    return lang === "fr" ? `depuis ${weeks} semaines` : `for ${weeks} weeks`;
  }
  const [year, month] = due.split("-").map(Number);
  return lang === "fr"
    ? `depuis ${MONTH_NAMES.fr[month - 1]} ${year}`
    : `since ${MONTH_NAMES.en[month - 1]} ${year}`;
}
