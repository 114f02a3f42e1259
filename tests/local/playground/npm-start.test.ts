/**
 * `npm start` itself: it builds if needed, serves on 127.0.0.1 at the port given by PORT (0 = a free
 * one), prints the address, answers the page, and on SIGTERM saves the state and stops, leaving no
 * process behind.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "./helpers.ts";

const temp = tempDir();
let child: ChildProcess | null = null;
afterAll(() => {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  temp.cleanup();
});

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("npm start", () => {
  it("prints its address, serves the page and stops cleanly on SIGTERM", async () => {
    child = spawn("npm", ["start", "--silent"], {
      cwd: new URL("../../..", import.meta.url).pathname,
      env: {
        ...process.env,
        PORT: "0",
        PLAYGROUND_STATE: temp.statePath,
        PLAYGROUND_NOW: "2026-05-20T15:00:00Z",
      },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /playground: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match) {
          clearInterval(timer);
          resolve(match[1]!);
        }
        if (child?.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`npm start exited: ${output}`));
        }
      }, 100);
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Charger un exemple");
    const example = await fetch(`${url}api/example`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(example.status).toBe(200);

    const exited = new Promise<void>((resolve) => child?.on("exit", () => resolve()));
    // What Ctrl-C or a service manager does: npm passes the signal to the server, which saves and exits.
    process.kill(child.pid!, "SIGTERM");
    await exited;
    await expect.poll(() => output, { timeout: 10_000 }).toContain("state saved");
    await expect.poll(() => groupAlive(child!.pid!), { timeout: 10_000 }).toBe(false);
    expect(output).toContain("state saved");
    expect(existsSync(temp.statePath)).toBe(true);
    const saved = JSON.parse(readFileSync(temp.statePath, "utf8"));
    expect(saved.spreadsheet.sheets.map((s: { name: string }) => s.name)).toContain("Plan d'action");
  }, 120_000);
});
