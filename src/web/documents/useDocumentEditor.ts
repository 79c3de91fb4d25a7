import { useCallback, useEffect, useRef, useState } from "react";
import type { ZodType } from "zod";
import { ApiError } from "../api/client.js";
import { isNetworkError } from "../planning/hooks.js";
import { clearDraft, sameContent, writeDraft } from "./draft-store.js";
import { type Server, startContent } from "./start-content.js";

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  /** No signal, or server trouble: "Belum terkirim". The edits are kept on this device and sent again. */
  | { kind: "offline" }
  /** 409: the document changed elsewhere (another device, a decision). Nothing is sent; the newest is fetched. */
  | { kind: "conflict"; error: ApiError }
  /** The newest version is shown, and this device's unsent edits wait for the person's choice (`staleDraft`). */
  | { kind: "stale" }
  | { kind: "error"; error: unknown };

const MAX_RETRY_MS = 30_000;

/** `navigator.onLine` false is certain (no network at all); true only means "maybe". */
const offlineNow = () => typeof navigator !== "undefined" && navigator.onLine === false;

export type EditorOptions<C> = {
  /** Where this device keeps unsaved edits: one key per document. */
  draftKey: string;
  /** Reads a kept draft back (a draft from an older app version that no longer fits is dropped). */
  schema: ZodType<C>;
  server: Server<C>;
  editable: boolean;
  /** The reader's own drafts: only they clear one that the server already has. */
  owns: boolean;
  /** Sends one autosave; answers the version the server now holds. */
  save: (version: number, content: C) => Promise<number>;
  /** Fetches the document again (after a 409): its newer `server` then comes back through the props. */
  reload: () => Promise<unknown>;
  debounceMs?: number;
};

/**
 * A document's content while it is being edited — a plan, a practice document — with autosave:
 * shortly after the last change, one request at a time, always with the last version the server
 * gave. Every change is also kept on this device (synchronously, so a killed tab loses nothing)
 * until the server has it: without signal nothing is sent and the state says "Belum terkirim"; the
 * edits go out when the network returns (the online event, or a retry with backoff), after a
 * reload too. A newer version from the server is adopted when nothing is pending here; when edits
 * of ours meet one (a 409), the newest is fetched and shown, and the person chooses: their edits
 * (which then replace it) or the newest (`staleDraft`, `resolveStaleDraft`).
 */
export function useDocumentEditor<C>(o: EditorOptions<C>) {
  const { draftKey, editable, save } = o;
  // The page's reload may be a new function at each render: read it when needed, never a dependency.
  const reloadRef = useRef(o.reload);
  reloadRef.current = o.reload;
  const debounceMs = o.debounceMs ?? 1500;
  const [initial] = useState(() => startContent(draftKey, o.schema, o.server, editable, o.owns));
  const [content, setContent] = useState(initial.content);
  const [staleDraft, setStaleDraft] = useState(initial.staleDraft);
  const [state, setState] = useState<SaveState>(initial.dirty ? { kind: "pending" } : { kind: "idle" });
  const [version, setVersion] = useState(initial.version);
  const contentRef = useRef(content);
  const versionRef = useRef(initial.version);
  const dirtyRef = useRef(initial.dirty);
  const stoppedRef = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryMs = useRef(3000);

  // Someone else wrote a newer version (the atasan's comment, a reopening): show it, unless
  // edits of ours are still on their way (then the guarded save reports the conflict).
  const serverVersion = o.server.version;
  const serverContent = o.server.content;
  useEffect(() => {
    // Versions only grow (a reopening too): an answer older than what this editor holds is stale.
    if (serverVersion <= versionRef.current) return;
    if (!stoppedRef.current && (dirtyRef.current || inFlight.current)) return;
    if (dirtyRef.current && !editable) return; // Changed so that this person no longer writes: keep saying so.
    // After a 409: show the newest, and keep our edits (still on this device) for the person to choose.
    const mine = contentRef.current;
    if (dirtyRef.current && !sameContent(mine, serverContent))
      setStaleDraft({ version: versionRef.current, content: mine, at: new Date().toISOString() });
    else if (dirtyRef.current) clearDraft(draftKey);
    dirtyRef.current = false;
    versionRef.current = serverVersion;
    stoppedRef.current = false;
    contentRef.current = serverContent;
    setVersion(serverVersion);
    setContent(serverContent);
    setState({ kind: "idle" });
  }, [serverVersion, serverContent, editable, draftKey]);

  const send = useCallback(
    async (evenIfOffline = false): Promise<void> => {
      clearTimeout(timer.current);
      // One request at a time: the next one needs the version the previous one returns.
      while (inFlight.current) await inFlight.current;
      if (!dirtyRef.current || stoppedRef.current) return;
      // The phone says it has no network: nothing to try until the online event. The slow retry tries
      // anyway: a missed online event, or a WebView whose onLine is wrong, must not hold edits forever.
      if (offlineNow() && !evenIfOffline) {
        setState({ kind: "offline" });
        timer.current = setTimeout(() => void send(true), MAX_RETRY_MS);
        return;
      }
      const sent = contentRef.current;
      setState({ kind: "saving" });
      const request = save(versionRef.current, sent).then(
        (saved) => {
          versionRef.current = saved;
          setVersion(saved);
          retryMs.current = 3000;
          if (contentRef.current === sent) {
            dirtyRef.current = false;
            clearDraft(draftKey);
            setState({ kind: "saved", at: new Date() });
          } else {
            writeDraft(draftKey, saved, contentRef.current);
            timer.current = setTimeout(() => void send(), debounceMs);
          }
        },
        (error: unknown) => {
          if (error instanceof ApiError && error.status === 409) {
            stoppedRef.current = true;
            setState({ kind: "conflict", error });
            reloadRef.current().catch(() => undefined);
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
    },
    [save, draftKey, debounceMs],
  );

  const change = useCallback(
    (update: (c: C) => C, immediate = false) => {
      if (!editable || stoppedRef.current) return;
      const next = update(contentRef.current);
      contentRef.current = next;
      dirtyRef.current = true;
      setContent(next);
      writeDraft(draftKey, versionRef.current, next);
      setState((s) => (s.kind === "saving" ? s : offlineNow() ? { kind: "offline" } : { kind: "pending" }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), immediate ? 0 : debounceMs);
    },
    [editable, draftKey, send, debounceMs],
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
      // Edits made since on the newest version are this device's draft now: keep them.
      if (!draft || !use) return dirtyRef.current ? undefined : clearDraft(draftKey);
      change(() => draft.content, true);
    },
    [change, draftKey, staleDraft],
  );

  useEffect(() => {
    if (dirtyRef.current) timer.current = setTimeout(() => void send(), 0);
    // Back online: send what waits, or fetch the newest version a conflict still waits for.
    const online = () => {
      retryMs.current = 3000;
      void (stoppedRef.current ? reloadRef.current().catch(() => undefined) : send());
    };
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      // Leaving the page: send what is pending now (it is on this device too, should that fail).
      if (dirtyRef.current && !stoppedRef.current) void send();
    };
  }, [send]);

  /** A conflict whose newest version could not be fetched (no signal): the person tries again. */
  const retryReload = useCallback(() => reloadRef.current(), []);
  const shown: SaveState = staleDraft && state.kind === "idle" ? { kind: "stale" } : state;
  const dirty = state.kind === "pending" || state.kind === "saving" || state.kind === "offline";
  /** The version the next request must carry (read at call time, after a flush). */
  const currentVersion = useCallback(() => versionRef.current, []);
  return {
    content,
    change,
    flush,
    currentVersion,
    state: shown,
    version,
    dirty,
    editable,
    staleDraft,
    resolveStaleDraft,
    retryReload,
  };
}

export type DocumentEditor<C> = ReturnType<typeof useDocumentEditor<C>>;
