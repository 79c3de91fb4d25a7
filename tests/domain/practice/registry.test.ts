import { describe, expect, it } from "vitest";
import { PLAN_DOCUMENT } from "../../../src/domain/planning/document.js";
import { BUKTI_DUKUNG_DOCUMENT, type BuktiDukungContent } from "../../../src/domain/practice/bukti-dukung.js";
import {
  DOCUMENT_TYPES,
  definitionFor,
  documentType,
  isDocumentKind,
  PENGAWAS_DOCUMENTS,
} from "../../../src/domain/practice/registry.js";
import { PENGAWAS_STAGES, PRACTICE_KINDS, PRACTICE_STAGES, stagesFor } from "../../../src/domain/practice/stages.js";

describe("document registry", () => {
  it("holds the plan and the practice documents of every track, each under its own kind", () => {
    expect(Object.keys(DOCUMENT_TYPES)).toEqual(["plan", ...PRACTICE_KINDS]);
    expect(PRACTICE_KINDS).toEqual([
      ...PRACTICE_STAGES.filter((s) => s !== "penilaian"),
      "rekomendasi",
      "penilaian",
      "diskusi_persiapan",
      "pendampingan",
      "diskusi_tindak_lanjut",
      "upaya_pengawas",
      "refleksi_pengawas",
    ]);
    for (const [kind, def] of Object.entries(DOCUMENT_TYPES)) expect(def.kind).toBe(kind);
    expect(documentType("plan")).toBe(PLAN_DOCUMENT);
    expect(documentType("upaya").kind).toBe("upaya");
  });

  it("chains the five stages, each after the one before, persiapan after the plan; bukti dukung opens with the upaya", () => {
    const five = ["persiapan", "observasi", "tindak_lanjut", "upaya", "refleksi"] as const;
    const order = ["plan", ...five];
    five.forEach((stage, i) => {
      expect(documentType(stage).after).toEqual([order[i]]);
    });
    expect(documentType("bukti_dukung").after).toEqual(documentType("upaya").after);
  });

  it("chains the five pengawas stages after the plan; their bukti dukung opens with the upaya", () => {
    const five = PENGAWAS_STAGES.filter((s) => !["bukti_dukung", "rekomendasi", "penilaian"].includes(s));
    expect(five).toEqual([
      "diskusi_persiapan",
      "pendampingan",
      "diskusi_tindak_lanjut",
      "upaya_pengawas",
      "refleksi_pengawas",
    ]);
    const order = ["plan", ...five];
    five.forEach((stage, i) => {
      expect(definitionFor("pengawas", stage)?.after).toEqual([order[i]]);
    });
    const bukti = definitionFor("pengawas", "bukti_dukung");
    expect(bukti?.after).toEqual(PENGAWAS_DOCUMENTS.upaya_pengawas.after);
    // The same document otherwise: content, rules, transitions.
    expect(bukti).toMatchObject({ ...BUKTI_DUKUNG_DOCUMENT, after: ["diskusi_tindak_lanjut"] });
    expect(definitionFor("guru", "bukti_dukung")).toBe(BUKTI_DUKUNG_DOCUMENT);
    expect(documentType("bukti_dukung")).toBe(BUKTI_DUKUNG_DOCUMENT);
    const c: BuktiDukungContent = BUKTI_DUKUNG_DOCUMENT.empty();
    expect(bukti?.schema.parse(c)).toEqual(c);
  });

  it("gives each track its own stages; a kind of another track is not in a cycle", () => {
    expect(stagesFor("guru")).toEqual(PRACTICE_STAGES);
    expect(stagesFor("kepala_sekolah")).toEqual([
      ...PRACTICE_STAGES.filter((s) => s !== "penilaian"),
      "rekomendasi",
      "penilaian",
    ]);
    // The penilaian closes every track: a guru's after the refleksi and laporan, a leader's after
    // the Tim Kinerja's recommendation; only the atasan decides it.
    expect(definitionFor("guru", "penilaian")?.after).toEqual(["refleksi", "bukti_dukung"]);
    expect(definitionFor("kepala_sekolah", "penilaian")?.after).toEqual(["rekomendasi"]);
    expect(definitionFor("pengawas", "penilaian")?.after).toEqual(["rekomendasi"]);
    expect(definitionFor("pengawas", "penilaian")?.atasanOnly).toBe(true);
    expect(stagesFor("pengawas")).toEqual(PENGAWAS_STAGES);
    expect(definitionFor("pengawas", "observasi")).toBeNull();
    expect(definitionFor("guru", "pendampingan")).toBeNull();
    // The Tim Kinerja recommends for a KS and a pengawas only: a guru's atasan decides alone.
    expect(definitionFor("guru", "rekomendasi")).toBeNull();
    expect(definitionFor("kepala_sekolah", "rekomendasi")?.after).toEqual(["refleksi", "bukti_dukung"]);
    expect(definitionFor("pengawas", "rekomendasi")?.after).toEqual(["refleksi_pengawas", "bukti_dukung"]);
    expect(definitionFor("kepala_sekolah", "persiapan")).toBe(documentType("persiapan"));
    expect(definitionFor("pengawas", "toString")).toBeNull();
  });

  it.each(["guru", "kepala_sekolah", "pengawas"] as const)(
    "every %s document comes after kinds listed before it (the stage path's order is a valid order)",
    (track) => {
      const order = ["plan", ...stagesFor(track)];
      for (const stage of stagesFor(track)) {
        for (const before of definitionFor(track, stage)?.after ?? ["?"]) {
          expect(order.indexOf(before)).toBeGreaterThanOrEqual(0);
          expect(order.indexOf(before)).toBeLessThan(order.indexOf(stage));
        }
      }
    },
  );

  it("every definition is consistent: initial and done are statuses, transitions and pens name statuses", () => {
    for (const def of [...Object.values(DOCUMENT_TYPES), ...Object.values(PENGAWAS_DOCUMENTS)]) {
      const statuses: readonly string[] = def.statuses;
      expect(statuses).toContain(def.initial);
      for (const s of def.done) expect(statuses).toContain(s);
      for (const t of Object.values(def.transitions) as { from: readonly string[]; to: string | null }[]) {
        for (const s of t.from) expect(statuses).toContain(s);
        if (t.to !== null) expect(statuses).toContain(t.to);
      }
      for (const pen of Object.values(def.pens) as { statuses: readonly string[] }[]) {
        for (const s of pen.statuses) expect(statuses).toContain(s);
      }
      expect(def.schema.parse({})).toEqual(def.empty());
    }
  });

  it("refuses unknown kinds", () => {
    expect(isDocumentKind("observasi")).toBe(true);
    expect(isDocumentKind("toString")).toBe(false);
    expect(() => documentType("nilai")).toThrow("Unknown document kind");
  });
});
