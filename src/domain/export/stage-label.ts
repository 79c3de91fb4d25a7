import type { PeriodWindows } from "../cycles/phase.js";
import type { CycleTrack } from "../org/assessors.js";
import type { IsoDate } from "../org/types.js";
import type { PlanStatus } from "../planning/state.js";
import type { ObservationMode } from "../practice/context.js";
import { practiceDocumentsOf } from "../practice/registry.js";
import { type PracticeKind, practiceSummary } from "../practice/stages.js";
import { PHASE_LABELS, PLAN_STATUS_LABELS, STAGE_LABELS } from "./labels.js";

export type StageLabelInput = {
  track: CycleTrack;
  planStatus: PlanStatus | "not_started";
  windows: Pick<PeriodWindows, "executionOpensOn" | "executionClosesOn" | "assessmentOpensOn" | "assessmentClosesOn">;
  today: IsoDate;
  /** Each practice document's status. */
  documents: Partial<Record<PracticeKind, string>>;
  observationMode: ObservationMode | null;
};

const PENILAIAN_STATUS: Record<string, string> = {
  draft: "Menunggu penilaian atasan",
  rated: "Dinilai, menunggu dibaca pegawai",
};

/**
 * Where a cycle stands, as a file prints it: "Perencanaan · Disetujui", "Pelaksanaan · Refleksi
 * Tindak Lanjut", "Penilaian · Menunggu penilaian atasan", "Selesai". The practice part is the
 * current stage of `practiceSummary` (windows without extensions: a report, not a rule).
 */
export function stageLabel(i: StageLabelInput): string {
  if (i.planStatus !== "agreed") return `${PHASE_LABELS.perencanaan} · ${PLAN_STATUS_LABELS[i.planStatus]}`;
  const summary = practiceSummary(
    {
      track: i.track,
      planStatus: "agreed",
      window: { opensOn: i.windows.executionOpensOn, closesOn: i.windows.executionClosesOn },
      assessmentWindow: { opensOn: i.windows.assessmentOpensOn, closesOn: i.windows.assessmentClosesOn },
      today: i.today,
      documents: i.documents,
    },
    i.observationMode,
  );
  if (summary.done) return PHASE_LABELS.selesai;
  if (summary.stage === null) return PHASE_LABELS.pelaksanaan;
  const phase = practiceDocumentsOf(i.track)[summary.stage]?.phase === "penilaian" ? "penilaian" : "pelaksanaan";
  const what =
    summary.stage === "penilaian"
      ? (PENILAIAN_STATUS[i.documents.penilaian ?? "draft"] ?? STAGE_LABELS.penilaian)
      : STAGE_LABELS[summary.stage];
  return `${PHASE_LABELS[phase]} · ${what}`;
}
