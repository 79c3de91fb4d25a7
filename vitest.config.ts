import { defineConfig } from "vitest/config";

// Unit + server tests. Browser tests (tests/e2e) run separately: `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    pool: "forks",
    // Each server test file holds its own in-memory PGlite (~150 MB): two at a time fits 2 cores.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
