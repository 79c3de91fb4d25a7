import { behaviourAspects } from "../../src/domain/rulesets/catalogue/behaviour-aspects.js";
import { practiceIndicators } from "../../src/domain/rulesets/catalogue/practice-indicators.js";
import { rhkItems } from "../../src/domain/rulesets/catalogue/rhk-items.js";
import type { PlanPdfData } from "../../src/server/assessment/plan-pdf.js";
import type { PdfPerson, SkpPdfData } from "../../src/server/assessment/skp-pdf.js";

// A realistic SKP of a guru at a state primary school, long enough to need several pages: 15 RHK
// rows from the seeded catalogue, a feedback note of several paragraphs, a pejabat penilai and an
// atasan pejabat penilai. Used by the PDF tests and by scripts/render-skp-sample.ts.

export const SAMPLE_NIP = "198703152010012007";
export const SAMPLE_PEJABAT_NIP = "197201101995121002";

const pegawai: PdfPerson = {
  name: "Siti Rahmawati, S.Pd.",
  nip: SAMPLE_NIP,
  rank: "Penata Muda Tingkat I / III.b",
  position: "Guru Ahli Pertama",
  unit: "SD Negeri 2 Depok, Kabupaten Sleman",
};
const pejabatPenilai: PdfPerson = {
  name: "Drs. Bambang Sutrisno, M.Pd.",
  nip: SAMPLE_PEJABAT_NIP,
  rank: "Pembina / IV.a",
  position: "Kepala Sekolah",
  unit: "SD Negeri 2 Depok, Kabupaten Sleman",
};
const period = { name: "Tahun 2026", start: "2026-01-01", end: "2026-12-31" };
const instansi = "Dinas Pendidikan Kabupaten Sleman";

const rhk = rhkItems.slice(0, 15).map((item, i) => ({
  rhk: `Meningkatnya kompetensi melalui peran sebagai ${item.role}`,
  indicator: `${item.unit}, dibuktikan dengan ${item.evidence.toLowerCase()}`,
  target: `${(i % 3) + 1} kegiatan`,
}));
const duties = [
  { rhk: "Wali kelas IV A", indicator: "SK Kepala Sekolah Nomor 421.2/014/2026", target: "1 kelas / 12 bulan" },
  { rhk: "Koordinator P5", indicator: "SK Kepala Sekolah Nomor 421.2/015/2026", target: "2 projek / 12 bulan" },
];

const LONG_FEEDBACK = [
  "Sepanjang tahun Ibu Siti menunjukkan kemauan belajar yang kuat: setiap modul pelatihan mandiri",
  "diselesaikan sebelum tenggat, dan aksi nyatanya selalu dibawa ke diskusi komunitas belajar sekolah.",
  "Pada observasi bulan Maret, kesepakatan kelas sudah disusun bersama murid tetapi belum dirujuk",
  "kembali ketika terjadi pelanggaran; setelah diskusi tindak lanjut, Ibu Siti mulai membuka setiap",
  "pekan dengan meninjau kesepakatan dan meminta murid menilai sendiri pelaksanaannya. Perubahan ini",
  "terlihat jelas pada kunjungan bulan Agustus: murid saling mengingatkan dengan bahasa yang santun dan",
  "waktu transisi antarkegiatan berkurang dari sekitar sepuluh menit menjadi tiga menit. Ke depan,",
  "saya mendorong Ibu Siti untuk mendokumentasikan praktik ini sebagai bahan berbagi praktik baik di",
  "KKG gugus, melibatkan orang tua dalam penguatan kesepakatan di rumah, dan mencoba strategi yang sama",
  "pada kelas rendah yang diampu rekan sejawat melalui observasi bersama. Catatan kecil: laporan",
  "kegiatan komunitas belajar sebaiknya dikumpulkan paling lambat satu pekan setelah kegiatan agar",
  "tindak lanjutnya tidak tertunda, dan rujukan ke bukti (foto, lembar kerja murid) dicantumkan langsung",
  "di dalam laporan. Secara keseluruhan, kinerja Ibu Siti dalam aspek ini patut menjadi contoh bagi",
  "rekan-rekan guru di sekolah dan di gugus.",
].join(" ");

const indicator = practiceIndicators[0];
const targets = indicator ? indicator.targets.map((t) => t.title) : [];

export function sampleSkp(): SkpPdfData {
  return {
    instansi,
    period,
    pegawai,
    pejabatPenilai,
    workResults: {
      main: rhk.map((r, i) => ({ ...r, realisation: i === 14 ? "" : `${(i % 3) + 1} kegiatan terlaksana` })),
      additional: duties.map((d) => ({ ...d, realisation: "Terlaksana sesuai SK" })),
    },
    behaviours: behaviourAspects.map((a, i) => ({
      aspect: a.name,
      behaviours: a.behaviours,
      expectation: `Menunjukkan perilaku ${a.name.toLowerCase()} dalam pembelajaran dan kegiatan sekolah.`,
      feedback: i === 2 ? LONG_FEEDBACK : "Sudah sesuai ekspektasi; pertahankan.",
    })),
    practiceAxes: [
      { axis: "Upaya Refleksi", rating: "Di Atas Ekspektasi", note: "Tantangan dikenali dengan jujur dan rinci." },
      { axis: "Upaya Mempelajari", rating: "Sesuai Ekspektasi", note: "Dua modul dan tiga pertemuan komunitas." },
      { axis: "Perubahan Praktik", rating: "Di Atas Ekspektasi", note: LONG_FEEDBACK },
    ],
    workResultRating: "Di Atas Ekspektasi",
    behaviourRating: "Sesuai Ekspektasi",
    predikat: "Baik",
    creditPoints: 12.5,
    acknowledgement: {
      date: "2026-12-02",
      response: "Saya menerima hasil penilaian ini dan akan melanjutkan praktik kesepakatan kelas tahun depan.",
    },
    signatures: {
      pegawai: { place: "Sleman", date: "2026-12-02", name: pegawai.name, nip: pegawai.nip },
      pejabatPenilai: { place: "Sleman", date: "2026-11-29", name: pejabatPenilai.name, nip: pejabatPenilai.nip },
      atasanPejabatPenilai: {
        place: "Sleman",
        date: "2026-12-04",
        name: "Dr. Ahmad Fauzi, M.Si.",
        nip: "196905121994031005",
      },
    },
    attachment: [
      {
        title: "Dokumen Persiapan",
        lines: [
          `Indikator: ${indicator?.name ?? ""}.`,
          ...targets.map((t, i) => `Target perilaku ${i + 1}: ${t}.`),
          "Jadwal observasi: 12 Maret 2026, 08.00–09.10, kelas IV A (disepakati dengan kepala sekolah).",
        ],
      },
      {
        title: "Observasi",
        lines: [
          "Target perilaku 1 — Dilakukan tapi belum efektif. Bukti: kesepakatan kelas terpajang, tetapi tidak dirujuk saat dua murid berebut alat peraga.",
          "Rekomendasi: tinjau kesepakatan di awal pekan; minta murid menilai pelaksanaannya.",
          "Tautan rekaman: https://drive.example.id/observasi/sdn2depok/kelas-4a/2026-03-12/rekaman-pembelajaran-lengkap.mp4",
        ],
      },
      { title: "Refleksi", lines: [LONG_FEEDBACK, LONG_FEEDBACK] },
    ],
  };
}

export function samplePlan(): PlanPdfData {
  return {
    instansi,
    period,
    pegawai,
    pejabatPenilai,
    practice: { indicator: indicator?.name ?? "", targetBehaviours: targets },
    rhkItems: rhk,
    additionalDuties: duties,
    behaviours: behaviourAspects.map((a) => ({
      aspect: a.name,
      behaviours: a.behaviours,
      expectation: `Menunjukkan perilaku ${a.name.toLowerCase()} dalam pembelajaran dan kegiatan sekolah.`,
    })),
    agreedDate: "2026-01-28",
    signatures: {
      pegawai: { place: "Sleman", date: "2026-01-28", name: pegawai.name, nip: pegawai.nip },
      pejabatPenilai: { place: "Sleman", date: "2026-01-27", name: pejabatPenilai.name, nip: pejabatPenilai.nip },
    },
  };
}
