/**
 * A person's edits as the playground applies them: the onEdit event object Sheets gives (value and
 * oldValue for one cell only, value absent when cleared, the user), refusals by a dropdown's validation,
 * and row insertions and deletions through the sheet's own methods.
 */
import { afterEach, describe, expect, it } from "vitest";
import { changeRows, writeEdits } from "../../../src/local/playground/edits.ts";
import { quietPlayground, tempDir } from "./helpers.ts";

let cleanup: () => void = () => {};
afterEach(() => cleanup());

function plan() {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const p = quietPlayground(temp.statePath);
  p.loadExample();
  return { p, sheet: p.emulator.spreadsheet.getSheetByName("Plan d'action")! };
}

describe("a person's edits", () => {
  it("gives onEdit Sheets' event object", () => {
    const { p, sheet } = plan();
    const user = { getEmail: () => "marie@example.org" };
    const one = writeEdits(sheet, [{ row: 8, column: 11, text: "Fait en classe" }], user).event!;
    expect(one.range.getA1Notation()).toBe("K8");
    expect(one.value).toBe("Fait en classe");
    expect(one.oldValue).toBeUndefined();
    expect(one.user).toBe(user);
    expect(one.source).toBe(p.emulator.spreadsheet);
    expect(one.authMode).toBe("LIMITED");

    const cleared = writeEdits(sheet, [{ row: 8, column: 11, text: "" }], user).event!;
    expect(cleared.oldValue).toBe("Fait en classe");
    expect("value" in cleared).toBe(false);

    const block = writeEdits(
      sheet,
      [
        { row: 20, column: 3, text: "a" },
        { row: 21, column: 4, text: "b" },
      ],
      user,
    ).event!;
    expect(block.range.getA1Notation()).toBe("C20:D21");
    expect("value" in block || "oldValue" in block).toBe(false);
  });

  it("refuses a value outside a dropdown and writes the rest", () => {
    const { sheet } = plan();
    const result = writeEdits(
      sheet,
      [
        { row: 8, column: 9, text: "Fini" },
        { row: 8, column: 11, text: "ok" },
      ],
      null,
    );
    expect(result.refused).toHaveLength(1);
    // One message, in the person's language (French here, English below).
    expect(result.refused[0]).toBe(
      "Les données saisies dans la cellule I8 ne respectent pas la règle de validation de cette cellule\u00a0: choisissez À faire, En cours, Terminé, Reporté, Annulé.",
    );
    expect(writeEdits(sheet, [{ row: 8, column: 9, text: "Done" }], null, "en").refused).toEqual([
      "The data entered in cell I8 violates its validation rule: choose À faire, En cours, Terminé, Reporté, Annulé.",
    ]);
    expect(sheet.getRange("I8").getValue()).toBe("Terminé");
    expect(sheet.getRange("K8").getValue()).toBe("ok");
    expect(result.event?.range.getA1Notation()).toBe("K8");
  });

  it("inserts and deletes rows with the sheet's own methods (formats and rules follow)", () => {
    const { sheet } = plan();
    const action = sheet.getRange("C10").getValue();
    const rules = sheet.conditionalRules.length;
    changeRows(sheet, "insertBefore", 10, 2);
    expect(sheet.getRange("C12").getValue()).toBe(action);
    expect(sheet.getRange("C10").getValue()).toBe("");
    expect(sheet.conditionalRules.length).toBe(rules);
    changeRows(sheet, "delete", 10, 2);
    expect(sheet.getRange("C10").getValue()).toBe(action);
    changeRows(sheet, "insertAfter", 10, 1);
    expect(sheet.getRange("C10").getValue()).toBe(action);
    expect(sheet.getRange("C11").getValue()).toBe("");
  });

  it("fires onEdit once for a paste through the playground", () => {
    const { p, sheet } = plan();
    p.editCells(sheet.getSheetId(), [
      { row: 14, column: 3, text: "Nouvelle" },
      { row: 14, column: 6, text: "Avril" },
    ]);
    // onEdit filled the Échéance of the pasted row.
    expect(sheet.getRange("H14").getDisplayValue()).toBe("30/04/2026");
  });

  it("undoes a row deletion exactly, and refuses once the sheet has changed since", () => {
    const { p, sheet } = plan();
    const id = sheet.getSheetId();
    const before = {
      values: sheet.getRange(1, 1, 20, 12).getValues(),
      rules: JSON.stringify(sheet.conditionalRules),
      metadata: JSON.stringify(p.state().spreadsheet.metadata),
    };
    const { error, undo } = p.changeRows(id, "delete", 10, 2);
    expect(error).toBeNull();
    expect(p.undoRows(undo!)).toBeNull();
    const again = p.emulator.spreadsheet.getSheetById(id)!;
    expect(again.getRange(1, 1, 20, 12).getValues()).toEqual(before.values);
    expect(JSON.stringify(again.conditionalRules)).toBe(before.rules);
    expect(JSON.stringify(p.state().spreadsheet.metadata)).toBe(before.metadata);

    const second = p.changeRows(id, "insertBefore", 9, 1);
    p.editCells(id, [{ row: 30, column: 3, text: "écrit après" }]);
    expect(p.undoRows(second.undo!)).toMatch(/ne peut plus être annulée/);
    expect(p.emulator.spreadsheet.getSheetById(id)!.getRange("C30").getValue()).toBe("écrit après");
  });
});
