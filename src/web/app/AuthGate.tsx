import { Container } from "@mantine/core";
import type { ReactNode } from "react";
import { Navigate, Outlet, useLocation } from "react-router-dom";
import { useMe } from "../auth/hooks.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { Loading } from "../ui/Loading.js";
import { PATHS } from "./access.js";
import { SessionContext } from "./session.js";
import { preloadShellPages } from "./shell-pages.js";

/**
 * Everything below needs a session; an imported account first replaces its temporary password
 * (`forcedPasswordChange`, lazy-loaded by AppRoutes: few people ever see it). A loader shows while
 * /api/me answers, right after sign-in too.
 */
export function AuthGate({ forcedPasswordChange }: { forcedPasswordChange: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  // Fetch the frame's code alongside /api/me rather than after it (a no-op once loaded).
  if (me.isPending) preloadShellPages();
  if (me.isPending) return <Loading />;
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
