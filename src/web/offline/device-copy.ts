import { hashKey, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { clear, createStore, get, set, type UseStore } from "idb-keyval";
import { ApiError } from "../api/client.js";

/**
 * The last answer of the few reads a form needs (who I am, the plan, the practice documents), kept
 * in IndexedDB so a form still opens after a reload without signal (a teacher on a train, a phone
 * that killed the tab). Read only when the server cannot be reached: the service worker never
 * answers /api (vite.config.ts), so the app knows — and shows, `OfflineNotice` — when what is on
 * screen is this device's copy rather than the server's answer. The unsent edits themselves are
 * the document drafts (documents/draft-store.ts); this is only what they are shown on.
 * Forgotten at sign-out and when the session is gone (`forgetDeviceCopies`).
 */
export type CopyStore = {
  read: (key: string) => Promise<unknown>;
  write: (key: string, value: unknown) => Promise<void>;
  clear: () => Promise<void>;
};

let idb: UseStore | null = null;
const store = () => {
  idb ??= createStore("kinerja", "copies");
  return idb;
};

const indexedDbStore: CopyStore = {
  read: (key) => get(key, store()),
  write: (key, value) => set(key, value, store()),
  clear: () => clear(store()),
};

/** No answer at all (offline) or a server or proxy in trouble: a device copy may stand in. */
export function unreachable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

/** The reads answered from a copy since the last reconnect: fetched again when the network returns. */
const fromCopy = new Map<string, QueryKey>();
let watching = false;
/** The reads kept on this device, by query hash, and where (an autosave's answer updates them too). */
const kept = new Map<string, CopyStore>();
const watchedCaches = new WeakSet<QueryClient>();

/**
 * `fetch`, remembering its answer on this device; when the server cannot be reached, the
 * remembered answer instead (and the query is fetched again as soon as the network returns).
 * Nothing remembered: the network error, as before. Storage trouble never fails the read.
 */
export function withDeviceCopy<T>(
  queryClient: QueryClient,
  queryKey: QueryKey,
  fetch: () => Promise<T>,
  copies: CopyStore = indexedDbStore,
): () => Promise<T> {
  const key = hashKey(queryKey);
  kept.set(key, copies);
  keepInSync(queryClient);
  return async () => {
    try {
      const answer = await fetch();
      copies.write(key, answer).catch(() => undefined);
      return answer;
    } catch (error) {
      if (!unreachable(error)) throw error;
      const copy = (await copies.read(key).catch(() => undefined)) as T | undefined;
      if (copy === undefined) throw error;
      fromCopy.set(key, queryKey);
      watchReconnect(queryClient);
      return copy;
    }
  };
}

/**
 * An autosave puts its answer into the page's data (`setQueryData`): the copy follows, so a reload
 * without signal shows what the server last confirmed, with its version — not the page's first read.
 */
function keepInSync(queryClient: QueryClient): void {
  if (watchedCaches.has(queryClient)) return;
  watchedCaches.add(queryClient);
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success" || !event.action.manual) return;
    const copies = kept.get(event.query.queryHash);
    if (copies && event.query.state.data !== undefined)
      copies.write(event.query.queryHash, event.query.state.data).catch(() => undefined);
  });
}

function watchReconnect(queryClient: QueryClient): void {
  if (watching || typeof window === "undefined") return;
  watching = true;
  window.addEventListener("online", () => {
    const keys = [...fromCopy.values()];
    fromCopy.clear();
    for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey, exact: true });
  });
}

/** Signed out, or the session ended: nothing of this person stays on the device but their drafts. */
export function forgetDeviceCopies(copies: CopyStore = indexedDbStore): Promise<void> {
  fromCopy.clear();
  return copies.clear().catch(() => undefined);
}
