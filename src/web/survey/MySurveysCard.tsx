import { Button, Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { PATHS } from "../app/access.js";
import { formatDate } from "../ui/format.js";
import { useMySurveys } from "./hooks.js";

/**
 * On a KS's "Kinerja Saya": the pengawas's surveys still to answer. Fails soft: while the list
 * cannot be read (offline, an older server) the home page shows nothing rather than an error.
 */
export default function MySurveysCard() {
  const { t } = useTranslation();
  const list = useMySurveys();
  const open = (list.data?.items ?? []).filter((s) => s.status !== "answered");
  if (open.length === 0) return null;
  return (
    <Card>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t("mine.surveys.title")}
        </Title>
        {open.map((s) => (
          <Stack key={s.id} gap={4}>
            <Text size="sm" fw={600}>
              {t("mine.surveys.item", { name: s.pengawasName })}
            </Text>
            <Text size="sm" c="dimmed">
              {s.schoolName} · {formatDate(s.sentAt)}
            </Text>
            <Button component={Link} to={`${PATHS.survey}/${s.id}`} variant="light" fullWidth>
              {t("mine.surveys.open")}
            </Button>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
