import { sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import type { Phase } from "../../domain/cycles/phase.js";
import {
  type AnyDocumentType,
  type DocumentCommand,
  type DocumentDecision,
  decide,
  forContext,
  MIN_NOTE,
} from "../../domain/documents/engine.js";
import { diskusiPersiapanGuard } from "../../domain/practice/pengawas/diskusi-persiapan.js";
import { persiapanLocked } from "../../domain/practice/persiapan.js";
import { type PracticeKind, phaseAfterPractice, stageStatesFor } from "../../domain/practice/stages.js";
import { AppError } from "../core/errors.js";
import type { Effects, Notice } from "../core/guarded-write.js";
import type { Lang } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import { writeDocument } from "../documents/write-document.js";
import { formatDateId } from "../planning/labels.js";
import { checkFiles } from "./files.js";
import { assertResultsOpen, type DocumentRow, loadPracticeScope, type PracticeScope } from "./load.js";
import {
  definitionIn,
  definitionsOf,
  documentDto,
  practiceContext,
  problemsDto,
  stateOf,
  targetTitles,
} from "./present.js";
import { sendSurvey } from "./send-survey.js";

/** Actions that change no status but do something: the document's definition allows them, this runs them. */
const SIDE_EFFECTS = { sendSurvey } as const;

/** What a client sends: a save of the content it holds, or an action on the version it saw. */
export type PracticeCommand =
  | { type: "save"; version: number; content: unknown }
  | { type: "act"; action: string; version?: number | undefined; note?: string | undefined };

type Options = {
  /** A transaction too: a reopen decided on request is written with the request's decision. */
  db: Queryable;
  actor: SessionActor;
  cycleId: string;
  kind: PracticeKind;
  command: PracticeCommand;
  lang: Lang;
  now: Date;
  /** No notification of its own: the caller announces the change (a reopen request's decision). */
  quiet?: boolean;
  ride?: unknown; // The cycle's scope as `practiceRider` read it with the session, if it rode.
};

export function refusal(
  d: Exclude<DocumentDecision<string, unknown>, { ok: true }>,
  lang: Lang,
  titles: ReadonlyMap<string, string>,
): AppError {
  switch (d.error) {
    case "FORBIDDEN":
      return new AppError("FORBIDDEN", "error.forbidden");
    case "INVALID_STATE":
      return new AppError("INVALID_STATE", "practice.invalidState", { status: d.status });
    case "STALE_VERSION":
      return new AppError("CONFLICT", "error.conflict");
    case "NOTE_REQUIRED":
      return new AppError("VALIDATION", "practice.noteRequired", { min: MIN_NOTE });
    case "INCOMPLETE": {
      const details = problemsDto(d.problems, lang, titles).map((p) => ({ path: p.at, message: p.message }));
      return new AppError("VALIDATION", "practice.incomplete", { count: d.problems.length }, details);
    }
    case "WINDOW_CLOSED":
      return new AppError("INVALID_STATE", "practice.windowClosed", { date: formatDateId(d.date, lang) });
    case "WINDOW_NOT_OPEN":
      return new AppError("INVALID_STATE", "practice.windowNotOpen", { date: formatDateId(d.date, lang) });
  }
}

/** The client's content, checked by the kind's own schema: a 400 that says which field, never a 500. */
function parseContent(def: AnyDocumentType, content: unknown) {
  const parsed = def.schema.safeParse(content);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  throw new AppError("VALIDATION", "error.validation", {}, details);
}

/**
 * Save or act on one practice document: load the cycle's scope in one statement, check the stage
 * is open (and the persiapan not frozen by a started observation), ask the engine's `decide`, and
 * write the change guarded by the version and status read — the first write creates the document.
 * A status change writes its audit event and notifications in the same statement.
 */
export async function actOnDocument({ db, actor, cycleId, kind, command, lang, now, quiet, ride }: Options) {
  const scope = await loadPracticeScope(db, actor, cycleId, now, ride);
  const def = definitionIn(scope, kind);
  assertResultsOpen(scope, kind);
  const stage = scope.stages.stages.find((s) => s.stage === kind);
  if (!stage || stage.state === "locked") throw new AppError("INVALID_STATE", "practice.stageLocked");
  const row = scope.documents.get(kind);
  const state = stateOf(def, row);
  const ctx = practiceContext(scope, kind, state.status);
  // The observation is made against the persiapan: once it has started, nobody changes it.
  if (kind === "persiapan" && persiapanLocked(ctx)) {
    throw new AppError("INVALID_STATE", "practice.persiapanLocked");
  }
  let cmd: DocumentCommand<string, unknown>;
  if (command.type === "save") {
    cmd = { type: "save", version: command.version, content: parseContent(def, command.content) };
  } else {
    // An action that changes no status is either a request with a reason (reopen: request-reopen.ts)
    // or has its effect here (sending the pengawas's survey); any other is unknown.
    const effectOnly = Object.hasOwn(SIDE_EFFECTS, command.action);
    if (
      !Object.hasOwn(def.transitions, command.action) ||
      (def.transitions[command.action]?.to === null && !effectOnly)
    ) {
      throw new AppError("VALIDATION", "practice.unknownAction");
    }
    cmd = {
      type: "act",
      action: command.action,
      ...(command.version !== undefined ? { version: command.version } : {}),
      ...(command.note !== undefined ? { note: command.note } : {}),
    };
  }
  // A pengawas's focus school comes from their plan: another is refused, not kept as a draft.
  if (kind === "diskusi_persiapan" && diskusiPersiapanGuard(cmd as never, scope.rolesFor(def), ctx)) {
    throw new AppError("VALIDATION", "practice.focusSchoolNotInPlan");
  }
  const d = decide(def, state, cmd, scope.rolesFor(def), ctx, scope.windowFor(def));
  if (!d.ok) throw refusal(d, lang, targetTitles(scope));
  if (cmd.type === "save") await checkFiles(db, scope, def, d.next.content);
  const effect = cmd.type === "act" ? SIDE_EFFECTS[cmd.action as keyof typeof SIDE_EFFECTS] : undefined;
  if (effect) {
    await effect(db, scope, actor, now);
    return answer(await loadPracticeScope(db, actor, cycleId, now), kind, row, lang);
  }

  let stored: DocumentRow | undefined = row;
  if (d.changed) {
    const next = d.next;
    // Who moved it: a hand-in or a save that sends it back (owner), or the atasan's or admin's decision.
    const byOwner =
      cmd.type === "act"
        ? forContext(def, ctx).transitions[cmd.action]?.roles.includes("owner") === true
        : scope.rolesFor(def).includes("owner");
    const statusChanged = next.status !== state.status;
    const note = cmd.type === "act" ? (cmd.note?.trim() ?? null) : null;
    const stamps = statusChanged
      ? byOwner
        ? { submittedAt: now }
        : { decidedAt: now, decidedBy: actor.personId, decidedAs: scope.actingAs, note }
      : {};
    const values = { status: next.status, version: next.version, revision: next.revision, content: next.content };
    const effects = statusChanged
      ? transitionEffects(scope, kind, row, state, next.status, next.revision > state.revision, actor, byOwner, note)
      : undefined;
    if (effects && quiet) effects.notices = [];
    // The changed row's id: a new document gets its id from the same statement.
    const changedId = await writeDocument(db, {
      read: row ?? null,
      cycleId,
      kind,
      // A status change keeps the content (the same object): not sent, not rewritten, no new TOAST.
      values: { ...(row && next.content === state.content ? omitContent(values) : values), ...stamps },
      now,
      ...(effects ? { effects } : {}),
    });
    // Someone wrote first (a second tab, a double click): the same command again is a success,
    // anything else a conflict — read the scope again and let `decide` say which.
    if (changedId === null) {
      const again = await loadPracticeScope(db, actor, cycleId, now);
      const current = again.documents.get(kind);
      const retry = decide(def, stateOf(def, current), cmd, again.rolesFor(def), ctx, again.windowFor(def));
      if (!retry.ok || retry.changed) throw new AppError("CONFLICT", "error.conflict");
      return answer(again, kind, current, lang);
    }
    const nowIso = now.toISOString();
    stored = {
      id: changedId,
      kind,
      ...values,
      submittedAt: "submittedAt" in stamps ? nowIso : (row?.submittedAt ?? null),
      decidedAt: "decidedAt" in stamps ? nowIso : (row?.decidedAt ?? null),
      decidedBy: "decidedBy" in stamps ? actor.personId : (row?.decidedBy ?? null),
      decidedByName: "decidedBy" in stamps ? actor.name : (row?.decidedByName ?? null),
      decidedAs: "decidedAs" in stamps ? (scope.actingAs ?? null) : (row?.decidedAs ?? null),
      note: "note" in stamps ? (note ?? null) : (row?.note ?? null),
      updatedAt: nowIso,
      requests: row?.requests ?? [],
    };
    scope.documents.set(kind, stored);
  }
  return answer(scope, kind, stored, lang);
}

/** The document after the change and where every stage now stands. */
function answer(scope: PracticeScope, kind: PracticeKind, row: DocumentRow | undefined, lang: Lang) {
  const stages = stageStatesFor({
    track: scope.cycle.track,
    planStatus: scope.planStatus,
    window: scope.window,
    assessmentWindow: scope.assessmentWindow,
    today: scope.today,
    documents: Object.fromEntries([...scope.documents].map(([k, d]) => [k, d.status])),
    definitionOf: definitionsOf(scope),
    ...(scope.assessmentScope === "perilaku_only" ? { opensEarly: ["penilaian" as const] } : {}),
  });
  const updated = { ...scope, stages };
  return { document: documentDto(updated, kind, row, lang), stages };
}

/** What a status change records and announces, written with it in one statement. */
function transitionEffects(
  scope: PracticeScope,
  kind: PracticeKind,
  row: DocumentRow | undefined,
  from: { status: string; version: number; revision: number; content: unknown },
  to: string,
  reopened: boolean,
  actor: SessionActor,
  byOwner: boolean,
  note: string | null,
): Effects {
  const data = { name: actor.name, document: kind };
  const notices: Notice[] = [];
  if (kind === "rekomendasi") {
    // Advice to the Kepala Dinas, not to the pegawai (who does not read it).
    if (scope.live.ok) {
      notices.push({
        to: [scope.live.superiorId],
        kind: "practice_submitted",
        data,
        link: `/praktik/${scope.cycle.id}`,
      });
    }
  } else if (byOwner) {
    const to = scope.live.ok ? [scope.live.superiorId, ...scope.live.assessorIds] : scope.live.assessorIds;
    notices.push({ to, kind: "practice_submitted", data, link: `/praktik/${scope.cycle.id}` });
  } else {
    notices.push({ to: [scope.cycle.personId], kind: "practice_responded", data, link: `/praktik/${scope.cycle.id}` });
  }
  return {
    audit: {
      actorId: actor.personId,
      actingAs: byOwner ? "owner" : scope.actingAs,
      entityType: "document",
      // A document written for the first time has its id only in the statement: `changed.id`.
      entityId: row?.id ?? null,
      action: `${kind}_${to}`,
      fromState: from.status,
      toState: to,
      reason: note,
      data: { cycleId: scope.cycle.id, kind, version: from.version, revision: from.revision },
    },
    notices: notices.map((n) => ({ ...n, to: n.to.filter((id) => id !== actor.personId) })),
    also: [
      // A reopening keeps the old version: archived in the same statement as the change.
      ...(reopened && row
        ? [
            sql`insert into document_revisions (document_id, revision, status, content)
              select changed.id, ${from.revision}, ${from.status}, ${JSON.stringify(from.content)}::jsonb from changed`,
          ]
        : []),
      ...phaseChange(scope, kind, to),
    ],
  };
}

/**
 * The cycle's phase follows its practice (`phaseAfterPractice`): written with the change that moves
 * it — the practice done opens the penilaian, the acknowledgment ends the cycle, a reopened stage
 * takes it back to pelaksanaan.
 */
function phaseChange(scope: PracticeScope, kind: PracticeKind, to: string) {
  const documents = Object.fromEntries([...scope.documents].map(([k, d]) => [k, d.status]));
  const stages = stageStatesFor({
    track: scope.cycle.track,
    planStatus: scope.planStatus,
    window: scope.window,
    assessmentWindow: scope.assessmentWindow,
    today: scope.today,
    documents: { ...documents, [kind]: to },
    definitionOf: definitionsOf(scope),
    ...(scope.assessmentScope === "perilaku_only" ? { opensEarly: ["penilaian" as const] } : {}),
  });
  const next = phaseAfterPractice(scope.cycle.phase as Phase, stages);
  if (next === scope.cycle.phase) return [];
  return [
    sql`update cycles set phase = ${next}, updated_at = now() where id = ${scope.cycle.id}
      and exists (select 1 from changed)`,
  ];
}

function omitContent<V extends { content: unknown }>(values: V): Omit<V, "content"> {
  const { content: _, ...rest } = values;
  return rest;
}
