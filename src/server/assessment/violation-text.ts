import type { DistributionViolation } from "../../domain/assessment/distribution.js";
import type { OrganisationPredikat } from "../../domain/assessment/scale.js";
import { ORGANISATION_PREDIKAT_LABELS, PREDIKAT_LABELS } from "../../domain/export/labels.js";
import type { ErrorDetail } from "../core/errors.js";
import { type Lang, translate } from "../core/messages.js";

/** 80, 66.7 (one decimal at most), with the reader's decimal mark. */
function percent(value: number, lang: Lang): string {
  const rounded = Math.round(value * 10) / 10;
  return lang === "id" ? String(rounded).replace(".", ",") : String(rounded);
}

/**
 * Each broken cap as a sentence: "Sangat Baik 80% melebihi batas 70% untuk predikat organisasi
 * Istimewa". The predikat keep their Indonesian names in English too (glossary terms).
 */
export function violationDetails(
  violations: readonly DistributionViolation[],
  organisation: OrganisationPredikat | null,
  lang: Lang,
): ErrorDetail[] {
  return violations.map((v) => {
    const key =
      v.code === "distribution.maxShare" ? "maxShare" : v.code === "distribution.minShare" ? "minShare" : "minCount";
    const share = v.code !== "distribution.minCount";
    return {
      message: translate(lang, `results.violation.${key}`, {
        predikat: v.predikats.map((p) => PREDIKAT_LABELS[p]).join(" + "),
        actual: share ? percent(v.actual, lang) : v.actual,
        limit: share ? percent(v.limit, lang) : v.limit,
        organisation: organisation ? ORGANISATION_PREDIKAT_LABELS[organisation] : "",
      }),
    };
  });
}
