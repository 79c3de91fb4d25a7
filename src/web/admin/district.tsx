import { useQuery } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import { listDistricts } from "../../server/org/contract.js";
import { callApi } from "../api/client.js";

export function useDistricts() {
  return useQuery({ queryKey: ["districts"], queryFn: () => callApi(listDistricts) });
}

export const DistrictContext = createContext<string | null>(null);

/** The district the admin pages work on (the first one, or the one picked in AdminLayout). */
export function useDistrictId(): string | null {
  return useContext(DistrictContext);
}
