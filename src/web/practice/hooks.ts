import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { PracticeKind } from "../../domain/practice/stages.js";
import {
  type FileKind,
  type StoredFile,
  uploadFile as uploadContract,
  ZStoredFile,
} from "../../server/files/contract.js";
import { actOnDocument, getPractice, requestDocumentReopen, saveDocument } from "../../server/practice/contract.js";
import { buildUrl, callApi, uploadFile, uploadFileWithProgress } from "../api/client.js";
import { withDeviceCopy } from "../offline/device-copy.js";
import type { PracticeView } from "./types.js";

export const practiceKey = (cycleId: string) => ["practice", cycleId] as const;

/** The practice page's data; without signal, the last answer kept on this device (its forms stay open). */
export function usePractice(cycleId: string) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: practiceKey(cycleId),
    queryFn: withDeviceCopy(qc, practiceKey(cycleId), () => callApi(getPractice, { params: { cycleId } })),
    networkMode: "offlineFirst",
  });
}

/**
 * One autosave of a practice document for the generic editor (`useDocumentEditor`): the answer's
 * document and stage states go straight into the page's data; it answers the new version.
 */
export function useSaveDocument(cycleId: string, kind: PracticeKind) {
  const qc = useQueryClient();
  return useCallback(
    async (version: number, content: unknown) => {
      const res = await callApi(saveDocument, { params: { cycleId, kind }, body: { version, content } });
      qc.setQueryData(practiceKey(cycleId), (old: PracticeView | undefined) =>
        old
          ? {
              ...old,
              stages: res.stages,
              documents: old.documents.map((d) => (d.kind === kind ? res.document : d)),
            }
          : old,
      );
      return res.document.version;
    },
    [cycleId, kind, qc],
  );
}

/** Fetches the practice view again (the newest version of a document after a 409). */
export function useReloadPractice(cycleId: string) {
  const qc = useQueryClient();
  return useCallback(() => qc.invalidateQueries({ queryKey: practiceKey(cycleId) }), [cycleId, qc]);
}

export function useDocumentAction(cycleId: string, kind: PracticeKind) {
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
export function useRequestDocumentReopen(cycleId: string, kind: PracticeKind) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => callApi(requestDocumentReopen, { params: { cycleId, kind }, body: { reason } }),
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
    onSuccess: (stored) => rememberFile(qc, cycleId, stored),
  });
}

/**
 * A KS's practice video (up to 50 MB, minutes on a phone's connection): uploaded like any file,
 * with the share sent so far (0–1, null when idle) for a progress bar.
 */
export function useUploadPracticeVideo(cycleId: string) {
  const qc = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      setProgress(0);
      const url = buildUrl(uploadContract.path, { query: { kind: "video" } });
      return uploadFileWithProgress(url, file, ZStoredFile, setProgress);
    },
    onSuccess: (stored) => rememberFile(qc, cycleId, stored),
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}

/** Adds an uploaded file's name to the practice view, so its link shows before the next reload. */
function rememberFile(qc: QueryClient, cycleId: string, stored: StoredFile) {
  qc.setQueryData(practiceKey(cycleId), (old: PracticeView | undefined) =>
    old
      ? {
          ...old,
          files: [
            ...old.files.filter((f) => f.id !== stored.id),
            { id: stored.id, fileName: stored.fileName, size: stored.size, mimeType: stored.mimeType },
          ],
        }
      : old,
  );
}
