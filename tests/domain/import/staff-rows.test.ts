import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "../../../src/domain/import/csv-text.js";
import { type ReadResult, readStaffCsv, type StaffFile } from "../../../src/domain/import/staff-rows.js";

const TODAY = "2026-11-24";
const HEADER =
  "npsn,nama_sekolah,jenjang,alamat_sekolah,nip,nuptk,nama,email,status_kepegawaian,pangkat_golongan,jenjang_jabatan,jenis_ptk,peran,plt,tugas_tambahan,tanggal_mulai,tanggal_selesai";
const SCHOOL = "20212345,SD Negeri 1 Sukamaju,SD,Jl. Merdeka 1,,,,,,,,,,,,,";
const GURU = "20212345,,,,198503152010011004,,Budi Santoso,,PNS,III/c,Ahli Muda,Guru Kelas,guru,,,2015-01-05,";

function read(...lines: string[]): ReadResult {
  return readStaffCsv([HEADER, ...lines].join("\n"), { today: TODAY });
}

function file(...lines: string[]): StaffFile {
  const r = read(...lines);
  if (!r.ok) throw new Error(`file problem: ${JSON.stringify(r.problem)}`);
  return r.file;
}

/** A row with some cells replaced, by column name. */
function guru(cells: Record<string, string>): string {
  const names = HEADER.split(",");
  const values = GURU.split(",");
  for (const [k, v] of Object.entries(cells)) values[names.indexOf(k)] = v.includes(",") ? `"${v}"` : v;
  return values.join(",");
}

describe("readStaffCsv: good files", () => {
  it("reads the shipped example without errors and merges the pengawas' two rows", () => {
    const f = file(...readFileSync("examples/staff-import.csv", "utf8").trim().split("\n").slice(1));
    expect(f.errors).toEqual([]);
    expect(f.schools.map((s) => s.school.npsn)).toEqual(["20212345", "20254321"]);
    expect(f.schools[0]?.school).toMatchObject({
      name: "SD Negeri 1 Sukamaju",
      level: "SD",
      address: "Jl. Merdeka No. 1, Sukamaju",
    });
    expect(f.people).toHaveLength(10);
    expect(f.assignments).toHaveLength(12);
    const pengawas = f.people.find((p) => p.person.name === "Hendra Wijaya");
    expect(pengawas?.lines).toEqual([14, 15]);
    const plt = f.assignments.find((a) => a.acting);
    expect(plt).toMatchObject({ kind: "principal", startsOn: "2026-07-01", endsOn: "2026-12-31", line: 10 });
  });

  it("normalises cells: status spellings, roles, duties, plt, e-mail case, NIP in groups", () => {
    const f = file(
      SCHOOL,
      guru({
        nip: "'19850315 201001 1 004",
        status_kepegawaian: "pns",
        tugas_tambahan: "Wali Kelas 5; Koordinator P5 |wali kelas 5",
      }),
      guru({
        nip: "",
        nuptk: "9876543210987654",
        nama: "Andi",
        status_kepegawaian: "Non ASN",
        peran: "Kepala Sekolah",
        plt: "ya",
      }),
      guru({ nip: "", email: "Op@Sekolah.SCH.ID", nama: "Yusuf", status_kepegawaian: "honorer", peran: "operator" }),
    );
    expect(f.errors).toEqual([]);
    expect(f.people.map((p) => [p.person.nip, p.person.employmentStatus])).toEqual([
      ["198503152010011004", "PNS"],
      [null, "NON_ASN"],
      [null, "NON_ASN"],
    ]);
    expect(f.people[0]?.person.additionalDuties).toEqual(["Wali Kelas 5", "Koordinator P5"]);
    expect(f.people[2]?.person.email).toBe("op@sekolah.sch.id");
    expect(f.assignments.map((a) => [a.kind, a.acting])).toEqual([
      ["teacher", false],
      ["principal", true],
      ["operator", false],
    ]);
  });

  it("accepts both date formats and defaults an empty tanggal_mulai to the import date", () => {
    const f = file(
      guru({ tanggal_mulai: "05/01/2015", tanggal_selesai: "2030-12-31" }),
      guru({ nip: "198911102015031002", nama: "Ahmad", tanggal_mulai: "1/7/2026", tanggal_selesai: "" }),
      guru({ nip: "199205052019032011", nama: "Nur", tanggal_mulai: "" }),
    );
    expect(f.errors).toEqual([]);
    expect(f.assignments.map((a) => [a.startsOn, a.startsGiven, a.endsOn])).toEqual([
      ["2015-01-05", true, "2030-12-31"],
      ["2026-07-01", true, null],
      [TODAY, false, null],
    ]);
  });

  it("reads semicolon-separated files with a BOM, CRLF line ends and headers in any case", () => {
    const text = `\uFEFF${HEADER.toUpperCase().replaceAll(",", ";")}\r\n${GURU.replaceAll(",", ";")}\r\n`;
    const r = readStaffCsv(text, { today: TODAY });
    expect(r.ok && r.file.errors).toEqual([]);
    expect(r.ok && r.file.people[0]?.person.name).toBe("Budi Santoso");
  });

  it("decodes UTF-8 bytes with a BOM and refuses binary or UTF-16 content", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("npsn\n20212345\n")]);
    expect(decodeCsvBytes(bom)).toEqual({ ok: true, text: "npsn\n20212345\n" });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(decodeCsvBytes(zip)).toEqual({ ok: false, problem: { kind: "notCsv" } });
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x6e, 0x00]))).toEqual({
      ok: false,
      problem: { kind: "notUtf8" },
    });
    expect(decodeCsvBytes(new Uint8Array([0x6e, 0xe9, 0x0a]))).toEqual({ ok: false, problem: { kind: "notUtf8" } });
  });

  it("ignores unknown columns and blank lines, and reports line numbers as in the file", () => {
    const text = `${HEADER},kolom_lain\n\n${GURU},apa saja\n\n${guru({ nip: "123" })},x\n`;
    const r = readStaffCsv(text, { today: TODAY });
    if (!r.ok) throw new Error("expected ok");
    expect(r.file.ignoredColumns).toEqual(["kolom_lain"]);
    expect(r.file.rowCount).toBe(2);
    expect(r.file.errors).toEqual([{ line: 5, column: "nip", message: "NIP harus 18 digit, tertulis 3 digit." }]);
  });
});

describe("readStaffCsv: file problems", () => {
  it("reports an empty file, a header without rows, missing and duplicated columns", () => {
    expect(readStaffCsv("", { today: TODAY })).toEqual({ ok: false, problem: { kind: "empty" } });
    expect(read()).toEqual({ ok: false, problem: { kind: "empty" } });
    expect(readStaffCsv("nama,nip\nBudi,198503152010011004", { today: TODAY })).toEqual({
      ok: false,
      problem: { kind: "missingColumns", columns: ["npsn", "peran"] },
    });
    expect(readStaffCsv("npsn,nama,peran\n1,2,3", { today: TODAY })).toEqual({
      ok: false,
      problem: { kind: "missingColumns", columns: ["nip/nuptk/email"] },
    });
    expect(readStaffCsv("npsn,NPSN\n1,2", { today: TODAY })).toEqual({
      ok: false,
      problem: { kind: "duplicateColumns", columns: ["npsn"] },
    });
  });

  it("a schools-only file needs only npsn (and the school columns)", () => {
    const r = readStaffCsv("npsn,nama_sekolah,jenjang\n20212345,SD Negeri 1,SD\n", { today: TODAY });
    expect(r.ok && r.file.errors).toEqual([]);
    expect(r.ok && r.file.schools[0]?.school).toEqual({
      npsn: "20212345",
      name: "SD Negeri 1",
      level: "SD",
      address: null,
    });
  });

  it("an unclosed quote is reported on its line", () => {
    const f = file(GURU, `20212345,"SD Negeri,SD`);
    expect(f.errors).toEqual([{ line: 3, column: "", message: 'Tanda kutip (") dibuka tetapi tidak ditutup.' }]);
  });

  it("a row with more cells than the header (an unquoted comma) is reported", () => {
    const f = file(SCHOOL, guru({ nama: "Budi" }).replace("Budi", "Budi, S.Pd"));
    expect(f.errors).toHaveLength(1);
    expect(f.errors[0]).toMatchObject({ line: 3, column: "" });
    expect(f.errors[0]?.message).toMatch(/lebih banyak dari 17 kolom/);
  });

  it("an empty trailing cell on every row (a trailing separator) is harmless", () => {
    const f = file(`${SCHOOL},`, `${GURU},`);
    expect(f.errors).toEqual([]);
  });
});
