import type { DocumentWindow } from "../../../src/domain/documents/engine.js";
import {
  type BuktiDukungContent,
  emptyBuktiDukung,
  type ResultsMode,
} from "../../../src/domain/practice/bukti-dukung.js";
import type { PlanTargets, PracticeContext } from "../../../src/domain/practice/context.js";
import { emptyObservasi, type ObservasiContent } from "../../../src/domain/practice/observasi.js";
import { emptyPersiapan, type PersiapanContent } from "../../../src/domain/practice/persiapan.js";
import { emptyRefleksi, type RefleksiContent } from "../../../src/domain/practice/refleksi.js";
import { emptyTindakLanjut, type TindakLanjutContent } from "../../../src/domain/practice/tindak-lanjut.js";
import { emptyUpaya, type UpayaContent } from "../../../src/domain/practice/upaya.js";
import { ruleSet } from "../planning/fixtures.js";

export type RuleSetCode = "2024-semester" | "2025-annual" | "2026-annual";

export const INDICATOR = "umpan-balik-konstruktif";
export const TARGETS = ["umpan-balik-spesifik", "umpan-balik-proses-usaha"] as const;
export const TODAY = "2025-03-10";
/** The agreed plan the bukti dukung is written against: one RHK item, one tugas tambahan. */
export const RHK_CODE = "peserta-pelatihan-mandiri";
export const DUTY = "Wali kelas VIII-B";
export const PLAN: PlanTargets = {
  rhk: [{ code: RHK_CODE, quantity: 2 }],
  duties: [{ name: DUTY, skFileId: null, targetQuantity: 1, targetUnit: "kelas", targetMonths: 6 }],
};
/** A pengawas's plan names 3 schools; the first is the focus of the fixtures' diskusi persiapan. */
export const PLAN_SCHOOLS = [
  "00000000-0000-4000-8000-00000000005a",
  "00000000-0000-4000-8000-00000000005b",
  "00000000-0000-4000-8000-00000000005c",
] as const;
export const OTHER_SCHOOL = "00000000-0000-4000-8000-00000000005d";
export const OPEN_WINDOW: DocumentWindow = { today: TODAY, opensOn: "2025-02-01", closesOn: "2025-11-30" };
export const CLOSED_WINDOW: DocumentWindow = { today: "2025-12-01", opensOn: "2025-02-01", closesOn: "2025-11-30" };

export const practiceCtx = (
  code: RuleSetCode = "2025-annual",
  over: Partial<PracticeContext> = {},
): PracticeContext => ({
  ruleSet: ruleSet(code),
  track: "guru",
  observation: { mode: "langsung", videoUrl: "", videoFileId: null },
  indicatorCode: INDICATOR,
  today: TODAY,
  observationStarted: false,
  chosenTargets: [...TARGETS],
  closingDue: false,
  plan: PLAN,
  planSchoolIds: [...PLAN_SCHOOLS],
  survey: "sent",
  ...over,
});

export const FILE_ID = "00000000-0000-4000-8000-000000000001";
export const ENTRY_ID = "00000000-0000-4000-8000-0000000000e1";

export function completePersiapan(): PersiapanContent {
  return {
    ...emptyPersiapan(),
    targets: TARGETS.map((code) => ({ code, upaya: "Membaca modul dan berlatih bersama rekan sejawat." })),
    schedule: {
      date: "2025-03-20",
      time: "08:30",
      className: "VIII-B",
      subject: "IPA",
      place: "Ruang 12",
      activity: "",
      notes: "",
    },
  };
}

export function completeObservasi(followUp = true): ObservasiContent {
  const obs = {
    rating: "belum_efektif" as const,
    evidence: "Guru memberi umpan balik umum.",
    recommendation: "",
    avoidSeen: [0],
  };
  return {
    ...emptyObservasi(),
    targets: Object.fromEntries(TARGETS.map((code) => [code, obs])),
    followUpRating: followUp ? "sadar_kesulitan" : null,
  };
}

export function completeTindakLanjut(): TindakLanjutContent {
  const c = emptyTindakLanjut();
  return {
    ...c,
    challenges: "Waktu memberi umpan balik per murid terbatas.",
    learning: {
      goal: "Memberi umpan balik spesifik.",
      effort: "Mengikuti komunitas belajar.",
      schedule: [{ date: "2025-04-01", action: "Pertemuan komunitas pertama" }],
      support: "Waktu diskusi dengan kepala sekolah.",
      mode: "community",
      otherMode: "",
    },
  };
}

export function completeUpaya(): UpayaContent {
  return {
    ...emptyUpaya(),
    entries: [
      { id: ENTRY_ID, date: "2025-03-01", action: "Mencoba rubrik umpan balik", evidenceLink: null, fileId: null },
    ],
  };
}

export const FILE_ID_2 = "00000000-0000-4000-8000-000000000002";

/** Complete under the rule set's mode: evidence per item (2024) or reflections and a report (2025+). */
export function completeBuktiDukung(mode: ResultsMode): BuktiDukungContent {
  const c = emptyBuktiDukung();
  if (mode === "bukti") {
    return {
      ...c,
      rhk: { [RHK_CODE]: { achieved: 1, files: [FILE_ID], reflection: "" } },
      duties: { [DUTY]: { achieved: 1, files: [FILE_ID_2], report: "" } },
    };
  }
  return {
    ...c,
    rhk: {
      [RHK_CODE]: { achieved: null, files: [], reflection: "Modul pelatihan mandiri membantu saya merancang asesmen." },
    },
    mainDuty: "Melaksanakan pembelajaran IPA kelas VIII",
    mainDutyReport: "Pembelajaran berjalan sesuai modul ajar; dua kelas memakai asesmen formatif baru.",
  };
}

export function completeRefleksi(discussion = true): RefleksiContent {
  return {
    ...emptyRefleksi(),
    inspiration: "Umpan balik yang spesifik membuat murid lebih berani bertanya.",
    practiceChange: "Saya menuliskan satu catatan per kelompok.",
    challenges: ["Waktu", "Jumlah murid", "Konsistensi"],
    plan: "Menjadwalkan umpan balik bergilir.",
    discussion: discussion ? "Dibahas bersama pada 2025-10-01." : "",
  };
}
