/**
 * The Word import on a .docx LibreOffice writes now, not only on the committed fixtures: the HTML source
 * of the six-column fixture is converted by the installed `soffice --headless --convert-to docx` (npm test
 * installs LibreOffice: src/tools/ensure-soffice.sh) and imported through dist/Code.js; it gives the same
 * rows as the committed file, so the fixtures stay what LibreOffice writes.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { soffice } from "../../src/tools/make-docx-fixtures";
import { REPO, startAddon } from "../support/addon";

const work = mkdtempSync(join(tmpdir(), "fresh-docx-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Preview = { ok: boolean; rows: unknown[]; comite: string; period: unknown; unplaced: string[] };

function preview(bytes: Uint8Array, name: string): Preview {
  const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
  return harness.addon.call<Preview>("previewDocxImport", {
    name,
    base64: Buffer.from(bytes).toString("base64"),
  });
}

describe("a .docx converted by LibreOffice during the test", () => {
  it("imports exactly like the committed fixture", () => {
    const made = soffice(
      join(REPO, "tests/fixtures/docx/sources/six-columns.html"),
      "docx:MS Word 2007 XML",
      work,
    );
    const fresh = preview(new Uint8Array(readFileSync(made)), "six-columns.docx");
    const committed = preview(
      new Uint8Array(readFileSync(join(REPO, "tests/fixtures/docx/six-columns.libreoffice.docx"))),
      "six-columns.docx",
    );
    expect(fresh.ok).toBe(true);
    expect(fresh.rows).toHaveLength(6);
    expect(fresh).toEqual(committed);
  }, 60_000);
});
