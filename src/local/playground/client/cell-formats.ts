/**
 * A cell's own look (colours, weight, slant, strikethrough, size, alignment) as a class shared by every
 * cell that looks the same, the rule written once into a style sheet of the page. Scrolling a large plan
 * draws some twenty coloured rows a frame: cells sharing a class share their computed style, where an
 * inline style on each cell made the browser work out every cell's style anew.
 */
import type { CellView } from "./sheet-data.ts";

/** Class names by the formats they give ("" for formats CSS refuses entirely). */
const classes = new Map<string, string>();
let sheet: CSSStyleSheet | null = null;

/** `property:value`, or nothing when the value is not one CSS takes (it goes into a rule's text). */
function declaration(property: string, value: string): string[] {
  return /[{};]/.test(value) || !CSS.supports(property, value) ? [] : [`${property}:${value}`];
}

function declarations(cell: CellView): string {
  const parts: string[] = [];
  if (cell.background) parts.push(...declaration("background-color", cell.background));
  if (cell.color) parts.push(...declaration("color", cell.color));
  if (cell.bold) parts.push("font-weight:bold");
  if (cell.italic) parts.push("font-style:italic");
  if (cell.strike) parts.push("text-decoration:line-through");
  if (cell.fontSize) parts.push(`font-size:${Math.round(cell.fontSize * 1.333)}px`);
  if (cell.align) parts.push(...declaration("text-align", cell.align.toLowerCase()));
  if (cell.valign) parts.push(...declaration("vertical-align", cell.valign.toLowerCase()));
  return parts.join(";");
}

/** The class that gives a cell its look, or "" for a cell with none of its own. */
export function formatClass(cell: CellView): string {
  const { background, color, bold, italic, strike, fontSize, align, valign } = cell;
  if (!(background || color || bold || italic || strike || fontSize || align || valign)) return "";
  const key = `${background}|${color}|${bold}|${italic}|${strike}|${fontSize}|${align}|${valign}`;
  let name = classes.get(key);
  if (name === undefined) {
    name = addClass(declarations(cell));
    classes.set(key, name);
  }
  return name;
}

/** A new class giving `body`'s declarations ("" for none). */
function addClass(body: string): string {
  if (body === "") return "";
  if (!sheet) {
    const style = document.createElement("style");
    style.id = "cell-formats";
    document.head.append(style);
    sheet = style.sheet!;
  }
  const name = `fmt-${sheet.cssRules.length}`;
  // `.grid td.fmt-n` outweighs `.grid td`'s white background; each value was checked by CSS.supports.
  sheet.insertRule(`.grid td.${name}{${body}}`, sheet.cssRules.length);
  return name;
}
