/**
 * Text the add-on writes on a user's behalf (a committee name, an imported plan) must land as text,
 * never as a formula: Sheets turns a written string that starts with `=` into a formula, and OWASP's
 * CSV-injection list adds `+`, `-`, `@`, tab, CR and LF. A leading apostrophe keeps such text literal
 * and is not shown or returned by getValues.
 */
const FORMULA_TRIGGERS = /^[=+\-@\t\r\n]/;

export function asLiteralText(text: string): string {
  return FORMULA_TRIGGERS.test(text) ? `'${text}` : text;
}
