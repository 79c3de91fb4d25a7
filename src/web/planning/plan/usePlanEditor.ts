import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanContent, PlanStep } from "../../../domain/planning/content.js";
import type { PlanView } from "../../../server/planning/contract.js";
import { ApiError } from "../../api/client.js";
import { isNetworkError, useSavePlan } from "../hooks.js";
import { clearDraft, writeDraft } from "./draft-store.js";
import { startContent } from "./start-content.js";

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  /** Network or server trouble: the edits are kept on this device and sent again. */
  | { kind: "offline" }
  /** 409: the plan changed elsewhere (another tab, or a decision). Nothing is sent until a reload. */
  | { kind: "conflict"; error: ApiError }
  | { kind: "error"; error: unknown };

const DEBOUNCE_MS = 1500;
const MAX_RETRY_MS = 30_000;

/**
 * The plan's content while it is being edited, with autosave: ~1.5 s after the last change and
 * on every step change, one request at a time, always with the last version the server gave.
 */
export function usePlanEditor(view: PlanView) {
  const planId = view.plan.id;
  const editable = view.viewer.actions.includes("save");
  const [initial] = useState(() => startContent(view, editable));
  const [content, setContent] = useState(initial.content);
  const [staleDraft, setStaleDraft] = useState(initial.staleDraft);
  const [state, setState] = useState<SaveState>(initial.dirty ? { kind: "pending" } : { kind: "idle" });
  const [version, setVersion] = useState(view.plan.version);
  const contentRef = useRef(content);
  const versionRef = useRef(view.plan.version);
  const dirtyRef = useRef(initial.dirty);
  const stoppedRef = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryMs = useRef(3000);
  const mutation = useSavePlan(planId);
  const { mutateAsync } = mutation;

  const send = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    // One request at a time: the next one needs the version the previous one returns.
    while (inFlight.current) await inFlight.current;
    if (!dirtyRef.current || stoppedRef.current) return;
    const sent = contentRef.current;
    setState({ kind: "saving" });
    const request = mutateAsync({ version: versionRef.current, content: sent }).then(
      (res) => {
        versionRef.current = res.plan.version;
        setVersion(res.plan.version);
        retryMs.current = 3000;
        if (contentRef.current === sent) {
          dirtyRef.current = false;
          clearDraft(planId);
          setState({ kind: "saved", at: new Date() });
        } else {
          writeDraft(planId, res.plan.version, contentRef.current);
          timer.current = setTimeout(() => void send(), DEBOUNCE_MS);
        }
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 409) {
          stoppedRef.current = true;
          setState({ kind: "conflict", error });
        } else if (isNetworkError(error)) {
          setState({ kind: "offline" });
          timer.current = setTimeout(() => void send(), retryMs.current);
          retryMs.current = Math.min(retryMs.current * 2, MAX_RETRY_MS);
        } else setState({ kind: "error", error });
      },
    );
    inFlight.current = request.finally(() => {
      inFlight.current = null;
    });
    await inFlight.current;
  }, [mutateAsync, planId]);

  const change = useCallback(
    (update: (c: PlanContent) => PlanContent, immediate = false) => {
      if (!editable || stoppedRef.current) return;
      const next = update(contentRef.current);
      contentRef.current = next;
      dirtyRef.current = true;
      setContent(next);
      writeDraft(planId, versionRef.current, next);
      setState((s) => (s.kind === "saving" ? s : { kind: "pending" }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), immediate ? 0 : DEBOUNCE_MS);
    },
    [editable, planId, send],
  );

  /** Moving between steps remembers the step (resume later) and saves at once. */
  const goTo = useCallback(
    (step: PlanStep) => {
      if (contentRef.current.lastStep === step) void send();
      else change((c) => ({ ...c, lastStep: step }), true);
    },
    [change, send],
  );

  /** Sends what is pending now; true when the server has everything (before a submit). */
  const flush = useCallback(async () => {
    await send();
    return !dirtyRef.current && !stoppedRef.current;
  }, [send]);

  const resolveStaleDraft = useCallback(
    (use: boolean) => {
      const draft = staleDraft;
      setStaleDraft(null);
      if (!draft || !use) return clearDraft(planId);
      change(() => ({ ...draft.content }), true);
    },
    [change, planId, staleDraft],
  );

  useEffect(() => {
    if (dirtyRef.current) timer.current = setTimeout(() => void send(), 0);
    const online = () => void send();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      // Leaving the page: send what is pending now (it is on this device too, should that fail).
      if (dirtyRef.current && !stoppedRef.current) void send();
    };
  }, [send]);

  const dirty = state.kind === "pending" || state.kind === "saving" || state.kind === "offline";
  /** The version the next request must carry (read at call time, after a flush). */
  const currentVersion = useCallback(() => versionRef.current, []);
  return {
    content,
    change,
    goTo,
    flush,
    currentVersion,
    state,
    version,
    dirty,
    editable,
    staleDraft,
    resolveStaleDraft,
  };
}

export type PlanEditor = ReturnType<typeof usePlanEditor>;
