import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { cycles, documents, people } from "../../db/schema.js";
import { emptyPlanContent, type PlanContent } from "../../domain/planning/content.js";
import type { PlanStatus } from "../../domain/planning/state.js";
import { writeAudit } from "../core/audit.js";

/** A few SD teachers a step ahead, so the KS's "Perlu disetujui" queue is not empty in the demo. */
const AHEAD: { name: string; status: PlanStatus; indicatorCode: string }[] = [
  { name: "Ani Suryani, S.Pd.", status: "submitted", indicatorCode: "keteraturan-suasana-kelas" },
  { name: "Bambang Prasetyo, S.Pd.", status: "submitted", indicatorCode: "aktivitas-interaktif" },
  { name: "Citra Handayani, S.Pd.", status: "approved", indicatorCode: "umpan-balik-konstruktif" },
  { name: "Dedi Kurniawan, S.Pd.", status: "draft", indicatorCode: "penerapan-disiplin-positif" },
];

/** A complete demo plan on an indicator. */
export function demoPlanContent(indicatorCode: string): PlanContent {
  return {
    ...emptyPlanContent(),
    lastStep: "rangkuman",
    profileConfirmed: true,
    indicatorCode,
    rhk: [
      { code: "penggerak-komunitas-belajar", quantity: 1 },
      { code: "peserta-pelatihan-mandiri", quantity: 1 },
    ],
    noDuties: false,
    duties: [{ name: "Wali kelas", skFileId: null, targetQuantity: 2, targetUnit: "laporan", targetMonths: 12 }],
    behaviourNotes: { kolaboratif: "Aktif berbagi di komunitas belajar sekolah." },
  };
}

export async function seedDemoPlans(db: Db, periodId: string, principalId: string, now: Date): Promise<void> {
  const rows = await db
    .select({ cycleId: cycles.id, name: people.name, personId: people.id })
    .from(cycles)
    .innerJoin(people, eq(people.id, cycles.personId))
    .where(
      and(
        eq(cycles.periodId, periodId),
        inArray(
          people.name,
          AHEAD.map((a) => a.name),
        ),
      ),
    );
  await db.transaction(async (tx) => {
    for (const r of rows) {
      const a = AHEAD.find((x) => x.name === r.name);
      if (!a) continue;
      const decided = a.status === "approved";
      // Every cycle has its empty plan from the start: fill it in.
      const [plan] = await tx
        .update(documents)
        .set({
          status: a.status,
          // Saved at least once, like a plan someone worked on.
          version: 2,
          content: demoPlanContent(a.indicatorCode),
          submittedAt: a.status === "draft" ? null : now,
          decidedAt: decided ? now : null,
          decidedBy: decided ? principalId : null,
          decidedAs: decided ? "principal" : null,
        })
        .where(and(eq(documents.cycleId, r.cycleId), eq(documents.kind, "plan")))
        .returning({ id: documents.id });
      if (!plan || a.status === "draft") continue;
      await writeAudit(tx, {
        actorId: r.personId,
        actingAs: "owner",
        entityType: "plan",
        entityId: plan.id,
        action: "plan_submitted",
        fromState: "draft",
        toState: "submitted",
      });
      if (decided) {
        await writeAudit(tx, {
          actorId: principalId,
          actingAs: "principal",
          entityType: "plan",
          entityId: plan.id,
          action: "plan_approved",
          fromState: "submitted",
          toState: "approved",
        });
      }
    }
  });
}
