import { defineConfig } from "vitest/config";

// Browser tests: the real server in-process (PGlite, demo seed) + Debian's Chromium.
// The global setup builds the web app if dist/web is missing and seeds the demo once for all files.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    pool: "forks",
    fileParallelism: false,
    // One process for all files: each file no longer imports the server anew (~2 s a file).
    isolate: false,
    testTimeout: 240_000,
    hookTimeout: 180_000,
    globalSetup: ["tests/e2e/global-setup.ts"],
  },
});
