import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./client.js";

export const ME_KEY = ["me"] as const;

/** 4xx answers are final: retrying a forbidden or invalid request only wastes a slow connection. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

// The session expired (or was revoked elsewhere): forget who we were, the router shows sign-in.
function onSessionLost(error: unknown): void {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(ME_KEY, null);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (query.queryKey[0] !== ME_KEY[0]) onSessionLost(error);
    },
  }),
  // Sign-in answers 401 for a wrong password: that is the form's business, not a lost session.
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => {
      if (mutation.options.mutationKey?.[0] !== "login") onSessionLost(error);
    },
  }),
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
