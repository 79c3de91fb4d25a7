import { createContext, useContext } from "react";
import type { Me } from "../../server/me/contract.js";

export const SessionContext = createContext<Me | null>(null);

/** The signed-in person; only used below AuthGate, which renders nothing else without a session. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error("useSession() used outside AuthGate");
  return me;
}
