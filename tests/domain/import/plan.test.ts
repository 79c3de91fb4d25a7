import { describe, expect, it } from "vitest";
import { countPlan, planImport } from "../../../src/domain/import/plan.js";
import type { Existing, ExistingPerson } from "../../../src/domain/import/plan-types.js";
import { readStaffCsv } from "../../../src/domain/import/staff-rows.js";

const TODAY = "2026-11-24";
const D = "dinas-1";
const HEADER =
  "npsn,nama_sekolah,jenjang,nip,nuptk,nama,email,status_kepegawaian,peran,plt,tugas_tambahan,tanggal_mulai,tanggal_selesai";

function plan(lines: string[], existing: Partial<Existing> = {}) {
  const r = readStaffCsv([HEADER, ...lines].join("\n"), { today: TODAY });
  if (!r.ok) throw new Error("file problem");
  let n = 0;
  return planImport({
    file: r.file,
    existing: {
      schools: [],
      people: [],
      assignments: [],
      personDistricts: {},
      schoolPrincipals: [],
      takenUsernames: [],
      ...existing,
    },
    districtId: D,
    today: TODAY,
    newId: () => `new-${++n}`,
  });
}

const SCHOOL = { id: "s1", districtId: D, npsn: "20212345", name: "SD Negeri 1", level: "SD" as const, address: "" };
const BUDI: ExistingPerson = {
  id: "p1",
  nip: "198503152010011004",
  nuptk: null,
  email: null,
  name: "Budi Santoso",
  employmentStatus: "PNS",
  rank: "",
  positionLevel: "",
  ptkType: "",
  additionalDuties: [],
};
const BUDI_ROW = "20212345,,,198503152010011004,,Budi Santoso,,PNS,guru,,,2015-01-05,";

describe("planImport", () => {
  it("refuses a second KS or a second Plt for the same school and dates, in the file or against the database", () => {
    const inFile = plan([
      "20212345,SD Negeri 1,SD,,,,,,,,,,",
      "20212345,,,198001012005011001,,Siti,,PNS,kepala_sekolah,,,2024-01-01,",
      "20212345,,,198001012005011002,,Rina,,PNS,kepala_sekolah,,,2025-01-01,",
      "20212345,,,198001012005011003,,Dewi,,PNS,kepala_sekolah,ya,,2025-03-01,2025-06-30",
    ]);
    expect(inFile.errors).toEqual([
      { line: 4, column: "peran", message: expect.stringContaining("sudah punya kepala sekolah") },
    ]);
    const stored = {
      id: "a9",
      personId: "someone",
      kind: "principal" as const,
      schoolId: "s1",
      acting: true,
      startsOn: "2025-01-01",
      endsOn: null,
    };
    const againstDb = plan(["20212345,,,198001012005011003,,Dewi,,PNS,kepala_sekolah,ya,,2025-03-01,2025-06-30"], {
      schools: [SCHOOL],
      schoolPrincipals: [stored],
    });
    expect(againstDb.errors.map((e) => e.line)).toEqual([2]);
  });

  it("creates a new school, people and their assignments; accounts only with a NIP or e-mail", () => {
    const p = plan([
      "20212345,SD Negeri 1,SD,,,,,,,,,,",
      BUDI_ROW,
      "20212345,,,,1234567890123456,Lina,,honorer,guru,,,,",
      "20212345,,,,,Yusuf,Op@Sekolah.sch.id,Non ASN,operator,,,,",
    ]);
    expect(p.errors).toEqual([]);
    expect(countPlan(p)).toEqual({
      schools: { created: 1, updated: 0, unchanged: 0 },
      people: { created: 3, updated: 0, unchanged: 0 },
      assignments: { created: 3, updated: 0, unchanged: 0 },
    });
    expect(p.accounts.map((a) => a.username)).toEqual(["198503152010011004", "op@sekolah.sch.id"]);
    expect(p.assignments.create[2]).toMatchObject({
      kind: "operator",
      districtId: D,
      schoolId: "new-1",
      startsOn: TODAY,
    });
  });

  it("the same data again changes nothing", () => {
    const p = plan([BUDI_ROW], {
      schools: [SCHOOL],
      people: [BUDI],
      assignments: [
        {
          id: "a1",
          personId: "p1",
          kind: "teacher",
          schoolId: "s1",
          acting: false,
          startsOn: "2015-01-05",
          endsOn: null,
        },
      ],
    });
    expect(p.errors).toEqual([]);
    expect(countPlan(p)).toEqual({
      schools: { created: 0, updated: 0, unchanged: 1 },
      people: { created: 0, updated: 0, unchanged: 1 },
      assignments: { created: 0, updated: 0, unchanged: 1 },
    });
    expect(p.accounts).toEqual([]);
  });

  it("updates changed cells only, keeps stored values for empty cells, updates an end date", () => {
    const stored = { ...BUDI, rank: "III/c", email: "budi@lama.id" };
    const p = plan(
      ["20212345,SD Negeri Satu,,198503152010011004,,Budi Santoso,,PPPK,guru,,Wali Kelas,2015-01-05,2026-12-31"],
      {
        schools: [SCHOOL],
        people: [stored],
        assignments: [
          {
            id: "a1",
            personId: "p1",
            kind: "teacher",
            schoolId: "s1",
            acting: false,
            startsOn: "2015-01-05",
            endsOn: null,
          },
        ],
      },
    );
    expect(p.schools.update).toEqual([{ id: "s1", npsn: "20212345", set: { name: "SD Negeri Satu" } }]);
    expect(p.people.update).toEqual([
      { id: "p1", set: { employmentStatus: "PPPK", additionalDuties: ["Wali Kelas"] } },
    ]);
    expect(p.assignments.update).toEqual([{ id: "a1", endsOn: "2026-12-31" }]);
  });

  it("an empty tanggal_mulai matches the assignment active today instead of adding one", () => {
    const p = plan(["20212345,,,198503152010011004,,Budi Santoso,,PNS,guru,,,,"], {
      schools: [SCHOOL],
      people: [BUDI],
      assignments: [
        {
          id: "a1",
          personId: "p1",
          kind: "teacher",
          schoolId: "s1",
          acting: false,
          startsOn: "2015-01-05",
          endsOn: null,
        },
      ],
    });
    expect(countPlan(p).assignments).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it("refuses a school of another district on every row naming it, and new schools without name or level", () => {
    const p = plan([BUDI_ROW, "20254321,,,,,Ani,ani@x.id,PNS,guru,,,,"], {
      schools: [{ ...SCHOOL, districtId: "dinas-lain" }],
    });
    expect(p.errors).toEqual([
      { line: 2, column: "npsn", message: "Sekolah dengan NPSN 20212345 terdaftar di dinas lain." },
      { line: 3, column: "nama_sekolah", message: "Sekolah baru (NPSN 20254321): nama_sekolah wajib diisi." },
      { line: 3, column: "jenjang", message: "Sekolah baru (NPSN 20254321): jenjang wajib diisi." },
    ]);
  });

  it("refuses identities of other people, a changed NIP, a taken username, a new person without status", () => {
    const ani: ExistingPerson = { ...BUDI, id: "p2", nip: null, nuptk: "1234567890123456", name: "Ani" };
    const p = plan(
      [
        "20212345,,,198503152010011004,1234567890123456,Budi Santoso,,PNS,guru,,,,",
        "20212345,,,199001012022212005,,Dewi,,,guru,,,,",
        "20212345,,,,,Eko,eko@x.id,PNS,guru,,,,",
      ],
      { schools: [SCHOOL], people: [BUDI, ani], takenUsernames: ["eko@x.id"] },
    );
    expect(p.errors).toEqual([
      { line: 2, column: "nuptk", message: "NUPTK 1234567890123456 sudah dipakai orang lain." },
      {
        line: 3,
        column: "status_kepegawaian",
        message: "Status kepegawaian wajib diisi untuk pegawai baru: PNS, PPPK, atau NON_ASN.",
      },
      { line: 4, column: "email", message: "Nama pengguna eko@x.id sudah dipakai akun lain." },
    ]);
  });

  it("two rows not linked in the file but naming one stored person are refused", () => {
    const budi = { ...BUDI, email: "budi@x.id" };
    const p = plan([BUDI_ROW, "20212345,,,,,Budi Santoso,budi@x.id,PNS,operator,,,,"], {
      schools: [SCHOOL],
      people: [budi],
    });
    expect(p.errors).toEqual([
      {
        line: 3,
        column: "",
        message: "Orang yang sama dengan baris 2 menurut data tersimpan: samakan NIP/NUPTK/e-mail kedua baris.",
      },
    ]);
  });

  it("refuses a NIP that differs from the stored one of the person matched by NUPTK", () => {
    const ani: ExistingPerson = { ...BUDI, id: "p2", nuptk: "1234567890123456", name: "Ani" };
    const p = plan(["20212345,,,198911102015031002,1234567890123456,Ani,,PNS,guru,,,,"], {
      schools: [SCHOOL],
      people: [ani],
    });
    expect(p.errors).toEqual([
      {
        line: 2,
        column: "nip",
        message: "NIP 198911102015031002 berbeda dengan NIP yang tersimpan untuk orang ini (198503152010011004).",
      },
    ]);
  });
});

describe("planImport: people of other districts", () => {
  const HEAD = { ...BUDI, id: "head-a", nip: "197001011995031001", name: "Kepala Dinas A", email: "kadis@a.go.id" };
  const ROW = "20212345,,,197001011995031001,,Nama Baru,,PNS,guru,,,2025-01-01,";

  it("refuses a NIP held by someone with an assignment in another district, naming the column; nothing planned", () => {
    const p = plan([ROW], { schools: [SCHOOL], people: [HEAD], personDistricts: { "head-a": ["dinas-2"] } });
    expect(p.errors).toEqual([
      { line: 2, column: "nip", message: expect.stringContaining("NIP 197001011995031001 milik pegawai") },
    ]);
    expect(p.errors[0]?.message).toContain("dinas lain");
    expect(p.people.update).toEqual([]);
    expect(p.assignments.create).toEqual([]);
  });

  it("also when they hold a hat here too, or only held one elsewhere in the past", () => {
    const both = plan([ROW], { schools: [SCHOOL], people: [HEAD], personDistricts: { "head-a": [D, "dinas-2"] } });
    expect(both.errors.map((e) => e.column)).toEqual(["nip"]);
  });

  it("refuses an e-mail or NUPTK of another district's person, without revealing their stored NIP", () => {
    const row = "20212345,,,198001012005011009,,Orang Lain,kadis@a.go.id,PNS,guru,,,2025-01-01,";
    const p = plan([row], { schools: [SCHOOL], people: [HEAD], personDistricts: { "head-a": ["dinas-2"] } });
    expect(p.errors).toEqual([{ line: 2, column: "email", message: expect.stringContaining("dinas lain") }]);
    expect(JSON.stringify(p.errors)).not.toContain(HEAD.nip);
  });

  it("matches people of this district, and people with no assignment anywhere", () => {
    const here = plan([ROW], { schools: [SCHOOL], people: [HEAD], personDistricts: { "head-a": [D] } });
    expect(here.errors).toEqual([]);
    expect(here.people.update).toEqual([{ id: "head-a", set: { name: "Nama Baru" } }]);
    const nowhere = plan([ROW], { schools: [SCHOOL], people: [HEAD], personDistricts: {} });
    expect(nowhere.errors).toEqual([]);
    expect(nowhere.people.update).toHaveLength(1);
  });
});
