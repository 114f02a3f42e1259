/**
 * `npm run import -- plan.docx --out plan.xlsx`, run as a person would (the npm script itself, in a
 * child process): the Word file goes through the add-on's previewDocxImport and importDocxPlan in the
 * emulator, as the dialog's form would send it, and the workbook written holds the imported plan. A file
 * that is not a readable .docx writes nothing and says why.
 */
import { execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { REPO } from "../../support/addon.ts";
import { tempDir } from "./helpers.ts";

const run = promisify(execFile);
const temp = tempDir();
afterAll(() => temp.cleanup());

async function npmImport(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", "import", "--", ...args], { cwd: REPO });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe("npm run import with a Word file", () => {
  it("imports a .docx into an .xlsx file", async () => {
    const out = join(temp.dir, "plan.xlsx");
    const { code, output } = await npmImport(
      join(REPO, "tests/fixtures/docx/docx-package.docx"),
      "--out",
      out,
    );
    expect(output).toContain("7 actions, 4 objectifs");
    expect(code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const plan = book.getWorksheet("Plan d'action")!;
    expect(plan.getCell("A1").value).toBe("Plan d'action : Comité de la condition des femmes");
    expect(plan.getCell("C8").value).toBe("Tenir un kiosque lors de la journée du 8 mars");
    expect(plan.getCell("A11").value).toBe("Bâtir des alliances régionales");
    expect(plan.getCell("C12").value).toBe("Signer l'entente de partenariat");
    expect(plan.getCell("E12").value).toBe("Julie Gagnon");
    expect(plan.getCell("F13").value).toBe("En continu");
  }, 60_000);

  it("writes nothing and says why when the file is not a .docx", async () => {
    const fake = join(temp.dir, "faux.docx");
    writeFileSync(fake, "ceci n'est pas un document Word");
    const out = join(temp.dir, "none.xlsx");
    const { code, output } = await npmImport(fake, "--out", out);
    expect(code).toBe(1);
    expect(output).toContain("Le fichier « faux.docx » n'est pas un document Word (.docx).");
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
