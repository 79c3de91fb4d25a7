import { Alert, Button, Card, NativeSelect, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EmailMode, Language } from "../../domain/mail/preferences.js";
import { EMAIL_MODES, LANGUAGES } from "../../domain/mail/preferences.js";
import type { NotificationKind } from "../../server/notifications/kinds.js";
import { correctionHandlerOf } from "../app/access.js";
import { useSession } from "../app/session.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { Loading } from "../ui/Loading.js";
import { PageHeader } from "../ui/PageHeader.js";
import { useEmailSettings, useSaveEmailSettings } from "./hooks.js";

type Modes = Partial<Record<NotificationKind, EmailMode>>;

/** "Pengaturan e-mail" (account menu): the e-mail language, and per kind at once / daily digest / none. */
export function EmailSettingsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const settings = useEmailSettings();
  const save = useSaveEmailSettings();
  const [language, setLanguage] = useState<Language>("id");
  const [modes, setModes] = useState<Modes>({});
  useEffect(() => {
    if (!settings.data) return;
    setLanguage(settings.data.language);
    setModes(Object.fromEntries(settings.data.modes.map((m) => [m.kind, m.mode])));
  }, [settings.data]);

  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  const s = settings.data;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    save.mutate({ language, modes: s.modes.map(({ kind, mode }) => ({ kind, mode: modes[kind] ?? mode })) });
  };

  return (
    <Stack gap="md" maw={640}>
      <PageHeader title={t("mail.settings.title")} intro={t("mail.settings.intro")} />
      {s.email ? (
        <Text size="sm">{t("mail.settings.address", { email: s.email })}</Text>
      ) : (
        <Alert color="orange">{t(`mail.settings.noEmail.${correctionHandlerOf(me)}`)}</Alert>
      )}
      {!s.enabled && <Alert color="gray">{t("mail.settings.off")}</Alert>}
      <form onSubmit={submit}>
        <Card padding="md">
          <Stack gap="sm">
            <NativeSelect
              label={t("mail.settings.language")}
              value={language}
              onChange={(e) => setLanguage(e.currentTarget.value as Language)}
              data={LANGUAGES.map((l) => ({ value: l, label: t(`mail.settings.languages.${l}`) }))}
            />
            {s.modes.map(({ kind }) => (
              <NativeSelect
                key={kind}
                label={t(`mail.settings.kind.${kind}`)}
                value={modes[kind] ?? "instant"}
                onChange={(e) => setModes({ ...modes, [kind]: e.currentTarget.value as EmailMode })}
                data={EMAIL_MODES.map((m) => ({ value: m, label: t(`mail.settings.mode.${m}`) }))}
              />
            ))}
            <ErrorAlert error={save.error} />
            {save.isSuccess && (
              <Text c="teal" size="sm" role="status">
                {t("mail.settings.saved")}
              </Text>
            )}
            <Button type="submit" loading={save.isPending} style={{ alignSelf: "flex-start" }}>
              {t("mail.settings.save")}
            </Button>
          </Stack>
        </Card>
      </form>
    </Stack>
  );
}
