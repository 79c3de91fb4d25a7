import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, cycles, documentRevisions, documents, notifications, periods } from "../../src/db/schema.js";
import { addDays } from "../../src/domain/cycles/phase.js";
import { emptyPlanContent } from "../../src/domain/planning/content.js";
import { refreshSuperiors } from "../../src/server/periods/refresh-superiors.js";
import { testNow, testToday } from "../helpers/clock.js";
import { assign, makeDistrictWorld, makePerson, openRunningPeriod, TEST_PASSWORD } from "../helpers/factories.js";
import { COMPLETE_GURU_PLAN } from "../helpers/plan-content.js";
import { tallyMismatches } from "../helpers/tallies.js";
import { type Client, createTestApp, signIn, statementsSoFar, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let guru: Client;
let ks: Client;
let periodId: string;
const today = testToday();

// A note on an aspect the rule set does not have ("bukan") is dropped on save.
const complete = {
  ...COMPLETE_GURU_PLAN,
  behaviourNotes: { ...COMPLETE_GURU_PLAN.behaviourNotes, bukan: "dibuang" },
};

async function cycleOf(personId: string) {
  const [c] = await t.database.db.select().from(cycles).where(eq(cycles.personId, personId));
  if (!c) throw new Error("no cycle");
  return c.id;
}

async function openPlan(client: Client, personId: string) {
  const res = await client.get(`/api/cycles/${await cycleOf(personId)}/plan`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  const r = await openRunningPeriod(t.database.db, w.district.id);
  periodId = r.periodId;
  guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
  ks = await signIn(t.app, w.ksA.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());
// Every step of the flow keeps the period page's trigger-kept counts true.
afterEach(async () => expect(await tallyMismatches(t.database.db)).toEqual([]));

describe("the guru's plan: draft → submitted → returned → submitted → approved → agreed", () => {
  let planId: string;
  let version: number;

  it("opens as an empty draft with the catalogue, the atasan and what is still missing", async () => {
    const view = await openPlan(guru, w.guruA.id);
    planId = view.plan.id;
    version = view.plan.version;
    expect(view.plan.status).toBe("draft");
    expect(view.superior).toEqual({ name: "KS A", kind: "principal" });
    // The catalogue comes once per rule set, from its own immutable answer.
    expect(view.ruleSet.content).toBeUndefined();
    const rules = await guru.get(`/api/rule-sets/${view.ruleSet.id}`);
    expect(rules.statusCode).toBe(200);
    expect(rules.headers["cache-control"]).toBe("private, max-age=31536000, immutable");
    expect(rules.json().content.practiceIndicators).toHaveLength(8);
    expect(view.problems.map((p: { step: string }) => p.step)).toEqual(["profil", "praktik", "kompetensi", "tugas"]);
    expect(view.problems[2].message).toBe("Total poin pengembangan kompetensi 0; minimal 32 poin.");
    expect(view.viewer).toMatchObject({ roles: ["owner"], actions: ["save", "submit"] });
  });

  it("an incomplete plan cannot be submitted; the reasons come per step", async () => {
    const res = await guru.post(`/api/plans/${planId}/submit`, { version });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe("Perencanaan belum lengkap: 4 hal perlu dilengkapi sebelum diajukan.");
    expect(res.json().details[0]).toEqual({ path: "profil", message: expect.stringContaining("Data sudah sesuai") });
  });

  it("autosave stores the draft and bumps the version; unknown BerAKHLAK notes are dropped", async () => {
    const res = await guru.request({
      method: "PUT",
      url: `/api/plans/${planId}`,
      payload: { version, content: complete },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().plan.version).toBe(version + 1);
    expect(res.json().rhkTotal).toBe(40);
    expect(res.json().plan.content.behaviourNotes).toEqual({ kolaboratif: "Aktif di KKG" });
    version = res.json().plan.version;
  });

  it("a quantity of 2.5 is a 400 saying whole numbers; an emptied one saves, counts nothing and is named", async () => {
    const code = complete.rhk[0]?.code as string;
    const withQuantity = (quantity: number | null) => ({
      ...complete,
      rhk: complete.rhk.map((l) => (l.code === code ? { ...l, quantity } : l)),
    });
    const decimal = await guru.request({
      method: "PUT",
      url: `/api/plans/${planId}`,
      payload: { version, content: withQuantity(2.5) },
    });
    expect(decimal.statusCode).toBe(400);
    expect(JSON.stringify(decimal.json().details)).toContain("Target kuantitas harus bilangan bulat (tanpa koma)");
    const emptied = await guru.request({
      method: "PUT",
      url: `/api/plans/${planId}`,
      payload: { version, content: withQuantity(null) },
    });
    expect(emptied.statusCode).toBe(200);
    expect(emptied.json().rhkTotal).toBeLessThan(40);
    expect(JSON.stringify(emptied.json().problems)).toContain("Target kuantitas");
    const back = await guru.request({
      method: "PUT",
      url: `/api/plans/${planId}`,
      payload: { version: emptied.json().plan.version, content: complete },
    });
    expect(back.json().rhkTotal).toBe(40);
    version = back.json().plan.version;
  });

  it("a stale version (second tab) is refused with a clear message and changes nothing", async () => {
    const res = await guru.request({
      method: "PUT",
      url: `/api/plans/${planId}`,
      payload: { version: version - 1, content: { ...complete, indicatorCode: "aktivitas-interaktif" } },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain("sudah diubah di tab atau perangkat lain");
    expect((await openPlan(guru, w.guruA.id)).plan.content.indicatorCode).toBe("umpan-balik-konstruktif");
  });

  it("the KS cannot edit or submit the guru's plan", async () => {
    const save = await ks.request({
      method: "PUT",
      url: `/api/plans/${planId}`,
      payload: { version, content: complete },
    });
    expect(save.statusCode).toBe(403);
    expect((await ks.post(`/api/plans/${planId}/submit`, { version })).statusCode).toBe(403);
  });

  it("the KS cannot approve a draft", async () => {
    const res = await ks.post(`/api/plans/${planId}/approve`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('Tindakan ini tidak bisa dilakukan saat perencanaan berstatus "Draf".');
  });

  it("submits; a retried submit is a no-op success; the KS is notified", async () => {
    const first = await guru.post(`/api/plans/${planId}/submit`, { version });
    expect(first.statusCode).toBe(200);
    expect(first.json().plan.status).toBe("submitted");
    const retry = await guru.post(`/api/plans/${planId}/submit`, { version });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().plan.status).toBe("submitted");
    expect(retry.json().plan.version).toBe(first.json().plan.version);
    const notes = await t.database.db.select().from(notifications).where(eq(notifications.personId, w.ksA.id));
    expect(notes.map((n) => n.kind)).toEqual(["plan_submitted"]);
  });

  it("a submitted plan never changes", async () => {
    const res = await guru.request({
      method: "PUT",
      url: `/api/plans/${planId}`,
      payload: { version, content: { ...complete, rhk: [] } },
    });
    expect(res.statusCode).toBe(409);
    expect((await openPlan(guru, w.guruA.id)).plan.content.rhk).toHaveLength(2);
  });

  it("the guru cannot approve their own plan", async () => {
    expect((await guru.post(`/api/plans/${planId}/approve`)).statusCode).toBe(403);
  });

  it("returning needs a note; with one, the guru sees it and edits again", async () => {
    const empty = await ks.post(`/api/plans/${planId}/return`, { note: "  " });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toContain("minimal 10 karakter");
    const res = await ks.post(`/api/plans/${planId}/return`, { note: "Tambahkan satu pelatihan mandiri." });
    expect(res.json().plan).toMatchObject({
      status: "returned",
      returnNote: "Tambahkan satu pelatihan mandiri.",
      decidedAs: "principal",
    });
    const view = await openPlan(guru, w.guruA.id);
    expect(view.plan.returnNote).toBe("Tambahkan satu pelatihan mandiri.");
    expect(view.viewer.actions).toEqual(["save", "submit"]);
    version = view.plan.version;
    const fixed = { ...complete, rhk: [...complete.rhk, { code: "peserta-pelatihan-mandiri", quantity: 1 }] };
    const saved = await guru.request({
      method: "PUT",
      url: `/api/plans/${planId}`,
      payload: { version, content: fixed },
    });
    expect(saved.json().rhkTotal).toBe(48);
    version = saved.json().plan.version;
    const resubmitted = (await guru.post(`/api/plans/${planId}/submit`, { version })).json().plan;
    expect(resubmitted.returnNote).toBeNull();
    // The KS sees what changed since the return; the return itself is no longer shown as the decision.
    expect(resubmitted.changedSinceReturn).toEqual(["kompetensi"]);
    expect((await openPlan(ks, w.guruA.id)).plan.changedSinceReturn).toEqual(["kompetensi"]);
  });

  it("approves, then the guru agrees and the plan is locked; the cycle moves to pelaksanaan", async () => {
    const approved = (await ks.post(`/api/plans/${planId}/approve`)).json().plan;
    expect(approved).toMatchObject({ status: "approved", changedSinceReturn: null });
    expect((await ks.post(`/api/plans/${planId}/agree`)).statusCode).toBe(403);
    const agreed = await guru.post(`/api/plans/${planId}/agree`);
    expect(agreed.json().plan.status).toBe("agreed");
    const [c] = await t.database.db.select().from(cycles).where(eq(cycles.personId, w.guruA.id));
    expect(c?.phase).toBe("pelaksanaan");
    const v = (await openPlan(guru, w.guruA.id)).plan.version;
    const edit = await guru.request({
      method: "PUT",
      url: `/api/plans/${planId}`,
      payload: { version: v, content: complete },
    });
    expect(edit.statusCode).toBe(409);
  });

  it("every transition wrote an audit event with actor, role and states", async () => {
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, planId))
      .orderBy(auditEvents.at);
    expect(events.map((e) => `${e.fromState}→${e.toState}:${e.actingAs}`)).toEqual([
      "draft→submitted:owner",
      "submitted→returned:principal",
      "returned→submitted:owner",
      "submitted→approved:principal",
      "approved→agreed:owner",
    ]);
    expect(events[1]?.reason).toBe("Tambahkan satu pelatihan mandiri.");
  });

  it("reopen: needs a reason; the KS approves; the old version is kept and the history shows it", async () => {
    expect((await guru.post(`/api/plans/${planId}/reopen-requests`, { reason: "salah" })).statusCode).toBe(400);
    const req = await guru.post(`/api/plans/${planId}/reopen-requests`, { reason: "Salah memilih indikator praktik." });
    expect(req.statusCode).toBe(200);
    const again = await guru.post(`/api/plans/${planId}/reopen-requests`, {
      reason: "Salah memilih indikator praktik.",
    });
    expect(again.statusCode).toBe(409);
    // The KS's queue puts the waiting request first, flagged: read by the statement with the rare
    // rows' branches, which runs only when the one without them (riding with the session) saw one.
    const queueStatements = async () => {
      const before = statementsSoFar();
      const body = (await ks.get("/api/planning/queue")).json();
      return { body, statements: statementsSoFar() - before };
    };
    const { body: queue, statements } = await queueStatements();
    expect(statements).toBe(2);
    expect(queue.items[0]).toMatchObject({ planId, pendingReopen: true });
    expect(queue.items.filter((r: { pendingReopen: boolean }) => r.pendingReopen)).toHaveLength(1);
    const other = await makePerson(t.database.db);
    await assign(t.database.db, other.id, "teacher", w.district.id, { schoolId: w.schoolA.id });
    const stranger = await signIn(t.app, other.username as string, TEST_PASSWORD);
    expect((await stranger.post(`/api/reopen-requests/${req.json().id}/decision`, { approve: true })).statusCode).toBe(
      403,
    );
    const decided = await ks.post(`/api/reopen-requests/${req.json().id}/decision`, {
      approve: true,
      note: "Silakan perbaiki.",
    });
    expect(decided.json()).toMatchObject({ status: "approved", decidedAs: "principal" });
    expect(await queueStatements()).toMatchObject({ statements: 1 });
    const view = await openPlan(guru, w.guruA.id);
    expect(view.plan).toMatchObject({ status: "draft", revision: 2 });
    const archived = await t.database.db
      .select()
      .from(documentRevisions)
      .where(eq(documentRevisions.documentId, planId));
    expect(archived).toHaveLength(1);
    expect(archived[0]).toMatchObject({ revision: 1, status: "agreed" });
    const saved = await guru.request({
      method: "PUT",
      url: `/api/plans/${planId}`,
      payload: { version: view.plan.version, content: { ...view.plan.content, indicatorCode: "aktivitas-interaktif" } },
    });
    expect(saved.statusCode).toBe(200);
    const history = (await ks.get(`/api/plans/${planId}/history`)).json();
    const reopened = history.events.find((e: { action: string }) => e.action === "plan_reopened");
    expect(reopened).toMatchObject({ actorName: "KS A", reason: "Silakan perbaiki.", changedSteps: ["praktik"] });
    expect(history.revisions[0].content.indicatorCode).toBe("umpan-balik-konstruktif");
    expect((await guru.get(`/api/plans/${planId}/history`)).statusCode).toBe(200);
  });

  it("the district admin sees reopen requests and may decide one; the KS may not list them", async () => {
    const v = (await openPlan(guru, w.guruA.id)).plan.version;
    const saved = await guru.request({
      method: "PUT",
      url: `/api/plans/${planId}`,
      payload: { version: v, content: complete },
    });
    await guru.post(`/api/plans/${planId}/submit`, { version: saved.json().plan.version });
    await ks.post(`/api/plans/${planId}/approve`);
    const req = await guru.post(`/api/plans/${planId}/reopen-requests`, { reason: "SK tugas tambahan salah unggah." });
    const admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
    const list = (await admin.get(`/api/admin/districts/${w.district.id}/reopen-requests`)).json();
    expect(list.requests[0]).toMatchObject({ id: req.json().id, status: "pending", personName: "Guru A" });
    expect((await ks.get(`/api/admin/districts/${w.district.id}/reopen-requests`)).statusCode).toBe(403);
    // A refusal says why, in the decider's words: an empty note is refused and changes nothing.
    const silent = await admin.post(`/api/reopen-requests/${req.json().id}/decision`, { approve: false, note: " " });
    expect(silent.statusCode).toBe(400);
    expect(silent.json().message).toContain("alasan penolakan");
    const still = (await admin.get(`/api/admin/districts/${w.district.id}/reopen-requests`)).json();
    expect(still.requests[0]).toMatchObject({ id: req.json().id, status: "pending" });
    const refused = await admin.post(`/api/reopen-requests/${req.json().id}/decision`, {
      approve: false,
      note: "Tidak perlu.",
    });
    expect(refused.json()).toMatchObject({ status: "refused", decidedAs: "admin", decisionNote: "Tidak perlu." });
    // The history records the decider's note, never the pegawai's reason as if it were theirs.
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, planId), eq(auditEvents.action, "reopen_refused")));
    expect(event?.reason).toBe("Tidak perlu.");
    expect((await openPlan(guru, w.guruA.id)).plan.status).toBe("approved");
  });
});

describe("denials", () => {
  it("an SK that is not the owner's uploaded file is refused", async () => {
    const other = await makePerson(t.database.db);
    await assign(t.database.db, other.id, "teacher", w.district.id, { schoolId: w.schoolA.id });
    // A teacher who joins a running period gets a cycle at the next refresh.
    await t.database.db.transaction((tx) =>
      refreshSuperiors(tx, { districtId: w.district.id, now: testNow(), scope: { kind: "district" } }),
    );
    const c = await signIn(t.app, other.username as string, TEST_PASSWORD);
    const view = await openPlan(c, other.id);
    const duty = {
      name: "Wali kelas",
      skFileId: "00000000-0000-4000-8000-000000000009",
      targetQuantity: 1,
      targetUnit: "laporan",
      targetMonths: 12,
    };
    const res = await c.request({
      method: "PUT",
      url: `/api/plans/${view.plan.id}`,
      payload: { version: view.plan.version, content: { ...complete, noDuties: false, duties: [duty] } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe("Berkas SK tidak ditemukan. Unggah ulang berkasnya.");
  });

  it("another teacher cannot even read the plan", async () => {
    const other = await makePerson(t.database.db);
    await assign(t.database.db, other.id, "teacher", w.district.id, { schoolId: w.schoolA.id });
    const c = await signIn(t.app, other.username as string, TEST_PASSWORD);
    expect((await c.get(`/api/cycles/${await cycleOf(w.guruA.id)}/plan`)).statusCode).toBe(403);
  });

  it("a KS of another school cannot read or approve", async () => {
    const ksB = await makePerson(t.database.db, { name: "KS B" });
    await assign(t.database.db, ksB.id, "principal", w.district.id, { schoolId: w.schoolB.id });
    const c = await signIn(t.app, ksB.username as string, TEST_PASSWORD);
    const cycleId = await cycleOf(w.guruA.id);
    expect((await c.get(`/api/cycles/${cycleId}/plan`)).statusCode).toBe(403);
    const planId = (await openPlan(guru, w.guruA.id)).plan.id;
    expect((await c.post(`/api/plans/${planId}/approve`)).statusCode).toBe(403);
  });

  it("a Plt acts only within their dates, and the record says Plt", async () => {
    // School B's teacher with a Plt whose term ended yesterday, then one whose term runs today.
    const plt = await makePerson(t.database.db, { name: "Plt B" });
    await assign(t.database.db, plt.id, "teacher", w.district.id, { schoolId: w.schoolB.id });
    await assign(t.database.db, plt.id, "principal", w.district.id, {
      schoolId: w.schoolB.id,
      acting: true,
      startsOn: addDays(today, -30),
      endsOn: addDays(today, -1),
    });
    const guruB = await signIn(t.app, w.guruB.username as string, TEST_PASSWORD);
    const view = await openPlan(guruB, w.guruB.id);
    const saved = await guruB.request({
      method: "PUT",
      url: `/api/plans/${view.plan.id}`,
      payload: { version: view.plan.version, content: complete },
    });
    await guruB.post(`/api/plans/${view.plan.id}/submit`, { version: saved.json().plan.version });
    const pltClient = await signIn(t.app, plt.username as string, TEST_PASSWORD);
    expect((await pltClient.post(`/api/plans/${view.plan.id}/approve`)).statusCode).toBe(403);

    await assign(t.database.db, plt.id, "principal", w.district.id, {
      schoolId: w.schoolB.id,
      acting: true,
      startsOn: today,
      endsOn: addDays(today, 30),
    });
    const ok = await pltClient.post(`/api/plans/${view.plan.id}/approve`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().plan.decidedAs).toBe("acting_principal");
  });

  it("submitting after the planning close is refused with the closing date; saving a draft still works", async () => {
    const late = await makePerson(t.database.db, { name: "Guru Terlambat" });
    await assign(t.database.db, late.id, "teacher", w.district.id, { schoolId: w.schoolA.id });
    const [p] = await t.database.db.select().from(periods).where(eq(periods.id, periodId));
    const [lateCycle] = await t.database.db
      .insert(cycles)
      .values({
        periodId,
        personId: late.id,
        track: "guru",
        schoolId: w.schoolA.id,
        superiorId: w.ksA.id,
        superiorKind: "principal",
      })
      .returning();
    // Every cycle is created with its empty plan.
    await t.database.db
      .insert(documents)
      .values({ cycleId: lateCycle?.id as string, kind: "plan", status: "draft", content: emptyPlanContent() });
    await t.database.db
      .update(periods)
      .set({ planningClosesOn: addDays(today, -1) })
      .where(eq(periods.id, periodId));
    const c = await signIn(t.app, late.username as string, TEST_PASSWORD);
    const view = await openPlan(c, late.id);
    expect(view.cycle.windowOpen).toBe(false);
    const saved = await c.request({
      method: "PUT",
      url: `/api/plans/${view.plan.id}`,
      payload: { version: view.plan.version, content: complete },
    });
    expect(saved.statusCode).toBe(200);
    const res = await c.post(`/api/plans/${view.plan.id}/submit`, { version: saved.json().plan.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/^Masa perencanaan sudah ditutup pada \d{1,2} \w+ \d{4}\./);
    await t.database.db
      .update(periods)
      .set({ planningClosesOn: p?.planningClosesOn ?? today })
      .where(eq(periods.id, periodId));
  });
});

describe("the atasan's queue", () => {
  it("counts per status and lists who waits for approval", async () => {
    const q = (await ks.get("/api/planning/queue")).json();
    expect(
      q.counts.draft +
        q.counts.not_started +
        q.counts.submitted +
        q.counts.approved +
        q.counts.agreed +
        q.counts.returned,
    ).toBe(q.items.length);
    expect(q.items.some((i: { name: string }) => i.name === "Guru A")).toBe(true);
    expect((await guru.get("/api/planning/queue")).json().items).toEqual([]);
  });
});

describe("catalogue", () => {
  it("every signed-in user reads all rubrics", async () => {
    const res = await guru.get(`/api/catalogue?periodId=${periodId}`);
    expect(res.statusCode).toBe(200);
    const first = res.json().content.practiceIndicators[0];
    expect(first.targets[0].recommended.length).toBeGreaterThan(0);
    expect(first.targets[0].avoid.length).toBeGreaterThan(0);
  });
});
