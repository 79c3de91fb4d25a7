/** The demo district's people. Dates are days relative to the seed date. */
export const DEMO_DISTRICT_CODE = "DEMO";

type DemoHat = { kind: string; school?: 0 | 1 | 2 | 3; acting?: boolean; fromDays?: number; toDays?: number };
export type DemoPerson = {
  name: string;
  nip?: string;
  email?: string;
  status: "PNS" | "PPPK" | "NON_ASN";
  rank?: string;
  positionLevel?: string;
  ptkType: string;
  duties?: string[];
  username?: string;
  description?: string;
  hats: DemoHat[];
  /** As a Tim Kinerja member: the NIPs of the KS and pengawas the admin named them to observe. */
  observes?: string[];
};

const nip = (n: number) => `19800101200501${String(1000 + n).slice(-4)}`;

const TEACHERS_SD = [
  "Ani Suryani, S.Pd.",
  "Bambang Prasetyo, S.Pd.",
  "Citra Handayani, S.Pd.",
  "Dedi Kurniawan, S.Pd.",
  "Eka Putri, S.Pd.",
  "Fajar Nugroho, S.Pd.",
  "Gita Permata, S.Pd.",
  "Hadi Saputra, S.Pd.",
  "Indah Wulandari, S.Pd.",
];
const TEACHERS_SMP = [
  "Joko Susilo, S.Pd.",
  "Kartika Sari, S.Pd.",
  "Lukman Hakim, S.Pd.",
  "Maya Anggraini, S.Pd.",
  "Nur Aisyah, S.Pd.",
  "Oki Setiawan, S.Pd.",
  "Putri Maharani, S.Pd.",
  "Rudi Hartono, S.Pd.",
];

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    name: "Budi Santoso, S.Pd.",
    nip: nip(1),
    status: "PNS",
    rank: "Penata Muda Tk. I / III-b",
    positionLevel: "Guru Ahli Pertama",
    ptkType: "Guru Kelas",
    duties: ["Wali kelas"],
    username: "guru.demo",
    description: "Guru SD Negeri 1 Contoh",
    hats: [{ kind: "teacher", school: 0 }],
  },
  {
    name: "Siti Rahmawati, S.Pd., M.Pd.",
    nip: nip(2),
    status: "PNS",
    rank: "Pembina / IV-a",
    positionLevel: "Guru Ahli Madya",
    ptkType: "Kepala Sekolah",
    username: "kepsek.demo",
    description: "Kepala Sekolah SD Negeri 1 Contoh",
    hats: [
      { kind: "principal", school: 0 },
      { kind: "teacher", school: 0 },
    ],
  },
  {
    name: "Dewi Lestari, S.Pd.",
    nip: nip(3),
    status: "PNS",
    rank: "Penata / III-c",
    positionLevel: "Guru Ahli Muda",
    ptkType: "Guru Mapel",
    username: "plt.demo",
    description: "Guru dan Plt Kepala Sekolah SMP Negeri 2 Contoh",
    hats: [
      { kind: "teacher", school: 1 },
      { kind: "principal", school: 1, acting: true, fromDays: -60, toDays: 120 },
    ],
  },
  {
    name: "Agus Wijaya, M.Pd.",
    nip: nip(4),
    status: "PNS",
    rank: "Pembina Tk. I / IV-b",
    positionLevel: "Pengawas Sekolah Ahli Madya",
    ptkType: "Pengawas",
    username: "pengawas.demo",
    description: "Pengawas Sekolah; sebagai Tim Kinerja mengamati kepsek.demo",
    // The member named for kepsek.demo; a pengawas is never their own observer (tim.demo is theirs).
    observes: [nip(2)],
    hats: [
      { kind: "supervisor", school: 0 },
      { kind: "supervisor", school: 1 },
      { kind: "supervisor", school: 2 },
      { kind: "supervisor", school: 3 },
      { kind: "tim_kinerja" },
    ],
  },
  {
    name: "Hendra Gunawan, M.Pd.",
    nip: nip(5),
    status: "PNS",
    rank: "Pembina / IV-a",
    positionLevel: "Pengawas Sekolah Ahli Muda",
    ptkType: "Pengawas",
    username: "tim.demo",
    description: "Anggota Tim Kinerja yang mengamati pengawas.demo",
    observes: [nip(4)],
    hats: [{ kind: "tim_kinerja" }],
  },
  {
    name: "Yusuf Hidayat",
    email: "operator@sdn1contoh.sch.id",
    status: "NON_ASN",
    ptkType: "Tenaga Administrasi Sekolah",
    username: "operator.demo",
    description: "Operator SD Negeri 1 Contoh",
    hats: [{ kind: "operator", school: 0 }],
  },
  {
    name: "Dra. Ratna Sari",
    nip: nip(6),
    status: "PNS",
    rank: "Pembina / IV-a",
    positionLevel: "Analis Kebijakan",
    ptkType: "Staf Dinas",
    username: "dinas.demo",
    description: "Admin Dinas Pendidikan",
    hats: [{ kind: "admin" }],
  },
  {
    name: "Dr. H. Ahmad Fauzi, M.Si.",
    nip: nip(7),
    status: "PNS",
    rank: "Pembina Utama Muda / IV-c",
    positionLevel: "Kepala Dinas",
    ptkType: "Kepala Dinas",
    username: "kadis.demo",
    description: "Kepala Dinas: atasan kepala sekolah dan pengawas",
    hats: [{ kind: "head_of_district" }],
  },
  ...TEACHERS_SD.map(
    (name, i): DemoPerson => ({
      name,
      nip: nip(10 + i),
      status: i === 8 ? "PPPK" : "PNS",
      rank: i === 8 ? "IX" : "Penata Muda / III-a",
      positionLevel: "Guru Ahli Pertama",
      ptkType: "Guru Kelas",
      duties: i === 0 ? ["Kepala perpustakaan"] : i < 6 ? ["Wali kelas"] : [],
      hats: [{ kind: "teacher", school: 0 }],
      // Her practice is done in the demo (seed-demo-practice.ts): the account to read a penilaian.
      ...(name === "Indah Wulandari, S.Pd."
        ? { username: "indah.demo", description: "Guru SD Negeri 1 Contoh, praktik selesai: menunggu penilaian" }
        : {}),
    }),
  ),
  ...TEACHERS_SMP.map(
    (name, i): DemoPerson => ({
      name,
      nip: nip(30 + i),
      status: "PNS",
      rank: "Penata / III-c",
      positionLevel: "Guru Ahli Muda",
      ptkType: "Guru Mapel",
      duties: i === 1 ? ["Kepala laboratorium"] : i < 4 ? ["Wali kelas"] : [],
      hats: [{ kind: "teacher", school: 1 }],
    }),
  ),
  {
    name: "Sri Wahyuni",
    status: "NON_ASN",
    ptkType: "Guru Mapel",
    email: "sri.wahyuni@smpn2contoh.sch.id",
    hats: [{ kind: "teacher", school: 1 }],
  },
];
