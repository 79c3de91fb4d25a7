/** Practice indicators of the "Dukungan afektif" group. See ../practice-indicators.ts for sources. */
import type { PracticeIndicator } from "../../types.js";

export const dukunganAfektif: PracticeIndicator[] = [
  {
    code: "umpan-balik-konstruktif",
    name: "Umpan balik konstruktif",
    group: "Dukungan afektif",
    description:
      "Guru memberikan informasi kepada murid tentang proses dan hasil belajarnya sehingga murid tahu apa yang " +
      "sudah baik dan apa yang perlu diperbaiki. Umpan balik disampaikan secara spesifik, terkait tujuan " +
      "pembelajaran, dan membuka ruang dialog.",
    targets: [
      {
        code: "umpan-balik-spesifik",
        title: "Memberikan umpan balik yang spesifik dan terkait tujuan pembelajaran",
        recommended: [
          "Guru menyebutkan dengan tepat bagian pekerjaan murid yang sudah baik atau perlu diperbaiki.",
          "Guru mengaitkan umpan balik dengan tujuan pembelajaran.",
          "Guru mengajukan pertanyaan yang membantu murid menemukan cara memperbaiki pekerjaannya.",
        ],
        avoid: [
          "Guru memberikan umpan balik yang umum dan tidak jelas.",
          "Guru menyampaikan kritik tanpa menunjukkan cara memperbaikinya.",
          "Guru menggunakan kata-kata yang kasar atau menyakitkan.",
        ],
      },
      {
        code: "umpan-balik-proses-usaha",
        title: "Memberikan umpan balik pada proses dan usaha murid",
        recommended: [
          "Guru berfokus pada usaha yang dilakukan murid.",
          "Guru menunjukkan kaitan antara usaha murid dan hasil yang dicapainya.",
          "Guru mengajak murid merefleksikan usaha belajarnya.",
        ],
        avoid: [
          "Guru hanya menanggapi hasil akhir pekerjaan murid.",
          "Guru tidak memberi kesempatan kepada murid untuk memperbaiki pekerjaannya.",
          "Guru memberikan umpan balik berdasarkan kesan pribadi.",
        ],
      },
      {
        code: "diskusi-umpan-balik",
        title: "Terbuka untuk mendiskusikan umpan balik",
        recommended: [
          "Guru memberi ruang kepada murid untuk bertanya tentang umpan balik yang diterimanya.",
          "Guru mendengarkan tanggapan murid secara aktif.",
          "Guru menyediakan waktu khusus untuk berdiskusi dengan murid.",
        ],
        avoid: [
          "Guru menolak membahas umpan balik yang sudah diberikan.",
          "Guru mengabaikan kekhawatiran murid.",
          "Guru terburu-buru ketika berdiskusi dengan murid.",
        ],
      },
    ],
    confirmed: true,
  },
  {
    code: "perhatian-dan-kepedulian",
    name: "Perhatian dan kepedulian",
    group: "Dukungan afektif",
    description:
      "Guru memberikan perhatian dan dukungan yang sesuai dengan kebutuhan setiap murid. Guru berempati, " +
      "memahami karakteristik murid, dan menghargai usaha mereka sehingga murid merasa aman dan dihargai di kelas.",
    targets: [
      {
        code: "empati",
        title: "Menunjukkan empati kepada murid",
        recommended: [
          "Guru memberikan perhatian penuh ketika murid berbicara.",
          "Guru mengajukan pertanyaan lanjutan untuk memahami perasaan murid.",
          "Guru berusaha melihat masalah dari sudut pandang murid.",
        ],
        avoid: [
          "Guru mengabaikan perasaan murid.",
          "Guru menghakimi murid sebelum memahami keadaannya.",
          "Guru tidak memberi kesempatan kepada murid untuk bercerita.",
        ],
      },
      {
        code: "memahami-kebutuhan-murid",
        title: "Memahami kebutuhan dan karakteristik murid",
        recommended: [
          "Guru mengamati dinamika dan interaksi murid di kelas.",
          "Guru berinteraksi dengan murid secara santun dan saling menghormati.",
          "Guru meminta masukan dari murid tentang kebutuhan belajarnya.",
        ],
        avoid: [
          "Guru bertindak berdasarkan anggapan tentang murid tanpa memeriksanya.",
          "Guru bersikap kaku dan tidak mau menyesuaikan diri dengan kebutuhan murid.",
          "Guru menghindari masukan dari murid.",
        ],
      },
      {
        code: "menghargai-usaha",
        title: "Menghargai usaha murid",
        recommended: [
          "Guru menunjukkan minat pada hasil kerja murid.",
          "Guru memuji usaha murid secara spesifik.",
          "Guru mendukung murid di depan teman-temannya.",
        ],
        avoid: [
          "Guru meremehkan hasil kerja murid.",
          "Guru memberikan pujian yang umum dan tanpa makna.",
          "Guru terlalu banyak mengkritik hasil kerja murid.",
        ],
      },
    ],
    confirmed: true,
  },
  {
    code: "ekspektasi-pada-peserta-didik",
    name: "Ekspektasi pada peserta didik",
    group: "Dukungan afektif",
    description:
      "Guru menunjukkan keyakinan bahwa setiap murid mampu belajar dan berprestasi. Guru menyampaikan harapan " +
      "yang tinggi dan setara kepada semua murid serta memberikan tantangan yang bermakna disertai dukungan.",
    targets: [
      {
        code: "harapan-masa-depan",
        title: "Menyampaikan harapan tinggi tentang masa depan setiap murid",
        recommended: [
          "Guru mengaitkan pembelajaran dengan masa depan yang bermakna bagi murid.",
          "Guru mengajak murid menyampaikan harapan dan cita-citanya sendiri.",
          "Guru menyebutkan potensi yang dimiliki murid.",
        ],
        avoid: [
          "Guru terus membahas perilaku buruk murid di masa lalu.",
          "Guru menyampaikan harapan yang tidak relevan dengan kehidupan murid.",
          "Guru lebih banyak menyoroti kelemahan murid.",
        ],
      },
      {
        code: "ekspektasi-setara",
        title: "Menunjukkan ekspektasi positif yang setara kepada semua murid",
        recommended: [
          "Guru bersikap terbuka dan memberi kesempatan yang sama kepada semua murid.",
          "Guru menghargai potensi murid yang beragam.",
          "Guru membantu murid menemukan potensi yang belum terlihat.",
        ],
        avoid: [
          "Guru hanya memberi perhatian kepada sebagian murid.",
          "Guru menyampaikan harapan yang hanya sesuai untuk sebagian murid di kelas.",
          "Guru hanya mengakui bakat yang mudah terlihat.",
        ],
      },
      {
        code: "tantangan-bermakna",
        title: "Memberikan tantangan yang bermakna disertai motivasi",
        recommended: [
          "Guru memberikan tantangan yang relevan dengan kemampuan dan minat murid.",
          "Guru berulang kali menyampaikan keyakinan bahwa murid mampu.",
          "Guru memberikan dukungan ketika murid menghadapi kesulitan.",
        ],
        avoid: [
          "Guru memberikan tantangan tanpa dukungan yang memadai.",
          "Guru memotivasi murid hanya dengan iming-iming hadiah dan ancaman hukuman.",
          "Guru menciptakan persaingan yang berlebihan antarmurid.",
        ],
      },
    ],
    // The targets are [seen]; placing this indicator under "Dukungan afektif" is ours.
    confirmed: false,
  },
];
