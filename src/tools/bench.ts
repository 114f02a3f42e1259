/**
 * `npm run bench`: the numbers behind the add-on's speed claims, measured, not timed in tests. It
 * prints the échéancier parser's throughput, the text importer's time on a 200,000-character plan, the
 * Word import's service calls (docx-bench.ts), the spreadsheet calls of install, validation and colours
 * for growing plans, the suivi's calls for 40 members (suivi-bench.ts), the calendar sync's calls and
 * projected Apps Script time (see src/tools/bench/sync-bench.ts for the latency model), the size of the
 * built sidebar, and the playground's open, scroll and typing times on a 2,000-row plan in Chromium
 * (playground-bench.ts).
 * `npm run bench -- --json` prints one JSON array of the sync rows
 * `{ rows, operation, sheetCalls, calendarReads, calendarWrites, projectedMs, cpuMs }`.
 */
import { runBilanBench } from "./bench/bilan-bench";
import { runDocxBench } from "./bench/docx-bench";
import { runEcheanceBench } from "./bench/echeance-bench";
import { runImportBench } from "./bench/import-bench";
import { runPlanBench } from "./bench/plan-bench";
import { runPlaygroundBench } from "./bench/playground-bench";
import { sidebarSizeBytes } from "./bench/sidebar-size";
import { runSuiviBench } from "./bench/suivi-bench";
import { runSyncBench } from "./bench/sync-bench";

const json = process.argv.includes("--json");
const sync = runSyncBench();
if (json) {
  console.log(JSON.stringify(sync));
} else {
  const echeance = runEcheanceBench();
  console.log("Échéancier parser");
  console.log(
    `  ${echeance.phrases} phrases in ${echeance.totalMs.toFixed(1)} ms (${echeance.perPhraseUs.toFixed(2)} µs per phrase, ${Math.round(echeance.perSecond)} phrases per second)`,
  );
  const imported = runImportBench();
  console.log("\nText import (importPlan; must stay below 1 s for the 200,000-character paste limit)");
  console.log(
    `  ${imported.chars} characters → ${imported.rows} rows in ${imported.ms.toFixed(1)} ms (with the preview: ${imported.previewMs.toFixed(1)} ms); pathological paste of ${imported.pathologicalChars} characters in ${imported.pathologicalMs.toFixed(1)} ms`,
  );
  console.log(
    "\nWord import (previewDocxImport: service calls grow with the document's elements, not its bytes)",
  );
  console.table(runDocxBench());
  console.log("\nSpreadsheet calls per operation (must not grow with the plan)");
  console.table(runPlanBench());
  console.log(
    "\nPréparer le bilan, made then prepared again (spreadsheet calls must not grow with the plan)",
  );
  console.table(runBilanBench());
  console.log(
    "\nLe suivi, 40 members (spreadsheet calls must not grow with the plan; one sendEmail per person)",
  );
  console.table(runSuiviBench());
  console.log("\nCalendar sync (projected Apps Script time under the latency model of sync-bench.ts)");
  console.table(sync);
  const size = sidebarSizeBytes();
  console.log(`\nBuilt sidebar: ${(size / 1024).toFixed(1)} KB (${size} bytes; limit 100 KB)`);
  const pg = await runPlaygroundBench();
  console.log(
    `\nPlayground in Chromium, ${pg.rows}-row plan (targets: open < 1000 ms, frames < 50 ms, typing < 100 ms; the machine's load counts)`,
  );
  console.log(
    `  opens in ${pg.openMs} ms (of which the view: ${pg.viewMs} ms, ${Math.round(pg.viewBytes / 1024)} KB); a typed key shows in the cell in ${pg.typingMs} ms`,
  );
  const frames = (f: typeof pg.wheel) =>
    `${f.frames} frames, median ${f.medianMs} ms, 95th percentile ${f.p95Ms} ms, longest ${f.longestMs} ms, ${f.over50Ms} over 50 ms`;
  console.log(`  scrolled by the wheel (200 notches of 100 px): ${frames(pg.wheel)}`);
  console.log(`  dragged top to bottom at 600 px a frame: ${frames(pg.drag)}`);
}
