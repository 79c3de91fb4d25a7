import { Container } from "@mantine/core";
import { type ReactNode, useDeferredValue } from "react";
import { Navigate, Outlet, useLocation } from "react-router-dom";
import { useMe } from "../auth/hooks.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { Loading } from "../ui/Loading.js";
import { PATHS } from "./access.js";
import { SessionContext } from "./session.js";
import { preloadShellPages } from "./shell-pages.js";

const SIGNED_IN_KEY = "kinerja_signed_in";

function wasSignedIn(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_KEY) === "1";
  } catch {
    return false;
  }
}

/** A hint only (the session cookie is httpOnly): true after /api/me knew us, false after it did not. */
function rememberSignedIn(known: boolean | null): void {
  if (known === null) return;
  try {
    if (known) localStorage.setItem(SIGNED_IN_KEY, "1");
    else localStorage.removeItem(SIGNED_IN_KEY);
  } catch {
    // Private mode: no hint, the frame then loads after /api/me.
  }
}

/**
 * Everything below needs a session; an imported account first replaces its temporary password
 * (`forcedPasswordChange`, lazy-loaded by AppRoutes: few people ever see it). A loader shows while
 * /api/me answers, right after sign-in too.
 */
export function AuthGate({ forcedPasswordChange }: { forcedPasswordChange: ReactNode }) {
  const me = useMe();
  // Once /api/me has answered, the frame and page render in slices a phone can interrupt (a
  // deferred render), not in one long task; later answers render as they come.
  const answered = useDeferredValue(!me.isPending);
  const location = useLocation();
  // Someone who was signed in on this device gets the frame's code alongside /api/me rather than
  // after it (a no-op once loaded); a visitor on their way to the sign-in page does not download it.
  if (me.isPending && wasSignedIn()) preloadShellPages();
  rememberSignedIn(me.data ? true : me.isSuccess ? false : null);
  if (me.isPending || !answered) return <Loading />;
  if (me.isError)
    return (
      <Container size="xs" py="xl">
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  if (!me.data) {
    const from = location.pathname + location.search;
    return <Navigate to={PATHS.signIn} replace state={from === "/" ? null : { from }} />;
  }
  return (
    <SessionContext.Provider value={me.data}>
      {me.data.mustChangePassword ? forcedPasswordChange : <Outlet />}
    </SessionContext.Provider>
  );
}
