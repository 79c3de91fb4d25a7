import type { z } from "zod";
import type { IsoDate } from "../org/types.js";
import { checkWindow } from "../planning/window.js";

/**
 * The document engine (DOMAIN.md §4 "Document rules"): every document of a cycle — the plan and
 * each practice stage — has the same life: a draft that autosaves, a submit that is idempotent,
 * sometimes a review, reopen on request with the old version kept. A document TYPE is a
 * definition (`DocumentType`); `decide` is the one pure function that rules on every command for
 * every type, and the use case persists what it answers.
 */

/** Who acts on a document: the pegawai it belongs to, their atasan (or Tim Kinerja), a district admin. */
export type DocumentRole = "owner" | "superior" | "admin";

/** What a transition still needs before it may happen. */
export type Requirement =
  /** The content has no `problems` left. */
  | "complete"
  /** Today is inside the document's window. */
  | "window"
  /** A note of at least `MIN_NOTE` characters (returning a plan, refusing a request). */
  | "note";

export type Transition<S extends string> = {
  from: readonly S[];
  roles: readonly DocumentRole[];
  /** Null: allowed, changes no status (asking to reopen is recorded elsewhere). */
  to: S | null;
  requires?: readonly Requirement[];
  /**
   * The command carries the version the actor saw: stale is refused, and the same command
   * repeated on the status it already led to is a success that changes nothing (a retried
   * "Kumpulkan").
   */
  versioned?: boolean;
  /** Back to the first status as a new revision; the use case archives the old version. */
  reopens?: boolean;
};

/** Who may write which part of the content, and when. A save changes only the writer's fields. */
export type Pen<S extends string, C> = {
  statuses: readonly S[];
  fields: readonly (keyof C)[] | "all";
  /**
   * A save that changes one of `fields` while the document is in one of `from` sends it back to
   * `to`: what the other party agreed to has changed (a moved observation time needs the KS again).
   */
  resubmits?: { from: readonly S[]; fields: readonly (keyof C)[]; to: S };
};

export type Problem<Code extends string = string> = {
  /** Where the form shows it: a step or section of the document. */
  at: string;
  code: Code;
  params?: Record<string, string | number>;
};

export type DocumentType<K extends string, S extends string, A extends string, C, X, P = Problem> = {
  kind: K;
  statuses: readonly S[];
  /** A new document and a reopened one start here. */
  initial: S;
  /** Statuses in which the document counts as done for what comes after it. */
  done: readonly S[];
  transitions: Record<A, Transition<S>>;
  pens: Partial<Record<DocumentRole, Pen<S, C>>>;
  schema: z.ZodType<C>;
  empty: () => C;
  /** What keeps a submit from happening; empty = complete. Pure; message keys, translated by the server. */
  problems: (content: C, ctx: X) => P[];
  /** Normalises a saved content (drops notes for unknown aspects, …). */
  clean?: (content: C, ctx: X) => C;
  /** Kinds that must be done before this one opens, in the same cycle. */
  after: readonly string[];
  /**
   * The phase whose window the `window` requirement and the stage path read: the pelaksanaan's
   * unless said (the penilaian is written in its own window, after the practice closes).
   */
  phase?: "pelaksanaan" | "penilaian";
  /**
   * Decided by the atasan alone: a Tim Kinerja member, who otherwise shares the atasan's pen on a
   * KS's or pengawas's documents, reads it but does not write or act on it (DOMAIN.md §5: "the Tim
   * Kinerja recommends and the Kepala Dinas decides").
   */
  atasanOnly?: boolean;
  /**
   * The uploaded evidence the content refers to (RPP, bukti dukung, …). Every save is checked
   * against them: each must exist and belong to the document's owner, and the rule set must take
   * evidence uploads at all.
   */
  fileIds?: (content: C) => string[];
  /**
   * The uploaded videos the content refers to (a KS's practice, observed *tidak langsung*). Not
   * evidence, so taken under every rule set; like evidence each must exist and be the owner's, and
   * each must be an upload of kind `video`.
   */
  videoFileIds?: (content: C) => string[];
  /**
   * Who writes and acts may depend on the cycle, not only on the status: a KS's observation made
   * as a *catatan mandiri* is written and finished by the KS, not by an observer. The pens and
   * transitions given here replace the definition's for that context (`forContext`).
   */
  adapt?: (ctx: X) => {
    pens?: Partial<Record<DocumentRole, Pen<S, C>>>;
    transitions?: Partial<Record<A, Transition<S>>>;
  };
};

/** The definition as it applies in `ctx`: its `adapt` merged over the pens and transitions. */
export function forContext<K extends string, S extends string, A extends string, C, X, P>(
  def: DocumentType<K, S, A, C, X, P>,
  ctx: X,
): DocumentType<K, S, A, C, X, P> {
  if (!def.adapt) return def;
  const a = def.adapt(ctx);
  return {
    ...def,
    pens: a.pens ?? def.pens,
    transitions: { ...def.transitions, ...(a.transitions ?? {}) } as Record<A, Transition<S>>,
  };
}

/** A definition with its type parameters forgotten: what registries and generic code hold. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds definitions of every content and context type.
export type AnyDocumentType = DocumentType<string, string, string, any, any, any>;

export type DocumentState<S extends string, C> = { status: S; content: C; version: number; revision: number };

export type DocumentCommand<A extends string, C> =
  | { type: "save"; content: C; version: number }
  | { type: "act"; action: A; version?: number; note?: string };

export type DocumentWindow = { today: IsoDate; opensOn: IsoDate; closesOn: IsoDate };

export type Refusal<S extends string, P = Problem> =
  | { ok: false; error: "FORBIDDEN" | "INVALID_STATE" | "STALE_VERSION" | "NOTE_REQUIRED"; status: S }
  | { ok: false; error: "INCOMPLETE"; problems: P[] }
  | { ok: false; error: "WINDOW_NOT_OPEN" | "WINDOW_CLOSED"; date: IsoDate };

export type DocumentDecision<S extends string, C, P = Problem> =
  | { ok: true; next: DocumentState<S, C>; changed: boolean }
  | Refusal<S, P>;

export const MIN_NOTE = 10;

/** Whether some role of the actor holds a pen on the document in this status, and which fields. */
export function penOf<S extends string, C>(
  def: { pens: Partial<Record<DocumentRole, Pen<S, C>>> },
  status: S,
  roles: readonly DocumentRole[],
): Pen<S, C> | null {
  for (const role of roles) {
    const pen = def.pens[role];
    if (pen?.statuses.includes(status)) return pen;
  }
  return null;
}

export type TransitionResult<S extends string> =
  | { ok: true; to: S }
  | { ok: false; reason: "FORBIDDEN" | "INVALID_STATE" };

/** Whether `roles` may take `action` (or "save") in `status`, and the status it leads to. */
export function transitionOf<S extends string, A extends string, C>(
  def: { transitions: Record<A, Transition<S>>; pens: Partial<Record<DocumentRole, Pen<S, C>>> },
  status: S,
  action: A | "save",
  roles: readonly DocumentRole[],
): TransitionResult<S> {
  if (action === "save") {
    if (!roles.some((r) => def.pens[r])) return { ok: false, reason: "FORBIDDEN" };
    return penOf(def, status, roles) ? { ok: true, to: status } : { ok: false, reason: "INVALID_STATE" };
  }
  const t = def.transitions[action];
  if (!t.roles.some((r) => roles.includes(r))) return { ok: false, reason: "FORBIDDEN" };
  if (!t.from.includes(status)) return { ok: false, reason: "INVALID_STATE" };
  return { ok: true, to: t.to ?? status };
}

/** The actions `roles` may take on a document in `status` (what the UI offers). */
export function allowedActions<K extends string, S extends string, A extends string, C, X, P>(
  def: DocumentType<K, S, A, C, X, P>,
  status: S,
  roles: readonly DocumentRole[],
): A[] {
  return (Object.keys(def.transitions) as A[]).filter((a) => {
    const t = def.transitions[a];
    return t.from.includes(status) && t.roles.some((r) => roles.includes(r));
  });
}

/**
 * Every change to every document goes through here: the use case loads, calls `decide`, and
 * persists `next` guarded by the version and status it read. Pure.
 */
export function decide<K extends string, S extends string, A extends string, C, X, P>(
  def: DocumentType<K, S, A, C, X, P>,
  state: DocumentState<S, C>,
  cmd: DocumentCommand<A, C>,
  roles: readonly DocumentRole[],
  ctx: X,
  window: DocumentWindow,
): DocumentDecision<S, C, P> {
  def = forContext(def, ctx);
  if (cmd.type === "save") {
    const pen = penOf(def, state.status, roles);
    if (!pen) {
      const anyPen = Object.entries(def.pens).some(([role]) => roles.includes(role as DocumentRole));
      return { ok: false, error: anyPen ? "INVALID_STATE" : "FORBIDDEN", status: state.status };
    }
    if (cmd.version !== state.version) return { ok: false, error: "STALE_VERSION", status: state.status };
    const written =
      pen.fields === "all" ? cmd.content : { ...state.content, ...pick(cmd.content, pen.fields as (keyof C)[]) };
    const content = def.clean ? def.clean(written, ctx) : written;
    const back = pen.resubmits;
    const moved =
      back?.from.includes(state.status) &&
      back.fields.some((f) => JSON.stringify(content[f]) !== JSON.stringify(state.content[f]));
    const status = moved && back ? back.to : state.status;
    return { ok: true, next: { ...state, status, content, version: state.version + 1 }, changed: true };
  }

  const t = def.transitions[cmd.action];
  const allowed = t.roles.some((r) => roles.includes(r));
  // A retried versioned command (same version, already where it leads) changes nothing.
  if (allowed && t.versioned && t.to !== null && state.status === t.to && cmd.version === state.version) {
    return { ok: true, next: state, changed: false };
  }
  if (!allowed) return { ok: false, error: "FORBIDDEN", status: state.status };
  if (!t.from.includes(state.status)) return { ok: false, error: "INVALID_STATE", status: state.status };
  if (t.versioned && cmd.version !== state.version) return { ok: false, error: "STALE_VERSION", status: state.status };
  for (const need of t.requires ?? []) {
    if (need === "window") {
      const w = checkWindow(window.today, window.opensOn, window.closesOn);
      if (!w.ok)
        return { ok: false, error: w.reason === "NOT_OPEN" ? "WINDOW_NOT_OPEN" : "WINDOW_CLOSED", date: w.date };
    }
    if (need === "complete") {
      const problems = def.problems(state.content, ctx);
      if (problems.length > 0) return { ok: false, error: "INCOMPLETE", problems };
    }
    if (need === "note" && (cmd.note ?? "").trim().length < MIN_NOTE) {
      return { ok: false, error: "NOTE_REQUIRED", status: state.status };
    }
  }
  if (t.reopens) {
    return {
      ok: true,
      next: { ...state, status: def.initial, version: state.version + 1, revision: state.revision + 1 },
      changed: true,
    };
  }
  // Status changes keep the version: it guards the content, so a retried submit still matches.
  return { ok: true, next: { ...state, status: t.to ?? state.status }, changed: t.to !== null };
}

function pick<C>(content: C, fields: readonly (keyof C)[]): Partial<C> {
  const out: Partial<C> = {};
  for (const f of fields) out[f] = content[f];
  return out;
}
