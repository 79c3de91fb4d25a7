import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, SHARED_BUFFERS } from "../../src/db/client.js";

// The embedded default must fit a small server (issue 7 §6: RSS below 400 MB after any start).
// About the embedded engine itself: run by `npm test`, skipped in CI's PostgreSQL run, which would
// only repeat it.
const dir = mkdtempSync(join(tmpdir(), "kinerja-embedded-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(process.env.DATABASE_URL)("the embedded database's memory", () => {
  it("initialises a new data dir in a child process and runs with a small buffer pool", {
    timeout: 90_000,
  }, async () => {
    const before = process.memoryUsage().external;
    const database = await openDatabase({ dataDir: join(dir, "data") });
    try {
      // In this process: PGlite's own WASM heap (~200 MB). initdb here would add ~430 MB more
      // (its WASM instance and unpacked bundle), kept until a full GC that an idle server never runs.
      const grown = (process.memoryUsage().external - before) / 1048576;
      expect(grown).toBeLessThan(350);
      const [row] = (await database.db.execute(sql`show shared_buffers`)).rows as { shared_buffers: string }[];
      expect(row?.shared_buffers).toBe(SHARED_BUFFERS);
    } finally {
      await database.close();
    }
  });
});
