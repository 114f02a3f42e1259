/**
 * The suivi's bench (src/tools/bench/suivi-bench.ts), asserted: for 40 members, previewing and sending
 * make the same number of spreadsheet calls on 50, 500 and 2,000 rows, one sendEmail per person mailed,
 * and none when sent again the same day.
 */
import { describe, expect, it } from "vitest";
import { runSuiviBench } from "../../src/tools/bench/suivi-bench";

describe("the suivi's bench", () => {
  const rows = runSuiviBench([50, 500, 2000], 40);
  const of = (operation: string) => rows.filter((row) => row.operation === operation);

  it("makes as many spreadsheet and property calls for 2,000 rows as for 50", () => {
    for (const operation of ["preview", "send", "send again (same day)"]) {
      const [small, medium, large] = of(operation);
      expect(medium.sheetCalls, operation).toBe(small.sheetCalls);
      expect(large.sheetCalls, operation).toBe(small.sheetCalls);
      expect(large.propertyCalls, operation).toBe(small.propertyCalls);
    }
  });

  it("sends one e-mail per member, through one sendEmail each, and nothing the second time", () => {
    for (const send of of("send")) {
      expect(send.mailed).toBe(40);
      expect(send.sendEmail).toBe(40);
    }
    for (const again of of("send again (same day)")) expect(again.sendEmail).toBe(0);
    for (const preview of of("preview")) expect(preview.sendEmail).toBe(0);
  });
});
