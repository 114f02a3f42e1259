/**
 * The shape of what ships: dist/Code.js parses as a classic script (no import/export), its top-level
 * function declarations are exactly the exports of the server entry, and every function a menu item
 * names (as onOpen builds the menu, run in the emulator) is one of them. Also checks that only the
 * files clasp must push are in dist/.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as acorn from "acorn";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import { createEmulator } from "../../src/local/emulator/index";
import { loadAddon } from "../../src/local/loader";

const ROOT = join(import.meta.dirname, "../..");
const code = readFileSync(join(ROOT, "dist/Code.js"), "utf8");

async function entryExports(): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, "src/server/main.ts")],
    bundle: true,
    format: "esm",
    write: false,
    metafile: true,
    outfile: "probe.js",
    logLevel: "silent",
  });
  return [...Object.values(result.metafile.outputs)[0].exports].sort();
}

type Node = { type: string; id?: { name: string }; body?: Node[] };

describe("dist/Code.js", () => {
  const program = acorn.parse(code, { ecmaVersion: 2019, sourceType: "script" }) as unknown as Node;

  it("parses as an ES2019 classic script", () => {
    expect(program.type).toBe("Program");
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it("declares exactly the server entry's exports as top-level functions", async () => {
    const declared = program
      .body!.filter((node) => node.type === "FunctionDeclaration")
      .map((node) => node.id!.name)
      .sort();
    // runEntry_ is what each of them runs through (entry-guard.ts), not an entry point itself.
    expect(declared).toEqual((await entryExports()).filter((name) => name !== "runEntry_"));
    expect(code).toContain('return PlanDaction.runEntry_("onOpen", PlanDaction.onOpen, args);');
    expect(declared).toContain("onOpen");
    expect(declared).toContain("onInstall");
    expect(declared).toContain("installTemplate");
  });

  it("names only top-level functions in the menu that onOpen builds", () => {
    const emulator = createEmulator({ locale: "fr_CA" });
    const addon = loadAddon(emulator);
    addon.call("onOpen", { authMode: "FULL" });
    const items = emulator.ui.menus.flatMap((menu) => menu.items);
    const names = items.flatMap((item) => ("functionName" in item ? [item.functionName] : []));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(addon.names).toContain(name);
  });

  it("leaves in dist/ only what clasp pushes: Code.js, appsscript.json and HTML surfaces", () => {
    const files = readdirSync(join(ROOT, "dist"));
    expect(files).toContain("Code.js");
    expect(files).toContain("appsscript.json");
    for (const file of files) expect(file).toMatch(/^(Code\.js|appsscript\.json|[A-Za-z]+\.html)$/);
  });
});
