/**
 * The one table that joins the sheet's status colours and the calendar's: Google Calendar's eleven event
 * colours (the colorId values an event may carry, with the hex and name the Calendar interface shows
 * them with) and, for each status, the colour id closest to that status's colour in the sheet palette
 * (palette.ts). "Closest" is decided on hue, the thing a reader matches at a glance between a pale cell
 * and a saturated calendar chip: a near-grey palette colour takes the grey calendar colour (Graphite);
 * otherwise the smallest hue difference wins, ties going to the closest lightness. The sync colours its
 * events with it (event-body.ts) and the playground's calendar legend shows both sides from it.
 */
import type { StatusKey } from "../template";
import { PALETTE } from "./palette";

export interface CalendarColour {
  id: string;
  name: string;
  /** As the Calendar interface paints an event of that colour. */
  hex: string;
}

/** Calendar's event colours (Calendar API colors.get "event" ids; the names and hex of its web interface). */
export const CALENDAR_EVENT_COLOURS: readonly CalendarColour[] = [
  { id: "1", name: "Lavender", hex: "#7986cb" },
  { id: "2", name: "Sage", hex: "#33b679" },
  { id: "3", name: "Grape", hex: "#8e24aa" },
  { id: "4", name: "Flamingo", hex: "#e67c73" },
  { id: "5", name: "Banana", hex: "#f6bf26" },
  { id: "6", name: "Tangerine", hex: "#f4511e" },
  { id: "7", name: "Peacock", hex: "#039be5" },
  { id: "8", name: "Graphite", hex: "#616161" },
  { id: "9", name: "Blueberry", hex: "#3f51b5" },
  { id: "10", name: "Basil", hex: "#0b8043" },
  { id: "11", name: "Tomato", hex: "#d50000" },
];

/** An event without a colorId shows the calendar's own colour (Peacock for a new calendar). */
export const DEFAULT_CALENDAR_COLOUR = "#039be5";

/** Below this HSL saturation a colour reads as grey. */
const GREY_SATURATION = 0.15;

function hsl(hex: string): { h: number; s: number; l: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h =
    max === r
      ? ((g - b) / d + (g < b ? 6 : 0)) * 60
      : max === g
        ? ((b - r) / d + 2) * 60
        : ((r - g) / d + 4) * 60;
  return { h, s, l };
}

/** The calendar colour closest to `hex` (see the file comment). */
export function closestCalendarColour(hex: string): CalendarColour {
  const target = hsl(hex);
  const grey = target.s < GREY_SATURATION;
  let best: CalendarColour = CALENDAR_EVENT_COLOURS[0]!;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const colour of CALENDAR_EVENT_COLOURS) {
    const c = hsl(colour.hex);
    const isGrey = c.s < GREY_SATURATION;
    if (grey !== isGrey) continue;
    const hueGap = grey ? 0 : Math.min(Math.abs(c.h - target.h), 360 - Math.abs(c.h - target.h));
    const score = hueGap * 1000 + Math.abs(c.l - target.l);
    if (score < bestScore) {
      bestScore = score;
      best = colour;
    }
  }
  return best;
}

const STATUS_KEYS: StatusKey[] = ["aFaire", "enCours", "termine", "reporte", "annule"];

/** Per status: the sheet's colours and the calendar colour picked for its events. */
export const STATUS_COLOURS: Record<
  StatusKey,
  { background: string; fontColor: string; calendar: CalendarColour }
> = Object.fromEntries(
  STATUS_KEYS.map((key) => {
    const entry = PALETTE.find((p) => p.meaning === key)!;
    return [
      key,
      {
        background: entry.background,
        fontColor: entry.fontColor,
        calendar: closestCalendarColour(entry.background),
      },
    ];
  }),
) as Record<StatusKey, { background: string; fontColor: string; calendar: CalendarColour }>;

/** The hex a colorId shows in Calendar, or the calendar's default colour. */
export function calendarColourHex(colorId: string | null | undefined): string {
  return CALENDAR_EVENT_COLOURS.find((c) => c.id === colorId)?.hex ?? DEFAULT_CALENDAR_COLOUR;
}
