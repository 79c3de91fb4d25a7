import { describe, expect, it } from "vitest";
import { emptyPlanContent } from "../../../src/domain/planning/content.js";
import { emptyPenilaian } from "../../../src/domain/practice/penilaian.js";
import { type SkpSource, skpData } from "../../../src/server/assessment/skp-data.js";
import { ruleSet } from "../../domain/planning/fixtures.js";

const rules = ruleSet("2025-annual");
const source = (over: Partial<SkpSource> = {}): SkpSource => ({
  districtName: "Kabupaten Contoh",
  period: { name: "Tahun 2026", startsOn: "2026-01-01", endsOn: "2026-12-31" },
  track: "guru",
  ruleSet: rules,
  plan: { ...emptyPlanContent(), rhk: [{ code: rules.rhkItems[0]?.code as string, quantity: 2 }] },
  planAgreedOn: "2026-02-01",
  pegawai: { name: "Guru G", nip: null, rank: "", positionLevel: "Guru Ahli Muda", schoolName: "SD Negeri 1" },
  pejabat: { name: "KS K", nip: "1972", rank: "IV/a", positionLevel: "", schoolName: "SD Negeri 1", kind: "principal" },
  record: [
    { title: "Refleksi Tindak Lanjut", content: { inspiration: "Murid bertanya lebih banyak.", mode: "langsung" } },
  ],
  results: null,
  ...over,
});
const full = () => ({
  ...emptyPenilaian(),
  axes: {
    upayaRefleksi: { level: "sesuai" as const, feedback: "a" },
    upayaMempelajari: { level: "sesuai" as const, feedback: "b" },
    perubahanPraktik: { level: "di_atas" as const, feedback: "c" },
  },
  hasilKerja: "sesuai" as const,
  perilaku: "sesuai" as const,
});

describe("the SKP's content", () => {
  it("prints the ratings, the predikat and the angka kredit of the pegawai's jenjang", () => {
    const d = skpData(source(), { content: full(), ratedOn: "2026-12-10", acknowledgedOn: null, scope: "full" });
    expect(d).toMatchObject({
      instansi: "Dinas Pendidikan Kabupaten Contoh",
      predikat: "Baik",
      workResultRating: "Sesuai ekspektasi",
      // Ahli Muda: 25 a year × Baik 100%.
      creditPoints: 25,
      acknowledgement: null,
      pejabatPenilai: { name: "KS K", position: "Kepala Sekolah" },
    });
    // No NIP in the staff data: a dash, never "null".
    expect(d.pegawai.nip).toBe("—");
    expect(d.practiceAxes.map((a) => a.rating)).toEqual([
      "Sesuai ekspektasi",
      "Sesuai ekspektasi",
      "Di atas ekspektasi",
    ]);
    expect(d.behaviours).toHaveLength(7);
    expect(d.workResults.main[0]?.target).toMatch(/^2 × /);
    // 2025 rules: no certificate is uploaded, the written reflection shows the activity.
    expect(d.workResults.main[0]?.indicator).toMatch(/, dibuktikan dengan refleksi tertulis$/);
    const in2024 = skpData(source({ ruleSet: ruleSet("2024-semester") }), {
      content: full(),
      ratedOn: "2026-12-10",
      acknowledgedOn: null,
      scope: "full",
    });
    expect(in2024.workResults.main[0]?.indicator).toMatch(/, dibuktikan dengan sertifikat/);
    // The lampiran keeps what was written, not the form's codes.
    expect(d.attachment).toEqual([{ title: "Refleksi Tindak Lanjut", lines: ["Murid bertanya lebih banyak."] }]);
  });

  it("rates a late appointee on perilaku only: no practice axes, the predikat from perilaku", () => {
    const content = { ...emptyPenilaian(), perilaku: "di_bawah" as const };
    const d = skpData(source(), {
      content,
      ratedOn: "2026-12-10",
      acknowledgedOn: "2026-12-12",
      scope: "perilaku_only",
    });
    expect(d).toMatchObject({
      practiceAxes: [],
      workResultRating: "Dinilai perilaku saja",
      predikat: "Kurang/Misconduct",
    });
    expect(d.signatures.pegawai.date).toBe("2026-12-12");
  });

  it("counts no angka kredit for an unknown jenjang or a semester pro rata", () => {
    const unknown = source({ pegawai: { ...source().pegawai, positionLevel: "Penata Muda" } });
    expect(
      skpData(unknown, { content: full(), ratedOn: "2026-06-30", acknowledgedOn: null, scope: "full" }).creditPoints,
    ).toBeNull();
    const semester = source({ period: { name: "Semester 1", startsOn: "2026-01-01", endsOn: "2026-06-30" } });
    expect(
      skpData(semester, { content: full(), ratedOn: "2026-06-30", acknowledgedOn: null, scope: "full" }).creditPoints,
    ).toBe(12.5);
  });
});
