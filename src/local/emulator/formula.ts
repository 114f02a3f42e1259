/**
 * A small spreadsheet-formula evaluator for the custom formulas of conditional-format rules, so the
 * emulator can tell which colour a cell actually gets on a given day. A tokenizer and a recursive-descent
 * parser cover exactly what the add-on's rules (and simple user rules) use: numbers, "text" literals,
 * TRUE/FALSE, error literals such as #REF! (what a reference into deleted rows becomes), `$`-anchored and
 * relative A1 references, + - * / & and the comparisons = <> < <= > >=, and the functions AND, OR, NOT,
 * IF, TODAY, EOMONTH, N, ISBLANK, ISNUMBER, ISTEXT, LEN, TRIM, LOWER, UPPER. A reference may name its sheet
 * (`'Plan d''action'!J12`, `Membres!A2`): the context decides what it reads there (a cell formula reads the
 * other sheet, formula-cells.ts; a conditional-format formula may not, formula-format.ts). Any other
 * function, or a range, is a clear FormulaError rather than a guess.
 *
 * Semantics follow Google Sheets: text "=" and ordering ignore case; a blank cell is "" next to text,
 * 0 next to a number and FALSE next to a boolean; across types numbers sort before text and text before
 * booleans (so `"abc" < TODAY()` is FALSE); dates are serial numbers (days since 1899-12-30); errors
 * propagate and make a rule's condition false.
 *
 * Why not HyperFormula: it is GPL-3.0 or commercial (tolerable for a dev-only dependency, but a licence
 * question for an MIT project we would rather not raise), it evaluates a whole workbook that we would
 * have to mirror from the emulator, and conditional-format formulas need per-cell relative shifting
 * that it does not do for us. The subset needed here is ~300 lines and fully tested.
 */
import { lettersToColumn } from "./a1.ts";

export class FormulaError extends Error {}

/** A formula's value. `null` is a blank cell; an object is a spreadsheet error such as #VALUE!. */
export type FormulaValue = number | string | boolean | null | { error: string };

/** Where a formula is evaluated: the cell, the rule's anchor (its range's top-left) and the cells. */
export interface FormulaContext {
  row: number;
  column: number;
  anchorRow: number;
  anchorColumn: number;
  /** A cell's value; undefined or "" for a blank cell. `sheet` is the sheet a reference names, if any. */
  cell(row: number, column: number, sheet?: string): number | string | boolean | undefined;
  /** TODAY() as a serial day number. */
  today: number;
}

type Token =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | {
      kind: "ref";
      column: number;
      columnAbsolute: boolean;
      row: number;
      rowAbsolute: boolean;
      sheet?: string;
    }
  | { kind: "name"; value: string }
  | { kind: "error"; value: string }
  | { kind: "op"; value: string };

type Node =
  | { kind: "literal"; value: FormulaValue }
  | {
      kind: "ref";
      column: number;
      columnAbsolute: boolean;
      row: number;
      rowAbsolute: boolean;
      sheet?: string;
    }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "unary"; op: string; operand: Node }
  | { kind: "binary"; op: string; left: Node; right: Node };

const REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)/;
/** A sheet name before `!`: quoted ('Plan d''action') or plain (Membres). */
const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!/;
const NUMBER = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*/;
const ERROR_LITERAL = /^(#REF!|#N\/A|#VALUE!|#DIV\/0!|#NAME\?|#NUM!|#NULL!)/i;
const OPERATORS = ["<>", "<=", ">=", "=", "<", ">", "+", "-", "*", "/", "&", "(", ")", ",", "^", "%"];

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = formula.startsWith("=") ? 1 : 0;
  while (i < formula.length) {
    const rest = formula.slice(i);
    const ch = rest[0];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = "";
      for (;;) {
        if (j >= formula.length) throw new FormulaError(`Unterminated text in formula ${formula}`);
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += formula[j++];
      }
      tokens.push({ kind: "string", value: text });
      i = j + 1;
      continue;
    }
    const error = ERROR_LITERAL.exec(rest);
    if (error) {
      // #REF! is what a reference into deleted rows or columns becomes.
      tokens.push({ kind: "error", value: error[0].toUpperCase() });
      i += error[0].length;
      continue;
    }
    const prefix = SHEET_PREFIX.exec(rest);
    const sheet = prefix ? (prefix[1]?.replace(/''/g, "'") ?? prefix[2]) : undefined;
    const afterPrefix = prefix ? rest.slice(prefix[0].length) : rest;
    if (ch === "!" || ch === ":" || (ch === "'" && !prefix) || afterPrefix.startsWith(":")) {
      throw new FormulaError(`Ranges are not supported by the emulator: ${formula}`);
    }
    const ref = REF.exec(afterPrefix);
    if (ref && !/^[A-Za-z0-9_(:]/.test(afterPrefix.slice(ref[0].length))) {
      tokens.push({
        kind: "ref",
        columnAbsolute: ref[1] === "$",
        column: lettersToColumn(ref[2]),
        rowAbsolute: ref[3] === "$",
        row: Number(ref[4]),
        ...(sheet === undefined ? {} : { sheet }),
      });
      i += (prefix?.[0].length ?? 0) + ref[0].length;
      continue;
    }
    if (prefix) throw new FormulaError(`Ranges are not supported by the emulator: ${formula}`);
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ kind: "number", value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: "name", value: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.find((candidate) => rest.startsWith(candidate));
    if (!op) throw new FormulaError(`Unexpected "${ch}" in formula ${formula}`);
    tokens.push({ kind: "op", value: op });
    i += op.length;
  }
  return tokens;
}

/** Parses a formula (with or without its leading "=") into a tree. */
export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula);
  let position = 0;
  const peekOp = (...ops: string[]) => {
    const token = tokens[position];
    return token && token.kind === "op" && ops.includes(token.value) ? token.value : null;
  };
  const expectOp = (op: string) => {
    if (!peekOp(op)) throw new FormulaError(`Expected "${op}" in formula ${formula}`);
    position++;
  };
  const binaryLevel = (ops: string[], next: () => Node) => (): Node => {
    let left = next();
    for (let op = peekOp(...ops); op; op = peekOp(...ops)) {
      position++;
      left = { kind: "binary", op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const token = tokens[position++];
    if (!token) throw new FormulaError(`Formula ends too early: ${formula}`);
    if (token.kind === "number" || token.kind === "string") return { kind: "literal", value: token.value };
    if (token.kind === "error") return { kind: "literal", value: { error: token.value } };
    if (token.kind === "ref") return { ...token, kind: "ref" };
    if (token.kind === "op" && token.value === "(") {
      const inner = comparison();
      expectOp(")");
      return inner;
    }
    if (token.kind === "op" && (token.value === "-" || token.value === "+")) {
      return { kind: "unary", op: token.value, operand: primary() };
    }
    if (token.kind === "name") {
      if (!peekOp("(")) {
        if (token.value === "TRUE" || token.value === "FALSE")
          return { kind: "literal", value: token.value === "TRUE" };
        throw new FormulaError(
          `Named ranges are not supported by the emulator: ${token.value} in ${formula}`,
        );
      }
      position++;
      const args: Node[] = [];
      if (!peekOp(")")) {
        args.push(comparison());
        while (peekOp(",")) {
          position++;
          args.push(comparison());
        }
      }
      expectOp(")");
      return { kind: "call", name: token.value, args };
    }
    const unexpected = token as Token;
    throw new FormulaError(
      `Unexpected "${unexpected.kind === "op" ? unexpected.value : unexpected.kind}" in formula ${formula}`,
    );
  };
  const multiplicative = binaryLevel(["*", "/"], primary);
  const additive = binaryLevel(["+", "-"], multiplicative);
  const concatenation = binaryLevel(["&"], additive);
  const comparison = binaryLevel(["=", "<>", "<=", ">=", "<", ">"], concatenation);
  const tree = comparison();
  if (position < tokens.length) throw new FormulaError(`Unexpected text after the end of formula ${formula}`);
  return tree;
}

const VALUE_ERROR = { error: "#VALUE!" };
const DAY_MS = 86_400_000;
/** Day 0 of Sheets' serial dates: 1899-12-30. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const isError = (value: FormulaValue): value is { error: string } =>
  typeof value === "object" && value !== null;

function toNumber(value: FormulaValue): number | { error: string } {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (isError(value)) return value;
  const trimmed = value.trim();
  if (trimmed !== "" && Number.isFinite(Number(trimmed))) return Number(trimmed);
  return VALUE_ERROR;
}

function toText(value: FormulaValue): string | { error: string } {
  if (value === null) return "";
  if (isError(value)) return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Sheets' truth of a value: booleans, numbers (non-zero); blank is FALSE; text is #VALUE!. */
function toBoolean(value: FormulaValue): boolean | { error: string } {
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (isError(value)) return value;
  const upper = value.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return VALUE_ERROR;
}

const TYPE_RANK = { number: 0, string: 1, boolean: 2 } as const;

/** What a blank compares as beside `other`: the empty text, FALSE or 0. */
function blankAs(other: FormulaValue): FormulaValue {
  return typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
}

/** Compares two non-error values as Sheets does: -1, 0 or 1. */
function compare(left: FormulaValue, right: FormulaValue): number {
  const a = left === null ? blankAs(right) : left;
  const b = right === null ? blankAs(left) : right;
  const ta = TYPE_RANK[typeof a as keyof typeof TYPE_RANK];
  const tb = TYPE_RANK[typeof b as keyof typeof TYPE_RANK];
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x === y ? 0 : x < y ? -1 : 1;
  }
  const x = Number(a);
  const y = Number(b);
  return x === y ? 0 : x < y ? -1 : 1;
}

type Fn = (args: Node[], context: FormulaContext) => FormulaValue;

function logical(args: Node[], context: FormulaContext, combine: "and" | "or"): FormulaValue {
  let seen = false;
  let result = combine === "and";
  for (const arg of args) {
    const value = evaluateNode(arg, context);
    if (isError(value)) return value;
    // Blank cells and text in references are skipped, as in Sheets; a text literal is an error.
    if (value === null || (typeof value === "string" && arg.kind === "ref")) continue;
    const truth = toBoolean(value);
    if (isError(truth)) return truth;
    seen = true;
    result = combine === "and" ? result && truth : result || truth;
  }
  return seen ? result : VALUE_ERROR;
}

function textFunction(transform: (text: string) => FormulaValue): Fn {
  return (args, context) => {
    if (args.length !== 1) throw new FormulaError("Wrong number of arguments: expected 1.");
    const text = toText(evaluateNode(args[0], context));
    return isError(text) ? text : transform(text);
  };
}

function oneArgument(check: (value: FormulaValue) => FormulaValue): Fn {
  return (args, context) => {
    if (args.length !== 1) throw new FormulaError("Wrong number of arguments: expected 1.");
    return check(evaluateNode(args[0], context));
  };
}

const FUNCTIONS: Record<string, Fn> = {
  AND: (args, context) => logical(args, context, "and"),
  OR: (args, context) => logical(args, context, "or"),
  NOT: oneArgument((value) => {
    const truth = toBoolean(value);
    return isError(truth) ? truth : !truth;
  }),
  IF: (args, context) => {
    if (args.length < 2 || args.length > 3) throw new FormulaError("IF expects 2 or 3 arguments.");
    const truth = toBoolean(evaluateNode(args[0], context));
    if (isError(truth)) return truth;
    if (truth) return evaluateNode(args[1], context);
    return args.length === 3 ? evaluateNode(args[2], context) : false;
  },
  TODAY: (args, context) => {
    if (args.length !== 0) throw new FormulaError("TODAY takes no argument.");
    return context.today;
  },
  // EOMONTH(start_date, months): the last day of the month `months` after start_date's, months truncated
  // (support.google.com/docs/answer/3093044).
  EOMONTH: (args, context) => {
    if (args.length !== 2) throw new FormulaError("EOMONTH expects 2 arguments.");
    const start = toNumber(evaluateNode(args[0], context));
    if (isError(start)) return start;
    const months = toNumber(evaluateNode(args[1], context));
    if (isError(months)) return months;
    if (start < 0) return { error: "#NUM!" };
    const day = new Date(SERIAL_EPOCH_MS + Math.floor(start) * DAY_MS);
    const end = Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + Math.trunc(months) + 1, 0);
    return Math.round((end - SERIAL_EPOCH_MS) / DAY_MS);
  },
  N: oneArgument((value) => {
    if (isError(value)) return value;
    if (typeof value === "number") return value;
    if (typeof value === "boolean") return value ? 1 : 0;
    return 0;
  }),
  ISBLANK: oneArgument((value) => value === null),
  ISNUMBER: oneArgument((value) => typeof value === "number"),
  ISTEXT: oneArgument((value) => typeof value === "string"),
  LEN: textFunction((text) => text.length),
  TRIM: textFunction((text) => text.replace(/ +/g, " ").trim()),
  LOWER: textFunction((text) => text.toLowerCase()),
  UPPER: textFunction((text) => text.toUpperCase()),
};

function arithmetic(op: string, left: FormulaValue, right: FormulaValue): FormulaValue {
  const a = toNumber(left);
  if (isError(a)) return a;
  const b = toNumber(right);
  if (isError(b)) return b;
  if (op === "+") return a + b;
  if (op === "-") return a - b;
  if (op === "*") return a * b;
  if (b === 0) return { error: "#DIV/0!" };
  return a / b;
}

function evaluateNode(node: Node, context: FormulaContext): FormulaValue {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "ref": {
      const row = node.rowAbsolute ? node.row : node.row + context.row - context.anchorRow;
      const column = node.columnAbsolute ? node.column : node.column + context.column - context.anchorColumn;
      if (row < 1 || column < 1) return { error: "#REF!" };
      const value = context.cell(row, column, node.sheet);
      return value === undefined || value === "" ? null : value;
    }
    case "call": {
      const fn = FUNCTIONS[node.name];
      if (!fn) {
        throw new FormulaError(
          `The emulator cannot evaluate ${node.name}(): only ${Object.keys(FUNCTIONS).join(", ")} are supported.`,
        );
      }
      return fn(node.args, context);
    }
    case "unary": {
      const value = toNumber(evaluateNode(node.operand, context));
      if (isError(value)) return value;
      return node.op === "-" ? -value : value;
    }
    case "binary": {
      const left = evaluateNode(node.left, context);
      const right = evaluateNode(node.right, context);
      if (isError(left)) return left;
      if (isError(right)) return right;
      if (node.op === "&") return `${toText(left)}${toText(right)}`;
      if (["+", "-", "*", "/"].includes(node.op)) return arithmetic(node.op, left, right);
      const order = compare(left, right);
      if (node.op === "=") return order === 0;
      if (node.op === "<>") return order !== 0;
      if (node.op === "<") return order < 0;
      if (node.op === "<=") return order <= 0;
      if (node.op === ">") return order > 0;
      return order >= 0;
    }
  }
}

/** Evaluates `formula` in `context`. Throws FormulaError for what the emulator does not support. */
export function evaluateFormula(formula: string, context: FormulaContext): FormulaValue {
  return evaluateNode(parsedOnce(formula), context);
}

/**
 * Parsed trees by formula text: a conditional-format rule's formula is evaluated once per cell it covers
 * (2,000 rows × its columns when the playground draws a large plan), and the tree never changes (evaluateNode
 * only reads it). A parse error is not kept: it is thrown again each time.
 */
const PARSED = new Map<string, Node>();
function parsedOnce(formula: string): Node {
  let node = PARSED.get(formula);
  if (!node) {
    node = parseFormula(formula);
    if (PARSED.size >= 500) PARSED.delete(PARSED.keys().next().value as string);
    PARSED.set(formula, node);
  }
  return node;
}

/**
 * Whether `formula` gives the same value in every column of a row: each of its references names its
 * column absolutely ($I8), and no function reads the position (none here does: FUNCTIONS above). A rule
 * colouring a plan's whole row from its Statut is such a formula, so its answer for one cell of a row
 * is its answer for all (formula-format.ts keeps it). False for a formula that does not parse.
 */
export function sameAcrossColumns(formula: string): boolean {
  let same = ACROSS_COLUMNS.get(formula);
  if (same === undefined) {
    same = referencesColumnsAbsolutely(formula);
    if (ACROSS_COLUMNS.size >= 500) ACROSS_COLUMNS.clear();
    ACROSS_COLUMNS.set(formula, same);
  }
  return same;
}

const ACROSS_COLUMNS = new Map<string, boolean>();

function referencesColumnsAbsolutely(formula: string): boolean {
  let tree: Node;
  try {
    tree = parsedOnce(formula);
  } catch {
    return false;
  }
  const pending: Node[] = [tree];
  while (pending.length) {
    const node = pending.pop()!;
    if (node.kind === "ref" && !node.columnAbsolute) return false;
    if (node.kind === "call") pending.push(...node.args);
    if (node.kind === "unary") pending.push(node.operand);
    if (node.kind === "binary") pending.push(node.left, node.right);
  }
  return true;
}

/** Whether a conditional-format custom formula holds: TRUE or a non-zero number; errors and text do not. */
export function formulaHolds(formula: string, context: FormulaContext): boolean {
  const value = evaluateFormula(formula, context);
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return false;
}
