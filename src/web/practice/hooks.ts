import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { PracticeStage } from "../../domain/practice/stages.js";
import { type FileKind, uploadFile as uploadContract, ZStoredFile } from "../../server/files/contract.js";
import { actOnDocument, getPractice, saveDocument } from "../../server/practice/contract.js";
import { ApiError, buildUrl, callApi, uploadFile } from "../api/client.js";

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

/**
 * Uploads one file (the server checks its type by content and its size) and adds its name to the
 * practice view, so the document's list shows it before the next reload. The document itself
 * refers to it only once its draft is saved.
 */
export function useUploadPracticeFile(cycleId: string, kind: Extract<FileKind, "rpp" | "evidence">) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadFile(buildUrl(uploadContract.path, { query: { kind } }), file, ZStoredFile),
    onSuccess: (stored) =>
      qc.setQueryData(
        practiceKey(cycleId),
        (old: Awaited<ReturnType<typeof callApi<typeof getPractice>>> | undefined) =>
          old
            ? {
                ...old,
                files: [
                  ...old.files.filter((f) => f.id !== stored.id),
                  { id: stored.id, fileName: stored.fileName, size: stored.size, mimeType: stored.mimeType },
                ],
              }
            : old,
      ),
  });
}
