/**
 * RHK catalogue for pengembangan kompetensi (2024 rule set): 18 items.
 * Source: /work/shared/CATALOGUE.md §4 and DOMAIN.md §3. The platform phrases each item as
 * "Meningkatnya kompetensi melalui peran sebagai <role>"; `role` holds only the role so the UI
 * can build that sentence. The six known items are [found/public]: `confirmed: true`. The
 * other twelve (roles, units, evidence and points) are ours: `confirmed: false`, for a district
 * to correct. The known "peserta berbagi praktik baik / webinar" row is split into two items.
 */
import type { RhkItem } from "../types.js";

export const rhkItems: RhkItem[] = [
  // Known items.
  {
    code: "peserta-pelatihan-mandiri",
    role: "peserta pelatihan mandiri",
    unit: "1 topik beserta aksi nyata",
    evidence: "Sertifikat topik",
    points: 8,
    confirmed: true,
  },
  {
    code: "partisipan-observasi-praktik-pembelajaran",
    role: "partisipan observasi praktik pembelajaran bersama rekan sejawat",
    unit: "1 observasi, sebagai pengamat dan yang diamati",
    evidence: "Laporan observasi",
    points: 8,
    confirmed: true,
  },
  {
    code: "penggerak-komunitas-belajar",
    role: "penggerak komunitas belajar",
    unit: "Minimal 3 kegiatan berbagi",
    evidence: "Sertifikat",
    points: 36,
    confirmed: true,
  },
  {
    code: "narasumber-berbagi-praktik-baik",
    role: "narasumber berbagi praktik baik",
    unit: "1 kegiatan",
    evidence: "Sertifikat",
    points: 8,
    confirmed: true,
  },
  {
    code: "peserta-berbagi-praktik-baik",
    role: "peserta berbagi praktik baik",
    unit: "1 kegiatan",
    evidence: "Sertifikat",
    points: 4,
    confirmed: true,
  },
  {
    code: "peserta-webinar",
    role: "peserta webinar",
    unit: "1 kegiatan",
    evidence: "Sertifikat",
    points: 4,
    confirmed: true,
  },
  // Our plausible items, to be checked by a district.
  {
    code: "peserta-pelatihan-jangka-menengah",
    role: "peserta pelatihan jangka menengah",
    unit: "1 pelatihan, minimal 32 JP",
    evidence: "Sertifikat pelatihan",
    points: 32,
    confirmed: false,
  },
  {
    code: "peserta-pendidikan-guru-penggerak",
    role: "peserta Pendidikan Guru Penggerak",
    unit: "1 program",
    evidence: "Sertifikat kelulusan",
    points: 64,
    confirmed: false,
  },
  {
    code: "anggota-komunitas-belajar",
    role: "anggota aktif komunitas belajar",
    unit: "Minimal 3 pertemuan",
    evidence: "Daftar hadir atau sertifikat",
    points: 12,
    confirmed: false,
  },
  {
    code: "moderator-berbagi-praktik-baik",
    role: "moderator berbagi praktik baik",
    unit: "1 kegiatan",
    evidence: "Sertifikat",
    points: 4,
    confirmed: false,
  },
  {
    code: "narasumber-webinar",
    role: "narasumber webinar atau seminar",
    unit: "1 kegiatan",
    evidence: "Sertifikat",
    points: 8,
    confirmed: false,
  },
  {
    code: "penulis-modul-ajar",
    role: "penulis modul ajar yang dibagikan",
    unit: "1 modul ajar",
    evidence: "Tautan modul ajar yang dibagikan",
    points: 8,
    confirmed: false,
  },
  {
    code: "pembuat-video-pembelajaran",
    role: "pembuat media atau video pembelajaran yang dibagikan",
    unit: "1 karya",
    evidence: "Tautan karya yang dibagikan",
    points: 8,
    confirmed: false,
  },
  {
    code: "penulis-artikel-praktik-baik",
    role: "penulis artikel praktik baik yang diterbitkan",
    unit: "1 artikel",
    evidence: "Tautan atau salinan terbitan",
    points: 8,
    confirmed: false,
  },
  {
    code: "fasilitator-pelatihan",
    role: "fasilitator atau instruktur pelatihan",
    unit: "1 pelatihan",
    evidence: "Surat tugas dan sertifikat",
    points: 16,
    confirmed: false,
  },
  {
    code: "pengajar-praktik",
    role: "pengajar praktik program pendidikan guru",
    unit: "1 angkatan",
    evidence: "Surat tugas dan sertifikat",
    points: 32,
    confirmed: false,
  },
  {
    code: "mentor-rekan-sejawat",
    role: "mentor rekan sejawat",
    unit: "1 rekan sejawat selama 1 semester",
    evidence: "Laporan pendampingan",
    points: 16,
    confirmed: false,
  },
  {
    code: "penulis-buku-pendidikan",
    role: "penulis buku pendidikan ber-ISBN",
    unit: "1 buku",
    evidence: "Salinan sampul dan halaman ISBN",
    points: 32,
    confirmed: false,
  },
];
