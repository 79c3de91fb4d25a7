import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { cycles, documents, people } from "../../db/schema.js";
import { addDays } from "../../domain/cycles/phase.js";
import type { IsoDate } from "../../domain/org/types.js";
import { OBSERVASI_DOCUMENT } from "../../domain/practice/observasi.js";
import { PERSIAPAN_DOCUMENT } from "../../domain/practice/persiapan.js";
import { writeAudit } from "../core/audit.js";
import { demoPlanContent } from "./seed-demo-plans.js";

type Stage = "agreed" | "persiapan_submitted" | "persiapan_scheduled" | "observed";

/**
 * SD teachers already in Praktik Kinerja, each at another step, so the KS's screens and the
 * practice page have data: one to start the persiapan, one whose schedule waits for the KS, one
 * waiting to be observed, one whose observation waits for the follow-up rating.
 */
const IN_PRACTICE: { name: string; stage: Stage }[] = [
  { name: "Eka Putri, S.Pd.", stage: "agreed" },
  { name: "Fajar Nugroho, S.Pd.", stage: "persiapan_submitted" },
  { name: "Gita Permata, S.Pd.", stage: "persiapan_scheduled" },
  { name: "Hadi Saputra, S.Pd.", stage: "observed" },
];

const INDICATOR = "umpan-balik-konstruktif";

function persiapan(today: IsoDate) {
  return PERSIAPAN_DOCUMENT.schema.parse({
    targets: [
      { code: "umpan-balik-spesifik", upaya: "Membaca modul umpan balik di PMM lalu mencobanya di kelas V." },
      { code: "diskusi-umpan-balik", upaya: "Berdiskusi dengan rekan di komunitas belajar sekolah tiap Jumat." },
    ],
    schedule: {
      date: addDays(today, 5),
      time: "08:00",
      className: "V A",
      subject: "Matematika",
      place: "Ruang kelas V A",
    },
  });
}

function observasi() {
  return OBSERVASI_DOCUMENT.schema.parse({
    targets: {
      "umpan-balik-spesifik": {
        rating: "belum_efektif",
        evidence:
          'Guru memuji hasil kerja murid secara umum ("bagus"); murid belum tahu bagian mana yang perlu diperbaiki.',
        recommendation: "Sebutkan satu bagian yang sudah baik dan satu langkah berikutnya untuk setiap kelompok.",
        avoidSeen: [],
      },
      "diskusi-umpan-balik": {
        rating: "efektif",
        evidence: "Murid saling memberi masukan dengan kalimat pemantik di kartu; guru berkeliling dan menanggapi.",
        recommendation: "Pertahankan kartu pemantik; coba juga di mata pelajaran lain.",
        avoidSeen: [],
      },
    },
  });
}

export async function seedDemoPractice(db: Db, periodId: string, principalId: string, now: Date, today: IsoDate) {
  const rows = await db
    .select({ cycleId: cycles.id, name: people.name, personId: people.id })
    .from(cycles)
    .innerJoin(people, eq(people.id, cycles.personId))
    .where(
      and(
        eq(cycles.periodId, periodId),
        inArray(
          people.name,
          IN_PRACTICE.map((p) => p.name),
        ),
      ),
    );
  await db.transaction(async (tx) => {
    for (const r of rows) {
      const stage = IN_PRACTICE.find((p) => p.name === r.name)?.stage;
      if (!stage) continue;
      const [plan] = await tx
        .update(documents)
        .set({
          status: "agreed",
          version: 2,
          content: demoPlanContent(INDICATOR),
          submittedAt: now,
          decidedAt: now,
          decidedBy: principalId,
          decidedAs: "principal",
          completedAt: now,
        })
        .where(and(eq(documents.cycleId, r.cycleId), eq(documents.kind, "plan")))
        .returning({ id: documents.id });
      await tx.update(cycles).set({ phase: "pelaksanaan", updatedAt: now }).where(eq(cycles.id, r.cycleId));
      if (plan) {
        await writeAudit(tx, {
          actorId: r.personId,
          actingAs: "owner",
          entityType: "plan",
          entityId: plan.id,
          action: "plan_agreed",
          fromState: "approved",
          toState: "agreed",
        });
      }
      if (stage === "agreed") continue;
      const scheduled = stage !== "persiapan_submitted";
      await tx.insert(documents).values({
        cycleId: r.cycleId,
        kind: "persiapan",
        status: scheduled ? "scheduled" : "submitted",
        version: 2,
        content: persiapan(today),
        submittedAt: now,
        ...(scheduled ? { decidedAt: now, decidedBy: principalId, decidedAs: "principal" } : {}),
      });
      if (stage === "observed") {
        await tx.insert(documents).values({
          cycleId: r.cycleId,
          kind: "observasi",
          status: "observed",
          version: 3,
          content: observasi(),
          decidedAt: now,
          decidedBy: principalId,
          decidedAs: "principal",
        });
      }
    }
  });
}
