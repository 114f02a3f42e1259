/**
 * Today as the spreadsheet's users see it: the day in the spreadsheet's time zone, not the script's.
 */
import { isoDayInZone } from "../core/dates";

export function todayIn(timeZone: string): string {
  return isoDayInZone(new Date(), timeZone);
}
