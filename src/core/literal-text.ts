/**
 * Text the add-on writes on a user's behalf (a committee name, an imported plan) must land exactly as
 * text. Sheets turns a written string that starts with `=` into a formula (OWASP's CSV-injection list
 * adds `+`, `-`, `@`, tab, CR and LF), and a string that looks like a number, a date ("March 2021",
 * "15 mars") or TRUE/FALSE into that type, following rules that depend on the spreadsheet's locale. So
 * every non-empty text gets a leading apostrophe: Sheets keeps it as text and neither shows nor returns
 * the apostrophe.
 */
export function asLiteralText(text: string): string {
  return text === "" ? text : `'${text}`;
}
