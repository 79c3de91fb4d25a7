/**
 * Perilaku kerja: the seven BerAKHLAK core values of ASN, in their official order, each with its
 * meaning and three behaviours. Source: /work/shared/CATALOGUE.md §6 [found] (ASN core values,
 * SE MenPAN-RB 20/2021), restated in Indonesian.
 */
import type { BehaviourAspect } from "../types.js";

export const behaviourAspects: BehaviourAspect[] = [
  {
    code: "berorientasi-pelayanan",
    name: "Berorientasi pelayanan",
    meaning: "Komitmen memberikan pelayanan prima demi kepuasan masyarakat.",
    behaviours: [
      "Memahami dan memenuhi kebutuhan masyarakat.",
      "Ramah, cekatan, solutif, dan dapat diandalkan.",
      "Melakukan perbaikan tiada henti.",
    ],
  },
  {
    code: "akuntabel",
    name: "Akuntabel",
    meaning: "Bertanggung jawab atas kepercayaan yang diberikan.",
    behaviours: [
      "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi.",
      "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien.",
      "Tidak menyalahgunakan kewenangan jabatan.",
    ],
  },
  {
    code: "kompeten",
    name: "Kompeten",
    meaning: "Terus belajar dan mengembangkan kapabilitas.",
    behaviours: [
      "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah.",
      "Membantu orang lain belajar.",
      "Melaksanakan tugas dengan kualitas terbaik.",
    ],
  },
  {
    code: "harmonis",
    name: "Harmonis",
    meaning: "Saling peduli dan menghargai perbedaan.",
    behaviours: [
      "Menghargai setiap orang apa pun latar belakangnya.",
      "Suka menolong orang lain.",
      "Membangun lingkungan kerja yang kondusif.",
    ],
  },
  {
    code: "loyal",
    name: "Loyal",
    meaning: "Berdedikasi dan mengutamakan kepentingan bangsa dan negara.",
    behaviours: [
      "Memegang teguh ideologi Pancasila dan UUD 1945, setia kepada NKRI serta pemerintahan yang sah.",
      "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara.",
      "Menjaga rahasia jabatan dan negara.",
    ],
  },
  {
    code: "adaptif",
    name: "Adaptif",
    meaning: "Terus berinovasi dan antusias dalam menggerakkan serta menghadapi perubahan.",
    behaviours: [
      "Cepat menyesuaikan diri menghadapi perubahan.",
      "Terus berinovasi dan mengembangkan kreativitas.",
      "Bertindak proaktif.",
    ],
  },
  {
    code: "kolaboratif",
    name: "Kolaboratif",
    meaning: "Membangun kerja sama yang sinergis.",
    behaviours: [
      "Memberi kesempatan kepada berbagai pihak untuk berkontribusi.",
      "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah.",
      "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama.",
    ],
  },
];
