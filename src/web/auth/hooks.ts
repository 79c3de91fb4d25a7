import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { changePassword, login, logout } from "../../server/auth/contract.js";
import { type Me, me } from "../../server/me/contract.js";
import { ssoOptions } from "../../server/sso/contract.js";
import { ApiError, callApi, setCsrfToken } from "../api/client.js";
import { ME_KEY } from "../api/query.js";
import { forgetDeviceCopies, withDeviceCopy } from "../offline/device-copy.js";

async function fetchMe(): Promise<Me | null> {
  try {
    return await callApi(me);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      await forgetDeviceCopies();
      return null;
    }
    throw error;
  }
}

/**
 * Who is signed in, or null when nobody is (401). Also refreshes the in-memory CSRF token.
 * Without signal, the last answer kept on this device (offline/device-copy.ts), so a form opens
 * after a reload on a train; its CSRF token is the same session's, so the edits go out on reconnect.
 */
export function useMe() {
  const qc = useQueryClient();
  const read = withDeviceCopy(qc, ME_KEY, fetchMe);
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      const data = await read();
      setCsrfToken(data?.csrfToken ?? null);
      return data;
    },
    staleTime: 60_000,
    // Offline: try once (a device copy may answer), then wait for the network instead of failing.
    networkMode: "offlineFirst",
  });
}

/**
 * Today's date as the server sees it in my district's time zone ("YYYY-MM-DD"): business dates
 * never come from the phone's clock, which may be wrong or in another zone. Empty until /api/me loads.
 */
export function useToday(): string {
  return useMe().data?.today ?? "";
}

/** Whether this install signs in with belajar.id (an OpenID provider); it does not change while the app runs. */
export function useSsoOptions() {
  return useQuery({
    queryKey: ["sso-options"],
    queryFn: () => callApi(ssoOptions),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ["login"],
    mutationFn: (body: { username: string; password: string }) => callApi(login, { body }),
    onSuccess: async (data) => {
      setCsrfToken(data.csrfToken);
      await forgetDeviceCopies();
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      await qc.refetchQueries({ queryKey: ME_KEY });
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(logout),
    onSettled: () => {
      // Signed out even if the server could not be reached: forget everything locally.
      setCsrfToken(null);
      void forgetDeviceCopies();
      qc.clear();
      qc.setQueryData(ME_KEY, null);
    },
  });
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => callApi(changePassword, { body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ME_KEY }),
  });
}
