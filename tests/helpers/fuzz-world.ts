import { eq, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { accounts } from "../../src/db/schema.js";
import { hashPassword } from "../../src/server/core/passwords.js";
import { makeDistrictWorld, TEST_PASSWORD } from "./factories.js";
import { multipart, openRunningPeriod, pdfBytes } from "./factories-planning.js";
import { type Client, signIn, type TestContext } from "./test-app.js";

/**
 * The seeded world the route fuzz test aims at: two districts, a running period, a plan, an
 * uploaded SK, a profile correction; and the ids of every row, for path parameters that exist.
 */
export async function fuzzWorld(t: TestContext) {
  const db = t.database.db;
  const w = await makeDistrictWorld(db);
  const other = await makeDistrictWorld(db);
  await openRunningPeriod(db, w.district.id);
  const guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
  const me = (await guru.get("/api/me")).json() as { myCycles: { cycleId: string }[] };
  for (const c of me.myCycles) await guru.get(`/api/cycles/${c.cycleId}/plan`);
  await guru.request({
    method: "POST",
    url: "/api/files?kind=sk",
    ...(await multipart(pdfBytes(3000), "sk.pdf", "application/pdf")),
  });
  await guru.post("/api/me/profile-corrections", { note: "Pangkat saya tertulis salah di data." });

  const tables = ["districts", "schools", "people", "periods", "cycles", "documents", "assignments", "files"];
  const more = ["profile_corrections", "notifications", "reopen_requests", "window_extensions"];
  const byTable: Record<string, string[]> = {};
  for (const table of [...tables, ...more]) {
    const rows = await db.execute(sql.raw(`select id::text as id from ${table} limit 40`));
    const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: unknown[] }).rows) as { id: string }[];
    byTable[table] = list.map((r) => r.id);
  }
  // The fuzzing admin's own record and hats stay out of reach: ending them would only end the run's coverage.
  const adminHats = (await db.execute(sql`select id::text as id from assignments where person_id = ${w.admin.id}`)) as
    | { rows: { id: string }[] }
    | { id: string }[];
  const protectedIds = new Set([
    w.admin.id,
    ...(Array.isArray(adminHats) ? adminHats : adminHats.rows).map((r) => r.id),
  ]);
  for (const table of Object.keys(byTable))
    byTable[table] = (byTable[table] ?? []).filter((id) => !protectedIds.has(id));
  return { w, other, pools: { ids: Object.values(byTable).flat(), byTable } };
}

export type Actor = "admin" | "guru" | "signedOut";

/**
 * Signed-in clients that survive the fuzzing: a logout, a password reset or a lock-out caused
 * by a fuzzed request is undone in the database and the person signs in again.
 */
export function actors(app: FastifyInstance, t: TestContext, usernames: Record<Exclude<Actor, "signedOut">, string>) {
  const clients = new Map<Actor, Client>();
  const fresh = async (who: Exclude<Actor, "signedOut">) => {
    const passwordHash = await hashPassword(TEST_PASSWORD);
    await t.database.db
      .update(accounts)
      .set({ passwordHash, mustChangePassword: false, failedAttempts: 0, lockedUntil: null, disabled: false })
      .where(eq(accounts.username, usernames[who]));
    clients.set(who, await signIn(app, usernames[who], TEST_PASSWORD));
  };
  return {
    async client(who: Actor): Promise<Client | null> {
      if (who === "signedOut") return null;
      if (!clients.has(who)) await fresh(who);
      return clients.get(who) ?? null;
    },
    /** After a route: any client whose session no longer works signs in afresh. */
    async heal() {
      for (const [who, c] of clients) {
        if (who === "signedOut") continue;
        if ((await c.get("/api/me")).statusCode !== 200) await fresh(who);
      }
    },
  };
}
