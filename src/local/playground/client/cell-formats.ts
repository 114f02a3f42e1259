/**
 * A cell's own look (colours, weight, slant, strikethrough, size, alignment) as a class shared by every
 * cell that looks the same, the rule made once in a style sheet of the page. Scrolling a large plan draws
 * some twenty coloured rows a frame: cells sharing a class share their computed style, where an inline
 * style on each cell made the browser work out every cell's style anew. Values are set through the rule's
 * CSSStyleDeclaration, never written into CSS text: one CSS refuses is dropped, as an inline style drops it.
 */
import type { CellView } from "./sheet-data.ts";

/** Class names by the look they give. */
const classes = new Map<string, string>();
let sheet: CSSStyleSheet | null = null;

function declarations(cell: CellView): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (cell.background) out.push(["background-color", cell.background]);
  if (cell.color) out.push(["color", cell.color]);
  if (cell.bold) out.push(["font-weight", "bold"]);
  if (cell.italic) out.push(["font-style", "italic"]);
  if (cell.strike) out.push(["text-decoration", "line-through"]);
  if (cell.fontSize) out.push(["font-size", `${Math.round(cell.fontSize * 1.333)}px`]);
  if (cell.align) out.push(["text-align", cell.align.toLowerCase()]);
  if (cell.valign) out.push(["vertical-align", cell.valign.toLowerCase()]);
  return out;
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

/** A new class giving `properties`. */
function addClass(properties: Array<[string, string]>): string {
  if (!sheet) {
    const style = document.createElement("style");
    style.id = "cell-formats";
    document.head.append(style);
    sheet = style.sheet!;
  }
  const index = sheet.cssRules.length;
  const name = `fmt-${index}`;
  // `.grid td.fmt-n` outweighs `.grid td`'s white background.
  sheet.insertRule(`.grid td.${name}{}`, index);
  const rule = sheet.cssRules[index] as CSSStyleRule;
  for (const [property, value] of properties) rule.style.setProperty(property, value);
  return name;
}
