import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { openTestDatabase } from "../helpers/test-app.js";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe("the app's PostgreSQL connections", () => {
  // A search planned as if it read its whole range (then stopped after a page) crossed
  // jit_above_cost and spent 5-35 ms compiling; no statement of the app earns that back.
  it.runIf(process.env.DATABASE_URL)("run without JIT compilation", async () => {
    expect(database.kind).toBe("postgres");
    const { rows } = await database.db.execute<{ jit: string }>(sql`select current_setting('jit') as jit`);
    expect(rows[0]?.jit).toBe("off");
  });
});
