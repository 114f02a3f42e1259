/**
 * Type-level check that the emulated classes accept what code typed against @types/google-apps-script
 * passes them: for every method both declare, the Apps Script parameter list must be assignable to ours.
 */
import { describe, expect, it } from "vitest";
import type { EmuConditionalFormatRuleBuilder } from "../../../src/local/emulator/conditional-format.ts";
import type { EmuDataValidationBuilder } from "../../../src/local/emulator/data-validation.ts";
import type { EmuHtmlOutput } from "../../../src/local/emulator/html.ts";
import type { EmuProperties } from "../../../src/local/emulator/properties.ts";
import type { EmuRange } from "../../../src/local/emulator/range.ts";
import type { EmuSheet } from "../../../src/local/emulator/sheet.ts";
import type { EmuSpreadsheet } from "../../../src/local/emulator/spreadsheet.ts";
import type { EmuMenu, EmuUi } from "../../../src/local/emulator/ui.ts";

type Fn = (...args: never[]) => unknown;
/** Objects (ranges, rules, enums…) are compared as "an object"; primitives and arity exactly. */
// biome-ignore lint/complexity/noBannedTypes: @types/google-apps-script uses the boxed Number in places.
type RelaxOne<T> = T extends Number
  ? number
  : T extends string | number | boolean | null | undefined
    ? T
    : object;
type Relax<P> = { [I in keyof P]: unknown extends P[I] ? unknown : RelaxOne<P[I]> };
/** Method names whose Apps Script parameters our implementation would reject (never when all fit). */
type Misfits<E, G> = {
  [K in keyof E & keyof G]: G[K] extends Fn
    ? E[K] extends Fn
      ? Relax<Parameters<G[K]>> extends Relax<Parameters<E[K]>>
        ? never
        : K
      : K
    : never;
}[keyof E & keyof G];

type Expect<T extends never> = T;
type Shapes = [
  Expect<Misfits<EmuRange, GoogleAppsScript.Spreadsheet.Range>>,
  Expect<Misfits<EmuSheet, GoogleAppsScript.Spreadsheet.Sheet>>,
  Expect<Misfits<EmuSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>>,
  Expect<Misfits<EmuConditionalFormatRuleBuilder, GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>>,
  Expect<Misfits<EmuDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>>,
  Expect<Misfits<EmuProperties, GoogleAppsScript.Properties.Properties>>,
  Expect<Misfits<EmuHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>>,
  Expect<Misfits<EmuUi, GoogleAppsScript.Base.Ui>>,
  Expect<Misfits<EmuMenu, GoogleAppsScript.Base.Menu>>,
];

describe("shapes", () => {
  it("type-checks (see tsc -p tsconfig.node.json)", () => {
    const checked: Shapes | null = null;
    expect(checked).toBeNull();
  });
});
