/**
 * Test runner configuration. Tests mirror src/; entry points are tested through dist/Code.js, which
 * `npm test` builds before vitest runs. Browser tests (tests/sidebar, tests/local/playground) drive
 * Debian's Chromium with playwright-core. expect.poll waits up to 10 s (vitest's default is 1 s): a poll
 * waits for a server round trip that can take longer than a second on a loaded 2-core machine. Two
 * workers on this 2-core machine (vitest's default here is one): the suite ran in 8¾ minutes on one, 6½ on two.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/support/fast-check-seed.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
    expect: { poll: { timeout: 10_000 } },
  },
});
