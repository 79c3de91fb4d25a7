import { describe, expect, it } from "vitest";
import { checkDistribution, distributionOf, type PredikatCounts } from "../../../src/domain/assessment/distribution.js";
import { ORGANISATION_PREDIKATS } from "../../../src/domain/assessment/scale.js";

const group = (c: Partial<PredikatCounts>): PredikatCounts => ({
  sangat_baik: 0,
  baik: 0,
  butuh_perbaikan: 0,
  kurang: 0,
  sangat_kurang: 0,
  ...c,
});
const codes = (v: ReturnType<typeof checkDistribution>) => v.map((x) => `${x.code}:${x.predikats.join("+")}`);

describe("distributionOf", () => {
  it("counts each predikat and its share of the group", () => {
    const d = distributionOf(["baik", "baik", "sangat_baik", "kurang"]);
    expect(d.total).toBe(4);
    expect(d.counts).toEqual(group({ baik: 2, sangat_baik: 1, kurang: 1 }));
    expect(d.shares).toEqual({ sangat_baik: 0.25, baik: 0.5, butuh_perbaikan: 0, kurang: 0.25, sangat_kurang: 0 });
  });

  it("an empty group has zero counts and zero shares", () => {
    expect(distributionOf([])).toEqual({ total: 0, counts: group({}), shares: group({}) });
  });
});

describe("checkDistribution", () => {
  it.each(ORGANISATION_PREDIKATS)("an empty group breaks nothing under %s", (org) => {
    expect(checkDistribution(org, group({}))).toEqual([]);
  });

  it("explains a broken cap with the limit, the actual share and the raw count", () => {
    expect(checkDistribution("istimewa", group({ sangat_baik: 701, baik: 299 }))).toEqual([
      { code: "distribution.maxShare", predikats: ["sangat_baik"], limit: 70, actual: 70.1, count: 701, total: 1000 },
    ]);
  });

  it("istimewa: Sangat Baik up to 70%", () => {
    expect(checkDistribution("istimewa", group({ sangat_baik: 7, baik: 3 }))).toEqual([]);
    expect(codes(checkDistribution("istimewa", group({ sangat_baik: 701, baik: 299 })))).toEqual([
      "distribution.maxShare:sangat_baik",
    ]);
  });

  describe("baik", () => {
    it("Baik up to 70%", () => {
      expect(checkDistribution("baik", group({ baik: 700, sangat_baik: 299, butuh_perbaikan: 1 }))).toEqual([]);
      expect(checkDistribution("baik", group({ baik: 701, sangat_baik: 298, butuh_perbaikan: 1 }))).toEqual([
        { code: "distribution.maxShare", predikats: ["baik"], limit: 70, actual: 70.1, count: 701, total: 1000 },
      ]);
    });

    it("at least one pegawai below Baik (Butuh Perbaikan, Kurang or Sangat Kurang)", () => {
      expect(checkDistribution("baik", group({ baik: 7, sangat_baik: 3 }))).toEqual([
        {
          code: "distribution.minCount",
          predikats: ["butuh_perbaikan", "kurang", "sangat_kurang"],
          limit: 1,
          actual: 0,
          count: 0,
          total: 10,
        },
      ]);
      for (const below of ["butuh_perbaikan", "kurang", "sangat_kurang"] as const) {
        expect(checkDistribution("baik", group({ baik: 7, sangat_baik: 2, [below]: 1 }))).toEqual([]);
      }
    });
  });

  describe("butuh_perbaikan", () => {
    it("Butuh Perbaikan at least 60%", () => {
      expect(checkDistribution("butuh_perbaikan", group({ butuh_perbaikan: 600, baik: 400 }))).toEqual([]);
      expect(checkDistribution("butuh_perbaikan", group({ butuh_perbaikan: 599, baik: 401 }))).toEqual([
        {
          code: "distribution.minShare",
          predikats: ["butuh_perbaikan"],
          limit: 60,
          actual: 59.9,
          count: 599,
          total: 1000,
        },
      ]);
    });

    it("Sangat Baik up to 10%", () => {
      expect(
        checkDistribution("butuh_perbaikan", group({ butuh_perbaikan: 600, sangat_baik: 100, baik: 300 })),
      ).toEqual([]);
      expect(
        codes(checkDistribution("butuh_perbaikan", group({ butuh_perbaikan: 600, sangat_baik: 101, baik: 299 }))),
      ).toEqual(["distribution.maxShare:sangat_baik"]);
    });
  });

  describe("kurang", () => {
    const ok = { kurang: 600, butuh_perbaikan: 100, sangat_baik: 100, baik: 200 };

    it("complies exactly on every line", () => {
      expect(checkDistribution("kurang", group(ok))).toEqual([]);
    });
    it("Kurang at least 60%", () => {
      const v = checkDistribution("kurang", group({ ...ok, kurang: 599, baik: 201 }));
      expect(codes(v)).toEqual(["distribution.minShare:kurang"]);
      expect(v[0]?.actual).toBe(59.9);
    });
    it("Butuh Perbaikan at least 10%", () => {
      const v = checkDistribution("kurang", group({ ...ok, butuh_perbaikan: 99, baik: 201 }));
      expect(codes(v)).toEqual(["distribution.minShare:butuh_perbaikan"]);
      expect(v[0]?.actual).toBe(9.9);
    });
    it("Sangat Baik up to 10%", () => {
      const v = checkDistribution("kurang", group({ ...ok, sangat_baik: 101, baik: 199 }));
      expect(codes(v)).toEqual(["distribution.maxShare:sangat_baik"]);
      expect(v[0]?.actual).toBe(10.1);
    });
    it("lists every broken cap, in the order of the rule", () => {
      expect(codes(checkDistribution("kurang", group({ baik: 10 })))).toEqual([
        "distribution.minShare:kurang",
        "distribution.minShare:butuh_perbaikan",
      ]);
    });
  });

  describe("sangat_kurang", () => {
    const ok = { sangat_kurang: 600, kurang: 50, butuh_perbaikan: 50, baik: 300 };

    it("complies exactly on every line, Kurang and Butuh Perbaikan counted together", () => {
      expect(checkDistribution("sangat_kurang", group(ok))).toEqual([]);
      expect(checkDistribution("sangat_kurang", group({ ...ok, kurang: 100, butuh_perbaikan: 0 }))).toEqual([]);
    });
    it("Sangat Kurang at least 60%", () => {
      const v = checkDistribution("sangat_kurang", group({ ...ok, sangat_kurang: 599, baik: 301 }));
      expect(codes(v)).toEqual(["distribution.minShare:sangat_kurang"]);
    });
    it("Kurang + Butuh Perbaikan at least 10%", () => {
      const v = checkDistribution("sangat_kurang", group({ ...ok, kurang: 49, baik: 301 }));
      expect(v).toEqual([
        {
          code: "distribution.minShare",
          predikats: ["kurang", "butuh_perbaikan"],
          limit: 10,
          actual: 9.9,
          count: 99,
          total: 1000,
        },
      ]);
    });
    it("no Sangat Baik at all", () => {
      const v = checkDistribution("sangat_kurang", group({ ...ok, sangat_baik: 1, baik: 299 }));
      expect(v).toEqual([
        { code: "distribution.maxShare", predikats: ["sangat_baik"], limit: 0, actual: 0.1, count: 1, total: 1000 },
      ]);
    });
  });

  it("accepts the counts distributionOf gives", () => {
    const { counts } = distributionOf(["sangat_baik", "sangat_baik", "sangat_baik", "baik"]); // 75%;
    expect(codes(checkDistribution("istimewa", counts))).toEqual(["distribution.maxShare:sangat_baik"]);
  });
});
