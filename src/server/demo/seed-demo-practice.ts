import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { cycles, documents, people } from "../../db/schema.js";
import { addDays } from "../../domain/cycles/phase.js";
import type { IsoDate } from "../../domain/org/types.js";
import { BUKTI_DUKUNG_DOCUMENT } from "../../domain/practice/bukti-dukung.js";
import { OBSERVASI_DOCUMENT } from "../../domain/practice/observasi.js";
import { PERSIAPAN_DOCUMENT } from "../../domain/practice/persiapan.js";
import { REFLEKSI_DOCUMENT } from "../../domain/practice/refleksi.js";
import { TINDAK_LANJUT_DOCUMENT } from "../../domain/practice/tindak-lanjut.js";
import { UPAYA_DOCUMENT } from "../../domain/practice/upaya.js";
import { writeAudit } from "../core/audit.js";
import { demoPlanContent } from "./seed-demo-plans.js";

type Stage = "agreed" | "persiapan_submitted" | "persiapan_scheduled" | "observed" | "practice_done";

/**
 * SD teachers already in Praktik Kinerja, each at another step, so the KS's screens and the
 * practice page have data: one to start the persiapan, one whose schedule waits for the KS, one
 * waiting to be observed, one whose observation waits for the follow-up rating, and one who has
 * done every stage and waits for the KS's penilaian (the demo's penilaian window is open already).
 */
const IN_PRACTICE: { name: string; stage: Stage }[] = [
  { name: "Eka Putri, S.Pd.", stage: "agreed" },
  { name: "Fajar Nugroho, S.Pd.", stage: "persiapan_submitted" },
  { name: "Gita Permata, S.Pd.", stage: "persiapan_scheduled" },
  { name: "Hadi Saputra, S.Pd.", stage: "observed" },
  { name: "Indah Wulandari, S.Pd.", stage: "practice_done" },
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

function observasi(followUp = false) {
  return OBSERVASI_DOCUMENT.schema.parse({
    ...(followUp
      ? {
          followUpRating: "sadar_kesulitan",
          followUpNote: "Guru menyadari umpan baliknya masih umum dan ingin mencoba yang lebih spesifik.",
        }
      : {}),
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

/** Every stage of a guru's practice done, written as the guru and the KS would have (2025 rules: a laporan). */
export function donePractice(cycleId: string, today: IsoDate, now: Date, principalId: string) {
  const byKs = { decidedAt: now, decidedBy: principalId, decidedAs: "principal" } as const;
  const entry = "00000000-0000-4000-8000-00000000d0e1";
  return [
    { kind: "persiapan", status: "scheduled", content: persiapan(addDays(today, -40)), ...byKs },
    { kind: "observasi", status: "followed_up", content: observasi(true), ...byKs },
    {
      kind: "tindak_lanjut",
      status: "submitted",
      content: TINDAK_LANJUT_DOCUMENT.schema.parse({
        challenges: "Waktu memberi umpan balik per kelompok terbatas dalam satu jam pelajaran.",
        learning: {
          goal: "Memberi umpan balik yang spesifik dan dapat ditindaklanjuti murid.",
          effort: "Mengikuti komunitas belajar sekolah dan modul umpan balik di PMM.",
          schedule: [{ date: addDays(today, -30), action: "Diskusi komunitas belajar tentang kartu umpan balik" }],
          support: "Waktu diskusi dengan kepala sekolah setiap dua pekan.",
          mode: "community",
        },
      }),
    },
    {
      kind: "upaya",
      status: "done",
      content: UPAYA_DOCUMENT.schema.parse({
        entries: [{ id: entry, date: addDays(today, -20), action: "Mencoba kartu umpan balik di kelas V B" }],
        comments: { [entry]: "Kartunya membantu; coba minta murid menulis satu langkah berikutnya." },
      }),
      ...byKs,
    },
    {
      kind: "refleksi",
      status: "discussed",
      content: REFLEKSI_DOCUMENT.schema.parse({
        inspiration: "Umpan balik yang spesifik membuat murid lebih berani bertanya.",
        practiceChange: "Setiap kelompok kini mendapat satu catatan: yang sudah baik dan langkah berikutnya.",
        challenges: ["Waktu di kelas", "Jumlah kelompok", "Konsistensi setiap pekan"],
        plan: "Umpan balik bergilir tiga kelompok per pertemuan, dicatat di lembar pantau.",
        discussion: "Kami sepakat lembar pantau dipakai juga di kelas IV.",
        feedback: "Refleksi yang jujur dan perubahan yang nyata di kelas.",
      }),
      ...byKs,
    },
    {
      kind: "bukti_dukung",
      status: "verified",
      content: BUKTI_DUKUNG_DOCUMENT.schema.parse({
        rhk: Object.fromEntries(
          demoPlanContent(INDICATOR).rhk.map((l) => [
            l.code,
            { reflection: "Kegiatan ini membantu saya merancang umpan balik yang lebih spesifik." },
          ]),
        ),
        mainDuty: "Melaksanakan pembelajaran kelas V",
        mainDutyReport: "Pembelajaran berjalan sesuai modul ajar; umpan balik tertulis diberikan tiap pekan.",
      }),
      ...byKs,
    },
  ].map((d) => ({ cycleId, version: 2, submittedAt: now, ...d }));
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
      if (stage === "practice_done") {
        await tx.insert(documents).values(donePractice(r.cycleId, today, now, principalId));
        await tx.update(cycles).set({ phase: "penilaian", updatedAt: now }).where(eq(cycles.id, r.cycleId));
        continue;
      }
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
