import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts } from "../../src/db/schema.js";
import { makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { createTestApp, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// Each attempt from its own address: the per-IP rate limit is not what these tests are about.
let ip = 0;
const login = (username: string, password: string) =>
  t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password },
    remoteAddress: `10.0.${Math.floor(++ip / 250)}.${ip % 250}`,
  });

async function timed(username: string, password: string) {
  const t0 = performance.now();
  const res = await login(username, password);
  return { res, ms: performance.now() - t0 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

describe("lock-out under parallel attempts", () => {
  it("25 parallel wrong passwords lock the account", async () => {
    const p = await makePerson(t.database.db);
    const answers = await Promise.all(Array.from({ length: 25 }, () => login(p.username as string, "salah-terus")));
    expect(answers.every((r) => r.statusCode === 401)).toBe(true);
    const [row] = await t.database.db.select().from(accounts).where(eq(accounts.personId, p.id));
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect((await login(p.username as string, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it("the lock runs out after 15 minutes and the right password works again", async () => {
    const p = await makePerson(t.database.db);
    await Promise.all(Array.from({ length: 5 }, () => login(p.username as string, "salah")));
    await t.database.db
      .update(accounts)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(accounts.personId, p.id));
    expect((await login(p.username as string, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe("no account enumeration", () => {
  it("an unknown username and a locked account answer the same: status, body, headers and time", async () => {
    const p = await makePerson(t.database.db);
    for (let i = 0; i < 5; i++) await login(p.username as string, "salah");
    const locked: Awaited<ReturnType<typeof timed>>[] = [];
    const unknown: Awaited<ReturnType<typeof timed>>[] = [];
    for (let i = 0; i < 9; i++) {
      locked.push(await timed(p.username as string, i % 2 ? TEST_PASSWORD : "salah"));
      unknown.push(await timed("tidak.pernah.ada", i % 2 ? TEST_PASSWORD : "salah"));
    }
    for (const r of [...locked, ...unknown]) {
      expect(r.res.statusCode).toBe(401);
      expect(r.res.cookies).toHaveLength(0);
    }
    const bodies = new Set([...locked, ...unknown].map((r) => r.res.body));
    expect(bodies.size).toBe(1);
    expect([...bodies][0]).toContain("coba lagi dalam 15 menit");
    const headerNames = (r: (typeof locked)[number]) =>
      Object.keys(r.res.headers)
        .filter((h) => !["date", "x-request-id"].includes(h))
        .sort();
    expect(headerNames(locked[0] as (typeof locked)[number])).toEqual(
      headerNames(unknown[0] as (typeof locked)[number]),
    );
    // Both do one argon2 check (~50 ms idle, more on a busy machine); the locked account also
    // records the attempt (one UPDATE, a WAL flush on PostgreSQL). Skipping the check on one side
    // would make that side ~10 times faster; a ratio, not a difference in ms, stays meaningful
    // when the CI machine is loaded (a 20 ms bound failed once on PostgreSQL at 24.6 ms; a 1.8
    // ratio failed once at 1.81 under CI load). 3 still catches a skipped check by a wide margin.
    const a = median(locked.map((r) => r.ms));
    const b = median(unknown.map((r) => r.ms));
    expect(Math.max(a, b) / Math.min(a, b)).toBeLessThan(3);
  });

  it("a disabled account is revealed only to someone who knows its password", async () => {
    const p = await makePerson(t.database.db);
    await t.database.db.update(accounts).set({ disabled: true }).where(eq(accounts.personId, p.id));
    expect((await login(p.username as string, "salah")).statusCode).toBe(401);
    expect((await login(p.username as string, TEST_PASSWORD)).statusCode).toBe(403);
  });
});
