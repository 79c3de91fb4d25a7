import type { TFunction } from "i18next";
import type { Cap, DistributionViolation } from "../../domain/assessment/distribution.js";
import type { OrganisationPredikat } from "../../domain/assessment/scale.js";
import { currentLang } from "../i18n/index.js";

/** 80, 66,7 (one decimal at most, the reader's decimal mark). */
export function percent(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return currentLang() === "id" ? String(rounded).replace(".", ",") : String(rounded);
}

const kindOf = (code: Cap["code"]) =>
  code === "distribution.maxShare" ? "maxShare" : code === "distribution.minShare" ? "minShare" : "minCount";

const names = (t: TFunction, predikats: readonly string[]) =>
  predikats.map((p) => t(`results.short.${p as "baik"}`)).join(" + ");

/** "Sangat Baik paling banyak 70%". */
export function capText(t: TFunction, cap: Cap): string {
  return t(`results.cap.${kindOf(cap.code)}`, { predikat: names(t, cap.predikats), limit: percent(cap.limit) });
}

/** "Sangat Baik 80% melebihi batas 70% untuk predikat organisasi Istimewa". */
export function violationText(t: TFunction, v: DistributionViolation, org: OrganisationPredikat | null): string {
  const share = v.code !== "distribution.minCount";
  return t(`results.violation.${kindOf(v.code)}`, {
    predikat: names(t, v.predikats),
    actual: share ? percent(v.actual) : String(v.actual),
    limit: share ? percent(v.limit) : String(v.limit),
    organisation: org ? t(`results.orgPredikat.${org}`) : "",
  });
}
