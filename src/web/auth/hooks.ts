import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { changePassword, login, logout } from "../../server/auth/contract.js";
import { type Me, me } from "../../server/me/contract.js";
import { ssoOptions } from "../../server/sso/contract.js";
import { ApiError, callApi, setCsrfToken } from "../api/client.js";
import { ME_KEY } from "../api/query.js";

/** Who is signed in, or null when nobody is (401). Also refreshes the in-memory CSRF token. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      try {
        const data = await callApi(me);
        setCsrfToken(data.csrfToken);
        return data;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
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
