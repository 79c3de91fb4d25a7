import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, documents, reopenRequests } from "../../src/db/schema.js";
import { emptyPenilaian } from "../../src/domain/practice/penilaian.js";
import { makeDistrictWorld, TEST_PASSWORD } from "../helpers/factories.js";
import { openRunningPeriod } from "../helpers/factories-planning.js";
import { type Client, createTestApp, signIn, statementsSoFar, type TestContext } from "../helpers/test-app.js";

/**
 * A hot route sends a small, fixed number of statements whatever the size of the data: counted
 * with a few teachers, then again with many more teachers, plans and reopen requests.
 */
let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let admin: Client;
let periodId: string;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  periodId = (await openRunningPeriod(t.database.db, w.district.id)).periodId;
  admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());

async function statementsOf(client: Client, method: "GET" | "PUT", url: string, payload?: object) {
  const before = statementsSoFar();
  const res = await client.request({ method, url, ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 200)}`).toBe(200);
  return statementsSoFar() - before;
}

type Probe = { name: string; run: () => Promise<number> };

async function probes(): Promise<Probe[]> {
  const ks = await signIn(t.app, w.ksA.username as string, TEST_PASSWORD);
  const head = await signIn(t.app, w.head.username as string, TEST_PASSWORD);
  const guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
  const me = (await guru.get("/api/me")).json();
  const cycleId = me.myCycles[0].cycleId as string;
  return [
    { name: "GET /api/me (guru)", run: () => statementsOf(guru, "GET", "/api/me") },
    { name: "GET /api/me (KS)", run: () => statementsOf(ks, "GET", "/api/me") },
    { name: "GET /api/me (Kepala Dinas)", run: () => statementsOf(head, "GET", "/api/me") },
    { name: "GET /api/planning/queue (KS)", run: () => statementsOf(ks, "GET", "/api/planning/queue") },
    {
      name: "GET reopen inbox (admin)",
      run: () => statementsOf(admin, "GET", `/api/admin/districts/${w.district.id}/reopen-requests`),
    },
    {
      name: "GET reminders sent (admin)",
      run: () => statementsOf(admin, "GET", `/api/admin/districts/${w.district.id}/reminders?q=guru`),
    },
    { name: "GET /api/planning/queue (Kepala Dinas)", run: () => statementsOf(head, "GET", "/api/planning/queue") },
    {
      name: "GET /api/planning/queue as the web asks first (KS)",
      run: () => statementsOf(ks, "GET", "/api/planning/queue?limit=50&filter=all"),
    },
    {
      name: "GET /api/planning/queue searched, filtered, with a cursor when there is one (KS)",
      run: async () => {
        const first = (await ks.get("/api/planning/queue?limit=1&filter=draft")).json();
        const cursor = first.nextCursor ? `&cursor=${first.nextCursor}` : "";
        return statementsOf(ks, "GET", `/api/planning/queue?limit=1&filter=draft&q=guru${cursor}`);
      },
    },
    {
      name: "GET assignments (admin)",
      run: () => statementsOf(admin, "GET", `/api/admin/districts/${w.district.id}/assignments?q=guru&kind=teacher`),
    },
    { name: "GET period (admin)", run: () => statementsOf(admin, "GET", `/api/admin/periods/${periodId}`) },
    {
      name: "GET period cycles (admin)",
      run: () => statementsOf(admin, "GET", `/api/admin/periods/${periodId}/cycles?q=guru&status=not_started`),
    },
    { name: "GET results (admin)", run: () => statementsOf(admin, "GET", `/api/periods/${periodId}/results`) },
    {
      name: "GET e-Kinerja CSV (admin)",
      run: () => statementsOf(admin, "GET", `/api/periods/${periodId}/exports/ekinerja.csv`),
    },
    {
      name: "GET Excel report (admin)",
      run: () => statementsOf(admin, "GET", `/api/periods/${periodId}/exports/report.xlsx`),
    },
    { name: "GET corrections (admin)", run: () => statementsOf(admin, "GET", "/api/admin/profile-corrections") },
    { name: "GET notifications (KS)", run: () => statementsOf(ks, "GET", "/api/notifications") },
    { name: "GET school dashboard (KS)", run: () => statementsOf(ks, "GET", "/api/dashboard/school") },
    {
      name: "GET district dashboard (Kepala Dinas)",
      run: () => statementsOf(head, "GET", "/api/dashboard/district?q=sekolah&limit=1"),
    },
    { name: "GET plan view (guru)", run: () => statementsOf(guru, "GET", `/api/cycles/${cycleId}/plan`) },
    { name: "GET practice (guru)", run: () => statementsOf(guru, "GET", `/api/cycles/${cycleId}/practice`) },
    {
      name: "PUT autosave (guru)",
      run: async () => {
        const view = (await guru.get(`/api/cycles/${cycleId}/plan`)).json();
        const body = { version: view.plan.version, content: { ...view.plan.content, lastStep: "profil" } };
        return statementsOf(guru, "PUT", `/api/plans/${view.plan.id}`, body);
      },
    },
  ];
}

/** Decided reopen requests on every plan there is, by several people: lists of them must not cost a query each. */
async function decidedReopenRequests(perPlan: number) {
  const all = await t.database.db
    .select({ id: documents.id, personId: cycles.personId })
    .from(documents)
    .innerJoin(cycles, eq(cycles.id, documents.cycleId))
    .where(eq(documents.kind, "plan"));
  await t.database.db.insert(reopenRequests).values(
    all.flatMap((p) =>
      Array.from({ length: perPlan }, () => ({
        documentId: p.id,
        requestedBy: p.personId,
        reason: "Indikator yang saya pilih keliru.",
        status: "refused" as const,
        decidedBy: w.admin.id,
        decisionNote: "Sudah sesuai.",
        decidedAt: new Date(),
      })),
    ),
  );
}

/** A rated penilaian for every cycle that has none yet: the results and exports read them all. */
async function ratedPenilaian() {
  const all = await t.database.db.select({ id: cycles.id }).from(cycles).where(eq(cycles.periodId, periodId));
  await t.database.db
    .insert(documents)
    .values(
      all.map((c) => ({
        cycleId: c.id,
        kind: "penilaian",
        status: "rated",
        content: { ...emptyPenilaian(), hasilKerja: "sesuai", perilaku: "di_atas" },
        decidedBy: w.ksA.id,
        decidedAt: new Date(),
      })),
    )
    .onConflictDoNothing();
}

describe("statements per request do not grow with the data", () => {
  it("the same count with 2 teachers and with 40 more, and each count is small", async () => {
    await decidedReopenRequests(1);
    await ratedPenilaian();
    // Once unmeasured: a rule set is read once per process, then served from memory.
    for (const p of await probes()) await p.run();
    const small = new Map<string, number>();
    for (const p of await probes()) small.set(p.name, await p.run());
    // Forty more teachers at the same school: each gets a cycle and a plan.
    for (let i = 0; i < 40; i++) {
      const res = await admin.post(`/api/admin/schools/${w.schoolA.id}/people`, {
        name: `Guru Tambahan ${i}`,
        employmentStatus: "PNS",
        startsOn: "2020-01-01",
      });
      expect(res.statusCode).toBe(200);
    }
    await decidedReopenRequests(2);
    await ratedPenilaian();
    const large = new Map<string, number>();
    for (const p of await probes()) large.set(p.name, await p.run());
    console.info("statements per request", Object.fromEntries(small), Object.fromEntries(large));
    expect(Object.fromEntries(large)).toEqual(Object.fromEntries(small));
    // The session is one statement of each. /api/me (the person, hats and cycles), the plan view
    // (its scope with the screen's details), an autosave (its scope) and the queue ride in it (`SessionRider`);
    // an autosave then writes (1). Neither inside a transaction: no BEGIN/COMMIT either.
    const bound: Record<string, number> = {
      "GET /api/me (guru)": 1,
      "GET /api/me (KS)": 1,
      "GET /api/me (Kepala Dinas)": 1,
      "GET plan view (guru)": 1,
      "GET practice (guru)": 1,
      "PUT autosave (guru)": 2,
      // The queue's first page as it opens rides too (`queueRider`); any other page is a second statement.
      "GET /api/planning/queue (KS)": 1,
      "GET /api/planning/queue (Kepala Dinas)": 1,
      "GET /api/planning/queue as the web asks first (KS)": 1,
      "GET /api/planning/queue searched, filtered, with a cursor when there is one (KS)": 2,
      // The session, then one statement; the district's: its header and its counts.
      "GET school dashboard (KS)": 2,
      "GET district dashboard (Kepala Dinas)": 3,
      // The session with the period's district (to authorize), then the page with its count.
      "GET period cycles (admin)": 2,
      // The session, the page (the district's date inside it), the counts per kind.
      "GET assignments (admin)": 3,
    };
    for (const [name, n] of large) expect(n, name).toBeLessThanOrEqual(bound[name] ?? 6);
  });
});
