import { defineConfig } from "vitest/config";

// Browser tests: the real server in-process (PGlite, demo seed) + Debian's Chromium.
// Needs `npx vite build` first (the helper builds if dist/web is missing).
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
