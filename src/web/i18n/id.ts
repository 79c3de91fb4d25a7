import type { idAdmin } from "./id-admin.js";
import { idAuth } from "./id-auth.js";
import type { idPlanning } from "./id-planning.js";
import type { idReview } from "./id-review.js";

/**
 * Indonesian, the default language. Every user-visible string of the web UI lives here (and
 * in id-admin.ts); en.ts must have the same shape. Tone: warm and coaching, never judging.
 */
export const idCore = {
  app: { name: "Kinerja", tagline: "Pengelolaan kinerja guru, kepala sekolah, dan pengawas sekolah" },
  lang: { label: "Bahasa", id: "ID", en: "EN" },
  nav: {
    dashboard: "Dasbor",
    observations: "Jadwal observasi",
    timKinerja: "Tim Kinerja",
    mine: "Kinerja Saya",
    staff: "Pegawai Saya",
    admin: "Admin dinas",
    /** The operator's heading: their school's data, not the district's administration. */
    schoolAdmin: "Data sekolah",
    menu: "Buka menu",
    main: "Menu utama",
    rubrics: "Rubrik indikator",
    results: "Hasil penilaian",
  },
  user: {
    menu: "Menu akun",
    changePassword: "Ganti kata sandi",
    emailSettings: "Pengaturan e-mail",
    logout: "Keluar",
    colorScheme: "Tampilan",
    scheme: { light: "Terang", dark: "Gelap", auto: "Ikuti perangkat" },
    roles: "Peran",
  },
  role: {
    guru: "Guru",
    kepala_sekolah: "Kepala Sekolah",
    plt_kepala_sekolah: "Plt Kepala Sekolah",
    pengawas: "Pengawas",
    tim_kinerja: "Tim Kinerja",
    operator: "Operator",
    admin: "Admin Dinas",
    kepala_dinas: "Kepala Dinas",
  },
  /** Who handles a person's data correction: their school's operator, or (a pengawas) the district admin. */
  handler: { operator: "operator sekolah", admin: "admin dinas" },
  common: {
    loading: "Memuat…",
    save: "Simpan",
    cancel: "Batal",
    retry: "Coba lagi",
    search: "Cari",
    back: "Kembali",
    edit: "Ubah",
    add: "Tambah",
    close: "Tutup",
    closeDialog: "Tutup dialog",
    copy: "Salin",
    copied: "Tersalin",
    none: "—",
    yes: "Ya",
    no: "Tidak",
    open: "Buka",
    optional: "opsional",
    shown: "Menampilkan {{shown}} dari {{total}}",
    more: "Muat lebih banyak",
    allKinds: "Semua",
    noMatch: "Tidak ada yang cocok dengan pencarian.",
    wordStartsOnly:
      "Satu atau dua huruf mencari awal kata saja; ketik 3 huruf atau lebih untuk mencari di tengah kata.",
    status: "Status",
    actions: "Tindakan",
  },
  error: {
    title: "Terjadi kesalahan",
    network: "Tidak dapat terhubung ke server. Periksa koneksi internet Anda lalu coba lagi.",
    unexpected: "Server memberi jawaban yang tidak terduga. Silakan coba lagi.",
    forbiddenTitle: "Akses ditolak",
    forbidden: "Akun Anda tidak memiliki akses ke halaman ini. Hubungi admin dinas bila Anda memerlukannya.",
    notFoundTitle: "Halaman tidak ditemukan",
    notFound: "Alamat yang Anda buka tidak ada. Kembali ke beranda untuk melanjutkan.",
    home: "Ke beranda",
  },
  auth: idAuth,
  phase: {
    perencanaan: "Perencanaan",
    pelaksanaan: "Pelaksanaan",
    penilaian: "Penilaian",
    selesai: "Selesai",
  },
  phaseHint: {
    perencanaan: "menyusun rencana kinerja",
    pelaksanaan: "praktik kinerja dan tindak lanjut",
    penilaian: "penilaian oleh atasan",
    selesai: "siklus selesai",
  },
  track: { guru: "Guru", kepala_sekolah: "Kepala Sekolah", pengawas: "Pengawas Sekolah" },
  superiorKind: {
    principal: "Kepala Sekolah",
    acting_principal: "Plt Kepala Sekolah",
    head_of_district: "Kepala Dinas",
  },
  assessAs: {
    principal: "sebagai Kepala Sekolah",
    acting_principal: "sebagai Plt Kepala Sekolah",
    head_of_district: "sebagai Kepala Dinas",
    tim_kinerja: "sebagai Tim Kinerja",
  },
  employmentStatus: { PNS: "PNS", PPPK: "PPPK", NON_ASN: "Non-ASN" },
  next: {
    perencanaan: {
      open: "Susun perencanaan kinerja Anda dan ajukan ke atasan. Tidak perlu sempurna: atasan akan membantu menyempurnakannya.",
      wait: "Jadwal perencanaan belum dibuka. Sambil menunggu, periksa apakah data diri Anda di bawah sudah sesuai.",
      closed:
        "Jadwal perencanaan sudah ditutup. Bila rencana Anda belum selesai, bicarakan dengan atasan atau admin dinas.",
      submitted:
        "Rencana Anda sudah diajukan. Atasan akan memeriksanya; Anda mendapat pemberitahuan begitu ada keputusan.",
      returned:
        "Atasan mengembalikan rencana Anda dengan catatan. Buka rencana, perbaiki sesuai catatan, lalu ajukan lagi.",
      approved: "Atasan sudah menyetujui rencana Anda. Baca sekali lagi, lalu tekan “Sepakati” untuk menguncinya.",
    },
    pelaksanaan: {
      persiapan: {
        you: "Susun dokumen persiapan: pilih target perilaku, tuliskan cara mempelajarinya, dan usulkan jadwal observasi.",
        superior: "Dokumen persiapan Anda sudah dikumpulkan. Atasan akan mengonfirmasi jadwal observasi.",
      },
      observasi: {
        // Only a KS's catatan mandiri waits on the owner at this stage.
        you: "Tuliskan catatan mandiri Anda tentang praktik yang dilakukan, lalu selesaikan.",
        superior:
          "Atasan atau Tim Kinerja akan mengobservasi praktik Anda sesuai jadwal. Hasilnya titik awal untuk belajar, bukan nilai akhir.",
      },
      tindak_lanjut: {
        you: "Baca hasil observasi, lalu susun dokumen tindak lanjut: tantangan dan pilihan belajar Anda.",
        superior: "Dokumen tindak lanjut Anda sudah dikumpulkan.",
      },
      upaya: {
        you: "Catat upaya tindak lanjut yang sudah Anda lakukan, lalu tandai selesai.",
        superior: "Atasan akan menanggapi catatan upaya Anda.",
      },
      refleksi: {
        you: "Tuliskan refleksi tindak lanjut Anda, lalu kumpulkan untuk didiskusikan dengan atasan.",
        superior: "Refleksi Anda sudah dikumpulkan. Atasan akan mencatat hasil diskusi bersama Anda.",
      },
      bukti_dukung: {
        you: "Lengkapi bukti dukung atau laporan hasil rencana kinerja Anda, lalu kumpulkan untuk diverifikasi atasan.",
        superior: "Bukti dukung atau laporan Anda sudah dikumpulkan. Atasan akan memverifikasinya.",
      },
      diskusi_persiapan: {
        you: "Tuliskan diskusi persiapan: tiga tantangan tersulit, isu fokus, satu sekolah fokus, serta strategi dan metodenya.",
        superior: "Diskusi persiapan Anda sudah dikumpulkan. Tim Kinerja akan menyepakatinya bersama Anda.",
      },
      pendampingan: {
        you: "Catat kunjungan dan kegiatan pendampingan di sekolah fokus, lalu kirim survei kepada kepala sekolahnya.",
        superior: "Tim Kinerja akan membaca catatan pendampingan Anda.",
      },
      diskusi_tindak_lanjut: {
        you: "Tuliskan refleksi pendampingan serta target dan rencana yang disepakati bersama Tim Kinerja.",
        superior: "Tim Kinerja akan menilai diskusi tindak lanjut Anda dengan mempertimbangkan hasil survei.",
      },
      upaya_pengawas: {
        you: "Catat langkah-langkah yang sudah Anda lakukan menuju target, lalu tandai selesai.",
        superior: "Tim Kinerja akan menanggapi catatan upaya Anda.",
      },
      refleksi_pengawas: {
        you: "Tuliskan refleksi tindak lanjut Anda: upaya belajar, tantangan yang diperkirakan, dan perubahan praktik.",
        superior: "Refleksi Anda sudah dikumpulkan. Tim Kinerja akan memberi penilaian dan umpan balik.",
      },
      penilaian: {
        you: "Atasan sudah menilai Anda. Baca hasilnya, beri tanggapan bila perlu, lalu tandai sudah dibaca.",
        superior: "Praktik kinerja Anda lengkap. Atasan sedang menyusun penilaian.",
      },
      rekomendasi: {
        you: "Praktik kinerja Anda sudah lengkap.",
        superior: "Praktik kinerja Anda sudah lengkap. Tim Kinerja sedang menyusun rekomendasi untuk Kepala Dinas.",
      },
      open: "Saatnya praktik kinerja: siapkan dokumen persiapan, jalani observasi bersama atasan, lalu tindak lanjuti.",
      wait: "Rencana Anda sudah siap. Pelaksanaan akan dibuka sesuai jadwal — gunakan waktu ini untuk berdiskusi dengan atasan.",
      closed:
        "Jadwal pelaksanaan sudah ditutup. Lengkapi refleksi Anda bila masih ada yang tertinggal dan hubungi atasan.",
    },
    penilaian: {
      open: "Atasan sedang menilai hasil dan perilaku kerja Anda. Refleksi dan upaya belajar Anda menjadi bahan utamanya.",
      wait: "Penilaian akan dibuka sesuai jadwal. Pastikan semua dokumen pelaksanaan sudah dikumpulkan.",
      closed: "Jadwal penilaian sudah ditutup. Hasil akhir akan tampil di sini.",
      rated:
        "Atasan sudah menilai Anda. Buka Praktik Kinerja untuk membaca hasilnya, beri tanggapan bila perlu, lalu tandai sudah dibaca.",
    },
    done: "Siklus kinerja tahun ini selesai. Terima kasih atas kerja keras dan semangat belajar Anda!",
    unknown: "Lihat rincian siklus Anda di bawah.",
  },
  mine: {
    openPractice: "Buka praktik kinerja",
    phases: "Tahap siklus kinerja",
    phaseDone: "selesai",
    title: "Kinerja Saya",
    surveys: {
      title: "Survei untuk Anda sebagai kepala sekolah",
      item: "Survei pendampingan dari {{name}}",
      open: "Isi survei",
    },
    intro: "Siklus kinerja Anda: perencanaan, pelaksanaan, lalu penilaian.",
    nextStep: "Langkah berikutnya",
    deadline: "Batas waktu: {{date}}",
    superior: "Atasan",
    noSuperior: "Atasan belum ditetapkan. Admin dinas sedang menindaklanjutinya.",
    profile: "Data diri",
    profileHint: "Bila ada data yang keliru, laporkan ke {{handler}}.",
    name: "Nama",
    nip: "NIP",
    employmentStatus: "Status kepegawaian",
    rank: "Pangkat/golongan",
    positionLevel: "Jenjang jabatan",
    school: "Satuan pendidikan",
    correction: {
      open: "Laporan perbaikan data Anda sedang ditindaklanjuti {{handler}}.",
      changed: "{{name}} memperbarui data Anda sesuai laporan ({{date}}).",
      unchanged: "{{name}} menandai laporan Anda selesai tanpa mengubah data ({{date}}).",
      note: "Catatan: {{note}}",
      again: "Bila data di atas masih keliru, laporkan lagi lewat langkah Data diri di perencanaan.",
    },
    emptyTitle: "Belum ada siklus kinerja untuk Anda",
    emptyBody:
      "Siklus kinerja dibuat saat dinas membuka periode baru. Bila periode sudah dibuka tetapi siklus Anda belum tampil, hubungi {{handler}}.",
    emptyNonAsn:
      "Pengelolaan kinerja ini berlaku untuk pegawai ASN (PNS dan PPPK). Data Anda tercatat sebagai non-ASN, sehingga tidak ada siklus kinerja untuk Anda.",
  },
  staff: {
    title: "Pegawai Saya",
    intro: "Pegawai yang Anda dampingi dan nilai pada periode ini.",
    search: "Cari nama pegawai",
    empty: "Belum ada pegawai yang Anda nilai. Daftar ini terisi setelah dinas membuka periode.",
    noResults: "Tidak ada pegawai dengan nama itu.",
    perPhase: "{{n}} orang",
    name: "Nama",
    nip: "NIP",
    school: "Sekolah",
    track: "Jalur",
    phase: "Tahap",
    as: "Peran Anda",
  },
  // Strings of the other areas that the first screens (sign-in, home, menus) show; the rest of
  // those areas is fetched with their pages (loadAreaStrings).
  admin: {
    title: "Admin",
    schools: "Sekolah",
    people: "Pegawai",
    assignments: "Penugasan",
    timKinerja: "Tim Kinerja",
    periods: "Periode",
    import: "Impor data",
    corrections: "Koreksi data",
    rapor: "Rapor Pendidikan",
    reopenRequests: "Buka kembali",
    remindersSent: "Pengingat terkirim",
  },
  import: {
    line: "Baris",
  },
  notifications: {
    // The count as the badge shows it and not in brackets: a button's name holds its visible text.
    bell: "Notifikasi: {{n}} belum dibaca",
  },
  planning: {
    open: {
      start: "Mulai perencanaan",
      continue: "Lanjutkan perencanaan",
      view: "Lihat perencanaan",
    },
  },
  review: {
    title: "Perlu disetujui",
  },
  offline: {
    notice:
      "Anda sedang offline. Yang tampil adalah data terakhir di perangkat ini; isian Anda tersimpan dan dikirim saat koneksi kembali.",
  },
};

/** Every Indonesian string: the first screens' (above) and each area's, merged key by key. */
export type Translation = typeof idCore & typeof idAdmin & typeof idPlanning & typeof idReview;
