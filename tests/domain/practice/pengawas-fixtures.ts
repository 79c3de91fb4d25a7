import {
  type DiskusiPersiapanContent,
  emptyDiskusiPersiapan,
} from "../../../src/domain/practice/pengawas/diskusi-persiapan.js";
import {
  type DiskusiTindakLanjutContent,
  emptyDiskusiTindakLanjut,
} from "../../../src/domain/practice/pengawas/diskusi-tindak-lanjut.js";
import { emptyPendampingan, type PendampinganContent } from "../../../src/domain/practice/pengawas/pendampingan.js";
import {
  emptyRefleksiPengawas,
  type RefleksiPengawasContent,
} from "../../../src/domain/practice/pengawas/refleksi-pengawas.js";
import { emptyUpayaPengawas, type UpayaPengawasContent } from "../../../src/domain/practice/pengawas/upaya-pengawas.js";
import type { PenilaianContent } from "../../../src/domain/practice/penilaian.js";
import type { RekomendasiContent } from "../../../src/domain/practice/rekomendasi.js";
import { ENTRY_ID, PLAN_SCHOOLS } from "./fixtures.js";

/** Complete contents of the pengawas documents; with `closing`, the Tim Kinerja's rating too. */

export function completeDiskusiPersiapan(): DiskusiPersiapanContent {
  return {
    ...emptyDiskusiPersiapan(),
    challenges: [
      "Kepala sekolah belum memakai data Rapor Pendidikan.",
      "Jarak antarsekolah jauh.",
      "Guru jarang berbagi praktik.",
    ],
    focusIssue: "Perencanaan berbasis data di SD Negeri 1.",
    focusSchoolId: PLAN_SCHOOLS[0],
    strategy: "Pendampingan bulanan bersama tim perencanaan sekolah.",
    methods: "Coaching, lokakarya kecil, telaah dokumen.",
  };
}

export function completePendampingan(): PendampinganContent {
  return {
    ...emptyPendampingan(),
    visits: [
      { id: ENTRY_ID, date: "2025-03-01", activity: "Kunjungan: telaah Rapor Pendidikan", notes: "" },
      {
        id: "00000000-0000-4000-8000-0000000000e2",
        date: "2025-03-08",
        activity: "Lokakarya perencanaan",
        notes: "Dihadiri 12 guru.",
      },
    ],
    experience: "Tim sekolah antusias setelah melihat datanya sendiri.",
    strategy: "Mulai dari satu indikator yang paling rendah.",
    successes: "RKAS memuat dua program berbasis data.",
    obstacles: "Waktu rapat terbatas.",
    followUp: "Pendampingan penyusunan program literasi.",
  };
}

export function completeDiskusiTindakLanjut(closing = true): DiskusiTindakLanjutContent {
  return {
    ...emptyDiskusiTindakLanjut(),
    reflection: "Saya terlalu banyak memberi jawaban, kurang bertanya.",
    target: "Kepala sekolah memimpin sendiri rapat telaah data.",
    plan: "Dua sesi coaching, satu observasi rapat.",
    rating: closing
      ? { level: "sadar_kesulitan", feedback: "Refleksi jujur; perhatikan dampaknya pada guru." }
      : { level: null, feedback: "" },
  };
}

export function completeUpayaPengawas(): UpayaPengawasContent {
  return {
    ...emptyUpayaPengawas(),
    steps: [{ id: ENTRY_ID, date: "2025-03-05", action: "Sesi coaching pertama", evidenceLink: null, fileId: null }],
    explanation: "Kepala sekolah kini menyiapkan data sebelum rapat.",
  };
}

export function completeRefleksiPengawas(closing = true): RefleksiPengawasContent {
  const c = emptyRefleksiPengawas();
  return {
    ...c,
    inspiration: "Pertanyaan pemantik lebih ampuh daripada saran.",
    practiceChange: "Rapat sekolah dibuka dengan telaah data oleh guru.",
    challenges: ["Waktu", "Kebiasaan lama", "Pergantian guru"],
    plan: "Jadwal telaah data bulanan dan pendamping sebaya.",
    ratings: closing
      ? {
          kesadaran: { level: "sadar_dampak_kesulitan", feedback: "Sangat reflektif." },
          upayaBelajar: { level: "mulai_tampak", feedback: "Lanjutkan membaca praktik baik." },
          peningkatanKinerja: { level: "tampak_jelas", feedback: "Perubahan nyata di sekolah." },
        }
      : c.ratings,
  };
}

/** A Tim Kinerja recommendation with every axis, both ratings and the note. */
export function completeRekomendasi(): RekomendasiContent {
  return {
    axes: {
      upayaRefleksi: { level: "sesuai", feedback: "Mengenali kesulitannya sendiri." },
      upayaMempelajari: { level: "di_atas", feedback: "Belajar dari dua komunitas." },
      perubahanPraktik: { level: "sesuai", feedback: "Rapat kini berbasis data." },
    },
    hasilKerja: "sesuai",
    perilaku: "di_atas",
    note: "Layak Baik; dampingi lagi di semester berikutnya.",
  };
}

/** An atasan's complete penilaian under the demo rule sets' seven BerAKHLAK aspects. */
export function completePenilaian(): PenilaianContent {
  return {
    axes: completeRekomendasi().axes,
    behaviours: Object.fromEntries(
      ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"].map((c) => [
        c,
        "Konsisten dan dapat diandalkan.",
      ]),
    ),
    hasilKerja: "sesuai",
    perilaku: "sesuai",
    note: "",
    response: "",
  };
}
