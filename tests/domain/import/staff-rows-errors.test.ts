import { describe, expect, it } from "vitest";
import { readStaffCsv, type StaffFile } from "../../../src/domain/import/staff-rows.js";

const HEADER =
  "npsn,nama_sekolah,jenjang,alamat_sekolah,nip,nuptk,nama,email,status_kepegawaian,pangkat_golongan,jenjang_jabatan,jenis_ptk,peran,plt,tugas_tambahan,tanggal_mulai,tanggal_selesai";
const NAMES = HEADER.split(",");
const GURU = "20212345,,,,198503152010011004,,Budi Santoso,,PNS,III/c,Ahli Muda,Guru Kelas,guru,,,2015-01-05,".split(
  ",",
);

function row(cells: Record<string, string>): string {
  const values = [...GURU];
  for (const [k, v] of Object.entries(cells)) values[NAMES.indexOf(k)] = v;
  return values.join(",");
}

function file(...lines: string[]): StaffFile {
  const r = readStaffCsv([HEADER, ...lines].join("\n"), { today: "2026-11-24" });
  if (!r.ok) throw new Error(`file problem: ${JSON.stringify(r.problem)}`);
  return r.file;
}

/** The only error of a one-row file whose row has `cells` changed: line 2, the header being line 1. */
function errorOf(cells: Record<string, string>) {
  const f = file(row(cells));
  expect(f.errors).toHaveLength(1);
  expect(f.rows).toHaveLength(0);
  return f.errors[0];
}

describe("readStaffCsv: bad cells", () => {
  it.each([
    [{ npsn: "" }, "npsn", "NPSN wajib diisi pada setiap baris."],
    [{ npsn: "2021234" }, "npsn", "NPSN harus 8 digit, tertulis 7 digit."],
    [{ npsn: "2021234A" }, "npsn", "NPSN hanya boleh berisi angka (8 digit)."],
    [{ nip: "1234" }, "nip", "NIP harus 18 digit, tertulis 4 digit."],
    [
      { nip: "1.98503E+17" },
      "nip",
      "NIP terbaca sebagai angka ilmiah (1.98503E+17): format kolom NIP sebagai Teks lalu isi ulang.",
    ],
    [{ nip: "", nuptk: "12345" }, "nuptk", "NUPTK harus 16 digit, tertulis 5 digit."],
    [{ nip: "" }, "nip", "Isi minimal satu identitas: NIP, NUPTK, atau e-mail."],
    [{ email: "budi@" }, "email", 'Alamat e-mail tidak valid: "budi@".'],
    [{ nama: "" }, "nama", "Nama wajib diisi."],
    [{ nama: "B" }, "nama", "Nama terlalu pendek (min. 2 karakter)."],
    [{ jenjang: "SMU" }, "jenjang", 'Jenjang "SMU" tidak dikenal. Isi salah satu: PAUD, TK, SD, SMP, SMA, SMK, SLB.'],
    [{ nama_sekolah: "SD" }, "nama_sekolah", "Nama sekolah terlalu pendek (min. 3 karakter)."],
    [
      { status_kepegawaian: "Kontrak" },
      "status_kepegawaian",
      'Status kepegawaian "Kontrak" tidak dikenal. Isi PNS, PPPK, atau NON_ASN (honorer).',
    ],
    [{ peran: "" }, "peran", "Peran wajib diisi: guru, kepala_sekolah, pengawas, atau operator."],
    [
      { peran: "wakasek" },
      "peran",
      'Peran "wakasek" tidak dikenal. Isi guru, kepala_sekolah, pengawas, atau operator.',
    ],
    [{ plt: "mungkin" }, "plt", 'Kolom plt diisi "ya", "tidak", atau dikosongkan (tertulis "mungkin").'],
    [{ plt: "ya" }, "plt", "Plt hanya berlaku untuk peran kepala_sekolah."],
    [
      { tanggal_mulai: "2025.01.05" },
      "tanggal_mulai",
      'Tanggal "2025.01.05" tidak dikenali. Gunakan TTTT-BB-HH (2025-01-31) atau HH/BB/TTTT (31/01/2025).',
    ],
    [{ tanggal_mulai: "31/02/2025" }, "tanggal_mulai", 'Tanggal "31/02/2025" tidak ada di kalender.'],
    [{ tanggal_mulai: "05/01/0025" }, "tanggal_mulai", 'Tahun pada tanggal "05/01/0025" tidak wajar.'],
    [
      { tanggal_selesai: "2014-12-31" },
      "tanggal_selesai",
      "Tanggal selesai (2014-12-31) sebelum tanggal mulai (2015-01-05).",
    ],
    [
      { tanggal_mulai: "", tanggal_selesai: "2026-01-01" },
      "tanggal_selesai",
      "Tanggal selesai (2026-01-01) sebelum tanggal mulai (2026-11-24, tanggal impor, karena tanggal_mulai kosong).",
    ],
    [
      { tugas_tambahan: "x".repeat(101) },
      "tugas_tambahan",
      `Tugas tambahan terlalu panjang (maks. 100 karakter): "${"x".repeat(30)}…".`,
    ],
  ])("%j → %s: %s", (cells, column, message) => {
    expect(errorOf(cells)).toEqual({ line: 2, column, message });
  });

  it("lists every bad cell of a row, and every bad row", () => {
    const f = file(row({}), row({ nip: "1", email: "x" }), row({ nip: "198911102015031002", peran: "kepsek" }));
    expect(f.errors.map((e) => [e.line, e.column])).toEqual([
      [3, "nip"],
      [3, "email"],
      [4, "peran"],
    ]);
    expect(f.rows.map((r) => r.line)).toEqual([2]);
  });
});

describe("readStaffCsv: rows against each other", () => {
  it("an identical row is a duplicate of the first one", () => {
    const f = file(row({}), row({ nip: "198911102015031002", nama: "Ahmad" }), row({}));
    expect(f.errors).toEqual([{ line: 4, column: "", message: "Duplikat dengan baris 2." }]);
  });

  it("the same assignment twice with other cells changed is a duplicate too", () => {
    const f = file(row({}), row({ tanggal_selesai: "2030-01-01" }));
    expect(f.errors).toEqual([
      { line: 3, column: "", message: "Duplikat dengan baris 2: orang, peran, sekolah, plt dan tanggal mulai sama." },
    ]);
  });

  it("the same NIP with another name is a conflict, named by line", () => {
    const f = file(row({}), row({ nama: "Budi Santosa", peran: "operator" }));
    expect(f.errors).toEqual([
      {
        line: 3,
        column: "nama",
        message: 'Nama "Budi Santosa" berbeda dengan baris 2 ("Budi Santoso") untuk orang yang sama.',
      },
    ]);
  });

  it("rows sharing a NUPTK or e-mail are the same person: a different NIP is a conflict", () => {
    const f = file(
      row({ nuptk: "1234567890123456" }),
      row({ nip: "198911102015031002", nuptk: "1234567890123456", peran: "operator" }),
    );
    expect(f.errors).toEqual([
      {
        line: 3,
        column: "nip",
        message: 'NIP "198911102015031002" berbeda dengan baris 2 ("198503152010011004") untuk orang yang sama.',
      },
    ]);
  });

  it("a name differing only in case is the same; identities and duties are merged across rows", () => {
    const f = file(
      row({ tugas_tambahan: "Wali Kelas 5" }),
      row({ nama: "BUDI SANTOSO", email: "budi@sekolah.sch.id", peran: "operator", tugas_tambahan: "Bendahara" }),
    );
    expect(f.errors).toEqual([]);
    expect(f.people).toHaveLength(1);
    expect(f.people[0]?.person).toMatchObject({
      email: "budi@sekolah.sch.id",
      additionalDuties: ["Wali Kelas 5", "Bendahara"],
    });
  });

  it("the same NPSN with another school name is a conflict", () => {
    const f = file(
      row({ nama_sekolah: "SD Negeri 1" }),
      row({ nip: "198911102015031002", nama: "Ahmad", nama_sekolah: "SD Negeri 2" }),
    );
    expect(f.errors).toEqual([
      {
        line: 3,
        column: "nama_sekolah",
        message: 'Nama sekolah "SD Negeri 2" berbeda dengan baris 2 ("SD Negeri 1") untuk NPSN yang sama.',
      },
    ]);
  });

  it("a pengawas on two schools, and a Plt also listed as guru, are not duplicates", () => {
    const f = file(
      row({ peran: "pengawas" }),
      row({ npsn: "20254321", peran: "pengawas" }),
      row({ nip: "198911102015031002", nama: "Ahmad", npsn: "20254321" }),
      row({ nip: "198911102015031002", nama: "Ahmad", npsn: "20254321", peran: "kepala_sekolah", plt: "ya" }),
    );
    expect(f.errors).toEqual([]);
    expect(f.people).toHaveLength(2);
    expect(f.assignments).toHaveLength(4);
  });
});

describe("readStaffCsv: control characters", () => {
  it("a NUL or ESC in any cell is an error on that line and column, not a row passed on", () => {
    expect(errorOf({ nama: "Bu\u0000di" })).toEqual({
      line: 2,
      column: "nama",
      message: "Kolom nama berisi karakter kontrol (mis. NUL) yang tidak terlihat: ketik ulang isi sel ini.",
    });
    expect(errorOf({ tugas_tambahan: "Wali\u001bkelas" })).toMatchObject({ line: 2, column: "tugas_tambahan" });
    expect(errorOf({ pangkat_golongan: "III/c\u007f" })).toMatchObject({ line: 2, column: "pangkat_golongan" });
  });

  it("past the first 8 KB too, where the binary-file check does not look", () => {
    const many = Array.from({ length: 200 }, (_, i) => row({ nip: String(198503152010011100n + BigInt(i)) }));
    const f = file(...many, row({ nip: "198503152010019999", alamat_sekolah: "Jl.\u0000 Mawar" }));
    expect(f.errors).toEqual([expect.objectContaining({ line: 202, column: "alamat_sekolah" })]);
  });

  it("tabs and line breaks inside a quoted cell are whitespace, as before", () => {
    const f = file(row({ alamat_sekolah: '"Jl. Mawar\r\nNo. 1\tRT 2"', nama_sekolah: "SD Uji" }));
    expect(f.errors).toEqual([]);
    expect(f.schools[0]?.school.address).toBe("Jl. Mawar No. 1 RT 2");
  });
});
