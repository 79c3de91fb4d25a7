import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions } from "../../src/db/schema.js";
import { purgeSessions } from "../../src/server/auth/purge-sessions.js";
import { makePerson } from "../helpers/factories.js";
import { createTestApp, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const now = new Date("2030-06-01T00:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3600_000);

describe("purging sessions", () => {
  it("deletes expired and long-revoked sessions, keeps live and recently revoked ones", async () => {
    const p = await makePerson(t.database.db);
    const row = (tokenHash: string, expiresAt: Date, revokedAt: Date | null = null) => ({
      tokenHash,
      personId: p.id,
      csrfToken: "x",
      expiresAt,
      revokedAt,
    });
    await t.database.db
      .insert(sessions)
      .values([
        row("live", hours(5)),
        row("expired", hours(-1)),
        row("expires-now", now),
        row("revoked-yesterday", hours(5), hours(-24)),
        row("revoked-8-days-ago", hours(5), hours(-8 * 24)),
      ]);
    expect(await purgeSessions({ db: t.database.db, now })).toBe(3);
    const left = await t.database.db
      .select({ tokenHash: sessions.tokenHash })
      .from(sessions)
      .where(eq(sessions.personId, p.id));
    expect(left.map((r) => r.tokenHash).sort()).toEqual(["live", "revoked-yesterday"]);
    expect(await purgeSessions({ db: t.database.db, now, revokedRetentionMs: 3600_000 })).toBe(1);
  });
});
