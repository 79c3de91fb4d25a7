import { Alert, Button, Divider } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { isSsoRefusal } from "../../domain/auth/sso.js";
import { useSsoOptions } from "./hooks.js";

/**
 * "Masuk dengan akun belajar.id" above the password form, when the install has an OpenID provider,
 * and why the last try through it was refused (the server sends people back to /masuk?sso=<why>).
 * A plain link, not a fetch: the browser itself goes to the provider and comes back.
 */
export function SsoSignIn({ next }: { next: string }) {
  const { t } = useTranslation();
  const options = useSsoOptions();
  const [params] = useSearchParams();
  const refusal = params.get("sso");
  const name = options.data?.name ?? "belajar.id";
  return (
    <>
      {isSsoRefusal(refusal) && (
        <Alert color="red" role="alert" title={t("auth.sso.refusedTitle", { name })}>
          {t(`auth.sso.refused.${refusal}`, { name })}
        </Alert>
      )}
      {options.data?.enabled && (
        <>
          <Button
            component="a"
            href={`/api/auth/oidc/start?next=${encodeURIComponent(next)}`}
            variant="default"
            fullWidth
            // The label wraps on a 360 px phone instead of being cut off ("Sign in with your belajar.id account").
            h="auto"
            mih={42}
            py={8}
            styles={{ label: { whiteSpace: "normal", textAlign: "center", lineHeight: 1.3 } }}
          >
            {t("auth.sso.button", { name })}
          </Button>
          <Divider label={t("auth.sso.or")} labelPosition="center" />
        </>
      )}
    </>
  );
}
