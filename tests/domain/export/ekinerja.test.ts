import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  EKINERJA_CSV_COLUMNS,
  type EkinerjaMeta,
  type EkinerjaRow,
  ekinerjaCsv,
  ekinerjaJson,
  formatAngkaKredit,
} from "../../../src/domain/export/ekinerja.js";

const HEADER =
  "nip,nama,kode_dinas,nama_dinas,periode,tanggal_mulai,tanggal_selesai,peran,npsn,nama_sekolah," +
  "rating_hasil_kerja,rating_perilaku_kerja,predikat,predikat_label,angka_kredit,nip_pejabat_penilai," +
  "nama_pejabat_penilai,tanggal_penetapan,waktu_diketahui_pegawai\n";

const meta: EkinerjaMeta = {
  district: { code: "3204", name: "Dinas Pendidikan Kabupaten Bandung" },
  period: { name: "Periode 2026", startsOn: "2026-01-01", endsOn: "2026-12-31" },
  generatedAt: "2026-12-21T02:00:00.000Z",
};

function row(over: Partial<EkinerjaRow> = {}): EkinerjaRow {
  return {
    nip: "198503152010011004",
    name: "Siti Aminah",
    districtName: meta.district.name,
    districtCode: meta.district.code,
    periodName: meta.period.name,
    periodStartsOn: meta.period.startsOn,
    periodEndsOn: meta.period.endsOn,
    track: "guru",
    schoolName: "SD Negeri 1 Sukamaju",
    schoolNpsn: "20212345",
    ratingHasilKerja: "sesuai",
    ratingPerilaku: "di_atas",
    predikat: "baik",
    angkaKredit: 25,
    assessorNip: "197001012000031002",
    assessorName: "Budi Santoso",
    finalisedOn: "2026-12-15",
    acknowledgedAt: null,
    ...over,
  };
}

/** The cells of the CSV's second line, for rows with no quoted cell. */
function cells(csv: string): Record<string, string> {
  const values = csv.split("\n")[1]?.split(",") ?? [];
  return Object.fromEntries(EKINERJA_CSV_COLUMNS.map((c, i) => [c, values[i] ?? "?"]));
}

describe("ekinerjaCsv", () => {
  it("writes the documented header and one line per row, codes plus the predikat's label", () => {
    expect(ekinerjaCsv([row({ acknowledgedAt: "2026-12-16T01:30:00.000Z" })])).toBe(
      `${HEADER}198503152010011004,Siti Aminah,3204,Dinas Pendidikan Kabupaten Bandung,Periode 2026,2026-01-01,` +
        "2026-12-31,guru,20212345,SD Negeri 1 Sukamaju,sesuai,di_atas,baik,Baik,25,197001012000031002," +
        "Budi Santoso,2026-12-15,2026-12-16T01:30:00.000Z\n",
    );
  });

  it("writes only the header for an empty list", () => {
    expect(ekinerjaCsv([])).toBe(HEADER);
  });

  it("quotes cells with quotes, commas and line breaks", () => {
    const csv = ekinerjaCsv([row({ name: 'Siti "Ani" Aminah, S.Pd.', schoolName: "SD Negeri 1\nSukamaju" })]);
    expect(csv).toContain(`,"Siti ""Ani"" Aminah, S.Pd.",`);
    expect(csv).toContain(`,"SD Negeri 1\nSukamaju",`);
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    const csv = ekinerjaCsv([row({ name: "=HYPERLINK(1)", assessorName: "+62812", schoolName: "@sum" })]);
    expect(cells(csv)).toMatchObject({
      nama: "'=HYPERLINK(1)",
      nama_pejabat_penilai: "'+62812",
      nama_sekolah: "'@sum",
    });
  });

  it("leaves null cells empty: a pengawas without a school, no angka kredit, not yet acknowledged", () => {
    const c = cells(ekinerjaCsv([row({ track: "pengawas", schoolName: null, schoolNpsn: null, angkaKredit: null })]));
    expect(c).toMatchObject({ peran: "pengawas", npsn: "", nama_sekolah: "", angka_kredit: "" });
    expect(c.waktu_diketahui_pegawai).toBe("");
  });

  it("leaves empty a pegawai without a NIP, a perilaku-only rating and a pejabat penilai without a NIP", () => {
    const r = row({ nip: null, ratingHasilKerja: null, predikat: "baik", assessorNip: null });
    expect(cells(ekinerjaCsv([r]))).toMatchObject({ nip: "", rating_hasil_kerja: "", nip_pejabat_penilai: "" });
    expect(ekinerjaJson(meta, [r]).rows[0]).toMatchObject({
      nip: null,
      rating_hasil_kerja: null,
      nip_pejabat_penilai: null,
    });
  });

  it("writes angka kredit with a dot decimal and no float noise", () => {
    for (const [value, text] of [
      [37.5, "37.5"],
      [1.5625, "1.5625"],
      [0.1 + 0.2, "0.3"],
      [0, "0"],
      [150, "150"],
    ] as const) {
      expect(cells(ekinerjaCsv([row({ angkaKredit: value })])).angka_kredit).toBe(text);
    }
  });
});

describe("formatAngkaKredit", () => {
  it("refuses what is not an amount of credit", () => {
    for (const v of [-1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => formatAngkaKredit(v)).toThrow(RangeError);
  });
});

describe("ekinerjaJson", () => {
  it("carries the format version, district, period and generatedAt; rows keyed like the CSV", () => {
    const doc = ekinerjaJson(meta, [row({ angkaKredit: 0.1 + 0.2, schoolName: null, schoolNpsn: null })]);
    expect(doc).toMatchObject({ format: "kinerja.ekinerja/1", ...meta });
    expect(doc.rows).toEqual([
      {
        nip: "198503152010011004",
        nama: "Siti Aminah",
        peran: "guru",
        npsn: null,
        nama_sekolah: null,
        rating_hasil_kerja: "sesuai",
        rating_perilaku_kerja: "di_atas",
        predikat: "baik",
        predikat_label: "Baik",
        angka_kredit: 0.3,
        nip_pejabat_penilai: "197001012000031002",
        nama_pejabat_penilai: "Budi Santoso",
        tanggal_penetapan: "2026-12-15",
        waktu_diketahui_pegawai: null,
      },
    ]);
    // Every row key is a CSV column; only the file-wide ones are missing.
    const missing = EKINERJA_CSV_COLUMNS.filter((c) => !Object.keys(doc.rows[0] ?? {}).includes(c));
    expect(missing).toEqual(["kode_dinas", "nama_dinas", "periode", "tanggal_mulai", "tanggal_selesai"]);
  });

  it("keeps text as written (JSON has no formulas) and survives a round trip", () => {
    const doc = ekinerjaJson(meta, [row({ name: '=cmd|"/c calc"!A1' })]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    expect(doc.rows[0]?.nama).toBe('=cmd|"/c calc"!A1');
  });

  it("writes an empty list with its header", () => {
    expect(ekinerjaJson(meta, [])).toEqual({ format: "kinerja.ekinerja/1", ...meta, rows: [] });
  });

  it("refuses a row of another district or period", () => {
    expect(() => ekinerjaJson(meta, [row({ districtCode: "3205" })])).toThrow(/district/);
    expect(() => ekinerjaJson(meta, [row({ periodEndsOn: "2026-06-30" })])).toThrow(/period/);
  });
});

describe("docs/ekinerja-export.md", () => {
  it("documents every column", () => {
    const doc = readFileSync(new URL("../../../docs/ekinerja-export.md", import.meta.url), "utf8");
    for (const c of EKINERJA_CSV_COLUMNS) expect(doc, c).toMatch(new RegExp(`^\\| \`${c}\` \\|`, "m"));
  });
});
