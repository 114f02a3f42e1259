/**
 * Text the add-on writes on a user's behalf (a committee name, an imported plan) must land exactly as
 * text. Sheets turns a written string that starts with `=` into a formula (OWASP's CSV-injection list
 * adds `+`, `-`, `@`, tab, CR and LF), and a string that looks like a number, a date or TRUE/FALSE into
 * that type. A leading apostrophe keeps such text literal; it is not shown or returned by getValues.
 */
const NEEDS_APOSTROPHE = /^(?:[=+\-@\t\r\n]|[\d\s.,:/%-]+$|(?:true|false|vrai|faux)$)/i;

export function asLiteralText(text: string): string {
  return text !== "" && NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}
