/** Kepala sekolah leadership indicators, 1-4. See ../leadership-indicators.ts for sources. */
import type { LeadershipIndicator } from "../../types.js";

export const leadershipIndicators1to4: LeadershipIndicator[] = [
  {
    code: "presentasi-visi-misi",
    name: "Presentasi visi-misi satuan pendidikan",
    group: "Visi dan program satuan pendidikan",
    description:
      "Kepala sekolah mempresentasikan visi dan misi satuan pendidikan kepada warga sekolah dan pemangku " +
      "kepentingan secara jelas dan melibatkan audiens, sehingga visi dan misi dipahami dan didukung bersama.",
    targets: [
      {
        code: "presentasi-jelas-terstruktur",
        title: "Menyampaikan presentasi yang jelas dan terstruktur",
        recommended: [
          "Kepala sekolah menggunakan bahasa yang sederhana dan mudah dipahami.",
          "Kepala sekolah menyampaikan materi dengan alur yang logis.",
          "Kepala sekolah memberikan contoh nyata dari kehidupan sekolah.",
        ],
        avoid: [
          "Kepala sekolah menggunakan istilah teknis yang tidak dijelaskan.",
          "Kepala sekolah menyampaikan rincian yang tidak relevan dengan visi dan misi.",
        ],
      },
      {
        code: "keterlibatan-audiens",
        title: "Melibatkan audiens selama presentasi",
        recommended: [
          "Kepala sekolah mengajukan pertanyaan kepada audiens.",
          "Kepala sekolah memberi kesempatan kepada audiens untuk bertanya dan menanggapi.",
          "Kepala sekolah memperhatikan bahasa tubuh audiens dan menyesuaikan penyampaiannya.",
        ],
        avoid: [
          "Kepala sekolah berbicara terus-menerus tanpa jeda.",
          "Kepala sekolah tidak membuka interaksi dengan audiens.",
        ],
      },
    ],
    evidence: ["Agenda kegiatan", "Materi presentasi", "Notulen", "Daftar hadir", "Foto kegiatan"],
    confirmed: true,
  },
  {
    code: "perencanaan-program-anggaran-berbasis-data",
    name: "Memandu perencanaan program dan anggaran berbasis data",
    group: "Perencanaan berbasis data",
    description:
      "Kepala sekolah memandu warga satuan pendidikan menyusun program dan anggaran berdasarkan data, terutama " +
      "hasil Rapor Pendidikan, sehingga program yang dipilih menjawab kebutuhan belajar murid dan dapat " +
      "dipantau pelaksanaannya.",
    targets: [
      {
        code: "memimpin-rapat-terarah",
        title: "Memimpin rapat perencanaan yang terarah",
        recommended: [
          "Kepala sekolah mendengarkan pendapat peserta rapat.",
          "Kepala sekolah menjaga pembahasan tetap sesuai dengan tujuan rapat.",
          "Kepala sekolah merangkum hasil pembahasan dan kesepakatan.",
        ],
        avoid: [
          "Kepala sekolah memimpin rapat tanpa agenda.",
          "Kepala sekolah mendominasi pembicaraan.",
          "Kepala sekolah membiarkan rapat melewati waktu yang disepakati.",
        ],
      },
      {
        code: "keputusan-berbasis-data",
        title: "Mengambil keputusan berdasarkan data",
        recommended: [
          "Kepala sekolah memeriksa konteks di balik data sebelum mengambil keputusan.",
          "Kepala sekolah membagikan temuan dari data kepada warga sekolah.",
          "Kepala sekolah merevisi rencana ketika ada data baru.",
        ],
        avoid: [
          "Kepala sekolah mengambil keputusan hanya berdasarkan intuisi.",
          "Kepala sekolah tidak membagikan data kepada warga sekolah.",
        ],
      },
      {
        code: "kriteria-dan-rencana-pemantauan",
        title: "Menetapkan kriteria keberhasilan dan rencana pemantauan semester",
        recommended: [
          "Kepala sekolah menetapkan kriteria keberhasilan program bersama tim.",
          "Kepala sekolah menyusun jadwal pemantauan program selama satu semester.",
          "Kepala sekolah menentukan penanggung jawab pemantauan setiap program.",
        ],
        avoid: [
          "Kepala sekolah menyusun program tanpa ukuran keberhasilan yang jelas.",
          "Kepala sekolah tidak merencanakan pemantauan pelaksanaan program.",
        ],
      },
    ],
    evidence: [
      "Agenda rapat",
      "Data Rapor Pendidikan yang digunakan",
      "RKAS",
      "Notulen",
      "Daftar hadir",
      "Foto kegiatan",
    ],
    // Targets 1–2 are [seen]; the behaviours of target 3 and the evidence list are ours.
    confirmed: false,
  },
  {
    code: "praktik-baik-kepemimpinan-pembelajaran",
    name: "Menceritakan praktik baik kepemimpinan pembelajaran",
    group: "Kepemimpinan pembelajaran",
    description:
      "Kepala sekolah membagikan pengalaman nyata dalam memimpin peningkatan kualitas pembelajaran, termasuk " +
      "tantangan, langkah yang diambil, dan dampaknya pada murid, sehingga dapat dipelajari oleh kepala " +
      "sekolah dan guru lain.",
    targets: [
      {
        code: "cerita-praktik-berbasis-bukti",
        title: "Menceritakan praktik baik secara runtut dan berbasis bukti",
        recommended: [
          "Kepala sekolah menjelaskan situasi awal, tantangan, langkah, dan hasilnya secara runtut.",
          "Kepala sekolah menunjukkan bukti perubahan pada guru dan murid.",
          "Kepala sekolah menyampaikan pelajaran yang dapat diterapkan di sekolah lain.",
        ],
        avoid: [
          "Kepala sekolah hanya menceritakan keberhasilan tanpa menyebut tantangan.",
          "Kepala sekolah menyampaikan klaim tanpa bukti.",
          "Kepala sekolah berfokus pada kegiatan administratif, bukan pada pembelajaran.",
        ],
      },
      {
        code: "refleksi-praktik-kepemimpinan",
        title: "Merefleksikan praktik kepemimpinannya secara terbuka",
        recommended: [
          "Kepala sekolah menyebutkan hal yang masih perlu diperbaiki.",
          "Kepala sekolah menjelaskan peran guru dan murid dalam keberhasilan tersebut.",
          "Kepala sekolah menerima pertanyaan dan masukan dari pendengar dengan terbuka.",
        ],
        avoid: [
          "Kepala sekolah menganggap praktiknya sudah sempurna.",
          "Kepala sekolah mengklaim keberhasilan sebagai hasil kerjanya sendiri.",
          "Kepala sekolah menolak pertanyaan atau masukan.",
        ],
      },
    ],
    evidence: [
      "Materi atau naskah cerita praktik baik",
      "Dokumentasi kegiatan pembelajaran",
      "Daftar hadir",
      "Foto atau video kegiatan",
    ],
    confirmed: false,
  },
  {
    code: "presentasi-program-satuan-pendidikan",
    name: "Presentasi program satuan pendidikan",
    group: "Visi dan program satuan pendidikan",
    description:
      "Kepala sekolah mempresentasikan program satuan pendidikan kepada warga sekolah, orang tua, dan " +
      "pemangku kepentingan, menunjukkan kaitan program dengan visi-misi dan data, serta mengajak mereka " +
      "terlibat dalam pelaksanaannya.",
    targets: [
      {
        code: "program-terkait-visi-dan-data",
        title: "Menjelaskan kaitan program dengan visi-misi dan data",
        recommended: [
          "Kepala sekolah menjelaskan alasan setiap program berdasarkan data sekolah.",
          "Kepala sekolah menunjukkan kaitan program dengan visi dan misi.",
          "Kepala sekolah menyampaikan target dan waktu pelaksanaan program dengan jelas.",
        ],
        avoid: [
          "Kepala sekolah hanya membacakan daftar kegiatan.",
          "Kepala sekolah menyampaikan program tanpa alasan dan target.",
        ],
      },
      {
        code: "melibatkan-pemangku-kepentingan",
        title: "Mengajak pemangku kepentingan terlibat",
        recommended: [
          "Kepala sekolah memberi kesempatan kepada audiens untuk bertanya dan memberi usulan.",
          "Kepala sekolah menjelaskan peran yang dapat diambil oleh orang tua dan masyarakat.",
          "Kepala sekolah mencatat masukan untuk perbaikan program.",
        ],
        avoid: [
          "Kepala sekolah tidak membuka sesi tanya jawab.",
          "Kepala sekolah menganggap program sudah final dan tidak dapat diubah.",
        ],
      },
    ],
    evidence: ["Agenda kegiatan", "Materi presentasi", "Notulen", "Daftar hadir", "Foto kegiatan"],
    confirmed: false,
  },
];
