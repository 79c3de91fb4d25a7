import type { TFunction } from "i18next";
import type { PracticeKind } from "../../domain/practice/stages.js";
import type { PracticeView } from "./types.js";

/** A stage's name; the bukti dukung is called a laporan where the rule set takes no uploads (2025+). */
export function stageLabel(t: TFunction, view: PracticeView, stage: PracticeKind): string {
  if (stage === "bukti_dukung") return t(`practice.stageByMode.${view.uploadsAllowed ? "bukti" : "laporan"}`);
  return t(`practice.stage.${stage}`);
}

/** What a stage is for, in the rule set's terms. */
export function stagePurpose(t: TFunction, view: PracticeView, stage: PracticeKind): string {
  if (stage === "bukti_dukung") return t(`practice.purposeByMode.${view.uploadsAllowed ? "bukti" : "laporan"}`);
  // A principal's practice is a leadership activity, observed by the Tim Kinerja.
  if (view.cycle.track === "kepala_sekolah" && (stage === "persiapan" || stage === "observasi")) {
    return t(`practice.purposeLeader.${stage}`);
  }
  return t(`practice.purpose.${stage}`);
}
