import { defineConfig } from "vitest/config";

// Two projects: `unit` (pure rules, web helpers, document renderers: no database, no global setup,
// so a run of them alone takes seconds) and `server` (app.inject against a real database built
// once per run by the global setup). Browser tests (tests/e2e) run separately: `npm run test:e2e`.
const UNIT = [
  "tests/domain/**/*.test.ts",
  "tests/web/**/*.test.ts",
  "tests/server/assessment/**/*.test.ts",
  "tests/server/serializer.test.ts",
];

export default defineConfig({
  test: {
    // Each server test file holds its own in-memory PGlite (~150 MB): two at a time fits 2 cores.
    maxWorkers: 2,
    // `isolate: false`: a worker runs its files one after another in one module graph, so each file
    // no longer imports the server anew (~3 s a file: `npm test` 363 → 193 s). Every file opens and
    // closes its own database and app; the one process-wide cache (rule sets by id) holds rows that
    // never change, and the templates every test database shares come from one global setup.
    projects: [
      // The PDF renderers lay out a dozen documents in one test: seconds on a busy machine.
      { test: { name: "unit", include: UNIT, pool: "forks", isolate: false, testTimeout: 20_000 } },
      {
        test: {
          name: "server",
          include: ["tests/**/*.test.ts"],
          exclude: [...UNIT, "tests/e2e/**", "node_modules/**"],
          globalSetup: ["tests/helpers/global-setup.ts"],
          pool: "forks",
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
