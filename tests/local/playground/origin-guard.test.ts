/**
 * The playground's door, in Debian's Chromium: a page served from another origin (a second local server
 * on 127.0.0.2) tries to reset the workbook, write a cell (a formula) and read the workbook — with a
 * simple text/plain POST (no preflight), a JSON POST (preflighted), a form posted into a hidden frame,
 * and a read of /api/view — and every attempt fails; the same requests sent from Node with that page's
 * headers get the server's refusals. A DNS-rebinding page (a host name Chromium resolves to 127.0.0.1,
 * so the attacker's scripts run in an origin whose requests reach the playground) is refused by its Host
 * header. The playground's own page, loaded from the printed address, still loads the example and edits.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../../src/tools/screenshot-playground.ts";
import { loadExampleInPage, serve, tempDir } from "./helpers.ts";

const temp = tempDir();
let browser: Browser;
let server: PlaygroundServer;
let attacker: Server;
let attackerUrl = "";

/** What the foreign page tries, each attempt's outcome written into window.outcomes. */
function attackPage(target: string): string {
  return `<!doctype html><html><body><iframe name="sink"></iframe>
<form id="f" method="post" action="${target}api/edit" enctype="text/plain" target="sink">
<input name='{"sheetId":0,"row":1,"column":1,"text":"=HYPERLINK(1)","x":"' value='"}'></form>
<script>
window.outcomes = {};
async function attempt(name, run) {
  try { window.outcomes[name] = await run(); } catch (e) { window.outcomes[name] = "failed: " + e.name; }
}
window.attack = async function () {
  await attempt("resetAsText", () => fetch("${target}api/reset", { method: "POST", mode: "no-cors", headers: { "content-type": "text/plain" }, body: "{}" }).then((r) => "opaque:" + r.type));
  await attempt("editAsJson", () => fetch("${target}api/edit", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sheetId: 0, row: 1, column: 1, text: "=1+1" }) }).then((r) => r.status));
  await attempt("readView", () => fetch("${target}api/view").then((r) => r.text()));
  await attempt("exportXlsx", () => fetch("${target}export/plan.xlsx").then((r) => r.status));
  document.getElementById("f").submit();
  await new Promise((resolve) => setTimeout(resolve, 500));
  return window.outcomes;
};
</script></body></html>`;
}

beforeAll(async () => {
  server = await serve(temp.statePath);
  attacker = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(attackPage(server.url));
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.2", resolve));
  attackerUrl = `http://127.0.0.2:${(attacker.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, "--host-resolver-rules=MAP rebound.test 127.0.0.1"],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => attacker?.close(resolve));
  temp.cleanup();
});

/** The first sheet's cells and the backups: what an attack would change. */
function workbookState() {
  const sheet = server.playground.emulator.spreadsheet.getSheets()[0]!;
  return {
    sheets: server.playground.emulator.spreadsheet.getSheets().map((s) => s.getName()),
    values: sheet.getDataRange().getValues().slice(0, 12).map(String),
    formulas: sheet.getDataRange().getFormulas().flat().filter(Boolean),
    backup: server.playground.backups()[0]?.file ?? null,
  };
}

describe("the playground's door", () => {
  it("refuses a page from another origin: no reset, no edit, no read; its own page still works", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready]");
    await loadExampleInPage(page);
    const before = workbookState();
    expect(before.sheets).toContain("Plan d'action");

    const foreign = await browser.newPage();
    await foreign.goto(attackerUrl);
    const outcomes = (await foreign.evaluate("window.attack()")) as Record<string, unknown>;
    // Sent without a preflight (the browser may also withhold the answer: Cross-Origin-Resource-Policy).
    expect(["opaque:opaque", "failed: TypeError"]).toContain(outcomes.resetAsText);
    expect(outcomes.editAsJson).toBe("failed: TypeError"); // the preflight is never granted
    expect(outcomes.readView).toBe("failed: TypeError"); // no CORS: the answer cannot be read
    expect(outcomes.exportXlsx).toBe("failed: TypeError");
    expect(workbookState()).toEqual(before);
    // What the server answers those requests, sent from Node with the foreign page's headers.
    const foreignOrigin = attackerUrl.slice(0, -1);
    const post = (path: string, type: string, origin?: string) =>
      fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { "content-type": type, ...(origin ? { origin } : {}) },
        body: "{}",
      }).then((r) => r.status);
    expect(await post("api/reset", "text/plain", foreignOrigin)).toBe(403);
    expect(await post("api/reset", "application/json", foreignOrigin)).toBe(403);
    expect(await post("api/reset", "text/plain")).toBe(415); // no Origin: still not JSON
    expect(await post("api/edit", "application/x-www-form-urlencoded")).toBe(415);
    expect(workbookState()).toEqual(before);

    // The playground's own page: its requests still work (an edit, then a read).
    await page.reload();
    await page.waitForSelector("body[data-ready]");
    const status = await page.evaluate(() =>
      fetch("/api/edit", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ sheetId: -1, row: 1, column: 1, text: "x" }),
      }).then((r) => r.status),
    );
    expect(status).toBe(200);
    expect(await page.evaluate(() => fetch("/api/view").then((r) => r.status))).toBe(200);
    await foreign.close();
    await page.close();
  });

  it("refuses a DNS-rebinding page by its Host header, reads and writes alike", async () => {
    const before = workbookState();
    // rebound.test resolves to 127.0.0.1 (the rebinding done): a page in that origin reaches the playground.
    const page = await browser.newPage();
    const answer = await page.goto(`http://rebound.test:${server.port}/`);
    expect(answer?.status()).toBe(403);
    expect(await page.textContent("body")).toContain("Request refused");
    const statuses = await page.evaluate(async () => {
      const json = { "content-type": "application/json" };
      const view = await fetch("/api/view");
      const reset = await fetch("/api/reset", { method: "POST", headers: json, body: "{}" });
      const edit = await fetch("/api/edit", {
        method: "POST",
        headers: json,
        body: JSON.stringify({ sheetId: 0, row: 1, column: 1, text: "=1+1" }),
      });
      return { view: view.status, viewBody: await view.text(), reset: reset.status, edit: edit.status };
    });
    expect(statuses).toMatchObject({ view: 403, reset: 403, edit: 403 });
    expect(statuses.viewBody).not.toContain("Plan d'action");
    expect(workbookState()).toEqual(before);
    await page.close();
  });
});
