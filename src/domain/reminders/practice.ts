import type { CycleTrack } from "../org/assessors.js";
import type { IsoDate } from "../org/types.js";
import type { ObservationMode } from "../practice/context.js";
import { definitionsForMode, type PracticeKind, stageStatesFor } from "../practice/stages.js";
import type { ReminderCycle } from "./reminders.js";

type Window = { opensOn: IsoDate; closesOn: IsoDate };

/** A cycle with an agreed plan as the practice reminders see it (its windows after extensions). */
export type PracticeFacts = {
  track: CycleTrack;
  /** Each practice document's status by kind (absent = not created). */
  documents: Partial<Record<PracticeKind, string | null>>;
  /** A KS's persiapan says how the observation is made; null otherwise. */
  observationMode: ObservationMode | null;
  window: Window;
  assessmentWindow: Window;
  today: IsoDate;
};

/**
 * Today held inside the window: the stages' rule names nobody once a window shut (nobody can act
 * then), but an escalation after the close asks who WOULD act — the same answer as on its last day.
 */
const within = (today: IsoDate, w: Window): IsoDate =>
  today < w.opensOn ? w.opensOn : today > w.closesOn ? w.closesOn : today;

/**
 * Who must act on the unfinished Praktik Kinerja stages (the pelaksanaan window; the penilaian is
 * judged apart): the pegawai, the atasan / Tim Kinerja, both (a refleksi waits on the atasan while
 * the pegawai finishes the bukti dukung), or nobody. From `stageStatesFor`, the queue's own rule.
 */
export function practiceActor(f: PracticeFacts): ReminderCycle["actor"] {
  const view = stageStatesFor({
    track: f.track,
    planStatus: "agreed",
    window: f.window,
    // No assessment window: the penilaian is never anyone's in the pelaksanaan window.
    today: within(f.today, f.window),
    documents: f.documents,
    definitionOf: definitionsForMode(f.track, f.observationMode),
  });
  const actors = new Set(view.stages.map((s) => s.nextActor));
  if (actors.has("owner") && actors.has("superior")) return "both";
  return actors.has("owner") ? "owner" : actors.has("superior") ? "superior" : "nobody";
}

/**
 * A penilaian the atasan may start but has not (the practice is done, no document yet):
 * "superior", else "nobody". A started one (draft, rated) is judged from its status by the loader.
 */
export function penilaianNotStarted(f: PracticeFacts): ReminderCycle["actor"] {
  if (f.documents.penilaian) return "nobody";
  const view = stageStatesFor({
    track: f.track,
    planStatus: "agreed",
    window: f.window,
    assessmentWindow: f.assessmentWindow,
    today: within(f.today, f.assessmentWindow),
    documents: f.documents,
    definitionOf: definitionsForMode(f.track, f.observationMode),
  });
  const penilaian = view.stages.find((s) => s.stage === "penilaian");
  return penilaian?.state === "open" && penilaian.nextActor === "superior" ? "superior" : "nobody";
}
