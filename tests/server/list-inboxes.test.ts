import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, documents, notifications, profileCorrections, reopenRequests } from "../../src/db/schema.js";
import { assign, makeDistrictWorld, makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { openRunningPeriod } from "../helpers/factories-planning.js";
import { onePage, walkPages } from "../helpers/pages.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

/** Corrections, reopen requests and notifications: keyset pages whose sort keys tie on purpose. */
let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let admin: Client;
let operator: Client;
let guru: Client;
const SAME_TIME = new Date("2026-03-01T08:00:00.000Z");

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  w = await makeDistrictWorld(db);
  const extra = [];
  for (let i = 0; i < 4; i++) {
    const p = await makePerson(db, { name: `Guru Koreksi ${i}`, username: null });
    await assign(db, p.id, "teacher", w.district.id, { schoolId: i % 2 ? w.schoolA.id : w.schoolB.id });
    extra.push(p);
  }
  await openRunningPeriod(db, w.district.id);
  // Corrections: every one created at the same instant, two resolved.
  await db.insert(profileCorrections).values(
    extra.map((p, i) => ({
      personId: p.id,
      schoolId: i % 2 ? w.schoolA.id : w.schoolB.id,
      districtId: w.district.id,
      note: "Pangkat saya salah.",
      status: i < 2 ? ("resolved" as const) : ("open" as const),
      createdAt: SAME_TIME,
    })),
  );
  // Reopen requests: two per plan at the same instant, one pending.
  const all = await db
    .select({ id: documents.id, personId: cycles.personId })
    .from(documents)
    .innerJoin(cycles, eq(cycles.id, documents.cycleId))
    .where(eq(documents.kind, "plan"));
  await db.insert(reopenRequests).values(
    all.flatMap((p, i) => [
      {
        documentId: p.id,
        requestedBy: p.personId,
        reason: "Salah indikator.",
        createdAt: SAME_TIME,
        status: i === 0 ? ("pending" as const) : ("refused" as const),
      },
      {
        documentId: p.id,
        requestedBy: p.personId,
        reason: "Salah indikator lagi.",
        createdAt: SAME_TIME,
        status: "refused" as const,
      },
    ]),
  );
  // Notifications: seven at the same instant.
  await db.insert(notifications).values(
    Array.from({ length: 7 }, (_, i) => ({
      personId: w.guruA.id,
      kind: "plan_returned",
      data: { name: `KS ${i}` },
      link: "/",
      createdAt: SAME_TIME,
    })),
  );
  admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
  operator = await signIn(t.app, w.operatorA.username as string, TEST_PASSWORD);
  guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());

type Id = { id: string };
const ids = (rows: Id[]) => rows.map((r) => r.id);

describe("corrections, a page at a time", () => {
  const url = "/api/admin/profile-corrections";
  it("walks every correction once, open first, and searches by person", async () => {
    const walked = await walkPages<Id & { status: string }>(admin, url, "corrections", 1);
    expect(ids(walked)).toEqual(ids(await onePage(admin, url, "corrections")));
    expect(new Set(ids(walked)).size).toBe(4);
    expect(walked.map((c) => c.status)).toEqual(["open", "open", "resolved", "resolved"]);
    const found = (await admin.get(`${url}?q=koreksi%203`)).json();
    expect(found.corrections.map((c: { personName: string }) => c.personName)).toEqual(["Guru Koreksi 3"]);
  });

  it("an operator pages through their own school only; a bad cursor is a 400", async () => {
    const walked = await walkPages<Id & { schoolId: string }>(operator, url, "corrections", 1);
    expect(walked.length).toBe(2);
    expect(walked.every((c) => c.schoolId === w.schoolA.id)).toBe(true);
    expect((await admin.get(`${url}?cursor=bm90LWEtY3Vyc29y`)).statusCode).toBe(400);
    expect((await guru.get(url)).statusCode).toBe(403);
  });
});

describe("reopen requests, a page at a time", () => {
  it("walks every request once, pending first, and filters by status", async () => {
    const url = `/api/admin/districts/${w.district.id}/reopen-requests`;
    const walked = await walkPages<Id & { status: string }>(admin, url, "requests", 2);
    expect(ids(walked)).toEqual(ids(await onePage(admin, url, "requests")));
    expect(new Set(ids(walked)).size).toBe(walked.length);
    expect(walked.length).toBeGreaterThanOrEqual(8);
    expect(walked[0]?.status).toBe("pending");
    const pending = (await admin.get(`${url}?status=pending`)).json();
    expect(pending.requests).toHaveLength(1);
    expect((await admin.get(`${url}?cursor=bm90LWEtY3Vyc29y`)).statusCode).toBe(400);
    expect((await operator.get(url)).statusCode).toBe(403);
  });
});

describe("notifications, a page at a time", () => {
  it("walks my notifications once, newest first, with the unread count of all", async () => {
    const walked = await walkPages<Id>(guru, "/api/notifications", "items", 3);
    expect(ids(walked)).toEqual(ids(await onePage(guru, "/api/notifications", "items")));
    expect(new Set(ids(walked)).size).toBe(7);
    expect((await guru.get("/api/notifications?limit=1")).json().unread).toBe(7);
    expect((await guru.get("/api/notifications?cursor=bm90LWEtY3Vyc29y")).statusCode).toBe(400);
  });
});
