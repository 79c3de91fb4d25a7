import { describe, expect, it } from "vitest";
import { additionalDuties } from "../../../src/domain/rulesets/catalogue/additional-duties.js";
import { behaviourAspects } from "../../../src/domain/rulesets/catalogue/behaviour-aspects.js";
import { leadershipIndicators } from "../../../src/domain/rulesets/catalogue/leadership-indicators.js";
import { practiceIndicators } from "../../../src/domain/rulesets/catalogue/practice-indicators.js";
import { rhkItems } from "../../../src/domain/rulesets/catalogue/rhk-items.js";
import { findTemplate, RULE_SET_TEMPLATES } from "../../../src/domain/rulesets/catalogue/templates.js";
import { ZRuleSetContent } from "../../../src/domain/rulesets/types.js";

function duplicates(codes: string[]): string[] {
  return codes.filter((code, i) => codes.indexOf(code) !== i);
}

/** DOMAIN.md §3, step 2: the eight practice indicators a guru picks from. */
const DOMAIN_PRACTICE_INDICATORS = [
  "keteraturan suasana kelas",
  "penerapan disiplin positif",
  "umpan balik konstruktif",
  "perhatian dan kepedulian",
  "ekspektasi pada peserta didik",
  "aktivitas interaktif",
  "instruksi yang adaptif",
  "instruksi pembelajaran",
];

const KNOWN_RHK_POINTS: Record<string, number> = {
  "peserta-pelatihan-mandiri": 8,
  "partisipan-observasi-praktik-pembelajaran": 8,
  "penggerak-komunitas-belajar": 36,
  "narasumber-berbagi-praktik-baik": 8,
  "peserta-berbagi-praktik-baik": 4,
  "peserta-webinar": 4,
};

describe("rule-set templates", () => {
  it.each(RULE_SET_TEMPLATES.map((t) => [t.code, t] as const))("%s parses with ZRuleSetContent", (_code, t) => {
    expect(() => ZRuleSetContent.parse(t.content)).not.toThrow();
  });

  it("has the three seeded templates, version 1, with unique codes", () => {
    expect(RULE_SET_TEMPLATES.map((t) => t.code)).toEqual(["2024-semester", "2025-annual", "2026-annual"]);
    expect(RULE_SET_TEMPLATES.every((t) => t.version === 1)).toBe(true);
  });

  it("2024 is by semester with 32–128 points and required uploads", () => {
    const s = findTemplate("2024-semester")?.content.settings;
    expect(s?.cadence).toBe("semester");
    expect(s?.rhkPoints).toEqual({ min: 32, max: 128 });
    expect(s?.evidenceUploadsRequired).toBe(true);
    expect(s?.defaultWindows.period).toEqual({ from: "01-01", to: "06-30" });
  });

  it("2025 is annual, with points and a reflection text instead of uploads", () => {
    const s = findTemplate("2025-annual")?.content.settings;
    expect(s?.cadence).toBe("annual");
    expect(s?.rhkPoints).toEqual({ min: 32, max: 128 });
    expect(s?.evidenceUploadsRequired).toBe(false);
    expect(s?.competenceReflectionText).toBe(true);
    expect(s?.defaultWindows.planning).toEqual({ from: "01-01", to: "03-31" });
  });

  it("2026 has no points and a pre-planning step", () => {
    const s = findTemplate("2026-annual")?.content.settings;
    expect(s?.rhkPoints).toBeNull();
    expect(s?.prePlanning).toBe(true);
    expect(s?.defaultWindows.planning).toEqual({ from: "01-01", to: "01-31" });
    expect(s?.defaultWindows.period).toEqual({ from: "01-01", to: "12-31" });
  });

  it("only ASN are eligible", () => {
    for (const t of RULE_SET_TEMPLATES) {
      expect(t.content.settings.eligibleEmploymentStatuses).toEqual(["PNS", "PPPK"]);
    }
  });

  it("gives each template its own copy of the catalogue", () => {
    const [a, b] = RULE_SET_TEMPLATES;
    expect(a?.content.rhkItems).toEqual(b?.content.rhkItems);
    expect(a?.content.rhkItems).not.toBe(b?.content.rhkItems);
  });

  it("findTemplate returns undefined for an unknown code", () => {
    expect(findTemplate("1999-semester")).toBeUndefined();
  });

  it("the schema rejects a broken template", () => {
    const t = findTemplate("2024-semester");
    const broken = { ...t?.content, behaviourAspects: behaviourAspects.slice(1) };
    expect(ZRuleSetContent.safeParse(broken).success).toBe(false);
  });
});

describe("catalogue", () => {
  it.each([
    ["practiceIndicators", practiceIndicators.map((x) => x.code)],
    ["leadershipIndicators", leadershipIndicators.map((x) => x.code)],
    ["rhkItems", rhkItems.map((x) => x.code)],
    ["additionalDuties", additionalDuties.map((x) => x.code)],
    ["behaviourAspects", behaviourAspects.map((x) => x.code)],
    ["target perilaku", [...practiceIndicators, ...leadershipIndicators].flatMap((i) => i.targets.map((t) => t.code))],
  ])("%s codes are unique kebab-case", (_list, codes) => {
    expect(duplicates(codes)).toEqual([]);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("has exactly the eight practice indicators of DOMAIN.md §3", () => {
    expect(practiceIndicators).toHaveLength(8);
    const names = practiceIndicators.map((i) => i.name.toLowerCase()).sort();
    expect(names).toEqual([...DOMAIN_PRACTICE_INDICATORS].sort());
  });

  it("gives each practice indicator three targets with three do and three avoid behaviours", () => {
    for (const indicator of practiceIndicators) {
      expect(indicator.targets, indicator.code).toHaveLength(3);
      for (const target of indicator.targets) {
        expect(target.recommended, target.code).toHaveLength(3);
        expect(target.avoid, target.code).toHaveLength(3);
      }
    }
  });

  it("marks the instruction indicators, whose targets are ours, as unconfirmed", () => {
    const unconfirmed = practiceIndicators.filter((i) => !i.confirmed).map((i) => i.code);
    expect(unconfirmed).toEqual(expect.arrayContaining(["instruksi-pembelajaran", "instruksi-yang-adaptif"]));
  });

  it("has eight leadership indicators with two or three targets and evidence each", () => {
    expect(leadershipIndicators).toHaveLength(8);
    for (const indicator of leadershipIndicators) {
      expect(indicator.targets.length, indicator.code).toBeGreaterThanOrEqual(2);
      expect(indicator.targets.length, indicator.code).toBeLessThanOrEqual(3);
      expect(indicator.evidence.length, indicator.code).toBeGreaterThan(0);
    }
  });

  it("lists the seven BerAKHLAK aspects in order", () => {
    expect(behaviourAspects.map((a) => a.code)).toEqual([
      "berorientasi-pelayanan",
      "akuntabel",
      "kompeten",
      "harmonis",
      "loyal",
      "adaptif",
      "kolaboratif",
    ]);
  });

  it("has 18 RHK items; the six known ones carry their known points and are confirmed", () => {
    expect(rhkItems).toHaveLength(18);
    for (const [code, points] of Object.entries(KNOWN_RHK_POINTS)) {
      const item = rhkItems.find((i) => i.code === code);
      expect(item, code).toBeDefined();
      expect(item?.points, code).toBe(points);
      expect(item?.confirmed, code).toBe(true);
    }
    const others = rhkItems.filter((i) => !(i.code in KNOWN_RHK_POINTS));
    expect(others.every((i) => !i.confirmed)).toBe(true);
  });

  it("gives the found tugas tambahan their hours and marks the seen ones unconfirmed", () => {
    const hours = (code: string) => additionalDuties.find((d) => d.code === code)?.hoursPerWeek;
    expect(hours("wakil-kepala-satuan-pendidikan")).toBe(12);
    expect(hours("kepala-laboratorium")).toBe(12);
    expect(hours("pembimbing-khusus-sekolah-inklusif")).toBe(6);
    expect(hours("wali-kelas")).toBe(2);
    expect(hours("koordinator-p5")).toBeNull();
    expect(additionalDuties.find((d) => d.code === "wali-kelas")?.confirmed).toBe(false);
  });
});
