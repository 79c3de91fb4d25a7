import { Container } from "@mantine/core";
import { Navigate, Outlet, useLocation } from "react-router-dom";
import { ChangePasswordPage } from "../auth/ChangePasswordPage.js";
import { useMe } from "../auth/hooks.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { Loading } from "../ui/Loading.js";
import { PATHS } from "./access.js";
import { SessionContext } from "./session.js";

/** Everything below needs a session; an imported account first replaces its temporary password. */
export function AuthGate() {
  const me = useMe();
  const location = useLocation();
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
      {me.data.mustChangePassword ? <ChangePasswordPage forced /> : <Outlet />}
    </SessionContext.Provider>
  );
}
