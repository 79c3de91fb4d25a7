import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Results } from "../../server/assessment/contract.js";
import { formatDate } from "../ui/format.js";
import { exportUrls } from "./hooks.js";

/** Who finalised the results and when, why when caps were broken, and how many were. */
export function Finalised({ results }: { results: Results }) {
  const { t } = useTranslation();
  const f = results.finalisation;
  if (!f) return null;
  return (
    <Alert color="teal" title={t("results.finalised.title")} data-testid="finalised">
      <Stack gap={4}>
        <Text size="sm">
          {t("results.finalised.by", { name: f.finalisedByName ?? "—", date: formatDate(f.finalisedAt) })}
        </Text>
        {f.reason && (
          <Text size="sm" style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>
            {t("results.finalised.reason", { reason: f.reason })}
          </Text>
        )}
        {f.violations && f.violations.district.length > 0 && (
          <Text size="sm">{t("results.finalised.recorded", { n: f.violations.district.length })}</Text>
        )}
      </Stack>
    </Alert>
  );
}

/** The exports as plain links: the server answers each with an attachment the browser saves. */
export function Downloads({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const urls = exportUrls(periodId);
  const link = (href: string, label: string) => (
    <Button component="a" href={href} download variant="default" size="sm">
      {label}
    </Button>
  );
  return (
    <Stack gap={6}>
      <Text fw={600}>{t("results.downloads.title")}</Text>
      <Group gap="xs" wrap="wrap">
        {link(urls.csv, t("results.downloads.csv"))}
        {link(urls.json, t("results.downloads.json"))}
        {link(urls.xlsx, t("results.downloads.xlsx"))}
      </Group>
      <Text size="xs" c="dimmed">
        {t("results.downloads.hint")}
      </Text>
    </Stack>
  );
}
