import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { getEmailSettings, setEmailSettings } from "../../server/mail/contract.js";
import { callApi } from "../api/client.js";

const KEY = ["email-settings"] as const;

export function useEmailSettings() {
  return useQuery({ queryKey: KEY, queryFn: () => callApi(getEmailSettings) });
}

export function useSaveEmailSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof setEmailSettings.body>) => callApi(setEmailSettings, { body }),
    onSuccess: (saved) => qc.setQueryData(KEY, saved),
  });
}
