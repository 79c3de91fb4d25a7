import { Alert, Button, TextInput } from "@mantine/core";
import { type FormEvent, useDeferredValue, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router-dom";
import { ApiError } from "../api/client.js";
import { preloadShellPages } from "../app/shell-pages.js";
import { Loading } from "../ui/Loading.js";
import { PasswordField } from "../ui/PasswordField.js";
import { AuthLayout } from "./AuthLayout.js";
import { useLogin, useMe, useSsoOptions } from "./hooks.js";
import { SsoSignIn } from "./SsoSignIn.js";

function fromState(state: unknown): string {
  if (state && typeof state === "object" && "from" in state && typeof state.from === "string") return state.from;
  return "/";
}

export function SignInPage() {
  const { t } = useTranslation();
  const me = useMe();
  // The form renders in slices a phone can interrupt (a deferred render), not in one long task
  // once /api/me answers.
  const answered = useDeferredValue(!me.isPending);
  // Asked alongside /api/me, not after it: the belajar.id button does not push the form down later.
  useSsoOptions();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const target = fromState(location.state);

  if (me.data && !login.isPending) return <Navigate to={target} replace />;
  if (me.isPending || !answered) return <Loading />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    preloadShellPages(); // the home page's code downloads alongside the login request
    login.mutate({ username: username.trim(), password }, { onSuccess: () => navigate(target, { replace: true }) });
  };
  const error = login.error instanceof ApiError ? login.error.message : login.error ? t("error.unexpected") : null;

  return (
    <AuthLayout title={t("auth.signInTitle")} intro={t("auth.signInIntro")}>
      <SsoSignIn next={target} />
      <form onSubmit={submit} noValidate>
        {error && (
          <Alert color="red" mb="md" role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          label={t("auth.username")}
          description={t("auth.usernameHint")}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          mb="sm"
        />
        <PasswordField
          label={t("auth.password")}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          mb="lg"
        />
        <Button type="submit" fullWidth loading={login.isPending} disabled={!username.trim() || !password}>
          {t("auth.signIn")}
        </Button>
      </form>
    </AuthLayout>
  );
}
