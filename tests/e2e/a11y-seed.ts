import { and, eq } from "drizzle-orm";
import { accounts, cycles, documentRevisions, documents, people, periods, schools } from "../../src/db/schema.js";
import { dateInZone } from "../../src/domain/time/today.js";
import { DEMO_PERIOD_NAME } from "../../src/server/demo/seed-demo.js";
import { demoPlanContent } from "../../src/server/demo/seed-demo-plans.js";
import { donePractice } from "../../src/server/demo/seed-demo-practice.js";
import type { Ids } from "./a11y-dialogs.js";
import { apiAs, type Harness } from "./helpers.js";

// States the demo seed does not reach but a demo role meets later in the year, written straight
// into the database (the flows have their own browser tests): the accessibility walk checks them.

type Row = typeof documents.$inferInsert;
type Content = Record<string, unknown>;
const KS_INDICATOR = "presentasi-visi-misi";
const KS_TARGETS = ["presentasi-jelas-terstruktur", "keterlibatan-audiens"];

async function personOf(h: Harness, username: string): Promise<string> {
  const [a] = await h.db.select({ id: accounts.personId }).from(accounts).where(eq(accounts.username, username));
  if (!a?.id) throw new Error(`no account ${username}`);
  return a.id;
}

/** The cycle of a person with an account (`guru.demo`) or without (`Ani Suryani, S.Pd.`). */
export async function cycleOf(h: Harness, who: string): Promise<string> {
  const [p] = who.endsWith(".demo")
    ? [{ id: await personOf(h, who) }]
    : await h.db.select({ id: people.id }).from(people).where(eq(people.name, who));
  const [c] = await h.db
    .select({ id: cycles.id })
    .from(cycles)
    .where(eq(cycles.personId, p?.id as string));
  if (!c) throw new Error(`no cycle of ${who}`);
  return c.id;
}

async function agreePlan(h: Harness, cycleId: string, indicator: string, by: string, as: string): Promise<void> {
  const now = new Date();
  await h.db
    .update(documents)
    .set({
      status: "agreed",
      version: 2,
      content: demoPlanContent(indicator),
      submittedAt: now,
      decidedAt: now,
      decidedBy: by,
      decidedAs: as,
      completedAt: now,
    })
    .where(and(eq(documents.cycleId, cycleId), eq(documents.kind, "plan")));
  await h.db.update(cycles).set({ phase: "pelaksanaan" }).where(eq(cycles.id, cycleId));
}

/**
 * kepsek.demo's practice done up to the Tim Kinerja's recommendation, on a leadership indicator:
 * pengawas.demo (the member named for her) writes the Rekomendasi, the Kepala Dinas waits for it.
 */
export async function seedLeaderPractice(h: Harness): Promise<void> {
  const cycleId = await cycleOf(h, "kepsek.demo");
  const tim = await personOf(h, "pengawas.demo");
  await agreePlan(h, cycleId, KS_INDICATOR, tim, "tim_kinerja");
  const now = new Date();
  const rows = donePractice(cycleId, dateInZone(now, "Asia/Jakarta"), now, tim).map((d): Row => {
    const row: Row = { ...d, ...("decidedAs" in d ? { decidedAs: "tim_kinerja" } : {}) };
    // The leadership indicator's target perilaku, and an activity observed instead of a lesson.
    if (d.kind === "persiapan") {
      const c = d.content as Content & { targets: { code: string }[]; schedule: Content };
      const targets = c.targets.map((t, i) => ({ ...t, code: KS_TARGETS[i] }));
      return { ...row, content: { ...c, targets, schedule: { ...c.schedule, className: "", activity: "Rapat guru" } } };
    }
    if (d.kind === "observasi") {
      const c = d.content as Content & { targets: Content };
      const targets = Object.fromEntries(Object.values(c.targets).map((v, i) => [KS_TARGETS[i], v]));
      return { ...row, content: { ...c, targets } };
    }
    return row;
  });
  await h.db.insert(documents).values(rows);
  await h.db.update(cycles).set({ phase: "penilaian" }).where(eq(cycles.id, cycleId));
}

/**
 * What the demo's dialogs need open: a plan to agree (plt.demo), a complete plan to submit
 * (guru2026.demo), a plan reopening to decide (indah.demo asks), an earlier version of a plan to
 * read (Citra's), a laporan to return (Dedi's), a data correction for the admin (pengawas.demo's).
 */
export async function seedDialogStates(h: Harness): Promise<void> {
  const now = new Date();
  const kadis = await personOf(h, "kadis.demo");
  const ks = await personOf(h, "kepsek.demo");
  const plt = await cycleOf(h, "plt.demo");
  await h.db
    .update(documents)
    .set({
      status: "approved",
      content: demoPlanContent("umpan-balik-konstruktif"),
      submittedAt: now,
      decidedAt: now,
      decidedBy: kadis,
      decidedAs: "head_of_district",
    })
    .where(and(eq(documents.cycleId, plt), eq(documents.kind, "plan")));
  await h.db
    .update(documents)
    .set({ content: demoPlanContent("aktivitas-interaktif") })
    .where(and(eq(documents.cycleId, await cycleOf(h, "guru2026.demo")), eq(documents.kind, "plan")));
  const [citra] = await h.db
    .update(documents)
    .set({ revision: 2 })
    .where(and(eq(documents.cycleId, await cycleOf(h, "Citra Handayani, S.Pd.")), eq(documents.kind, "plan")))
    .returning({ id: documents.id, content: documents.content });
  if (citra)
    await h.db
      .insert(documentRevisions)
      .values({ documentId: citra.id, revision: 1, status: "agreed", content: citra.content });
  const dedi = await cycleOf(h, "Dedi Kurniawan, S.Pd.");
  await agreePlan(h, dedi, "umpan-balik-konstruktif", ks, "principal");
  const laporan = donePractice(dedi, dateInZone(now, "Asia/Jakarta"), now, ks).map(
    (d): Row =>
      d.kind === "bukti_dukung" ? { ...d, status: "submitted", decidedAt: null, decidedBy: null, decidedAs: null } : d,
  );
  await h.db.insert(documents).values(laporan);
  const indah = await apiAs(h, "indah.demo");
  const plan = (await indah.call("GET", `/api/cycles/${await cycleOf(h, "indah.demo")}/plan`)).plan as { id: string };
  await indah.call("POST", `/api/plans/${plan.id}/reopen-requests`, { reason: "Jumlah RHK perlu diperbaiki." });
  await indah.ctx.dispose();
  const pengawas = await apiAs(h, "pengawas.demo");
  await pengawas.call("POST", "/api/me/profile-corrections", {
    note: "Pangkat saya Pembina Tk. I / IV-b sejak April.",
  });
  await pengawas.ctx.dispose();
}

/** Stages of a guru's own practice, each state one where the guru writes the stage that is open. */
const OWN_STATES = [[], ["persiapan", "observasi"], ["tindak_lanjut"], ["upaya"]] as const;
export const OWN_STATE_COUNT = OWN_STATES.length;

/**
 * guru.demo's practice in its `n`-th state: 0 the plan just agreed (the persiapan to write), then
 * the tindak lanjut to write, then the upaya and the laporan, then the refleksi.
 */
export async function seedOwnPractice(h: Harness, n: number): Promise<string> {
  const cycleId = await cycleOf(h, "guru.demo");
  const ks = await personOf(h, "kepsek.demo");
  const now = new Date();
  if (n === 0) {
    await agreePlan(h, cycleId, "umpan-balik-konstruktif", ks, "principal");
    return cycleId;
  }
  const kinds: readonly string[] = OWN_STATES[n] ?? [];
  const rows = donePractice(cycleId, dateInZone(now, "Asia/Jakarta"), now, ks).filter((d) => kinds.includes(d.kind));
  await h.db.insert(documents).values(rows);
  return cycleId;
}

/** The pages of the dialogs: whose plan, practice, school and period. */
export async function dialogIds(h: Harness): Promise<Ids> {
  const [school] = await h.db.select({ id: schools.id }).from(schools).where(eq(schools.npsn, "20100001"));
  const [period] = await h.db.select({ id: periods.id }).from(periods).where(eq(periods.name, DEMO_PERIOD_NAME));
  return {
    guru: await cycleOf(h, "guru.demo"),
    plt: await cycleOf(h, "plt.demo"),
    guru2026: await cycleOf(h, "guru2026.demo"),
    kepsek: await cycleOf(h, "kepsek.demo"),
    indah: await cycleOf(h, "indah.demo"),
    ani: await cycleOf(h, "Ani Suryani, S.Pd."),
    citra: await cycleOf(h, "Citra Handayani, S.Pd."),
    dedi: await cycleOf(h, "Dedi Kurniawan, S.Pd."),
    school: school?.id as string,
    period: period?.id as string,
  };
}
