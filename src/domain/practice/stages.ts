import type { Phase } from "../cycles/phase.js";
import type { AnyDocumentType, DocumentRole } from "../documents/engine.js";
import type { CycleTrack } from "../org/assessors.js";
import type { IsoDate } from "../org/types.js";
import type { PlanStatus } from "../planning/state.js";
import { checkWindow } from "../planning/window.js";
import type { ObservationMode } from "./context.js";
import { observasiFor } from "./observasi.js";
import { KS_DOCUMENTS, PENGAWAS_DOCUMENTS, PRACTICE_DOCUMENTS, practiceDocumentsOf } from "./registry.js";

/** The documents of Praktik Kinerja for a guru, in the registry's order (DOMAIN.md §4, then bukti dukung). */
export type PracticeStage = keyof typeof PRACTICE_DOCUMENTS;
export const PRACTICE_STAGES = Object.keys(PRACTICE_DOCUMENTS) as [PracticeStage, ...PracticeStage[]];

/** A KS's: a guru's, then the Tim Kinerja's recommendation. */
export type KsStage = keyof typeof KS_DOCUMENTS;
export const KS_STAGES = Object.keys(KS_DOCUMENTS) as [KsStage, ...KsStage[]];

/** The documents of a pengawas's Praktik Kinerja (seed 002), then bukti dukung. */
export type PengawasStage = keyof typeof PENGAWAS_DOCUMENTS;
export const PENGAWAS_STAGES = Object.keys(PENGAWAS_DOCUMENTS) as [PengawasStage, ...PengawasStage[]];

/** Any practice document kind, of any track. */
export type PracticeKind = KsStage | PengawasStage;
export const PRACTICE_KINDS = [...new Set([...KS_STAGES, ...PENGAWAS_STAGES])] as [PracticeKind, ...PracticeKind[]];

/**
 * The stages of a track's cycle, in order: a guru's and a KS's are the same five (a KS's then
 * the Tim Kinerja's recommendation); a pengawas's are their own.
 */
export function stagesFor(track: "pengawas"): readonly PengawasStage[];
export function stagesFor(track: "guru"): readonly PracticeStage[];
export function stagesFor(track: CycleTrack): readonly PracticeKind[];
export function stagesFor(track: CycleTrack): readonly PracticeKind[] {
  if (track === "pengawas") return PENGAWAS_STAGES;
  return track === "kepala_sekolah" ? KS_STAGES : PRACTICE_STAGES;
}

export type StageState = "locked" | "open" | "done";
/** Who must act next on a stage; admins are never expected to. */
export type NextActor = Extract<DocumentRole, "owner" | "superior">;
/** Where today lies against the pelaksanaan window: outside it, open stages cannot be acted on. */
export type WindowState = "not_open" | "open" | "closed";

/** The tracks whose stages are `K`. */
type TrackOf<K extends string> = [K] extends [PracticeStage]
  ? "guru"
  : [K] extends [PengawasStage]
    ? "pengawas"
    : CycleTrack;

export type StagesInput<K extends string = PracticeStage> = {
  /** Whose cycle: it chooses the stages (`stagesFor`). Absent = guru. */
  track?: TrackOf<K>;
  /** The plan's status; null when there is no plan yet. */
  planStatus: PlanStatus | null;
  /** The pelaksanaan window of the cycle (after extensions). */
  window: { opensOn: IsoDate; closesOn: IsoDate };
  /**
   * Kinds that open without the plan and the stages before them: the penilaian of a pegawai
   * appointed after the practice window opened, rated on perilaku only (`assessmentScope`).
   */
  opensEarly?: readonly K[];
  /**
   * The penilaian window (after extensions): the penilaian is acted on in it, not in the
   * pelaksanaan's. Absent: nobody acts on the penilaian yet.
   */
  assessmentWindow?: { opensOn: IsoDate; closesOn: IsoDate } | undefined;
  today: IsoDate;
  /** Each stage document's status; absent or null = not created yet. */
  documents: Partial<Record<K, string | null>>;
  /**
   * The definitions as they apply to this cycle (`forContext`: a KS's catatan mandiri is the KS's
   * to finish). Without it, the registry's own: right for every guru. Only its transitions and
   * pens are read (who acts next); the order (`after`) and `done` are always the track's own.
   */
  // Method syntax: a guru's `(stage: PracticeStage) => …` is accepted where any kind may come.
  definitionOf?(stage: K): AnyDocumentType;
};

export type StageView<K extends string = PracticeStage> = {
  stage: K;
  state: StageState;
  status: string | null;
  nextActor: NextActor | null;
};

export type StagesView<K extends string = PracticeStage> = {
  windowState: WindowState;
  stages: StageView<K>[];
  /** The first open stage that is not done; null when none is open or all are done. */
  current: K | null;
  /** Who must act on the current stage; null when nothing can be acted on (window shut, or none current). */
  nextActor: NextActor | null;
};

/**
 * Which stages are locked, open or done. Pure. Nothing opens before the plan is agreed and the
 * pelaksanaan window has opened; a stage opens when the stages in its definition's `after` are
 * done (their `done` statuses) and were themselves reached that way, so a reopened stage locks
 * everything after it. After the window closes, open stages stay open but nobody can act
 * (`windowState: "closed"`, `nextActor: null`) until an extension moves the close.
 * A stage whose document is done stays done, even if the plan is reopened later.
 */
export function stageStates(input: StagesInput): StagesView {
  return stageStatesFor(input as StagesInput<PracticeKind>) as StagesView;
}

/**
 * `stageStates` for a cycle of any track: a pengawas's stages are their own (`stagesFor`). Its
 * answer names kinds of every track; `stageStates` keeps the guru's narrower types for the code
 * that serves only guru and KS cycles (a single signature, so callers that infer their own types
 * from its answer keep doing so).
 */
export function stageStatesFor(input: StagesInput<PracticeKind>): StagesView<PracticeKind> {
  const windowState = windowStateOf(input.today, input.window);
  const assessmentState = windowStateOf(input.today, input.assessmentWindow);
  const gateOpen = input.planStatus === "agreed" && windowState !== "not_open";

  // Done, and every stage before it done too: what lets the stages after it open.
  const cleared = new Set<string>();
  const docs = practiceDocumentsOf(input.track ?? "guru");
  const stages = stagesFor(input.track ?? "guru").map((stage): StageView<PracticeKind> => {
    const own = docs[stage] as AnyDocumentType;
    const def = input.definitionOf?.(stage) ?? own;
    const status = input.documents[stage] ?? null;
    const done = status !== null && own.done.includes(status);
    const before = own.after.filter((k) => Object.hasOwn(docs, k));
    const reachable = before.every((k) => cleared.has(k));
    if (done && reachable) cleared.add(stage);
    const early = input.opensEarly?.includes(stage) === true;
    const state: StageState = done ? "done" : early || (gateOpen && reachable) ? "open" : "locked";
    const ownWindow = own.phase === "penilaian" ? assessmentState : windowState;
    const nextActor = state === "open" && ownWindow === "open" ? actorOf(def, status ?? def.initial) : null;
    return { stage, state, status, nextActor };
  });
  const current = stages.find((s) => s.state === "open")?.stage ?? null;
  return { windowState, stages, current, nextActor: stages.find((s) => s.stage === current)?.nextActor ?? null };
}

function windowStateOf(today: IsoDate, window: { opensOn: IsoDate; closesOn: IsoDate } | undefined): WindowState {
  if (!window) return "not_open";
  const w = checkWindow(today, window.opensOn, window.closesOn);
  return w.ok ? "open" : w.reason === "NOT_OPEN" ? "not_open" : "closed";
}

/**
 * `StagesInput.definitionOf` for a list that knows only the track and how the observation is made
 * (a KS's persiapan says; a guru's is always in person).
 */
export function definitionsForMode(track: CycleTrack, mode: ObservationMode | null | undefined) {
  const docs = practiceDocumentsOf(track);
  return (stage: PracticeKind): AnyDocumentType =>
    stage === "observasi" ? (observasiFor(mode ?? "langsung") as AnyDocumentType) : (docs[stage] as AnyDocumentType);
}

/**
 * Where a list shows a cycle's practice (the queue, the home card): the current stage, who acts
 * on it, and every open stage waiting on the atasan or Tim Kinerja (a recommendation can wait on
 * them while the pegawai finishes the bukti dukung).
 */
export function practiceSummary(
  input: StagesInput<PracticeKind> & { track: CycleTrack },
  mode?: ObservationMode | null,
  /** Seen by a Tim Kinerja member: what only the atasan decides (the penilaian) does not wait on them. */
  timKinerja = false,
) {
  const view = stageStatesFor({ ...input, definitionOf: definitionsForMode(input.track, mode) });
  const docs = practiceDocumentsOf(input.track);
  const theirs = (stage: PracticeKind) => !(timKinerja && (docs[stage] as AnyDocumentType).atasanOnly);
  return {
    stage: view.current,
    nextActor: view.current && !theirs(view.current) && view.nextActor === "superior" ? null : view.nextActor,
    awaitingSuperior: view.stages.filter((s) => s.nextActor === "superior" && theirs(s.stage)).map((s) => s.stage),
    done: view.stages.every((s) => s.state === "done"),
  };
}

/** The role of the transition that moves the document forward from `status` (not a reopen). */
function actorOf(def: AnyDocumentType, status: string): NextActor | null {
  for (const t of Object.values(def.transitions) as AnyDocumentType["transitions"][string][]) {
    if (t.to === null || t.reopens || !t.from.includes(status)) continue;
    const role = t.roles.find((r): r is NextActor => r === "owner" || r === "superior");
    if (role) return role;
  }
  return null;
}

/** Statuses in which a document's closing part (follow-up rating, discussion) is required. */
const CLOSING: Partial<Record<PracticeKind, readonly string[]>> = {
  observasi: ["observed", "followed_up"],
  refleksi: ["submitted", "discussed"],
  diskusi_tindak_lanjut: ["submitted", "rated"],
  refleksi_pengawas: ["submitted", "rated"],
};

/** `PracticeContext.closingDue` for a document of `stage` in `status`. */
export function closingDue(stage: PracticeKind, status: string): boolean {
  return CLOSING[stage]?.includes(status) ?? false;
}

/** Whether a stored kind is a practice document of some track (not the plan). */
export function isPracticeKind(kind: string): kind is PracticeKind {
  return (PRACTICE_KINDS as readonly string[]).includes(kind);
}

/**
 * The phase a cycle is in after its practice changed (the cycle's `phase` moves with events, not
 * dates): penilaian once the penilaian has opened (the practice done), selesai once the pegawai
 * acknowledged it, pelaksanaan again when a reopened stage locks the penilaian. A cycle still in
 * perencanaan stays there: its plan moves it on.
 */
export function phaseAfterPractice(current: Phase, stages: StagesView<PracticeKind>): Phase {
  if (current === "perencanaan") return current;
  const penilaian = stages.stages.find((s) => s.stage === "penilaian");
  if (!penilaian) return current;
  if (penilaian.state === "done") return "selesai";
  return penilaian.state === "open" ? "penilaian" : "pelaksanaan";
}
