import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recommendIndicator } from "../../../src/domain/planning/recommend.js";
import { matchIndicator, raporIndicators } from "../../../src/domain/rapor/indicators.js";
import { parseRaporCsv, parseScore } from "../../../src/domain/rapor/parse.js";
import { RULE_SET_TEMPLATES } from "../../../src/domain/rulesets/catalogue/templates.js";
import { DEMO_RAPOR } from "../../../src/server/rapor/seed-demo-rapor.js";

const indicators = raporIndicators();
const NPSN = "20100001";
const parse = (text: string) => parseRaporCsv(text, { npsn: NPSN, indicators });

function errorsOf(text: string) {
  const r = parse(text);
  if (r.ok || !("errors" in r)) throw new Error(`expected row errors, got ${JSON.stringify(r)}`);
  return r.errors;
}

describe("indicators", () => {
  it("are the 8 practice indicators of the newest template", () => {
    const newest = RULE_SET_TEMPLATES.find((t) => t.code === "2026-annual");
    expect(indicators.map((i) => i.code)).toEqual(newest?.content.practiceIndicators.map((i) => i.code));
    expect(indicators).toHaveLength(8);
  });

  it("match by code or by name, ignoring case, spaces, hyphens and underscores", () => {
    for (const raw of ["umpan-balik-konstruktif", "Umpan balik konstruktif", "UMPAN_BALIK  Konstruktif"]) {
      expect(matchIndicator(raw, indicators)?.code).toBe("umpan-balik-konstruktif");
    }
    expect(matchIndicator("umpan balik", indicators)).toBeNull();
    expect(matchIndicator("", indicators)).toBeNull();
  });
});

describe("parseRaporCsv", () => {
  it("reads the shipped example: the demo set, with umpan balik konstruktif recommended", () => {
    const r = parse(readFileSync("examples/rapor-pendidikan.csv", "utf8"));
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.rows.map(({ line: _, npsn: __, ...rest }) => rest)).toEqual(DEMO_RAPOR);
    const order = indicators.map((i) => i.code);
    expect(recommendIndicator(r.rows, order)).toEqual({ indicatorCode: "umpan-balik-konstruktif", basis: "score" });
  });

  it("accepts semicolons, a header in any case, a BOM, Excel's apostrophe and categories in any case", () => {
    const r = parse(
      "\uFEFFNPSN;Indikator;KATEGORI;Catatan\n'20100001;Aktivitas interaktif;SEDANG;x\n20100001;instruksi-yang-adaptif;Baik;\n",
    );
    expect(r).toEqual({
      ok: true,
      ignoredColumns: ["Catatan"],
      rows: [
        { line: 2, npsn: NPSN, indicatorCode: "aktivitas-interaktif", score: null, category: "sedang" },
        { line: 3, npsn: NPSN, indicatorCode: "instruksi-yang-adaptif", score: null, category: "baik" },
      ],
    });
  });

  it("reports every row problem with its line and column", () => {
    const errors = errorsOf(
      [
        "npsn,indikator,nilai,kategori",
        "20100001,Umpan balik konstruktif,48,kurang",
        "20100002,Aktivitas interaktif,50,",
        "20100001,Kerapian kelas,50,",
        "20100001,umpan-balik-konstruktif,60,",
        "20100001,Instruksi pembelajaran,101,cukup",
        "20100001,Instruksi yang adaptif,,",
        "20100001,Perhatian dan kepedulian,62.5,",
        ",,7,",
      ].join("\n"),
    );
    const at = (line: number) => errors.filter((e) => e.line === line).map((e) => [e.column, e.message]);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual([["npsn", "NPSN 20100002 bukan NPSN sekolah ini (20100001)."]]);
    expect(at(4)[0]?.[1]).toMatch(/^Indikator "Kerapian kelas" tidak dikenal/);
    expect(at(5)).toEqual([["indikator", 'Indikator "Umpan balik konstruktif" sudah ada di baris 2.']]);
    expect(at(6)).toEqual([
      ["nilai", 'Nilai harus bilangan bulat 0–100 (tertulis "101").'],
      ["kategori", 'Kategori "cukup" tidak dikenal. Isi baik, sedang, atau kurang.'],
    ]);
    expect(at(7)).toEqual([["", "Isi nilai (0–100) atau kategori (baik, sedang, kurang) pada baris ini."]]);
    expect(at(8)).toEqual([["nilai", 'Nilai harus bilangan bulat 0–100 (tertulis "62.5").']]);
    expect(at(9).map(([c]) => c)).toEqual(["npsn", "indikator"]);
  });

  it("counts lines as a spreadsheet shows them, blank lines included", () => {
    const errors = errorsOf("npsn,indikator,nilai\n\n20100001,Aktivitas interaktif,abc\n");
    expect(errors.map((e) => e.line)).toEqual([3]);
  });

  it("refuses a file without the needed columns, an empty file and duplicate columns", () => {
    expect(parse("npsn,nama,nilai\n20100001,x,5")).toEqual({
      ok: false,
      problem: { kind: "missingColumns", columns: ["indikator"] },
    });
    expect(parse("npsn,indikator\n20100001,Aktivitas interaktif")).toEqual({
      ok: false,
      problem: { kind: "missingColumns", columns: ["nilai atau kategori"] },
    });
    expect(parse("")).toEqual({ ok: false, problem: { kind: "empty" } });
    expect(parse("npsn;indikator;nilai\n;;\n ; ; \n")).toEqual({ ok: false, problem: { kind: "empty" } });
    expect(parse("npsn,indikator,nilai,Nilai\n")).toEqual({
      ok: false,
      problem: { kind: "duplicateColumns", columns: ["nilai"] },
    });
  });

  it("reports a broken quote with its line", () => {
    const errors = errorsOf('npsn,indikator,nilai\n20100001,"Aktivitas interaktif,50\n');
    expect(errors[0]?.line).toBeGreaterThan(1);
  });
});

describe("a district's file", () => {
  const district = (text: string) => parseRaporCsv(text, { npsn: new Set([NPSN, "20100002"]), indicators });

  it("reads the shipped district example: rows of two schools, each with its NPSN", () => {
    const r = district(readFileSync("examples/rapor-pendidikan-dinas.csv", "utf8"));
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(new Set(r.rows.map((row) => row.npsn))).toEqual(new Set([NPSN, "20100002"]));
    expect(r.rows.filter((row) => row.npsn === NPSN).map(({ line: _, npsn: __, ...rest }) => rest)).toEqual(DEMO_RAPOR);
  });

  it("takes the same indicator once per school, and refuses an NPSN outside the district", () => {
    const r = district(
      [
        "npsn,indikator,nilai",
        "20100001,Aktivitas interaktif,50",
        "20100002,Aktivitas interaktif,60",
        "20100002,aktivitas-interaktif,70",
        "29999999,Aktivitas interaktif,70",
        ",Aktivitas interaktif,70",
      ].join("\n"),
    );
    if (r.ok || !("errors" in r)) throw new Error(JSON.stringify(r));
    expect(r.errors).toEqual([
      {
        line: 4,
        column: "indikator",
        message: 'Indikator "Aktivitas interaktif" untuk NPSN 20100002 sudah ada di baris 3.',
      },
      {
        line: 5,
        column: "npsn",
        message: "NPSN 29999999 bukan sekolah di dinas ini. Periksa NPSN atau daftarkan sekolahnya dulu.",
      },
      { line: 6, column: "npsn", message: "NPSN wajib diisi pada setiap baris." },
    ]);
  });
});

describe("parseScore", () => {
  it("takes whole numbers 0–100 only", () => {
    expect(parseScore("0")).toEqual({ ok: true, value: 0 });
    expect(parseScore(" 100 ")).toEqual({ ok: true, value: 100 });
    expect(parseScore("")).toEqual({ ok: true, value: null });
    for (const bad of ["-1", "101", "1e2", "7,5", "tujuh"]) expect(parseScore(bad).ok, bad).toBe(false);
  });
});

describe("control characters", () => {
  it("are a per-row error naming the line and column", () => {
    const errors = errorsOf(`npsn,indikator,nilai\n${NPSN},umpan-balik-konstruktif,7\u00000\n`);
    expect(errors).toEqual([
      {
        line: 2,
        column: "nilai",
        message: "Kolom nilai berisi karakter kontrol (mis. NUL) yang tidak terlihat: ketik ulang isi sel ini.",
      },
    ]);
  });
});
