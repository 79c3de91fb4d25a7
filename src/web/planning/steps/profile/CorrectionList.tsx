import { Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../ui/ErrorAlert.js";
import { useMyCorrections } from "../../hooks.js";
import { dateTime } from "../../plan/labels.js";

/** My reported corrections and what the operator did with them. */
export function CorrectionList() {
  const { t, i18n } = useTranslation();
  const query = useMyCorrections();
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data?.corrections ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t("planning.correction.listTitle")}
      </Text>
      {items.map((c) => (
        <Paper key={c.id} withBorder p="sm" radius="md">
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Text size="xs" c="dimmed">
                {dateTime(c.createdAt, i18n.language)}
              </Text>
              {/* "Sudah diperbaiki" only when the data really changed; otherwise it says it was closed without. */}
              <Badge color={c.status === "open" ? "blue" : c.dataChanged ? "teal" : "yellow"} variant="light">
                {c.status === "open"
                  ? t("planning.correction.status.open")
                  : t(c.dataChanged ? "correctionOutcome.changed" : "correctionOutcome.unchanged")}
              </Badge>
            </Group>
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {c.note}
            </Text>
            {c.resolutionNote && (
              <Text size="sm" c={c.dataChanged ? "teal" : "yellow"} style={{ overflowWrap: "anywhere" }}>
                {t("planning.correction.resolution", { name: c.resolvedByName ?? "", note: c.resolutionNote })}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
