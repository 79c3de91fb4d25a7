import { eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications } from "../../src/db/schema.js";
import { notify } from "../../src/server/notifications/notify.js";
import { makeDistrictWorld, TEST_PASSWORD } from "../helpers/factories.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let guru: Client;
let ks: Client;

type Item = { id: string; kind: string; data: Record<string, string>; link: string; readAt: string | null };

async function unreadOf(personId: string) {
  const rows = await t.database.db.select().from(notifications).where(eq(notifications.personId, personId));
  return rows.filter((r) => r.readAt === null).length;
}

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  const db = t.database.db;
  await notify(db, [w.guruA.id], "plan_returned", { name: "KS A" }, "/kinerja-saya");
  await notify(db, [w.guruA.id, w.ksA.id], "correction_resolved", { name: "Operator A" }, "/kinerja-saya");
  await notify(db, [w.guruA.id], "plan_approved", { name: "KS A" }, "/kinerja-saya");
  guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
  ks = await signIn(t.app, w.ksA.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());

describe("listing", () => {
  it("shows my notifications only, newest first, with the unread count", async () => {
    const res = await guru.get("/api/notifications");
    expect(res.statusCode).toBe(200);
    const body = res.json() as { unread: number; items: Item[] };
    expect(body.unread).toBe(3);
    expect(body.items.map((i) => i.kind)).toEqual(["plan_approved", "correction_resolved", "plan_returned"]);
    expect(body.items[0]).toMatchObject({ data: { name: "KS A" }, link: "/kinerja-saya", readAt: null });
    expect((await ks.get("/api/notifications")).json().unread).toBe(1);
  });

  it("shows the newest 50", async () => {
    const db = t.database.db;
    // Distinct timestamps: rows written within the same microsecond would have no defined order.
    const t0 = Date.now() - 60_000;
    await db.insert(notifications).values(
      Array.from({ length: 55 }, (_, i) => ({
        personId: w.guruB.id,
        kind: "plan_submitted",
        data: { name: `Guru ${i}` },
        link: "/x",
        createdAt: new Date(t0 + i * 10),
      })),
    );
    const guruB = await signIn(t.app, w.guruB.username as string, TEST_PASSWORD);
    const body = (await guruB.get("/api/notifications")).json() as { unread: number; items: Item[] };
    expect(body.unread).toBe(55);
    expect(body.items).toHaveLength(50);
    expect(body.items[0]?.data.name).toBe("Guru 54");
  });

  it("signed out: 401", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/notifications" })).statusCode).toBe(401);
  });
});

describe("marking read", () => {
  it("marks the named ones; someone else's ids are ignored", async () => {
    const mine = (await guru.get("/api/notifications")).json().items as Item[];
    const theirs = (await ks.get("/api/notifications")).json().items as Item[];
    const res = await guru.post("/api/notifications/read", { ids: [mine[2]?.id, theirs[0]?.id] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ unread: 2 });
    expect(await unreadOf(w.ksA.id)).toBe(1);
    const after = (await guru.get("/api/notifications")).json().items as Item[];
    expect(after.map((i) => i.readAt !== null)).toEqual([false, false, true]);
  });

  it("without ids marks all mine, and nobody else's", async () => {
    const res = await guru.post("/api/notifications/read");
    expect(res.json()).toEqual({ unread: 0 });
    expect(await unreadOf(w.ksA.id)).toBe(1);
    expect((await guru.post("/api/notifications/read", {})).json()).toEqual({ unread: 0 });
    const stillUnread = await t.database.db.select().from(notifications).where(isNull(notifications.readAt));
    expect(stillUnread.every((n) => n.personId !== w.guruA.id)).toBe(true);
  });

  it("refuses ids that are not uuids; without the CSRF token or signed out, nothing changes", async () => {
    expect((await ks.post("/api/notifications/read", { ids: ["1"] })).statusCode).toBe(400);
    const forged = await ks.request({
      method: "POST",
      url: "/api/notifications/read",
      headers: { "x-csrf-token": "x" },
    });
    expect(forged.statusCode).toBe(403);
    expect((await t.app.inject({ method: "POST", url: "/api/notifications/read", payload: {} })).statusCode).toBe(401);
    expect(await unreadOf(w.ksA.id)).toBe(1);
  });
});
