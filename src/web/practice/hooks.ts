import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { PracticeStage } from "../../domain/practice/stages.js";
import { actOnDocument, getPractice, requestDocumentReopen, saveDocument } from "../../server/practice/contract.js";
import { ApiError, callApi } from "../api/client.js";

export const practiceKey = (cycleId: string) => ["practice", cycleId] as const;

export function usePractice(cycleId: string) {
  return useQuery({ queryKey: practiceKey(cycleId), queryFn: () => callApi(getPractice, { params: { cycleId } }) });
}

export type SaveState = "idle" | "saving" | "saved" | "error" | "conflict";

/**
 * A document's draft: the content typed here, autosaved (debounced) with the version last read.
 * A newer version elsewhere (a second tab, the atasan) is a conflict: reload, never overwrite.
 */
export function useDocumentDraft<C>(cycleId: string, kind: PracticeStage, serverContent: C, serverVersion: number) {
  const [content, setContent] = useState<C>(serverContent);
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<unknown>(null);
  const version = useRef(serverVersion);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(content);
  const qc = useQueryClient();

  // A new version from the server (after an action or a reload) replaces the draft.
  useEffect(() => {
    if (serverVersion !== version.current || state === "idle") {
      version.current = serverVersion;
      setContent(serverContent);
      latest.current = serverContent;
    }
  }, [serverVersion, serverContent, state]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setState("saving");
    try {
      const res = await callApi(saveDocument, {
        params: { cycleId, kind },
        body: { version: version.current, content: latest.current },
      });
      version.current = res.document.version;
      setError(null);
      setState("saved");
      qc.setQueryData(
        practiceKey(cycleId),
        (old: Awaited<ReturnType<typeof callApi<typeof getPractice>>> | undefined) =>
          old
            ? {
                ...old,
                stages: res.stages,
                documents: old.documents.map((d) => (d.kind === kind ? res.document : d)),
              }
            : old,
      );
    } catch (e) {
      setError(e);
      setState(e instanceof ApiError && e.status === 409 ? "conflict" : "error");
    }
  }, [cycleId, kind, qc]);

  const change = useCallback(
    (next: C) => {
      setContent(next);
      latest.current = next;
      setState("saving");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), 700);
    },
    [flush],
  );

  useEffect(() => () => (timer.current ? clearTimeout(timer.current) : undefined), []);

  return { content, change, state, error, flush, version: version.current };
}

export function useDocumentAction(cycleId: string, kind: PracticeStage) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { action: string; version?: number; note?: string }) =>
      callApi(actOnDocument, {
        params: { cycleId, kind, action: input.action },
        body: {
          ...(input.version !== undefined ? { version: input.version } : {}),
          ...(input.note !== undefined ? { note: input.note } : {}),
        },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: practiceKey(cycleId) }),
  });
}

/** The guru asks to reopen a handed-in document, with a reason; the atasan or admin decides. */
export function useRequestDocumentReopen(cycleId: string, kind: PracticeStage) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => callApi(requestDocumentReopen, { params: { cycleId, kind }, body: { reason } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: practiceKey(cycleId) }),
  });
}
