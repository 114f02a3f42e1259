/**
 * Colour strings as Sheets reports them: getBackground/getFontColor answer lowercase 6-digit hex
 * ("#ff0000" for "red" or "#F00"); null resets to the default.
 */

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  lime: "#00ff00",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
  cyan: "#00ffff",
  magenta: "#ff00ff",
};

export function normalizeColor(color: string | null | undefined): string | undefined {
  if (color === null || color === undefined || color === "") return undefined;
  const c = String(color).trim().toLowerCase();
  if (NAMED[c]) return NAMED[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  throw new Error(`Invalid color: ${color}`);
}
