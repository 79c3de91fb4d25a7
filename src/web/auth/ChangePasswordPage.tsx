import { Alert, Button, Stack } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { PATHS } from "../app/access.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { PageHeader } from "../ui/PageHeader.js";
import { PasswordField } from "../ui/PasswordField.js";
import { AuthLayout } from "./AuthLayout.js";
import { useChangePassword, useLogout } from "./hooks.js";

const MIN_LENGTH = 10;

/** Forced after the first sign-in of an imported account; otherwise reachable from the user menu. */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const logout = useLogout();
  const navigate = useNavigate();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const [touched, setTouched] = useState(false);

  const tooShort = next.length > 0 && next.length < MIN_LENGTH;
  const mismatch = confirm.length > 0 && confirm !== next;
  const valid = current.length > 0 && next.length >= MIN_LENGTH && confirm === next;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!valid) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent("");
          setNext("");
          setConfirm("");
          setTouched(false);
        },
      },
    );
  };

  const form = (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={440}>
        <ErrorAlert error={change.error} />
        {change.isSuccess && !forced && <Alert color="teal">{t("auth.changed")}</Alert>}
        <PasswordField
          label={t("auth.current")}
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          required
        />
        <PasswordField
          label={t("auth.newPassword")}
          description={t("auth.minLength", { min: MIN_LENGTH })}
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={(touched || tooShort) && next.length < MIN_LENGTH ? t("auth.minLength", { min: MIN_LENGTH }) : null}
          required
        />
        <PasswordField
          label={t("auth.confirm")}
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={(touched || mismatch) && confirm !== next ? t("auth.mismatch") : null}
          required
        />
        <Button type="submit" loading={change.isPending} mt="xs">
          {t("auth.changeSubmit")}
        </Button>
        {forced && (
          <Button
            variant="subtle"
            color="gray"
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate(PATHS.signIn, { replace: true }) })}
          >
            {t("user.logout")}
          </Button>
        )}
      </Stack>
    </form>
  );

  if (forced) {
    return (
      <AuthLayout title={t("auth.changeTitle")} intro={t("auth.changeForced")}>
        {form}
      </AuthLayout>
    );
  }
  return (
    <>
      <PageHeader title={t("auth.changeTitle")} intro={t("auth.changeIntro")} />
      {form}
    </>
  );
}
