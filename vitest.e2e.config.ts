import { defineConfig } from "vitest/config";
import type { TestSpecification } from "vitest/node";
import { BaseSequencer } from "vitest/node";

/**
 * The accessibility walk is a third of the browser tests' time: it starts first, so the other
 * worker takes the rest beside it instead of it running alone at the end (a clean clone has no
 * timings for vitest to order by, and it would order by file size: the walk's file is small).
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => (f.moduleId.endsWith("accessibility.e2e.ts") ? 0 : 1);
    return sorted.sort((a, b) => first(a) - first(b));
  }
}

// Browser tests: the real server in-process (PGlite, demo seed) + Debian's Chromium.
// The global setup builds the web app if dist/web is missing and seeds the demo once for all files.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    pool: "forks",
    // Two files at once, each with its own server, database and browser: the CPU is the limit (a
    // test runs ~1.5× slower beside another), so the whole run takes ~¾ of its time alone.
    fileParallelism: true,
    maxWorkers: 2,
    // One process per worker for all its files: each file no longer imports the server anew (~2 s a file).
    isolate: false,
    testTimeout: 240_000,
    hookTimeout: 180_000,
    globalSetup: ["tests/e2e/global-setup.ts"],
    sequence: { sequencer: LongestFirst },
  },
});
